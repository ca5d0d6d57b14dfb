//! Turns `src/content/content.toml` into static Rust data, so the shipped WebAssembly carries
//! no TOML parser. A malformed content file stops the build with every problem listed.

use two_words_engine as engine;
#[path = "src/content/schema.rs"]
mod schema;

fn main() {
    let path = "src/content/content.toml";
    println!("cargo:rerun-if-changed={path}");
    println!("cargo:rerun-if-changed=src/content/schema.rs");
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => fail(&[format!("cannot read {path}: {error}")]),
    };
    let content = match schema::load(&text) {
        Ok(content) => content,
        Err(problems) => fail(&problems),
    };
    let rust = schema::to_rust(&content);
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("content.rs");
    if let Err(error) = std::fs::write(&out, rust) {
        fail(&[format!("cannot write {}: {error}", out.display())]);
    }
}

fn fail(problems: &[String]) -> ! {
    eprintln!(
        "\nsrc/content/content.toml has {} problem(s):",
        problems.len()
    );
    for problem in problems {
        eprintln!("  - {problem}");
    }
    eprintln!();
    std::process::exit(1);
}
