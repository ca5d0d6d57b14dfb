//! The parts of an AI system the reader switches (spec §2), and the configuration they make.
//!
//! Every part is a small enum with a stable URL key. `from_key` is the only way text becomes a
//! part, and it returns `None` rather than guessing, so the URL reader can say what it ignored.

/// Whether something keeps state between requests and interactions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Memory {
    /// Nothing is kept between requests; earlier messages are sent again with each request.
    #[default]
    Off,
    /// The agent runtime, the reader's own app, or an API's stored conversation keeps state.
    On,
}

/// Whether the agent can use software tools and company data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tools {
    #[default]
    Off,
    On,
}

/// Where and how the model is reached.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Model {
    /// The model runs on Azure; anything elsewhere sends each model request there.
    #[default]
    Azure,
    /// The model runs on AWS and is reached only through the agent runtime (the SRE plan).
    AwsRuntime,
    /// The reader's own code sends requests straight to an OpenAI GPT model hosted on AWS.
    AwsDirect,
}

/// Which terms between Microsoft and OpenAI are in force.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Terms {
    /// The October 2025 terms as restated on 27 February 2026: the dispute of March 2026.
    #[default]
    Y2025,
    /// After the amendment of 27 April 2026.
    Y2026,
}

/// One of the four parts, used to say which part decides a reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Memory,
    Tools,
    Model,
    Terms,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Memory, Part::Tools, Part::Model, Part::Terms];

    /// The URL parameter and form-control name of the part.
    pub fn key(self) -> &'static str {
        match self {
            Part::Memory => "memory",
            Part::Tools => "tools",
            Part::Model => "model",
            Part::Terms => "terms",
        }
    }

    /// The URL values the part accepts, the default first.
    pub fn values(self) -> &'static [&'static str] {
        match self {
            Part::Memory | Part::Tools => &["off", "on"],
            Part::Model => &["azure", "aws-runtime", "aws-direct"],
            Part::Terms => &["2025", "2026"],
        }
    }
}

/// The URL key of each value of a part, in both directions.
pub trait PartValue: Sized + Copy + Default + 'static {
    const PART: Part;
    const ALL: &'static [Self];
    fn key(self) -> &'static str;

    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.key() == key)
    }
}

impl PartValue for Memory {
    const PART: Part = Part::Memory;
    const ALL: &'static [Self] = &[Memory::Off, Memory::On];
    fn key(self) -> &'static str {
        match self {
            Memory::Off => "off",
            Memory::On => "on",
        }
    }
}

impl PartValue for Tools {
    const PART: Part = Part::Tools;
    const ALL: &'static [Self] = &[Tools::Off, Tools::On];
    fn key(self) -> &'static str {
        match self {
            Tools::Off => "off",
            Tools::On => "on",
        }
    }
}

impl PartValue for Model {
    const PART: Part = Part::Model;
    const ALL: &'static [Self] = &[Model::Azure, Model::AwsRuntime, Model::AwsDirect];
    fn key(self) -> &'static str {
        match self {
            Model::Azure => "azure",
            Model::AwsRuntime => "aws-runtime",
            Model::AwsDirect => "aws-direct",
        }
    }
}

impl PartValue for Terms {
    const PART: Part = Part::Terms;
    const ALL: &'static [Self] = &[Terms::Y2025, Terms::Y2026];
    fn key(self) -> &'static str {
        match self {
            Terms::Y2025 => "2025",
            Terms::Y2026 => "2026",
        }
    }
}

/// A whole architecture: one value of each part. `Default` is the spec's default view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Configuration {
    pub memory: Memory,
    pub tools: Tools,
    pub model: Model,
    pub terms: Terms,
}

impl Configuration {
    /// All 24 configurations, terms first, then model, memory and tools, so that a table of
    /// them reads in a stable, sensible order.
    pub fn all() -> impl Iterator<Item = Configuration> {
        Terms::ALL.iter().flat_map(|&terms| {
            Model::ALL.iter().flat_map(move |&model| {
                Memory::ALL.iter().flat_map(move |&memory| {
                    Tools::ALL.iter().map(move |&tools| Configuration {
                        memory,
                        tools,
                        model,
                        terms,
                    })
                })
            })
        })
    }

    /// The URL key of this configuration's value for `part`.
    pub fn value_key(&self, part: Part) -> &'static str {
        match part {
            Part::Memory => self.memory.key(),
            Part::Tools => self.tools.key(),
            Part::Model => self.model.key(),
            Part::Terms => self.terms.key(),
        }
    }

    /// Sets `part` from its URL key; returns false, changing nothing, when the key is not one
    /// of the part's values.
    pub fn set_from_key(&mut self, part: Part, key: &str) -> bool {
        fn set<T: PartValue>(slot: &mut T, key: &str) -> bool {
            match T::from_key(key) {
                Some(value) => {
                    *slot = value;
                    true
                }
                None => false,
            }
        }
        match part {
            Part::Memory => set(&mut self.memory, key),
            Part::Tools => set(&mut self.tools, key),
            Part::Model => set(&mut self.model, key),
            Part::Terms => set(&mut self.terms, key),
        }
    }
}
