use yew::prelude::*;

use crate::content::{fill, page_text, PageText, PAGE, VERSION};
use crate::ui::prose::prose;

/// The log's file, beside each language's first page (and in each version kept at `v/<date>/`).
pub const FILE: &str = "corrections.html";

/// The corrections log: what changed after the content was first published, and why, newest
/// first, under the version's date, with the way back to the explainer. The footers' "Last
/// updated" links here.
#[function_component(Corrections)]
pub fn corrections() -> Html {
    html! {
        <main id="main" class="corrections">
            <p><a href="./">{ PAGE.title }</a></p>
            <h1 id="corrections-heading">{ page_text(PageText::CorrectionsHeading) }</h1>
            <p class="last-updated" data-version={VERSION.date}>
                { fill(page_text(PageText::LastUpdated), &[("date", VERSION.written)]) }
            </p>
            <p>{ page_text(PageText::CorrectionsIntro) }</p>
            <ol class="corrections-log">
            { for PAGE.corrections.iter().map(|correction| html! {
                <li data-correction={correction.date}>
                    <time datetime={correction.date}>{ PAGE.date(correction.date) }</time>{ ". " }
                    { prose(correction.change) }{ " " }
                    <span class="correction-why">{ page_text(PageText::CorrectionsWhy) }</span>{ " " }
                    { prose(correction.why) }
                </li>
            }) }
            </ol>
        </main>
    }
}
