//! Where each reported argument stands for a configuration (spec §4), and the part that decides
//! it. An argument applies, does not apply, or may apply (where the published terms do not say);
//! the clause itself is met when every request goes to Azure.
//!
//! Each rule checks the parts in one fixed order (model on Azure, then the terms, then the
//! model's other values, then memory and tools) so that the reason shown is the most decisive
//! one: when every request goes to Azure, that is what a reader needs to hear first.

use super::parts::{Configuration, Memory, Model, Part, Terms, Tools};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Terms,
    Microsoft,
    AmazonOpenai,
}

impl Side {
    pub const ALL: [Side; 3] = [Side::Terms, Side::Microsoft, Side::AmazonOpenai];

    /// The key used in `data-side` and in the content file.
    pub fn key(self) -> &'static str {
        match self {
            Side::Terms => "terms",
            Side::Microsoft => "microsoft",
            Side::AmazonOpenai => "amazon-openai",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArgumentId {
    /// The clause as stated jointly on 27 February 2026.
    Clause,
    /// The amendment of 27 April 2026.
    Amendment,
    /// Frontier stays on Azure (joint statement).
    FrontierOnAzure,
    /// Microsoft's experts: the technology to avoid Azure does not exist.
    NotFeasible,
    /// The spirit, if not the letter.
    Spirit,
    /// Microsoft's statement on the record.
    OnTheRecord,
    /// OpenAI's "red line": products, not APIs.
    ProductsNotApis,
    /// The SRE is a stateful layer above the raw API.
    StatefulLayer,
    /// No backdoor access to the stateless models.
    NoBackdoor,
    /// The Amazon plans are compatible with the Microsoft deal.
    Compatible,
    /// AWS as the exclusive third-party cloud distributor for Frontier.
    TheDeal,
}

impl ArgumentId {
    pub const ALL: [ArgumentId; 11] = [
        ArgumentId::Clause,
        ArgumentId::Amendment,
        ArgumentId::FrontierOnAzure,
        ArgumentId::NotFeasible,
        ArgumentId::Spirit,
        ArgumentId::OnTheRecord,
        ArgumentId::ProductsNotApis,
        ArgumentId::StatefulLayer,
        ArgumentId::NoBackdoor,
        ArgumentId::Compatible,
        ArgumentId::TheDeal,
    ];

    /// The key used in `data-argument` and in the content file.
    pub fn key(self) -> &'static str {
        match self {
            ArgumentId::Clause => "clause",
            ArgumentId::Amendment => "amendment",
            ArgumentId::FrontierOnAzure => "frontier-on-azure",
            ArgumentId::NotFeasible => "not-feasible",
            ArgumentId::Spirit => "spirit",
            ArgumentId::OnTheRecord => "on-the-record",
            ArgumentId::ProductsNotApis => "products-not-apis",
            ArgumentId::StatefulLayer => "stateful-layer",
            ArgumentId::NoBackdoor => "no-backdoor",
            ArgumentId::Compatible => "compatible",
            ArgumentId::TheDeal => "the-deal",
        }
    }

    /// Whether the argument rests on the stateless-API clause: the clause itself and Microsoft's
    /// arguments that invoke the contract. Where the published terms do not say whether the
    /// clause survived, these may apply; they never "do not apply".
    pub fn rests_on_clause(self) -> bool {
        matches!(
            self,
            ArgumentId::Clause
                | ArgumentId::NotFeasible
                | ArgumentId::Spirit
                | ArgumentId::OnTheRecord
        )
    }

    pub fn side(self) -> Side {
        match self {
            ArgumentId::Clause | ArgumentId::Amendment => Side::Terms,
            ArgumentId::FrontierOnAzure
            | ArgumentId::NotFeasible
            | ArgumentId::Spirit
            | ArgumentId::OnTheRecord => Side::Microsoft,
            ArgumentId::ProductsNotApis
            | ArgumentId::StatefulLayer
            | ArgumentId::NoBackdoor
            | ArgumentId::Compatible
            | ArgumentId::TheDeal => Side::AmazonOpenai,
        }
    }
}

/// Why an argument applies or not. Each reason is decided by one or two parts, which the view
/// names next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    ModelOnAzure,
    ModelOffAzure,
    ModelThroughRuntime,
    ModelDirectOwnApp,
    ModelDirectIsApi,
    RuntimeAddsLayer,
    RuntimeKeepsMemory,
    MemoryOff,
    Relay,
    ClauseMet,
    AmendedTerms,
    ClauseUncertain,
    BeforeAmendment,
}

impl Reason {
    pub const ALL: [Reason; 13] = [
        Reason::ModelOnAzure,
        Reason::ModelOffAzure,
        Reason::ModelThroughRuntime,
        Reason::ModelDirectOwnApp,
        Reason::ModelDirectIsApi,
        Reason::RuntimeAddsLayer,
        Reason::RuntimeKeepsMemory,
        Reason::MemoryOff,
        Reason::Relay,
        Reason::ClauseMet,
        Reason::AmendedTerms,
        Reason::ClauseUncertain,
        Reason::BeforeAmendment,
    ];

    /// The key of the reason's text in the content file.
    pub fn key(self) -> &'static str {
        match self {
            Reason::ModelOnAzure => "model-on-azure",
            Reason::ModelOffAzure => "model-off-azure",
            Reason::ModelThroughRuntime => "model-through-runtime",
            Reason::ModelDirectOwnApp => "model-direct-own-app",
            Reason::ModelDirectIsApi => "model-direct-is-api",
            Reason::RuntimeAddsLayer => "runtime-adds-layer",
            Reason::RuntimeKeepsMemory => "runtime-keeps-memory",
            Reason::MemoryOff => "memory-off",
            Reason::Relay => "relay",
            Reason::ClauseMet => "clause-met",
            Reason::AmendedTerms => "amended-terms",
            Reason::ClauseUncertain => "clause-uncertain",
            Reason::BeforeAmendment => "before-amendment",
        }
    }

    /// The parts whose values decide this reason.
    pub fn parts(self) -> &'static [Part] {
        match self {
            Reason::ModelOnAzure
            | Reason::ClauseMet
            | Reason::ModelOffAzure
            | Reason::ModelThroughRuntime
            | Reason::ModelDirectOwnApp
            | Reason::ModelDirectIsApi => &[Part::Model],
            Reason::RuntimeAddsLayer | Reason::Relay => &[Part::Memory, Part::Tools],
            Reason::RuntimeKeepsMemory | Reason::MemoryOff => &[Part::Memory],
            Reason::AmendedTerms | Reason::BeforeAmendment => &[Part::Terms],
            // Off Azure, the amended terms leave the clause open; on Azure it is met.
            Reason::ClauseUncertain => &[Part::Model, Part::Terms],
        }
    }
}

/// Where an argument stands for one configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    Applies,
    /// The clause's condition holds: every model request goes to Azure, as it requires.
    Met,
    DoesNotApply,
    /// The published terms do not say: the argument may apply.
    Unknown,
}

impl Standing {
    pub const ALL: [Standing; 4] = [
        Standing::Applies,
        Standing::Met,
        Standing::DoesNotApply,
        Standing::Unknown,
    ];

    /// The key of the standing's label in the content file.
    pub fn key(self) -> &'static str {
        match self {
            Standing::Applies => "applies",
            Standing::Met => "met",
            Standing::DoesNotApply => "does-not-apply",
            Standing::Unknown => "unknown",
        }
    }

    /// The value of `data-applies` (spec §6): a met clause applies.
    pub fn data_applies(self) -> &'static str {
        match self {
            Standing::Applies | Standing::Met => "true",
            Standing::DoesNotApply => "false",
            Standing::Unknown => "unknown",
        }
    }

    /// Whether the argument bears on the configuration as stated.
    pub fn holds(self) -> bool {
        matches!(self, Standing::Applies | Standing::Met)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ArgumentStatus {
    pub id: ArgumentId,
    pub standing: Standing,
    pub reason: Reason,
}

impl ArgumentStatus {
    /// Names the standing and its reason together ("applies memory-on"): how the page's cards
    /// name each of their status lines, which the app shows one at a time.
    pub fn key(&self) -> String {
        format!("{} {}", self.standing.key(), self.reason.key())
    }
}

/// Every argument of spec §4, in a stable order, marked for this configuration.
pub fn evaluate_arguments(c: &Configuration) -> Vec<ArgumentStatus> {
    ArgumentId::ALL
        .iter()
        .map(|&id| {
            let (standing, reason) = standing(id, c);
            ArgumentStatus {
                id,
                standing,
                reason,
            }
        })
        .collect()
}

fn standing(id: ArgumentId, c: &Configuration) -> (Standing, Reason) {
    use Reason::*;
    let yes = |reason| (Standing::Applies, reason);
    let no = |reason| (Standing::DoesNotApply, reason);
    let unknown = (Standing::Unknown, ClauseUncertain);
    let layer = c.memory == Memory::On || c.tools == Tools::On;
    let memory = c.memory == Memory::On;

    if c.model == Model::Azure {
        return match id {
            ArgumentId::Clause => (Standing::Met, ClauseMet),
            _ => no(ModelOnAzure),
        };
    }
    // After the amendment, a relay or a direct request is what the clause covered, and the
    // published terms do not say whether it survived: everything resting on it may apply.
    let unsettled = c.terms == Terms::Y2026 && (c.model == Model::AwsDirect || !layer);
    if unsettled && id.rests_on_clause() {
        return unknown;
    }
    match id {
        // The clause's survival is unknown under the amended terms, whatever the system.
        ArgumentId::Clause => match c.terms {
            Terms::Y2025 => yes(ModelOffAzure),
            Terms::Y2026 => unknown,
        },
        ArgumentId::Amendment => match c.terms {
            Terms::Y2025 => no(BeforeAmendment),
            Terms::Y2026 => yes(ModelOffAzure),
        },
        ArgumentId::OnTheRecord => match c.terms {
            Terms::Y2025 => yes(ModelOffAzure),
            Terms::Y2026 => no(AmendedTerms),
        },
        ArgumentId::FrontierOnAzure => match (c.terms, c.model) {
            (Terms::Y2026, _) => no(AmendedTerms),
            (_, Model::AwsDirect) => no(ModelDirectOwnApp),
            _ => yes(ModelThroughRuntime),
        },
        ArgumentId::NotFeasible | ArgumentId::Spirit => match (c.terms, c.model) {
            (Terms::Y2026, _) => no(AmendedTerms),
            (_, Model::AwsDirect) => no(ModelDirectOwnApp),
            _ if layer => yes(RuntimeAddsLayer),
            _ => no(Relay),
        },
        ArgumentId::ProductsNotApis => match (c.terms, c.model) {
            (Terms::Y2026, _) => no(AmendedTerms),
            (_, Model::AwsDirect) => no(ModelDirectIsApi),
            _ if layer => yes(RuntimeAddsLayer),
            _ => no(Relay),
        },
        ArgumentId::StatefulLayer | ArgumentId::NoBackdoor | ArgumentId::Compatible => {
            match (c.terms, c.model) {
                (Terms::Y2026, _) => no(AmendedTerms),
                (_, Model::AwsDirect) => no(ModelDirectOwnApp),
                _ if memory => yes(RuntimeKeepsMemory),
                _ => no(MemoryOff),
            }
        }
        // The distribution deal describes Frontier on AWS: a runtime that keeps state. It is
        // a fact of the deal, so it holds under either terms.
        ArgumentId::TheDeal => match c.model {
            Model::AwsDirect => no(ModelDirectOwnApp),
            _ if memory => yes(RuntimeKeepsMemory),
            _ => no(MemoryOff),
        },
    }
}
