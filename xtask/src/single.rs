//! `dist/two-words.html`: the whole app in one file that works opened from disk (`file://`)
//! with no network, for teachers who email it or carry it on a USB stick.
//!
//! Chromium blocks ES module scripts from `file://`, so the glue is wasm-bindgen's
//! `no-modules` build in a classic inline script, the wasm is inlined as base64 and started
//! with `initSync`, and the stylesheet and icon are inlined too.

use std::path::Path;

/// Builds the single file from the prerendered `index.html`, the stylesheet and icon trunk
/// wrote, and a `no-modules` glue and optimised wasm.
pub fn compose(
    index_html: &str,
    css: &str,
    icon_svg: &str,
    glue_js: &str,
    wasm: &[u8],
) -> Result<String, String> {
    let head_end = index_html
        .find("</head>")
        .ok_or("index.html has no </head>")?;
    let body_end = index_html
        .rfind("</body>")
        .ok_or("index.html has no </body>")?;
    // A minified page may leave out the <head> tag; the head then starts after <html …>.
    let head_start = match index_html.find("<head>") {
        Some(i) => i + "<head>".len(),
        None => {
            let html = index_html.find("<html").ok_or("index.html has no <html>")?;
            html + index_html[html..]
                .find('>')
                .ok_or("index.html has a broken <html> tag")?
                + 1
        }
    };

    // Keep the head's metadata; drop trunk's loader, preloads and file links.
    let mut head = String::new();
    let mut rest = &index_html[head_start..head_end];
    while let Some(start) = rest.find('<') {
        head.push_str(&rest[..start]);
        rest = &rest[start..];
        let tag_end = rest.find('>').map(|i| i + 1).unwrap_or(rest.len());
        let tag = &rest[..tag_end];
        if tag.starts_with("<script") {
            let close = rest
                .find("</script>")
                .map(|i| i + "</script>".len())
                .unwrap_or(rest.len());
            rest = &rest[close..];
            continue;
        }
        if !(tag.starts_with("<link")
            && (tag.contains("stylesheet") || tag.contains("preload") || tag.contains("icon")))
        {
            head.push_str(tag);
        }
        rest = &rest[tag_end..];
    }
    head.push_str(rest);

    let icon = format!("data:image/svg+xml;base64,{}", base64(icon_svg.as_bytes()));
    let mut out = String::with_capacity(
        wasm.len() * 4 / 3 + index_html.len() + glue_js.len() + css.len() + 1024,
    );
    out.push_str(&index_html[..head_start]);
    out.push_str(&head);
    out.push_str(&format!(
        "<link rel=\"icon\" href=\"{icon}\">\n<style>{}</style>\n",
        css.replace("</style", "<\\/style")
    ));
    out.push_str(&index_html[head_end..body_end]);
    out.push_str("<script>");
    out.push_str(&glue_js.replace("</script", "<\\/script"));
    out.push_str("</script>\n<script>\n");
    out.push_str("(function () {\n  var text = atob(\"");
    out.push_str(&base64(wasm));
    out.push_str("\");\n  var bytes = new Uint8Array(text.length);\n  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);\n  wasm_bindgen.initSync({ module: bytes });\n})();\n</script>\n");
    out.push_str(&index_html[body_end..]);
    Ok(out)
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> shift) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The first file in `dir` whose name starts with `prefix` and ends with `suffix`.
pub fn find(dir: &Path, prefix: &str, suffix: &str) -> Result<std::path::PathBuf, String> {
    std::fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .find(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            name.starts_with(prefix) && name.ends_with(suffix)
        })
        .ok_or_else(|| format!("no {prefix}*{suffix} in {}", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minified_page_without_a_head_tag_works_too() {
        let index = "<!doctype html><html lang=en><meta charset=utf-8><title>T</title><script type=module>import x from './a.js';</script><link href=./s.css rel=stylesheet></head><body><main>view</main></body></html>";
        let out = compose(index, "b{}", "<svg/>", "var wasm_bindgen;", &[1]).unwrap();
        assert!(
            out.starts_with("<!doctype html><html lang=en><meta charset=utf-8><title>T</title>")
        );
        assert!(
            !out.contains("./a.js")
                && !out.contains("./s.css")
                && out.contains("<style>b{}</style>")
        );
    }

    #[test]
    fn base64_matches_the_standard() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }

    #[test]
    fn the_single_file_keeps_the_page_and_drops_the_loader() {
        let index = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>T</title>\n<script type=\"module\">import x from './a.js';</script><link rel=\"stylesheet\" href=\"./s.css\"/><link rel=\"icon\" href=\"./f.svg\"/><link rel=\"modulepreload\" href=\"./a.js\"></head><body><main>view</main></body></html>";
        let out = compose(
            index,
            "body{}",
            "<svg/>",
            "var wasm_bindgen = 1;",
            &[0, 97, 115, 109],
        )
        .unwrap();
        assert!(out.contains("<title>T</title>") && out.contains("<main>view</main>"));
        assert!(!out.contains("./a.js") && !out.contains("./s.css") && !out.contains("./f.svg"));
        assert!(out.contains("<style>body{}</style>") && out.contains("var wasm_bindgen = 1;"));
        assert!(out.contains("atob(\"AGFzbQ==\")") && out.contains("initSync"));
        assert!(
            out.find("<main>").unwrap() < out.find("initSync").unwrap(),
            "the app starts after the page"
        );
    }
}
