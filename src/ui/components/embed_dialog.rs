use yew::prelude::*;

use crate::content::{t, Text};
use crate::engine::Configuration;
use crate::ui::state::{Action, Copied, Share};
use crate::url::{self, Flags};

/// The iframe snippet for a view: the frame, then `embed.js`, which resizes it.
pub fn snippet(base: &str, configuration: &Configuration, flags: &Flags) -> String {
    format!(
        "{}\n<script src=\"{base}embed.js\" async></script>",
        frame(base, configuration, flags)
    )
}

/// The iframe of a view: it loads lazily and names itself for screen readers. Full width comes
/// from a style, since the `width` attribute takes pixels only and a snippet must be valid HTML.
/// Alone, it is what an oEmbed consumer such as WordPress embeds (it keeps no script).
pub fn frame(base: &str, configuration: &Configuration, flags: &Flags) -> String {
    let embed_flags = Flags {
        embed: true,
        present: false,
        quiz: flags.quiz,
        ..*flags
    };
    let query = url::write("", configuration, &embed_flags);
    format!(
        "<iframe src=\"{base}{query}\" title=\"{title}\" \
height=\"900\" loading=\"lazy\" style=\"width:100%;border:0\" data-two-words></iframe>",
        query = query.replace('&', "&amp;"),
        title = escape_attribute(t(Text::FrameTitle))
    )
}

/// Text written into an attribute of the snippet: the characters that would end or break it,
/// escaped.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The embed dialog: the snippet for the current view, a copy button that says when it copied,
/// and a plain link for pages that cannot take scripts or iframes.
pub fn embed_dialog(
    configuration: &Configuration,
    flags: &Flags,
    share: &Share,
    on_action: &Callback<Action>,
) -> Html {
    let base = &share.base;
    let code = snippet(base, configuration, flags);
    let link = format!("{base}{}", url::write("", configuration, &Flags::default()));
    let copy = {
        let on_action = on_action.clone();
        let code = code.clone();
        Callback::from(move |_| {
            let on_action = on_action.clone();
            let code = code.clone();
            yew::platform::spawn_local(async move {
                on_action.emit(Action::EmbedCopied(
                    crate::web::copy_text(&code).await.is_ok(),
                ));
            });
        })
    };
    let close = Callback::from(|_| crate::web::close_dialog("embed-dialog"));
    html! {
        <dialog id="embed-dialog" onclose={on_action.reform(|_| Action::DialogClosed)} aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ t(Text::EmbedHeading) }</h2>
            <p>{ t(Text::EmbedIntro) }</p>
            <label for="embed-code">{ t(Text::EmbedCode) }</label>
            <textarea id="embed-code" readonly=true rows="5" value={code} />
            <p class="dialog-actions">
                <button type="button" class="button" data-action="copy-embed" onclick={copy}>{ t(Text::CopyEmbed) }</button>
                <span role="status" class="copy-status">
                {
                    match share.embed {
                        Copied::Yes => t(Text::EmbedCopied),
                        Copied::Refused(_) => t(Text::EmbedCopyRefused),
                        Copied::Not => "",
                    }
                }
                </span>
            </p>
            <p>{ t(Text::PlainLink) }{ " " }
                <a href={link.clone()} data-plain-link="">{ link }</a>
            </p>
            <button type="button" class="button-quiet" data-action="close-embed" onclick={close}>{ t(Text::Close) }</button>
        </dialog>
    }
}
