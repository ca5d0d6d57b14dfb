use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::CONTENT;
use crate::phrases::{find, segments};

/// The marked copy of the text shows at most about this many bytes (every phrase is still
/// counted and explained): laying out a pasted book would cost more than a reader can use.
const SHOWN_BYTES: usize = 4000;

fn kind_label(kind: &str) -> &'static str {
    if kind == "allowed" {
        "✓ reportedly allowed"
    } else {
        "✗ reportedly to avoid"
    }
}

fn publishers(ids: &[&str]) -> String {
    ids.iter()
        .map(|id| CONTENT.source(id).map(|s| s.publisher).unwrap_or(id))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "Powered by" or "calls on"? The reader writes a sentence; the phrases AWS staff were
/// reportedly told to use or avoid are marked as they type. The text is only ever shown as
/// text, and never leaves the page.
///
/// A component of its own, holding the text: typing (or pasting a book) re-renders this
/// section only, not the experiment. The text area is left to the browser (the app never sets
/// its value), so what a reader typed before the app started is kept and read once it has.
#[function_component(PhraseChecker)]
pub fn phrase_checker() -> Html {
    let text = use_state(|| Rc::<str>::from(""));
    let area = use_node_ref();
    {
        let text = text.clone();
        let area = area.clone();
        use_effect_with((), move |_| {
            if let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() {
                let typed = area.value();
                if !typed.is_empty() {
                    text.set(Rc::from(typed));
                }
            }
        });
    }
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let typed = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                .map(|area| area.value())
                .unwrap_or_default();
            text.set(Rc::from(typed));
        })
    };
    let text: &str = &text;
    let marks = find(text, CONTENT.phrases);
    // Each phrase found, once, in the content's order.
    let mut seen = vec![false; CONTENT.phrases.len()];
    for mark in &marks {
        if let Some(slot) = seen.get_mut(mark.phrase) {
            *slot = true;
        }
    }
    let found: Vec<usize> = (0..seen.len()).filter(|&i| seen[i]).collect();
    let allowed = found
        .iter()
        .filter(|&&i| CONTENT.phrases[i].kind == "allowed")
        .count();
    let shown_marks = marks.iter().take_while(|m| m.start < SHOWN_BYTES).count();
    let shown = &marks[..shown_marks];
    // Cut after the last marked phrase shown, or at the limit, on a character boundary.
    let mut cut = shown
        .last()
        .map_or(0, |m| m.end)
        .max(SHOWN_BYTES.min(text.len()));
    while !text.is_char_boundary(cut) {
        cut += 1;
    }
    let shown_text = &text[..cut];
    html! {
        <section class="phrase-checker" aria-labelledby="phrases-heading">
            <h2 id="phrases-heading">{ "“Powered by” or “calls on”? Check a sentence" }</h2>
            <p class="section-intro">
                { "Amazon reportedly told AWS staff which words to use about OpenAI and which to avoid. Write a sentence about a product: phrases reportedly allowed are marked ✓, phrases to avoid ✗. Outlets differ on the exact list. What you write stays on this page." }
            </p>
            <label for="phrase-input">{ "Your sentence" }</label>
            <textarea id="phrase-input" rows="3" spellcheck="true" ref={area} {oninput}
                      placeholder="Our assistant is powered by OpenAI and calls on its models." />
            <p class="phrase-summary" role="status">
                {
                    if text.trim().is_empty() {
                        String::new()
                    } else {
                        let capped = if cut < text.len() {
                            format!(" The start of your text is shown below, with {} of {} uses marked.", shown.len(), marks.len())
                        } else {
                            String::new()
                        };
                        match found.len() {
                            0 => format!("No phrase from either list found.{capped}"),
                            1 => format!("1 phrase found: {} allowed, {} to avoid.{capped}", allowed, 1 - allowed),
                            n => format!("{n} phrases found: {} allowed, {} to avoid.{capped}", allowed, n - allowed),
                        }
                    }
                }
            </p>
            if !marks.is_empty() {
                <p class="phrase-output" aria-label="Your sentence, with the phrases marked">
                { for segments(shown_text, shown).into_iter().map(|(run, phrase)| match phrase {
                    Some(i) => html! {
                        <mark data-phrase-kind={CONTENT.phrases[i].kind} data-phrase={CONTENT.phrases[i].id}>{ run }</mark>
                    },
                    None => html! { { run } },
                }) }
                if cut < text.len() { { "…" } }
                </p>
                <ul class="phrase-found">
                { for found.iter().map(|&i| {
                    let phrase = &CONTENT.phrases[i];
                    html! {
                        <li data-phrase-explained={phrase.id}>
                            <strong>{ format!("“{}”: {}.", phrase.label, kind_label(phrase.kind)) }</strong>
                            { " " }{ phrase.note }{ " Source: " }{ publishers(phrase.sources) }{ "." }
                        </li>
                    }
                }) }
                </ul>
            }
        </section>
    }
}
