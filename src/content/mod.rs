//! The explainer's words: arguments, quotations, sources, presets and texts, from
//! the content file of the language built (`en.toml`, `es.toml`, …), turned into static data at
//! build time by `build.rs`.
//!
//! Invariant: the engine decides, the content words. Lookups here are total: a missing text
//! (which the content tests rule out) yields the key itself rather than a panic.

mod model;
mod text;

pub use model::*;
pub use text::{fill, pieces, plain, written_date, DateWords, Piece};

// The build writes the engine's enums into the content by name (`Memory::On`, `Side::Terms`).
use crate::engine::{
    ArgumentId, Configuration, Memory, Model, Part, PartValue, Reason, Side, Standing, Terms,
    Tools, Verdict, VerdictKey,
};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

pub(crate) fn lookup(
    map: &'static [(&'static str, &'static str)],
    key: &'static str,
) -> &'static str {
    map.iter()
        .find(|(k, _)| *k == key)
        .map(|(_, text)| *text)
        .unwrap_or(key)
}

fn lookup_reason(map: &'static [(&'static str, ReasonText)], key: &'static str) -> ReasonText {
    map.iter()
        .find(|(k, _)| *k == key)
        .map(|(_, reason)| *reason)
        .unwrap_or(ReasonText {
            text: key,
            inferred: false,
        })
}

impl Content {
    /// One of the app's own words.
    pub fn text(&self, text: Text) -> &'static str {
        self.ui.get(text as usize).copied().unwrap_or_default()
    }

    /// A text with a number, in the form the language's plural rule gives `count`.
    pub fn plural(&self, text: Plural, count: usize) -> &'static str {
        self.plurals
            .get(text as usize)
            .map(|forms| match LANGUAGE.plural.category(count) {
                PluralCategory::One => forms.one,
                PluralCategory::Other => forms.other,
            })
            .unwrap_or_default()
    }

    /// The quiz's short answer for a verdict.
    pub fn answer(&self, key: VerdictKey) -> &'static str {
        lookup(self.answers, key.key())
    }

    /// The headline of a verdict, in words.
    pub fn headline(&self, verdict: &Verdict) -> &'static str {
        let key = match verdict.key {
            VerdictKey::Microsoft if verdict.inferred => "microsoft-inferred",
            key => key.key(),
        };
        lookup(self.headlines, key)
    }

    pub fn verdict_reason(&self, verdict: &Verdict) -> ReasonText {
        lookup_reason(self.verdict_reasons, verdict.reason.key())
    }

    /// Above the verdict: which terms, and when they were reported.
    pub fn kicker(&self, terms: Terms) -> &'static str {
        self.part(Part::Terms)
            .and_then(|p| p.values.iter().find(|v| v.id == terms.key()))
            .and_then(|v| v.kicker)
            .unwrap_or(terms.key())
    }

    pub fn part(&self, part: Part) -> Option<&'static PartText> {
        self.parts.iter().find(|p| p.id == part.key())
    }

    pub fn preset(&self, id: &str) -> Option<&'static Preset> {
        self.presets.iter().find(|p| p.id == id)
    }

    /// The label of a part's value, or its URL key if the content has none.
    pub fn value_label(&self, part: Part, value: &'static str) -> &'static str {
        self.part(part)
            .and_then(|p| p.values.iter().find(|v| v.id == value))
            .map(|v| v.label)
            .unwrap_or(value)
    }
}

impl Record {
    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn reason(&self, reason: Reason) -> ReasonText {
        lookup_reason(self.reasons, reason.key())
    }

    /// The label of an argument's standing ("Applies", "May apply", …).
    pub fn standing(&self, standing: Standing) -> &'static str {
        lookup(self.standings, standing.key())
    }

    pub fn attribution(&self, id: &str) -> Option<&'static Attribution> {
        self.attributions.iter().find(|a| a.id == id)
    }

    pub fn argument(&self, id: ArgumentId) -> Option<&'static Argument> {
        self.arguments.iter().find(|a| a.id == id.key())
    }

    pub fn side(&self, key: &str) -> Option<&'static SideText> {
        self.sides.iter().find(|s| s.id == key)
    }
}

impl Preset {
    /// The configuration this preset makes from `current`: it sets memory, tools and model,
    /// and keeps the terms. Values the engine does not know (ruled out by the content tests)
    /// leave that part as it was.
    pub fn apply(&self, current: Configuration) -> Configuration {
        Configuration {
            memory: self.memory,
            tools: self.tools,
            model: self.model,
            ..current
        }
    }

    /// Whether `configuration` has this preset's three parts.
    pub fn matches(&self, configuration: &Configuration) -> bool {
        configuration.memory == self.memory
            && configuration.tools == self.tools
            && configuration.model == self.model
    }
}

impl Page {
    /// One of the page's own words.
    pub fn text(&self, text: PageText) -> &'static str {
        self.texts.get(text as usize).copied().unwrap_or_default()
    }

    /// "2026-04-27" written out as the language writes dates ("27 April 2026"); anything that
    /// is not such a date, as it is.
    pub fn date(&self, date: &str) -> String {
        let words = DateWords {
            format: self.dates.format,
            first_day: self.dates.first_day,
            months: self.dates.months,
        };
        written_date(&words, date)
    }
}

/// One of the app's own words: `t(Text::CopyLink)`.
pub fn t(text: Text) -> &'static str {
    CONTENT.text(text)
}

/// One of the words of the page around the app.
pub fn page_text(text: PageText) -> &'static str {
    PAGE.text(text)
}
