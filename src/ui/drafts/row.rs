//! One row of the drafts list (`data-testid="draft-item"`), with its actions.

use crate::domain::fixed::Fixed;
use crate::domain::assessment::Action;
use crate::domain::drafts::{copy_name, duplicate, DraftRow};
use crate::domain::rounds::{follow_up, next_round};
use crate::i18n::rounds::{round_name, NK};
use crate::i18n::K;
use crate::platform::{location, random};
use crate::routes::{Route, Section};
use crate::ui::common::{date, province_name, site_label, tr, type_name};
use crate::ui::shell::use_app;
use crate::ui::store::{instrument, use_store, Store};
use leptos::either::Either;
use leptos::prelude::*;

/// Copies a draft or an example into a new draft of the user's own and opens it.
pub fn copy_and_open(store: Store, id: &str, copy_word: &str) {
    let Some(src) = store.get(id) else { return };
    let name = copy_name(&src.profile.site_name, copy_word);
    let copy = duplicate(&src, Store::new_id(), name, &random::now_iso());
    let new_id = copy.id.clone();
    store.insert(copy);
    location::set_hash(
        &Route::Edit {
            id: new_id,
            section: Section::Profile,
        }
        .to_hash(),
    );
}

/// Starts the next round of a site from one of its assessments (a draft or an example): the
/// profile copied, the answers empty, opened at the profile so the team sets the new date.
pub fn start_follow_up(store: Store, id: &str) {
    let (Some(src), Ok(inst)) = (store.get(id), instrument()) else { return };
    let round = store.with_every(|all| next_round(all.into_iter().chain([&src]), src.site()));
    let a = follow_up(&src, round, Store::new_id(), inst, &random::now_iso());
    let new_id = a.id.clone();
    store.insert(a);
    location::set_hash(
        &Route::Edit {
            id: new_id,
            section: Section::Profile,
        }
        .to_hash(),
    );
}

#[component]
pub fn DraftRowView(row: DraftRow) -> impl IntoView {
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(row.site_name.clone());
    let id = StoredValue::new(row.id.clone());
    let example = row.example;
    let r = StoredValue::new(row);

    let open_href = move || {
        Route::Edit {
            id: id.get_value(),
            section: Section::Profile,
        }
        .to_hash()
    };
    let results_href = move || Route::Results { id: id.get_value() }.to_hash();
    let percent = move || crate::i18n::percent(Some(r.with_value(|r| r.completion)));

    let save_name = move || {
        let _ = store.dispatch(
            &id.get_value(),
            Action::SetSiteName(new_name.get_untracked().trim().to_string()),
        );
        renaming.set(false);
    };

    view! {
        <li class="draft-item" class:is-example=example data-testid=if example { "example-item" } else { "draft-item" } data-id=move || id.get_value()>
            <div class="draft-main">
                {move || if renaming.get() { Either::Left(view! {
                    <div class="rename row">
                        <label class="visually-hidden" for=move || format!("rename-{}", id.get_value())>{tr(K::SiteName)}</label>
                        <input type="text" id=move || format!("rename-{}", id.get_value()) data-testid="rename-input"
                            prop:value=move || new_name.get()
                            on:input=move |ev| new_name.set(event_target_value(&ev))
                            on:keydown=move |ev| { if ev.key() == "Enter" { save_name() } else if ev.key() == "Escape" { renaming.set(false) } }
                        />
                        <button data-testid="rename-save" on:click=move |_| save_name()>{tr(K::RenameSave)}</button>
                        <button class="quiet" on:click=move |_| renaming.set(false)>{tr(K::Cancel)}</button>
                    </div>
                }) } else { Either::Right(view! {
                    <a class="draft-name" href=open_href.clone()>
                        {r.with_value(|r| site_label(lang, &r.site_name))}
                    </a>
                    {example.then(|| view! { <span class="badge">{tr(K::ExampleBadge)}</span> })}
                    {r.with_value(|r| r.round > 0).then(|| view! {
                        <span class="badge round-badge" data-testid="round-badge">{r.with_value(|r| round_name(lang, r.round))}</span>
                    })}
                }) }}
                <p class="draft-meta">
                    <span>{r.with_value(|r| type_name(lang, inst, r.community_type.as_deref()))}</span>
                    " · "
                    <span>{r.with_value(|r| province_name(lang, r.province.as_deref()))}</span>
                    " · "
                    <span>{tr(K::LastEdited)} " " {r.with_value(|r| date(lang, &r.updated_at))}</span>
                </p>
                <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100"
                    aria-valuenow=move || Fixed(r.with_value(|r| r.completion) * 100.0, 0).to_string()
                    aria-label=tr(K::Completed)>
                    <span class="progress-fill" style=move || format!("width:{}", percent())></span>
                </div>
                <span class="draft-percent num">{tr(K::Completed)} " " {percent}</span>
            </div>
            <div class="draft-actions">
                <a class="button secondary" href=open_href>{tr(K::Open)}</a>
                <a class="button secondary" href=results_href>{tr(K::Results)}</a>
                {if example {
                    view! {
                        <button class="secondary" data-testid="copy-example" on:click=move |_| {
                            copy_and_open(store, &id.get_value(), lang.t(K::CopyWord))
                        }>{tr(K::MakeCopy)}</button>
                    }.into_any()
                } else {
                    view! {
                        <button class="quiet" data-testid="rename" on:click=move |_| { new_name.set(r.with_value(|r| r.site_name.clone())); renaming.set(true) }>{tr(K::Rename)}</button>
                        <button class="quiet" data-testid="duplicate" on:click=move |_| {
                            copy_and_open(store, &id.get_value(), lang.t(K::CopyWord))
                        }>{tr(K::Duplicate)}</button>
                        <button class="quiet" data-testid="start-follow-up" on:click=move |_| {
                            start_follow_up(store, &id.get_value())
                        }>{tr(NK::StartFollowUp)}</button>
                        <button class="quiet danger-text" data-testid="delete" on:click=move |_| {
                            store.delete(&id.get_value(), lang.t(K::Deleted).to_string())
                        }>{tr(K::Delete)}</button>
                    }.into_any()
                }}
            </div>
        </li>
    }
    .into_any()
}
