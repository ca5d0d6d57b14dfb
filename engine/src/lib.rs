//! The rules of the explainer, pure: which side's argument applies to an architecture, why, and
//! how requests travel through it.
//!
//! Invariant: this crate knows nothing of the web and nothing of words; it depends on no other
//! crate, so it cannot use Yew, web-sys, wasm-bindgen or serde. It returns ids; the texts live in the content file. Every
//! function is total: each configuration has exactly one answer and nothing here can panic.

mod arguments;
mod parts;
mod route;
mod verdict;

pub use arguments::{evaluate_arguments, ArgumentId, ArgumentStatus, Reason, Side, Standing};
pub use parts::{Configuration, Memory, Model, Part, PartValue, Terms, Tools};
pub use route::{route, Cloud, Holder, Route};
pub use verdict::{verdict, Verdict, VerdictKey, VerdictReason};

/// Everything the view needs to know about one configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub verdict: Verdict,
    pub arguments: Vec<ArgumentStatus>,
    pub route: Route,
}

/// Evaluates a configuration: the verdict, where every argument stands, and the
/// route a model request takes.
pub fn evaluate(configuration: &Configuration) -> Evaluation {
    Evaluation {
        verdict: verdict(configuration),
        arguments: evaluate_arguments(configuration),
        route: route(configuration),
    }
}
