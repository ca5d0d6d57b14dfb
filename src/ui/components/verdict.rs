use yew::prelude::*;

use crate::content::CONTENT;
use crate::engine::Verdict;

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub verdict: Verdict,
    /// In a quiz, until the reveal: neither visible nor in the accessibility tree.
    #[prop_or_default]
    pub hidden: bool,
}

/// The headline in words, inside a polite live region so a change is announced.
#[function_component(VerdictView)]
pub fn verdict_view(props: &VerdictProps) -> Html {
    let v = props.verdict;
    html! {
        <div class="verdict-region" aria-live="polite" aria-atomic="true">
            <div id="verdict" hidden={props.hidden} class={classes!("verdict", format!("verdict-{}", v.key.key()))}
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
                <p class="verdict-headline">{ CONTENT.headline(&v) }</p>
                <p class="verdict-reason">{ CONTENT.verdict_reason(&v) }</p>
            </div>
        </div>
    }
}
