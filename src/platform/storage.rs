//! localStorage through gloo-storage. Every failure comes back as a [`StoreError`] so the UI can
//! say what happened (storage full, storage blocked) and keep working in memory.

/// The browser's localStorage, or `None` when it is blocked: with cookies blocked, merely
/// reading `window.localStorage` throws (a `LocalStorage::raw()` that panics there left a
/// blank page). Every function below then reports `Unavailable` or does nothing.
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether localStorage can be reached at all (blocked storage: nothing is kept after closing).
pub fn available() -> bool {
    local().is_some()
}

fn blocked() -> StoreError {
    StoreError::Unavailable("localStorage is blocked".into())
}

#[derive(Debug, Clone, PartialEq)]
pub enum StoreError {
    /// The browser refused to store more (quota exceeded).
    Full,
    /// Storage is switched off or not reachable (private mode, blocked cookies).
    Unavailable(String),
}

/// Reads a raw string value; `Ok(None)` when the key is absent.
pub fn get_raw(key: &str) -> Result<Option<String>, StoreError> {
    let storage = local().ok_or_else(blocked)?;
    storage
        .get_item(key)
        .map_err(|e| StoreError::Unavailable(format!("{e:?}")))
}

/// Writes a raw string value.
pub fn set_raw(key: &str, value: &str) -> Result<(), StoreError> {
    let storage = local().ok_or_else(blocked)?;
    storage.set_item(key, value).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        if name.contains("Quota") {
            StoreError::Full
        } else {
            StoreError::Unavailable(if name.is_empty() {
                format!("{e:?}")
            } else {
                name
            })
        }
    })
}

/// Removes a key (absent keys are fine).
pub fn remove(key: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(key);
    }
}

/// Every key that starts with `prefix`.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    let Some(storage) = local() else { return Vec::new() };
    let n = storage.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Roughly how many bytes the app's keys (`gca.`) take: browsers count localStorage in UTF-16
/// code units, two bytes each, and most allow about 5 MB per site.
pub fn bytes_used() -> usize {
    let Some(storage) = local() else { return 0 };
    keys_with_prefix("gca.")
        .into_iter()
        .map(|k| {
            let v = storage.get_item(&k).ok().flatten().unwrap_or_default();
            (k.encode_utf16().count() + v.encode_utf16().count()) * 2
        })
        .sum()
}

/// Asks the browser to keep this site's data even when the device runs short of space (it
/// may say no, or ask the user once). Drafts live only here, so this is worth asking.
pub fn request_persistence() {
    let Some(w) = web_sys::window() else { return };
    if let Ok(p) = w.navigator().storage().persist() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
}

/// Whether the browser has promised to keep this site's data; `None` when it cannot say.
pub async fn is_persistent() -> Option<bool> {
    let p = web_sys::window()?.navigator().storage().persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(p)
        .await
        .ok()?
        .as_bool()
}
