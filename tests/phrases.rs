#![cfg(not(target_arch = "wasm32"))]
//! The phrase checker's matcher against a table of sentences: inflections, punctuation, case,
//! HTML, emoji and right-to-left text.

use proptest::prelude::*;
use two_words::content::MATCHER;
use two_words::phrases::{find, segments};

/// Marks `text` and checks the marked words and their kinds, in order.
fn check(text: &str, expected: &[(&str, &str)]) {
    let marks = find(text, MATCHER);
    let got: Vec<(&str, &str)> = marks
        .iter()
        .map(|m| (&text[m.start..m.end], MATCHER[m.phrase].kind.key()))
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

#[test]
fn marks_allowed_and_avoided_phrases_with_their_inflections() {
    check(
        "Our agent is powered by OpenAI.",
        &[("powered by", "allowed")],
    );
    check(
        "It integrates with OpenAI and is integrated with AWS.",
        &[
            ("integrates with", "allowed"),
            ("integrated with", "allowed"),
        ],
    );
    check(
        "It calls on GPT, it called on GPT, calling on GPT, call on me",
        &[
            ("calls on", "avoided"),
            ("called on", "avoided"),
            ("calling on", "avoided"),
            ("call on", "avoided"),
        ],
    );
    check(
        "This enables access to ChatGPT; enabled by OpenAI.",
        &[("enables access", "avoided"), ("enabled by", "allowed")],
    );
    check(
        "A passthrough, a pass-through, a pass through.",
        &[
            ("passthrough", "avoided"),
            ("pass-through", "avoided"),
            ("pass through", "avoided"),
        ],
    );
    check(
        "invoking, invokes, invoke, invoked",
        &[
            ("invoking", "avoided"),
            ("invokes", "avoided"),
            ("invoke", "avoided"),
            ("invoked", "avoided"),
        ],
    );
}

#[test]
fn matching_ignores_case_and_spans_any_white_space_but_not_punctuation() {
    check("POWERED BY OpenAI", &[("POWERED BY", "allowed")]);
    check("Calls\n\ton the model", &[("Calls\n\ton", "avoided")]);
    check("It calls, on reflection, nobody.", &[]);
    check("powered-by OpenAI", &[]);
    check("empowered by", &[]);
    check("callson", &[]);
    check("", &[]);
}

#[test]
fn html_emoji_and_right_to_left_text_are_only_text() {
    check(
        "<b>powered by</b> <script>calls on</script>",
        &[("powered by", "allowed"), ("calls on", "avoided")],
    );
    check(
        "🚀 powered by 🤖 — calls on ✨",
        &[("powered by", "allowed"), ("calls on", "avoided")],
    );
    check(
        "מופעל powered by OpenAI ومدعوم calls on",
        &[("powered by", "allowed"), ("calls on", "avoided")],
    );
    check("Ünïcödé calls on naïve", &[("calls on", "avoided")]);
}

#[test]
fn segments_cover_the_text_exactly() {
    let text = "A is powered by B, which calls on C.";
    let marks = find(text, MATCHER);
    let joined: String = segments(text, &marks).iter().map(|(s, _)| *s).collect();
    assert_eq!(joined, text);
    assert_eq!(
        segments(text, &marks)
            .iter()
            .filter(|(_, m)| m.is_some())
            .count(),
        2
    );
}

#[test]
fn a_hundred_kilobytes_is_fast() {
    let sentence = "Our product is powered by OpenAI and never calls on its models directly. ";
    let text = sentence.repeat(100_000 / sentence.len() + 1);
    let start = std::time::Instant::now();
    let marks = find(&text, MATCHER);
    assert_eq!(marks.len(), 2 * (100_000 / sentence.len() + 1));
    assert!(start.elapsed().as_millis() < 200, "{:?}", start.elapsed());
}

proptest! {
    #[test]
    fn any_text_gives_ordered_marks_on_character_boundaries(text in "\\PC{0,200}") {
        let marks = find(&text, MATCHER);
        let mut at = 0;
        for m in &marks {
            prop_assert!(m.start >= at && m.start < m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            at = m.end;
        }
        let joined: String = segments(&text, &marks).iter().map(|(s, _)| *s).collect();
        prop_assert_eq!(joined, text);
    }
}
