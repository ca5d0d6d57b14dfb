//! Renders the default view into `dist/index.html` at build time (run by `cargo xtask dist`
//! after trunk), so the page is readable before, and without, WebAssembly: the app and the
//! phrase checker ready to be adopted, and the page around them (`ui/reference/`), which only
//! this step renders. Natively, with Yew's server renderer; the shipped wasm has no SSR code.
//!
//! Usage: prerender <dist/index.html>

/// The text of the placeholder paragraph in `static/index.html` that the rendered page
/// replaces (the paragraph's markup may be minified).
const PLACEHOLDER: &str = "Loading the explainer…";

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <dist/index.html>");
        std::process::exit(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(error) => fail(&format!("cannot read {path}: {error}")),
    };
    let Some(text) = page.find(PLACEHOLDER) else {
        fail(&format!(
            "{path} has no placeholder {PLACEHOLDER:?} (was it prerendered already?)"
        ));
    };
    let (Some(start), Some(end)) = (page[..text].rfind("<p"), page[text..].find("</p>")) else {
        fail(&format!("{path}: the placeholder is not a paragraph"));
    };
    let end = text + end + "</p>".len();
    let view = futures::executor::block_on(two_words::ui::reference::page());
    let page = format!("{}{view}{}", &page[..start], &page[end..]);
    if let Err(error) = std::fs::write(&path, page) {
        fail(&format!("cannot write {path}: {error}"));
    }
    println!(
        "prerendered the default view into {path} ({} bytes of HTML)",
        view.len()
    );
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
