use yew::prelude::*;

use crate::content::{plain, CONTENT};
use crate::engine::{Configuration, Part, Verdict};
use crate::ui::state::Change;

/// One part and its value in words ("Memory: On").
pub fn part_value(part: Part, configuration: &Configuration) -> String {
    let label = CONTENT.part(part).map(|p| p.label).unwrap_or(part.key());
    CONTENT.meta.part_value.replace("{part}", label).replace(
        "{value}",
        CONTENT.value_label(part, configuration.value_key(part)),
    )
}

/// Every part and its value, as the content joins them.
pub fn system_in_words(configuration: &Configuration) -> String {
    Part::ALL
        .iter()
        .map(|&part| part_value(part, configuration))
        .collect::<Vec<_>>()
        .join(CONTENT.meta.list_separator)
}

/// The sentence above the controls that names the system shown, so that a reader (a screen
/// reader's user above all) can reach it at any time without walking through every control.
pub fn current_system(configuration: &Configuration) -> Html {
    let sentence = CONTENT
        .meta
        .current_system
        .replace("{parts}", &system_in_words(configuration));
    html! {
        <p class="current-system" id="current-system" data-current-system="">{ sentence }</p>
    }
}

/// What a screen reader hears after a change: what changed, then the new headline after its
/// kicker, dated as on screen (or, while a quiz hides the answer, only what changed).
pub fn announcement(
    change: Change,
    configuration: &Configuration,
    verdict: &Verdict,
    hide_answer: bool,
) -> String {
    let change = match change {
        Change::Part(part) => part_value(part, configuration),
        Change::Preset(id) => CONTENT
            .preset(id)
            .map(|p| p.title.to_string())
            .unwrap_or_default(),
        Change::System => system_in_words(configuration),
    };
    if hide_answer {
        CONTENT
            .meta
            .announcement_hidden
            .replace("{change}", &change)
    } else {
        CONTENT
            .meta
            .announcement
            .replace("{change}", &change)
            .replace("{kicker}", CONTENT.kicker(configuration.terms))
            .replace("{verdict}", &plain(CONTENT.headline(verdict)))
    }
}
