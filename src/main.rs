//! Mounts the app with the page's URL query; nothing else.

fn main() {
    let query = two_words::web::current_query();
    yew::Renderer::<two_words::ui::App>::with_props(two_words::ui::AppProps {
        query: query.into(),
    })
    .render();
}
