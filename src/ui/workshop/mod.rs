//! `#/workshop` and `#/present` (being built: issue 8).
use leptos::prelude::*;

#[component]
pub fn WorkshopPage() -> impl IntoView {
    view! { <p>"…"</p> }
}

#[component]
pub fn PresentPage() -> impl IntoView {
    view! { <p>"…"</p> }
}
