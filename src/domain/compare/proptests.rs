//! Property tests of the comparison maths: rankings are permutations, ranks are consistent with
//! scores, stability shares stay within 0–1, whatever scores and weights arrive.

use proptest::prelude::*;

use super::ranking::{rank_sites, rank_stability, DimensionWeights, StabilityOptions};
use super::SiteScores;

const DIMENSIONS: [&str; 4] = ["food", "governance", "network", "resilience"];

fn any_score() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        Just(Some(f64::NAN)),
        Just(Some(f64::INFINITY)),
        Just(Some(-5.0)),
        (0.0f64..=100.0).prop_map(Some),
        (0u8..=4).prop_map(|l| Some(l as f64 * 25.0)),
    ]
}

fn any_weight() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(f64::NAN),
        Just(-1.0),
        Just(f64::INFINITY),
        0.0f64..10.0
    ]
}

fn sites() -> impl Strategy<Value = Vec<SiteScores>> {
    prop::collection::vec(prop::collection::vec(any_score(), DIMENSIONS.len()), 0..12).prop_map(
        |rows| {
            rows.into_iter()
                .enumerate()
                .map(|(i, row)| SiteScores {
                    key: format!("k{:02}", (i * 7) % 13),
                    dimensions: DIMENSIONS.iter().map(|d| d.to_string()).zip(row).collect(),
                    ..SiteScores::default()
                })
                .collect()
        },
    )
}

fn weights() -> impl Strategy<Value = DimensionWeights> {
    prop::collection::vec(any_weight(), DIMENSIONS.len())
        .prop_map(|w| DIMENSIONS.iter().map(|d| d.to_string()).zip(w).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn ranking_is_a_permutation_with_consistent_ranks(sites in sites(), weights in weights()) {
        let ranking = rank_sites(&sites, &weights);
        let mut seen: Vec<usize> = ranking.iter().map(|r| r.site_index).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..sites.len()).collect::<Vec<_>>());
        for pair in ranking.windows(2) {
            prop_assert!(pair[0].rank <= pair[1].rank);
            if let (Some(a), Some(b)) = (pair[0].score, pair[1].score) {
                prop_assert!(a >= b - 1e-6);
            }
            prop_assert!(!pair[0].unscored || pair[1].unscored, "unscored sites come last");
        }
        for r in &ranking {
            prop_assert!(r.rank >= 1 && r.rank <= sites.len());
            prop_assert!(r.score.is_none_or(|s| s.is_finite() && (0.0..=100.0).contains(&s)));
        }
    }

    #[test]
    fn stability_shares_stay_in_range(sites in sites(), weights in weights(), seed in any::<u64>(), spread in any::<f64>()) {
        let options = StabilityOptions { draws: 40, spread, seed };
        let result = rank_stability(&sites, &weights, &options);
        prop_assert_eq!(result.len(), sites.len());
        for s in &result {
            prop_assert!((0.0..=1.0).contains(&s.kept_rank_share));
            prop_assert!(s.rank_p05 <= s.rank_p95);
            prop_assert!(s.median_rank >= s.rank_p05 as f64 && s.median_rank <= s.rank_p95 as f64);
        }
        prop_assert_eq!(&result, &rank_stability(&sites, &weights, &options));
    }
}
