//! The live architecture diagram: the reader's app, the agent runtime with its memory and
//! tools, and the model on Azure and on AWS. The build draws it once with every form each of
//! its pieces can take (`ui/reference/diagram.rs`); the app adopts that drawing untouched and a
//! change of view only shows the route's forms (`web::mark_view`), so neither the drawing nor
//! its words are in the WebAssembly, and a toggle touches a handful of attributes.

use yew::prelude::*;

use crate::engine::{Cloud, Holder, Route};

/// The form each changing piece of the diagram takes for a route, by the name the build gives
/// it (`data-variant`): the runtime's box, the memory and tool badges, the two clouds, the
/// request's path and the caption's two sentences. A badge the route does not show has no form.
pub fn shown_variants(route: &Route) -> [&'static str; 8] {
    let r = route;
    let runtime = match (r.runtime_used, r.runtime_on_aws) {
        (true, true) => "runtime-aws",
        (true, false) => "runtime-anywhere",
        (false, _) => "runtime-unused",
    };
    // Memory and tools are drawn where they are held; in an unused runtime, always off.
    let (memory, tools) = match r.holder {
        Holder::App => (
            if r.memory {
                "app-memory-on"
            } else {
                "app-memory-off"
            },
            if r.tools {
                "app-tools-on"
            } else {
                "app-tools-off"
            },
        ),
        Holder::Runtime => (
            if r.memory && r.runtime_used {
                "runtime-memory-on"
            } else {
                "runtime-memory-off"
            },
            if r.tools && r.runtime_used {
                "runtime-tools-on"
            } else {
                "runtime-tools-off"
            },
        ),
    };
    let on_azure = r.served_by == Cloud::Azure;
    let (azure, aws) = if on_azure {
        ("azure-on", "aws-off")
    } else {
        ("azure-off", "aws-on")
    };
    let (path, sentence) = match (r.runtime_used, on_azure) {
        (true, true) => ("path-runtime-azure", "route-runtime-azure"),
        (true, false) => ("path-runtime-aws", "route-runtime-aws"),
        (false, true) => ("path-direct-azure", "route-direct-azure"),
        (false, false) => ("path-direct-aws", "route-direct-aws"),
    };
    let held = match (r.runtime_used, r.memory, r.tools) {
        (false, true, true) => "held-app-both",
        (false, true, false) => "held-app-memory",
        (false, false, true) => "held-app-tools",
        (false, false, false) => "held-app-neither",
        (true, true, true) => "held-runtime-both",
        (true, true, false) => "held-runtime-memory",
        (true, false, true) => "held-runtime-tools",
        (true, false, false) => "held-runtime-neither",
    };
    [runtime, memory, tools, azure, aws, path, sentence, held]
}

/// A drawing of the build's inside the app (the diagram, the QR panel), adopted as it is: the
/// same string on every render, so Yew never redraws it. The app is given it empty (the page
/// already holds it); the build, drawn.
pub fn adopted(drawn: &AttrValue) -> Html {
    Html::from_html_unchecked(drawn.clone())
}
