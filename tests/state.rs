#![cfg(not(target_arch = "wasm32"))]
//! The reducer: what each action does to the state a reader sees.

use std::rc::Rc;
use two_words::engine::{Configuration, Memory, Model, Part, Terms, Tools, VerdictKey};
use two_words::ui::{Action, Change, Edition, Round, State, Tally};
use two_words::url::Base;
use yew::Reducible;

fn run(query: &str, actions: &[Action]) -> Rc<State> {
    actions.iter().fold(
        Rc::new(State::new(Base::default(), query, Tally::default())),
        |state, action| state.reduce(action.clone()),
    )
}

fn parts(state: &State) -> [&'static str; 4] {
    Part::ALL.map(|p| state.configuration.value_key(p))
}

#[test]
fn toggles_switch_two_valued_parts_and_leave_the_model_alone() {
    let s = run(
        "",
        &[
            Action::Toggle(Part::Memory),
            Action::Toggle(Part::Tools),
            Action::Toggle(Part::Terms),
        ],
    );
    assert_eq!(parts(&s), ["on", "on", "azure", "2026"]);
    let s = run("?model=aws-direct", &[Action::Toggle(Part::Model)]);
    assert_eq!(parts(&s), ["off", "off", "aws-direct", "2025"]);
}

#[test]
fn stepping_through_presets_wraps_around_both_ways() {
    // The default view is the first preset (a plain API request on Azure).
    let s = run("", &[Action::StepPreset(1)]);
    assert_eq!(parts(&s), ["on", "on", "azure", "2025"]);
    let s = run("", &[Action::StepPreset(-1)]);
    assert_eq!(parts(&s), ["on", "on", "aws-direct", "2025"]);
    // From a view that is no preset, next is the first and previous the last.
    let s = run("?memory=on&model=azure", &[Action::StepPreset(1)]);
    assert_eq!(parts(&s), ["off", "off", "azure", "2025"]);
    let s = run("?memory=on&terms=2026", &[Action::StepPreset(-1)]);
    assert_eq!(parts(&s), ["on", "on", "aws-direct", "2026"]);
}

#[test]
fn a_static_view_does_not_change() {
    let s = run(
        "?static=1&preset=sre",
        &[
            Action::Toggle(Part::Memory),
            Action::Set(Part::Model, "azure"),
            Action::ApplyPreset("plain-api"),
            Action::StepPreset(1),
        ],
    );
    assert_eq!(parts(&s), ["on", "on", "aws-runtime", "2025"]);
    // Display flags still work.
    let s = run("?static=1", &[Action::TogglePresent]);
    assert!(s.flags.present);
}

#[test]
fn the_quiz_counts_right_and_wrong_once_per_round() {
    let s = run("?quiz=1&preset=sre", &[Action::Reveal]);
    assert_eq!(
        (s.round, s.tally),
        (Round::default(), Tally::default()),
        "no reveal without a prediction"
    );
    let s = run(
        "?quiz=1&preset=sre",
        &[
            Action::Predict(VerdictKey::AmazonOpenai),
            Action::Reveal,
            Action::Reveal,
        ],
    );
    assert_eq!(s.tally, Tally { right: 1, wrong: 0 });
    assert!(s.round.revealed);
    let s = run(
        "?quiz=1&preset=sre",
        &[
            Action::Predict(VerdictKey::AmazonOpenai),
            Action::Reveal,
            Action::Predict(VerdictKey::Microsoft), // too late: already revealed
            Action::Set(Part::Model, "azure"),      // a new round
            Action::Predict(VerdictKey::Microsoft),
            Action::Reveal,
        ],
    );
    assert_eq!(s.tally, Tally { right: 1, wrong: 1 });
    let s = s.reduce(Action::ResetTally);
    assert_eq!(s.tally, Tally::default());
}

#[test]
fn an_action_that_changes_nothing_keeps_the_same_state() {
    let s = run("?memory=on", &[]);
    let same = s.clone().reduce(Action::Set(Part::Memory, "on"));
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn number_keys_choose_the_model() {
    use two_words::ui::model_for_digit;
    assert_eq!(
        ['1', '2', '3', '0', '4', 'x'].map(model_for_digit),
        [
            Some("azure"),
            Some("aws-runtime"),
            Some("aws-direct"),
            None,
            None,
            None
        ]
    );
}

#[test]
fn the_last_change_of_the_view_is_kept_for_the_announcement() {
    assert_eq!(run("", &[]).change, None, "nothing to say before a change");
    let s = run("", &[Action::Set(Part::Model, "aws-direct")]);
    assert_eq!(s.change, Some(Change::Part(Part::Model)));
    let s = run("", &[Action::Toggle(Part::Terms)]);
    assert_eq!(s.change, Some(Change::Part(Part::Terms)));
    let s = run("", &[Action::ApplyPreset("sre")]);
    assert_eq!(s.change, Some(Change::Preset("sre")));
    let s = run("", &[Action::StepPreset(1)]);
    assert!(matches!(s.change, Some(Change::Preset(_))));
    let map = Configuration {
        memory: Memory::On,
        tools: Tools::Off,
        model: Model::AwsRuntime,
        terms: Terms::Y2026,
    };
    let s = run("", &[Action::Show(map)]);
    assert_eq!((s.configuration, s.change), (map, Some(Change::System)));
    // A change that changes nothing leaves the last message as it was.
    let s = run(
        "",
        &[
            Action::Set(Part::Tools, "on"),
            Action::Set(Part::Tools, "on"),
            Action::Set(Part::Model, "mars"),
        ],
    );
    assert_eq!(s.change, Some(Change::Part(Part::Tools)));
    // A static view changes nothing, and says nothing.
    let s = run(
        "?static=1",
        &[Action::Show(map), Action::Toggle(Part::Memory)],
    );
    assert_eq!(
        (s.configuration, s.change),
        (Configuration::default(), None)
    );
}

#[test]
fn a_view_s_page_starts_in_its_view_and_its_address_then_overrides_it() {
    let base = Base::of_preset("raw-bedrock").expect("the content's preset");
    let adopted = State::prerendered(base);
    assert_eq!(parts(&adopted), ["off", "off", "aws-direct", "2025"]);
    assert!(!adopted.started);
    let start = |query: &str| {
        Rc::new(adopted.clone()).reduce(Action::Start {
            query: query.to_owned(),
            stored_tally: None,
            page: "https://example.org/views/raw-bedrock/".to_owned(),
        })
    };
    assert_eq!(parts(&start("")), ["off", "off", "aws-direct", "2025"]);
    assert_eq!(
        parts(&start("?memory=on&terms=2026")),
        ["on", "off", "aws-direct", "2026"]
    );
    assert_eq!(
        start("").base,
        base,
        "the page's view is kept for writing the address"
    );
    // Links shared from the page start from its address and are written against its view.
    let shared = start("?memory=on");
    assert_eq!(
        shared.class_link(),
        "https://example.org/views/raw-bedrock/?memory=on"
    );
}

#[test]
fn a_class_is_given_the_view_without_the_teacher_s_flags() {
    let state = run("?memory=on&present=1&qr=1&theme=dark&quiz=1", &[]);
    assert_eq!(state.class_link(), "?memory=on");
}

#[test]
fn the_embed_code_points_to_the_live_release_or_to_this_version() {
    use two_words::content::VERSION;
    let opened = run(
        "",
        &[Action::Start {
            query: "?memory=on".to_owned(),
            stored_tally: None,
            page: "https://example.org/two-words/views/sre/".to_owned(),
        }],
    );
    assert_eq!(
        opened.embedded_address().page,
        "https://example.org/two-words/views/sre/"
    );
    let pinned = opened
        .clone()
        .reduce(Action::ChooseEdition(Edition::Pinned));
    assert_eq!(
        pinned.embedded_address().page,
        format!(
            "https://example.org/two-words/v/{}/views/sre/",
            VERSION.date
        )
    );
    // Back to live; and the single file, read from disk, has no versions to choose from.
    let live = pinned.reduce(Action::ChooseEdition(Edition::Live));
    assert_eq!(live.embedded_address(), opened.embedded_address());
    let file = run(
        "",
        &[
            Action::Start {
                query: String::new(),
                stored_tally: None,
                page: "file:///home/me/two-words.html".to_owned(),
            },
            Action::ChooseEdition(Edition::Pinned),
        ],
    );
    assert_eq!(
        file.embedded_address().page,
        "file:///home/me/two-words.html"
    );
}
