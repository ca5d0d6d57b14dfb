//! Turns the content of one language (`src/content/<code>.toml`, English by default; the
//! variable `TWO_WORDS_LANG` names another from languages.toml) into static Rust data, so the
//! shipped WebAssembly carries no TOML parser and only its own language's words. A malformed
//! content or language file stops the build with every problem listed.

use two_words_engine as engine;
#[path = "src/content/schema.rs"]
mod schema;
#[path = "src/content/text.rs"]
mod text;

const LANGUAGES: &str = "src/content/languages.toml";

fn main() {
    println!("cargo:rerun-if-changed={LANGUAGES}");
    println!("cargo:rerun-if-changed=src/content/schema.rs");
    println!("cargo:rerun-if-changed=src/content/text.rs");
    println!("cargo:rerun-if-env-changed=TWO_WORDS_LANG");
    let languages = match schema::load_languages(&read(LANGUAGES)) {
        Ok(languages) => languages,
        Err(problems) => fail(LANGUAGES, &problems),
    };
    let code = std::env::var("TWO_WORDS_LANG").unwrap_or_else(|_| "en".to_owned());
    if let Some(pseudo) = schema::pseudo_language(&code) {
        // A pseudo-locale is made from the English file, for the layout tests only.
        let english = schema::content_path("en");
        println!("cargo:rerun-if-changed={english}");
        let text = schema::pseudo_content(&read(&english), &code)
            .unwrap_or_else(|problem| fail(&english, &[problem]));
        write(&languages, &pseudo, &text, &english);
        return;
    }
    let Some(language) = languages.iter().find(|l| l.code == code) else {
        let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
        fail(
            LANGUAGES,
            &[format!(
                "TWO_WORDS_LANG is `{code}`, which is not listed; it must be one of {codes:?}"
            )],
        );
    };
    let path = schema::content_path(&language.code);
    println!("cargo:rerun-if-changed={path}");
    let text = read(&path);
    if let Some(source) = &language.fallback {
        let source = schema::content_path(source);
        println!("cargo:rerun-if-changed={source}");
        let problems = schema::check_translation(&read(&source), &text);
        if !problems.is_empty() {
            fail(&path, &problems);
        }
    }
    write(&languages, language, &text, &path);
}

/// Checks one language's content and writes it, with the list of languages, as Rust.
fn write(
    languages: &[schema::LanguageEntry],
    language: &schema::LanguageEntry,
    text: &str,
    path: &str,
) {
    let content = match schema::load(text) {
        Ok(content) => content,
        Err(problems) => fail(path, &problems),
    };
    let mut rust = schema::to_rust(&content);
    rust.push_str("/// The language of these words.\npub static LANGUAGE: Language = ");
    schema::Emit::emit(language, &mut rust);
    let folder = match languages.first() {
        Some(first) if first.code != language.code => format!("{}/", language.code),
        _ => String::new(),
    };
    rust.push_str(";\n/// This language's pages' folder below the release's root: none for the first language, its\n/// code for each other (\"es/\").\npub static FOLDER: &str = ");
    schema::Emit::emit(&folder, &mut rust);
    rust.push_str(";\n/// Every language the explainer is built in, for the language switcher.\npub static LANGUAGES: &[Language] = ");
    schema::Emit::emit(&languages.to_vec(), &mut rust);
    rust.push_str(";\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("content.rs");
    if let Err(error) = std::fs::write(&out, rust) {
        fail(
            &out.display().to_string(),
            &[format!("cannot write it: {error}")],
        );
    }
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|error| fail(path, &[format!("cannot read it: {error}")]))
}

fn fail(path: &str, problems: &[String]) -> ! {
    eprintln!("\n{path} has {} problem(s):", problems.len());
    for problem in problems {
        eprintln!("  - {problem}");
    }
    eprintln!();
    std::process::exit(1);
}
