//! What a reader sees if the app ever panics: a short message and a reload link over the page,
//! instead of a page that looks alive but no longer answers.
//!
//! The release build aborts on panic (`panic = "abort"`), so nothing in the app runs after
//! the hook: the hook itself must leave the page readable. Yew empties `<body>` when it mounts,
//! so a panic during the first render would leave a blank page; `keep_prerendered` keeps a copy
//! of the build-time render for that case. Like `web`, every call here is total.

use std::cell::RefCell;

use crate::content::{pieces, t, Piece, Text};
use wasm_bindgen::JsCast;

thread_local! {
    /// A deep copy of `<body>` as the page arrived (the prerendered view), taken before the app
    /// mounts.
    static PRERENDERED: RefCell<Option<web_sys::Node>> = const { RefCell::new(None) };
}

/// The element the message is written into; present only after a panic.
pub const CRASH_ID: &str = "crash";

/// Keeps a copy of the page as it arrived, to put back if the app fails before its first render.
pub fn keep_prerendered() {
    let copy = crate::web::document()
        .and_then(|d| d.body())
        .and_then(|body| body.clone_node_with_deep(true).ok());
    PRERENDERED.with(|kept| {
        if let Ok(mut kept) = kept.try_borrow_mut() {
            *kept = copy;
        }
    });
}

/// Lets the copy go once the app has rendered: from then on a panic leaves the app's own page.
pub fn forget_prerendered() {
    PRERENDERED.with(|kept| {
        if let Ok(mut kept) = kept.try_borrow_mut() {
            *kept = None;
        }
    });
}

/// The panic hook (installed by `main.rs` through `yew::set_custom_panic_hook`, since Yew
/// replaces any hook set otherwise): the panic's own message goes to the console for whoever
/// debugs it; the reader gets `show`.
pub fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("Two Words stopped: {info}").into());
    show();
}

/// Puts the prerendered page back if the app never rendered, switches off every control that
/// no longer works, and shows the message with a reload link. Shown once, however many panics
/// follow (a later event may reach the stopped app and panic again).
pub fn show() {
    let Some(document) = crate::web::document() else {
        return;
    };
    if document.get_element_by_id(CRASH_ID).is_some() {
        return;
    }
    let Some(mut body) = document.body() else {
        return;
    };
    // The app's render always has `<main id="main">`; without it, the app failed before its
    // first render and the page is blank.
    if document.get_element_by_id("main").is_none() {
        let copy =
            PRERENDERED.with(|kept| kept.try_borrow_mut().ok().and_then(|mut kept| kept.take()));
        let restored = copy
            .and_then(|copy| copy.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|copy| {
                document
                    .document_element()
                    .is_some_and(|root| root.replace_child(copy, &body).is_ok())
            });
        if let Some(restored) = restored {
            body = restored;
        }
    }
    if let Ok(controls) = document.query_selector_all("button, input, select, textarea, [tabindex]")
    {
        for index in 0..controls.length() {
            if let Some(control) = controls
                .get(index)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = control.set_attribute("inert", "");
            }
        }
    }
    let Ok(message) = document.create_element("div") else {
        return;
    };
    message.set_id(CRASH_ID);
    message.set_class_name("crash");
    let _ = message.set_attribute("role", "alert");
    let href = crate::web::current_href();
    if let (Ok(paragraph), Ok(strong), Ok(link)) = (
        document.create_element("p"),
        document.create_element("strong"),
        document.create_element("a"),
    ) {
        strong.set_text_content(Some(t(Text::Crash)));
        let _ = link.set_attribute("href", if href.is_empty() { "." } else { &href });
        link.set_id("crash-reload");
        link.set_text_content(Some(t(Text::CrashReload)));
        let _ = paragraph.append_child(&strong);
        let _ = paragraph.append_with_str_1(" ");
        for piece in pieces(t(Text::CrashAgain)) {
            let _ = match piece {
                Piece::Slot(_) => paragraph.append_child(&link).map(|_| ()),
                Piece::Text(text) | Piece::Original(text) => paragraph.append_with_str_1(text),
            };
        }
        let _ = message.append_child(&paragraph);
    }
    let _ = body.prepend_with_node_1(&message);
    let _ = document
        .document_element()
        .map(|root| root.set_attribute("data-crashed", ""));
    if let Some(link) = document
        .get_element_by_id("crash-reload")
        .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = link.focus();
    }
}

/// The test-only trigger (`--features panic-test`, built by `cargo xtask test` and never
/// shipped): `?panic-test=start` panics in the first render, `?panic-test=change` once the
/// reader changes the view. A release build has no such code, so no URL can reach it.
#[cfg(feature = "panic-test")]
pub fn test_trigger(query: &str, configuration: &crate::engine::Configuration) {
    if query.contains("panic-test=start") {
        panic!("panic-test: in the first render");
    }
    if query.contains("panic-test=change")
        && *configuration != crate::engine::Configuration::default()
    {
        panic!("panic-test: after a change");
    }
}
