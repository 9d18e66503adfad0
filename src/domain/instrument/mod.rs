//! The instrument: one versioned data file that holds the whole framework (types,
//! dimensions, indicators with their 0–4 descriptors, weights, bands, Tool set 1, FIES,
//! factor and network vocabularies).
//!
//! Loading happens in three steps, each reporting every problem it finds:
//! 1. JSON syntax ([`InstrumentError::Syntax`] with line and column);
//! 2. shape: missing fields and wrong types, named by path (see [`crate::domain::format`]);
//! 3. meaning: ids, references, weights, bands ([`validate()`]).

pub mod hash;
mod json;
pub mod migrate;
pub mod model;
pub mod semver;
pub mod validate;

#[cfg(test)]
mod tests;

pub use hash::instrument_hash;
pub use model::*;
pub use validate::validate;

use serde_json::Value;

use super::format;
use super::problem::Problem;

/// Why an instrument file cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum InstrumentError {
    #[error("not valid JSON: {message} (line {line}, column {column})")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("the instrument has {} problem(s); first: {}", .0.len(), first(.0))]
    Invalid(Vec<Problem>),
}

fn first(problems: &[Problem]) -> String {
    problems.first().map(|p| p.to_string()).unwrap_or_default()
}

impl InstrumentError {
    /// Every problem as a list (a syntax error is one problem at the document).
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            InstrumentError::Syntax {
                line,
                column,
                message,
            } => vec![Problem::new(
                "",
                format!("not valid JSON: {message} (line {line}, column {column})"),
            )],
            InstrumentError::Invalid(p) => p.clone(),
        }
    }
}

/// An instrument that passed every check, with its content hash.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedInstrument {
    pub instrument: Instrument,
    /// SHA-256 hex of the canonical JSON of the file.
    pub hash: String,
}

/// Parses JSON text into a value, mapping serde_json's error to a typed one. A UTF-8
/// byte-order mark at the start (Windows editors write one) is ignored.
pub(crate) fn parse_json(text: &str) -> Result<Value, (usize, usize, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str::<Value>(text).map_err(|e| {
        let msg = e.to_string();
        // serde_json appends " at line L column C"; we report those separately.
        let message = match msg.rfind(" at line ") {
            Some(i) => msg[..i].to_string(),
            None => msg,
        };
        (e.line(), e.column(), message)
    })
}

/// Steps 1 and 2: syntax and shape. The result may still break the rules of [`validate()`].
pub fn parse(text: &str) -> Result<Instrument, InstrumentError> {
    let value = parse_json(text).map_err(|(line, column, message)| InstrumentError::Syntax {
        line,
        column,
        message,
    })?;
    from_value(&value)
}

/// Step 2 on an already parsed value.
pub fn from_value(value: &Value) -> Result<Instrument, InstrumentError> {
    let mut problems = Vec::new();
    format::check(value, &format::defs::INSTRUMENT, "", &mut problems);
    if !problems.is_empty() {
        return Err(InstrumentError::Invalid(problems));
    }
    // The shape check mirrors the types field by field, so reading cannot fail any more.
    Ok(json::from_checked(value.clone()))
}

/// All three steps, and the content hash. This is what the app and `gca validate` use.
pub fn load(text: &str) -> Result<LoadedInstrument, InstrumentError> {
    let value = parse_json(text).map_err(|(line, column, message)| InstrumentError::Syntax {
        line,
        column,
        message,
    })?;
    let instrument = from_value(&value)?;
    let problems = validate(&instrument);
    if !problems.is_empty() {
        return Err(InstrumentError::Invalid(problems));
    }
    Ok(LoadedInstrument {
        instrument,
        hash: hash::value_hash(&value),
    })
}
