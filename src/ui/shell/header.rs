//! The top bar: the app name, the main navigation and the language toggle.

use super::use_app;
use crate::i18n::K;
use crate::routes::Route;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_app();
    let lang = ctx.lang;
    let t = move |k: K| lang.get_untracked().t(k);
    let current = move |r: Route| {
        let now = ctx.route.get();
        let same = std::mem::discriminant(&now) == std::mem::discriminant(&r);
        if same {
            "page"
        } else {
            "false"
        }
    };

    move || {
        let _ = lang.get(); // re-render on language change
        view! {
            <header class="topbar no-print">
                <a class="brand" href=Route::Drafts.href_from(ctx.build)>
                    <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
                        <circle cx="16" cy="16" r="15" fill="var(--accent)"/>
                        <path d="M9 19c0-6 5-10 14-11-1 9-5 14-11 14-1 0-2 0-3-1z" fill="#fff"/>
                    </svg>
                    <span class="brand-name">{t(K::AppTitle)}</span>
                </a>
                <nav class="nav" aria-label=t(K::AppTitle)>
                    <a href=Route::Drafts.href_from(ctx.build) aria-current=move || current(Route::Drafts)>{t(K::NavDrafts)}</a>
                    <a href=Route::Workshop.href_from(ctx.build) data-testid="nav-workshop" aria-current=move || current(Route::Workshop)>{t(K::NavWorkshop)}</a>
                    <a href=Route::About.href_from(ctx.build) aria-current=move || current(Route::About)>{t(K::NavAbout)}</a>
                </nav>
                <button
                    class="lang-toggle"
                    data-testid="lang-toggle"
                    aria-label=format!("{} – {}", t(K::LangToggle), t(K::LangToggleLabel))
                    on:click=move |_| lang.update(|l| *l = l.other())
                >
                    {t(K::LangToggle)}
                </button>
            </header>
        }
    }
}
