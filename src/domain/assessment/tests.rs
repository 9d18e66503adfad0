//! Unit tests of the assessment: parsing, forward compatibility, every reducer transition,
//! semantic checks and completion.

use serde_json::{json, Value};

use super::*;
use crate::domain::test_support::*;

const NOW: &str = "2026-11-29T08:00:00Z";

fn applied(a: &mut Assessment, action: Action) {
    a.apply(action, NOW).unwrap();
}

// ---- parsing and forward compatibility ----

#[test]
fn unknown_fields_survive_a_round_trip_at_every_level() {
    let text = json!({
        "id": "7b0d2c1e-0000-4000-8000-000000000001",
        "future_top": {"x": [1, 2]},
        "instrument": {"id": "i", "version": "1.0.0", "hash": "h", "signed_by": "lab"},
        "profile": {"site_name": "บ้านทดสอบ", "community_type": "fisheries", "altitude_m": 12},
        "answers": {"C01": {"level": 3, "note": "n", "photo": "p.jpg"}},
        "fies": {"WORRIED": {"yes": 2, "asked": 10, "weight": 1.5}},
        "factors": [{"id": "f1", "kind": "obstacle", "category": "market", "text": "t", "votes": 4}],
        "network": {"actors": [{"id": "a1", "name": "สสส.", "actor_type": "funder", "level": "national", "x": 1}],
                    "ties": [{"from": "a1", "to": "a1", "tie_type": "funding", "strength": 3}],
                    "layout": "force"}
    });
    let a = Assessment::from_json(&text.to_string()).unwrap();
    assert_eq!(a.extra["future_top"], json!({"x": [1, 2]}));
    let back: Value = serde_json::from_str(&a.to_json()).unwrap();
    for ptr in [
        "/future_top",
        "/instrument/signed_by",
        "/profile/altitude_m",
        "/answers/C01/photo",
        "/fies/WORRIED/weight",
        "/factors/0/votes",
        "/network/actors/0/x",
        "/network/ties/0/strength",
        "/network/layout",
    ] {
        assert_eq!(back.pointer(ptr), text.pointer(ptr), "{ptr}");
    }
    assert_eq!(Assessment::from_json(&a.to_json()).unwrap(), a);
}

#[test]
fn minimal_file_loads_with_defaults() {
    let a = Assessment::from_json(r#"{"id": "x"}"#).unwrap();
    assert_eq!(a.revision, 0);
    assert!(a.answers.is_empty() && a.profile.community_type.is_none());
}

#[test]
fn wrong_shapes_are_typed_errors_with_paths() {
    let err = Assessment::from_json(
        r#"{"id": 5, "answers": {"C01": {"level": "3"}, "C02": {"level": 300}}, "revision": -1}"#,
    )
    .unwrap_err();
    let p: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(
        p,
        vec![
            "id: expected a string, found the number 5",
            "revision: expected a whole number from 0 to 18446744073709551615, found the number -1",
            "answers.C01.level: expected a whole number from 0 to 255, found the string \"3\"",
            "answers.C02.level: expected a whole number from 0 to 255, found the number 300",
        ]
    );
    assert!(matches!(
        Assessment::from_json("{"),
        Err(AssessmentError::Syntax { .. })
    ));
    assert!(matches!(
        Assessment::from_json("{}"),
        Err(AssessmentError::Shape(_))
    ));
}

#[test]
fn level_above_four_loads_and_is_reported_by_check() {
    let a = Assessment::from_json(
        r#"{"id": "7b0d2c1e-0000-4000-8000-000000000001", "answers": {"C01": {"level": 7}}}"#,
    )
    .unwrap();
    assert!(a.has_invalid_levels());
    let p: Vec<String> = a.check(&inst()).iter().map(|p| p.to_string()).collect();
    assert_eq!(p, vec!["answers.C01.level: must be 0 to 4, found 7"]);
}

#[test]
fn bundles_and_single_files() {
    let a = fisheries();
    let bundle = bundle_json(&[a.clone(), a.clone()]);
    assert_eq!(parse_assessments(&bundle).unwrap().len(), 2);
    assert_eq!(parse_assessments(&a.to_json()).unwrap(), vec![a]);
    let bad = r#"{"format": "green-community-assessment", "format_version": 1, "assessments": [{"id": "a"}, {"id": 1}]}"#;
    let p = parse_assessments(bad).unwrap_err().problems();
    assert_eq!(
        p[0].to_string(),
        "assessments[1].id: expected a string, found the number 1"
    );
    assert!(matches!(
        parse_assessments(TEST_INSTRUMENT_JSON),
        Err(AssessmentError::Unsupported(_))
    ));
    assert!(matches!(
        parse_assessments("[]"),
        Err(AssessmentError::Unsupported(_))
    ));
}

// ---- the reducer ----

#[test]
fn a_change_bumps_revision_time_and_history() {
    let mut a = fisheries();
    let before_hash = a.short_hash();
    applied(&mut a, Action::SetSiteName("บ้านในนัง".into()));
    assert_eq!((a.revision, a.updated_at.as_str()), (1, NOW));
    assert_eq!(a.history, vec![before_hash]);
    assert_eq!(a.profile.site_name, "บ้านในนัง");
}

#[test]
fn no_change_no_bump() {
    let mut a = fisheries();
    applied(&mut a, Action::SetCommunityType(Some("fisheries".into())));
    assert_eq!(a.revision, 0);
    assert!(a.history.is_empty());
    assert_eq!(a.updated_at, "2026-11-28T10:15:00Z");
}

#[test]
fn refused_actions_change_nothing() {
    let mut a = fisheries();
    let copy = a.clone();
    assert_eq!(
        a.apply(
            Action::SetLevel {
                indicator: "C01".into(),
                level: Some(5)
            },
            NOW
        ),
        Err(ActionError::LevelOutOfRange(5))
    );
    assert_eq!(
        a.apply(Action::SetProvince(Some("TH-10".into())), NOW),
        Err(ActionError::UnknownProvince("TH-10".into()))
    );
    assert_eq!(
        a.apply(
            Action::SetLatLong {
                latitude: Some(91.0),
                longitude: Some(0.0)
            },
            NOW
        ),
        Err(ActionError::InvalidCoordinates)
    );
    assert_eq!(
        a.apply(
            Action::SetLatLong {
                latitude: Some(f64::NAN),
                longitude: None
            },
            NOW
        ),
        Err(ActionError::InvalidCoordinates)
    );
    assert_eq!(
        a.apply(Action::SetDate(Some("28/11/2569".into())), NOW),
        Err(ActionError::InvalidDate("28/11/2569".into()))
    );
    assert_eq!(
        a.apply(
            Action::SetFies {
                code: "WORRIED".into(),
                yes: 3,
                asked: 2
            },
            NOW
        ),
        Err(ActionError::FiesYesAboveAsked { yes: 3, asked: 2 })
    );
    assert_eq!(
        a.apply(
            Action::SetFies {
                code: "NOPE".into(),
                yes: 0,
                asked: 2
            },
            NOW
        ),
        Err(ActionError::UnknownFiesCode("NOPE".into()))
    );
    assert_eq!(
        a.apply(Action::RemoveFactor { id: "f9".into() }, NOW),
        Err(ActionError::FactorNotFound("f9".into()))
    );
    assert_eq!(
        a.apply(Action::RemoveActor { id: "a9".into() }, NOW),
        Err(ActionError::ActorNotFound("a9".into()))
    );
    assert_eq!(a, copy);
}

#[test]
fn examples_are_read_only() {
    let mut a = fisheries();
    a.example = true;
    assert_eq!(
        a.apply(Action::SetSiteName("x".into()), NOW),
        Err(ActionError::ReadOnlyExample)
    );
}

#[test]
fn profile_fields() {
    let mut a = fisheries();
    applied(&mut a, Action::SetProvince(Some("TH-84".into())));
    applied(&mut a, Action::SetDistrict("ท่าชนะ".into()));
    applied(&mut a, Action::SetSubdistrict("คลองพา".into()));
    applied(&mut a, Action::SetVillage("หมู่ 3".into()));
    applied(
        &mut a,
        Action::SetLatLong {
            latitude: Some(9.13),
            longitude: Some(99.33),
        },
    );
    applied(&mut a, Action::SetDate(Some("2026-11-20".into())));
    applied(&mut a, Action::SetAssessors("ทีม ม.อ.".into()));
    applied(&mut a, Action::SetParticipants(Some(18)));
    applied(&mut a, Action::SetAgencies("อบต.".into()));
    let p = &a.profile;
    assert_eq!(p.province.as_deref(), Some("TH-84"));
    assert_eq!(
        (
            p.district.as_str(),
            p.subdistrict.as_str(),
            p.village.as_str()
        ),
        ("ท่าชนะ", "คลองพา", "หมู่ 3")
    );
    assert_eq!((p.latitude, p.longitude), (Some(9.13), Some(99.33)));
    assert_eq!(p.assessment_date.as_deref(), Some("2026-11-20"));
    assert_eq!(
        (p.assessors.as_str(), p.participants, p.agencies.as_str()),
        ("ทีม ม.อ.", Some(18), "อบต.")
    );
    assert_eq!(a.revision, 9);
    applied(&mut a, Action::SetProvince(None));
    applied(&mut a, Action::SetDate(Some(String::new())));
    applied(
        &mut a,
        Action::SetLatLong {
            latitude: None,
            longitude: None,
        },
    );
    assert_eq!(
        (
            a.profile.province.clone(),
            a.profile.assessment_date.clone(),
            a.profile.latitude
        ),
        (None, None, None)
    );
}

#[test]
fn changing_the_type_keeps_answers() {
    let mut a = fisheries();
    applied(
        &mut a,
        Action::SetLevel {
            indicator: "FI01".into(),
            level: Some(3),
        },
    );
    applied(&mut a, Action::SetCommunityType(Some("rubber".into())));
    assert_eq!(a.answers["FI01"].level, Some(3));
    applied(&mut a, Action::SetCommunityType(None));
    assert_eq!(a.profile.community_type, None);
    applied(&mut a, Action::SetCommunityType(Some("fisheries".into())));
    assert_eq!(a.answers["FI01"].level, Some(3));
}

#[test]
fn levels_not_applicable_and_notes() {
    let mut a = fisheries();
    applied(
        &mut a,
        Action::SetLevel {
            indicator: "C01".into(),
            level: Some(2),
        },
    );
    assert_eq!(a.answers["C01"].level, Some(2));
    applied(
        &mut a,
        Action::ToggleNotApplicable {
            indicator: "C01".into(),
        },
    );
    assert!(a.answers["C01"].not_applicable);
    assert_eq!(a.answers["C01"].level, Some(2), "N/A keeps the level");
    applied(
        &mut a,
        Action::ToggleNotApplicable {
            indicator: "C01".into(),
        },
    );
    assert!(!a.answers["C01"].not_applicable);
    applied(
        &mut a,
        Action::SetNote {
            indicator: "C01".into(),
            text: "มีบันทึก".into(),
        },
    );
    applied(
        &mut a,
        Action::SetLevel {
            indicator: "C01".into(),
            level: None,
        },
    );
    assert_eq!(a.answers["C01"].note, "มีบันทึก");
    applied(
        &mut a,
        Action::SetNote {
            indicator: "C01".into(),
            text: String::new(),
        },
    );
    assert!(!a.answers.contains_key("C01"), "an empty answer is dropped");
}

#[test]
fn fies_and_toolset() {
    let mut a = fisheries();
    applied(
        &mut a,
        Action::SetFies {
            code: "WORRIED".into(),
            yes: 6,
            asked: 20,
        },
    );
    assert_eq!((a.fies["WORRIED"].yes, a.fies["WORRIED"].asked), (6, 20));
    applied(
        &mut a,
        Action::SetToolset {
            part: "situation".into(),
            text: "ทะเลสาบ".into(),
        },
    );
    assert_eq!(a.toolset["situation"], "ทะเลสาบ");
    applied(
        &mut a,
        Action::SetToolset {
            part: "situation".into(),
            text: String::new(),
        },
    );
    assert!(a.toolset.is_empty());
}

#[test]
fn factors_add_update_remove() {
    let mut a = fisheries();
    applied(
        &mut a,
        Action::AddFactor {
            kind: "obstacle".into(),
            category: "market".into(),
            text: "ราคาตก".into(),
        },
    );
    applied(
        &mut a,
        Action::AddFactor {
            kind: "success".into(),
            category: "leadership".into(),
            text: "ผู้นำเข้มแข็ง".into(),
        },
    );
    assert_eq!(
        a.factors.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
        ["f1", "f2"]
    );
    applied(
        &mut a,
        Action::UpdateFactor {
            id: "f1".into(),
            kind: "challenge".into(),
            category: "climate".into(),
            text: "พายุ".into(),
        },
    );
    assert_eq!(
        (a.factors[0].kind.as_str(), a.factors[0].text.as_str()),
        ("challenge", "พายุ")
    );
    applied(&mut a, Action::RemoveFactor { id: "f1".into() });
    applied(
        &mut a,
        Action::AddFactor {
            kind: "obstacle".into(),
            category: "".into(),
            text: "x".into(),
        },
    );
    let ids: Vec<&str> = a.factors.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["f2", "f3"], "new ids never reuse a live id");
    assert!(a
        .apply(
            Action::UpdateFactor {
                id: "f1".into(),
                kind: "".into(),
                category: "".into(),
                text: "".into()
            },
            NOW
        )
        .is_err());
}

#[test]
fn actors_and_ties() {
    let mut a = fisheries();
    applied(
        &mut a,
        Action::AddActor {
            name: "กลุ่มประมง".into(),
            actor_type: "community_org".into(),
            level: "village".into(),
        },
    );
    applied(
        &mut a,
        Action::AddActor {
            name: "สสส.".into(),
            actor_type: "funder".into(),
            level: "national".into(),
        },
    );
    applied(
        &mut a,
        Action::AddActor {
            name: "อบต.".into(),
            actor_type: "local_government".into(),
            level: "subdistrict".into(),
        },
    );
    applied(
        &mut a,
        Action::AddTie {
            from: "a2".into(),
            to: "a1".into(),
            tie_type: "funding".into(),
        },
    );
    applied(
        &mut a,
        Action::AddTie {
            from: "a3".into(),
            to: "a1".into(),
            tie_type: "policy".into(),
        },
    );
    let rev = a.revision;
    applied(
        &mut a,
        Action::AddTie {
            from: "a2".into(),
            to: "a1".into(),
            tie_type: "funding".into(),
        },
    );
    assert_eq!(
        (a.network.ties.len(), a.revision),
        (2, rev),
        "a duplicate tie changes nothing"
    );
    assert_eq!(
        a.apply(
            Action::AddTie {
                from: "a1".into(),
                to: "a1".into(),
                tie_type: "funding".into()
            },
            NOW
        ),
        Err(ActionError::SelfTie)
    );
    assert_eq!(
        a.apply(
            Action::AddTie {
                from: "a1".into(),
                to: "a9".into(),
                tie_type: "funding".into()
            },
            NOW
        ),
        Err(ActionError::ActorNotFound("a9".into()))
    );
    applied(
        &mut a,
        Action::UpdateActor {
            id: "a2".into(),
            name: "สสส. (ThaiHealth)".into(),
            actor_type: "funder".into(),
            level: "national".into(),
        },
    );
    assert_eq!(a.network.actors[1].name, "สสส. (ThaiHealth)");
    applied(
        &mut a,
        Action::RemoveTie {
            from: "a3".into(),
            to: "a1".into(),
            tie_type: "policy".into(),
        },
    );
    assert_eq!(a.network.ties.len(), 1);
    assert_eq!(
        a.apply(
            Action::RemoveTie {
                from: "a3".into(),
                to: "a1".into(),
                tie_type: "policy".into()
            },
            NOW
        ),
        Err(ActionError::TieNotFound)
    );
    applied(&mut a, Action::RemoveActor { id: "a1".into() });
    assert!(
        a.network.ties.is_empty(),
        "removing an actor removes its ties"
    );
    assert_eq!(a.network.actors.len(), 2);
}

#[test]
fn history_is_capped() {
    let mut a = fisheries();
    for i in 0..(HISTORY_CAP + 5) {
        applied(&mut a, Action::SetSiteName(format!("site {i}")));
    }
    assert_eq!(a.history.len(), HISTORY_CAP);
    assert_eq!(a.revision as usize, HISTORY_CAP + 5);
}

// ---- semantic checks ----

#[test]
fn check_reports_each_semantic_problem() {
    let mut a = fisheries();
    a.id = "not-a-uuid".into();
    a.profile.province = Some("TH-10".into());
    a.profile.community_type = Some("mining".into());
    a.profile.latitude = Some(100.0);
    a.profile.assessment_date = Some("2026-02-30".into());
    a.answers.insert(
        "ZZ9".into(),
        Answer {
            level: Some(2),
            ..Default::default()
        },
    );
    a.fies.insert(
        "WORRIED".into(),
        FiesCount {
            yes: 5,
            asked: 3,
            ..Default::default()
        },
    );
    a.toolset.insert("poem".into(), "x".into());
    a.factors.push(Factor {
        id: "f1".into(),
        kind: "rumour".into(),
        ..Default::default()
    });
    a.network.ties.push(Tie {
        from: "a1".into(),
        to: "a2".into(),
        tie_type: "funding".into(),
        ..Default::default()
    });
    let p: Vec<String> = a.check(&inst()).iter().map(|p| p.to_string()).collect();
    for want in [
        "id: \"not-a-uuid\" is not a UUID v4",
        "profile.community_type: unknown community type \"mining\"",
        "profile.province: \"TH-10\" is not one of the 14 southern provinces (TH-80..TH-96)",
        "profile.latitude: must be between -90 and 90, found 100",
        "profile: latitude and longitude must be given together",
        "profile.assessment_date: \"2026-02-30\" is not a date YYYY-MM-DD",
        "answers.ZZ9: unknown indicator \"ZZ9\" (ignored in scores)",
        "fies.WORRIED.yes: 5 yes answers but only 3 households asked",
        "toolset.poem: unknown Tool set 1 part \"poem\"",
        "factors[0].kind: unknown factor kind \"rumour\"",
        "network.ties[0].from: unknown actor \"a1\"",
        "network.ties[0].to: unknown actor \"a2\"",
    ] {
        assert!(p.iter().any(|x| x == want), "missing {want:?} in {p:#?}");
    }
    assert!(fisheries().check(&inst()).is_empty());
}

// ---- completion ----

#[test]
fn completion_per_section() {
    let i = inst();
    let mut a = fisheries();
    let c = |a: &Assessment, s| completion(a, &i, s);
    assert_eq!(
        c(&a, Section::Indicators),
        Completion {
            answered: 0,
            total: 10
        }
    );
    assert_eq!(
        c(&a, Section::Profile),
        Completion {
            answered: 1,
            total: 10
        }
    );
    applied(
        &mut a,
        Action::SetLevel {
            indicator: "C01".into(),
            level: Some(0),
        },
    );
    applied(
        &mut a,
        Action::ToggleNotApplicable {
            indicator: "C02".into(),
        },
    );
    applied(
        &mut a,
        Action::SetNote {
            indicator: "C03".into(),
            text: "note only".into(),
        },
    );
    applied(
        &mut a,
        Action::SetLevel {
            indicator: "RB01".into(),
            level: Some(4),
        },
    );
    assert_eq!(
        c(&a, Section::Indicators),
        Completion {
            answered: 2,
            total: 10
        }
    );
    applied(
        &mut a,
        Action::SetFies {
            code: "WORRIED".into(),
            yes: 0,
            asked: 10,
        },
    );
    assert_eq!(
        c(&a, Section::Fies),
        Completion {
            answered: 1,
            total: 8
        }
    );
    applied(
        &mut a,
        Action::SetToolset {
            part: "type".into(),
            text: "ประมง".into(),
        },
    );
    assert_eq!(
        c(&a, Section::Toolset),
        Completion {
            answered: 1,
            total: 8
        }
    );
    applied(
        &mut a,
        Action::AddFactor {
            kind: "obstacle".into(),
            category: "market".into(),
            text: "x".into(),
        },
    );
    applied(
        &mut a,
        Action::AddFactor {
            kind: "obstacle".into(),
            category: "market".into(),
            text: "y".into(),
        },
    );
    assert_eq!(
        c(&a, Section::Factors),
        Completion {
            answered: 1,
            total: 5
        }
    );
    applied(
        &mut a,
        Action::AddActor {
            name: "x".into(),
            actor_type: "funder".into(),
            level: "national".into(),
        },
    );
    assert_eq!(
        c(&a, Section::Network),
        Completion {
            answered: 1,
            total: 2
        }
    );
    assert_eq!(Section::from_id("fies"), Some(Section::Fies));
    assert_eq!(
        Completion {
            answered: 1,
            total: 4
        }
        .ratio(),
        Some(0.25)
    );
    assert_eq!(Completion::default().ratio(), None);
}

// ---- FIES households ----

#[test]
fn fies_households_are_added_copied_removed_and_put_back() {
    let mut a = fisheries();
    for _ in 0..3 {
        applied(&mut a, Action::AddFiesHousehold);
    }
    let codes = |a: &Assessment| {
        a.fies_households
            .iter()
            .map(|h| h.code.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(&a), ["H01", "H02", "H03"]);
    applied(
        &mut a,
        Action::SetFiesAnswer {
            index: 0,
            code: "WORRIED".into(),
            answer: Some(FiesAnswer::Yes),
        },
    );
    applied(
        &mut a,
        Action::SetFiesAnswer {
            index: 0,
            code: "WHLDAY".into(),
            answer: Some(FiesAnswer::DontKnow),
        },
    );
    applied(&mut a, Action::CopyFiesHousehold { index: 0 });
    assert_eq!(codes(&a), ["H01", "H04", "H02", "H03"]);
    assert_eq!(
        a.fies_households[1].answer("WORRIED"),
        Some(FiesAnswer::Yes)
    );
    assert_eq!(
        a.fies_households[1].answer("WHLDAY"),
        Some(FiesAnswer::DontKnow)
    );
    let removed = a.fies_households[0].clone();
    applied(&mut a, Action::RemoveFiesHousehold { index: 0 });
    assert_eq!(codes(&a), ["H04", "H02", "H03"]);
    // A new household never reuses a code that is in use; the removed one can come back.
    applied(
        &mut a,
        Action::InsertFiesHousehold {
            index: 0,
            household: removed.clone(),
        },
    );
    assert_eq!(codes(&a), ["H01", "H04", "H02", "H03"]);
    assert_eq!(a.fies_households[0], removed);
    // Clearing an answer removes it.
    applied(
        &mut a,
        Action::SetFiesAnswer {
            index: 0,
            code: "WHLDAY".into(),
            answer: None,
        },
    );
    assert_eq!(a.fies_households[0].answer("WHLDAY"), None);
}

#[test]
fn refused_fies_household_actions_leave_the_assessment_untouched() {
    let mut a = fisheries();
    applied(&mut a, Action::AddFiesHousehold);
    let before = a.clone();
    assert_eq!(
        a.apply(Action::RemoveFiesHousehold { index: 5 }, NOW),
        Err(ActionError::HouseholdNotFound(5))
    );
    assert_eq!(
        a.apply(Action::CopyFiesHousehold { index: 1 }, NOW),
        Err(ActionError::HouseholdNotFound(1))
    );
    assert_eq!(
        a.apply(
            Action::SetFiesAnswer {
                index: 0,
                code: "SOMETIMES".into(),
                answer: Some(FiesAnswer::Yes)
            },
            NOW
        ),
        Err(ActionError::UnknownFiesCode("SOMETIMES".into()))
    );
    let dup = a.fies_households[0].clone();
    assert_eq!(
        a.apply(
            Action::InsertFiesHousehold {
                index: 0,
                household: dup
            },
            NOW
        ),
        Err(ActionError::HouseholdCodeTaken("H01".into()))
    );
    assert_eq!(a, before);
}

#[test]
fn households_round_trip_through_json_and_an_unknown_answer_is_kept_but_not_counted() {
    let text = json!({
        "id": "7b0d2c1e-0000-4000-8000-000000000001",
        "fies_households": [
            {"code": "H01", "answers": {"WORRIED": "yes", "HEALTHY": "maybe"}, "wt": 1.5, "note": "kept"}
        ]
    })
    .to_string();
    let a = Assessment::from_json(&text).unwrap();
    assert_eq!(
        a.fies_households[0].answer("WORRIED"),
        Some(FiesAnswer::Yes)
    );
    assert_eq!(a.fies_households[0].answer("HEALTHY"), None);
    assert_eq!(a.fies_households[0].wt, Some(1.5));
    let back = Assessment::from_json(&a.to_json()).unwrap();
    assert_eq!(back, a);
    assert_eq!(back.fies_households[0].answers["HEALTHY"], "maybe");
    assert_eq!(back.fies_households[0].extra["note"], "kept");
}

#[test]
fn existing_support_is_ticked_saved_and_optional_in_old_files() {
    let mut a = fisheries();
    assert!(a.profile.existing_support.is_empty());
    // An old file has no such field and writes none back.
    assert!(!a.to_json().contains("existing_support"));
    applied(&mut a, Action::ToggleSupport("thaihealth".into()));
    applied(&mut a, Action::ToggleSupport("university".into()));
    assert_eq!(a.profile.existing_support, vec!["thaihealth", "university"]);
    applied(&mut a, Action::ToggleSupport("thaihealth".into()));
    assert_eq!(a.profile.existing_support, vec!["university"]);
    // "none" and a real supporter exclude each other.
    applied(&mut a, Action::ToggleSupport("none".into()));
    assert_eq!(a.profile.existing_support, vec!["none"]);
    applied(&mut a, Action::ToggleSupport("nhco".into()));
    assert_eq!(a.profile.existing_support, vec!["nhco"]);
    let back = Assessment::from_json(&a.to_json()).unwrap();
    assert_eq!(back.profile.existing_support, vec!["nhco"]);
}

/// A household weight is optional: absent or 1 is not written; a weight that is not a positive
/// number is reported by the check (named by household), never a panic, and the CSV writes 1.
#[test]
fn household_weights_are_omitted_when_1_and_a_bad_one_is_reported() {
    let text = json!({
        "id": "7b0d2c1e-0000-4000-8000-000000000001",
        "fies_households": [
            {"code": "H01", "answers": {"WORRIED": "yes"}, "wt": 1},
            {"code": "H02", "answers": {"WORRIED": "no"}, "wt": 2.25},
            {"code": "H03", "answers": {"WORRIED": "no"}, "wt": -1}
        ]
    })
    .to_string();
    let a = Assessment::from_json(&text).unwrap();
    let out: serde_json::Value = serde_json::from_str(&a.to_json()).unwrap();
    let written: Vec<Option<f64>> =
        (0..3).map(|i| out["fies_households"][i].get("wt").and_then(|w| w.as_f64())).collect();
    assert_eq!(written, [None, Some(2.25), Some(-1.0)], "1 is omitted; a bad weight is kept as it was, and reported");
    let problems: Vec<String> = a.check(&crate::domain::test_support::loaded().instrument).iter().map(|p| p.to_string()).collect();
    assert!(problems.iter().any(|p| p.contains("fies_households[2].wt")), "{problems:?}");
    assert!(!problems.iter().any(|p| p.contains("fies_households[1].wt") || p.contains("fies_households[0].wt")), "{problems:?}");
    let csv = crate::domain::exchange::csv::fies_households_csv(std::slice::from_ref(&a));
    let wts: Vec<&str> = csv.lines().skip(1).map(|l| l.rsplit(',').next().unwrap_or("")).collect();
    assert_eq!(wts, ["1", "2.25", "1"]);
}
