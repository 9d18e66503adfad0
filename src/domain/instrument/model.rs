//! The instrument's Rust types, one per object of `docs/data-model.md`.
//!
//! These are plain serde structs. Parsing goes through [`super::parse`] first, which checks the
//! JSON's shape against [`crate::domain::format`] so that a wrong type or a missing field is
//! reported with its path before serde sees it. The semantic rules (ids, references, bands)
//! live in [`super::validate`].

use serde::{Deserialize, Serialize};
use crate::domain::scoring::Ratio;

/// A text in Thai and English; both are required and must not be empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Text {
    pub th: String,
    pub en: String,
}

impl Text {
    pub fn new(th: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            th: th.into(),
            en: en.into(),
        }
    }
}

/// The value of the `format` field that marks an instrument file.
pub const INSTRUMENT_FORMAT: &str = "green-community-instrument";

/// The applies_to value meaning "every community type".
pub const CORE: &str = "core";

/// The food-security pillars an indicator may be tagged with (FAO four + HLPE 2020 two).
pub const PILLARS: [&str; 6] = [
    "availability",
    "access",
    "utilization",
    "stability",
    "agency",
    "sustainability",
];

/// The BCG letters an indicator may be tagged with.
pub const BCG_LETTERS: [&str; 3] = ["B", "C", "G"];

/// The eight FIES items in FAO order.
pub const FIES_CODES: [&str; 8] = [
    "WORRIED", "HEALTHY", "FEWFOOD", "SKIPPED", "ATELESS", "RUNOUT", "HUNGRY", "WHLDAY",
];

/// FIES item severities as described by NSO (3-3-2 grouping).
pub const FIES_SEVERITIES: [&str; 3] = ["mild", "moderate", "severe"];

/// Number of levels of every indicator (0..=4).
pub const LEVEL_COUNT: usize = 5;
/// The highest level.
pub const MAX_LEVEL: u8 = 4;
/// Number of Tool set 1 parts.
pub const TOOLSET_PARTS: usize = 8;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instrument {
    pub format: String,
    pub id: String,
    pub version: String,
    pub title: Text,
    pub description: Text,
    pub scale: Vec<ScaleLevel>,
    pub community_types: Vec<CommunityType>,
    pub dimensions: Vec<Dimension>,
    pub indicators: Vec<Indicator>,
    pub bands: Vec<Band>,
    pub provisional_below: f64,
    pub toolset: Vec<ToolsetPart>,
    pub fies: Fies,
    pub factors: Factors,
    pub network: NetworkVocabulary,
    /// What a green community for sustainable development in food security is (1.1.0 on).
    #[serde(default)]
    pub definition: Text,
    /// The one rule for choosing a level, shown on every indicator card.
    #[serde(default)]
    pub level_rule: Text,
    /// When an indicator may be answered "not applicable".
    #[serde(default)]
    pub na_rule: Text,
    /// The consent step of the protocol, asked in the profile before any data is collected.
    #[serde(default)]
    pub consent: Text,
    /// Indicators of earlier versions that were split, rewritten or removed: their answers
    /// stay under the old id and are shown "to check again" with the old question.
    #[serde(default)]
    pub retired: Vec<RetiredIndicator>,
    /// The fewest indicators a community type may have in any one dimension (3 when absent;
    /// only small test instruments set it lower).
    #[serde(default = "default_min_per_dimension")]
    pub min_per_dimension: u32,
}

fn default_min_per_dimension() -> u32 {
    3
}

/// An indicator of an earlier version that this version no longer asks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RetiredIndicator {
    pub id: String,
    /// The last version that asked it.
    pub version: String,
    /// The question as it was asked.
    pub label: Text,
    /// The ids that replace it (may be empty when it was dropped).
    #[serde(default)]
    pub replaced_by: Vec<String>,
    /// What changed and why, in one sentence.
    pub change: Text,
}

/// The generic name of one level of the 0–4 scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScaleLevel {
    pub level: u8,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommunityType {
    pub id: String,
    pub name: Text,
    pub description: Text,
    /// 5–8 observable characteristics of a green community of this type; ticked in the
    /// profile, shown in results and report, never scored.
    #[serde(default)]
    pub characteristics: Vec<Term>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dimension {
    pub id: String,
    pub name: Text,
    pub short: Text,
    pub description: Text,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: String,
    pub label: Text,
    pub definition: Text,
    pub dimension: String,
    /// `["core"]` for every type, or a list of community type ids.
    pub applies_to: Vec<String>,
    pub weight: f64,
    pub pillars: Vec<String>,
    pub bcg: Vec<String>,
    /// Exactly five observable descriptors, for levels 0..=4.
    pub levels: Vec<Text>,
    pub evidence: Vec<Text>,
    pub source: String,
}

impl Indicator {
    /// True when the indicator is shared by every community type.
    pub fn is_core(&self) -> bool {
        self.applies_to.iter().any(|t| t == CORE)
    }

    /// Whether the indicator is asked of a community of this type. With no type chosen only
    /// the core indicators apply.
    pub fn applies_to_type(&self, community_type: Option<&str>) -> bool {
        if self.is_core() {
            return true;
        }
        match community_type {
            Some(t) => self.applies_to.iter().any(|a| a == t),
            None => false,
        }
    }
}

/// A band of the overall score: `min` inclusive, `max` exclusive (the last band includes 100).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Band {
    pub id: String,
    pub min: f64,
    pub max: f64,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolsetPart {
    pub id: String,
    pub title: Text,
    pub prompt: Text,
    pub questions: Vec<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fies {
    pub recall_months: u32,
    pub preamble: Text,
    pub items: Vec<FiesItem>,
    pub bands: Vec<FiesBand>,
    pub caveat: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FiesItem {
    pub code: String,
    pub text: Text,
    pub severity: String,
    /// True while the Thai wording is a draft awaiting the official NSO text.
    #[serde(default)]
    pub draft: bool,
}

/// An indicative band on the mean raw score 0–8 (a fractional number): `min` inclusive,
/// `max` exclusive, the last band also takes 8. E.g. none 0–0.5, mild 0.5–3.5, moderate
/// 3.5–6.5, severe 6.5–8 (the whole-number bands 0 / 1–3 / 4–6 / 7–8 after rounding).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FiesBand {
    pub id: String,
    pub min: f64,
    pub max: f64,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Factors {
    pub kinds: Vec<Term>,
    pub categories: Vec<Term>,
}

/// An id with a bilingual label (factor kinds and categories, network vocabularies).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub id: String,
    pub label: Text,
    /// A one-line definition (required for factor kinds; optional elsewhere).
    #[serde(default)]
    pub definition: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkVocabulary {
    pub actor_types: Vec<Term>,
    pub levels: Vec<Term>,
    pub tie_types: Vec<Term>,
    pub known_actors: Vec<KnownActor>,
}

/// An actor the form offers as a suggestion (สสส., สช., กยท., ...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KnownActor {
    pub name: Text,
    pub actor_type: String,
    pub level: String,
}

/// The position of the band that holds `score` among contiguous bands given as (min, max):
/// `min <= score < max`, the last band also takes its `max`. None when the score is not
/// finite or outside every band.
pub fn band_index(bounds: &[(f64, f64)], score: f64) -> Option<usize> {
    if !score.is_finite() {
        return None;
    }
    let last = bounds.len().checked_sub(1)?;
    bounds
        .iter()
        .enumerate()
        .position(|(i, (min, max))| score >= *min && (score < *max || (i == last && score <= *max)))
}

impl Instrument {
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn community_type(&self, id: &str) -> Option<&CommunityType> {
        self.community_types.iter().find(|t| t.id == id)
    }

    /// An indicator this version no longer asks, with its old question.
    pub fn retired_indicator(&self, id: &str) -> Option<&RetiredIndicator> {
        self.retired.iter().find(|r| r.id == id)
    }

    /// The indicators asked of a community of this type, in instrument order: the core ones
    /// and the chosen type's; only the core ones when no type is chosen.
    pub fn applicable_indicators(&self, community_type: Option<&str>) -> Vec<&Indicator> {
        self.indicators
            .iter()
            .filter(|i| i.applies_to_type(community_type))
            .collect()
    }

    /// The band an overall score falls in: `min <= score < max`, the last band also takes
    /// its `max` (100). None for a score outside every band or not finite.
    pub fn band_for(&self, score: f64) -> Option<&Band> {
        let bounds: Vec<(f64, f64)> = self.bands.iter().map(|b| (b.min, b.max)).collect();
        band_index(&bounds, score).and_then(|i| self.bands.get(i))
    }

    /// The band an exact score falls in, compared exactly with the band limits as written in
    /// the instrument: `min <= score < max`, the last band also takes its `max`. A score of
    /// exactly 50 is in the band that starts at 50, whatever the rounding would show.
    pub fn band_for_exact(&self, score: Ratio) -> Option<&Band> {
        let last = self.bands.len().checked_sub(1)?;
        self.bands.iter().enumerate().find_map(|(i, b)| {
            let min = Ratio::from_decimal(b.min)?;
            let max = Ratio::from_decimal(b.max)?;
            (score >= min && (score < max || (i == last && score <= max))).then_some(b)
        })
    }

    /// The indicative FIES band of an exact mean raw score (0–8), same rule as
    /// [`Self::band_for_exact`]: a mean of exactly 3.5 is in the band that starts at 3.5.
    pub fn fies_band_for_exact(&self, mean_raw_score: Ratio) -> Option<&FiesBand> {
        let last = self.fies.bands.len().checked_sub(1)?;
        self.fies.bands.iter().enumerate().find_map(|(i, b)| {
            let min = Ratio::from_decimal(b.min)?;
            let max = Ratio::from_decimal(b.max)?;
            (mean_raw_score >= min && (mean_raw_score < max || (i == last && mean_raw_score <= max))).then_some(b)
        })
    }

    /// The indicative FIES band of a mean raw score (0–8), same rule as [`Self::band_for`].
    pub fn fies_band_for(&self, mean_raw_score: f64) -> Option<&FiesBand> {
        let bounds: Vec<(f64, f64)> = self.fies.bands.iter().map(|b| (b.min, b.max)).collect();
        band_index(&bounds, mean_raw_score).and_then(|i| self.fies.bands.get(i))
    }
}
