#![cfg(not(target_arch = "wasm32"))]
//! The content file: it loads, it covers everything the engine decides, and every quotation is
//! verbatim from the source it names (checked against ../shared, the project's research).

mod common;
use two_words::engine;
use two_words::engine::PartValue;
#[allow(dead_code)]
#[path = "../src/content/schema.rs"]
mod schema;
#[allow(dead_code)]
#[path = "../src/content/text.rs"]
mod text;

use std::path::PathBuf;
use two_words::content::{CONTENT, MATCHER, PAGE, RECORD};

const CONTENT_FILE: &str = include_str!("../src/content/en.toml");

fn shared_dir() -> PathBuf {
    let dir = std::env::var_os("TWO_WORDS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    assert!(
        dir.join("facts/timeline.md").is_file(),
        "The quotation check needs the project's research folder at {} (with seeds/ and \
         facts/timeline.md). Clone the project so that shared/ sits beside this repository, \
         or set TWO_WORDS_SHARED to its path.",
        dir.display()
    );
    dir
}

/// Folds curly quotes to straight ones and runs of white space to one space; nothing else.
fn normalise(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The quotations the fact sheet itself makes: every run of text between straight quotes.
fn timeline_quotations(timeline: &str) -> Vec<String> {
    normalise(timeline)
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// Every language's file, as languages.toml lists them: its code, its text, and the text of
/// the language it is translated from (none for English).
fn language_files() -> Vec<(String, String, Option<String>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let list = std::fs::read_to_string(root.join("src/content/languages.toml"))
        .expect("languages.toml is readable");
    let languages = schema::load_languages(&list)
        .unwrap_or_else(|problems| panic!("languages.toml: {}", problems.join("; ")));
    languages
        .into_iter()
        .map(|language| {
            let path = root.join(schema::content_path(&language.code));
            let read = |path: PathBuf| {
                std::fs::read_to_string(&path)
                    .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
            };
            let source = language
                .fallback
                .as_ref()
                .map(|from| read(root.join(schema::content_path(from))));
            (language.code, read(path), source)
        })
        .collect()
}

#[test]
fn every_language_s_file_matches_the_english_and_loads() {
    for (code, text, source) in language_files() {
        let mut problems = match source {
            Some(source) => schema::check_translation(&source, &text),
            None => Vec::new(),
        };
        if let Err(more) = schema::load(&text) {
            problems.extend(more);
        }
        assert!(
            problems.is_empty(),
            "{code}'s content has {} problem(s):\n  - {}",
            problems.len(),
            problems.join("\n  - ")
        );
    }
}

#[test]
fn the_pseudo_locales_are_made_from_the_english_and_load() {
    for code in ["en-xa", "ar-xb"] {
        assert!(schema::pseudo_language(code).is_some(), "{code}");
        let text = schema::pseudo_content(CONTENT_FILE, code).expect("the English file converts");
        if let Err(problems) = schema::load(&text) {
            panic!("{code}: {}", problems.join("; "));
        }
    }
    // Words grow by 40 %, accented; slots, digits and punctuation stay.
    assert_eq!(
        schema::long_text("Memory: {value}, 2026."),
        "Mémórý···: {value}, 2026."
    );
    assert_eq!(schema::long_text("on"), "óñ·");
}

#[test]
fn the_content_file_loads_without_problems() {
    if let Err(problems) = schema::load(CONTENT_FILE) {
        panic!("en.toml has problems:\n  - {}", problems.join("\n  - "));
    }
}

#[test]
fn every_quotation_is_verbatim_in_the_source_it_names() {
    let shared = shared_dir();
    let timeline = std::fs::read_to_string(shared.join("facts/timeline.md")).unwrap();
    let from_timeline = timeline_quotations(&timeline);
    let mut problems = Vec::new();
    let mut checked = 0;
    for argument in RECORD.arguments {
        for quote in argument.quotes {
            let Some(source) = RECORD.source(quote.source) else {
                problems.push(format!(
                    "{}: source {} is not listed",
                    argument.id, quote.source
                ));
                continue;
            };
            let wanted = normalise(quote.text);
            let found = if source.file == "facts/timeline.md" {
                from_timeline.iter().any(|q| q.contains(&wanted))
            } else {
                let path = shared.join(source.file);
                match std::fs::read_to_string(&path) {
                    Ok(text) => normalise(&text).contains(&wanted),
                    Err(error) => {
                        problems.push(format!(
                            "{}: cannot read {}: {error}",
                            source.id,
                            path.display()
                        ));
                        continue;
                    }
                }
            };
            checked += 1;
            if !found {
                problems.push(format!(
                    "argument `{}`: the quotation «{}» is not verbatim in {} (source `{}`)",
                    argument.id, quote.text, source.file, source.id
                ));
            }
        }
    }
    // The timeline's quotations come from the fact sheet.
    for event in two_words::content::EVENTS {
        if let Some(quote) = event.quote {
            checked += 1;
            if !from_timeline.iter().any(|q| q.contains(&normalise(quote))) {
                problems.push(format!(
                    "event {}: «{quote}» is not a quotation of the fact sheet",
                    event.date
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n  - {}", problems.join("\n  - "));
    assert!(checked >= 20, "only {checked} quotations were checked");
}

#[test]
fn every_event_date_is_in_the_fact_sheet() {
    let timeline = std::fs::read_to_string(shared_dir().join("facts/timeline.md")).unwrap();
    for event in two_words::content::EVENTS {
        assert!(
            timeline.contains(event.date),
            "{} is not a date of the fact sheet",
            event.date
        );
    }
}

#[test]
fn every_phrase_form_is_found_by_the_checker() {
    for (index, phrase) in MATCHER.iter().enumerate() {
        for form in phrase.forms {
            let text = format!("We say it {form} now.");
            let marks = two_words::phrases::find(&text, MATCHER);
            assert!(
                marks
                    .iter()
                    .any(|m| m.phrase == index && &text[m.start..m.end] == *form),
                "{form} is not found as {}",
                phrase.id
            );
        }
    }
}

#[test]
fn the_spec_minimum_quotations_are_all_present() {
    // Spec §4 lists a minimum set of quotations; each must be shown by some argument.
    let required = [
        "Any stateless API calls to OpenAI models that result from a collaboration between OpenAI and any third party – including Amazon – would be hosted on Azure",
        "The clause requires all API calls to be routed through Azure.",
        "can now serve all its products to customers across any cloud provider",
        "first on Azure, unless Microsoft cannot and chooses not to support the necessary capabilities",
        "OpenAI's first party products, including Frontier, will continue to be hosted on Azure",
        "its experts do not believe the technology exists to avoid running Frontier on Azure under the terms of its contract",
        "would violate the spirit, if not the letter, of their agreement",
        "We are confident that OpenAI understands and respects the importance of living up to [its] legal obligation.",
        "The start-up has the right to make new products with third parties so long as they do not cross the “red line” of being primarily offered as an API.",
        "Frontier's SRE operates in a \"stateful\" layer above the raw API",
        "OpenAI maintains that its Amazon deal does not allow backdoor access to its stateless models",
        "OpenAI believes its plans with Amazon are compatible with its deal with Microsoft",
        "the exclusive third-party cloud distributor",
    ];
    let shown: Vec<&str> = RECORD
        .arguments
        .iter()
        .flat_map(|a| a.quotes)
        .map(|q| q.text)
        .collect();
    for text in required {
        assert!(
            shown.iter().any(|q| q.contains(text)),
            "missing quotation: {text}"
        );
    }
}

#[test]
fn no_source_is_seed_000_and_every_source_is_used() {
    for source in RECORD.sources {
        assert!(!source.file.contains("000_"), "{} uses seed 000", source.id);
        assert!(
            RECORD.arguments.iter().flat_map(|a| a.quotes).any(|q| q.source == source.id)
                || PAGE.phrases.iter().any(|p| p.sources.contains(&source.id))
                // The fact sheet is the source of the timeline's quotations.
                || (source.id == "fact-sheet" && two_words::content::EVENTS.iter().any(|e| e.quote.is_some())),
            "source `{}` is listed but never used",
            source.id
        );
    }
}

#[test]
fn every_engine_id_has_its_words() {
    use two_words::engine::*;
    for id in ArgumentId::ALL {
        let argument = RECORD
            .argument(id)
            .unwrap_or_else(|| panic!("no text for {id:?}"));
        assert_eq!(argument.side, id.side());
    }
    for c in Configuration::all() {
        let v = verdict(&c);
        assert_ne!(CONTENT.headline(&v), v.key.key(), "no headline for {c:?}");
        assert_ne!(
            CONTENT.verdict_reason(&v).text,
            v.reason.key(),
            "no reason for {c:?}"
        );
    }
    for reason in Reason::ALL {
        assert_ne!(
            RECORD.reason(reason).text,
            reason.key(),
            "no text for {reason:?}"
        );
    }
    for standing in Standing::ALL {
        assert_ne!(
            RECORD.standing(standing),
            standing.key(),
            "no label for {standing:?}"
        );
    }
    for terms in [Terms::Y2025, Terms::Y2026] {
        assert_ne!(
            CONTENT.kicker(terms),
            terms.key(),
            "no kicker for {terms:?}"
        );
    }
}

#[test]
fn the_presets_are_the_spec_s_presets() {
    let expected = [
        ("plain-api", "off", "off", "azure"),
        ("frontier-azure", "on", "on", "azure"),
        ("sre", "on", "on", "aws-runtime"),
        ("tools-only", "off", "on", "aws-runtime"),
        ("thin-relay", "off", "off", "aws-runtime"),
        ("raw-bedrock", "off", "off", "aws-direct"),
        ("own-memory", "on", "on", "aws-direct"),
    ];
    let actual: Vec<_> = CONTENT
        .presets
        .iter()
        .map(|p| (p.id, p.memory.key(), p.tools.key(), p.model.key()))
        .collect();
    assert_eq!(actual, expected);
}

#[test]
fn a_preset_keeps_the_terms() {
    use two_words::engine::*;
    for c in Configuration::all() {
        for preset in CONTENT.presets {
            let next = preset.apply(c);
            assert_eq!(next.terms, c.terms);
            assert!(preset.matches(&next));
        }
    }
}

/// Breaks the real content file with one edit and checks the problem is named.
fn check_broken(from: &str, to: &str, expected: &str) {
    assert!(
        CONTENT_FILE.contains(from),
        "the edit `{from}` does not apply"
    );
    let broken = CONTENT_FILE.replacen(from, to, 1);
    match schema::load(&broken) {
        Ok(_) => panic!("a file with `{to}` loaded without a problem"),
        Err(problems) => assert!(
            problems.iter().any(|p| p.contains(expected)),
            "expected a problem mentioning «{expected}», got {problems:?}"
        ),
    }
}

#[test]
fn a_version_or_correction_out_of_order_or_undated_is_refused() {
    check_broken(
        "version = \"2026-12-03\"",
        "version = \"3 December\"",
        "[meta] version `3 December` is not a real YYYY-MM-DD date",
    );
    check_broken(
        "version = \"2026-12-03\"",
        "version = \"2026-12-01\"",
        "corrections are newest first, none after the version",
    );
    check_broken(
        "[[corrections]]\ndate = \"2026-11-24\"",
        "[[corrections]]\ndate = \"2026-12-24\"",
        "correction of 2026-12-24: corrections are newest first",
    );
    check_broken(
        "[[corrections]]\ndate = \"2026-11-24\"",
        "[[corrections]]\ndate = \"2026-11-31\"",
        "correction of 2026-11-31: the date is not a real YYYY-MM-DD date",
    );
}

#[test]
fn a_malformed_content_file_is_refused_with_the_entry_named() {
    check_broken(
        "source = \"news-az\"",
        "source = \"news-azz\"",
        "source `news-azz` is not in [[sources]]",
    );
    check_broken(
        "id = \"spirit\"",
        "id = \"spirits\"",
        "argument `spirits` is not one the engine knows",
    );
    check_broken(
        "model = \"aws-direct\"\n",
        "model = \"gcp\"\n",
        "preset `raw-bedrock`: model = `gcp`",
    );
    check_broken(
        "[verdict_reasons.2025-azure]",
        "[verdict_reasons.2025-azur]",
        "[verdict_reasons] is missing `2025-azure`",
    );
    check_broken("\non_record = true", "\non_record = \"yes\"", "not valid");
    check_broken(
        "attribution = \"microsoft-statement\"",
        "speakr = \"Microsoft\"",
        "unknown field `speakr`",
    );
    check_broken(
        "attribution = \"microsoft-statement\"",
        "attribution = \"microsoft\"",
        "attribution `microsoft` is not in [[attributions]]",
    );
    check_broken(
        "attribution = \"aws-memo\"\n",
        "",
        "the quotation names no attribution",
    );
    check_broken(
        "text = \"With nothing kept and no tools, the runtime only relays stateless requests. No report discusses this case: the explainer infers it from both sides' stated positions.\"\ninferred = true",
        "text = \"With nothing kept and no tools, the runtime only relays stateless requests.\"\ninferred = false",
        "[verdict_reasons] `2025-relay`: inferred = false, but the engine says true",
    );
    check_broken(
        "unknown = \"May apply\"",
        "",
        "[standings] is missing `unknown`",
    );
    check_broken(
        "kicker = \"Under the 2025 terms, as reported in March 2026\"\n",
        "",
        "part `terms`, value `2025`: `kicker` is missing",
    );
    check_broken("[meta]", "[meta\n", "not valid");
    check_broken(
        "id = \"news-az\"",
        "id = \"joint-statement\"",
        "source `joint-statement` is listed twice",
    );
    check_broken(
        "date = \"2026-04-28\"",
        "date = \"2026-02-30\"",
        "not a real YYYY-MM-DD date",
    );
    check_broken(
        "date = \"2026-06-01\"",
        "date = \"2026-01-01\"",
        "events must be in date order",
    );
    check_broken(
        "confidence = \"conflicting\"",
        "confidence = \"likely\"",
        "confidence `likely`",
    );
    check_broken(
        "id = \"red-line\"",
        "id = \"redline\"",
        "the glossary has no term `red-line`",
    );
    check_broken(
        "word = \"Bedrock\"",
        "word = \"Bedrocks\"",
        "is used nowhere else",
    );
    check_broken("kind = \"avoided\"", "kind = \"banned\"", "kind `banned`");
    check_broken(
        "forms = [\"powered by\"]",
        "forms = [\"Powered By\"]",
        "must be non-empty and lower case",
    );
    check_broken(
        "sources = [\"business-insider\"]",
        "sources = [\"bi\"]",
        "source `bi` is not in [[sources]]",
    );
    check_broken(
        "sets_terms = \"2026\"",
        "sets_terms = \"2027\"",
        "sets_terms `2027`",
    );
}

mod fuzz {
    use super::*;
    use crate::common::cases;
    use proptest::prelude::*;

    proptest! {
        // Damaged copies of the real content file (each parse takes milliseconds, so 3,000 a
        // run; PROPTEST_CASES=100000 cargo test --release --test content damaged for more): the
        // loader never panics, and either loads or names at least one problem.
        #![proptest_config(ProptestConfig::with_cases(cases(3_000)))]

        #[test]
        fn the_loader_never_panics_on_a_damaged_file(
            at in 0usize..CONTENT_FILE.len(),
            cut in 0usize..64,
            insert in "\\PC{0,16}",
        ) {
            let mut text = CONTENT_FILE.as_bytes().to_vec();
            let end = (at + cut).min(text.len());
            text.splice(at..end, insert.bytes());
            let text = String::from_utf8_lossy(&text);
            match schema::load(&text) {
                Ok(_) => {}
                Err(problems) => prop_assert!(!problems.is_empty()),
            }
        }

    }

    proptest! {
        // 100,000 arbitrary texts on every test run (issue 6).
        #![proptest_config(ProptestConfig::with_cases(cases(100_000)))]

        #[test]
        fn the_loader_never_panics_on_arbitrary_text(text in "\\PC{0,200}") {
            let _ = schema::load(&text);
        }
    }
}

#[test]
fn an_original_quotation_is_its_own_piece_and_plain_words_elsewhere() {
    use text::Piece;
    let words = "la «{en:red line}» de {name}";
    assert_eq!(
        text::pieces(words),
        [
            Piece::Text("la «"),
            Piece::Original("red line"),
            Piece::Text("» de "),
            Piece::Slot("name"),
        ]
    );
    assert_eq!(text::plain(words), "la «red line» de {name}");
    assert_eq!(
        text::fill(words, &[("name", "OpenAI")]),
        "la «red line» de OpenAI"
    );
    assert_eq!(schema::slots(words), ["name"]);
}

/// The runs of words between a translation's quotation marks (« », „ “), each line of the file
/// on its own, without the spaces French sets inside them.
fn quoted(file: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for line in file.lines() {
        for (open, close) in [('«', '»'), ('„', '“')] {
            let mut rest = line;
            while let Some(start) = rest.find(open) {
                let after = &rest[start + open.len_utf8()..];
                let Some(end) = after.find(close) else { break };
                found.push(after[..end].trim_matches(|c: char| c.is_whitespace()));
                rest = &after[end + close.len_utf8()..];
            }
        }
    }
    found
}

#[test]
fn every_english_quotation_inside_a_translation_is_marked_as_english() {
    let english = text::plain(CONTENT_FILE);
    for (code, file, source) in language_files() {
        if source.is_none() {
            continue;
        }
        let unmarked: Vec<&str> = quoted(&file)
            .into_iter()
            .filter(|words| !words.contains('{') && english.contains(&format!("“{words}”")))
            .collect();
        assert!(
            unmarked.is_empty(),
            "{code}: English quoted without `{{en:…}}`, so read aloud as {code}: {unmarked:?}"
        );
    }
}

#[test]
fn a_translation_marks_as_english_only_what_the_english_says() {
    let (_, spanish, _) = language_files()
        .into_iter()
        .find(|(code, _, _)| code == "es")
        .expect("a Spanish file");
    let marked = "«{en:red line}»";
    assert!(spanish.contains(marked), "the edit does not apply");
    let invented = spanish.replacen(marked, "«{en:green line}»", 1);
    let problems = schema::check_translation(CONTENT_FILE, &invented);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("“green line”") && p.contains("never says it")),
        "{problems:?}"
    );
    let english = CONTENT_FILE.replacen("“red line”", "“{en:red line}”", 1);
    let problems = schema::check_translation(&english, &spanish);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("all of English is the original")),
        "{problems:?}"
    );
}
