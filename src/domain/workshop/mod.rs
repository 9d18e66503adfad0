//! The workshop: a comparison set of many sites and every view computed from it (ranking with
//! its stability, heatmap rows, province coverage, factor synthesis, Tool set 1 side by side,
//! the merged partner network), the findings the projected slide titles state, and the CSV
//! tables. The UI (`ui/workshop`) only draws what is here.
//!
//! The model is split in two so that moving a weight slider only re-ranks: [`WorkshopModel`]
//! depends on the set alone, [`Ranking`] on the model and the weights.

pub mod csv;
pub mod proposals;
pub mod rounds;
pub mod svg;

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::domain::assessment::Assessment;
use crate::domain::charts::tilemap::SOUTHERN_PROVINCE_TILES;
use crate::domain::compare::anonymous::anonymous_codes;
use crate::domain::compare::common_core::{comparison_basis, Basis};
use crate::domain::compare::coverage::{province_coverage, southern_province, CoverageReport};
use crate::domain::compare::from_results::{
    basis_indicators, factor_inputs, site_network, site_scores, toolset_answers,
};
use crate::domain::compare::partners::{merge_partner_networks, PartnerNetwork};
use crate::domain::compare::ranking::{
    rank_sites, rank_stability, DimensionWeights, RankedSite, SiteStability, StabilityOptions,
};
use crate::domain::compare::synthesis::{
    synthesise_factors, toolset_side_by_side, FactorGroup, SynthesisOrder, ToolsetTable,
};
use crate::domain::compare::{sorted_indices, SiteScores};
use crate::domain::instrument::Instrument;
use crate::domain::scoring::{fies_households, fies_kind, FiesKind, Ratio};

/// The localStorage key of the saved set (chosen ids and view settings).
pub const SET_KEY: &str = "gca.workshop";
/// The localStorage key of the imported assessments (a bundle).
pub const IMPORTED_KEY: &str = "gca.workshop.imported";
/// Weight slider bounds.
pub const MAX_WEIGHT: f64 = 5.0;

/// How heatmap rows are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Overall,
    Type,
    Province,
}

impl SortKey {
    pub fn id(self) -> &'static str {
        match self {
            SortKey::Overall => "overall",
            SortKey::Type => "type",
            SortKey::Province => "province",
        }
    }
    pub fn parse(s: &str) -> SortKey {
        match s {
            "type" => SortKey::Type,
            "province" => SortKey::Province,
            _ => SortKey::Overall,
        }
    }
}

/// Where the overlaid sites differ most: the axis with the widest range among the sites that
/// have a value there (at least two), as (axis, lowest, highest). Ties go to the first axis.
pub fn widest_gap(series: &[Vec<Option<f64>>]) -> Option<(usize, f64, f64)> {
    let axes = series.iter().map(Vec::len).max().unwrap_or(0);
    let mut best: Option<(usize, f64, f64)> = None;
    for axis in 0..axes {
        let values: Vec<f64> = series
            .iter()
            .filter_map(|s| s.get(axis).copied().flatten())
            .collect();
        if values.len() < 2 {
            continue;
        }
        let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        if best.is_none_or(|(_, l, h)| hi - lo > h - l) {
            best = Some((axis, lo, hi));
        }
    }
    best
}

/// The strings of a JSON array, each once, in order; `None` when it is not an array.
fn distinct_strings(v: Option<&Value>) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for s in v?.as_array()?.iter().filter_map(Value::as_str) {
        if !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    }
    Some(out)
}

/// What the workshop remembers between visits (the imported files are stored apart).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkshopSet {
    /// Ids of the drafts and examples in the set, in the order they were added.
    pub chosen: Vec<String>,
    /// Dimension id → weight set with the sliders (missing = the instrument's weight).
    pub weights: DimensionWeights,
    pub anonymous: bool,
    pub sort: SortKey,
    /// The sites drawn on top of each other in the radar overlay, at most
    /// [`OVERLAY_MAX`]; `None` until someone picks (then the top three of the ranking). Kept
    /// in the set so the projector shows what the facilitator picked on the page.
    pub overlay: Option<Vec<String>>,
    /// The policy proposals drafted from this set (`#/proposals`).
    pub proposals: Vec<proposals::Proposal>,
}

/// More lines than this on one radar cannot be told apart.
pub const OVERLAY_MAX: usize = 5;

impl WorkshopSet {
    /// Compact JSON for localStorage.
    pub fn to_json(&self) -> String {
        json!({
            "chosen": self.chosen,
            "weights": self.weights,
            "anonymous": self.anonymous,
            "sort": self.sort.id(),
            "overlay": self.overlay,
            "proposals": proposals::proposals_to_value(&self.proposals),
        })
        .to_string()
    }

    /// Reads a saved set; anything unreadable gives an empty set (never a panic).
    pub fn from_json(text: &str) -> WorkshopSet {
        let v: Value = serde_json::from_str(text).unwrap_or(Value::Null);
        let chosen = distinct_strings(v.get("chosen")).unwrap_or_default();
        let overlay = distinct_strings(v.get("overlay")).map(|mut o| {
            o.truncate(OVERLAY_MAX);
            o
        });
        // Inserted one by one: `collect()` into a map would add its own sort to the wasm.
        let mut weights = DimensionWeights::new();
        for (k, w) in v
            .get("weights")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if let Some(w) = w.as_f64() {
                weights.insert(k.clone(), clamp_weight(w));
            }
        }
        WorkshopSet {
            chosen,
            weights,
            anonymous: v.get("anonymous").and_then(Value::as_bool).unwrap_or(false),
            sort: SortKey::parse(v.get("sort").and_then(Value::as_str).unwrap_or("")),
            overlay,
            proposals: proposals::proposals_from_value(v.get("proposals")),
        }
    }

    /// The overlay's sites: the ones picked, else the top three of the ranking.
    pub fn overlay_keys(&self, ranking: &Ranking) -> Vec<String> {
        match &self.overlay {
            Some(keys) => keys.clone(),
            None => ranking
                .ranked
                .iter()
                .take(3)
                .map(|r| r.key.clone())
                .collect(),
        }
    }

    /// The weight of a dimension: the slider's, else the instrument's.
    pub fn weight(&self, inst: &Instrument, dimension: &str) -> f64 {
        self.weights.get(dimension).copied().unwrap_or_else(|| {
            inst.dimensions
                .iter()
                .find(|d| d.id == dimension)
                .map(|d| d.weight)
                .unwrap_or(1.0)
        })
    }

    /// The weights of every instrument dimension.
    pub fn all_weights(&self, inst: &Instrument) -> DimensionWeights {
        let mut out = DimensionWeights::new();
        for d in &inst.dimensions {
            out.insert(d.id.clone(), self.weight(inst, &d.id));
        }
        out
    }
}

/// A weight within the slider's range (NaN → 1).
pub fn clamp_weight(w: f64) -> f64 {
    if w.is_finite() {
        w.clamp(0.0, MAX_WEIGHT)
    } else {
        1.0
    }
}

/// Adds imported assessments to those already imported: a new id is appended, a known id is
/// replaced only by a higher revision. Returns how many were added or updated.
pub fn merge_imported(current: &mut Vec<Assessment>, incoming: Vec<Assessment>) -> usize {
    let mut changed = 0;
    for a in incoming {
        match current.iter_mut().find(|c| c.id == a.id) {
            Some(c) if a.revision > c.revision => {
                *c = a;
                changed += 1;
            }
            Some(_) => {}
            None => {
                current.push(a);
                changed += 1;
            }
        }
    }
    changed
}

/// Everything the workshop shows that does not depend on the weights.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkshopModel {
    pub basis: Basis,
    /// Heatmap columns: (indicator id, dimension id), instrument order.
    pub columns: Vec<(String, String)>,
    /// One per site, in set order.
    pub sites: Vec<SiteScores>,
    /// Site key → anonymous code ("S01").
    pub codes: BTreeMap<String, String>,
    pub coverage: CoverageReport,
    pub factors: Vec<FactorGroup>,
    pub toolset: ToolsetTable,
    pub network: PartnerNetwork,
    /// FIES per site, in set order (same index as `sites`).
    pub fies: Vec<SiteFies>,
    /// Sites with an earlier round in the set: what changed (`rounds::site_changes`).
    pub changes: Vec<rounds::SiteChange>,
}

/// One site's FIES households for the workshop: complete households per raw-score group.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteFies {
    pub key: String,
    pub kind: FiesKind,
    /// Complete households at 0, 1–3, 4–6, 7–8.
    pub groups: [u32; 4],
    pub complete: u32,
    pub incomplete: u32,
}

impl SiteFies {
    /// Share of complete households at 4–8 items; None without complete households.
    pub fn share_4_to_8(&self) -> Option<f64> {
        (self.complete > 0).then(|| f64::from(self.groups[2] + self.groups[3]) / f64::from(self.complete))
    }
}

impl WorkshopModel {
    /// Builds the model. Duplicate ids keep their first occurrence; a site with several
    /// rounds is compared by its latest, the earlier ones giving `changes`.
    pub fn build(assessments: &[Assessment], inst: &Instrument) -> WorkshopModel {
        let mut every: Vec<&Assessment> = Vec::with_capacity(assessments.len());
        for a in assessments {
            if !every.iter().any(|u| u.id == a.id) {
                every.push(a);
            }
        }
        let unique = rounds::latest_per_site(&every);
        let changes = rounds::site_changes(&every, &unique, inst);
        let types: Vec<Option<&str>> = unique
            .iter()
            .map(|a| a.profile.community_type.as_deref())
            .collect();
        let basis = comparison_basis(&types);
        let columns = basis_indicators(inst, &basis)
            .into_iter()
            .filter_map(|id| {
                let ind = inst.indicators.iter().find(|i| i.id == id)?;
                Some((ind.id.clone(), ind.dimension.clone()))
            })
            .collect();
        let sites: Vec<SiteScores> = unique
            .iter()
            .map(|a| site_scores(a, inst, &basis))
            .collect();
        let keys: Vec<&str> = sites.iter().map(|s| s.key.as_str()).collect();
        let order = SynthesisOrder {
            kinds: inst.factors.kinds.iter().map(|k| k.id.clone()).collect(),
            categories: inst
                .factors
                .categories
                .iter()
                .map(|k| k.id.clone())
                .collect(),
            community_types: inst.community_types.iter().map(|t| t.id.clone()).collect(),
        };
        let factors: Vec<_> = unique.iter().flat_map(|a| factor_inputs(a)).collect();
        let answers: Vec<_> = unique.iter().flat_map(|a| toolset_answers(a)).collect();
        let parts: Vec<String> = inst.toolset.iter().map(|p| p.id.clone()).collect();
        let site_order: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        let networks: Vec<_> = unique.iter().map(|a| site_network(a)).collect();
        WorkshopModel {
            basis,
            columns,
            codes: anonymous_codes(&keys),
            coverage: province_coverage(&sites),
            factors: synthesise_factors(&factors, &order),
            toolset: toolset_side_by_side(&answers, &parts, &site_order),
            network: merge_partner_networks(&networks),
            fies: unique
                .iter()
                .zip(&sites)
                .map(|(a, site)| {
                    let h = fies_households(a, inst);
                    SiteFies { key: site.key.clone(), kind: fies_kind(a), groups: h.groups, complete: h.complete, incomplete: h.incomplete }
                })
                .collect(),
            sites,
            changes,
        }
    }

    /// Indices of `fies` with complete households, by the share at 4–8 items, highest first
    /// (ties: more complete households first, then set order). Sites without household answers
    /// are left out (the view lists them apart).
    pub fn fies_order(&self) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..self.fies.len()).filter(|&i| self.fies[i].complete > 0).collect();
        idx.sort_by(|&a, &b| {
            let (x, y) = (&self.fies[a], &self.fies[b]);
            y.share_4_to_8()
                .partial_cmp(&x.share_4_to_8())
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(y.complete.cmp(&x.complete))
                .then(a.cmp(&b))
        });
        idx
    }

    /// The name or code shown for a site.
    pub fn label(&self, site: &SiteScores, anonymous: bool, untitled: &str) -> String {
        if anonymous {
            self.codes.get(&site.key).cloned().unwrap_or_default()
        } else if site.name.is_empty() {
            untitled.to_string()
        } else {
            site.name.clone()
        }
    }

    /// The label of a site key (see [`WorkshopModel::label`]); the key itself when unknown.
    pub fn label_of(&self, key: &str, anonymous: bool, untitled: &str) -> String {
        match self.sites.iter().find(|s| s.key == key) {
            Some(s) => self.label(s, anonymous, untitled),
            None if anonymous => "–".to_string(),
            None => key.to_string(),
        }
    }

    /// Site indexes in heatmap order. `Overall` uses the weighted ranking's scores when given.
    pub fn sorted(&self, key: SortKey, inst: &Instrument, ranking: Option<&Ranking>) -> Vec<usize> {
        // Exact scores: sites with equal scores keep their order (None, no score, sorts last).
        let score = |i: usize| -> Option<Ratio> {
            ranking
                .and_then(|r| r.exact_of(i))
                .or_else(|| self.sites.get(i).and_then(|s| s.overall_exact()))
        };
        let type_pos = |i: usize| {
            let t = self.sites.get(i).and_then(|s| s.community_type.as_deref());
            t.and_then(|t| inst.community_types.iter().position(|c| c.id == t))
                .unwrap_or(usize::MAX)
        };
        let prov_pos = |i: usize| {
            let p = self.sites.get(i).and_then(|s| s.province.as_deref());
            p.and_then(southern_province)
                .and_then(|p| SOUTHERN_PROVINCE_TILES.iter().position(|t| t.iso == p))
                .unwrap_or(usize::MAX)
        };
        sorted_indices(self.sites.len(), &|a, b| {
            let by_score = score(b).cmp(&score(a));
            let first = match key {
                SortKey::Overall => std::cmp::Ordering::Equal,
                SortKey::Type => type_pos(a).cmp(&type_pos(b)),
                SortKey::Province => prov_pos(a).cmp(&prov_pos(b)),
            };
            first.then(by_score)
        })
    }

    /// Mean score of each heatmap column over the sites that scored it (None if none did).
    pub fn column_means(&self) -> Vec<Option<f64>> {
        (0..self.columns.len())
            .map(|c| {
                let scores: Vec<f64> = self
                    .sites
                    .iter()
                    .filter_map(|s| s.indicators.get(c).and_then(|(_, st)| st.score()))
                    .collect();
                (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
            })
            .collect()
    }

    /// Mean of each dimension over the sites that scored it, in `dimension_ids` order.
    pub fn dimension_means(&self, dimension_ids: &[String]) -> Vec<Option<f64>> {
        dimension_ids
            .iter()
            .map(|d| {
                let v: Vec<f64> = self.sites.iter().filter_map(|s| s.dimension(d)).collect();
                (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
            })
            .collect()
    }

    /// Number of distinct sites that wrote something for Tool set 1 part `part`.
    pub fn toolset_answered(&self, part: usize) -> usize {
        (0..self.toolset.sites.len())
            .filter(|&s| !self.toolset.cell(part, s).is_empty())
            .count()
    }

    /// The category most sites named for a factor kind: (category, number of sites); on a
    /// tie the instrument's order wins.
    pub fn top_category(&self, kind: &str) -> Option<(String, usize)> {
        self.categories_by_share(kind).into_iter().next()
    }

    /// Every category named for a factor kind with the number of distinct sites that named
    /// it, the most shared first (on a tie, the order of the groups, which is the
    /// instrument's). Slides quote the first two, so the quotes support the headline.
    pub fn categories_by_share(&self, kind: &str) -> Vec<(String, usize)> {
        let mut by_cat: Vec<(&str, Vec<&str>)> = Vec::new();
        for g in self.factors.iter().filter(|g| g.kind == kind) {
            let i = match by_cat.iter().position(|(c, _)| *c == g.category) {
                Some(i) => i,
                None => {
                    by_cat.push((g.category.as_str(), Vec::new()));
                    by_cat.len() - 1
                }
            };
            if let Some((_, sites)) = by_cat.get_mut(i) {
                for t in &g.texts {
                    if !sites.contains(&t.site_key.as_str()) {
                        sites.push(t.site_key.as_str());
                    }
                }
            }
        }
        let mut out: Vec<(usize, String, usize)> =
            by_cat.into_iter().enumerate().map(|(i, (c, s))| (i, c.to_string(), s.len())).collect();
        // Most sites first; among equals the first seen (the instrument's order) first.
        out.sort_unstable_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        out.into_iter().map(|(_, c, n)| (c, n)).collect()
    }
}

/// The ranking with the current weights and each site's rank stability.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    pub ranked: Vec<RankedSite>,
    /// In the order of `ranked`.
    pub stability: Vec<SiteStability>,
    pub draws: usize,
}

impl Ranking {
    /// Ranks with `weights` and simulates 1,000 seeded draws within ±50 %.
    pub fn compute(model: &WorkshopModel, weights: &DimensionWeights) -> Ranking {
        let options = StabilityOptions::default();
        Ranking {
            ranked: rank_sites(&model.sites, weights),
            stability: rank_stability(&model.sites, weights, &options),
            draws: options.draws,
        }
    }

    pub fn score_of(&self, site_index: usize) -> Option<f64> {
        self.exact_of(site_index).map(Ratio::to_f64)
    }

    /// The exact re-weighted score of a site (printed with `Ratio::one_decimal`).
    pub fn exact_of(&self, site_index: usize) -> Option<Ratio> {
        self.ranked
            .iter()
            .find(|r| r.site_index == site_index)
            .and_then(|r| r.exact)
    }
}

#[cfg(test)]
mod tests;
