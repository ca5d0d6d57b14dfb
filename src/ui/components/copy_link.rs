use yew::prelude::*;

/// What the copy button last did.
#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Yes,
    /// The clipboard refused: show the link to copy by hand.
    Manual(String),
}

/// A button that copies the address of the current view, and says so.
#[function_component(CopyLink)]
pub fn copy_link() -> Html {
    let copied = use_state(|| Copied::Not);
    let onclick = {
        let copied = copied.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let href = crate::web::current_href();
            yew::platform::spawn_local(async move {
                match crate::web::copy_text(&href).await {
                    Ok(()) => copied.set(Copied::Yes),
                    Err(()) => copied.set(Copied::Manual(href)),
                }
            });
        })
    };
    html! {
        <div class="copy-link">
            <button type="button" class="button" data-action="copy-link" {onclick}>{ "Copy link to this view" }</button>
            <span class="copy-status" role="status">
                if *copied == Copied::Yes { { "Link copied." } }
            </span>
            if let Copied::Manual(href) = &*copied {
                <label class="manual-copy">
                    { "Your browser did not allow copying. Select the link and copy it:" }
                    <input type="text" readonly=true value={href.clone()} />
                </label>
            }
        </div>
    }
}
