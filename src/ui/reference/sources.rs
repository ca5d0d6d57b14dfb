use yew::prelude::*;

use crate::content::CONTENT;

/// The sources list: publisher, title, date and a link where one is known. It folds behind its
/// heading: open on the page, closed by the app in an embedded view, where space is short.
pub fn sources() -> Html {
    html! {
        <section class="sources" aria-labelledby="sources-heading">
            <details open=true data-fold="sources">
                <summary><h2 id="sources-heading">{ "Sources" }</h2></summary>
                { list() }
            </details>
        </section>
    }
}

fn list() -> Html {
    html! {
            <ul>
            { for CONTENT.sources.iter().map(|source| html! {
                <li id={format!("source-{}", source.id)} data-source-id={source.id}>
                    <span class="source-publisher">{ source.publisher }</span>{ ", " }
                    if let Some(title) = source.title {
                        <cite>{ title }</cite>{ ", " }
                    }
                    <span class="source-date">{ source.date }</span>{ ". " }
                    { source.about }
                    if let Some(note) = source.note {
                        { " " }{ note }
                    }
                    if let Some(url) = source.url {
                        { " " }<a href={url} rel="noopener noreferrer">{ url }</a>
                    }
                </li>
            }) }
            </ul>
    }
}
