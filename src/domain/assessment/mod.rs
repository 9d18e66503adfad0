//! One site's assessment: the value ([`model`]), its reducer ([`actions`]), semantic checks
//! against an instrument ([`check`]) and progress per form section ([`completion`]).

pub mod actions;
pub mod check;
pub mod completion;
mod json;
pub mod model;
pub mod uuid;

#[cfg(test)]
mod tests;

pub use actions::{Action, ActionError};
pub use completion::{completion, Completion, Section};
pub use model::*;
pub use uuid::{is_uuid_v4, uuid_v4_from_bytes};

use serde_json::Value;

use super::canonical;
use super::format;
use super::instrument::{LoadedInstrument, MAX_LEVEL};
use super::problem::Problem;

/// The `format` marker of a file holding assessments.
pub const BUNDLE_FORMAT: &str = "green-community-assessment";
/// The bundle format version this code writes and reads.
pub const BUNDLE_FORMAT_VERSION: u64 = 3;
/// How many earlier revision hashes an assessment keeps.
pub const HISTORY_CAP: usize = 32;

/// Why an assessment file cannot be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AssessmentError {
    #[error("not valid JSON: {message} (line {line}, column {column})")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("not an assessment file: {} problem(s); first: {}", .0.len(), first(.0))]
    Shape(Vec<Problem>),
    #[error("unsupported file: {0}")]
    Unsupported(String),
}

fn first(problems: &[Problem]) -> String {
    problems.first().map(|p| p.to_string()).unwrap_or_default()
}

impl AssessmentError {
    /// Every problem as a list.
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            AssessmentError::Shape(p) => p.clone(),
            other => vec![Problem::new("", other.to_string())],
        }
    }
}

impl Assessment {
    /// A new, empty assessment filled with the given instrument. `id` comes from
    /// [`uuid_v4_from_bytes`] with random bytes supplied by the platform layer.
    pub fn new(id: String, instrument: &LoadedInstrument, now_iso: &str) -> Assessment {
        Assessment {
            created_at: now_iso.to_string(),
            updated_at: now_iso.to_string(),
            instrument: InstrumentRef {
                id: instrument.instrument.id.clone(),
                version: instrument.instrument.version.clone(),
                hash: instrument.hash.clone(),
                extra: Default::default(),
            },
            site_id: id.clone(),
            id,
            ..Default::default()
        }
    }

    /// The site this assessment is a round of: `site_id`, or the assessment's own id when
    /// older data has none (a baseline of its own site, as the format 3 migration writes).
    pub fn site(&self) -> &str {
        if self.site_id.trim().is_empty() {
            &self.id
        } else {
            &self.site_id
        }
    }

    /// Fills an empty `site_id` with the id (older data: a baseline of its own site).
    pub fn settle_site(&mut self) {
        if self.site_id.trim().is_empty() {
            self.site_id = self.id.clone();
        }
    }

    /// Parses one assessment (not a bundle) from JSON text.
    pub fn from_json(text: &str) -> Result<Assessment, AssessmentError> {
        from_value(&parse_value(text)?, "")
    }

    /// Pretty JSON for saving and download. Serialising plain data cannot fail; should it
    /// ever, an empty object is returned rather than panicking.
    pub fn to_json(&self) -> String {
        // Through `Value` so that the wasm carries one serializer of `Assessment`, not one per
        // output format (compact, pretty, value).
        serde_json::to_string_pretty(&self.to_value()).unwrap_or_else(|_| "{}".to_string())
    }

    /// The assessment as a JSON value.
    pub fn to_value(&self) -> Value {
        json::to_value(self)
    }

    /// A short (16 hex) hash of the content, for `history`. Ignores `history` itself and
    /// the timestamps so that equal content gives an equal hash. A baseline of its own site
    /// (`site_id` empty or the id, round 0) hashes as before format 3, so the histories of
    /// migrated drafts and files still line up.
    pub fn short_hash(&self) -> String {
        let mut value = self.to_value();
        if let Value::Object(m) = &mut value {
            m.remove("history");
            m.remove("updated_at");
            if self.site() == self.id {
                m.remove("site_id");
            }
            if self.round == 0 {
                m.remove("round");
            }
        }
        let mut h = canonical::content_hash(&value);
        h.truncate(16);
        h
    }

    /// Whether a level was recorded above the scale (reported by `check`, never scored).
    pub fn has_invalid_levels(&self) -> bool {
        self.answers
            .values()
            .any(|a| a.level.is_some_and(|l| l > MAX_LEVEL))
    }
}

fn parse_value(text: &str) -> Result<Value, AssessmentError> {
    super::instrument::parse_json(text).map_err(|(line, column, message)| AssessmentError::Syntax {
        line,
        column,
        message,
    })
}

fn from_value(value: &Value, path: &str) -> Result<Assessment, AssessmentError> {
    let mut problems = Vec::new();
    format::check(value, &format::defs::ASSESSMENT, path, &mut problems);
    if !problems.is_empty() {
        return Err(AssessmentError::Shape(problems));
    }
    let mut a = json::from_checked(value.clone());
    a.settle_site();
    Ok(a)
}

/// An assessment from a value that `format::check` accepted as one (see [`json`]).
pub(crate) fn from_checked(value: Value) -> Assessment {
    json::from_checked(value)
}

/// Reads a file that holds assessments: a bundle
/// `{"format": "green-community-assessment", "format_version": 1, "assessments": [...]}`
/// or a single assessment object. Every shape problem of every assessment is reported.
pub fn parse_assessments(text: &str) -> Result<Vec<Assessment>, AssessmentError> {
    let value = parse_value(text)?;
    let Some(obj) = value.as_object() else {
        return Err(AssessmentError::Unsupported(
            "expected a JSON object".into(),
        ));
    };
    match obj.get("format").and_then(Value::as_str) {
        Some(BUNDLE_FORMAT) => {}
        Some(super::instrument::INSTRUMENT_FORMAT) => {
            return Err(AssessmentError::Unsupported(
                "this is an instrument file, not an assessment".into(),
            ))
        }
        Some(other) => {
            return Err(AssessmentError::Unsupported(format!(
                "unknown format \"{other}\""
            )))
        }
        None if obj.contains_key("assessments") => {}
        None => return from_value(&value, "").map(|a| vec![a]),
    }
    let mut problems = Vec::new();
    format::check(&value, &format::defs::BUNDLE, "", &mut problems);
    if !problems.is_empty() {
        return Err(AssessmentError::Shape(problems));
    }
    let items = obj
        .get("assessments")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match from_value(item, &format!("assessments[{i}]")) {
            Ok(a) => out.push(a),
            Err(AssessmentError::Shape(p)) => problems.extend(p),
            Err(e) => problems.push(Problem::new(format!("assessments[{i}]"), e.to_string())),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(AssessmentError::Shape(problems))
    }
}

/// Writes assessments as a bundle (pretty JSON).
pub fn bundle_json(assessments: &[Assessment]) -> String {
    let value = serde_json::json!({
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_FORMAT_VERSION,
        "assessments": assessments.iter().map(Assessment::to_value).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".to_string())
}
