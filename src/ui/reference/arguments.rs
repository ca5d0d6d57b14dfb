use yew::prelude::*;

use crate::content::{page_text, Argument, PageText, CONTENT, RECORD};
use crate::engine::{evaluate_arguments, ArgumentStatus, Configuration, Part, Side, Standing};
use crate::ui::prose::{pattern, prose};

/// Every argument of spec §4, grouped by side, with its quotations, who said them and their
/// sources. Where an argument stands (applies, met, does not apply, may apply) and why changes
/// with the view, so each card carries every standing and reason the engine can give it, in
/// the stable form `data-status="standing reason"`; the build shows the ones of the view the
/// page opens with, and the app (`web::mark_arguments`) shows the current one and writes the
/// card's `data-applies` and `data-standing`, which the stylesheet reads.
pub fn arguments(current: &Configuration) -> Html {
    let statuses = evaluate_arguments(current);
    let everywhere: Vec<ArgumentStatus> = Configuration::all()
        .flat_map(|c| evaluate_arguments(&c))
        .collect();
    html! {
        <section class="arguments" aria-labelledby="arguments-heading">
            <h2 id="arguments-heading">{ page_text(PageText::ArgumentsHeading) }</h2>
            <p class="positions-note">{ prose(RECORD.positions_note) }</p>
            <div class="sides">
                { for Side::ALL.iter().map(|&side| side_column(side, &statuses, &everywhere)) }
            </div>
        </section>
    }
}

/// `everywhere`: where every argument stands in every configuration.
fn side_column(side: Side, statuses: &[ArgumentStatus], everywhere: &[ArgumentStatus]) -> Html {
    let text = RECORD.side(side.key());
    let heading_id = format!("side-{}", side.key());
    html! {
        <section class={format!("side side-{}", side.key())} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ prose(text.map(|t| t.title).unwrap_or(side.key())) }</h3>
            <p class="side-intro">{ prose(text.map(|t| t.intro).unwrap_or_default()) }</p>
            // Printed where none of the side's arguments holds (the stylesheet asks the cards).
            <p class="print-only none-applies">{ page_text(PageText::NoneApplies) }</p>
            { for statuses.iter().filter(|s| s.id.side() == side).filter_map(|s| {
                RECORD.argument(s.id).map(|argument| argument_card(argument, s, everywhere))
            }) }
        </section>
    }
}

fn part_name(part: Part) -> &'static str {
    CONTENT.part(part).map(|p| p.in_text).unwrap_or(part.key())
}

/// Every standing and reason this argument can have, in the order they first appear.
fn possible(argument: &ArgumentStatus, everywhere: &[ArgumentStatus]) -> Vec<ArgumentStatus> {
    let mut seen: Vec<ArgumentStatus> = Vec::new();
    for s in everywhere.iter().filter(|s| s.id == argument.id) {
        if !seen.contains(s) {
            seen.push(*s);
        }
    }
    seen
}

fn status_line(status: &ArgumentStatus, shown: bool) -> Html {
    let decided_by = status
        .reason
        .parts()
        .iter()
        .map(|&p| part_name(p))
        .collect::<Vec<_>>()
        .join(page_text(PageText::PartsSeparator));
    let mark = match status.standing {
        Standing::Applies | Standing::Met => "✓",
        Standing::DoesNotApply => "✗",
        Standing::Unknown => "?",
    };
    let reason = RECORD.reason(status.reason);
    html! {
        <p class="status" data-status={status.key()} hidden={!shown}>
            <span class="status-mark" aria-hidden="true">{ mark }</span>
            { pattern(page_text(PageText::Status), &|slot| match slot {
                "standing" => html! { <strong>{ RECORD.standing(status.standing) }</strong> },
                "parts" => html! { <span class="status-part">{ decided_by.clone() }</span> },
                _ => prose(reason.text),
            }) }
            if reason.inferred {
                { " " }<span class="badge badge-inferred" data-inference="">{ CONTENT.meta.inferred_label }</span>
            }
        </p>
    }
}

fn argument_card(
    argument: &'static Argument,
    status: &ArgumentStatus,
    everywhere: &[ArgumentStatus],
) -> Html {
    html! {
        <article class="argument"
                 data-argument={argument.id} data-side={argument.side.key()}
                 data-applies={status.standing.data_applies()}
                 data-standing={status.standing.key()}>
            <h4>{ prose(argument.title) }</h4>
            { for possible(status, everywhere).iter().map(|s| status_line(s, s == status)) }
            <p class="summary">{ prose(argument.summary) }</p>
            { for argument.quotes.iter().map(|quote| {
                let source = RECORD.source(quote.source);
                let attribution = RECORD.attribution(quote.attribution);
                html! {
                    <figure class="quote">
                        // The words as said, in English whatever the page's language, then the
                        // explainer's translation, never presented as the speaker's words.
                        <blockquote data-source={quote.source} lang="en" dir="ltr">{ quote.text }</blockquote>
                        if let Some(translation) = quote.translation {
                            { translated(translation) }
                        }
                        <figcaption>
                            { "— " }
                            <span data-attribution={quote.attribution}>
                                { prose(attribution.map(|a| a.text).unwrap_or(quote.attribution)) }
                            </span>
                            if attribution.is_some_and(|a| a.on_record) {
                                <span class="badge badge-record">{ page_text(PageText::OnRecord) }</span>
                            }
                            <br />
                            <a href={format!("#source-{}", quote.source)}>
                                { source.map(|s| s.publisher).unwrap_or(quote.source) }
                            </a>
                        </figcaption>
                    </figure>
                }
            }) }
        </article>
    }
}

/// The explainer's translation of a quotation, labelled as such.
pub fn translated(translation: &'static str) -> Html {
    html! {
        <p class="quote-translation" data-translation="">
            { pattern(page_text(PageText::QuoteTranslation), &|_| prose(translation)) }
        </p>
    }
}
