//! Property tests of the exact arithmetic of `docs/scoring.md`, over generated assessments and
//! generated weights: the printed overall is the exact value rounded once, halves away from zero;
//! the band is the one whose limits hold the exact, unrounded value (min inclusive); the CSV
//! writes the same figure as the page. The reference below is computed independently, with
//! plain integers over a common denominator.

use green_community::domain::assessment::{Answer, Assessment};
use green_community::domain::instrument::{self, Band, Instrument};
use green_community::domain::report;
use green_community::domain::scoring::{score, score_text};
use proptest::prelude::*;

const INSTRUMENT: &str = include_str!("fixtures/instruments/valid.json");

/// The bands of instrument 1.0.0, and the five of 1.1.0 centred on the levels.
const BAND_SETS: [&[(&str, f64, f64)]; 2] = [
    &[("none", 0.0, 25.0), ("starting", 25.0, 50.0), ("developing", 50.0, 75.0), ("model", 75.0, 100.0)],
    &[("l0", 0.0, 12.5), ("l1", 12.5, 37.5), ("l2", 37.5, 62.5), ("l3", 62.5, 87.5), ("l4", 87.5, 100.0)],
];

/// The indicators a fisheries site answers in the fixture, and their dimensions.
const FISHERIES: [(&str, &str); 10] = [
    ("C01", "food"),
    ("C02", "food"),
    ("C03", "governance"),
    ("C04", "resources"),
    ("FI01", "resources"),
    ("C05", "economy"),
    ("FI02", "economy"),
    ("C06", "knowledge"),
    ("C07", "network"),
    ("C08", "resilience"),
];

/// A weight in hundredths: short decimals (0.05, 1.25, 2) and, often, whole numbers.
fn hundredths() -> impl Strategy<Value = u128> {
    prop_oneof![(1u128..=4).prop_map(|w| w * 100), (1u128..=400)]
}

/// None = unanswered, Some(None) = not applicable, Some(Some(level)).
fn answer() -> impl Strategy<Value = Option<Option<u8>>> {
    prop_oneof![1 => Just(None), 1 => Just(Some(None)), 6 => (0u8..=4).prop_map(|l| Some(Some(l)))]
}

struct Case {
    inst: Instrument,
    a: Assessment,
    /// The exact overall as num / den, when there is one.
    exact: Option<(u128, u128)>,
}

fn case(ind_w: &[u128], dim_w: &[u128], answers: &[Option<Option<u8>>], bands: usize) -> Case {
    let mut inst = instrument::load(INSTRUMENT).unwrap().instrument;
    for ((id, _), w) in FISHERIES.iter().zip(ind_w) {
        let ind = inst.indicators.iter_mut().find(|i| i.id == *id).unwrap();
        ind.weight = *w as f64 / 100.0;
    }
    for (d, w) in inst.dimensions.iter_mut().zip(dim_w) {
        d.weight = *w as f64 / 100.0;
    }
    inst.bands = BAND_SETS[bands]
        .iter()
        .map(|(id, min, max)| Band { id: id.to_string(), min: *min, max: *max, ..inst.bands[0].clone() })
        .collect();
    let mut a = Assessment { id: "7b0d2c1e-0000-4000-8000-000000000001".into(), ..Default::default() };
    a.profile.community_type = Some("fisheries".into());
    for ((id, _), ans) in FISHERIES.iter().zip(answers) {
        if let Some(level) = ans {
            let answer = Answer { level: level.or(Some(1)), not_applicable: level.is_none(), ..Default::default() };
            a.answers.insert(id.to_string(), answer);
        }
    }
    // Reference: dimension d has A_d / B_d with A_d = Σ wᵢ·25·levelᵢ, B_d = Σ wᵢ (hundredths);
    // overall = Σ W_d·A_d/B_d ÷ Σ W_d over the dimensions with an answer.
    let mut parts: Vec<(u128, u128, u128)> = Vec::new(); // (W_d, A_d, B_d)
    for (d, dw) in inst.dimensions.iter().zip(dim_w) {
        let (mut a_d, mut b_d) = (0u128, 0u128);
        for (((_, dim), w), ans) in FISHERIES.iter().zip(ind_w).zip(answers) {
            if *dim == d.id {
                if let Some(Some(level)) = ans {
                    a_d += w * 25 * u128::from(*level);
                    b_d += w;
                }
            }
        }
        if b_d > 0 {
            parts.push((*dw, a_d, b_d));
        }
    }
    let exact = (!parts.is_empty()).then(|| {
        let prod: u128 = parts.iter().map(|p| p.2).product();
        let num: u128 = parts.iter().map(|(w, a, b)| w * a * (prod / b)).sum();
        let den: u128 = parts.iter().map(|p| p.0).sum::<u128>() * prod;
        (num, den)
    });
    Case { inst, a, exact }
}

/// num/den rounded once to tenths, halves up (all scores are ≥ 0, so up is away from zero).
fn reference_text((num, den): (u128, u128)) -> String {
    let tenths = (20 * num + den) / (2 * den);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The band whose limits hold num/den exactly: min ≤ x < max, the last band also takes max.
fn reference_band((num, den): (u128, u128), bands: usize) -> &'static str {
    let set = BAND_SETS[bands];
    // Limits are written in halves (12.5): compare 2·num with (2·limit)·den.
    let at_least = |limit: f64| 2 * num >= (limit * 2.0) as u128 * den;
    let below = |limit: f64| 2 * num < (limit * 2.0) as u128 * den;
    set.iter()
        .enumerate()
        .find(|(i, (_, min, max))| at_least(*min) && (below(*max) || (*i == set.len() - 1 && !below(*max) && 2 * num == (max * 2.0) as u128 * den)))
        .map(|(_, b)| b.0)
        .unwrap_or("?")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_printed_overall_is_the_exact_value_rounded_once(
        ind_w in prop::collection::vec(hundredths(), 10),
        dim_w in prop::collection::vec(hundredths(), 7),
        answers in prop::collection::vec(answer(), 10),
        bands in 0usize..2,
    ) {
        let c = case(&ind_w, &dim_w, &answers, bands);
        let r = score(&c.a, &c.inst);
        match c.exact {
            None => prop_assert_eq!(r.overall, None),
            Some(exact) => {
                let expected = reference_text(exact);
                prop_assert_eq!(score_text(r.overall), expected.clone());
                let csv = report::score_csv(std::slice::from_ref(&c.a), &c.inst);
                let row = csv.lines().nth(1).unwrap_or_default().to_string();
                prop_assert_eq!(row.split(',').nth(4), Some(expected.as_str()), "{}", row);
            }
        }
    }

    #[test]
    fn the_band_holds_the_exact_unrounded_value(
        ind_w in prop::collection::vec(hundredths(), 10),
        dim_w in prop::collection::vec(hundredths(), 7),
        answers in prop::collection::vec(answer(), 10),
        bands in 0usize..2,
    ) {
        let c = case(&ind_w, &dim_w, &answers, bands);
        let r = score(&c.a, &c.inst);
        prop_assert_eq!(r.band.as_deref(), c.exact.map(|e| reference_band(e, bands)));
    }

    /// Whole-number weights and one answer per dimension put the overall on a band edge or a
    /// rounding tie often; those are the cases a running f64 sum gets wrong.
    #[test]
    fn ties_round_away_from_zero_and_edges_take_the_upper_band(
        levels in prop::collection::vec(0u8..=4, 4),
        dim_w in prop::collection::vec(1u128..=3, 4),
        bands in 0usize..2,
    ) {
        // governance C03, network C07, resilience C08, knowledge C06: one indicator each.
        let mut answers = vec![None; 10];
        for (slot, level) in [2usize, 8, 9, 7].iter().zip(&levels) {
            answers[*slot] = Some(Some(*level));
        }
        let dims = [100, dim_w[0] * 100, 100, 100, dim_w[3] * 100, dim_w[1] * 100, dim_w[2] * 100];
        let c = case(&[100; 10], &dims, &answers, bands);
        let r = score(&c.a, &c.inst);
        let (num, den) = c.exact.unwrap();
        if (20 * num) % den == 0 && ((20 * num) / den) % 2 == 1 {
            // An exact tie, x.x5: the printed figure is the upper one.
            let up = (20 * num / den).div_ceil(2);
            prop_assert_eq!(score_text(r.overall), format!("{}.{}", up / 10, up % 10));
        }
        prop_assert_eq!(r.band.as_deref(), Some(reference_band((num, den), bands)));
    }
}

/// The tie property is not vacuous: the generated space holds ties and exact band edges.
#[test]
fn the_tie_cases_exist() {
    let mut ties = 0;
    let mut edges = 0;
    for levels in 0..625u32 {
        let l = |k: u32| Some(Some(((levels / 5u32.pow(k)) % 5) as u8));
        let mut answers = vec![None; 10];
        answers[2] = l(0);
        answers[8] = l(1);
        answers[9] = l(2);
        answers[7] = l(3);
        let c = case(&[100; 10], &[100; 7], &answers, 1);
        let (num, den) = c.exact.unwrap();
        if (20 * num) % den == 0 && ((20 * num) / den) % 2 == 1 {
            ties += 1;
            let r = score(&c.a, &c.inst);
            assert!(score_text(r.overall).ends_with(['3', '8']), "{:?}", r.overall);
        }
        if 2 * num == 125 * den || 2 * num == 75 * den {
            edges += 1;
            let r = score(&c.a, &c.inst);
            let want = if 2 * num == 125 * den { "l3" } else { "l2" };
            assert_eq!(r.band.as_deref(), Some(want));
        }
    }
    assert!(ties > 50 && edges > 10, "ties {ties}, edges {edges}");
}
