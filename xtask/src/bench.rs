//! `cargo xtask bench`: the release against a static page of the same content in headless
//! Chromium (`tests/e2e/bench.mjs`, which holds the budgets), and beside it the floor under the
//! size budget: the smallest hydrating Yew app (`bench/yew-floor/`), built with the same
//! profile, flags and tools as the release.

use std::path::PathBuf;

use crate::dist::{dist, wasm_opt};
use crate::{command, ensure_build_tools, ensure_chromium, npm_ci, root, run, say, Result};

pub fn bench() -> Result {
    ensure_build_tools()?;
    ensure_chromium()?;
    npm_ci(
        &root().join("tests/e2e"),
        "the browser driver (playwright-core)",
    )?;
    let dist = dist()?;
    let floor = yew_floor()?;
    say("Benchmarking the release against a static page of the same content (node tests/e2e/bench.mjs)");
    run(command("node")
        .arg("tests/e2e/bench.mjs")
        .arg(&dist)
        .env("BENCH_FLOOR", &floor))
}

/// Builds the floor app into `target/yew-floor/dist/` as the release is built (wasm-bindgen,
/// then wasm-opt -Oz, flattened, re-looped and -Oz again) and returns that folder.
fn yew_floor() -> Result<PathBuf> {
    let target = root().join("target/yew-floor");
    let out = target.join("dist");
    say("Building Yew's floor, the smallest hydrating Yew app (bench/yew-floor, cargo build --release)");
    run(command("cargo")
        .args([
            "build",
            "--release",
            "--offline",
            "--target",
            "wasm32-unknown-unknown",
            "--manifest-path",
            "bench/yew-floor/Cargo.toml",
            "--target-dir",
        ])
        .arg(&target))?;
    run(command("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-dir"])
        .arg(&out)
        .arg(target.join("wasm32-unknown-unknown/release/yew-floor.wasm")))?;
    let wasm = out.join("yew-floor_bg.wasm");
    wasm_opt(&wasm, &wasm)?;
    Ok(out)
}
