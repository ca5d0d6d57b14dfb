use yew::prelude::*;

use crate::content::CONTENT;

/// The sources list: publisher, title, date and a link where one is known.
pub fn sources(folded: bool) -> Html {
    if folded {
        return html! {
            <section class="sources" aria-label="Sources">
                <details>
                    <summary>{ "Sources" }</summary>
                    { list() }
                </details>
            </section>
        };
    }
    html! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{ "Sources" }</h2>
            { list() }
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
