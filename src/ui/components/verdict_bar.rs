use yew::prelude::*;

use crate::content::{t, Text, CONTENT};
use crate::engine::Verdict;
use crate::ui::prose::prose;

/// On a phone the controls fill the screen, so a slim bar pinned to the bottom repeats the
/// headline and links to the full verdict. Wider screens hide it: the verdict sits beside the
/// controls there. It is not a live region; `#verdict` does the announcing.
pub fn verdict_bar(verdict: &Verdict) -> Html {
    let v = verdict;
    html! {
        <a class={format!("verdict-bar verdict-{}", v.key.key())} href="#verdict">
            <span class="verdict-bar-headline">{ prose(CONTENT.headline(v)) }</span>
            <span class="verdict-bar-more">{ t(Text::Why) }</span>
        </a>
    }
}
