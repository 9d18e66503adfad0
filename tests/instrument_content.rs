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
    for n in ["สสส.", "สช.", "กยท.", "ส.ป.ก.", "UNDP"] {
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
            r.coverage.is_some_and(|c| c.to_f64() >= 0.6),
            "{} coverage {:?}",
            a.id,
            r.coverage
        );
        assert!(r.fies.mean_raw_score.is_some());
        assert!(a.factors.len() >= 8 && a.network.actors.len() >= 7 && a.network.ties.len() >= 8);
        assert_eq!(a.toolset.len(), 8);
    }
}

fn problems_of(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    let mut v: serde_json::Value = serde_json::from_str(bundled::INSTRUMENT_JSON).unwrap();
    edit(&mut v);
    match green_community::domain::instrument::load(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems().iter().map(|p| p.to_string()).collect(),
    }
}

fn drop_indicator(v: &mut serde_json::Value, id: &str) {
    v["indicators"]
        .as_array_mut()
        .unwrap()
        .retain(|i| i["id"] != id);
    // Nothing may point at it any more either.
    for r in v["retired"].as_array_mut().unwrap() {
        r["replaced_by"].as_array_mut().unwrap().retain(|x| x != id);
    }
}

#[test]
fn a_type_with_fewer_than_three_indicators_in_a_dimension_is_rejected_by_name() {
    let p = problems_of(|v| drop_indicator(v, "C24"));
    for t in ["rubber", "watershed"] {
        assert!(
            p.iter().any(|m| m.contains(&format!(
                "community type \"{t}\" has 2 indicator(s) in dimension \"knowledge\""
            ))),
            "{p:#?}"
        );
    }
    // Fisheries, tourism and identity keep FI13 / TO06 / ID15, so they still have three.
    for t in ["fisheries", "tourism", "identity"] {
        assert!(
            !p.iter().any(|m| m.contains(&format!("\"{t}\" has 2"))),
            "{p:#?}"
        );
    }
    let p = problems_of(|v| {
        drop_indicator(v, "WS12");
        drop_indicator(v, "WS13");
        drop_indicator(v, "C07");
    });
    assert!(
        p.iter()
            .any(|m| m.contains("\"watershed\" has 2 indicator(s) in dimension \"governance\"")),
        "{p:#?}"
    );
}

#[test]
fn characteristics_factor_definitions_and_retired_ids_are_checked() {
    let p = problems_of(|v| {
        v["community_types"][1]["characteristics"]
            .as_array_mut()
            .unwrap()
            .truncate(4);
        v["factors"]["kinds"][0]
            .as_object_mut()
            .unwrap()
            .remove("definition");
        v["retired"][0]["id"] = "C01".into();
    });
    assert!(
        p.iter().any(|m| m.starts_with(
            "community_types[1].characteristics: community type \"fisheries\" lists 4"
        )),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|m| m.starts_with("factors.kinds[0].definition.th")),
        "{p:#?}"
    );
    assert!(
        p.iter()
            .any(|m| m.starts_with("retired[0].id: \"C01\" is still an indicator")),
        "{p:#?}"
    );
}

#[test]
fn version_1_1_content_the_review_asked_for() {
    let inst = bundled::instrument().unwrap().instrument;
    // Five bands centred on the levels, named as the levels, none called "model".
    let bands: Vec<(f64, f64, &str)> = inst
        .bands
        .iter()
        .map(|b| (b.min, b.max, b.label.th.as_str()))
        .collect();
    assert_eq!(
        bands,
        vec![
            (0.0, 12.5, "ยังไม่มี"),
            (12.5, 37.5, "เริ่มต้น"),
            (37.5, 62.5, "กำลังพัฒนา"),
            (62.5, 87.5, "เป็นระบบ"),
            (87.5, 100.0, "ยั่งยืน")
        ]
    );
    for (b, s) in inst.bands.iter().zip(&inst.scale) {
        assert_eq!(b.label, s.label, "band {} named as level {}", b.id, s.level);
        assert!(!b.id.contains("model") && !b.label.en.to_lowercase().contains("model"));
    }
    assert_eq!(
        inst.band_for(75.0).map(|b| b.id.as_str()),
        Some("systematic")
    );
    assert!(inst.level_rule.th.contains("เลือกระดับสูงสุดที่เข้าเงื่อนไขครบทุกข้อ"));
    // Food weighs more than any other dimension.
    let food = inst.dimension("food").unwrap().weight;
    assert!(inst
        .dimensions
        .iter()
        .filter(|d| d.id != "food")
        .all(|d| d.weight < food));
    // Factor kinds as in the notes.
    let kinds: Vec<&str> = inst
        .factors
        .kinds
        .iter()
        .map(|k| k.label.th.as_str())
        .collect();
    assert!(
        kinds.contains(&"จุดเด่น") && kinds.contains(&"ปัจจัยอุปสรรค") && !kinds.contains(&"ปัญหาอุปสรรค"),
        "{kinds:?}"
    );
    // Every double-barrelled or rewritten 1.0 indicator is retired with its old question.
    for id in [
        "C03", "C09", "C11", "C12", "C13", "RB04", "RB06", "RB10", "TO07", "FI04", "FI06", "FI07",
        "ID10",
    ] {
        let r = inst
            .retired_indicator(id)
            .unwrap_or_else(|| panic!("{id} not retired"));
        assert!(inst.indicator(id).is_none());
        assert!(!r.label.th.is_empty() && r.version == "1.0.0");
    }
    // No evidence hint asks for individual health results; no internal brief is cited.
    for i in &inst.indicators {
        for e in &i.evidence {
            assert!(
                !e.th.contains("เลือด") || e.th.contains("ภาพรวม"),
                "{}: {}",
                i.id,
                e.th
            );
        }
        assert!(
            !i.source.to_lowercase().contains("domain brief"),
            "{} cites the internal brief",
            i.id
        );
    }
    let ws = inst.indicator("WS13").unwrap();
    assert!(
        ws.label.th.contains("มาตรา 64")
            && ws.label.th.contains("121")
            && ws.label.th.contains("ป่าชายเลน")
    );
}

/// Issue 12's identity items (1.2.0): customary rules declared in public count as written ones
/// (ID02), recognition other than GI/BEDO reaches the middle levels (ID06), both keeping their
/// ids because every old answer stays true; two chao le items; the examples' borderline answers.
#[test]
fn version_1_2_identity_content_issue_12() {
    let loaded = bundled::instrument().unwrap();
    let inst = &loaded.instrument;
    assert_eq!(inst.version, "1.2.0");
    let id02 = inst.indicator("ID02").expect("ID02 kept");
    for place in ["เวทีประชาคม", "ศาสนสถาน", "ที่ประชุมของกลุ่ม", "รู้และทำตาม"] {
        assert!(id02.levels[3].th.contains(place), "ID02 level 3 lacks {place}");
    }
    assert!(id02.levels[2].th.contains("ธรรมเนียม"), "a customary sharing practice reaches level 2");
    let id06 = inst.indicator("ID06").expect("ID06 kept");
    assert!(id06.levels[2].th.contains("รู้จักในชื่อของชุมชน"));
    assert!(id06.levels[3].th.contains("GI") && id06.levels[3].th.contains("มรดกภูมิปัญญา"));
    assert!(id06.definition.th.contains("ID12"), "halal is rated once, in ID12");
    for id in ["ID02", "ID06"] {
        assert!(inst.retired_indicator(id).is_none(), "{id} was broadened, not retired");
    }
    for id in ["ID14", "ID15"] {
        let i = inst.indicator(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(i.applies_to, ["identity"]);
        assert!(i.definition.th.contains("ชาวเล") || i.levels[4].th.contains("ลอยเรือ"));
        assert!((2..=4).contains(&i.evidence.len()), "{id}: 2–4 evidence hints");
        assert!(!i.source.to_lowercase().contains("brief"), "{id}: a public source");
    }
    // Only sea grounds can be absent: ID14 tells the team when to choose N/A, ID15 does not.
    assert!(inst.indicator("ID14").unwrap().definition.th.contains("ไม่เกี่ยวข้อง"));
    assert!(!inst.indicator("ID15").unwrap().definition.th.contains("ไม่เกี่ยวข้อง"));
    // The identity example: ID14 N/A with its reason, still anonymous, score unchanged by 1.2.
    let ex = bundled::examples();
    let mani = ex
        .iter()
        .find(|a| a.profile.community_type.as_deref() == Some("identity"))
        .unwrap();
    let id14 = &mani.answers["ID14"];
    assert!(id14.not_applicable && id14.na_reason.contains("ไม่มีทะเล"));
    assert!(mani.profile.subdistrict.is_empty() && mani.profile.district.is_empty());
    assert!(mani.profile.latitude.is_none() && mani.profile.longitude.is_none());
    // Borderline answers read against their notes and the 1.1 level texts (issue 12 item 3).
    let level = |ty: &str, id: &str| {
        ex.iter()
            .find(|a| a.profile.community_type.as_deref() == Some(ty))
            .and_then(|a| a.answers.get(id))
            .and_then(|x| x.level)
    };
    // Tourism C07: youth attend meetings but hold no clear share of committee seats.
    assert_eq!(level("tourism", "C07"), Some(2));
    // Watershed C05: a committee meeting monthly, but no written plan was seen.
    assert_eq!(level("watershed", "C05"), Some(2));
    // Rubber C18: "about half" of households is not "more than half".
    assert_eq!(level("rubber", "C18"), Some(2));
}
