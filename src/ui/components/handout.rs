use yew::prelude::*;

use crate::content::CONTENT;
use crate::engine::{verdict, Configuration, Part, PartValue};

/// All 24 systems and their verdicts in words, from the engine (spec §9): on screen, with or
/// without JavaScript. In print it becomes the handout (spec §8): the current view in words and
/// the 12 systems of the selected terms.
pub fn handout(configuration: &Configuration) -> Html {
    let current = *configuration;
    let label = |part: Part, c: &Configuration| CONTENT.value_label(part, c.value_key(part));
    let terms_label = |c: &Configuration| {
        CONTENT
            .part(Part::Terms)
            .and_then(|p| p.values.iter().find(|v| v.id == c.terms.key()))
            .map(|v| format!("{} ({})", v.label, v.dates.unwrap_or_default()))
            .unwrap_or_default()
    };
    html! {
        <section class="all-configurations" aria-labelledby="all-heading">
            <p class="handout-view print-only">
                { "This view: " }
                { for Part::ALL.iter().map(|&part| html! {
                    <span class="handout-part">
                        { CONTENT.part(part).map(|p| p.label).unwrap_or(part.key()) }{ ": " }
                        <strong>{ label(part, &current) }</strong>{ ". " }
                    </span>
                }) }
            </p>
            <h2 id="all-heading">
                <span class="screen-only">{ "All 24 systems at a glance" }</span>
                <span class="print-only">{ format!("All twelve systems under the {}", terms_label(&current)) }</span>
            </h2>
            // A narrow screen scrolls the table sideways; the keyboard can scroll it too.
            <div class="table-scroll" tabindex="0" role="group" aria-labelledby="all-heading">
            <table data-all-configurations="">
                <thead>
                    <tr>
                        <th scope="col">{ "Terms in force" }</th>
                        <th scope="col">{ "Memory" }</th>
                        <th scope="col">{ "Tool access" }</th>
                        <th scope="col">{ "Model request" }</th>
                        <th scope="col">{ "Whose argument applies" }</th>
                    </tr>
                </thead>
                <tbody>
                { for Configuration::all().map(|c| {
                    let v = verdict(&c);
                    let key = format!("memory={}&tools={}&model={}&terms={}", c.memory.key(), c.tools.key(), c.model.key(), c.terms.key());
                    let classes = match (c == current, c.terms != current.terms) {
                        (true, _) => "current",
                        (false, true) => "other-terms",
                        (false, false) => "",
                    };
                    html! {
                        <tr data-config={key} data-terms={c.terms.key()} class={classes}>
                            <td>{ label(Part::Terms, &c) }</td>
                            <td>{ label(Part::Memory, &c) }</td>
                            <td>{ label(Part::Tools, &c) }</td>
                            <td>{ label(Part::Model, &c) }</td>
                            <td data-verdict={v.key.key()}>
                                { CONTENT.headline(&v) }
                                if c == current { <strong>{ " ← this view" }</strong> }
                            </td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}
