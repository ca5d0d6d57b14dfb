//! The page around the app, rendered at build time only (feature `ssr`): the header and
//! footers, the map of every system, the arguments, the introduction, the table of all systems, the timeline, the glossary, the sources
//! and the keyboard help. None of it
//! changes with the reader's choices, so none of it is in Yew's tree or the shipped
//! WebAssembly; where it answers the view (the terms in force, the current row, the embed
//! flags), the app writes attributes on the root and the current row (`web::mark_view`,
//! `web::mark_root`) and the stylesheet does the rest.
//!
//! The page's order: header, then in `<main>` the app (`#app`), the map of every system, the
//! arguments, the introduction, the table and the timeline, the phrase checker (`#phrases`, a second, smaller Yew root), the glossary and
//! the sources; then both footers, of which the stylesheet shows the one for the mode.

mod arguments;
mod glossary;
mod map;
mod shortcuts;
mod sources;
mod systems;
mod timeline;

use yew::prelude::*;
use yew::ServerRenderer;

use super::components::PhraseChecker;
use super::{App, AppProps, State, APP_ROOT, PHRASES_ROOT};
use crate::content::PAGE;

#[function_component(Header)]
fn header() -> Html {
    let meta = &PAGE;
    html! {
        <header class="page-header">
            <h1>{ meta.title }</h1>
            <p class="tagline">{ meta.tagline }</p>
        </header>
    }
}

#[function_component(Reference)]
fn reference() -> Html {
    let current = State::prerendered().configuration;
    html! {
        <>
            { map::map(&current) }
            { arguments::arguments(&current) }
            // The introduction follows the experiment, so that the controls come first.
            <p class="about">{ PAGE.about }</p>
            { systems::systems(&current) }
            { timeline::timeline() }
        </>
    }
}

#[function_component(MoreReference)]
fn more_reference() -> Html {
    html! {
        <>
            { glossary::glossary() }
            { sources::sources() }
            { shortcuts::shortcuts() }
        </>
    }
}

#[function_component(Footers)]
fn footers() -> Html {
    let meta = &PAGE;
    html! {
        <>
            <footer class="page-footer">
                <p>{ meta.contract_note }</p>
                <p>{ meta.legal_note }</p>
                <p>{ "Current to: " }{ meta.current_to }{ "." }</p>
            </footer>
            <footer class="embed-footer">
                <p>{ meta.title }{ ": " }{ meta.current_to }{ ". Not legal advice; the contract is not public." }</p>
            </footer>
        </>
    }
}

/// The body of the page in the default view: the two Yew roots hydratable (carrying the
/// comments by which the app adopts them), the rest plain HTML.
pub async fn page() -> String {
    // Without a start, the app's view stays the default one with its controls inert.
    let app = ServerRenderer::<App>::with_props(AppProps::default)
        .hydratable(true)
        .render()
        .await;
    let phrases = ServerRenderer::<PhraseChecker>::new()
        .hydratable(true)
        .render()
        .await;
    let header = plain::<Header>().await;
    let reference = plain::<Reference>().await;
    let more = plain::<MoreReference>().await;
    let footers = plain::<Footers>().await;
    format!(
        "{header}<main id=\"main\"><div id=\"{APP_ROOT}\">{app}</div>{reference}\
         <div id=\"{PHRASES_ROOT}\">{phrases}</div>{more}</main>{footers}"
    )
}

/// A component of the page around the app, as plain HTML: nothing adopts it.
async fn plain<C>() -> String
where
    C: BaseComponent,
    C::Properties: Default,
{
    ServerRenderer::<C>::new().hydratable(false).render().await
}
