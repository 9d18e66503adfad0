//! The `gca` command-line tool, driven as a user would: exit codes and output lines.

use std::process::{Command, Output};

const GCA: &str = env!("CARGO_BIN_EXE_gca");
const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn gca(args: &[&str]) -> Output {
    Command::new(GCA).args(args).output().expect("run gca")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn valid() -> String {
    format!("{FIX}/instruments/valid.json")
}

#[test]
fn validate_ok_prints_id_version_and_hash() {
    let o = gca(&["validate", &valid()]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let parts: Vec<&str> = out.trim().split(' ').collect();
    assert_eq!(parts[..3], ["ok:", "green-community-test", "0.1.0"]);
    assert_eq!(parts[3].len(), 64);
}

/// Each broken variant, with every problem line `gca validate` must print for it.
const BROKEN: &[(&str, &[&str])] = &[
    ("syntax-error", &["(document): not valid JSON: expected `,` or `}` (line 5, column 3)"]),
    ("missing-field", &["indicators[3] C04: levels: missing (required field)"]),
    ("wrong-type", &[
        "title: expected a text {\"th\": \"...\", \"en\": \"...\"}, found the string \"ชุมชนสีเขียว\"",
        "indicators[2] C03: weight: expected a number, found the string \"1\"",
    ]),
    ("empty-text", &[
        "dimensions[1] governance: name.en: empty (English text is required)",
        "indicators[12] ID01: levels[3].th: empty (Thai text is required)",
    ]),
    ("duplicate-ids", &[
        "indicators[1] C01: id: duplicate id \"C01\" (also at indicators[0])",
        "toolset[2] type: id: duplicate id \"type\" (also at toolset[0])",
        "network.tie_types[1] funding: id: duplicate id \"funding\" (also at network.tie_types[0])",
    ]),
    ("unknown-references", &[
        "indicators[0] C01: dimension: unknown dimension \"fod\"",
        "indicators[1] C02: pillars[0]: unknown pillar \"nutrition\" (use availability, access, utilization, stability, agency, sustainability)",
        "indicators[4] C05: bcg[0]: unknown BCG letter \"X\" (use B, C or G)",
        "indicators[9] FI01: applies_to[0]: unknown community type \"fisheris\"",
        "network.known_actors[0].level: unknown level \"world\"",
    ]),
    ("core-mixed", &["indicators[0] C01: applies_to: \"core\" already means every type; do not mix it with type ids"]),
    ("levels", &[
        "indicators[4] C05: levels: must have exactly 5 descriptors (levels 0 to 4), found 4",
        "indicators[5] C06: levels[3].th: same descriptor as level 1; each level must describe something different",
        "indicators[5] C06: levels[3].en: same descriptor as level 1; each level must describe something different",
    ]),
    ("bad-weights", &[
        "dimensions[2] resources: weight: must be a number greater than 0, found -1.5",
        "indicators[0] C01: weight: must be a number greater than 0, found 0",
    ]),
    ("band-gap", &[
        "bands[1] starting: min: gap: the previous band ends at 25, this one starts at 30",
        "bands[3] model: max: must be 100 (bands cover 0 to 100), found 99",
    ]),
    ("band-overlap", &[
        "bands[2] developing: min: overlap: the previous band ends at 50, this one starts at 45",
        "bands[0] none: min: must be 0 (bands cover 0 to 100), found 5",
    ]),
    ("fies-items", &[
        "fies.items: must have exactly 8 items (WORRIED, HEALTHY, FEWFOOD, SKIPPED, ATELESS, RUNOUT, HUNGRY, WHLDAY), found 7",
        "fies.items[2] FEW_FOOD: code: unknown FIES code \"FEW_FOOD\" (use WORRIED, HEALTHY, FEWFOOD, SKIPPED, ATELESS, RUNOUT, HUNGRY, WHLDAY)",
    ]),
    ("toolset-seven", &["toolset: must have exactly 8 parts, found 7"]),
    ("bad-version", &[
        "version: \"2025-xx-draft\" is not a version like 1.0.0 (MAJOR.MINOR.PATCH)",
        "provisional_below: must be between 0 and 1 (a share of indicators answered), found 60",
    ]),
    ("unused-dimension-and-type", &[
        "community_types[2] tourism: community type \"tourism\" has no type-specific indicators",
        "dimensions[6] resilience: dimension \"resilience\" has no indicators",
    ]),
    // Instrument 1.1.0 without C24: three types keep only two knowledge indicators.
    ("thin-dimension", &[
        "community_types[0] rubber: community type \"rubber\" has 2 indicator(s) in dimension \"knowledge\"; at least 3 are required so that no single indicator carries a dimension",
        "community_types[3] identity: community type \"identity\" has 2 indicator(s) in dimension \"knowledge\"; at least 3 are required so that no single indicator carries a dimension",
        "community_types[4] watershed: community type \"watershed\" has 2 indicator(s) in dimension \"knowledge\"; at least 3 are required so that no single indicator carries a dimension",
    ]),
];

#[test]
fn validate_names_every_problem_of_each_broken_variant() {
    assert!(BROKEN.len() >= 10);
    for (name, want) in BROKEN {
        let path = format!("{FIX}/instruments/broken/{name}.json");
        let o = gca(&["validate", &path]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert_eq!(stdout(&o), "", "{name}: problems go to stderr");
        let lines: Vec<String> = stderr(&o)
            .lines()
            .filter(|l| !l.starts_with("gca: "))
            .map(|l| l.replacen(&format!("{path}: "), "", 1))
            .collect();
        assert_eq!(lines, *want, "{name}");
    }
}

#[test]
fn every_broken_fixture_is_listed() {
    let dir = format!("{FIX}/instruments/broken");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .trim_end_matches(".json")
                .to_string()
        })
        .collect();
    files.sort();
    let mut listed: Vec<String> = BROKEN.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed);
}

/// The worked example of docs/scoring.md (keep the figures there in step).
const WORKED_CSV: &str = "\
id,site,type,province,overall,band,coverage,food,governance,resources,economy,knowledge,network,resilience
5f0c8a52-3b1e-4c7d-9a2f-0e6b7d1c4a90,\"บ้านแหลม, worked example\",fisheries,TH-84,57.6,developing,77.8,66.7,100.0,25.0,62.5,,25.0,
";

#[test]
fn score_reproduces_the_worked_example() {
    let o = gca(&[
        "score",
        "--instrument",
        &valid(),
        &format!("{FIX}/worked-example.json"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(stdout(&o), WORKED_CSV);
}

#[test]
fn score_reads_bundles_and_several_files() {
    let dir = std::env::temp_dir().join(format!("gca-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let one = std::fs::read_to_string(format!("{FIX}/worked-example.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&one).unwrap();
    let mut empty = v.clone();
    empty["id"] = "00000000-0000-4000-8000-000000000000".into();
    empty["answers"] = serde_json::json!({});
    empty["profile"]["site_name"] = "ว่าง".into();
    let bundle = serde_json::json!({"format": "green-community-assessment", "format_version": 1, "assessments": [v, empty]});
    let path = dir.join("bundle.json");
    std::fs::write(&path, bundle.to_string()).unwrap();
    let o = gca(&[
        "score",
        &format!("--instrument={}", valid()),
        path.to_str().unwrap(),
        &format!("{FIX}/worked-example.json"),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(
        lines[2],
        "00000000-0000-4000-8000-000000000000,ว่าง,fisheries,TH-84,,,0.0,,,,,,,"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn score_rejects_broken_files_with_exit_1() {
    let o = gca(&[
        "score",
        "--instrument",
        &valid(),
        &format!("{FIX}/instruments/broken/syntax-error.json"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let o = gca(&[
        "score",
        "--instrument",
        &format!("{FIX}/instruments/broken/levels.json"),
        &format!("{FIX}/worked-example.json"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let o = gca(&["score", "--instrument", &valid(), "/nonexistent/file.json"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn validate_checks_assessments_against_an_instrument() {
    let o = gca(&[
        "validate",
        "--instrument",
        &valid(),
        &format!("{FIX}/worked-example.json"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("answers.ZZ99: unknown indicator \"ZZ99\" (ignored in scores)"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["validate"],
        &["validate", "a", "b"],
        &["score"],
        &["score", "--instrument"],
        &["score", "--bogus", "x"],
        &["schema", "nope"],
    ] {
        let o = gca(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("usage:"));
    }
    assert_eq!(gca(&["--help"]).status.code(), Some(0));
}

#[test]
fn schema_is_json_with_both_formats() {
    for (args, key) in [
        (&["schema"][..], "anyOf"),
        (&["schema", "instrument"], "$ref"),
        (&["schema", "assessment"], "anyOf"),
    ] {
        let o = gca(args);
        assert_eq!(o.status.code(), Some(0));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert!(v.get(key).is_some());
        assert!(v["$defs"]["instrument"].is_object() && v["$defs"]["assessment"].is_object());
    }
}

/// A scratch folder for files written by one test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gca-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn worked() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{FIX}/worked-example.json")).unwrap()).unwrap()
}

const HEADER: &str = "id,site,type,province,overall,band,coverage,food,governance,resources,economy,knowledge,network,resilience";

/// Every envelope form that docs/exchange-format.md says import reads, `gca score` reads too:
/// a bare assessment, `{"assessments": [...]}` without `format` or `format_version`, and the
/// same with `format` only; a UTF-8 byte-order mark in front is accepted.
#[test]
fn score_reads_every_form_import_reads() {
    let dir = scratch("forms");
    let forms = [
        ("bare", worked()),
        ("no-format", serde_json::json!({"assessments": [worked()]})),
        ("format-only", serde_json::json!({"format": "green-community-assessment", "assessments": [worked()]})),
        ("v1", serde_json::json!({"format": "green-community-assessment", "format_version": 1, "assessments": [worked()]})),
    ];
    for (name, v) in forms {
        for bom in ["", "\u{feff}"] {
            let path = dir.join(format!("{name}.json"));
            std::fs::write(&path, format!("{bom}{v}")).unwrap();
            let o = gca(&["score", "--instrument", &valid(), path.to_str().unwrap()]);
            assert_eq!((o.status.code(), stderr(&o)), (Some(0), String::new()), "{name} {bom:?}");
            assert_eq!(stdout(&o), WORKED_CSV, "{name}");
            let o = gca(&["validate", "--instrument", &valid(), path.to_str().unwrap()]);
            assert!(stderr(&o).contains("answers.ZZ99: unknown indicator"), "{name}: {}", stderr(&o));
        }
    }
    let inst = std::fs::read_to_string(valid()).unwrap();
    let path = dir.join("instrument-bom.json");
    std::fs::write(&path, format!("\u{feff}{inst}")).unwrap();
    let o = gca(&["validate", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("ok: "));
    std::fs::remove_dir_all(&dir).ok();
}

/// Empty files, empty bundles and repeated ids are refused as import refuses them, on stderr;
/// stdout holds the CSV of the readable files and nothing else.
#[test]
fn score_refuses_what_import_refuses_and_keeps_the_csv_clean() {
    let dir = scratch("refusals");
    let write = |name: &str, text: String| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let empty = write("empty.json", " \n".into());
    let bom_only = write("bom-only.json", "\u{feff}".into());
    let no_items = write("no-items.json", serde_json::json!({"format": "green-community-assessment", "format_version": 1, "assessments": []}).to_string());
    let twice = write("twice.json", serde_json::json!({"assessments": [worked(), worked()]}).to_string());
    let mut broken = worked();
    broken["answers"]["C01"]["level"] = "three".into();
    let broken = write("broken.json", serde_json::json!({"assessments": [broken]}).to_string());
    let good = format!("{FIX}/worked-example.json");
    let o = gca(&["score", "--instrument", &valid(), &empty, &bom_only, &no_items, &twice, &broken, &good]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), WORKED_CSV, "only the CSV on stdout");
    let err = stderr(&o);
    assert!(err.contains(&format!("{empty}: the file is empty")), "{err}");
    assert!(err.contains(&format!("{bom_only}: the file is empty")), "{err}");
    assert!(err.contains(&format!("{no_items}: This file holds no assessment.")), "{err}");
    assert!(err.contains("appears twice in this file"), "{err}");
    assert!(err.contains(&format!("{broken}: assessments[0] 5f0c8a52-3b1e-4c7d-9a2f-0e6b7d1c4a90: answers.C01.level: expected")), "{err}");
    for name in [&empty, &no_items, &twice] {
        let o = gca(&["validate", "--instrument", &valid(), name]);
        assert_eq!((o.status.code(), stdout(&o)), (Some(1), String::new()), "{name}");
    }
    let o = gca(&["score", "--instrument", &valid(), &no_items]);
    assert_eq!(stdout(&o).trim_end(), HEADER);
    std::fs::remove_dir_all(&dir).ok();
}
