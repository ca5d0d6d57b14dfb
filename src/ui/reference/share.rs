use yew::prelude::*;

use crate::content::{page_text, t, PageText, Text};

/// The share dialog `#share-dialog`: the link to the view, its QR code and Google Classroom's
/// share link. Its words never change, so the build renders it; the toolbar's Share button
/// has `static/share.js` fill in the view's link, the code and the Classroom address, show
/// what needs that script (copying, the Classroom link) and open it (`web::open_share`); its
/// Close button and Escape are the browser's own (`method="dialog"`).
pub fn share_dialog() -> Html {
    html! {
        <dialog id={crate::ui::SHARE_DIALOG} class="share-dialog" aria-labelledby="share-heading">
            <h2 id="share-heading">{ page_text(PageText::ShareHeading) }</h2>
            <p>{ page_text(PageText::ShareIntro) }</p>
            { qr_slot() }
            <label for="share-link">{ page_text(PageText::ShareLink) }</label>
            <input id="share-link" type="text" readonly=true />
            <p class="dialog-actions">
                <button type="button" class="button" data-action="copy-share-link" hidden=true>{ t(Text::CopyLink) }</button>
                <span role="status" class="copy-status" data-copy-status=""></span>
                // What the status says after a copy, in the page's words.
                <span hidden=true data-copied="">{ t(Text::LinkCopied) }</span>
                <span hidden=true data-copy-refused="">{ t(Text::LinkCopyRefused) }</span>
            </p>
            <form method="dialog" class="dialog-actions">
                <a class="button-quiet" data-action="classroom" href="https://classroom.google.com/"
                   target="_blank" rel="noopener noreferrer" hidden=true>{ page_text(PageText::ShareClassroom) }</a>
                <button type="submit" class="button-quiet" data-action="close-share">{ t(Text::Close) }</button>
            </form>
        </dialog>
    }
}

/// Where `static/share.js` draws a QR code: an image named in the page's words, and the
/// sentence that no code can be made, shown until a code is (so a page without the script, such
/// as the single file, says so).
fn qr_slot() -> Html {
    html! {
        <div class="qr-slot" data-qr-slot="">
            <div class="qr" role="img" aria-label={page_text(PageText::QrLabel)} hidden=true></div>
            <p class="qr-unavailable">{ page_text(PageText::QrUnavailable) }</p>
        </div>
    }
}

/// The QR code of the view's link beside the experiment, for a class to scan from a projected
/// screen: inside the app's layout (adopted as drawn, `AppProps::qr_panel`), shown with `qr=1`.
#[function_component(QrPanel)]
pub fn qr_panel() -> Html {
    html! {
        <aside class="panel qr-panel" aria-labelledby="qr-caption">
            { qr_slot() }
            <p id="qr-caption">{ page_text(PageText::QrCaption) }</p>
        </aside>
    }
}
