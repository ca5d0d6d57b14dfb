use yew::prelude::*;

use crate::content::{t, Text};
use crate::ui::state::{Action, Copied, State};

/// Sharing and classroom actions: copy link, share (the link, its QR code and Google
/// Classroom's link, in the build's dialog), embed, projector mode, full screen and the
/// shortcuts help. Every keyboard shortcut has a button here or among the controls.
pub fn toolbar(state: &State, on_action: &Callback<Action>) -> Html {
    let (flags, share) = (&state.flags, &state.share);
    let copy = {
        let on_action = on_action.clone();
        Callback::from(move |_| {
            let on_action = on_action.clone();
            let href = crate::web::current_href();
            yew::platform::spawn_local(async move {
                let result = crate::web::copy_text(&href).await.map_err(|()| href);
                on_action.emit(Action::LinkCopied(result));
            });
        })
    };
    let embed = on_action.reform(|_| Action::OpenEmbed);
    let share_view = {
        let link = state.class_link();
        Callback::from(move |_| crate::web::open_share(&link))
    };
    let present = on_action.reform(|_| Action::TogglePresent);
    let fullscreen =
        on_action.reform(|_| Action::FullscreenRefused(!crate::web::toggle_fullscreen()));
    // The keyboard help is the build's page and holds no state of the app's: opened where it is.
    let shortcuts = Callback::from(|_| crate::web::open_dialog(crate::ui::SHORTCUTS_DIALOG));
    html! {
        <div class="toolbar">
            <div class="copy-link">
                <button type="button" class="button" data-action="copy-link" onclick={copy}>{ t(Text::CopyLink) }</button>
                <span class="copy-status" role="status">
                    if share.link == Copied::Yes { { t(Text::LinkCopied) } }
                </span>
                if let Copied::Refused(href) = &share.link {
                    <label class="manual-copy">
                        { t(Text::LinkCopyRefused) }
                        <input type="text" readonly=true value={href.clone()} />
                    </label>
                }
            </div>
            <button type="button" class="button-quiet" data-action="share" aria-haspopup="dialog" onclick={share_view}>
                { t(Text::Share) }
            </button>
            if !flags.plain {
                <button type="button" class="button-quiet" data-action="embed" aria-haspopup="dialog" onclick={embed}>
                    { t(Text::Embed) }
                </button>
            }
            <button type="button" class="button-quiet" data-action="present"
                    aria-pressed={if flags.present { "true" } else { "false" }} onclick={present}>
                { t(Text::Projector) }
            </button>
            <button type="button" class="button-quiet" data-action="fullscreen" onclick={fullscreen}>
                { t(Text::FullScreen) }
            </button>
            <button type="button" class="button-quiet" data-action="shortcuts" aria-haspopup="dialog" onclick={shortcuts}>
                { t(Text::KeyboardShortcuts) }
            </button>
            <span class="toolbar-status" role="status">
                if share.fullscreen_refused { { t(Text::FullScreenRefused) } }
            </span>
        </div>
    }
}
