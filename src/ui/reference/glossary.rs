use yew::prelude::*;

use crate::content::{CONTENT, PAGE};

/// The glossary: every term in one place (spec §10), and the note on the early mix-up.
pub fn glossary() -> Html {
    html! {
        <section class="glossary" aria-labelledby="glossary-heading">
            <h2 id="glossary-heading">{ "The words" }</h2>
            <p class="mixup-note" data-note="mix-up">{ PAGE.mixup_note }</p>
            <dl>
            { for CONTENT.terms.iter().map(|term| html! {
                <div class="glossary-entry" id={format!("term-{}", term.id)} data-term={term.id}>
                    <dt><dfn>{ term.word }</dfn></dt>
                    <dd>{ term.text }</dd>
                </div>
            }) }
            </dl>
        </section>
    }
}
