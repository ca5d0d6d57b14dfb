use yew::prelude::*;

use crate::content::{page_text, t, PageText, Text};

/// Every shortcut of spec §8, with what it does.
const SHORTCUTS: &[(&str, PageText)] = &[
    ("m", PageText::ShortcutMemory),
    ("t", PageText::ShortcutTools),
    ("1", PageText::ShortcutAzure),
    ("2", PageText::ShortcutRuntime),
    ("3", PageText::ShortcutDirect),
    ("y", PageText::ShortcutTerms),
    ("← →", PageText::ShortcutExamples),
    ("r", PageText::ShortcutReveal),
    ("p", PageText::ShortcutProjector),
    ("f", PageText::ShortcutFullScreen),
    ("?", PageText::ShortcutHelp),
];

/// The keyboard help `#shortc/// The keyboard help `#shortcuts`: a modal dialog, so focus stays inside until it closes and
/// then returns where it was. Its words never change, so the build renders it; the app opens it
/// from the toolbar and the `?` key and keeps Tab inside it (`ui/hooks.rs`), and its Close
/// button and Escape are the browser's own (`method="dialog"`).
pub fn shortcuts() -> Html {
    html! {
        <dialog id={crate::ui::SHORTCUTS_DIALOG} aria-labelledby="shortcuts-heading">
            <h2 id="shortcuts-heading">{ t(Text::KeyboardShortcuts) }</h2>
            <p>{ page_text(PageText::ShortcutsIntro) }</p>
            <dl class="shortcut-list">
            { for SHORTCUTS.iter().map(|(key, what)| html! {
                <div class="shortcut"><dt><kbd>{ *key }</kbd></dt><dd>{ page_text(*what) }</dd></div>
            }) }
            </dl>
            <form method="dialog">
                <button type="submit" class="button" data-action="close-shortcuts">{ t(Text::Close) }</button>
            </form>
        </dialog>
    }
}
