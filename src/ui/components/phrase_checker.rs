use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::CONTENT;
use crate::phrases::{find, segments};
use crate::ui::state::Action;

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
pub fn phrase_checker(text: &str, on_action: &Callback<Action>) -> Html {
    let marks = find(text, CONTENT.phrases);
    let mut found: Vec<usize> = marks.iter().map(|m| m.phrase).collect();
    found.sort_unstable();
    found.dedup();
    let allowed = found.iter().filter(|&&i| CONTENT.phrases[i].kind == "allowed").count();
    let oninput = on_action.reform(|event: InputEvent| {
        let text = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .map(|area| area.value())
            .unwrap_or_default();
        Action::SetPhraseText(text)
    });
    html! {
        <section class="phrase-checker" aria-labelledby="phrases-heading">
            <h2 id="phrases-heading">{ "“Powered by” or “calls on”? Check a sentence" }</h2>
            <p class="section-intro">
                { "Amazon reportedly told AWS staff which words to use about OpenAI and which to avoid. Write a sentence about a product: phrases reportedly allowed are marked ✓, phrases to avoid ✗. Outlets differ on the exact list. What you write stays on this page." }
            </p>
            <label for="phrase-input">{ "Your sentence" }</label>
            <textarea id="phrase-input" rows="3" spellcheck="true" value={text.to_owned()} {oninput}
                      placeholder="Our assistant is powered by OpenAI and calls on its models." />
            <p class="phrase-summary" role="status">
                {
                    if text.trim().is_empty() {
                        String::new()
                    } else {
                        format!("{} phrase(s) found: {} allowed, {} to avoid.", found.len(), allowed, found.len() - allowed)
                    }
                }
            </p>
            if !marks.is_empty() {
                <p class="phrase-output" aria-label="Your sentence, with the phrases marked">
                { for segments(text, &marks).into_iter().map(|(run, phrase)| match phrase {
                    Some(i) => html! {
                        <mark data-phrase-kind={CONTENT.phrases[i].kind} data-phrase={CONTENT.phrases[i].id}>{ run }</mark>
                    },
                    None => html! { { run } },
                }) }
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
