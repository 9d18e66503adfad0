//! The text parts of the results page: strongest and weakest indicators, FIES, Tool set 1 and
//! the factors. This file only gathers the words in the current language; the markup is written
//! by `domain::report_html` (tested there, hostile strings included) and set with one
//! `inner_html` per block, which keeps these static blocks out of the wasm's view code.

use super::Page;
use crate::domain::report_html::{self as html, FactorKind, FiesRow, RankedItem};
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

/// FIES: from the households (sentence, groups with counts, item yes-rates, caveat), and 1.0's
/// summary counts apart with their own caveat. No band on a mean: it hides households.
pub fn fies(p: &Page) -> String {
    use crate::domain::report_html::{FiesGroupText, FiesHouseholdsText, FiesSummaryText};
    use crate::domain::scoring::FiesKind;
    use crate::i18n::fies::{households_sentence, FK};
    let inst = &p.inst.instrument;
    let f = &p.r.fies;
    let text_of = |code: &str| {
        inst.fies.items.iter().find(|x| x.code == code).map(|x| pick(p.lang, &x.text)).unwrap_or_default()
    };
    let h = &f.households;
    let households = matches!(f.kind, FiesKind::Households | FiesKind::Both).then(|| {
        let labels = [FK::Group0, FK::Group1, FK::Group2, FK::Group3];
        FiesHouseholdsText {
            sentence: households_sentence(p.lang, h.complete, h.at_least_one, h.groups[3], h.incomplete),
            groups_title: tr(FK::GroupsTitle).into(),
            groups_head: [tr(FK::Item).into(), tr(FK::Households).into(), "%".into()],
            groups: labels
                .iter()
                .zip(h.groups)
                .map(|(l, count)| FiesGroupText {
                    label: tr(*l).into(),
                    count,
                    share: (h.complete > 0).then(|| f64::from(count) / f64::from(h.complete)),
                })
                .collect(),
            caveat: tr(FK::Caveat).into(),
            head: [tr(RK::FiesItem).into(), tr(FK::YesRate).into(), tr(FK::YesOfAnswered).into()],
            rows: h
                .items
                .iter()
                .map(|t| FiesRow {
                    code: t.code.clone(),
                    text: text_of(&t.code),
                    rate_text: i18n::percent(t.rate),
                    rate: t.rate,
                    yes_of: format!("{}/{}", t.yes, t.yes + t.no),
                })
                .collect(),
        }
    });
    let summary = matches!(f.kind, FiesKind::Summary | FiesKind::Both).then(|| FiesSummaryText {
        title: tr(FK::SummaryTitle).into(),
        caveat: tr(FK::SummaryCaveat).into(),
        head: [tr(RK::FiesItem).into(), tr(RK::FiesYesRate).into(), tr(K::FiesYes).into()],
        rows: f
            .items
            .iter()
            .map(|item| FiesRow {
                code: item.code.clone(),
                text: text_of(&item.code),
                rate_text: i18n::percent(item.rate),
                rate: item.rate,
                yes_of: format!("{}/{}", item.yes, item.asked),
            })
            .collect(),
    });
    html::fies_block_html(tr(RK::FiesTitle), households.as_ref(), summary.as_ref(), tr(FK::KindNone))
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

/// Instrument 1.1 parts of the report: the type's characteristics seen (not scored), the
/// not-applicable answers with their reasons, and what changed when the assessment was
/// filled with an earlier version (answers to check again, new indicators to answer).
pub(super) fn rubric(p: &Page) -> (String, String, String) {
    use crate::domain::instrument::migrate::{to_check_again, version_change};
    use crate::i18n::rubric::QK;
    let inst = &p.inst.instrument;
    let ty = p.a.profile.community_type.as_deref().and_then(|t| inst.community_type(t));
    // Two compact rows (seen, not seen) so that the report still fits two A4 pages.
    let chars: Vec<(String, String)> = ty
        .map(|t| {
            let (seen, not): (Vec<_>, Vec<_>) =
                t.characteristics.iter().partition(|c| p.a.profile.characteristics.contains(&c.id));
            let join = |v: Vec<&crate::domain::instrument::Term>| {
                v.iter().map(|c| pick(p.lang, &c.label)).collect::<Vec<_>>().join(" · ")
            };
            let mut rows = Vec::new();
            if !seen.is_empty() {
                rows.push((format!("✓ {}", tr(QK::CharacteristicsSeen)), join(seen)));
            }
            if !not.is_empty() {
                rows.push((format!("– {}", tr(QK::CharacteristicsNotSeen)), join(not)));
            }
            rows
        })
        .unwrap_or_default();
    let consent = if p.a.profile.consent {
        format!("{}: {}", tr(QK::Consent), tr(QK::ConsentDone))
    } else {
        tr(QK::ConsentNotDone).to_string()
    };
    let characteristics = html::terms_html(
        "characteristics-summary",
        tr(QK::Characteristics),
        &format!("{} {}", tr(QK::CharacteristicsHint), consent),
        &chars,
        tr(QK::CharacteristicsNone),
    );
    let na: Vec<(String, String)> = inst
        .applicable_indicators(p.a.profile.community_type.as_deref())
        .into_iter()
        .filter_map(|i| {
            let a = p.a.answers.get(&i.id).filter(|a| a.not_applicable)?;
            let reason = if a.na_reason.trim().is_empty() { tr(QK::NaReasonMissing).to_string() } else { a.na_reason.clone() };
            Some((format!("{} {}", i.id, pick(p.lang, &i.label)), reason))
        })
        .collect();
    let na_html = html::terms_html("na-reasons", tr(QK::NaReasons), "", &na, tr(QK::NoNa));
    let change = version_change(p.a, inst);
    let recheck = if change.is_empty() {
        String::new()
    } else {
        let rows: Vec<(String, String)> = to_check_again(p.a, inst)
            .into_iter()
            .map(|r| {
                let q = r.retired.map(|o| pick(p.lang, &o.label)).unwrap_or_else(|| tr(QK::UnknownOld).to_string());
                let to = r.retired.map(|o| o.replaced_by.join(", ")).filter(|s| !s.is_empty()).unwrap_or_else(|| tr(QK::NotAsked).to_string());
                (
                    format!("{} {}", r.id, q),
                    format!("{}: {} → {}: {}", tr(QK::OldAnswer), crate::ui::form::old_answer(r.answer), tr(QK::ReplacedBy), to),
                )
            })
            .collect();
        let mut intro = format!("{} {}", tr(QK::VersionChanged), change.to);
        if !change.from.is_empty() && change.from != change.to {
            intro.push_str(&format!(" ({} {})", tr(QK::FilledWith), change.from));
        }
        intro.push_str(&format!(". {}: {}", tr(QK::ToCheckCount), change.recheck.len()));
        if !change.new_unanswered.is_empty() {
            intro.push_str(&format!("; {}: {}", tr(QK::NewToAnswer), change.new_unanswered.join(", ")));
        }
        intro.push_str(". ");
        intro.push_str(tr(QK::RecheckIntro));
        html::terms_html("recheck-summary", tr(QK::RecheckTitle), &intro, &rows, "")
    };
    (characteristics, na_html, recheck)
}
