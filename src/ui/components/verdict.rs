use yew::prelude::*;

use crate::content::CONTENT;
use crate::engine::{PartValue, Terms, Verdict};
use crate::ui::prose::prose;

/// The headline in words (a change is announced by the app's one status message, not here, so a
/// screen reader hears one short message per change). Above it, a
/// kicker names the terms in force and when they were reported, so that a verdict in the
/// present tense is never read as today's ruling.
pub fn verdict_view(verdict: &Verdict, terms: Terms, hidden: bool) -> Html {
    let v = verdict;
    let reason = CONTENT.verdict_reason(v);
    html! {
        <div class="verdict-region">
            <div id="verdict" hidden={hidden} class={format!("verdict verdict-{}", v.key.key())}
                 data-verdict={v.key.key()} data-contested={v.contested.to_string()}
                 data-inferred={v.inferred.to_string()}>
                <p class="verdict-kicker" data-kicker={terms.key()}>
                    { CONTENT.kicker(terms) }
                    if v.contested {
                        <span class="badge badge-contested">{ CONTENT.meta.contested_label }</span>
                    }
                    if v.inferred {
                        <span class="badge badge-inferred" data-inference="">{ CONTENT.meta.inferred_label }</span>
                    }
                </p>
                <p class="verdict-headline">{ prose(CONTENT.headline(v)) }</p>
                <p class="verdict-reason">{ prose(reason.text) }</p>
            </div>
        </div>
    }
}
