//! The bundled instrument v1 and its five examples: the minimum content the issue asks for,
//! checked on the real files so an edit that drops below it fails here.
#![cfg(not(target_arch = "wasm32"))]

use green_community::domain::bundled;
use green_community::domain::scoring::score;
use std::collections::{BTreeMap, BTreeSet};

const TYPES: [&str; 5] = ["rubber", "fisheries", "tourism", "identity", "watershed"];

#[test]
fn the_bundled_instrument_is_valid() {
    let loaded =
        bundled::instrument().expect("public/instrument/green-community.json must validate");
    assert_eq!(loaded.instrument.id, "green-community-south");
    assert_eq!(loaded.hash.len(), 64);
}

#[test]
fn at_least_twelve_core_and_eight_per_type() {
    let inst = bundled::instrument().unwrap().instrument;
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for i in &inst.indicators {
        for t in &i.applies_to {
            *counts.entry(t.clone()).or_default() += 1;
        }
    }
    assert!(counts["core"] >= 12, "core has {}", counts["core"]);
    for t in TYPES {
        assert!(
            counts.get(t).copied().unwrap_or(0) >= 8,
            "{t} has {:?}",
            counts.get(t)
        );
    }
    // The shared core reaches every dimension and every food-security pillar.
    let core: Vec<_> = inst
        .indicators
        .iter()
        .filter(|i| i.applies_to == ["core"])
        .collect();
    for d in &inst.dimensions {
        assert!(
            core.iter().any(|i| i.dimension == d.id),
            "no core indicator in {}",
            d.id
        );
    }
    for p in [
        "availability",
        "access",
        "utilization",
        "stability",
        "agency",
        "sustainability",
    ] {
        assert!(
            core.iter().any(|i| i.pillars.iter().any(|x| x == p)),
            "no core indicator tagged {p}"
        );
    }
    for l in ["B", "C", "G"] {
        assert!(
            inst.indicators.iter().any(|i| i.bcg.iter().any(|x| x == l)),
            "no indicator tagged {l}"
        );
    }
}

#[test]
fn every_indicator_has_ten_distinct_descriptors_evidence_and_a_source() {
    let inst = bundled::instrument().unwrap().instrument;
    for i in &inst.indicators {
        assert_eq!(i.levels.len(), 5, "{}", i.id);
        let th: BTreeSet<&str> = i.levels.iter().map(|l| l.th.trim()).collect();
        let en: BTreeSet<&str> = i.levels.iter().map(|l| l.en.trim()).collect();
        assert_eq!(th.len(), 5, "{}: Thai descriptors not distinct", i.id);
        assert_eq!(en.len(), 5, "{}: English descriptors not distinct", i.id);
        assert!(
            i.levels
                .iter()
                .all(|l| !l.th.trim().is_empty() && !l.en.trim().is_empty()),
            "{}",
            i.id
        );
        assert!(!i.evidence.is_empty(), "{}: no evidence hints", i.id);
        assert!(!i.source.trim().is_empty(), "{}: no source", i.id);
        assert!(!i.pillars.is_empty(), "{}: no pillar", i.id);
    }
}

#[test]
fn tool_set_one_is_named_as_in_the_original_notes() {
    let inst = bundled::instrument().unwrap().instrument;
    let titles: Vec<&str> = inst.toolset.iter().map(|p| p.title.th.as_str()).collect();
    assert_eq!(
        titles,
        [
            "รูปแบบชุมชนสีเขียว",
            "พื้นที่ตั้ง",
            "สถานการณ์พื้นที่",
            "การขับเคลื่อนชุมชนสีเขียว",
            "ปัญหาอุปสรรค",
            "แนวทางแก้ไข",
            "ปัจจัยหนุนเสริมความสำเร็จ",
            "โอกาสและความท้าทาย",
        ]
    );
    assert!(inst.toolset.iter().all(|p| !p.questions.is_empty()));
}

#[test]
fn fies_has_eight_items_with_items_four_to_eight_marked_as_drafts() {
    let inst = bundled::instrument().unwrap().instrument;
    let codes: Vec<&str> = inst.fies.items.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(
        codes,
        ["WORRIED", "HEALTHY", "FEWFOOD", "SKIPPED", "ATELESS", "RUNOUT", "HUNGRY", "WHLDAY"]
    );
    let drafts: Vec<bool> = inst.fies.items.iter().map(|i| i.draft).collect();
    assert_eq!(drafts, [false, false, false, true, true, true, true, true]);
    assert_eq!(inst.fies.recall_months, 12);
}

#[test]
fn the_network_vocabulary_names_the_agencies_of_the_notes() {
    let inst = bundled::instrument().unwrap().instrument;
    let names: Vec<&str> = inst
        .network
        .known_actors
        .iter()
        .map(|a| a.name.th.as_str())
        .collect();
    for n in ["สสส.", "สช.", "กยท.", "สปก.", "UNDP"] {
        assert!(
            names.iter().any(|x| x.contains(n)),
            "{n} missing from known actors: {names:?}"
        );
    }
}

#[test]
fn the_five_examples_load_score_and_are_marked_as_examples() {
    let loaded = bundled::instrument().unwrap();
    let examples = bundled::examples();
    assert_eq!(examples.len(), 5, "every example must parse");
    let types: BTreeSet<String> = examples
        .iter()
        .filter_map(|a| a.profile.community_type.clone())
        .collect();
    assert_eq!(types.len(), 5, "one example per type");
    for a in &examples {
        assert!(a.example);
        assert!(
            a.profile.site_name.starts_with("ตัวอย่าง"),
            "{} is not marked as an example",
            a.id
        );
        assert_eq!(
            a.instrument.hash, loaded.hash,
            "{}: instrument hash is stale",
            a.id
        );
        assert!(
            a.check(&loaded.instrument).is_empty(),
            "{}: {:?}",
            a.id,
            a.check(&loaded.instrument)
        );
        let r = score(a, &loaded.instrument);
        assert!(r.overall.is_some(), "{} has no score", a.id);
        assert!(
            r.coverage.unwrap_or(0.0) >= 0.6,
            "{} coverage {:?}",
            a.id,
            r.coverage
        );
        assert!(r.fies.mean_raw_score.is_some());
        assert!(a.factors.len() >= 8 && a.network.actors.len() >= 7 && a.network.ties.len() >= 8);
        assert_eq!(a.toolset.len(), 8);
    }
}
