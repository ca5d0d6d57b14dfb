//! One piece of the view per file. Pieces without state of their own are plain functions that
//! return `Html`: each Yew function component costs several kilobytes of WebAssembly in generic
//! machinery, and these re-render in well under a millisecond. The view's state lives in the
//! reducer (`ui/state.rs`). What never changes with the view is not here but in
//! `ui/reference/`, rendered at build time only; the phrase checker, whose only state is the
//! reader's text, is the build's section that `ui/phrase_checker.rs` writes into.

mod controls;
mod current_system;
mod diagram;
mod embed_dialog;
mod handout;
mod notice;
mod presets;
mod quiz;
mod term;
mod toolbar;
mod verdict;
mod verdict_bar;

pub use controls::{choices_explained, controls};
pub use current_system::{announcement, current_system};
// The build's map names its columns as the sentence above the controls names the parts.
#[cfg(feature = "ssr")]
pub use current_system::part_value;
pub use diagram::{adopted, shown_variants};
#[cfg(feature = "ssr")]
pub use embed_dialog::frame;
pub use embed_dialog::{embed_dialog, snippet};
pub use handout::this_view;
pub use notice::notice;
pub use presets::presets;
pub use quiz::quiz;
pub use term::term;
pub use toolbar::toolbar;
pub use verdict::verdict_view;
pub use verdict_bar::verdict_bar;
