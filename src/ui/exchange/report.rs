//! The import report (`data-testid="import-report"`): one row per file with its outcome and,
//! for a file that was read, one line per assessment; conflicts carry their three buttons.

use crate::domain::exchange::rescore::Rescore;
use crate::domain::exchange::{resolve, Outcome, Resolution, Resolved};
use crate::domain::exchange::{Entry, FileReport};
use crate::i18n::exchange::XK;
use crate::i18n::Lang;
use crate::ui::common::{province_name, site_label, type_name};
use crate::ui::shell::use_app;
use crate::ui::store::{instrument, use_store, Store};
use leptos::prelude::*;

/// Each file's report, and the user's choice for each of its entries (conflicts only).
pub type Rows = Vec<(FileReport, Vec<Option<Resolution>>)>;

fn outcome_text(o: Outcome) -> XK {
    match o {
        Outcome::Imported => XK::OutImported,
        Outcome::ImportedAsCopy => XK::OutCopy,
        Outcome::Duplicate => XK::OutDuplicate,
        Outcome::Updated => XK::OutUpdated,
        Outcome::LocalNewer => XK::OutLocalNewer,
        Outcome::Conflict => XK::OutConflict,
        Outcome::NotStored => XK::OutNotStored,
    }
}

fn settle(
    store: Store,
    lang: Lang,
    rows: RwSignal<Rows>,
    fi: usize,
    ei: usize,
    choice: Resolution,
) {
    let incoming = rows.with_untracked(|r| {
        r.get(fi).and_then(|(f, _)| {
            f.result
                .as_ref()
                .ok()?
                .get(ei)
                .map(|e| e.assessment.clone())
        })
    });
    let Some(incoming) = incoming else { return };
    let res = match store
        .drafts
        .with_untracked(|d| d.get(&incoming.id).cloned())
    {
        Some(local) => resolve(
            &local,
            &incoming,
            choice,
            &mut Store::new_id,
            lang.t(XK::ImportedCopySuffix),
            lang.t(XK::ReplacedSuffix),
        ),
        None if choice != Resolution::KeepMine => Resolved {
            insert: vec![incoming],
            to_trash: None,
        },
        None => Resolved::default(),
    };
    if let Some(old) = res.to_trash {
        let id = old.id.clone();
        store.insert(old);
        store.delete(&id, lang.t(XK::ReplacedToast).to_string());
    }
    for a in res.insert {
        store.insert(a);
    }
    rows.update(|r| {
        if let Some(slot) = r.get_mut(fi).and_then(|(_, s)| s.get_mut(ei)) {
            *slot = Some(choice);
        }
    });
}

fn summary(lang: Lang, rows: &Rows) -> String {
    let mut counts = [0usize; 8];
    for (f, _) in rows {
        match &f.result {
            Err(_) => counts[7] += 1,
            Ok(entries) => {
                for e in entries {
                    counts[e.outcome as usize] += 1;
                }
            }
        }
    }
    let keys = [
        XK::SumImported,
        XK::SumCopy,
        XK::SumDuplicate,
        XK::SumUpdated,
        XK::SumLocalNewer,
        XK::SumConflict,
        XK::SumNotStored,
        XK::SumRejected,
    ];
    let parts: Vec<String> = keys
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{} {n}", lang.t(*k)))
        .collect();
    format!(
        "{} {}: {}",
        rows.len(),
        lang.t(XK::Files),
        parts.join(" · ")
    )
}

/// When storage filled up during the import: how many were stored and how many were not, and
/// what to do about the rest.
fn storage_full(lang: Lang, rows: &Rows) -> Option<String> {
    let outcomes = rows
        .iter()
        .filter_map(|(f, _)| f.result.as_ref().ok())
        .flatten()
        .map(|e| e.outcome);
    let (stored, left) = outcomes.fold((0, 0), |(s, l), o| {
        (s + usize::from(o.applied()), l + usize::from(o == Outcome::NotStored))
    });
    (left > 0).then(|| {
        lang.t(XK::ImportStorageFull)
            .replace("{stored}", &stored.to_string())
            .replace("{left}", &left.to_string())
    })
}

/// One line for an assessment filled with another instrument version.
fn rescore_text(lang: Lang, r: &Rescore) -> String {
    let num = crate::domain::charts::svg::score_text;
    let mut t = format!(
        "{} ({}), {} ({}). {}: {} → {}",
        lang.t(XK::OtherInstrument),
        r.from,
        lang.t(XK::Rescored),
        r.to,
        lang.t(XK::OverallBeforeAfter),
        num(r.overall_before),
        num(r.overall_after)
    );
    if !r.unknown_answers.is_empty() {
        t.push_str(&format!(
            "\n{}: {}",
            lang.t(XK::UnknownAnswers),
            r.unknown_answers.join(", ")
        ));
    }
    t
}

/// Assessments of a file listed one by one; past this only conflicts (which wait for a choice)
/// are listed, and one line says how many more there are (drawing 1,500 lines held the page).
const LISTED: usize = 100;

const CHOICES: [(Resolution, XK, &str); 3] = [
    (Resolution::KeepBoth, XK::KeepBoth, "keep-both"),
    (Resolution::KeepMine, XK::KeepMine, "keep-mine"),
    (Resolution::TakeTheirs, XK::TakeTheirs, "take-theirs"),
];

#[component]
pub fn Report(rows: RwSignal<Rows>) -> impl IntoView {
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    let thai = lang == Lang::Th;
    let inst = instrument().ok();
    let entry = move |fi: usize, ei: usize, e: Entry, choice: Option<Resolution>| {
        let a = &e.assessment;
        let what = format!(
            "{} · {} · {} — ",
            site_label(lang, &a.profile.site_name),
            inst.map(|i| type_name(lang, i, a.profile.community_type.as_deref()))
                .unwrap_or_default(),
            province_name(lang, a.profile.province.as_deref())
        );
        let conflict = e.outcome == Outcome::Conflict;
        let resolved = choice.map(|c| {
            lang.t(match c {
                Resolution::KeepBoth => XK::ResolvedBoth,
                Resolution::KeepMine => XK::ResolvedMine,
                Resolution::TakeTheirs => XK::ResolvedTheirs,
            })
        });
        view! {
            <li class="import-entry" data-testid="import-entry" data-outcome=e.outcome.code() data-id=a.id.clone()>
                {what}
                <span class=format!("import-outcome out-{}", e.outcome.code())>{lang.t(outcome_text(e.outcome))}</span>
                {e.rescore.map(|r| view! { <p class="import-rescore notice warn">{rescore_text(lang, &r)}</p> })}
                {resolved.map(|t| view! { <p class="import-resolved" data-testid="conflict-resolved">{t}</p> })}
                {(conflict && choice.is_none()).then(|| view! {
                    <div class="row import-choices">
                        {CHOICES.map(|(c, k, testid)| view! {
                            <button class="secondary" data-testid=testid on:click=move |_| settle(store, lang, rows, fi, ei, c)>{lang.t(k)}</button>
                        })}
                    </div>
                })}
            </li>
        }
    };
    move || {
        let list = rows.get();
        (!list.is_empty()).then(|| {
            let head = summary(lang, &list);
            let full = storage_full(lang, &list);
            view! {
                <div class="import-report" data-testid="import-report" role="status">
                    <h3>{lang.t(XK::ReportTitle)}</h3>
                    <p class="import-summary" data-testid="import-summary">{head}</p>
                    {full.map(|t| view! { <p class="notice error" data-testid="import-storage-full">{t}</p> })}
                    <ul class="import-files">
                        {list.into_iter().enumerate().map(|(fi, (f, chosen))| {
                            let (state, note, entries) = match f.result {
                                Err(rej) => ("rejected", format!("{}: {} {}", lang.t(XK::OutRejected), rej.message(thai), lang.t(XK::NothingChanged)), Vec::new()),
                                Ok(entries) => ("read", if f.from_version == 0 { lang.t(XK::Migrated).to_string() } else { String::new() }, entries),
                            };
                            let hidden = entries.iter().skip(LISTED).filter(|e| e.outcome != Outcome::Conflict).count();
                            view! {
                                <li class="import-file" data-testid="import-file" data-outcome=state>
                                    <strong class="import-file-name">{f.name}</strong>
                                    <p class="import-note">{note}</p>
                                    <ul class="import-entries">
                                        {entries.into_iter().enumerate().filter(|(ei, e)| *ei < LISTED || e.outcome == Outcome::Conflict).map(|(ei, e)| entry(fi, ei, e, chosen.get(ei).copied().flatten())).collect_view()}
                                    </ul>
                                    {(hidden > 0).then(|| view! { <p class="muted" data-testid="import-more">{lang.t(XK::MoreEntries).replace("{n}", &hidden.to_string())}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
