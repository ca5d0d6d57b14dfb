use yew::prelude::*;

use crate::content::CONTENT;
use crate::engine::{verdict, Configuration, Part, PartValue};

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub configuration: Configuration,
}

/// The printed handout's summary of the current view and its table of all 12 configurations
/// of the selected terms with their verdicts in words (spec §8). Shown only in print.
#[function_component(Handout)]
pub fn handout(props: &HandoutProps) -> Html {
    let current = props.configuration;
    let terms = current.terms;
    let label = |part: Part, c: &Configuration| CONTENT.value_label(part, c.value_key(part));
    let rows = Configuration::all().filter(|c| c.terms == terms);
    let terms_label = CONTENT
        .part(Part::Terms)
        .and_then(|p| p.values.iter().find(|v| v.id == terms.key()))
        .map(|v| format!("{} ({})", v.label, v.dates.unwrap_or_default()))
        .unwrap_or_default();
    html! {
        <section class="handout print-only" aria-label="Printed handout">
            <p class="handout-view">
                { "This view: " }
                { for Part::ALL.iter().map(|&part| html! {
                    <span class="handout-part">
                        { CONTENT.part(part).map(|p| p.label).unwrap_or(part.key()) }{ ": " }
                        <strong>{ label(part, &current) }</strong>{ ". " }
                    </span>
                }) }
            </p>
            <h2>{ format!("All twelve systems under the {terms_label}") }</h2>
            <table data-all-configurations="">
                <thead>
                    <tr>
                        <th scope="col">{ "Memory" }</th>
                        <th scope="col">{ "Tool access" }</th>
                        <th scope="col">{ "Model request" }</th>
                        <th scope="col">{ "Whose argument applies" }</th>
                    </tr>
                </thead>
                <tbody>
                { for rows.map(|c| {
                    let v = verdict(&c);
                    let key = format!("memory={}&tools={}&model={}&terms={}", c.memory.key(), c.tools.key(), c.model.key(), c.terms.key());
                    html! {
                        <tr data-config={key} class={classes!((c == current).then_some("current"))}>
                            <td>{ label(Part::Memory, &c) }</td>
                            <td>{ label(Part::Tools, &c) }</td>
                            <td>{ label(Part::Model, &c) }</td>
                            <td>
                                { CONTENT.headline(&v) }
                                if v.contested { { " (contested)" } }
                                if c == current { <strong>{ " ← this view" }</strong> }
                            </td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
        </section>
    }
}
