//! `#/proposals`: policy proposals drafted from the workshop set, with evidence attached by
//! pointing at the sites' data, votes, the CSV, the exported set and the printed Thai brief.
//!
//! The proposals live in the workshop set (`gca.workshop`, `WorkshopSet::proposals`), so the
//! projector (`#/present`) shows them and the set's exported file carries them. Like the
//! workshop page, the page is HTML text with one delegated listener per event type.

pub mod text;

use crate::domain::workshop::csv::to_csv;
use crate::domain::workshop::proposals::{
    apply, csv_rows, workshop_bundle_json, Change, Evidence, Level, Priority,
    Proposal, ProposalError, Sources,
};
use crate::domain::workshop::svg::esc;
use crate::domain::workshop::{WorkshopModel, WorkshopSet, SET_KEY};
use crate::i18n::proposals::PK;
use crate::platform::{download, storage};
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::{instrument, use_store, Store};
use crate::ui::workshop::{gather, load_saved};
use leptos::prelude::*;
use text::Px;
use wasm_bindgen::JsCast;

fn attr(ev: &leptos::ev::Event, name: &str) -> Option<String> {
    let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let el = el.closest(&format!("[{name}]")).ok()??;
    el.get_attribute(name)
}

fn by_id(id: &str) -> Option<web_sys::Element> {
    window().document()?.get_element_by_id(id)
}

fn value_of(id: &str) -> String {
    let Some(el) = by_id(id) else { return String::new() };
    if let Ok(i) = el.clone().dyn_into::<web_sys::HtmlInputElement>() {
        return i.value();
    }
    if let Ok(t) = el.clone().dyn_into::<web_sys::HtmlTextAreaElement>() {
        return t.value();
    }
    el.dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()).unwrap_or_default()
}

fn is_checked(id: &str) -> bool {
    by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.checked()).unwrap_or(false)
}

/// HTML text that follows the signals it reads (one view type for every block).
type Html = Box<dyn Fn() -> String + Send + Sync>;

#[allow(clippy::redundant_closure)]
fn part(html: Html) -> AnyView {
    view! { <div class="wk-part" inner_html=move || html()></div> }.into_any()
}

/// The editor form of a proposal (drawn once per proposal opened).
fn form_html(px: &Px, p: &Proposal, actors: &[String]) -> String {
    let lang = px.lang;
    let t = |k| lang.t(k);
    let inst = &px.inst.instrument;
    let mut html = format!(
        "<form class=\"card pr-form\" data-testid=\"proposal-form\" onsubmit=\"return false\"><h2>{}</h2>\
         <div class=\"field\"><label for=\"pr-title\">{}</label><input id=\"pr-title\" data-testid=\"proposal-title\" value=\"{}\"></div>\
         <div class=\"field\"><label for=\"pr-problem\">{}</label><textarea id=\"pr-problem\" data-testid=\"proposal-problem\" rows=\"3\">{}</textarea></div>\
         <div class=\"field\"><label for=\"pr-text\">{}</label><textarea id=\"pr-text\" data-testid=\"proposal-text\" rows=\"4\">{}</textarea></div>\
         <fieldset><legend>{} <span class=\"sub\">({} = {})</span></legend>",
        esc(if p.title.is_empty() { t(PK::New) } else { &p.title }),
        t(PK::FTitle),
        esc(&p.title),
        t(PK::FProblem),
        esc(&p.problem),
        t(PK::FText),
        esc(&p.text),
        t(PK::FTypes),
        "∅",
        t(PK::AllTypes),
    );
    for (i, ty) in inst.community_types.iter().enumerate() {
        html.push_str(&format!(
            "<label class=\"wk-pick\"><input type=\"checkbox\" id=\"pr-type-{i}\" data-testid=\"proposal-type-{}\"{}> {}</label>",
            esc(&ty.id),
            if p.types.contains(&ty.id) { " checked" } else { "" },
            esc(&pick(lang, &ty.name))
        ));
    }
    html.push_str("</fieldset><div class=\"row\">");
    let select = |id: &str, label: &str, options: Vec<(&str, &str, bool)>| {
        let mut s = format!("<label>{label} <select id=\"{id}\" data-testid=\"{id}\">");
        for (v, l, on) in options {
            s.push_str(&format!("<option value=\"{v}\"{}>{l}</option>", if on { " selected" } else { "" }));
        }
        s.push_str("</select></label>");
        s
    };
    html.push_str(&select(
        "pr-level",
        t(PK::FLevel),
        Level::ALL.iter().map(|l| (l.id(), text::level_name(lang, *l), *l == p.level)).collect(),
    ));
    html.push_str(&select(
        "pr-priority",
        t(PK::FPriority),
        Priority::ALL.iter().map(|l| (l.id(), text::priority_name(lang, *l), *l == p.priority)).collect(),
    ));
    html.push_str(&format!("</div><fieldset class=\"pr-actors\"><legend>{}</legend>", t(PK::FActors)));
    for (i, a) in actors.iter().enumerate() {
        html.push_str(&format!(
            "<label class=\"wk-pick\"><input type=\"checkbox\" id=\"pr-actor-{i}\"{}> {}</label>",
            if p.actors.contains(a) { " checked" } else { "" },
            esc(a)
        ));
    }
    let free: Vec<&str> = p.actors.iter().filter(|a| !actors.contains(a)).map(String::as_str).collect();
    html.push_str(&format!(
        "</fieldset><div class=\"field\"><label for=\"pr-free\">{}</label><textarea id=\"pr-free\" data-testid=\"proposal-actors\" rows=\"2\">{}</textarea></div>\
         <div class=\"row\"><button data-act=\"save\" data-testid=\"proposal-save\">{}</button><button class=\"secondary\" data-act=\"cancel\">{}</button></div></form>",
        t(PK::FOtherActors),
        esc(&free.join("\n")),
        t(PK::Save),
        t(PK::Cancel)
    ));
    html
}

#[component]
pub fn ProposalsPage() -> impl IntoView {
    let store: Store = use_store();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else { return ().into_any() };
    let (saved, saved_imports) = load_saved();
    let set = RwSignal::new(saved);
    let imported = RwSignal::new(saved_imports);
    // Another tab (the workshop page, the projector's votes) changes the set: follow it.
    let reload = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(SET_KEY) {
            let (s, i) = load_saved();
            set.set(s);
            imported.set(i);
        }
    });
    on_cleanup(move || reload.remove());
    let save = move |s: &WorkshopSet| {
        let _ = storage::set_raw(SET_KEY, &s.to_json());
    };
    // The set's assessments and their model, in one memo (one memo type less in the wasm).
    let data = Memo::new_with_compare(
        move |_| {
            let list = imported.with(|imp| set.with(|s| gather(store, &s.chosen, imp)));
            let model = WorkshopModel::build(&list, &inst.instrument);
            (list, model)
        },
        |_, _| true,
    );
    let anon = Memo::new(move |_| set.with(|s| s.anonymous));
    let proposals = Memo::new(move |_| set.with(|s| s.proposals.clone()));
    let editing = RwSignal::new(None::<Proposal>);
    let target = RwSignal::new(None::<String>);
    let view_tab = RwSignal::new(String::from("factors"));
    let status = RwSignal::new(String::new());
    let undo = RwSignal::new(None::<(usize, Proposal)>);

    let with_px = move |f: &dyn Fn(&Px) -> String| -> String {
        data.with(|(l, m)| {
            let px = Px { inst, lang, anon: anon.get(), src: Sources { assessments: l, model: m, inst: &inst.instrument } };
            f(&px)
        })
    };
    // The merged network's actors, most shared first, as the editor offers them.
    let network_actors = move || data.with_untracked(|(_, m)| m.network.actors.iter().map(|a| a.name.clone()).collect::<Vec<String>>());
    let change = move |c: Change| -> Result<(), ProposalError> {
        let mut result = Ok(None);
        set.update(|s| {
            let mut next = s.proposals.clone();
            result = apply(&mut next, c);
            if result.is_ok() {
                s.proposals = next;
            }
        });
        set.with_untracked(save);
        result.map(|u| {
            if let Some(u) = u {
                undo.set(Some(u));
            }
        })
    };
    let current_target = move || {
        let t = target.get();
        proposals.with(|ps| match t {
            Some(id) if ps.iter().any(|p| p.id == id) => Some(id),
            _ => ps.first().map(|p| p.id.clone()),
        })
    };

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let ev: &leptos::ev::Event = &ev;
        if let Some(act) = attr(ev, "data-act") {
            match act.as_str() {
                "new" => {
                    let id = Store::new_id();
                    editing.set(Some(Proposal { id, ..Proposal::default() }));
                }
                "cancel" => editing.set(None),
                "save" => {
                    let Some(mut p) = editing.get_untracked() else { return };
                    p.title = value_of("pr-title").trim().to_string();
                    p.problem = value_of("pr-problem").trim().to_string();
                    p.text = value_of("pr-text").trim().to_string();
                    p.types = inst
                        .instrument
                        .community_types
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| is_checked(&format!("pr-type-{i}")))
                        .map(|(_, t)| t.id.clone())
                        .collect();
                    p.level = Level::parse(&value_of("pr-level"));
                    p.priority = Priority::parse(&value_of("pr-priority"));
                    let mut actors: Vec<String> = network_actors()
                        .into_iter()
                        .enumerate()
                        .filter(|(i, _)| is_checked(&format!("pr-actor-{i}")))
                        .map(|(_, a)| a)
                        .collect();
                    for a in value_of("pr-free").split([',', '\n']).map(str::trim).filter(|a| !a.is_empty()) {
                        if !actors.iter().any(|x| x == a) {
                            actors.push(a.to_string());
                        }
                    }
                    p.actors = actors;
                    let id = p.id.clone();
                    match change(Change::Save(p)) {
                        Ok(()) => {
                            editing.set(None);
                            target.set(Some(id));
                            status.set(String::new());
                        }
                        Err(ProposalError::NoTitle) => status.set(lang.t(PK::NoTitle).into()),
                        Err(_) => status.set(lang.t(PK::NoText).into()),
                    }
                }
                "undo" => {
                    if let Some((i, p)) = undo.get_untracked() {
                        let _ = change(Change::Restore(i, p));
                        undo.set(None);
                        status.set(String::new());
                    }
                }
                "export" => {
                    let text = data.with_untracked(|(l, _)| set.with_untracked(|s| workshop_bundle_json(l, &s.proposals)));
                    let _ = download::download_text("workshop-set.json", "application/json", &text);
                }
                "csv" => {
                    let rows = data.with_untracked(|(l, m)| {
                        let a = anon.get_untracked();
                        let label = |k: &str| m.label_of(k, a, lang.t(crate::i18n::K::Untitled));
                        let src = Sources { assessments: l, model: m, inst: &inst.instrument };
                        set.with_untracked(|s| csv_rows(&s.proposals, &src, &label))
                    });
                    let _ = download::download_text("proposals.csv", "text/csv;charset=utf-8", &to_csv(&rows));
                }
                "print" => {
                    let _ = window().print();
                }
                _ => {}
            }
        } else if let Some(id) = attr(ev, "data-edit") {
            editing.set(proposals.with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned()));
        } else if let Some(id) = attr(ev, "data-delete") {
            if change(Change::Delete(id)).is_ok() {
                status.set(lang.t(PK::Deleted).into());
            }
        } else if let Some(id) = attr(ev, "data-vote") {
            let delta = attr(ev, "data-delta").and_then(|d| d.parse::<i32>().ok()).unwrap_or(1);
            let _ = change(Change::Vote(id, delta));
        } else if let Some(key) = attr(ev, "data-attach") {
            if let (Some(id), Some(e)) = (current_target(), Evidence::from_key(&key)) {
                let _ = change(Change::Attach(id, e));
            }
        } else if let Some(key) = attr(ev, "data-detach") {
            if let (Some(id), Some(e)) = (attr(ev, "data-for"), Evidence::from_key(&key)) {
                let _ = change(Change::Detach(id, e));
            }
        } else if let Some(v) = attr(ev, "data-tab") {
            view_tab.set(v);
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        if attr(&ev, "data-target").is_some() {
            target.set(Some(value_of("evidence-target")));
        }
    };

    let head = format!(
        "<div class=\"row page-head no-print\"><h1>{}</h1><span class=\"spacer\"></span>\
         <a class=\"button secondary\" href=\"#/workshop\">{}</a>\
         <button data-act=\"new\" data-testid=\"proposal-new\">{}</button>\
         <button class=\"secondary\" data-act=\"csv\" data-testid=\"proposals-csv\">{}</button>\
         <button class=\"secondary\" data-act=\"export\" data-testid=\"proposals-export\">{}</button>\
         <button class=\"secondary\" data-act=\"print\" data-testid=\"print-brief\">{}</button></div>\
         <p class=\"muted no-print\">{}</p>",
        tr(PK::Title),
        tr(PK::BackToWorkshop),
        tr(PK::New),
        tr(PK::Csv),
        tr(PK::Export),
        tr(PK::PrintBrief),
        tr(PK::Intro),
    );
    let status_html: Html = Box::new(move || {
        let s = status.get();
        if s.is_empty() {
            return String::new();
        }
        let undo_button = if undo.with(Option::is_some) && s == lang.t(PK::Deleted) {
            format!(" <button class=\"secondary\" data-act=\"undo\" data-testid=\"undo\">{}</button>", lang.t(PK::Undo))
        } else {
            String::new()
        };
        format!("<p class=\"card notice\">{}{undo_button}</p>", esc(&s))
    });
    let form: Html = Box::new(move || {
        editing.with(|e| match e {
            // Drawn once per proposal opened: a vote or an attachment meanwhile must not wipe
            // what is being typed.
            Some(p) => untrack(|| {
                let actors = network_actors();
                with_px(&|px| form_html(px, p, &actors))
            }),
            None => String::new(),
        })
    });
    let cards: Html = Box::new(move || {
        let ps = proposals.get();
        if ps.is_empty() {
            return format!("<p class=\"card empty-state\">{}</p>", lang.t(PK::Empty));
        }
        let order = crate::domain::workshop::proposals::ranked(&ps);
        with_px(&|px| order.iter().enumerate().filter_map(|(n, &i)| ps.get(i).map(|p| px.card(p, n + 1))).collect())
    });
    let picker: Html = Box::new(move || {
        let ps = proposals.get();
        let Some(t) = current_target() else { return String::new() };
        let attached = ps.iter().find(|p| p.id == t).map(|p| p.evidence.clone()).unwrap_or_default();
        let tab = view_tab.get();
        let mut html = format!(
            "<h2>{}</h2><label>{} <select id=\"evidence-target\" data-target=\"1\" data-testid=\"evidence-target\">",
            lang.t(PK::Picker),
            lang.t(PK::AttachTo)
        );
        for p in &ps {
            html.push_str(&format!("<option value=\"{}\"{}>{}</option>", esc(&p.id), if p.id == t { " selected" } else { "" }, esc(&p.title)));
        }
        html.push_str("</select></label><div class=\"row pr-tabs\" role=\"group\">");
        for (id, k) in [("factors", PK::ViewFactors), ("toolset", PK::ViewToolset), ("indicators", PK::ViewIndicators), ("fies", PK::ViewFies)] {
            html.push_str(&format!(
                "<button class=\"secondary\" data-tab=\"{id}\" data-testid=\"evidence-view-{id}\" aria-pressed=\"{}\">{}</button>",
                id == tab.as_str(),
                lang.t(k)
            ));
        }
        html.push_str("</div>");
        html.push_str(&with_px(&|px| px.picker(&tab, &attached)));
        html
    });
    let brief: Html = Box::new(move || {
        let ps = proposals.get();
        with_px(&|px| text::brief(px, &ps))
    });

    view! {
        <section class="proposals" data-testid="proposals" on:click=on_click on:change=on_change>
            {part(Box::new(move || head.clone()))}
            <div role="status" aria-live="polite" class="no-print">{part(status_html)}</div>
            <div class="no-print">{part(form)}</div>
            <div class="pr-list no-print">{part(cards)}</div>
            <section class="card pr-picker no-print">{part(picker)}</section>
            <h2 class="no-print">{tr(PK::BriefPreview)}</h2>
            <article class="brief" lang="th" data-testid="brief">{part(brief)}</article>
        </section>
    }
    .into_any()
}
