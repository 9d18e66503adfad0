//! Indicative FIES figures from aggregated household counts.
//!
//! The form records, per item, how many households were asked and how many said yes. With
//! such counts the mean raw score over households equals the sum of the item affirmation
//! rates (the mean of a sum is the sum of the means), so no per-household data is needed.
//! The band is only indicative: the SDG 2.1.2 prevalence needs a Rasch model on
//! household-level answers and a global reference scale, so the figure here is NOT
//! comparable with it. This is flagged in the result.

use crate::domain::assessment::Assessment;
use crate::domain::instrument::Instrument;

#[derive(Debug, Clone, PartialEq)]
pub struct FiesItemResult {
    pub code: String,
    pub yes: u32,
    pub asked: u32,
    /// yes ÷ asked; None when nobody was asked (or the counts are impossible, yes > asked).
    pub rate: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FiesResult {
    /// In instrument (FAO) order.
    pub items: Vec<FiesItemResult>,
    /// Σ item rates, 0..=8; None unless every item has a rate.
    pub mean_raw_score: Option<f64>,
    /// Indicative band id (instrument `fies.bands`, min inclusive, max exclusive) of the
    /// mean raw score.
    pub band: Option<String>,
    /// Always false: shown next to the figure so nobody quotes it as SDG 2.1.2.
    pub sdg_comparable: bool,
}

/// FIES item rates, mean raw score and indicative band.
pub fn fies_results(a: &Assessment, inst: &Instrument) -> FiesResult {
    let items: Vec<FiesItemResult> = inst
        .fies
        .items
        .iter()
        .map(|item| {
            let (yes, asked) = a
                .fies
                .get(&item.code)
                .map(|c| (c.yes, c.asked))
                .unwrap_or((0, 0));
            let rate = (asked > 0 && yes <= asked).then(|| f64::from(yes) / f64::from(asked));
            FiesItemResult {
                code: item.code.clone(),
                yes,
                asked,
                rate,
            }
        })
        .collect();
    let mean_raw_score = if !items.is_empty() && items.iter().all(|i| i.rate.is_some()) {
        Some(items.iter().filter_map(|i| i.rate).sum::<f64>())
    } else {
        None
    };
    let band = mean_raw_score
        .and_then(|m| inst.fies_band_for(m))
        .map(|b| b.id.clone());
    FiesResult {
        items,
        mean_raw_score,
        band,
        sdg_comparable: false,
    }
}
