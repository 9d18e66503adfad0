//! The app shell: language, route, header and the screen the route names.

mod context;
mod header;

pub use context::{use_app, AppCtx};

use crate::routes::Route;
use crate::ui::about::AboutPage;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let ctx = AppCtx::install();
    let lang = ctx.lang;

    view! {
        <a class="skip-link" href="#main">{move || lang.get().t(crate::i18n::K::SkipToContent)}</a>
        <header::Header/>
        <main id="main" class="page" tabindex="-1">
            {move || match ctx.route.get() {
                Route::About => view! { <AboutPage/> }.into_any(),
                Route::NotFound(_) => view! { <NotFound/> }.into_any(),
                _ => view! { <AboutPage/> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <section class="card empty-state" data-testid="not-found">
            <h1>{move || lang.get().t(crate::i18n::K::NotFoundTitle)}</h1>
            <p>{move || lang.get().t(crate::i18n::K::NotFoundBody)}</p>
            <a class="button" href="#/">{move || lang.get().t(crate::i18n::K::BackToDrafts)}</a>
        </section>
    }
}
