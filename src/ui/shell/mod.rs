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
                Some(Ok(())) => view! { <StorageBlocked/> <Screen screen/> }.into_any(),
            }}
        </main>
    }
}

/// The screen the route names; a route of the other build loads the other page (old links
/// such as `index.html#/workshop` keep working).
#[component]
fn Screen(screen: RouteTable) -> impl IntoView {
    let ctx = use_app();
    // After a move to another screen or section (not on the first load, not on a language
    // change) focus goes to the new screen's heading, so a keyboard or screen-reader user
    // starts there instead of at the top of the page again.
    Effect::new(move |seen: Option<()>| {
        ctx.route.track();
        if seen.is_some() {
            request_animation_frame(focus_heading);
        }
    });
    move || {
        // Reading the language here re-renders the screen when it changes, so the text inside
        // can be plain strings (see `common::tr`).
        let _ = ctx.lang.get();
        let route = ctx.route.get();
        release_focus_in_screen();
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

/// With localStorage blocked the app still opens; this says, on every screen, that nothing
/// will be kept after closing, and offers the backup file of the work so far.
#[component]
fn StorageBlocked() -> impl IntoView {
    if crate::platform::storage::available() {
        return ().into_any();
    }
    let store = crate::ui::store::use_store();
    view! {
        <div class="notice warn row" role="alert" data-testid="storage-blocked">
            <span>{tr(crate::i18n::K::StorageBlocked)}</span>
            <span class="spacer"></span>
            <button data-testid="download-backup" on:click=move |_| {
                let _ = crate::platform::download::download_text("green-community-backup.json", "application/json", &store.backup_json());
            }>{tr(crate::i18n::K::DownloadBackup)}</button>
        </div>
    }
    .into_any()
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

/// Focuses the screen's heading: the one marked `data-focus-heading`, else the first `h1`, else
/// the first `h2` of the main area (made focusable by script only, tabindex -1).
/// Takes the focus off the screen that is about to be replaced (after a move it is on that
/// screen's heading). Removing a focused element makes Chromium fix the focus up after the new
/// screen is already in the page, which re-styles all of it: a 200-site workshop took 0.77 s to
/// draw after another screen instead of 0.2 s (docs/performance.md). The new screen's heading
/// takes the focus in the next frame (`focus_heading`).
fn release_focus_in_screen() {
    use wasm_bindgen::JsCast;
    let doc = document();
    let (Some(active), Some(main)) = (doc.active_element(), doc.get_element_by_id("main")) else {
        return;
    };
    if active != main && main.contains(Some(&active)) {
        if let Ok(el) = active.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.blur();
        }
    }
}

fn focus_heading() {
    use wasm_bindgen::JsCast;
    let Ok(Some(el)) = document().query_selector(
        "main [data-focus-heading], main h1, main h2",
    ) else {
        return;
    };
    // `querySelector` with a list returns the first in document order; prefer the marked one.
    let el = document().query_selector("main [data-focus-heading]").ok().flatten().unwrap_or(el);
    let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else { return };
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    let _ = el.focus();
}
