#![cfg(not(target_arch = "wasm32"))]
//! The URL reader and writer: table tests of the spec's bad URLs, and properties over
//! arbitrary strings.

mod common;

use common::cases;
use proptest::prelude::*;
use two_words::engine::{Configuration, Part};
use two_words::url::{
    decode, describe, embed_secret, language_page, param, read, view_folder, write, Address, Base,
    Editions, Flags, Problem, Theme,
};

fn keys(c: &Configuration) -> [&'static str; 4] {
    Part::ALL.map(|p| c.value_key(p))
}

/// Reads `query` and checks the configuration (memory, tools, model, terms) and the
/// parameters that were ignored, with why.
fn check(query: &str, expected: [&str; 4], expected_ignored: &[(&str, Problem)]) {
    let reading = read(query);
    let (c, ignored) = (reading.configuration, reading.ignored);
    assert_eq!(keys(&c), expected, "configuration for {query:?}");
    let got: Vec<(&str, Problem)> = ignored
        .iter()
        .map(|i| (i.param, i.problem.clone()))
        .collect();
    assert_eq!(got, expected_ignored, "ignored for {query:?}");
}

#[test]
fn reads_valid_queries() {
    check("", ["off", "off", "azure", "2025"], &[]);
    check("?", ["off", "off", "azure", "2025"], &[]);
    check(
        "?memory=on&tools=on&model=aws-runtime&terms=2025",
        ["on", "on", "aws-runtime", "2025"],
        &[],
    );
    check("memory=on&terms=2026", ["on", "off", "azure", "2026"], &[]);
    check(
        "?model=aws%2Ddirect",
        ["off", "off", "aws-direct", "2025"],
        &[],
    );
}

#[test]
fn presets_load_and_explicit_parts_override_them() {
    check("?preset=sre", ["on", "on", "aws-runtime", "2025"], &[]);
    check(
        "?preset=sre&terms=2026",
        ["on", "on", "aws-runtime", "2026"],
        &[],
    );
    check(
        "?memory=off&preset=sre",
        ["off", "on", "aws-runtime", "2025"],
        &[],
    );
    check(
        "?preset=raw-bedrock",
        ["off", "off", "aws-direct", "2025"],
        &[],
    );
    check(
        "?preset=nope",
        ["off", "off", "azure", "2025"],
        &[("preset", Problem::Invalid)],
    );
}

#[test]
fn bad_values_fall_back_to_the_default_and_are_named() {
    let long = "x".repeat(10_000);
    check(
        "?model=gcp",
        ["off", "off", "azure", "2025"],
        &[("model", Problem::Invalid)],
    );
    check(
        "?memory=maybe&tools=on",
        ["off", "on", "azure", "2025"],
        &[("memory", Problem::Invalid)],
    );
    check(
        "?model=",
        ["off", "off", "azure", "2025"],
        &[("model", Problem::Empty)],
    );
    check(
        "?terms",
        ["off", "off", "azure", "2025"],
        &[("terms", Problem::Empty)],
    );
    check(
        &format!("?memory={long}"),
        ["off", "off", "azure", "2025"],
        &[("memory", Problem::Invalid)],
    );
    check(
        "?model=%E0%A4%A&tools=%ZZ",
        ["off", "off", "azure", "2025"],
        &[("model", Problem::Invalid), ("tools", Problem::Invalid)],
    );
    check(
        "?memory=ON",
        ["off", "off", "azure", "2025"],
        &[("memory", Problem::Invalid)],
    );
    check(
        "?memory=on&memory=off",
        ["on", "off", "azure", "2025"],
        &[("memory", Problem::Repeated)],
    );
}

#[test]
fn a_huge_link_gives_a_small_notice() {
    // A 1 MB value, then 100,000 repeats of two parameters: one line per parameter and
    // problem, each value cut to a readable length.
    let mut query = String::from("?memory=");
    query.push_str(&"x".repeat(1_000_000));
    for _ in 0..100_000 {
        query.push_str("&memory=on&model=gcp");
    }
    let reading = read(&query);
    assert_eq!(
        keys(&reading.configuration),
        ["off", "off", "azure", "2025"]
    );
    let named: Vec<(&str, Problem)> = reading
        .ignored
        .iter()
        .map(|i| (i.param, i.problem.clone()))
        .collect();
    assert_eq!(
        named,
        [
            ("memory", Problem::Invalid),
            ("memory", Problem::Repeated),
            ("model", Problem::Invalid),
            ("model", Problem::Repeated),
        ]
    );
    assert!(reading
        .ignored
        .iter()
        .all(|i| i.value.chars().count() <= 41));
}

#[test]
fn another_party_s_parameter_is_read_decoded() {
    let cases = [
        ("?embed=1&childId=story%2D7", Some("story-7")),
        ("childId=a&childId=b", Some("a")),
        ("?child%49d=x", Some("x")),
        ("?childId", Some("")),
        ("?embed=1", None),
        ("", None),
    ];
    for (query, expected) in cases {
        assert_eq!(param(query, "childId").as_deref(), expected, "{query}");
    }
}

#[test]
fn wordpress_s_secret_is_read_from_the_hash_only_when_plain() {
    let cases = [
        ("#?secret=Ab12Cd34Ef", Some("Ab12Cd34Ef")),
        // WordPress appends its hash to the link's own.
        ("#amp=1#?secret=xyz789", Some("xyz789")),
        ("#?secret=abc&other=1", Some("abc")),
        ("#?secret=", None),
        ("#?secret=a-b", None),
        ("#?secret=%3Cscript%3E", None),
        ("#?secret=<img>", None),
        ("#?secret=é", None),
        ("#secret=abc", None),
        ("#amp=1", None),
        ("", None),
    ];
    for (hash, expected) in cases {
        assert_eq!(embed_secret(hash), expected, "{hash}");
    }
    assert_eq!(embed_secret(&format!("#?secret={}", "a".repeat(65))), None);
}

#[test]
fn unknown_parameters_are_ignored_silently() {
    check(
        "?childId=abc&parentUrl=https%3A%2F%2Fx&utm_source=a&tools=on",
        ["off", "on", "azure", "2025"],
        &[],
    );
    check(
        "?&&=&===&%&model",
        ["off", "off", "azure", "2025"],
        &[("model", Problem::Empty)],
    );
}

#[test]
fn the_notice_names_the_parameter_and_cuts_long_values() {
    let ignored = read(&format!("?memory={}", "y".repeat(10_000))).ignored;
    let text = describe(&ignored[0]);
    assert!(text.contains("memory"), "{text}");
    assert!(text.contains("off, on"), "{text}");
    assert!(text.chars().count() < 200, "{text}");
    let ignored = read("?model=%3Cscript%3E").ignored;
    assert!(describe(&ignored[0]).contains("model=<script>"));
}

#[test]
fn writing_leaves_defaults_out_and_keeps_other_parameters() {
    let none = Flags::default();
    let c = read("?memory=on&model=aws-runtime").configuration;
    assert_eq!(write("", &c, &none), "?memory=on&model=aws-runtime");
    assert_eq!(
        write("?utm=1&childId=x%20y&memory=off&preset=sre", &c, &none),
        "?memory=on&model=aws-runtime&utm=1&childId=x%20y"
    );
    assert_eq!(write("?preset=sre", &Configuration::default(), &none), "");
    let reading = read("?theme=dark&embed=1&childId=7&quiz=0");
    assert_eq!(
        write(
            "?theme=dark&embed=1&childId=7&quiz=0",
            &reading.configuration,
            &reading.flags
        ),
        "?theme=dark&embed=1&childId=7"
    );
}

#[test]
fn a_view_page_reads_and_writes_against_its_own_view() {
    let none = Flags::default();
    let sre = Base::of_preset("sre").expect("the content's preset");
    assert_eq!(
        keys(&sre.read("").configuration),
        ["on", "on", "aws-runtime", "2025"],
        "a view's page with no query is its view"
    );
    assert_eq!(
        sre.write("", &sre.0, &none),
        "",
        "its own view needs no query"
    );
    // A part set back to the default's value differs from the page's view, so it is written.
    let no_memory = sre.read("?memory=off").configuration;
    assert_eq!(keys(&no_memory), ["off", "on", "aws-runtime", "2025"]);
    assert_eq!(sre.write("?utm=1", &no_memory, &none), "?memory=off&utm=1");
    // Another preset on the page, then explicit parts, as on the first page.
    let other = sre.read("?preset=plain-api&terms=2026").configuration;
    assert_eq!(keys(&other), ["off", "off", "azure", "2026"]);
    assert!(Base::of_preset("no-such-view").is_none());
    // A shared link or frame of a view's page is written against that page's view.
    let address = Address {
        page: "https://example.org/views/sre/".to_owned(),
        base: sre,
    };
    assert_eq!(
        address.link(&sre.0, &none),
        "https://example.org/views/sre/"
    );
    assert_eq!(
        address.link(
            &no_memory,
            &Flags {
                embed: true,
                ..none
            }
        ),
        "https://example.org/views/sre/?memory=off&embed=1"
    );
}

/// The live and pinned pages of `page` (in `language`'s folder) for the version 2026-12-03.
#[track_caller]
fn check_editions(page: &str, language: &str, expected: Option<(&str, &str)>) {
    let address = Address {
        page: page.to_owned(),
        base: Base::default(),
    };
    let at = |page: &str| Address {
        page: page.to_owned(),
        base: Base::default(),
    };
    assert_eq!(
        address.editions("2026-12-03", language),
        expected.map(|(live, pinned)| Editions {
            live: at(live),
            pinned: at(pinned),
        }),
        "{page}"
    );
}

#[test]
fn each_page_has_a_live_and_a_pinned_edition_from_either() {
    let site = "https://example.org/two-words/";
    let pinned = "https://example.org/two-words/v/2026-12-03/";
    for (below, language) in [
        ("", ""),
        ("es/", "es/"),
        ("views/sre/", ""),
        ("de/views/raw-bedrock/", "de/"),
    ] {
        let expected = Some((format!("{site}{below}"), format!("{pinned}{below}")));
        let expected = expected.as_ref().map(|(l, p)| (l.as_str(), p.as_str()));
        // From the live page, from the pinned one, and from an older version's.
        check_editions(&format!("{site}{below}"), language, expected);
        check_editions(&format!("{pinned}{below}"), language, expected);
        check_editions(&format!("{site}v/2026-11-24/{below}"), language, expected);
    }
    // At a server's root, and in a folder that only looks like a version's.
    check_editions(
        "http://127.0.0.1:8080/",
        "",
        Some((
            "http://127.0.0.1:8080/",
            "http://127.0.0.1:8080/v/2026-12-03/",
        )),
    );
    check_editions(
        "https://example.org/v/latest/",
        "",
        Some((
            "https://example.org/v/latest/",
            "https://example.org/v/latest/v/2026-12-03/",
        )),
    );
    // The single file, read from disk, has no versions; nor has a page outside its language's
    // folder.
    check_editions("file:///home/me/two-words.html", "", None);
    check_editions("https://example.org/two-words/", "es/", None);
}

#[test]
fn render_flags_are_read_and_bad_ones_are_named() {
    let r = read("?embed=1&theme=dark&plain=1&static=1&present=1&quiz=1&qr=1");
    assert_eq!(
        r.flags,
        Flags {
            embed: true,
            theme: Theme::Dark,
            plain: true,
            fixed: true,
            present: true,
            quiz: true,
            qr: true,
        }
    );
    assert!(r.ignored.is_empty());
    let r = read("?theme=purple&embed=yes&present=");
    assert_eq!(r.flags, Flags::default());
    let named: Vec<_> = r
        .ignored
        .iter()
        .map(|i| (i.param, i.problem.clone()))
        .collect();
    assert_eq!(
        named,
        [
            ("theme", Problem::Invalid),
            ("embed", Problem::Invalid),
            ("present", Problem::Empty)
        ]
    );
    assert!(describe(&r.ignored[0]).contains("auto, light, dark"));
    assert!(describe(&r.ignored[1]).contains("1 (on) or 0 (off)"));
}

#[test]
fn decoding_is_total() {
    assert_eq!(decode("a+b%20c"), "a b c");
    assert_eq!(decode("%"), "%");
    assert_eq!(decode("%4"), "%4");
    assert_eq!(decode("%+1"), "% 1");
    assert_eq!(decode("%FF"), "\u{FFFD}");
    assert_eq!(decode("%C3%A9"), "é");
}

fn any_configuration() -> impl Strategy<Value = Configuration> {
    (0usize..24).prop_map(|i| Configuration::all().nth(i).unwrap())
}

fn any_flags() -> impl Strategy<Value = Flags> {
    (any::<[bool; 6]>(), 0usize..3).prop_map(|([embed, plain, fixed, present, quiz, qr], theme)| {
        Flags {
            embed,
            theme: Theme::ALL[theme],
            plain,
            fixed,
            present,
            quiz,
            qr,
        }
    })
}

proptest! {
    // 100,000 arbitrary strings on every test run (issue 6); a longer run:
    // PROPTEST_CASES=2000000 cargo test --release --test url reading_any_string
    #![proptest_config(ProptestConfig::with_cases(cases(100_000)))]

    #[test]
    fn reading_any_string_never_panics(query in ".*") {
        let ignored = read(&query).ignored;
        // At most two lines per known parameter (11 of them), and every line is short.
        prop_assert!(ignored.len() <= 22);
        for i in &ignored {
            prop_assert!(describe(i).chars().count() < 300);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn reading_query_like_strings_never_panics(query in "[?&=%a-z0-9+-]{0,64}") {
        read(&query);
    }

    #[test]
    fn a_secret_taken_from_any_hash_is_plain(hash in "[#?&=a-zA-Z0-9<>%é-]{0,80}") {
        if let Some(secret) = embed_secret(&hash) {
            prop_assert!(!secret.is_empty() && secret.len() <= 64);
            prop_assert!(secret.bytes().all(|b| b.is_ascii_alphanumeric()));
        }
    }

    #[test]
    fn every_state_round_trips_and_keeps_foreign_parameters(
        c in any_configuration(),
        flags in any_flags(),
        foreign in proptest::collection::vec(("[a-zA-Z_]{1,8}", "[a-zA-Z0-9%]{0,8}"), 0..4),
    ) {
        let existing: String = foreign
            .iter()
            .map(|(k, v)| format!("{k}x={v}"))
            .collect::<Vec<_>>()
            .join("&");
        let query = write(&existing, &c, &flags);
        let back = read(&query);
        prop_assert_eq!(back.configuration, c);
        prop_assert_eq!(back.flags, flags);
        prop_assert!(back.ignored.is_empty());
        for (k, v) in &foreign {
            let pair = format!("{k}x={v}");
            prop_assert!(query.contains(&pair));
        }
        // Writing is stable: the query of a read query is the query itself.
        prop_assert_eq!(write(&query, &back.configuration, &back.flags), query);
    }

    #[test]
    fn every_state_round_trips_on_every_view_s_page(
        c in any_configuration(),
        flags in any_flags(),
        preset in proptest::sample::select(two_words::content::CONTENT.presets.iter().map(|p| p.id).collect::<Vec<_>>()),
    ) {
        let base = Base::of_preset(preset).expect("a preset of the content");
        let query = base.write("", &c, &flags);
        let back = base.read(&query);
        prop_assert_eq!(back.configuration, c);
        prop_assert_eq!(back.flags, flags);
        prop_assert!(back.ignored.is_empty());
    }
}

#[test]
fn a_view_s_page_is_its_folder_below_its_language_s_first_page() {
    let sre = view_folder("sre");
    assert_eq!(sre, "views/sre/");
    for language in [
        "https://example.org/two-words/",
        "https://example.org/two-words/es/",
        "/",
    ] {
        assert_eq!(language_page(&format!("{language}{sre}")), language);
        assert_eq!(language_page(language), language);
    }
    // A file is its own first page, even in a folder that looks like a view's.
    let file = "file:///home/a/views/sre/two-words.html";
    assert_eq!(language_page(file), file);
}
