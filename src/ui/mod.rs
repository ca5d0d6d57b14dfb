//! The Yew view: it renders what the engine returns with the content's words. Rendering has no
//! side effects (`window()` is touched only in effects and event handlers, through `web.rs`).

mod app;
mod components;
mod hooks;
pub mod phrase_checker;
mod prose;
#[cfg(feature = "ssr")]
pub mod reference;
mod state;

pub use app::{App, AppProps, Start};
#[cfg(feature = "ssr")]
pub use components::frame;
pub use components::{shown_variants as diagram_variants, snippet};

/// The id of the element that holds the app in the built page.
pub const APP_ROOT: &str = "app";
/// The attribute by which the build names, on `#app`, the preset whose own page it is: the app
/// adopts such a page in that preset's view.
pub const PAGE_VIEW: &str = "data-page-view";
/// The id of the share dialog, a dialog of the build's page.
pub const SHARE_DIALOG: &str = "share-dialog";
/// The id of the keyboard help, a dialog of the build's page.
pub const SHORTCUTS_DIALOG: &str = "shortcuts";
pub use state::{model_for_digit, Action, Change, Edition, Round, State, Tally};
