//! The phrase checker's matcher (spec §10): finds, in a reader's sentence, the phrases AWS
//! staff were reportedly told to use or avoid.
//!
//! Pure and total: any text (HTML, emoji, right-to-left script, 100 kB of it) gives a list of
//! byte ranges that lie on character boundaries, in order and never overlapping. Matching is
//! by whole words, case-insensitive, across any white space; each phrase lists its own forms
//! ("calls on", "call on", "calling on"), so inflections are data, not rules.

use crate::content::PhraseForms;

/// One marked phrase: `text[start..end]` is a form of `phrases[phrase]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub phrase: usize,
}

/// A word of the text, by its byte range. No lower-case copy is made: a pasted book has tens of
/// thousands of words, and comparing in place (ASCII case folded) saves an allocation each.
struct Word {
    start: usize,
    end: usize,
}

/// Letters and digits make words; a hyphen inside a word ("pass-through") belongs to it.
/// Every phrase is ASCII, so any non-ASCII character counts as part of a word and case is
/// folded in ASCII only: this keeps Unicode's tables (kilobytes of WebAssembly) out.
fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || !c.is_ascii()
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for (i, c) in text.char_indices() {
        let part_of_word = word_char(c) || (c == '-' && current.is_some());
        match (part_of_word, current) {
            (true, None) => current = Some((i, i + c.len_utf8())),
            (true, Some((start, _))) => current = Some((start, i + c.len_utf8())),
            (false, Some((start, end))) => {
                push_word(text, start, end, &mut out);
                current = None;
            }
            (false, None) => {}
        }
    }
    if let Some((start, end)) = current {
        push_word(text, start, end, &mut out);
    }
    out
}

fn push_word(text: &str, start: usize, end: usize, out: &mut Vec<Word>) {
    // A trailing hyphen ("pass- through") is punctuation, not part of the word.
    let word = text[start..end].trim_end_matches('-');
    if !word.is_empty() {
        out.push(Word {
            start,
            end: start + word.len(),
        });
    }
}

/// Finds every phrase in `text`. Where two forms could start at the same word, the longer wins;
/// marks never overlap.
pub fn find(text: &str, phrases: &[PhraseForms]) -> Vec<Mark> {
    let words = words(text);
    // Every form as its words, with the phrase it belongs to.
    let forms: Vec<(Vec<&str>, usize)> = phrases
        .iter()
        .enumerate()
        .flat_map(|(index, phrase)| {
            phrase
                .forms
                .iter()
                .map(move |form| (form.split_whitespace().collect::<Vec<_>>(), index))
        })
        .filter(|(form, _)| !form.is_empty())
        .collect();

    let mut marks = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // The longest form that matches here, the first listed among equals (no sort: the
        // shipped WebAssembly then carries no sorting code).
        let found = forms
            .iter()
            .filter(|(form, _)| {
                form.len() <= words.len() - i
                && form
                    .iter()
                    .zip(&words[i..])
                    .all(|(want, word)| want.eq_ignore_ascii_case(&text[word.start..word.end]))
                // The words of a phrase are separated by white space only.
                && words[i..i + form.len()]
                    .windows(2)
                    .all(|pair| text[pair[0].end..pair[1].start].chars().all(char::is_whitespace))
            })
            .min_by_key(|(form, _)| std::cmp::Reverse(form.len()));
        match found {
            Some((form, phrase)) => {
                marks.push(Mark {
                    start: words[i].start,
                    end: words[i + form.len() - 1].end,
                    phrase: *phrase,
                });
                i += form.len();
            }
            None => i += 1,
        }
    }
    marks
}

/// The text cut into runs: plain text, or a phrase with its index.
pub fn segments<'a>(text: &'a str, marks: &[Mark]) -> Vec<(&'a str, Option<usize>)> {
    let mut out = Vec::with_capacity(marks.len() * 2 + 1);
    let mut at = 0;
    for mark in marks {
        if mark.start > at {
            out.push((&text[at..mark.start], None));
        }
        out.push((&text[mark.start..mark.end], Some(mark.phrase)));
        at = mark.end;
    }
    if at < text.len() {
        out.push((&text[at..], None));
    }
    out
}
