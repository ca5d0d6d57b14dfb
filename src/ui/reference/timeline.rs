use yew::prelude::*;

use crate::content::{Event, CONTENT, EVENTS, RECORD};
use crate::engine::Part;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2026-04-27" as "27 April 2026"; anything else as it is.
fn long_date(date: &str) -> String {
    let mut parts = date.split('-');
    match (
        parts.next(),
        parts.next().and_then(|m| m.parse::<usize>().ok()),
        parts.next().and_then(|d| d.parse::<u32>().ok()),
    ) {
        (Some(year), Some(month @ 1..=12), Some(day)) => {
            format!("{day} {} {year}", MONTHS[month - 1])
        }
        _ => date.to_owned(),
    }
}

fn confidence(event: &Event) -> &'static str {
    match event.confidence {
        "confirmed" => "Confirmed by two or more outlets",
        "single-source" => "Partly from a single source",
        _ => "Sources conflict",
    }
}

/// The dated events of the fact sheet (spec §10), each with its sources and how well they
/// agree, in words. An event that put terms in force carries both its marks: a note that these
/// are the terms in your view, and a button that switches the view to them. The stylesheet
/// shows the one that fits the terms the app writes on the root (`data-terms`), and the app
/// answers the button's click (`ui/hooks.rs`).
pub fn timeline() -> Html {
    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ "What happened, and when" }</h2>
            <p class="section-intro">{ "From the explainer's fact sheet, to November 2026. Each event names its sources and says how well they agree." }</p>
            <ol class="events">
            { for EVENTS.iter().map(|event| html! {
                <li class="event" data-event-date={event.date} data-sets-terms={event.sets_terms}>
                    <p class="event-date"><time datetime={event.date}>{ long_date(event.date) }</time></p>
                    <h3>{ event.title }</h3>
                    <p>{ event.text }</p>
                    if let Some(quote) = event.quote {
                        <p class="event-quote">
                            <q data-source="fact-sheet">{ quote }</q>
                            { " — " }
                            <span data-attribution={event.attribution.unwrap_or_default()}>
                                { event.attribution.and_then(|a| RECORD.attribution(a)).map(|a| a.text).unwrap_or_default() }
                            </span>
                        </p>
                    }
                    <p class="event-sources">{ "Sources: " }{ event.sources.join("; ") }{ "." }</p>
                    <p class={format!("confidence confidence-{}", event.confidence)}>
                        <strong>{ confidence(event) }</strong>{ ". " }{ event.note }
                    </p>
                    if let Some(key) = event.sets_terms {
                        <p class="terms-note" data-when-terms={key}><strong>{ "✓ These are the terms in force in your view." }</strong></p>
                        <button type="button" class="button-quiet" data-action="switch-terms" data-terms={key} data-unless-terms={key}>
                            { format!("Switch the view to the terms this set ({})", CONTENT.value_label(Part::Terms, key)) }
                        </button>
                    }
                </li>
            }) }
            </ol>
        </section>
    }
}
