//! The content as static data, written by `build.rs` from the language's content file (see
//! `schema.rs` for the same fields as the file spells them). Maps are sorted slices of (key,
//! text).

use crate::engine::{Memory, Model, Side, Tools};

pub struct Content {
    pub meta: Meta,
    pub parts: &'static [PartText],
    pub headlines: &'static [(&'static str, &'static str)],
    pub verdict_reasons: &'static [(&'static str, ReasonText)],
    pub presets: &'static [Preset],
    /// The app's own words, in the order of the `Text` enum: see `Content::text`.
    pub ui: &'static [&'static str],
    /// In the order of the `Plural` enum: see `Content::plural`.
    pub plurals: &'static [PluralText],
    /// The quiz's short answer for each verdict key.
    pub answers: &'static [(&'static str, &'static str)],
}

/// A text with a number, in the language's plural forms.
pub struct PluralText {
    pub one: &'static str,
    pub other: &'static str,
}

/// How dates are written: a pattern with {day}, {month} and {year}, and the months' names.
pub struct Dates {
    pub format: &'static str,
    /// How the first day of a month is written ("1", or "1er" in French).
    pub first_day: &'static str,
    pub months: &'static [&'static str],
}

pub struct Meta {
    /// The label beside a sentence that is the explainer's own reading.
    pub inferred_label: &'static str,
    /// The neutral badge on a contested verdict.
    pub contested_label: &'static str,
    /// The sentence naming the system shown, with the slot `{parts}`.
    pub current_system: &'static str,
    /// One part and its value, with the slots `{part}` and `{value}`.
    pub part_value: &'static str,
    pub list_separator: &'static str,
    /// What a screen reader hears after a change, with the slots `{change}`, `{kicker}` and
    /// `{verdict}`.
    pub announcement: &'static str,
    /// The same while a quiz hides the answer, with the slot `{change}`.
    pub announcement_hidden: &'static str,
}

/// The page's own texts (`[meta]` and `[page]`), shown only by the page the build renders
/// around the app, so a static of their own that the shipped WebAssembly never references.
pub struct Page {
    pub title: &'static str,
    pub tagline: &'static str,
    pub current_to: &'static str,
    pub about: &'static str,
    pub contract_note: &'static str,
    pub legal_note: &'static str,
    /// A note that one early report swapped the two words.
    pub mixup_note: &'static str,
    /// In the order of the `PageText` enum: see `Page::text`.
    pub texts: &'static [&'static str],
    pub dates: Dates,
    /// The glossary.
    pub terms: &'static [Term],
    /// The phrase checker's phrases, with what each is and where it is reported.
    pub phrases: &'static [Phrase],
    /// The corrections log, newest first.
    pub corrections: &'static [Correction],
}

/// The content's version: the release is also published unchanged under `v/<date>/`, for an
/// article that embeds the explainer as it was when the article was written.
pub struct Version {
    /// YYYY-MM-DD, as in the version's address.
    pub date: &'static str,
    /// The same date in the language's words.
    pub written: &'static str,
}

/// The arguments of both sides and the terms, where each can stand and why, and who made
/// them: shown only by the page the build renders (the app marks where each stands), so a
/// static of its own that the shipped WebAssembly never references.
pub struct Record {
    /// The note above the arguments.
    pub positions_note: &'static str,
    /// The label of each argument standing ("Applies", "May apply", …).
    pub standings: &'static [(&'static str, &'static str)],
    pub reasons: &'static [(&'static str, ReasonText)],
    pub sides: &'static [SideText],
    /// The only forms in which a quotation may name who said it.
    pub attributions: &'static [Attribution],
    pub arguments: &'static [Argument],
    pub sources: &'static [Source],
}

/// A reason in words, marked where it is the explainer's own reading rather than a report.
#[derive(Clone, Copy, PartialEq)]
pub struct ReasonText {
    pub text: &'static str,
    pub inferred: bool,
}

/// Who said a quotation, as precisely as its source allows.
#[derive(PartialEq)]
pub struct Attribution {
    pub id: &'static str,
    pub text: &'static str,
    /// A company's or a named person's public words.
    pub on_record: bool,
}

pub struct PartText {
    pub id: &'static str,
    pub label: &'static str,
    /// The part named inside a sentence ("model request").
    pub in_text: &'static str,
    pub help: &'static str,
    pub values: &'static [ValueText],
}

pub struct ValueText {
    pub id: &'static str,
    pub label: &'static str,
    pub help: &'static str,
    pub dates: Option<&'static str>,
    /// Above the verdict: the terms and when they were reported (terms only).
    pub kicker: Option<&'static str>,
}

pub struct SideText {
    pub id: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
}

#[derive(PartialEq)]
pub struct Argument {
    pub id: &'static str,
    pub side: Side,
    pub title: &'static str,
    pub summary: &'static str,
    pub quotes: &'static [Quote],
}

#[derive(PartialEq)]
pub struct Quote {
    /// The quotation in the original, always English.
    pub text: &'static str,
    /// The explainer's translation of it, in a page of another language.
    pub translation: Option<&'static str>,
    pub source: &'static str,
    /// The id of one of the content's attributions.
    pub attribution: &'static str,
}

#[derive(PartialEq)]
pub struct Source {
    pub id: &'static str,
    pub publisher: &'static str,
    /// The headline, only where the source text gives one.
    pub title: Option<&'static str>,
    /// The explainer's translation of the headline, in a page of another language.
    pub title_translation: Option<&'static str>,
    /// What the source is, in a sentence.
    pub about: &'static str,
    pub date: &'static str,
    pub url: Option<&'static str>,
    pub file: &'static str,
    pub note: Option<&'static str>,
}

#[derive(PartialEq)]
pub struct Preset {
    pub id: &'static str,
    pub title: &'static str,
    pub memory: Memory,
    pub tools: Tools,
    pub model: Model,
}

/// A dated event of the timeline, from the fact sheet.
#[derive(PartialEq)]
pub struct Event {
    pub date: &'static str,
    pub title: &'static str,
    pub text: &'static str,
    pub quote: Option<&'static str>,
    /// The explainer's translation of the quotation, in a page of another language.
    pub quote_translation: Option<&'static str>,
    /// Who said the quotation: the id of one of the content's attributions.
    pub attribution: Option<&'static str>,
    /// The outlets the fact sheet names for this event.
    pub sources: &'static [&'static str],
    pub confidence: Confidence,
    pub note: &'static str,
    /// The terms ("2025" or "2026") this event put in force.
    pub sets_terms: Option<&'static str>,
}

/// A glossary entry.
#[derive(PartialEq)]
pub struct Term {
    pub id: &'static str,
    pub word: &'static str,
    pub text: &'static str,
}

/// An entry of the corrections log.
pub struct Correction {
    /// YYYY-MM-DD.
    pub date: &'static str,
    /// What changed.
    pub change: &'static str,
    /// Why.
    pub why: &'static str,
}

/// A phrase AWS staff were reportedly told to use or avoid.
#[derive(PartialEq)]
pub struct Phrase {
    pub id: &'static str,
    pub kind: PhraseKind,
    pub label: &'static str,
    /// Every form the checker marks, lower case, words separated by spaces.
    pub forms: &'static [&'static str],
    pub sources: &'static [&'static str],
    pub note: &'static str,
}

/// A language the explainer is built in (languages.toml).
pub struct Language {
    /// Its code, as in `<html lang>` and the page's folder: "en", "es", …
    pub code: &'static str,
    /// Its name in itself, for the language switcher.
    pub name: &'static str,
    pub dir: Dir,
    pub plural: PluralRule,
}

/// The direction a language is written in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    /// The value of the `dir` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// Which numbers take a language's singular form: the rules of the languages shipped (CLDR's
/// "one" category for integers). A language with more forms needs a rule added here.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PluralRule {
    /// 1 alone (English, Spanish, German).
    One,
    /// 0 and 1 (French).
    ZeroOne,
}

/// A plural form of a text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PluralCategory {
    One,
    Other,
}

impl PluralRule {
    pub fn category(self, count: usize) -> PluralCategory {
        match (self, count) {
            (PluralRule::One, 1) | (PluralRule::ZeroOne, 0 | 1) => PluralCategory::One,
            _ => PluralCategory::Other,
        }
    }
}

/// What the app needs of a phrase to find it: its forms, and whether it is allowed or avoided.
pub struct PhraseForms {
    pub id: &'static str,
    pub kind: PhraseKind,
    /// Every form the checker marks, lower case, words separated by spaces.
    pub forms: &'static [&'static str],
}

/// Whether AWS staff were reportedly told to use a phrase or to avoid it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PhraseKind {
    Allowed,
    Avoided,
}

impl PhraseKind {
    /// The value of `data-phrase-kind`.
    pub fn key(self) -> &'static str {
        match self {
            PhraseKind::Allowed => "allowed",
            PhraseKind::Avoided => "avoided",
        }
    }
}

/// How well an event's sources agree.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Confidence {
    /// Confirmed by two or more outlets.
    Confirmed,
    /// Partly from a single source.
    SingleSource,
    /// The sources conflict.
    Conflicting,
}

impl Confidence {
    /// The class name's suffix.
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Confirmed => "confirmed",
            Confidence::SingleSource => "single-source",
            Confidence::Conflicting => "conflicting",
        }
    }
}
