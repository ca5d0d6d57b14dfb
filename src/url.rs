//! The URL query <-> the reader's configuration (spec §2, §6).
//!
//! Reading is total: any string gives a valid configuration plus the list of what was ignored,
//! which the page shows in `#notice`. Writing keeps every parameter it does not own (a host
//! page's `childId`, tracking tags, later flags) so that an embed never loses its context.

use crate::content::CONTENT;
use crate::engine::{Configuration, Part};

/// The parameters this module owns: the four parts and `preset`.
const PRESET: &str = "preset";

/// How many characters of an ignored value the notice repeats; the rest is cut.
const SHOWN_VALUE_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The value is not one the parameter accepts.
    Invalid,
    /// The parameter was given with no value.
    Empty,
    /// The parameter was given more than once; the first was used.
    Repeated,
}

/// One parameter value that was ignored, for the notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    pub param: &'static str,
    /// The value as given, decoded and cut to a readable length.
    pub value: String,
    pub problem: Problem,
}

/// The parameter names this module reads, the four parts first.
fn known_param(key: &str) -> Option<&'static str> {
    Part::ALL.iter().map(|p| p.key()).chain([PRESET]).find(|k| *k == key)
}

/// Reads a query string (with or without the leading `?`): the configuration it names, and
/// what was ignored. `preset` is applied first; explicit parts then override it.
pub fn read(query: &str) -> (Configuration, Vec<Ignored>) {
    let mut ignored = Vec::new();
    let mut seen: Vec<&'static str> = Vec::new();
    let mut preset = None;
    let mut parts: Vec<(Part, String)> = Vec::new();

    for (key, value) in pairs(query) {
        let Some(param) = known_param(&decode(key)) else {
            continue; // Unknown parameters belong to someone else and are ignored silently.
        };
        let value = decode(value);
        let problem = if seen.contains(&param) {
            Some(Problem::Repeated)
        } else if value.is_empty() {
            Some(Problem::Empty)
        } else if param == PRESET {
            match CONTENT.preset(&value) {
                Some(found) => {
                    preset = Some(found);
                    None
                }
                None => Some(Problem::Invalid),
            }
        } else {
            let part = Part::ALL.into_iter().find(|p| p.key() == param);
            match part {
                Some(part) if part.values().contains(&value.as_str()) => {
                    parts.push((part, value.clone()));
                    None
                }
                _ => Some(Problem::Invalid),
            }
        };
        if !seen.contains(&param) {
            seen.push(param);
        }
        if let Some(problem) = problem {
            ignored.push(Ignored {
                param,
                value: shorten(&value),
                problem,
            });
        }
    }

    let mut configuration = Configuration::default();
    if let Some(preset) = preset {
        configuration = preset.apply(configuration);
    }
    for (part, value) in parts {
        configuration.set_from_key(part, &value);
    }
    (configuration, ignored)
}

/// The query for `configuration`, keeping every parameter of `existing` this module does not
/// own, in its order and encoding. Parts at their default are left out. Returns `""` or a
/// string starting with `?`.
pub fn write(existing: &str, configuration: &Configuration) -> String {
    let mut out: Vec<String> = Part::ALL
        .iter()
        .filter(|part| configuration.value_key(**part) != part.values()[0])
        .map(|part| format!("{}={}", part.key(), configuration.value_key(*part)))
        .collect();
    out.extend(
        existing
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty())
            .filter(|pair| {
                let key = pair.split_once('=').map_or(*pair, |(key, _)| key);
                known_param(&decode(key)).is_none()
            })
            .map(str::to_owned),
    );
    if out.is_empty() {
        String::new()
    } else {
        format!("?{}", out.join("&"))
    }
}

/// The notice's sentence for one ignored value.
pub fn describe(ignored: &Ignored) -> String {
    let expected = match Part::ALL.iter().find(|p| p.key() == ignored.param) {
        Some(part) => format!(
            "one of {}; showing {}",
            part.values().join(", "),
            part.values()[0]
        ),
        None => format!(
            "one of {}; no preset was applied",
            CONTENT.presets.iter().map(|p| p.id).collect::<Vec<_>>().join(", ")
        ),
    };
    match ignored.problem {
        Problem::Invalid => format!(
            "“{}={}” was ignored: {} must be {}.",
            ignored.param, ignored.value, ignored.param, expected
        ),
        Problem::Empty => format!(
            "“{}” had no value and was ignored: it must be {}.",
            ignored.param, expected
        ),
        Problem::Repeated => format!(
            "“{}” was given more than once; the first was used and “{}={}” was ignored.",
            ignored.param, ignored.param, ignored.value
        ),
    }
}

fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// Percent-decodes a query component (`+` is a space). Malformed escapes are kept as they
/// are and invalid UTF-8 becomes U+FFFD, so decoding never fails.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit) =>
            {
                out.push(hex_value(bytes[i + 1]) * 16 + hex_value(bytes[i + 2]));
                i += 2;
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        b'A'..=b'F' => digit - b'A' + 10,
        // Only called on ASCII hex digits; any other byte counts as zero rather than panic.
        _ => 0,
    }
}

fn shorten(value: &str) -> String {
    if value.chars().count() <= SHOWN_VALUE_CHARS {
        value.to_owned()
    } else {
        let cut: String = value.chars().take(SHOWN_VALUE_CHARS).collect();
        format!("{cut}…")
    }
}
