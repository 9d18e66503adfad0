//! Export, import, share links and CSV (issue 7). The rules live in `domain::exchange`; this
//! module reads files, calls the domain, writes the outcome into the store and draws the
//! report. Nothing here decides what happens to an assessment.
//!
//! - [`ExportButton`]: "export JSON" and "share link" for one assessment (editor, results).
//! - [`DraftsExchange`]: export all, import (picker and drop), CSV, on the drafts page.
//! - [`ImportFromLink`]: `#/import?d=...`, a preview, then the same import path as files.

mod link;
mod report;

pub use link::ImportFromLink;

use crate::domain::assessment::Assessment;
use crate::domain::drafts::{changed_since_backup, BackupMark};
use crate::domain::exchange::{
    self, classify_one, envelope, limits::MAX_FILE_BYTES, FileReport, Outcome, Rejection,
};
use crate::i18n::exchange::XK;
use crate::i18n::Lang;
use crate::platform::schedule::Slices;
use crate::platform::{
    clipboard, compress, download::download_text, files, location, random, storage,
};
use crate::ui::common::{date, tr};
use crate::ui::shell::use_app;
use crate::ui::store::{examples, instrument, use_store, Store};
use leptos::prelude::*;
use leptos::task::spawn_local;
use report::{Report, Rows};
use std::collections::BTreeMap;

fn save(name: &str, mime: &str, text: &str) {
    let _ = download_text(name, mime, text);
}

/// What an import is doing, for its progress line: file `file` of `files`, and within it
/// `done` of `total` assessments checked or stored.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Progress {
    file: usize,
    files: usize,
    phase: XK,
    done: usize,
    total: usize,
}

/// Work at most this long before the browser gets a turn (input, painting the progress).
const SLICE_MS: f64 = 20.0;
/// Assessments checked between two looks at the clock.
const CHECKS_PER_LOOK: usize = 10;

/// Reads, checks, classifies and stores `files` one after the other against the drafts, in
/// slices that leave the page responsive, and returns the reports (conflicts wait for the
/// user). Each assessment to add or update is written at once; at the first write the browser
/// refuses (storage full) the import stops storing, and that one and every later one is
/// reported as not stored, with nothing of them kept. What was stored appears in the drafts
/// in one update at the end.
async fn import_into_store(
    store: Store,
    lang: Lang,
    files: Vec<(String, Result<Vec<u8>, Rejection>)>,
    busy: Option<RwSignal<Option<Progress>>>,
) -> Rows {
    let inst = instrument().ok();
    let mut work: BTreeMap<String, Assessment> = store.drafts.get_untracked();
    let mut out = Vec::with_capacity(files.len());
    let mut saved = Vec::new();
    let mut full = false;
    let mut slices = Slices::new(SLICE_MS);
    let n = files.len();
    let show = |p: Progress| {
        if let Some(b) = busy {
            b.set(Some(p));
        }
    };
    for (fi, (name, bytes)) in files.into_iter().enumerate() {
        let mut at = Progress {
            file: fi + 1,
            files: n,
            phase: XK::Checking,
            done: 0,
            total: 0,
        };
        let read = match bytes {
            Err(rej) => Err(rej),
            Ok(b) => {
                let read = match envelope::start(&b) {
                    Err(rej) => Err(rej),
                    Ok(mut reading) => {
                        at.total = reading.total();
                        loop {
                            match reading.step(CHECKS_PER_LOOK) {
                                Err(rej) => break Err(rej),
                                Ok(true) => break reading.finish(),
                                Ok(false) if slices.due() => {
                                    at.done = reading.done();
                                    show(at);
                                    slices.turn().await;
                                }
                                Ok(false) => {}
                            }
                        }
                    }
                };
                read
            }
        };
        let from_version = read.as_ref().map(|r| r.from_version).unwrap_or(1);
        let result = match read {
            Err(rej) => Err(rej),
            Ok(r) => {
                at.phase = XK::Storing;
                let mut entries = Vec::with_capacity(r.incoming.len());
                for (i, inc) in r.incoming.into_iter().enumerate() {
                    let before = work.get(&inc.assessment.id).cloned();
                    let mut e = classify_one(
                        &mut work,
                        examples(),
                        inc,
                        inst,
                        &mut Store::new_id,
                        lang.t(XK::ImportedCopySuffix),
                    );
                    if e.outcome.applied() {
                        if !full && store.save_imported(&e.assessment).is_ok() {
                            saved.push(e.assessment.clone());
                        } else {
                            // Storage is full: stop writing, and keep nothing of this one.
                            full = true;
                            e.outcome = Outcome::NotStored;
                            let id = e.assessment.id.clone();
                            match before.filter(|b| b.id == id) {
                                Some(b) => work.insert(id, b),
                                None => work.remove(&id),
                            };
                        }
                    }
                    entries.push(e);
                    if slices.due() {
                        at.done = i + 1;
                        show(at);
                        slices.turn().await;
                    }
                }
                Ok(entries)
            }
        };
        let count = result.as_ref().map(Vec::len).unwrap_or(0);
        out.push((
            FileReport {
                name,
                result,
                from_version,
            },
            vec![None; count],
        ));
    }
    store.show_imported(saved);
    out
}

/// "Export JSON" and "Share link" for one assessment.
#[component]
pub fn ExportButton(id: String) -> impl IntoView {
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    let id = StoredValue::new(id);
    // Ok((url, copied)) or the reason there is no link.
    let share = RwSignal::new(None::<Result<(String, bool), String>>);
    let export = move |_| {
        let (Some(a), Ok(inst)) = (store.get(&id.get_value()), instrument()) else {
            return;
        };
        let now = random::now_iso();
        save(
            &exchange::file_name(&a.profile.site_name, &now, "json"),
            "application/json",
            &exchange::export_one(&a, inst, &now),
        );
    };
    let make_link = move |_| {
        let (Some(a), Ok(inst)) = (store.get(&id.get_value()), instrument()) else {
            return;
        };
        let json = exchange::envelope::envelope(&[a], inst, &random::now_iso()).to_string();
        spawn_local(async move {
            let thai = lang == Lang::Th;
            let r = match compress::deflate(json.as_bytes()).await {
                Ok(z) => exchange::share::link_hash(&z).map_err(|e| e.message(thai)),
                Err(e) => Err(e),
            };
            share.set(Some(match r {
                Ok(hash) => {
                    let url = format!("{}{hash}", location::base_url());
                    let copied = clipboard::copy(&url).await.is_ok();
                    Ok((url, copied))
                }
                Err(e) => Err(e),
            }));
        });
    };
    view! {
        <button class="secondary" data-testid="export-json" on:click=export>{tr(XK::ExportJson)}</button>
        <button class="secondary" data-testid="share-link" on:click=make_link>{tr(XK::ShareLink)}</button>
        {move || share.get().map(|r| {
            let (ok, text, url) = match r {
                Ok((url, copied)) => (true, lang.t(if copied { XK::ShareCopied } else { XK::ShareCopyByHand }).to_string(), Some(url)),
                Err(e) => (false, e, None),
            };
            view! {
                <div class=if ok { "share-result notice ok" } else { "share-result notice warn" } role="status"
                    data-testid=if ok { "share-link-result" } else { "share-link-error" }>
                    <label for="share-url">{text}</label>
                    {url.map(|url| view! {
                        <input id="share-url" type="text" readonly data-testid="share-link-text" prop:value=url
                            on:focus=move |ev| { let i: web_sys::HtmlInputElement = event_target(&ev); i.select(); }/>
                    })}
                </div>
            }
        })}
    }
}

/// What "Export all" last put in a backup file, for the reminder under the button.
const LAST_BACKUP: &str = "gca.backup.last";

/// Export all, import, drop zone, CSV and the import report, on the drafts page.
#[component]
pub fn DraftsExchange() -> impl IntoView {
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    // Losing drafts with the browser's data is what field teams fear most: say when the last
    // backup file was made and how many drafts changed since.
    let last_backup = RwSignal::new(
        storage::get_raw(LAST_BACKUP)
            .ok()
            .flatten()
            .and_then(|t| BackupMark::from_json(&t)),
    );
    let backup_status = move || {
        let last = last_backup.get();
        let (total, behind) = store
            .drafts
            .with(|d| (d.len(), changed_since_backup(d.values(), last.as_ref())));
        (total > 0).then(|| {
            let text = match &last {
                None => lang.t(XK::BackupNever).to_string(),
                Some(m) => lang
                    .t(if behind == 0 {
                        XK::BackupUpToDate
                    } else {
                        XK::BackupBehind
                    })
                    .replace("{date}", &date(lang, &m.at))
                    .replace("{n}", &behind.to_string()),
            };
            let class = if behind > 0 {
                "backup-status behind"
            } else {
                "backup-status"
            };
            view! { <p class=class data-testid="backup-status">{text}</p> }
        })
    };
    let rows = RwSignal::new(Rows::new());
    let busy = RwSignal::new(None::<Progress>);
    let over = RwSignal::new(false);

    let run = move |list: Vec<web_sys::File>| {
        if list.is_empty() {
            return;
        }
        spawn_local(async move {
            let n = list.len();
            let mut read = Vec::with_capacity(n);
            for (i, f) in list.iter().enumerate() {
                busy.set(Some(Progress {
                    file: i + 1,
                    files: n,
                    phase: XK::Reading,
                    done: 0,
                    total: 0,
                }));
                let bytes = files::read(f, MAX_FILE_BYTES).await.map_err(|e| match e {
                    Ok(size) => Rejection::TooLarge { bytes: size },
                    Err(_) => Rejection::NotOurs {
                        detail: lang.t(XK::Unreadable).into(),
                    },
                });
                read.push((f.name(), bytes));
            }
            let report = import_into_store(store, lang, read, Some(busy)).await;
            busy.set(None);
            rows.set(report);
        });
    };
    // Files dropped anywhere on the page are imported too, rather than opened by the browser in
    // place of the app (which would leave the page). A drop on the box is already handled there.
    let page_over = window_event_listener(leptos::ev::dragover, move |ev| ev.prevent_default());
    let page_drop = window_event_listener(leptos::ev::drop, move |ev| {
        if !ev.default_prevented() {
            ev.prevent_default();
            run(files::list(ev.data_transfer().and_then(|d| d.files())));
        }
    });
    on_cleanup(move || {
        page_over.remove();
        page_drop.remove();
    });
    let all = move || {
        store
            .drafts
            .with_untracked(|d| d.values().cloned().collect::<Vec<_>>())
    };
    let csv = move |kind: u8| {
        let Ok(inst) = instrument() else { return };
        let a = all();
        let now = random::now_iso();
        let (name, text) = match kind {
            0 => ("scores", exchange::csv::scores_csv(&a, &inst.instrument)),
            1 => ("answers", exchange::csv::answers_csv(&a, &inst.instrument)),
            2 => ("fies", exchange::csv::fies_csv(&a)),
            _ => ("fies-households", exchange::csv::fies_households_csv(&a)),
        };
        save(
            &exchange::file_name(&format!("green-community-{name}"), &now, "csv"),
            "text/csv;charset=utf-8",
            &text,
        );
    };

    view! {
        <section class="exchange card no-print" class:drag-over=move || over.get() data-testid="import-drop"
            aria-labelledby="exchange-title"
            on:dragover=move |ev| { ev.prevent_default(); over.set(true); }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev| {
                ev.prevent_default();
                over.set(false);
                run(files::list(ev.data_transfer().and_then(|d| d.files())));
            }>
            <h2 id="exchange-title">{tr(XK::ExchangeTitle)}</h2>
            <p class="muted">{tr(XK::ExchangeNote)}</p>
            <div class="row">
                <button data-testid="export-all" on:click=move |_| {
                    let Ok(inst) = instrument() else { return };
                    let now = random::now_iso();
                    let list = all();
                    save(&exchange::file_name("green-community-backup", &now, "json"), "application/json", &exchange::export_all(&list, inst, &now));
                    let mark = BackupMark::of(&now, &list);
                    let _ = storage::set_raw(LAST_BACKUP, &mark.to_json());
                    last_backup.set(Some(mark));
                }>{tr(XK::ExportAll)}</button>
                <label class="button secondary file-pick">
                    {tr(XK::ImportFiles)}
                    <input type="file" multiple accept=".json,application/json" data-testid="import-files" class="visually-hidden"
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            let list = files::list(input.files());
                            input.set_value("");
                            run(list);
                        }/>
                </label>
                <span class="muted drop-hint">{tr(XK::DropHere)}</span>
            </div>
            {backup_status}
            <div class="row csv-row">
                <span class="muted">{tr(XK::CsvTitle)}</span>
                {[(0u8, XK::CsvScores, "csv-scores"), (1, XK::CsvAnswers, "csv-answers"), (2, XK::CsvFies, "csv-fies")].map(|(k, label, testid)| view! {
                    <button class="secondary" data-testid=testid on:click=move |_| csv(k)>{tr(label)}</button>
                })}
                <button class="secondary" data-testid="csv-fies-households" on:click=move |_| csv(3)>{tr(crate::i18n::fies::FK::CsvHouseholds)}</button>
            </div>
            {move || busy.get().map(|p| {
                let mut text = format!("{} {}/{}", lang.t(XK::Reading), p.file, p.files);
                if p.total > 0 {
                    text.push_str(&format!(" · {} {}/{}", lang.t(p.phase), p.done, p.total));
                }
                view! {
                    <p class="import-progress" role="status" data-testid="import-progress">
                        {text}
                        <progress data-testid="import-progress-bar" hidden=p.total == 0 max=p.total.max(1) value=p.done></progress>
                    </p>
                }
            })}
            <Report rows/>
        </section>
    }
}
