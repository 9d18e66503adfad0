//! `#/a/<id>/<section>`: the assessment editor. Sections with their completion, a sticky
//! summary (score, coverage, band, save status), and from 1024 px a live results panel.

mod factors;
mod fies;
mod indicators;
pub(crate) use indicators::old_answer;
mod live;
mod network;
mod profile;
mod summary;
mod toolset;
mod vocab;

use crate::domain::assessment::{completion, Action, Assessment, Section};
use crate::domain::rounds::previous_round;
use crate::domain::scoring::{score, Results};
use crate::i18n::K;
use crate::routes::Route;
use crate::ui::common::tr;
use crate::ui::drafts::copy_and_open;
use crate::ui::shell::use_app;
use crate::ui::store::{instrument, use_store};
use leptos::prelude::*;

/// What every section of one open assessment needs.
#[derive(Clone, Copy)]
pub struct EditorCtx {
    store: crate::ui::store::Store,
    pub id: StoredValue<String>,
    /// The assessment as it is now (a draft, or a bundled example).
    pub current: Memo<Option<Assessment>>,
    pub results: Memo<Option<Results>>,
    /// Bundled examples are read-only.
    pub read_only: Memo<bool>,
    /// The last reducer error, shown next to the form.
    pub error: RwSignal<Option<String>>,
    /// The site's previous round on this device, shown faintly on each card of a follow-up.
    pub previous: Memo<Option<Assessment>>,
}

impl EditorCtx {
    pub fn dispatch(&self, action: Action) {
        if self.read_only.get_untracked() {
            return;
        }
        let r = self.store.dispatch(&self.id.get_value(), action);
        self.error.set(r.err());
    }

    /// Reads a part of the current assessment (tracked).
    pub fn with<T: Default>(&self, f: impl FnOnce(&Assessment) -> T) -> T {
        self.current.with(|a| a.as_ref().map(f).unwrap_or_default())
    }
}

pub fn use_editor() -> EditorCtx {
    expect_context::<EditorCtx>()
}

fn section_label(s: Section) -> K {
    match s {
        Section::Profile => K::SecProfile,
        Section::Indicators => K::SecIndicators,
        Section::Fies => K::SecFies,
        Section::Toolset => K::SecToolset,
        Section::Factors => K::SecFactors,
        Section::Network => K::SecNetwork,
    }
}

#[component]
pub fn EditorPage(id: String, section: Section) -> impl IntoView {
    let store = use_store();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let id_sv = StoredValue::new(id.clone());
    let current = Memo::new(move |_| {
        let id = id_sv.get_value();
        store
            .drafts
            .with(|d| d.get(&id).cloned())
            .or_else(|| crate::ui::store::example(&id).cloned())
    });
    let results =
        Memo::new(move |_| current.with(|a| a.as_ref().map(|a| score(a, &inst.instrument))));
    let read_only = Memo::new(move |_| current.with(|a| a.as_ref().is_some_and(|a| a.example)));
    // Looked up again only when the site or round changes, not on every keystroke.
    let site_round = Memo::new(move |_| current.with(|a| a.as_ref().map(|a| (a.site().to_string(), a.round))));
    let previous = Memo::new(move |_| {
        site_round.track();
        current.with_untracked(|a| {
            let a = a.as_ref()?;
            store.with_every(|all| previous_round(all, a).cloned())
        })
    });
    let ctx = EditorCtx {
        store,
        id: id_sv,
        current,
        results,
        read_only,
        error: RwSignal::new(None),
        previous,
    };
    provide_context(ctx);

    if current.get_untracked().is_none() {
        return view! {
            <section class="card empty-state" data-testid="assessment-missing">
                <h1>{tr(K::NotFoundAssessment)}</h1>
                <a class="button" href="#/">{tr(K::BackToDrafts)}</a>
            </section>
        }
        .into_any();
    }

    let tab = move |s: Section| {
        let c = move || ctx.with(|a| completion(a, &inst.instrument, s));
        let href = Route::Edit {
            id: id_sv.get_value(),
            section: s,
        }
        .to_hash();
        let selected = s == section;
        view! {
            <a class="tab" href=href data-testid=format!("section-{}", s.id())
                role="tab" aria-selected=if selected { "true" } else { "false" }
                aria-current=if selected { "page" } else { "false" }>
                <span class="tab-label">{tr(section_label(s))}</span>
                <span class="tab-count num" class:done=move || c().is_complete()>
                    {move || { let c = c(); format!("{}/{}", c.answered, c.total) }}
                </span>
            </a>
        }
    };
    // On a phone the tabs scroll sideways: bring the current section's tab into view. Reading
    // positions forces a layout, so it waits for the frame (the page is laid out for painting
    // then anyway) and is skipped on wide screens, where every tab shows.
    let tabs = NodeRef::<leptos::html::Nav>::new();
    Effect::new(move |_| {
        let Some(nav) = tabs.get() else { return };
        if window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .is_none_or(|w| w >= 1024.0)
        {
            return;
        }
        request_animation_frame(move || {
            if let Ok(Some(tab)) = nav.query_selector(".tab[aria-selected=\"true\"]") {
                if let Ok(tab) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(tab) {
                    nav.set_scroll_left(
                        tab.offset_left()
                            - nav.offset_left()
                            - (nav.client_width() - tab.offset_width()) / 2,
                    );
                }
            }
        });
    });
    let next = Section::ALL
        .iter()
        .position(|s| *s == section)
        .and_then(|i| Section::ALL.get(i + 1))
        .copied();

    view! {
        <div class="editor" data-testid="editor">
            <summary::SummaryBar/>
            {move || read_only.get().then(|| view! {
                <div class="notice warn row" data-testid="read-only-notice">
                    <span>{tr(K::ReadOnlyExample)}</span>
                    <span class="spacer"></span>
                    <button data-testid="copy-example" on:click=move |_| copy_and_open(store, &id_sv.get_value(), lang.t(K::CopyWord))>
                        {tr(K::MakeCopy)}
                    </button>
                </div>
            })}
            {move || {
                let msgs = store.flash.get();
                (!msgs.is_empty()).then(|| view! {
                    <div class="notice warn" role="status" data-testid="flash">
                        <ul>{msgs.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                        <button class="quiet" on:click=move |_| store.flash.set(Vec::new())>{tr(K::Dismiss)}</button>
                    </div>
                })
            }}
            <nav class="tabs" role="tablist" aria-label=tr(K::SectionsLabel) node_ref=tabs>
                {Section::ALL.into_iter().map(tab).collect_view()}
            </nav>
            <div class="editor-body">
                <div class="editor-main">
                    {move || ctx.error.get().map(|e| view! { <div class="notice error" role="alert">{e}</div> })}
                    <h1 class="visually-hidden" tabindex="-1" data-focus-heading data-testid="section-heading">
                        {tr(section_label(section))}
                    </h1>
                    <fieldset class="section-fieldset" disabled=move || read_only.get()>
                        <legend class="visually-hidden">{tr(section_label(section))}</legend>
                        {match section {
                            Section::Profile => view! { <profile::ProfileSection/> }.into_any(),
                            Section::Indicators => view! { <indicators::IndicatorsSection/> }.into_any(),
                            Section::Fies => view! { <fies::FiesSection/> }.into_any(),
                            Section::Toolset => view! { <toolset::ToolsetSection/> }.into_any(),
                            Section::Factors => view! { <factors::FactorsSection/> }.into_any(),
                            Section::Network => view! { <network::NetworkSection/> }.into_any(),
                        }}
                    </fieldset>
                    <div class="row section-end no-print">
                        {next.map(|n| view! {
                            <a class="button secondary" href=Route::Edit { id: id_sv.get_value(), section: n }.to_hash()>
                                {tr(K::NextSection)} ": " {tr(section_label(n))} " →"
                            </a>
                        })}
                        <span class="spacer"></span>
                        <crate::ui::exchange::ExportButton id=id_sv.get_value()/>
                        <a class="button" href=Route::Results { id: id_sv.get_value() }.to_hash()>{tr(K::SeeFullResults)}</a>
                    </div>
                </div>
                <live::LivePanel/>
            </div>
        </div>
    }
    .into_any()
}
