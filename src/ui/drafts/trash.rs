//! The trash: deleted drafts, restorable for 30 days.

use crate::domain::drafts::{days_between, TRASH_DAYS};
use crate::i18n::K;
use crate::platform::random;
use crate::ui::common::{site_label, tr};
use crate::ui::shell::use_app;
use crate::ui::store::use_store;
use leptos::prelude::*;

#[component]
pub fn TrashList() -> impl IntoView {
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    let now = StoredValue::new(random::now_iso());
    let items = move || store.trash.get();
    // The <details> stays while it has items, so its open state survives a restore.
    let any = Memo::new(move |_| store.trash.with(|t| !t.is_empty()));
    view! {
        {move || any.get().then(|| view! {
            <details class="card trash" data-testid="trash">
                <summary>{tr(K::TrashTitle)} " (" {move || store.trash.with(|t| t.len())} ")"</summary>
                <ul class="plain-list">
                    {move || items().into_iter().map(|e| {
                            let id = e.assessment.id.clone();
                            let left = TRASH_DAYS - days_between(&e.deleted_at, &now.get_value()).unwrap_or(0);
                            let name = e.assessment.profile.site_name.clone();
                            view! {
                                <li class="row trash-item" data-testid="trash-item">
                                    <span>{site_label(lang, &name)}</span>
                                    <span class="muted">{left} " " {tr(K::DaysLeft)}</span>
                                    <span class="spacer"></span>
                                    <button class="secondary" on:click=move |_| store.restore(&id)>{tr(K::Restore)}</button>
                                </li>
                            }
                    }).collect_view()}
                </ul>
            </details>
        })}
    }
}
