//! Property tests of the two figures that used to be running `f64` sums: the FIES mean raw
//! score of 1.0's summary counts, and the workshop's re-weighted ranking across community types
//! (shared core, slider weights). Both are now exact rationals rounded once, halves away from
//! zero, like the overall score (`docs/scoring.md`). The reference values below are computed
//! independently with plain integers over a common denominator.

use green_community::domain::assessment::{Answer, Assessment, FiesCount};
use green_community::domain::compare::ranking::DimensionWeights;
use green_community::domain::instrument::{self, Instrument, FIES_CODES};
use green_community::domain::scoring::{fies_results, Ratio};
use green_community::domain::workshop::csv::ranking_rows;
use green_community::domain::workshop::{Ranking, WorkshopModel};
use proptest::prelude::*;

const BUNDLED: &str = include_str!("../public/instrument/green-community.json");

fn bundled() -> Instrument {
    instrument::load(BUNDLED).unwrap().instrument
}

/// num/den rounded once to tenths, halves up (every figure is ≥ 0, so up is away from zero).
fn reference_text((num, den): (u128, u128)) -> String {
    let tenths = (20 * num + den) / (2 * den);
    format!("{}.{}", tenths / 10, tenths % 10)
}

fn site_id(n: usize) -> String {
    format!("7b0d2c1e-0000-4000-8000-{n:012}")
}

// ---------- FIES mean raw score (summary counts) ----------

fn fies_site(counts: &[(u32, u32)]) -> Assessment {
    let mut a = Assessment { id: site_id(1), ..Default::default() };
    for (code, (yes, asked)) in FIES_CODES.iter().zip(counts) {
        a.fies.insert(code.to_string(), FiesCount { yes: *yes, asked: *asked, ..Default::default() });
    }
    a
}

/// Σ yesᵢ/askedᵢ as num / den over the product of the denominators.
fn fies_reference(counts: &[(u32, u32)]) -> (u128, u128) {
    let den: u128 = counts.iter().map(|c| u128::from(c.1)).product();
    let num: u128 = counts.iter().map(|(y, n)| u128::from(*y) * (den / u128::from(*n))).sum();
    (num, den)
}

/// The indicative band of instrument 1.1.0 whose limits hold num/den (0–0.5, 0.5–3.5, 3.5–6.5,
/// 6.5–8; min inclusive, the last band also takes 8). Limits compared in halves.
fn fies_reference_band((num, den): (u128, u128)) -> &'static str {
    let halves = |h: u128| h * den; // h/2 · 2·den
    let x2 = 2 * num;
    if x2 < halves(1) {
        "none"
    } else if x2 < halves(7) {
        "mild"
    } else if x2 < halves(13) {
        "moderate"
    } else {
        "severe"
    }
}

fn item_counts() -> impl Strategy<Value = (u32, u32)> {
    // Small samples (the programme's sites ask tens of households), 20 often: x.x5 ties.
    prop_oneof![(1u32..=40), Just(20u32), Just(8u32)].prop_flat_map(|asked| (0..=asked, Just(asked)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_fies_mean_is_the_exact_sum_rounded_once(counts in prop::collection::vec(item_counts(), 8)) {
        let inst = bundled();
        let f = fies_results(&fies_site(&counts), &inst);
        let exact = fies_reference(&counts);
        prop_assert_eq!(f.mean_raw_score, Ratio::new(exact.0, exact.1));
        prop_assert_eq!(f.mean_raw_score.map(Ratio::one_decimal), Some(reference_text(exact)));
        prop_assert_eq!(f.band.as_deref(), Some(fies_reference_band(exact)));
    }
}

/// 20/20 + 13/20 = 1.65 exactly; as a running f64 sum it is 1.6499… and printed "1.6".
#[test]
fn a_fies_mean_of_exactly_1_65_prints_1_7() {
    let counts = [(20, 20), (13, 20), (0, 20), (0, 20), (0, 20), (0, 20), (0, 20), (0, 20)];
    let f = fies_results(&fies_site(&counts), &bundled());
    assert_eq!(f.mean_raw_score, Ratio::new(33, 20));
    assert_eq!(f.mean_raw_score.map(Ratio::one_decimal).as_deref(), Some("1.7"));
    let running: f64 = counts.iter().map(|(y, n)| f64::from(*y) / f64::from(*n)).sum();
    assert_eq!(format!("{running:.1}"), "1.6", "the old f64 figure, for the record");
}

/// 7/10 five times is 3.5 exactly: the band that starts at 3.5 ("moderate").
#[test]
fn a_fies_mean_of_exactly_3_5_is_moderate() {
    let counts = [(7, 10), (7, 10), (7, 10), (7, 10), (7, 10), (0, 10), (0, 10), (0, 10)];
    let f = fies_results(&fies_site(&counts), &bundled());
    assert_eq!(f.mean_raw_score, Ratio::new(7, 2));
    assert_eq!(f.band.as_deref(), Some("moderate"));
}

// ---------- Workshop ranking across types (shared core, slider weights) ----------

/// Sites of two types, so the workshop compares them on the shared core.
fn sites(inst: &Instrument, answers: &[Vec<Option<u8>>]) -> Vec<Assessment> {
    let core: Vec<&str> = core_ids(inst);
    answers
        .iter()
        .enumerate()
        .map(|(n, levels)| {
            let mut a = Assessment { id: site_id(n + 1), ..Default::default() };
            a.profile.site_name = format!("S{n:02}");
            a.profile.community_type = Some(if n % 2 == 0 { "rubber" } else { "fisheries" }.into());
            for (id, level) in core.iter().zip(levels) {
                if let Some(l) = level {
                    a.answers.insert(id.to_string(), Answer { level: Some(*l), ..Default::default() });
                }
            }
            a
        })
        .collect()
}

fn core_ids(inst: &Instrument) -> Vec<&str> {
    inst.indicators
        .iter()
        .filter(|i| i.applies_to.iter().any(|t| t == "core"))
        .map(|i| i.id.as_str())
        .collect()
}

/// A site's re-weighted score as num / den: dimension d has A_d / B_d (A_d = Σ 25·level over
/// its answered core indicators, all of weight 1; B_d their count), and the overall is
/// Σ W_d·A_d/B_d ÷ Σ W_d over dimensions with an answer and a weight (W_d in halves).
fn ranking_reference(inst: &Instrument, levels: &[Option<u8>], halves: &[u128]) -> Option<(u128, u128)> {
    let core = core_ids(inst);
    let mut parts: Vec<(u128, u128, u128)> = Vec::new();
    for (d, w) in inst.dimensions.iter().zip(halves) {
        let (mut a_d, mut b_d) = (0u128, 0u128);
        for (id, level) in core.iter().zip(levels) {
            let ind = inst.indicators.iter().find(|i| i.id == *id).unwrap();
            if let (true, Some(l)) = (ind.dimension == d.id, level) {
                a_d += 25 * u128::from(*l);
                b_d += 1;
            }
        }
        if b_d > 0 && *w > 0 {
            parts.push((*w, a_d, b_d));
        }
    }
    (!parts.is_empty()).then(|| {
        let prod: u128 = parts.iter().map(|p| p.2).product();
        let num: u128 = parts.iter().map(|(w, a, b)| w * a * (prod / b)).sum();
        let den: u128 = parts.iter().map(|p| p.0).sum::<u128>() * prod;
        (num, den)
    })
}

fn level() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![1 => Just(None), 5 => (0u8..=4).prop_map(Some)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_reweighted_ranking_is_exact_and_ties_share_a_rank(
        answers in prop::collection::vec(prop::collection::vec(level(), 30), 2..7),
        halves in prop::collection::vec(0u128..=10, 7),
    ) {
        let inst = bundled();
        let all = sites(&inst, &answers);
        let model = WorkshopModel::build(&all, &inst);
        let weights: DimensionWeights = inst
            .dimensions
            .iter()
            .zip(&halves)
            .map(|(d, h)| (d.id.clone(), *h as f64 / 2.0))
            .collect();
        let ranking = Ranking::compute(&model, &weights);
        let rows = ranking_rows(&model, &ranking, &inst, &|k| k.to_string());
        let refs: Vec<Option<(u128, u128)>> =
            answers.iter().map(|l| ranking_reference(&inst, l, &halves)).collect();
        for r in &ranking.ranked {
            let site = &model.sites[r.site_index];
            let n: usize = site.key[24..].parse().unwrap();
            let want = refs[n - 1];
            prop_assert_eq!(r.exact, want.and_then(|(a, b)| Ratio::new(a, b)));
            let text = want.map(reference_text);
            prop_assert_eq!(r.exact.map(Ratio::one_decimal), text.clone());
            // The CSV writes the same figure as the slide.
            let row = rows.iter().find(|row| row[1] == site.key).unwrap();
            prop_assert_eq!(&row[4], &text.unwrap_or_default());
        }
        // Equal exact scores share a rank; a higher score never ranks below a lower one.
        for x in &ranking.ranked {
            for y in &ranking.ranked {
                match (x.exact, y.exact) {
                    (Some(a), Some(b)) if a == b => prop_assert_eq!(x.rank, y.rank),
                    (Some(a), Some(b)) if a > b => prop_assert!(x.rank < y.rank),
                    _ => {}
                }
            }
        }
    }
}

/// Two sites whose re-weighted scores are both exactly 56.25: they share rank 1, and the slide
/// and the CSV print 56.3.
#[test]
fn a_reweighted_tie_at_56_25_shares_a_rank_and_prints_56_3() {
    let inst = bundled();
    let core = core_ids(&inst);
    let dim_of = |id: &str| inst.indicators.iter().find(|i| i.id == id).unwrap().dimension.clone();
    // Site A: food 62.5 (levels 3 and 2), governance 50 (level 2).
    let first = |dim: &str| core.iter().position(|id| dim_of(id) == dim).unwrap();
    let second = |dim: &str| core.iter().enumerate().filter(|(_, id)| dim_of(id) == dim).nth(1).unwrap().0;
    let mut a = vec![None; core.len()];
    a[first("food")] = Some(3);
    a[second("food")] = Some(2); // food 62.5
    a[first("governance")] = Some(2); // governance 50
    // B: the same figures on other indicators of the same dimensions.
    let mut b = vec![None; core.len()];
    b[first("food")] = Some(2);
    b[second("food")] = Some(3);
    b[first("governance")] = Some(2);
    let all = sites(&inst, &[a, b]);
    let model = WorkshopModel::build(&all, &inst);
    // food 1 : governance 1 → (62.5 + 50) ÷ 2 = 56.25 exactly; other dimensions unanswered.
    let weights: DimensionWeights = inst.dimensions.iter().map(|d| (d.id.clone(), 1.0)).collect();
    let ranking = Ranking::compute(&model, &weights);
    assert_eq!(ranking.ranked.iter().map(|r| r.rank).collect::<Vec<_>>(), [1, 1]);
    assert!(ranking.ranked.iter().all(|r| r.exact == Ratio::new(225, 4)));
    assert!(ranking.ranked.iter().all(|r| r.exact.map(Ratio::one_decimal).as_deref() == Some("56.3")));
    let rows = ranking_rows(&model, &ranking, &inst, &|k| k.to_string());
    assert_eq!(rows[1][4], "56.3");
    assert_eq!(format!("{:.1}", 56.25f64), "56.2", "what a plain f64 print would have shown");
}
