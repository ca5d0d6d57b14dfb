//! Installs the panic hook, then starts the app on the page with the URL query and the stored
//! quiz tally; nothing else.

fn main() {
    // First, so that no panic, even in the first render, leaves a frozen or blank page.
    yew::set_custom_panic_hook(Box::new(two_words::crash::on_panic));
    two_words::crash::keep_prerendered();
    let props = two_words::ui::AppProps {
        start: Some(two_words::ui::Start {
            query: two_words::web::current_query().into(),
            stored_tally: two_words::web::load_tally(),
        }),
    };
    let renderer = yew::Renderer::<two_words::ui::App>::with_props(props);
    // The build's page is adopted as it is (hydrated), so nothing is drawn twice and the first
    // paint is the last; a page without it (a development server) is rendered from scratch.
    if two_words::web::prepare_prerendered() {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}
