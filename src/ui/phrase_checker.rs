//! The phrase checker's part in the app. The build writes the section (`reference/phrases.rs`):
//! the text box, an empty summary and marked copy, and every phrase's explanation, hidden. As
//! the reader types, this marks the phrases AWS staff were reportedly told to use or avoid,
//! says what it found, and shows the explanations of the phrases found, by writing into that
//! section directly: it holds no state beyond the text box, which the browser keeps, so it is
//! not a Yew component, and its words stay in the page. The text is only ever shown as text,
//! and never leaves the page.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlTextAreaElement};

use crate::content::{fill, t, PhraseKind, Plural, Text, CONTENT, MATCHER};
use crate::phrases::{find, segments};

/// The marked copy of the text shows at most about this many bytes (every phrase is still
/// counted and explained): laying out a pasted book would cost more than a reader can use.
const SHOWN_BYTES: usize = 4000;

/// Starts the checker on the page's section, if it has one: first on what the reader typed
/// before the app started, then on every change.
pub fn start() {
    let Some(document) = crate::web::document() else {
        return;
    };
    let Some(area) = document
        .get_element_by_id("phrase-input")
        .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let Some(section) = area.closest("[data-phrase-checker]").ok().flatten() else {
        return;
    };
    show(&document, &section, &area.value());
    let listener = EventListener::new(&area.clone(), "input", move |_| {
        show(&document, &section, &area.value());
    });
    // The checker answers for as long as the page is open.
    listener.forget();
}

/// Writes what the checker shows for `text` into its section.
fn show(document: &Document, section: &Element, text: &str) {
    let marks = find(text, MATCHER);
    // Each phrase found, once.
    let mut seen = vec![false; MATCHER.len()];
    for mark in &marks {
        if let Some(slot) = seen.get_mut(mark.phrase) {
            *slot = true;
        }
    }
    let found = seen.iter().filter(|&&s| s).count();
    let allowed = MATCHER
        .iter()
        .zip(&seen)
        .filter(|(phrase, &s)| s && phrase.kind == PhraseKind::Allowed)
        .count();
    let shown = &marks[..marks.iter().take_while(|m| m.start < SHOWN_BYTES).count()];
    // Cut after the last marked phrase shown, or at the limit, on a character boundary.
    let mut cut = shown
        .last()
        .map_or(0, |m| m.end)
        .max(SHOWN_BYTES.min(text.len()));
    while !text.is_char_boundary(cut) {
        cut += 1;
    }

    let summary = if text.trim().is_empty() {
        String::new()
    } else {
        let summary = match found {
            0 => t(Text::PhrasesNone).to_owned(),
            n => fill(
                CONTENT.plural(Plural::PhrasesFound, n),
                &[
                    ("count", &n.to_string()),
                    ("allowed", &allowed.to_string()),
                    ("avoided", &(n - allowed).to_string()),
                ],
            ),
        };
        if cut < text.len() {
            let capped = fill(
                t(Text::PhrasesCapped),
                &[
                    ("shown", &shown.len().to_string()),
                    ("total", &marks.len().to_string()),
                ],
            );
            format!("{summary} {capped}")
        } else {
            summary
        }
    };
    if let Ok(Some(status)) = section.query_selector(".phrase-summary") {
        if status.text_content().as_deref() != Some(summary.as_str()) {
            status.set_text_content(Some(&summary));
        }
    }

    if let Ok(Some(output)) = section.query_selector(".phrase-output") {
        output.set_text_content(None);
        for (run, phrase) in segments(&text[..cut], shown) {
            let _ = match phrase.and_then(|i| MATCHER.get(i)) {
                Some(phrase) => document.create_element("mark").and_then(|mark| {
                    mark.set_attribute("data-phrase-kind", phrase.kind.key())?;
                    mark.set_attribute("data-phrase", phrase.id)?;
                    mark.set_text_content(Some(run));
                    output.append_with_node_1(&mark)
                }),
                None => output.append_with_str_1(run),
            };
        }
        if cut < text.len() {
            let _ = output.append_with_str_1("…");
        }
        set_hidden(&output, marks.is_empty());
    }

    for (phrase, &s) in MATCHER.iter().zip(&seen) {
        let selector = format!("[data-phrase-explained=\"{}\"]", phrase.id);
        if let Ok(Some(explanation)) = section.query_selector(&selector) {
            set_hidden(&explanation, !s);
        }
    }
}

fn set_hidden(element: &Element, hidden: bool) {
    if element.has_attribute("hidden") != hidden {
        let _ = if hidden {
            element.set_attribute("hidden", "")
        } else {
            element.remove_attribute("hidden")
        };
    }
}
