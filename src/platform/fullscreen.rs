//! The Fullscreen API, called through `Reflect` so no extra web-sys feature is needed. Both
//! calls are best effort: a browser may refuse (no user gesture, an iframe without permission),
//! and projection mode still works in a normal window.

use wasm_bindgen::{JsCast, JsValue};

fn call(target: &JsValue, method: &str) -> bool {
    js_sys::Reflect::get(target, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .map(|f| f.call0(target).is_ok())
        .unwrap_or(false)
}

/// Whether the page is shown full screen now.
pub fn is_active() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| js_sys::Reflect::get(&d, &JsValue::from_str("fullscreenElement")).ok())
        .is_some_and(|e| !e.is_null() && !e.is_undefined())
}

/// Asks for the whole page full screen (must run inside a click or key handler).
pub fn enter() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|el| call(&el, "requestFullscreen"))
}

/// Leaves full screen if the page is in it.
pub fn exit() {
    if is_active() {
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            call(&d, "exitFullscreen");
        }
    }
}
