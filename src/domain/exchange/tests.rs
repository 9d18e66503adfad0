use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::envelope::{migrate, read_file};
use super::limits::{too_deep_at, MAX_FILE_BYTES};
use super::merge::{classify_batch, resolve, Outcome, Resolution};
use super::reason::Rejection;
use super::share::{link_hash, read_code, ShareError, MAX_LINK_CHARS};
use super::*;
use crate::domain::assessment::{Action, Assessment};
use crate::domain::test_support::{fisheries, loaded};

const NOW: &str = "2026-11-28T12:00:00Z";

fn edited(a: &Assessment, name: &str) -> Assessment {
    let mut b = a.clone();
    b.apply(Action::SetSiteName(name.into()), NOW).unwrap();
    b
}

fn drafts(list: &[&Assessment]) -> BTreeMap<String, Assessment> {
    list.iter().map(|a| (a.id.clone(), (*a).clone())).collect()
}

fn ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("00000000-0000-4000-8000-{n:012}")
    }
}

fn batch(
    local: &BTreeMap<String, Assessment>,
    files: Vec<(&str, String)>,
) -> (Vec<FileReport>, BTreeMap<String, Assessment>) {
    let files: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|(n, t)| (n.to_string(), t.into_bytes()))
        .collect();
    classify_batch(
        local,
        &[],
        &files,
        Some(&loaded()),
        &mut ids(),
        "(imported copy)",
    )
}

fn outcomes(r: &FileReport) -> Vec<Outcome> {
    r.result
        .as_ref()
        .unwrap()
        .iter()
        .map(|e| e.outcome)
        .collect()
}

#[test]
fn the_envelope_names_format_version_app_and_instrument() {
    let a = fisheries();
    let v: Value = serde_json::from_str(&export_one(&a, &loaded(), NOW)).unwrap();
    assert_eq!(v["format"], "green-community-assessment");
    assert_eq!(v["format_version"], 3);
    assert_eq!(v["exported_at"], NOW);
    assert!(v["app_version"].is_string());
    assert_eq!(v["assessments"][0]["instrument"]["hash"], loaded().hash);
    assert!(v["scores"][&a.id].is_object());
}

#[test]
fn export_then_read_gives_the_same_assessments() {
    let a = edited(&fisheries(), "บ้านบ่อหิน");
    let mut b = fisheries();
    b.id = "7b0d2c1e-0000-4000-8000-000000000002".into();
    let text = export_all(&[a.clone(), b.clone()], &loaded(), NOW);
    let read = read_file(text.as_bytes()).unwrap();
    assert_eq!(read.from_version, 3);
    let back: Vec<Assessment> = read.incoming.into_iter().map(|i| i.assessment).collect();
    assert_eq!(back, vec![a, b]);
}

#[test]
fn classification_covers_every_outcome() {
    let base = fisheries();
    let later = edited(&base, "later");
    let mut other = fisheries();
    other.id = "7b0d2c1e-0000-4000-8000-00000000000f".into();
    let diverged_local = edited(&base, "mine");
    let diverged_theirs = edited(&base, "theirs");
    let inst = loaded();

    // new id
    let (r, after) = batch(
        &drafts(&[&base]),
        vec![("a.json", export_one(&other, &inst, NOW))],
    );
    assert_eq!(outcomes(&r[0]), vec![Outcome::Imported]);
    assert_eq!(after.len(), 2);
    // same content
    let (r, after) = batch(
        &drafts(&[&base]),
        vec![("a.json", export_one(&base, &inst, NOW))],
    );
    assert_eq!(outcomes(&r[0]), vec![Outcome::Duplicate]);
    assert_eq!(after, drafts(&[&base]));
    // incoming is a later revision
    let (r, after) = batch(
        &drafts(&[&base]),
        vec![("a.json", export_one(&later, &inst, NOW))],
    );
    assert_eq!(outcomes(&r[0]), vec![Outcome::Updated]);
    assert_eq!(after[&base.id], later);
    // local is ahead
    let (r, after) = batch(
        &drafts(&[&later]),
        vec![("a.json", export_one(&base, &inst, NOW))],
    );
    assert_eq!(outcomes(&r[0]), vec![Outcome::LocalNewer]);
    assert_eq!(after, drafts(&[&later]));
    // diverging edits
    let (r, after) = batch(
        &drafts(&[&diverged_local]),
        vec![("a.json", export_one(&diverged_theirs, &inst, NOW))],
    );
    assert_eq!(outcomes(&r[0]), vec![Outcome::Conflict]);
    assert_eq!(
        after,
        drafts(&[&diverged_local]),
        "a conflict changes nothing until resolved"
    );
}

#[test]
fn an_edited_bundled_example_comes_in_as_a_copy() {
    let mut ex = fisheries();
    ex.example = true;
    let changed = edited(
        &Assessment {
            example: false,
            ..ex.clone()
        },
        "edited",
    );
    let files = vec![
        (
            "same.json".to_string(),
            export_one(&ex, &loaded(), NOW).into_bytes(),
        ),
        (
            "edited.json".to_string(),
            export_one(&changed, &loaded(), NOW).into_bytes(),
        ),
    ];
    let (r, after) = classify_batch(
        &BTreeMap::new(),
        &[ex.clone()],
        &files,
        None,
        &mut ids(),
        "(copy)",
    );
    assert_eq!(outcomes(&r[0]), vec![Outcome::Duplicate]);
    assert_eq!(outcomes(&r[1]), vec![Outcome::ImportedAsCopy]);
    let copy = &r[1].result.as_ref().unwrap()[0].assessment;
    assert_ne!(copy.id, ex.id);
    assert!(!copy.example);
    assert_eq!(copy.profile.site_name, "edited (copy)");
    assert_eq!(after.len(), 1);
}

#[test]
fn a_later_file_in_the_batch_sees_the_earlier_ones() {
    let base = fisheries();
    let later = edited(&base, "later");
    let (r, after) = batch(
        &BTreeMap::new(),
        vec![
            ("1.json", export_one(&base, &loaded(), NOW)),
            ("2.json", export_one(&later, &loaded(), NOW)),
        ],
    );
    assert_eq!(outcomes(&r[0]), vec![Outcome::Imported]);
    assert_eq!(outcomes(&r[1]), vec![Outcome::Updated]);
    assert_eq!(after[&base.id], later);
}

#[test]
fn resolving_a_conflict_never_loses_a_version() {
    let base = fisheries();
    let mine = edited(&base, "mine");
    let theirs = edited(&base, "theirs");
    let mut next = ids();
    let both = resolve(
        &mine,
        &theirs,
        Resolution::KeepBoth,
        &mut next,
        "(imported copy)",
        "(replaced)",
    );
    assert_eq!(both.insert.len(), 1);
    assert_ne!(both.insert[0].id, mine.id);
    assert_eq!(both.insert[0].profile.site_name, "theirs (imported copy)");
    assert!(both.to_trash.is_none());

    let keep = resolve(&mine, &theirs, Resolution::KeepMine, &mut next, "", "");
    assert!(keep.insert.is_empty() && keep.to_trash.is_none());

    let take = resolve(
        &mine,
        &theirs,
        Resolution::TakeTheirs,
        &mut next,
        "(imported copy)",
        "(replaced)",
    );
    assert_eq!(take.insert, vec![theirs.clone()]);
    let trashed = take.to_trash.unwrap();
    assert_ne!(
        trashed.id, mine.id,
        "the trash keeps one entry per id: the old version gets its own"
    );
    assert_eq!(trashed.answers, mine.answers);
    assert_eq!(trashed.profile.site_name, "mine (replaced)");
}

#[test]
fn version_zero_files_are_migrated() {
    // A bare assessment (what the app wrote before the envelope existed).
    let a = fisheries();
    let bare = a.to_json();
    let r = read_file(bare.as_bytes()).unwrap();
    assert_eq!(r.from_version, 0);
    assert_eq!(r.incoming[0].assessment, a);
    // A bundle without format_version.
    let v0 = json!({"assessments": [a.to_value()]}).to_string();
    let r = read_file(v0.as_bytes()).unwrap();
    assert_eq!(r.from_version, 0);
    assert_eq!(r.incoming[0].assessment, a);
    let (m, version, bare) =
        migrate(json!({"format": "green-community-assessment", "assessments": []})).unwrap();
    assert_eq!((version, bare), (0, false));
    assert_eq!(m["format_version"], 3);
}

#[test]
fn a_future_version_is_rejected_with_a_clear_message() {
    let text =
        json!({"format": "green-community-assessment", "format_version": 4, "assessments": []})
            .to_string();
    let e = read_file(text.as_bytes()).unwrap_err();
    assert_eq!(e, Rejection::FutureVersion { version: 4 });
    assert!(e.message(false).contains("newer version of the app"));
    assert!(e.message(true).contains("รุ่นใหม่กว่า"));
}

#[test]
fn rejections_name_the_place_and_the_field() {
    let e =
        read_file(b"{\n  \"id\": \"x\",\n  \"answers\": {\"C01\": {\"level\": }}}").unwrap_err();
    assert!(matches!(e, Rejection::Syntax { line: 3, .. }), "{e:?}");
    assert!(e.message(false).contains("line 3"));
    let e = read_file(
        json!({"id": "x", "answers": {"C01": {"level": "three"}}})
            .to_string()
            .as_bytes(),
    )
    .unwrap_err();
    assert!(
        e.message(false).contains("answers.C01.level"),
        "{}",
        e.message(false)
    );
    assert!(e.message(true).contains("answers.C01.level"));
    let e = read_file(json!({"format": "green-community-assessment", "format_version": 1, "assessments": [{"id": "a"}, {"id": 5}]}).to_string().as_bytes()).unwrap_err();
    assert!(
        e.message(false).contains("assessments[1].id"),
        "{}",
        e.message(false)
    );
    let e = read_file(
        json!({"format": "green-community-instrument"})
            .to_string()
            .as_bytes(),
    )
    .unwrap_err();
    assert_eq!(e, Rejection::InstrumentFile);
    let e = read_file(b"[1,2]").unwrap_err();
    assert!(matches!(e, Rejection::NotOurs { .. }));
    let e = read_file(b"  \n").unwrap_err();
    assert_eq!(e, Rejection::Empty);
    let e = read_file(b"{\"id\": \"ok\"}\n\xff\xfe").unwrap_err();
    assert_eq!(e, Rejection::NotText { line: 2, column: 1 });
    let e = read_file(
        json!({"format_version": 1, "assessments": [{"id": "a"}, {"id": "a"}]})
            .to_string()
            .as_bytes(),
    )
    .unwrap_err();
    assert_eq!(e, Rejection::DuplicateIds { id: "a".into() });
}

#[test]
fn size_and_depth_are_checked_before_parsing() {
    let big = vec![b' '; MAX_FILE_BYTES + 1];
    assert!(matches!(
        read_file(&big).unwrap_err(),
        Rejection::TooLarge { .. }
    ));
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(matches!(
        read_file(deep.as_bytes()).unwrap_err(),
        Rejection::TooDeep {
            line: 1,
            column: 33
        }
    ));
    // Brackets inside strings do not count.
    assert_eq!(
        too_deep_at(format!("{{\"a\": \"{}\"}}", "[".repeat(100)).as_bytes(), 4),
        None
    );
}

#[test]
fn serde_json_alone_stops_deep_nesting_at_its_recursion_limit() {
    // The depth pre-check is the first guard; this pins the second one.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let e = serde_json::from_str::<Value>(&deep).unwrap_err();
    assert!(e.to_string().contains("recursion limit exceeded"), "{e}");
    let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(serde_json::from_str::<Value>(&ok).is_ok());
}

#[test]
fn another_instrument_version_is_named_and_rescored() {
    let mut a = fisheries();
    a.instrument.version = "0.9.0".into();
    a.instrument.hash = "old".into();
    a.apply(
        Action::SetLevel {
            indicator: "C01".into(),
            level: Some(3),
        },
        NOW,
    )
    .unwrap();
    let mut v = a.to_value();
    v["answers"]["OLD99"] = json!({"level": 2, "note": ""});
    let mut env: Value = serde_json::from_str(&export_one(&a, &loaded(), NOW)).unwrap();
    env["assessments"][0] = v;
    env["scores"][&a.id]["overall"] = json!(40.0);
    let (r, _) = batch(&BTreeMap::new(), vec![("old.json", env.to_string())]);
    let e = &r[0].result.as_ref().unwrap()[0];
    let rs = e.rescore.as_ref().unwrap();
    assert!(rs.from.contains("0.9.0"));
    assert_eq!(rs.unknown_answers, vec!["OLD99".to_string()]);
    assert_eq!(rs.overall_before, Some(40.0));
    assert!(rs.overall_after.is_some());
    // The unknown answer is kept, not dropped.
    assert!(e.assessment.answers.contains_key("OLD99"));
}

#[test]
fn base64url_round_trips_and_reports_garbage() {
    for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar"] {
        assert_eq!(
            base64url::decode(&base64url::encode(s.as_bytes())).unwrap(),
            s.as_bytes()
        );
    }
    assert_eq!(base64url::encode(b"foobar"), "Zm9vYmFy");
    assert_eq!(base64url::encode(&[0xfb, 0xff]), "-_8");
    assert_eq!(
        base64url::to_standard(&base64url::encode(&[0xfb, 0xff])),
        "+/8=",
        "data: URLs want the standard alphabet, padded"
    );
    assert_eq!(base64url::to_standard(&base64url::encode(b"f")), "Zg==");
    assert_eq!(base64url::decode("+/8=").unwrap(), vec![0xfb, 0xff]);
    assert_eq!(base64url::decode("Zm9v\nYmFy").unwrap(), b"foobar");
    assert_eq!(base64url::decode("Zm9v*").unwrap_err().position, 4);
    assert!(
        base64url::decode("Zm9vY").is_err(),
        "one stray character means a cut link"
    );
}

#[test]
fn share_links_have_a_size_limit() {
    // CRC-32 of "abc" is 0x352441C2 (the standard check value).
    assert_eq!(super::share::crc32(b"abc"), 0x3524_41C2);
    assert_eq!(super::share::crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(link_hash(b"abc").unwrap(), "#/import?d=YWJj.NSRBwg");
    let long = vec![7u8; MAX_LINK_CHARS];
    assert!(matches!(link_hash(&long), Err(ShareError::TooLong { .. })));
    assert!(ShareError::TooLong { chars: 9000 }
        .message(false)
        .contains("JSON file"));
    assert_eq!(read_code(""), Err(ShareError::Missing));
    assert_eq!(read_code("YWJj").unwrap(), b"abc", "a link from before the check still reads");
    assert_eq!(read_code("YWJj.NSRBwg").unwrap(), b"abc");
}

#[test]
fn csv_tables_start_with_a_bom_and_guard_formulas() {
    let mut a = fisheries();
    a.profile.site_name = "=HYPERLINK(\"x\")".into();
    a.apply(
        Action::SetLevel {
            indicator: "C01".into(),
            level: Some(3),
        },
        NOW,
    )
    .unwrap();
    a.apply(
        Action::SetNote {
            indicator: "C01".into(),
            text: "มี, \"คำพูด\"".into(),
        },
        NOW,
    )
    .unwrap();
    a.apply(
        Action::SetFies {
            code: "WORRIED".into(),
            yes: 6,
            asked: 20,
        },
        NOW,
    )
    .unwrap();
    let inst = loaded().instrument;
    let s = csv::scores_csv(std::slice::from_ref(&a), &inst);
    assert!(s.starts_with('\u{FEFF}'));
    assert!(s.contains("'=HYPERLINK"));
    let ans = csv::answers_csv(std::slice::from_ref(&a), &inst);
    let mut lines = ans.trim_start_matches('\u{FEFF}').lines();
    assert_eq!(
        lines.next(),
        Some("site_id,site_name,indicator_id,dimension,level,not_applicable,note,na_reason,community_level,site_key,round")
    );
    assert_eq!(
        lines.next().unwrap(),
        format!(
            "{},\"'=HYPERLINK(\"\"x\"\")\",C01,food,3,0,\"มี, \"\"คำพูด\"\"\",,,{},0",
            a.id, a.id
        )
    );
    let f = csv::fies_csv(std::slice::from_ref(&a));
    let mut lines = f.trim_start_matches('\u{FEFF}').lines();
    assert!(lines.next().unwrap().starts_with("site_id,site_name,WORRIED,HEALTHY,FEWFOOD,SKIPPED,ATELESS,RUNOUT,HUNGRY,WHLDAY,asked_WORRIED"));
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(row[2], "6");
    assert_eq!(row[3], "", "an item nobody was asked is empty, not zero");
    assert_eq!(row[10], "20");
    assert_eq!(row[18], "summary", "a site with only 1.0 totals says so");
}

#[test]
fn the_household_csv_has_one_row_per_household_with_fao_codes_as_zero_one() {
    use crate::domain::assessment::FiesAnswer::{DontKnow, No, Yes};
    let mut a = fisheries();
    a.apply(
        Action::SetFies {
            code: "WORRIED".into(),
            yes: 6,
            asked: 20,
        },
        NOW,
    )
    .unwrap();
    for _ in 0..2 {
        a.apply(Action::AddFiesHousehold, NOW).unwrap();
    }
    for (i, code) in crate::domain::instrument::FIES_CODES.iter().enumerate() {
        let first = if i < 3 { Yes } else { No };
        a.apply(
            Action::SetFiesAnswer {
                index: 0,
                code: code.to_string(),
                answer: Some(first),
            },
            NOW,
        )
        .unwrap();
    }
    a.apply(
        Action::SetFiesAnswer {
            index: 1,
            code: "WORRIED".into(),
            answer: Some(Yes),
        },
        NOW,
    )
    .unwrap();
    a.apply(
        Action::SetFiesAnswer {
            index: 1,
            code: "HEALTHY".into(),
            answer: Some(DontKnow),
        },
        NOW,
    )
    .unwrap();
    let text = csv::fies_households_csv(std::slice::from_ref(&a));
    let lines: Vec<&str> = text.trim_start_matches('\u{FEFF}').lines().collect();
    assert_eq!(
        lines[0],
        "site_id,household,WORRIED,HEALTHY,FEWFOOD,SKIPPED,ATELESS,RUNOUT,HUNGRY,WHLDAY,wt"
    );
    assert_eq!(lines[1], format!("{},H01,1,1,1,0,0,0,0,0,1", a.id));
    assert_eq!(
        lines[2],
        format!("{},H02,1,,,,,,,,1", a.id),
        "don't know and not entered are empty"
    );
    assert_eq!(lines.len(), 3);
    // The site summary is now computed from the households; the 1.0 totals are not mixed in.
    let f = csv::fies_csv(std::slice::from_ref(&a));
    let row: Vec<String> = f
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .map(String::from)
        .collect();
    assert_eq!((row[2].as_str(), row[10].as_str()), ("2", "2"));
    assert_eq!((row[3].as_str(), row[11].as_str()), ("1", "1"));
    assert_eq!(row[18], "both");
    // A site with only summary counts gets no invented household rows.
    let mut b = fisheries();
    b.apply(
        Action::SetFies {
            code: "WORRIED".into(),
            yes: 6,
            asked: 20,
        },
        NOW,
    )
    .unwrap();
    assert_eq!(
        csv::fies_households_csv(std::slice::from_ref(&b))
            .lines()
            .count(),
        1
    );
}

#[test]
fn file_names_keep_thai_and_drop_unsafe_characters() {
    assert_eq!(file_name("บ้าน บ่อหิน", "2026-11-28T10:00:00Z", "json"), "บ้าน-บ่อหิน-2026-11-28.json");
    assert_eq!(file_name("../../etc/passwd", "2026-11-28", "json"), "etc-passwd-2026-11-28.json");
    assert_eq!(file_name("  ", "2026-11-28", "csv"), "assessment-2026-11-28.csv");
    assert_eq!(file_name("<script>", "2026-11-28", "json"), "script-2026-11-28.json");
    // Bidi controls would make the name lie about its type (U+202E shows "gnp.exe" as "exe.png").
    assert_eq!(file_name("บ้าน\u{202E}gnp.exe\u{202C}", "2026-11-28", "json"), "บ้านgnp.exe-2026-11-28.json");
    assert_eq!(file_name("\u{2067}ก\u{2069}\u{200F}ข\u{061C}", "2026-11-28", "csv"), "กข-2026-11-28.csv");
}

#[test]
fn version_one_files_keep_their_fies_summary_counts_and_get_no_invented_households() {
    let a = crate::domain::bundled::examples()
        .into_iter()
        .find(|a| a.profile.community_type.as_deref() == Some("fisheries"))
        .unwrap();
    assert!(
        a.fies.values().any(|c| c.asked > 0),
        "the fisheries example holds 1.0 site totals"
    );
    let v1 = json!({"format": "green-community-assessment", "format_version": 1, "assessments": [a.to_value()]});
    let (m, version, bare) = migrate(v1.clone()).unwrap();
    assert_eq!((version, bare), (1, false));
    assert_eq!(m["format_version"], 3);
    let mut expected = v1["assessments"].clone();
    expected[0]["site_id"] = json!(a.id);
    expected[0]["round"] = json!(0);
    assert_eq!(
        m["assessments"], expected,
        "nothing inside an assessment changes but the site and round (3)"
    );
    let r = read_file(v1.to_string().as_bytes()).unwrap();
    assert_eq!(r.from_version, 1);
    let got = &r.incoming[0].assessment;
    assert_eq!(got.fies, a.fies);
    assert!(got.fies_households.is_empty());
}

#[test]
fn every_single_character_change_of_a_share_code_is_refused() {
    let data: Vec<u8> = (0..300u32).map(|i| (i * 37 % 251) as u8).collect();
    let hash = link_hash(&data).unwrap();
    let code = hash.strip_prefix("#/import?d=").unwrap();
    assert_eq!(read_code(code).unwrap(), data);
    let alphabet: Vec<char> = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".chars().collect();
    let chars: Vec<char> = code.chars().collect();
    let mut tried = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '.' {
            continue;
        }
        for &other in alphabet.iter().filter(|&&o| o != c).step_by(7) {
            let mut flipped = chars.clone();
            flipped[i] = other;
            let flipped: String = flipped.into_iter().collect();
            tried += 1;
            // Either refused, or (last character of a group) the same bytes: never other data.
            match read_code(&flipped) {
                Err(_) => {}
                Ok(bytes) => assert_eq!(bytes, data, "flip at {i} to {other} gave other data"),
            }
        }
    }
    assert!(tried > 1000);
}

/// A bundle of `n` small assessments with distinct ids.
fn many(n: usize) -> String {
    let one = Assessment { id: "x".into(), ..Assessment::default() }.to_value();
    let items: Vec<Value> = (0..n)
        .map(|i| {
            let mut v = one.clone();
            v["id"] = json!(format!("00000000-0000-4000-8000-{i:012}"));
            v
        })
        .collect();
    json!({ "format": "green-community-assessment", "format_version": 1, "assessments": items }).to_string()
}

#[test]
fn files_of_tens_of_thousands_of_assessments_are_refused_at_once_with_the_limit_named() {
    // 50,000 small assessments pass 10 MB: refused by size before being read.
    let huge = many(50_000);
    assert!(matches!(read_file(huge.as_bytes()), Err(Rejection::TooLarge { .. })));
    // 20,000 fit in 10 MB: refused by count before any assessment is checked.
    let text = many(20_000);
    assert!(text.len() < MAX_FILE_BYTES, "small enough to pass the size check: {}", text.len());
    let err = read_file(text.as_bytes()).unwrap_err();
    assert_eq!(err, Rejection::TooMany { count: 20_000 });
    assert!(err.message(true).contains("2000"), "{}", err.message(true));
    assert!(err.message(false).contains("at most 2000"));
    // Nothing is classified, so nothing stored could change.
    let (reports, work) = batch(&BTreeMap::new(), vec![("big.json", text)]);
    assert!(work.is_empty());
    assert!(reports[0].result.is_err());
}

#[test]
fn the_largest_allowed_file_is_read_whole_and_a_repeated_id_is_still_found() {
    let text = many(super::limits::MAX_ASSESSMENTS);
    let read = read_file(text.as_bytes()).unwrap();
    assert_eq!(read.incoming.len(), super::limits::MAX_ASSESSMENTS);
    // A repeated id is still found.
    let mut v: Value = serde_json::from_str(&many(3)).unwrap();
    v["assessments"][2]["id"] = v["assessments"][0]["id"].clone();
    assert!(matches!(read_file(v.to_string().as_bytes()), Err(Rejection::DuplicateIds { .. })));
}

#[test]
fn the_csvs_carry_both_lenses_and_the_round() {
    let mut a = fisheries();
    for (id, l, c) in [("C01", 1u8, 3u8), ("C02", 2, 2)] {
        a.apply(Action::SetLevel { indicator: id.into(), level: Some(l) }, NOW).unwrap();
        a.apply(Action::SetCommunityLevel { indicator: id.into(), level: Some(c) }, NOW).unwrap();
    }
    a.round = 2;
    a.site_id = "site-x".into();
    let inst = loaded().instrument;
    let ans = csv::answers_csv(std::slice::from_ref(&a), &inst);
    let row = ans.lines().nth(1).unwrap();
    assert!(row.ends_with(",1,0,,,3,site-x,2"), "{row}");
    let s = csv::scores_csv(std::slice::from_ref(&a), &inst);
    let mut lines = s.trim_start_matches('\u{FEFF}').lines();
    let head: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    let cell = |name: &str| row[head.iter().position(|h| *h == name).unwrap()];
    // food: assessors (2×25 + 50)/3 = 33.3; community (2×75 + 50)/3 = 66.7.
    assert_eq!((cell("food"), cell("community_food")), ("33.3", "66.7"));
    assert_eq!((cell("site_key"), cell("round")), ("site-x", "2"));
    assert_eq!(cell("community_governance"), "", "no community level: no score, not 0");
    assert!(s.trim_start_matches('\u{FEFF}').starts_with(&crate::domain::report::header(&inst).join(",")));
}

#[test]
fn rounds_of_one_site_import_side_by_side_as_its_history() {
    use crate::domain::rounds::{follow_up, previous_round, site_rounds};
    let mut base = edited(&fisheries(), "บ้านบ่อหิน");
    base.apply(Action::SetLevel { indicator: "C01".into(), level: Some(1) }, NOW).unwrap();
    let mut next = follow_up(&base, 1, "7b0d2c1e-0000-4000-8000-0000000000f2".into(), &loaded(), NOW);
    next.apply(Action::SetLevel { indicator: "C01".into(), level: Some(3) }, NOW).unwrap();
    let one = export_one(&base, &loaded(), NOW);
    let two = export_one(&next, &loaded(), NOW);
    let files = vec![("a.json".to_string(), one.into_bytes()), ("b.json".to_string(), two.into_bytes())];
    let mut n = 0;
    let (reports, drafts) = classify_batch(&BTreeMap::new(), &[], &files, Some(&loaded()), &mut || { n += 1; format!("new-{n}") }, "(copy)");
    let outcomes: Vec<Outcome> = reports.iter().flat_map(|r| r.result.as_ref().unwrap().iter().map(|e| e.outcome)).collect();
    assert_eq!(outcomes, vec![Outcome::Imported, Outcome::Imported], "two rounds are not a conflict");
    let history: Vec<u32> = site_rounds(drafts.values(), base.site()).iter().map(|a| a.round).collect();
    assert_eq!(history, vec![0, 1]);
    let after = &drafts[&next.id];
    assert_eq!(previous_round(drafts.values(), after).map(|a| a.id.clone()), Some(base.id.clone()));
    assert_eq!(after.site(), base.id);
}

#[test]
fn version_two_files_become_baselines_of_their_own_sites_with_the_same_hash() {
    let mut a = edited(&fisheries(), "บ้านบ่อหิน");
    a.apply(Action::SetLevel { indicator: "C01".into(), level: Some(2) }, NOW).unwrap();
    let hash = a.short_hash();
    let mut item = a.to_value();
    item.as_object_mut().unwrap().remove("site_id");
    item.as_object_mut().unwrap().remove("round");
    let v2 = json!({"format": "green-community-assessment", "format_version": 2, "assessments": [item]});
    let r = read_file(v2.to_string().as_bytes()).unwrap();
    assert_eq!(r.from_version, 2);
    let got = &r.incoming[0].assessment;
    assert_eq!((got.site_id.as_str(), got.round), (a.id.as_str(), 0));
    assert_eq!(got.short_hash(), hash, "its history still lines up with the local draft");
    // The same draft already on this device is a duplicate, not a conflict.
    let drafts: BTreeMap<String, Assessment> = [(a.id.clone(), a.clone())].into();
    let (reports, _) = classify_batch(&drafts, &[], &[("f.json".into(), v2.to_string().into_bytes())], None, &mut || "x".into(), "(copy)");
    assert_eq!(reports[0].result.as_ref().unwrap()[0].outcome, Outcome::Duplicate);
}

#[test]
fn a_file_is_counted_before_any_assessment_is_built_and_then_checked_in_steps() {
    // Past the limit: refused by `start` with the count even though every item is broken, so
    // no assessment was parsed or checked.
    let broken: Vec<Value> = (0..MAX_ASSESSMENTS_PLUS).map(|i| json!({"id": i})).collect();
    let text = json!({"format": "green-community-assessment", "format_version": 3, "assessments": broken}).to_string();
    assert_eq!(envelope::start(text.as_bytes()).unwrap_err(), Rejection::TooMany { count: MAX_ASSESSMENTS_PLUS });
    // Within it: `start` accepts, the steps check a few at a time and report progress, and the
    // result is what `read_file` gives at once.
    let mut v: Value = serde_json::from_str(&many(1_500)).unwrap();
    let good = v.to_string();
    let mut reading = envelope::start(good.as_bytes()).unwrap();
    assert_eq!((reading.done(), reading.total()), (0, 1_500));
    assert!(!reading.step(100).unwrap());
    assert_eq!(reading.done(), 100);
    let mut steps = 1;
    while !reading.step(100).unwrap() {
        steps += 1;
    }
    assert_eq!(steps, 14, "15 steps of 100 in all");
    assert_eq!(reading.finish().unwrap(), read_file(good.as_bytes()).unwrap());
    // A broken assessment is found by its step and named with its place.
    v["assessments"][1_000]["profile"] = json!("not an object");
    let bad = v.to_string();
    let mut reading = envelope::start(bad.as_bytes()).expect("the count and format are fine");
    assert!(!reading.step(1_000).unwrap());
    let err = reading.finish().unwrap_err();
    assert!(matches!(&err, Rejection::Shape { problems } if problems[0].to_string().contains("assessments[1000].profile")), "{err:?}");
    // A repeated id stops the step that meets it.
    v["assessments"][1_000] = v["assessments"][3].clone();
    let dup = v.to_string();
    let mut reading = envelope::start(dup.as_bytes()).unwrap();
    assert!(!reading.step(1_000).unwrap());
    assert!(matches!(reading.step(1_000), Err(Rejection::DuplicateIds { .. })));
}

const MAX_ASSESSMENTS_PLUS: usize = super::limits::MAX_ASSESSMENTS + 1;

#[test]
fn the_byte_scan_counts_the_top_level_assessments_only() {
    use super::limits::count_assessments;
    let count = |s: &str| count_assessments(s.as_bytes());
    assert_eq!(count(r#"{"assessments": []}"#), Some(0));
    assert_eq!(count(r#"{"assessments": [ ]}"#), Some(0));
    assert_eq!(count(r#"{"assessments": [{"id": "a"}]}"#), Some(1));
    // Commas, brackets and quotes inside strings and nested values are not items.
    let tricky = r#"{"format": "assessments", "x": [1, 2, 3], "assessments": [{"id": "a,b]", "h": ["1", "2"]}, {"id": "c\"],["}, 7]}"#;
    assert_eq!(count(tricky), Some(3));
    assert_eq!(serde_json::from_str::<Value>(tricky).unwrap()["assessments"].as_array().unwrap().len(), 3);
    // "assessments" as a value, or nested deeper, is not the list.
    assert_eq!(count(r#"{"a": {"assessments": [1, 2]}}"#), None);
    assert_eq!(count(r#"{"id": "x", "profile": {}}"#), None);
    assert_eq!(count(r#"[{"assessments": [1]}]"#), None);
    // Agrees with the parser on every file of the random envelopes.
    let text = many(2_500);
    assert_eq!(count(&text), Some(2_500));
}
