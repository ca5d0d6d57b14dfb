//! Renders the default view into `dist/index.html` at build time (run by `cargo xtask dist`
//! after trunk), so the page is readable before, and without, WebAssembly. Natively, with
//! Yew's server renderer; the shipped wasm has no SSR code.
//!
//! Usage: prerender <dist/index.html>

use two_words::ui::{App, AppProps};

/// The placeholder in `static/index.html` that the rendered view replaces.
const PLACEHOLDER: &str = "<p class=\"loading\">Loading the explainer…</p>";

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <dist/index.html>");
        std::process::exit(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(error) => fail(&format!("cannot read {path}: {error}")),
    };
    if !page.contains(PLACEHOLDER) {
        fail(&format!("{path} has no placeholder {PLACEHOLDER:?} (was it prerendered already?)"));
    }
    let view = futures::executor::block_on(
        yew::ServerRenderer::<App>::with_props(|| AppProps {
            prerendered: true,
            ..AppProps::default()
        })
        .hydratable(false)
        .render(),
    );
    let page = page.replacen(PLACEHOLDER, &view, 1);
    if let Err(error) = std::fs::write(&path, page) {
        fail(&format!("cannot write {path}: {error}"));
    }
    println!("prerendered the default view into {path} ({} bytes of HTML)", view.len());
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}
