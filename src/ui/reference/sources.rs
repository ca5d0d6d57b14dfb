use yew::prelude::*;

use crate::content::{page_text, PageText, RECORD};
use crate::ui::prose::{pattern, prose};

/// The sources list: publisher, title, date and a link where one is known. It folds behind its
/// heading: open on the page, closed by the app in an embedded view, where space is short.
pub fn sources() -> Html {
    html! {
        <section class="sources" aria-labelledby="sources-heading">
            <details open=true data-fold="sources">
                <summary><h2 id="sources-heading">{ page_text(PageText::SourcesHeading) }</h2></summary>
                { list() }
            </details>
        </section>
    }
}

fn list() -> Html {
    html! {
            <ul>
            { for RECORD.sources.iter().map(|source| html! {
                <li id={format!("source-{}", source.id)} data-source-id={source.id}>
                    <span class="source-publisher">{ source.publisher }</span>{ ", " }
                    if let Some(title) = source.title {
                        <cite lang="en" dir="ltr">{ title }</cite>{ ", " }
                        if let Some(translation) = source.title_translation {
                            { pattern(page_text(PageText::TitleTranslation), &|_| prose(translation)) }{ ", " }
                        }
                    }
                    <span class="source-date">{ source.date }</span>{ ". " }
                    { prose(source.about) }
                    if let Some(note) = source.note {
                        { " " }{ prose(note) }
                    }
                    if let Some(url) = source.url {
                        { " " }<a href={url} rel="noopener noreferrer">{ url }</a>
                    }
                </li>
            }) }
            </ul>
    }
}
