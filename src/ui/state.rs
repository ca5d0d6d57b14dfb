//! The app's state and its reducer. The reducer is pure: effects (writing the URL, the page's
//! theme, the stored quiz tally, the clipboard) live in `use_effect_with` and event handlers.

use std::rc::Rc;
use yew::Reducible;

use crate::content::{CONTENT, FOLDER, VERSION};
use crate::engine::{verdict, Configuration, Model, Part, PartValue, VerdictKey};
use crate::url::{self, Flags, Ignored};

/// The quiz's right and wrong answers on this device.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub right: u32,
    pub wrong: u32,
}

/// One round of the quiz: a prediction, then the reveal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub prediction: Option<VerdictKey>,
    pub revealed: bool,
}

/// What a copy button last did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Copied {
    #[default]
    Not,
    Yes,
    /// The browser refused; the text is offered to copy by hand.
    Refused(String),
}

/// The state of the sharing tools: what was copied, and the page's address without its query,
/// which shared links and embed codes start from (read from the browser once, at the start,
/// never while rendering).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Share {
    pub link: Copied,
    pub embed: Copied,
    pub page: String,
    pub fullscreen_refused: bool,
    /// Which release the embed code points to.
    pub edition: Edition,
}

/// The release an embed code points to: the live one, which follows every correction, or this
/// version, kept unchanged, so that an article keeps the meaning it had when it was written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Edition {
    #[default]
    Live,
    Pinned,
}

/// A modal dialog of the app's. Only an open dialog is rendered; an effect shows it as a modal.
/// (The keyboard help is the build's page, not the app's state: see `ui/reference/`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    Embed,
}

impl Dialog {
    pub fn id(self) -> &'static str {
        match self {
            Dialog::Embed => "embed-dialog",
        }
    }
}

/// What the reader last changed, for the one short message a screen reader hears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Part(Part),
    /// A preset, by id.
    Preset(&'static str),
    /// Several parts at once (a system chosen on the map).
    System,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// What the page's address means without a query: the default view, or on a preset's own
    /// page that preset's view. The address is read and written against it.
    pub base: url::Base,
    pub configuration: Configuration,
    pub flags: Flags,
    /// What the URL asked for that was ignored, shown in `#notice` until dismissed.
    pub ignored: Vec<Ignored>,
    pub round: Round,
    pub tally: Tally,
    pub share: Share,
    pub dialog: Option<Dialog>,
    /// Whether the app has applied the page's address and the device's tally (`Action::Start`).
    /// Until then the state is the default view the build prerendered, so that the app's first
    /// render adopts the prerendered page node for node, and the controls stay inert.
    pub started: bool,
    /// Whether the device keeps the quiz tally between visits.
    pub keeps_tally: bool,
    /// The reader's last change of the view; `None` until the first.
    pub change: Option<Change>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Sets one part from its URL value; an unknown value changes nothing.
    Set(Part, &'static str),
    /// Switches a two-valued part (memory, tools, terms) to its other value.
    Toggle(Part),
    /// Applies a preset by id: memory, tools and model; the terms are kept.
    ApplyPreset(&'static str),
    /// Moves to the next (+1) or previous (-1) preset, wrapping around.
    StepPreset(i32),
    /// Shows a whole configuration (a system chosen on the map).
    Show(Configuration),
    DismissNotice,
    TogglePresent,
    Predict(VerdictKey),
    Reveal,
    ResetTally,
    /// The link to this view was copied (or the browser refused; the link is kept to show).
    LinkCopied(Result<(), String>),
    /// The embed dialog, with the code for the current view.
    OpenEmbed,
    EmbedCopied(bool),
    /// The embed dialog's choice of release.
    ChooseEdition(Edition),
    FullscreenRefused(bool),
    /// The open dialog was closed (by its button, Escape, or the browser).
    DialogClosed,
    /// Applies what the page was opened with once the app has adopted the prerendered page:
    /// the URL query, the tally stored on the device (`None` when it keeps no storage), and the
    /// page's address without its query, which shared links and embed codes start from.
    Start {
        query: String,
        stored_tally: Option<Tally>,
        page: String,
    },
}

impl State {
    /// The state a page with this base starts in for a URL query and the tally stored on the
    /// device.
    pub fn new(base: url::Base, query: &str, tally: Tally) -> Self {
        let reading = base.read(query);
        State {
            base,
            configuration: reading.configuration,
            flags: reading.flags,
            ignored: reading.ignored,
            round: Round::default(),
            tally,
            share: Share::default(),
            dialog: None,
            started: true,
            keeps_tally: false,
            change: None,
        }
    }

    /// The state the build prerenders, and so the state the app adopts the page in: the page's
    /// own view (the default view, or a preset's on its page), not yet started.
    pub fn prerendered(base: url::Base) -> Self {
        State {
            started: false,
            ..State::new(base, "", Tally::default())
        }
    }

    /// Where links shared from this page point: its address, and its base, against which a
    /// view is written.
    pub fn address(&self) -> url::Address {
        url::Address {
            page: self.share.page.clone(),
            base: self.base,
        }
    }

    /// This page's address in the live release and in this version's, where the page has
    /// versions (the single file has none).
    pub fn editions(&self) -> Option<url::Editions> {
        self.address().editions(VERSION.date, FOLDER)
    }

    /// Where the embed code points: this page in the release the reader chose, the live one or
    /// this version's (the page itself where there are no versions).
    pub fn embedded_address(&self) -> url::Address {
        match (self.editions(), self.share.edition) {
            (Some(editions), Edition::Live) => editions.live,
            (Some(editions), Edition::Pinned) => editions.pinned,
            (None, _) => self.address(),
        }
    }

    /// The link a class is given for the view: the page's address and the view, without the
    /// teacher's flags (a phone should not open in projector or quiz mode).
    pub fn class_link(&self) -> String {
        self.address()
            .link(&self.configuration, &url::Flags::default())
    }

    /// Whether the view may change: `static=1` shows the view exactly as linked.
    fn changeable(&self) -> bool {
        !self.flags.fixed
    }

    /// The index of the preset the current parts match, if any.
    pub fn preset_index(&self) -> Option<usize> {
        CONTENT
            .presets
            .iter()
            .position(|p| p.matches(&self.configuration))
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let view_change = matches!(
            action,
            Action::Set(..)
                | Action::Toggle(_)
                | Action::ApplyPreset(_)
                | Action::StepPreset(_)
                | Action::Show(_)
        );
        if view_change && !self.changeable() {
            return self;
        }
        match action {
            Action::Set(part, value) => {
                next.configuration.set_from_key(part, value);
                next.change = Some(Change::Part(part));
            }
            Action::Show(configuration) => {
                next.configuration = configuration;
                next.change = Some(Change::System);
            }
            Action::Toggle(part) => {
                let values = part.values();
                let current = next.configuration.value_key(part);
                if let Some(other) = values.iter().find(|v| **v != current) {
                    if values.len() == 2 {
                        next.configuration.set_from_key(part, other);
                        next.change = Some(Change::Part(part));
                    }
                }
            }
            Action::ApplyPreset(id) => {
                if let Some(preset) = CONTENT.preset(id) {
                    next.configuration = preset.apply(next.configuration);
                    next.change = Some(Change::Preset(preset.id));
                }
            }
            Action::StepPreset(step) => {
                let count = CONTENT.presets.len() as i64;
                if count > 0 {
                    let index = match self.preset_index() {
                        Some(i) => (i as i64 + step as i64).rem_euclid(count),
                        None if step < 0 => count - 1,
                        None => 0,
                    };
                    if let Some(preset) = CONTENT.presets.get(index as usize) {
                        next.configuration = preset.apply(next.configuration);
                        next.change = Some(Change::Preset(preset.id));
                    }
                }
            }
            Action::DismissNotice => next.ignored.clear(),
            Action::TogglePresent => next.flags.present = !next.flags.present,
            Action::Predict(key) => {
                if !next.round.revealed {
                    next.round.prediction = Some(key);
                }
            }
            Action::Reveal => {
                if let (Some(prediction), false) = (next.round.prediction, next.round.revealed) {
                    next.round.revealed = true;
                    if prediction == verdict(&next.configuration).key {
                        next.tally.right = next.tally.right.saturating_add(1);
                    } else {
                        next.tally.wrong = next.tally.wrong.saturating_add(1);
                    }
                }
            }
            Action::ResetTally => next.tally = Tally::default(),
            Action::LinkCopied(result) => {
                next.share.link = match result {
                    Ok(()) => Copied::Yes,
                    Err(link) => Copied::Refused(link),
                }
            }
            Action::OpenEmbed => {
                next.share.embed = Copied::Not;
                next.dialog = Some(Dialog::Embed);
            }
            Action::DialogClosed => next.dialog = None,
            Action::Start {
                query,
                stored_tally,
                page,
            } => {
                let mut started = State::new(self.base, &query, stored_tally.unwrap_or_default());
                started.keeps_tally = stored_tally.is_some();
                started.share.page = page;
                next = started;
            }
            Action::ChooseEdition(edition) => {
                next.share.edition = edition;
                next.share.embed = Copied::Not;
            }
            Action::EmbedCopied(ok) => {
                next.share.embed = if ok {
                    Copied::Yes
                } else {
                    Copied::Refused(String::new())
                }
            }
            Action::FullscreenRefused(refused) => next.share.fullscreen_refused = refused,
        }
        // A new view is a new quiz round, and a link copied before is no longer this view's.
        // Only a change of the view is announced.
        if next.configuration != self.configuration {
            next.round = Round::default();
            next.share.link = Copied::Not;
        } else if view_change {
            next.change = self.change;
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The model chosen by the number keys 1, 2 and 3.
pub fn model_for_digit(digit: char) -> Option<&'static str> {
    let index = digit.to_digit(10)?.checked_sub(1)? as usize;
    Model::ALL.get(index).map(|m| m.key())
}
