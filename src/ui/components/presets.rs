use yew::prelude::*;

use crate::content::CONTENT;
use crate::engine::Configuration;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct PresetsProps {
    pub configuration: Configuration,
    pub on_action: Callback<Action>,
}

/// The presets of spec §5 as buttons; the one matching the current parts is pressed.
#[function_component(Presets)]
pub fn presets(props: &PresetsProps) -> Html {
    html! {
        <div class="presets" role="group" aria-labelledby="presets-heading">
            <h3 id="presets-heading">{ "Or start from an example" }</h3>
            <ul>
            { for CONTENT.presets.iter().map(|preset| {
                let id: &'static str = preset.id;
                let onclick = props.on_action.reform(move |_| Action::ApplyPreset(id));
                let pressed = preset.matches(&props.configuration);
                html! {
                    <li>
                        <button type="button" class="preset" data-preset={preset.id}
                                aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
                            { preset.title }
                        </button>
                    </li>
                }
            }) }
            </ul>
        </div>
    }
}
