use yew::prelude::*;

use crate::content::{Argument, CONTENT};
use crate::engine::{ArgumentStatus, Part, Side};

/// Every argument of spec §4, grouped by side, each marked applies / does not apply with the
/// part that decides it, and its quotations with their sources.
pub fn arguments(arguments: &[ArgumentStatus]) -> Html {
    html! {
        <section class="arguments" aria-labelledby="arguments-heading">
            <h2 id="arguments-heading">{ "The arguments, as reported" }</h2>
            <p class="positions-note">{ CONTENT.meta.positions_note }</p>
            <div class="sides">
                { for Side::ALL.iter().map(|&side| side_column(side, arguments)) }
            </div>
        </section>
    }
}

fn side_column(side: Side, statuses: &[ArgumentStatus]) -> Html {
    let text = CONTENT.side(side.key());
    let heading_id = format!("side-{}", side.key());
    let ours = || statuses.iter().filter(move |s| s.id.side() == side);
    let none_applies = !ours().any(|s| s.applies);
    html! {
        <section class={format!("side side-{}", side.key())} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ text.map(|t| t.title).unwrap_or(side.key()) }</h3>
            <p class="side-intro">{ text.map(|t| t.intro).unwrap_or_default() }</p>
            if none_applies {
                <p class="print-only none-applies">{ "None of these arguments applies to this view." }</p>
            }
            { for ours().filter_map(|s| {
                CONTENT.argument(s.id).map(|argument| argument_card(argument, s))
            }) }
        </section>
    }
}

fn part_name(part: Part) -> &'static str {
    CONTENT.part(part).map(|p| p.label).unwrap_or(part.key())
}

fn argument_card(argument: &'static Argument, status: &ArgumentStatus) -> Html {
    let decided_by = status
        .reason
        .parts()
        .iter()
        .map(|&p| part_name(p))
        .collect::<Vec<_>>()
        .join(" and ");
    let (mark, verdict) = if status.applies {
        ("✓", "Applies")
    } else {
        ("✗", "Does not apply")
    };
    html! {
        <article class={if status.applies { "argument applies" } else { "argument not-applies" }}
                 data-argument={argument.id} data-side={argument.side}
                 data-applies={status.applies.to_string()}>
            <h4>{ argument.title }</h4>
            <p class="status">
                <span class="status-mark" aria-hidden="true">{ mark }</span>
                <strong>{ verdict }</strong>
                <span class="status-part">{ format!(" ({}): ", decided_by.to_lowercase()) }</span>
                { CONTENT.reason(status.reason) }
            </p>
            <p class="summary">{ argument.summary }</p>
            { for argument.quotes.iter().map(|quote| {
                let source = CONTENT.source(quote.source);
                html! {
                    <figure class="quote">
                        <blockquote data-source={quote.source}>{ quote.text }</blockquote>
                        <figcaption>
                            { "— " }{ quote.speaker }
                            if quote.on_record {
                                <span class="badge badge-record">{ "on the record" }</span>
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
