//! The app shell: language, route, header and the screen the route names.

mod context;
mod header;

pub use context::{use_app, AppCtx};

use crate::routes::Route;
use crate::ui::about::AboutPage;
use crate::ui::common::tr;
use crate::ui::drafts::DraftsPage;
use crate::ui::form::EditorPage;
use crate::ui::new_link::NewFromLink;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let ctx = AppCtx::install();
    let lang = ctx.lang;
    crate::ui::store::Store::install();
    // The instrument and examples are data files beside the app; screens wait for them.
    let loaded = RwSignal::new(None::<Result<(), crate::ui::store::LoadError>>);
    leptos::task::spawn_local(async move {
        loaded.set(Some(crate::ui::store::load().await));
    });
    view! {
        <a class="skip-link" href="#main">{move || lang.get().t(crate::i18n::K::SkipToContent)}</a>
        <header::Header/>
        <main id="main" class="page" tabindex="-1">
            {move || match loaded.get() {
                None => view! { <p class="loading" data-testid="loading" aria-busy="true">{lang.get_untracked().t(crate::i18n::K::Loading)}</p> }.into_any(),
                Some(Err(e)) => view! { <LoadFailed error=e/> }.into_any(),
                Some(Ok(())) => view! { <Screen/> }.into_any(),
            }}
        </main>
    }
}

/// The screen the route names.
#[component]
fn Screen() -> impl IntoView {
    let ctx = use_app();
    view! {
            {move || {
                // Reading the language here re-renders the screen when it changes, so the
                // text inside can be plain strings (see `common::tr`).
                let _ = ctx.lang.get();
                match ctx.route.get() {
                Route::Drafts => view! { <DraftsPage/> }.into_any(),
                Route::Edit { id, section } => view! { <EditorPage id section/> }.into_any(),
                Route::New { params } => view! { <NewFromLink params/> }.into_any(),
                Route::Results { id } => view! { <crate::ui::results::ResultsPage id/> }.into_any(),
                Route::Import { data } => view! { <crate::ui::exchange::ImportFromLink data/> }.into_any(),
                Route::Workshop => view! { <crate::ui::workshop::WorkshopPage/> }.into_any(),
                Route::Present => view! { <crate::ui::workshop::PresentPage/> }.into_any(),
                Route::About => view! { <AboutPage/> }.into_any(),
                _ => view! { <NotFound/> }.into_any(),
            }}}
    }
}

/// The instrument file is missing or has mistakes: say which file and every problem. Stored
/// drafts are not touched.
#[component]
fn LoadFailed(error: crate::ui::store::LoadError) -> impl IntoView {
    view! {
        <section class="card notice error" role="alert" data-testid="load-error">
            <h1>{tr(crate::i18n::K::LoadFailedTitle)}</h1>
            <p>{tr(crate::i18n::K::LoadFailedBody)} " " <code>{error.file.clone()}</code></p>
            <ul>{error.problems.iter().map(|p| view! { <li><code>{p.clone()}</code></li> }).collect_view()}</ul>
        </section>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section class="card empty-state" data-testid="not-found">
            <h1>{tr(crate::i18n::K::NotFoundTitle)}</h1>
            <p>{tr(crate::i18n::K::NotFoundBody)}</p>
            <a class="button" href="#/">{tr(crate::i18n::K::BackToDrafts)}</a>
        </section>
    }
}
