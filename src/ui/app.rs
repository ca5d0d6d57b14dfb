use yew::prelude::*;

use super::components::*;
use super::hooks::{use_auto_resize, use_shortcuts};
use super::state::{Dialog, State, Tally};
use crate::content::CONTENT;
use crate::engine::evaluate;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The page's URL query at start (`location.search`), read by `main.rs` so that rendering
    /// never touches the window.
    #[prop_or_default]
    pub query: AttrValue,
    /// The quiz tally stored on the device; `None` when the device keeps no storage.
    #[prop_or_default]
    pub stored_tally: Option<Tally>,
    /// Rendered at build time, before any WebAssembly runs: controls that cannot work yet are
    /// inert (they look as usual but take no input) until the app replaces this render.
    #[prop_or_default]
    pub prerendered: bool,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| State::new(&props.query, props.stored_tally.unwrap_or_default()));
    let configuration = state.configuration;
    let flags = state.flags;
    let evaluation = evaluate(&configuration);
    #[cfg(feature = "panic-test")]
    crate::crash::test_trigger(&props.query, &configuration);

    // The address bar always reflects the view, flags included, so copying it shares the view.
    use_effect_with((configuration, flags), |(configuration, flags)| {
        crate::web::replace_query_soon(configuration, flags);
    });
    // The stylesheet reads the render flags from the root element.
    use_effect_with(flags, crate::web::mark_root);
    // The quiz tally is kept on the device, where it can be.
    let storage = props.stored_tally.is_some();
    use_effect_with(state.tally, move |tally| {
        if storage {
            crate::web::save_tally(tally);
        }
    });
    // Only an open dialog is rendered; once it is, show it as a modal.
    use_effect_with(state.dialog, |dialog| {
        if let Some(dialog) = dialog {
            crate::web::open_dialog(dialog.id());
        }
    });
    // Once the first render is on the page, the copy of the prerendered page is not needed.
    use_effect_with((), |_| crate::crash::forget_prerendered());
    use_shortcuts(state.dispatcher());
    use_auto_resize();

    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    let meta = &CONTENT.meta;
    let chrome = !flags.embed && !flags.plain;
    let hide_answer = flags.quiz && !state.round.revealed;
    let inert = props.prerendered;

    html! {
        <>
        if chrome {
            <header class="page-header">
                <h1>{ meta.title }</h1>
                <p class="tagline">{ meta.tagline }</p>
            </header>
        }
        <main id="main">
            if !chrome {
                <h1 class="visually-hidden">{ meta.title }</h1>
            }
            { notice(&state.ignored, &on_action) }
            if chrome {
                <p class="about">{ meta.about }</p>
            }
            if flags.fixed {
                <p class="static-note">{ "This view is shown as it was linked; its controls are switched off." }</p>
            }
            <div class="workbench">
                <section class="panel controls-panel" aria-labelledby="controls-heading" inert={inert}>
                    <h2 id="controls-heading">{ "Build the system" }</h2>
                    { controls(&configuration, flags.fixed, state.open_term, &on_action) }
                    { presets(&configuration, flags.fixed, &on_action) }
                </section>
                <section class="panel result-panel" aria-labelledby="result-heading">
                    <h2 id="result-heading" class="visually-hidden">{ "What it means" }</h2>
                    if flags.quiz {
                        { quiz(state.round, state.tally, storage, &evaluation.verdict, &on_action) }
                    }
                    { verdict_view(&evaluation.verdict, configuration.terms, hide_answer) }
                    { diagram(&evaluation.route) }
                    <div inert={inert}>
                        { toolbar(&flags, &state.share, &on_action) }
                    </div>
                </section>
            </div>
            if hide_answer {
                <p class="quiz-wait">{ "The arguments and the table of all systems appear once you reveal the answer." }</p>
            } else {
                { arguments(&evaluation.arguments) }
                { handout(&configuration) }
            }
            { timeline(configuration.terms, &on_action) }
            { phrase_checker(&state.phrase_text, &on_action) }
            { glossary() }
            { sources(flags.embed) }
            if !hide_answer {
                { verdict_bar(&evaluation.verdict) }
            }
            {
                match state.dialog {
                    Some(Dialog::Shortcuts) => shortcuts_dialog(&on_action),
                    Some(Dialog::Embed) => embed_dialog(&configuration, &flags, &state.share, &on_action),
                    None => html! {},
                }
            }
        </main>
        if chrome {
            <footer class="page-footer">
                <p>{ meta.contract_note }</p>
                <p>{ meta.legal_note }</p>
                <p>{ "Current to: " }{ meta.current_to }{ "." }</p>
            </footer>
        } else {
            <footer class="embed-footer">
                <p>{ meta.title }{ ": " }{ meta.current_to }{ ". Not legal advice; the contract is not public." }</p>
            </footer>
        }
        </>
    }
}
