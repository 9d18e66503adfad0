//! CSV tables for spreadsheets and R, UTF-8 with a byte-order mark so that Excel shows Thai.
//! Every text cell goes through [`report::csv_field`] (quoting and the formula guard:
//! site names and notes come from untrusted files).
//!
//! - [`scores_csv`]: one row per site (the `gca score` table).
//! - [`answers_csv`]: every answer in long format, one row per site × indicator.
//! - [`fies_csv`]: one row per site with the yes count of each FIES item (columns named by
//!   FAO's item codes) and the households asked. These are site totals, **not** household
//!   rows: RM.weights' Rasch model needs each household's 0/1 answers, which this form does not
//!   record; see `docs/exchange-format.md`.

use crate::domain::assessment::Assessment;
use crate::domain::instrument::{Instrument, FIES_CODES};
use crate::domain::report::{csv_field, score_csv};

/// The UTF-8 byte-order mark.
pub const BOM: &str = "\u{FEFF}";

fn push_row(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
    out.push_str(&cells.join(","));
    out.push('\n');
}

/// Scores per site (see `report`), with the BOM.
pub fn scores_csv(all: &[Assessment], inst: &Instrument) -> String {
    format!("{BOM}{}", score_csv(all, inst))
}

pub const ANSWER_COLUMNS: [&str; 7] = [
    "site_id",
    "site_name",
    "indicator_id",
    "dimension",
    "level",
    "not_applicable",
    "note",
];

/// Every recorded answer, long format. `dimension` is empty for an indicator the current
/// instrument does not have; `level` is empty when unanswered; `not_applicable` is 1 or 0.
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
                ],
            );
        }
    }
    out
}

/// FIES per site: `site_id,site_name,WORRIED..WHLDAY` (households answering yes), then
/// `asked_WORRIED..asked_WHLDAY` (households asked). Both cells are empty for an item with
/// nobody asked: no data is not zero.
pub fn fies_csv(all: &[Assessment]) -> String {
    let mut out = BOM.to_string();
    let mut header = vec!["site_id".to_string(), "site_name".to_string()];
    header.extend(FIES_CODES.iter().map(|c| c.to_string()));
    header.extend(FIES_CODES.iter().map(|c| format!("asked_{c}")));
    push_row(&mut out, &header);
    for a in all {
        let mut row = vec![a.id.clone(), a.profile.site_name.clone()];
        let count = |c: &str| a.fies.get(c).filter(|f| f.asked > 0);
        row.extend(
            FIES_CODES
                .iter()
                .map(|c| count(c).map(|f| f.yes.to_string()).unwrap_or_default()),
        );
        row.extend(
            FIES_CODES
                .iter()
                .map(|c| count(c).map(|f| f.asked.to_string()).unwrap_or_default()),
        );
        push_row(&mut out, &row);
    }
    out
}
