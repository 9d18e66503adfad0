//! `#/about`: what the tool is for, where the data lives, which instrument is in use.

use crate::i18n::K;
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::{instrument, use_store};
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    // Which criteria score this browser's assessments: the academic team can check that a
    // replaced instrument file has arrived (version and the first characters of its hash).
    let inst = instrument().ok().map(|i| {
        let short: String = i.hash.chars().take(8).collect();
        format!(
            "{} · {} {} · {}",
            pick(lang, &i.instrument.title),
            i.instrument.id,
            i.instrument.version,
            short
        )
    });
    let store = use_store();
    let storage = lang
        .t(K::AboutStorage)
        .replace("{n}", &store.drafts.with_untracked(|d| d.len()).to_string())
        .replace("{t}", &store.trash.with_untracked(|t| t.len()).to_string())
        .replace(
            "{kb}",
            &crate::platform::storage::bytes_used()
                .div_ceil(1024)
                .to_string(),
        );
    let persistent = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move {
        persistent.set(crate::platform::storage::is_persistent().await)
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
            <h2>{tr(K::AboutStorageTitle)}</h2>
            <p data-testid="about-storage">{storage}</p>
            {move || persistent.get().map(|p| view! {
                <p data-testid="about-persistence">{lang.t(if p { K::AboutPersistent } else { K::AboutNotPersistent })}</p>
            })}
            <p>{tr(K::AboutOffline)}</p>
            <p class="muted">{tr(K::AboutVersion)} " " {crate::domain::exchange::envelope::APP_VERSION} " · "
                <a href="fonts/OFL-Sarabun.txt">{tr(K::AboutFont)}</a>
            </p>
        </article>
    }
}
