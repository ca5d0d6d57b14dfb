use yew::prelude::*;

use super::CopyLink;
use crate::ui::state::Action;
use crate::url::Flags;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub flags: Flags,
    pub on_action: Callback<Action>,
}

/// Sharing and classroom actions: copy link, embed, projector mode, full screen and the
/// shortcuts help. Every keyboard shortcut has a button here or among the controls.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let fullscreen_refused = use_state(|| false);
    let present = props.on_action.reform(|_| Action::TogglePresent);
    let fullscreen = {
        let refused = fullscreen_refused.clone();
        Callback::from(move |_| refused.set(!crate::web::toggle_fullscreen()))
    };
    let embed = Callback::from(|_| crate::web::open_dialog("embed-dialog"));
    let shortcuts = Callback::from(|_| crate::web::open_dialog("shortcuts"));
    let presenting = props.flags.present;
    html! {
        <div class="toolbar">
            <CopyLink />
            if !props.flags.plain {
                <button type="button" class="button-quiet" data-action="embed" aria-haspopup="dialog" onclick={embed}>
                    { "Embed" }
                </button>
            }
            <button type="button" class="button-quiet" data-action="present"
                    aria-pressed={if presenting { "true" } else { "false" }} onclick={present}>
                { "Projector mode" }
            </button>
            <button type="button" class="button-quiet" data-action="fullscreen" onclick={fullscreen}>
                { "Full screen" }
            </button>
            <button type="button" class="button-quiet" data-action="shortcuts" aria-haspopup="dialog" onclick={shortcuts}>
                { "Keyboard shortcuts" }
            </button>
            <span class="toolbar-status" role="status">
                if *fullscreen_refused { { "Full screen is not available here." } }
            </span>
        </div>
    }
}
