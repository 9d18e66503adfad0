//! Randomness for ids (UUID v4). Uses `crypto.getRandomValues`, with `Math.random` as a fallback
//! for very old browsers.

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    let ok = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut buf).is_ok())
        .unwrap_or(false);
    if !ok {
        for b in buf.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    buf
}

/// Milliseconds since the page started, for measurements.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// The current time as an ISO 8601 UTC string, e.g. `2026-11-28T10:15:00Z`.
pub fn now_iso() -> String {
    let d = js_sys::Date::new_0();
    let s: String = d.to_iso_string().into();
    // `toISOString` gives milliseconds; keep whole seconds, as the files do.
    match s.split_once('.') {
        Some((head, _)) => format!("{head}Z"),
        None => s,
    }
}
