//! The assessment value: one plain serde struct, as in `docs/data-model.md`.
//!
//! Every object keeps the fields it does not know in `extra` and writes them back unchanged,
//! so a file saved by a newer version of the app survives a round trip through an older one.
//! Only `id` is required; everything else has a default so partial files (share links,
//! hand-made test files) still load.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Fields this version does not know, kept as they were.
pub type Extra = Map<String, Value>;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Assessment {
    /// UUID v4.
    pub id: String,
    /// +1 on every change ([`Assessment::apply`]).
    #[serde(default)]
    pub revision: u64,
    /// Short content hashes of earlier revisions, newest last, capped.
    #[serde(default)]
    pub history: Vec<String>,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
    /// True for the bundled read-only examples.
    #[serde(default)]
    pub example: bool,
    /// The site this assessment is one round of (format 3). Every round of a site carries the
    /// same value; a baseline's is its own id. Empty in older data: [`Assessment::site`] then
    /// reads the id (the migration writes it).
    #[serde(default)]
    pub site_id: String,
    /// 0 = baseline, 1 = first follow-up, ... (format 3). The round's date is
    /// `profile.assessment_date`.
    #[serde(default)]
    pub round: u32,
    #[serde(default)]
    pub instrument: InstrumentRef,
    #[serde(default)]
    pub profile: Profile,
    /// By indicator id; absent = unanswered.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// FIES summary counts by item code: the site totals that format 1 recorded before
    /// household entry existed. Kept and shown as such; never turned into households.
    #[serde(default)]
    pub fies: BTreeMap<String, FiesCount>,
    /// FIES answers household by household (format 2), in entry order; not written when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fies_households: Vec<FiesHousehold>,
    /// Tool set 1 text by part id; absent = empty.
    #[serde(default)]
    pub toolset: BTreeMap<String, String>,
    #[serde(default)]
    pub factors: Vec<Factor>,
    #[serde(default)]
    pub network: Network,
    #[serde(flatten)]
    pub extra: Extra,
}

/// Which instrument the assessment was filled with.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct InstrumentRef {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub hash: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Profile {
    #[serde(default)]
    pub site_name: String,
    /// A community type id; None until chosen.
    #[serde(default)]
    pub community_type: Option<String>,
    /// ISO 3166-2 code of one of the 14 southern provinces.
    #[serde(default)]
    pub province: Option<String>,
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub subdistrict: String,
    #[serde(default)]
    pub village: String,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
    /// ISO date (CE), `YYYY-MM-DD`.
    #[serde(default)]
    pub assessment_date: Option<String>,
    #[serde(default)]
    pub assessors: String,
    #[serde(default)]
    pub participants: Option<u32>,
    #[serde(default)]
    pub agencies: String,
    /// Ids of the type's characteristics the team saw at the site (not scored).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub characteristics: Vec<String>,
    /// The consent step of the protocol was done (asked, and given).
    #[serde(default, skip_serializing_if = "is_false")]
    pub consent: bool,
    /// Who already supports the community (ids from `domain::plan::SUPPORT_KINDS`: thaihealth,
    /// nhco, local_government, government_agency, university, civil_society, none). Added after
    /// format 1; left out of the file when empty, so older files and hashes are unchanged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub existing_support: Vec<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The answer to one indicator.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Answer {
    /// 0..=4; None = unanswered. Kept while `not_applicable` so unticking N/A restores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// Not applicable, whatever the level.
    #[serde(default, skip_serializing_if = "is_false")]
    pub not_applicable: bool,
    #[serde(default)]
    pub note: String,
    /// Why the indicator cannot apply here (asked when N/A is chosen; kept when unticked).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub na_reason: String,
    /// The community's own level, 0..=4, beside the assessors' `level` (format 3); None = not
    /// asked. Never the score of record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub community_level: Option<u8>,
    #[serde(flatten)]
    pub extra: Extra,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Answer {
    /// The level counted in scores: a valid level of an applicable answer.
    pub fn scored_level(&self) -> Option<u8> {
        if self.not_applicable {
            return None;
        }
        self.level
            .filter(|l| *l <= crate::domain::instrument::MAX_LEVEL)
    }

    /// The community's level counted in its lens: valid, and the indicator applicable.
    pub fn community_scored_level(&self) -> Option<u8> {
        if self.not_applicable {
            return None;
        }
        self.community_level
            .filter(|l| *l <= crate::domain::instrument::MAX_LEVEL)
    }

    /// Nothing recorded at all (the entry can be dropped).
    pub fn is_empty(&self) -> bool {
        self.level.is_none()
            && !self.not_applicable
            && self.note.is_empty()
            && self.na_reason.is_empty()
            && self.community_level.is_none()
            && self.extra.is_empty()
    }
}

/// Households asked one FIES item, and how many answered yes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FiesCount {
    #[serde(default)]
    pub yes: u32,
    #[serde(default)]
    pub asked: u32,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One household's FIES answers. `code` is an anonymous code (`H01`, `H02`, ...), never a
/// name. `answers` holds, by item code, `"yes"`, `"no"` or `"dk"` (don't know or refused);
/// an absent item is not entered yet. Any other value is kept as it was and counts as not
/// entered.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FiesHousehold {
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// Sampling weight for RM.weights; None = 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wt: Option<f64>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One FIES answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FiesAnswer {
    Yes,
    No,
    /// Don't know or refused: missing in the raw score.
    DontKnow,
}

impl FiesAnswer {
    /// The stored text: `yes`, `no`, `dk`.
    pub fn as_str(self) -> &'static str {
        match self {
            FiesAnswer::Yes => "yes",
            FiesAnswer::No => "no",
            FiesAnswer::DontKnow => "dk",
        }
    }
    pub fn parse(s: &str) -> Option<FiesAnswer> {
        match s {
            "yes" => Some(FiesAnswer::Yes),
            "no" => Some(FiesAnswer::No),
            "dk" => Some(FiesAnswer::DontKnow),
            _ => None,
        }
    }
}

impl FiesHousehold {
    /// The answer recorded for an item, if it is one of the three.
    pub fn answer(&self, code: &str) -> Option<FiesAnswer> {
        self.answers.get(code).and_then(|s| FiesAnswer::parse(s))
    }
}

/// A supporting factor, obstacle, success factor, opportunity or challenge.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Factor {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub text: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Network {
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub ties: Vec<Tie>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Actor {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub actor_type: String,
    #[serde(default)]
    pub level: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A directed tie between two actors of the same assessment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Tie {
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub tie_type: String,
    #[serde(flatten)]
    pub extra: Extra,
}
