use std::time::Instant;

use super::sensitivity::{sensitivity, DEFAULT_DRAWS, DEFAULT_SEED};
use super::*;
use crate::domain::compare::prng::SplitMix64;

const TYPES: [&str; 5] = ["rubber", "fisheries", "tourism", "identity", "watershed"];

fn cand(id: &str, province: &str, t: &str, score: f64) -> Candidate {
    Candidate {
        id: id.into(),
        name: format!("Ban {id}"),
        province: Some(province.into()),
        community_type: Some(t.into()),
        score: Some(score),
        coverage: 1.0,
        provisional: false,
        support: vec!["thaihealth".into()],
        pilot: false,
    }
}

fn ids(plan: &Plan, cs: &[Candidate]) -> Vec<String> {
    let mut v: Vec<String> = plan.picks.iter().map(|p| cs[p.index].id.clone()).collect();
    v.sort();
    v
}

// ---- brute force ------------------------------------------------------------------------

/// Independent statement of the rules: is this set a valid plan? (Eligibility included.)
fn eligible(c: &Candidate, r: &Rules, includes: &[String]) -> bool {
    let forced = includes.contains(&c.id);
    let placeable = !r.must_exclude.contains(&c.id)
        && c.score.is_some()
        && c.province.as_deref().and_then(southern_province).is_some()
        && c.community_type
            .as_deref()
            .is_some_and(|t| !t.trim().is_empty());
    placeable
        && (forced
            || ((!c.provisional || r.allow_provisional)
                && c.coverage >= r.min_coverage
                && (!r.require_support || c.has_support())))
}

type Key = (i64, i64, i64);

fn brute(cs: &[Candidate], r: &Rules) -> Option<Key> {
    let includes = r.includes(cs);
    // A must-include that cannot be in any plan.
    for id in &includes {
        match cs.iter().find(|c| &c.id == id) {
            Some(c) if eligible(c, r, &includes) => {}
            _ => return None,
        }
    }
    let pool: Vec<&Candidate> = cs.iter().filter(|c| eligible(c, r, &includes)).collect();
    let prov = |c: &Candidate| {
        c.province
            .as_deref()
            .and_then(southern_province)
            .unwrap_or("")
    };
    let ty = |c: &Candidate| c.community_type.clone().unwrap_or_default();
    let mut best: Option<Key> = None;
    for mask in 0u32..(1u32 << pool.len()) {
        if mask.count_ones() as usize != r.n {
            continue;
        }
        let set: Vec<&Candidate> = (0..pool.len())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| pool[i])
            .collect();
        if includes.iter().any(|id| !set.iter().any(|c| &c.id == id)) {
            continue;
        }
        let type_ok = r.type_min.keys().chain(r.type_max.keys()).all(|t| {
            let n = set.iter().filter(|c| &ty(c) == t).count();
            n >= r.min_of(t) && r.max_of(t).is_none_or(|m| n <= m)
        });
        let prov_ok = pool.iter().all(|p| {
            let n = set.iter().filter(|c| prov(c) == prov(p)).count();
            (!r.one_per_province || n >= 1) && r.max_per_province.is_none_or(|k| n <= k)
        });
        if !type_ok || !prov_ok {
            continue;
        }
        let key = set.iter().fold((0, 0, 0), |(a, b, d), c| {
            (
                a + score_milli(c.score.unwrap_or(0.0)),
                b + i64::from(c.has_support()),
                d + (c.coverage * 1000.0).round() as i64,
            )
        });
        if best.is_none_or(|b| key > b) {
            best = Some(key);
        }
    }
    best
}

fn key_of(plan: &Plan, cs: &[Candidate]) -> Key {
    plan.picks.iter().fold((0, 0, 0), |(a, b, d), p| {
        let c = &cs[p.index];
        (
            a + score_milli(c.score.unwrap_or(0.0)),
            b + i64::from(c.has_support()),
            d + (c.coverage * 1000.0).round() as i64,
        )
    })
}

fn random_instance(rng: &mut SplitMix64, m: usize) -> (Vec<Candidate>, Rules) {
    let provinces = ["TH-80", "TH-90", "TH-96", "TH-92"];
    let pick = |rng: &mut SplitMix64, n: usize| (rng.next_u64() % n as u64) as usize;
    let mut cs = Vec::new();
    for i in 0..m {
        let mut c = cand(
            &format!("c{i}"),
            provinces[pick(rng, provinces.len())],
            TYPES[pick(rng, 3)],
            // Coarse scores so that ties (and the tie-breaks) happen often.
            (pick(rng, 8) * 10) as f64 + if pick(rng, 3) == 0 { 0.25 } else { 0.0 },
        );
        c.coverage = [1.0, 0.9, 0.5][pick(rng, 3)];
        c.provisional = c.coverage < 0.6;
        c.pilot = pick(rng, 10) == 0;
        if pick(rng, 4) == 0 {
            c.support = vec!["none".into()];
        }
        if pick(rng, 25) == 0 {
            c.score = None;
        }
        if pick(rng, 25) == 0 {
            c.province = Some("TH-10".into());
        }
        cs.push(c);
    }
    let mut r = Rules {
        n: pick(rng, m * 2 / 3 + 2),
        one_per_province: pick(rng, 2) == 0,
        max_per_province: [None, Some(1), Some(2), Some(3)][pick(rng, 4)],
        require_support: pick(rng, 2) == 0,
        allow_provisional: pick(rng, 2) == 0,
        min_coverage: [0.0, 0.8][pick(rng, 2)],
        ..Rules::default()
    };
    for t in TYPES.iter().take(3) {
        if pick(rng, 2) == 0 {
            r.type_min.insert(t.to_string(), pick(rng, 2));
        }
        if pick(rng, 2) == 0 {
            r.type_max.insert(t.to_string(), 1 + pick(rng, 5));
        }
    }
    if pick(rng, 3) == 0 {
        let mut inc = Vec::new();
        for c in &cs {
            if pick(rng, 8) == 0 {
                inc.push(c.id.clone());
            }
        }
        r.must_include = Some(inc);
    }
    for c in &cs {
        if pick(rng, 12) == 0 {
            r.must_exclude.push(c.id.clone());
        }
    }
    (cs, r)
}

/// Checks the plan against the rules directly (upper limits hold even in a nearest plan).
fn check_limits(plan: &Plan, cs: &[Candidate], r: &Rules) {
    let set: Vec<&Candidate> = plan.picks.iter().map(|p| &cs[p.index]).collect();
    assert!(set.len() <= r.n);
    for t in r.type_max.keys() {
        let n = set
            .iter()
            .filter(|c| c.community_type.as_deref() == Some(t))
            .count();
        assert!(
            n <= r.max_of(t).unwrap_or(usize::MAX),
            "type {t} over its maximum"
        );
    }
    if let Some(k) = r.max_per_province {
        for c in &set {
            let n = set.iter().filter(|d| d.province == c.province).count();
            assert!(n <= k, "province over k");
        }
    }
    for c in &set {
        assert!(
            !r.must_exclude.contains(&c.id),
            "an excluded candidate was picked"
        );
    }
}

#[test]
fn exact_against_brute_force_on_every_instance_up_to_14_candidates() {
    let mut rng = SplitMix64::new(2026);
    let (mut feasible, mut infeasible) = (0, 0);
    for round in 0..450 {
        let m = round % 15;
        let (cs, r) = random_instance(&mut rng, m);
        let plan = plan(&cs, &r);
        let want = brute(&cs, &r);
        check_limits(&plan, &cs, &r);
        match want {
            Some(best) => {
                feasible += 1;
                assert!(
                    plan.feasible,
                    "round {round}: brute force found a plan, solver said {:?}",
                    plan.conflicts
                );
                assert_eq!(plan.picks.len(), r.n, "round {round}");
                assert_eq!(
                    key_of(&plan, &cs),
                    best,
                    "round {round}: not optimal\n{cs:#?}\n{r:#?}"
                );
            }
            None => {
                infeasible += 1;
                assert!(
                    !plan.feasible,
                    "round {round}: no valid plan exists, solver said feasible"
                );
                assert!(
                    !plan.conflicts.is_empty(),
                    "round {round}: infeasible without a named conflict"
                );
            }
        }
    }
    // The generator must exercise both outcomes.
    assert!(
        feasible > 100 && infeasible > 50,
        "{feasible} feasible, {infeasible} infeasible"
    );
}

// ---- behaviour ---------------------------------------------------------------------------

/// 45 candidates over the 14 provinces, 5 pilots among them.
fn south(seed: u64) -> Vec<Candidate> {
    let isos: Vec<&str> = crate::domain::charts::tilemap::SOUTHERN_PROVINCE_TILES
        .iter()
        .map(|t| t.iso)
        .collect();
    let mut rng = SplitMix64::new(seed);
    let mut cs = Vec::new();
    for i in 0..45 {
        let mut c = cand(
            &format!("s{i:02}"),
            isos[i % 14],
            TYPES[i % 5],
            40.0 + rng.uniform(0.0, 50.0),
        );
        c.coverage = 0.8 + rng.uniform(0.0, 0.2);
        c.pilot = i < 5;
        cs.push(c);
    }
    cs
}

fn balanced() -> Rules {
    let mut r = Rules::with_types(&TYPES.map(String::from));
    r.max_per_province = Some(2);
    for t in TYPES {
        r.type_min.insert(t.into(), 2);
    }
    r
}

#[test]
fn twenty_sites_one_per_province_types_within_limits() {
    let cs = south(1);
    let r = balanced();
    let p = plan(&cs, &r);
    assert!(p.feasible, "{:?}", p.conflicts);
    assert_eq!(p.picks.len(), 20);
    for tile in crate::domain::charts::tilemap::SOUTHERN_PROVINCE_TILES.iter() {
        let n = p
            .picks
            .iter()
            .filter(|k| cs[k.index].province.as_deref() == Some(tile.iso))
            .count();
        assert!((1..=2).contains(&n), "{} has {n}", tile.iso);
    }
    for t in TYPES {
        let n = p
            .picks
            .iter()
            .filter(|k| cs[k.index].community_type.as_deref() == Some(t))
            .count();
        assert!((2..=6).contains(&n), "{t} has {n}");
    }
    // The pilots are in, each saying so.
    for i in 0..5 {
        let pick = p.picks.iter().find(|k| k.index == i).expect("pilot picked");
        assert_eq!(pick.reasons[0], PickReason::MustInclude { pilot: true });
    }
    // Every pick has a reason; every strong candidate left out has one.
    assert!(p.picks.iter().all(|k| !k.reasons.is_empty()));
    assert!(p.left_out.iter().all(|(_, why)| !why.is_empty()));
}

#[test]
fn a_lone_candidate_is_picked_as_the_only_one_in_its_province() {
    let mut cs = south(2);
    // Narathiwat keeps one weak candidate only.
    cs.retain(|c| c.province.as_deref() != Some("TH-96"));
    cs.push(cand("nara", "TH-96", "identity", 20.0));
    let p = plan(&cs, &balanced());
    assert!(p.feasible);
    let i = cs.iter().position(|c| c.id == "nara").unwrap();
    let pick = p
        .picks
        .iter()
        .find(|k| k.index == i)
        .expect("picked despite its score");
    assert!(pick
        .reasons
        .contains(&PickReason::OnlyInProvince { province: "TH-96" }));
}

#[test]
fn provinces_without_candidates_are_listed_not_errors() {
    let cs: Vec<Candidate> = south(3)
        .into_iter()
        .filter(|c| c.province.as_deref() != Some("TH-95"))
        .collect();
    let mut cs2 = cs.clone();
    let mut weak = cand("yala-nosupport", "TH-95", "rubber", 90.0);
    weak.support = vec!["none".into()];
    cs2.push(weak);
    let p = plan(&cs, &balanced());
    assert!(p.feasible);
    assert_eq!(p.no_candidate, vec!["TH-95"]);
    let p2 = plan(&cs2, &balanced());
    assert!(p2.feasible);
    assert!(p2.no_candidate.is_empty());
    assert_eq!(p2.none_eligible, vec!["TH-95"]);
    assert!(p2
        .ineligible
        .iter()
        .any(|(i, why)| cs2[*i].id == "yala-nosupport" && *why == Ineligible::NoSupport));
}

#[test]
fn infeasible_rules_are_named_with_the_amount_and_a_nearest_plan() {
    let cs = south(4);
    // Nine rubber sites exist; ask for twelve.
    let mut r = balanced();
    r.type_min.insert("rubber".into(), 12);
    r.type_max.insert("rubber".into(), 12);
    let p = plan(&cs, &r);
    assert!(!p.feasible);
    assert!(p.conflicts.contains(&Conflict::TypeMinOverCandidates {
        community_type: "rubber".into(),
        min: 12,
        available: 9
    }));
    assert!(!p
        .conflicts
        .iter()
        .any(|c| matches!(c, Conflict::TypeMinsOverN { .. })));
    // Nearest plan: still 20 sites, all nine rubber sites in.
    assert_eq!(p.picks.len(), 20);
    let rubber = p
        .picks
        .iter()
        .filter(|k| cs[k.index].community_type.as_deref() == Some("rubber"))
        .count();
    assert_eq!(rubber, 9);
    assert!(p.shortfalls.contains(&Shortfall::TypeMin {
        community_type: "rubber".into(),
        min: 12,
        placed: 9
    }));

    // Must-includes over N.
    let mut r = balanced();
    r.n = 3;
    let p = plan(&cs, &r);
    assert!(p
        .conflicts
        .contains(&Conflict::MustIncludeOverN { count: 5, n: 3 }));
    assert!(p.conflicts.contains(&Conflict::ProvincesOverN {
        provinces: 14,
        n: 3
    }));
    assert_eq!(p.picks.len(), 3);

    // Include and exclude the same site.
    let mut r = balanced();
    r.must_exclude.push("s00".into());
    let p = plan(&cs, &r);
    assert!(p
        .conflicts
        .contains(&Conflict::IncludedAndExcluded { id: "s00".into() }));
}

#[test]
fn strong_left_out_candidates_say_the_province_or_type_was_full() {
    let mut cs = south(5);
    // A strong Trang (TH-92) rubber site behind two stronger Trang sites.
    cs.push(cand("trang-a", "TH-92", "fisheries", 99.0));
    cs.push(cand("trang-b", "TH-92", "tourism", 98.0));
    cs.push(cand("trang-c", "TH-92", "identity", 97.0));
    let p = plan(&cs, &balanced());
    let c = cs.iter().position(|c| c.id == "trang-c").unwrap();
    let (_, why) = p
        .left_out
        .iter()
        .find(|(i, _)| *i == c)
        .expect("trang-c left out with reasons");
    assert!(
        matches!(&why[0], LeftOutReason::ProvinceFull { province: "TH-92", k: 2, holder: Some((name, s)) } if name == "Ban trang-a" && *s == 99.0)
    );
}

#[test]
fn eligibility_filters_and_must_include_override() {
    let mut cs = south(6);
    cs[0].provisional = true; // a pilot, still included
    cs[10].provisional = true;
    cs[11].support = vec![];
    cs[12].coverage = 0.5;
    let mut r = balanced();
    r.min_coverage = 0.6;
    let p = plan(&cs, &r);
    assert!(p.picks.iter().any(|k| k.index == 0));
    assert!(p.ineligible.contains(&(10, Ineligible::Provisional)));
    assert!(p.ineligible.contains(&(11, Ineligible::NoSupport)));
    assert!(p
        .ineligible
        .contains(&(12, Ineligible::LowCoverage { coverage: 0.5 })));
    r.require_support = false;
    r.allow_provisional = true;
    let p = plan(&cs, &r);
    assert!(!p.ineligible.iter().any(|(i, _)| *i == 10 || *i == 11));
}

#[test]
fn rules_round_trip_and_bad_json_gives_defaults() {
    let mut r = balanced();
    r.must_include = Some(vec!["a".into()]);
    r.must_exclude = vec!["b".into()];
    r.max_per_province = None;
    r.min_coverage = 0.75;
    assert_eq!(Rules::from_json(&r.to_json()), r);
    assert_eq!(Rules::from_json("not json"), Rules::default());
    assert_eq!(
        Rules::from_json(r#"{"n":-3,"min_coverage":7}"#).min_coverage,
        1.0
    );
    assert_eq!(Rules::from_json(r#"{"n":-3}"#).n, DEFAULT_N);
}

#[test]
fn sensitivity_is_reproducible_and_sensible() {
    let cs = south(7);
    let r = balanced();
    let p = plan(&cs, &r);
    let s = sensitivity(&cs, &r, &p, 200, DEFAULT_SEED);
    assert_eq!(s, sensitivity(&cs, &r, &p, 200, DEFAULT_SEED));
    assert_eq!(
        s.other_n.iter().map(|o| o.n).collect::<Vec<_>>(),
        vec![18, 22]
    );
    assert_eq!(s.other_n[1].joined.len(), 2 + s.other_n[1].left.len());
    // Pilots are forced, so they are always kept.
    for i in 0..5 {
        assert_eq!(s.kept.iter().find(|(k, _)| *k == i).map(|x| x.1), Some(1.0));
    }
    assert!((0.0..=1.0).contains(&s.stable_share));
    // With complete coverage there is no range: every pick stays.
    let mut full = cs.clone();
    for c in &mut full {
        c.coverage = 1.0;
    }
    let p = plan(&full, &r);
    let s = sensitivity(&full, &r, &p, 50, 1);
    assert_eq!(s.stable_share, 1.0);
    let _ = ids(&p, &full);
}

#[test]
fn too_many_candidates_is_an_error_not_a_hang() {
    let cs = vec![Candidate::default(); MAX_CANDIDATES + 1];
    assert!(matches!(
        plan(&cs, &Rules::default()).error,
        Some(PlanError::TooManyCandidates { .. })
    ));
}

/// `make bench` runs this in release: 500 candidates must plan in ≤ 1 s.
#[test]
#[ignore]
fn bench_500_candidates() {
    let isos: Vec<&str> = crate::domain::charts::tilemap::SOUTHERN_PROVINCE_TILES
        .iter()
        .map(|t| t.iso)
        .collect();
    let mut rng = SplitMix64::new(500);
    let cs: Vec<Candidate> = (0..500)
        .map(|i| {
            let mut c = cand(
                &format!("b{i}"),
                isos[i % 14],
                TYPES[i % 5],
                rng.uniform(20.0, 95.0),
            );
            c.pilot = i < 5;
            c.coverage = rng.uniform(0.7, 1.0);
            c
        })
        .collect();
    let r = balanced();
    let start = Instant::now();
    let p = plan(&cs, &r);
    let took = start.elapsed().as_secs_f64();
    assert!(p.feasible);
    let start = Instant::now();
    let s = sensitivity(
        &cs[..45],
        &r,
        &plan(&cs[..45], &r),
        DEFAULT_DRAWS,
        DEFAULT_SEED,
    );
    let sens = start.elapsed().as_secs_f64();
    println!("plan: 500 candidates, N = 20: {:.1} ms", took * 1000.0);
    println!(
        "plan: sensitivity, 45 candidates, {} draws: {:.1} ms",
        s.draws,
        sens * 1000.0
    );
    assert!(took <= 1.0, "500 candidates took {took:.3} s (limit 1 s)");
}
