//! The indicators, grouped by dimension: the shared core and those of the chosen type only.
//! Answers of indicators that no longer apply stay in the assessment, hidden.

use super::use_editor;
use crate::domain::assessment::Action;
use crate::domain::card_html::{card_html, CardState, CardText, CardWords};
use crate::domain::instrument::migrate::to_check_again;
use crate::domain::instrument::{Indicator, LEVEL_COUNT};
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
/// group (the whole descriptor is the tap target), the community's own level, not applicable,
/// and an evidence note. The levels follow the WAI-ARIA radio group pattern (one tab stop,
/// arrows move and choose).
///
/// The fixed part is one string (`domain::card_html`) with one listener per event kind; an
/// effect keeps its checked states in step with the answer. Only the N/A reason and the note,
/// which hold typed text, are reactive views.
#[component]
pub fn IndicatorCard(indicator: &'static Indicator) -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let id = indicator.id.as_str();
    // Only this card's answer: other cards' changes do not touch this card's DOM.
    let answer = Memo::new(move |_| ed.with(|a| a.answers.get(id).cloned()));
    let state = Memo::new(move |_| {
        answer.with(|a| CardState {
            level: a.as_ref().and_then(|a| a.level),
            not_applicable: a.as_ref().is_some_and(|a| a.not_applicable),
            community: a.as_ref().and_then(|a| a.community_level),
        })
    });
    let na = move || state.with(|s| s.not_applicable);
    let note = move || answer.with(|a| a.as_ref().map(|a| a.note.clone()).unwrap_or_default());
    let na_reason =
        move || answer.with(|a| a.as_ref().map(|a| a.na_reason.clone()).unwrap_or_default());
    let (level_rule, na_rule) = instrument()
        .map(|i| (pick(lang, &i.instrument.level_rule), pick(lang, &i.instrument.na_rule)))
        .unwrap_or_default();
    // A follow-up shows the previous round's answer faintly, so the team asks "what changed?".
    let previous = ed.previous.with_untracked(|p| {
        p.as_ref().map(|p| {
            let when = p.profile.assessment_date.as_deref().map(|d| format!(" ({})", crate::ui::common::date(lang, d))).unwrap_or_default();
            let said = p.answers.get(id).map(old_answer).filter(|s| !s.is_empty()).unwrap_or_else(|| tr(NK::NotAnswered).to_string());
            format!("{} · {}{when}: {said}", tr(NK::PreviousRound), round_name(lang, p.round))
        })
    });
    // The markup is written with the answer as it is now; the effect below only touches the DOM
    // when the answer differs from what is on screen, so opening a form costs no DOM work per card.
    let drawn = state.get_untracked();
    let html = {
        let pick_all = |ts: &'static [crate::domain::instrument::Text]| ts.iter().map(|t| lang.pick(&t.th, &t.en)).collect::<Vec<_>>();
        card_html(
            &CardText {
                id,
                label: lang.pick(&indicator.label.th, &indicator.label.en),
                definition: lang.pick(&indicator.definition.th, &indicator.definition.en),
                evidence: pick_all(&indicator.evidence),
                source: &indicator.source,
                levels: pick_all(&indicator.levels),
                level_rule: &level_rule,
                previous,
                words: CardWords {
                    evidence_hints: tr(K::EvidenceHints),
                    source: tr(K::Source),
                    community_level: tr(NK::CommunityLevel),
                    level: tr(QK::Level),
                    clear_community: tr(NK::ClearCommunity),
                    not_applicable: tr(K::NotApplicable),
                    clear_answer: tr(K::ClearAnswer),
                },
            },
            drawn,
        )
    };

    let fixed = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |shown: Option<CardState>| {
        let (s, on_screen) = (state.get(), shown.unwrap_or(drawn));
        if s == on_screen {
            return s;
        }
        match fixed.get() {
            Some(root) => {
                show_state(&root, s);
                s
            }
            None => on_screen,
        }
    });

    let choose = move |n: u8| {
        if state.with_untracked(|s| s.not_applicable) {
            ed.dispatch(Action::ToggleNotApplicable { indicator: id.to_string() });
        }
        ed.dispatch(Action::SetLevel { indicator: id.to_string(), level: Some(n) });
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = event_element(&ev) else { return };
        if let Some(n) = data_u8(&el, "[data-level]", "data-level") {
            choose(n);
        } else if let Ok(Some(b)) = el.closest("[data-act]") {
            match b.get_attribute("data-act").as_deref() {
                Some("clear") => ed.dispatch(Action::SetLevel { indicator: id.to_string(), level: None }),
                Some("community-clear") => ed.dispatch(Action::SetCommunityLevel { indicator: id.to_string(), level: None }),
                _ => {}
            }
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(el) = event_element(&ev) else { return };
        if let Some(n) = data_u8(&el, "[data-community]", "data-community") {
            ed.dispatch(Action::SetCommunityLevel { indicator: id.to_string(), level: Some(n) });
        } else if el.get_attribute("data-act").as_deref() == Some("na") {
            ed.dispatch(Action::ToggleNotApplicable { indicator: id.to_string() });
        }
    };
    // WAI-ARIA radio group: the arrow keys move to the previous or next level and choose it
    // (wrapping), Home and End to the first and last; Space and Enter choose the focused one
    // (the button's own click). No single letter or digit is taken: screen readers use those in
    // browse mode.
    let count = indicator.levels.len();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if count == 0 || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let Some(el) = event_element(&ev) else { return };
        let Some(n) = data_u8(&el, "[data-level]", "data-level").map(usize::from) else { return };
        let to = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => (n + 1) % count,
            "ArrowLeft" | "ArrowUp" => (n + count - 1) % count,
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        ev.prevent_default();
        choose(to as u8);
        if let Some(root) = fixed.get_untracked() {
            if let Some(next) = level_button(&root, to) {
                let _ = next.focus();
            }
        }
    };

    let evidence_id = format!("evidence-{id}");
    view! {
        <article class="indicator card" data-testid=format!("indicator-{id}")
            class:answered=move || state.with(|s| s.level.is_some() || s.not_applicable)
            class:is-na=na
            aria-labelledby=format!("q-{id}")>
            <div class="card-fixed" node_ref=fixed inner_html=html
                on:click=on_click on:change=on_change on:keydown=on_key></div>
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

/// The element an event happened on.
fn event_element(ev: &web_sys::Event) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    ev.target()?.dyn_into::<web_sys::Element>().ok()
}

/// The number in `attr` of the nearest element matching `selector`, from `el` up.
fn data_u8(el: &web_sys::Element, selector: &str, attr: &str) -> Option<u8> {
    el.closest(selector).ok().flatten()?.get_attribute(attr)?.parse().ok()
}

fn level_button(root: &web_sys::Element, n: usize) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    root.query_selector(&format!("[data-level=\"{n}\"]")).ok().flatten()?.dyn_into().ok()
}

/// Puts the answer's checked states on the card's fixed markup: the chosen level (checked,
/// selected, the tab stop), the community's level, N/A, and which "clear" buttons show.
fn show_state(root: &web_sys::Element, s: CardState) {
    use wasm_bindgen::JsCast;
    for n in 0..LEVEL_COUNT as u8 {
        let Some(b) = level_button(root, usize::from(n)) else { break };
        let on = s.shown() == Some(n);
        let _ = b.set_attribute("aria-checked", if on { "true" } else { "false" });
        let _ = b.set_attribute("class", if on { "level selected" } else { "level" });
        let _ = b.set_attribute("tabindex", if s.tab_stop(n) { "0" } else { "-1" });
    }
    let input = |sel: &str| root.query_selector(sel).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    for n in 0..LEVEL_COUNT as u8 {
        let Some(r) = input(&format!("[data-community=\"{n}\"]")) else { break };
        r.set_checked(s.community == Some(n));
    }
    if let Some(c) = input("[data-act=\"na\"]") {
        c.set_checked(s.not_applicable);
    }
    let show = |sel: &str, on: bool| {
        if let Ok(Some(b)) = root.query_selector(sel) {
            let _ = b.toggle_attribute_with_force("hidden", !on);
        }
    };
    show("[data-act=\"clear\"]", s.clearable());
    show("[data-act=\"community-clear\"]", s.community.is_some());
}
