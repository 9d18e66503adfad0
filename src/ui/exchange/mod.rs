//! Export, import, share links and CSV (being built: issue 7).
use leptos::prelude::*;

/// `#/import?d=...`
#[component]
pub fn ImportFromLink(data: String) -> impl IntoView {
    let _ = data;
    view! { <p>"…"</p> }
}
