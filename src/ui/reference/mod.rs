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
mod diagram;
mod glossary;
mod map;
mod phrases;
mod shortcuts;
mod sources;
mod systems;
mod timeline;

use yew::prelude::*;
use yew::ServerRenderer;

use super::{App, AppProps, State, APP_ROOT};
use crate::content::{fill, page_text, Language, PageText, LANGUAGE, LANGUAGES, PAGE};

#[function_component(Header)]
fn header() -> Html {
    let meta = &PAGE;
    html! {
        <header class="page-header">
            <h1>{ meta.title }</h1>
            <p class="tagline">{ meta.tagline }</p>
            { languages() }
        </header>
    }
}

/// The address of a language's page from this language's page: the first language's at the
/// root, each other's in a folder named by its code.
pub fn language_base(from: &Language, to: &Language) -> String {
    let root = LANGUAGES.first().map_or("en", |first| first.code);
    let up = if from.code == root { "" } else { "../" };
    let href = if to.code == root {
        up.to_owned()
    } else {
        format!("{up}{}/", to.code)
    };
    if href.is_empty() {
        "./".to_owned()
    } else {
        href
    }
}

/// The languages the page is offered in, each named in itself; the app keeps the reader's view
/// in each link's address (`web::replace_query`): the language's page, then the view's query.
fn languages() -> Html {
    html! {
        <nav class="languages" aria-label={page_text(PageText::Languages)}>
            <ul>
            { for LANGUAGES.iter().map(|language| {
                let base = language_base(&LANGUAGE, language);
                html! {
                    <li>
                        <a href={base} data-language={language.code}
                           lang={language.code} hreflang={language.code}
                           aria-current={(language.code == LANGUAGE.code).then_some("page")}>
                            // On a phone the code shows and the name is for screen readers.
                            <span class="language-code" aria-hidden="true">{ language.code }</span>
                            <span class="language-name">{ language.name }</span>
                        </a>
                    </li>
                }
            }) }
            </ul>
        </nav>
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
            { phrases::phrase_checker() }
            { glossary::glossary() }
            { glossary::explanations() }
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
                <p>{ fill(page_text(PageText::CurrentTo), &[("date", meta.current_to)]) }</p>
            </footer>
            <footer class="embed-footer">
                <p>{ fill(page_text(PageText::EmbedFooter), &[("title", meta.title), ("date", meta.current_to)]) }</p>
            </footer>
        </>
    }
}

/// The body of the page in the default view: the two Yew roots hydratable (carrying the
/// comments by which the app adopts them), the rest plain HTML.
pub async fn page() -> String {
    // Without a start, the app's view stays the default one with its controls inert.
    let drawn = plain::<diagram::Diagram>().await;
    let app = ServerRenderer::<App>::with_props(move || AppProps {
        diagram: drawn.into(),
        ..AppProps::default()
    })
    .hydratable(true)
    .render()
    .await;
    let header = plain::<Header>().await;
    let reference = plain::<Reference>().await;
    let more = plain::<MoreReference>().await;
    let footers = plain::<Footers>().await;
    format!(
        "{header}<main id=\"main\"><div id=\"{APP_ROOT}\">{app}</div>{reference}\
         {more}</main>{footers}"
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
