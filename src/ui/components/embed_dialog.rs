use yew::prelude::*;

use crate::content::{fill, t, Text, VERSION};
use crate::engine::Configuration;
use crate::ui::state::{Action, Copied, Edition, State};
use crate::url::{self, Flags};

/// The iframe snippet for a view: the frame, then `embed.js`, which resizes it. `embed.js` is
/// beside the language's first page, `root` (the page itself, or on a view's page two folders
/// up).
///
/// For the view a page's card shows (the page's own), the card follows in a `<noscript>`, linked
/// to the page: where frames and scripts are dropped, as feed readers and newsletters do, the
/// picture stands in for the frame.
pub fn snippet(address: &url::Address, configuration: &Configuration, flags: &Flags) -> String {
    let card = if *configuration == address.base.0 {
        format!(
            "\n<noscript><a href=\"{page}\"><img src=\"{page}card.png\" alt=\"{title}\" \
width=\"600\" height=\"315\"></a></noscript>",
            page = address.page,
            title = escape_attribute(t(Text::FrameTitle)),
        )
    } else {
        String::new()
    };
    format!(
        "{}\n<script src=\"{root}embed.js\" async></script>{card}",
        frame(address, configuration, flags),
        root = url::language_page(&address.page),
    )
}

/// The iframe of a view: it loads lazily and names itself for screen readers. Full width comes
/// from a style, since the `width` attribute takes pixels only and a snippet must be valid HTML.
/// Alone, it is what an oEmbed consumer such as WordPress embeds (it keeps no script).
pub fn frame(address: &url::Address, configuration: &Configuration, flags: &Flags) -> String {
    let embed_flags = Flags {
        embed: true,
        present: false,
        quiz: flags.quiz,
        ..*flags
    };
    let link = address.link(configuration, &embed_flags);
    format!(
        "<iframe src=\"{link}\" title=\"{title}\" \
height=\"900\" loading=\"lazy\" style=\"width:100%;border:0\" data-two-words></iframe>",
        link = link.replace('&', "&amp;"),
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
pub fn embed_dialog(state: &State, on_action: &Callback<Action>) -> Html {
    let (configuration, flags, share) = (&state.configuration, &state.flags, &state.share);
    let address = &state.embedded_address();
    let code = snippet(address, configuration, flags);
    let link = address.link(configuration, &Flags::default());
    let versioned = state.editions().is_some();
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
            if versioned {
                { editions(share.edition, on_action) }
            }
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

/// The choice of release for the embed code: live by default, or pinned to this version, which
/// never changes.
fn editions(chosen: Edition, on_action: &Callback<Action>) -> Html {
    let other = match chosen {
        Edition::Live => Edition::Pinned,
        Edition::Pinned => Edition::Live,
    };
    html! {
        <label class="choice edition" data-version={VERSION.date}>
            <input type="checkbox" name="embed-pinned" checked={chosen == Edition::Pinned}
                onchange={on_action.reform(move |_| Action::ChooseEdition(other))} />
            <span>{ fill(t(Text::EmbedPinned), &[("date", VERSION.written)]) }</span>
        </label>
    }
}
