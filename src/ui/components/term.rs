use yew::prelude::*;

use crate::content::CONTENT;
use crate::ui::state::Action;

/// A word with its explanation in place: a button that opens and closes it (by keyboard,
/// touch or mouse; Escape closes it too) and a link to the glossary entry.
pub fn term(id: &'static str, open: Option<&'static str>, on_action: &Callback<Action>) -> Html {
    let Some(entry) = CONTENT.terms.iter().find(|t| t.id == id) else {
        return html! {};
    };
    let expanded = open == Some(id);
    let panel = format!("explain-{id}");
    html! {
        <span class="term-in-place">
            <button type="button" class="term-button" data-term-button={id}
                    aria-expanded={if expanded { "true" } else { "false" }} aria-controls={panel.clone()}
                    onclick={on_action.reform(move |_| Action::ToggleTerm(id))}>
                { entry.word }<span class="visually-hidden">{ ": what does it mean?" }</span>
            </button>
            if expanded {
                <span class="term-explanation" id={panel} role="note">
                    { entry.text }{ " " }
                    <a href={format!("#term-{id}")}>{ "In the glossary" }</a>{ " " }
                    <button type="button" class="button-quiet term-close" onclick={on_action.reform(|_| Action::CloseTerm)}>
                        { "Close" }
                    </button>
                </span>
            }
        </span>
    }
}
