//! Household food insecurity experience (FIES): per item, households answering yes out of
//! households asked; the yes-rates, the mean raw score and an indicative band, labelled as not
//! comparable with the SDG 2.1.2 figure.

use super::use_editor;
use crate::domain::assessment::Action;
use crate::i18n::K;
use crate::ui::common::{pick, tr};
use crate::ui::shell::use_app;
use crate::ui::store::instrument;
use leptos::prelude::*;

#[component]
pub fn FiesSection() -> impl IntoView {
    let ed = use_editor();
    let lang = use_app().lang.get_untracked();
    let Ok(inst) = instrument() else {
        return ().into_any();
    };
    let fies = &inst.instrument.fies;
    let mean = move || {
        ed.results
            .with(|r| r.as_ref().and_then(|r| r.fies.mean_raw_score))
    };
    let band = move || {
        ed.results
            .with(|r| r.as_ref().and_then(|r| r.fies.band.clone()))
            .and_then(|b| fies.bands.iter().find(|x| x.id == b))
            .map(|b| pick(lang, &b.label))
    };

    view! {
        <section class="card" aria-labelledby="fies-title">
            <h2 id="fies-title">{tr(K::SecFies)}</h2>
            <p>{tr(K::FiesIntro)}</p>
            <p class="fies-preamble"><strong>{pick(lang, &fies.preamble)}</strong></p>
            <ol class="fies-items">
                {fies.items.iter().map(|item| {
                    let code = item.code.as_str();
                    let count = Memo::new(move |_| ed.with(|a| a.fies.get(code).map(|c| (c.yes, c.asked)).unwrap_or((0, 0))));
                    let invalid = Memo::new(move |_| { let (y, n) = count.get(); y > n });
                    let set = move |yes: Option<u32>, asked: Option<u32>| {
                        let (y, n) = count.get_untracked();
                        ed.dispatch(Action::SetFies { code: code.to_string(), yes: yes.unwrap_or(y), asked: asked.unwrap_or(n) });
                    };
                    let rate = move || {
                        let (y, n) = count.get();
                        if n == 0 { "–".to_string() } else { format!("{:.0}%", f64::from(y) / f64::from(n) * 100.0) }
                    };
                    view! {
                        <li class="fies-item" data-testid=format!("fies-{code}")>
                            <p class="fies-text">
                                <span>{pick(lang, &item.text)}</span>
                                {item.draft.then(|| view! { <span class="badge muted">{tr(K::FiesDraftWording)}</span> })}
                            </p>
                            <div class="row fies-inputs">
                                <div class="field">
                                    <label for=format!("fies-yes-{code}")>{tr(K::FiesYes)}</label>
                                    <input type="number" min="0" step="1" inputmode="numeric" id=format!("fies-yes-{code}")
                                        data-testid=format!("fies-yes-{code}")
                                        prop:value=move || count.get().0.to_string()
                                        on:input=move |ev| set(Some(event_target_value(&ev).trim().parse().unwrap_or(0)), None)/>
                                </div>
                                <div class="field">
                                    <label for=format!("fies-asked-{code}")>{tr(K::FiesAsked)}</label>
                                    <input type="number" min="0" step="1" inputmode="numeric" id=format!("fies-asked-{code}")
                                        data-testid=format!("fies-asked-{code}")
                                        prop:value=move || count.get().1.to_string()
                                        on:input=move |ev| set(None, Some(event_target_value(&ev).trim().parse().unwrap_or(0)))/>
                                </div>
                                <span class="fies-rate num" aria-label="rate">{rate}</span>
                            </div>
                            {move || invalid.get().then(|| view! {
                                <p class="error-text" role="alert">{tr(K::FiesYesAboveAsked)}</p>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="fies-summary notice ok">
                <p><strong>{tr(K::FiesMeanScore)} ": "</strong>
                    <span class="num" data-testid="fies-mean">{move || mean().map(|m| format!("{m:.2}")).unwrap_or_else(|| "–".into())}</span>
                    {move || band().map(|b| view! { " · " <span data-testid="fies-band">{b}</span> })}
                </p>
                <p class="muted">{pick(lang, &fies.caveat)}</p>
            </div>
        </section>
    }
    .into_any()
}
