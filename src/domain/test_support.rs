//! Fixtures shared by the unit tests (compiled only for tests).

use serde_json::Value;

use super::assessment::Assessment;
use super::instrument::{self, Instrument, LoadedInstrument};

/// The small valid test instrument of `tests/fixtures/instruments/valid.json`.
pub const TEST_INSTRUMENT_JSON: &str = include_str!("../../tests/fixtures/instruments/valid.json");

pub fn loaded() -> LoadedInstrument {
    instrument::load(TEST_INSTRUMENT_JSON).unwrap()
}

pub fn inst() -> Instrument {
    loaded().instrument
}

pub fn inst_value() -> Value {
    serde_json::from_str(TEST_INSTRUMENT_JSON).unwrap()
}

/// Every problem of the test instrument after `edit`, as "path: message" lines.
pub fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut v = inst_value();
    edit(&mut v);
    match instrument::load(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems().iter().map(|p| p.to_string()).collect(),
    }
}

/// An empty fisheries assessment with a fixed id and time.
pub fn fisheries() -> Assessment {
    let mut a = Assessment::new(
        "7b0d2c1e-0000-4000-8000-000000000001".into(),
        &loaded(),
        "2026-11-28T10:15:00Z",
    );
    a.profile.community_type = Some("fisheries".into());
    a
}
