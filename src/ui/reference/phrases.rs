use yew::prelude::*;

use crate::content::{fill, page_text, PageText, Phrase, PhraseKind, CONTENT, PAGE, RECORD};
use crate::ui::prose::{pattern, prose};

/// "Powered by" or "calls on"? The reader writes a sentence; the phrases AWS staff were
/// reportedly told to use or avoid are marked as they type. The build writes the section, with
/// every phrase's explanation hidden; the app (`ui/phrase_checker.rs`) marks the reader's text,
/// says what it found and shows the explanations of the phrases found. What the reader writes
/// never leaves the page.
pub fn phrase_checker() -> Html {
    html! {
        <section class="phrase-checker" aria-labelledby="phrases-heading" data-phrase-checker="">
            <h2 id="phrases-heading">{ prose(page_text(PageText::PhrasesHeading)) }</h2>
            <p class="section-intro">{ page_text(PageText::PhrasesIntro) }</p>
            <label for="phrase-input">{ page_text(PageText::YourSentence) }</label>
            <textarea id="phrase-input" rows="3" spellcheck="true"
                      placeholder={page_text(PageText::PhrasesPlaceholder)} />
            <p class="phrase-summary" role="status"></p>
            <div class="phrase-output" role="group" aria-label={page_text(PageText::PhrasesMarked)} hidden=true></div>
            <ul class="phrase-found">
                { for PAGE.phrases.iter().map(explanation) }
            </ul>
        </section>
    }
}

fn kind_label(kind: PhraseKind) -> &'static str {
    page_text(match kind {
        PhraseKind::Allowed => PageText::PhraseAllowed,
        PhraseKind::Avoided => PageText::PhraseAvoided,
    })
}

fn publishers(ids: &[&str]) -> String {
    ids.iter()
        .map(|id| RECORD.source(id).map_or(*id, |s| s.publisher))
        .collect::<Vec<_>>()
        .join(CONTENT.meta.list_separator)
}

/// A phrase's explanation, shown once the reader's text holds it.
fn explanation(phrase: &'static Phrase) -> Html {
    html! {
        <li data-phrase-explained={phrase.id} hidden=true>
            <strong>
            { pattern(page_text(PageText::PhraseExplained), &|slot| match slot {
                // The phrase itself is English, as AWS staff were told it.
                "phrase" => html! { <span lang="en">{ phrase.label }</span> },
                _ => html! { { kind_label(phrase.kind) } },
            }) }
            </strong>
            { " " }{ prose(phrase.note) }{ " " }
            { fill(page_text(PageText::PhraseSources), &[("sources", &publishers(phrase.sources))]) }
        </li>
    }
}
