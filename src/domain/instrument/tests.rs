//! Unit tests of instrument parsing, validation and hashing: one per rule.

use serde_json::{json, Value};

use super::*;
use crate::domain::test_support::*;

fn has(problems: &[String], want: &str) -> bool {
    problems.iter().any(|p| p == want)
}

fn assert_problem(edit: impl FnOnce(&mut Value), want: &str) {
    let p = problems_after(edit);
    assert!(has(&p, want), "expected {want:?} in {p:#?}");
}

#[test]
fn the_test_instrument_is_valid() {
    let l = loaded();
    assert_eq!(l.instrument.id, "green-community-test");
    assert_eq!(l.hash.len(), 64);
    assert!(validate(&l.instrument).is_empty());
}

#[test]
fn syntax_errors_give_line_and_column() {
    let err = load("{\n  \"id\": 1,\n  oops\n}").unwrap_err();
    match err {
        InstrumentError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 3)),
        other => panic!("{other:?}"),
    }
    assert!(matches!(load(""), Err(InstrumentError::Syntax { .. })));
}

#[test]
fn shape_errors_name_the_path_and_all_come_out() {
    let p = problems_after(|v| {
        v["indicators"][2]["weight"] = json!("1");
        v["indicators"][3].as_object_mut().unwrap().remove("levels");
        v["title"] = json!("just a string");
    });
    assert!(has(&p, "title: expected a text {\"th\": \"...\", \"en\": \"...\"}, found the string \"just a string\""), "{p:#?}");
    assert!(has(
        &p,
        "indicators[2].weight: expected a number, found the string \"1\""
    ));
    assert!(has(&p, "indicators[3].levels: missing (required field)"));
    assert_eq!(p.len(), 3);
}

#[test]
fn not_an_object() {
    assert_eq!(
        problems_after(|v| *v = json!([1])),
        vec!["(document): expected an object {...}, found a list"]
    );
}

#[test]
fn empty_texts_in_both_languages() {
    assert_problem(
        |v| v["indicators"][12]["levels"][3]["th"] = json!(""),
        "indicators[12].levels[3].th: empty (Thai text is required)",
    );
    assert_problem(
        |v| v["dimensions"][0]["name"]["en"] = json!("  "),
        "dimensions[0].name.en: empty (English text is required)",
    );
    assert_problem(
        |v| v["fies"]["caveat"]["th"] = json!(""),
        "fies.caveat.th: empty (Thai text is required)",
    );
    assert_problem(
        |v| v["toolset"][7]["questions"][0]["en"] = json!(""),
        "toolset[7].questions[0].en: empty (English text is required)",
    );
    assert_problem(
        |v| v["network"]["known_actors"][0]["name"]["th"] = json!(""),
        "network.known_actors[0].name.th: empty (Thai text is required)",
    );
}

#[test]
fn duplicate_ids_everywhere() {
    assert_problem(
        |v| v["community_types"][1]["id"] = json!("rubber"),
        "community_types[1].id: duplicate id \"rubber\" (also at community_types[0])",
    );
    assert_problem(
        |v| v["dimensions"][1]["id"] = json!("food"),
        "dimensions[1].id: duplicate id \"food\" (also at dimensions[0])",
    );
    assert_problem(
        |v| v["indicators"][1]["id"] = json!("C01"),
        "indicators[1].id: duplicate id \"C01\" (also at indicators[0])",
    );
    assert_problem(
        |v| v["bands"][1]["id"] = json!("none"),
        "bands[1].id: duplicate id \"none\" (also at bands[0])",
    );
    assert_problem(
        |v| v["toolset"][1]["id"] = json!("type"),
        "toolset[1].id: duplicate id \"type\" (also at toolset[0])",
    );
    assert_problem(
        |v| v["factors"]["kinds"][1]["id"] = json!("supporting"),
        "factors.kinds[1].id: duplicate id \"supporting\" (also at factors.kinds[0])",
    );
    assert_problem(
        |v| v["factors"]["categories"][2]["id"] = json!("leadership"),
        "factors.categories[2].id: duplicate id \"leadership\" (also at factors.categories[0])",
    );
    assert_problem(
        |v| v["network"]["actor_types"][1]["id"] = json!("community"),
        "network.actor_types[1].id: duplicate id \"community\" (also at network.actor_types[0])",
    );
    assert_problem(
        |v| v["network"]["levels"][1]["id"] = json!("village"),
        "network.levels[1].id: duplicate id \"village\" (also at network.levels[0])",
    );
    assert_problem(
        |v| v["network"]["tie_types"][1]["id"] = json!("funding"),
        "network.tie_types[1].id: duplicate id \"funding\" (also at network.tie_types[0])",
    );
    assert_problem(
        |v| v["fies"]["items"][1]["code"] = json!("WORRIED"),
        "fies.items[1].code: duplicate id \"WORRIED\" (also at fies.items[0])",
    );
}

#[test]
fn ids_must_be_plain() {
    assert_problem(
        |v| v["indicators"][0]["id"] = json!(""),
        "indicators[0].id: empty (an id is required)",
    );
    assert_problem(
        |v| v["dimensions"][0]["id"] = json!("food security"),
        "dimensions[0].id: \"food security\" may only use letters A-Z, digits, - and _",
    );
}

#[test]
fn unknown_references() {
    assert_problem(
        |v| v["indicators"][0]["dimension"] = json!("fod"),
        "indicators[0].dimension: unknown dimension \"fod\"",
    );
    assert_problem(
        |v| v["indicators"][9]["applies_to"] = json!(["fisheris"]),
        "indicators[9].applies_to[0]: unknown community type \"fisheris\"",
    );
    assert_problem(|v| v["indicators"][0]["pillars"] = json!(["access", "nutrition"]), "indicators[0].pillars[1]: unknown pillar \"nutrition\" (use availability, access, utilization, stability, agency, sustainability)");
    assert_problem(
        |v| v["indicators"][0]["bcg"] = json!(["X"]),
        "indicators[0].bcg[0]: unknown BCG letter \"X\" (use B, C or G)",
    );
    assert_problem(
        |v| v["network"]["known_actors"][0]["actor_type"] = json!("bank"),
        "network.known_actors[0].actor_type: unknown actor type \"bank\"",
    );
    assert_problem(
        |v| v["network"]["known_actors"][0]["level"] = json!("world"),
        "network.known_actors[0].level: unknown level \"world\"",
    );
}

#[test]
fn core_mixed_with_types() {
    assert_problem(
        |v| v["indicators"][0]["applies_to"] = json!(["core", "rubber"]),
        "indicators[0].applies_to: \"core\" already means every type; do not mix it with type ids",
    );
    assert_problem(
        |v| v["indicators"][0]["applies_to"] = json!([]),
        "indicators[0].applies_to: empty list (use [\"core\"] or community type ids)",
    );
}

#[test]
fn exactly_five_distinct_levels() {
    assert_problem(
        |v| {
            v["indicators"][4]["levels"].as_array_mut().unwrap().pop();
        },
        "indicators[4].levels: must have exactly 5 descriptors (levels 0 to 4), found 4",
    );
    assert_problem(|v| v["indicators"][4]["levels"][3] = v["indicators"][4]["levels"][1].clone(), "indicators[4].levels[3].th: same descriptor as level 1; each level must describe something different");
    assert_problem(
        |v| {
            v["scale"].as_array_mut().unwrap().pop();
        },
        "scale: must have exactly 5 levels (0 to 4), found 4",
    );
    assert_problem(
        |v| v["scale"][2]["level"] = json!(3),
        "scale[2].level: must be 2 (levels are listed 0 to 4 in order), found 3",
    );
}

#[test]
fn weights_must_be_positive() {
    assert_problem(
        |v| v["indicators"][0]["weight"] = json!(0),
        "indicators[0].weight: must be a number greater than 0, found 0",
    );
    assert_problem(
        |v| v["dimensions"][2]["weight"] = json!(-1.5),
        "dimensions[2].weight: must be a number greater than 0, found -1.5",
    );
}

#[test]
fn weights_are_short_decimals_so_scores_stay_exact() {
    assert_problem(
        |v| v["indicators"][1]["weight"] = json!(0.123456),
        "indicators[1].weight: must be a short decimal (at most 4 decimals, at most 1000), found 0.123456",
    );
    assert_problem(
        |v| {
            for i in v["indicators"].as_array_mut().unwrap() {
                i["weight"] = json!(999.9999);
            }
            for d in v["dimensions"].as_array_mut().unwrap() {
                d["weight"] = json!(999.9997);
            }
        },
        "indicators: weights too fine to score exactly: use fewer decimals (e.g. 1, 1.5, 2)",
    );
    assert!(problems_after(|v| v["indicators"][1]["weight"] = json!(1.25)).is_empty());
}

#[test]
fn bands_cover_0_to_100_without_gaps_or_overlaps() {
    assert_problem(
        |v| v["bands"][1]["min"] = json!(30),
        "bands[1].min: gap: the previous band ends at 25, this one starts at 30",
    );
    assert_problem(
        |v| v["bands"][2]["min"] = json!(45),
        "bands[2].min: overlap: the previous band ends at 50, this one starts at 45",
    );
    assert_problem(
        |v| v["bands"][0]["min"] = json!(5),
        "bands[0].min: must be 0 (bands cover 0 to 100), found 5",
    );
    assert_problem(
        |v| v["bands"][3]["max"] = json!(99),
        "bands[3].max: must be 100 (bands cover 0 to 100), found 99",
    );
    assert_problem(
        |v| {
            v["bands"][1]["max"] = json!(25);
            v["bands"][2]["min"] = json!(25);
        },
        "bands[1]: min (25) must be less than max (25)",
    );
    assert_problem(
        |v| v["bands"] = json!([]),
        "bands: empty list (bands must cover 0 to 100)",
    );
}

#[test]
fn fies_rules() {
    assert_problem(|v| { v["fies"]["items"].as_array_mut().unwrap().pop(); }, "fies.items: must have exactly 8 items (WORRIED, HEALTHY, FEWFOOD, SKIPPED, ATELESS, RUNOUT, HUNGRY, WHLDAY), found 7");
    assert_problem(|v| v["fies"]["items"][2]["code"] = json!("FEW_FOOD"), "fies.items[2].code: unknown FIES code \"FEW_FOOD\" (use WORRIED, HEALTHY, FEWFOOD, SKIPPED, ATELESS, RUNOUT, HUNGRY, WHLDAY)");
    assert_problem(
        |v| {
            let a = v["fies"]["items"].as_array_mut().unwrap();
            a.swap(0, 1);
        },
        "fies.items[0].code: expected WORRIED here (items follow the FAO order), found HEALTHY",
    );
    assert_problem(
        |v| v["fies"]["items"][0]["severity"] = json!("low"),
        "fies.items[0].severity: unknown severity \"low\" (use mild, moderate or severe)",
    );
    assert_problem(
        |v| v["fies"]["bands"][3]["max"] = json!(9),
        "fies.bands[3].max: must be 8 (bands cover 0 to 8), found 9",
    );
    assert_problem(
        |v| v["fies"]["recall_months"] = json!(0),
        "fies.recall_months: must be at least 1",
    );
}

#[test]
fn toolset_has_eight_parts() {
    assert_problem(
        |v| {
            v["toolset"].as_array_mut().unwrap().pop();
        },
        "toolset: must have exactly 8 parts, found 7",
    );
}

#[test]
fn every_dimension_and_type_is_used() {
    assert_problem(
        |v| v["indicators"][7]["dimension"] = json!("food"),
        "dimensions[6]: dimension \"resilience\" has no indicators",
    );
    assert_problem(
        |v| v["indicators"][11]["applies_to"] = json!(["fisheries"]),
        "community_types[2]: community type \"tourism\" has no type-specific indicators",
    );
}

#[test]
fn version_and_provisional_below() {
    assert_problem(
        |v| v["version"] = json!("2025-xx-draft"),
        "version: \"2025-xx-draft\" is not a version like 1.0.0 (MAJOR.MINOR.PATCH)",
    );
    assert_problem(
        |v| v["provisional_below"] = json!(1.5),
        "provisional_below: must be between 0 and 1 (a share of indicators answered), found 1.5",
    );
    assert_problem(
        |v| v["format"] = json!("other"),
        "format: must be \"green-community-instrument\", found the string \"other\"",
    );
}

#[test]
fn many_problems_come_out_together() {
    let p = problems_after(|v| {
        v["version"] = json!("1.0");
        v["indicators"][0]["dimension"] = json!("nope");
        v["bands"][1]["min"] = json!(30);
        v["toolset"].as_array_mut().unwrap().pop();
    });
    assert!(p.len() >= 4, "{p:#?}");
}

#[test]
fn hash_ignores_whitespace_and_key_order() {
    let v = inst_value();
    let compact = v.to_string();
    let pretty = serde_json::to_string_pretty(&v).unwrap();
    // Reverse the key order of the top-level object.
    let mut reversed = String::from("{");
    let obj = v.as_object().unwrap();
    let keys: Vec<&String> = obj.keys().collect();
    for (i, k) in keys.iter().rev().enumerate() {
        if i > 0 {
            reversed.push_str(",\n   ");
        }
        reversed.push_str(&format!("{}: {}", json!(k), obj[*k]));
    }
    reversed.push('}');
    let h = instrument_hash(TEST_INSTRUMENT_JSON).unwrap();
    assert_eq!(instrument_hash(&compact).unwrap(), h);
    assert_eq!(instrument_hash(&pretty).unwrap(), h);
    assert_eq!(instrument_hash(&reversed).unwrap(), h);
    assert_eq!(load(&reversed).unwrap().hash, h);
    let changed = TEST_INSTRUMENT_JSON.replacen("\"0.1.0\"", "\"0.1.1\"", 1);
    assert_ne!(instrument_hash(&changed).unwrap(), h);
}

#[test]
fn applicable_indicators_in_instrument_order() {
    let i = inst();
    let ids = |t: Option<&str>| -> Vec<String> {
        i.applicable_indicators(t)
            .iter()
            .map(|x| x.id.clone())
            .collect()
    };
    assert_eq!(
        ids(None),
        ["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08"]
    );
    assert_eq!(
        ids(Some("fisheries")),
        ["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "FI01", "FI02"]
    );
    assert_eq!(ids(Some("unknown")).len(), 8);
}

#[test]
fn bands_lookup() {
    let i = inst();
    let band = |s: f64| i.band_for(s).map(|b| b.id.clone());
    assert_eq!(band(0.0).as_deref(), Some("none"));
    assert_eq!(band(24.99).as_deref(), Some("none"));
    assert_eq!(band(25.0).as_deref(), Some("starting"));
    assert_eq!(band(100.0).as_deref(), Some("model"));
    assert_eq!(band(100.1), None);
    assert_eq!(band(-1.0), None);
    assert_eq!(band(f64::NAN), None);
    assert_eq!(i.fies_band_for(0.45).map(|b| b.id.as_str()), Some("none"));
    assert_eq!(
        i.fies_band_for(3.5).map(|b| b.id.as_str()),
        Some("moderate")
    );
    assert_eq!(i.fies_band_for(8.0).map(|b| b.id.as_str()), Some("severe"));
}

#[test]
fn a_byte_order_mark_is_ignored_and_does_not_change_the_hash() {
    let text = serde_json::to_string(&inst_value()).unwrap();
    let plain = load(&text).unwrap();
    let marked = load(&format!("\u{feff}{text}")).unwrap();
    assert_eq!(marked.hash, plain.hash);
}
