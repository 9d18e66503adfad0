//! The text parts of the results page: strongest and weakest indicators, FIES, Tool set 1 and
//! the factors. This file only gathers the words in the current language; the markup is written
//! by `domain::report_html` (tested there, hostile strings included) and set with one
//! `inner_html` per block, which keeps these static blocks out of the wasm's view code.

use super::Page;
use crate::domain::report_html::{self as html, FactorKind, FiesRow, FiesText, RankedItem};
use crate::domain::scoring::IndicatorResult;
use crate::i18n::results::RK;
use crate::i18n::{self, K};
use crate::ui::common::{pick, tr};

/// One strongest or weakest indicator: its question, score, and the descriptor of the level
/// it reached.
fn ranked(p: &Page, list: &[IndicatorResult], testid: &str, title: RK) -> String {
    let inst = &p.inst.instrument;
    let items: Vec<RankedItem> = list
        .iter()
        .map(|i| {
            let ind = inst.indicator(&i.id);
            let level = i.level.unwrap_or(0);
            let scale = inst
                .scale
                .iter()
                .find(|s| s.level == level)
                .map(|s| pick(p.lang, &s.label))
                .unwrap_or_default();
            RankedItem {
                score: i18n::score(i.score),
                id: i.id.clone(),
                label: ind.map(|x| pick(p.lang, &x.label)).unwrap_or_default(),
                level: format!("{} {} · {}", tr(RK::Level), level, scale),
                descriptor: ind
                    .and_then(|x| x.levels.get(usize::from(level)))
                    .map(|t| pick(p.lang, t))
                    .unwrap_or_default(),
            }
        })
        .collect();
    html::ranked_html(testid, tr(title), &items, tr(RK::NoneAnswered))
}

/// The strongest and the weakest (two blocks: they sit in different columns).
pub fn top_and_bottom(p: &Page) -> (String, String) {
    (
        ranked(p, &p.r.strongest, "strongest", RK::StrongestTitle),
        ranked(p, &p.r.weakest, "weakest", RK::WeakestTitle),
    )
}

/// Yes-rate per item, mean raw score, indicative band and the instrument's caveat.
pub fn fies(p: &Page) -> String {
    let inst = &p.inst.instrument;
    let f = &p.r.fies;
    let rows = f
        .items
        .iter()
        .map(|item| FiesRow {
            code: item.code.clone(),
            text: inst
                .fies
                .items
                .iter()
                .find(|x| x.code == item.code)
                .map(|x| pick(p.lang, &x.text))
                .unwrap_or_default(),
            rate_text: i18n::percent(item.rate),
            rate: item.rate,
            yes_of: format!("{}/{}", item.yes, item.asked),
        })
        .collect();
    let band = f
        .band
        .as_deref()
        .and_then(|b| inst.fies.bands.iter().find(|x| x.id == b))
        .map(|b| pick(p.lang, &b.label));
    html::fies_html(&FiesText {
        title: tr(RK::FiesTitle).into(),
        mean_label: tr(K::FiesMeanScore).into(),
        mean: f
            .mean_raw_score
            .map(|m| format!("{m:.1}"))
            .unwrap_or_else(|| "–".into()),
        band_label: tr(RK::FiesIndicative).into(),
        band: band.unwrap_or_else(|| tr(RK::FiesIncomplete).to_string()),
        caveat: pick(p.lang, &inst.fies.caveat),
        head: [
            tr(RK::FiesItem).into(),
            tr(RK::FiesYesRate).into(),
            tr(K::FiesYes).into(),
        ],
        rows,
    })
}

/// Tool set 1: the eight parts, each with what the focus group said.
pub fn toolset(p: &Page) -> String {
    let parts: Vec<(String, Option<String>)> = p
        .inst
        .instrument
        .toolset
        .iter()
        .map(|part| {
            let text =
                p.a.toolset
                    .get(&part.id)
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty());
            (pick(p.lang, &part.title), text)
        })
        .collect();
    html::toolset_html(tr(RK::ToolsetTitle), &parts, tr(RK::NotRecorded))
}

/// The factors: how many of each kind, then the texts grouped by kind with their category.
pub fn factors(p: &Page) -> String {
    let vocab = &p.inst.instrument.factors;
    let category = |id: &str| {
        vocab
            .categories
            .iter()
            .find(|c| c.id == id)
            .map(|c| pick(p.lang, &c.label))
            .unwrap_or_else(|| id.to_string())
    };
    let kinds: Vec<FactorKind> = vocab
        .kinds
        .iter()
        .map(|k| FactorKind {
            id: k.id.clone(),
            label: pick(p.lang, &k.label),
            items: p
                .a
                .factors
                .iter()
                .filter(|f| f.kind == k.id)
                .map(|f| (category(&f.category), f.text.clone()))
                .collect(),
        })
        .collect();
    html::factors_html(tr(RK::FactorsTitle), &kinds)
}
