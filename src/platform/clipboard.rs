//! Copying text to the clipboard. May be refused (no permission, not a secure context); the
//! caller then shows the text in a field to copy by hand.

use wasm_bindgen_futures::JsFuture;

pub async fn copy(text: &str) -> Result<(), String> {
    let nav = web_sys::window().ok_or("no window")?.navigator();
    JsFuture::from(nav.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}
