//! The indicators, grouped by dimension: the shared core and those of the chosen type only.
//! Answers of indicators that no longer apply stay in the assessment, hidden.

use super::use_editor;
use crate::domain::assessment::Action;
use crate::domain::instrument::migrate::to_check_again;
use crate::domain::instrument::Indicator;
use crate::i18n::rounds::{round_name, NK};
use crate::i18n::rubric::QK;
use crate::i18n::K;
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::instrument;
use leptos::prelude::*;

#[component]
pub fn IndicatorsSection() -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let ty = Memo::new(move |_| ed.with(|a| a.profile.community_type.clone()));

    view! {
        {move || ty.with(Option::is_none).then(|| view! {
            <div class="notice warn" data-testid="choose-type-first">{tr(K::ChooseTypeFirst)}</div>
        })}
        <p class="muted keys-hint">{tr(K::KeysHint)}</p>
        <p class="muted community-hint">{tr(NK::CommunityLevelHint)}</p>
        {move || {
            let t = ty.get();
            let applicable: Vec<&'static Indicator> = inst.instrument.applicable_indicators(t.as_deref());
            inst.instrument.dimensions.iter().filter_map(|d| {
                let items: Vec<&'static Indicator> = applicable.iter().copied().filter(|i| i.dimension == d.id).collect();
                if items.is_empty() { return None; }
                let name = d.name.clone();
                let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
                let answered = move || ed.with(|a| ids.iter().filter(|id| a.answers.get(*id).is_some_and(|x| x.scored_level().is_some() || x.not_applicable)).count());
                let total = items.len();
                Some(view! {
                    <section class="dimension-group" aria-label=pick(lang, &name)>
                        <h2 class="dimension-title">
                            {let n = d.name.clone(); pick(lang, &n)}
                            <span class="muted num">" " {answered} "/" {total}</span>
                        </h2>
                        {items.into_iter().map(|i| view! { <IndicatorCard indicator=i/> }).collect_view()}
                    </section>
                })
            }).collect_view()
        }}
        <RecheckList/>
    }
    .into_any()
}

/// Answers kept from an earlier instrument version whose question this version split or
/// rewrote: the old question and answer, and the new indicators to answer instead.
#[component]
fn RecheckList() -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let items = Memo::new(move |_| {
        ed.with(|a| {
            to_check_again(a, &inst.instrument)
                .into_iter()
                .map(|r| (r.id.to_string(), r.answer.clone(), r.retired.cloned()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        {move || (!items.with(Vec::is_empty)).then(|| view! {
            <section class="card recheck" data-testid="recheck" aria-labelledby="recheck-title">
                <h2 id="recheck-title">{tr(QK::RecheckTitle)}</h2>
                <p class="hint">{tr(QK::RecheckIntro)}</p>
                <ul class="recheck-list">
                    {items.get().into_iter().map(|(id, ans, old)| {
                        let question = old.as_ref().map(|o| pick(lang, &o.label)).unwrap_or_else(|| tr(QK::UnknownOld).to_string());
                        let answer = old_answer(&ans);
                        let replaced = old.as_ref().map(|o| o.replaced_by.join(", ")).unwrap_or_default();
                        let change = old.as_ref().map(|o| pick(lang, &o.change)).unwrap_or_default();
                        let version = old.as_ref().map(|o| o.version.clone()).unwrap_or_default();
                        view! {
                            <li data-testid=format!("recheck-{id}")>
                                <p><span class="indicator-id num">{id.clone()}</span> " " <span class="muted">{version}</span></p>
                                <p><strong>{tr(QK::OldQuestion)} ": "</strong>{question}</p>
                                <p><strong>{tr(QK::OldAnswer)} ": "</strong>{answer}</p>
                                {(!change.is_empty()).then(|| view! { <p><strong>{tr(QK::WhatChanged)} ": "</strong>{change}</p> })}
                                <p><strong>{tr(QK::ReplacedBy)} ": "</strong>
                                    {if replaced.is_empty() { tr(QK::NotAsked).to_string() } else { replaced }}</p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
    .into_any()
}

/// "Level 2 · note", "N/A · reason", or the note alone.
pub(crate) fn old_answer(a: &crate::domain::assessment::Answer) -> String {
    let mut parts = Vec::new();
    if a.not_applicable {
        parts.push(format!("{} (N/A)", tr(K::NotApplicable)));
        if !a.na_reason.is_empty() {
            parts.push(a.na_reason.clone());
        }
    } else if let Some(l) = a.level {
        parts.push(format!("{} {l}", tr(QK::Level)));
    }
    if !a.note.is_empty() {
        parts.push(a.note.clone());
    }
    parts.join(" · ")
}

/// One indicator: question, definition, evidence hints, the five descriptors as a radio
/// group (the whole descriptor is the tap target), not applicable, and an evidence note.
/// The levels follow the WAI-ARIA radio group pattern (one tab stop, arrows move and choose).
#[component]
pub fn IndicatorCard(indicator: &'static Indicator) -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let id = indicator.id.as_str();
    // Only this card's answer: other cards' changes do not touch this card's DOM.
    let answer = Memo::new(move |_| ed.with(|a| a.answers.get(id).cloned()));
    let level = move || answer.with(|a| a.as_ref().and_then(|a| a.level));
    let na = move || answer.with(|a| a.as_ref().is_some_and(|a| a.not_applicable));
    let note = move || answer.with(|a| a.as_ref().map(|a| a.note.clone()).unwrap_or_default());
    let na_reason =
        move || answer.with(|a| a.as_ref().map(|a| a.na_reason.clone()).unwrap_or_default());
    let (level_rule, na_rule) = instrument()
        .map(|i| (pick(lang, &i.instrument.level_rule), pick(lang, &i.instrument.na_rule)))
        .unwrap_or_default();
    let clearable = Memo::new(move |_| level().is_some() && !na());
    let community = move || answer.with(|a| a.as_ref().and_then(|a| a.community_level));
    // A follow-up shows the previous round's answer faintly, so the team asks "what changed?".
    let previous = ed.previous.with_untracked(|p| {
        p.as_ref().map(|p| {
            let when = p.profile.assessment_date.as_deref().map(|d| format!(" ({})", crate::ui::common::date(lang, d))).unwrap_or_default();
            let said = p.answers.get(id).map(old_answer).filter(|s| !s.is_empty()).unwrap_or_else(|| tr(NK::NotAnswered).to_string());
            format!("{} · {}{when}: {said}", tr(NK::PreviousRound), round_name(lang, p.round))
        })
    });

    let choose = move |n: u8| {
        if na() {
            ed.dispatch(Action::ToggleNotApplicable {
                indicator: id.to_string(),
            });
        }
        ed.dispatch(Action::SetLevel {
            indicator: id.to_string(),
            level: Some(n),
        });
    };
    // WAI-ARIA radio group: the arrow keys move to the previous or next level and choose it
    // (wrapping), Home and End to the first and last; Space chooses the focused one. No single
    // letter or digit is taken: screen readers use those in browse mode.
    let count = indicator.levels.len();
    let on_radio_key = move |n: usize, ev: leptos::ev::KeyboardEvent| {
        if count == 0 || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let to = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => (n + 1) % count,
            "ArrowLeft" | "ArrowUp" => (n + count - 1) % count,
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        ev.prevent_default();
        choose(to as u8);
        use wasm_bindgen::JsCast;
        let target = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let Some(group) = target.and_then(|t| t.parent_element()) {
            if let Some(next) = group.query_selector(&format!(":scope > :nth-child({})", to + 1)).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = next.focus();
            }
        }
    };

    let title_id = format!("q-{id}");
    let (title_a, title_b) = (title_id.clone(), title_id.clone());
    let evidence_id = format!("evidence-{id}");
    view! {
        <article class="indicator card" data-testid=format!("indicator-{id}")
            class:answered=move || level().is_some() || na()
            class:is-na=na
            aria-labelledby=title_a>
            <header class="indicator-head">
                <span class="indicator-id num">{id}</span>
                <h3 id=title_id>{pick(lang, &indicator.label)}</h3>
            </header>
            <p class="definition">{pick(lang, &indicator.definition)}</p>
            <details class="evidence-hints">
                <summary>{tr(K::EvidenceHints)}</summary>
                <ul>{indicator.evidence.iter().map(|e| view! { <li>{pick(lang, e)}</li> }).collect_view()}</ul>
                <p class="muted source">{tr(K::Source)} ": " {indicator.source.clone()}</p>
            </details>
            <p class="level-rule" data-testid=format!("level-rule-{id}")>{level_rule}</p>
            <div class="levels" role="radiogroup" aria-labelledby=title_b>
                {indicator.levels.iter().enumerate().map(|(n, text)| {
                    let at = n;
                    let n = n as u8;
                    let checked = move || level() == Some(n) && !na();
                    view! {
                        <button type="button" role="radio" class="level"
                            data-testid=format!("level-{id}-{n}")
                            aria-checked=move || if checked() { "true" } else { "false" }
                            class:selected=checked
                            tabindex=move || {
                                let shown = if na() { None } else { level() };
                                if shown == Some(n) || (shown.is_none() && n == 0) { "0" } else { "-1" }
                            }
                            on:click=move |_| choose(n)
                            on:keydown=move |ev| on_radio_key(at, ev)>
                            <span class="level-num num" aria-hidden="true">{n}</span>
                            <span class="visually-hidden">{format!("{n}: ")}</span>
                            <span class="level-text">{pick(lang, text)}</span>
                            <svg class="level-check" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" fill="currentColor"/></svg>
                        </button>
                    }
                }).collect_view()}
            </div>
            {previous.map(|text| view! { <p class="previous-answer" data-testid=format!("previous-{id}")>{text}</p> })}
            <fieldset class="community-level">
                <legend>{tr(NK::CommunityLevel)}</legend>
                <div class="community-choices">
                    {(0..count).map(|n| {
                        let n = n as u8;
                        view! {
                            <label class="community-choice">
                                <input type="radio" name=format!("community-{id}") data-testid=format!("community-level-{id}-{n}")
                                    prop:checked=move || community() == Some(n)
                                    on:change=move |_| ed.dispatch(Action::SetCommunityLevel { indicator: id.to_string(), level: Some(n) })/>
                                <span class="visually-hidden">{tr(QK::Level)} " "</span>
                                <span class="num">{n}</span>
                            </label>
                        }
                    }).collect_view()}
                    {move || community().is_some().then(|| view! {
                        <button type="button" class="quiet small" data-testid=format!("community-clear-{id}")
                            on:click=move |_| ed.dispatch(Action::SetCommunityLevel { indicator: id.to_string(), level: None })>
                            {tr(NK::ClearCommunity)}
                        </button>
                    })}
                </div>
            </fieldset>
            <div class="row indicator-foot">
                <label class="na-toggle">
                    <input type="checkbox" data-testid=format!("na-{id}")
                        prop:checked=na
                        on:change=move |_| ed.dispatch(Action::ToggleNotApplicable { indicator: id.to_string() })/>
                    {tr(K::NotApplicable)} " (N/A)"
                </label>
                <span class="spacer"></span>
                {move || clearable.get().then(|| view! {
                    <button type="button" class="quiet" on:click=move |_| ed.dispatch(Action::SetLevel { indicator: id.to_string(), level: None })>
                        {tr(K::ClearAnswer)}
                    </button>
                })}
            </div>
            {move || na().then(|| {
                let reason_id = format!("na-reason-input-{id}");
                let hint_id = format!("na-rule-{id}");
                view! {
                    <div class="field na-reason">
                        <label for=reason_id.clone()>{tr(QK::NaReason)}</label>
                        <input type="text" id=reason_id data-testid=format!("na-reason-{id}")
                            aria-describedby=hint_id.clone()
                            prop:value=na_reason
                            on:change=move |ev| ed.dispatch(Action::SetNaReason { indicator: id.to_string(), text: event_target_value(&ev).trim().to_string() })/>
                        <p class="hint" id=hint_id>{na_rule.clone()}</p>
                    </div>
                }
            })}
            <div class="field evidence-note">
                <label for=evidence_id.clone()>{tr(K::EvidenceNote)}</label>
                <textarea id=evidence_id data-testid=format!("evidence-{id}") rows="2"
                    prop:value=note
                    on:input=move |ev| ed.dispatch(Action::SetNote { indicator: id.to_string(), text: event_target_value(&ev) })></textarea>
            </div>
        </article>
    }
}
