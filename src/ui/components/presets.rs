use yew::prelude::*;

use crate::content::CONTENT;
use crate::engine::Configuration;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct PresetsProps {
    pub configuration: Configuration,
    #[prop_or_default]
    pub disabled: bool,
    pub on_action: Callback<Action>,
}

/// The presets of spec §5 as buttons; the one matching the current parts is pressed.
#[function_component(Presets)]
pub fn presets(props: &PresetsProps) -> Html {
    let disabled = props.disabled;
    let previous = props.on_action.reform(|_| Action::StepPreset(-1));
    let next = props.on_action.reform(|_| Action::StepPreset(1));
    html! {
        <div class="presets" role="group" aria-labelledby="presets-heading">
            <h3 id="presets-heading">{ "Or start from an example" }</h3>
            <div class="preset-steps">
                <button type="button" class="button-quiet" data-action="previous-preset" {disabled} onclick={previous}>
                    <span aria-hidden="true">{ "← " }</span>{ "Previous example" }
                </button>
                <button type="button" class="button-quiet" data-action="next-preset" {disabled} onclick={next}>
                    { "Next example" }<span aria-hidden="true">{ " →" }</span>
                </button>
            </div>
            <ul>
            { for CONTENT.presets.iter().map(|preset| {
                let id: &'static str = preset.id;
                let onclick = props.on_action.reform(move |_| Action::ApplyPreset(id));
                let pressed = preset.matches(&props.configuration);
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
