//! The envelope: how assessments travel in a file, and how a file is read back (with the
//! migration of older format versions).
//!
//! ```jsonc
//! {"format": "green-community-assessment", "format_version": 3,
//!  "exported_at": "2026-11-28T11:02:41Z", "app_version": "0.1.0",
//!  "scores": {"<id>": {"overall": 62.3, "band": "developing"}},   // as scored when exported
//!  "assessments": [ { ...one assessment, with its "instrument": {id, version, hash} } ]}
//! ```

use std::collections::HashSet;

use serde_json::{json, Map, Value};

use super::limits::{line_col, scan, MAX_ASSESSMENTS, MAX_DEPTH, MAX_FILE_BYTES};
use super::reason::Rejection;
use crate::domain::assessment::{Assessment, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION};
use crate::domain::format::{self, defs};
use crate::domain::instrument::{parse_json, LoadedInstrument, INSTRUMENT_FORMAT};
use crate::domain::problem::{index, Problem};
use crate::domain::scoring::{score, Ratio};

/// The app version written into every export.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Builds the envelope for `assessments` (one or many), with each one's overall score under
/// the given instrument so that a later import under another instrument can show before/after.
pub fn envelope(assessments: &[Assessment], inst: &LoadedInstrument, now_iso: &str) -> Value {
    let mut scores = Map::new();
    for a in assessments {
        let r = score(a, &inst.instrument);
        scores.insert(
            a.id.clone(),
            json!({"overall": r.overall.map(Ratio::rounded), "band": r.band}),
        );
    }
    let list: Vec<Value> = assessments.iter().map(Assessment::to_value).collect();
    json!({
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_FORMAT_VERSION,
        "exported_at": now_iso,
        "app_version": APP_VERSION,
        "scores": scores,
        "assessments": list,
    })
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| "{}".to_string())
}

/// One assessment as a file.
pub fn export_one(a: &Assessment, inst: &LoadedInstrument, now_iso: &str) -> String {
    pretty(&envelope(std::slice::from_ref(a), inst, now_iso))
}

/// Every draft as one backup file.
pub fn export_all(all: &[Assessment], inst: &LoadedInstrument, now_iso: &str) -> String {
    pretty(&envelope(all, inst, now_iso))
}

/// `<site-name>-<date>.json`: characters that file systems or chat apps reject become `-`;
/// Thai stays. An unnamed site is called `assessment`.
pub fn file_name(site_name: &str, date: &str, ext: &str) -> String {
    let mut name = String::new();
    // Bidi controls and other invisible format characters are dropped outright: in a file name
    // they can show "บ้าน\u{202E}gnp.exe" as "บ้านexe.png" (a file that lies about its type).
    let shown = site_name.trim().chars().filter(|c| !is_invisible_format(*c));
    for c in shown.take(60) {
        let bad = c.is_control() || c.is_whitespace() || "/\\:*?\"<>|#%&{}$!'@`=+".contains(c);
        if bad {
            if !name.ends_with('-') {
                name.push('-');
            }
        } else {
            name.push(c);
        }
    }
    let name = name.trim_matches(['-', '.']);
    let name = if name.is_empty() { "assessment" } else { name };
    let date = date.get(..10).unwrap_or(date);
    format!("{name}-{date}.{ext}")
}

/// Characters that change text direction or are invisible (bidi embeddings, overrides and
/// isolates, direction marks, zero-width characters, the BOM).
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

/// One assessment read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub assessment: Assessment,
    /// The overall score written by the exporting app, if any (before re-scoring).
    pub exported_overall: Option<f64>,
}

/// A file that was read successfully.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadFile {
    /// The format version found in the file (0 = before versioning, migrated).
    pub from_version: u64,
    pub incoming: Vec<Incoming>,
}

/// Reads a file's bytes: size, text, depth, count, JSON, format, version (migrating older
/// ones), shape of every assessment, duplicate ids. Any failure rejects the whole file.
/// The same as [`start`] followed by every [`Reading::step`] at once.
pub fn read_file(bytes: &[u8]) -> Result<ReadFile, Rejection> {
    start(bytes)?.finish()
}

/// A file being read: parsed, but its assessments not yet checked. [`Reading::step`] checks a
/// few at a time, so that the page can stay responsive and show progress between steps;
/// [`Reading::finish`] gives the result.
#[derive(Debug)]
pub struct Reading {
    from_version: u64,
    /// A bare assessment rather than an envelope: paths in messages have no prefix.
    bare: bool,
    /// The assessments, each taken out (left `null`) once checked.
    items: Vec<Value>,
    scores: Value,
    next: usize,
    /// Ids seen so far: a set, since comparing each with every earlier one grew with the
    /// square of the count (minutes for tens of thousands).
    seen: HashSet<String>,
    problems: Vec<Problem>,
    incoming: Vec<Incoming>,
}

/// Everything about a file but its assessments' shapes: size, text, depth, the count of
/// assessments (found by one pass over the bytes, before the JSON is parsed, so a file of
/// 50,000 is refused at once), JSON syntax, format and version.
pub fn start(bytes: &[u8]) -> Result<Reading, Rejection> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Rejection::TooLarge { bytes: bytes.len() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Rejection::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_col(bytes, e.valid_up_to());
        Rejection::NotText { line, column }
    })?;
    if let Some(off) = text.find('\0') {
        let (line, column) = line_col(bytes, off);
        return Err(Rejection::NotText { line, column });
    }
    let found = scan(bytes, MAX_DEPTH);
    if let Some((line, column)) = found.too_deep {
        return Err(Rejection::TooDeep { line, column });
    }
    if let Some(count) = found.assessments.filter(|n| *n > MAX_ASSESSMENTS) {
        return Err(Rejection::TooMany { count });
    }
    let value = parse_json(text).map_err(|(line, column, message)| Rejection::Syntax {
        line,
        column,
        message,
    })?;
    let (mut value, from_version, bare) = migrate(value)?;
    let scores = value.get_mut("scores").map(Value::take).unwrap_or(Value::Null);
    let Some(Value::Array(items)) = value.get_mut("assessments").map(Value::take) else {
        return Err(Rejection::Shape {
            problems: vec![Problem::new("assessments", "expected a list [...]")],
        });
    };
    if items.is_empty() {
        return Err(Rejection::NoAssessments);
    }
    // The count again, for a file the byte scan could not read (a key written with escapes).
    if items.len() > MAX_ASSESSMENTS {
        return Err(Rejection::TooMany { count: items.len() });
    }
    Ok(Reading {
        from_version,
        bare,
        scores,
        next: 0,
        seen: HashSet::with_capacity(items.len()),
        problems: Vec::new(),
        incoming: Vec::with_capacity(items.len()),
        items,
    })
}

impl Reading {
    /// How many assessments the file holds.
    pub fn total(&self) -> usize {
        self.items.len()
    }

    /// How many have been checked.
    pub fn done(&self) -> usize {
        self.next
    }

    /// Checks up to `n` more assessments (shape, id, repeated id). `Ok(true)` once every one
    /// is checked; an error rejects the whole file.
    pub fn step(&mut self, n: usize) -> Result<bool, Rejection> {
        let end = self.next.saturating_add(n).min(self.items.len());
        while self.next < end {
            let i = self.next;
            self.next += 1;
            let item = self.items.get_mut(i).map(Value::take).unwrap_or(Value::Null);
            let path = if self.bare {
                String::new()
            } else {
                index("assessments", i)
            };
            let before = self.problems.len();
            format::check(&item, &defs::ASSESSMENT, &path, &mut self.problems);
            if self.problems.len() > before {
                continue;
            }
            let mut a = crate::domain::assessment::from_checked(item);
            a.settle_site();
            if a.id.trim().is_empty()
                || a.id.chars().count() > 128
                || a.id.chars().any(char::is_control)
            {
                let id_path = if self.bare {
                    "id".to_string()
                } else {
                    format!("{path}.id")
                };
                self.problems.push(Problem::new(
                    id_path,
                    "must be a short non-empty id (a UUID)",
                ));
                continue;
            }
            if !self.seen.insert(a.id.clone()) {
                return Err(Rejection::DuplicateIds { id: a.id });
            }
            let exported_overall = self
                .scores
                .get(&a.id)
                .and_then(|s| s.get("overall"))
                .and_then(Value::as_f64);
            self.incoming.push(Incoming {
                assessment: a,
                exported_overall,
            });
        }
        Ok(self.next >= self.items.len())
    }

    /// The file once every step is done: its assessments, or every shape problem found.
    pub fn finish(mut self) -> Result<ReadFile, Rejection> {
        while !self.step(usize::MAX)? {}
        if !self.problems.is_empty() {
            return Err(Rejection::Shape {
                problems: self.problems,
            });
        }
        Ok(ReadFile {
            from_version: self.from_version,
            incoming: self.incoming,
        })
    }
}

/// Brings any supported version to the current envelope. Returns the envelope, the version
/// found, and whether the file was a bare assessment (so paths in messages have no prefix).
///
/// Version 0 (before the envelope was versioned) is either a bare assessment object or
/// `{"assessments": [...]}` / `{"format": ..., "assessments": [...]}` without
/// `format_version`; it is wrapped, nothing inside changes.
pub fn migrate(value: Value) -> Result<(Value, u64, bool), Rejection> {
    let Value::Object(mut obj) = value else {
        let found = match value {
            Value::Array(_) => "a list",
            Value::String(_) => "a string",
            Value::Number(_) => "a number",
            Value::Bool(_) => "true/false",
            _ => "null",
        };
        return Err(Rejection::NotOurs {
            detail: format!("expected an object {{...}}, found {found}"),
        });
    };
    match obj.get("format") {
        None => {}
        Some(Value::String(f)) if f == BUNDLE_FORMAT => {}
        Some(Value::String(f)) if f == INSTRUMENT_FORMAT => return Err(Rejection::InstrumentFile),
        Some(Value::String(f)) => {
            let short: String = f.chars().take(40).collect();
            return Err(Rejection::NotOurs {
                detail: format!("format \"{short}\""),
            });
        }
        Some(_) => {
            return Err(Rejection::Shape {
                problems: vec![Problem::new(
                    "format",
                    "expected the string \"green-community-assessment\"",
                )],
            })
        }
    }
    let version = match obj.get("format_version") {
        None => 0,
        Some(v) => match v.as_u64() {
            Some(n) => n,
            None => {
                return Err(Rejection::Shape {
                    problems: vec![Problem::new(
                        "format_version",
                        "expected a whole number (3)",
                    )],
                })
            }
        },
    };
    if version > BUNDLE_FORMAT_VERSION {
        return Err(Rejection::FutureVersion { version });
    }
    if version == 0 {
        return migrate_v0(obj);
    }
    obj.insert("format".into(), json!(BUNDLE_FORMAT));
    if version == 1 {
        migrate_v1(&mut obj);
    }
    if version <= 2 {
        migrate_v2(&mut obj);
    }
    Ok((Value::Object(obj), version, false))
}

/// format_version 1 → 2. Version 2 adds FIES answers household by household
/// (`fies_households`). A version 1 assessment's `fies` holds site totals (yes and asked per
/// item); they keep their meaning as "summary counts recorded before household entry" and
/// are never turned into households, so nothing inside an assessment changes; only the
/// envelope's version is raised. (An app that reads only version 1 refuses version 2 files
/// as "from a newer version" rather than showing a site's households as no data.)
fn migrate_v1(obj: &mut Map<String, Value>) {
    obj.insert("format_version".into(), json!(2));
}

/// format_version 2 → 3. Version 3 adds sites and rounds (`site_id`, `round`) and the
/// community's own level beside the assessors' (`answers.*.community_level`). Every earlier
/// assessment becomes the baseline of its own site: `site_id` = its id, `round` = 0. Nothing
/// else changes (no answer gains a community level), and the content hash of such a baseline
/// is the one it had before, so histories still line up. Items that are not objects or have
/// no string id are left for the shape check to report.
fn migrate_v2(obj: &mut Map<String, Value>) {
    if let Some(Value::Array(items)) = obj.get_mut("assessments") {
        for item in items.iter_mut() {
            baseline_of_own_site(item);
        }
    }
    obj.insert("format_version".into(), json!(BUNDLE_FORMAT_VERSION));
}

/// An assessment object without a site becomes the baseline of its own site.
fn baseline_of_own_site(item: &mut Value) {
    let Value::Object(a) = item else { return };
    let Some(id) = a.get("id").and_then(Value::as_str).map(str::to_string) else {
        return;
    };
    let has_site = a
        .get("site_id")
        .and_then(Value::as_str)
        .is_some_and(|s| !s.trim().is_empty());
    if !has_site {
        a.insert("site_id".into(), json!(id));
    }
    if !a.contains_key("round") {
        a.insert("round".into(), json!(0));
    }
}

/// format_version 0 → current (0 → 1 wraps the assessments; 1 → 2 changes nothing inside;
/// 2 → 3 makes each assessment the baseline of its own site).
fn migrate_v0(obj: Map<String, Value>) -> Result<(Value, u64, bool), Rejection> {
    if obj.contains_key("assessments") {
        let mut obj = obj;
        obj.insert("format".into(), json!(BUNDLE_FORMAT));
        migrate_v2(&mut obj);
        return Ok((Value::Object(obj), 0, false));
    }
    if obj.contains_key("id") && !obj.contains_key("format") {
        let mut wrapped = json!({
            "format": BUNDLE_FORMAT,
            "format_version": BUNDLE_FORMAT_VERSION,
            "assessments": [Value::Object(obj)],
        });
        if let Value::Object(w) = &mut wrapped {
            migrate_v2(w);
        }
        return Ok((wrapped, 0, true));
    }
    Err(Rejection::NotOurs {
        detail: "no \"format\", \"assessments\" or \"id\" field".into(),
    })
}
