//! FIES figures: from household answers (format 2), and from 1.0's site summary counts.
//!
//! Households: each household's raw score is the number of yes answers over the eight items,
//! only when every item is answered yes or no; a household with an item not entered or
//! answered "don't know / refused" is counted apart. Complete households are grouped 0,
//! 1–3, 4–6, 7–8 (a description, not FAO's Rasch-based prevalence).
//!
//! Summary counts: the 1.0 form recorded, per item, how many households were asked and how many said yes. With
//! such counts the mean raw score over households equals the sum of the item affirmation
//! rates (the mean of a sum is the sum of the means), so no per-household data is needed.
//! The band is only indicative: the SDG 2.1.2 prevalence needs a Rasch model on
//! household-level answers and a global reference scale, so the figure here is NOT
//! comparable with it. This is flagged in the result.

use super::exact::Ratio;
use crate::domain::assessment::{Assessment, FiesAnswer};
use crate::domain::instrument::Instrument;

#[derive(Debug, Clone, PartialEq)]
pub struct FiesItemResult {
    pub code: String,
    pub yes: u32,
    pub asked: u32,
    /// yes ÷ asked; None when nobody was asked (or the counts are impossible, yes > asked).
    pub rate: Option<f64>,
    /// The same, exactly (printed with `percent_exact`).
    pub exact_rate: Option<Ratio>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FiesResult {
    /// In instrument (FAO) order.
    pub items: Vec<FiesItemResult>,
    /// Σ item rates (yes ÷ asked), 0..=8, exactly; None unless every item has a rate. Printed
    /// with one decimal, rounded once (halves away from zero), like the overall score.
    pub mean_raw_score: Option<Ratio>,
    /// Indicative band id (instrument `fies.bands`, min inclusive, max exclusive) of the
    /// exact, unrounded mean raw score.
    pub band: Option<String>,
    /// Always false: shown next to the figure so nobody quotes it as SDG 2.1.2.
    pub sdg_comparable: bool,
    /// Which data the site holds.
    pub kind: FiesKind,
    /// Figures from household answers (empty when there are none).
    pub households: FiesHouseholds,
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
            let exact_rate = (yes <= asked)
                .then(|| Ratio::new(u128::from(yes), u128::from(asked)))
                .flatten();
            FiesItemResult {
                code: item.code.clone(),
                yes,
                asked,
                rate: exact_rate.map(Ratio::to_f64),
                exact_rate,
            }
        })
        .collect();
    // Summed exactly: yes ÷ asked per item is a fraction, and a running f64 sum of eight of them
    // can land a hair under a band edge (3.5) or a rounding half (1.65).
    let mean_raw_score = if items.is_empty() {
        None
    } else {
        items
            .iter()
            .try_fold(Ratio::ZERO, |sum, i| i.exact_rate.and_then(|r| sum.checked_add(r)))
    };
    let band = mean_raw_score
        .and_then(|m| inst.fies_band_for_exact(m))
        .map(|b| b.id.clone());
    FiesResult {
        items,
        mean_raw_score,
        band,
        sdg_comparable: false,
        kind: fies_kind(a),
        households: fies_households(a, inst),
    }
}

/// Which FIES data a site holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FiesKind {
    /// Nothing recorded.
    None,
    /// Household-by-household answers (format 2).
    Households,
    /// Only 1.0's site totals, recorded before household entry.
    Summary,
    /// Both: households entered, and older site totals kept.
    Both,
}

impl FiesKind {
    /// `households`, `summary`, `both` or `none`: the word exports write.
    pub fn as_str(self) -> &'static str {
        match self {
            FiesKind::None => "none",
            FiesKind::Households => "households",
            FiesKind::Summary => "summary",
            FiesKind::Both => "both",
        }
    }
}

/// The kind of FIES data an assessment holds. Summary entries nobody was asked count as absent.
pub fn fies_kind(a: &Assessment) -> FiesKind {
    let households = !a.fies_households.is_empty();
    let summary = a.fies.values().any(|c| c.asked > 0);
    match (households, summary) {
        (false, false) => FiesKind::None,
        (true, false) => FiesKind::Households,
        (false, true) => FiesKind::Summary,
        (true, true) => FiesKind::Both,
    }
}

/// The raw-score groups, as (lowest, highest) raw score: 0, 1–3, 4–6, 7–8.
pub const FIES_GROUPS: [(u8, u8); 4] = [(0, 0), (1, 3), (4, 6), (7, 8)];

/// Index into [`FIES_GROUPS`] of a raw score.
pub fn fies_group(raw: u8) -> usize {
    match raw {
        0 => 0,
        1..=3 => 1,
        4..=6 => 2,
        _ => 3,
    }
}

/// One item over the households.
#[derive(Debug, Clone, PartialEq)]
pub struct FiesItemTally {
    pub code: String,
    pub yes: u32,
    pub no: u32,
    /// Don't know or refused.
    pub dont_know: u32,
    /// Households with nothing entered for the item.
    pub missing: u32,
    /// yes ÷ (yes + no) over every household that answered the item yes or no (complete or
    /// not); None when none did.
    pub rate: Option<f64>,
    /// The same, exactly (printed with `percent_exact`).
    pub exact_rate: Option<Ratio>,
}

/// FIES figures computed from household answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FiesHouseholds {
    /// Households entered.
    pub total: u32,
    /// With a yes or no to every item: these have a raw score.
    pub complete: u32,
    /// With at least one item not entered or answered "don't know / refused": counted apart.
    pub incomplete: u32,
    /// Per household in entry order: the raw score 0–8, None if incomplete.
    pub raw_scores: Vec<Option<u8>>,
    /// Complete households per raw-score group ([`FIES_GROUPS`]).
    pub groups: [u32; 4],
    /// Complete households with a raw score of 1 or more.
    pub at_least_one: u32,
    /// In instrument (FAO) order.
    pub items: Vec<FiesItemTally>,
}

/// Raw scores, groups and item yes-rates from the households.
pub fn fies_households(a: &Assessment, inst: &Instrument) -> FiesHouseholds {
    let codes: Vec<&str> = inst.fies.items.iter().map(|i| i.code.as_str()).collect();
    let mut out = FiesHouseholds {
        items: codes
            .iter()
            .map(|c| FiesItemTally {
                code: (*c).to_string(),
                yes: 0,
                no: 0,
                dont_know: 0,
                missing: 0,
                rate: None,
                exact_rate: None,
            })
            .collect(),
        ..FiesHouseholds::default()
    };
    for h in &a.fies_households {
        out.total += 1;
        let mut raw: u8 = 0;
        let mut complete = !codes.is_empty();
        for (tally, code) in out.items.iter_mut().zip(&codes) {
            match h.answer(code) {
                Some(FiesAnswer::Yes) => {
                    tally.yes += 1;
                    raw = raw.saturating_add(1);
                }
                Some(FiesAnswer::No) => tally.no += 1,
                Some(FiesAnswer::DontKnow) => {
                    tally.dont_know += 1;
                    complete = false;
                }
                None => {
                    tally.missing += 1;
                    complete = false;
                }
            }
        }
        if complete {
            out.complete += 1;
            if let Some(g) = out.groups.get_mut(fies_group(raw)) {
                *g += 1;
            }
            if raw > 0 {
                out.at_least_one += 1;
            }
            out.raw_scores.push(Some(raw));
        } else {
            out.incomplete += 1;
            out.raw_scores.push(None);
        }
    }
    for t in &mut out.items {
        t.exact_rate = Ratio::new(u128::from(t.yes), u128::from(t.yes) + u128::from(t.no));
        t.rate = t.exact_rate.map(Ratio::to_f64);
    }
    out
}
