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
mod corrections;
mod diagram;
mod glossary;
mod map;
mod phrases;
mod share;
mod shortcuts;
mod sources;
mod systems;
mod timeline;

use yew::prelude::*;
use yew::ServerRenderer;

use super::prose::prose;
use super::{App, AppProps, APP_ROOT};
use crate::content::{
    fill, page_text, Language, PageText, Preset, CONTENT, LANGUAGE, LANGUAGES, PAGE, VERSION,
};
use crate::url::Base;

/// Which of a language's pages the build is writing: its first page, in the default view, or a
/// preset's own page (`views/<id>/` below it), prerendered in that preset's view, which its
/// address means without a query (`url::Base`).
#[derive(Clone, Copy, Default, PartialEq)]
pub struct Place {
    /// The preset whose page this is; `None` for the language's first page.
    pub view: Option<&'static Preset>,
}

impl Place {
    /// Every page of a language: its first page, then each preset's, in the content's order.
    pub fn all() -> impl Iterator<Item = Place> {
        std::iter::once(Place::default()).chain(
            CONTENT
                .presets
                .iter()
                .map(|preset| Place { view: Some(preset) }),
        )
    }

    /// What the page's address means without a query.
    pub fn base(&self) -> Base {
        self.view.map(Base::of).unwrap_or_default()
    }

    /// The page's folder below its language's first page: `""` or `views/<id>/`.
    pub fn folder(&self) -> String {
        self.view
            .map(|preset| crate::url::view_folder(preset.id))
            .unwrap_or_default()
    }

    /// The way from this page up to its language's first page: `""` or `../../`.
    pub fn up(&self) -> &'static str {
        if self.view.is_some() {
            "../../"
        } else {
            ""
        }
    }

    /// The address of this page in language `to`, from this page in language `from`: the first
    /// language's pages at the root, each other's in a folder named by its code.
    pub fn address(&self, from: &Language, to: &Language) -> String {
        let root = LANGUAGES.first().map_or("en", |first| first.code);
        let language_up = if from.code == root { "" } else { "../" };
        let language_down = if to.code == root {
            String::new()
        } else {
            format!("{}/", to.code)
        };
        let href = format!("{}{language_up}{language_down}{}", self.up(), self.folder());
        if href.is_empty() {
            "./".to_owned()
        } else {
            href
        }
    }
}

/// Which page a piece of the build's page is rendered for.
#[derive(Properties, PartialEq, Clone, Default)]
struct PlaceProps {
    place: Place,
}

#[function_component(Header)]
fn header(props: &PlaceProps) -> Html {
    let meta = &PAGE;
    html! {
        <header class="page-header">
            <h1>{ meta.title }</h1>
            <p class="tagline">{ meta.tagline }</p>
            { languages(&props.place) }
        </header>
    }
}

/// The languages the page is offered in, each named in itself, each link to this page in that
/// language; the app keeps the reader's view in each link's address (`web::replace_query`): the
/// language's page, then the view's query.
fn languages(place: &Place) -> Html {
    html! {
        <nav class="languages" aria-label={page_text(PageText::Languages)}>
            <ul>
            { for LANGUAGES.iter().map(|language| {
                let base = place.address(&LANGUAGE, language);
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
fn reference(props: &PlaceProps) -> Html {
    let current = props.place.base().0;
    html! {
        <>
            { map::map(&current) }
            { arguments::arguments(&current) }
            // The introduction follows the experiment, so that the controls come first.
            <p class="about">{ prose(PAGE.about) }</p>
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
            { share::share_dialog() }
            { shortcuts::shortcuts() }
        </>
    }
}

#[function_component(Footers)]
fn footers(props: &PlaceProps) -> Html {
    let up = props.place.up();
    let meta = &PAGE;
    html! {
        <>
            <footer class="page-footer">
                <p>{ meta.contract_note }</p>
                <p>{ meta.legal_note }</p>
                <p>{ fill(page_text(PageText::CurrentTo), &[("date", meta.current_to)]) }</p>
                { last_updated(up) }
            </footer>
            <footer class="embed-footer">
                <p>{ fill(page_text(PageText::EmbedFooter), &[("title", meta.title), ("date", meta.current_to)]) }</p>
                { last_updated(up) }
            </footer>
        </>
    }
}

/// The content's version date, linked to the corrections log (`up` is the way from the page to
/// its language's first page, beside which the log is).
fn last_updated(up: &str) -> Html {
    html! {
        <p class="last-updated" data-version={VERSION.date}>
            { fill(page_text(PageText::LastUpdated), &[("date", VERSION.written)]) }{ " " }
            <a href={format!("{up}{}", corrections::FILE)}>{ page_text(PageText::CorrectionsLink) }</a>
        </p>
    }
}

pub use corrections::FILE as CORRECTIONS_FILE;

/// The corrections log's page, beside the language's first page: its body, whose links point
/// back to that page. A page of its own, so that readers of the explainer do not download it.
pub async fn corrections_page() -> String {
    plain::<corrections::Corrections>(()).await
}

/// The body of a page in its view (the default view, or a preset's on its own page): the two
/// Yew roots hydratable (carrying the comments by which the app adopts them), the rest plain
/// HTML. A preset's page names its preset on `#app` (`web::PAGE_VIEW`), so that the app adopts
/// it in that view.
pub async fn page(place: Place) -> String {
    // Without a start, the app's view stays the page's own, with its controls inert.
    let drawn = drawing(place).await;
    let qr_panel = plain::<share::QrPanel>(()).await;
    let base = place.base();
    let app = ServerRenderer::<App>::with_props(move || AppProps {
        base,
        diagram: drawn.into(),
        qr_panel: qr_panel.into(),
        ..AppProps::default()
    })
    .hydratable(true)
    .render()
    .await;
    let header = plain::<Header>(PlaceProps { place }).await;
    let reference = plain::<Reference>(PlaceProps { place }).await;
    let more = plain::<MoreReference>(()).await;
    let footers = plain::<Footers>(PlaceProps { place }).await;
    let view = place
        .view
        .map(|preset| format!(" {}=\"{}\"", super::PAGE_VIEW, preset.id))
        .unwrap_or_default();
    format!(
        "{header}<main id=\"main\"><div id=\"{APP_ROOT}\"{view}>{app}</div>{reference}\
         {more}</main>{footers}"
    )
}

/// The diagram as the build draws it for a page: every form of each piece, the page's view's
/// shown (`<figure>`, its `<svg>` and caption). The cards draw it too.
pub async fn drawing(place: Place) -> String {
    plain::<diagram::Diagram>(diagram::DiagramProps { base: place.base() }).await
}

/// A component of the page around the app, as plain HTML: nothing adopts it.
async fn plain<C>(props: C::Properties) -> String
where
    C: BaseComponent,
    C::Properties: Send + 'static,
{
    ServerRenderer::<C>::with_props(move || props)
        .hydratable(false)
        .render()
        .await
}
