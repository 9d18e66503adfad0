//! Property tests of the domain: scoring invariants, round trips, and parsers that never
//! panic on hostile input.

use std::collections::BTreeMap;

use green_community::domain::assessment::{parse_assessments, Answer, Assessment, FiesCount};
use green_community::domain::instrument::{self, Instrument, FIES_CODES};
use green_community::domain::scoring::{score, Ratio, Results};
use green_community::domain::{dates, report};
use proptest::prelude::*;
use serde_json::{json, Value};

const INSTRUMENT: &str = include_str!("fixtures/instruments/valid.json");

fn inst() -> Instrument {
    instrument::load(INSTRUMENT).unwrap().instrument
}

fn ids() -> Vec<String> {
    let mut v: Vec<String> = inst().indicators.iter().map(|i| i.id.clone()).collect();
    v.push("ZZ99".into());
    v
}

const TYPES: [Option<&str>; 7] = [
    None,
    Some("rubber"),
    Some("fisheries"),
    Some("tourism"),
    Some("identity"),
    Some("watershed"),
    Some("mining"),
];

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop::option::of(
        (prop::option::of(0u8..=6), any::<bool>(), "[a-zก-ฮ ]{0,6}").prop_map(
            |(level, not_applicable, note)| Answer {
                level,
                not_applicable,
                note,
                ..Default::default()
            },
        ),
    )
}

prop_compose! {
    fn assessment()(
        answers in prop::collection::vec(answer(), 15),
        type_ix in 0usize..7,
        fies in prop::collection::vec((0u32..30, 0u32..30), 8),
        site in "\\PC{0,12}",
        extra in prop::option::of(("x_[a-z]{1,5}", "[a-z0-9]{0,5}")),
    ) -> Assessment {
        let mut a = Assessment { id: "7b0d2c1e-0000-4000-8000-000000000001".into(), ..Default::default() };
        a.profile.community_type = TYPES[type_ix].map(String::from);
        a.profile.site_name = site;
        for (id, ans) in ids().into_iter().zip(answers) {
            if let Some(ans) = ans { a.answers.insert(id, ans); }
        }
        for (code, (yes, asked)) in FIES_CODES.iter().zip(fies) {
            a.fies.insert(code.to_string(), FiesCount { yes, asked, ..Default::default() });
        }
        if let Some((k, v)) = extra {
            a.extra.insert(k.clone(), json!(v));
            a.profile.extra.insert(k, json!([1, "x"]));
        }
        a
    }
}

/// Every score of a result, as (name, value) pairs.
fn all_scores(r: &Results) -> Vec<(String, Option<f64>)> {
    let f = |s: Option<Ratio>| s.map(Ratio::to_f64);
    let mut v = vec![("overall".to_string(), f(r.overall))];
    v.extend(r.dimensions.iter().map(|d| (d.id.clone(), f(d.score))));
    v.extend(r.pillars.iter().map(|t| (t.tag.clone(), f(t.score))));
    v.extend(r.bcg.iter().map(|t| (t.tag.clone(), f(t.score))));
    v.extend(r.indicators.iter().map(|i| (i.id.clone(), f(i.score))));
    v
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn scores_stay_within_0_and_100(a in assessment()) {
        let r = score(&a, &inst());
        for (name, s) in all_scores(&r) {
            if let Some(s) = s { prop_assert!((0.0..=100.0).contains(&s), "{} = {}", name, s); }
        }
        if let Some(c) = r.coverage { prop_assert!(c <= Ratio::int(1)); }
        if let Some(m) = r.fies.mean_raw_score { prop_assert!(m <= green_community::domain::scoring::Ratio::int(8)); }
    }

    #[test]
    fn adding_a_not_applicable_answer_changes_no_score(a in assessment(), pick in 0usize..15) {
        let i = inst();
        let id = ids()[pick].clone();
        prop_assume!(!a.answers.contains_key(&id));
        let mut b = a.clone();
        b.answers.insert(id, Answer { level: Some(0), not_applicable: true, ..Default::default() });
        let (ra, rb) = (score(&a, &i), score(&b, &i));
        for ((n, x), (_, y)) in all_scores(&ra).into_iter().zip(all_scores(&rb)) {
            prop_assert!(same(x, y), "{} changed: {:?} -> {:?}", n, x, y);
        }
    }

    #[test]
    fn raising_one_level_never_lowers_its_dimension(a in assessment(), pick in 0usize..14) {
        let i = inst();
        let ind = &i.indicators[pick];
        let current = a.answers.get(&ind.id).cloned().unwrap_or_default();
        prop_assume!(!current.not_applicable);
        let Some(level) = current.level.filter(|l| *l < 4) else { return Ok(()) };
        let mut b = a.clone();
        b.answers.insert(ind.id.clone(), Answer { level: Some(level + 1), ..current });
        let dim = |r: &Results| r.dimensions.iter().find(|d| d.id == ind.dimension).and_then(|d| d.score);
        let (before, after) = (dim(&score(&a, &i)), dim(&score(&b, &i)));
        if let (Some(x), Some(y)) = (before, after) { prop_assert!(y >= x, "{:?} -> {:?}", x, y); }
        prop_assert_eq!(before.is_some(), after.is_some());
    }

    #[test]
    fn indicator_order_in_the_instrument_does_not_matter(a in assessment(), perm in Just((0..14).collect::<Vec<usize>>()).prop_shuffle()) {
        let i = inst();
        let mut j = i.clone();
        j.indicators = perm.iter().map(|k| i.indicators[*k].clone()).collect();
        let (ri, rj) = (score(&a, &i), score(&a, &j));
        let key = |r: &Results| -> BTreeMap<String, Option<i64>> {
            all_scores(r).into_iter().map(|(n, s)| (n, s.map(|x| (x * 1e6).round() as i64))).collect()
        };
        prop_assert_eq!(key(&ri), key(&rj));
        prop_assert_eq!(ri.coverage, rj.coverage);
        prop_assert_eq!(ri.band, rj.band);
    }

    #[test]
    fn assessment_json_round_trip_is_the_identity(a in assessment()) {
        // Data without a site reads as the baseline of its own site (format 3).
        let mut a = a;
        a.settle_site();
        let back = Assessment::from_json(&a.to_json()).unwrap();
        prop_assert_eq!(&back, &a);
        let bundle = green_community::domain::assessment::bundle_json(std::slice::from_ref(&a));
        prop_assert_eq!(parse_assessments(&bundle).unwrap(), vec![a]);
    }

    #[test]
    fn parsers_never_panic_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = instrument::load(&text);
        let _ = instrument::instrument_hash(&text);
        let _ = Assessment::from_json(&text);
        let _ = parse_assessments(&text);
        let _ = dates::parse_user_date(&text);
        let _ = dates::format_date_th(&text);
        let _ = dates::is_iso_timestamp(&text);
        let _ = instrument::semver::semver_problem(&text);
        let _ = report::csv_field(&text);
    }

    #[test]
    fn parsers_never_panic_on_json_shaped_text(v in json_value()) {
        let text = v.to_string();
        let _ = instrument::load(&text);
        let i = inst();
        if let Ok(list) = parse_assessments(&text) {
            for a in list { let _ = a.check(&i); let _ = score(&a, &i); let _ = report::score_csv(&[a], &i); }
        }
        let wrapped = json!({"id": "x", "answers": v, "profile": {"community_type": "fisheries"}}).to_string();
        if let Ok(a) = Assessment::from_json(&wrapped) { let _ = a.check(&i); let _ = score(&a, &i); }
    }

    #[test]
    fn a_damaged_instrument_never_panics(pick in any::<prop::sample::Index>(), v in json_value(), a in assessment()) {
        let mut inst_v: Value = serde_json::from_str(INSTRUMENT).unwrap();
        let mut pointers = Vec::new();
        collect_pointers(&inst_v, String::new(), &mut pointers);
        let ptr = pick.get(&pointers).clone();
        if let Some(slot) = inst_v.pointer_mut(&ptr) { *slot = v; }
        let text = inst_v.to_string();
        match instrument::load(&text) {
            Ok(l) => { let _ = score(&a, &l.instrument); let _ = a.check(&l.instrument); }
            Err(e) => prop_assert!(!e.problems().is_empty()),
        }
        // Even an instrument that parses but breaks the rules must score without panicking.
        if let Ok(i) = instrument::parse(&text) { let _ = score(&a, &i); let _ = a.check(&i); }
    }
}

fn collect_pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| collect_pointers(x, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| collect_pointers(x, format!("{at}/{i}"), out)),
        _ => {}
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u8>().prop_map(|n| json!(n)),
        (-1e6f64..1e6).prop_map(|f| json!(f)),
        "\\PC{0,8}".prop_map(Value::String),
        prop::sample::select(vec![
            "core",
            "fisheries",
            "C01",
            "TH-84",
            "2026-02-30",
            "WORRIED",
            "green-community-assessment"
        ])
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "id",
                    "level",
                    "not_applicable",
                    "note",
                    "format",
                    "assessments",
                    "format_version",
                    "th",
                    "en",
                    "yes",
                    "asked",
                    "x"
                ])
                .prop_map(String::from),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

// ---- FIES households against an independent count ----

/// One answer cell as a field team might leave it: yes, no, don't know, nothing, or junk.
fn fies_cell() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![
        4 => Just(Some("yes")),
        4 => Just(Some("no")),
        1 => Just(Some("dk")),
        1 => Just(None),
        1 => Just(Some("?")),
    ]
}

proptest! {
    #[test]
    fn fies_distribution_and_yes_rates_agree_with_an_independent_count(
        rows in prop::collection::vec(prop::collection::vec(fies_cell(), 8), 0..40)
    ) {
        use green_community::domain::assessment::FiesHousehold;
        use green_community::domain::scoring::fies_households;
        let mut a = Assessment { id: "a".into(), ..Assessment::default() };
        for (n, row) in rows.iter().enumerate() {
            let mut answers = BTreeMap::new();
            for (code, cell) in FIES_CODES.iter().zip(row) {
                if let Some(v) = cell {
                    answers.insert(code.to_string(), v.to_string());
                }
            }
            a.fies_households.push(FiesHousehold { code: format!("H{:02}", n + 1), answers, ..FiesHousehold::default() });
        }
        let r = fies_households(&a, &inst());

        // Independent count over the raw rows (positions, not codes).
        let complete: Vec<usize> = rows
            .iter()
            .filter(|row| row.iter().all(|c| matches!(c, Some("yes") | Some("no"))))
            .map(|row| row.iter().filter(|c| **c == Some("yes")).count())
            .collect();
        let in_group = |lo: usize, hi: usize| complete.iter().filter(|s| (lo..=hi).contains(*s)).count() as u32;
        prop_assert_eq!(r.total as usize, rows.len());
        prop_assert_eq!(r.complete as usize, complete.len());
        prop_assert_eq!(r.incomplete as usize, rows.len() - complete.len());
        prop_assert_eq!(r.groups, [in_group(0, 0), in_group(1, 3), in_group(4, 6), in_group(7, 8)]);
        prop_assert_eq!(r.groups.iter().sum::<u32>(), r.complete);
        prop_assert_eq!(r.at_least_one, in_group(1, 8));
        for (i, item) in r.items.iter().enumerate() {
            let yes = rows.iter().filter(|row| row[i] == Some("yes")).count();
            let no = rows.iter().filter(|row| row[i] == Some("no")).count();
            prop_assert_eq!(item.yes as usize, yes);
            prop_assert_eq!(item.no as usize, no);
            let expected = (yes + no > 0).then(|| yes as f64 / (yes + no) as f64);
            prop_assert_eq!(item.rate, expected);
        }
    }
}
