//! Installs the panic hook, then starts the app on the page with the URL query and the stored
//! quiz tally, and the phrase checker beside it; nothing else.

use two_words::ui::{App, AppProps, Start};

fn main() {
    // First, so that no panic, even in the first render, leaves a frozen or blank page.
    yew::set_custom_panic_hook(Box::new(two_words::crash::on_panic));
    two_words::crash::keep_prerendered();
    let props = AppProps {
        start: Some(Start {
            query: two_words::web::current_query().into(),
            stored_tally: two_words::web::load_tally(),
            page: two_words::web::app_base().into(),
        }),
        // The view the build prerendered this page in, which the app adopts first.
        base: two_words::web::page_base(),
        // The page holds the diagram, which the app adopts.
        ..AppProps::default()
    };
    // The build's page is adopted as it is (hydrated), so nothing is drawn twice and the first
    // paint is the last; a page without it (a development server) gets both drawn into <body>.
    match two_words::web::prepare_prerendered() {
        Some(app) => {
            yew::Renderer::<App>::with_root_and_props(app, props).hydrate();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
    two_words::ui::phrase_checker::start();
}
