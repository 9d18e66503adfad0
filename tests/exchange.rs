//! Native tests of the exchange format: the hostile fixtures of `tests/fixtures/hostile/`
//! (each a clear rejection or a plain-text import, never a panic, never a change to existing
//! drafts), the generated 20 MB and 10,000-deep files, and the committed JSON Schema files.

use std::collections::BTreeMap;
use std::path::Path;

use green_community::domain::assessment::Assessment;
use green_community::domain::bundled;
use green_community::domain::exchange::{classify_batch, FileReport, Outcome, Rejection};
use green_community::domain::format::schema::{schema, Which};

fn local() -> BTreeMap<String, Assessment> {
    let mut a = bundled::examples().remove(1);
    a.id = "6e1f0a52-7c1d-4b8e-9a3f-2d5c8b1e0aff".into();
    a.example = false;
    [(a.id.clone(), a)].into_iter().collect()
}

fn import(name: &str, bytes: Vec<u8>) -> (FileReport, BTreeMap<String, Assessment>) {
    let before = local();
    let inst = bundled::instrument().unwrap();
    let (mut r, after) = classify_batch(
        &before,
        &bundled::examples(),
        &[(name.to_string(), bytes)],
        Some(&inst),
        &mut || "new".into(),
        "(copy)",
    );
    let report = r.pop().unwrap();
    if report.result.is_err() {
        assert_eq!(after, before, "{name}: a rejected file must change nothing");
    } else {
        for (id, a) in &before {
            assert_eq!(after.get(id), Some(a), "{name}: an existing draft changed");
        }
    }
    (report, after)
}

fn rejection(name: &str) -> Rejection {
    let bytes = std::fs::read(Path::new("tests/fixtures/hostile").join(name)).unwrap();
    let (r, _) = import(name, bytes);
    let e = r.result.unwrap_err();
    for thai in [true, false] {
        assert!(!e.message(thai).is_empty());
    }
    e
}

#[test]
fn every_hostile_fixture_is_rejected_clearly_or_imported_as_text() {
    assert!(matches!(
        rejection("malformed.json"),
        Rejection::Syntax { line: 4, .. }
    ));
    let e = rejection("wrong-types.json");
    let msg = e.message(false);
    for path in [
        "revision",
        "profile.site_name",
        "answers.C01.level",
        "fies.WORRIED.yes",
    ] {
        assert!(msg.contains(path), "{path} missing from: {msg}");
    }
    assert!(msg.ends_with("and 1 more."), "{msg}");
    let Rejection::Shape { problems } = e else {
        panic!()
    };
    assert_eq!(problems.last().map(|p| p.path.as_str()), Some("factors"));
    assert_eq!(
        rejection("future-version.json"),
        Rejection::FutureVersion { version: 7 }
    );
    assert!(matches!(
        rejection("duplicate-ids.json"),
        Rejection::DuplicateIds { .. }
    ));
    assert!(matches!(
        rejection("invalid-utf8.json"),
        Rejection::NotText { line: 1, .. }
    ));
    assert_eq!(rejection("empty.json"), Rejection::Empty);
    assert!(matches!(
        rejection("not-json.png"),
        Rejection::NotText { .. }
    ));
    assert_eq!(
        rejection("instrument-not-assessment.json"),
        Rejection::InstrumentFile
    );
}

#[test]
fn script_strings_are_imported_verbatim_as_plain_text() {
    let text = std::fs::read_to_string("tests/fixtures/hostile/script-strings.json").unwrap();
    let (r, after) = import("script-strings.json", text.clone().into_bytes());
    let entries = r.result.unwrap();
    assert_eq!(entries[0].outcome, Outcome::Imported);
    let a = &after[&entries[0].assessment.id];
    assert!(a.profile.site_name.contains("onerror=\"window.__pwned=1\""));
    assert!(a.profile.site_name.contains("<script>"));
    assert!(a.toolset.values().any(|t| t.starts_with("javascript:")));
    assert_eq!(
        a.extra["extra_field_from_the_future"],
        "javascript:alert(1)"
    );
    // Nothing was rewritten or dropped: the value is the file's value, made the baseline of
    // its own site (format 3).
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["site_id"] = serde_json::json!(a.id);
    v["round"] = serde_json::json!(0);
    assert_eq!(a.to_value(), v);
}

#[test]
fn a_20_mb_file_is_rejected_quickly_by_its_size() {
    let mut big = b"{\"id\": \"x\", \"pad\": \"".to_vec();
    big.resize(20 * 1024 * 1024, b'a');
    big.extend_from_slice(b"\"}");
    let t = std::time::Instant::now();
    let (r, _) = import("big.json", big);
    assert!(matches!(r.result, Err(Rejection::TooLarge { .. })));
    assert!(t.elapsed().as_millis() < 1000, "took {:?}", t.elapsed());
}

#[test]
fn ten_thousand_deep_nesting_is_rejected_without_overflowing_the_stack() {
    let deep = format!(
        "{{\"id\": \"x\", \"a\": {}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let (r, _) = import("deep.json", deep.into_bytes());
    assert!(matches!(r.result, Err(Rejection::TooDeep { .. })));
    let objects = format!("{}{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
    let (r, _) = import("deep-objects.json", objects.into_bytes());
    assert!(matches!(r.result, Err(Rejection::TooDeep { .. })));
}

#[test]
fn the_committed_json_schema_files_are_up_to_date() {
    for (which, file) in [
        (Which::Instrument, "instrument.schema.json"),
        (Which::Assessment, "assessment.schema.json"),
        (Which::All, "green-community.schema.json"),
    ] {
        let expected = format!(
            "{}\n",
            serde_json::to_string_pretty(&schema(which)).unwrap()
        );
        let committed =
            std::fs::read_to_string(Path::new("public/schema").join(file)).unwrap_or_default();
        assert!(
            committed == expected,
            "public/schema/{file} is stale: run `gca schema {}` > public/schema/{file}",
            match which {
                Which::Instrument => "instrument",
                Which::Assessment => "assessment",
                Which::All => "",
            }
        );
    }
    let s = schema(Which::Assessment);
    assert!(s["$defs"]["bundle"]["properties"]["exported_at"].is_object());
}
