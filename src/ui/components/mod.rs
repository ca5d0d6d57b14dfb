//! One component per file.

mod arguments;
mod controls;
mod copy_link;
mod diagram;
mod notice;
mod presets;
mod sources;
mod verdict;
mod verdict_bar;

pub use arguments::Arguments;
pub use controls::Controls;
pub use copy_link::CopyLink;
pub use diagram::{describe_route, Diagram};
pub use notice::Notice;
pub use presets::Presets;
pub use sources::Sources;
pub use verdict::VerdictView;
pub use verdict_bar::VerdictBar;
