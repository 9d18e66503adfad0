//! How firm a plan is: which picks change when N is a little smaller or larger, and which
//! picks survive random redraws of the scores within their provisional range
//! ([`super::Candidate::score_range`]: what the unanswered indicators could still do).

use super::{build_problem, flow, plan, score_milli, Candidate, Plan, Rules};
use crate::domain::compare::prng::SplitMix64;

pub const DEFAULT_DRAWS: usize = 1_000;
pub const MAX_DRAWS: usize = 10_000;
/// Fixed so a printed figure can be reproduced ("plan" in ASCII).
pub const DEFAULT_SEED: u64 = 0x70_6C_61_6E;
/// A pick kept in at least this share of draws counts as stable.
pub const STABLE_AT: f64 = 0.9;

/// The plan at another N, compared with the base plan.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherN {
    pub n: usize,
    /// Candidate indexes that join / leave compared with the base plan.
    pub joined: Vec<usize>,
    pub left: Vec<usize>,
    pub feasible: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sensitivity {
    /// N − 2 and N + 2.
    pub other_n: Vec<OtherN>,
    /// Candidate index of each base pick → share of draws (0–1) in which it was picked.
    pub kept: Vec<(usize, f64)>,
    /// Share of the base picks kept in at least [`STABLE_AT`] of the draws.
    pub stable_share: f64,
    pub draws: usize,
    pub seed: u64,
}

/// Runs both checks for `base` (the plan of `candidates` under `rules`).
pub fn sensitivity(
    candidates: &[Candidate],
    rules: &Rules,
    base: &Plan,
    draws: usize,
    seed: u64,
) -> Sensitivity {
    let base_set: Vec<usize> = base.picks.iter().map(|p| p.index).collect();
    let mut other_n = Vec::new();
    for n in [rules.n.saturating_sub(2), rules.n + 2] {
        if n == rules.n || n == 0 {
            continue;
        }
        let other = plan(candidates, &Rules { n, ..rules.clone() });
        let set: Vec<usize> = other.picks.iter().map(|p| p.index).collect();
        other_n.push(OtherN {
            n,
            joined: set
                .iter()
                .copied()
                .filter(|i| !base_set.contains(i))
                .collect(),
            left: base_set
                .iter()
                .copied()
                .filter(|i| !set.contains(i))
                .collect(),
            feasible: other.feasible,
        });
    }

    let draws = draws.clamp(1, MAX_DRAWS);
    let mut conflicts = Vec::new();
    let mut ineligible = Vec::new();
    let problem = build_problem(candidates, rules, &mut conflicts, &mut ineligible);
    let ranges: Vec<(f64, f64)> = problem
        .pool
        .iter()
        .map(|x| {
            candidates
                .get(x.index)
                .and_then(Candidate::score_range)
                .unwrap_or((0.0, 0.0))
        })
        .collect();
    let mut counts = vec![0usize; problem.pool.len()];
    let mut rng = SplitMix64::new(seed);
    let mut scores = vec![0i64; problem.pool.len()];
    for _ in 0..draws {
        for (s, (lo, hi)) in scores.iter_mut().zip(&ranges) {
            *s = score_milli(rng.uniform(*lo, *hi));
        }
        for slot in flow::solve(&problem, &scores) {
            if let Some(c) = counts.get_mut(slot) {
                *c += 1;
            }
        }
    }
    let kept: Vec<(usize, f64)> = base_set
        .iter()
        .map(|&i| {
            let n = problem
                .pool
                .iter()
                .position(|x| x.index == i)
                .and_then(|slot| counts.get(slot).copied())
                .unwrap_or(0);
            (i, n as f64 / draws as f64)
        })
        .collect();
    let stable = kept.iter().filter(|(_, s)| *s >= STABLE_AT).count();
    let stable_share = if kept.is_empty() {
        0.0
    } else {
        stable as f64 / kept.len() as f64
    };
    Sensitivity {
        other_n,
        kept,
        stable_share,
        draws,
        seed,
    }
}
