//! Two Words: an explainer of the 2026 Microsoft vs Amazon/OpenAI fight over "stateless" and
//! "stateful" access to OpenAI's models. See ARCHITECTURE.md for the map of the code.

pub mod content;
pub mod crash;
/// The rules, from their own crate (`engine/`), which depends on nothing.
pub use two_words_engine as engine;
pub mod phrases;
pub mod ui;
pub mod url;
pub mod web;
