//! `cargo xtask test`: every test, in the order a failure is cheapest to find. Native tests
//! first, then the wasm component tests in Chromium, Firefox ESR and WebKit, then the builds the
//! end-to-end suites test, and those suites in the three engines.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::dist::{self, dist};
use crate::{
    apt_install, cargo_bin, command, ensure_browsers, ensure_build_tools, npm_ci, on_tool_path,
    output, root, run, say, single, wordpress, Result,
};

/// Installs what is missing, then runs every test: native, the wasm components in three
/// engines, and end to end against the release and the builds made for the tests.
pub fn test() -> Result {
    ensure_build_tools()?;
    ensure_browsers()?;
    npm_ci(
        &root().join("tests/e2e"),
        "the end-to-end test tools (playwright-core, axe-core, vnu-jar, lighthouse 12)",
    )?;
    if output(Command::new("java").arg("-version")).is_none() {
        apt_install(
            &["default-jre-headless"],
            "Java, for the W3C Nu HTML Checker",
        )?;
    }
    let wordpress = wordpress::ensure_wordpress()?;

    say("Native tests: the engine over all 24 configurations, the content, the URL, the reducer, the QR codes read back, xtask (cargo test)");
    run(command("cargo").args([
        "test",
        "--package",
        "two-words-engine",
        "--package",
        "two-words",
        "--package",
        "two-words-qr",
        "--package",
        "xtask",
    ]))?;
    say("The prerender's own tests: every page's card, their addresses and oEmbed's answer (cargo test --features ssr --bin prerender)");
    run(command("cargo").args(["test", "--features", "ssr", "--bin", "prerender"]))?;

    // wasm-bindgen-test-runner picks the browser from the driver variable that is set. It
    // treats WebKitWebDriver as it treats safaridriver (a W3C session with no capabilities,
    // `--port=N`), which WebKitGTK's driver accepts; its MiniBrowser needs a display.
    let display = VirtualDisplay::start()?;
    let drivers = [
        (
            "headless Chromium",
            "CHROMEDRIVER",
            PathBuf::from("/usr/bin/chromedriver"),
        ),
        (
            "headless Firefox ESR",
            "GECKODRIVER",
            on_tool_path("geckodriver").unwrap_or_else(|| cargo_bin().join("geckodriver")),
        ),
        (
            "WebKit (MiniBrowser under Xvfb)",
            "SAFARIDRIVER",
            PathBuf::from("/usr/bin/WebKitWebDriver"),
        ),
    ];
    for (browser, variable, driver) in drivers {
        say(&format!(
            "Component tests in {browser} (wasm-bindgen-test-runner with {})",
            driver.display()
        ));
        run(command("cargo")
            .args([
                "test",
                "--package",
                "two-words",
                "--target",
                "wasm32-unknown-unknown",
                "--test",
                "browser",
            ])
            .env(variable, driver)
            .env("DISPLAY", &display.name))?;
    }
    drop(display);

    let dist = dist()?;
    say("Building the pseudo-locales into target/pseudo/ (never shipped): words 40 % longer, and right to left");
    let pseudo = dist::pseudo_dist()?;
    let panic_dist = panic_dist(&dist)?;
    say(&format!(
        "Building the release for the address the WordPress test serves it from ({}) into target/site-dist/",
        dist::TEST_SITE
    ));
    let site = dist::site_dist()?;
    let dists = Dists {
        release: &dist,
        panic: &panic_dist,
        pseudo: &pseudo,
        site: &site,
        wordpress: &wordpress,
    };

    let mut suites: Vec<PathBuf> = std::fs::read_dir(root().join("tests/e2e"))
        .map_err(|e| format!("cannot list tests/e2e: {e}"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    suites.sort();
    say("End-to-end tests of the release dist/ in headless Chromium, the HTML checker and Lighthouse (node --test)");
    e2e("chromium", &suites, &dists)?;

    // Lighthouse drives Chromium only, and the HTML checker reads files, not a browser: the
    // quality suite has nothing to run in a second engine.
    let in_firefox: Vec<PathBuf> = suites
        .into_iter()
        .filter(|path| !path.ends_with("quality.test.mjs"))
        .collect();
    say("The same end-to-end tests in headless Firefox ESR, over WebDriver BiDi (all suites but quality: Lighthouse is Chromium's)");
    e2e("firefox", &in_firefox, &dists)?;
    say("The same end-to-end tests in WebKit: WebKitGTK's MiniBrowser under Xvfb, through WebKitWebDriver (all suites but quality)");
    e2e("webkit", &in_firefox, &dists)?;
    println!(
        "\nScreenshots for review: {}",
        root().join("target/screenshots").display()
    );
    Ok(())
}

/// An X server in memory (Xvfb) on a display number it picks itself, for WebKit's MiniBrowser;
/// stopped when dropped, so no test leaves one behind.
struct VirtualDisplay {
    process: std::process::Child,
    name: String,
}

impl VirtualDisplay {
    fn start() -> Result<VirtualDisplay> {
        use std::io::BufRead;
        let mut process = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1920x1200x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| format!("could not start Xvfb: {e}"))?;
        let mut line = String::new();
        let read = process
            .stdout
            .take()
            .map(|out| std::io::BufReader::new(out).read_line(&mut line));
        match (read, line.trim().parse::<u32>()) {
            (Some(Ok(_)), Ok(number)) => Ok(VirtualDisplay {
                process,
                name: format!(":{number}"),
            }),
            _ => {
                let _ = process.kill();
                Err("Xvfb did not say which display it opened".into())
            }
        }
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// The builds the end-to-end suites test: the release, the one that panics on request, the
/// pseudo-locales', and the one built for the WordPress test's address; and that WordPress.
struct Dists<'a> {
    release: &'a Path,
    panic: &'a Path,
    pseudo: &'a Path,
    site: &'a Path,
    wordpress: &'a Path,
}

fn e2e(engine: &str, suites: &[PathBuf], dists: &Dists) -> Result {
    run(command("node")
        .args(["--test", "--test-concurrency=1", "--test-timeout=300000"])
        .args(suites)
        .env("TWO_WORDS_BROWSER", engine)
        .env("TWO_WORDS_DIST", dists.release)
        .env("TWO_WORDS_PANIC_DIST", dists.panic)
        .env("TWO_WORDS_PSEUDO_DIST", dists.pseudo)
        .env("TWO_WORDS_SITE_DIST", dists.site)
        .env("TWO_WORDS_WORDPRESS", dists.wordpress)
        .env(
            "TWO_WORDS_SCREENSHOTS",
            root().join("target/screenshots").join(engine),
        ))
}

/// A copy of dist/ whose app panics on request (`--features panic-test`, see src/crash.rs),
/// for the test of what a reader sees after a panic. Same file names, so the prerendered
/// index.html and its loader are the release's own; never written into dist/.
fn panic_dist(dist: &Path) -> Result<PathBuf> {
    say("Building the test-only app that panics on request into target/panic-dist (cargo build --features panic-test, wasm-bindgen)");
    let out = root().join("target/panic-dist");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    for entry in
        std::fs::read_dir(dist).map_err(|e| format!("cannot list {}: {e}", dist.display()))?
    {
        let path = entry.map_err(|e| e.to_string())?.path();
        // The root's files only: the other languages' folders are not this test's.
        if !path.is_file() {
            continue;
        }
        if let Some(name) = path.file_name() {
            std::fs::copy(&path, out.join(name))
                .map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        }
    }
    run(command("cargo").args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "--bin",
        "two-words",
        "--features",
        "panic-test",
    ]))?;
    let glue = single::find(dist, "two-words-", ".js")?;
    let stem = glue
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or("the glue has no file name")?
        .to_owned();
    run(command("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            &stem,
            "--out-dir",
        ])
        .arg(&out)
        // Written over the release's wasm in target/; dist/ and two-words.html are made by then,
        // and the next release build writes it again (cargo keeps both builds, so neither is slow).
        .arg(root().join("target/wasm32-unknown-unknown/release/two-words.wasm")))?;
    Ok(out)
}
