//! How far each form section is filled, for progress bars and the drafts list.
//!
//! Counts, not scores: a section is "answered/total". What counts as one item per section:
//! - profile: site name, type, province, district, subdistrict, village, date, assessors,
//!   participants, agencies (coordinates are optional and not counted);
//! - indicators: applicable indicators answered with a level or marked not applicable;
//! - fies: instrument items with at least one household asked;
//! - toolset: instrument parts with non-blank text;
//! - factors: factor kinds with at least one factor;
//! - network: two steps, at least one actor and at least one tie.

use super::model::Assessment;
use crate::domain::instrument::Instrument;

/// A form section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Profile,
    Indicators,
    Fies,
    Toolset,
    Factors,
    Network,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Profile,
        Section::Indicators,
        Section::Fies,
        Section::Toolset,
        Section::Factors,
        Section::Network,
    ];

    /// The id used in routes (`#/a/<id>/<section>`).
    pub fn id(self) -> &'static str {
        match self {
            Section::Profile => "profile",
            Section::Indicators => "indicators",
            Section::Fies => "fies",
            Section::Toolset => "toolset",
            Section::Factors => "factors",
            Section::Network => "network",
        }
    }

    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// `answered` of `total` items of a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Completion {
    pub answered: usize,
    pub total: usize,
}

impl Completion {
    pub fn is_complete(&self) -> bool {
        self.answered >= self.total
    }

    /// Share 0..=1, None for an empty section.
    pub fn ratio(&self) -> Option<f64> {
        (self.total > 0).then(|| self.answered as f64 / self.total as f64)
    }
}

/// Completion of one section of `a` under instrument `inst`.
pub fn completion(a: &Assessment, inst: &Instrument, section: Section) -> Completion {
    match section {
        Section::Profile => {
            let p = &a.profile;
            let filled = [
                !p.site_name.trim().is_empty(),
                p.community_type.is_some(),
                p.province.is_some(),
                !p.district.trim().is_empty(),
                !p.subdistrict.trim().is_empty(),
                !p.village.trim().is_empty(),
                p.assessment_date.is_some(),
                !p.assessors.trim().is_empty(),
                p.participants.is_some(),
                !p.agencies.trim().is_empty(),
            ];
            Completion {
                answered: filled.iter().filter(|f| **f).count(),
                total: filled.len(),
            }
        }
        Section::Indicators => {
            let applicable = inst.applicable_indicators(a.profile.community_type.as_deref());
            let answered = applicable
                .iter()
                .filter(|i| {
                    a.answers
                        .get(&i.id)
                        .is_some_and(|ans| ans.not_applicable || ans.scored_level().is_some())
                })
                .count();
            Completion {
                answered,
                total: applicable.len(),
            }
        }
        Section::Fies => {
            let answered = inst
                .fies
                .items
                .iter()
                .filter(|it| {
                    a.fies.get(&it.code).is_some_and(|c| c.asked > 0)
                        || a.fies_households.iter().any(|h| h.answer(&it.code).is_some())
                })
                .count();
            Completion {
                answered,
                total: inst.fies.items.len(),
            }
        }
        Section::Toolset => {
            let answered = inst
                .toolset
                .iter()
                .filter(|t| a.toolset.get(&t.id).is_some_and(|s| !s.trim().is_empty()))
                .count();
            Completion {
                answered,
                total: inst.toolset.len(),
            }
        }
        Section::Factors => {
            let kinds = &inst.factors.kinds;
            let answered = kinds
                .iter()
                .filter(|k| a.factors.iter().any(|f| f.kind == k.id))
                .count();
            Completion {
                answered,
                total: kinds.len(),
            }
        }
        Section::Network => {
            let answered =
                usize::from(!a.network.actors.is_empty()) + usize::from(!a.network.ties.is_empty());
            Completion { answered, total: 2 }
        }
    }
}
