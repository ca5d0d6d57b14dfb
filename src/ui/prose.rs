//! Words from the content as markup: a translation may hold an original English quotation
//! (`{en:…}`), which the page marks as English.

use yew::prelude::*;

use crate::content::{pieces, Piece};

/// A content text, its original English quotations each in a `<bdi lang="en">`: marked as
/// English, and kept apart from the words around it (so a right-to-left page does not reorder
/// it). These texts have no slots (the content checks hold them to the English's).
pub fn prose(text: &'static str) -> Html {
    pattern(text, &|name| html! { { name } })
}

/// A pattern as markup: its words as text, its original quotations as `prose` marks them, and
/// each `{slot}` as `slot` renders it from the slot's name.
pub fn pattern(text: &'static str, slot: &dyn Fn(&'static str) -> Html) -> Html {
    html! {
        { for pieces(text).into_iter().map(|piece| match piece {
            Piece::Original(words) => html! { <bdi lang="en">{ words }</bdi> },
            Piece::Text(words) => html! { { words } },
            Piece::Slot(name) => slot(name),
        }) }
    }
}
