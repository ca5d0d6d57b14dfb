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

/// Why the verdict holds: one variant per row of the spec's tables (the two 2026 runtime rows
/// share one reason, as the spec says "as above").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerdictReason {
    Azure2025,
    Direct2025,
    PassThrough2025,
    StatefulRuntime2025,
    ToolsOnly2025,
    Azure2026,
    Runtime2026,
    PassThrough2026,
    Direct2026,
}

impl VerdictReason {
    pub const ALL: [VerdictReason; 9] = [
        VerdictReason::Azure2025,
        VerdictReason::Direct2025,
        VerdictReason::PassThrough2025,
        VerdictReason::StatefulRuntime2025,
        VerdictReason::ToolsOnly2025,
        VerdictReason::Azure2026,
        VerdictReason::Runtime2026,
        VerdictReason::PassThrough2026,
        VerdictReason::Direct2026,
    ];

    /// The key of the reason's text in the content file.
    pub fn key(self) -> &'static str {
        match self {
            VerdictReason::Azure2025 => "2025-azure",
            VerdictReason::Direct2025 => "2025-direct",
            VerdictReason::PassThrough2025 => "2025-pass-through",
            VerdictReason::StatefulRuntime2025 => "2025-stateful-runtime",
            VerdictReason::ToolsOnly2025 => "2025-tools-only",
            VerdictReason::Azure2026 => "2026-azure",
            VerdictReason::Runtime2026 => "2026-runtime",
            VerdictReason::PassThrough2026 => "2026-pass-through",
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
    /// No report discusses this case: the explainer infers it from both sides' positions.
    pub inferred: bool,
}

/// The verdict for a configuration (spec §3).
pub fn verdict(c: &Configuration) -> Verdict {
    use VerdictKey::*;
    use VerdictReason::*;
    let (key, contested, reason) = match (c.terms, c.model, c.memory, c.tools) {
        (Terms::Y2025, Model::Azure, _, _) => (NoDispute, false, Azure2025),
        (Terms::Y2025, Model::AwsDirect, _, _) => (Microsoft, false, Direct2025),
        (Terms::Y2025, Model::AwsRuntime, Memory::Off, Tools::Off) => {
            (Microsoft, false, PassThrough2025)
        }
        (Terms::Y2025, Model::AwsRuntime, Memory::On, _) => {
            (AmazonOpenai, true, StatefulRuntime2025)
        }
        (Terms::Y2025, Model::AwsRuntime, Memory::Off, Tools::On) => {
            (AmazonOpenai, true, ToolsOnly2025)
        }
        (Terms::Y2026, Model::Azure, _, _) => (NoDispute, false, Azure2026),
        (Terms::Y2026, Model::AwsRuntime, Memory::Off, Tools::Off) => {
            (Unsettled, false, PassThrough2026)
        }
        (Terms::Y2026, Model::AwsRuntime, _, _) => (NoDispute, false, Runtime2026),
        (Terms::Y2026, Model::AwsDirect, _, _) => (Unsettled, false, Direct2026),
    };
    Verdict {
        key,
        contested,
        reason,
        inferred: reason == PassThrough2025,
    }
}
