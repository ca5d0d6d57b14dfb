//! Installs the panic hook, then mounts the app with the page's URL query and the stored quiz
//! tally; nothing else.

fn main() {
    // First, so that no panic, even in the first render, leaves a frozen or blank page.
    yew::set_custom_panic_hook(Box::new(two_words::crash::on_panic));
    two_words::crash::keep_prerendered();
    let query = two_words::web::current_query();
    yew::Renderer::<two_words::ui::App>::with_props(two_words::ui::AppProps {
        query: query.into(),
        stored_tally: two_words::web::load_tally(),
        prerendered: false,
    })
    .render();
}
