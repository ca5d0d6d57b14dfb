//! Mounts the app with the page's URL query and the stored quiz tally; nothing else.

fn main() {
    let query = two_words::web::current_query();
    yew::Renderer::<two_words::ui::App>::with_props(two_words::ui::AppProps {
        query: query.into(),
        stored_tally: two_words::web::load_tally(),
        prerendered: false,
    })
    .render();
}
