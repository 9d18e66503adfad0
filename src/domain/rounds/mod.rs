//! Sites over time, and the community's own view beside the assessors' (format 3).
//!
//! - A **site** is every assessment with the same `site_id`; its **rounds** are numbered 0
//!   (baseline), 1, 2, ... ([`site_rounds`], [`previous_round`], [`follow_up`]).
//! - A **change** between two rounds ([`change`]) and the **gap** between the two lenses of one
//!   round ([`gap`]) are the same comparison ([`compare_pair`]): two assessments scored with the
//!   exact engine of `docs/scoring.md`, **counted only over the indicators answered in both**,
//!   so that an indicator left unanswered in one of them never reads as a rise or a fall.
//!   Each figure is rounded once, from its exact value; a difference too ([`Delta`]).
//!
//! Nothing here panics on any assessment.

#[cfg(test)]
mod tests;

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::assessment::{Answer, Assessment};
use super::instrument::{Instrument, LoadedInstrument};
use super::scoring::{score, Ratio, Results};

/// How many widest-gap indicators the results and the report list.
pub const WIDEST_GAPS: usize = 5;

/// Every round of `site`, in round order (ties: created first, then id).
pub fn site_rounds<'a>(all: impl IntoIterator<Item = &'a Assessment>, site: &str) -> Vec<&'a Assessment> {
    let mut v: Vec<&Assessment> = all.into_iter().filter(|a| a.site() == site).collect();
    v.sort_by(|x, y| {
        x.round
            .cmp(&y.round)
            .then_with(|| x.created_at.cmp(&y.created_at))
            .then_with(|| x.id.cmp(&y.id))
    });
    v
}

/// The latest earlier round of `a`'s site (highest round below `a.round`; ties: the one
/// edited last), if this device has one.
pub fn previous_round<'a>(all: impl IntoIterator<Item = &'a Assessment>, a: &Assessment) -> Option<&'a Assessment> {
    all.into_iter()
        .filter(|b| b.site() == a.site() && b.round < a.round && b.id != a.id)
        .max_by(|x, y| {
            x.round
                .cmp(&y.round)
                .then_with(|| x.updated_at.cmp(&y.updated_at))
                .then_with(|| x.id.cmp(&y.id))
        })
}

/// The next round number of `site`: one above the highest round this device holds.
pub fn next_round<'a>(all: impl IntoIterator<Item = &'a Assessment>, site: &str) -> u32 {
    all.into_iter()
        .filter(|a| a.site() == site)
        .map(|a| a.round)
        .max()
        .map_or(1, |r| r.saturating_add(1))
}

/// A new round of `prev`'s site: the site's profile (name, type, place, agencies, support,
/// characteristics, assessors) copied; the date, participants and consent of the new focus
/// group left to fill; every answer, FIES, tool set, factor and network empty. Filled with
/// `inst` (the current instrument). `round` comes from [`next_round`].
pub fn follow_up(prev: &Assessment, round: u32, id: String, inst: &LoadedInstrument, now_iso: &str) -> Assessment {
    let mut a = Assessment::new(id, inst, now_iso);
    a.site_id = prev.site().to_string();
    a.round = round;
    a.profile = prev.profile.clone();
    a.profile.assessment_date = None;
    a.profile.participants = None;
    a.profile.consent = false;
    a
}

/// A difference `after − before`, exact: its sign and its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delta {
    pub negative: bool,
    pub size: Ratio,
}

impl Delta {
    /// `after − before`; None when either is missing.
    pub fn between(before: Option<Ratio>, after: Option<Ratio>) -> Option<Delta> {
        let (b, a) = (before?, after?);
        let (big, small, negative) = if a >= b { (a, b, false) } else { (b, a, true) };
        abs_diff(big, small).map(|size| Delta { negative, size })
    }

    /// One decimal, rounded once from the exact difference: "+12.5", "−3.1", "0.0" (a change
    /// that rounds to nothing carries no sign).
    pub fn text(self) -> String {
        let t = self.size.one_decimal();
        if self.size.tenths() == 0 {
            t
        } else if self.negative {
            format!("−{t}")
        } else {
            format!("+{t}")
        }
    }

    /// For drawing only.
    pub fn to_f64(self) -> f64 {
        let v = self.size.to_f64();
        if self.negative {
            -v
        } else {
            v
        }
    }
}

/// `big − small` for `big ≥ small`, exactly.
fn abs_diff(big: Ratio, small: Ratio) -> Option<Ratio> {
    // a/b − c/d = (a·d − c·b) / (b·d), with both terms reduced by the common factor of b, d.
    let (a, b, c, d) = (big.numer(), big.denom(), small.numer(), small.denom());
    let g = gcd(b, d).max(1);
    let left = a.checked_mul(d / g)?;
    let right = c.checked_mul(b / g)?;
    Ratio::new(left.checked_sub(right)?, (b / g).checked_mul(d)?)
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// Higher, equal or lower.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Improved,
    Same,
    Declined,
}

impl Direction {
    pub fn of(before: u8, after: u8) -> Direction {
        match after.cmp(&before) {
            Ordering::Greater => Direction::Improved,
            Ordering::Equal => Direction::Same,
            Ordering::Less => Direction::Declined,
        }
    }

    /// `improved`, `same`, `declined` (CSV, `data-direction`).
    pub fn code(self) -> &'static str {
        match self {
            Direction::Improved => "improved",
            Direction::Same => "same",
            Direction::Declined => "declined",
        }
    }
}

/// One indicator answered in both.
#[derive(Debug, Clone, PartialEq)]
pub struct PairedIndicator {
    pub id: String,
    pub dimension: String,
    pub before: u8,
    pub after: u8,
    /// Position in the instrument.
    pub order: usize,
}

impl PairedIndicator {
    pub fn direction(&self) -> Direction {
        Direction::of(self.before, self.after)
    }
    /// The distance in levels.
    pub fn levels_apart(&self) -> u8 {
        self.before.abs_diff(self.after)
    }
}

/// Counts of improved / same / declined indicators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub improved: usize,
    pub same: usize,
    pub declined: usize,
}

impl Counts {
    fn add(&mut self, d: Direction) {
        match d {
            Direction::Improved => self.improved += 1,
            Direction::Same => self.same += 1,
            Direction::Declined => self.declined += 1,
        }
    }
    pub fn total(self) -> usize {
        self.improved + self.same + self.declined
    }
}

/// One dimension, over its indicators answered in both.
#[derive(Debug, Clone, PartialEq)]
pub struct PairedDimension {
    pub id: String,
    /// Weighted mean of the paired indicators' scores; None when none is paired.
    pub before: Option<Ratio>,
    pub after: Option<Ratio>,
    pub counts: Counts,
}

impl PairedDimension {
    pub fn delta(&self) -> Option<Delta> {
        Delta::between(self.before, self.after)
    }
}

/// Two assessments compared over the indicators answered (a valid level, applicable, not
/// N/A) in both.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// In instrument order.
    pub indicators: Vec<PairedIndicator>,
    /// Every dimension of the instrument, in instrument order.
    pub dimensions: Vec<PairedDimension>,
    /// Weighted mean (dimension weights) of the paired dimension scores.
    pub overall_before: Option<Ratio>,
    pub overall_after: Option<Ratio>,
    pub counts: Counts,
    /// Answered in the first only / in the second only (left out of every figure above).
    pub only_before: Vec<String>,
    pub only_after: Vec<String>,
}

impl Pair {
    pub fn overall_delta(&self) -> Option<Delta> {
        Delta::between(self.overall_before, self.overall_after)
    }
}

/// Compares `before` and `after` under `inst`, over the indicators answered in both. The
/// scores are the engine's own (`scoring::score`) on copies of both that keep only those
/// answers, so the formulas and the rounding are those of `docs/scoring.md`.
pub fn compare_pair(before: &Assessment, after: &Assessment, inst: &Instrument) -> Pair {
    pair_of(before, after, &score(before, inst), &score(after, inst), inst)
}

/// [`compare_pair`] with both sides already scored (`rb`, `ra`), so a caller that needs the
/// scores too does not compute them twice.
fn pair_of(before: &Assessment, after: &Assessment, rb: &Results, ra: &Results, inst: &Instrument) -> Pair {
    let levels = |r: &Results| -> BTreeMap<String, (u8, String, usize)> {
        r.indicators
            .iter()
            .filter_map(|i| i.level.filter(|_| i.score.is_some()).map(|l| (i.id.clone(), (l, i.dimension.clone(), i.order))))
            .collect()
    };
    let (lb, la) = (levels(rb), levels(ra));
    let mut indicators: Vec<PairedIndicator> = lb
        .iter()
        .filter_map(|(id, (b, dim, order))| {
            la.get(id).map(|(a, _, _)| PairedIndicator {
                id: id.clone(),
                dimension: dim.clone(),
                before: *b,
                after: *a,
                order: *order,
            })
        })
        .collect();
    indicators.sort_by_key(|i| i.order);
    let by_order = |m: &BTreeMap<String, (u8, String, usize)>, other: &BTreeMap<String, (u8, String, usize)>| {
        let mut v: Vec<(usize, String)> = m
            .iter()
            .filter(|(id, _)| !other.contains_key(*id))
            .map(|(id, (_, _, o))| (*o, id.clone()))
            .collect();
        v.sort();
        v.into_iter().map(|(_, id)| id).collect::<Vec<String>>()
    };
    let only_before = by_order(&lb, &la);
    let only_after = by_order(&la, &lb);

    // Both sides restricted to the paired answers (under their own community type, where
    // every paired indicator applies), then scored by the engine.
    let keep = |a: &Assessment, level_of: &dyn Fn(&PairedIndicator) -> u8| {
        let mut c = Assessment {
            id: a.id.clone(),
            ..Assessment::default()
        };
        c.profile.community_type = a.profile.community_type.clone();
        for i in &indicators {
            c.answers.insert(
                i.id.clone(),
                Answer {
                    level: Some(level_of(i)),
                    ..Answer::default()
                },
            );
        }
        score(&c, inst)
    };
    let sb = keep(before, &|i| i.before);
    let sa = keep(after, &|i| i.after);

    let mut counts = Counts::default();
    for i in &indicators {
        counts.add(i.direction());
    }
    let dimensions = inst
        .dimensions
        .iter()
        .map(|d| {
            let mut c = Counts::default();
            for i in indicators.iter().filter(|i| i.dimension == d.id) {
                c.add(i.direction());
            }
            let find = |r: &Results| r.dimensions.iter().find(|x| x.id == d.id).and_then(|x| x.score);
            PairedDimension {
                id: d.id.clone(),
                before: find(&sb),
                after: find(&sa),
                counts: c,
            }
        })
        .collect();
    Pair {
        indicators,
        dimensions,
        overall_before: sb.overall,
        overall_after: sa.overall,
        counts,
        only_before,
        only_after,
    }
}

/// What changed between an earlier round and a later one of one site.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub before_round: u32,
    pub after_round: u32,
    pub before_date: Option<String>,
    pub after_date: Option<String>,
    pub pair: Pair,
    /// Coverage of each round on its own (answered ÷ applicable − N/A), to state how much of
    /// each round the comparison rests on.
    pub coverage_before: Option<Ratio>,
    pub coverage_after: Option<Ratio>,
    pub answered_before: usize,
    pub answered_after: usize,
}

/// The change from `before` to `after` (normally [`previous_round`] of `after`).
pub fn change(before: &Assessment, after: &Assessment, inst: &Instrument) -> Change {
    let rb = score(before, inst);
    let ra = score(after, inst);
    Change {
        before_round: before.round,
        after_round: after.round,
        before_date: before.profile.assessment_date.clone(),
        after_date: after.profile.assessment_date.clone(),
        pair: pair_of(before, after, &rb, &ra, inst),
        coverage_before: rb.coverage,
        coverage_after: ra.coverage,
        answered_before: rb.answered,
        answered_after: ra.answered,
    }
}

/// The assessment as the community sees it: each answer's level replaced by its community
/// level (N/A kept; no community level = unanswered).
pub fn community_lens(a: &Assessment) -> Assessment {
    let mut c = a.clone();
    for ans in c.answers.values_mut() {
        ans.level = ans.community_level;
    }
    c
}

/// Whether any answer carries a community level.
pub fn has_community_lens(a: &Assessment) -> bool {
    a.answers.values().any(|x| x.community_scored_level().is_some())
}

/// The gap between the two lenses of one assessment: `before` = the assessors' lens (the
/// score of record), `after` = the community's; over the indicators both lenses answered.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub pair: Pair,
    /// The community's own scores over everything it answered (not only the paired ones).
    pub community_overall: Option<Ratio>,
    pub community_answered: usize,
    /// Up to [`WIDEST_GAPS`] indicators whose two levels differ most (ties: instrument
    /// order); indicators with no gap are never listed.
    pub widest: Vec<PairedIndicator>,
}

pub fn gap(a: &Assessment, inst: &Instrument) -> Gap {
    let community = community_lens(a);
    let rc = score(&community, inst);
    let pair = pair_of(a, &community, &score(a, inst), &rc, inst);
    let mut widest: Vec<PairedIndicator> = pair.indicators.iter().filter(|i| i.levels_apart() > 0).cloned().collect();
    widest.sort_by(|x, y| y.levels_apart().cmp(&x.levels_apart()).then(x.order.cmp(&y.order)));
    widest.truncate(WIDEST_GAPS);
    Gap {
        pair,
        community_overall: rc.overall,
        community_answered: rc.answered,
        widest,
    }
}
