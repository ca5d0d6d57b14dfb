//! `cargo xtask dist`: the release in every language of src/content/languages.toml, the first
//! at the root of dist/ and each other in a folder named by its code, each with its own
//! WebAssembly (carrying only its own words), prerendered page and single file.

use std::path::{Path, PathBuf};

use crate::{command, ensure_build_tools, root, run, say, single, Result};

/// A language the release is built in, as languages.toml lists it.
pub struct Language {
    pub code: String,
}

/// src/content/languages.toml, parsed: the one list of languages, and the pseudo-locales.
fn languages_file() -> Result<toml::Value> {
    let path = root().join("src/content/languages.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{} is not valid: {e}", path.display()))
}

/// The strings of one of languages.toml's lists: `field` of each entry of `list`, or the list's
/// own strings when `field` is None.
fn listed(file: &toml::Value, list: &str, field: Option<&str>) -> Vec<String> {
    file.get(list)
        .and_then(|items| items.as_array())
        .into_iter()
        .flatten()
        .filter_map(|item| match field {
            Some(field) => item.get(field)?.as_str(),
            None => item.as_str(),
        })
        .map(str::to_owned)
        .collect()
}

/// The languages of src/content/languages.toml, in its order (the first is the root's).
pub fn languages() -> Result<Vec<Language>> {
    let codes = listed(&languages_file()?, "languages", Some("code"));
    if codes.is_empty() {
        return Err("src/content/languages.toml lists no language".to_owned());
    }
    Ok(codes.into_iter().map(|code| Language { code }).collect())
}

/// The pseudo-locales of languages.toml (`pseudo`): built and tested, never shipped.
pub fn pseudo_locales() -> Result<Vec<String>> {
    Ok(listed(&languages_file()?, "pseudo", None))
}

/// The pseudo-locales' builds, in target/pseudo/<code>/, for the layout tests; never in dist/.
pub fn pseudo_dist() -> Result<PathBuf> {
    let out = root().join("target/pseudo");
    for code in pseudo_locales()? {
        build_language(&code, &out.join(&code), None)?;
    }
    Ok(out)
}

/// Where the WordPress test serves the explainer from: a fixed address, since the build writes
/// it into every page's head and oEmbed answer.
pub const TEST_SITE: &str = "http://127.0.0.1:8771/";

/// The first language's release built for [`TEST_SITE`], in target/site-dist/, for the test
/// that embeds it in a real WordPress; never in dist/.
pub fn site_dist() -> Result<PathBuf> {
    let out = root().join("target/site-dist");
    let languages = languages()?;
    let first = languages.first().ok_or("no language")?;
    build_language(&first.code, &out, Some(TEST_SITE))?;
    Ok(out)
}

/// The variable that tells the build where the release will be served from.
const SITE_URL: &str = "TWO_WORDS_SITE_URL";

/// The site's address from `TWO_WORDS_SITE_URL`, checked, or `None` when it is not set (the
/// prerender reads the same variable).
fn site_url() -> Result<Option<String>> {
    match std::env::var(SITE_URL) {
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(format!("{SITE_URL} is not valid text")),
        Ok(value) if value.is_empty() => Ok(None),
        Ok(value) => check_site_url(&value).map(Some),
    }
}

/// An absolute http(s) address ending in `/`, with a host, and nothing that would break out of
/// an HTML attribute or a JSON string.
fn check_site_url(value: &str) -> Result<String> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let host = rest
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_default();
    let plain = value
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'));
    if rest.is_none()
        || host.is_empty()
        || !value.ends_with('/')
        || !plain
        || value.contains(['?', '#'])
    {
        return Err(format!(
            "{SITE_URL} must be the absolute http(s) address the release is served from, ending in /, \
             such as https://example.org/two-words/ (got {value:?})"
        ));
    }
    Ok(value.to_owned())
}

/// A release build in dist/ with relative URLs, in every language; prints its sizes.
pub fn dist() -> Result<PathBuf> {
    ensure_build_tools()?;
    match site_url()? {
        Some(site) => say(&format!(
            "The site's address is {site} ({SITE_URL}): the pages get canonical links, absolute \
             language links and oEmbed discovery, each with its oembed.json"
        )),
        None => say(&format!(
            "{SITE_URL} is not set, so the pages leave out what needs absolute addresses: \
             canonical links, oEmbed discovery and the social cards' addresses. Set it to the \
             address the release is served from, such as https://example.org/two-words/"
        )),
    }
    let dist = root().join("dist");
    let languages = languages()?;
    for (index, language) in languages.iter().enumerate() {
        let code = &language.code;
        // The first language is at the root; trunk empties its folder first, so it comes first.
        let folder = if index == 0 {
            dist.clone()
        } else {
            dist.join(code)
        };
        build_language(code, &folder, None)?;
        let single = if index == 0 {
            dist.join("two-words.html")
        } else {
            dist.join(format!("two-words.{code}.html"))
        };
        say(&format!(
            "Writing {}, the whole app in {code} in one file for use from disk (wasm-bindgen --target no-modules, wasm-opt -Oz)",
            single.display()
        ));
        single_file(&folder, code, &single)?;
    }

    let first = languages.first().ok_or("no language")?;
    let version = content_version(&first.code)?;
    let pinned = dist.join("v").join(&version);
    say(&format!(
        "Keeping this version of the release, unchanged, in {} for articles that embed it as it was \
         (the content's version, {version}; the single files are left out). Deploy without \
         deleting the v/ folders of earlier versions",
        pinned.display()
    ));
    copy_release(&dist, &pinned)?;

    say("Sizes of dist/ (raw, gzip level 9 and brotli), measured by tests/e2e/size.mjs");
    run(command("node").arg("tests/e2e/size.mjs").arg(&dist))?;
    Ok(dist)
}

/// The content's version date (`[meta] version` of a language's content file).
fn content_version(code: &str) -> Result<String> {
    let path = root().join(format!("src/content/{code}.toml"));
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let file: toml::Value =
        toml::from_str(&text).map_err(|e| format!("{} is not valid: {e}", path.display()))?;
    file.get("meta")
        .and_then(|meta| meta.get("version"))
        .and_then(|version| version.as_str())
        .map(str::to_owned)
        .ok_or(format!("{} has no [meta] version", path.display()))
}

/// Copies the release in `dist` into `target` (inside it), but for the versions kept there and
/// the single files, which are for reading from disk, not for embedding.
fn copy_release(dist: &Path, target: &Path) -> Result {
    let versions = dist.join("v");
    let mut folders = vec![dist.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let below = folder.strip_prefix(dist).map_err(|e| e.to_string())?;
        std::fs::create_dir_all(target.join(below))
            .map_err(|e| format!("cannot create {}: {e}", target.join(below).display()))?;
        for entry in std::fs::read_dir(&folder)
            .map_err(|e| format!("cannot list {}: {e}", folder.display()))?
        {
            let path = entry.map_err(|e| e.to_string())?.path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if path == versions {
                continue;
            }
            if path.is_dir() {
                folders.push(path);
            } else if !(folder == dist && name.starts_with("two-words") && name.ends_with(".html"))
            {
                std::fs::copy(&path, target.join(below).join(name))
                    .map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
            }
        }
    }
    Ok(())
}

/// Trunk's release build of one language into `folder`, its loader moved into a file, and its
/// default view prerendered. `TWO_WORDS_LANG` tells build.rs which language's words to build in;
/// `site`, when given, is the site's address in place of `TWO_WORDS_SITE_URL`'s.
pub fn build_language(code: &str, folder: &Path, site: Option<&str>) -> Result {
    say(&format!(
        "Building the release in {code} into {} (trunk build --release --offline, wasm-opt -Oz)",
        folder.display()
    ));
    run(command("trunk")
        .args([
            "build",
            "--release",
            "--offline",
            "--public-url",
            "./",
            "--dist",
        ])
        .arg(folder)
        .env("TWO_WORDS_LANG", code))?;

    say("Minifying wasm-bindgen's JS glue (esbuild; trunk leaves it as written)");
    let glue = single::find(folder, "two-words-", ".js")?;
    run(command("esbuild")
        .arg(&glue)
        .args([
            "--minify",
            "--format=esm",
            "--allow-overwrite",
            "--log-level=warning",
        ])
        .arg(format!("--outfile={}", glue.display())))?;

    say("Minifying the page's own scripts (esbuild; static/ keeps them as written, with their comments)");
    for script in ["start.js", "share.js"] {
        let path = folder.join(script);
        run(command("esbuild")
            .arg(&path)
            .args(["--minify", "--allow-overwrite", "--log-level=warning"])
            .arg(format!("--outfile={}", path.display())))?;
    }

    say("Moving trunk's inline loader into a file, so a strict Content-Security-Policy can forbid inline scripts");
    external_loader(folder, &glue)?;

    say("Building the QR encoder (qr/, its own WebAssembly, fetched only when a reader asks for a code)");
    qr_module(folder)?;

    say(&format!(
        "Prerendering the default view in {code} into {} (Yew's server renderer, natively)",
        folder.join("index.html").display()
    ));
    let mut prerender = command("cargo");
    prerender
        .args([
            "run",
            "--quiet",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
        ])
        .arg(folder.join("index.html"))
        .env("TWO_WORDS_LANG", code);
    if let Some(site) = site {
        prerender.env(SITE_URL, site);
    }
    run(&mut prerender)
}

/// The QR encoder (`qr/`), built for the browser and optimised like the app, as `qr.wasm` beside
/// the page: `share.js` fetches it the first time a code is asked for.
fn qr_module(folder: &Path) -> Result {
    run(command("cargo").args([
        "build",
        "--quiet",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        "two-words-qr",
    ]))?;
    let built = root().join("target/wasm32-unknown-unknown/release/two_words_qr.wasm");
    wasm_opt(&built, &folder.join("qr.wasm"))
}

/// Replaces trunk's inline `<script type="module">` loader with `boot-HASH.js`, which loads the
/// glue and the wasm the same way: with no inline script, the page runs under
/// `script-src 'self' 'wasm-unsafe-eval'`. Trunk's preloads of the glue and the wasm go: the
/// prerendered page is complete without them, so the loader fetches them once the page has
/// been painted, and on a slow network they take no bandwidth from the stylesheet.
fn external_loader(dist: &Path, glue: &Path) -> Result {
    let index = dist.join("index.html");
    let page = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let start = page
        .find("<script type=module>")
        .or_else(|| page.find("<script type=\"module\">"))
        .ok_or("index.html has no inline module loader to move")?;
    let end = start
        + page[start..]
            .find("</script>")
            .ok_or("the inline loader is not closed")?
        + "</script>".len();
    let glue_name = glue
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or("the glue has no file name")?;
    let stem = glue_name.trim_end_matches(".js");
    let hash = stem.trim_start_matches("two-words-");
    let boot = format!("boot-{hash}.js");
    let script = format!(
        "// Starts Two Words: the wasm-bindgen glue, then the WebAssembly. A file rather than an inline\n\
         // script, so the page runs under a Content-Security-Policy without 'unsafe-inline'.\n\
         // The page the build prerendered is complete without the app, so its files are fetched\n\
         // once the whole page has loaded and its largest paint is on screen (or after a second,\n\
         // where a frame out of view paints nothing): on a slow network they take no bandwidth\n\
         // from the page, and its largest paint comes before them. A paint reaches the screen a\n\
         // little after the frame that drew it, so the loader waits for the browser to report it.\n\
         // If the WebAssembly cannot load, start.js tells the reader why the controls are off.\n\
         // The files are found beside this script, so a view's own page, two folders down, loads\n\
         // the same ones.\n\
         const painted = new Promise((resolve) => {{\n\
           const afterPaint = () => requestAnimationFrame(() => setTimeout(resolve, 0));\n\
           const reported = () => {{\n\
             const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];\n\
             const type = ['largest-contentful-paint', 'paint'].find((t) => types.includes(t));\n\
             if (!type) return afterPaint();\n\
             new PerformanceObserver((list, observer) => {{ observer.disconnect(); afterPaint(); }})\n\
               .observe({{ type, buffered: true }});\n\
           }};\n\
           if (document.readyState === 'complete') reported();\n\
           else addEventListener('load', reported, {{ once: true }});\n\
           setTimeout(resolve, 1000);\n\
         }});\n\
         painted\n\
           .then(() => import('./{glue_name}'))\n\
           .then(({{ default: init }}) => init({{ module_or_path: new URL('./{stem}_bg.wasm', import.meta.url) }}))\n\
           .catch((error) => {{\n\
             console.error('Two Words could not start:', error);\n\
             if (window.twoWordsStartFailed) window.twoWordsStartFailed();\n\
           }});\n"
    );
    std::fs::write(dist.join(&boot), script).map_err(|e| format!("cannot write {boot}: {e}"))?;
    let page = format!(
        "{}<script type=module src=./{boot}></script>{}",
        &page[..start],
        &page[end..]
    );
    let page = without_preloads(&page, stem);
    std::fs::write(&index, page).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// The page without the `<link>` tags that preload the app's glue or wasm (`stem` names both).
fn without_preloads(page: &str, stem: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("<link") {
        let Some(length) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + length + 1];
        out.push_str(&rest[..start]);
        if !(tag.contains("preload") && tag.contains(stem)) {
            out.push_str(tag);
        }
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    out
}

/// wasm-opt as static/index.html asks of trunk's run: -Oz, then the code flattened, re-looped
/// and -Oz again, with the features Rust's wasm target uses.
pub fn wasm_opt(input: &Path, output: &Path) -> Result {
    run(command("wasm-opt")
        .args([
            "-Oz",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--flatten",
            "--rereloop",
            "-Oz",
            "-o",
        ])
        .arg(output)
        .arg(input))
}

/// The single file of one language: its prerendered page with the stylesheet, the icon, the
/// glue and the WebAssembly of the latest build (which is that language's) inlined.
fn single_file(dist: &Path, code: &str, target: &Path) -> Result {
    let out = root().join("target/single").join(code);
    let wasm = root().join("target/wasm32-unknown-unknown/release/two-words.wasm");
    run(command("wasm-bindgen")
        .args(["--target", "no-modules", "--no-typescript", "--out-dir"])
        .arg(&out)
        .arg(&wasm))?;
    let optimised = out.join("two-words.opt.wasm");
    wasm_opt(&out.join("two-words_bg.wasm"), &optimised)?;
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let page = single::compose(
        &read(&dist.join("index.html"))?,
        &read(&single::find(dist, "style-", ".css")?)?,
        &read(&single::find(dist, "favicon-", ".svg")?)?,
        &read(&out.join("two-words.js"))?,
        &std::fs::read(&optimised)
            .map_err(|e| format!("cannot read {}: {e}", optimised.display()))?,
    )?;
    std::fs::write(target, page).map_err(|e| format!("cannot write {}: {e}", target.display()))
}

#[cfg(test)]
mod tests {
    use super::{check_site_url, without_preloads, TEST_SITE};

    #[test]
    fn only_the_apps_preloads_go() {
        let page = "<head><link href=./style-1.css rel=stylesheet><link crossorigin href=./two-words-abc.js rel=modulepreload><link as=fetch crossorigin href=./two-words-abc_bg.wasm rel=preload type=application/wasm><link href=./font.woff2 rel=preload></head>";
        assert_eq!(
            without_preloads(page, "two-words-abc"),
            "<head><link href=./style-1.css rel=stylesheet><link href=./font.woff2 rel=preload></head>"
        );
    }

    #[test]
    fn the_wordpress_test_s_address_is_one_the_build_takes() {
        assert_eq!(check_site_url(TEST_SITE).as_deref(), Ok(TEST_SITE));
    }

    #[test]
    fn the_site_s_address_must_be_absolute_and_end_in_a_slash() {
        for good in [
            "https://example.org/two-words/",
            "http://127.0.0.1:8080/",
            "https://x.io/",
        ] {
            assert_eq!(check_site_url(good).as_deref(), Ok(good), "{good}");
        }
        for bad in [
            "example.org/two-words/",
            "https://example.org/two-words",
            "ftp://example.org/",
            "https:///",
            "/two-words/",
            "https://example.org/a b/",
            "https://example.org/\"onload=x/",
            "https://example.org/<x>/",
            "https://example.org/?q=1/",
            "https://example.org/#x/",
        ] {
            let error = check_site_url(bad).unwrap_err();
            assert!(
                error.contains("TWO_WORDS_SITE_URL") && error.contains("ending in /"),
                "{bad}: {error}"
            );
        }
    }
}
