//! Each page's card: the 1200×630 picture a link to it shows where it is shared (`og:image`),
//! and the placeholder of a frame that has not loaded yet. It says what the page says: the
//! explainer's name and date, the view's name, its verdict after its kicker, and the diagram as
//! the page draws it, in the page's language. Drawn as SVG, with every line measured in the
//! card's own typeface, then turned into a PNG by resvg, natively: no browser in the build.

use resvg::tiny_skia;
use resvg::usvg;

use super::Said;
use two_words::content::{fill, page_text, PageText, PAGE};
use two_words::ui::reference::Place;

/// The card's size: the one link previews expect (1.91:1).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// Space kept clear at the card's edges.
const MARGIN: f32 = 60.0;
/// The typeface every word of the card is set in, compiled in (see Cargo.toml).
const FACE: &str = "DejaVu Sans";

/// The card and the diagram in it, styled with the page's own colour names: `themed` gives
/// each `var(--name)` the light theme's value from static/style.css, so the card follows the
/// page's colours rather than copying them. Each side's colour marks only its own cloud, as on
/// the page; the accent is neither side's.
const STYLE: &str = "
text { font-family: 'DejaVu Sans'; fill: var(--text); }
.muted { fill: var(--muted); }
.card-bg { fill: var(--bg); }
.card-rule { fill: var(--accent); }
.diagram text { font-size: 13px; }
.diagram text.label { font-weight: 700; font-size: 14px; }
.diagram text.small { font-size: 11.5px; fill: var(--muted); }
.diagram rect { fill: var(--surface); stroke: var(--text); stroke-width: 2; }
.diagram .cloud > rect { fill: var(--surface-2); }
.diagram .azure.on > rect { stroke: var(--microsoft); }
.diagram .aws.on > rect { stroke: var(--amazon-openai); }
.diagram .off > rect { stroke: var(--off); stroke-dasharray: 6 5; fill: none; }
.diagram .chip.off rect { stroke: var(--off); stroke-dasharray: 6 5; fill: none; }
.diagram .off text { fill: var(--off); }
.diagram .chip.on rect { fill: var(--applies-bg); stroke: var(--applies-line); }
.diagram .request { fill: none; stroke: var(--accent); stroke-width: 3.5; }
.diagram .arrowhead { fill: var(--accent); }
";

/// The page's stylesheet, whose first `:root` rule is the light theme.
const PAGE_STYLE: &str = include_str!("../../../static/style.css");

/// `style` with every `var(--name)` replaced by that name's value in the first `:root` rule of
/// `page` (a stylesheet); an error naming a colour the stylesheet does not define, since resvg
/// does not read custom properties.
fn themed(style: &str, page: &str) -> Result<String, String> {
    let mut page_text = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("/*") {
        page_text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    page_text.push_str(rest);
    let root = page_text
        .find(":root {")
        .and_then(|start| {
            let body = &page_text[start + ":root {".len()..];
            body.find('}').map(|end| &body[..end])
        })
        .ok_or("the stylesheet has no :root rule")?;
    let values: Vec<(&str, &str)> = root
        .split(';')
        .filter_map(|declaration| declaration.split_once(':'))
        .map(|(name, value)| (name.trim(), value.trim()))
        .filter(|(name, _)| name.starts_with("--"))
        .collect();
    let mut out = String::with_capacity(style.len());
    let mut rest = style;
    while let Some(start) = rest.find("var(") {
        out.push_str(&rest[..start]);
        let after = &rest[start + "var(".len()..];
        let end = after.find(')').ok_or("a var( without its )")?;
        let name = after[..end].trim();
        let value = values
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, value)| *value)
            .ok_or_else(|| format!("the stylesheet's :root does not define {name}"))?;
        out.push_str(value);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// One block of text on the card: where it starts, how it is set, how wide and how many lines
/// it may take.
#[derive(Clone, Copy)]
struct Block<'a> {
    text: &'a str,
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    muted: bool,
    width: f32,
    lines: usize,
}

/// Lays out and renders cards, with the card's typeface loaded once.
pub struct Cards {
    options: usvg::Options<'static>,
    style: String,
}

impl Cards {
    /// The card's typeface and colours; an error when the page's stylesheet lacks a colour the
    /// card uses.
    pub fn new() -> Result<Cards, String> {
        let mut options = usvg::Options {
            font_family: FACE.to_owned(),
            ..usvg::Options::default()
        };
        let fonts = options.fontdb_mut();
        fonts.load_font_data(dejavu::sans::regular().to_vec());
        fonts.load_font_data(dejavu::sans::bold().to_vec());
        let style = themed(STYLE, PAGE_STYLE)?;
        Ok(Cards { options, style })
    }

    /// The card's words for a page, in one sentence each: its alternative text.
    pub fn alt(place: Place) -> String {
        match place.view {
            None => format!("{}. {}", PAGE.title, page_text(PageText::Description)),
            Some(preset) => {
                let said = Said::of(place);
                fill(
                    page_text(PageText::CardAlt),
                    &[
                        ("view", preset.title),
                        ("kicker", said.kicker),
                        ("verdict", &said.headline),
                    ],
                )
            }
        }
    }

    /// The card of a page as SVG, the diagram given as the build drew it for that page.
    pub fn svg(&self, place: Place, diagram: &str) -> Result<String, String> {
        let mut body = String::new();
        let top = MARGIN + 34.0;
        body.push_str(&self.block(&Block {
            text: PAGE.title,
            x: MARGIN,
            y: top,
            size: 34.0,
            bold: true,
            muted: false,
            width: 440.0,
            lines: 1,
        })?);
        let date = fill(page_text(PageText::CurrentTo), &[("date", PAGE.current_to)]);
        body.push_str(&self.block(&Block {
            text: &date,
            x: 540.0,
            y: top - 14.0,
            size: 20.0,
            bold: false,
            muted: true,
            width: WIDTH as f32 - MARGIN - 540.0,
            lines: 2,
        })?);
        // The left column beside the diagram: the view's name and its kicker, or on the first
        // page the explainer's tagline.
        let column = 480.0;
        match place.view {
            Some(preset) => {
                let said = Said::of(place);
                let (name, depth) = self.wrapped(&Block {
                    text: preset.title,
                    x: MARGIN,
                    y: 190.0,
                    size: 36.0,
                    bold: true,
                    muted: false,
                    width: column,
                    lines: 4,
                })?;
                body.push_str(&name);
                body.push_str(&self.block(&Block {
                    text: said.kicker,
                    x: MARGIN,
                    y: 190.0 + depth + 50.0,
                    size: 22.0,
                    bold: false,
                    muted: true,
                    width: column,
                    lines: 3,
                })?);
                body.push_str(&self.block(&Block {
                    text: &said.headline,
                    x: MARGIN,
                    y: 480.0,
                    size: 29.0,
                    bold: false,
                    muted: false,
                    width: WIDTH as f32 - 2.0 * MARGIN,
                    lines: 3,
                })?);
            }
            None => {
                body.push_str(&self.block(&Block {
                    text: PAGE.tagline,
                    x: MARGIN,
                    y: 190.0,
                    size: 30.0,
                    bold: false,
                    muted: false,
                    width: column,
                    lines: 7,
                })?);
                body.push_str(&self.block(&Block {
                    text: page_text(PageText::Description),
                    x: MARGIN,
                    y: 490.0,
                    size: 24.0,
                    bold: false,
                    muted: true,
                    width: WIDTH as f32 - 2.0 * MARGIN,
                    lines: 3,
                })?);
            }
        }
        let (x, y, width, height) = DIAGRAM;
        let drawing = inner_svg(diagram)?.replacen(
            "<svg ",
            &format!("<svg x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" "),
            1,
        );
        Ok(format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
             viewBox=\"0 0 {WIDTH} {HEIGHT}\"><style>{style}</style>\
             <rect class=\"card-bg\" width=\"{WIDTH}\" height=\"{HEIGHT}\"/>\
             <rect class=\"card-rule\" width=\"{WIDTH}\" height=\"10\"/>\
             {body}<g class=\"diagram\">{drawing}</g></svg>",
            style = self.style
        ))
    }

    /// The card as a PNG.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(svg, &self.options)
            .map_err(|error| format!("the card's SVG does not parse: {error}"))?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no room for the card")?;
        resvg::render(
            &tree,
            tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
        pixmap
            .encode_png()
            .map_err(|error| format!("the card does not encode as PNG: {error}"))
    }

    /// A block of text, each line a `<text>`; an error when it needs more lines than it has.
    fn block(&self, block: &Block) -> Result<String, String> {
        self.wrapped(block).map(|(svg, _)| svg)
    }

    /// A block of text and the number of lines it took.
    /// A longer text than the block has room for is set smaller, down to four fifths of its
    /// size, before the card is refused.
    fn wrapped(&self, block: &Block) -> Result<(String, f32), String> {
        let mut size = block.size;
        let mut lines = self.lines(block);
        while lines.len() > block.lines && size - 1.0 >= block.size * SMALLEST {
            size -= 1.0;
            lines = self.lines(&Block { size, ..*block });
        }
        if lines.len() > block.lines {
            return Err(format!(
                "“{}” needs {} lines on the card even at {size} px, and has room for {}",
                block.text,
                lines.len(),
                block.lines
            ));
        }
        let leading = size * LEADING;
        let svg = lines
            .iter()
            .enumerate()
            .map(|(index, line)| {
                format!(
                    "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{}{}>{}</text>",
                    block.x,
                    block.y + index as f32 * leading,
                    size,
                    if block.bold {
                        " font-weight=\"700\""
                    } else {
                        ""
                    },
                    if block.muted { " class=\"muted\"" } else { "" },
                    escape(line)
                )
            })
            .collect();
        // How far below the first line's baseline the block's last line is.
        Ok((svg, (lines.len() - 1) as f32 * leading))
    }

    /// The text cut into lines at spaces, each as wide as the block at most (a word wider than
    /// the block gets a line of its own, which the card's test then finds too wide).
    fn lines(&self, block: &Block) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in block.text.split_whitespace() {
            let longer = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if line.is_empty() || self.width(&longer, block) <= block.width {
                line = longer;
            } else {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// How wide a line of text is when set as the block is, measured by laying it out.
    fn width(&self, text: &str, block: &Block) -> f32 {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"200\">\
             <text x=\"0\" y=\"100\" font-family=\"{FACE}\" font-size=\"{}\"{}>{}</text></svg>",
            block.size,
            if block.bold {
                " font-weight=\"700\""
            } else {
                ""
            },
            escape(text)
        );
        usvg::Tree::from_str(&svg, &self.options)
            .map(|tree| tree.root().abs_bounding_box().width())
            .unwrap_or(f32::MAX)
    }

    /// Checks a card's layout: every line inside the card's margins and clear of the others and
    /// of the diagram, and the diagram's words inside the diagram. The build refuses a card that
    /// fails, in any language.
    pub fn check(&self, svg: &str) -> Result<(), String> {
        let tree = usvg::Tree::from_str(svg, &self.options)
            .map_err(|error| format!("the card's SVG does not parse: {error}"))?;
        let card = Area::new(
            MARGIN / 2.0,
            MARGIN / 2.0,
            WIDTH as f32 - MARGIN / 2.0,
            HEIGHT as f32 - MARGIN / 2.0,
        );
        let mut lines = Vec::new();
        let mut diagram = None;
        for node in tree.root().children() {
            match node {
                usvg::Node::Text(text) => lines.push(Area::of(text.abs_bounding_box())),
                usvg::Node::Group(group) => diagram = Some(group),
                _ => {}
            }
        }
        let diagram = diagram.ok_or("the card has no diagram")?;
        let drawn = Area::new(
            DIAGRAM.0,
            DIAGRAM.1,
            DIAGRAM.0 + DIAGRAM.2,
            DIAGRAM.1 + DIAGRAM.3,
        );
        let mut words = Vec::new();
        collect_text(diagram, &mut words);
        if words.is_empty() {
            return Err("the card's diagram has no words".to_owned());
        }
        if let Some(word) = words.iter().find(|word| !drawn.holds(word)) {
            return Err(format!("a word of the card's diagram leaves it: {word:?}"));
        }
        for (index, line) in lines.iter().enumerate() {
            if !card.holds(line) {
                return Err(format!("a line of the card leaves its margins: {line:?}"));
            }
            if line.meets(&drawn) {
                return Err(format!(
                    "a line of the card runs into the diagram: {line:?}"
                ));
            }
            if let Some(other) = lines[index + 1..].iter().find(|other| line.meets(other)) {
                return Err(format!(
                    "two lines of the card overlap: {line:?} and {other:?}"
                ));
            }
        }
        Ok(())
    }
}

/// How much smaller than its size a text may be set to fit its block.
const SMALLEST: f32 = 0.8;

/// The distance between lines, in font sizes.
const LEADING: f32 = 1.22;

/// Where the diagram is drawn on the card: x, y, width, height (2:1, as the page draws it).
const DIAGRAM: (f32, f32, f32, f32) = (570.0, 135.0, 580.0, 290.0);

/// A rectangle of the card: left, top, right, bottom.
#[derive(Clone, Copy, Debug)]
struct Area(f32, f32, f32, f32);

impl Area {
    fn new(left: f32, top: f32, right: f32, bottom: f32) -> Area {
        Area(left, top, right, bottom)
    }

    fn of(rect: usvg::Rect) -> Area {
        Area(rect.left(), rect.top(), rect.right(), rect.bottom())
    }

    fn holds(&self, other: &Area) -> bool {
        other.0 >= self.0 && other.1 >= self.1 && other.2 <= self.2 && other.3 <= self.3
    }

    fn meets(&self, other: &Area) -> bool {
        self.0 < other.2 && other.0 < self.2 && self.1 < other.3 && other.1 < self.3
    }
}

fn collect_text(group: &usvg::Group, found: &mut Vec<Area>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(group) => collect_text(group, found),
            usvg::Node::Text(text) => found.push(Area::of(text.abs_bounding_box())),
            _ => {}
        }
    }
}

/// The `<svg>…</svg>` of the build's diagram (a `<figure>` with its caption).
fn inner_svg(figure: &str) -> Result<&str, String> {
    let start = figure.find("<svg").ok_or("the diagram has no <svg>")?;
    let end = figure
        .rfind("</svg>")
        .ok_or("the diagram's <svg> is not closed")?
        + "</svg>".len();
    Ok(&figure[start..end])
}

/// Text made safe for SVG's text and attributes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_card_takes_the_light_theme_s_colours_and_names_one_it_lacks() {
        let style = themed(STYLE, PAGE_STYLE).expect("every colour is the page's");
        assert!(!style.contains("var("));
        assert!(
            style.contains("stroke: #1d5aa0"),
            "Microsoft's blue: {style}"
        );
        let page =
            ":root {\n  /* a note: with a colon; */ --text: #111;\n}\n:root[x] { --text: #222; }";
        assert_eq!(
            themed(".a { fill: var(--text); }", page).as_deref(),
            Ok(".a { fill: #111; }")
        );
        assert_eq!(
            themed(".a { fill: var(--gone); }", page),
            Err("the stylesheet's :root does not define --gone".to_owned())
        );
    }
}
