//! `cargo xtask serve`: the release, served as a reader gets it.

use crate::dist::dist;
use crate::{command, run, say, Result, SERVE_ADDRESS};

/// Builds the release and serves it: the page a reader gets, prerendered, with the page around
/// the app that only the build renders (trunk's own server would show the app alone).
pub fn serve() -> Result {
    let dist = dist()?;
    say(&format!(
        "Serving dist/ on {SERVE_ADDRESS} (tests/e2e/server.mjs, node's own http module; Ctrl-C stops; rerun to rebuild)"
    ));
    run(command("node")
        .arg("tests/e2e/server.mjs")
        .arg(&dist)
        .arg("8080"))
}
