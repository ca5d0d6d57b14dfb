use yew::prelude::*;

use crate::content::{lookup, pieces, t, Piece, Text, WORDS};
use crate::ui::prose::prose;

/// A word with its explanation in place: a button that opens the explanation the build wrote
/// into the page (a popover, `ui/reference/glossary.rs`), so that the explanations' words are not
/// in the app. The browser opens and closes it by keyboard, touch or mouse, closes it on Escape
/// or a click elsewhere, and tells assistive technology whether it is open.
pub fn term(id: &'static str) -> Html {
    let word = lookup(WORDS, id);
    html! {
        <button type="button" class="term-button" data-term-button={id}
                popovertarget={format!("explain-{id}")}>
            // The word is what shows; the question around it is for screen readers.
            { for pieces(t(Text::TermQuestion)).into_iter().map(|piece| match piece {
                Piece::Slot(_) => prose(word),
                Piece::Text(text) | Piece::Original(text) => html! { <span class="visually-hidden">{ text }</span> },
            }) }
        </button>
    }
}
