use yew::prelude::*;

use crate::content::{Argument, CONTENT};
use crate::engine::{ArgumentStatus, Part, Side, Standing};

/// Every argument of spec §4, grouped by side, each marked with where it stands (applies, met,
/// does not apply, may apply) and the part that decides it, and its quotations with who said
/// them and their sources.
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
    let none_applies = !ours().any(|s| s.standing.holds());
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
    let (mark, class) = match status.standing {
        Standing::Applies | Standing::Met => ("✓", "argument applies"),
        Standing::DoesNotApply => ("✗", "argument not-applies"),
        Standing::Unknown => ("?", "argument unknown"),
    };
    let reason = CONTENT.reason(status.reason);
    html! {
        <article class={class}
                 data-argument={argument.id} data-side={argument.side}
                 data-applies={status.standing.data_applies()}
                 data-standing={status.standing.key()}>
            <h4>{ argument.title }</h4>
            <p class="status">
                <span class="status-mark" aria-hidden="true">{ mark }</span>
                <strong>{ CONTENT.standing(status.standing) }</strong>
                <span class="status-part">{ format!(" ({}): ", decided_by.to_lowercase()) }</span>
                { reason.text }
                if reason.inferred {
                    { " " }<span class="badge badge-inferred" data-inference="">{ CONTENT.meta.inferred_label }</span>
                }
            </p>
            <p class="summary">{ argument.summary }</p>
            { for argument.quotes.iter().map(|quote| {
                let source = CONTENT.source(quote.source);
                let attribution = CONTENT.attribution(quote.attribution);
                html! {
                    <figure class="quote">
                        <blockquote data-source={quote.source}>{ quote.text }</blockquote>
                        <figcaption>
                            { "— " }
                            <span data-attribution={quote.attribution}>
                                { attribution.map(|a| a.text).unwrap_or(quote.attribution) }
                            </span>
                            if attribution.is_some_and(|a| a.on_record) {
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
