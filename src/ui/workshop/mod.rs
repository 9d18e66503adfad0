//! `#/workshop`: the comparison set (drafts, examples and imported files) and every view of it;
//! `#/present` (in [`present`]): the same views projected one per screen.
//!
//! Views are HTML text built by [`views`] over the domain's tested markup and inserted with
//! `inner_html`; the page's own controls (checkboxes, CSV buttons) are handled by one delegated
//! listener per event type. Both keep the wasm small (`docs/ui-conventions.md`).

mod present;
pub mod views;

pub use present::PresentPage;

use crate::domain::fixed::Fixed;
use crate::domain::assessment::{parse_assessments, Assessment};
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
    // A first visit starts from the five examples, so a newcomer sees every view filled at once.
    let set = match storage::get_raw(SET_KEY).ok().flatten() {
        Some(t) => WorkshopSet::from_json(&t),
        None => WorkshopSet {
            chosen: crate::ui::store::examples()
                .iter()
                .map(|a| a.id.clone())
                .collect(),
            ..WorkshopSet::default()
        },
    };
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
    el.clone()
        .dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.checked())
        .unwrap_or(false)
}

/// A view's title, caption and drawing as one HTML block.
pub(crate) fn block(s: &views::Slide) -> String {
    format!(
        "<h2>{}</h2><p class=\"caption\">{}</p>{}",
        esc(&s.title),
        esc(s.caption),
        s.html
    )
}

/// HTML text that follows the signals it reads.
pub(crate) type Html = Box<dyn Fn() -> String + Send + Sync>;

/// A block of the page as HTML text. Every block goes through this one view type, so the
/// reactive rendering code is compiled once instead of once per closure and element tree
/// (the page's static parts are text too; its controls are handled by delegated listeners).
// The closure is the one reactive-function type every block shares; a boxed `dyn Fn` is not one.
#[allow(clippy::redundant_closure)]
fn part(html: Html) -> AnyView {
    view! { <div class="wk-part" inner_html=move || html()></div> }.into_any()
}

/// A view's card: the blocks in order.
fn card(testid: Option<&'static str>, id: &'static str, parts: Vec<Html>) -> AnyView {
    view! { <section class="card wk-view" data-testid=testid data-view=id>{parts.into_iter().map(part).collect_view()}</section> }.into_any()
}

/// A fixed block.
fn fixed(html: String) -> Html {
    Box::new(move || html.clone())
}

fn csv_button(table: &str) -> String {
    format!(
        "<button class=\"quiet no-print\" data-csv=\"{table}\">{}</button>",
        tr(WK::Csv)
    )
}

/// The page's sections as buttons that jump to each view (the page is long: about 11,700 px
/// at 1440 px with twenty sites). Buttons, not `#` links: the hash is the app's route.
fn jump_nav(lang: crate::i18n::Lang) -> String {
    let views = [
        ("map", WK::MapTopic),
        ("ranking", WK::RankTopic),
        ("radars", WK::RadarTopic),
        ("heatmap", WK::HeatTopic),
        ("changes", WK::ChangeTopic),
        ("factors", WK::FactorsTopic),
        ("toolset", WK::ToolsetTopic),
        ("network", WK::NetworkTopic),
    ];
    let mut out = format!("<nav class=\"wk-jump no-print\" aria-label=\"{}\" data-testid=\"workshop-sections\">", lang.t(WK::Sections));
    for (id, k) in views {
        out.push_str(&format!("<button type=\"button\" class=\"quiet\" data-jump=\"{id}\">{}</button>", esc(lang.t(k))));
    }
    out.push_str("</nav>");
    out
}

#[component]
pub fn WorkshopPage() -> impl IntoView {
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let (saved, saved_imports) = load_saved();
    let set = RwSignal::new(saved);
    let imported = RwSignal::new(saved_imports);
    let notes = RwSignal::new(Vec::<String>::new());
    let busy = RwSignal::new(false);
    // Bumped by "reset the weights": the sliders are redrawn then, never while one is dragged.
    let weights_reset = RwSignal::new(0u32);
    Effect::new(move |_| {
        let json = set.with(|s| s.to_json());
        let _ = storage::set_raw(SET_KEY, &json);
    });

    let chosen = Memo::new(move |_| set.with(|s| s.chosen.clone()));
    // The model and ranking are always "changed" when recomputed: comparing them would cost
    // more wasm (a `PartialEq` of every nested type) than the comparison could save.
    let model = Memo::new_with_compare(
        move |_| {
            let list = imported.with(|imp| chosen.with(|c| gather(store, c, imp)));
            WorkshopModel::build(&list, &inst.instrument)
        },
        |_, _| true,
    );
    let weights = Memo::new(move |_| set.with(|s| s.all_weights(&inst.instrument)));
    let ranking = Memo::new_with_compare(
        move |_| model.with(|m| weights.with(|w| Ranking::compute(m, w))),
        |_, _| true,
    );
    let anon = Memo::new(move |_| set.with(|s| s.anonymous));
    let sort = Memo::new(move |_| set.with(|s| s.sort));

    let with_cx = move |f: &dyn Fn(&Cx) -> String| -> String {
        model.with(|m| {
            ranking.with(|r| {
                f(&Cx {
                    inst,
                    lang,
                    anon: anon.get(),
                    model: m,
                    ranking: r,
                    present: false,
                })
            })
        })
    };
    // A view's block and its CSV button.
    let view_block = move |f: fn(&Cx) -> views::Slide, table: &'static str| -> Html {
        Box::new(move || format!("{}{}", with_cx(&|cx| block(&f(cx))), csv_button(table)))
    };
    let label = move |k: &str| {
        model.with_untracked(|m| m.label_of(k, anon.get_untracked(), lang.t(WK::Untitled)))
    };

    // The set builder: every draft and example with a checkbox (codes only when anonymised).
    let builder = move || {
        let chosen = chosen.get();
        let anon = anon.get();
        let codes = model.with(|m| m.codes.clone());
        let mut html = String::from("<div class=\"wk-builder\">");
        let mut group = |title: &str, list: Vec<Assessment>| {
            html.push_str(&format!("<fieldset><legend>{}</legend>", esc(title)));
            for a in list {
                let on = chosen.contains(&a.id);
                let name = if anon {
                    codes
                        .get(&a.id)
                        .cloned()
                        .filter(|_| on)
                        .unwrap_or_else(|| "•••".into())
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
            html.push_str(&format!(
                "<fieldset><legend>{} ({})</legend><p class=\"sub\">{}</p>",
                lang.t(WK::ImportedTitle),
                imp.len(),
                lang.t(WK::ImportedNote)
            ));
            for a in &imp {
                let name = if anon {
                    codes.get(&a.id).cloned().unwrap_or_default()
                } else {
                    crate::ui::common::site_label(lang, &a.profile.site_name)
                };
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
        html.push_str("</div>");
        html
    };

    let on_files = move |input: web_sys::HtmlInputElement| {
        let Some(files) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        input.set_value("");
        busy.set(true);
        leptos::task::spawn_local(async move {
            let mut incoming = Vec::new();
            let mut messages = Vec::new();
            let mut proposals = Vec::new();
            for f in files {
                let text = wasm_bindgen_futures::JsFuture::from(f.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default();
                // The reader of the import screen and of `gca`: same envelopes, same rejections.
                match crate::domain::exchange::read_file(text.as_bytes()) {
                    Ok(file) => incoming.extend(file.incoming.into_iter().map(|i| i.assessment)),
                    Err(e) => messages.push(format!(
                        "{} {}: {}",
                        lang.t(WK::FileError),
                        f.name(),
                        e.message(lang == crate::i18n::Lang::Th)
                    )),
                }
                // Proposals in a workshop set's file join this set's (known ids stay as here).
                proposals.extend(crate::domain::workshop::proposals::proposals_in_file(&text));
            }
            if !proposals.is_empty() {
                set.update(|s| {
                    crate::domain::workshop::proposals::merge_proposals(&mut s.proposals, proposals);
                });
            }
            let mut n = 0;
            imported.update(|l| n = merge_imported(l, incoming));
            imported.with_untracked(|l| save_imported(l));
            messages.insert(0, fill(lang.t(WK::FilesAdded), &[("{n}", n.to_string())]));
            notes.set(messages);
            busy.set(false);
        });
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
            // The first pick starts from what is drawn (the top three), so ticking one more
            // adds it rather than replacing them.
            let current = ranking.with_untracked(|r| set.with_untracked(|s| s.overlay_keys(r)));
            let mut next: Vec<String> = current.into_iter().filter(|k| *k != key).collect();
            if on {
                next.push(key);
            }
            next.truncate(crate::domain::workshop::OVERLAY_MAX);
            set.update(|s| s.overlay = Some(next));
        } else if let Some((el, _)) = attr(&ev, "data-anon") {
            let on = checked(&el);
            set.update(|s| s.anonymous = on);
        } else if let Some((el, _)) = attr(&ev, "data-sort") {
            let v = el
                .dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            set.update(|s| s.sort = SortKey::parse(&v));
        } else if let Some((el, _)) = attr(&ev, "data-files") {
            if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
                on_files(input);
            }
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        if let Some((el, dim)) = attr(&ev, "data-dim") {
            let w = clamp_weight(
                el.clone()
                    .dyn_into::<web_sys::HtmlInputElement>()
                    .map(|i| i.value_as_number())
                    .unwrap_or(1.0),
            );
            // The slider's own `<output>` follows it directly: the sliders are not redrawn while dragged.
            if let Some(out) = el.next_element_sibling() {
                out.set_text_content(Some(&Fixed(w, 1).to_string()));
            }
            set.update(|s| {
                s.weights.insert(dim, w);
            });
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some((_, view)) = attr(&ev, "data-jump") {
            // To a view of the page: scrolled into view, focus on its heading.
            if let Ok(Some(h)) = document().query_selector(&format!("[data-view=\"{view}\"] h2")) {
                if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.set_attribute("tabindex", "-1");
                    h.scroll_into_view();
                    let _ = h.focus();
                }
            }
        } else if let Some((_, id)) = attr(&ev, "data-remove") {
            imported.update(|l| l.retain(|a| a.id != id));
            imported.with_untracked(|l| save_imported(l));
        } else if let Some((_, what)) = attr(&ev, "data-act") {
            match what.as_str() {
                "print" => {
                    let _ = window().print();
                }
                "reset" => {
                    set.update(|s| s.weights.clear());
                    weights_reset.update(|n| *n += 1);
                }
                _ => {
                    let list = imported
                        .with_untracked(|imp| chosen.with_untracked(|c| gather(store, c, imp)));
                    // The set's file: its sites and the proposals drafted from them.
                    let text = set.with_untracked(|s| {
                        crate::domain::workshop::proposals::workshop_bundle_json(&list, &s.proposals)
                    });
                    let _ = download::download_text("workshop-sites.json", "application/json", &text);
                }
            }
        } else if let Some((_, table)) = attr(&ev, "data-csv") {
            let rows = model.with_untracked(|m| {
                ranking.with_untracked(|r| {
                    let l = &label as csv::Labeller;
                    match table.as_str() {
                        "ranking" => csv::ranking_rows(m, r, &inst.instrument, l),
                        "heatmap" => csv::heatmap_rows(
                            m,
                            &m.sorted(sort.get_untracked(), &inst.instrument, Some(r)),
                            l,
                        ),
                        "factors" => csv::factor_rows(m, l),
                        "toolset" => csv::toolset_rows(m, l),
                        "network" => csv::network_rows(m, l),
                        _ => csv::coverage_rows(m, &inst.instrument),
                    }
                })
            });
            let _ = download::download_text(
                &format!("workshop-{table}.csv"),
                "text/csv;charset=utf-8",
                &to_csv(&rows),
            );
        }
    };

    let (anon0, sort0) = set.with_untracked(|s| (s.anonymous, s.sort));
    let head = format!(
        "<div class=\"row page-head no-print\"><h1>{}</h1><span class=\"spacer\"></span>\
         <a class=\"button\" href=\"#/present\" data-testid=\"present-link\">{}</a>\
         <a class=\"button secondary\" href=\"#/proposals\" data-testid=\"proposals-link\">{}</a>\
         <a class=\"button secondary\" href=\"#/plan\" data-testid=\"plan-link\">{}</a>\
         <button class=\"secondary\" data-act=\"export\">{}</button><button class=\"secondary\" data-act=\"print\">{}</button></div>\
         <p class=\"muted no-print\">{}</p>",
        tr(WK::Title),
        tr(WK::Present),
        tr(crate::i18n::proposals::PK::Link),
        tr(crate::i18n::plan::PL::NavLink),
        tr(WK::ExportBundle),
        tr(WK::PrintPack),
        tr(WK::Intro)
    );
    let files = format!(
        "<div class=\"field\"><label for=\"workshop-files\">{}</label>\
         <input type=\"file\" id=\"workshop-files\" data-files=\"1\" data-testid=\"workshop-files\" accept=\".json,application/json\" multiple></div>",
        tr(WK::ImportFiles)
    );
    let toggle = format!(
        "<label class=\"wk-toggle\"><input type=\"checkbox\" data-anon=\"1\" data-testid=\"site-code-toggle\"{}> {}</label>",
        if anon0 { " checked" } else { "" },
        tr(WK::ShowCodes)
    );
    let sort_select = format!(
        "<label class=\"no-print\">{} <select data-sort=\"1\" data-testid=\"heatmap-sort\">{}</select></label>",
        tr(WK::SortBy),
        [(SortKey::Overall, WK::SortOverall), (SortKey::Type, WK::Type), (SortKey::Province, WK::Province)]
            .iter()
            .map(|(k, t)| format!("<option value=\"{}\"{}>{}</option>", k.id(), if *k == sort0 { " selected" } else { "" }, tr(*t)))
            .collect::<String>()
    );
    let sliders: Html = Box::new(move || {
        weights_reset.track();
        let mut html = format!(
            "<div class=\"wk-weights no-print\" role=\"group\" aria-label=\"{0}\"><h3>{0}</h3>",
            lang.t(WK::Weights)
        );
        set.with_untracked(|s| {
            for d in &inst.instrument.dimensions {
                let w = s.weight(&inst.instrument, &d.id);
                html.push_str(&format!(
                    "<label class=\"wk-weight\"><span>{}</span><input type=\"range\" min=\"0\" max=\"{MAX_WEIGHT}\" step=\"0.5\" \
                     data-dim=\"{id}\" data-testid=\"weight-{id}\" value=\"{w}\"><output class=\"num\">{w_f1}</output></label>",
                    esc(&pick(lang, &d.short)),
                    id = esc(&d.id), w_f1 = Fixed(w, 1),
                ));
            }
        });
        html.push_str(&format!(
            "<button class=\"quiet\" data-act=\"reset\">{}</button></div>",
            lang.t(WK::ResetWeights)
        ));
        html
    });
    let overlay: Html = Box::new(move || {
        let picked = ranking.with(|r| set.with(|s| s.overlay_keys(r)));
        with_cx(&|cx| {
            let mut boxes = String::from("<div class=\"wk-overlay-pick no-print\">");
            for s in &cx.model.sites {
                boxes.push_str(&format!(
                    "<label><input type=\"checkbox\" data-overlay=\"{}\"{}> {}</label>",
                    esc(&s.key),
                    if picked.contains(&s.key) {
                        " checked"
                    } else {
                        ""
                    },
                    esc(&cx.model.label(s, cx.anon, "–"))
                ));
            }
            boxes.push_str("</div>");
            format!(
                "<h3 class=\"no-print\">{}</h3><div class=\"wk-overlay\"><div class=\"wk-split\"><div class=\"wk-chart\">{}</div>{boxes}</div></div>",
                lang.t(WK::OverlayTitle),
                views::overlay(cx, &picked)
            )
        })
    });

    view! {
        <section class="workshop" data-testid="workshop" on:change=on_change on:click=on_click on:input=on_input>
            {part(fixed(head))}
            <details class="card wk-set no-print" open>
                <summary>{part(Box::new(move || format!(
                    "<h2>{} <span class=\"num\">{}</span></h2>",
                    lang.t(WK::SetTitle),
                    fill(lang.t(WK::SitesCount), &[("{n}", model.with(|m| m.sites.len()).to_string())])
                )))}</summary>
                {part(fixed(files))}
                <div role="status" aria-live="polite" class="wk-notes" aria-busy=move || busy.get().to_string()>
                    {part(Box::new(move || notes.with(|n| n.iter().map(|n| format!("<p>{}</p>", esc(n))).collect())))}
                </div>
                {part(fixed(toggle))}
                {part(Box::new(builder))}
            </details>
            {part(Box::new(move || {
                if model.with(|m| m.sites.is_empty()) {
                    format!("<p class=\"card empty-state\" data-testid=\"workshop-empty\">{}</p>", lang.t(WK::Empty))
                } else {
                    String::new()
                }
            }))}
            {part(Box::new(move || format!("<p class=\"wk-basis\">{}</p>", with_cx(&|cx| esc(&views::basis_note(cx))))))}
            {part(fixed(jump_nav(lang)))}
            {card(None, "map", vec![view_block(views::map, "coverage")])}
            {card(Some("ranking"), "ranking", vec![sliders, view_block(views::ranking, "ranking")])}
            {card(None, "radars", vec![Box::new(move || with_cx(&|cx| block(&views::radars(cx)))), overlay])}
            {card(Some("heatmap"), "heatmap", vec![
                fixed(sort_select),
                Box::new(move || format!("{}{}", with_cx(&|cx| block(&views::heatmap(cx, sort.get()))), csv_button("heatmap"))),
            ])}
            {card(Some("workshop-fies"), "fies", vec![Box::new(move || with_cx(&|cx| block(&views::fies(cx))))])}
            {card(Some("workshop-changes"), "changes", vec![Box::new(move || with_cx(&|cx| block(&views::changes(cx))))])}
            {card(None, "factors", vec![view_block(|cx| views::factors(cx, None), "factors")])}
            {card(None, "toolset", vec![view_block(|cx| views::toolset(cx, None), "toolset")])}
            {card(None, "network", vec![view_block(views::network, "network")])}
        </section>
    }
    .into_any()
}
