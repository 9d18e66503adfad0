//! CSV tables for spreadsheets and R, UTF-8 with a byte-order mark so that Excel shows Thai.
//! Every text cell goes through [`report::csv_field`] (quoting and the formula guard:
//! site names and notes come from untrusted files).
//!
//! - [`scores_csv`]: one row per assessment: the `gca score` table, then the site and round
//!   (`site_key`, `round`) and the community's own scores (`community_overall`,
//!   `community_<dimension>`).
//! - [`answers_csv`]: every answer in long format, one row per assessment × indicator, with
//!   both lenses (`level` of the assessors, `community_level`) and the site and round.
//!
//! In the long tables `site_id` has always held the assessment's id (one row group per
//! assessment); the site that every round shares is `site_key`.
//! - [`fies_csv`]: one row per site with the yes count of each FIES item (columns named by
//!   FAO's item codes) and the households that answered it yes or no, computed from the
//!   households when the site has them, else 1.0's summary counts; `fies_data` says which.
//! - [`fies_households_csv`]: one row per household, FAO's item codes as 0/1 columns (empty
//!   for don't know / refused / not entered), `site_id`, `household`, `wt`: what RM.weights
//!   reads. Sites with only summary counts have no household rows (none are invented).

use crate::domain::fixed::Shortest;
use crate::domain::assessment::{Assessment, FiesAnswer};
use crate::domain::instrument::{Instrument, FIES_CODES};
use crate::domain::report::{csv_field, exact_cell, header, row};
use crate::domain::rounds::community_lens;
use crate::domain::scoring::{fies_kind, score, FiesKind};

/// The UTF-8 byte-order mark.
pub const BOM: &str = "\u{FEFF}";

fn push_row(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
    out.push_str(&cells.join(","));
    out.push('\n');
}

/// Scores per assessment (the `report` columns), then `site_key`, `round`,
/// `community_overall` and `community_<dimension>` (the community's lens, empty when it
/// gave no level), with the BOM.
pub fn scores_csv(all: &[Assessment], inst: &Instrument) -> String {
    let mut out = BOM.to_string();
    let mut h = header(inst);
    h.extend(["site_key", "round", "community_overall"].map(String::from));
    h.extend(inst.dimensions.iter().map(|d| format!("community_{}", d.id)));
    push_row(&mut out, &h);
    for a in all {
        let mut cells = row(a, inst);
        let c = score(&community_lens(a), inst);
        cells.push(a.site().to_string());
        cells.push(a.round.to_string());
        cells.push(exact_cell(c.overall));
        cells.extend(c.dimensions.iter().map(|d| exact_cell(d.score)));
        push_row(&mut out, &cells);
    }
    out
}

pub const ANSWER_COLUMNS: [&str; 11] = [
    "site_id",
    "site_name",
    "indicator_id",
    "dimension",
    "level",
    "not_applicable",
    "note",
    "na_reason",
    "community_level",
    "site_key",
    "round",
];

/// Every recorded answer, long format. `dimension` is empty for an indicator the current
/// instrument does not have; `level` is empty when unanswered; `not_applicable` is 1 or 0;
/// `na_reason` says why it cannot apply (empty when none was given); `community_level` is the
/// community's own level (empty when not asked); `site_key` and `round` place the row in the
/// site's history.
pub fn answers_csv(all: &[Assessment], inst: &Instrument) -> String {
    let mut out = BOM.to_string();
    push_row(&mut out, &ANSWER_COLUMNS.map(String::from));
    for a in all {
        for (id, ans) in &a.answers {
            let dim = inst
                .indicators
                .iter()
                .find(|i| &i.id == id)
                .map(|i| i.dimension.clone());
            push_row(
                &mut out,
                &[
                    a.id.clone(),
                    a.profile.site_name.clone(),
                    id.clone(),
                    dim.unwrap_or_default(),
                    ans.level.map(|l| l.to_string()).unwrap_or_default(),
                    if ans.not_applicable { "1" } else { "0" }.to_string(),
                    ans.note.clone(),
                    ans.na_reason.clone(),
                    ans.community_level.map(|l| l.to_string()).unwrap_or_default(),
                    a.site().to_string(),
                    a.round.to_string(),
                ],
            );
        }
    }
    out
}

/// FIES per site: `site_id,site_name,WORRIED..WHLDAY` (households answering yes), then
/// `asked_WORRIED..asked_WHLDAY` (households answering yes or no), then `fies_data`
/// (`households`, `summary`, `both` or `none`). With households (`households`, `both`) the
/// counts come from them; with `summary` they are 1.0's site totals. Both cells are empty for
/// an item nobody answered: no data is not zero.
pub fn fies_csv(all: &[Assessment]) -> String {
    let mut out = BOM.to_string();
    let mut header = vec!["site_id".to_string(), "site_name".to_string()];
    header.extend(FIES_CODES.iter().map(|c| c.to_string()));
    header.extend(FIES_CODES.iter().map(|c| format!("asked_{c}")));
    header.push("fies_data".into());
    push_row(&mut out, &header);
    for a in all {
        let kind = fies_kind(a);
        let counts: Vec<Option<(u32, u32)>> = FIES_CODES
            .iter()
            .map(|c| match kind {
                FiesKind::Households | FiesKind::Both => {
                    let answered = |want: FiesAnswer| {
                        a.fies_households
                            .iter()
                            .filter(|h| h.answer(c) == Some(want))
                            .count() as u32
                    };
                    let (yes, no) = (answered(FiesAnswer::Yes), answered(FiesAnswer::No));
                    (yes + no > 0).then_some((yes, yes + no))
                }
                _ => a
                    .fies
                    .get(*c)
                    .filter(|f| f.asked > 0)
                    .map(|f| (f.yes, f.asked)),
            })
            .collect();
        let mut row = vec![a.id.clone(), a.profile.site_name.clone()];
        row.extend(
            counts
                .iter()
                .map(|c| c.map(|(y, _)| y.to_string()).unwrap_or_default()),
        );
        row.extend(
            counts
                .iter()
                .map(|c| c.map(|(_, n)| n.to_string()).unwrap_or_default()),
        );
        row.push(kind.as_str().into());
        push_row(&mut out, &row);
    }
    out
}

/// The columns of [`fies_households_csv`].
pub fn fies_household_columns() -> Vec<String> {
    let mut header = vec!["site_id".to_string(), "household".to_string()];
    header.extend(FIES_CODES.iter().map(|c| c.to_string()));
    header.push("wt".into());
    header
}

/// One row per household of every site: `site_id,household,WORRIED..WHLDAY,wt`, answers as
/// 1 (yes) / 0 (no) / empty (don't know, refused or not entered), `wt` 1 unless set. Ready for
/// RM.weights (`RM.w(XX, .w = wt)`) or FAO's FIES app.
pub fn fies_households_csv(all: &[Assessment]) -> String {
    let mut out = BOM.to_string();
    push_row(&mut out, &fies_household_columns());
    for a in all {
        for h in &a.fies_households {
            let mut row = vec![a.id.clone(), h.code.clone()];
            row.extend(FIES_CODES.iter().map(|c| match h.answer(c) {
                Some(FiesAnswer::Yes) => "1".to_string(),
                Some(FiesAnswer::No) => "0".to_string(),
                _ => String::new(),
            }));
            row.push(
                h.wt.filter(|w| w.is_finite() && *w > 0.0)
                    .map(|w| Shortest(w).to_string())
                    .unwrap_or_else(|| "1".into()),
            );
            push_row(&mut out, &row);
        }
    }
    out
}
