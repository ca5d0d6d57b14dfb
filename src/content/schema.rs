//! The content file's schema, its loader and its checks, shared by `build.rs` (which turns the
//! file into static Rust data) and the native tests (which feed it broken files).
//!
//! This file is not part of the app's module tree: it needs serde and toml, which must not be
//! shipped in the WebAssembly. `build.rs` and `tests/content.rs` include it with `#[path]`,
//! next to the engine, which they include the same way as `crate::engine`.

use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;

use crate::engine::{
    verdict, ArgumentId, Configuration, Part, Reason, Side, Standing, VerdictKey, VerdictReason,
};

/// Writes a value as a Rust expression of the static model in `src/content/model.rs`.
pub trait Emit {
    fn emit(&self, out: &mut String);
}

impl Emit for String {
    fn emit(&self, out: &mut String) {
        // Debug formatting of a str is a valid Rust string literal, escapes included.
        let _ = write!(out, "{:?}", self.as_str());
    }
}

impl Emit for bool {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl<T: Emit> Emit for Vec<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for item in self {
            item.emit(out);
            out.push_str(", ");
        }
        out.push(']');
    }
}

impl<T: Emit> Emit for BTreeMap<String, T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for (key, value) in self {
            out.push('(');
            key.emit(out);
            out.push_str(", ");
            value.emit(out);
            out.push_str("), ");
        }
        out.push(']');
    }
}

/// Declares a struct of the file's schema (unknown fields are errors, so a typo is caught)
/// and how it is written as the static struct of the same name and fields.
/// Fields after a `;` are read and checked but not written into the struct: the caller writes
/// them as statics of their own (see `to_rust`).
macro_rules! schema {
    ($(#[$meta:meta])* $name:ident { $($field:ident : $ty:ty),* $(,)? $(; $($own:ident : $own_ty:ty),* $(,)?)? }) => {
        $(#[$meta])*
        #[derive(Debug, Deserialize, Clone)]
        #[serde(deny_unknown_fields)]
        pub struct $name { $(pub $field: $ty,)* $($(pub $own: $own_ty,)*)? }

        impl Emit for $name {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " { "));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.emit(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    };
}

/// A table of texts the code names by key (`[ui]`, `[plurals]`, `[page]`): written as an enum
/// of its keys, so that a key the code uses cannot go missing, and a slice of its texts in the
/// enum's order, so that a lookup is an index.
#[derive(Debug, Deserialize, Clone)]
#[serde(transparent)]
pub struct Named<T>(pub BTreeMap<String, T>);

impl<T: Emit> Emit for Named<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for value in self.0.values() {
            value.emit(out);
            out.push_str(", ");
        }
        out.push(']');
    }
}

/// The enum variant of a kebab-case key: `copy-link` is `CopyLink`.
pub fn variant(key: &str) -> String {
    key.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Writes `pub enum {name}` with one variant per key, in the table's order.
fn emit_enum<T>(out: &mut String, doc: &str, name: &str, table: &Named<T>) {
    out.push_str(&format!(
        "/// {doc}\n#[derive(Clone, Copy, PartialEq, Eq, Debug)]\npub enum {name} {{ "
    ));
    for key in table.0.keys() {
        out.push_str(&variant(key));
        out.push_str(", ");
    }
    out.push_str("}\n");
}

/// A value the file spells as one of a few keys, which the build writes as a variant of the
/// model's enum of that name (so the view matches an enum, never a string). Any other key is a
/// problem `check` names; it is never written.
macro_rules! enumeration {
    ($(#[$meta:meta])* $name:ident => $rust:literal { $($key:literal => $variant:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Deserialize, Clone, PartialEq)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub const KEYS: &'static [&'static str] = &[$($key),*];

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn is_known(&self) -> bool {
                Self::KEYS.contains(&self.0.as_str())
            }
        }

        impl Emit for $name {
            fn emit(&self, out: &mut String) {
                let variant = match self.0.as_str() {
                    $($key => $variant,)*
                    _ => "",
                };
                out.push_str(concat!($rust, "::"));
                out.push_str(variant);
            }
        }
    };
}

/// One of the engine's enums, named as the build writes it.
pub trait EngineEnum: Copy + std::fmt::Debug {
    const NAME: &'static str;
    fn from_key(key: &str) -> Option<Self>;
}

macro_rules! engine_enum {
    ($($ty:ident),*) => {$(
        impl EngineEnum for crate::engine::$ty {
            const NAME: &'static str = stringify!($ty);
            fn from_key(key: &str) -> Option<Self> {
                <Self as crate::engine::PartValue>::from_key(key)
            }
        }
    )*};
}
engine_enum!(Memory, Tools, Model);

impl EngineEnum for Side {
    const NAME: &'static str = "Side";
    fn from_key(key: &str) -> Option<Self> {
        Side::ALL.iter().copied().find(|side| side.key() == key)
    }
}

/// A value of one of the engine's enums, as the file spells it (its key): read through the
/// engine's own keys, and written as the enum's variant, so the view matches an enum, never a
/// string. A key the engine does not know is a problem `check` names; it is never written.
#[derive(Debug, Clone, PartialEq)]
pub struct EngineKey<T> {
    pub key: String,
    pub value: Option<T>,
}

impl<T: EngineEnum> From<String> for EngineKey<T> {
    fn from(key: String) -> Self {
        let value = T::from_key(&key);
        EngineKey { key, value }
    }
}

impl<'de, T: EngineEnum> Deserialize<'de> for EngineKey<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

impl<T: EngineEnum> Emit for EngineKey<T> {
    fn emit(&self, out: &mut String) {
        if let Some(value) = self.value {
            let _ = write!(out, "{}::{value:?}", T::NAME);
        }
    }
}

enumeration!(
    /// Whether AWS staff were reportedly told to use a phrase or to avoid it.
    PhraseKindKey => "PhraseKind" { "allowed" => "Allowed", "avoided" => "Avoided" }
);

enumeration!(
    /// How well an event's sources agree.
    ConfidenceKey => "Confidence" {
        "confirmed" => "Confirmed",
        "single-source" => "SingleSource",
        "conflicting" => "Conflicting",
    }
);

schema!(Content {
    meta: Meta,
    parts: Vec<PartText>,
    headlines: BTreeMap<String, String>,
    verdict_reasons: BTreeMap<String, ReasonText>,
    presets: Vec<Preset>,
    ui: Named<String>,
    plurals: Named<PluralText>,
    answers: BTreeMap<String, String>;
    // The words of the page around the app, which only the build shows: in `PAGE`.
    page: Named<String>,
    dates: Dates,
    // The glossary, which the page lists and explains in place: in `PAGE`, with only its words
    // (for the buttons that open an explanation) in `WORDS`.
    terms: Vec<Term>,
    // The phrase checker's phrases: the page lists them (`PAGE`), the app finds their forms
    // (`MATCHER`).
    phrases: Vec<Phrase>,
    // The sources, which the page lists and the arguments and phrases cite: in `RECORD`.
    sources: Vec<Source>,
    // Only the build-time page shows the timeline and the arguments (the app marks where each
    // stands), so they are statics of their own that the shipped WebAssembly never references
    // (and the linker leaves out): `EVENTS` and `RECORD`.
    events: Vec<Event>,
    standings: BTreeMap<String, String>,
    reasons: BTreeMap<String, ReasonText>,
    sides: Vec<SideText>,
    attributions: Vec<Attribution>,
    arguments: Vec<Argument>,
    map: BTreeMap<String, String>,
    // The corrections log, which the page lists (`PAGE`).
    corrections: Vec<Correction>,
});

schema!(
    /// An entry of the corrections log: when the content changed, what changed and why.
    Correction {
    date: String,
    change: String,
    why: String,
});

schema!(ReasonText {
    text: String,
    inferred: bool,
});

schema!(Attribution {
    id: String,
    text: String,
    on_record: bool,
});

schema!(Event {
    date: String,
    title: String,
    text: String,
    quote: Option<String>,
    quote_translation: Option<String>,
    attribution: Option<String>,
    sources: Vec<String>,
    confidence: ConfidenceKey,
    note: String,
    sets_terms: Option<String>,
});

schema!(
    /// A text with a number in it, in each plural form the language has: `one` where its
    /// plural rule (languages.toml) says the number takes the singular, `other` elsewhere.
    PluralText {
    one: String,
    other: String,
});

schema!(
    /// How the page writes a date: `format` with the slots {day}, {month} and {year}, and the
    /// months' names from January.
    Dates {
    format: String,
    first_day: String,
    months: Vec<String>,
});

schema!(Term {
    id: String,
    word: String,
    text: String,
});

schema!(Phrase {
    id: String,
    kind: PhraseKindKey,
    label: String,
    forms: Vec<String>,
    sources: Vec<String>,
    note: String,
});

/// The timeline's dates the spec requires (spec §10).
pub const REQUIRED_EVENT_DATES: [&str; 6] = [
    "2025-10-28",
    "2026-02-27",
    "2026-03-18",
    "2026-04-27",
    "2026-04-28",
    "2026-06-01",
];

/// The glossary's terms the spec requires (spec §10).
pub const REQUIRED_TERMS: [&str; 9] = [
    "stateless",
    "stateful",
    "api",
    "sre",
    "bedrock",
    "azure",
    "frontier",
    "red-line",
    "exclusivity",
];

/// Whether `date` is a real calendar date written YYYY-MM-DD.
pub fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

schema!(Meta {
    inferred_label: String,
    contested_label: String,
    current_system: String,
    part_value: String,
    list_separator: String,
    announcement: String,
    announcement_hidden: String;
    // The page's own texts, which only the build-time page shows: written as `PAGE`, and the
    // note above the arguments, written into `RECORD`.
    positions_note: String,
    title: String,
    tagline: String,
    current_to: String,
    version: String,
    about: String,
    contract_note: String,
    legal_note: String,
    mixup_note: String,
});

schema!(PartText {
    id: String,
    label: String,
    in_text: String,
    help: String,
    values: Vec<ValueText>,
});

schema!(ValueText {
    id: String,
    label: String,
    help: String,
    dates: Option<String>,
    kicker: Option<String>,
});

schema!(SideText {
    id: String,
    title: String,
    intro: String,
});

schema!(Argument {
    id: String,
    side: EngineKey<Side>,
    title: String,
    summary: String,
    quotes: Vec<Quote>,
});

schema!(Quote {
    text: String,
    translation: Option<String>,
    source: String,
    attribution: String,
});

schema!(Source {
    id: String,
    publisher: String,
    title: Option<String>,
    title_translation: Option<String>,
    about: String,
    date: String,
    url: Option<String>,
    file: String,
    note: Option<String>,
});

schema!(Preset {
    id: String,
    title: String,
    memory: EngineKey<crate::engine::Memory>,
    tools: EngineKey<crate::engine::Tools>,
    model: EngineKey<crate::engine::Model>,
});

/// Parses and checks the content file; on failure returns every problem found, each naming
/// the entry and what is wrong with it.
pub fn load(text: &str) -> Result<Content, Vec<String>> {
    let content: Content = toml::from_str(text).map_err(|error| {
        vec![format!(
            "the content file is not valid: {}",
            error.to_string().trim()
        )]
    })?;
    let problems = check(&content);
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}

/// Writes the content as Rust: `pub static CONTENT: Content = …;` and `pub static EVENTS`.
pub fn to_rust(content: &Content) -> String {
    let mut out = String::new();
    emit_enum(&mut out, "The app's own words ([ui]).", "Text", &content.ui);
    emit_enum(
        &mut out,
        "The app's texts with a number ([plurals]).",
        "Plural",
        &content.plurals,
    );
    emit_enum(
        &mut out,
        "The words of the page around the app ([page]).",
        "PageText",
        &content.page,
    );
    out.push_str("/// The content, from the content file.\npub static CONTENT: Content = ");
    content.emit(&mut out);
    out.push_str(
        ";\n/// The timeline's events, from the content file.\npub static EVENTS: &[Event] = ",
    );
    content.events.emit(&mut out);
    let meta = &content.meta;
    emit_static(
        &mut out,
        "The page's own texts, from the content file's [meta].\npub static PAGE: Page = Page",
        &[
            ("title", &meta.title),
            ("tagline", &meta.tagline),
            ("current_to", &meta.current_to),
            ("about", &meta.about),
            ("contract_note", &meta.contract_note),
            ("legal_note", &meta.legal_note),
            ("mixup_note", &meta.mixup_note),
            ("texts", &content.page),
            ("dates", &content.dates),
            ("terms", &content.terms),
            ("phrases", &content.phrases),
            ("corrections", &content.corrections),
        ],
    );
    let date_words = crate::text::DateWords {
        format: &content.dates.format,
        first_day: &content.dates.first_day,
        months: &content.dates.months,
    };
    let written = crate::text::written_date(&date_words, &meta.version);
    emit_static(
        &mut out,
        "The content's version: its date, and that date in the language's words.\npub static VERSION: Version = Version",
        &[("date", &meta.version), ("written", &written)],
    );
    emit_static(
        &mut out,
        "The arguments and who made them, from the content file.\npub static RECORD: Record = Record",
        &[
            ("positions_note", &meta.positions_note),
            ("standings", &content.standings),
            ("reasons", &content.reasons),
            ("sides", &content.sides),
            ("attributions", &content.attributions),
            ("arguments", &content.arguments),
            ("sources", &content.sources),
        ],
    );
    let words: BTreeMap<String, String> = content
        .terms
        .iter()
        .map(|term| (term.id.clone(), term.word.clone()))
        .collect();
    out.push_str(";\n/// The glossary's words, by id, for the buttons that explain them in place.\npub static WORDS: &[(&str, &str)] = ");
    words.emit(&mut out);
    out.push_str(";\n/// The phrase checker's phrases as the app finds them: each one's forms and kind.\npub static MATCHER: &[PhraseForms] = &[");
    for phrase in &content.phrases {
        out.push_str("PhraseForms { id: ");
        phrase.id.emit(&mut out);
        out.push_str(", kind: ");
        phrase.kind.emit(&mut out);
        out.push_str(", forms: ");
        phrase.forms.emit(&mut out);
        out.push_str(" }, ");
    }
    out.push(']');
    out.push_str(";\n/// The map of every system's words, from the content file.\npub static MAP: &[(&str, &str)] = ");
    content.map.emit(&mut out);
    out.push_str(";\n");
    out
}

/// Ends the previous static and writes one more, a struct of the given fields: `head` is its doc
/// line and declaration up to the opening brace.
fn emit_static(out: &mut String, head: &str, fields: &[(&str, &dyn Emit)]) {
    out.push_str(";\n/// ");
    out.push_str(head);
    out.push_str(" { ");
    for (field, value) in fields {
        out.push_str(field);
        out.push_str(": ");
        value.emit(out);
        out.push_str(", ");
    }
    out.push('}');
}

/// Every problem with a parsed content file that its schema cannot express: missing or extra
/// ids, dangling references, empty texts and invalid presets.
pub fn check(content: &Content) -> Vec<String> {
    let mut problems = Vec::new();
    let p = &mut problems;
    check_keyed_texts(content, p);
    check_parts(content, p);
    check_patterns(content, p);
    let attribution_ids = check_attributions(content, p);
    check_sides(content, p);
    let source_ids = check_sources(content, p);
    check_arguments(content, &source_ids, &attribution_ids, p);
    check_events(content, &attribution_ids, p);
    check_terms(content, p);
    check_phrases(content, &source_ids, p);
    check_presets(content, p);
    check_named_texts(content, p);
    check_version(content, p);
    problems
}

/// The version: a real date, no earlier than the newest correction; the corrections: real
/// dates, newest first, each saying what changed and why.
fn check_version(content: &Content, problems: &mut Vec<String>) {
    let version = &content.meta.version;
    if !valid_date(version) {
        problems.push(format!(
            "[meta] version `{version}` is not a real YYYY-MM-DD date"
        ));
    }
    let mut newer = version.clone();
    for correction in &content.corrections {
        let name = format!("correction of {}", correction.date);
        if !valid_date(&correction.date) {
            problems.push(format!("{name}: the date is not a real YYYY-MM-DD date"));
        }
        if correction.date > newer {
            problems.push(format!(
                "{name}: corrections are newest first, none after the version ({version})"
            ));
        }
        newer = correction.date.clone();
        if correction.change.trim().is_empty() || correction.why.trim().is_empty() {
            problems.push(format!("{name}: say what changed and why"));
        }
    }
}

/// The slots of the texts that have any, as the code fills them; every other named text has
/// none.
const SLOTS: &[(&str, &[&str])] = &[
    ("ui.term-question", &["word"]),
    ("ui.ignored-invalid", &["param", "value", "expected"]),
    ("ui.ignored-empty", &["param", "expected"]),
    ("ui.ignored-repeated", &["param", "value"]),
    ("ui.expected-part", &["values", "default"]),
    ("ui.expected-theme", &["values"]),
    ("ui.expected-preset", &["values"]),
    ("page.route-direct", &["cloud"]),
    ("ui.quiz-wrong", &["answer"]),
    ("ui.tally-device", &["right", "wrong"]),
    ("ui.tally-visit", &["right", "wrong"]),
    ("ui.handout-view", &["parts"]),
    ("ui.phrases-capped", &["shown", "total"]),
    ("page.phrase-explained", &["phrase", "kind"]),
    ("page.phrase-sources", &["sources"]),
    ("ui.crash-again", &["reload"]),
    ("plurals.phrases-found", &["count", "allowed", "avoided"]),
    ("page.current-to", &["date"]),
    ("page.last-updated", &["date"]),
    ("ui.embed-pinned", &["date"]),
    ("page.view-title", &["view", "name"]),
    ("page.view-description", &["kicker", "verdict"]),
    ("page.card-alt", &["view", "kicker", "verdict"]),
    ("page.embed-footer", &["title", "date"]),
    ("page.status", &["standing", "parts", "reason"]),
    ("page.quote-translation", &["translation"]),
    ("page.title-translation", &["translation"]),
    ("page.all-heading-print", &["terms", "dates"]),
    ("page.event-sources", &["sources"]),
    ("page.switch-terms", &["terms"]),
    ("dates.format", &["day", "month", "year"]),
];

/// The names of a text's `{slots}`, each once, sorted (an original quotation, `{en:…}`, is not
/// a slot).
pub fn slots(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = crate::text::pieces(text)
        .into_iter()
        .filter_map(|piece| match piece {
            crate::text::Piece::Slot(name) => Some(name),
            _ => None,
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// The named texts (`[ui]`, `[plurals]`, `[page]`, `[answers]`, `[dates]`): keys in kebab
/// case, none empty, each with exactly the slots the code fills in.
fn check_named_texts(content: &Content, problems: &mut Vec<String>) {
    let mut texts: Vec<(String, &str)> = Vec::new();
    for (table, named) in [("ui", &content.ui), ("page", &content.page)] {
        for (key, text) in &named.0 {
            texts.push((format!("{table}.{key}"), text));
        }
    }
    for (key, forms) in &content.plurals.0 {
        texts.push((format!("plurals.{key}"), &forms.one));
        texts.push((format!("plurals.{key}"), &forms.other));
    }
    texts.push(("dates.format".to_owned(), &content.dates.format));
    for (name, text) in &texts {
        let key = name.split_once('.').map_or("", |(_, key)| key);
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problems.push(format!("`{name}`: a key is lower-case words joined by `-`"));
        }
        if text.trim().is_empty() {
            problems.push(format!("`{name}` is empty"));
        }
        let mut expected: Vec<&str> = SLOTS
            .iter()
            .find(|(slotted, _)| slotted == name)
            .map(|(_, slots)| slots.to_vec())
            .unwrap_or_default();
        expected.sort_unstable();
        let found = slots(text);
        if found != expected {
            problems.push(format!(
                "`{name}` has the slots {found:?}; it must have {expected:?}"
            ));
        }
    }
    let verdicts: Vec<&str> = VerdictKey::ALL.iter().map(|k| k.key()).collect();
    let answers: Vec<&str> = content.answers.keys().map(String::as_str).collect();
    let mut sorted = verdicts.clone();
    sorted.sort_unstable();
    if answers != sorted {
        problems.push(format!(
            "[answers] are {answers:?}; they must be {verdicts:?}"
        ));
    }
    if content.answers.values().any(|a| a.trim().is_empty()) {
        problems.push("[answers] has an empty answer".to_owned());
    }
    if content.dates.months.len() != 12 || content.dates.months.iter().any(|m| m.trim().is_empty())
    {
        problems.push("[dates] months must name the twelve months, from January".to_owned());
    }
}

/// The tables keyed by the engine's ids (headlines, reasons, standings, the map): exactly the
/// engine's keys, none empty; and a verdict's reason marked inferred exactly where the engine
/// says so.
fn check_keyed_texts(content: &Content, problems: &mut Vec<String>) {
    let mut require_keys = |table: &str, map: BTreeMap<&str, &str>, keys: Vec<&str>| {
        for key in &keys {
            match map.get(*key) {
                None => problems.push(format!("[{table}] is missing `{key}`")),
                Some(text) if text.trim().is_empty() => {
                    problems.push(format!("[{table}] `{key}` is empty"))
                }
                Some(_) => {}
            }
        }
        for key in map.keys() {
            if !keys.contains(key) {
                problems.push(format!(
                    "[{table}] has `{key}`, which the engine never uses"
                ));
            }
        }
    };
    fn texts<T>(map: &BTreeMap<String, T>, text: fn(&T) -> &str) -> BTreeMap<&str, &str> {
        map.iter().map(|(k, v)| (k.as_str(), text(v))).collect()
    }
    let mut headline_keys: Vec<&str> = VerdictKey::ALL.iter().map(|k| k.key()).collect();
    headline_keys.push("microsoft-inferred");
    require_keys("headlines", texts(&content.headlines, |t| t), headline_keys);
    require_keys(
        "verdict_reasons",
        texts(&content.verdict_reasons, |r| &r.text),
        VerdictReason::ALL.iter().map(|r| r.key()).collect(),
    );
    require_keys(
        "standings",
        texts(&content.standings, |t| t),
        Standing::ALL.iter().map(|s| s.key()).collect(),
    );
    require_keys(
        "reasons",
        texts(&content.reasons, |r| &r.text),
        Reason::ALL.iter().map(|r| r.key()).collect(),
    );
    // The map names every verdict, and says which cells are the explainer's reading.
    let mut map_keys: Vec<&str> = VerdictKey::ALL.iter().map(|k| k.key()).collect();
    map_keys.extend(["heading", "intro", "inferred"]);
    require_keys("map", texts(&content.map, |t| t), map_keys);
    // The content marks a verdict's reason as the explainer's reading exactly where the engine
    // says no report discusses the case, so the page labels every such verdict.
    for c in Configuration::all() {
        let v = verdict(&c);
        if let Some(reason) = content.verdict_reasons.get(v.reason.key()) {
            if reason.inferred != v.inferred {
                problems.push(format!(
                    "[verdict_reasons] `{}`: inferred = {}, but the engine says {} (no report discusses the case: {})",
                    v.reason.key(),
                    reason.inferred,
                    v.inferred,
                    if v.inferred { "yes" } else { "no" }
                ));
            }
        }
    }
}

/// Parts: exactly the engine's parts and values, in the engine's order.
fn check_parts(content: &Content, problems: &mut Vec<String>) {
    let part_ids: Vec<&str> = content.parts.iter().map(|p| p.id.as_str()).collect();
    let engine_parts: Vec<&str> = Part::ALL.iter().map(|p| p.key()).collect();
    if part_ids != engine_parts {
        problems.push(format!(
            "[[parts]] are {part_ids:?}; they must be {engine_parts:?}"
        ));
    }
    for part in &content.parts {
        if let Some(engine_part) = Part::ALL.iter().find(|p| p.key() == part.id) {
            let values: Vec<&str> = part.values.iter().map(|v| v.id.as_str()).collect();
            if values != engine_part.values() {
                problems.push(format!(
                    "part `{}`: values are {values:?}; they must be {:?}",
                    part.id,
                    engine_part.values()
                ));
            }
        }
    }
    if let Some(terms) = content.parts.iter().find(|p| p.id == "terms") {
        for value in &terms.values {
            for (field, present) in [("dates", &value.dates), ("kicker", &value.kicker)] {
                if present.as_deref().is_none_or(|t| t.trim().is_empty()) {
                    problems.push(format!(
                        "part `terms`, value `{}`: `{field}` is missing",
                        value.id
                    ));
                }
            }
        }
    }
}

/// The sentence patterns of `[meta]`: each holds exactly the slots the view fills in.
fn check_patterns(content: &Content, problems: &mut Vec<String>) {
    let meta = &content.meta;
    for (field, pattern, slots) in [
        ("current_system", &meta.current_system, &["{parts}"][..]),
        ("part_value", &meta.part_value, &["{part}", "{value}"][..]),
        (
            "announcement",
            &meta.announcement,
            &["{change}", "{kicker}", "{verdict}"][..],
        ),
        (
            "announcement_hidden",
            &meta.announcement_hidden,
            &["{change}"][..],
        ),
    ] {
        for slot in slots {
            if pattern.matches(slot).count() != 1 {
                problems.push(format!("[meta] `{field}` must hold {slot} once"));
            }
        }
        let braces = pattern.matches('{').count();
        if braces != slots.len() {
            problems.push(format!(
                "[meta] `{field}` has a slot other than {}",
                slots.join(" and ")
            ));
        }
    }
}

/// Attributions: unique ids and a text for each. Returns their ids.
fn check_attributions<'a>(content: &'a Content, problems: &mut Vec<String>) -> HashSet<&'a str> {
    let mut attribution_ids = HashSet::new();
    for attribution in &content.attributions {
        if !attribution_ids.insert(attribution.id.as_str()) {
            problems.push(format!("attribution `{}` is listed twice", attribution.id));
        }
        if attribution.text.trim().is_empty() {
            problems.push(format!("attribution `{}` has no text", attribution.id));
        }
    }
    attribution_ids
}

/// Sides: exactly the engine's, in its order.
fn check_sides(content: &Content, problems: &mut Vec<String>) {
    let side_ids: Vec<&str> = content.sides.iter().map(|s| s.id.as_str()).collect();
    let engine_sides: Vec<&str> = Side::ALL.iter().map(|s| s.key()).collect();
    if side_ids != engine_sides {
        problems.push(format!(
            "[[sides]] are {side_ids:?}; they must be {engine_sides:?}"
        ));
    }
}

/// Sources: unique ids, a file to check quotations against, a link only if it is one.
/// Returns their ids.
fn check_sources<'a>(content: &'a Content, problems: &mut Vec<String>) -> HashSet<&'a str> {
    let mut source_ids = HashSet::new();
    for source in &content.sources {
        if !source_ids.insert(source.id.as_str()) {
            problems.push(format!("source `{}` is listed twice", source.id));
        }
        if !(source.file.starts_with("seeds/") || source.file == "facts/timeline.md") {
            problems.push(format!(
                "source `{}`: file `{}` is neither a seed nor facts/timeline.md",
                source.id, source.file
            ));
        }
        if source.file.starts_with("seeds/000_") {
            problems.push(format!(
                "source `{}`: seed 000 mixes the two words up and is never quoted",
                source.id
            ));
        }
        if let Some(url) = &source.url {
            if !url.starts_with("https://") {
                problems.push(format!(
                    "source `{}`: url `{url}` is not an https link",
                    source.id
                ));
            }
        }
    }
    source_ids
}

/// Arguments: exactly the engine's, each on the engine's side, each with a quotation that
/// names a listed source and attribution.
fn check_arguments(
    content: &Content,
    source_ids: &HashSet<&str>,
    attribution_ids: &HashSet<&str>,
    problems: &mut Vec<String>,
) {
    let mut seen = HashSet::new();
    for argument in &content.arguments {
        if !seen.insert(argument.id.as_str()) {
            problems.push(format!("argument `{}` is listed twice", argument.id));
        }
        match ArgumentId::ALL.iter().find(|a| a.key() == argument.id) {
            None => problems.push(format!(
                "argument `{}` is not one the engine knows; add a rule for it first",
                argument.id
            )),
            Some(id) if Some(id.side()) != argument.side.value => problems.push(format!(
                "argument `{}`: side is `{}`, the engine says `{}`",
                argument.id,
                argument.side.key,
                id.side().key()
            )),
            Some(_) => {}
        }
        if argument.quotes.is_empty() {
            problems.push(format!("argument `{}` has no quotation", argument.id));
        }
        for (n, quote) in argument.quotes.iter().enumerate() {
            if !source_ids.contains(quote.source.as_str()) {
                problems.push(format!(
                    "argument `{}`, quotation {}: source `{}` is not in [[sources]]",
                    argument.id,
                    n + 1,
                    quote.source
                ));
            }
            if !attribution_ids.contains(quote.attribution.as_str()) {
                problems.push(format!(
                    "argument `{}`, quotation {}: attribution `{}` is not in [[attributions]]",
                    argument.id,
                    n + 1,
                    quote.attribution
                ));
            }
            if quote.text.trim().is_empty() {
                problems.push(format!(
                    "argument `{}`, quotation {}: empty",
                    argument.id,
                    n + 1
                ));
            }
        }
    }
    for id in ArgumentId::ALL {
        if !seen.contains(id.key()) {
            problems.push(format!("argument `{}` is missing", id.key()));
        }
    }
}

/// Events: real dates in order, named sources, a known confidence, known terms.
fn check_events(content: &Content, attribution_ids: &HashSet<&str>, problems: &mut Vec<String>) {
    let mut last = String::new();
    for event in &content.events {
        let name = format!("event {} ({})", event.date, event.title);
        if !valid_date(&event.date) {
            problems.push(format!("{name}: the date is not a real YYYY-MM-DD date"));
        }
        if event.date < last {
            problems.push(format!("{name}: events must be in date order"));
        }
        last = event.date.clone();
        if event.sources.is_empty() || event.sources.iter().any(|s| s.trim().is_empty()) {
            problems.push(format!("{name}: every event names its sources"));
        }
        if !event.confidence.is_known() {
            problems.push(format!(
                "{name}: confidence `{}` is not confirmed, single-source or conflicting",
                event.confidence.as_str()
            ));
        }
        match (&event.quote, &event.attribution) {
            (Some(_), None) => problems.push(format!("{name}: the quotation names no attribution")),
            (None, Some(_)) => problems.push(format!("{name}: an attribution without a quotation")),
            (Some(_), Some(a)) if !attribution_ids.contains(a.as_str()) => problems.push(format!(
                "{name}: attribution `{a}` is not in [[attributions]]"
            )),
            _ => {}
        }
        if let Some(terms) = &event.sets_terms {
            if !Part::Terms.values().contains(&terms.as_str()) {
                problems.push(format!(
                    "{name}: sets_terms `{terms}` is not one of {:?}",
                    Part::Terms.values()
                ));
            }
        }
    }
    for date in REQUIRED_EVENT_DATES {
        if !content.events.iter().any(|e| e.date == date) {
            problems.push(format!("the timeline has no event on {date}"));
        }
    }
}

/// Terms: unique, the required ones, each used somewhere in the rest of the content.
fn check_terms(content: &Content, problems: &mut Vec<String>) {
    let mut everything = vec![content.meta.about.clone(), content.meta.tagline.clone()];
    everything.extend(content.parts.iter().flat_map(|p| {
        std::iter::once(p.help.clone()).chain(
            p.values
                .iter()
                .flat_map(|v| [v.help.clone(), v.label.clone()]),
        )
    }));
    everything.extend(content.verdict_reasons.values().map(|r| r.text.clone()));
    everything.extend(content.reasons.values().map(|r| r.text.clone()));
    everything.extend(
        content
            .arguments
            .iter()
            .flat_map(|a| [a.title.clone(), a.summary.clone()]),
    );
    everything.extend(
        content
            .events
            .iter()
            .flat_map(|e| [e.title.clone(), e.text.clone()]),
    );
    everything.extend(content.presets.iter().map(|p| p.title.clone()));
    let everything = everything.join("\n").to_lowercase();
    let mut term_ids = HashSet::new();
    for term in &content.terms {
        if !term_ids.insert(term.id.as_str()) {
            problems.push(format!("term `{}` is listed twice", term.id));
        }
        // A translation may gloss the word ("red line (línea roja)"): either form counts.
        let word = crate::text::plain(&term.word).to_lowercase();
        let (plain, gloss) = match word.split_once(" (") {
            Some((plain, gloss)) => (plain, gloss.trim_end_matches(')')),
            None => (word.as_str(), word.as_str()),
        };
        if !everything.contains(plain) && !everything.contains(gloss) {
            problems.push(format!(
                "term `{}`: the word “{}” is used nowhere else in the content",
                term.id, term.word
            ));
        }
    }
    for id in REQUIRED_TERMS {
        if !term_ids.contains(id) {
            problems.push(format!("the glossary has no term `{id}`"));
        }
    }
}

/// Phrases: a known kind, lower-case forms, listed sources.
fn check_phrases(content: &Content, source_ids: &HashSet<&str>, problems: &mut Vec<String>) {
    for phrase in &content.phrases {
        if !phrase.kind.is_known() {
            problems.push(format!(
                "phrase `{}`: kind `{}` is not allowed or avoided",
                phrase.id,
                phrase.kind.as_str()
            ));
        }
        if phrase.forms.is_empty() {
            problems.push(format!("phrase `{}` has no forms", phrase.id));
        }
        for form in &phrase.forms {
            if form.trim().is_empty() || *form != form.to_lowercase() {
                problems.push(format!(
                    "phrase `{}`: form “{form}” must be non-empty and lower case",
                    phrase.id
                ));
            }
        }
        for source in &phrase.sources {
            if !source_ids.contains(source.as_str()) {
                problems.push(format!(
                    "phrase `{}`: source `{source}` is not in [[sources]]",
                    phrase.id
                ));
            }
        }
        if phrase.sources.is_empty() {
            problems.push(format!("phrase `{}` names no source", phrase.id));
        }
    }
}

/// Presets: unique ids, and values the engine accepts.
fn check_presets(content: &Content, problems: &mut Vec<String>) {
    let mut preset_ids = HashSet::new();
    for preset in &content.presets {
        if !preset_ids.insert(preset.id.as_str()) {
            problems.push(format!("preset `{}` is listed twice", preset.id));
        }
        for (part, value, known) in [
            (
                Part::Memory,
                &preset.memory.key,
                preset.memory.value.is_some(),
            ),
            (Part::Tools, &preset.tools.key, preset.tools.value.is_some()),
            (Part::Model, &preset.model.key, preset.model.value.is_some()),
        ] {
            if !known {
                problems.push(format!(
                    "preset `{}`: {} = `{value}` is not one of {:?}",
                    preset.id,
                    part.key(),
                    part.values()
                ));
            }
        }
    }
}

/// languages.toml: the languages the explainer is built in, English first.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    /// The pseudo-locales `cargo xtask test` builds to test the layout, never shipped.
    #[serde(default)]
    pub pseudo: Vec<String>,
    pub languages: Vec<LanguageEntry>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct LanguageEntry {
    pub code: String,
    pub name: String,
    pub dir: String,
    pub plural: String,
    /// The language this one is translated from: its file is checked against that one's, key
    /// by key. None for the first (English, the source).
    #[serde(default)]
    pub fallback: Option<String>,
}

impl Emit for LanguageEntry {
    fn emit(&self, out: &mut String) {
        let dir = if self.dir == "rtl" { "Rtl" } else { "Ltr" };
        let plural = if self.plural == "zero-one" {
            "ZeroOne"
        } else {
            "One"
        };
        out.push_str("Language { code: ");
        self.code.emit(out);
        out.push_str(", name: ");
        self.name.emit(out);
        let _ = write!(out, ", dir: Dir::{dir}, plural: PluralRule::{plural} }}");
    }
}

/// Parses and checks languages.toml: codes of two or three lower-case letters (or a pseudo
/// locale's `xx-…`), each once, English first, a known direction and plural rule.
pub fn load_languages(text: &str) -> Result<Vec<LanguageEntry>, Vec<String>> {
    let file: Languages = toml::from_str(text).map_err(|error| {
        vec![format!(
            "languages.toml is not valid: {}",
            error.to_string().trim()
        )]
    })?;
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for (i, language) in file.languages.iter().enumerate() {
        let code = &language.code;
        let letters = code.split('-').next().unwrap_or_default();
        if !(2..=3).contains(&letters.len())
            || !code.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        {
            problems.push(format!(
                "language `{code}`: a code is two or three lower-case letters"
            ));
        }
        if !seen.insert(code.as_str()) {
            problems.push(format!("language `{code}` is listed twice"));
        }
        if i == 0 && code != "en" {
            problems.push(format!(
                "the first language must be `en`, the source, not `{code}`"
            ));
        }
        match (i, &language.fallback) {
            (0, Some(_)) => problems.push(format!("`{code}` is the source: it has no fallback")),
            (0, None) => {}
            (_, None) => problems.push(format!(
                "language `{code}` needs a fallback: the language it is translated from"
            )),
            (_, Some(from)) if !file.languages[..i].iter().any(|l| &l.code == from) => problems
                .push(format!(
                    "language `{code}`: its fallback `{from}` is not a language listed before it"
                )),
            _ => {}
        }
        if language.name.trim().is_empty() {
            problems.push(format!("language `{code}` has no name"));
        }
        if !["ltr", "rtl"].contains(&language.dir.as_str()) {
            problems.push(format!(
                "language `{code}`: dir is `{}`; it must be ltr or rtl",
                language.dir
            ));
        }
        if !["one", "zero-one"].contains(&language.plural.as_str()) {
            problems.push(format!(
                "language `{code}`: plural is `{}`; it must be one or zero-one",
                language.plural
            ));
        }
    }
    for code in &file.pseudo {
        if pseudo_language(code).is_none() {
            problems.push(format!("pseudo-locale `{code}` is not one of en-xa, ar-xb"));
        }
    }
    if file.languages.is_empty() {
        problems.push("languages.toml lists no language".to_owned());
    }
    if problems.is_empty() {
        Ok(file.languages)
    } else {
        Err(problems)
    }
}

/// Where a language's content file is, from the repository's root.
pub fn content_path(code: &str) -> String {
    format!("src/content/{code}.toml")
}

/// The fields that are not words, by their place in the file (array indices left out): ids,
/// references, data, and the quotations, which every language shows in the original. A
/// translation keeps them as the English has them.
const FIXED: &[&str] = &[
    "parts.id",
    "parts.values.id",
    "sides.id",
    "attributions.id",
    "arguments.id",
    "arguments.side",
    "arguments.quotes.text",
    "arguments.quotes.source",
    "arguments.quotes.attribution",
    "sources.id",
    "sources.title",
    "sources.url",
    "sources.file",
    "presets.id",
    "presets.memory",
    "presets.tools",
    "presets.model",
    "meta.version",
    "corrections.date",
    "events.date",
    "events.quote",
    "events.attribution",
    "events.confidence",
    "events.sets_terms",
    "terms.id",
    "phrases.id",
    "phrases.kind",
    "phrases.label",
    "phrases.forms",
    "phrases.sources",
];

/// The keys a translation adds beside a quotation: the explainer's translation of it, where
/// the English (at the same place) has the original.
const TRANSLATIONS: &[(&str, &str)] = &[
    ("arguments.quotes.translation", "text"),
    ("events.quote_translation", "quote"),
    ("sources.title_translation", "title"),
];

/// Checks a translation against the English file, key by key, and names every problem: a key
/// or table the English has and the translation lacks, one it adds, a value of another type or
/// arrays of other lengths, a field that is not words and differs from the English, an empty
/// text, and a text whose `{slots}` differ from the English's. Quotations stay in the original,
/// each followed by the explainer's translation of it.
pub fn check_translation(english: &str, translation: &str) -> Vec<String> {
    let parse = |text: &str, which: &str| {
        toml::from_str::<toml::Value>(text).map_err(|error| {
            format!(
                "the {which} file is not valid: {}",
                error.to_string().trim()
            )
        })
    };
    let (english, translation) = match (parse(english, "English"), parse(translation, "translated"))
    {
        (Ok(e), Ok(t)) => (e, t),
        (Err(problem), _) | (_, Err(problem)) => return vec![problem],
    };
    let mut problems = Vec::new();
    compare(&english, &translation, "", "", &mut problems);
    check_originals(&english, &translation, &mut problems);
    problems
}

/// An original quotation inside translated words (`{en:…}`) is English the English file holds
/// word for word, so a translator cannot mark as the original what it does not say; the English
/// file itself has none, since all of it is the original.
fn check_originals(english: &toml::Value, translation: &toml::Value, problems: &mut Vec<String>) {
    let mut originals = Vec::new();
    texts(english, "", &mut |path, text| {
        if originals_in(text).next().is_some() {
            problems.push(format!(
                "`{path}` in the English file marks an original quotation: all of English is the original"
            ));
        }
    });
    texts(english, "", &mut |_, text| {
        originals.push(crate::text::plain(text))
    });
    texts(translation, "", &mut |path, text| {
        for original in originals_in(text) {
            if !originals.iter().any(|english| english.contains(original)) {
                problems.push(format!(
                    "`{path}` marks “{original}” as the original English, but the English file never says it"
                ));
            }
        }
    });
}

fn originals_in(text: &str) -> impl Iterator<Item = &str> {
    crate::text::pieces(text)
        .into_iter()
        .filter_map(|piece| match piece {
            crate::text::Piece::Original(words) => Some(words),
            _ => None,
        })
}

/// Calls `each` with every text of a content file and where it is (`arguments[2].title`).
fn texts(value: &toml::Value, path: &str, each: &mut dyn FnMut(&str, &str)) {
    match value {
        toml::Value::String(text) => each(path, text),
        toml::Value::Array(values) => {
            for (i, value) in values.iter().enumerate() {
                texts(value, &format!("{path}[{i}]"), each);
            }
        }
        toml::Value::Table(table) => {
            for (key, value) in table {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                texts(value, &path, each);
            }
        }
        _ => {}
    }
}

/// `path` names the value for a reader (`arguments[2].quotes[0].text`); `place` is the same
/// without indices (`arguments.quotes.text`), as FIXED and TRANSLATIONS spell it.
fn compare(
    english: &toml::Value,
    translation: &toml::Value,
    path: &str,
    place: &str,
    problems: &mut Vec<String>,
) {
    use toml::Value;
    let join = |base: &str, key: &str| {
        if base.is_empty() {
            key.to_owned()
        } else {
            format!("{base}.{key}")
        }
    };
    match (english, translation) {
        (Value::Table(e), Value::Table(t)) => {
            for (key, value) in e {
                match t.get(key) {
                    Some(other) => {
                        compare(value, other, &join(path, key), &join(place, key), problems)
                    }
                    None => problems.push(format!("`{}` is missing", join(path, key))),
                }
            }
            for (key, value) in t {
                if e.contains_key(key) {
                    continue;
                }
                let here = join(place, key);
                match TRANSLATIONS.iter().find(|(name, _)| *name == here) {
                    Some((_, original)) if e.contains_key(*original) => match value.as_str() {
                        Some(text) if !text.trim().is_empty() => {}
                        _ => problems.push(format!("`{}` must be a text", join(path, key))),
                    },
                    Some((_, original)) => problems.push(format!(
                        "`{}` translates a quotation, but there is no `{original}` here",
                        join(path, key)
                    )),
                    None => {
                        problems.push(format!("`{}` is not in the English file", join(path, key)))
                    }
                }
            }
            // Each quotation carries its translation.
            for (name, original) in TRANSLATIONS {
                let (table, key) = name.rsplit_once('.').unwrap_or(("", name));
                if table == place && e.contains_key(*original) && !t.contains_key(key) {
                    problems.push(format!(
                        "`{}` needs the explainer's translation of `{original}`",
                        join(path, key)
                    ));
                }
            }
        }
        (Value::Array(e), Value::Array(t)) => {
            if e.len() != t.len() {
                problems.push(format!(
                    "`{path}` has {} entries; the English has {}",
                    t.len(),
                    e.len()
                ));
            }
            for (i, (value, other)) in e.iter().zip(t).enumerate() {
                compare(value, other, &format!("{path}[{i}]"), place, problems);
            }
        }
        (Value::String(e), Value::String(t)) => {
            if FIXED.contains(&place) {
                if e != t {
                    problems.push(format!(
                        "`{path}` must stay as in English (“{e}”): it is not words to translate"
                    ));
                }
            } else if t.trim().is_empty() {
                problems.push(format!("`{path}` is empty"));
            } else if slots(e) != slots(t) {
                problems.push(format!(
                    "`{path}` has the slots {:?}; the English has {:?}",
                    slots(t),
                    slots(e)
                ));
            }
        }
        (e, t) if e.type_str() != t.type_str() => problems.push(format!(
            "`{path}` is a {}; the English has a {}",
            t.type_str(),
            e.type_str()
        )),
        (e, t) => {
            if e != t {
                problems.push(format!("`{path}` must stay as in English ({e})"));
            }
        }
    }
}

/// A pseudo-locale (languages.toml's `pseudo`), built and tested but never shipped: `en-xa`
/// proves that the layout holds words about 40 % longer than English, with accented letters,
/// and `ar-xb` that it mirrors for a language written right to left. Both are made from the
/// English file. As a language: its code as `<html lang>` writes it, and its direction.
pub fn pseudo_language(code: &str) -> Option<LanguageEntry> {
    let (lang, dir) = match code {
        "en-xa" => ("en-XA", "ltr"),
        "ar-xb" => ("ar-XB", "rtl"),
        _ => return None,
    };
    Some(LanguageEntry {
        code: lang.to_owned(),
        name: lang.to_owned(),
        dir: dir.to_owned(),
        plural: "one".to_owned(),
        fallback: Some("en".to_owned()),
    })
}

/// A pseudo-locale's content file, made from the English one. In both, the English quotations
/// inside sentences (between “ and ”) are marked as the original, `{en:…}`, as a translation
/// marks them; then for `en-xa` every other text that is words (not the fields that stay as in
/// English, nor a `{slot}`) has its letters accented and each word lengthened by 40 %, and
/// `ar-xb` keeps the English words, to be shown right to left around the marked originals.
pub fn pseudo_content(english: &str, code: &str) -> Result<String, String> {
    let mut value: toml::Value = toml::from_str(english).map_err(|e| e.to_string())?;
    each_text(&mut value, "", &mut |text| *text = marked_originals(text));
    // A glossary word that is such a quotation ("red line") is marked too, as the translations
    // mark it, so that it stays the word the marked sentences use.
    let terms = value.get_mut("terms").and_then(toml::Value::as_array_mut);
    for word in terms
        .into_iter()
        .flatten()
        .filter_map(|term| term.get_mut("word"))
    {
        if let toml::Value::String(text) = word {
            if english.contains(&format!("“{text}”")) {
                *text = format!("{{en:{text}}}");
            }
        }
    }
    if code == "en-xa" {
        each_text(&mut value, "", &mut |text| *text = long_text(text));
    }
    toml::to_string(&value).map_err(|e| e.to_string())
}

/// A text with each run between “ and ” that holds no slot marked as an original quotation.
pub fn marked_originals(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('“') {
        let after = &rest[open + '“'.len_utf8()..];
        let Some(close) = after.find('”') else {
            break;
        };
        let quoted = &after[..close];
        out.push_str(&rest[..open + '“'.len_utf8()]);
        if quoted.contains(['{', '}']) {
            out.push_str(quoted);
        } else {
            out.push_str("{en:");
            out.push_str(quoted);
            out.push('}');
        }
        out.push('”');
        rest = &after[close + '”'.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// Calls `change` on every text of a content file that is words: not a field that stays as in
/// English (`FIXED`).
fn each_text(value: &mut toml::Value, place: &str, change: &mut dyn FnMut(&mut String)) {
    let join = |key: &str| {
        if place.is_empty() {
            key.to_owned()
        } else {
            format!("{place}.{key}")
        }
    };
    match value {
        toml::Value::Table(table) => {
            for (key, value) in table.iter_mut() {
                each_text(value, &join(key), change);
            }
        }
        toml::Value::Array(items) => {
            for item in items {
                each_text(item, place, change);
            }
        }
        toml::Value::String(text) if !FIXED.contains(&place) => change(text),
        _ => {}
    }
}

/// Every run of letters accented and lengthened by 40 % (rounded up) with `·`; slots, digits,
/// spaces and punctuation as they are.
pub fn long_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut run = String::new();
    let mut in_slot = false;
    let flush = |run: &mut String, out: &mut String| {
        if !run.is_empty() {
            let letters = run.chars().count();
            out.extend(run.chars().map(accented));
            out.extend(std::iter::repeat_n('·', (letters * 2).div_ceil(5)));
            run.clear();
        }
    };
    for c in text.chars() {
        match c {
            '{' => {
                flush(&mut run, &mut out);
                in_slot = true;
                out.push(c);
            }
            '}' => {
                in_slot = false;
                out.push(c);
            }
            c if !in_slot && c.is_alphabetic() => run.push(c),
            c => {
                flush(&mut run, &mut out);
                out.push(c);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

fn accented(c: char) -> char {
    const PLAIN: &str = "aceinousyzAEINOUSYZ";
    const ACCENTED: &str = "áçéîñóüşýžÁÉÎÑÓÜŞÝŽ";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(c)
}
