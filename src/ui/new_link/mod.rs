//! `#/new?type=..&province=..&site=..`: a facilitator's link that creates a draft with presets.
//! Unknown values are named and the rest applies; opening the same link again asks before
//! creating a second draft.

use crate::domain::assessment::Action;
use crate::domain::drafts::{link_key, presets_from_params, RejectedPreset};
use crate::i18n::{Lang, K};
use crate::platform::{location, storage};
use crate::routes::{Route, Section};
use crate::ui::common::tr;
use crate::ui::drafts::create_draft;
use crate::ui::shell::use_app;
use crate::ui::store::{instrument, use_store, Store};
use leptos::prelude::*;
use std::time::Duration;

const LINK_PREFIX: &str = "gca.link.";

fn rejected_text(lang: Lang, r: &RejectedPreset) -> String {
    match r {
        RejectedPreset::UnknownType(v) => format!("{}: “{v}”", lang.t(K::PresetUnknownType)),
        RejectedPreset::UnknownProvince(v) => {
            format!("{}: “{v}”", lang.t(K::PresetUnknownProvince))
        }
        RejectedPreset::UnknownParameter(v) => format!("{}: “{v}”", lang.t(K::PresetUnknownParam)),
    }
}

fn open_editor(id: String) {
    let app = use_app();
    let route = Route::Edit {
        id,
        section: Section::Profile,
    };
    // Replace the link in history so Back does not create the draft again.
    location::replace_hash(&route.to_hash());
    set_timeout(move || app.route.set(route), Duration::from_millis(0));
}

fn create(store: Store, params: &[(String, String)]) {
    let Ok(inst) = instrument() else { return };
    let lang = use_app().lang.get_untracked();
    let presets = presets_from_params(params, &inst.instrument);
    let Some(id) = create_draft(store, |_| {}) else {
        return;
    };
    if let Some(t) = presets.community_type.clone() {
        let _ = store.dispatch(&id, Action::SetCommunityType(Some(t)));
    }
    if let Some(p) = presets.province.clone() {
        let _ = store.dispatch(&id, Action::SetProvince(Some(p)));
    }
    if let Some(n) = presets.site_name.clone() {
        let _ = store.dispatch(&id, Action::SetSiteName(n));
    }
    store.flush();
    let _ = storage::set_raw(&format!("{LINK_PREFIX}{}", link_key(params)), &id);
    if !presets.rejected.is_empty() {
        let mut msgs: Vec<String> = presets
            .rejected
            .iter()
            .map(|r| rejected_text(lang, r))
            .collect();
        msgs.push(lang.t(K::PresetRestApplied).to_string());
        store.flash.set(msgs);
    }
    open_editor(id);
}

#[component]
pub fn NewFromLink(params: Vec<(String, String)>) -> impl IntoView {
    let store = use_store();
    let key = format!("{LINK_PREFIX}{}", link_key(&params));
    let existing = storage::get_raw(&key)
        .ok()
        .flatten()
        .filter(|id| store.drafts.with_untracked(|d| d.contains_key(id)));
    match existing {
        None => {
            create(store, &params);
            ().into_any()
        }
        Some(id) => {
            let params = StoredValue::new(params);
            let id2 = id.clone();
            view! {
                <section class="card" data-testid="link-already-opened">
                    <h1>{tr(K::LinkAlreadyOpened)}</h1>
                    <div class="row">
                        <button data-testid="open-existing" on:click=move |_| open_editor(id2.clone())>{tr(K::OpenExisting)}</button>
                        <button class="secondary" data-testid="create-another" on:click=move |_| create(store, &params.get_value())>{tr(K::CreateAnother)}</button>
                    </div>
                </section>
            }
            .into_any()
        }
    }
}
