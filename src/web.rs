//! The few places the app touches the browser, each total: a browser that refuses (a sandboxed
//! iframe, an old engine) makes the call a no-op or an `Err` the caller can show, never a panic.

use crate::engine::{Configuration, PartValue};
use crate::url::Flags;

/// The page's query string (`location.search`), or `""` when there is no window.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// What this page's address means without a query: on a preset's own page, which the build
/// marks on `#app`, that preset's view; anywhere else (or for an id this build does not know)
/// the default view.
pub fn page_base() -> crate::url::Base {
    document()
        .and_then(|document| document.get_element_by_id(crate::ui::APP_ROOT))
        .and_then(|app| app.get_attribute(crate::ui::PAGE_VIEW))
        .and_then(|id| crate::url::Base::of_preset(&id))
        .unwrap_or_default()
}

/// Opens the build's share dialog (`ui/reference/share.rs`) for a link: `share.js` fills in
/// the link, its QR code and Google Classroom's share link and opens it. Where that script did
/// not load (the single file), the dialog still gives the link, and its sentence that no code
/// can be made here is shown as the build wrote it.
pub fn open_share(link: &str) {
    use wasm_bindgen::JsCast;
    if call_page_script("twoWordsShare", link) {
        return;
    }
    if let Some(input) = document()
        .and_then(|document| document.get_element_by_id("share-link"))
        .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_value(link);
    }
    open_dialog(crate::ui::SHARE_DIALOG);
}

/// Draws the QR code of `link` into the page's places for one (`share.js`), made on the device.
pub fn draw_qr(link: &str) {
    call_page_script("twoWordsQr", link);
}

/// Calls one of the page's own scripts' functions with a text; false when it is not there.
fn call_page_script(name: &str, text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::get(&window, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .is_some_and(|f| f.call1(&wasm_bindgen::JsValue::NULL, &text.into()).is_ok())
}

/// The build's page, ready to be adopted: the element that holds the app, carrying the comment
/// `<[name]>` by which Yew's server renderer marks a component's start. `None` for a page
/// without it (a development server). Readies the page too: the `<noscript>` line says nothing
/// when scripts run.
pub fn prepare_prerendered() -> Option<web_sys::Element> {
    let document = document()?;
    let marked = |id: &str| {
        let root = document.get_element_by_id(id)?;
        let first = root.first_child()?;
        (first.node_type() == web_sys::Node::COMMENT_NODE
            && first
                .text_content()
                .is_some_and(|text| text.starts_with("<[")))
        .then_some(root)
    };
    let root = marked(crate::ui::APP_ROOT)?;
    if let Ok(noscripts) = document.query_selector_all("body > noscript") {
        for index in 0..noscripts.length() {
            if let Some(noscript) = noscripts.item(index) {
                if let Some(parent) = noscript.parent_node() {
                    let _ = parent.remove_child(&noscript);
                }
            }
        }
    }
    Some(root)
}

/// Writes the configuration into the address bar with `history.replaceState`, keeping every
/// other parameter and the hash. Returns false when the browser refused (a sandboxed iframe
/// may throw), which leaves the view working and the address as it was.
pub fn replace_query(base: crate::url::Base, configuration: &Configuration, flags: &Flags) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let query = base.write(&search, configuration, flags);
    mark_languages(&query);
    if query == search {
        return true;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let Ok(history) = window.history() else {
        return false;
    };
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}{hash}")),
        )
        .is_ok()
}

/// The links to the page in each language keep the view: each is its language's page with the
/// same query.
fn mark_languages(query: &str) {
    let Some(document) = document() else {
        return;
    };
    each(document.query_selector_all("a[data-language]"), |link| {
        let href = link.get_attribute("href").unwrap_or_default();
        let base = href.split('?').next().unwrap_or_default();
        set_if_changed(link, "href", Some(&format!("{base}{query}")));
    });
}

/// Like `replace_query`, but just after the current task: `history.replaceState` is a
/// synchronous call into the browser (0.5 ms typical, 5 ms at worst here), so it is kept out of
/// the work between a click and the updated page. Calls made in a row apply in order.
pub fn replace_query_soon(base: crate::url::Base, configuration: &Configuration, flags: &Flags) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let (configuration, flags) = (*configuration, *flags);
    let write = Closure::once_into_js(move || {
        replace_query(base, &configuration, &flags);
    });
    if window
        .set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), 0)
        .is_err()
    {
        replace_query(base, &configuration, &flags);
    }
}

thread_local! {
    /// The number of the latest message given to `announce`.
    static LATEST_MESSAGE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Says `message` through the page's one polite status region, once changes have paused for a
/// moment: a screen reader queues what a live region says, and a message about a change the
/// reader has already undone is stale, so only the latest of quick changes is spoken.
pub fn announce(message: &str) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let number = LATEST_MESSAGE.with(|latest| {
        latest.set(latest.get().wrapping_add(1));
        latest.get()
    });
    let message = message.to_owned();
    let write = Closure::once_into_js(move || {
        if LATEST_MESSAGE.with(|latest| latest.get()) != number {
            return;
        }
        if let Some(Ok(Some(region))) = document().map(|d| d.query_selector("[data-announcer]")) {
            region.set_text_content(Some(&message));
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), 150);
    }
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

/// Where the quiz tally is kept on the device.
const TALLY_KEY: &str = "two-words:quiz-tally";

fn storage() -> Option<web_sys::Storage> {
    // A sandboxed iframe or a private window may throw on access, or give no storage.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored quiz tally; `None` when the device keeps no storage for this page.
pub fn load_tally() -> Option<crate::ui::Tally> {
    let storage = storage()?;
    let text = storage
        .get_item(TALLY_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    let mut numbers = text.split(',').map(|n| n.trim().parse::<u32>().ok());
    Some(match (numbers.next().flatten(), numbers.next().flatten()) {
        (Some(right), Some(wrong)) => crate::ui::Tally { right, wrong },
        // Nothing stored yet, or something unreadable: start from zero.
        _ => crate::ui::Tally::default(),
    })
}

/// Stores the quiz tally; false when the device refuses.
pub fn save_tally(tally: &crate::ui::Tally) -> bool {
    storage()
        .map(|s| {
            s.set_item(TALLY_KEY, &format!("{},{}", tally.right, tally.wrong))
                .is_ok()
        })
        .unwrap_or(false)
}

/// Marks the root element with the render flags, which the stylesheet reads:
/// `data-theme`, `data-mode="present"`, `data-embed`, `data-plain`, `data-static`, `data-quiz`.
pub fn mark_root(flags: &Flags) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let set = |name: &str, value: Option<&str>| {
        let _ = match value {
            Some(value) => root.set_attribute(name, value),
            None => root.remove_attribute(name),
        };
    };
    set(
        "data-theme",
        match flags.theme {
            crate::url::Theme::Auto => None,
            theme => Some(theme.key()),
        },
    );
    set("data-mode", flags.present.then_some("present"));
    set("data-embed", flags.embed.then_some("true"));
    set("data-plain", flags.plain.then_some("true"));
    set("data-static", flags.fixed.then_some("true"));
    set("data-quiz", flags.quiz.then_some("true"));
    set("data-qr", flags.qr.then_some("true"));
    // An embedded view is short of space: the sources fold behind their heading (the flags
    // never change once the app has started, so nothing opens them again but the reader).
    if flags.embed {
        if let Some(Ok(Some(sources))) = document().map(|d| d.query_selector("details[data-fold]"))
        {
            let _ = sources.remove_attribute("open");
        }
    }
}

/// Marks the page around the app with the view, which the stylesheet reads: the terms in force
/// (`data-terms` on the root), whether a quiz hides the answer (`data-answer-hidden`), the
/// current system in the map and the table of all systems (`aria-current`, which a screen
/// reader says too), and where each argument stands (`mark_arguments`).
pub fn mark_view(configuration: &Configuration, hide_answer: bool) {
    let Some(document) = document() else {
        return;
    };
    if let Some(root) = document.document_element() {
        set_if_changed(&root, "data-terms", Some(configuration.terms.key()));
        set_if_changed(&root, "data-answer-hidden", hide_answer.then_some("true"));
    }
    let current = crate::url::full_key(configuration);
    each(
        document.query_selector_all("[data-config][aria-current]"),
        |previous| {
            if previous.get_attribute("data-config").as_deref() != Some(current.as_str()) {
                let _ = previous.remove_attribute("aria-current");
            }
        },
    );
    each(
        document.query_selector_all(&format!("[data-config=\"{current}\"]")),
        |element| set_if_changed(element, "aria-current", Some("true")),
    );
    mark_arguments(&document, configuration);
    mark_diagram(&document, configuration);
}

/// The diagram shows the route's form of each of its pieces (`data-variant`), which the build
/// drew all of: SVG hides the others with `display`, HTML with `hidden`.
fn mark_diagram(document: &web_sys::Document, configuration: &Configuration) {
    let shown = crate::ui::diagram_variants(&crate::engine::route(configuration));
    each(
        document.query_selector_all(".diagram [data-variant]"),
        |piece| {
            let show = piece
                .get_attribute("data-variant")
                .is_some_and(|variant| shown.contains(&variant.as_str()));
            let in_svg = piece.namespace_uri().as_deref() == Some("http://www.w3.org/2000/svg");
            // Written as the build writes them, so that the default view's pieces are untouched.
            let (name, value) = if in_svg {
                ("display", "none")
            } else {
                ("hidden", "hidden")
            };
            set_if_changed(piece, name, (!show).then_some(value));
        },
    );
}

/// Writes an attribute (or removes it, for `None`) only if that changes it: any write to an
/// attribute the stylesheet reads on the root makes the browser restyle the whole page.
fn set_if_changed(element: &web_sys::Element, name: &str, value: Option<&str>) {
    if element.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}

/// Each argument's card shows where it stands for this configuration: the card's `data-applies`
/// and `data-standing`, and of its status lines (`data-status`, one per standing and reason the
/// engine can give it) only the current one.
fn mark_arguments(document: &web_sys::Document, configuration: &Configuration) {
    for status in crate::engine::evaluate_arguments(configuration) {
        let card = format!("[data-argument=\"{}\"]", status.id.key());
        let Ok(Some(card)) = document.query_selector(&card) else {
            continue;
        };
        set_if_changed(&card, "data-applies", Some(status.standing.data_applies()));
        set_if_changed(&card, "data-standing", Some(status.standing.key()));
        let key = status.key();
        each(card.query_selector_all("[data-status]"), |line| {
            let shown = line.get_attribute("data-status").as_deref() == Some(key.as_str());
            if line.has_attribute("hidden") == shown {
                let _ = line.toggle_attribute_with_force("hidden", !shown);
            }
        });
    }
}

/// Calls `f` on every element a `querySelectorAll` found.
fn each(
    found: Result<web_sys::NodeList, wasm_bindgen::JsValue>,
    mut f: impl FnMut(&web_sys::Element),
) {
    use wasm_bindgen::JsCast;
    let Ok(list) = found else {
        return;
    };
    for i in 0..list.length() {
        if let Some(element) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            f(&element);
        }
    }
}

/// Whether the page runs inside a frame of another page.
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => parent != window,
        _ => false,
    }
}

pub(crate) fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The `<dialog>` with this id, if it is rendered.
fn dialog(id: &str) -> Option<web_sys::HtmlDialogElement> {
    use wasm_bindgen::JsCast;
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Opens a `<dialog>` by id as a modal (focus stays inside until it closes).
pub fn open_dialog(id: &str) {
    if let Some(dialog) = dialog(id).filter(|d| !d.open()) {
        let _ = dialog.show_modal();
    }
}

/// Closes a `<dialog>` by id.
pub fn close_dialog(id: &str) {
    if let Some(dialog) = dialog(id) {
        dialog.close();
    }
}

/// Whether any modal dialog is open (shortcuts pause while one is).
pub fn dialog_open() -> bool {
    document()
        .and_then(|d| d.query_selector("dialog[open]").ok().flatten())
        .is_some()
}

/// Enters or leaves full screen; false when the browser refuses (an iframe without
/// `allowfullscreen`, for one).
pub fn toggle_fullscreen() -> bool {
    let Some(document) = document() else {
        return false;
    };
    if !document.fullscreen_enabled() {
        return false;
    }
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
        return true;
    }
    document
        .document_element()
        .map(|root| root.request_fullscreen().is_ok())
        .unwrap_or(false)
}

/// The page's address without its query, for shared links and embed snippets: its folder
/// (`…/two-words/`, `…/views/sre/`), or for a page that is a file of its own (the single file,
/// `two-words.html`) the file.
pub fn app_base() -> String {
    // From the whole address rather than origin and path: a file's origin is "null" in Firefox.
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let address = href.split(['?', '#']).next().unwrap_or_default();
    match address.rfind('/') {
        Some(i) if address.ends_with(".html") && &address[i..] != "/index.html" => {
            address.to_owned()
        }
        Some(i) => address[..=i].to_owned(),
        None => address.to_owned(),
    }
}

/// Keeps the parent page told of this page's height while it lives (spec §7). Dropping it
/// stops the observer.
pub struct AutoResize {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for AutoResize {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The longest pym.js `childId` passed on; longer ones are not from pym and are ignored.
const MAX_CHILD_ID: usize = 64;

/// Starts posting the page's height to the parent page when framed: on load and on every
/// change of height (ResizeObserver, no polling). `None` when not in a frame or unsupported.
pub fn auto_resize() -> Option<AutoResize> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    if !in_frame() {
        return None;
    }
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let document = window.document()?;
    let root = document.document_element()?;
    let location = window.location();
    let hash = location.hash().unwrap_or_default();
    let listeners = Listeners {
        amp: hash.contains("amp=1"),
        child_id: pym_child_id(&location.search().unwrap_or_default()),
        secret: crate::url::embed_secret(&hash).map(str::to_owned),
    };

    let measured = root.clone();
    let mut last = 0u32;
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        let height = if height.is_finite() && height > 0.0 {
            height.min(1.0e6) as u32
        } else {
            0
        };
        if height == 0 || height == last {
            return;
        }
        last = height;
        for message in resize_messages(height, &listeners) {
            let _ = parent.post_message(&message, "*");
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    if let Some(body) = document.body() {
        observer.observe(&body);
    }
    Some(AutoResize {
        observer,
        _callback: callback,
    })
}

/// The pym.js child id from the query, if it is a short, plain one.
fn pym_child_id(search: &str) -> Option<String> {
    crate::url::param(search, "childId").filter(|id| !id.is_empty() && id.len() <= MAX_CHILD_ID)
}

/// Who, besides our own embed.js, listens for the page's height: what the page's address asks.
struct Listeners {
    /// AMP's `amp-iframe`, asked by `#amp=1`.
    amp: bool,
    /// pym.js, which names the frame by the query's `childId`.
    child_id: Option<String>,
    /// WordPress, which shows the frame only once its secret comes back with a height.
    secret: Option<String>,
}

/// The messages of spec §7 for a height: always ours; then AMP's, pym's and WordPress's when
/// the address asks for them.
fn resize_messages(height: u32, listeners: &Listeners) -> Vec<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsValue;
    let object = |pairs: &[(&str, JsValue)]| -> JsValue {
        let object = js_sys::Object::new();
        for (key, value) in pairs {
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
        }
        object.into()
    };
    let n = JsValue::from_f64(f64::from(height));
    let mut messages = vec![object(&[
        ("type", "two-words:resize".into()),
        ("height", n.clone()),
    ])];
    if listeners.amp {
        messages.push(object(&[
            ("sentinel", "amp".into()),
            ("type", "embed-size".into()),
            ("height", n.clone()),
        ]));
    }
    if let Some(id) = &listeners.child_id {
        messages.push(JsValue::from_str(&format!(
            "pymxPYMx{id}xPYMxheightxPYMx{height}"
        )));
    }
    if let Some(secret) = &listeners.secret {
        messages.push(object(&[
            ("secret", secret.as_str().into()),
            ("message", "height".into()),
            ("value", n),
        ]));
    }
    messages
}

/// The event's target or its nearest ancestor that matches `selector`: how a listener on the
/// document finds the element an event is about.
pub fn closest_to_target(event: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Hides a popover the page shows (a word's explanation in place).
pub fn hide_popover(popover: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    if let Some(popover) = popover.dyn_ref::<web_sys::HtmlElement>() {
        let _ = popover.hide_popover();
    }
}

/// Keeps Tab and Shift+Tab cycling inside a modal dialog: from its last focusable element
/// back to its first, and the other way round.
pub fn trap_tab(event: &web_sys::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if event.key() != "Tab" {
        return;
    }
    // One listener on the document serves every dialog: the dialog is found from the target.
    let Some(dialog) = closest_to_target(event, "dialog") else {
        return;
    };
    let Ok(list) = dialog.query_selector_all(
        "button:not([disabled]), a[href], textarea, input:not([disabled]), [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    let active = document().and_then(|d| d.active_element());
    let at = |element: &web_sys::HtmlElement| {
        active.as_ref().is_some_and(|a| {
            let a: &web_sys::Element = a;
            let e: &web_sys::Element = element;
            a == e
        })
    };
    let inside = active.as_ref().is_some_and(|a| dialog.contains(Some(a)));
    if event.shift_key() && (at(first) || !inside) {
        event.prevent_default();
        let _ = last.focus();
    } else if !event.shift_key() && (at(last) || !inside) {
        event.prevent_default();
        let _ = first.focus();
    }
}
