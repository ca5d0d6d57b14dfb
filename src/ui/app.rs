use yew::prelude::*;

use super::components::*;
use super::state::{Action, State};
use crate::content::CONTENT;
use crate::engine::evaluate;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The page's URL query at start (`location.search`), read by `main.rs` so that rendering
    /// never touches the window.
    #[prop_or_default]
    pub query: AttrValue,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| State::from_query(&props.query));
    let configuration = state.configuration;
    let evaluation = evaluate(&configuration);

    // The address bar always reflects the view, so copying it shares the view.
    use_effect_with(configuration, |configuration| {
        crate::web::replace_query(configuration);
    });

    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    let meta = &CONTENT.meta;

    html! {
        <>
        <header class="page-header">
            <h1>{ meta.title }</h1>
            <p class="tagline">{ meta.tagline }</p>
        </header>
        <main id="main">
            <Notice ignored={state.ignored.clone()} on_action={on_action.clone()} />
            <p class="about">{ meta.about }</p>
            <div class="workbench">
                <section class="panel controls-panel" aria-labelledby="controls-heading">
                    <h2 id="controls-heading">{ "Build the system" }</h2>
                    <Controls configuration={configuration} on_action={on_action.clone()} />
                    <Presets configuration={configuration} on_action={on_action.clone()} />
                </section>
                <section class="panel result-panel" aria-labelledby="result-heading">
                    <h2 id="result-heading" class="visually-hidden">{ "What it means" }</h2>
                    <VerdictView verdict={evaluation.verdict} />
                    <Diagram route={evaluation.route} />
                    <CopyLink />
                </section>
            </div>
            <Arguments arguments={evaluation.arguments.clone()} />
            <Sources />
            <VerdictBar verdict={evaluation.verdict} />
        </main>
        <footer class="page-footer">
            <p>{ meta.contract_note }</p>
            <p>{ meta.legal_note }</p>
            <p>{ "Current to: " }{ meta.current_to }{ "." }</p>
        </footer>
        </>
    }
}
