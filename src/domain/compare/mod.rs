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

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

pub use crate::domain::charts::heatmap::CellState;
use crate::domain::scoring::Ratio;

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
    /// Indicator id → why it is not applicable (only N/A answers with a reason).
    #[serde(default)]
    pub na_reasons: Vec<(String, String)>,
    /// The exact dimension scores, in the order of `dimensions`, when they were computed from
    /// answers ([`from_results::site_scores`]); empty for sites built from plain numbers, whose
    /// `f64` values are then read as the decimals they print as. The ranking and every printed
    /// figure use these, so a tie is a tie and a half rounds away from zero.
    #[serde(skip)]
    pub exact_dimensions: Vec<Option<Ratio>>,
    /// The exact overall score on the comparison basis (instrument weights).
    #[serde(skip)]
    pub exact_overall: Option<Ratio>,
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

    /// The exact score of dimension `id`, clamped to 0–100 (see `exact_dimensions`).
    pub fn dimension_exact(&self, id: &str) -> Option<Ratio> {
        let i = self.dimensions.iter().position(|(d, _)| d == id)?;
        if let Some(x) = self.exact_dimensions.get(i) {
            return x.map(|x| x.min(Ratio::int(100)));
        }
        self.dimension(id).and_then(|v| Ratio::from_decimal(v.clamp(0.0, 100.0)))
    }

    /// The exact overall score (from plain numbers: the decimal `overall` prints as).
    pub fn overall_exact(&self) -> Option<Ratio> {
        self.exact_overall.or_else(|| {
            self.overall
                .filter(|v| v.is_finite())
                .and_then(|v| Ratio::from_decimal(v.clamp(0.0, 100.0)))
        })
    }
}

/// Sorts `order` (indexes, usually) stably by `cmp`. Every sort in the workshop goes through
/// this one small merge sort: each `sort_by` with its own closure would add a separate copy of
/// the standard library's sort (3–5 KB of wasm each), and `collect()` into a `BTreeMap` one more.
pub fn sort_indices(order: &mut Vec<usize>, cmp: &dyn Fn(usize, usize) -> Ordering) {
    let n = order.len();
    let mut buf = vec![0usize; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut buf[start..end] {
                // Take from the left run unless the right one is strictly smaller (stable).
                if i < mid && (j >= end || cmp(order[j], order[i]) != Ordering::Less) {
                    *slot = order[i];
                    i += 1;
                } else {
                    *slot = order[j];
                    j += 1;
                }
            }
            start = end;
        }
        std::mem::swap(order, &mut buf);
        width *= 2;
    }
}

/// `0..n` sorted stably by `cmp`.
pub fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    sort_indices(&mut order, cmp);
    order
}

/// `items` reordered by `order` (a permutation of its indexes, as from [`sorted_indices`]).
pub fn permute<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
        .collect()
}

/// Inserts `value` into the sorted, duplicate-free `list` (a small sorted set without a
/// `BTreeSet`, whose code would be one more generic instantiation).
pub fn insert_sorted(list: &mut Vec<String>, value: &str) {
    if let Err(i) = list.binary_search_by(|x| x.as_str().cmp(value)) {
        list.insert(i, value.to_string());
    }
}

#[cfg(test)]
mod sort_tests {
    use super::*;

    #[test]
    fn sort_indices_is_stable_and_sorts() {
        for n in 0..40usize {
            let keys: Vec<usize> = (0..n).map(|i| (i * 7919) % 5).collect();
            let got = sorted_indices(n, &|a, b| keys[a].cmp(&keys[b]));
            let mut want: Vec<usize> = (0..n).collect();
            want.sort_by_key(|&i| keys[i]);
            assert_eq!(got, want, "n = {n}");
        }
        assert_eq!(
            permute(vec!["a", "b", "c"], &[2, 0, 1]),
            vec!["c", "a", "b"]
        );
        let mut set = Vec::new();
        for v in ["b", "a", "c", "a"] {
            insert_sorted(&mut set, v);
        }
        assert_eq!(set, vec!["a", "b", "c"]);
    }
}
