//! The instrument, read at start-up, and the five example sites, read only by the screens
//! that show them, from the files that ship beside the app (`instrument/green-community.json`,
//! `examples/*.json`). A deep link to a stored draft never waits for, nor shares the network
//! with, the examples.
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

/// Fetches and validates the instrument.
pub async fn load() -> Result<(), LoadError> {
    let instrument = fetch::start(INSTRUMENT_URL);
    let text = instrument
        .text()
        .await
        .map_err(|e| LoadError { file: INSTRUMENT_URL.into(), problems: vec![e] })?;
    let inst = instrument::load(&text).map_err(|e| {
        // Each problem names its item (`indicators[5] C06: label.th: empty`), as `gca` does.
        let doc = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap_or_default();
        LoadError {
            file: INSTRUMENT_URL.into(),
            problems: e.problems().iter().map(|p| p.named(&doc)).collect(),
        }
    })?;
    let _ = INSTRUMENT.set(inst);
    Ok(())
}

/// Fetches the examples, all at once (a broken example is skipped, it never stops the app).
/// Called once, by `Store::need_examples`.
pub async fn load_examples() {
    let pending: Vec<fetch::Pending> = EXAMPLE_URLS.iter().map(|u| fetch::start(u)).collect();
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
}

/// The loaded instrument (the app only renders its screens after [`load`] succeeded).
pub fn instrument() -> Result<&'static LoadedInstrument, &'static str> {
    INSTRUMENT.get().ok_or("the instrument is not loaded")
}

/// The example assessments (read-only, marked `example`); empty until `load_examples` is done
/// (screens that show them wait for it with `store::with_examples`).
pub fn examples() -> &'static [Assessment] {
    EXAMPLES.get().map(|v| v.as_slice()).unwrap_or(&[])
}

pub fn example(id: &str) -> Option<&'static Assessment> {
    examples().iter().find(|a| a.id == id)
}
