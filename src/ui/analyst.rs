//! The analyst app's route table (`workshop.html`): the academic team's screens on a laptop.
//! To add a screen: give its route `Some(Build::Analyst)` in `routes::Route::build`, then add
//! its arm here (see `docs/architecture.md`, "Two builds").

use crate::routes::Route;
use crate::ui::shell::NotFound;
use crate::ui::store::with_examples;
use crate::ui::workshop::{PresentPage, WorkshopPage};
use leptos::prelude::*;

/// The screen for a route of the analyst build (see `routes::Route::build`). Screens that
/// compare the bundled examples wait for them with `with_examples`.
pub fn screen(route: Route) -> AnyView {
    match route {
        Route::Workshop => with_examples(|| view! { <WorkshopPage/> }.into_any()),
        Route::Present => with_examples(|| view! { <PresentPage/> }.into_any()),
        Route::Proposals => with_examples(|| view! { <crate::ui::proposals::ProposalsPage/> }.into_any()),
        Route::Plan => with_examples(|| view! { <crate::ui::plan::PlanPage/> }.into_any()),
        _ => view! { <NotFound/> }.into_any(),
    }
}
