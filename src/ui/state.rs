//! The app's state and its reducer. The reducer is pure: effects (writing the URL, the
//! clipboard) live in components' `use_effect_with` and event handlers, never here.

use std::rc::Rc;
use yew::Reducible;

use crate::content::CONTENT;
use crate::engine::{Configuration, Part};
use crate::url::{self, Ignored};

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub configuration: Configuration,
    /// What the URL asked for that was ignored, shown in `#notice` until dismissed.
    pub ignored: Vec<Ignored>,
}

pub enum Action {
    /// Sets one part from its URL value; an unknown value changes nothing.
    Set(Part, &'static str),
    /// Applies a preset by id: memory, tools and model; the terms are kept.
    ApplyPreset(&'static str),
    DismissNotice,
}

impl State {
    /// The state a page starts in for a URL query.
    pub fn from_query(query: &str) -> Self {
        let (configuration, ignored) = url::read(query);
        State {
            configuration,
            ignored,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Set(part, value) => {
                next.configuration.set_from_key(part, value);
            }
            Action::ApplyPreset(id) => {
                if let Some(preset) = CONTENT.preset(id) {
                    next.configuration = preset.apply(next.configuration);
                }
            }
            Action::DismissNotice => next.ignored.clear(),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
