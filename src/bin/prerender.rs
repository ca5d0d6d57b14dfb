//! Renders the default view into `dist/index.html` at build time (run by `cargo xtask dist`
//! after trunk), so the page is readable before, and without, WebAssembly: the app and the
//! phrase checker ready to be adopted, and the page around them (`ui/reference/`), which only
//! this step renders. Natively, with Yew's server renderer; the shipped wasm has no SSR code.
//!
//! It also writes the document's own words in the content's language: `<html lang dir>`, the
//! title, the meta description, the note shown without JavaScript, and the message `start.js`
//! shows when the app cannot start (a `<template>`, so that the script holds no words). It
//! finds the places by the document's structure, never by its words.
//!
//! Usage: prerender <dist/index.html>

use two_words::content::{page_text, PageText, LANGUAGE, LANGUAGES};
use two_words::ui::reference::language_base;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <dist/index.html>");
        std::process::exit(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(error) => fail(&format!("cannot read {path}: {error}")),
    };
    let view = futures::executor::block_on(two_words::ui::reference::page());
    let page = match write_document(&page, &view) {
        Ok(page) => page,
        Err(problem) => fail(&format!("{path}: {problem}")),
    };
    if let Err(error) = std::fs::write(&path, page) {
        fail(&format!("cannot write {path}: {error}"));
    }
    println!(
        "prerendered the default view into {path} ({} bytes of HTML)",
        view.len()
    );
}

/// The page trunk wrote, with its language, title, description and body replaced.
fn write_document(page: &str, view: &str) -> Result<String, String> {
    let html = format!(
        "<html lang=\"{}\" dir=\"{}\">",
        LANGUAGE.code,
        LANGUAGE.dir.key()
    );
    let page = replace_tag(page, "<html", &html)?;
    // Every language's page, for search engines and link previews; the first is the default.
    let mut alternates = String::new();
    for language in LANGUAGES {
        let href = language_base(&LANGUAGE, language);
        alternates.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\">",
            language.code
        ));
    }
    if let Some(first) = LANGUAGES.first() {
        let href = language_base(&LANGUAGE, first);
        alternates.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{href}\">"
        ));
    }
    let head_end = page.find("</head>").ok_or("it has no </head>")?;
    let page = format!("{}{alternates}{}", &page[..head_end], &page[head_end..]);
    let title = format!("<title>{}</title>", escape(page_text(PageText::Title)));
    let page = replace_between(&page, "<title", "</title>", &title)?;
    let description = format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(page_text(PageText::Description))
    );
    let page =
        replace_tag_containing(&page, "<meta", "name=description", &description).or_else(|_| {
            replace_tag_containing(&page, "<meta", "name=\"description\"", &description)
        })?;
    let body = format!(
        "<body><noscript><p class=\"noscript\">{noscript}</p></noscript>{view}\
         <template id=\"start-failed-template\"><div id=\"start-failed\" class=\"start-failed\" role=\"alert\">\
         <p><strong>{failed}</strong> {more} <a href=\"\" data-start-again=\"\">{again}</a></p></div></template>",
        noscript = escape(page_text(PageText::Noscript)),
        failed = escape(page_text(PageText::StartFailed)),
        more = escape(page_text(PageText::StartFailedMore)),
        again = escape(page_text(PageText::TryAgain)),
    );
    let start = page.find("<body").ok_or("it has no <body>")?;
    let end = page.rfind("</body>").unwrap_or(page.len());
    if end < start {
        return Err("its </body> comes before <body>".to_owned());
    }
    Ok(format!("{}{body}{}", &page[..start], &page[end..]))
}

/// Replaces the first tag that starts with `open` (up to its `>`) by `with`.
fn replace_tag(page: &str, open: &str, with: &str) -> Result<String, String> {
    replace_between(page, open, ">", with)
}

/// Replaces the first tag that starts with `open` and holds `needle` by `with`.
fn replace_tag_containing(
    page: &str,
    open: &str,
    needle: &str,
    with: &str,
) -> Result<String, String> {
    let at = page
        .find(needle)
        .ok_or(format!("it has no tag with {needle}"))?;
    let start = page[..at]
        .rfind(open)
        .ok_or(format!("{needle} is not in a {open}>"))?;
    // The tag ends at the first `>` after the needle, whatever the attributes before it hold.
    let end = at
        + page[at..]
            .find('>')
            .ok_or(format!("the tag with {needle} is not closed"))?
        + 1;
    Ok(format!("{}{with}{}", &page[..start], &page[end..]))
}

/// Replaces everything from the first `open` to the end of the `close` after it by `with`.
fn replace_between(page: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = page.find(open).ok_or(format!("it has no {open}>"))?;
    replace_between_from(page, start, close, with)
}

/// Replaces everything from `start` to the end of the first `close` after it by `with`.
fn replace_between_from(
    page: &str,
    start: usize,
    close: &str,
    with: &str,
) -> Result<String, String> {
    let end = start
        + page[start..].find(close).ok_or(format!(
            "{} is not closed by {close}",
            &page[start..].chars().take(20).collect::<String>()
        ))?
        + close.len();
    Ok(format!("{}{with}{}", &page[..start], &page[end..]))
}

/// Text made safe for HTML's text and quoted attributes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
