use yew::prelude::*;

use crate::content::CONTENT;
use crate::engine::{Configuration, Part};

/// The printed handout's first line (spec §8): the current view in words. Shown in print only,
/// just above the table of the systems under the same terms (`ui/reference/systems.rs`).
pub fn this_view(configuration: &Configuration) -> Html {
    html! {
        <p class="handout-view print-only">
            { "This view: " }
            { for Part::ALL.iter().map(|&part| html! {
                <span class="handout-part">
                    { CONTENT.part(part).map(|p| p.label).unwrap_or(part.key()) }{ ": " }
                    <strong>{ CONTENT.value_label(part, configuration.value_key(part)) }</strong>{ ". " }
                </span>
            }) }
        </p>
    }
}
