//! `cargo xtask serve | dist | test | bench`: installs the pinned tools a fresh Debian machine
//! lacks, then builds, serves, tests or benchmarks Two Words. Each step says what it does before
//! it does it.
//!
//! Pins: trunk 0.21.x (0.22 needs a newer rustc), wasm-bindgen-cli equal to the lock file's
//! wasm-bindgen, wasm-opt from the npm package binaryen@132, Debian's chromium,
//! chromium-driver and firefox-esr, and geckodriver 0.37.1 from crates.io. Trunk always runs
//! with `--offline`, so it never downloads anything.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod bench;
mod dist;
mod serve;
mod single;
mod test;
mod wordpress;

use bench::bench;
use dist::dist;
use serve::serve;
use test::test;

const TRUNK_VERSION: &str = "^0.21";
const TRUNK_PREFIX: &str = "trunk 0.21.";
const SERVE_ADDRESS: &str = "http://127.0.0.1:8080";
const GECKODRIVER_VERSION: &str = "=0.37.1";
const GECKODRIVER_PREFIX: &str = "geckodriver 0.37.1";
/// The oldest Firefox ESR whose WebDriver BiDi has every command playwright-core 1.64.1 sends.
const FIREFOX_ESR_MIN: u32 = 153;

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("dist") => dist().map(|_| ()),
        Some("test") => test(),
        Some("bench") => bench(),
        _ => {
            eprintln!(
                "usage: cargo xtask <command>\n\n  serve  install what is missing, build, and serve on {SERVE_ADDRESS}\n  dist   a release build in dist/ with relative URLs, and its sizes\n  test   install what is missing and run every test (native; wasm and end to end in Chromium, Firefox ESR and WebKit)\n  bench  the release against a static page of the same content, with budgets"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the repository")
        .to_path_buf()
}

fn say(message: &str) {
    println!("\n==> {message}");
}

/// PATH with cargo's bin folder and the npm build tools in front, so the pinned tools win.
fn tool_path() -> OsString {
    let mut paths = vec![root().join("xtask/node/node_modules/.bin"), cargo_bin()];
    if let Some(path) = env::var_os("PATH") {
        paths.extend(env::split_paths(&path));
    }
    env::join_paths(paths).unwrap_or_default()
}

/// Where `program` is found on the tools' PATH: the one the install check ran, so the tests use
/// the same one (a geckodriver in another cargo home counts as installed).
fn on_tool_path(program: &str) -> Option<PathBuf> {
    env::split_paths(&tool_path())
        .map(|dir| dir.join(program))
        .find(|path| path.is_file())
}

fn cargo_home() -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("/root/.cargo"))
}

fn cargo_bin() -> PathBuf {
    cargo_home().join("bin")
}

fn command(program: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(root()).env("PATH", tool_path());
    // The WebAssembly's panic locations name each dependency's file: without the registry's
    // absolute path in front of every one, the shipped wasm is smaller and the same on every
    // machine. Set for every command, so that all wasm builds share their compiled dependencies.
    cmd.env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
        remapped_paths(),
    );
    cmd
}

/// `--remap-path-prefix` flags that cut the registry's folders out of the file names rustc
/// writes into the WebAssembly.
fn remapped_paths() -> String {
    let registry = cargo_home().join("registry/src");
    let flags: Vec<String> = std::fs::read_dir(registry)
        .into_iter()
        .flatten()
        .flatten()
        .map(|index| format!("--remap-path-prefix={}/=", index.path().display()))
        .collect();
    flags.join(" ")
}

fn run(cmd: &mut Command) -> Result {
    let status = cmd
        .status()
        .map_err(|e| format!("could not start {:?}: {e}", cmd.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "{:?} {:?} failed ({status})",
            cmd.get_program(),
            cmd.get_args().collect::<Vec<_>>()
        ))
    }
}

/// The output of a command, or None when it cannot run or fails.
fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// The wasm-bindgen version Cargo.lock pins; wasm-bindgen-cli must equal it.
fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock names no wasm-bindgen".into())
}

fn ensure_build_tools() -> Result {
    let installed =
        output(command("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !installed.lines().any(|l| l == "wasm32-unknown-unknown") {
        say("Installing the Rust target wasm32-unknown-unknown (rustup)");
        run(command("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }

    let trunk = output(command("trunk").arg("--version")).unwrap_or_default();
    if !trunk.starts_with(TRUNK_PREFIX) {
        say("Installing trunk 0.21.x (cargo install; about 8 minutes on 2 cores)");
        run(command("cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))?;
    }

    let wanted = locked_wasm_bindgen()?;
    let have = output(command("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have != format!("wasm-bindgen {wanted}") {
        say(&format!(
            "Installing wasm-bindgen-cli {wanted}, equal to Cargo.lock's wasm-bindgen (cargo install; a few minutes)"
        ));
        // Not --locked: its lock file names a crate version the registry lacks.
        run(command("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &wanted,
            "--force",
        ]))?;
    }

    npm_ci(
        &root().join("xtask/node"),
        "wasm-opt (npm package binaryen@132)",
    )
}

/// Installs a folder's npm packages from its lock file when they are missing or stale.
fn npm_ci(dir: &Path, what: &str) -> Result {
    let stamp = dir.join("node_modules/.package-lock.json");
    let lock = dir.join("package-lock.json");
    let fresh = match (stamp.metadata(), lock.metadata()) {
        (Ok(s), Ok(l)) => s.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if !fresh {
        say(&format!(
            "Installing {what} from npm (npm ci in {})",
            dir.display()
        ));
        run(command("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir))?;
    }
    Ok(())
}

/// The two browser engines the tests run in: Debian's Chromium with its driver, and Debian's
/// Firefox ESR with geckodriver (built from crates.io, pinned) for the wasm component tests.
fn ensure_browsers() -> Result {
    let missing = missing_packages(&[
        ("chromium", "/usr/bin/chromium"),
        ("chromium-driver", "/usr/bin/chromedriver"),
        ("firefox-esr", "/usr/bin/firefox-esr"),
        // WebKit, the engine of every browser on iOS and iPadOS: WebKitGTK's WebDriver server
        // and MiniBrowser, run under a virtual display.
        ("webkit2gtk-driver", "/usr/bin/WebKitWebDriver"),
        ("xvfb", "/usr/bin/Xvfb"),
        // Software OpenGL for WebKit's renderer (a recommendation apt would otherwise skip).
        (
            "libgl1-mesa-dri",
            "/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so",
        ),
    ]);
    apt_install(&missing, "the browsers for the tests")?;
    // playwright-core's WebDriver BiDi commands need a recent Firefox ESR; an older one, installed
    // from stale package lists, fails every Firefox test with "unknown command".
    let firefox = output(command("firefox-esr").arg("--version")).unwrap_or_default();
    if firefox_major(&firefox).is_some_and(|major| major < FIREFOX_ESR_MIN) {
        say(&format!("{firefox} is older than the Firefox ESR {FIREFOX_ESR_MIN} the tests' driver needs: upgrading"));
        apt_install(&["firefox-esr"], "a Firefox ESR the tests' driver knows")?;
    }
    let have = output(command("geckodriver").arg("--version")).unwrap_or_default();
    if !have.starts_with(GECKODRIVER_PREFIX) {
        say(&format!("Installing geckodriver {GECKODRIVER_VERSION}, Firefox's WebDriver (cargo install; about 5 minutes on 2 cores)"));
        run(command("cargo").args([
            "install",
            "geckodriver",
            "--version",
            GECKODRIVER_VERSION,
            "--locked",
        ]))?;
    }
    Ok(())
}

/// The major version in `firefox-esr --version` ("Mozilla Firefox 153.8.0esr" gives 153).
fn firefox_major(version: &str) -> Option<u32> {
    version
        .split_whitespace()
        .find_map(|word| word.split('.').next()?.parse().ok())
}

/// Debian's Chromium alone, for the benchmark.
fn ensure_chromium() -> Result {
    let missing = missing_packages(&[("chromium", "/usr/bin/chromium")]);
    apt_install(&missing, "the browser for the benchmark")
}

/// The Debian packages, of (package, a file it installs), whose file is not there.
fn missing_packages<'a>(packages: &[(&'a str, &str)]) -> Vec<&'a str> {
    packages
        .iter()
        .filter(|(_, path)| !Path::new(path).exists())
        .map(|(package, _)| *package)
        .collect()
}

fn apt_install(packages: &[&str], why: &str) -> Result {
    if packages.is_empty() {
        return Ok(());
    }
    say(&format!(
        "Installing {} from Debian ({why}; apt-get)",
        packages.join(" ")
    ));
    apt(&["update"])?;
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend(packages);
    apt(&args)
}

/// Runs apt-get with `args`, through sudo unless this is root.
fn apt(args: &[&str]) -> Result {
    let sudo = output(Command::new("id").arg("-u")).as_deref() != Some("0");
    let mut cmd = if sudo {
        command("sudo")
    } else {
        command("apt-get")
    };
    if sudo {
        cmd.arg("apt-get");
    }
    cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    run(&mut cmd)
}

#[cfg(test)]
mod tests {
    use super::firefox_major;

    #[test]
    fn firefox_versions_are_read() {
        assert_eq!(firefox_major("Mozilla Firefox 153.8.0esr"), Some(153));
        assert_eq!(firefox_major("Mozilla Firefox 140.10.2esr"), Some(140));
        assert_eq!(firefox_major(""), None);
    }
}
