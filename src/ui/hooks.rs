//! Hooks that connect the app to the browser: keyboard shortcuts and the host page's frame.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::state::{model_for_digit, Action, State};
use crate::engine::Part;

/// Whether a key press belongs to a field the reader is typing in, or to a control whose own
/// keys must keep working (arrow keys move between radio buttons).
fn typing_target(event: &web_sys::KeyboardEvent, key: &str) -> bool {
    let Some(element) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        if html.is_content_editable() {
            return true;
        }
    }
    match element.tag_name().to_ascii_lowercase().as_str() {
        "textarea" | "select" => true,
        "input" => {
            let kind = element
                .get_attribute("type")
                .unwrap_or_default()
                .to_ascii_lowercase();
            match kind.as_str() {
                // Radios and checkboxes take arrow keys and Space themselves, letters not.
                "radio" | "checkbox" => key.starts_with("Arrow") || key == " ",
                "button" | "submit" | "reset" => false,
                _ => true,
            }
        }
        _ => false,
    }
}

/// The page around the app (`ui/reference/`) is not in Yew's tree, so Yew's own listeners never
/// hear it: one listener on the document answers the timeline's "switch the view to these terms"
/// buttons (by `data-action`) and the map's links to each system (by `data-view`), which the app
/// follows without reloading. (Tab is kept inside an open dialog by `use_shortcuts`.)
#[hook]
pub fn use_page_buttons(dispatcher: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                EventListener::new_with_options(
                    &document,
                    "click",
                    EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        if let Some(action) = page_action(event) {
                            event.prevent_default();
                            dispatcher.dispatch(action);
                        }
                    },
                )
            });
        move || drop(listener)
    });
}

/// What a click on the page around the app asks for, if anything. A link opened in a new tab or
/// window (a modifier key, or not the main button) is left to the browser.
fn page_action(event: &web_sys::Event) -> Option<Action> {
    // A word's explanation (a popover, which stays open while the page scrolls) gives way to
    // the glossary entry its link leads to.
    if let Some(link) = crate::web::closest_to_target(event, "[popover] a") {
        if let Ok(Some(popover)) = link.closest("[popover]") {
            crate::web::hide_popover(&popover);
        }
        return None;
    }
    if let Some(button) = crate::web::closest_to_target(event, "[data-action=\"switch-terms\"]") {
        let wanted = button.get_attribute("data-terms").unwrap_or_default();
        // Only a value the engine knows: the page is ours, but never trusted blindly.
        let terms = Part::Terms.values().iter().find(|v| **v == wanted)?;
        return Some(Action::Set(Part::Terms, terms));
    }
    let link = crate::web::closest_to_target(event, "a[data-view]")?;
    let mouse = event.dyn_ref::<web_sys::MouseEvent>()?;
    if mouse.button() != 0
        || mouse.ctrl_key()
        || mouse.meta_key()
        || mouse.shift_key()
        || mouse.alt_key()
    {
        return None;
    }
    let reading = crate::url::read(&link.get_attribute("href")?);
    // A link the reader cannot have been given by this page is left to the browser.
    reading
        .ignored
        .is_empty()
        .then_some(Action::Show(reading.configuration))
}

/// The keyboard shortcuts of spec §8, active while the app lives and while no field has the
/// keyboard and no dialog is open. Each also has a button.
#[hook]
pub fn use_shortcuts(dispatcher: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&document, "keydown", options, move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    // Tab stays inside an open dialog, the app's or the build's page's alike.
                    crate::web::trap_tab(event);
                    let key = event.key();
                    if event.ctrl_key()
                        || event.meta_key()
                        || event.alt_key()
                        || event.default_prevented()
                    {
                        return;
                    }
                    if typing_target(event, &key) || crate::web::dialog_open() {
                        return;
                    }
                    let action = match key.as_str() {
                        "m" | "M" => Some(Action::Toggle(Part::Memory)),
                        "t" | "T" => Some(Action::Toggle(Part::Tools)),
                        "y" | "Y" => Some(Action::Toggle(Part::Terms)),
                        "1" | "2" | "3" => key
                            .chars()
                            .next()
                            .and_then(model_for_digit)
                            .map(|model| Action::Set(Part::Model, model)),
                        "ArrowLeft" => Some(Action::StepPreset(-1)),
                        "ArrowRight" => Some(Action::StepPreset(1)),
                        "r" | "R" => Some(Action::Reveal),
                        "p" | "P" => Some(Action::TogglePresent),
                        // Like the button: a refusal is said in the toolbar.
                        "f" | "F" => {
                            Some(Action::FullscreenRefused(!crate::web::toggle_fullscreen()))
                        }
                        // The keyboard help is the build's page, opened where it is.
                        "?" => {
                            crate::web::open_dialog(crate::ui::SHORTCUTS_DIALOG);
                            None
                        }
                        _ => return,
                    };
                    event.prevent_default();
                    if let Some(action) = action {
                        dispatcher.dispatch(action);
                    }
                })
            });
        move || drop(listener)
    });
}

/// Posts the page's height to a host page while the app lives (only when framed).
#[hook]
pub fn use_auto_resize() {
    use_effect_with((), |_| {
        let guard = crate::web::auto_resize();
        move || drop(guard)
    });
}
