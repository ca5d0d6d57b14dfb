//! The URL query <-> the reader's configuration (spec §2, §6).
//!
//! Reading is total: any string gives a valid configuration plus the list of what was ignored,
//! which the page shows in `#notice`. Writing keeps every parameter it does not own (a host
//! page's `childId`, tracking tags, later flags) so that an embed never loses its context.

use crate::content::{fill, t, Preset, Text, CONTENT};
use crate::engine::{Configuration, Part};

/// The parameters this module owns: the four parts, `preset`, and the render flags.
const PRESET: &str = "preset";

/// The colour scheme a page is asked for (spec §7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How the page is shown, as opposed to what it shows (spec §7, §8). All off by default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags {
    /// `embed=1`: the compact layout for an iframe in an article.
    pub embed: bool,
    pub theme: Theme,
    /// `plain=1`: no header, footer or embed button.
    pub plain: bool,
    /// `static=1`: the view as linked, controls shown disabled.
    pub fixed: bool,
    /// `present=1`: projector mode.
    pub present: bool,
    /// `quiz=1`: predict the verdict, then reveal it.
    pub quiz: bool,
    /// `qr=1`: the QR code of the view's link beside the experiment, for a class to scan from a
    /// projected screen.
    pub qr: bool,
}

/// The on/off flags, in the order they are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Switch {
    Embed,
    Plain,
    Static,
    Present,
    Quiz,
    Qr,
}

impl Switch {
    const ALL: [Switch; 6] = [
        Switch::Embed,
        Switch::Plain,
        Switch::Static,
        Switch::Present,
        Switch::Quiz,
        Switch::Qr,
    ];

    fn key(self) -> &'static str {
        match self {
            Switch::Embed => "embed",
            Switch::Plain => "plain",
            Switch::Static => "static",
            Switch::Present => "present",
            Switch::Quiz => "quiz",
            Switch::Qr => "qr",
        }
    }

    fn slot(self, flags: &mut Flags) -> &mut bool {
        match self {
            Switch::Embed => &mut flags.embed,
            Switch::Plain => &mut flags.plain,
            Switch::Static => &mut flags.fixed,
            Switch::Present => &mut flags.present,
            Switch::Quiz => &mut flags.quiz,
            Switch::Qr => &mut flags.qr,
        }
    }
}

const THEME: &str = "theme";

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
    Part::ALL
        .iter()
        .map(|p| p.key())
        .chain([PRESET, THEME])
        .chain(Switch::ALL.iter().map(|s| s.key()))
        .find(|k| *k == key)
}

/// What a query says: the configuration, the flags, and what was ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    pub configuration: Configuration,
    pub flags: Flags,
    pub ignored: Vec<Ignored>,
}

/// What a page's address means when its query names no part: the default view on a language's
/// page, a preset's view on that preset's own page (`views/<id>/`). A query is read from it and
/// written against it, so a view page's clean address is its view, and a part changed there is
/// written even when it is the default's value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Base(pub Configuration);

impl Base {
    /// The base of a preset's own page: the preset applied to the default view.
    pub fn of(preset: &Preset) -> Base {
        Base(preset.apply(Configuration::default()))
    }

    /// The base of the page of the preset with this id; `None` for an id the content does not
    /// have.
    pub fn of_preset(id: &str) -> Option<Base> {
        CONTENT.preset(id).map(Base::of)
    }

    /// Reads a query on a page with this base: `preset` is applied to the base first, and
    /// explicit parts then override it.
    pub fn read(&self, query: &str) -> Reading {
        read_from(self.0, query)
    }

    /// The query for a configuration and flags on a page with this base; parts at the base's
    /// value are left out. See `write`.
    pub fn write(&self, existing: &str, configuration: &Configuration, flags: &Flags) -> String {
        write_from(self.0, existing, configuration, flags)
    }
}

/// Where a shared link or frame points: a page's address without its query, and that page's
/// base, against which the view's query is written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    pub page: String,
    pub base: Base,
}

impl Address {
    /// The address of a view with these flags on this page.
    pub fn link(&self, configuration: &Configuration, flags: &Flags) -> String {
        format!("{}{}", self.page, self.base.write("", configuration, flags))
    }

    /// This page in the live release and in the release of `version`, which `cargo xtask dist`
    /// keeps unchanged at `v/<version>/` below the release's root; from this page in either.
    /// `language` is the language's folder below the root (`""` for the first, `"es/"`). A page
    /// that is not a folder (the single file, read from disk) has no versions: `None`.
    pub fn editions(&self, version: &str, language: &str) -> Option<Editions> {
        let page = self.page.as_str();
        if !page.ends_with('/') {
            return None;
        }
        // Below the release's root: the language's folder, then a view's `views/<id>/`.
        let view = match last_folders(page) {
            (Some(id), Some(VIEWS)) => &page[page.len() - id.len() - VIEWS.len() - 2..],
            _ => "",
        };
        let below = [language, view].concat();
        let root = page.strip_suffix(below.as_str())?;
        let live_root = match last_folders(root) {
            (Some(date), Some("v")) if is_version(date) => &root[..root.len() - date.len() - 3],
            _ => root,
        };
        let at = |parts: &[&str]| Address {
            page: parts.concat(),
            base: self.base,
        };
        Some(Editions {
            live: at(&[live_root, &below]),
            pinned: at(&[live_root, "v/", version, "/", &below]),
        })
    }
}

/// A page in the live release, which follows every correction, and in one version, which never
/// changes: what an article embeds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Editions {
    pub live: Address,
    pub pinned: Address,
}

/// The folder below a language's first page that holds the views' own pages.
const VIEWS: &str = "views";

/// A preset's own page, as a folder below its language's first page: `views/<id>/`.
pub fn view_folder(id: &str) -> String {
    format!("{VIEWS}/{id}/")
}

/// The language's first page from a page's address: a view's page is `views/<id>/` below it.
/// Only an address that ends in `/` is a folder: a file's address (the single file, read from
/// disk) is its own first page.
pub fn language_page(page: &str) -> &str {
    let folders: Vec<&str> = page.rsplitn(4, '/').collect();
    match folders.as_slice() {
        ["", _, VIEWS, root] => &page[..root.len() + 1],
        _ => page,
    }
}

/// The names of the last two folders of an address that ends in `/`, the last first.
fn last_folders(address: &str) -> (Option<&str>, Option<&str>) {
    let mut folders = address.rsplit('/').skip(1);
    (folders.next(), folders.next())
}

/// Whether a folder's name is a version's: a date, YYYY-MM-DD.
fn is_version(name: &str) -> bool {
    name.len() == 10
        && name.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// Reads a query string (with or without the leading `?`): the configuration it names, the
/// flags, and what was ignored. `preset` is applied first; explicit parts then override it.
pub fn read(query: &str) -> Reading {
    Base::default().read(query)
}

fn read_from(base: Configuration, query: &str) -> Reading {
    let mut ignored = Vec::new();
    let mut seen: Vec<&'static str> = Vec::new();
    let mut preset = None;
    let mut parts: Vec<(Part, String)> = Vec::new();
    let mut flags = Flags::default();

    for (key, value) in pairs(query) {
        let Some(param) = known_param(&decode(key)) else {
            continue; // Unknown parameters belong to someone else and are ignored silently.
        };
        let value = decode(value);
        let problem = if seen.contains(&param) {
            Some(Problem::Repeated)
        } else if value.is_empty() {
            Some(Problem::Empty)
        } else if param == THEME {
            match Theme::ALL.into_iter().find(|t| t.key() == value) {
                Some(theme) => {
                    flags.theme = theme;
                    None
                }
                None => Some(Problem::Invalid),
            }
        } else if let Some(switch) = Switch::ALL.into_iter().find(|s| s.key() == param) {
            match value.as_str() {
                "1" => {
                    *switch.slot(&mut flags) = true;
                    None
                }
                "0" => None,
                _ => Some(Problem::Invalid),
            }
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
        // A parameter repeated many times is named once: the notice, and the memory it takes,
        // stay small however long the link (at most two lines per known parameter).
        let named_already = problem == Some(Problem::Repeated)
            && ignored
                .iter()
                .any(|i: &Ignored| i.param == param && i.problem == Problem::Repeated);
        if let Some(problem) = problem.filter(|_| !named_already) {
            ignored.push(Ignored {
                param,
                value: shorten(&value),
                problem,
            });
        }
    }

    let mut configuration = base;
    if let Some(preset) = preset {
        configuration = preset.apply(configuration);
    }
    for (part, value) in parts {
        configuration.set_from_key(part, &value);
    }
    Reading {
        configuration,
        flags,
        ignored,
    }
}

/// Every part of a configuration as a query, defaults included ("memory=off&tools=on&…"): the
/// key by which the table of all systems names each row (`data-config`).
pub fn full_key(configuration: &Configuration) -> String {
    Part::ALL
        .iter()
        .map(|part| format!("{}={}", part.key(), configuration.value_key(*part)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The query for a configuration and flags, keeping every parameter of `existing` this module
/// does not own, in its order and encoding. Parts and flags at their default are left out.
/// Returns `""` or a string starting with `?`.
pub fn write(existing: &str, configuration: &Configuration, flags: &Flags) -> String {
    Base::default().write(existing, configuration, flags)
}

fn write_from(
    base: Configuration,
    existing: &str,
    configuration: &Configuration,
    flags: &Flags,
) -> String {
    let mut out: Vec<String> = Part::ALL
        .iter()
        .filter(|part| configuration.value_key(**part) != base.value_key(**part))
        .map(|part| format!("{}={}", part.key(), configuration.value_key(*part)))
        .collect();
    if flags.theme != Theme::Auto {
        out.push(format!("{THEME}={}", flags.theme.key()));
    }
    let mut flags = *flags;
    for switch in Switch::ALL {
        if *switch.slot(&mut flags) {
            out.push(format!("{}=1", switch.key()));
        }
    }
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
    // The values a link may hold are its own words, the same in every language.
    let values = |values: &[&str]| values.join(t(Text::ValuesSeparator));
    let expected = match Part::ALL.iter().find(|p| p.key() == ignored.param) {
        Some(part) => fill(
            t(Text::ExpectedPart),
            &[
                ("values", &values(part.values())),
                ("default", part.values()[0]),
            ],
        ),
        None if ignored.param == THEME => {
            let themes: Vec<&str> = Theme::ALL.iter().map(|theme| theme.key()).collect();
            fill(t(Text::ExpectedTheme), &[("values", &values(&themes))])
        }
        None if ignored.param != PRESET => t(Text::ExpectedSwitch).to_owned(),
        None => {
            let presets: Vec<&str> = CONTENT.presets.iter().map(|p| p.id).collect();
            fill(t(Text::ExpectedPreset), &[("values", &values(&presets))])
        }
    };
    let pattern = match ignored.problem {
        Problem::Invalid => Text::IgnoredInvalid,
        Problem::Empty => Text::IgnoredEmpty,
        Problem::Repeated => Text::IgnoredRepeated,
    };
    fill(
        t(pattern),
        &[
            ("param", ignored.param),
            ("value", &ignored.value),
            ("expected", &expected),
        ],
    )
}

/// The decoded value of the first `key` parameter in a query, if any (for parameters that
/// belong to someone else, such as pym.js's `childId`).
pub fn param(query: &str, key: &str) -> Option<String> {
    pairs(query)
        .find(|(k, _)| decode(k) == key)
        .map(|(_, value)| decode(value))
}

/// The longest WordPress embed secret taken; WordPress's own are ten characters.
const MAX_SECRET: usize = 64;

/// The secret WordPress gives a framed page in its address's hash (`#?secret=XXXX`, after any
/// hash the link already had, such as `#amp=1`), which the page must send back with each height
/// for WordPress to show the frame. Letters and digits only, as WordPress makes them: anything
/// else is not WordPress's and is ignored.
pub fn embed_secret(hash: &str) -> Option<&str> {
    let (_, rest) = hash.split_once("?secret=")?;
    let secret = rest.split(['&', '#']).next().unwrap_or_default();
    let plain = !secret.is_empty()
        && secret.len() <= MAX_SECRET
        && secret.bytes().all(|b| b.is_ascii_alphanumeric());
    plain.then_some(secret)
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
