//! App-wide state handed down through Leptos context: the language and the route.

use crate::i18n::Lang;
use crate::platform::{location, storage};
use crate::routes::{Build, Route};
use leptos::prelude::*;

const LANG_KEY: &str = "gca.lang";

#[derive(Clone, Copy)]
pub struct AppCtx {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    /// Which of the two builds this page is (`index.html` or `workshop.html`).
    pub build: Build,
}

impl AppCtx {
    /// Creates the context, restores the language, follows `hashchange`.
    pub fn install(build: Build) -> AppCtx {
        let stored = storage::get_raw(LANG_KEY).ok().flatten();
        let lang = RwSignal::new(stored.map(|s| Lang::from_code(&s)).unwrap_or_default());
        let route = RwSignal::new(Route::parse(&location::hash()));

        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            route.set(Route::parse(&location::hash()));
        });
        on_cleanup(move || handle.remove());

        // Effects only talk to the outside world: storage and the <html lang> attribute.
        Effect::new(move |_| {
            let l = lang.get();
            let _ = storage::set_raw(LANG_KEY, l.code());
            if let Some(el) = document().document_element() {
                let _ = el.set_attribute("lang", l.code());
            }
            document().set_title(l.t(crate::i18n::K::AppTitle));
        });

        let ctx = AppCtx { lang, route, build };
        provide_context(ctx);
        ctx
    }
}

/// The app context; every screen is rendered inside `App`, which provides it.
pub fn use_app() -> AppCtx {
    expect_context::<AppCtx>()
}
