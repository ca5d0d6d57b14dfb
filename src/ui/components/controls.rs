use yew::prelude::*;

use super::current_system::part_value;
use crate::content::{t, Text, CONTENT};
use crate::engine::{Configuration, Part};
use crate::ui::state::Action;

/// One native radio group per part: `name` is the URL parameter and `value` the URL value
/// (spec §6), so the arrow keys, Tab and Space work as in any form. Each group is only its name
/// and its options, so that all four fit one screen beside the verdict; the question each asks
/// is its description, and what the current option means is said below (`choices_explained`).
pub fn controls(
    configuration: &Configuration,
    disabled: bool,
    on_action: &Callback<Action>,
) -> Html {
    html! {
        <div class="controls">
            { for Part::ALL.iter().map(|&part| part_group(part, configuration, disabled, on_action)) }
        </div>
    }
}

/// What each part's current option means, with the question the part asks and its words
/// explained in place: the explanation around the experiment.
pub fn choices_explained(configuration: &Configuration) -> Html {
    html! {
        <dl class="choices-explained">
            { for Part::ALL.iter().filter_map(|&part| {
                let text = CONTENT.part(part)?;
                let current = configuration.value_key(part);
                let value = text.values.iter().find(|v| v.id == current)?;
                Some(html! {
                    <div class="choice-explained" data-part={part.key()}>
                        <dt>{ part_value(part, configuration) }</dt>
                        <dd>
                            <span class="part-question">{ text.help }</span>{ " " }
                            <span class="choice-help">{ value.help }</span>
                            <span class="part-words">
                                { t(Text::Words) }{ " " }{ for words(part).iter().map(|id| crate::ui::components::term(id)) }
                            </span>
                        </dd>
                    </div>
                })
            }) }
        </dl>
    }
}

/// The glossary words explained next to each part.
fn words(part: Part) -> &'static [&'static str] {
    match part {
        Part::Memory => &["stateless", "stateful"],
        Part::Tools => &["runtime"],
        Part::Model => &["api", "azure", "bedrock", "sre"],
        Part::Terms => &["exclusivity", "red-line", "frontier"],
    }
}

fn part_group(
    part: Part,
    configuration: &Configuration,
    disabled: bool,
    on_action: &Callback<Action>,
) -> Html {
    let Some(text) = CONTENT.part(part) else {
        return html! {};
    };
    let current = configuration.value_key(part);
    let help_id = format!("{}-help", part.key());
    html! {
        <fieldset class={format!("part part-{}", part.key())} aria-describedby={help_id.clone()}>
            <legend>{ text.label }</legend>
            <p class="part-help visually-hidden" id={help_id}>{ text.help }</p>
            <div class="choices">
            { for text.values.iter().map(|value| {
                let id = format!("{}-{}", part.key(), value.id);
                let value_id: &'static str = value.id;
                let onchange = on_action.reform(move |_| Action::Set(part, value_id));
                let checked = current == value.id;
                html! {
                    <label class={if checked { "choice checked" } else { "choice" }} for={id.clone()}>
                        <input type="radio" id={id} name={part.key()} value={value.id} checked={checked} {disabled} {onchange} />
                        <span class="choice-label">{ value.label }</span>
                        if let Some(dates) = value.dates {
                            <span class="choice-dates">{ dates }</span>
                        }
                    </label>
                }
            }) }
            </div>
        </fieldset>
    }
}
