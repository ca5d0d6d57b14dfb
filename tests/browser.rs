#![cfg(target_arch = "wasm32")]
//! Components in a real browser (headless Chromium via wasm-bindgen-test): render the app,
//! switch a control or press a preset as a reader would, and read what the page then says.

use two_words::ui::{App, AppProps, Start};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app for a URL query into a fresh element and waits until it has rendered.
async fn mount(query: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            start: Some(Start {
                query: query.to_owned().into(),
                stored_tally: None,
                page: "http://127.0.0.1/".into(),
            }),
            ..AppProps::default()
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn verdict(root: &Element) -> (String, String) {
    let v = find(root, "#verdict");
    (
        v.get_attribute("data-verdict").unwrap(),
        v.get_attribute("data-contested").unwrap(),
    )
}

async fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
}

fn checked(root: &Element, name: &str) -> String {
    let input: HtmlInputElement = find(root, &format!("input[name='{name}']:checked"))
        .dyn_into()
        .unwrap();
    input.value()
}

#[wasm_bindgen_test]
async fn the_default_view_has_every_part_and_preset() {
    let root = mount("").await;
    assert_eq!(verdict(&root), ("no-dispute".into(), "false".into()));
    for (name, values) in [("memory", 2), ("tools", 2), ("model", 3), ("terms", 2)] {
        assert_eq!(
            count(&root, &format!("input[type=radio][name={name}]")),
            values,
            "{name}"
        );
    }
    assert_eq!(count(&root, "button[data-preset]"), 7);
    assert_eq!(count(&root, "#notice"), 0);
    // One polite status message per change, not the whole verdict read again.
    assert_eq!(
        count(&root, "[role=status][aria-live=polite][data-announcer]"),
        1
    );
    assert_eq!(count(&root, "[aria-live] #verdict"), 0);
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_controls_changes_the_verdict() {
    let root = mount("").await;
    click(&root, "input[name=model][value=aws-runtime]").await;
    assert_eq!(verdict(&root), ("microsoft".into(), "false".into()));
    assert_eq!(
        find(&root, "#verdict")
            .get_attribute("data-inferred")
            .as_deref(),
        Some("true")
    );
    assert_eq!(count(&root, "#verdict [data-inference]"), 1);

    click(&root, "input[name=memory][value=on]").await;
    assert_eq!(verdict(&root), ("amazon-openai".into(), "true".into()));
    assert_eq!(count(&root, "#verdict .badge-contested"), 1);
    assert_eq!(count(&root, "#verdict [data-inference]"), 0);

    click(&root, "input[name=terms][value='2026']").await;
    assert_eq!(verdict(&root), ("no-dispute".into(), "false".into()));
    assert_eq!(
        find(&root, "[data-kicker]")
            .get_attribute("data-kicker")
            .as_deref(),
        Some("2026")
    );

    // A relay under the amended terms is unsettled.
    click(&root, "input[name=memory][value=off]").await;
    assert_eq!(verdict(&root), ("unsettled".into(), "false".into()));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_preset_sets_three_parts_and_keeps_the_terms() {
    let root = mount("?terms=2026").await;
    click(&root, "button[data-preset=raw-bedrock]").await;
    assert_eq!(
        [
            checked(&root, "memory"),
            checked(&root, "tools"),
            checked(&root, "model"),
            checked(&root, "terms")
        ],
        ["off", "off", "aws-direct", "2026"]
    );
    assert_eq!(verdict(&root), ("unsettled".into(), "false".into()));
    assert_eq!(
        find(&root, "button[data-preset=raw-bedrock]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_bad_link_shows_a_notice_and_a_working_page() {
    let root = mount("?model=gcp&memory=on").await;
    let notice = find(&root, "#notice");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("status"));
    assert!(notice.text_content().unwrap().contains("model=gcp"));
    assert_eq!(checked(&root, "model"), "azure");
    assert_eq!(checked(&root, "memory"), "on");
    click(&root, "#notice button").await;
    assert_eq!(count(&root, "#notice"), 0);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_quiz_hides_the_verdict_until_a_prediction_is_revealed() {
    let root = mount("?quiz=1&preset=thin-relay").await;
    assert!(find(&root, "#verdict").has_attribute("hidden"));
    click(&root, "[data-predict=microsoft]").await;
    click(&root, "[data-action=reveal]").await;
    assert!(!find(&root, "#verdict").has_attribute("hidden"));
    assert_eq!(
        find(&root, "[data-tally=right]").text_content().as_deref(),
        Some("1")
    );
    root.remove();
}
