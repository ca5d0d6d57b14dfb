//! The Yew view: it renders what the engine returns with the content's words. Rendering has no
//! side effects (`window()` is touched only in effects and event handlers).

mod app;
mod components;
mod state;

pub use app::{App, AppProps};
pub use components::describe_route;
pub use state::{Action, State};
