//! `#/about`: what the tool is for, where the data lives, which instrument is in use.

use crate::i18n::K;
use crate::ui::shell::use_app;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let t = move |k: K| lang.t(k);
    view! {
        <article class="card prose" data-testid="about">
            <h1>{move || t(K::AboutTitle)}</h1>
            <p class="lead">{move || t(K::AppTagline)}</p>
            <p>{move || t(K::AboutBody1)}</p>
            <p>{move || t(K::AboutBody2)}</p>
            <p>{move || t(K::AboutPartners)}</p>
        </article>
    }
}
