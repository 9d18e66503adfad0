//! The score table: one row per assessment, as CSV.
//!
//! Shared by `gca score` and the app's export so both print the same figures. Columns:
//! `id,site,type,province,overall,band,coverage`, then one per dimension id. An empty cell
//! means "no score" (never 0); numbers have one decimal (halves away from zero); coverage
//! is a percentage. Lines end with `\n`; the app adds a UTF-8 BOM for spreadsheet programs.

use crate::domain::fixed::Fixed;
use super::assessment::Assessment;
use super::instrument::Instrument;
use super::scoring::{score, Ratio};

/// Quotes a CSV field when it holds a comma, quote, CR or LF (RFC 4180), doubling quotes.
/// A field starting with `=`, `+`, `-` or `@` gets a leading `'` so spreadsheets do not run
/// it as a formula (site names come from untrusted files).
pub fn csv_field(s: &str) -> String {
    let guarded;
    let s = if s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err() {
        guarded = format!("'{s}");
        guarded.as_str()
    } else {
        s
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One decimal, or empty for no score.
pub fn number_cell(v: Option<f64>) -> String {
    v.filter(|x| x.is_finite())
        .map(|x| Fixed(x, 1).to_string())
        .unwrap_or_default()
}

/// An exact score with one decimal (one rounding, halves away from zero), or empty for no
/// score: the same figure the results page, the slides and the report show.
pub fn exact_cell(v: Option<Ratio>) -> String {
    v.map(Ratio::one_decimal).unwrap_or_default()
}

/// The header row's fields.
pub fn header(inst: &Instrument) -> Vec<String> {
    let mut h: Vec<String> = [
        "id", "site", "type", "province", "overall", "band", "coverage",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    h.extend(inst.dimensions.iter().map(|d| d.id.clone()));
    h
}

/// One assessment's row fields.
pub fn row(a: &Assessment, inst: &Instrument) -> Vec<String> {
    let r = score(a, inst);
    let mut cells = vec![
        a.id.clone(),
        a.profile.site_name.clone(),
        a.profile.community_type.clone().unwrap_or_default(),
        a.profile.province.clone().unwrap_or_default(),
        exact_cell(r.overall),
        r.band.clone().unwrap_or_default(),
        exact_cell(r.coverage.and_then(|c| c.checked_mul(Ratio::int(100)))),
    ];
    cells.extend(r.dimensions.iter().map(|d| exact_cell(d.score)));
    cells
}

/// The whole table as CSV text.
pub fn score_csv(assessments: &[Assessment], inst: &Instrument) -> String {
    let mut out = String::new();
    let mut line = |fields: Vec<String>| {
        let cells: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    };
    line(header(inst));
    for a in assessments {
        line(row(a, inst));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(csv_field("plain ไทย"), "plain ไทย");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field("-12.5"), "-12.5");
    }

    #[test]
    fn numbers_have_one_decimal_and_missing_is_empty() {
        assert_eq!(number_cell(Some(62.25)), "62.3");
        assert_eq!(number_cell(Some(100.0)), "100.0");
        assert_eq!(number_cell(Some(0.0)), "0.0");
        assert_eq!(number_cell(None), "");
        assert_eq!(number_cell(Some(f64::NAN)), "");
    }
}
