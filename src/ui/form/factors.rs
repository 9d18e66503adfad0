//! Factors: supporting factors, obstacles, success factors, opportunities and challenges, each
//! tagged with a category; grouped by kind.

use super::use_editor;
use super::vocab::TermSelect;
use crate::domain::assessment::{Action, Factor};
use crate::i18n::rubric::QK;
use crate::i18n::K;
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::instrument;
use leptos::prelude::*;

#[component]
pub fn FactorsSection() -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let vocab = &inst.instrument.factors;
    let first =
        |v: &[crate::domain::instrument::Term]| v.first().map(|t| t.id.clone()).unwrap_or_default();
    let kind = RwSignal::new(first(&vocab.kinds));
    let category = RwSignal::new(first(&vocab.categories));
    let text = RwSignal::new(String::new());
    let empty = RwSignal::new(false);

    let add = move |_| {
        let t = text.get_untracked();
        if t.trim().is_empty() {
            empty.set(true);
            return;
        }
        empty.set(false);
        ed.dispatch(Action::AddFactor {
            kind: kind.get_untracked(),
            category: category.get_untracked(),
            text: t.trim().to_string(),
        });
        text.set(String::new());
    };

    view! {
        <section class="card add-factor" aria-labelledby="add-factor-title">
            <h2 id="add-factor-title">{tr(K::AddFactor)}</h2>
            <details class="factor-kinds" data-testid="factor-kinds" open>
                <summary>{tr(QK::FactorKinds)}</summary>
                <dl>
                    {vocab.kinds.iter().map(|k| view! {
                        <dt>{pick(lang, &k.label)}</dt>
                        <dd>{pick(lang, &k.definition)}</dd>
                    }).collect_view()}
                </dl>
            </details>
            <div class="grid-2">
                <div class="field">
                    <label for="factor-kind">{tr(K::FactorKind)}</label>
                    <TermSelect id="factor-kind".into() testid="factor-kind".into() terms=&vocab.kinds value=kind on_pick=move |v| kind.set(v)/>
                </div>
                <div class="field">
                    <label for="factor-category">{tr(K::FactorCategory)}</label>
                    <TermSelect id="factor-category".into() testid="factor-category".into() terms=&vocab.categories value=category on_pick=move |v| category.set(v)/>
                </div>
            </div>
            <div class="field">
                <label for="factor-text">{tr(K::FactorText)}</label>
                <textarea id="factor-text" data-testid="factor-text" rows="3" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                {move || empty.get().then(|| view! { <p class="error-text" role="alert">{tr(K::NameRequired)}</p> })}
            </div>
            <button data-testid="add-factor" on:click=add>{tr(K::AddFactor)}</button>
        </section>
        {vocab.kinds.iter().map(|k| {
            let kid = k.id.as_str();
            // Only the ids: the list re-renders when a factor is added or removed, not while
            // its text is typed (each row reads its own factor).
            let ids = Memo::new(move |_| ed.with(|a| a.factors.iter().filter(|f| f.kind == kid).map(|f| f.id.clone()).collect::<Vec<_>>()));
            view! {
                <section class="card factor-kind" data-testid=format!("factors-{kid}")>
                    <h2>{pick(lang, &k.label)} <span class="muted num">" (" {move || ids.with(|v| v.len())} ")"</span></h2>
                    <ul class="plain-list">
                        {move || {
                            let v = ids.get();
                            if v.is_empty() {
                                view! { <li class="muted">{tr(K::NoFactors)}</li> }.into_any()
                            } else {
                                v.into_iter().map(|id| view! { <FactorRow id/> }).collect_view().into_any()
                            }
                        }}
                    </ul>
                </section>
            }
        }).collect_view()}
    }
    .into_any()
}

#[component]
fn FactorRow(id: String) -> impl IntoView {
    let ed = use_editor();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let vocab = &inst.instrument.factors;
    let fid = StoredValue::new(id.clone());
    let cur = Memo::new(move |_| {
        ed.with(|a| a.factors.iter().find(|f| f.id == fid.get_value()).cloned())
    });
    let get =
        move |f: fn(&Factor) -> String| move || cur.with(|c| c.as_ref().map(f).unwrap_or_default());
    let update = move |kind: Option<String>, category: Option<String>, text: Option<String>| {
        if let Some(c) = cur.get_untracked() {
            ed.dispatch(Action::UpdateFactor {
                id: c.id.clone(),
                kind: kind.unwrap_or(c.kind),
                category: category.unwrap_or(c.category),
                text: text.unwrap_or(c.text),
            });
        }
    };
    let fid_s = id;
    view! {
        <li class="factor-row" data-testid="factor-item">
            <div class="grid-2">
                <div class="field">
                    <label for=format!("fk-{fid_s}")>{tr(K::FactorKind)}</label>
                    <TermSelect id=format!("fk-{fid_s}") terms=&vocab.kinds value=Signal::derive(get(|f| f.kind.clone())) on_pick=move |v| update(Some(v), None, None)/>
                </div>
                <div class="field">
                    <label for=format!("fc-{fid_s}")>{tr(K::FactorCategory)}</label>
                    <TermSelect id=format!("fc-{fid_s}") terms=&vocab.categories value=Signal::derive(get(|f| f.category.clone())) on_pick=move |v| update(None, Some(v), None)/>
                </div>
            </div>
            <label class="visually-hidden" for=format!("ft-{fid_s}")>{tr(K::FactorText)}</label>
            <textarea id=format!("ft-{fid_s}") rows="2" prop:value=get(|f| f.text.clone()) on:input=move |ev| update(None, None, Some(event_target_value(&ev)))></textarea>
            <button class="quiet danger-text" on:click=move |_| ed.dispatch(Action::RemoveFactor { id: fid.get_value() })>{tr(K::Remove)}</button>
        </li>
    }
    .into_any()
}
