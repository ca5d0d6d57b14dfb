//! Shared by the native test crates that fuzz.

/// Cases per property: `default` on every run, or PROPTEST_CASES for a longer one (proptest's
/// own reading of that variable is overridden by an explicit `with_cases`).
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
