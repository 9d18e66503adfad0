//! The instrument's content hash: SHA-256 hex of its canonical JSON.
//!
//! Stored in every assessment (`instrument.hash`) so that results say exactly which
//! criteria scored them; formatting and key order do not change it, any content edit does.

use serde_json::Value;

use super::{parse_json, InstrumentError};
use crate::domain::canonical;

/// The hash of an instrument file's text (which need not be a valid instrument).
pub fn instrument_hash(text: &str) -> Result<String, InstrumentError> {
    let value = parse_json(text).map_err(|(line, column, message)| InstrumentError::Syntax {
        line,
        column,
        message,
    })?;
    Ok(value_hash(&value))
}

/// The hash of an already parsed value.
pub fn value_hash(value: &Value) -> String {
    canonical::content_hash(value)
}
