//! Policy proposals for the health assembly (`#/proposals`): what the team asks for, who must
//! act, and the evidence behind it.
//!
//! Evidence is a *pointer* into the sites' data (a factor by site and id, a factor synthesis
//! item, a Tool set 1 part at a site, an indicator across sites, a site's FIES), never a copy:
//! it is resolved against the current set every time it is shown, so an edit to a site's text
//! shows in the proposals, the slides and the brief. A pointer whose site left the set is kept
//! and reported as missing rather than dropped.

use serde_json::{json, Map, Value};

use super::WorkshopModel;
use crate::domain::assessment::Assessment;
use crate::domain::charts::heatmap::CellState;
use crate::domain::instrument::Instrument;
use crate::domain::scoring::{exact_mean, fies_results, Ratio};

/// The level that must act (the partner network's levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Level {
    #[default]
    Local,
    Provincial,
    National,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Local, Level::Provincial, Level::National];
    pub fn id(self) -> &'static str {
        match self {
            Level::Local => "local",
            Level::Provincial => "provincial",
            Level::National => "national",
        }
    }
    pub fn parse(s: &str) -> Level {
        match s {
            "provincial" => Level::Provincial,
            "national" => Level::National,
            _ => Level::Local,
        }
    }
}

/// How urgent the team judges a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord)]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];
    pub fn id(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
        }
    }
    pub fn parse(s: &str) -> Priority {
        match s {
            "high" => Priority::High,
            "low" => Priority::Low,
            _ => Priority::Medium,
        }
    }
}

/// A pointer at site data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// One factor written at one site (by the factor's id).
    Factor { site: String, factor: String },
    /// A factor synthesis item: every factor of this kind and category, across the set.
    FactorGroup { kind: String, category: String },
    /// A site's answer to one Tool set 1 part.
    Toolset { site: String, part: String },
    /// An indicator across the sites that scored it (the weakest indicators view).
    Indicator { indicator: String },
    /// A site's FIES figures.
    Fies { site: String },
}

impl Evidence {
    pub fn to_value(&self) -> Value {
        // One object writer for every kind (five `json!` objects cost more wasm).
        let (kind, fields): (&str, [(&str, &str); 2]) = match self {
            Evidence::Factor { site, factor } => ("factor", [("site", site), ("factor", factor)]),
            Evidence::FactorGroup { kind, category } => ("factor_group", [("factor_kind", kind), ("category", category)]),
            Evidence::Toolset { site, part } => ("toolset", [("site", site), ("part", part)]),
            Evidence::Indicator { indicator } => ("indicator", [("indicator", indicator), ("", "")]),
            Evidence::Fies { site } => ("fies", [("site", site), ("", "")]),
        };
        let mut map = Map::new();
        map.insert("kind".into(), Value::String(kind.into()));
        for (k, v) in fields.into_iter().filter(|(k, _)| !k.is_empty()) {
            map.insert(k.into(), Value::String(v.into()));
        }
        Value::Object(map)
    }

    /// Reads a pointer; `None` for anything unknown or incomplete.
    pub fn from_value(v: &Value) -> Option<Evidence> {
        let s = |k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        Some(match v.get("kind")?.as_str()? {
            "factor" => Evidence::Factor { site: s("site")?, factor: s("factor")? },
            "factor_group" => Evidence::FactorGroup { kind: s("factor_kind")?, category: s("category")? },
            "toolset" => Evidence::Toolset { site: s("site")?, part: s("part")? },
            "indicator" => Evidence::Indicator { indicator: s("indicator")? },
            "fies" => Evidence::Fies { site: s("site")? },
            _ => return None,
        })
    }

    /// Which view the pointer came from: `factors`, `toolset`, `indicators` or `fies`.
    pub fn view(&self) -> &'static str {
        match self {
            Evidence::Factor { .. } | Evidence::FactorGroup { .. } => "factors",
            Evidence::Toolset { .. } => "toolset",
            Evidence::Indicator { .. } => "indicators",
            Evidence::Fies { .. } => "fies",
        }
    }

    /// A stable text key (for the UI's buttons).
    pub fn key(&self) -> String {
        match self {
            Evidence::Factor { site, factor } => format!("factor|{site}|{factor}"),
            Evidence::FactorGroup { kind, category } => format!("factor_group|{kind}|{category}"),
            Evidence::Toolset { site, part } => format!("toolset|{site}|{part}"),
            Evidence::Indicator { indicator } => format!("indicator|{indicator}"),
            Evidence::Fies { site } => format!("fies|{site}"),
        }
    }

    /// The pointer of a [`Evidence::key`].
    pub fn from_key(key: &str) -> Option<Evidence> {
        let mut p = key.splitn(3, '|');
        let (a, b, c) = (p.next()?, p.next().unwrap_or(""), p.next().unwrap_or(""));
        let ok = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Some(match a {
            "factor" => Evidence::Factor { site: ok(b)?, factor: ok(c)? },
            "factor_group" => Evidence::FactorGroup { kind: ok(b)?, category: ok(c)? },
            "toolset" => Evidence::Toolset { site: ok(b)?, part: ok(c)? },
            "indicator" => Evidence::Indicator { indicator: ok(b)? },
            "fies" => Evidence::Fies { site: ok(b)? },
            _ => return None,
        })
    }
}

/// One policy proposal.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Proposal {
    pub id: String,
    pub title: String,
    pub problem: String,
    pub text: String,
    /// Community type ids it concerns; empty = all types.
    pub types: Vec<String>,
    pub level: Level,
    /// Actors asked to act: names from the merged partner network or typed freely.
    pub actors: Vec<String>,
    pub priority: Priority,
    pub evidence: Vec<Evidence>,
    /// Dots given at the workshop.
    pub votes: u32,
}

fn text_of(v: &Value, k: &str) -> String {
    v.get(k).and_then(Value::as_str).unwrap_or("").to_string()
}

fn strings_of(v: &Value, k: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in v.get(k).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
        let s = s.trim();
        if !s.is_empty() && !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    }
    out
}

impl Proposal {
    pub fn to_value(&self) -> Value {
        json!({
            "id": self.id,
            "title": self.title,
            "problem": self.problem,
            "text": self.text,
            "types": self.types,
            "level": self.level.id(),
            "actors": self.actors,
            "priority": self.priority.id(),
            "evidence": self.evidence.iter().map(Evidence::to_value).collect::<Vec<_>>(),
            "votes": self.votes,
        })
    }

    /// Reads one proposal; `None` without an id. Unknown evidence is skipped.
    pub fn from_value(v: &Value) -> Option<Proposal> {
        let id = text_of(v, "id");
        if id.trim().is_empty() {
            return None;
        }
        let mut evidence: Vec<Evidence> = Vec::new();
        for e in v.get("evidence").and_then(Value::as_array).into_iter().flatten().filter_map(Evidence::from_value) {
            if !evidence.contains(&e) {
                evidence.push(e);
            }
        }
        Some(Proposal {
            id,
            title: text_of(v, "title"),
            problem: text_of(v, "problem"),
            text: text_of(v, "text"),
            types: strings_of(v, "types"),
            level: Level::parse(v.get("level").and_then(Value::as_str).unwrap_or("")),
            actors: strings_of(v, "actors"),
            priority: Priority::parse(v.get("priority").and_then(Value::as_str).unwrap_or("")),
            evidence,
            votes: v
                .get("votes")
                .and_then(Value::as_u64)
                .map(|n| n.min(u64::from(MAX_VOTES)) as u32)
                .unwrap_or(0),
        })
    }

    /// Attaches a pointer once; false when it was already there.
    pub fn attach(&mut self, e: Evidence) -> bool {
        if self.evidence.contains(&e) {
            return false;
        }
        self.evidence.push(e);
        true
    }
}

/// More dots than this on one proposal is a typing slip.
pub const MAX_VOTES: u32 = 999;

/// Reads a list of proposals (a JSON array); unreadable items are skipped, duplicate ids keep
/// the first.
pub fn proposals_from_value(v: Option<&Value>) -> Vec<Proposal> {
    let mut out: Vec<Proposal> = Vec::new();
    for p in v.and_then(Value::as_array).into_iter().flatten().filter_map(Proposal::from_value) {
        if !out.iter().any(|o| o.id == p.id) {
            out.push(p);
        }
    }
    out
}

pub fn proposals_to_value(list: &[Proposal]) -> Value {
    Value::Array(list.iter().map(Proposal::to_value).collect())
}

/// Why a proposal cannot be saved as typed.
/// The screen words each one in the user's language (`i18n::proposals`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposalError {
    /// The proposal needs a title.
    NoTitle,
    /// The proposal itself is empty.
    NoText,
    /// No proposal with this id.
    Unknown(String),
}

/// Checks a proposal before it is saved.
pub fn check(p: &Proposal) -> Result<(), ProposalError> {
    if p.title.trim().is_empty() {
        return Err(ProposalError::NoTitle);
    }
    if p.text.trim().is_empty() {
        return Err(ProposalError::NoText);
    }
    Ok(())
}

/// A change to the list of proposals. Every change leaves the list untouched on error.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Adds a new proposal or replaces the one with the same id.
    Save(Proposal),
    Delete(String),
    /// Puts a deleted proposal back at its place (undo).
    Restore(usize, Proposal),
    Attach(String, Evidence),
    Detach(String, Evidence),
    /// Adds (or with a negative number removes) dots; never below zero.
    Vote(String, i32),
}

/// Applies a change; returns the deleted proposal and its place for an undo.
pub fn apply(list: &mut Vec<Proposal>, change: Change) -> Result<Option<(usize, Proposal)>, ProposalError> {
    let find = |list: &Vec<Proposal>, id: &str| {
        list.iter().position(|p| p.id == id).ok_or_else(|| ProposalError::Unknown(id.to_string()))
    };
    match change {
        Change::Save(p) => {
            check(&p)?;
            match list.iter_mut().find(|o| o.id == p.id) {
                Some(o) => *o = p,
                None => list.push(p),
            }
        }
        Change::Delete(id) => {
            let i = find(list, &id)?;
            let p = list.remove(i);
            return Ok(Some((i, p)));
        }
        Change::Restore(i, p) => {
            if !list.iter().any(|o| o.id == p.id) {
                list.insert(i.min(list.len()), p);
            }
        }
        Change::Attach(id, e) => {
            let i = find(list, &id)?;
            if let Some(p) = list.get_mut(i) {
                p.attach(e);
            }
        }
        Change::Detach(id, e) => {
            let i = find(list, &id)?;
            if let Some(p) = list.get_mut(i) {
                p.evidence.retain(|x| *x != e);
            }
        }
        Change::Vote(id, delta) => {
            let i = find(list, &id)?;
            if let Some(p) = list.get_mut(i) {
                p.votes = (i64::from(p.votes) + i64::from(delta)).clamp(0, i64::from(MAX_VOTES)) as u32;
            }
        }
    }
    Ok(None)
}

/// Proposal indexes in the order of the brief: most dots first, then priority, then the order
/// they were written.
pub fn ranked(list: &[Proposal]) -> Vec<usize> {
    let key = |i: usize| list.get(i).map(|p| (std::cmp::Reverse(p.votes), p.priority));
    crate::domain::compare::sorted_indices(list.len(), &|a, b| key(a).cmp(&key(b)).then(a.cmp(&b)))
}

/// The data a pointer is resolved against: the set's assessments and its model.
pub struct Sources<'a> {
    pub assessments: &'a [Assessment],
    pub model: &'a WorkshopModel,
    pub inst: &'a Instrument,
}

/// What a pointer shows now.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Resolved {
    /// The sites it rests on (keys, set order of first appearance).
    pub sites: Vec<String>,
    /// Site texts quoted live: (site key, text).
    pub quotes: Vec<(String, String)>,
    /// An indicator's mean score (0–100) or a site's FIES mean raw score (0–8).
    pub value: Option<f64>,
    /// The same, exactly: what is printed (rounded once, halves away from zero).
    pub exact: Option<Ratio>,
    /// The site or item is no longer in the set.
    pub missing: bool,
}

impl Sources<'_> {
    fn assessment(&self, site: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == site)
    }

    /// Resolves a pointer against the current data.
    pub fn resolve(&self, e: &Evidence) -> Resolved {
        let mut r = Resolved::default();
        match e {
            Evidence::Factor { site, factor } => {
                match self.assessment(site).and_then(|a| a.factors.iter().find(|f| f.id == *factor)) {
                    Some(f) => {
                        r.sites.push(site.clone());
                        r.quotes.push((site.clone(), f.text.trim().to_string()));
                    }
                    None => r.missing = true,
                }
            }
            Evidence::FactorGroup { kind, category } => {
                for g in self.model.factors.iter().filter(|g| g.kind == *kind && g.category == *category) {
                    for t in &g.texts {
                        if !r.sites.contains(&t.site_key) {
                            r.sites.push(t.site_key.clone());
                        }
                        r.quotes.push((t.site_key.clone(), t.text.clone()));
                    }
                }
                // Factors with an empty text still count their site.
                for a in self.assessments {
                    if a.factors.iter().any(|f| f.kind == *kind && f.category == *category) && !r.sites.contains(&a.id) {
                        r.sites.push(a.id.clone());
                    }
                }
                r.missing = r.sites.is_empty();
            }
            Evidence::Toolset { site, part } => {
                let text = self.assessment(site).and_then(|a| a.toolset.get(part)).map(|t| t.trim()).unwrap_or("");
                if text.is_empty() {
                    r.missing = true;
                } else {
                    r.sites.push(site.clone());
                    r.quotes.push((site.clone(), text.to_string()));
                }
            }
            Evidence::Indicator { indicator } => {
                let column = self.model.columns.iter().position(|(id, _)| id == indicator);
                let mut scores: Vec<Ratio> = Vec::new();
                for s in &self.model.sites {
                    if let Some(CellState::Score(v)) = column.and_then(|c| s.indicators.get(c)).map(|(_, st)| *st) {
                        r.sites.push(s.key.clone());
                        // Indicator scores are 25 × level: whole numbers, read exactly.
                        scores.extend(Ratio::from_decimal(v.clamp(0.0, 100.0)));
                    }
                }
                r.exact = exact_mean(scores.iter().map(|v| (*v, Ratio::int(1))));
                r.value = r.exact.map(Ratio::to_f64);
                r.missing = r.sites.is_empty();
            }
            Evidence::Fies { site } => match self.assessment(site) {
                Some(a) => {
                    let f = fies_results(a, self.inst);
                    r.exact = f.mean_raw_score;
                    r.value = f.mean_raw_score.map(Ratio::to_f64);
                    r.missing = f.mean_raw_score.is_none();
                    if !r.missing {
                        r.sites.push(site.clone());
                    }
                }
                None => r.missing = true,
            },
        }
        r
    }

    /// What a proposal's evidence rests on, taken together.
    pub fn support(&self, p: &Proposal) -> Support {
        let mut s = Support::default();
        for e in &p.evidence {
            let r = self.resolve(e);
            if r.missing {
                s.missing += 1;
            }
            for site in r.sites {
                if !s.sites.contains(&site) {
                    s.sites.push(site);
                }
            }
            let view = e.view();
            if !s.views.contains(&view) {
                s.views.push(view);
            }
        }
        let mut found: Vec<String> = Vec::new();
        for site in &s.sites {
            let t = self
                .model
                .sites
                .iter()
                .find(|x| x.key == *site)
                .and_then(|x| x.community_type.clone())
                .or_else(|| self.assessment(site).and_then(|a| a.profile.community_type.clone()));
            if let Some(t) = t {
                if !found.contains(&t) {
                    found.push(t);
                }
            }
        }
        s.types = in_type_order(self.inst, found);
        s
    }
}

/// Community type ids in the instrument's order, unknown ones after them as found.
pub fn in_type_order(inst: &Instrument, found: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = inst.community_types.iter().filter(|t| found.contains(&t.id)).map(|t| t.id.clone()).collect();
    for t in found {
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// How many sites and which community types a proposal's evidence comes from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Support {
    pub sites: Vec<String>,
    /// Community type ids, instrument order.
    pub types: Vec<String>,
    /// Views the evidence was taken from.
    pub views: Vec<&'static str>,
    /// Pointers whose data is no longer in the set.
    pub missing: usize,
}

impl Support {
    /// The proposal rests on one site only (or on none).
    pub fn thin(&self) -> bool {
        self.sites.len() <= 1
    }
}

/// The `n` indicators with the lowest mean score across the sites, lowest first:
/// (indicator id, mean, number of sites that scored it).
pub fn weakest_indicators(model: &WorkshopModel, n: usize) -> Vec<(String, f64, usize)> {
    let means = model.column_means();
    let mut rows: Vec<(String, f64, usize)> = Vec::new();
    for (c, (id, _)) in model.columns.iter().enumerate() {
        if let Some(Some(m)) = means.get(c) {
            let k = model
                .sites
                .iter()
                .filter(|s| matches!(s.indicators.get(c).map(|x| x.1), Some(CellState::Score(_))))
                .count();
            rows.push((id.clone(), *m, k));
        }
    }
    let order = crate::domain::compare::sorted_indices(rows.len(), &|a, b| {
        let (x, y) = (rows.get(a).map(|r| r.1), rows.get(b).map(|r| r.1));
        x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal).then(a.cmp(&b))
    });
    order.into_iter().take(n).filter_map(|i| rows.get(i).cloned()).collect()
}

/// The workshop set's exported file: the assessments bundle with the proposals beside them
/// (an additive field: older readers ignore it, older files have none).
pub fn workshop_bundle_json(assessments: &[Assessment], proposals: &[Proposal]) -> String {
    let mut value = serde_json::from_str::<Value>(&crate::domain::assessment::bundle_json(assessments))
        .unwrap_or_else(|_| Value::Object(Map::new()));
    if let Some(obj) = value.as_object_mut() {
        obj.insert("proposals".into(), proposals_to_value(proposals));
    }
    serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".to_string())
}

/// The proposals in an exported workshop file (none when it has none or is not JSON).
pub fn proposals_in_file(text: &str) -> Vec<Proposal> {
    let v: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    proposals_from_value(v.get("proposals"))
}

/// Adds imported proposals: an unknown id is appended, a known id is left as it is here.
/// Returns how many were added.
pub fn merge_proposals(current: &mut Vec<Proposal>, incoming: Vec<Proposal>) -> usize {
    let mut n = 0;
    for p in incoming {
        if !current.iter().any(|c| c.id == p.id) {
            current.push(p);
            n += 1;
        }
    }
    n
}

/// The proposals as CSV rows, ranked: ids in the header, labels through `label` (codes when
/// anonymised).
pub fn csv_rows(list: &[Proposal], src: &Sources, label: super::csv::Labeller) -> Vec<Vec<String>> {
    let mut rows = vec![[
        "rank", "id", "title", "problem", "proposal", "community_types", "level", "actors", "priority", "votes",
        "evidence", "sites", "site_count", "evidence_types", "one_site_only",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect::<Vec<_>>()];
    for (rank, &i) in ranked(list).iter().enumerate() {
        let Some(p) = list.get(i) else { continue };
        let s = src.support(p);
        rows.push(vec![
            (rank + 1).to_string(),
            p.id.clone(),
            p.title.clone(),
            p.problem.clone(),
            p.text.clone(),
            if p.types.is_empty() { "all".into() } else { p.types.join("; ") },
            p.level.id().into(),
            p.actors.join("; "),
            p.priority.id().into(),
            p.votes.to_string(),
            p.evidence.iter().map(Evidence::key).collect::<Vec<_>>().join("; "),
            s.sites.iter().map(|k| label(k)).collect::<Vec<_>>().join("; "),
            s.sites.len().to_string(),
            s.types.join("; "),
            if s.thin() { "yes".into() } else { "no".into() },
        ]);
    }
    rows
}

#[cfg(test)]
mod tests;
