use yew::prelude::*;

use super::current_system::system_in_words;
use crate::content::{fill, t, Text};
use crate::engine::Configuration;

/// The printed handout's first line (spec §8): the current view in words. Shown in print only,
/// just above the table of the systems under the same terms (`ui/reference/systems.rs`).
pub fn this_view(configuration: &Configuration) -> Html {
    html! {
        <p class="handout-view print-only">
            { fill(t(Text::HandoutView), &[("parts", &system_in_words(configuration))]) }
        </p>
    }
}
