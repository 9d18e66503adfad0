//! Reading a file that ships beside the app (the instrument, the examples) with `fetch`.
//! Same origin only; nothing is ever sent anywhere.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of `url` (relative to the page), or a message that names the file and the reason.
pub async fn text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let resp = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("{url}: {}", js_message(&e)))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| format!("{url}: not a response"))?;
    if !resp.ok() {
        return Err(format!("{url}: HTTP {}", resp.status()));
    }
    let promise = resp.text().map_err(|e| format!("{url}: {}", js_message(&e)))?;
    let body = JsFuture::from(promise).await.map_err(|e| format!("{url}: {}", js_message(&e)))?;
    body.as_string().ok_or_else(|| format!("{url}: not text"))
}

fn js_message(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}
