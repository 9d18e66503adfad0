//! `#/`: every draft with its site, type, province, last edit and completion; create, open,
//! rename, duplicate, delete with undo, filter; the five examples; the trash; and any stored
//! draft that could not be read.

mod notices;
mod row;
mod trash;

pub use notices::StorageNotice;
pub use row::{copy_and_open, start_follow_up};

use crate::domain::assessment::Assessment;
use crate::domain::drafts::{self, Filter};
use crate::domain::provinces::thai_sorted;
use crate::i18n::K;
use crate::platform::random;
use crate::routes::{Route, Section};
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::{examples, instrument, use_store, Store};
use leptos::either::Either;
use leptos::prelude::*;

/// Creates an empty draft and opens it at the profile.
pub fn create_draft(store: Store, init: impl FnOnce(&mut Assessment)) -> Option<String> {
    let inst = instrument().ok()?;
    let mut a = Assessment::new(Store::new_id(), inst, &random::now_iso());
    init(&mut a);
    let id = a.id.clone();
    store.insert(a);
    Some(id)
}

/// Drafts drawn at first, and added by each "show more".
const LIST_PAGE: usize = 100;

#[component]
pub fn DraftsPage() -> impl IntoView {
    let store = use_store();
    let app = use_app();
    let lang = app.lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let filter = RwSignal::new(Filter::default());

    let rows = move || {
        let all: Vec<_> = store.drafts.with(|d| {
            d.values()
                .map(|a| drafts::row(a, &inst.instrument))
                .collect()
        });
        drafts::list(all, &filter.get())
    };
    // Drawn a page at a time: after an import of 1,500, drawing every row took about two
    // seconds in one task. The rows are computed once for the list, "more" and "no match".
    let shown = RwSignal::new(LIST_PAGE);
    let list = move || {
        let all = rows();
        let left = all.len().saturating_sub(shown.get());
        let empty = all.is_empty();
        view! {
            <ul class="draft-list" aria-label=tr(K::DraftsTitle)>
                {all.into_iter().take(shown.get()).map(|r| view! { <row::DraftRowView row=r/> }).collect_view()}
            </ul>
            {(left > 0).then(|| view! {
                <button class="secondary drafts-more" data-testid="drafts-more"
                    on:click=move |_| shown.update(|n| *n += LIST_PAGE)>
                    {tr(K::DraftsMore).replace("{n}", &left.to_string())}
                </button>
            })}
            {empty.then(|| view! { <p class="muted">{tr(K::DraftsNoMatch)}</p> })}
        }
    };
    let has_drafts = Memo::new(move |_| store.drafts.with(|d| !d.is_empty()));

    let new_draft = move |_| {
        if let Some(id) = create_draft(store, |_| {}) {
            app.route.set(Route::Edit {
                id: id.clone(),
                section: Section::Profile,
            });
            crate::platform::location::set_hash(
                &Route::Edit {
                    id,
                    section: Section::Profile,
                }
                .to_hash(),
            );
        }
    };

    view! {
        <section class="drafts" data-testid="drafts">
            <div class="row page-head">
                <h1>{tr(K::DraftsTitle)}</h1>
                <span class="spacer"></span>
                <button data-testid="new-assessment" on:click=new_draft>
                    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M11 5h2v14h-2zM5 11h14v2H5z" fill="currentColor"/></svg>
                    {tr(K::NewAssessment)}
                </button>
            </div>
            <notices::StorageNotice/>
            <notices::UnreadableNotice/>
            <crate::ui::exchange::DraftsExchange/>

            {move || if !has_drafts.get() { Either::Left(view! { <p class="card empty-state" data-testid="drafts-empty">{tr(K::DraftsEmpty)}</p> }) } else { Either::Right(view! {
                <div class="filters row" role="group" aria-label=tr(K::FilterType)>
                    <div class="field">
                        <label for="filter-type">{tr(K::FilterType)}</label>
                        <select id="filter-type" data-testid="filter-type" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            filter.update(|f| f.community_type = (!v.is_empty()).then_some(v));
                        }>
                            <option value="">{tr(K::FilterAll)}</option>
                            {inst.instrument.community_types.iter().map(|t| {
                                let id = t.id.clone();
                                let name = t.name.clone();
                                view! { <option value=id>{pick(lang, &name)}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-province">{tr(K::FilterProvince)}</label>
                        <select id="filter-province" data-testid="filter-province" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            filter.update(|f| f.province = (!v.is_empty()).then_some(v));
                        }>
                            <option value="">{tr(K::FilterAll)}</option>
                            {thai_sorted().into_iter().map(|p| view! {
                                <option value=p.iso>{lang.pick(p.th, p.en).to_string()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                {list}
            })}}

            <section class="examples card" aria-labelledby="examples-title">
                <h2 id="examples-title">{tr(K::ExamplesTitle)}</h2>
                <p class="muted">{tr(K::ExamplesNote)}</p>
                <ul class="draft-list">
                    {examples().iter().map(|a| {
                        let r = drafts::row(a, &inst.instrument);
                        view! { <row::DraftRowView row=r/> }
                    }).collect_view()}
                </ul>
            </section>
            <trash::TrashList/>
            <notices::Toast/>
        </section>
    }
    .into_any()
}
