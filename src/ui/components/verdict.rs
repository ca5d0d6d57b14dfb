use yew::prelude::*;

use crate::content::CONTENT;
use crate::engine::Verdict;

/// The headline in words, inside a polite live region so a change is announced.
pub fn verdict_view(verdict: &Verdict, hidden: bool) -> Html {
    let v = verdict;
    html! {
        <div class="verdict-region" aria-live="polite" aria-atomic="true">
            <div id="verdict" hidden={hidden} class={format!("verdict verdict-{}", v.key.key())}
                 data-verdict={v.key.key()} data-contested={v.contested.to_string()}>
                <p class="verdict-kicker">
                    { "Whose argument applies?" }
                    if v.contested {
                        <span class="badge badge-contested">{ "Contested" }</span>
                    }
                    if v.inferred {
                        <span class="badge">{ "Explainer's inference" }</span>
                    }
                </p>
                <p class="verdict-headline">{ CONTENT.headline(v) }</p>
                <p class="verdict-reason">{ CONTENT.verdict_reason(v) }</p>
            </div>
        </div>
    }
}
