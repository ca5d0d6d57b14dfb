use yew::prelude::*;

use crate::content::{fill, page_text, PageText, CONTENT};
use crate::engine::{verdict, Configuration, Part, PartValue, Terms};
use crate::ui::prose::prose;

/// All 24 systems and their verdicts in words, from the engine (spec §9): on screen, with or
/// without JavaScript. In print it becomes the handout (spec §8): the 12 systems of the selected
/// terms, under a heading that names them. What depends on the view is left to the root's
/// attributes and the stylesheet (the terms: `data-terms`; the answer hidden in a quiz:
/// `data-answer-hidden`) and to the app, which marks the current row with `aria-current`; the
/// build marks `current`, the view the page opens with.
pub fn systems(current: &Configuration) -> Html {
    let label = |part: Part, c: &Configuration| CONTENT.value_label(part, c.value_key(part));
    let heading = |terms: Terms| {
        CONTENT
            .part(Part::Terms)
            .and_then(|p| p.values.iter().find(|v| v.id == terms.key()))
            .map(|v| {
                fill(
                    page_text(PageText::AllHeadingPrint),
                    &[("terms", v.label), ("dates", v.dates.unwrap_or_default())],
                )
            })
            .unwrap_or_default()
    };
    let part_label = |part: Part| CONTENT.part(part).map(|p| p.label).unwrap_or(part.key());
    html! {
        <section class="all-configurations" aria-labelledby="all-heading">
            <h2 id="all-heading">
                <span class="screen-only">{ page_text(PageText::AllHeading) }</span>
                { for Terms::ALL.iter().map(|&terms| html! {
                    <span class="print-only" data-when-terms={terms.key()}>{ heading(terms) }</span>
                }) }
            </h2>
            // A narrow screen scrolls the table sideways; the keyboard can scroll it too.
            <div class="table-scroll" tabindex="0" role="group" aria-labelledby="all-heading">
            <table data-all-configurations="">
                <thead>
                    <tr>
                        { for [Part::Terms, Part::Memory, Part::Tools, Part::Model].iter().map(|&part| html! {
                            <th scope="col">{ part_label(part) }</th>
                        }) }
                        <th scope="col">{ page_text(PageText::VerdictColumn) }</th>
                    </tr>
                </thead>
                <tbody>
                { for Configuration::all().map(|c| {
                    let v = verdict(&c);
                    html! {
                        <tr data-config={crate::url::full_key(&c)} data-terms={c.terms.key()}
                            aria-current={(c == *current).then_some("true")}>
                            <td>{ label(Part::Terms, &c) }</td>
                            <td>{ label(Part::Memory, &c) }</td>
                            <td>{ label(Part::Tools, &c) }</td>
                            <td>{ label(Part::Model, &c) }</td>
                            <td data-verdict={v.key.key()}>
                                { prose(CONTENT.headline(&v)) }
                                { " " }<strong class="this-view">{ page_text(PageText::ThisView) }</strong>
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
