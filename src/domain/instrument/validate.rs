//! The rules an instrument must follow beyond its JSON shape.
//!
//! [`validate`] returns *every* problem at once, each named by its path, because the
//! academic team edits the file by hand and should fix everything in one pass.

use crate::domain::fixed::Shortest;
use std::collections::HashMap;

use super::model::*;
use super::semver::semver_problem;
use crate::domain::problem::{index, join, Problem};
use crate::domain::scoring::exact::weights_fit;
use crate::domain::scoring::Ratio;

/// Every rule broken by the instrument; empty when it is valid.
pub fn validate(inst: &Instrument) -> Vec<Problem> {
    let mut v = Validator::default();
    v.header(inst);
    v.types(inst);
    v.dimensions(inst);
    v.indicators(inst);
    v.bands(inst);
    v.toolset(inst);
    v.fies(&inst.fies);
    v.factors(&inst.factors);
    v.network(&inst.network);
    v.coverage(inst);
    v.retired(inst);
    v.exact_weights(inst);
    v.out
}

/// Observable characteristics per community type.
pub const MIN_CHARACTERISTICS: usize = 5;
pub const MAX_CHARACTERISTICS: usize = 8;

#[derive(Default)]
struct Validator {
    out: Vec<Problem>,
}

impl Validator {
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.out.push(Problem::new(path, message));
    }

    /// Both languages present and not blank.
    fn text(&mut self, path: &str, t: &Text) {
        if t.th.trim().is_empty() {
            self.push(join(path, "th"), "empty (Thai text is required)");
        }
        if t.en.trim().is_empty() {
            self.push(join(path, "en"), "empty (English text is required)");
        }
    }

    fn texts(&mut self, path: &str, ts: &[Text]) {
        for (i, t) in ts.iter().enumerate() {
            self.text(&index(path, i), t);
        }
    }

    /// An id is non-empty and uses letters, digits, `-` and `_` only (it appears in URLs,
    /// CSV headers and file names).
    fn id(&mut self, path: &str, id: &str) {
        if id.is_empty() {
            self.push(path, "empty (an id is required)");
        } else if !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            self.push(
                path,
                format!("\"{id}\" may only use letters A-Z, digits, - and _"),
            );
        }
    }

    /// Reports each repeated id at its second and later places. `list` is the path of the
    /// list, `field` the id field's name (empty for a list of plain strings).
    fn unique<'a>(&mut self, list: &str, field: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if id.is_empty() {
                continue;
            }
            match seen.get(id) {
                Some(first) => self.push(
                    if field.is_empty() {
                        index(list, i)
                    } else {
                        join(&index(list, i), field)
                    },
                    format!("duplicate id \"{id}\" (also at {})", index(list, *first)),
                ),
                None => {
                    seen.insert(id, i);
                }
            }
        }
    }

    fn weight(&mut self, path: &str, w: f64) {
        if !w.is_finite() || w <= 0.0 {
            self.push(path, format!("must be a number greater than 0, found {}", Shortest(w)));
        } else if !Ratio::from_decimal(w).is_some_and(|r| 10_000 % r.denom() == 0) || w > 1000.0 {
            self.push(path, format!("must be a short decimal (at most 4 decimals, at most 1000), found {}", Shortest(w)));
        }
    }

    /// Scores are exact fractions (`docs/scoring.md`): weights this fine could make them too
    /// large to keep exactly, so they are refused here rather than rounded later.
    fn exact_weights(&mut self, inst: &Instrument) {
        let groups: Vec<Vec<f64>> = inst
            .dimensions
            .iter()
            .map(|d| inst.indicators.iter().filter(|i| i.dimension == d.id).map(|i| i.weight).collect())
            .collect();
        let outer: Vec<f64> = inst.dimensions.iter().map(|d| d.weight).collect();
        let usable = |w: &f64| w.is_finite() && *w > 0.0 && *w <= 1000.0;
        if groups.iter().flatten().chain(&outer).all(usable) && !weights_fit(&groups, &outer) {
            self.push("indicators", "weights too fine to score exactly: use fewer decimals (e.g. 1, 1.5, 2)");
        }
    }

    fn terms(&mut self, path: &str, terms: &[Term]) {
        if terms.is_empty() {
            self.push(path, "empty list (at least one entry is required)");
        }
        self.terms_inner(path, terms);
    }

    fn terms_inner(&mut self, path: &str, terms: &[Term]) {
        for (i, t) in terms.iter().enumerate() {
            let p = index(path, i);
            self.id(&join(&p, "id"), &t.id);
            self.text(&join(&p, "label"), &t.label);
        }
        self.unique(path, "id", terms.iter().map(|t| t.id.as_str()));
    }

    fn header(&mut self, inst: &Instrument) {
        if inst.format != INSTRUMENT_FORMAT {
            self.push("format", format!("must be \"{INSTRUMENT_FORMAT}\""));
        }
        self.id("id", &inst.id);
        if let Some(p) = semver_problem(&inst.version) {
            self.push("version", p);
        }
        self.text("title", &inst.title);
        self.text("description", &inst.description);
        if inst.scale.len() != LEVEL_COUNT {
            self.push(
                "scale",
                format!(
                    "must have exactly 5 levels (0 to 4), found {}",
                    inst.scale.len()
                ),
            );
        }
        for (i, s) in inst.scale.iter().enumerate() {
            let p = index("scale", i);
            if usize::from(s.level) != i {
                self.push(
                    join(&p, "level"),
                    format!(
                        "must be {i} (levels are listed 0 to 4 in order), found {}",
                        s.level
                    ),
                );
            }
            self.text(&join(&p, "label"), &s.label);
        }
        self.text("definition", &inst.definition);
        self.text("level_rule", &inst.level_rule);
        self.text("na_rule", &inst.na_rule);
        self.text("consent", &inst.consent);
        if !inst.provisional_below.is_finite() || !(0.0..=1.0).contains(&inst.provisional_below) {
            self.push(
                "provisional_below",
                format!(
                    "must be between 0 and 1 (a share of indicators answered), found {}",
                    Shortest(inst.provisional_below)
                ),
            );
        }
    }

    fn types(&mut self, inst: &Instrument) {
        if inst.community_types.is_empty() {
            self.push(
                "community_types",
                "empty list (at least one community type is required)",
            );
        }
        for (i, t) in inst.community_types.iter().enumerate() {
            let p = index("community_types", i);
            self.id(&join(&p, "id"), &t.id);
            if t.id == CORE {
                self.push(
                    join(&p, "id"),
                    "\"core\" is reserved for indicators shared by every type",
                );
            }
            self.text(&join(&p, "name"), &t.name);
            self.text(&join(&p, "description"), &t.description);
            let cp = join(&p, "characteristics");
            let n = t.characteristics.len();
            if !(MIN_CHARACTERISTICS..=MAX_CHARACTERISTICS).contains(&n) {
                self.push(
                    &cp,
                    format!(
                        "community type \"{}\" lists {n} characteristics; {MIN_CHARACTERISTICS} to {MAX_CHARACTERISTICS} observable ones are required",
                        t.id
                    ),
                );
            }
            self.terms_inner(&cp, &t.characteristics);
            let has_own = inst
                .indicators
                .iter()
                .any(|ind| !ind.is_core() && ind.applies_to.iter().any(|a| a == &t.id));
            if !t.id.is_empty() && !has_own {
                self.push(
                    &p,
                    format!(
                        "community type \"{}\" has no type-specific indicators",
                        t.id
                    ),
                );
            }
        }
        self.unique(
            "community_types",
            "id",
            inst.community_types.iter().map(|t| t.id.as_str()),
        );
    }

    fn dimensions(&mut self, inst: &Instrument) {
        if inst.dimensions.is_empty() {
            self.push(
                "dimensions",
                "empty list (at least one dimension is required)",
            );
        }
        for (i, d) in inst.dimensions.iter().enumerate() {
            let p = index("dimensions", i);
            self.id(&join(&p, "id"), &d.id);
            self.text(&join(&p, "name"), &d.name);
            self.text(&join(&p, "short"), &d.short);
            self.text(&join(&p, "description"), &d.description);
            self.weight(&join(&p, "weight"), d.weight);
            if !d.id.is_empty() && !inst.indicators.iter().any(|ind| ind.dimension == d.id) {
                self.push(&p, format!("dimension \"{}\" has no indicators", d.id));
            }
        }
        self.unique(
            "dimensions",
            "id",
            inst.dimensions.iter().map(|d| d.id.as_str()),
        );
    }

    fn indicators(&mut self, inst: &Instrument) {
        if inst.indicators.is_empty() {
            self.push(
                "indicators",
                "empty list (at least one indicator is required)",
            );
        }
        for (i, ind) in inst.indicators.iter().enumerate() {
            self.indicator(inst, &index("indicators", i), ind);
        }
        self.unique(
            "indicators",
            "id",
            inst.indicators.iter().map(|d| d.id.as_str()),
        );
    }

    fn indicator(&mut self, inst: &Instrument, p: &str, ind: &Indicator) {
        self.id(&join(p, "id"), &ind.id);
        self.text(&join(p, "label"), &ind.label);
        self.text(&join(p, "definition"), &ind.definition);
        if inst.dimension(&ind.dimension).is_none() {
            self.push(
                join(p, "dimension"),
                format!("unknown dimension \"{}\"", ind.dimension),
            );
        }
        let ap = join(p, "applies_to");
        if ind.applies_to.is_empty() {
            self.push(&ap, "empty list (use [\"core\"] or community type ids)");
        }
        if ind.is_core() && ind.applies_to.len() > 1 {
            self.push(
                &ap,
                "\"core\" already means every type; do not mix it with type ids",
            );
        }
        for (k, t) in ind.applies_to.iter().enumerate() {
            if t != CORE && inst.community_type(t).is_none() {
                self.push(index(&ap, k), format!("unknown community type \"{t}\""));
            }
        }
        self.unique(&ap, "", ind.applies_to.iter().map(|s| s.as_str()));
        self.weight(&join(p, "weight"), ind.weight);
        let pp = join(p, "pillars");
        if ind.pillars.is_empty() {
            self.push(
                &pp,
                format!("empty list (at least one of {})", PILLARS.join(", ")),
            );
        }
        for (k, pillar) in ind.pillars.iter().enumerate() {
            if !PILLARS.contains(&pillar.as_str()) {
                self.push(
                    index(&pp, k),
                    format!("unknown pillar \"{pillar}\" (use {})", PILLARS.join(", ")),
                );
            }
        }
        self.unique(&pp, "", ind.pillars.iter().map(|s| s.as_str()));
        let bp = join(p, "bcg");
        for (k, letter) in ind.bcg.iter().enumerate() {
            if !BCG_LETTERS.contains(&letter.as_str()) {
                self.push(
                    index(&bp, k),
                    format!("unknown BCG letter \"{letter}\" (use B, C or G)"),
                );
            }
        }
        self.unique(&bp, "", ind.bcg.iter().map(|s| s.as_str()));
        let lp = join(p, "levels");
        if ind.levels.len() != LEVEL_COUNT {
            self.push(
                &lp,
                format!(
                    "must have exactly 5 descriptors (levels 0 to 4), found {}",
                    ind.levels.len()
                ),
            );
        }
        self.texts(&lp, &ind.levels);
        for lang in ["th", "en"] {
            let pick = |t: &Text| {
                if lang == "th" {
                    t.th.trim().to_string()
                } else {
                    t.en.trim().to_string()
                }
            };
            for (a, ta) in ind.levels.iter().enumerate() {
                let dup = ind.levels.iter().take(a).position(|tb| {
                    let b = pick(tb);
                    !b.is_empty() && b == pick(ta)
                });
                if let Some(b) = dup {
                    self.push(
                        join(&index(&lp, a), lang),
                        format!("same descriptor as level {b}; each level must describe something different"),
                    );
                }
            }
        }
        self.texts(&join(p, "evidence"), &ind.evidence);
    }

    fn bands(&mut self, inst: &Instrument) {
        let bands: Vec<(&str, f64, f64, &Text)> = inst
            .bands
            .iter()
            .map(|b| (b.id.as_str(), b.min, b.max, &b.label))
            .collect();
        self.contiguous_bands("bands", &bands, 100.0);
    }

    /// Bands must run from 0 to `top` without gaps or overlaps, each with min < max.
    fn contiguous_bands(&mut self, path: &str, bands: &[(&str, f64, f64, &Text)], top: f64) {
        if bands.is_empty() {
            self.push(path, format!("empty list (bands must cover 0 to {})", Shortest(top)));
            return;
        }
        let mut prev_max: Option<f64> = None;
        for (i, (id, min, max, label)) in bands.iter().enumerate() {
            let p = index(path, i);
            self.id(&join(&p, "id"), id);
            self.text(&join(&p, "label"), label);
            if !min.is_finite() || !max.is_finite() {
                self.push(&p, "min and max must be numbers");
            } else if min >= max {
                self.push(&p, format!("min ({}) must be less than max ({})", Shortest(*min), Shortest(*max)));
            }
            if let Some(prev) = prev_max {
                if *min > prev {
                    self.push(
                        join(&p, "min"),
                        format!("gap: the previous band ends at {}, this one starts at {}", Shortest(prev), Shortest(*min)),
                    );
                } else if *min < prev {
                    self.push(
                        join(&p, "min"),
                        format!(
                            "overlap: the previous band ends at {}, this one starts at {}",
                            Shortest(prev),
                            Shortest(*min)
                        ),
                    );
                }
            }
            prev_max = Some(*max);
        }
        if let Some((_, min, _, _)) = bands.first() {
            if *min != 0.0 {
                self.push(
                    format!("{path}[0].min"),
                    format!("must be 0 (bands cover 0 to {}), found {}", Shortest(top), Shortest(*min)),
                );
            }
        }
        if let Some((_, _, max, _)) = bands.last() {
            if *max != top {
                self.push(
                    format!("{path}[{}].max", bands.len() - 1),
                    format!("must be {top} (bands cover 0 to {top}), found {}", Shortest(*max), top = Shortest(top)),
                );
            }
        }
        self.unique(path, "id", bands.iter().map(|b| b.0));
    }

    fn toolset(&mut self, inst: &Instrument) {
        if inst.toolset.len() != TOOLSET_PARTS {
            self.push(
                "toolset",
                format!("must have exactly 8 parts, found {}", inst.toolset.len()),
            );
        }
        for (i, t) in inst.toolset.iter().enumerate() {
            let p = index("toolset", i);
            self.id(&join(&p, "id"), &t.id);
            self.text(&join(&p, "title"), &t.title);
            self.text(&join(&p, "prompt"), &t.prompt);
            self.texts(&join(&p, "questions"), &t.questions);
        }
        self.unique("toolset", "id", inst.toolset.iter().map(|t| t.id.as_str()));
    }

    fn fies(&mut self, fies: &Fies) {
        if fies.recall_months == 0 {
            self.push("fies.recall_months", "must be at least 1");
        }
        self.text("fies.preamble", &fies.preamble);
        self.text("fies.caveat", &fies.caveat);
        if fies.items.len() != FIES_CODES.len() {
            self.push(
                "fies.items",
                format!(
                    "must have exactly 8 items ({}), found {}",
                    FIES_CODES.join(", "),
                    fies.items.len()
                ),
            );
        }
        for (i, item) in fies.items.iter().enumerate() {
            let p = index("fies.items", i);
            if !FIES_CODES.contains(&item.code.as_str()) {
                self.push(
                    join(&p, "code"),
                    format!(
                        "unknown FIES code \"{}\" (use {})",
                        item.code,
                        FIES_CODES.join(", ")
                    ),
                );
            } else if fies.items.len() == FIES_CODES.len()
                && FIES_CODES.get(i) != Some(&item.code.as_str())
            {
                let want = FIES_CODES.get(i).copied().unwrap_or_default();
                self.push(
                    join(&p, "code"),
                    format!(
                        "expected {want} here (items follow the FAO order), found {}",
                        item.code
                    ),
                );
            }
            self.text(&join(&p, "text"), &item.text);
            if !FIES_SEVERITIES.contains(&item.severity.as_str()) {
                self.push(
                    join(&p, "severity"),
                    format!(
                        "unknown severity \"{}\" (use mild, moderate or severe)",
                        item.severity
                    ),
                );
            }
        }
        self.unique(
            "fies.items",
            "code",
            fies.items.iter().map(|t| t.code.as_str()),
        );
        self.fies_bands(&fies.bands);
    }

    fn fies_bands(&mut self, bands: &[FiesBand]) {
        let bands: Vec<(&str, f64, f64, &Text)> = bands
            .iter()
            .map(|b| (b.id.as_str(), b.min, b.max, &b.label))
            .collect();
        self.contiguous_bands("fies.bands", &bands, 8.0);
    }

    fn factors(&mut self, f: &Factors) {
        self.terms("factors.kinds", &f.kinds);
        for (i, k) in f.kinds.iter().enumerate() {
            // Shown where factors are entered, so that teams sort them the same way.
            self.text(&join(&index("factors.kinds", i), "definition"), &k.definition);
        }
        self.terms("factors.categories", &f.categories);
    }

    fn network(&mut self, n: &NetworkVocabulary) {
        self.terms("network.actor_types", &n.actor_types);
        self.terms("network.levels", &n.levels);
        self.terms("network.tie_types", &n.tie_types);
        for (i, a) in n.known_actors.iter().enumerate() {
            let p = index("network.known_actors", i);
            self.text(&join(&p, "name"), &a.name);
            if !n.actor_types.iter().any(|t| t.id == a.actor_type) {
                self.push(
                    join(&p, "actor_type"),
                    format!("unknown actor type \"{}\"", a.actor_type),
                );
            }
            if !n.levels.iter().any(|t| t.id == a.level) {
                self.push(join(&p, "level"), format!("unknown level \"{}\"", a.level));
            }
        }
    }

    /// Every type has at least `min_per_dimension` (3 unless the file says otherwise)
    /// indicators in every dimension: with fewer, one indicator carries a whole dimension of
    /// the overall score.
    fn coverage(&mut self, inst: &Instrument) {
        let min = inst.min_per_dimension as usize;
        if min == 0 {
            self.push("min_per_dimension", "must be at least 1");
        }
        for (i, t) in inst.community_types.iter().enumerate() {
            if t.id.is_empty() {
                continue;
            }
            for d in &inst.dimensions {
                if !inst.indicators.iter().any(|ind| ind.dimension == d.id) {
                    continue; // reported once as "has no indicators"
                }
                let n = inst
                    .indicators
                    .iter()
                    .filter(|ind| ind.dimension == d.id && ind.applies_to_type(Some(&t.id)))
                    .count();
                if n < min {
                    self.push(
                        index("community_types", i),
                        format!(
                            "community type \"{}\" has {n} indicator(s) in dimension \"{}\"; at least {min} are required so that no single indicator carries a dimension",
                            t.id, d.id
                        ),
                    );
                }
            }
        }
    }

    /// Retired ids are not asked any more and point only at indicators that exist.
    fn retired(&mut self, inst: &Instrument) {
        for (i, r) in inst.retired.iter().enumerate() {
            let p = index("retired", i);
            self.id(&join(&p, "id"), &r.id);
            if inst.indicator(&r.id).is_some() {
                self.push(
                    join(&p, "id"),
                    format!("\"{}\" is still an indicator; a retired id must not be asked again (give the new meaning a new id)", r.id),
                );
            }
            if let Some(e) = semver_problem(&r.version) {
                self.push(join(&p, "version"), e);
            }
            self.text(&join(&p, "label"), &r.label);
            self.text(&join(&p, "change"), &r.change);
            for (k, id) in r.replaced_by.iter().enumerate() {
                if inst.indicator(id).is_none() {
                    self.push(index(&join(&p, "replaced_by"), k), format!("unknown indicator \"{id}\""));
                }
            }
        }
        self.unique("retired", "id", inst.retired.iter().map(|r| r.id.as_str()));
    }
}
