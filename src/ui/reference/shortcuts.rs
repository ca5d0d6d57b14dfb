use yew::prelude::*;

/// Every shortcut of spec §8, with what it does.
const SHORTCUTS: &[(&str, &str)] = &[
    ("m", "Memory on or off"),
    ("t", "Tool access on or off"),
    ("1", "Model request served on Azure"),
    ("2", "Model request on AWS, through the agent runtime"),
    ("3", "Model request on AWS, sent directly"),
    ("y", "Switch the terms in force (2025 or 2026)"),
    (
        "← →",
        "Previous or next example (when no control has the focus)",
    ),
    ("r", "Reveal the answer (quiz)"),
    ("p", "Projector mode on or off"),
    ("f", "Full screen on or off"),
    ("?", "This list"),
];

/// The keyboard help `#shortc/// The keyboard help `#shortcuts`: a modal dialog, so focus stays inside until it closes and
/// then returns where it was. Its words never change, so the build renders it; the app opens it
/// from the toolbar and the `?` key and keeps Tab inside it (`ui/hooks.rs`), and its Close
/// button and Escape are the browser's own (`method="dialog"`).
pub fn shortcuts() -> Html {
    html! {
        <dialog id={crate::ui::SHORTCUTS_DIALOG} aria-labelledby="shortcuts-heading">
            <h2 id="shortcuts-heading">{ "Keyboard shortcuts" }</h2>
            <p>{ "They work anywhere on the page except while you type in a text field." }</p>
            <dl class="shortcut-list">
            { for SHORTCUTS.iter().map(|(key, what)| html! {
                <div class="shortcut"><dt><kbd>{ *key }</kbd></dt><dd>{ *what }</dd></div>
            }) }
            </dl>
            <form method="dialog">
                <button type="submit" class="button" data-action="close-shortcuts">{ "Close" }</button>
            </form>
        </dialog>
    }
}
