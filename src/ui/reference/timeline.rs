use yew::prelude::*;

use crate::content::{fill, page_text, Confidence, Event, PageText, CONTENT, EVENTS, PAGE, RECORD};
use crate::engine::Part;
use crate::ui::prose::prose;

fn confidence(event: &Event) -> &'static str {
    page_text(match event.confidence {
        Confidence::Confirmed => PageText::Confirmed,
        Confidence::SingleSource => PageText::SingleSource,
        Confidence::Conflicting => PageText::Conflicting,
    })
}

/// The dated events of the fact sheet (spec §10), each with its sources and how well they
/// agree, in words. An event that put terms in force carries both its marks: a note that these
/// are the terms in your view, and a button that switches the view to them. The stylesheet
/// shows the one that fits the terms the app writes on the root (`data-terms`), and the app
/// answers the button's click (`ui/hooks.rs`).
pub fn timeline() -> Html {
    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ page_text(PageText::TimelineHeading) }</h2>
            <p class="section-intro">{ page_text(PageText::TimelineIntro) }</p>
            <ol class="events">
            { for EVENTS.iter().map(|event| html! {
                <li class="event" data-event-date={event.date} data-sets-terms={event.sets_terms}>
                    <p class="event-date"><time datetime={event.date}>{ PAGE.date(event.date) }</time></p>
                    <h3>{ prose(event.title) }</h3>
                    <p>{ prose(event.text) }</p>
                    if let Some(quote) = event.quote {
                        <p class="event-quote">
                            <q data-source="fact-sheet" lang="en" dir="ltr">{ quote }</q>
                            { " — " }
                            <span data-attribution={event.attribution.unwrap_or_default()}>
                                { prose(event.attribution.and_then(|a| RECORD.attribution(a)).map(|a| a.text).unwrap_or_default()) }
                            </span>
                        </p>
                    }
                    <p class="event-sources">{ fill(page_text(PageText::EventSources), &[("sources", &event.sources.join(CONTENT.meta.list_separator))]) }</p>
                    <p class={format!("confidence confidence-{}", event.confidence.key())}>
                        <strong>{ confidence(event) }</strong>{ ". " }{ prose(event.note) }
                    </p>
                    if let Some(key) = event.sets_terms {
                        <p class="terms-note" data-when-terms={key}><strong>{ page_text(PageText::TermsInView) }</strong></p>
                        <button type="button" class="button-quiet" data-action="switch-terms" data-terms={key} data-unless-terms={key}>
                            { fill(page_text(PageText::SwitchTerms), &[("terms", CONTENT.value_label(Part::Terms, key))]) }
                        </button>
                    }
                </li>
            }) }
            </ol>
        </section>
    }
}
