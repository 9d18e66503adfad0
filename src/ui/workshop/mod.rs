//! `#/workshop`: the comparison set (drafts, examples and imported files) and every view of it;
//! `#/present` (in [`present`]): the same views projected one per screen.
//!
//! Views are HTML text built by [`views`] over the domain's tested markup and inserted with
//! `inner_html`; the page's own controls (checkboxes, CSV buttons) are handled by one delegated
//! listener per event type. Both keep the wasm small (`docs/ui-conventions.md`).

mod present;
pub mod views;

pub use present::PresentPage;

use crate::domain::assessment::{bundle_json, parse_assessments, Assessment};
use crate::domain::workshop::csv::{self, to_csv};
use crate::domain::workshop::svg::esc;
use crate::domain::workshop::{
    clamp_weight, merge_imported, Ranking, SortKey, WorkshopModel, WorkshopSet, IMPORTED_KEY,
    MAX_WEIGHT, SET_KEY,
};
use crate::i18n::workshop::WK;
use crate::platform::{download, storage};
use crate::ui::common::{pick, province_name, tr, type_name};
use crate::ui::shell::use_app;
use crate::ui::store::{examples, instrument, use_store, Store};
use leptos::prelude::*;
use views::{fill, Cx};
use wasm_bindgen::JsCast;

/// The saved set and the imported assessments (empty when nothing is stored or it is unreadable).
pub(crate) fn load_saved() -> (WorkshopSet, Vec<Assessment>) {
    let set = storage::get_raw(SET_KEY).ok().flatten().map(|t| WorkshopSet::from_json(&t)).unwrap_or_default();
    let imported = storage::get_raw(IMPORTED_KEY)
        .ok()
        .flatten()
        .and_then(|t| parse_assessments(&t).ok())
        .unwrap_or_default();
    (set, imported)
}

/// The assessments of the set: chosen drafts and examples (those still present), then imports.
pub(crate) fn gather(store: Store, chosen: &[String], imported: &[Assessment]) -> Vec<Assessment> {
    let mut out: Vec<Assessment> = chosen.iter().filter_map(|id| store.get(id)).collect();
    out.extend(imported.iter().cloned());
    out
}

fn save_imported(list: &[Assessment]) {
    let value = serde_json::json!({
        "format": crate::domain::assessment::BUNDLE_FORMAT,
        "format_version": crate::domain::assessment::BUNDLE_FORMAT_VERSION,
        "assessments": list.iter().map(Assessment::to_value).collect::<Vec<_>>(),
    });
    let _ = storage::set_raw(IMPORTED_KEY, &value.to_string());
}

fn attr(ev: &leptos::ev::Event, name: &str) -> Option<(web_sys::HtmlElement, String)> {
    let el: web_sys::HtmlElement = ev.target()?.dyn_into().ok()?;
    let v = el.get_attribute(name)?;
    Some((el, v))
}

fn checked(el: &web_sys::HtmlElement) -> bool {
    el.clone().dyn_into::<web_sys::HtmlInputElement>().map(|i| i.checked()).unwrap_or(false)
}

/// A view's title, caption and drawing as one HTML block.
pub(crate) fn block(s: &views::Slide) -> String {
    format!("<h2>{}</h2><p class=\"caption\">{}</p>{}", esc(&s.title), esc(s.caption), s.html)
}

#[component]
pub fn WorkshopPage() -> impl IntoView {
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else { return ().into_any() };
    let (saved, saved_imports) = load_saved();
    let set = RwSignal::new(saved);
    let imported = RwSignal::new(saved_imports);
    let notes = RwSignal::new(Vec::<String>::new());
    let busy = RwSignal::new(false);
    Effect::new(move |_| {
        let json = set.with(|s| s.to_json());
        let _ = storage::set_raw(SET_KEY, &json);
    });

    let chosen = Memo::new(move |_| set.with(|s| s.chosen.clone()));
    let model = Memo::new(move |_| {
        let list = imported.with(|imp| chosen.with(|c| gather(store, c, imp)));
        WorkshopModel::build(&list, &inst.instrument)
    });
    let weights = Memo::new(move |_| set.with(|s| s.all_weights(&inst.instrument)));
    let ranking = Memo::new(move |_| model.with(|m| weights.with(|w| Ranking::compute(m, w))));
    let anon = Memo::new(move |_| set.with(|s| s.anonymous));
    let sort = Memo::new(move |_| set.with(|s| s.sort));
    let overlay_keys = RwSignal::new(None::<Vec<String>>);

    let with_cx = move |f: &dyn Fn(&Cx) -> String| -> String {
        model.with(|m| ranking.with(|r| f(&Cx { inst, lang, anon: anon.get(), model: m, ranking: r, present: false })))
    };
    let label = move |k: &str| model.with_untracked(|m| m.label_of(k, anon.get_untracked(), lang.t(WK::Untitled)));

    // The set builder: every draft and example with a checkbox (codes only when anonymised).
    let builder = move || {
        let chosen = chosen.get();
        let anon = anon.get();
        let codes = model.with(|m| m.codes.clone());
        let mut html = String::new();
        let mut group = |title: &str, list: Vec<Assessment>| {
            html.push_str(&format!("<fieldset><legend>{}</legend>", esc(title)));
            for a in list {
                let on = chosen.contains(&a.id);
                let name = if anon {
                    codes.get(&a.id).cloned().filter(|_| on).unwrap_or_else(|| "•••".into())
                } else {
                    crate::ui::common::site_label(lang, &a.profile.site_name)
                };
                html.push_str(&format!(
                    "<label class=\"wk-pick\"><input type=\"checkbox\" data-id=\"{}\"{}> <span>{}</span> <span class=\"sub\">{} · {}</span></label>",
                    esc(&a.id),
                    if on { " checked" } else { "" },
                    esc(&name),
                    esc(&type_name(lang, inst, a.profile.community_type.as_deref())),
                    esc(&province_name(lang, a.profile.province.as_deref()))
                ));
            }
            html.push_str("</fieldset>");
        };
        let drafts: Vec<Assessment> = store.drafts.with(|d| d.values().cloned().collect());
        if !drafts.is_empty() {
            group(lang.t(WK::MyDrafts), drafts);
        }
        group(lang.t(WK::Examples), examples().to_vec());
        let imp = imported.get();
        if !imp.is_empty() {
            html.push_str(&format!("<fieldset><legend>{} ({})</legend><p class=\"sub\">{}</p>", lang.t(WK::ImportedTitle), imp.len(), lang.t(WK::ImportedNote)));
            for a in &imp {
                let name = if anon { codes.get(&a.id).cloned().unwrap_or_default() } else { crate::ui::common::site_label(lang, &a.profile.site_name) };
                html.push_str(&format!(
                    "<div class=\"wk-pick\"><span>{}</span> <span class=\"sub\">{} · {}</span> <button class=\"quiet\" data-remove=\"{}\">{}</button></div>",
                    esc(&name),
                    esc(&type_name(lang, inst, a.profile.community_type.as_deref())),
                    esc(&province_name(lang, a.profile.province.as_deref())),
                    esc(&a.id),
                    lang.t(WK::Remove)
                ));
            }
            html.push_str("</fieldset>");
        }
        html
    };

    let on_change = move |ev: leptos::ev::Event| {
        if let Some((el, id)) = attr(&ev, "data-id") {
            let on = checked(&el);
            set.update(|s| {
                s.chosen.retain(|c| *c != id);
                if on {
                    s.chosen.push(id);
                }
            });
        } else if let Some((el, key)) = attr(&ev, "data-overlay") {
            let on = checked(&el);
            let current = overlay_keys.get_untracked().unwrap_or_default();
            let mut next: Vec<String> = current.into_iter().filter(|k| *k != key).collect();
            if on {
                next.push(key);
            }
            next.truncate(5);
            overlay_keys.set(Some(next));
        } else if let Some((el, _)) = attr(&ev, "data-anon") {
            let on = checked(&el);
            set.update(|s| s.anonymous = on);
        } else if let Some((el, _)) = attr(&ev, "data-sort") {
            let v = el.dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
            set.update(|s| s.sort = SortKey::parse(&v));
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        if let Some((el, dim)) = attr(&ev, "data-dim") {
            let v = el.dyn_into::<web_sys::HtmlInputElement>().map(|i| i.value_as_number()).unwrap_or(1.0);
            set.update(|s| {
                s.weights.insert(dim, clamp_weight(v));
            });
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some((_, id)) = attr(&ev, "data-remove") {
            imported.update(|l| l.retain(|a| a.id != id));
            imported.with_untracked(|l| save_imported(l));
        } else if let Some((_, what)) = attr(&ev, "data-act") {
            match what.as_str() {
                "print" => {
                    let _ = window().print();
                }
                "reset" => set.update(|s| s.weights.clear()),
                _ => {
                    let list = imported.with_untracked(|imp| chosen.with_untracked(|c| gather(store, c, imp)));
                    let _ = download::download_text("workshop-sites.json", "application/json", &bundle_json(&list));
                }
            }
        } else if let Some((_, table)) = attr(&ev, "data-csv") {
            let rows = model.with_untracked(|m| {
                ranking.with_untracked(|r| {
                    let l = &label as csv::Labeller;
                    match table.as_str() {
                        "ranking" => csv::ranking_rows(m, r, &inst.instrument, l),
                        "heatmap" => csv::heatmap_rows(m, &m.sorted(sort.get_untracked(), &inst.instrument, Some(r)), l),
                        "factors" => csv::factor_rows(m, l),
                        "toolset" => csv::toolset_rows(m, l),
                        "network" => csv::network_rows(m, l),
                        _ => csv::coverage_rows(m, &inst.instrument),
                    }
                })
            });
            let _ = download::download_text(&format!("workshop-{table}.csv"), "text/csv;charset=utf-8", &to_csv(&rows));
        }
    };
    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(files) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        input.set_value("");
        busy.set(true);
        leptos::task::spawn_local(async move {
            let mut incoming = Vec::new();
            let mut messages = Vec::new();
            for f in files {
                let text = wasm_bindgen_futures::JsFuture::from(f.text()).await.ok().and_then(|v| v.as_string()).unwrap_or_default();
                match parse_assessments(&text) {
                    Ok(list) => incoming.extend(list),
                    Err(e) => messages.push(format!("{} {}: {}", lang.t(WK::FileError), f.name(), e)),
                }
            }
            let mut n = 0;
            imported.update(|l| n = merge_imported(l, incoming));
            imported.with_untracked(|l| save_imported(l));
            messages.insert(0, fill(lang.t(WK::FilesAdded), &[("{n}", n.to_string())]));
            notes.set(messages);
            busy.set(false);
        });
    };

    let dims = inst.instrument.dimensions.clone();
    view! {
        <section class="workshop" data-testid="workshop" on:change=on_change on:click=on_click on:input=on_input>
            <div class="row page-head no-print">
                <h1>{tr(WK::Title)}</h1>
                <span class="spacer"></span>
                <a class="button" href="#/present" data-testid="present-link">{tr(WK::Present)}</a>
                <button class="secondary" data-act="export">{tr(WK::ExportBundle)}</button>
                <button class="secondary" data-act="print">{tr(WK::PrintPack)}</button>
            </div>
            <p class="muted no-print">{tr(WK::Intro)}</p>
            <details class="card wk-set no-print" open>
                <summary><h2>{tr(WK::SetTitle)} " " <span class="num">{move || fill(lang.t(WK::SitesCount), &[("{n}", model.with(|m| m.sites.len()).to_string())])}</span></h2></summary>
                <div class="field">
                    <label for="workshop-files">{tr(WK::ImportFiles)}</label>
                    <input type="file" id="workshop-files" data-testid="workshop-files" accept=".json,application/json" multiple on:change=on_files/>
                </div>
                <div role="status" aria-live="polite" class="wk-notes" aria-busy=move || busy.get().to_string()>
                    {move || notes.get().into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
                </div>
                <label class="wk-toggle"><input type="checkbox" data-anon="1" data-testid="site-code-toggle" prop:checked=move || anon.get()/> " " {tr(WK::ShowCodes)}</label>
                <div class="wk-builder" inner_html=builder></div>
            </details>
            {move || (model.with(|m| m.sites.is_empty())).then(|| view! { <p class="card empty-state" data-testid="workshop-empty">{tr(WK::Empty)}</p> })}
            <p class="wk-basis" inner_html=move || with_cx(&|cx| esc(&views::basis_note(cx)))></p>
            <section class="card wk-view" data-view="map">
                <div inner_html=move || with_cx(&|cx| block(&views::map(cx)))></div>
                <button class="quiet no-print" data-csv="coverage">{tr(WK::Csv)}</button>
            </section>
            <section class="card wk-view" data-testid="ranking" data-view="ranking">
                <div class="wk-weights no-print" role="group" aria-label=tr(WK::Weights)>
                    <h3>{tr(WK::Weights)}</h3>
                    {dims.into_iter().map(|d| {
                        let id = d.id.clone();
                        let id2 = d.id.clone();
                        view! {
                            <label class="wk-weight">
                                <span>{pick(lang, &d.short)}</span>
                                <input type="range" min="0" max=MAX_WEIGHT.to_string() step="0.5" data-dim=d.id.clone() data-testid=format!("weight-{}", d.id)
                                    prop:value=move || set.with(|s| s.weight(&inst.instrument, &id)).to_string()/>
                                <output class="num">{move || format!("{:.1}", set.with(|s| s.weight(&inst.instrument, &id2)))}</output>
                            </label>
                        }
                    }).collect_view()}
                    <button class="quiet" data-act="reset">{tr(WK::ResetWeights)}</button>
                </div>
                <div inner_html=move || with_cx(&|cx| block(&views::ranking(cx)))></div>
                <button class="quiet no-print" data-csv="ranking">{tr(WK::Csv)}</button>
            </section>
            <section class="card wk-view" data-view="radars">
                <div inner_html=move || with_cx(&|cx| block(&views::radars(cx)))></div>
                <h3 class="no-print">{tr(WK::OverlayTitle)}</h3>
                <div class="wk-overlay" inner_html=move || {
                    let picked = overlay_keys.get().unwrap_or_else(|| ranking.with(|r| r.ranked.iter().take(3).map(|x| x.key.clone()).collect()));
                    with_cx(&|cx| {
                        let mut boxes = String::from("<div class=\"wk-overlay-pick no-print\">");
                        for s in &cx.model.sites {
                            boxes.push_str(&format!("<label><input type=\"checkbox\" data-overlay=\"{}\"{}> {}</label>",
                                esc(&s.key), if picked.contains(&s.key) { " checked" } else { "" }, esc(&cx.model.label(s, cx.anon, "–"))));
                        }
                        boxes.push_str("</div>");
                        format!("<div class=\"wk-split\"><div class=\"wk-chart\">{}</div>{boxes}</div>", views::overlay(cx, &picked))
                    })
                }></div>
            </section>
            <section class="card wk-view" data-testid="heatmap" data-view="heatmap">
                <label class="no-print">{tr(WK::SortBy)} " "
                    <select data-sort="1" data-testid="heatmap-sort" prop:value=move || sort.get().id()>
                        <option value="overall">{tr(WK::SortOverall)}</option>
                        <option value="type">{tr(WK::Type)}</option>
                        <option value="province">{tr(WK::Province)}</option>
                    </select>
                </label>
                <div inner_html=move || with_cx(&|cx| block(&views::heatmap(cx, sort.get())))></div>
                <button class="quiet no-print" data-csv="heatmap">{tr(WK::Csv)}</button>
            </section>
            <section class="card wk-view" data-view="factors">
                <div inner_html=move || with_cx(&|cx| block(&views::factors(cx, None)))></div>
                <button class="quiet no-print" data-csv="factors">{tr(WK::Csv)}</button>
            </section>
            <section class="card wk-view" data-view="toolset">
                <div inner_html=move || with_cx(&|cx| block(&views::toolset(cx, None)))></div>
                <button class="quiet no-print" data-csv="toolset">{tr(WK::Csv)}</button>
            </section>
            <section class="card wk-view" data-view="network">
                <div inner_html=move || with_cx(&|cx| block(&views::network(cx)))></div>
                <button class="quiet no-print" data-csv="network">{tr(WK::Csv)}</button>
            </section>
        </section>
    }
    .into_any()
}
