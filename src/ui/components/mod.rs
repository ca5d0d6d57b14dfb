//! One component per file.

mod arguments;
mod controls;
mod copy_link;
mod diagram;
mod embed_dialog;
mod handout;
mod notice;
mod presets;
mod quiz;
mod shortcuts_dialog;
mod sources;
mod toolbar;
mod verdict;
mod verdict_bar;

pub use arguments::Arguments;
pub use controls::Controls;
pub use copy_link::CopyLink;
pub use diagram::{describe_route, Diagram};
pub use embed_dialog::{snippet, EmbedDialog};
pub use handout::Handout;
pub use notice::Notice;
pub use presets::Presets;
pub use quiz::Quiz;
pub use shortcuts_dialog::ShortcutsDialog;
pub use sources::Sources;
pub use toolbar::Toolbar;
pub use verdict::VerdictView;
pub use verdict_bar::VerdictBar;
