//! Renders the release's pages at build time (run by `cargo xtask dist` after trunk), so each is
//! readable before, and without, WebAssembly: the language's first page in the default view at
//! `dist/<language>/index.html`, and each preset's own page in that preset's view at
//! `views/<preset-id>/index.html` below it. Each holds the app and the phrase checker ready to be
//! adopted, and the page around them (`ui/reference/`), which only this step renders. Natively,
//! with Yew's server renderer; the shipped wasm has no SSR code.
//!
//! It also writes each document's own words in the content's language: `<html lang dir>`, the
//! title, the meta description, the card a shared link shows, the note shown without
//! JavaScript, and the message `start.js` shows when the app cannot start (a `<template>`, so
//! that the script holds no words). It finds the places by the document's structure, never by
//! its words. A preset's page is two folders down, so the addresses in its head that trunk
//! wrote relative to the first page are written two folders up.
//!
//! Usage: prerender <dist/index.html>

mod card;

use std::path::Path;

use two_words::content::{
    fill, page_text, plain, Language, PageText, CONTENT, LANGUAGE, LANGUAGES, PAGE,
};
use two_words::engine::evaluate;
use two_words::ui::frame;
use two_words::ui::reference::Place;
use two_words::url::{Address, Flags};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <dist/index.html>");
        std::process::exit(2);
    };
    let template = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(error) => fail(&format!("cannot read {path}: {error}")),
    };
    let folder = Path::new(&path).parent().unwrap_or(Path::new("."));
    let site = Site::from_env();
    let cards = card::Cards::new().unwrap_or_else(|problem| fail(&format!("the cards: {problem}")));
    let mut bytes = 0;
    let mut pages = 0;
    for place in Place::all() {
        let view = futures::executor::block_on(two_words::ui::reference::page(place));
        let target = folder.join(place.folder()).join("index.html");
        // The card first: a page links its card only once it is there.
        let drawing = futures::executor::block_on(two_words::ui::reference::drawing(place));
        let png = cards
            .svg(place, &drawing)
            .and_then(|svg| cards.check(&svg).map(|()| svg))
            .and_then(|svg| cards.png(&svg))
            .unwrap_or_else(|problem| fail(&format!("{}'s card: {problem}", target.display())));
        write_bytes(&target.with_file_name(CARD), &png);
        let page = match write_document(&template, &view, place, site.as_ref()) {
            Ok(page) => page,
            Err(problem) => fail(&format!("{path}: {problem}")),
        };
        write(&target, &page);
        // oEmbed's answer, beside the page that links it: what WordPress embeds for a link.
        if let Some(site) = &site {
            write(&target.with_file_name("oembed.json"), &oembed(site, place));
        }
        bytes += view.len();
        pages += 1;
    }
    let log = match corrections_document(&template) {
        Ok(log) => log,
        Err(problem) => fail(&format!("{path}: {problem}")),
    };
    write(
        &folder.join(two_words::ui::reference::CORRECTIONS_FILE),
        &log,
    );
    println!(
        "prerendered {pages} pages below {} (the default view, then each preset's), {bytes} bytes of HTML, each with its card, and the corrections log",
        folder.display()
    );
}

/// The corrections log's page: the language, the page's stylesheet and icon from the template's
/// head, its own title, and the log; no script, since nothing on it changes.
fn corrections_document(template: &str) -> Result<String, String> {
    let link = |rel: &str| {
        let at = template
            .find(&format!("rel={rel}>"))
            .ok_or(format!("it has no <link rel={rel}>"))?;
        let start = template[..at]
            .rfind("<link")
            .ok_or("a link without its tag")?;
        Ok::<_, String>(&template[start..at + rel.len() + 5])
    };
    let body = futures::executor::block_on(two_words::ui::reference::corrections_page());
    Ok(format!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><meta charset=utf-8>\
         <meta content=\"width=device-width,initial-scale=1\" name=viewport>\
         <title>{title}</title><meta content=\"light dark\" name=color-scheme>{style}{icon}\
         <body>{body}</body></html>\n",
        lang = LANGUAGE.code,
        dir = LANGUAGE.dir.key(),
        title = escape(&format!(
            "{} · {}",
            page_text(two_words::content::PageText::CorrectionsHeading),
            PAGE.title
        )),
        style = link("stylesheet")?,
        icon = link("icon")?,
    ))
}

/// The file name of each page's card, beside the page.
const CARD: &str = "card.png";

/// Writes a file, its folder first.
fn write(target: &Path, text: &str) {
    write_bytes(target, text.as_bytes());
}

/// Writes a file of bytes, its folder first.
fn write_bytes(target: &Path, bytes: &[u8]) {
    if let Some(parent) = target.parent() {
        if let Err(error) = std::fs::create_dir_all(parent) {
            fail(&format!("cannot create {}: {error}", parent.display()));
        }
    }
    if let Err(error) = std::fs::write(target, bytes) {
        fail(&format!("cannot write {}: {error}", target.display()));
    }
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

    /// A place's page in a language.
    fn page_of(&self, language: &Language, place: Place) -> String {
        let root = LANGUAGES.first().unwrap_or(&LANGUAGE);
        self.absolute(&Place::default().address(root, language)) + &place.folder()
    }

    /// A place's page in this language.
    fn page(&self, place: Place) -> String {
        self.page_of(&LANGUAGE, place)
    }
}

/// What a view's page says of its view, as the app says it: the kicker that dates the verdict,
/// and the verdict's headline, as plain words (it goes into tags and a picture).
struct Said {
    kicker: &'static str,
    headline: String,
}

impl Said {
    fn of(place: Place) -> Said {
        let configuration = place.base().0;
        Said {
            kicker: CONTENT.kicker(configuration.terms),
            headline: plain(CONTENT.headline(&evaluate(&configuration).verdict)),
        }
    }
}

/// A page's title and description: the explainer's, or on a preset's page the view's name and
/// its verdict after its kicker.
fn title_and_description(place: Place) -> (String, String) {
    match place.view {
        None => (
            page_text(PageText::Title).to_owned(),
            page_text(PageText::Description).to_owned(),
        ),
        Some(preset) => {
            let said = Said::of(place);
            (
                fill(
                    page_text(PageText::ViewTitle),
                    &[("view", preset.title), ("name", PAGE.title)],
                ),
                fill(
                    page_text(PageText::ViewDescription),
                    &[("kicker", said.kicker), ("verdict", &said.headline)],
                ),
            )
        }
    }
}

/// The page's card where a link to it is shared, and with the site's address its canonical
/// address and its oEmbed discovery link.
fn head_tags(place: Place, site: Option<&Site>) -> String {
    let (title, description) = title_and_description(place);
    let title = escape(&title);
    let mut tags = format!(
        "<meta property=\"og:type\" content=\"website\">\
         <meta property=\"og:site_name\" content=\"{name}\">\
         <meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\">",
        name = escape(PAGE.title),
        description = escape(&description),
    );
    match site {
        // A card's picture needs an absolute address.
        None => tags.push_str("<meta name=\"twitter:card\" content=\"summary\">"),
        Some(site) => {
            let page = escape(&site.page(place));
            tags.push_str(&format!(
                "<meta name=\"twitter:card\" content=\"summary_large_image\">\
                 <meta property=\"og:image\" content=\"{page}{CARD}\">\
                 <meta property=\"og:image:type\" content=\"image/png\">\
                 <meta property=\"og:image:width\" content=\"{width}\">\
                 <meta property=\"og:image:height\" content=\"{height}\">\
                 <meta property=\"og:image:alt\" content=\"{alt}\">\
                 <link rel=\"canonical\" href=\"{page}\">\
                 <meta property=\"og:url\" content=\"{page}\">\
                 <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{page}oembed.json\" title=\"{title}\">",
                width = card::WIDTH,
                height = card::HEIGHT,
                alt = escape(&card::Cards::alt(place)),
            ));
        }
    }
    tags
}

/// The width oEmbed gives the frame, in pixels: a wide article column.
const OEMBED_WIDTH: u32 = 700;

/// oEmbed's answer for a page in this language (a "rich" embed: the frame alone, which
/// WordPress shows once the page sends its height back), in the page's own view.
fn oembed(site: &Site, place: Place) -> String {
    let address = Address {
        page: site.page(place),
        base: place.base(),
    };
    let (title, _) = title_and_description(place);
    // The frame's width in pixels, as oEmbed gives it, and no border: a consumer keeps an
    // iframe's `width`, `height` and `frameborder` and drops its style (WordPress does), and
    // would show a 300-px frame with a border without them; WordPress's embed block then
    // narrows the frame to its column.
    let frame = frame(&address, &place.base().0, &Flags::default()).replacen(
        "<iframe ",
        &format!("<iframe width=\"{OEMBED_WIDTH}\" frameborder=\"0\" "),
        1,
    );
    // The link before the frame is what WordPress needs to load its script that shows and sizes
    // the frame (it looks for a blockquote beside the iframe); it shows the link, and hides the
    // frame, until the page answers, so a frame that cannot start stays a plain link.
    let html = format!(
        "<blockquote><a href=\"{page}\">{title}</a></blockquote>{frame}",
        page = escape(&address.page),
        title = escape(&title)
    );
    let fields = [
        ("version", json_string("1.0")),
        ("type", json_string("rich")),
        ("provider_name", json_string(PAGE.title)),
        ("provider_url", json_string(&site.root)),
        ("title", json_string(&title)),
        ("html", json_string(&html)),
        ("width", OEMBED_WIDTH.to_string()),
        ("height", "900".to_owned()),
        (
            "thumbnail_url",
            json_string(&format!("{}{CARD}", address.page)),
        ),
        ("thumbnail_width", card::WIDTH.to_string()),
        ("thumbnail_height", card::HEIGHT.to_string()),
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

/// The addresses in the head (`href` and `src`) that trunk wrote relative to the first page,
/// from a page `up` below it: `./style.css` becomes `../../style.css`. Absolute addresses,
/// fragments and queries stay as they are.
fn relocate_head(page: &str, up: &str) -> Result<String, String> {
    if up.is_empty() {
        return Ok(page.to_owned());
    }
    let head_end = page.find("</head>").ok_or("it has no </head>")?;
    let (head, rest) = page.split_at(head_end);
    let mut out = String::with_capacity(page.len() + 64);
    let mut remaining = head;
    while let Some(at) = find_address_attribute(remaining) {
        let (before, after) = remaining.split_at(at);
        out.push_str(before);
        let name_end = after.find('=').unwrap_or(0) + 1;
        out.push_str(&after[..name_end]);
        let value = &after[name_end..];
        let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''));
        let value = quote.map_or(value, |q| &value[q.len_utf8()..]);
        if let Some(quote) = quote {
            out.push(quote);
        }
        let relative = !value.starts_with(['/', '#', '?'])
            && !value
                .split(['/', '"', '\'', ' ', '>'])
                .next()
                .is_some_and(|first| first.contains(':'));
        if relative {
            out.push_str(up);
            remaining = value.strip_prefix("./").unwrap_or(value);
        } else {
            remaining = value;
        }
    }
    out.push_str(remaining);
    out.push_str(rest);
    Ok(out)
}

/// Where the next ` href=` or ` src=` attribute starts in `text` (at its name).
fn find_address_attribute(text: &str) -> Option<usize> {
    [" href=", " src="]
        .iter()
        .filter_map(|name| text.find(name).map(|at| at + 1))
        .min()
}

/// The page trunk wrote, with its language, title, description and body replaced, for a place.
fn write_document(
    template: &str,
    view: &str,
    place: Place,
    site: Option<&Site>,
) -> Result<String, String> {
    let page = relocate_head(template, place.up())?;
    let html = format!(
        "<html lang=\"{}\" dir=\"{}\">",
        LANGUAGE.code,
        LANGUAGE.dir.key()
    );
    let page = replace_tag(&page, "<html", &html)?;
    // Every language's page, for search engines and link previews; the first is the default.
    let mut alternates = String::new();
    // Absolute where the site's address is known, as search engines prefer.
    let address = |language| match site {
        Some(site) => site.page_of(language, place),
        None => place.address(&LANGUAGE, language),
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
        head_tags(place, site),
        &page[head_end..]
    );
    let (title, description) = title_and_description(place);
    let title = format!("<title>{}</title>", escape(&title));
    let page = replace_between(&page, "<title", "</title>", &title)?;
    let description = format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(&description)
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

    /// A preset's page (the content's second preset: the first may be the default view).
    fn view() -> Place {
        Place::all().nth(2).expect("the content has presets")
    }

    #[test]
    fn oembed_answers_with_the_frame_of_this_language_s_page() {
        let json = oembed(&site(), Place::default());
        for field in [
            "\"version\": \"1.0\"",
            "\"type\": \"rich\"",
            "\"provider_url\": \"https://example.org/two-words/\"",
            "\"width\": 700",
            "\"height\": 900",
        ] {
            assert!(json.contains(field), "{field} in {json}");
        }
        let page = site().page(Place::default());
        // WordPress loads the script that shows the frame only for a frame after a blockquote.
        assert!(
            json.contains(&format!("\"html\": \"<blockquote><a href=\\\"{page}\\\">")),
            "{json}"
        );
        assert!(
            json.contains(&format!(
                "</blockquote><iframe width=\\\"700\\\" frameborder=\\\"0\\\" src=\\\"{page}?embed=1\\\""
            )),
            "{json}"
        );
        assert!(
            !json.contains("<script"),
            "oEmbed's html is a link and the frame, without a script: {json}"
        );
    }

    #[test]
    fn a_view_s_oembed_frames_its_own_page_with_no_query_but_the_embed_flag() {
        let place = view();
        let preset = place.view.expect("a preset's page");
        let json = oembed(&site(), place);
        let page = format!(
            "https://example.org/two-words/{}views/{}/",
            language_folder(),
            preset.id
        );
        assert!(
            json.contains(&format!("src=\\\"{page}?embed=1\\\"")),
            "{json}"
        );
        assert!(json.contains(&json_string(&title_and_description(place).0)));
        assert!(
            json.contains(&format!("\"thumbnail_url\": \"{page}card.png\"")),
            "{json}"
        );
        assert!(
            json.contains("\"thumbnail_width\": 1200")
                && json.contains("\"thumbnail_height\": 630")
        );
    }

    /// This build's language's folder below the site's root.
    fn language_folder() -> String {
        Place::default()
            .address(LANGUAGES.first().unwrap_or(&LANGUAGE), &LANGUAGE)
            .trim_start_matches("./")
            .to_owned()
    }

    #[test]
    fn the_card_is_always_written_and_the_addresses_only_with_the_site() {
        let without = head_tags(Place::default(), None);
        assert!(without.contains("property=\"og:title\""));
        assert!(without.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assert!(!without.contains("canonical") && !without.contains("oembed"));
        assert!(
            !without.contains("og:image"),
            "a picture needs an absolute address"
        );
        let with = head_tags(Place::default(), Some(&site()));
        let page = site().page(Place::default());
        assert!(with.contains(&format!("<link rel=\"canonical\" href=\"{page}\">")));
        assert!(with.contains(&format!("href=\"{page}oembed.json\"")));
        assert!(with.contains(&format!(
            "<meta property=\"og:image\" content=\"{page}card.png\">"
        )));
        assert!(with.contains("<meta property=\"og:image:width\" content=\"1200\">"));
        assert!(with.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        let alt = escape(&card::Cards::alt(Place::default()));
        assert!(with.contains(&format!(
            "<meta property=\"og:image:alt\" content=\"{alt}\">"
        )));
    }

    #[test]
    fn every_page_s_card_fits_and_is_a_picture_of_the_card_s_size() {
        let cards = card::Cards::new().expect("the cards' colours are the page's");
        for place in Place::all() {
            let drawing = futures::executor::block_on(two_words::ui::reference::drawing(place));
            let svg = cards.svg(place, &drawing).expect("the card lays out");
            cards.check(&svg).expect("the card's lines fit");
            let png = cards.png(&svg).expect("the card renders");
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            assert_eq!(
                &png[16..24],
                &[0, 0, 0x04, 0xb0, 0, 0, 0x02, 0x76],
                "1200 by 630"
            );
            if let Some(preset) = place.view {
                for word in preset.title.split_whitespace() {
                    assert!(
                        svg.contains(&escape(word)),
                        "{word} on {}'s card",
                        preset.id
                    );
                }
                assert!(card::Cards::alt(place).contains(preset.title));
            }
        }
    }

    #[test]
    fn a_card_whose_lines_leave_it_or_meet_is_refused() {
        let cards = card::Cards::new().expect("the cards' colours are the page's");
        let drawing =
            futures::executor::block_on(two_words::ui::reference::drawing(Place::default()));
        let svg = cards
            .svg(Place::default(), &drawing)
            .expect("the card lays out");
        let outside = svg.replacen("<text x=\"60\"", "<text x=\"1150\"", 1);
        assert!(cards.check(&outside).unwrap_err().contains("margins"));
        let onto = svg.replacen("<text x=\"60\"", "<text x=\"700\" dy=\"150\"", 1);
        assert!(cards.check(&onto).is_err());
    }

    #[test]
    fn a_view_s_card_names_the_view_and_its_verdict() {
        let place = view();
        let preset = place.view.expect("a preset's page");
        let (title, description) = title_and_description(place);
        assert!(
            title.contains(preset.title) && title.contains(PAGE.title),
            "{title}"
        );
        let verdict = evaluate(&place.base().0).verdict;
        assert!(
            description.contains(&plain(CONTENT.headline(&verdict))),
            "{description}"
        );
        let tags = head_tags(place, Some(&site()));
        assert!(
            tags.contains(&format!("content=\"{}\"", escape(&title))),
            "{tags}"
        );
        assert!(
            tags.contains(&format!("views/{}/oembed.json", preset.id)),
            "{tags}"
        );
    }

    #[test]
    fn a_view_page_s_head_reaches_the_first_page_s_files() {
        let head = "<html><head><link href=./style-1.css rel=stylesheet><script src=\"start.js\" defer></script>\
                    <script type=module src=./boot-1.js></script><link rel=icon href='./favicon.svg'>\
                    <link href=https://example.org/x.css rel=stylesheet><link href=/abs.css><link href=#x></head>\
                    <body><a href=./>here</a></body></html>";
        assert_eq!(
            relocate_head(head, "../../").as_deref(),
            Ok("<html><head><link href=../../style-1.css rel=stylesheet><script src=\"../../start.js\" defer></script>\
                <script type=module src=../../boot-1.js></script><link rel=icon href='../../favicon.svg'>\
                <link href=https://example.org/x.css rel=stylesheet><link href=/abs.css><link href=#x></head>\
                <body><a href=./>here</a></body></html>")
        );
        assert_eq!(relocate_head(head, "").as_deref(), Ok(head));
    }

    #[test]
    fn a_view_page_is_written_in_its_view_and_links_its_languages_views() {
        let place = view();
        let preset = place.view.expect("a preset's page");
        let template = "<!DOCTYPE html><html lang=en><head><title>x</title><meta name=description content=\"\">\
                        <link href=./style-1.css rel=stylesheet></head><body><p>…</p></body></html>";
        let page = write_document(template, "<main>view</main>", place, None).expect("a page");
        assert!(page.contains("href=../../style-1.css"), "{page}");
        for language in LANGUAGES {
            let href = place.address(&LANGUAGE, language);
            assert!(href.ends_with(&format!("views/{}/", preset.id)), "{href}");
            assert!(
                page.contains(&format!("hreflang=\"{}\" href=\"{href}\"", language.code)),
                "{page}"
            );
        }
        assert!(page.contains(&format!(
            "<title>{}</title>",
            escape(&title_and_description(place).0)
        )));
    }
}
