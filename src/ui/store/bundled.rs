//! The instrument and the five example sites, read at start-up from the files that ship beside
//! the app (`instrument/green-community.json`, `examples/*.json`).
//!
//! They are data, not code: keeping them out of the wasm keeps the download small, and it lets
//! the academic team replace the instrument on the static host without a rebuild. A file that
//! is missing or invalid gives a message naming the file and every problem; the drafts already
//! stored are not touched.

use crate::domain::assessment::Assessment;
use crate::domain::instrument::{self, LoadedInstrument};
use crate::platform::fetch;
use std::sync::OnceLock;

pub const INSTRUMENT_URL: &str = "instrument/green-community.json";
pub const EXAMPLE_URLS: [&str; 5] = [
    "examples/rubber.json",
    "examples/fisheries.json",
    "examples/tourism.json",
    "examples/identity.json",
    "examples/watershed.json",
];

static INSTRUMENT: OnceLock<LoadedInstrument> = OnceLock::new();
static EXAMPLES: OnceLock<Vec<Assessment>> = OnceLock::new();

/// Why the app could not start: the file and its problems, one per line.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub file: String,
    pub problems: Vec<String>,
}

/// Fetches and validates the instrument, then the examples (a broken example is skipped, it
/// never stops the app).
pub async fn load() -> Result<(), LoadError> {
    // Start every download at once; they arrive in parallel.
    let instrument = fetch::start(INSTRUMENT_URL);
    let pending: Vec<fetch::Pending> = EXAMPLE_URLS.iter().map(|u| fetch::start(u)).collect();
    let text = instrument.text().await.map_err(|e| LoadError {
        file: INSTRUMENT_URL.into(),
        problems: vec![e],
    })?;
    let inst = instrument::load(&text).map_err(|e| LoadError {
        file: INSTRUMENT_URL.into(),
        problems: e.problems().iter().map(|p| p.to_string()).collect(),
    })?;
    let _ = INSTRUMENT.set(inst);
    let mut examples = Vec::new();
    for p in pending {
        if let Ok(t) = p.text().await {
            if let Ok(mut a) = Assessment::from_json(&t) {
                a.example = true;
                examples.push(a);
            }
        }
    }
    let _ = EXAMPLES.set(examples);
    Ok(())
}

/// The loaded instrument (the app only renders its screens after [`load`] succeeded).
pub fn instrument() -> Result<&'static LoadedInstrument, &'static str> {
    INSTRUMENT.get().ok_or("the instrument is not loaded")
}

/// The example assessments (read-only, marked `example`).
pub fn examples() -> &'static [Assessment] {
    EXAMPLES.get().map(|v| v.as_slice()).unwrap_or(&[])
}

pub fn example(id: &str) -> Option<&'static Assessment> {
    examples().iter().find(|a| a.id == id)
}
