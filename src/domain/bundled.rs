//! The instrument shipped with the app, embedded at compile time.
//!
//! The one place that names the file, so the app, the CLI and the tests agree.

/// The bundled instrument's JSON text.
pub const INSTRUMENT_JSON: &str = include_str!("../../public/instrument/green-community.json");

/// Loads the bundled instrument (validated, with its hash).
pub fn instrument() -> Result<super::LoadedInstrument, super::InstrumentError> {
    super::instrument::load(INSTRUMENT_JSON)
}

/// The five example assessments' JSON texts (one per community type), embedded so that a first
/// visit shows filled assessments and so that tests use them as fixtures.
pub const EXAMPLE_JSON: [&str; 5] = [
    include_str!("../../public/examples/rubber.json"),
    include_str!("../../public/examples/fisheries.json"),
    include_str!("../../public/examples/tourism.json"),
    include_str!("../../public/examples/identity.json"),
    include_str!("../../public/examples/watershed.json"),
];

/// The examples that parse, each marked `example` (read-only in the app). A broken example
/// is left out rather than stopping the app; a native test requires all five to load.
pub fn examples() -> Vec<super::Assessment> {
    EXAMPLE_JSON
        .iter()
        .filter_map(|t| super::Assessment::from_json(t).ok())
        .map(|mut a| {
            a.example = true;
            a
        })
        .collect()
}
