use proptest::prelude::*;

use super::*;
use crate::domain::assessment::Action;
use crate::domain::test_support::{fisheries, inst, loaded};

const NOW: &str = "2026-12-02T05:00:00Z";

/// The indicators a fisheries site answers in the test instrument, their dimension and weight.
const FISHERIES: [(&str, &str, u32); 10] = [
    ("C01", "food", 2),
    ("C02", "food", 1),
    ("C03", "governance", 1),
    ("C04", "resources", 1),
    ("FI01", "resources", 1),
    ("C05", "economy", 1),
    ("FI02", "economy", 1),
    ("C06", "knowledge", 1),
    ("C07", "network", 1),
    ("C08", "resilience", 1),
];

fn with_levels(levels: &[(&str, Option<u8>)]) -> Assessment {
    let mut a = fisheries();
    for (id, l) in levels {
        a.apply(
            Action::SetLevel {
                indicator: id.to_string(),
                level: *l,
            },
            NOW,
        )
        .unwrap();
    }
    a
}

#[test]
fn a_follow_up_copies_the_profile_and_starts_empty() {
    let mut base = with_levels(&[("C01", Some(2)), ("C02", Some(3))]);
    base.profile.site_name = "บ้านบ่อหิน".into();
    base.profile.assessment_date = Some("2026-01-10".into());
    base.profile.participants = Some(20);
    base.profile.consent = true;
    base.apply(Action::SetNote { indicator: "C01".into(), text: "มีแปลงรวม".into() }, NOW).unwrap();
    let round = next_round([&base], base.site());
    assert_eq!(round, 1);
    let f = follow_up(&base, round, "7b0d2c1e-0000-4000-8000-0000000000f1".into(), &loaded(), NOW);
    assert_eq!(f.site(), base.id);
    assert_eq!(f.round, 1);
    assert_eq!(f.profile.site_name, "บ้านบ่อหิน");
    assert_eq!(f.profile.community_type.as_deref(), Some("fisheries"));
    assert_eq!((f.profile.assessment_date.clone(), f.profile.participants, f.profile.consent), (None, None, false));
    assert!(f.answers.is_empty());
    let all = [base.clone(), f.clone()];
    assert_eq!(previous_round(&all, &f).map(|a| a.id.as_str()), Some(base.id.as_str()));
    assert_eq!(previous_round(&all, &base), None);
    assert_eq!(next_round(&all, base.site()), 2);
    let ids: Vec<&str> = site_rounds(&all, base.site()).iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, vec![base.id.as_str(), f.id.as_str()]);
}

#[test]
fn a_baseline_hashes_as_before_format_3() {
    // An assessment with no site (format 2) and the same one as a baseline of its own site.
    let mut a = with_levels(&[("C01", Some(2))]);
    let h = a.short_hash();
    a.site_id = String::new();
    assert_eq!(a.short_hash(), h);
    let mut v = a.to_value();
    v.as_object_mut().unwrap().remove("site_id");
    v.as_object_mut().unwrap().remove("round");
    // The hash of the value without the new fields is the hash format 2 computed.
    let old = crate::domain::canonical::content_hash(&{
        let mut v = v.clone();
        v.as_object_mut().unwrap().remove("history");
        v.as_object_mut().unwrap().remove("updated_at");
        v
    });
    assert_eq!(&old[..16], h);
    // A follow-up is a different content.
    a.round = 1;
    assert_ne!(a.short_hash(), h);
}

#[test]
fn change_counts_only_indicators_answered_in_both() {
    let before = with_levels(&[("C01", Some(1)), ("C02", Some(2)), ("C03", Some(4)), ("C04", Some(2))]);
    // C04 unanswered after; C05 answered only after; C03 N/A after.
    let mut after = with_levels(&[("C01", Some(3)), ("C02", Some(2)), ("C03", Some(1)), ("C05", Some(0))]);
    after.apply(Action::ToggleNotApplicable { indicator: "C03".into() }, NOW).unwrap();
    after.round = 1;
    let c = change(&before, &after, &inst());
    let ids: Vec<&str> = c.pair.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, vec!["C01", "C02"]);
    assert_eq!(c.pair.counts, Counts { improved: 1, same: 1, declined: 0 });
    assert_eq!(c.pair.only_before, vec!["C03", "C04"]);
    assert_eq!(c.pair.only_after, vec!["C05"]);
    let food = &c.pair.dimensions[0];
    // food: (2×25 + 1×50)/3 = 33.3 before; (2×75 + 1×50)/3 = 66.7 after.
    assert_eq!(food.before.map(Ratio::one_decimal).as_deref(), Some("33.3"));
    assert_eq!(food.after.map(Ratio::one_decimal).as_deref(), Some("66.7"));
    // The difference is rounded once from 100/3, not 66.7 − 33.3.
    assert_eq!(food.delta().unwrap().text(), "+33.3");
    assert_eq!(c.pair.dimensions[1].before, None, "governance has no paired indicator");
    assert_eq!(c.pair.overall_delta().unwrap().text(), "+33.3");
    assert_eq!((c.answered_before, c.answered_after), (4, 3));
}

#[test]
fn deltas_round_once_and_carry_their_sign() {
    let r = |n, d| Ratio::new(n, d);
    assert_eq!(Delta::between(r(50, 1), r(125, 2)).unwrap().text(), "+12.5");
    assert_eq!(Delta::between(r(200, 3), r(100, 3)).unwrap().text(), "−33.3");
    assert_eq!(Delta::between(r(50, 1), r(50, 1)).unwrap().text(), "0.0");
    // 0.04 rounds to nothing: no sign.
    assert_eq!(Delta::between(r(50, 1), r(5004, 100)).unwrap().text(), "0.0");
    // 0.05 rounds away from zero.
    assert_eq!(Delta::between(r(5005, 100), r(50, 1)).unwrap().text(), "−0.1");
    assert_eq!(Delta::between(None, r(1, 1)), None);
}

#[test]
fn the_gap_compares_the_two_lenses_and_lists_the_widest() {
    let mut a = with_levels(&[("C01", Some(1)), ("C02", Some(2)), ("C03", Some(3)), ("C04", Some(2))]);
    for (id, l) in [("C01", 4u8), ("C02", 2), ("C03", 1), ("C06", 3)] {
        a.apply(Action::SetCommunityLevel { indicator: id.into(), level: Some(l) }, NOW).unwrap();
    }
    assert!(has_community_lens(&a));
    let g = gap(&a, &inst());
    let ids: Vec<&str> = g.widest.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, vec!["C01", "C03"], "widest first, no zero gap");
    assert_eq!(g.pair.counts, Counts { improved: 1, same: 1, declined: 1 });
    assert_eq!(g.pair.only_before, vec!["C04"]);
    assert_eq!(g.pair.only_after, vec!["C06"]);
    assert_eq!(g.community_answered, 4);
    // The assessors' score of record is untouched by the community's levels.
    let plain = with_levels(&[("C01", Some(1)), ("C02", Some(2)), ("C03", Some(3)), ("C04", Some(2))]);
    assert_eq!(score(&a, &inst()).overall, score(&plain, &inst()).overall);
    assert!(!has_community_lens(&plain));
    assert!(gap(&plain, &inst()).pair.indicators.is_empty());
}

#[test]
fn community_levels_above_the_scale_are_refused_and_ignored() {
    let mut a = fisheries();
    assert!(a.apply(Action::SetCommunityLevel { indicator: "C01".into(), level: Some(5) }, NOW).is_err());
    a.answers.insert("C01".into(), Answer { level: Some(2), community_level: Some(9), ..Answer::default() });
    assert!(!has_community_lens(&a));
    assert!(gap(&a, &inst()).pair.indicators.is_empty());
}

/// None = unanswered, Some(None) = N/A, Some(Some(level)).
fn answer() -> impl Strategy<Value = Option<Option<u8>>> {
    prop_oneof![2 => Just(None), 1 => Just(Some(None)), 5 => (0u8..=4).prop_map(|l| Some(Some(l)))]
}

fn assessment_of(answers: &[Option<Option<u8>>]) -> Assessment {
    let mut a = fisheries();
    for ((id, _, _), ans) in FISHERIES.iter().zip(answers) {
        match ans {
            None => {}
            Some(None) => {
                a.answers.insert(id.to_string(), Answer { level: Some(1), not_applicable: true, ..Answer::default() });
            }
            Some(Some(l)) => {
                a.answers.insert(id.to_string(), Answer { level: Some(*l), ..Answer::default() });
            }
        }
    }
    a
}

/// Σ w·25·level ÷ Σ w over the given (weight, level) pairs, as a reduced fraction.
fn mean(pairs: &[(u32, u8)]) -> Option<(u128, u128)> {
    let w: u128 = pairs.iter().map(|(w, _)| u128::from(*w)).sum();
    let s: u128 = pairs.iter().map(|(w, l)| u128::from(*w) * 25 * u128::from(*l)).sum();
    (w > 0).then(|| {
        let g = gcd(s, w).max(1);
        (s / g, w / g)
    })
}

fn as_pair(r: Option<Ratio>) -> Option<(u128, u128)> {
    r.map(|r| (r.numer(), r.denom()))
}

proptest! {
    #[test]
    fn change_is_counted_only_over_indicators_answered_in_both(
        b in prop::collection::vec(answer(), 10),
        a in prop::collection::vec(answer(), 10),
    ) {
        let before = assessment_of(&b);
        let after = assessment_of(&a);
        let c = change(&before, &after, &inst());
        // Independent: the paired indicators, their directions, each dimension's means.
        let mut counts = Counts::default();
        let mut paired = Vec::new();
        for (i, (id, dim, w)) in FISHERIES.iter().enumerate() {
            if let (Some(Some(x)), Some(Some(y))) = (b[i], a[i]) {
                counts.add(Direction::of(x, y));
                paired.push((*id, *dim, *w, x, y));
            }
        }
        prop_assert_eq!(c.pair.counts, counts);
        prop_assert_eq!(c.pair.indicators.len(), paired.len());
        prop_assert_eq!(counts.total(), paired.len());
        for d in &c.pair.dimensions {
            let mine: Vec<_> = paired.iter().filter(|p| p.1 == d.id).collect();
            let before: Vec<(u32, u8)> = mine.iter().map(|p| (p.2, p.3)).collect();
            let after: Vec<(u32, u8)> = mine.iter().map(|p| (p.2, p.4)).collect();
            prop_assert_eq!(as_pair(d.before), mean(&before));
            prop_assert_eq!(as_pair(d.after), mean(&after));
            let dc = d.counts;
            prop_assert_eq!(dc.total(), mine.len());
        }
        // Answers in one round only never move a figure: dropping them changes nothing.
        let mut b2 = before.clone();
        let mut a2 = after.clone();
        for id in &c.pair.only_before { b2.answers.remove(id); }
        for id in &c.pair.only_after { a2.answers.remove(id); }
        let c2 = change(&b2, &a2, &inst());
        prop_assert_eq!(&c2.pair.dimensions, &c.pair.dimensions);
        prop_assert_eq!(c2.pair.overall_before, c.pair.overall_before);
        prop_assert_eq!(c2.pair.overall_after, c.pair.overall_after);
        // Swapping the rounds swaps improved and declined and the sign of every change.
        let back = change(&after, &before, &inst());
        prop_assert_eq!(back.pair.counts, Counts { improved: counts.declined, same: counts.same, declined: counts.improved });
        for (x, y) in back.pair.dimensions.iter().zip(&c.pair.dimensions) {
            match (x.delta(), y.delta()) {
                (Some(p), Some(q)) => {
                    prop_assert_eq!(p.size, q.size);
                    prop_assert!(p.size.is_zero() || p.negative != q.negative);
                }
                (p, q) => prop_assert_eq!(p, q),
            }
        }
    }

    #[test]
    fn the_gap_is_the_change_from_the_assessors_lens_to_the_communitys(
        assessors in prop::collection::vec(answer(), 10),
        community in prop::collection::vec(prop::option::of(0u8..=4), 10),
    ) {
        let mut a = assessment_of(&assessors);
        for ((id, _, _), c) in FISHERIES.iter().zip(&community) {
            if let Some(c) = c {
                a.answers.entry(id.to_string()).or_default().community_level = Some(*c);
            }
        }
        let g = gap(&a, &inst());
        // Paired: a valid assessors' level and a community level, not N/A.
        let mut expected: Vec<&str> = FISHERIES.iter().enumerate()
            .filter(|(i, _)| matches!(assessors[*i], Some(Some(_))) && community[*i].is_some())
            .map(|(_, f)| f.0)
            .collect();
        let mut got: Vec<&str> = g.pair.indicators.iter().map(|i| i.id.as_str()).collect();
        prop_assert!(g.pair.indicators.windows(2).all(|w| w[0].order < w[1].order), "instrument order");
        got.sort_unstable();
        expected.sort_unstable();
        prop_assert_eq!(got, expected);
        // The widest are sorted by distance, never zero, at most five, and no unlisted
        // indicator is wider than the narrowest listed.
        prop_assert!(g.widest.len() <= WIDEST_GAPS);
        prop_assert!(g.widest.iter().all(|i| i.levels_apart() > 0));
        prop_assert!(g.widest.windows(2).all(|w| w[0].levels_apart() >= w[1].levels_apart()));
        if g.widest.len() == WIDEST_GAPS {
            let narrowest = g.widest[WIDEST_GAPS - 1].levels_apart();
            prop_assert!(g.pair.indicators.iter().filter(|i| !g.widest.contains(i)).all(|i| i.levels_apart() <= narrowest));
        } else {
            prop_assert_eq!(g.widest.len(), g.pair.indicators.iter().filter(|i| i.levels_apart() > 0).count());
        }
        // The assessors' side of the gap is the score of record restricted to the pairs; with
        // a community that agrees everywhere the gap is nothing.
        let mut same = a.clone();
        for ans in same.answers.values_mut() {
            ans.community_level = ans.level.filter(|_| !ans.not_applicable);
        }
        let gs = gap(&same, &inst());
        prop_assert!(gs.widest.is_empty());
        prop_assert!(gs.pair.dimensions.iter().all(|d| d.before == d.after));
        prop_assert_eq!(gs.community_overall, score(&a, &inst()).overall);
    }
}
