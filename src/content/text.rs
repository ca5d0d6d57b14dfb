//! Filling patterns and writing dates: shared by the app, the build's page and build.rs, which
//! writes the version's date out in the language's words (so the wasm carries no date rules).

/// A pattern's text with each `{slot}` replaced by its value; a slot the pattern lacks is
/// skipped, and a slot without a value is left as written (the content checks rule out both).
pub fn fill(pattern: &str, slots: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len());
    for piece in pieces(pattern) {
        match piece {
            Piece::Text(text) | Piece::Original(text) => out.push_str(text),
            Piece::Slot(name) => match slots.iter().find(|(slot, _)| *slot == name) {
                Some((_, value)) => out.push_str(value),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// A piece of a pattern: words as written, the name of a slot, or an original quotation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Piece<'a> {
    Text(&'a str),
    Slot(&'a str),
    /// Words quoted in the original English inside a translation, written `{en:…}` in the
    /// content, so that the page can mark them as English (a screen reader then reads them in
    /// English, and a right-to-left page keeps them apart).
    Original(&'a str),
}

/// How the content marks an original English quotation inside translated words.
pub const ORIGINAL: &str = "en:";

/// A text as plain words, for where markup cannot go (an attribute, a title, a picture, what a
/// screen reader is told): each original quotation as its words, the rest as written.
pub fn plain(text: &str) -> String {
    fill(text, &[])
}

/// A pattern cut into its words, its `{slots}` and its `{en:original quotations}`, in order,
/// for a view that fills a slot or marks a quotation with markup rather than text. A `{`
/// without its `}` is words.
pub fn pieces(pattern: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        let inside = &rest[open + 1..open + close];
        out.push(match inside.strip_prefix(ORIGINAL) {
            Some(original) => Piece::Original(original),
            None => Piece::Slot(inside),
        });
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// How a language writes a date: the content's `[dates]`.
pub struct DateWords<'a, S> {
    /// The pattern, with the slots `{day}`, `{month}` and `{year}`.
    pub format: &'a str,
    /// The first day of a month, where a language writes it otherwise ("1er" in French).
    pub first_day: &'a str,
    /// The months' names, from January.
    pub months: &'a [S],
}

/// "2026-04-27" written out as the language writes dates ("27 April 2026"); anything that is
/// not such a date, as it is.
pub fn written_date<S: AsRef<str>>(words: &DateWords<'_, S>, date: &str) -> String {
    let mut parts = date.split('-');
    match (
        parts.next(),
        parts.next().and_then(|m| m.parse::<usize>().ok()),
        parts.next().and_then(|d| d.parse::<u32>().ok()),
    ) {
        (Some(year), Some(month @ 1..=12), Some(day)) => {
            let day = if day == 1 {
                words.first_day.to_owned()
            } else {
                day.to_string()
            };
            let month = words.months.get(month - 1).map(AsRef::as_ref);
            fill(
                words.format,
                &[
                    ("day", &day),
                    ("month", month.unwrap_or_default()),
                    ("year", year),
                ],
            )
        }
        _ => date.to_owned(),
    }
}
