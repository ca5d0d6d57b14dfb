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

use two_words::content::{page_text, Language, PageText, LANGUAGE, LANGUAGES, PAGE};
use two_words::engine::Configuration;
use two_words::ui::frame;
use two_words::ui::reference::language_base;
use two_words::url::Flags;

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
    let site = Site::from_env();
    let page = match write_document(&page, &view, site.as_ref()) {
        Ok(page) => page,
        Err(problem) => fail(&format!("{path}: {problem}")),
    };
    if let Err(error) = std::fs::write(&path, page) {
        fail(&format!("cannot write {path}: {error}"));
    }
    // oEmbed's answer, beside the page that links it: what WordPress embeds for a link.
    if let Some(site) = &site {
        let json = std::path::Path::new(&path).with_file_name("oembed.json");
        if let Err(error) = std::fs::write(&json, oembed(site)) {
            fail(&format!("cannot write {}: {error}", json.display()));
        }
    }
    println!(
        "prerendered the default view into {path} ({} bytes of HTML)",
        view.len()
    );
}

/// Where the release will be served from, when the build was told (`TWO_WORDS_SITE_URL`,
/// checked by `cargo xtask dist`): the absolute addresses that links to the page, social cards
/// and oEmbed need, and that a static build cannot guess.
struct Site {
    /// The site's address, ending in `/`: the first language's page.
    root: String,
}

impl Site {
    fn from_env() -> Option<Site> {
        let root = std::env::var("TWO_WORDS_SITE_URL").ok()?;
        (!root.is_empty()).then_some(Site { root })
    }

    /// The absolute address of a page given relative to the first language's (`es/`, `./`).
    fn absolute(&self, relative: &str) -> String {
        format!("{}{}", self.root, relative.trim_start_matches("./"))
    }

    /// A language's page.
    fn page_of(&self, language: &Language) -> String {
        let root = LANGUAGES.first().unwrap_or(&LANGUAGE);
        self.absolute(&language_base(root, language))
    }

    /// This language's page.
    fn page(&self) -> String {
        self.page_of(&LANGUAGE)
    }
}

/// The page's card where a link to it is shared, and with the site's address its canonical
/// address and its oEmbed discovery link.
fn head_tags(site: Option<&Site>) -> String {
    let title = escape(page_text(PageText::Title));
    let mut tags = format!(
        "<meta property=\"og:type\" content=\"website\">\
         <meta property=\"og:site_name\" content=\"{name}\">\
         <meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\">\
         <meta name=\"twitter:card\" content=\"summary\">",
        name = escape(PAGE.title),
        description = escape(page_text(PageText::Description)),
    );
    if let Some(site) = site {
        let page = escape(&site.page());
        tags.push_str(&format!(
            "<link rel=\"canonical\" href=\"{page}\">\
             <meta property=\"og:url\" content=\"{page}\">\
             <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{page}oembed.json\" title=\"{title}\">"
        ));
    }
    tags
}

/// oEmbed's answer for this language's page (a "rich" embed: the frame alone, which WordPress
/// shows once the page sends its height back).
fn oembed(site: &Site) -> String {
    let page = site.page();
    let html = frame(&page, &Configuration::default(), &Flags::default());
    let fields = [
        ("version", json_string("1.0")),
        ("type", json_string("rich")),
        ("provider_name", json_string(PAGE.title)),
        ("provider_url", json_string(&site.root)),
        ("title", json_string(page_text(PageText::Title))),
        ("html", json_string(&html)),
        ("width", "700".to_owned()),
        ("height", "900".to_owned()),
    ];
    let body: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("  \"{key}\": {value}"))
        .collect();
    format!("{{\n{}\n}}\n", body.join(",\n"))
}

/// A JSON string: quotes, backslashes and control characters escaped.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The page trunk wrote, with its language, title, description and body replaced.
fn write_document(page: &str, view: &str, site: Option<&Site>) -> Result<String, String> {
    let html = format!(
        "<html lang=\"{}\" dir=\"{}\">",
        LANGUAGE.code,
        LANGUAGE.dir.key()
    );
    let page = replace_tag(page, "<html", &html)?;
    // Every language's page, for search engines and link previews; the first is the default.
    let mut alternates = String::new();
    // Absolute where the site's address is known, as search engines prefer.
    let address = |language| match site {
        Some(site) => site.page_of(language),
        None => language_base(&LANGUAGE, language),
    };
    for language in LANGUAGES {
        let href = address(language);
        alternates.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\">",
            language.code
        ));
    }
    if let Some(first) = LANGUAGES.first() {
        let href = address(first);
        alternates.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{href}\">"
        ));
    }
    let head_end = page.find("</head>").ok_or("it has no </head>")?;
    let page = format!(
        "{}{alternates}{}{}",
        &page[..head_end],
        head_tags(site),
        &page[head_end..]
    );
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

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        Site {
            root: "https://example.org/two-words/".to_owned(),
        }
    }

    #[test]
    fn json_strings_escape_what_would_end_or_break_them() {
        assert_eq!(json_string("plain"), "\"plain\"");
        assert_eq!(
            json_string("a \"b\" \\ c\nd\u{1}"),
            "\"a \\\"b\\\" \\\\ c\\nd\\u0001\""
        );
        assert_eq!(json_string("«é»"), "\"«é»\"");
    }

    #[test]
    fn oembed_answers_with_the_frame_of_this_language_s_page() {
        let json = oembed(&site());
        for field in [
            "\"version\": \"1.0\"",
            "\"type\": \"rich\"",
            "\"provider_url\": \"https://example.org/two-words/\"",
            "\"width\": 700",
            "\"height\": 900",
        ] {
            assert!(json.contains(field), "{field} in {json}");
        }
        let page = site().page();
        assert!(
            json.contains(&format!("<iframe src=\\\"{page}?embed=1\\\"")),
            "{json}"
        );
        assert!(
            !json.contains("<script"),
            "oEmbed's html is the frame alone: {json}"
        );
    }

    #[test]
    fn the_card_is_always_written_and_the_addresses_only_with_the_site() {
        let without = head_tags(None);
        assert!(without.contains("property=\"og:title\""));
        assert!(without.contains("name=\"twitter:card\""));
        assert!(!without.contains("canonical") && !without.contains("oembed"));
        let with = head_tags(Some(&site()));
        let page = site().page();
        assert!(with.contains(&format!("<link rel=\"canonical\" href=\"{page}\">")));
        assert!(with.contains(&format!("href=\"{page}oembed.json\"")));
    }
}
