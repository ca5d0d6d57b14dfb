//! What Yew costs before any of Two Words' code: a reducer, an effect, a few controls with
//! listeners and text, hydrated from the page (see Cargo.toml).

use std::rc::Rc;

use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Default)]
struct State {
    memory: bool,
    tools: bool,
    model: u8,
}

enum Action {
    Memory,
    Tools,
    Model(u8),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = *self;
        match action {
            Action::Memory => next.memory = !next.memory,
            Action::Tools => next.tools = !next.tools,
            Action::Model(model) => next.model = model,
        }
        next.into()
    }
}

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(State::default);
    let dispatcher = state.dispatcher();
    use_effect_with(*state, |state| {
        let root = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element());
        if let Some(root) = root {
            let _ = root.set_attribute("data-model", &state.model.to_string());
        }
    });
    let on = |action: fn() -> Action| {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_: Event| dispatcher.dispatch(action()))
    };
    html! {
        <div class="workbench">
            <fieldset>
                <legend>{ "Memory" }</legend>
                <input type="checkbox" checked={state.memory} onchange={on(|| Action::Memory)} />
            </fieldset>
            <fieldset>
                <legend>{ "Tools" }</legend>
                <input type="checkbox" checked={state.tools} onchange={on(|| Action::Tools)} />
            </fieldset>
            <fieldset>
                <legend>{ "Model" }</legend>
                { for (0..3u8).map(|model| {
                    let dispatcher = dispatcher.clone();
                    let onchange = Callback::from(move |_: Event| dispatcher.dispatch(Action::Model(model)));
                    html! { <input type="radio" name="model" checked={state.model == model} {onchange} /> }
                }) }
            </fieldset>
            <p class={format!("verdict v{}", state.model)}>
                { format!("{} {} {}", state.memory, state.tools, state.model) }
            </p>
            if state.memory {
                <p>{ "memory" }</p>
            }
        </div>
    }
}

fn main() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root(root).hydrate();
    }
}
