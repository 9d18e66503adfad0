//! The site's partner network: actors (name, type, level) and the ties between them. Known
//! agencies (สสส., สช., กยท., ...) are offered as suggestions that fill type and level.

use super::use_editor;
use super::vocab::TermSelect;
use crate::domain::assessment::{Action, Actor, Tie};
use crate::i18n::K;
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::instrument;
use leptos::either::Either;
use leptos::prelude::*;

fn term_label(
    lang: crate::i18n::Lang,
    terms: &[crate::domain::instrument::Term],
    id: &str,
) -> String {
    terms
        .iter()
        .find(|t| t.id == id)
        .map(|t| pick(lang, &t.label))
        .unwrap_or_else(|| id.to_string())
}

#[component]
pub fn NetworkSection() -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let voc = &inst.instrument.network;
    let first =
        |v: &[crate::domain::instrument::Term]| v.first().map(|t| t.id.clone()).unwrap_or_default();

    let name = RwSignal::new(String::new());
    let actor_type = RwSignal::new(first(&voc.actor_types));
    let level = RwSignal::new(first(&voc.levels));
    let name_missing = RwSignal::new(false);
    let on_name = move |v: String| {
        // Picking a known agency fills in its type and level.
        if let Some(k) = voc
            .known_actors
            .iter()
            .find(|k| k.name.th == v || k.name.en == v)
        {
            actor_type.set(k.actor_type.clone());
            level.set(k.level.clone());
        }
        name.set(v);
    };
    let add_actor = move |_| {
        let n = name.get_untracked().trim().to_string();
        if n.is_empty() {
            name_missing.set(true);
            return;
        }
        name_missing.set(false);
        ed.dispatch(Action::AddActor {
            name: n,
            actor_type: actor_type.get_untracked(),
            level: level.get_untracked(),
        });
        name.set(String::new());
    };

    let actors = move || ed.with(|a| a.network.actors.clone());
    let can_tie = Memo::new(move |_| ed.with(|a| a.network.actors.len() >= 2));
    let actor_ids = Memo::new(move |_| {
        ed.with(|a| {
            a.network
                .actors
                .iter()
                .map(|x| x.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let ties = move || ed.with(|a| a.network.ties.clone());
    let tie_from = RwSignal::new(String::new());
    let tie_to = RwSignal::new(String::new());
    let tie_type = RwSignal::new(first(&voc.tie_types));
    let add_tie = move |_| {
        let list = actors();
        let from = Some(tie_from.get_untracked())
            .filter(|s| !s.is_empty())
            .or_else(|| list.first().map(|a| a.id.clone()));
        let to = Some(tie_to.get_untracked())
            .filter(|s| !s.is_empty())
            .or_else(|| list.get(1).map(|a| a.id.clone()));
        if let (Some(from), Some(to)) = (from, to) {
            ed.dispatch(Action::AddTie {
                from,
                to,
                tie_type: tie_type.get_untracked(),
            });
        }
    };
    let name_of = move |id: &str| {
        actors()
            .into_iter()
            .find(|a| a.id == id)
            .map(|a| a.name)
            .unwrap_or_else(|| id.to_string())
    };

    view! {
        <section class="card" aria-labelledby="actors-title">
            <h2 id="actors-title">{tr(K::Actors)} <span class="muted num">" (" {move || actors().len()} ")"</span></h2>
            <datalist id="known-actors">
                {voc.known_actors.iter().map(|k| view! { <option value=pick(lang, &k.name)></option> }).collect_view()}
            </datalist>
            <div class="grid-2 add-form">
                <div class="field">
                    <label for="actor-name">{tr(K::ActorName)}</label>
                    <input type="text" id="actor-name" data-testid="actor-name" list="known-actors" autocomplete="off"
                        prop:value=move || name.get() on:input=move |ev| on_name(event_target_value(&ev))/>
                    {move || name_missing.get().then(|| view! { <p class="error-text" role="alert">{tr(K::NameRequired)}</p> })}
                </div>
                <div class="field">
                    <label for="actor-type">{tr(K::ActorType)}</label>
                    <TermSelect id="actor-type".into() testid="actor-type".into() terms=&voc.actor_types value=actor_type on_pick=move |v| actor_type.set(v)/>
                </div>
                <div class="field">
                    <label for="actor-level">{tr(K::ActorLevel)}</label>
                    <TermSelect id="actor-level".into() testid="actor-level".into() terms=&voc.levels value=level on_pick=move |v| level.set(v)/>
                </div>
                <div class="field field-button">
                    <button data-testid="add-actor" on:click=add_actor>{tr(K::AddActor)}</button>
                </div>
            </div>
            {move || actor_ids.with(|v| v.is_empty()).then(|| view! { <p class="muted">{tr(K::NoActors)}</p> })}
            <ul class="plain-list actor-list">
                {move || actor_ids.get().into_iter().map(|id| view! { <ActorRow id/> }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="ties-title">
            <h2 id="ties-title">{tr(K::Ties)} <span class="muted num">" (" {move || ties().len()} ")"</span></h2>
            {move || if !can_tie.get() { Either::Left(view! { <p class="muted">{tr(K::TieNeedsTwo)}</p> }) } else { Either::Right(view! {
                <div class="grid-2 add-form">
                    <div class="field">
                        <label for="tie-from">{tr(K::TieFrom)}</label>
                        <select id="tie-from" data-testid="tie-from" on:change=move |ev| tie_from.set(event_target_value(&ev))>
                            {move || actors().into_iter().map(|a| { let sel = tie_from.get() == a.id; view! { <option value=a.id.clone() selected=sel>{a.name.clone()}</option> } }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="tie-to">{tr(K::TieTo)}</label>
                        <select id="tie-to" data-testid="tie-to" on:change=move |ev| tie_to.set(event_target_value(&ev))>
                            {move || actors().into_iter().enumerate().map(|(i, a)| {
                                let sel = tie_to.get() == a.id || (tie_to.get().is_empty() && i == 1);
                                view! { <option value=a.id.clone() selected=sel>{a.name.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="tie-type">{tr(K::TieType)}</label>
                        <TermSelect id="tie-type".into() testid="tie-type".into() terms=&voc.tie_types value=tie_type on_pick=move |v| tie_type.set(v)/>
                    </div>
                    <div class="field field-button">
                        <button data-testid="add-tie" on:click=add_tie>{tr(K::AddTie)}</button>
                    </div>
                </div>
            })}}
            <ul class="plain-list tie-list">
                {move || ties().into_iter().map(|t: Tie| {
                        let (from, to, ty) = (t.from.clone(), t.to.clone(), t.tie_type.clone());
                        let label = format!("{} → {}", name_of(&t.from), name_of(&t.to));
                        let tt = t.tie_type.clone();
                        view! {
                            <li class="row tie-row" data-testid="tie-item">
                                <span>{label}</span>
                                <span class="badge">{term_label(lang, &voc.tie_types, &tt)}</span>
                                <span class="spacer"></span>
                                <button class="quiet danger-text" on:click=move |_| ed.dispatch(Action::RemoveTie { from: from.clone(), to: to.clone(), tie_type: ty.clone() })>{tr(K::Remove)}</button>
                            </li>
                        }
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

#[component]
fn ActorRow(id: String) -> impl IntoView {
    let ed = use_editor();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let voc = &inst.instrument.network;
    let aid = StoredValue::new(id.clone());
    let cur = Memo::new(move |_| {
        ed.with(|a| {
            a.network
                .actors
                .iter()
                .find(|x| x.id == aid.get_value())
                .cloned()
        })
    });
    let get =
        move |f: fn(&Actor) -> String| move || cur.with(|c| c.as_ref().map(f).unwrap_or_default());
    let update = move |name: Option<String>, t: Option<String>, l: Option<String>| {
        if let Some(c) = cur.get_untracked() {
            ed.dispatch(Action::UpdateActor {
                id: c.id.clone(),
                name: name.unwrap_or(c.name),
                actor_type: t.unwrap_or(c.actor_type),
                level: l.unwrap_or(c.level),
            });
        }
    };
    let a = id;
    view! {
        <li class="actor-row" data-testid="actor-item">
            <label class="visually-hidden" for=format!("an-{a}")>{tr(K::ActorName)}</label>
            <input type="text" id=format!("an-{a}") prop:value=get(|x| x.name.clone()) on:input=move |ev| update(Some(event_target_value(&ev)), None, None)/>
            <label class="visually-hidden" for=format!("at-{a}")>{tr(K::ActorType)}</label>
            <TermSelect id=format!("at-{a}") terms=&voc.actor_types value=Signal::derive(get(|x| x.actor_type.clone())) on_pick=move |v| update(None, Some(v), None)/>
            <label class="visually-hidden" for=format!("al-{a}")>{tr(K::ActorLevel)}</label>
            <TermSelect id=format!("al-{a}") terms=&voc.levels value=Signal::derive(get(|x| x.level.clone())) on_pick=move |v| update(None, None, Some(v))/>
            <button class="quiet danger-text" on:click=move |_| ed.dispatch(Action::RemoveActor { id: aid.get_value() })>{tr(K::Remove)}</button>
        </li>
    }
    .into_any()
}
