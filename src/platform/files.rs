//! Reading files the user picked or dropped. The bytes come back untouched (not decoded as
//! text) so that the domain can tell invalid UTF-8 and binary files apart from JSON.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The files of a file list (from `<input type=file>` or a drop).
pub fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// The file's bytes, or `Err(size)` without reading when it is larger than `max` bytes.
pub async fn read(file: &web_sys::File, max: usize) -> Result<Vec<u8>, Result<usize, String>> {
    let size = file.size() as usize;
    if size > max {
        return Err(Ok(size));
    }
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| Err(format!("{e:?}")))?;
    let buf: js_sys::ArrayBuffer = buf
        .dyn_into()
        .map_err(|_| Err("not a buffer".to_string()))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}
