//! The field app's route table (`index.html`): what a field worker on a phone opens. Only the
//! screens named here are linked into the field wasm.

use crate::routes::Route;
use crate::ui::about::AboutPage;
use crate::ui::drafts::DraftsPage;
use crate::ui::exchange::ImportFromLink;
use crate::ui::form::EditorPage;
use crate::ui::new_link::NewFromLink;
use crate::ui::results::ResultsPage;
use crate::ui::shell::NotFound;
use crate::ui::store::{use_store, with_examples};
use leptos::prelude::*;

/// The screen for a route of the field build (see `routes::Route::build`). The examples are
/// fetched only by the screens that show them: the drafts page, and an example opened by id.
pub fn screen(route: Route) -> AnyView {
    let is_draft = |id: &str| use_store().drafts.with_untracked(|d| d.contains_key(id));
    match route {
        Route::Drafts => with_examples(|| view! { <DraftsPage/> }.into_any()),
        Route::Edit { id, section } if is_draft(&id) => view! { <EditorPage id section/> }.into_any(),
        Route::Edit { id, section } => with_examples(move || {
            let id = id.clone();
            view! { <EditorPage id section/> }.into_any()
        }),
        Route::New { params } => view! { <NewFromLink params/> }.into_any(),
        Route::Results { id } if is_draft(&id) => view! { <ResultsPage id/> }.into_any(),
        Route::Results { id } => with_examples(move || {
            let id = id.clone();
            view! { <ResultsPage id/> }.into_any()
        }),
        Route::Import { data } => view! { <ImportFromLink data/> }.into_any(),
        Route::About => view! { <AboutPage/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}
