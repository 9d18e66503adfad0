//! `#/a/<id>/results` (being built: issue 6).
use leptos::prelude::*;

#[component]
pub fn ResultsPage(id: String) -> impl IntoView {
    let _ = id;
    view! { <p>"…"</p> }
}
