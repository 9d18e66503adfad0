//! The app shell shared by both builds: language, route, header, loading the instrument, and
//! the screen the build's route table names (`ui::field::screen`, `ui::analyst::screen`).

mod context;
mod header;

pub use context::{use_app, AppCtx};

use crate::routes::{Build, Route};
use crate::ui::common::tr;
use leptos::prelude::*;

/// A build's route table: the screen for each route of that build. Routes of the other build
/// never reach it (the shell sends them to the other page).
pub type RouteTable = fn(Route) -> AnyView;

/// The whole app of one build: `kind` names the page, `screen` is its route table.
#[component]
pub fn App(kind: Build, screen: RouteTable) -> impl IntoView {
    let ctx = AppCtx::install(kind);
    let lang = ctx.lang;
    crate::ui::store::Store::install();
    // The instrument is a data file beside the app; screens wait for it (and the screens that
    // show the examples wait for those too, see `store::with_examples`).
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
                Some(Ok(())) => view! { <Screen screen/> }.into_any(),
            }}
        </main>
    }
}

/// The screen the route names; a route of the other build loads the other page (old links
/// such as `index.html#/workshop` keep working).
#[component]
fn Screen(screen: RouteTable) -> impl IntoView {
    let ctx = use_app();
    move || {
        // Reading the language here re-renders the screen when it changes, so the text inside
        // can be plain strings (see `common::tr`).
        let _ = ctx.lang.get();
        let route = ctx.route.get();
        match route.build() {
            Some(b) if b != ctx.build => {
                crate::platform::location::replace(&route.href_from(ctx.build));
                view! { <p class="loading" aria-busy="true">{tr(crate::i18n::K::Loading)}</p> }.into_any()
            }
            Some(_) => screen(route),
            None => view! { <NotFound/> }.into_any(),
        }
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
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="card empty-state" data-testid="not-found">
            <h1>{tr(crate::i18n::K::NotFoundTitle)}</h1>
            <p>{tr(crate::i18n::K::NotFoundBody)}</p>
            <a class="button" href=Route::Drafts.href_from(use_app().build)>{tr(crate::i18n::K::BackToDrafts)}</a>
        </section>
    }
}
