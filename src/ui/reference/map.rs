use yew::prelude::*;

use crate::content::{CONTENT, MAP};
use crate::engine::{
    verdict, Configuration, Memory, Model, Part, PartValue, Terms, Tools, VerdictKey,
};
use crate::ui::components::part_value;
use crate::ui::prose::prose;

fn word(key: &str) -> &'static str {
    MAP.iter()
        .find(|(k, _)| *k == key)
        .map(|(_, t)| *t)
        .unwrap_or_default()
}

/// Each verdict's sign beside its word, so that colour is never the only one.
fn icon(key: VerdictKey) -> &'static str {
    match key {
        VerdictKey::NoDispute => "○",
        // Each side's argument has a sign of the same weight; the words say who disputes it.
        VerdictKey::Microsoft => "◆",
        VerdictKey::AmazonOpenai => "■",
        VerdictKey::Unsettled => "?",
    }
}

/// Every system under the terms in force at a glance, beside the experiment: where the model
/// request goes, down; memory and tool access, across; each cell a link to that view with its
/// verdict in a word and a sign, which the app follows without reloading (`hooks.rs`). One grid
/// per terms, of which the stylesheet shows the one in force (`data-when-terms`); the app marks
/// the current cell with `aria-current`, the build the view the page opens with.
pub fn map(current: &Configuration) -> Html {
    let columns: Vec<(Memory, Tools)> = Memory::ALL
        .iter()
        .flat_map(|&m| Tools::ALL.iter().map(move |&t| (m, t)))
        .collect();
    html! {
        <section class="system-map" aria-labelledby="map-heading">
            <h2 id="map-heading">{ word("heading") }</h2>
            <p class="section-intro">{ word("intro") }</p>
            { for Terms::ALL.iter().map(|&terms| html! {
                <table class="map" data-when-terms={terms.key()}>
                    <caption class="map-terms">{ CONTENT.kicker(terms) }</caption>
                    <thead>
                        <tr>
                            <td></td>
                            { for columns.iter().map(|&(memory, tools)| {
                                let c = Configuration { memory, tools, ..*current };
                                html! {
                                    <th scope="col">
                                        <span>{ part_value(Part::Memory, &c) }</span>
                                        <span>{ part_value(Part::Tools, &c) }</span>
                                    </th>
                                }
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                    { for Model::ALL.iter().map(|&model| html! {
                        <tr>
                            <th scope="row">{ CONTENT.value_label(Part::Model, model.key()) }</th>
                            { for columns.iter().map(|&(memory, tools)| {
                                cell(Configuration { memory, tools, model, terms }, current)
                            }) }
                        </tr>
                    }) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}

fn cell(c: Configuration, current: &Configuration) -> Html {
    let v = verdict(&c);
    let key = crate::url::full_key(&c);
    html! {
        <td>
            <a href={format!("?{key}")} data-view="" data-config={key}
               data-verdict={v.key.key()} aria-current={(c == *current).then_some("true")}>
                <span class="map-icon" aria-hidden="true">{ icon(v.key) }</span>
                <span class="map-word">{ prose(word(v.key.key())) }</span>
                if v.inferred {
                    <span class="map-inferred" data-inference="">{ word("inferred") }</span>
                }
            </a>
        </td>
    }
}
