//! Workshop comparison maths: ranking with user weights and its stability, cross-site
//! synthesis of factors and Tool set 1, province coverage, the merged partner network, the
//! comparison basis (shared core or all indicators) and anonymous site codes.
//!
//! Inputs are small plain structs defined here rather than the scoring engine's types, so that
//! this code can be tested on its own and the adapter from scored assessments stays one
//! function in the caller. Nothing here panics on any input.

pub mod anonymous;
pub mod common_core;
pub mod coverage;
pub mod from_results;
pub mod partners;
pub mod prng;
pub mod ranking;
pub mod synthesis;

#[cfg(test)]
mod proptests;

use serde::{Deserialize, Serialize};

pub use crate::domain::charts::heatmap::CellState;

/// One site's results, as the workshop views need them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SiteScores {
    /// Stable identity (the assessment id); used for ordering and anonymous codes.
    pub key: String,
    pub name: String,
    /// A community type id (`rubber`, `fisheries`, ...), `None` when not chosen.
    pub community_type: Option<String>,
    /// ISO 3166-2 code (`TH-84`), `None` when not given.
    pub province: Option<String>,
    /// The overall score from the scoring engine (instrument weights), for display.
    pub overall: Option<f64>,
    /// Dimension id → 0–100 score, `None` when nothing in the dimension was scored.
    pub dimensions: Vec<(String, Option<f64>)>,
    /// Indicator id → result.
    pub indicators: Vec<(String, CellState)>,
}

impl SiteScores {
    /// The score of dimension `id`, if present and finite (the first entry wins on duplicates).
    pub fn dimension(&self, id: &str) -> Option<f64> {
        self.dimensions
            .iter()
            .find(|(d, _)| d == id)
            .and_then(|(_, v)| *v)
            .filter(|v| v.is_finite())
    }
}
