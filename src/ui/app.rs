use yew::prelude::*;

use super::components::*;
use super::hooks::{use_auto_resize, use_page_buttons, use_shortcuts};
use super::state::{Action, Dialog, State, Tally};
use crate::content::{t, Text};
use crate::engine::evaluate;

/// What the page was opened with: read by `main.rs`, so that rendering never touches the window.
#[derive(PartialEq, Clone, Default, Debug)]
pub struct Start {
    /// The page's URL query (`location.search`).
    pub query: AttrValue,
    /// The quiz tally stored on the device; `None` when the device keeps no storage.
    pub stored_tally: Option<Tally>,
    /// The page's address without its query (`web::app_base`), which shared links start from.
    pub page: AttrValue,
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// Applied just after the first render, which is always the prerendered default view so that
    /// the app adopts (hydrates) the page the build wrote instead of rendering it again. `None`
    /// at build time: the prerendered page stays in that first state, its controls inert.
    #[prop_or_default]
    pub start: Option<Start>,
    /// What the page's address means without a query (`url::Base`): the default view, or on a
    /// preset's own page that preset's view, which the build prerendered and the app adopts.
    #[prop_or_default]
    pub base: crate::url::Base,
    /// The build's drawing of the diagram (`ui/reference/diagram.rs`), empty in the app: it
    /// adopts the page's drawing and never redraws it.
    #[prop_or_default]
    pub diagram: AttrValue,
    /// The build's QR panel (`ui/reference/share.rs`), adopted the same way; the app draws the
    /// code into it.
    #[prop_or_default]
    pub qr_panel: AttrValue,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let base = props.base;
    let state = use_reducer(move || State::prerendered(base));
    let configuration = state.configuration;
    let flags = state.flags;
    let started = state.started;
    let evaluation = evaluate(&configuration);
    #[cfg(feature = "panic-test")]
    if let Some(start) = &props.start {
        crate::crash::test_trigger(&start.query, &configuration);
    }

    // Once the page is adopted, the view becomes the one its address asks for.
    {
        let dispatcher = state.dispatcher();
        let start = props.start.clone();
        use_effect_with((), move |_| {
            if let Some(Start {
                query,
                stored_tally,
                page,
            }) = start
            {
                dispatcher.dispatch(Action::Start {
                    query: query.to_string(),
                    stored_tally,
                    page: page.to_string(),
                });
            }
        });
    }
    // The address bar always reflects the view, flags included, so copying it shares the view;
    // not before the app has read the address.
    use_effect_with(
        (configuration, flags, started),
        move |(configuration, flags, started)| {
            if *started {
                crate::web::replace_query_soon(base, configuration, flags);
            }
        },
    );
    // The stylesheet reads the render flags from the root element.
    use_effect_with((flags, started), |(flags, started)| {
        if *started {
            crate::web::mark_root(flags);
        }
    });
    // The page around the app follows the view: the terms in force, the current row of the
    // table of all systems, and whether a quiz hides the answer.
    let hide_answer = flags.quiz && !state.round.revealed;
    use_effect_with(
        (configuration, hide_answer, started),
        |(configuration, hide_answer, started)| {
            if *started {
                crate::web::mark_view(configuration, *hide_answer);
            }
        },
    );
    // One short message per change, what changed and the new verdict; when changes come fast,
    // only the latest is spoken.
    let message = state
        .change
        .map(|change| announcement(change, &configuration, &evaluation.verdict, hide_answer));
    use_effect_with(message, |message| {
        if let Some(message) = message {
            crate::web::announce(message);
        }
    });
    // The quiz tally is kept on the device, where it can be.
    let storage = state.keeps_tally;
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
    // With `qr=1`, the QR code of the class's link beside the experiment follows the view.
    use_effect_with((flags.qr && started).then(|| state.class_link()), |link| {
        if let Some(link) = link {
            crate::web::draw_qr(link);
        }
    });
    // Once the first render is on the page, the copy of the prerendered page is not needed.
    use_effect_with((), |_| crate::crash::forget_prerendered());
    use_shortcuts(state.dispatcher());
    use_page_buttons(state.dispatcher());
    use_auto_resize();

    // One callback for the app's life, so that pieces given it compare equal between renders.
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action, _| dispatcher.dispatch(action))
    };
    let inert = !started;

    // The page around the app (`ui/reference/`: header, table of all systems, timeline,
    // glossary, sources, footers) is the build's alone; the app only marks it.
    html! {
        <>
            { notice(&state.ignored, &on_action) }
            if flags.fixed {
                <p class="static-note">{ t(Text::StaticNote) }</p>
            }
            <div class="workbench">
                <section class="panel controls-panel" aria-labelledby="controls-heading" inert={inert}>
                    <div class="controls-head">
                        <h2 id="controls-heading">{ t(Text::ControlsHeading) }</h2>
                        // In a frame, the way out to the rest of the explainer: WordPress's frame
                        // stops at 1000 px, so the link is at the top, not in the footer.
                        if flags.embed {
                            <a class="link-out" href={state.class_link()} target="_blank" rel="noopener" data-link-out="">
                                { t(Text::OpenFull) }
                            </a>
                        }
                    </div>
                    { current_system(&configuration) }
                    { controls(&configuration, flags.fixed, &on_action) }
                    { presets(&configuration, flags.fixed, &on_action) }
                </section>
                <section class="panel result-panel" aria-labelledby="result-heading">
                    <h2 id="result-heading" class="visually-hidden">{ t(Text::ResultHeading) }</h2>
                    if flags.quiz {
                        { quiz(state.round, state.tally, storage, &evaluation.verdict, &on_action) }
                    }
                    { verdict_view(&evaluation.verdict, configuration.terms, hide_answer) }
                    { adopted(&props.diagram) }
                    <div inert={inert}>
                        { toolbar(&state, &on_action) }
                        { choices_explained(&configuration) }
                    </div>
                </section>
                // For a class to scan from the projected screen, the view's link as a QR code: the
                // build's panel, shown with `qr=1` (`data-qr` on the root).
                { adopted(&props.qr_panel) }
            </div>
            if hide_answer {
                <p class="quiz-wait">{ t(Text::QuizWait) }</p>
            }
            // What a screen reader hears after a change: written by `web::announce`, the latest
            // message only.
            <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-announcer=""></p>
            { this_view(&configuration) }
            if !hide_answer {
                { verdict_bar(&evaluation.verdict) }
            }
            {
                match state.dialog {
                    Some(Dialog::Embed) => embed_dialog(&state, &on_action),
                    None => html! {},
                }
            }
        </>
    }
}
