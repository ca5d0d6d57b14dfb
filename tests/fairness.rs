#![cfg(not(target_arch = "wasm32"))]
//! The fairness checklist (spec §3–§4), over every configuration and every word of the content.
//! The page explains a live dispute: its worst failure is a sentence that one side could fairly
//! call slanted, or a fact stated more firmly than its source allows. Each test below is one
//! line of the checklist a reviewer reading as either side's lawyer would go through.
//!
//! The end-to-end suites check the same on the rendered page in every browser
//! (`tests/e2e/fairness.test.mjs`).

use two_words::content::{PhraseKind, CONTENT, MATCHER, PAGE, RECORD};
use two_words::engine::*;
use two_words::phrases::find;

/// Every text the reader sees from the content file, named, with what stands between curly
/// quotation marks left out: a quoted word is the source's, not the page's. Quotations proper
/// (arguments' and events' quotes, and the phrase lists, which quote an instruction) are not
/// included at all.
fn own_words() -> Vec<(String, String)> {
    let m = &CONTENT.meta;
    let mut texts: Vec<(String, &str)> = vec![
        ("meta.title".into(), two_words::content::PAGE.title),
        ("meta.tagline".into(), two_words::content::PAGE.tagline),
        (
            "meta.current_to".into(),
            two_words::content::PAGE.current_to,
        ),
        ("meta.about".into(), two_words::content::PAGE.about),
        (
            "meta.contract_note".into(),
            two_words::content::PAGE.contract_note,
        ),
        (
            "meta.legal_note".into(),
            two_words::content::PAGE.legal_note,
        ),
        ("meta.positions_note".into(), RECORD.positions_note),
        (
            "meta.mixup_note".into(),
            two_words::content::PAGE.mixup_note,
        ),
        ("meta.inferred_label".into(), m.inferred_label),
        ("meta.contested_label".into(), m.contested_label),
        ("meta.current_system".into(), m.current_system),
        ("meta.announcement".into(), m.announcement),
        ("meta.announcement_hidden".into(), m.announcement_hidden),
    ];
    texts.extend(
        two_words::content::MAP
            .iter()
            .map(|(k, t)| (format!("map {k}"), *t)),
    );
    for part in CONTENT.parts {
        texts.push((format!("part {}", part.id), part.label));
        texts.push((format!("part {} help", part.id), part.help));
        for value in part.values {
            let name = format!("part {} value {}", part.id, value.id);
            texts.push((name.clone(), value.label));
            texts.push((name.clone(), value.help));
            texts.extend(value.dates.map(|t| (name.clone(), t)));
            texts.extend(value.kicker.map(|t| (name.clone(), t)));
        }
    }
    texts.extend(
        CONTENT
            .headlines
            .iter()
            .map(|(k, t)| (format!("headline {k}"), *t)),
    );
    texts.extend(
        CONTENT
            .verdict_reasons
            .iter()
            .map(|(k, r)| (format!("verdict reason {k}"), r.text)),
    );
    texts.extend(
        RECORD
            .standings
            .iter()
            .map(|(k, t)| (format!("standing {k}"), *t)),
    );
    texts.extend(
        RECORD
            .reasons
            .iter()
            .map(|(k, r)| (format!("reason {k}"), r.text)),
    );
    for side in RECORD.sides {
        texts.push((format!("side {}", side.id), side.title));
        texts.push((format!("side {}", side.id), side.intro));
    }
    texts.extend(
        RECORD
            .attributions
            .iter()
            .map(|a| (format!("attribution {}", a.id), a.text)),
    );
    for a in RECORD.arguments {
        texts.push((format!("argument {} title", a.id), a.title));
        texts.push((format!("argument {} summary", a.id), a.summary));
    }
    for s in RECORD.sources {
        let name = format!("source {}", s.id);
        texts.extend([
            (name.clone(), s.publisher),
            (name.clone(), s.about),
            (name.clone(), s.date),
        ]);
        texts.extend(s.title.into_iter().chain(s.note).map(|t| (name.clone(), t)));
    }
    texts.extend(
        CONTENT
            .presets
            .iter()
            .map(|p| (format!("preset {}", p.id), p.title)),
    );
    for e in two_words::content::EVENTS {
        let name = format!("event {} {}", e.date, e.title);
        texts.extend([
            (name.clone(), e.title),
            (name.clone(), e.text),
            (name.clone(), e.note),
        ]);
    }
    texts.extend(
        PAGE.terms
            .iter()
            .map(|t| (format!("term {}", t.id), t.text)),
    );
    texts.extend(
        PAGE.phrases
            .iter()
            .map(|p| (format!("phrase {} note", p.id), p.note)),
    );
    // The app's and the page's own words: labels, notices and messages. (The phrase checker's
    // example is the reader's sentence, written to show both lists.)
    let example = PAGE.text(two_words::content::PageText::PhrasesPlaceholder);
    texts.extend(CONTENT.ui.iter().map(|t| ("ui".to_owned(), *t)));
    texts.extend(
        PAGE.texts
            .iter()
            .filter(|t| **t != example)
            .map(|t| ("page".to_owned(), *t)),
    );
    for p in CONTENT.plurals {
        texts.extend([
            ("plurals".to_owned(), p.one),
            ("plurals".to_owned(), p.other),
        ]);
    }
    texts
        .into_iter()
        .map(|(name, text)| (name, outside_quotes(text)))
        .collect()
}

/// The text with every “…” run replaced by a space.
fn outside_quotes(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '\u{201C}' => depth += 1,
            '\u{201D}' => {
                depth = depth.saturating_sub(1);
                out.push(' ');
            }
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[track_caller]
fn assert_nowhere_in_own_words(what: &str, words: &[&str]) {
    for (name, text) in own_words() {
        let lower = text.to_lowercase();
        for word in words {
            assert!(
                !lower.contains(word),
                "{name} uses {what} “{word}” outside a quotation: {text}"
            );
        }
    }
}

fn standing_of(c: &Configuration, id: ArgumentId) -> ArgumentStatus {
    evaluate_arguments(c)
        .into_iter()
        .find(|a| a.id == id)
        .expect("every argument is evaluated")
}

#[test]
fn both_sides_have_arguments_with_a_standing_and_a_reason_in_every_configuration() {
    for c in Configuration::all() {
        for side in [Side::Microsoft, Side::AmazonOpenai, Side::Terms] {
            let ours: Vec<_> = evaluate_arguments(&c)
                .into_iter()
                .filter(|a| a.id.side() == side)
                .collect();
            assert!(!ours.is_empty(), "{c:?}: no argument for {side:?}");
            for a in ours {
                assert!(
                    RECORD.argument(a.id).is_some(),
                    "{c:?}: {:?} has no words",
                    a.id
                );
                assert!(!RECORD.standing(a.standing).is_empty());
                let reason = RECORD.reason(a.reason).text;
                assert!(
                    !reason.trim().is_empty() && reason != a.reason.key(),
                    "{c:?}: {:?} has no reason in words",
                    a.id
                );
            }
        }
    }
}

#[test]
fn nothing_resting_on_the_clause_is_marked_does_not_apply_where_the_verdict_is_unsettled() {
    for c in Configuration::all().filter(|c| verdict(c).key == VerdictKey::Unsettled) {
        for id in ArgumentId::ALL
            .into_iter()
            .filter(|id| id.rests_on_clause())
        {
            assert_eq!(
                standing_of(&c, id).standing,
                Standing::Unknown,
                "{c:?}: {id:?} rests on the clause, which the terms leave open"
            );
        }
    }
}

#[test]
fn what_the_page_calls_unknown_is_marked_may_apply_and_nothing_else_is() {
    // The reason "the terms do not say whether the clause survived" never sits beside "does
    // not apply", and "may apply" always says why.
    for c in Configuration::all() {
        for a in evaluate_arguments(&c) {
            assert_eq!(
                a.standing == Standing::Unknown,
                a.reason == Reason::ClauseUncertain,
                "{c:?}: {:?} is {:?} because {:?}",
                a.id,
                a.standing,
                a.reason
            );
        }
    }
}

#[test]
fn the_clause_is_met_not_missed_when_every_request_goes_to_azure() {
    for c in Configuration::all().filter(|c| c.model == Model::Azure) {
        let clause = standing_of(&c, ArgumentId::Clause);
        assert_eq!(clause.standing, Standing::Met, "{c:?}");
        assert_eq!(clause.standing.data_applies(), "true");
    }
}

#[test]
fn no_headline_reads_as_a_ruling() {
    for c in Configuration::all() {
        let v = verdict(&c);
        let headline = CONTENT.headline(&v).to_lowercase();
        for ruling in [
            "agrees",
            "applies — and",
            "is right",
            "wins",
            "breaches",
            "violates",
        ] {
            assert!(
                !headline.contains(ruling),
                "{c:?}: headline says “{ruling}”: {headline}"
            );
        }
        if v.contested {
            assert!(
                headline.starts_with(&CONTENT.meta.contested_label.to_lowercase()),
                "{c:?}: a contested headline says so first: {headline}"
            );
        }
    }
}

#[test]
fn every_inference_is_marked_in_the_content_and_said_in_the_headline() {
    for c in Configuration::all() {
        let v = verdict(&c);
        assert_eq!(CONTENT.verdict_reason(&v).inferred, v.inferred, "{c:?}");
        let headline = CONTENT.headline(&v);
        assert_eq!(
            headline.contains("the explainer's reading"),
            v.inferred,
            "{c:?}: {headline}"
        );
    }
}

#[test]
fn the_page_never_uses_the_phrases_from_the_story_as_its_own_words() {
    let avoided: Vec<_> = MATCHER
        .iter()
        .filter(|p| p.kind == PhraseKind::Avoided)
        .collect();
    assert!(!avoided.is_empty());
    for (name, text) in own_words() {
        for mark in find(&text, MATCHER) {
            let phrase = &MATCHER[mark.phrase];
            assert!(
                phrase.kind != PhraseKind::Avoided,
                "{name} uses “{}” outside a quotation: {text}",
                &text[mark.start..mark.end]
            );
        }
    }
    assert_nowhere_in_own_words("the story's phrase", &["pass-through", "calls on"]);
}

#[test]
fn the_page_has_no_editorial_words_of_its_own() {
    assert_nowhere_in_own_words(
        "an editorial word",
        &[
            "weakest",
            "backdoor",
            "even if it kept",
            "loophole",
            "workaround is",
        ],
    );
}

#[test]
fn every_quotation_names_its_speaker_in_an_allowed_form() {
    let quotes = RECORD
        .arguments
        .iter()
        .flat_map(|a| a.quotes.iter().map(|q| q.attribution))
        .chain(
            two_words::content::EVENTS
                .iter()
                .filter_map(|e| e.quote.and(e.attribution)),
        );
    let mut count = 0;
    for id in quotes {
        assert!(
            RECORD.attribution(id).is_some(),
            "attribution `{id}` is not an allowed form"
        );
        count += 1;
    }
    let events_with_quotes = two_words::content::EVENTS
        .iter()
        .filter(|e| e.quote.is_some())
        .count();
    let argument_quotes: usize = RECORD.arguments.iter().map(|a| a.quotes.len()).sum();
    assert_eq!(
        count,
        events_with_quotes + argument_quotes,
        "a quotation has no attribution"
    );
}

#[test]
fn a_side_s_account_given_by_people_familiar_with_it_is_never_on_the_record() {
    for a in RECORD.attributions {
        let unnamed = [
            "familiar",
            "unnamed",
            "summary",
            "report",
            "memo",
            "description",
        ]
        .iter()
        .any(|w| a.text.contains(w));
        if unnamed {
            assert!(
                !a.on_record,
                "attribution `{}` is marked on the record: {}",
                a.id, a.text
            );
        }
    }
}

/// Wherever a sentence says `said`, it also says `with`: a fact that needs its condition.
#[track_caller]
fn assert_always_said_with(said: &str, with: &str) {
    for (name, text) in own_words_with_quotes() {
        if text.contains(said) {
            assert!(
                text.contains(with),
                "{name} says “{said}” without “{with}”: {text}"
            );
        }
    }
}

#[test]
fn any_cloud_always_comes_with_the_azure_first_condition() {
    assert_always_said_with("any cloud", "first on Azure");
}

#[test]
fn the_50_billion_is_called_an_investment_wherever_it_appears() {
    assert_always_said_with("$50 billion", "invest");
}

#[test]
fn the_amendment_s_lines_are_named_as_announcements_not_the_contract() {
    let source = RECORD
        .source("amendment")
        .expect("the amendment is a source");
    assert!(
        source.publisher.contains("announcements"),
        "{}",
        source.publisher
    );
    for quote in RECORD
        .arguments
        .iter()
        .flat_map(|a| a.quotes)
        .filter(|q| q.source == "amendment")
    {
        let attribution = RECORD.attribution(quote.attribution).expect("attributed");
        assert!(
            attribution.text.contains("not the contract"),
            "{}",
            attribution.text
        );
    }
    assert_nowhere_in_own_words(
        "a label the announcements do not earn",
        &["the amended terms, on"],
    );
}

#[test]
fn both_sides_colours_are_named_in_one_place_and_neither_is_the_accent() {
    // The stylesheet gives each side one colour variable, used with the same weight, and an
    // accent that is neither (spec §3). The end-to-end suite checks the computed colours.
    let css = include_str!("../static/style.css");
    let var = |name: &str| -> Vec<String> {
        css.lines()
            .filter_map(|l| l.trim().strip_prefix(&format!("--{name}:")))
            .map(|v| v.trim().trim_end_matches(';').to_lowercase())
            .collect()
    };
    let (accent, microsoft, amazon) = (var("accent"), var("microsoft"), var("amazon-openai"));
    assert!(!accent.is_empty() && !microsoft.is_empty() && !amazon.is_empty());
    for a in &accent {
        assert!(
            !microsoft.contains(a) && !amazon.contains(a),
            "the accent {a} is a side's colour"
        );
    }
    for line in css.lines().filter(|l| l.contains("badge-contested")) {
        assert!(
            !line.contains("--microsoft")
                && !line.contains("--amazon-openai")
                && !line.contains("--focus"),
            "the Contested badge takes a side's or an alarm colour: {line}"
        );
    }
}

/// Own words with their quotations kept, for checks about what a sentence says as a whole.
fn own_words_with_quotes() -> Vec<(String, &'static str)> {
    let mut texts: Vec<(String, &'static str)> =
        vec![("meta.about".into(), two_words::content::PAGE.about)];
    texts.extend(
        CONTENT
            .verdict_reasons
            .iter()
            .map(|(k, r)| (format!("verdict reason {k}"), r.text)),
    );
    texts.extend(
        RECORD
            .reasons
            .iter()
            .map(|(k, r)| (format!("reason {k}"), r.text)),
    );
    for a in RECORD.arguments {
        texts.push((format!("argument {} title", a.id), a.title));
        texts.push((format!("argument {} summary", a.id), a.summary));
    }
    // Before the amendment of 27 April 2026 there was no Azure-first condition to quote.
    for e in two_words::content::EVENTS
        .iter()
        .filter(|e| e.date >= "2026-04-27")
    {
        texts.push((format!("event {}", e.date), e.text));
    }
    texts.extend(
        PAGE.terms
            .iter()
            .map(|t| (format!("term {}", t.id), t.text)),
    );
    texts
}
