//! Browser unit tests: run in headless Chromium by `make test-browser`
//! (`cargo test --target wasm32-unknown-unknown --test browser`).
#![cfg(target_arch = "wasm32")]

use green_community::platform::storage::{self, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn storage_round_trips_thai_text() {
    storage::set_raw("gca.test.roundtrip", "ชุมชนสีเขียว").unwrap();
    assert_eq!(
        storage::get_raw("gca.test.roundtrip").unwrap().as_deref(),
        Some("ชุมชนสีเขียว")
    );
    assert!(storage::keys_with_prefix("gca.test.").contains(&"gca.test.roundtrip".to_string()));
    storage::remove("gca.test.roundtrip");
    assert_eq!(storage::get_raw("gca.test.roundtrip").unwrap(), None);
}

#[wasm_bindgen_test]
fn full_storage_is_reported_as_full_not_a_panic() {
    // Fill localStorage until the browser refuses; the adapter must say `Full`.
    let chunk = "x".repeat(1024 * 1024);
    let mut result = Ok(());
    for i in 0..64 {
        result = storage::set_raw(&format!("gca.test.fill.{i}"), &chunk);
        if result.is_err() {
            break;
        }
    }
    for k in storage::keys_with_prefix("gca.test.fill.") {
        storage::remove(&k);
    }
    assert_eq!(result, Err(StoreError::Full));
}
