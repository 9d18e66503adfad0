//! Green Community assessment (ชุมชนสีเขียว): a form and analyzer that runs entirely in the
//! browser.
//!
//! The crate is layered so that everything that can be tested without a browser is:
//!
//! - [`domain`]: pure Rust. The instrument (a versioned data file), the assessment value and
//!   its reducer, scoring, chart geometry, comparison and the exchange format. No web imports,
//!   no panics on untrusted input.
//! - [`i18n`]: Thai and English messages and display formatting (Buddhist Era dates).
//! - [`routes`]: the hash routes of the app, parsed and printed as plain values.
//! - `platform` (wasm only): thin browser adapters (localStorage, files, downloads, URL).
//! - `ui` (wasm only): Leptos components, one folder per screen plus `charts/`.
//!
//! `src/main.rs` mounts the field app (`index.html`), `src/main_analyst.rs` the analyst app
//! (`workshop.html`); each is its own wasm, built with the cargo feature of the same name.
//! `src/bin/gca.rs` is the native command-line tool.
//! See `docs/architecture.md` for the data flow.

pub mod domain;
pub mod i18n;
pub mod routes;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Removes the page that `index.html` and `workshop.html` show until the app starts (`#boot`).
/// The app draws its own top bar and loading line in the same task, so no blank frame shows.
#[cfg(all(target_arch = "wasm32", any(feature = "field", feature = "analyst")))]
fn remove_boot_page() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

/// Mounts the field app (`index.html`) on `<body>`. Called by `src/main.rs`.
#[cfg(all(target_arch = "wasm32", feature = "field"))]
pub fn start() {
    use leptos::prelude::*;
    // Debug builds print a panic's message to the console; a release build aborts without the
    // formatting code that needs (0.9 KB gzip of the field wasm, docs/performance.md).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    remove_boot_page();
    leptos::mount::mount_to_body(|| {
        view! { <ui::App kind=routes::Build::Field screen=ui::field::screen/> }
    });
}

/// Mounts the analyst app (`workshop.html`) on `<body>`. Called by `src/main_analyst.rs`.
#[cfg(all(target_arch = "wasm32", feature = "analyst"))]
pub fn start_analyst() {
    use leptos::prelude::*;
    // Debug builds print a panic's message to the console; a release build aborts without the
    // formatting code that needs (0.9 KB gzip of the field wasm, docs/performance.md).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    remove_boot_page();
    leptos::mount::mount_to_body(|| {
        view! { <ui::App kind=routes::Build::Analyst screen=ui::analyst::screen/> }
    });
}
