//! The live architecture diagram: the reader's app, the agent runtime with its memory and
//! tools, and the model on Azure and on AWS. Parts that are off are dashed, faded and labelled
//! "off" or "not used", so colour is never the only sign.

use yew::prelude::*;

use crate::content::{fill, t, Text};
use crate::engine::{Cloud, Holder, Route};

/// The diagram's text alternative: where each request goes, then who keeps the memory and
/// uses the tools, in two whole sentences of the content's (no language's grammar is built
/// here).
pub fn describe_route(route: &Route) -> String {
    let (path, cloud) = match (route.runtime_used, route.runtime_on_aws, route.served_by) {
        (true, true, _) => (Text::RouteAws, "AWS"),
        (true, false, _) => (Text::RouteAnywhere, "Azure"),
        (false, _, Cloud::Azure) => (Text::RouteDirect, "Azure"),
        (false, _, Cloud::Aws) => (Text::RouteDirect, "AWS"),
    };
    let by_runtime = route.runtime_used;
    let held = match (by_runtime, route.memory, route.tools) {
        (false, true, true) => Text::HeldAppBoth,
        (false, true, false) => Text::HeldAppMemory,
        (false, false, true) => Text::HeldAppTools,
        (false, false, false) => Text::HeldAppNeither,
        (true, true, true) => Text::HeldRuntimeBoth,
        (true, true, false) => Text::HeldRuntimeMemory,
        (true, false, true) => Text::HeldRuntimeTools,
        (true, false, false) => Text::HeldRuntimeNeither,
    };
    format!("{} {}", fill(t(path), &[("cloud", cloud)]), t(held))
}

/// Each label of the diagram is held within `width` (in the diagram's units): a label that
/// could be wider, at about 8 units a character (the projector's 15 px type), is drawn at that
/// width instead (`textLength`), so a language's longer words stay inside their boxes.
fn label(x: i32, y: i32, class: &'static str, text: &'static str, width: usize) -> Html {
    let long = text.chars().count() * 8 > width;
    html! {
        <text x={x.to_string()} y={y.to_string()} text-anchor="middle"
              class={(!class.is_empty()).then_some(class)}
              textLength={long.then(|| width.to_string())}
              lengthAdjust={long.then_some("spacingAndGlyphs")}>
            { text }
        </text>
    }
}

/// A cloud with its GPT model, `top` pixels down; only the one that serves the request is on.
fn cloud(top: i32, class: &'static str, name: Text, serves: bool) -> Html {
    let y = |dy: i32| (top + dy).to_string();
    html! {
        <g class={format!("cloud {class} {}", class_if(serves))}>
            <rect x="420" y={y(0)} width="210" height="140" rx="14" />
            { label(525, top + 22, "label", t(name), 190) }
            <rect class="model" x="446" y={y(38)} width="158" height="80" rx="8" />
            { label(525, top + 72, "label", t(Text::GptModel), 140) }
            { label(525, top + 94, "small", t(if serves { Text::ServesRequest } else { Text::NotUsed }), 140) }
        </g>
    }
}

fn class_if(on: bool) -> &'static str {
    if on {
        "on"
    } else {
        "off"
    }
}

/// The second leg of a request that has only one: a point, not drawn.
const NO_LEG: &str = "M0,0";

pub fn diagram(route: &Route) -> Html {
    let r = route;
    let description = describe_route(r);
    let on_azure = r.served_by == Cloud::Azure;
    let in_app = r.holder == Holder::App;
    let runtime_place = if r.runtime_on_aws {
        Text::RuntimeOnAws
    } else {
        Text::RuntimeAnywhere
    };
    // The request's path: through the runtime when one is used (two legs), otherwise straight
    // from the app around the runtime box (one). The diagram's elements are the same in every
    // configuration, only their attributes and words change, so a toggle patches it in place
    // instead of rebuilding part of it.
    let paths: [&str; 2] = match (r.runtime_used, on_azure) {
        (true, true) => ["M130,160 L186,160", "M360,140 L442,88"],
        (true, false) => ["M130,160 L186,160", "M360,180 L442,232"],
        (false, true) => ["M130,140 C190,40 330,40 442,80", NO_LEG],
        (false, false) => ["M130,180 C190,280 330,280 442,240", NO_LEG],
    };
    // A badge for memory or tools, 72 wide and 34 high: inside its box at any of the diagram's
    // font sizes (the longest label, "Memory", is about 60 wide at the projector's 15 px).
    // Shown where memory and tools are held: in the app or in the runtime.
    let chip = |x: i32, y: i32, name: Text, on: bool, shown: bool| {
        html! {
            <g class={if on { "chip on" } else { "chip off" }} display={(!shown).then_some("none")}>
                <rect x={x.to_string()} y={y.to_string()} width="72" height="34" rx="6" />
                { label(x + 36, y + 15, "", t(name), 64) }
                { label(x + 36, y + 28, "small", t(if on { Text::On } else { Text::Off }), 64) }
            </g>
        }
    };
    html! {
        <figure class="diagram">
            <svg viewBox="0 0 640 320" role="img" aria-labelledby="diagram-caption" focusable="false">
                <defs>
                    <marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
                        <path d="M0,0 L10,5 L0,10 z" class="arrowhead" />
                    </marker>
                </defs>
                // The reader's app, holding memory and tools when it sends requests directly: the
                // badges stacked, well inside the box's border.
                <g class="node on app">
                    <rect x="10" y="100" width="120" height="124" rx="10" />
                    { label(70, 124, "label", t(Text::YourApp), 108) }
                    { chip(34, 136, Text::Memory, r.memory, in_app) }
                    { chip(34, 178, Text::Tools, r.tools, in_app) }
                </g>
                // The agent runtime.
                <g class={if r.runtime_used { "node runtime on" } else { "node runtime off" }}>
                    <rect x="190" y="100" width="170" height="120" rx="10" />
                    { label(275, 124, "label", t(Text::AgentRuntime), 158) }
                    { label(275, 140, "small", t(if r.runtime_used { runtime_place } else { Text::NotUsed }), 158) }
                    { chip(198, 162, Text::Memory, r.memory && r.runtime_used, !in_app) }
                    { chip(280, 162, Text::Tools, r.tools && r.runtime_used, !in_app) }
                </g>
                // The two clouds, each with a GPT model; only one serves the request.
                { cloud(10, "azure", Text::Azure, on_azure) }
                { cloud(170, "aws", Text::Aws, !on_azure) }
                { for paths.iter().map(|d| html! {
                    <path class="request" d={*d} marker-end="url(#arrowhead)" display={(*d == NO_LEG).then_some("none")} />
                }) }
            </svg>
            <figcaption id="diagram-caption">{ description }</figcaption>
        </figure>
    }
}
