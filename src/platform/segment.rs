//! Thai word boundaries from the browser's `Intl.Segmenter` (Thai is written without spaces
//! between words; the browser carries a Thai dictionary). Charts and slide titles are drawn as
//! text the app breaks itself, so it asks here where the words are and marks them with
//! `domain::workshop::svg::WORD_BREAK`; the domain then wraps or shortens between words only.

use crate::domain::workshop::svg::WORD_BREAK;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// One Thai word segmenter for the page (`None` where the browser has none).
    static SEGMENTER: Option<JsValue> = make();
}

fn make() -> Option<JsValue> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor: Function = Reflect::get(&intl, &"Segmenter".into()).ok()?.dyn_into().ok()?;
    let options = Object::new();
    Reflect::set(&options, &"granularity".into(), &"word".into()).ok()?;
    Reflect::construct(&ctor, &Array::of2(&"th".into(), &options)).ok()
}

fn is_thai(c: char) -> bool {
    ('\u{0E00}'..='\u{0E7F}').contains(&c)
}

/// `text` with a word-break mark between its Thai words. Text without Thai, or a browser
/// without `Intl.Segmenter`, gives `text` unchanged (spaces still break lines).
pub fn mark_words(text: &str) -> String {
    if !text.chars().any(is_thai) {
        return text.to_string();
    }
    SEGMENTER.with(|seg| {
        let Some(seg) = seg else { return text.to_string() };
        let parts = Reflect::get(seg, &"segment".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .and_then(|f| f.call1(seg, &text.into()).ok());
        let Some(parts) = parts else { return text.to_string() };
        let mut out = String::with_capacity(text.len() + 16);
        for item in Array::from(&parts).iter() {
            let Some(s) = Reflect::get(&item, &"segment".into()).ok().and_then(|v| v.as_string()) else { continue };
            if !out.is_empty() && !out.ends_with(' ') && !s.starts_with(' ') {
                out.push(WORD_BREAK);
            }
            out.push_str(&s);
        }
        out
    })
}
