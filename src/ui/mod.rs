//! The Yew view: it renders what the engine returns with the content's words. Rendering has no
//! side effects (`window()` is touched only in effects and event handlers, through `web.rs`).

mod app;
mod components;
mod hooks;
mod state;

pub use app::{App, AppProps, Start};
pub use components::{describe_route, snippet};
pub use state::{model_for_digit, Action, Round, State, Tally};
