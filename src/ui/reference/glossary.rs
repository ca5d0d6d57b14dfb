use yew::prelude::*;

use crate::content::{page_text, t, PageText, Text, PAGE};
use crate::ui::prose::prose;

/// The glossary: every term in one place (spec §10), and the note on the early mix-up.
pub fn glossary() -> Html {
    html! {
        <section class="glossary" aria-labelledby="glossary-heading">
            <h2 id="glossary-heading">{ page_text(PageText::GlossaryHeading) }</h2>
            <p class="mixup-note" data-note="mix-up">{ prose(PAGE.mixup_note) }</p>
            <dl>
            { for PAGE.terms.iter().map(|term| html! {
                <div class="glossary-entry" id={format!("term-{}", term.id)} data-term={term.id}>
                    <dt><dfn>{ prose(term.word) }</dfn></dt>
                    <dd>{ prose(term.text) }</dd>
                </div>
            }) }
            </dl>
        </section>
    }
}

/// Each term's explanation in place: a popover that the app's word buttons open
/// (`components/term.rs`), with a link to the glossary entry and a button that closes it.
/// Plain HTML: the browser shows and hides it, so none of its words are in the app.
pub fn explanations() -> Html {
    html! {
        <>
        { for PAGE.terms.iter().map(|term| {
            let id = format!("explain-{}", term.id);
            html! {
                <div class="term-explanation" id={id.clone()} popover="">
                    <p>
                        <strong>{ prose(term.word) }</strong>{ " " }{ prose(term.text) }{ " " }
                        <a href={format!("#term-{}", term.id)}>{ page_text(PageText::InGlossary) }</a>
                    </p>
                    <button type="button" class="button-quiet term-close" popovertarget={id}
                            popovertargetaction="hide">
                        { t(Text::Close) }
                    </button>
                </div>
            }
        }) }
        </>
    }
}
