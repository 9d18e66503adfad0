//! From assessments to candidates, and the plan out as CSV and as a JSON file.

use crate::domain::fixed::Fixed;
use serde_json::{json, Value};

use super::{Candidate, Plan, Rules};
use crate::domain::assessment::Assessment;
use crate::domain::compare::common_core::Basis;
use crate::domain::compare::from_results::site_scores;
use crate::domain::exchange::envelope::APP_VERSION;
use crate::domain::instrument::Instrument;
use crate::domain::scoring::{round1, score};

/// The `format` of a plan file.
pub const PLAN_FORMAT: &str = "green-community-plan";
pub const PLAN_FORMAT_VERSION: u64 = 1;

/// One candidate per assessment (first of duplicate ids): the shared-core score (the same
/// basis for every type), coverage and provisional flag from the scoring engine, existing
/// support from the profile; the bundled examples are the pilots.
pub fn candidates(assessments: &[Assessment], inst: &Instrument) -> Vec<Candidate> {
    let mut unique: Vec<&Assessment> = Vec::new();
    for a in assessments {
        if !unique.iter().any(|u| u.id == a.id) {
            unique.push(a);
        }
    }
    // A site assessed in several rounds is one candidate, judged by its latest round.
    let mut out: Vec<Candidate> = Vec::new();
    for a in crate::domain::workshop::rounds::latest_per_site(&unique) {
        let core = site_scores(a, inst, &Basis::CoreOnly);
        let r = score(a, inst);
        out.push(Candidate {
            id: a.id.clone(),
            name: core.name,
            province: a.profile.province.clone(),
            community_type: core.community_type,
            score: core.overall,
            coverage: r.coverage.map(|c| c.to_f64()).unwrap_or(0.0),
            provisional: r.provisional,
            support: a.profile.existing_support.clone(),
            pilot: a.example,
        });
    }
    out
}

/// Column headings of the plan CSV (English ids, so a spreadsheet formula survives a language
/// change); the reasons column carries the screen's language.
pub const CSV_COLUMNS: [&str; 8] = [
    "order", "site_id", "site_name", "province", "community_type", "core_score", "existing_support", "reason",
];

/// The plan's rows: heading, then one row per pick; `reason(pick)` gives the pick's reasons text.
pub fn csv_rows(plan: &Plan, cs: &[Candidate], reason: &dyn Fn(&super::Pick) -> String) -> Vec<Vec<String>> {
    let mut rows = vec![CSV_COLUMNS.iter().map(|s| s.to_string()).collect()];
    for (i, p) in plan.picks.iter().enumerate() {
        let Some(c) = cs.get(p.index) else { continue };
        rows.push(vec![
            (i + 1).to_string(),
            c.id.clone(),
            c.name.clone(),
            c.province.clone().unwrap_or_default(),
            c.community_type.clone().unwrap_or_default(),
            c.score.map(|s| Fixed(s, 1).to_string()).unwrap_or_default(),
            c.support.join(" "),
            reason(p),
        ]);
    }
    rows
}

/// The plan as a file: the exchange envelope's header fields, the rules and the picks.
pub fn plan_json(plan: &Plan, cs: &[Candidate], rules: &Rules, now_iso: &str) -> String {
    let picks: Vec<Value> = plan
        .picks
        .iter()
        .filter_map(|p| {
            let c = cs.get(p.index)?;
            Some(json!({
                "id": c.id, "name": c.name, "province": c.province, "community_type": c.community_type,
                "core_score": c.score.map(round1), "coverage": c.coverage, "existing_support": c.support,
                "pilot": c.pilot,
            }))
        })
        .collect();
    let v = json!({
        "format": PLAN_FORMAT,
        "format_version": PLAN_FORMAT_VERSION,
        "exported_at": now_iso,
        "app_version": APP_VERSION,
        "objective": "maximise the sum of shared-core scores; ties: more sites with existing support, then higher coverage",
        "feasible": plan.feasible,
        "rules": rules.to_value(),
        "total_core_score": round1(plan.total_score),
        "picks": picks,
    });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bundled;

    #[test]
    fn the_examples_become_pilot_candidates_with_core_scores_and_the_file_reads_back() {
        let inst = crate::domain::test_support::inst();
        let ex = bundled::examples();
        let cs = candidates(&ex, &inst);
        assert_eq!(cs.len(), 5);
        assert!(cs.iter().all(|c| c.pilot && c.score.is_some() && c.province.is_some()));
        let rules = Rules { n: 5, ..Rules::default() };
        let plan = super::super::plan(&cs, &rules);
        assert_eq!(plan.picks.len(), 5, "{:?}", plan.conflicts);
        let text = plan_json(&plan, &cs, &rules, "2026-12-02T00:00:00Z");
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["format"], PLAN_FORMAT);
        assert_eq!(v["picks"].as_array().unwrap().len(), 5);
        assert_eq!(Rules::from_value(&v["rules"]), rules);
        let rows = csv_rows(&plan, &cs, &|_| "why".into());
        assert_eq!(rows.len(), 6);
        assert_eq!(rows[1][7], "why");
    }

    #[test]
    fn a_site_with_two_rounds_is_one_candidate_judged_by_its_latest_round() {
        let inst = crate::domain::test_support::inst();
        let mut ex = bundled::examples();
        let mut follow = ex[0].clone();
        follow.id = "follow-up".into();
        follow.site_id = ex[0].site().to_string();
        follow.round = 1;
        follow.example = false;
        ex.push(follow);
        let cs = candidates(&ex, &inst);
        assert_eq!(cs.len(), 5);
        assert_eq!(cs[0].id, "follow-up");
    }
}
