//! Reading files that ship beside the app (the instrument, the examples) with `fetch`.
//! Same origin only; nothing is ever sent anywhere.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A request already on its way: start several, then [`Pending::text`] each, so the files
/// download in parallel rather than one after the other.
pub struct Pending {
    url: String,
    response: Result<JsFuture, String>,
}

/// Starts fetching `url` (relative to the page).
pub fn start(url: &str) -> Pending {
    let response = web_sys::window()
        .ok_or_else(|| "no window".to_string())
        .map(|w| JsFuture::from(w.fetch_with_str(url)));
    Pending {
        url: url.to_string(),
        response,
    }
}

impl Pending {
    /// The response once it has come, if it is a success; else a message that names the file.
    async fn ok(self) -> Result<(String, web_sys::Response), String> {
        let url = self.url;
        let resp = self
            .response?
            .await
            .map_err(|e| format!("{url}: {}", js_message(&e)))?;
        let resp: web_sys::Response = resp
            .dyn_into()
            .map_err(|_| format!("{url}: not a response"))?;
        if !resp.ok() {
            return Err(format!("{url}: HTTP {}", resp.status()));
        }
        Ok((url, resp))
    }

    /// The body as text, or a message that names the file and the reason.
    pub async fn text(self) -> Result<String, String> {
        let (url, resp) = self.ok().await?;
        let promise = resp
            .text()
            .map_err(|e| format!("{url}: {}", js_message(&e)))?;
        let body = JsFuture::from(promise)
            .await
            .map_err(|e| format!("{url}: {}", js_message(&e)))?;
        body.as_string().ok_or_else(|| format!("{url}: not text"))
    }

    /// The body as bytes (the font files).
    pub async fn bytes(self) -> Result<Vec<u8>, String> {
        let (url, resp) = self.ok().await?;
        let promise = resp
            .array_buffer()
            .map_err(|e| format!("{url}: {}", js_message(&e)))?;
        let body = JsFuture::from(promise)
            .await
            .map_err(|e| format!("{url}: {}", js_message(&e)))?;
        Ok(js_sys::Uint8Array::new(&body).to_vec())
    }
}

/// The text of `url`.
pub async fn text(url: &str) -> Result<String, String> {
    start(url).text().await
}

fn js_message(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}
