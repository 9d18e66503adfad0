//! Deflate through the browser's `CompressionStream` / `DecompressionStream` ("deflate-raw"),
//! so the wasm carries no compression code. Decompression stops once the output passes a
//! limit (a guard against decompression bombs in share links).

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    type Stream;
    #[wasm_bindgen(method, js_name = pipeThrough)]
    fn pipe_through(this: &Stream, pair: &JsValue) -> Stream;
    #[wasm_bindgen(method, js_name = getReader)]
    fn get_reader(this: &Stream) -> Reader;
    type Reader;
    #[wasm_bindgen(method)]
    fn read(this: &Reader) -> js_sys::Promise;
    #[wasm_bindgen(method)]
    fn cancel(this: &Reader) -> js_sys::Promise;
    type BlobLike;
    #[wasm_bindgen(method)]
    fn stream(this: &BlobLike) -> Stream;
}

fn transform(class: &str) -> Result<JsValue, String> {
    let ctor = Reflect::get(&js_sys::global(), &class.into()).map_err(|_| format!("no {class}"))?;
    let ctor: js_sys::Function = ctor.dyn_into().map_err(|_| format!("no {class}"))?;
    let args = js_sys::Array::of1(&"deflate-raw".into());
    Reflect::construct(&ctor, &args).map_err(|e| format!("{e:?}"))
}

async fn run(bytes: &[u8], class: &str, max: usize) -> Result<Vec<u8>, String> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|e| format!("{e:?}"))?;
    let reader = blob
        .unchecked_ref::<BlobLike>()
        .stream()
        .pipe_through(&transform(class)?)
        .get_reader();
    let mut out = Vec::new();
    loop {
        let chunk: Object = JsFuture::from(reader.read())
            .await
            .map_err(|e| format!("{e:?}"))?
            .unchecked_into();
        if Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true)
        {
            break;
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .map_err(|e| format!("{e:?}"))?
            .unchecked_into();
        if out.len() + value.length() as usize > max {
            let _ = reader.cancel();
            return Err("too large".into());
        }
        out.extend(value.to_vec());
    }
    Ok(out)
}

pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    run(bytes, "CompressionStream", usize::MAX).await
}

/// At most `max` bytes of output, else an error.
pub async fn inflate(bytes: &[u8], max: usize) -> Result<Vec<u8>, String> {
    run(bytes, "DecompressionStream", max).await
}
