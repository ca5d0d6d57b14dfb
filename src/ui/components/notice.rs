use yew::prelude::*;

use crate::content::{t, Text};
use crate::ui::state::Action;
use crate::url::{describe, Ignored};

/// The polite notice for URL values that were ignored (spec §2, §6). It is absent when there
/// is nothing to say.
pub fn notice(ignored: &[Ignored], on_action: &Callback<Action>) -> Html {
    if ignored.is_empty() {
        return html! {};
    }
    let dismiss = on_action.reform(|_| Action::DismissNotice);
    html! {
        <div id="notice" role="status" class="notice">
            <p class="notice-title">{ t(Text::NoticeTitle) }</p>
            <ul>
                { for ignored.iter().map(|i| html! { <li>{ describe(i) }</li> }) }
            </ul>
            <button type="button" class="button-quiet" onclick={dismiss}>{ t(Text::Dismiss) }</button>
        </div>
    }
}
