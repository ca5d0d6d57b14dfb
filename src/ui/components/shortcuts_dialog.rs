use yew::prelude::*;

use crate::ui::state::Action;

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

/// The keyboard help `#shortcuts`: a modal dialog, so focus stays inside until it closes and
/// then returns where it was.
pub fn shortcuts_dialog(on_action: &Callback<Action>) -> Html {
    let close = Callback::from(|_| crate::web::close_dialog("shortcuts"));
    html! {
        <dialog id="shortcuts" onclose={on_action.reform(|_| Action::DialogClosed)} onkeydown={Callback::from(|e: KeyboardEvent| crate::web::trap_tab(&e))} aria-labelledby="shortcuts-heading">
            <h2 id="shortcuts-heading">{ "Keyboard shortcuts" }</h2>
            <p>{ "They work anywhere on the page except while you type in a text field." }</p>
            <dl class="shortcut-list">
            { for SHORTCUTS.iter().map(|(key, what)| html! {
                <div class="shortcut"><dt><kbd>{ *key }</kbd></dt><dd>{ *what }</dd></div>
            }) }
            </dl>
            <button type="button" class="button" data-action="close-shortcuts" onclick={close}>{ "Close" }</button>
        </dialog>
    }
}
