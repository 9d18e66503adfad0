//! `#/about`: what the tool is for, where the data lives, which instrument is in use.

use crate::i18n::K;
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::instrument;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    // Which criteria score this browser's assessments: the academic team can check that a
    // replaced instrument file has arrived (version and the first characters of its hash).
    let inst = instrument().ok().map(|i| {
        let short: String = i.hash.chars().take(8).collect();
        format!("{} · {} {} · {}", pick(lang, &i.instrument.title), i.instrument.id, i.instrument.version, short)
    });
    view! {
        <article class="card prose" data-testid="about">
            <h1>{tr(K::AboutTitle)}</h1>
            <p class="lead">{tr(K::AppTagline)}</p>
            <p>{tr(K::AboutBody1)}</p>
            <p>{tr(K::AboutBody2)}</p>
            <p>{tr(K::AboutPartners)}</p>
            <h2>{tr(K::AboutInstrument)}</h2>
            <p data-testid="about-instrument">{inst}</p>
        </article>
    }
}
