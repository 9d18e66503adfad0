//! `#/import?d=...`: a share link. Decodes and decompresses the code (with a size limit),
//! previews the assessment, and imports it through the same path as a file once asked.

use super::import_into_store;
use super::report::{Report, Rows};
use crate::domain::exchange::read_file;
use crate::domain::exchange::share::{read_code, ShareError, MAX_INFLATED_BYTES};
use crate::i18n::exchange::XK;
use crate::i18n::{Lang, K};
use crate::platform::compress;
use crate::routes::{Route, Section};
use crate::ui::common::{province_name, site_label, tr, type_name};
use crate::ui::shell::use_app;
use crate::ui::store::{instrument, use_store};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone)]
enum State {
    Loading,
    Failed(String),
    /// The inflated bytes and what to show before asking.
    Ready(Vec<u8>, String, String),
    Done(String),
}

#[component]
pub fn ImportFromLink(data: String) -> impl IntoView {
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    let thai = lang == Lang::Th;
    let state = RwSignal::new(State::Loading);
    let rows = RwSignal::new(Rows::new());
    spawn_local(async move {
        let next = match read_code(&data) {
            Err(e) => State::Failed(e.message(thai)),
            Ok(z) => match compress::inflate(&z, MAX_INFLATED_BYTES).await {
                Err(_) => State::Failed(ShareError::Inflate.message(thai)),
                Ok(bytes) => match read_file(&bytes) {
                    Err(rej) => State::Failed(rej.message(thai)),
                    Ok(r) => {
                        let a = r
                            .incoming
                            .first()
                            .map(|i| i.assessment.clone())
                            .unwrap_or_default();
                        let place = match instrument() {
                            Ok(inst) => format!(
                                "{} · {}",
                                type_name(lang, inst, a.profile.community_type.as_deref()),
                                province_name(lang, a.profile.province.as_deref())
                            ),
                            Err(_) => String::new(),
                        };
                        State::Ready(bytes, site_label(lang, &a.profile.site_name), place)
                    }
                },
            },
        };
        state.set(next);
    });
    let confirm = move |_| {
        let State::Ready(bytes, ..) = state.get_untracked() else {
            return;
        };
        let name = lang.t(XK::ShareLinkName).to_string();
        spawn_local(async move {
        let r = import_into_store(store, lang, vec![(name, Ok(bytes))], None).await;
        let id = r
            .first()
            .and_then(|(f, _)| {
                f.result
                    .as_ref()
                    .ok()?
                    .first()
                    .map(|e| e.assessment.id.clone())
            })
            .unwrap_or_default();
        rows.set(r);
        state.set(State::Done(id));
        });
    };
    view! {
        <section class="card import-link" data-testid="import-link">
            <h1>{tr(XK::LinkTitle)}</h1>
            {move || {
                let s = state.get();
                let busy = matches!(s, State::Loading);
                let (error, preview, done) = match s {
                    State::Loading => (None, None, None),
                    State::Failed(msg) => (Some(msg), None, None),
                    State::Ready(_, site, place) => (None, Some((site, place)), None),
                    State::Done(id) => (None, None, Some(Route::Edit { id, section: Section::Profile }.to_hash())),
                };
                let back = error.is_some() || done.is_some();
                view! {
                    <p class="loading" aria-busy="true" hidden=!busy>{lang.t(K::Loading)}</p>
                    {error.map(|msg| view! {
                        <div class="notice error" role="alert" data-testid="import-link-error">
                            <p>{msg}</p>
                            <p>{lang.t(XK::NothingChanged)}</p>
                        </div>
                    })}
                    {preview.map(|(site, place)| view! {
                        <p>{lang.t(XK::LinkAsk)}</p>
                        <div class="import-preview" data-testid="import-preview">
                            <strong class="import-preview-site">{site}</strong>
                            <span class="muted">{place}</span>
                        </div>
                        <div class="row">
                            <button data-testid="import-link-confirm" on:click=confirm>{lang.t(XK::LinkImport)}</button>
                            <a class="button quiet" href="#/">{lang.t(K::Cancel)}</a>
                        </div>
                    })}
                    <div class="row" hidden=!back>
                        {done.map(|href| view! { <a class="button" data-testid="open-imported" href=href>{lang.t(XK::LinkOpen)}</a> })}
                        <a class="button secondary" href="#/">{lang.t(K::BackToDrafts)}</a>
                    </div>
                }
            }}
            <Report rows/>
        </section>
    }
}
