//! The architecture diagram as the build draws it: every form each of its pieces can take, each
//! named by `data-variant`, of which only the default view's show (SVG's `display`, HTML's
//! `hidden`). The app shows another route's forms by those names (`web::mark_view`), so the
//! drawing never has to be redrawn. Parts that are off are dashed, faded and labelled "off" or
//! "not used", so colour is never the only sign.

use yew::prelude::*;

use crate::content::{fill, page_text, PageText};
use crate::engine::route;
use crate::ui::components::shown_variants;
use crate::url::Base;

/// The forms shown in the view the page opens with.
struct Shown([&'static str; 8]);

impl Shown {
    /// Whether a form is not shown in that view.
    fn hides(&self, variant: &str) -> bool {
        !self.0.contains(&variant)
    }

    /// SVG's attribute for a form that does not show.
    fn display(&self, variant: &str) -> Option<&'static str> {
        self.hides(variant).then_some("none")
    }
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

/// A badge for memory or tools, 72 wide and 34 high: inside its box at any of the diagram's
/// font sizes (the longest label, "Memory", is about 60 wide at the projector's 15 px).
fn chip(x: i32, y: i32, name: PageText, on: bool, variant: &'static str, shown: &Shown) -> Html {
    html! {
        <g class={if on { "chip on" } else { "chip off" }} data-variant={variant} display={shown.display(variant)}>
            <rect x={x.to_string()} y={y.to_string()} width="72" height="34" rx="6" />
            { label(x + 36, y + 15, "", page_text(name), 64) }
            { label(x + 36, y + 28, "small", page_text(if on { PageText::On } else { PageText::Off }), 64) }
        </g>
    }
}

/// The agent runtime's box in one of its forms: used (on AWS, or anywhere) or not, with the
/// badges it can hold in that form.
fn runtime(place: Option<PageText>, variant: &'static str, shown: &Shown) -> Html {
    let used = place.is_some();
    let states: &[bool] = if used { &[true, false] } else { &[false] };
    html! {
        <g class={if used { "node runtime on" } else { "node runtime off" }} data-variant={variant} display={shown.display(variant)}>
            <rect x="190" y="100" width="170" height="120" rx="10" />
            { label(275, 124, "label", page_text(PageText::AgentRuntime), 158) }
            { label(275, 140, "small", page_text(place.unwrap_or(PageText::NotUsed)), 158) }
            { for states.iter().map(|&on| html! {
                <>
                    { chip(198, 162, PageText::Memory, on, if on { "runtime-memory-on" } else { "runtime-memory-off" }, shown) }
                    { chip(280, 162, PageText::Tools, on, if on { "runtime-tools-on" } else { "runtime-tools-off" }, shown) }
                </>
            }) }
        </g>
    }
}

/// A cloud with its GPT model, `top` pixels down, serving the request or not.
fn cloud(top: i32, class: &'static str, name: PageText, serves: bool, shown: &Shown) -> Html {
    let y = |dy: i32| (top + dy).to_string();
    let variant = if serves {
        format!("{class}-on")
    } else {
        format!("{class}-off")
    };
    html! {
        <g class={format!("cloud {class} {}", if serves { "on" } else { "off" })}
           data-variant={variant.clone()} display={shown.display(&variant)}>
            <rect x="420" y={y(0)} width="210" height="140" rx="14" />
            { label(525, top + 22, "label", page_text(name), 190) }
            <rect class="model" x="446" y={y(38)} width="158" height="80" rx="8" />
            { label(525, top + 72, "label", page_text(PageText::GptModel), 140) }
            { label(525, top + 94, "small", page_text(if serves { PageText::ServesRequest } else { PageText::NotUsed }), 140) }
        </g>
    }
}

/// The request's paths: through the runtime when one is used (two legs), otherwise straight
/// from the app around the runtime's box (one).
const PATHS: [(&str, &[&str]); 4] = [
    (
        "path-runtime-azure",
        &["M130,160 L186,160", "M360,140 L442,88"],
    ),
    (
        "path-runtime-aws",
        &["M130,160 L186,160", "M360,180 L442,232"],
    ),
    ("path-direct-azure", &["M130,140 C190,40 330,40 442,80"]),
    ("path-direct-aws", &["M130,180 C190,280 330,280 442,240"]),
];

/// The caption's first sentence, where each request goes, in each of its forms.
const SENTENCES: [(&str, PageText, &str); 4] = [
    ("route-runtime-azure", PageText::RouteAnywhere, "Azure"),
    ("route-runtime-aws", PageText::RouteAws, "AWS"),
    ("route-direct-azure", PageText::RouteDirect, "Azure"),
    ("route-direct-aws", PageText::RouteDirect, "AWS"),
];

/// The caption's second sentence, who keeps the memory and uses the tools, in each form.
const HELD: [(&str, PageText); 8] = [
    ("held-app-both", PageText::HeldAppBoth),
    ("held-app-memory", PageText::HeldAppMemory),
    ("held-app-tools", PageText::HeldAppTools),
    ("held-app-neither", PageText::HeldAppNeither),
    ("held-runtime-both", PageText::HeldRuntimeBoth),
    ("held-runtime-memory", PageText::HeldRuntimeMemory),
    ("held-runtime-tools", PageText::HeldRuntimeTools),
    ("held-runtime-neither", PageText::HeldRuntimeNeither),
];

/// The view the drawing first shows: the page's own.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct DiagramProps {
    pub base: Base,
}

/// The whole drawing, for the app to adopt (`AppProps::diagram`), showing the page's own view.
#[function_component(Diagram)]
pub fn diagram(props: &DiagramProps) -> Html {
    let shown = Shown(shown_variants(&route(&props.base.0)));
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
                    { label(70, 124, "label", page_text(PageText::YourApp), 108) }
                    { chip(34, 136, PageText::Memory, true, "app-memory-on", &shown) }
                    { chip(34, 136, PageText::Memory, false, "app-memory-off", &shown) }
                    { chip(34, 178, PageText::Tools, true, "app-tools-on", &shown) }
                    { chip(34, 178, PageText::Tools, false, "app-tools-off", &shown) }
                </g>
                { runtime(Some(PageText::RuntimeOnAws), "runtime-aws", &shown) }
                { runtime(Some(PageText::RuntimeAnywhere), "runtime-anywhere", &shown) }
                { runtime(None, "runtime-unused", &shown) }
                // The two clouds, each with a GPT model; only one serves the request.
                { cloud(10, "azure", PageText::Azure, true, &shown) }
                { cloud(10, "azure", PageText::Azure, false, &shown) }
                { cloud(170, "aws", PageText::Aws, true, &shown) }
                { cloud(170, "aws", PageText::Aws, false, &shown) }
                { for PATHS.iter().map(|&(variant, legs)| html! {
                    <g data-variant={variant} display={shown.display(variant)}>
                        { for legs.iter().map(|d| html! {
                            <path class="request" d={*d} marker-end="url(#arrowhead)" />
                        }) }
                    </g>
                }) }
            </svg>
            // The text alternative: two whole sentences of the content's (no language's grammar
            // is built here), of which the route's show.
            <figcaption id="diagram-caption">
                { for SENTENCES.iter().map(|&(variant, text, cloud)| html! {
                    <span data-variant={variant} hidden={shown.hides(variant)}>{ fill(page_text(text), &[("cloud", cloud)]) }</span>
                }) }
                { " " }
                { for HELD.iter().map(|&(variant, text)| html! {
                    <span data-variant={variant} hidden={shown.hides(variant)}>{ page_text(text) }</span>
                }) }
            </figcaption>
        </figure>
    }
}
