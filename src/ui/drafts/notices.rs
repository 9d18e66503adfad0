//! Messages on the drafts page: storage failures, unreadable drafts, and the undo toast.

use crate::i18n::K;
use crate::platform::{download, storage::StoreError};
use crate::ui::common::tr;
use crate::ui::store::{use_store, SaveState};
use leptos::prelude::*;

/// Says that saving failed, why, that the work is kept in memory, and offers a backup file.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let store = use_store();
    let failed = move || match store.save_state.get() {
        SaveState::Failed(e) => Some(e),
        _ => None,
    };
    view! {
        {move || failed().map(|e| view! {
            <div class="notice error" role="alert" data-testid="storage-error">
                <strong>{tr(K::StorageFailedTitle)} ": "</strong>
                {match e { StoreError::Full => tr(K::StorageFull), StoreError::Unavailable(_) => tr(K::StorageUnavailable) }}
                <p>{tr(K::StorageKeptInMemory)}</p>
                <button data-testid="download-backup" on:click=move |_| {
                    let _ = download::download_text("green-community-backup.json", "application/json", &store.backup_json());
                }>{tr(K::DownloadBackup)}</button>
            </div>
        })}
    }
}

/// Lists stored drafts that could not be read; they were set aside, never deleted.
#[component]
pub fn UnreadableNotice() -> impl IntoView {
    let store = use_store();
    let any = Memo::new(move |_| store.unreadable.with(|u| !u.is_empty()));
    view! {
        {move || any.get().then(|| view! {
            <div class="notice warn" role="status" data-testid="unreadable-drafts">
                <strong>{tr(K::UnreadableTitle)}</strong>
                <p>{tr(K::UnreadableBody)}</p>
                <ul>
                    {move || store.unreadable.get().into_iter().map(|u| {
                        let key = u.key.clone();
                        view! {
                            <li>
                                <code>{u.key.clone()}</code> " " {u.reason.clone()} " "
                                <button class="quiet" on:click=move |_| {
                                    if let Some(raw) = crate::platform::storage::get_raw(&key).ok().flatten() {
                                        let _ = download::download_text(&format!("{key}.txt"), "text/plain", &raw);
                                    }
                                }>{tr(K::DownloadRaw)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        })}
    }
}

/// A message at the bottom of the screen, with Undo after a delete.
#[component]
pub fn Toast() -> impl IntoView {
    let store = use_store();
    view! {
        {move || store.toast.get().map(|t| {
            let undo = t.undo_restore.clone();
            view! {
                <div class="toast" role="status" data-testid="toast">
                    <span>{t.text.clone()}</span>
                    {undo.map(|id| view! {
                        <button class="secondary" data-testid="undo" on:click=move |_| store.restore(&id)>{tr(K::Undo)}</button>
                    })}
                    <button class="quiet" on:click=move |_| store.toast.set(None)>{tr(K::Dismiss)}</button>
                </div>
            }
        })}
    }
}
