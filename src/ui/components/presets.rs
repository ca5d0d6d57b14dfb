use yew::prelude::*;

use crate::content::{t, Text, CONTENT};
use crate::engine::Configuration;
use crate::ui::state::Action;

/// The presets of spec §5 as buttons; the one matching the current parts is pressed. One compact
/// row that scrolls sideways, after the previous and next buttons, so that the experiment keeps
/// one screen.
pub fn presets(
    configuration: &Configuration,
    disabled: bool,
    on_action: &Callback<Action>,
) -> Html {
    let previous = on_action.reform(|_| Action::StepPreset(-1));
    let next = on_action.reform(|_| Action::StepPreset(1));
    html! {
        <div class="presets" role="group" aria-labelledby="presets-heading">
            <h3 id="presets-heading">{ t(Text::PresetsHeading) }</h3>
            <div class="preset-steps">
                <button type="button" class="button-quiet" data-action="previous-preset" {disabled} onclick={previous}>
                    <span aria-hidden="true">{ "←" }</span><span class="visually-hidden">{ t(Text::PreviousExample) }</span>
                </button>
                <button type="button" class="button-quiet" data-action="next-preset" {disabled} onclick={next}>
                    <span aria-hidden="true">{ "→" }</span><span class="visually-hidden">{ t(Text::NextExample) }</span>
                </button>
            </div>
            <ul>
            { for CONTENT.presets.iter().map(|preset| {
                let id: &'static str = preset.id;
                let onclick = on_action.reform(move |_| Action::ApplyPreset(id));
                let pressed = preset.matches(configuration);
                html! {
                    <li>
                        <button type="button" class="preset" data-preset={preset.id}
                                aria-pressed={if pressed { "true" } else { "false" }} {disabled} {onclick}>
                            { preset.title }
                        </button>
                    </li>
                }
            }) }
            </ul>
        </div>
    }
}
