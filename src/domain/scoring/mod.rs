//! Scoring, exactly as documented in `docs/scoring.md`.
//!
//! - indicator score = level / 4 × 100; not-applicable and unanswered indicators are left
//!   out (never counted as 0: TAPE's reference scripts do, we do not);
//! - dimension score = weighted mean (indicator weights) of its answered applicable
//!   indicators, None when none is answered;
//! - overall = weighted mean (dimension weights) of the dimensions that have a score;
//! - pillar and BCG scores = weighted mean of the answered indicators tagged with them;
//! - coverage = answered ÷ (applicable − not applicable); an overall score with coverage
//!   below the instrument's `provisional_below` is provisional.
//!
//! Only indicators that apply to the assessment's community type are scored; answers kept
//! for other types, answers to unknown ids and levels above 4 are ignored here (they are
//! reported by `Assessment::check`).

pub mod exact;
pub mod fies;

#[cfg(test)]
mod tests;

pub use exact::{exact_mean, Ratio};
pub use fies::{fies_group, fies_households, fies_kind, fies_results, FiesHouseholds, FiesItemResult, FiesItemTally, FiesKind, FiesResult, FIES_GROUPS};

use crate::domain::assessment::Assessment;
use crate::domain::instrument::{Instrument, BCG_LETTERS, MAX_LEVEL, PILLARS};

/// How many strongest and weakest indicators the results view shows.
pub const TOP_N: usize = 3;

/// One applicable indicator's result.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorResult {
    pub id: String,
    pub dimension: String,
    pub weight: f64,
    /// The valid level answered (None when unanswered or not applicable).
    pub level: Option<u8>,
    pub not_applicable: bool,
    /// level / 4 × 100, None when not scored.
    pub score: Option<Ratio>,
    /// Position in the instrument (the stable tie-break).
    pub order: usize,
}

/// One dimension's result.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionResult {
    pub id: String,
    pub weight: f64,
    /// None when no applicable indicator of the dimension is answered (shown "–").
    pub score: Option<Ratio>,
    /// The band id of the exact score.
    pub band: Option<String>,
    pub answered: usize,
    pub not_applicable: usize,
    pub applicable: usize,
}

/// A food-security pillar's or a BCG letter's result.
#[derive(Debug, Clone, PartialEq)]
pub struct TagResult {
    pub tag: String,
    pub score: Option<Ratio>,
    pub answered: usize,
}

/// Everything the results view, the report and the CSV export show for one assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub community_type: Option<String>,
    /// The applicable indicators, in instrument order.
    pub indicators: Vec<IndicatorResult>,
    /// Every dimension of the instrument, in instrument order.
    pub dimensions: Vec<DimensionResult>,
    /// Exact: the band and every printed figure are taken from this one value.
    pub overall: Option<Ratio>,
    /// Band id of the exact (unrounded) overall score.
    pub band: Option<String>,
    /// The overall score rests on too few answers (coverage < provisional_below).
    pub provisional: bool,
    /// answered ÷ (applicable − not applicable); None when that is 0.
    pub coverage: Option<Ratio>,
    pub answered: usize,
    pub not_applicable: usize,
    pub applicable: usize,
    /// In the order of [`PILLARS`].
    pub pillars: Vec<TagResult>,
    /// In the order B, C, G.
    pub bcg: Vec<TagResult>,
    /// Up to three best-scored indicators, best first (exact ties: instrument order).
    pub strongest: Vec<IndicatorResult>,
    /// Up to three worst-scored indicators, worst first (exact ties: instrument order).
    pub weakest: Vec<IndicatorResult>,
    pub fies: FiesResult,
}

/// level / 4 × 100, or None for a level above the scale.
pub fn indicator_score(level: u8) -> Option<f64> {
    exact_indicator_score(level).map(Ratio::to_f64)
}

/// level / 4 × 100 exactly (25 × level), or None for a level above the scale.
pub fn exact_indicator_score(level: u8) -> Option<Ratio> {
    (level <= MAX_LEVEL).then(|| Ratio::int(u64::from(level) * 100 / u64::from(MAX_LEVEL)))
}

/// Σ wᵢxᵢ / Σ wᵢ over pairs with a positive finite weight; None when there are none.
/// Clamped to 0..=100. For the workshop's free weights (sliders, random draws); the scores of
/// one assessment use [`exact_mean`].
pub fn weighted_mean(pairs: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let (mut sum, mut wsum) = (0.0, 0.0);
    for (x, w) in pairs {
        if w.is_finite() && w > 0.0 && x.is_finite() {
            sum += w * x;
            wsum += w;
        }
    }
    (wsum > 0.0).then(|| (sum / wsum).clamp(0.0, 100.0))
}

/// Rounds to one decimal, halves away from zero (62.25 → 62.3), for figures that only exist
/// as `f64` (the workshop's re-weighted scores). Exact scores use [`Ratio::one_decimal`].
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A score as every screen, export and report writes it: one decimal, halves away from zero,
/// taken from the exact value; an en dash when there is no score (never "0").
pub fn score_text(v: Option<Ratio>) -> String {
    v.map(Ratio::one_decimal).unwrap_or_else(|| "–".to_string())
}

/// A weight as written in the instrument, exactly; 0 (left out) when it is not a usable
/// decimal (validation rejects such instruments).
fn exact_weight(w: f64) -> Ratio {
    Ratio::from_decimal(w).unwrap_or(Ratio::ZERO)
}

/// Scores an assessment with an instrument.
pub fn score(a: &Assessment, inst: &Instrument) -> Results {
    let community_type = a.profile.community_type.clone();
    let indicators: Vec<IndicatorResult> = inst
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, ind)| ind.applies_to_type(community_type.as_deref()))
        .map(|(order, ind)| {
            let answer = a.answers.get(&ind.id);
            let not_applicable = answer.is_some_and(|ans| ans.not_applicable);
            let level = answer.and_then(|ans| ans.scored_level());
            IndicatorResult {
                id: ind.id.clone(),
                dimension: ind.dimension.clone(),
                weight: ind.weight,
                level,
                not_applicable,
                score: level.and_then(exact_indicator_score),
                order,
            }
        })
        .collect();

    let dimensions: Vec<DimensionResult> = inst
        .dimensions
        .iter()
        .map(|d| {
            let mine: Vec<&IndicatorResult> =
                indicators.iter().filter(|i| i.dimension == d.id).collect();
            let score = exact_mean(
                mine.iter()
                    .filter_map(|i| i.score.map(|s| (s, exact_weight(i.weight)))),
            );
            DimensionResult {
                id: d.id.clone(),
                weight: d.weight,
                score,
                band: score.and_then(|s| inst.band_for_exact(s)).map(|b| b.id.clone()),
                answered: mine.iter().filter(|i| i.score.is_some()).count(),
                not_applicable: mine.iter().filter(|i| i.not_applicable).count(),
                applicable: mine.len(),
            }
        })
        .collect();

    let overall = exact_mean(
        dimensions
            .iter()
            .filter_map(|d| d.score.map(|s| (s, exact_weight(d.weight)))),
    );
    let applicable = indicators.len();
    let answered = indicators.iter().filter(|i| i.score.is_some()).count();
    let not_applicable = indicators.iter().filter(|i| i.not_applicable).count();
    let denominator = applicable - not_applicable;
    let coverage = Ratio::new(answered as u128, denominator as u128);
    let provisional = overall.is_some()
        && coverage.is_some_and(|c| Ratio::from_decimal(inst.provisional_below).is_some_and(|p| c < p));

    let tag_result = |tag: &str, tagged: &dyn Fn(&str) -> bool| {
        let pairs: Vec<(Ratio, Ratio)> = indicators
            .iter()
            .filter(|i| tagged(&i.id))
            .filter_map(|i| i.score.map(|s| (s, exact_weight(i.weight))))
            .collect();
        TagResult {
            tag: tag.to_string(),
            score: exact_mean(pairs.iter().copied()),
            answered: pairs.len(),
        }
    };
    let has_tag = |id: &str, tag: &str, bcg: bool| {
        inst.indicator(id).is_some_and(|ind| {
            let tags = if bcg { &ind.bcg } else { &ind.pillars };
            tags.iter().any(|t| t == tag)
        })
    };
    let pillars = PILLARS
        .iter()
        .map(|p| tag_result(p, &|id| has_tag(id, p, false)))
        .collect();
    let bcg = BCG_LETTERS
        .iter()
        .map(|l| tag_result(l, &|id| has_tag(id, l, true)))
        .collect();

    let mut ranked: Vec<&IndicatorResult> =
        indicators.iter().filter(|i| i.score.is_some()).collect();
    ranked.sort_unstable_by(|x, y| y.score.cmp(&x.score).then(x.order.cmp(&y.order)));
    let strongest = ranked.iter().take(TOP_N).map(|i| (*i).clone()).collect();
    ranked.sort_unstable_by(|x, y| x.score.cmp(&y.score).then(x.order.cmp(&y.order)));
    let weakest = ranked.iter().take(TOP_N).map(|i| (*i).clone()).collect();

    Results {
        community_type,
        band: overall.and_then(|s| inst.band_for_exact(s)).map(|b| b.id.clone()),
        overall,
        provisional,
        coverage,
        answered,
        not_applicable,
        applicable,
        pillars,
        bcg,
        strongest,
        weakest,
        fies: fies_results(a, inst),
        indicators,
        dimensions,
    }
}
