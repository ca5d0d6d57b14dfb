use yew::prelude::*;

use crate::engine::Configuration;
use crate::url::{self, Flags};

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub configuration: Configuration,
    pub flags: Flags,
}

/// The iframe snippet for a view: it resizes itself with `embed.js`, loads lazily and names
/// itself for screen readers.
pub fn snippet(base: &str, configuration: &Configuration, flags: &Flags) -> String {
    let embed_flags = Flags {
        embed: true,
        present: false,
        quiz: flags.quiz,
        ..*flags
    };
    let query = url::write("", configuration, &embed_flags);
    format!(
        "<iframe src=\"{base}{query}\" title=\"Two Words: whose argument applies? An interactive explainer\" \
width=\"100%\" height=\"900\" loading=\"lazy\" style=\"border:0\" data-two-words></iframe>\n\
<script src=\"{base}embed.js\" async></script>",
        query = query.replace('&', "&amp;")
    )
}

#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Yes,
    Refused,
}

/// The embed dialog: the snippet for the current view, a copy button that says when it copied,
/// and a plain link for pages that cannot take scripts or iframes.
#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedDialogProps) -> Html {
    let copied = use_state(|| Copied::Not);
    // The base address is read in an effect, never while rendering.
    let base = use_state(String::new);
    {
        let base = base.clone();
        use_effect_with((), move |_| base.set(crate::web::app_base()));
    }
    let code = snippet(&base, &props.configuration, &props.flags);
    let link = format!("{}{}", *base, url::write("", &props.configuration, &Flags::default()));
    let copy = {
        let copied = copied.clone();
        let code = code.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let code = code.clone();
            yew::platform::spawn_local(async move {
                copied.set(match crate::web::copy_text(&code).await {
                    Ok(()) => Copied::Yes,
                    Err(()) => Copied::Refused,
                });
            });
        })
    };
    let close = {
        let copied = copied.clone();
        Callback::from(move |_| {
            copied.set(Copied::Not);
            crate::web::close_dialog("embed-dialog");
        })
    };
    html! {
        <dialog id="embed-dialog" onkeydown={Callback::from(|e: KeyboardEvent| crate::web::trap_tab(&e))} aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ "Embed this view" }</h2>
            <p>{ "Paste this into your article. It fits the column, resizes itself, follows the reader's dark mode and sends nothing to anyone." }</p>
            <label for="embed-code">{ "Embed code" }</label>
            <textarea id="embed-code" readonly=true rows="5" value={code} />
            <p class="dialog-actions">
                <button type="button" class="button" data-action="copy-embed" onclick={copy}>{ "Copy embed code" }</button>
                <span role="status" class="copy-status">
                {
                    match *copied {
                        Copied::Yes => "Embed code copied.",
                        Copied::Refused => "Your browser did not allow copying: select the code and copy it.",
                        Copied::Not => "",
                    }
                }
                </span>
            </p>
            <p>{ "No scripts or iframes allowed? Link to this view instead: " }
                <a href={link.clone()} data-plain-link="">{ link.clone() }</a>
            </p>
            <button type="button" class="button-quiet" data-action="close-embed" onclick={close}>{ "Close" }</button>
        </dialog>
    }
}
