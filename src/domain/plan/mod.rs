//! The model-site planner: choose N sites (20 by default) from the assessed candidates so that
//! every rule holds and the sum of their comparable scores is as high as it can be.
//!
//! - **Candidates** ([`Candidate`]): name, province, community type, the shared-core score
//!   (comparable across types), coverage, whether the score is provisional, existing support
//!   and whether the site is one of the pilots.
//! - **Rules** ([`Rules`]): the number of sites; at least one per province that has an eligible
//!   candidate; a minimum and maximum per type; at most k per province; must include (the pilots
//!   by default) and must exclude; a minimum coverage (provisional scores out by default); and
//!   existing support required (on by default). A must-include overrides the coverage, provisional
//!   and support filters, never a must-exclude.
//! - **Objective**: maximise the sum of the picks' shared-core scores; ties go to more picks with
//!   existing support, then to the higher sum of coverage. Scores are compared as exact integers
//!   (thousandths of a point, coverage in thousandths), so "best" has one meaning.
//! - **Exact**: [`flow`] solves the rules as a min-cost flow (type → candidate → province) whose
//!   minimum rules carry a bonus larger than any score sum; that is an exact method for this
//!   integer program (the constraint matrix is totally unimodular), checked against brute force
//!   on every generated instance of up to 14 candidates (`tests.rs`). When the rules cannot all
//!   hold, the same flow returns the nearest plan (the most minimum-rule places met, then the
//!   best score) and [`conflicts`] names the rules that clash and by how much.
//!
//! Nothing here panics on any input.

pub mod explain;
pub mod export;
pub mod flow;
pub mod sensitivity;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::domain::compare::coverage::southern_province;

/// The support kinds a profile may list (`existing_support`), in display order.
pub const SUPPORT_KINDS: [&str; 7] = [
    "thaihealth",
    "nhco",
    "local_government",
    "government_agency",
    "university",
    "civil_society",
    "none",
];

/// Default number of model sites.
pub const DEFAULT_N: usize = 20;
/// Default maximum per type (five types, twenty sites: no type takes more than six).
pub const DEFAULT_TYPE_MAX: usize = 6;
/// More candidates than this are refused (keeps the exact search and its integer sums bounded).
pub const MAX_CANDIDATES: usize = 5_000;

/// One site that could be chosen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Candidate {
    /// The assessment id.
    pub id: String,
    pub name: String,
    /// ISO 3166-2 code; anything outside the 14 southern provinces counts as no province.
    pub province: Option<String>,
    pub community_type: Option<String>,
    /// The shared-core score, 0–100 (comparable across types); `None` when nothing was scored.
    pub score: Option<f64>,
    /// answered ÷ applicable, 0–1.
    pub coverage: f64,
    /// The score rests on too few answers.
    pub provisional: bool,
    /// Support kinds from [`SUPPORT_KINDS`]; empty or only "none" = no existing support.
    pub support: Vec<String>,
    /// One of the five pilot sites (the bundled examples).
    pub pilot: bool,
}

impl Candidate {
    pub fn has_support(&self) -> bool {
        self.support
            .iter()
            .any(|s| !s.trim().is_empty() && s != "none")
    }

    fn province_code(&self) -> Option<&'static str> {
        self.province.as_deref().and_then(southern_province)
    }

    fn type_id(&self) -> Option<&str> {
        self.community_type
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
    }

    /// The range the score could take once the unanswered indicators are answered: the
    /// answered part stays, the missing part could score anywhere from 0 to 100.
    pub fn score_range(&self) -> Option<(f64, f64)> {
        let s = self.score.filter(|s| s.is_finite())?.clamp(0.0, 100.0);
        let c = clean_coverage(self.coverage);
        Some((s * c, s * c + 100.0 * (1.0 - c)))
    }
}

fn clean_coverage(c: f64) -> f64 {
    if c.is_finite() {
        c.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Score in exact thousandths of a point.
pub fn score_milli(score: f64) -> i64 {
    if score.is_finite() {
        (score.clamp(0.0, 100.0) * 1000.0).round() as i64
    } else {
        0
    }
}

fn coverage_milli(c: f64) -> i64 {
    (clean_coverage(c) * 1000.0).round() as i64
}

/// The rules a plan must meet.
#[derive(Debug, Clone, PartialEq)]
pub struct Rules {
    pub n: usize,
    /// At least one site in every province that has an eligible candidate.
    pub one_per_province: bool,
    /// At most this many per province (`None` = no limit).
    pub max_per_province: Option<usize>,
    /// Type id → minimum (missing = 0).
    pub type_min: BTreeMap<String, usize>,
    /// Type id → maximum (missing = no limit).
    pub type_max: BTreeMap<String, usize>,
    /// Ids that must be in the plan; `None` = the pilots.
    pub must_include: Option<Vec<String>>,
    pub must_exclude: Vec<String>,
    /// Candidates with a lower coverage (0–1) are not eligible.
    pub min_coverage: f64,
    /// Provisional scores are eligible.
    pub allow_provisional: bool,
    pub require_support: bool,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            n: DEFAULT_N,
            one_per_province: true,
            max_per_province: Some(2),
            type_min: BTreeMap::new(),
            type_max: BTreeMap::new(),
            must_include: None,
            must_exclude: Vec::new(),
            min_coverage: 0.0,
            allow_provisional: false,
            require_support: true,
        }
    }
}

impl Rules {
    /// The defaults with a maximum of [`DEFAULT_TYPE_MAX`] for each of these types.
    pub fn with_types(types: &[String]) -> Rules {
        let mut r = Rules::default();
        for t in types {
            r.type_max.insert(t.clone(), DEFAULT_TYPE_MAX);
        }
        r
    }

    pub fn min_of(&self, t: &str) -> usize {
        self.type_min.get(t).copied().unwrap_or(0)
    }

    pub fn max_of(&self, t: &str) -> Option<usize> {
        self.type_max.get(t).copied()
    }

    /// The must-include ids for these candidates (the pilots when not set).
    pub fn includes(&self, candidates: &[Candidate]) -> Vec<String> {
        match &self.must_include {
            Some(ids) => ids.clone(),
            None => candidates
                .iter()
                .filter(|c| c.pilot)
                .map(|c| c.id.clone())
                .collect(),
        }
    }

    pub fn to_value(&self) -> Value {
        json!({
            "n": self.n,
            "one_per_province": self.one_per_province,
            "max_per_province": self.max_per_province,
            "type_min": self.type_min,
            "type_max": self.type_max,
            "must_include": self.must_include,
            "must_exclude": self.must_exclude,
            "min_coverage": self.min_coverage,
            "allow_provisional": self.allow_provisional,
            "require_support": self.require_support,
        })
    }

    pub fn to_json(&self) -> String {
        self.to_value().to_string()
    }

    /// Reads saved rules field by field; anything missing or unreadable takes its default.
    pub fn from_value(v: &Value) -> Rules {
        let d = Rules::default();
        let count = |key: &str| {
            v.get(key)
                .and_then(Value::as_u64)
                .map(|x| x.min(MAX_CANDIDATES as u64) as usize)
        };
        let flag = |key: &str, def: bool| v.get(key).and_then(Value::as_bool).unwrap_or(def);
        let map = |key: &str| {
            let mut m = BTreeMap::new();
            for (k, x) in v.get(key).and_then(Value::as_object).into_iter().flatten() {
                if let Some(x) = x.as_u64() {
                    m.insert(k.clone(), x.min(MAX_CANDIDATES as u64) as usize);
                }
            }
            m
        };
        let ids = |x: &Value| -> Vec<String> {
            x.as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        };
        Rules {
            n: count("n").unwrap_or(d.n),
            one_per_province: flag("one_per_province", d.one_per_province),
            max_per_province: match v.get("max_per_province") {
                Some(Value::Null) => None,
                Some(x) => x
                    .as_u64()
                    .map(|x| x.min(MAX_CANDIDATES as u64) as usize)
                    .or(d.max_per_province),
                None => d.max_per_province,
            },
            type_min: map("type_min"),
            type_max: map("type_max"),
            must_include: v.get("must_include").filter(|x| x.is_array()).map(ids),
            must_exclude: v.get("must_exclude").map(ids).unwrap_or_default(),
            min_coverage: v
                .get("min_coverage")
                .and_then(Value::as_f64)
                .map(clean_coverage)
                .unwrap_or(d.min_coverage),
            allow_provisional: flag("allow_provisional", d.allow_provisional),
            require_support: flag("require_support", d.require_support),
        }
    }

    pub fn from_json(text: &str) -> Rules {
        Rules::from_value(&serde_json::from_str(text).unwrap_or(Value::Null))
    }
}

/// Why a candidate cannot be picked.
#[derive(Debug, Clone, PartialEq)]
pub enum Ineligible {
    MustExclude,
    NoScore,
    /// No province, or one outside the 14 southern provinces.
    NoProvince,
    NoType,
    Provisional,
    LowCoverage {
        coverage: f64,
    },
    NoSupport,
}

/// A rule that cannot hold, and by how much.
#[derive(Debug, Clone, PartialEq)]
pub enum Conflict {
    /// Fewer candidates can be placed than sites asked for.
    TooFewCandidates {
        n: usize,
        available: usize,
    },
    /// A type minimum above the candidates of that type.
    TypeMinOverCandidates {
        community_type: String,
        min: usize,
        available: usize,
    },
    /// A type minimum above its maximum.
    TypeMinOverMax {
        community_type: String,
        min: usize,
        max: usize,
    },
    /// The type minimums add up to more than N.
    TypeMinsOverN {
        total: usize,
        n: usize,
    },
    /// The type maximums (and candidates) leave room for fewer than N.
    TypeMaxUnderN {
        room: usize,
        n: usize,
    },
    /// One per province needs more places than N.
    ProvincesOverN {
        provinces: usize,
        n: usize,
    },
    /// At most k per province leaves room for fewer than N.
    ProvinceMaxUnderN {
        room: usize,
        n: usize,
        k: usize,
    },
    /// At most 0 per province with one per province asked.
    ProvinceMaxZero,
    MustIncludeOverN {
        count: usize,
        n: usize,
    },
    MustIncludeOverTypeMax {
        community_type: String,
        count: usize,
        max: usize,
    },
    MustIncludeOverProvinceMax {
        province: &'static str,
        count: usize,
        k: usize,
    },
    /// A must-include that is also a must-exclude.
    IncludedAndExcluded {
        id: String,
    },
    /// A must-include that cannot be placed (no score, province or type), or is unknown.
    MustIncludeUnplaceable {
        id: String,
        why: Option<Ineligible>,
    },
    /// The limits together (not one alone) leave these rules unmet in the nearest plan.
    Combined,
}

/// A rule the nearest plan leaves unmet, and by how much.
#[derive(Debug, Clone, PartialEq)]
pub enum Shortfall {
    Sites {
        wanted: usize,
        placed: usize,
    },
    TypeMin {
        community_type: String,
        min: usize,
        placed: usize,
    },
    Province {
        province: &'static str,
    },
    MustInclude {
        id: String,
    },
}

/// Why a pick is in the plan (the first is the main one).
#[derive(Debug, Clone, PartialEq)]
pub enum PickReason {
    MustInclude {
        pilot: bool,
    },
    OnlyInProvince {
        province: &'static str,
    },
    BestOfType {
        community_type: String,
        score: f64,
    },
    BestInProvince {
        province: &'static str,
        score: f64,
    },
    /// Needed to reach the minimum of its type.
    TypeMinimum {
        community_type: String,
        min: usize,
    },
    /// Among the highest scores: its place among eligible candidates.
    HighScore {
        score: f64,
        rank: usize,
        of: usize,
    },
}

/// Why a strong candidate (scoring above the lowest pick) is left out.
#[derive(Debug, Clone, PartialEq)]
pub enum LeftOutReason {
    /// Its province is full; `holder` is the best pick there (name, score).
    ProvinceFull {
        province: &'static str,
        k: usize,
        holder: Option<(String, f64)>,
    },
    TypeMaxReached {
        community_type: String,
        max: usize,
    },
    /// Its place went to a pick that keeps a province or type minimum.
    PlaceForCoverage,
}

/// One pick.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick {
    pub index: usize,
    pub reasons: Vec<PickReason>,
    /// Share (0–1) of perturbed runs in which this pick stayed; `None` until computed.
    pub stable: Option<f64>,
}

/// The planner's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// In the order: province (tile order), then score, best first.
    pub picks: Vec<Pick>,
    /// True when every rule holds.
    pub feasible: bool,
    pub conflicts: Vec<Conflict>,
    /// What the (nearest) plan leaves unmet; empty when feasible.
    pub shortfalls: Vec<Shortfall>,
    /// Candidate index → why it is not eligible.
    pub ineligible: Vec<(usize, Ineligible)>,
    /// Eligible candidates scoring above the lowest pick but left out, with why.
    pub left_out: Vec<(usize, Vec<LeftOutReason>)>,
    /// Provinces with no candidate at all, and with candidates but none eligible.
    pub no_candidate: Vec<&'static str>,
    pub none_eligible: Vec<&'static str>,
    /// Sum of the picks' scores.
    pub total_score: f64,
    pub error: Option<PlanError>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PlanError {
    TooManyCandidates { count: usize, max: usize },
}

/// A candidate as the solver sees it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PoolItem {
    pub index: usize,
    pub type_slot: usize,
    pub province_slot: usize,
    pub forced: bool,
    pub score: i64,
    pub support: i64,
    pub coverage: i64,
}

/// The rules turned into the solver's terms.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Problem {
    pub n: usize,
    pub types: Vec<String>,
    pub type_lo: Vec<usize>,
    pub type_hi: Vec<usize>,
    pub provinces: Vec<&'static str>,
    pub province_lo: Vec<usize>,
    pub province_hi: Vec<usize>,
    pub pool: Vec<PoolItem>,
}

/// Sorts candidates into eligible (the pool) and not, and builds the solver's problem.
pub(crate) fn build_problem(
    candidates: &[Candidate],
    rules: &Rules,
    conflicts: &mut Vec<Conflict>,
    ineligible: &mut Vec<(usize, Ineligible)>,
) -> Problem {
    let includes = rules.includes(candidates);
    let mut types: Vec<String> = Vec::new();
    let mut provinces: Vec<&'static str> = Vec::new();
    let mut pool = Vec::new();
    for id in &includes {
        if rules.must_exclude.iter().any(|x| x == id) {
            conflicts.push(Conflict::IncludedAndExcluded { id: id.clone() });
        }
        if !candidates.iter().any(|c| &c.id == id) {
            conflicts.push(Conflict::MustIncludeUnplaceable {
                id: id.clone(),
                why: None,
            });
        }
    }
    for (i, c) in candidates.iter().enumerate() {
        // Duplicate ids keep their first occurrence.
        if candidates[..i].iter().any(|p| p.id == c.id) {
            continue;
        }
        let forced = includes.iter().any(|x| x == &c.id);
        let structural = if rules.must_exclude.iter().any(|x| x == &c.id) {
            Some(Ineligible::MustExclude)
        } else if c.score.filter(|s| s.is_finite()).is_none() {
            Some(Ineligible::NoScore)
        } else if c.province_code().is_none() {
            Some(Ineligible::NoProvince)
        } else if c.type_id().is_none() {
            Some(Ineligible::NoType)
        } else {
            None
        };
        let filtered = if c.provisional && !rules.allow_provisional {
            Some(Ineligible::Provisional)
        } else if clean_coverage(c.coverage) < rules.min_coverage {
            Some(Ineligible::LowCoverage {
                coverage: clean_coverage(c.coverage),
            })
        } else if rules.require_support && !c.has_support() {
            Some(Ineligible::NoSupport)
        } else {
            None
        };
        if let Some(why) = structural {
            if forced && why != Ineligible::MustExclude {
                conflicts.push(Conflict::MustIncludeUnplaceable {
                    id: c.id.clone(),
                    why: Some(why.clone()),
                });
            }
            ineligible.push((i, why));
            continue;
        }
        if let (Some(why), false) = (filtered, forced) {
            ineligible.push((i, why));
            continue;
        }
        let (Some(t), Some(p)) = (c.type_id(), c.province_code()) else {
            continue;
        };
        let type_slot = match types.iter().position(|x| x == t) {
            Some(s) => s,
            None => {
                types.push(t.to_string());
                types.len() - 1
            }
        };
        let province_slot = match provinces.iter().position(|x| *x == p) {
            Some(s) => s,
            None => {
                provinces.push(p);
                provinces.len() - 1
            }
        };
        pool.push(PoolItem {
            index: i,
            type_slot,
            province_slot,
            forced,
            score: score_milli(c.score.unwrap_or(0.0)),
            support: i64::from(c.has_support()),
            coverage: coverage_milli(c.coverage),
        });
    }
    // Types named in the rules but without candidates still count (their minimum may clash).
    for t in rules.type_min.keys() {
        if rules.min_of(t) > 0 && !types.iter().any(|x| x == t) {
            types.push(t.clone());
        }
    }
    let n = rules.n;
    let type_lo: Vec<usize> = types.iter().map(|t| rules.min_of(t)).collect();
    let type_hi: Vec<usize> = types.iter().map(|t| rules.max_of(t).unwrap_or(n)).collect();
    let k = rules.max_per_province.unwrap_or(n);
    let province_lo = provinces
        .iter()
        .map(|_| usize::from(rules.one_per_province))
        .collect();
    let province_hi = provinces.iter().map(|_| k).collect();
    Problem {
        n,
        types,
        type_lo,
        type_hi,
        provinces,
        province_lo,
        province_hi,
        pool,
    }
}

/// Plans: the exact optimum of the rules, or when they cannot all hold, the nearest plan with
/// the conflicts named. Picks and strong left-out candidates come with reasons.
pub fn plan(candidates: &[Candidate], rules: &Rules) -> Plan {
    let mut out = Plan {
        picks: Vec::new(),
        feasible: false,
        conflicts: Vec::new(),
        shortfalls: Vec::new(),
        ineligible: Vec::new(),
        left_out: Vec::new(),
        no_candidate: Vec::new(),
        none_eligible: Vec::new(),
        total_score: 0.0,
        error: None,
    };
    if candidates.len() > MAX_CANDIDATES {
        out.error = Some(PlanError::TooManyCandidates {
            count: candidates.len(),
            max: MAX_CANDIDATES,
        });
        return out;
    }
    let problem = build_problem(candidates, rules, &mut out.conflicts, &mut out.ineligible);
    conflicts(&problem, candidates, &mut out.conflicts);
    let chosen = flow::solve(
        &problem,
        &problem.pool.iter().map(|p| p.score).collect::<Vec<_>>(),
    );
    out.shortfalls = shortfalls(&problem, &chosen, candidates);
    out.feasible = out.shortfalls.is_empty() && out.conflicts.is_empty();
    if !out.shortfalls.is_empty() && out.conflicts.is_empty() {
        out.conflicts.push(Conflict::Combined);
    }
    for tile in crate::domain::charts::tilemap::SOUTHERN_PROVINCE_TILES.iter() {
        if !problem.provinces.contains(&tile.iso) {
            let any = candidates
                .iter()
                .any(|c| c.province_code() == Some(tile.iso));
            if any {
                out.none_eligible.push(tile.iso);
            } else {
                out.no_candidate.push(tile.iso);
            }
        }
    }
    explain::explain(&problem, &chosen, candidates, rules, &mut out);
    out
}

/// The rules that clash on their own, from counts alone.
fn conflicts(p: &Problem, candidates: &[Candidate], out: &mut Vec<Conflict>) {
    let n = p.n;
    let available = p.pool.len();
    if available < n {
        out.push(Conflict::TooFewCandidates { n, available });
    }
    let mut min_total = 0;
    let mut room_types = 0;
    for (s, t) in p.types.iter().enumerate() {
        let have = p.pool.iter().filter(|x| x.type_slot == s).count();
        let (lo, hi) = (p.type_lo[s], p.type_hi[s]);
        min_total += lo;
        room_types += have.min(hi);
        if lo > hi {
            out.push(Conflict::TypeMinOverMax {
                community_type: t.clone(),
                min: lo,
                max: hi,
            });
        } else if lo > have {
            out.push(Conflict::TypeMinOverCandidates {
                community_type: t.clone(),
                min: lo,
                available: have,
            });
        }
        let forced = p
            .pool
            .iter()
            .filter(|x| x.type_slot == s && x.forced)
            .count();
        if forced > hi {
            out.push(Conflict::MustIncludeOverTypeMax {
                community_type: t.clone(),
                count: forced,
                max: hi,
            });
        }
    }
    if min_total > n {
        out.push(Conflict::TypeMinsOverN {
            total: min_total,
            n,
        });
    }
    if room_types < n && available >= n {
        out.push(Conflict::TypeMaxUnderN {
            room: room_types,
            n,
        });
    }
    let provinces_needed: usize = p.province_lo.iter().sum();
    if provinces_needed > n {
        out.push(Conflict::ProvincesOverN {
            provinces: provinces_needed,
            n,
        });
    }
    let k = p.province_hi.first().copied().unwrap_or(n);
    if k == 0 && provinces_needed > 0 {
        out.push(Conflict::ProvinceMaxZero);
    }
    let room_provinces: usize = (0..p.provinces.len())
        .map(|s| {
            p.pool
                .iter()
                .filter(|x| x.province_slot == s)
                .count()
                .min(p.province_hi[s])
        })
        .sum();
    if room_provinces < n && available >= n {
        out.push(Conflict::ProvinceMaxUnderN {
            room: room_provinces,
            n,
            k,
        });
    }
    for (s, iso) in p.provinces.iter().enumerate() {
        let forced = p
            .pool
            .iter()
            .filter(|x| x.province_slot == s && x.forced)
            .count();
        if forced > p.province_hi[s] {
            out.push(Conflict::MustIncludeOverProvinceMax {
                province: iso,
                count: forced,
                k: p.province_hi[s],
            });
        }
    }
    let forced = p.pool.iter().filter(|x| x.forced).count();
    if forced > n {
        out.push(Conflict::MustIncludeOverN { count: forced, n });
    }
    let _ = candidates;
}

/// What the chosen set leaves unmet.
fn shortfalls(p: &Problem, chosen: &[usize], candidates: &[Candidate]) -> Vec<Shortfall> {
    let mut out = Vec::new();
    if chosen.len() < p.n {
        out.push(Shortfall::Sites {
            wanted: p.n,
            placed: chosen.len(),
        });
    }
    for (s, t) in p.types.iter().enumerate() {
        let placed = chosen
            .iter()
            .filter(|&&c| p.pool.get(c).is_some_and(|x| x.type_slot == s))
            .count();
        if placed < p.type_lo[s] {
            out.push(Shortfall::TypeMin {
                community_type: t.clone(),
                min: p.type_lo[s],
                placed,
            });
        }
    }
    for (s, iso) in p.provinces.iter().enumerate() {
        let placed = chosen
            .iter()
            .filter(|&&c| p.pool.get(c).is_some_and(|x| x.province_slot == s))
            .count();
        if placed < p.province_lo[s] {
            out.push(Shortfall::Province { province: iso });
        }
    }
    for (slot, item) in p.pool.iter().enumerate() {
        if item.forced && !chosen.contains(&slot) {
            let id = candidates
                .get(item.index)
                .map(|c| c.id.clone())
                .unwrap_or_default();
            out.push(Shortfall::MustInclude { id });
        }
    }
    out
}
