//! The text parts of the results page: strongest and weakest indicators, FIES, Tool set 1 and
//! the factors.

use super::Page;
use crate::domain::scoring::IndicatorResult;
use crate::i18n::results::RK;
use crate::i18n::{self, K};
use crate::ui::common::{pick, tr};
use leptos::prelude::*;

/// One strongest or weakest indicator: its question, score, and the descriptor of the level
/// it reached.
fn ranked(p: &Page, list: &[IndicatorResult], testid: &'static str, title: RK) -> impl IntoView {
    let inst = &p.inst.instrument;
    let items = list.iter().map(|i| {
        let ind = inst.indicator(&i.id);
        let label = ind.map(|x| pick(p.lang, &x.label)).unwrap_or_default();
        let level = i.level.unwrap_or(0);
        let descriptor = ind.and_then(|x| x.levels.get(usize::from(level))).map(|t| pick(p.lang, t)).unwrap_or_default();
        let scale = inst.scale.iter().find(|s| s.level == level).map(|s| pick(p.lang, &s.label)).unwrap_or_default();
        view! {
            <li data-testid=format!("{testid}-item")>
                <p class="ranked-head"><span class="ranked-score num">{i18n::score(i.score)}</span> <strong>{i.id.clone()} " " {label}</strong></p>
                <p class="ranked-level"><span class="level-chip num">{tr(RK::Level)} " " {level} " · " {scale}</span> " " {descriptor}</p>
            </li>
        }
    }).collect_view();
    view! {
        <section class="card results-section ranked" data-testid=testid>
            <h2>{tr(title)}</h2>
            {if list.is_empty() {
                view! { <p class="muted">{tr(RK::NoneAnswered)}</p> }.into_any()
            } else {
                view! { <ol class="ranked-list">{items}</ol> }.into_any()
            }}
        </section>
    }
}

pub fn top_and_bottom(p: &Page) -> impl IntoView {
    view! {
        <div class="results-grid">
            {ranked(p, &p.r.strongest, "strongest", RK::StrongestTitle)}
            {ranked(p, &p.r.weakest, "weakest", RK::WeakestTitle)}
        </div>
    }
}

/// Yes-rate per item, mean raw score, indicative band and the instrument's caveat.
pub fn fies(p: &Page) -> impl IntoView {
    let inst = &p.inst.instrument;
    let f = &p.r.fies;
    let rows = f.items.iter().map(|item| {
        let text = inst.fies.items.iter().find(|x| x.code == item.code).map(|x| pick(p.lang, &x.text)).unwrap_or_default();
        let width = item.rate.map(|r| (r * 100.0).clamp(0.0, 100.0)).unwrap_or(0.0);
        view! {
            <tr>
                <th scope="row"><span class="fies-code">{item.code.clone()}</span> {text}</th>
                <td class="num fies-rate">
                    {i18n::percent(item.rate)}
                    <span class="rate-track" aria-hidden="true"><span class="rate-fill" style=format!("width:{width:.0}%")></span></span>
                </td>
                <td class="num muted">{format!("{}/{}", item.yes, item.asked)}</td>
            </tr>
        }
    }).collect_view();
    let band = f.band.as_deref().and_then(|b| inst.fies.bands.iter().find(|x| x.id == b)).map(|b| pick(p.lang, &b.label));
    view! {
        <section class="card results-section fies-section" data-testid="fies-summary" aria-labelledby="fies-h">
            <h2 id="fies-h">{tr(RK::FiesTitle)}</h2>
            <dl class="fies-figures">
                <div><dt>{tr(K::FiesMeanScore)}</dt><dd class="num" data-testid="fies-mean">{f.mean_raw_score.map(|m| format!("{m:.1}")).unwrap_or_else(|| "–".into())}</dd></div>
                <div><dt>{tr(RK::FiesIndicative)}</dt><dd data-testid="fies-band">{band.unwrap_or_else(|| tr(RK::FiesIncomplete).to_string())}</dd></div>
            </dl>
            <p class="caveat" data-testid="fies-caveat">{pick(p.lang, &inst.fies.caveat)}</p>
            <table class="data-table fies-table">
                <thead><tr><th scope="col">{tr(RK::FiesItem)}</th><th scope="col">{tr(RK::FiesYesRate)}</th><th scope="col">{tr(K::FiesYes)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// Tool set 1: the eight parts, each with what the focus group said.
pub fn toolset(p: &Page) -> impl IntoView {
    let parts = p.inst.instrument.toolset.iter().map(|part| {
        let text = p.a.toolset.get(&part.id).map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
        let empty = text.is_none();
        view! {
            <div class="toolset-part" class:empty=empty>
                <dt>{pick(p.lang, &part.title)}</dt>
                <dd>{text.unwrap_or_else(|| tr(RK::NotRecorded).to_string())}</dd>
            </div>
        }
    }).collect_view();
    view! {
        <section class="card results-section toolset-section" data-testid="toolset-summary" aria-labelledby="toolset-h">
            <h2 id="toolset-h">{tr(RK::ToolsetTitle)}</h2>
            <dl class="toolset-list">{parts}</dl>
        </section>
    }
}

/// The factors: how many of each kind, then the texts grouped by kind with their category.
pub fn factors(p: &Page) -> impl IntoView {
    let vocab = &p.inst.instrument.factors;
    let category = |id: &str| vocab.categories.iter().find(|c| c.id == id).map(|c| pick(p.lang, &c.label)).unwrap_or_else(|| id.to_string());
    let counts = vocab.kinds.iter().map(|k| {
        let n = p.a.factors.iter().filter(|f| f.kind == k.id).count();
        view! { <li data-testid=format!("factor-count-{}", k.id)><span class="num factor-n">{n}</span> {pick(p.lang, &k.label)}</li> }
    }).collect_view();
    let groups = vocab.kinds.iter().filter_map(|k| {
        let items: Vec<_> = p.a.factors.iter().filter(|f| f.kind == k.id).collect();
        (!items.is_empty()).then(|| {
            let list = items.iter().map(|f| view! {
                <li><span class="tag">{category(&f.category)}</span> " " {f.text.clone()}</li>
            }).collect_view();
            view! { <div class="factor-group"><h3>{pick(p.lang, &k.label)}</h3><ul>{list}</ul></div> }
        })
    }).collect_view();
    view! {
        <section class="card results-section factors-section" data-testid="factors-summary" aria-labelledby="factors-h">
            <h2 id="factors-h">{tr(RK::FactorsTitle)}</h2>
            <ul class="factor-counts">{counts}</ul>
            <div class="factor-groups">{groups}</div>
        </section>
    }
}
