//! The pure core of the app: no browser imports, no panics on input.
//!
//! Everything here is plain Rust over plain values so that it can be tested natively with
//! `cargo test` and shared by the web app and the `gca` command-line tool:
//!
//! - [`instrument`]: the versioned instrument data file (types, parsing, validation, hash).
//! - [`assessment`]: one site's assessment, its reducer ([`assessment::Action`]) and helpers.
//! - [`scoring`]: the documented formulas of `docs/scoring.md`.
//! - [`format`]: a small description of both JSON formats, used to report structural errors
//!   with a path and to print the published JSON Schema, so the two never drift apart.
//! - [`provinces`], [`dates`]: reference tables and Buddhist Era date helpers.
//! - [`report`]: the score table (CSV) shared by the command-line tool and exports.
//!
//! Untrusted data (files, links, storage, edited instruments) only enters through functions
//! that return `Result` with typed errors; nothing here may `unwrap` such data.

pub mod assessment;
pub mod bundled;
pub mod canonical;
pub mod card_html;
pub mod dates;
pub mod drafts;
pub mod exchange;
pub(crate) mod fields;
pub mod fixed;
pub mod format;
pub mod instrument;
pub mod problem;
pub mod provinces;
pub mod report;
pub mod rounds;
pub mod scoring;

#[cfg(test)]
pub(crate) mod test_support;

pub use assessment::{Action, ActionError, Assessment, AssessmentError};
pub use instrument::{Instrument, InstrumentError, LoadedInstrument};
pub use problem::Problem;
pub mod charts;
pub mod compare;
pub mod plan;
pub mod report_html;
pub mod workshop;
