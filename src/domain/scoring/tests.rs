//! Unit tests of the scoring rules, and the worked example of `docs/scoring.md`.

use super::*;
use crate::domain::assessment::{Action, Answer, Assessment, FiesCount};
use crate::domain::test_support::*;

const WORKED: &str = include_str!("../../../tests/fixtures/worked-example.json");

fn close(a: Option<Ratio>, b: f64) -> bool {
    a.is_some_and(|a| (a.to_f64() - b).abs() < 1e-9)
}

fn dim<'a>(r: &'a Results, id: &str) -> &'a DimensionResult {
    r.dimensions.iter().find(|d| d.id == id).unwrap()
}

fn set(a: &mut Assessment, id: &str, level: Option<u8>, na: bool) {
    a.answers.insert(
        id.into(),
        Answer {
            level,
            not_applicable: na,
            ..Default::default()
        },
    );
}

#[test]
fn indicator_score_is_level_over_four() {
    assert_eq!(indicator_score(0), Some(0.0));
    assert_eq!(indicator_score(3), Some(75.0));
    assert_eq!(indicator_score(4), Some(100.0));
    assert_eq!(indicator_score(5), None);
}

#[test]
fn nothing_answered_means_no_score_not_zero() {
    let r = score(&fisheries(), &inst());
    assert!(r.dimensions.iter().all(|d| d.score.is_none()));
    assert_eq!(
        (r.overall, r.band.clone(), r.provisional),
        (None, None, false)
    );
    assert_eq!(r.coverage, Some(Ratio::ZERO));
    assert!(r.strongest.is_empty() && r.weakest.is_empty());
}

#[test]
fn not_applicable_is_left_out_not_zero() {
    let mut a = fisheries();
    set(&mut a, "C04", Some(4), false);
    set(&mut a, "FI01", Some(0), true);
    let r = score(&a, &inst());
    assert!(close(dim(&r, "resources").score, 100.0));
    assert_eq!(
        (
            dim(&r, "resources").answered,
            dim(&r, "resources").not_applicable,
            dim(&r, "resources").applicable
        ),
        (1, 1, 2)
    );
}

#[test]
fn all_not_applicable_gives_no_coverage() {
    let mut a = fisheries();
    for i in inst().applicable_indicators(Some("fisheries")) {
        set(&mut a, &i.id, Some(2), true);
    }
    let r = score(&a, &inst());
    assert_eq!((r.coverage, r.overall), (None, None));
}

#[test]
fn weights_are_applied() {
    let mut a = fisheries();
    set(&mut a, "C01", Some(4), false); // weight 2
    set(&mut a, "C02", Some(1), false); // weight 1
    let r = score(&a, &inst());
    assert!(close(dim(&r, "food").score, (2.0 * 100.0 + 25.0) / 3.0));
}

#[test]
fn overall_weights_dimensions_with_a_score_only() {
    let mut a = fisheries();
    set(&mut a, "C01", Some(4), false); // food (weight 2): 100
    set(&mut a, "C03", Some(1), false); // governance (weight 1): 25
    let r = score(&a, &inst());
    assert!(close(r.overall, (2.0 * 100.0 + 25.0) / 3.0));
}

#[test]
fn hidden_answers_and_unknown_ids_and_bad_levels_are_ignored() {
    let mut a = fisheries();
    set(&mut a, "RB01", Some(0), false); // rubber indicator, fisheries site
    set(&mut a, "NOPE", Some(0), false);
    set(&mut a, "C04", Some(9), false); // impossible level
    set(&mut a, "FI01", Some(4), false);
    let r = score(&a, &inst());
    assert!(close(dim(&r, "resources").score, 100.0));
    assert_eq!(r.applicable, 10);
    assert_eq!(r.answered, 1);
}

#[test]
fn no_type_scores_core_only() {
    let mut a = fisheries();
    a.profile.community_type = None;
    set(&mut a, "FI01", Some(0), false);
    set(&mut a, "C04", Some(2), false);
    let r = score(&a, &inst());
    assert_eq!(r.applicable, 8);
    assert!(close(dim(&r, "resources").score, 50.0));
}

#[test]
fn provisional_below_the_threshold() {
    let mut a = fisheries();
    for id in ["C01", "C02", "C03", "C04", "C05"] {
        set(&mut a, id, Some(2), false);
    }
    let r = score(&a, &inst());
    assert!(close(r.coverage, 0.5));
    assert!(r.provisional);
    set(&mut a, "C06", Some(2), false);
    let r = score(&a, &inst());
    assert!(close(r.coverage, 0.6));
    assert!(!r.provisional, "0.6 is not below 0.6");
}

#[test]
fn changing_type_via_action_rescored() {
    let mut a = fisheries();
    a.apply(
        Action::SetLevel {
            indicator: "FI01".into(),
            level: Some(4),
        },
        "t",
    )
    .unwrap();
    a.apply(Action::SetCommunityType(Some("rubber".into())), "t")
        .unwrap();
    assert_eq!(score(&a, &inst()).answered, 0);
    a.apply(Action::SetCommunityType(Some("fisheries".into())), "t")
        .unwrap();
    assert_eq!(score(&a, &inst()).answered, 1);
}

#[test]
fn fies_rates_and_mean_raw_score() {
    let mut a = fisheries();
    let i = inst();
    assert_eq!(score(&a, &i).fies.mean_raw_score, None);
    for code in crate::domain::instrument::FIES_CODES {
        a.fies.insert(
            code.into(),
            FiesCount {
                yes: 5,
                asked: 10,
                ..Default::default()
            },
        );
    }
    let f = score(&a, &i).fies;
    assert_eq!(f.mean_raw_score, Ratio::new(4, 1));
    assert_eq!(f.band.as_deref(), Some("moderate"));
    assert!(!f.sdg_comparable);
    a.fies.insert(
        "WHLDAY".into(),
        FiesCount {
            yes: 0,
            asked: 0,
            ..Default::default()
        },
    );
    let f = score(&a, &i).fies;
    assert_eq!(f.items[7].rate, None);
    assert_eq!(
        f.mean_raw_score, None,
        "an item nobody was asked leaves the sum incomplete"
    );
    a.fies.insert(
        "WHLDAY".into(),
        FiesCount {
            yes: 3,
            asked: 2,
            ..Default::default()
        },
    );
    assert_eq!(
        score(&a, &i).fies.items[7].rate,
        None,
        "impossible counts give no rate"
    );
}

/// The worked example of docs/scoring.md; keep the two in step.
#[test]
fn worked_example_matches_the_document() {
    let a = Assessment::from_json(WORKED).unwrap();
    let r = score(&a, &inst());
    let d = |id: &str| dim(&r, id).score.map(Ratio::rounded);
    assert_eq!(d("food"), Some(66.7));
    assert_eq!(d("governance"), Some(100.0));
    assert_eq!(d("resources"), Some(25.0));
    assert_eq!(d("economy"), Some(62.5));
    assert_eq!(d("knowledge"), None);
    assert_eq!(d("network"), Some(25.0));
    assert_eq!(d("resilience"), None);
    assert_eq!(r.overall.map(Ratio::rounded), Some(57.6));
    assert_eq!(score_text(r.overall), "57.6");
    assert_eq!(r.band.as_deref(), Some("developing"));
    assert_eq!((r.answered, r.not_applicable, r.applicable), (7, 1, 10));
    assert_eq!(r.coverage, Ratio::new(7, 9));
    assert!(!r.provisional);
    let tags =
        |v: &[TagResult]| -> Vec<Option<f64>> { v.iter().map(|t| t.score.map(Ratio::rounded)).collect() };
    assert_eq!(
        tags(&r.pillars),
        vec![Some(58.3), Some(65.0), None, None, Some(62.5), Some(25.0)]
    );
    assert_eq!(tags(&r.bcg), vec![Some(68.8), Some(50.0), Some(25.0)]);
    let ids = |v: &[IndicatorResult]| -> Vec<String> { v.iter().map(|i| i.id.clone()).collect() };
    assert_eq!(ids(&r.strongest), ["C03", "C01", "FI02"]);
    assert_eq!(ids(&r.weakest), ["C07", "FI01", "C02"]);
    assert_eq!(r.fies.mean_raw_score.map(Ratio::rounded), Some(1.6));
    assert_eq!(r.fies.band.as_deref(), Some("mild"));
    let dims = &r.dimensions;
    let counts: Vec<(usize, usize, usize)> = dims
        .iter()
        .map(|d| (d.answered, d.not_applicable, d.applicable))
        .collect();
    assert_eq!(
        counts,
        vec![
            (2, 0, 2),
            (1, 0, 1),
            (1, 1, 2),
            (2, 0, 2),
            (0, 0, 1),
            (1, 0, 1),
            (0, 0, 1)
        ]
    );
}

#[test]
fn rounding_is_half_away_from_zero() {
    assert_eq!(round1(62.25), 62.3);
    assert_eq!(round1(66.666), 66.7);
    assert_eq!(
        weighted_mean([(50.0, 1.0), (100.0, 0.0), (100.0, f64::NAN)]),
        Some(50.0)
    );
    assert_eq!(weighted_mean(std::iter::empty()), None);
}

/// Levels are whole numbers and weights short decimals: an overall of exactly 50 (weights 0.1
/// and 0.2, levels 2 and 2) is 49.999… as a running f64 sum, banded "starting". Exactly, it is
/// 50: "developing" (min inclusive), printed 50.0.
#[test]
fn an_overall_of_exactly_fifty_is_in_the_band_that_starts_at_fifty() {
    let mut i = inst();
    for ind in i.indicators.iter_mut() {
        match ind.id.as_str() {
            "C01" => ind.weight = 0.1,
            "C02" => ind.weight = 0.2,
            _ => {}
        }
    }
    let mut a = fisheries();
    set(&mut a, "C01", Some(2), false);
    set(&mut a, "C02", Some(2), false);
    let r = score(&a, &i);
    assert_eq!(r.overall, Some(Ratio::int(50)));
    assert_eq!(r.band.as_deref(), Some("developing"));
    assert_eq!(dim(&r, "food").band.as_deref(), Some("developing"));
    assert_eq!(score_text(r.overall), "50.0");
}

/// An overall of exactly 56.25 prints 56.3 everywhere (one rounding, halves away from zero).
#[test]
fn an_overall_of_exactly_56_25_prints_56_3() {
    let mut a = fisheries();
    set(&mut a, "C03", Some(3), false); // governance 75
    set(&mut a, "C04", Some(2), false); // resources 50
    set(&mut a, "C05", Some(2), false); // economy 50
    set(&mut a, "C07", Some(2), false); // network 50
    let r = score(&a, &inst());
    assert_eq!(r.overall, Ratio::new(5625, 100));
    assert_eq!(score_text(r.overall), "56.3");
    let csv = crate::domain::report::score_csv(&[a], &inst());
    assert!(csv.lines().nth(1).is_some_and(|l| l.contains(",56.3,developing,")), "{csv}");
}

/// Strongest and weakest compare exact scores: equal scores are ties, broken by instrument order.
#[test]
fn exact_ties_rank_in_instrument_order() {
    let mut i = inst();
    for ind in i.indicators.iter_mut() {
        ind.weight = 0.1;
    }
    let mut a = fisheries();
    for id in ["C01", "C02", "C03", "C04", "FI01", "C05"] {
        set(&mut a, id, Some(2), false);
    }
    let r = score(&a, &i);
    let ids = |v: &[IndicatorResult]| -> Vec<String> { v.iter().map(|i| i.id.clone()).collect() };
    assert_eq!(ids(&r.strongest), ["C01", "C02", "C03"]);
    assert_eq!(ids(&r.weakest), ["C01", "C02", "C03"]);
    assert!(r.dimensions.iter().filter_map(|d| d.score).all(|s| s == Ratio::int(50)));
}
