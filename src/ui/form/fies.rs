//! Household food insecurity experience (FIES), household by household: the protocol and the
//! eight items on screen, then one row per household (an anonymous code and eight answers),
//! entered with the keyboard (`Y` `N` `-`, arrows) or by tapping a cell. 1.0's site totals,
//! when an assessment has them, are shown apart as summary counts.

use super::use_editor;
use crate::domain::assessment::{Action, FiesAnswer, FiesHousehold};
use crate::domain::scoring::fies_households;
use crate::i18n::fies::{households_sentence, FK};
use crate::i18n::Lang;
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::instrument;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves the keyboard focus to the element with this test id: at once when it is on the page
/// (so that fast typing lands in the next cell), else once the view has updated (a new row).
fn focus_testid(id: String) {
    fn focus(id: &str) -> bool {
        let el = document().query_selector(&format!("[data-testid=\"{id}\"]"));
        match el {
            Ok(Some(el)) => el.dyn_into::<web_sys::HtmlElement>().map(|el| el.focus().is_ok()).unwrap_or(false),
            _ => false,
        }
    }
    if !focus(&id) {
        request_animation_frame(move || {
            focus(&id);
        });
    }
}

/// Moves the focus once the view has updated (rows added, copied or put back re-render the list).
fn focus_later(id: String) {
    request_animation_frame(move || {
        let el = document().query_selector(&format!("[data-testid=\"{id}\"]"));
        if let Ok(Some(el)) = el {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// The instrument's FIES items (FAO order); the instrument lives for the whole page.
#[derive(Clone, Copy)]
struct Codes(&'static [crate::domain::instrument::FiesItem]);

impl Codes {
    fn len(self) -> usize {
        self.0.len()
    }
    /// The code of item `i`, or "" past the end.
    fn get(self, i: usize) -> &'static str {
        self.0.get(i).map(|x| x.code.as_str()).unwrap_or("")
    }
}

fn cell_id(row: usize, code: &str) -> String {
    format!("fies-{}-{code}", row + 1)
}

fn answer_word(lang: Lang, a: Option<FiesAnswer>) -> &'static str {
    lang.t(match a {
        Some(FiesAnswer::Yes) => FK::Yes,
        Some(FiesAnswer::No) => FK::No,
        Some(FiesAnswer::DontKnow) => FK::DontKnow,
        None => FK::NotEntered,
    })
}

#[component]
pub fn FiesSection() -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let fies = &inst.instrument.fies;
    // The instrument is loaded once and lives for the page: its item codes are 'static.
    let codes = Codes(&fies.items);
    let rows = Memo::new(move |_| ed.with(|a| a.fies_households.len()));
    let deleted: RwSignal<Option<(usize, FiesHousehold)>> = RwSignal::new(None);
    let figures = Memo::new(move |_| ed.with(|a| Some(fies_households(a, &inst.instrument))).unwrap_or_default());
    let has_summary = Memo::new(move |_| ed.with(|a| a.fies.values().any(|c| c.asked > 0)));

    let add = move || {
        ed.dispatch(Action::AddFiesHousehold);
        let n = rows.get_untracked();
        focus_later(cell_id(n.saturating_sub(1), codes.get(0)));
    };
    // This site's households as the RM.weights CSV.
    let export = move || {
        let Some(a) = ed.current.get_untracked() else { return };
        let text = crate::domain::exchange::csv::fies_households_csv(std::slice::from_ref(&a));
        let name = crate::domain::exchange::file_name(
            &format!("{}-fies-households", a.profile.site_name),
            &crate::platform::random::now_iso(),
            "csv",
        );
        if let Err(e) = crate::platform::download::download_text(&name, "text/csv;charset=utf-8", &text) {
            ed.error.set(Some(e));
        }
    };
    // Where the focus goes after an answer: the next item, the next household, or "Add".
    let next = move |row: usize, col: usize| {
        if col + 1 < codes.len() {
            focus_testid(cell_id(row, codes.get(col + 1)));
        } else if row + 1 < rows.get_untracked() {
            focus_testid(cell_id(row + 1, codes.get(0)));
        } else {
            focus_testid("fies-add-household".into());
        }
    };

    let cell = move |row: usize, col: usize| {
        let code: &'static str = codes.get(col);
        let value = Memo::new(move |_| ed.with(|a| a.fies_households.get(row).and_then(|h| h.answer(code))));
        let set = move |answer: Option<FiesAnswer>| {
            ed.dispatch(Action::SetFiesAnswer { index: row, code: code.to_string(), answer });
        };
        let on_key = move |ev: web_sys::KeyboardEvent| {
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                return;
            }
            let answer = match ev.key().as_str() {
                "y" | "Y" => Some(Some(FiesAnswer::Yes)),
                "n" | "N" => Some(Some(FiesAnswer::No)),
                "-" | "?" => Some(Some(FiesAnswer::DontKnow)),
                "Delete" | "Backspace" => Some(None),
                _ => None,
            };
            if let Some(a) = answer {
                ev.prevent_default();
                set(a);
                if a.is_some() {
                    next(row, col);
                }
                return;
            }
            let n = rows.get_untracked();
            let target = match ev.key().as_str() {
                "ArrowRight" if col + 1 < codes.len() => Some((row, col + 1)),
                "ArrowLeft" if col > 0 => Some((row, col - 1)),
                "ArrowDown" if row + 1 < n => Some((row + 1, col)),
                "ArrowUp" if row > 0 => Some((row - 1, col)),
                "Home" => Some((row, 0)),
                "End" => Some((row, codes.len() - 1)),
                _ => None,
            };
            if let Some((r, c)) = target {
                ev.prevent_default();
                focus_testid(cell_id(r, codes.get(c)));
            }
        };
        let on_click = move |_| {
            let cycled = match value.get_untracked() {
                None => Some(FiesAnswer::Yes),
                Some(FiesAnswer::Yes) => Some(FiesAnswer::No),
                Some(FiesAnswer::No) => Some(FiesAnswer::DontKnow),
                Some(FiesAnswer::DontKnow) => None,
            };
            set(cycled);
        };
        let household = move || ed.with(|a| a.fies_households.get(row).map(|h| h.code.clone()).unwrap_or_default());
        view! {
            <button type="button" class="fies-cell" data-testid=cell_id(row, code)
                data-v=move || value.get().map(FiesAnswer::as_str).unwrap_or("")
                aria-label=move || format!("{} · {} {}: {}", household(), col + 1, code, answer_word(lang, value.get()))
                on:keydown=on_key on:click=on_click>
                <span aria-hidden="true">{move || match value.get() {
                    Some(FiesAnswer::Yes) => "✓",
                    Some(FiesAnswer::No) => "✗",
                    Some(FiesAnswer::DontKnow) => "?",
                    None => "·",
                }}</span>
            </button>
        }
    };

    let row_view = move |row: usize| {
        let code = move || ed.with(|a| a.fies_households.get(row).map(|h| h.code.clone()).unwrap_or_default());
        let raw = move || figures.with(|f| f.raw_scores.get(row).copied().flatten());
        let remove = move |_| {
            let h = ed.with(|a| a.fies_households.get(row).cloned());
            if let Some(h) = h {
                ed.dispatch(Action::RemoveFiesHousehold { index: row });
                deleted.set(Some((row, h)));
                focus_later("fies-undo".into());
            }
        };
        let copy = move |_| {
            ed.dispatch(Action::CopyFiesHousehold { index: row });
            focus_later(cell_id(row + 1, codes.get(0)));
        };
        view! {
            <div class="fies-row" role="group" aria-label=code data-testid=format!("fies-household-{}", row + 1)>
                <span class="fies-hh num">{code}</span>
                {(0..codes.len()).map(|col| cell(row, col)).collect_view()}
                <span class="fies-raw num" title=tr(FK::RawScore)>{move || raw().map(|r| r.to_string()).unwrap_or_else(|| "–".into())}</span>
                <span class="fies-row-actions">
                    <button type="button" class="quiet" data-testid=format!("fies-copy-{}", row + 1)
                        aria-label=move || format!("{} {}", tr(FK::Copy), code()) on:click=copy>{tr(FK::Copy)}</button>
                    <button type="button" class="quiet" data-testid=format!("fies-delete-{}", row + 1)
                        aria-label=move || format!("{} {}", tr(FK::Delete), code()) on:click=remove>{tr(FK::Delete)}</button>
                </span>
            </div>
        }
    };

    view! {
        <section class="card" aria-labelledby="fies-title">
            <h2 id="fies-title">{tr(crate::i18n::K::SecFies)}</h2>
            <details class="fies-protocol" open=true>
                <summary>{tr(FK::ProtocolTitle)}</summary>
                <ul>
                    <li>{tr(FK::Protocol1)}</li>
                    <li>{tr(FK::Protocol2)}</li>
                    <li>{tr(FK::Protocol3)}</li>
                </ul>
                <p class="fies-preamble"><strong>{pick(lang, &fies.preamble)}</strong></p>
                <ol class="fies-items">
                    {fies.items.iter().map(|item| view! {
                        <li class="fies-item">
                            <span>{pick(lang, &item.text)}</span>
                            " " <span class="fies-code">{item.code.clone()}</span>
                            {item.draft.then(|| view! { <span class="badge muted">{tr(crate::i18n::K::FiesDraftWording)}</span> })}
                        </li>
                    }).collect_view()}
                </ol>
                <p class="muted small">{tr(FK::ThaiSource)}</p>
            </details>
            <h3>{tr(FK::EntryTitle)}</h3>
            <p class="muted small">{tr(FK::KeysHint)}</p>
            <div class="fies-grid" data-testid="fies-grid">
                <div class="fies-row fies-head" aria-hidden="true">
                    <span class="fies-hh">{tr(FK::Household)}</span>
                    {codes.0.iter().enumerate().map(|(i, c)| view! { <span class="fies-col" title=c.code.clone()>{i + 1}</span> }).collect_view()}
                    <span class="fies-raw">"Σ"</span>
                    <span class="fies-row-actions"></span>
                </div>
                {move || (0..rows.get()).map(row_view).collect_view()}
            </div>
            {move || (rows.get() == 0).then(|| view! { <p class="muted">{tr(FK::NoHouseholds)}</p> })}
            {move || deleted.get().map(|(_, h)| {
                let label = format!("{} {}", tr(FK::Deleted), h.code);
                let undo = move |_| {
                    if let Some((index, h)) = deleted.get_untracked() {
                        ed.dispatch(Action::InsertFiesHousehold { index, household: h });
                        deleted.set(None);
                        focus_later(cell_id(index, codes.get(0)));
                    }
                };
                view! {
                    <div class="notice row" role="status">
                        <span>{label}</span>
                        <button type="button" class="secondary" data-testid="fies-undo" on:click=undo>{tr(FK::Undo)}</button>
                    </div>
                }
            })}
            <div class="row">
                <button type="button" data-testid="fies-add-household" on:click=move |_| add()>{tr(FK::AddHousehold)}</button>
                <button type="button" class="secondary" data-testid="fies-export-households" on:click=move |_| export()>{tr(FK::CsvHouseholds)}</button>
            </div>
            <div class="fies-summary notice ok" role="status">
                <p data-testid="fies-sentence">{move || figures.with(|f| households_sentence(lang, f.complete, f.at_least_one, f.groups[3], f.incomplete))}</p>
                <p class="muted">{tr(FK::Caveat)}</p>
            </div>
            {move || has_summary.get().then(|| summary_counts(lang))}
        </section>
    }
    .into_any()
}

/// 1.0's site totals, read-only, with their own caveat.
fn summary_counts(lang: Lang) -> impl IntoView {
    let ed = use_editor();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let rows = ed.with(|a| {
        inst.instrument
            .fies
            .items
            .iter()
            .map(|i| (i.code.clone(), a.fies.get(&i.code).map(|c| (c.yes, c.asked))))
            .collect::<Vec<_>>()
    });
    view! {
        <div class="fies-summary-counts" data-testid="fies-summary-counts">
            <h3>{lang.t(FK::SummaryTitle)}</h3>
            <p class="muted">{lang.t(FK::SummaryCaveat)}</p>
            <table class="data">
                <thead><tr><th scope="col">{lang.t(FK::Item)}</th><th scope="col" class="num">{lang.t(FK::YesOfAnswered)}</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(code, c)| view! {
                        <tr><th scope="row">{code}</th>
                            <td class="num">{c.filter(|(_, n)| *n > 0).map(|(y, n)| format!("{y} / {n}")).unwrap_or_else(|| "–".into())}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
