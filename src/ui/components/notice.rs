use yew::prelude::*;

use crate::ui::state::Action;
use crate::url::{describe, Ignored};

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub ignored: Vec<Ignored>,
    pub on_action: Callback<Action>,
}

/// The polite notice for URL values that were ignored (spec §2, §6). It is absent when there
/// is nothing to say.
#[function_component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    if props.ignored.is_empty() {
        return html! {};
    }
    let dismiss = props.on_action.reform(|_| Action::DismissNotice);
    html! {
        <div id="notice" role="status" class="notice">
            <p class="notice-title">{ "Part of this link could not be used, so the defaults are shown instead:" }</p>
            <ul>
                { for props.ignored.iter().map(|i| html! { <li>{ describe(i) }</li> }) }
            </ul>
            <button type="button" class="button-quiet" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
