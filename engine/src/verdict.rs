//! The verdict rules of spec §3, one match arm per row of the spec's two tables.

use super::parts::{Configuration, Memory, Model, Terms, Tools};

/// Which side's argument applies, as the headline says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerdictKey {
    NoDispute,
    Microsoft,
    AmazonOpenai,
    Unsettled,
}

impl VerdictKey {
    pub const ALL: [VerdictKey; 4] = [
        VerdictKey::NoDispute,
        VerdictKey::Microsoft,
        VerdictKey::AmazonOpenai,
        VerdictKey::Unsettled,
    ];

    /// The key used in `data-verdict` and in the content file.
    pub fn key(self) -> &'static str {
        match self {
            VerdictKey::NoDispute => "no-dispute",
            VerdictKey::Microsoft => "microsoft",
            VerdictKey::AmazonOpenai => "amazon-openai",
            VerdictKey::Unsettled => "unsettled",
        }
    }
}

/// Why the verdict holds: one variant per row of the spec's tables (rows the spec marks "as
/// above" share a reason).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerdictReason {
    Azure2025,
    Direct2025,
    /// The reader's own app adds memory or tools and sends requests straight to AWS: no report
    /// discusses it, so this reason is the explainer's reading.
    DirectLayer2025,
    Relay2025,
    StatefulRuntime2025,
    ToolsOnly2025,
    Azure2026,
    Runtime2026,
    Relay2026,
    Direct2026,
}

impl VerdictReason {
    pub const ALL: [VerdictReason; 10] = [
        VerdictReason::Azure2025,
        VerdictReason::Direct2025,
        VerdictReason::DirectLayer2025,
        VerdictReason::Relay2025,
        VerdictReason::StatefulRuntime2025,
        VerdictReason::ToolsOnly2025,
        VerdictReason::Azure2026,
        VerdictReason::Runtime2026,
        VerdictReason::Relay2026,
        VerdictReason::Direct2026,
    ];

    /// The key of the reason's text in the content file.
    pub fn key(self) -> &'static str {
        match self {
            VerdictReason::Azure2025 => "2025-azure",
            VerdictReason::Direct2025 => "2025-direct",
            VerdictReason::DirectLayer2025 => "2025-direct-layer",
            VerdictReason::Relay2025 => "2025-relay",
            VerdictReason::StatefulRuntime2025 => "2025-stateful-runtime",
            VerdictReason::ToolsOnly2025 => "2025-tools-only",
            VerdictReason::Azure2026 => "2026-azure",
            VerdictReason::Runtime2026 => "2026-runtime",
            VerdictReason::Relay2026 => "2026-relay",
            VerdictReason::Direct2026 => "2026-direct",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Verdict {
    pub key: VerdictKey,
    /// The other side disputes the argument that applies.
    pub contested: bool,
    pub reason: VerdictReason,
    /// No report discusses this case: the verdict is the explainer's reading of both sides'
    /// stated positions, and the page says so.
    pub inferred: bool,
}

/// The verdict for a configuration (spec §3).
pub fn verdict(c: &Configuration) -> Verdict {
    use VerdictKey::*;
    use VerdictReason::*;
    let (key, contested, reason) = match (c.terms, c.model, c.memory, c.tools) {
        (Terms::Y2025, Model::Azure, _, _) => (NoDispute, false, Azure2025),
        (Terms::Y2025, Model::AwsDirect, Memory::Off, Tools::Off) => (Microsoft, false, Direct2025),
        (Terms::Y2025, Model::AwsDirect, _, _) => (Microsoft, false, DirectLayer2025),
        (Terms::Y2025, Model::AwsRuntime, Memory::Off, Tools::Off) => (Microsoft, false, Relay2025),
        (Terms::Y2025, Model::AwsRuntime, Memory::On, _) => {
            (AmazonOpenai, true, StatefulRuntime2025)
        }
        (Terms::Y2025, Model::AwsRuntime, Memory::Off, Tools::On) => {
            (AmazonOpenai, true, ToolsOnly2025)
        }
        (Terms::Y2026, Model::Azure, _, _) => (NoDispute, false, Azure2026),
        (Terms::Y2026, Model::AwsRuntime, Memory::Off, Tools::Off) => (Unsettled, false, Relay2026),
        (Terms::Y2026, Model::AwsRuntime, _, _) => (NoDispute, false, Runtime2026),
        (Terms::Y2026, Model::AwsDirect, _, _) => (Unsettled, false, Direct2026),
    };
    Verdict {
        key,
        contested,
        reason,
        inferred: matches!(reason, Relay2025 | DirectLayer2025),
    }
}
