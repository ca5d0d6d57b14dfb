//! The few places the app touches the browser, each total: a browser that refuses (a sandboxed
//! iframe, an old engine) makes the call a no-op or an `Err` the caller can show, never a panic.

use crate::engine::Configuration;

/// The page's query string (`location.search`), or `""` when there is no window.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Writes the configuration into the address bar with `history.replaceState`, keeping every
/// other parameter and the hash. Returns false when the browser refused (a sandboxed iframe
/// may throw), which leaves the view working and the address as it was.
pub fn replace_query(configuration: &Configuration) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let query = crate::url::write(&search, configuration);
    if query == search {
        return true;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let Ok(history) = window.history() else {
        return false;
    };
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}{hash}")))
        .is_ok()
}

/// The address of the current view.
pub fn current_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Copies text with the asynchronous clipboard API. `Err` when the browser has none or
/// refuses (no secure context, no permission), so the caller can offer the text to copy.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let clipboard = window.navigator().clipboard();
    // Old engines lack navigator.clipboard; the binding would then hold `undefined`.
    if wasm_bindgen::JsValue::from(clipboard.clone()).is_undefined() {
        return Err(());
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}
