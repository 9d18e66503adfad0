//! An assessment filled with another instrument version: say so, re-score it with the
//! current instrument, and list what the current instrument cannot use.
//!
//! The old instrument is not available, so "before" is the overall score the exporting app
//! wrote into the envelope (`scores`), when present.

use crate::domain::assessment::Assessment;
use crate::domain::instrument::LoadedInstrument;
use crate::domain::scoring::{score, Ratio};

#[derive(Debug, Clone, PartialEq)]
pub struct Rescore {
    /// `id version` of the instrument the file names (`?` when it names none).
    pub from: String,
    /// `id version` of the instrument in use.
    pub to: String,
    /// Answered indicators that the current instrument does not have (kept, not scored).
    pub unknown_answers: Vec<String>,
    /// The overall score written in the file, and the score under the current instrument.
    pub overall_before: Option<f64>,
    pub overall_after: Option<f64>,
}

fn label(id: &str, version: &str) -> String {
    let s = format!("{id} {version}");
    let s = s.trim();
    if s.is_empty() {
        "?".to_string()
    } else {
        s.chars().take(80).collect()
    }
}

/// `None` when the assessment names the instrument in use (same content hash).
pub fn rescore(
    a: &Assessment,
    exported_overall: Option<f64>,
    inst: &LoadedInstrument,
) -> Option<Rescore> {
    if a.instrument.hash == inst.hash {
        return None;
    }
    let unknown_answers = a
        .answers
        .iter()
        .filter(|(_, ans)| !ans.is_empty())
        .map(|(id, _)| id)
        .filter(|id| !inst.instrument.indicators.iter().any(|i| &i.id == *id))
        .cloned()
        .collect();
    Some(Rescore {
        from: label(&a.instrument.id, &a.instrument.version),
        to: label(&inst.instrument.id, &inst.instrument.version),
        unknown_answers,
        overall_before: exported_overall,
        overall_after: score(a, &inst.instrument).overall.map(Ratio::rounded),
    })
}
