//! Semantic checks of an assessment against an instrument.
//!
//! Parsing is lenient on purpose (a file with a level of 7 still loads, so nothing else in
//! it is lost); this lists what is wrong, for import reports and `gca validate`. Scoring
//! ignores what is reported here (unknown ids, out-of-range levels), it never fails on it.

use crate::domain::fixed::Shortest;
use std::collections::HashSet;

use super::model::Assessment;
use crate::domain::dates::{is_iso_date, is_iso_timestamp};
use crate::domain::instrument::{Instrument, FIES_CODES, MAX_LEVEL};
use crate::domain::problem::{index, join, Problem};
use crate::domain::provinces;

impl Assessment {
    /// Every semantic problem of the assessment, checked against `inst`.
    pub fn check(&self, inst: &Instrument) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut push = |path: String, msg: String| out.push(Problem::new(path, msg));

        if !super::is_uuid_v4(&self.id) {
            push("id".into(), format!("\"{}\" is not a UUID v4", self.id));
        }
        if !self.instrument.id.is_empty() && self.instrument.id != inst.id {
            push(
                "instrument.id".into(),
                format!(
                    "filled with instrument \"{}\", checked against \"{}\"",
                    self.instrument.id, inst.id
                ),
            );
        }
        for (field, value) in [
            ("created_at", &self.created_at),
            ("updated_at", &self.updated_at),
        ] {
            if !value.is_empty() && !is_iso_timestamp(value) {
                push(
                    field.into(),
                    format!("\"{value}\" is not an ISO 8601 timestamp"),
                );
            }
        }

        let p = &self.profile;
        if let Some(t) = &p.community_type {
            if inst.community_type(t).is_none() {
                push(
                    "profile.community_type".into(),
                    format!("unknown community type \"{t}\""),
                );
            }
        }
        if let Some(code) = &p.province {
            if provinces::province(code).is_none() {
                push(
                    "profile.province".into(),
                    format!("\"{code}\" is not one of the 14 southern provinces (TH-80..TH-96)"),
                );
            }
        }
        if let Some(lat) = p.latitude {
            if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
                push(
                    "profile.latitude".into(),
                    format!("must be between -90 and 90, found {}", Shortest(lat)),
                );
            }
        }
        if let Some(lon) = p.longitude {
            if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
                push(
                    "profile.longitude".into(),
                    format!("must be between -180 and 180, found {}", Shortest(lon)),
                );
            }
        }
        if p.latitude.is_some() != p.longitude.is_some() {
            push(
                "profile".into(),
                "latitude and longitude must be given together".into(),
            );
        }
        if let Some(d) = &p.assessment_date {
            if !is_iso_date(d) {
                push(
                    "profile.assessment_date".into(),
                    format!("\"{d}\" is not a date YYYY-MM-DD"),
                );
            }
        }

        for (id, a) in &self.answers {
            let path = join("answers", id);
            if let Some(r) = inst.retired_indicator(id) {
                push(
                    path.clone(),
                    format!(
                        "\"{id}\" was asked until instrument {} and is kept to check again (not scored); answer {} instead",
                        r.version,
                        if r.replaced_by.is_empty() { "nothing".to_string() } else { r.replaced_by.join(", ") }
                    ),
                );
            } else if inst.indicator(id).is_none() {
                push(
                    path.clone(),
                    format!("unknown indicator \"{id}\" (ignored in scores)"),
                );
            }
            if let Some(l) = a.level.filter(|l| *l > MAX_LEVEL) {
                push(join(&path, "level"), format!("must be 0 to 4, found {l}"));
            }
            if let Some(l) = a.community_level.filter(|l| *l > MAX_LEVEL) {
                push(join(&path, "community_level"), format!("must be 0 to 4, found {l}"));
            }
        }

        for (code, c) in &self.fies {
            let path = join("fies", code);
            if !FIES_CODES.contains(&code.as_str()) {
                push(path.clone(), format!("unknown FIES item \"{code}\""));
            }
            if c.yes > c.asked {
                push(
                    join(&path, "yes"),
                    format!(
                        "{} yes answers but only {} households asked",
                        c.yes, c.asked
                    ),
                );
            }
        }

        for (i, h) in self.fies_households.iter().enumerate() {
            if let Some(w) = h.wt {
                if !(w.is_finite() && w > 0.0) {
                    push(
                        join(&index("fies_households", i), "wt"),
                        format!("household weight {} is not a positive number (absent means 1)", Shortest(w)),
                    );
                }
            }
        }

        for part in self.toolset.keys() {
            if !inst.toolset.iter().any(|t| &t.id == part) {
                push(
                    join("toolset", part),
                    format!("unknown Tool set 1 part \"{part}\""),
                );
            }
        }

        let mut seen = HashSet::new();
        for (i, f) in self.factors.iter().enumerate() {
            let path = index("factors", i);
            if f.id.is_empty() || !seen.insert(f.id.as_str()) {
                push(
                    join(&path, "id"),
                    format!("missing or duplicate id \"{}\"", f.id),
                );
            }
            if !inst.factors.kinds.iter().any(|k| k.id == f.kind) {
                push(
                    join(&path, "kind"),
                    format!("unknown factor kind \"{}\"", f.kind),
                );
            }
            if !f.category.is_empty() && !inst.factors.categories.iter().any(|k| k.id == f.category)
            {
                push(
                    join(&path, "category"),
                    format!("unknown factor category \"{}\"", f.category),
                );
            }
        }

        let net = &inst.network;
        let mut actor_ids = HashSet::new();
        for (i, a) in self.network.actors.iter().enumerate() {
            let path = index("network.actors", i);
            if a.id.is_empty() || !actor_ids.insert(a.id.as_str()) {
                push(
                    join(&path, "id"),
                    format!("missing or duplicate id \"{}\"", a.id),
                );
            }
            if !a.actor_type.is_empty() && !net.actor_types.iter().any(|t| t.id == a.actor_type) {
                push(
                    join(&path, "actor_type"),
                    format!("unknown actor type \"{}\"", a.actor_type),
                );
            }
            if !a.level.is_empty() && !net.levels.iter().any(|t| t.id == a.level) {
                push(
                    join(&path, "level"),
                    format!("unknown level \"{}\"", a.level),
                );
            }
        }
        for (i, t) in self.network.ties.iter().enumerate() {
            let path = index("network.ties", i);
            for (field, id) in [("from", &t.from), ("to", &t.to)] {
                if !actor_ids.contains(id.as_str()) {
                    push(join(&path, field), format!("unknown actor \"{id}\""));
                }
            }
            if !net.tie_types.iter().any(|k| k.id == t.tie_type) {
                push(
                    join(&path, "tie_type"),
                    format!("unknown tie type \"{}\"", t.tie_type),
                );
            }
        }
        out
    }
}
