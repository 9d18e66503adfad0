//! The reducer: every change to an assessment is an [`Action`] applied with
//! [`Assessment::apply`].
//!
//! Why a reducer: the UI holds one plain value in a signal and only dispatches actions, so
//! every transition is a native unit test, and undo is a stack of earlier values.

use super::model::{Actor, Answer, Assessment, Factor, FiesAnswer, FiesHousehold, Tie};
use super::HISTORY_CAP;
use crate::domain::dates::is_iso_date;
use crate::domain::instrument::{FIES_CODES, MAX_LEVEL};
use crate::domain::provinces;

/// One change the form can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetSiteName(String),
    /// Changing the type never deletes answers: answers of indicators that no longer apply
    /// are kept (and neither shown nor scored), so switching back restores them.
    SetCommunityType(Option<String>),
    /// An ISO code of one of the 14 southern provinces, or None.
    SetProvince(Option<String>),
    SetDistrict(String),
    SetSubdistrict(String),
    SetVillage(String),
    SetLatLong {
        latitude: Option<f64>,
        longitude: Option<f64>,
    },
    /// An ISO date `YYYY-MM-DD` (CE), or None. Convert typed BE dates with
    /// `dates::parse_user_date` first.
    SetDate(Option<String>),
    SetAssessors(String),
    SetParticipants(Option<u32>),
    SetAgencies(String),
    /// Ticks or unticks one kind of existing support; "none" clears the others and the
    /// others clear "none".
    ToggleSupport(String),
    SetLevel {
        indicator: String,
        level: Option<u8>,
    },
    /// The community's own level (0..=4), beside the assessors'; None clears it.
    SetCommunityLevel {
        indicator: String,
        level: Option<u8>,
    },
    ToggleNotApplicable {
        indicator: String,
    },
    SetNote {
        indicator: String,
        text: String,
    },
    /// Why the indicator cannot apply at this site (physically absent or legally impossible).
    SetNaReason {
        indicator: String,
        text: String,
    },
    /// Ticks or unticks one of the type's characteristics (by id).
    ToggleCharacteristic(String),
    /// The consent step of the protocol: asked and given, or not (yet).
    SetConsent(bool),
    SetFies {
        code: String,
        yes: u32,
        asked: u32,
    },
    /// Adds a FIES household at the end with the next free code (`H01`, `H02`, ...).
    AddFiesHousehold,
    /// Adds a copy of household `index`'s answers right after it, with the next free code.
    CopyFiesHousehold {
        index: usize,
    },
    /// Removes household `index` (the form keeps it for Undo).
    RemoveFiesHousehold {
        index: usize,
    },
    /// Puts a household back at `index` (Undo of a removal); its code must still be free.
    InsertFiesHousehold {
        index: usize,
        household: FiesHousehold,
    },
    /// One answer of household `index`; None clears it.
    SetFiesAnswer {
        index: usize,
        code: String,
        answer: Option<FiesAnswer>,
    },
    /// Empty text removes the part's entry.
    SetToolset {
        part: String,
        text: String,
    },
    /// Adds a factor at the end with a new id (`f1`, `f2`, ...).
    AddFactor {
        kind: String,
        category: String,
        text: String,
    },
    UpdateFactor {
        id: String,
        kind: String,
        category: String,
        text: String,
    },
    RemoveFactor {
        id: String,
    },
    /// Adds an actor at the end with a new id (`a1`, `a2`, ...).
    AddActor {
        name: String,
        actor_type: String,
        level: String,
    },
    UpdateActor {
        id: String,
        name: String,
        actor_type: String,
        level: String,
    },
    /// Also removes every tie from or to the actor.
    RemoveActor {
        id: String,
    },
    /// Adding a tie that already exists changes nothing.
    AddTie {
        from: String,
        to: String,
        tie_type: String,
    },
    RemoveTie {
        from: String,
        to: String,
        tie_type: String,
    },
}

/// Why an action was refused; the assessment is then unchanged.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ActionError {
    #[error("the bundled examples are read-only; duplicate one to edit it")]
    ReadOnlyExample,
    #[error("level {0} is outside 0 to 4")]
    LevelOutOfRange(u8),
    #[error("\"{0}\" is not one of the 14 southern provinces")]
    UnknownProvince(String),
    #[error("latitude must be -90..90 and longitude -180..180")]
    InvalidCoordinates,
    #[error("\"{0}\" is not a date YYYY-MM-DD")]
    InvalidDate(String),
    #[error("\"{0}\" is not a FIES item")]
    UnknownFiesCode(String),
    #[error("{yes} yes answers but only {asked} households asked")]
    FiesYesAboveAsked { yes: u32, asked: u32 },
    #[error("no household number {0}")]
    HouseholdNotFound(usize),
    #[error("the household code \"{0}\" is already used")]
    HouseholdCodeTaken(String),
    #[error("no factor with id \"{0}\"")]
    FactorNotFound(String),
    #[error("no actor with id \"{0}\"")]
    ActorNotFound(String),
    #[error("an actor cannot be tied to itself")]
    SelfTie,
    #[error("no such tie")]
    TieNotFound,
}

impl Assessment {
    /// Applies an action. When it changed anything, the revision goes up by one,
    /// `updated_at` becomes `now_iso`, and the previous content's short hash is appended to
    /// `history` (capped at [`HISTORY_CAP`]). A refused action leaves the value untouched.
    pub fn apply(&mut self, action: Action, now_iso: &str) -> Result<(), ActionError> {
        if self.example {
            return Err(ActionError::ReadOnlyExample);
        }
        let before = self.clone();
        if let Err(e) = self.reduce(action) {
            *self = before;
            return Err(e);
        }
        if *self != before {
            self.history.push(before.short_hash());
            if self.history.len() > HISTORY_CAP {
                let excess = self.history.len() - HISTORY_CAP;
                self.history.drain(..excess);
            }
            self.revision = before.revision.saturating_add(1);
            self.updated_at = now_iso.to_string();
        }
        Ok(())
    }

    fn reduce(&mut self, action: Action) -> Result<(), ActionError> {
        let p = &mut self.profile;
        match action {
            Action::SetSiteName(s) => p.site_name = s,
            Action::SetCommunityType(t) => p.community_type = t.filter(|t| !t.is_empty()),
            Action::SetProvince(code) => {
                let code = code.filter(|c| !c.is_empty());
                if let Some(c) = &code {
                    if provinces::province(c).is_none() {
                        return Err(ActionError::UnknownProvince(c.clone()));
                    }
                }
                p.province = code;
            }
            Action::SetDistrict(s) => p.district = s,
            Action::SetSubdistrict(s) => p.subdistrict = s,
            Action::SetVillage(s) => p.village = s,
            Action::SetLatLong {
                latitude,
                longitude,
            } => {
                let lat_ok = latitude.is_none_or(|v| v.is_finite() && (-90.0..=90.0).contains(&v));
                let lon_ok =
                    longitude.is_none_or(|v| v.is_finite() && (-180.0..=180.0).contains(&v));
                if !lat_ok || !lon_ok {
                    return Err(ActionError::InvalidCoordinates);
                }
                p.latitude = latitude;
                p.longitude = longitude;
            }
            Action::SetDate(d) => {
                let d = d.filter(|d| !d.trim().is_empty());
                if let Some(d) = &d {
                    if !is_iso_date(d) {
                        return Err(ActionError::InvalidDate(d.clone()));
                    }
                }
                p.assessment_date = d;
            }
            Action::SetAssessors(s) => p.assessors = s,
            Action::SetParticipants(n) => p.participants = n,
            Action::SetAgencies(s) => p.agencies = s,
            Action::ToggleSupport(kind) => {
                let list = &mut p.existing_support;
                if let Some(i) = list.iter().position(|k| *k == kind) {
                    list.remove(i);
                } else if kind == "none" {
                    *list = vec![kind];
                } else {
                    list.retain(|k| k != "none");
                    list.push(kind);
                }
            }
            Action::SetLevel { indicator, level } => {
                if let Some(l) = level.filter(|l| *l > MAX_LEVEL) {
                    return Err(ActionError::LevelOutOfRange(l));
                }
                self.edit_answer(indicator, |a| a.level = level);
            }
            Action::SetCommunityLevel { indicator, level } => {
                if let Some(l) = level.filter(|l| *l > MAX_LEVEL) {
                    return Err(ActionError::LevelOutOfRange(l));
                }
                self.edit_answer(indicator, |a| a.community_level = level);
            }
            Action::ToggleNotApplicable { indicator } => {
                self.edit_answer(indicator, |a| a.not_applicable = !a.not_applicable)
            }
            Action::SetNote { indicator, text } => self.edit_answer(indicator, |a| a.note = text),
            Action::SetNaReason { indicator, text } => {
                self.edit_answer(indicator, |a| a.na_reason = text)
            }
            Action::ToggleCharacteristic(id) => {
                if let Some(i) = p.characteristics.iter().position(|c| *c == id) {
                    p.characteristics.remove(i);
                } else if !id.is_empty() {
                    p.characteristics.push(id);
                }
            }
            Action::SetConsent(given) => p.consent = given,
            Action::SetFies { code, yes, asked } => {
                if !FIES_CODES.contains(&code.as_str()) {
                    return Err(ActionError::UnknownFiesCode(code));
                }
                if yes > asked {
                    return Err(ActionError::FiesYesAboveAsked { yes, asked });
                }
                let entry = self.fies.entry(code).or_default();
                entry.yes = yes;
                entry.asked = asked;
            }
            Action::AddFiesHousehold => {
                let code = next_household_code(&self.fies_households);
                self.fies_households.push(FiesHousehold {
                    code,
                    ..FiesHousehold::default()
                });
            }
            Action::CopyFiesHousehold { index } => {
                let source = self
                    .fies_households
                    .get(index)
                    .ok_or(ActionError::HouseholdNotFound(index))?;
                let copy = FiesHousehold {
                    code: next_household_code(&self.fies_households),
                    answers: source.answers.clone(),
                    wt: source.wt,
                    extra: Default::default(),
                };
                self.fies_households.insert(index + 1, copy);
            }
            Action::RemoveFiesHousehold { index } => {
                if index >= self.fies_households.len() {
                    return Err(ActionError::HouseholdNotFound(index));
                }
                self.fies_households.remove(index);
            }
            Action::InsertFiesHousehold { index, household } => {
                if self
                    .fies_households
                    .iter()
                    .any(|h| h.code == household.code)
                {
                    return Err(ActionError::HouseholdCodeTaken(household.code));
                }
                let index = index.min(self.fies_households.len());
                self.fies_households.insert(index, household);
            }
            Action::SetFiesAnswer {
                index,
                code,
                answer,
            } => {
                if !FIES_CODES.contains(&code.as_str()) {
                    return Err(ActionError::UnknownFiesCode(code));
                }
                let h = self
                    .fies_households
                    .get_mut(index)
                    .ok_or(ActionError::HouseholdNotFound(index))?;
                match answer {
                    Some(a) => {
                        h.answers.insert(code, a.as_str().to_string());
                    }
                    None => {
                        h.answers.remove(&code);
                    }
                }
            }
            Action::SetToolset { part, text } => {
                if text.is_empty() {
                    self.toolset.remove(&part);
                } else {
                    self.toolset.insert(part, text);
                }
            }
            Action::AddFactor {
                kind,
                category,
                text,
            } => {
                let id = next_id("f", self.factors.iter().map(|f| f.id.as_str()));
                self.factors.push(Factor {
                    id,
                    kind,
                    category,
                    text,
                    extra: Default::default(),
                });
            }
            Action::UpdateFactor {
                id,
                kind,
                category,
                text,
            } => {
                let f = self
                    .factors
                    .iter_mut()
                    .find(|f| f.id == id)
                    .ok_or(ActionError::FactorNotFound(id))?;
                f.kind = kind;
                f.category = category;
                f.text = text;
            }
            Action::RemoveFactor { id } => {
                let before = self.factors.len();
                self.factors.retain(|f| f.id != id);
                if self.factors.len() == before {
                    return Err(ActionError::FactorNotFound(id));
                }
            }
            Action::AddActor {
                name,
                actor_type,
                level,
            } => {
                let id = next_id("a", self.network.actors.iter().map(|a| a.id.as_str()));
                self.network.actors.push(Actor {
                    id,
                    name,
                    actor_type,
                    level,
                    extra: Default::default(),
                });
            }
            Action::UpdateActor {
                id,
                name,
                actor_type,
                level,
            } => {
                let a = self
                    .network
                    .actors
                    .iter_mut()
                    .find(|a| a.id == id)
                    .ok_or(ActionError::ActorNotFound(id))?;
                a.name = name;
                a.actor_type = actor_type;
                a.level = level;
            }
            Action::RemoveActor { id } => {
                let before = self.network.actors.len();
                self.network.actors.retain(|a| a.id != id);
                if self.network.actors.len() == before {
                    return Err(ActionError::ActorNotFound(id));
                }
                self.network.ties.retain(|t| t.from != id && t.to != id);
            }
            Action::AddTie { from, to, tie_type } => {
                for end in [&from, &to] {
                    if !self.network.actors.iter().any(|a| &a.id == end) {
                        return Err(ActionError::ActorNotFound(end.clone()));
                    }
                }
                if from == to {
                    return Err(ActionError::SelfTie);
                }
                let exists = self
                    .network
                    .ties
                    .iter()
                    .any(|t| t.from == from && t.to == to && t.tie_type == tie_type);
                if !exists {
                    self.network.ties.push(Tie {
                        from,
                        to,
                        tie_type,
                        extra: Default::default(),
                    });
                }
            }
            Action::RemoveTie { from, to, tie_type } => {
                let before = self.network.ties.len();
                self.network
                    .ties
                    .retain(|t| !(t.from == from && t.to == to && t.tie_type == tie_type));
                if self.network.ties.len() == before {
                    return Err(ActionError::TieNotFound);
                }
            }
        }
        Ok(())
    }

    /// Edits one answer, creating it if needed and dropping it when nothing is left in it
    /// (absent = unanswered, as the data model says).
    fn edit_answer(&mut self, indicator: String, f: impl FnOnce(&mut Answer)) {
        let entry = self.answers.entry(indicator.clone()).or_default();
        f(entry);
        if entry.is_empty() {
            self.answers.remove(&indicator);
        }
    }
}

/// The first `prefix{n}` (n = 1, 2, ...) not already used.
/// `H` and the lowest two-digit (or longer) number above every `H<number>` code in use.
fn next_household_code(list: &[FiesHousehold]) -> String {
    let top = list
        .iter()
        .filter_map(|h| h.code.strip_prefix('H').and_then(|n| n.parse::<u32>().ok()))
        .max()
        .unwrap_or(0);
    let mut n = top.saturating_add(1);
    loop {
        let code = format!("H{n:02}");
        if !list.iter().any(|h| h.code == code) {
            return code;
        }
        n = n.saturating_add(1);
    }
}

fn next_id<'a>(prefix: &str, existing: impl Iterator<Item = &'a str>) -> String {
    let used: std::collections::HashSet<&str> = existing.collect();
    let mut n = used.len() + 1;
    loop {
        let id = format!("{prefix}{n}");
        if !used.contains(id.as_str()) {
            return id;
        }
        n += 1;
    }
}
