//! Every workshop table as CSV, for the policy brief. Ids in headers (stable across languages),
//! UTF-8 with a BOM so spreadsheet programs read Thai, fields quoted by
//! [`crate::domain::report::csv_field`] (which also defuses formulas in site names).
//! Scores have one decimal; an empty cell means "no score", never 0.

use super::{Ranking, WorkshopModel};
use crate::domain::charts::tilemap::SOUTHERN_PROVINCE_TILES;
use crate::domain::compare::CellState;
use crate::domain::instrument::Instrument;
use crate::domain::report::{csv_field, exact_cell, number_cell};

/// The byte-order mark spreadsheet programs need to read UTF-8.
pub const BOM: &str = "\u{FEFF}";

/// Rows to CSV text with a BOM, `\n` line ends.
pub fn to_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        let cells: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Site key → the name or code shown.
pub type Labeller<'a> = &'a dyn Fn(&str) -> String;

/// rank, site, type, province, score, share of draws that kept the rank, 5th–95th percentile
/// rank, then each dimension's score on the comparison basis.
pub fn ranking_rows(
    model: &WorkshopModel,
    ranking: &Ranking,
    inst: &Instrument,
    label: Labeller,
) -> Vec<Vec<String>> {
    let mut head = strings(&[
        "rank",
        "site",
        "type",
        "province",
        "score",
        "kept_rank_percent",
        "rank_p05",
        "rank_p95",
    ]);
    head.extend(inst.dimensions.iter().map(|d| d.id.clone()));
    let mut rows = vec![head];
    for (r, st) in ranking.ranked.iter().zip(&ranking.stability) {
        let Some(site) = model.sites.get(r.site_index) else {
            continue;
        };
        let mut row = vec![
            if r.unscored {
                String::new()
            } else {
                r.rank.to_string()
            },
            label(&site.key),
            site.community_type.clone().unwrap_or_default(),
            site.province.clone().unwrap_or_default(),
            exact_cell(r.exact),
            number_cell((!r.unscored).then_some(st.kept_rank_share * 100.0)),
            st.rank_p05.to_string(),
            st.rank_p95.to_string(),
        ];
        row.extend(
            inst.dimensions
                .iter()
                .map(|d| exact_cell(site.dimension_exact(&d.id))),
        );
        rows.push(row);
    }
    rows
}

/// The text of a heatmap cell in CSV: the score, `na`, `unanswered`, or empty when not asked.
pub fn cell_text(state: CellState) -> String {
    match state.normalised() {
        CellState::Score(v) => number_cell(Some(v)),
        CellState::NotApplicable => "na".into(),
        CellState::Unanswered => "unanswered".into(),
        CellState::NotInType => String::new(),
    }
}

/// site, type, province, overall, then one column per indicator, rows in `order`.
pub fn heatmap_rows(model: &WorkshopModel, order: &[usize], label: Labeller) -> Vec<Vec<String>> {
    let mut head = strings(&["site", "type", "province", "overall"]);
    head.extend(model.columns.iter().map(|(id, _)| id.clone()));
    let mut rows = vec![head];
    for site in order.iter().filter_map(|&i| model.sites.get(i)) {
        let mut row = vec![
            label(&site.key),
            site.community_type.clone().unwrap_or_default(),
            site.province.clone().unwrap_or_default(),
            exact_cell(site.overall_exact()),
        ];
        row.extend(site.indicators.iter().map(|(_, s)| cell_text(*s)));
        rows.push(row);
    }
    rows
}

/// kind, category, type, count, sites, then one row per text with its site.
pub fn factor_rows(model: &WorkshopModel, label: Labeller) -> Vec<Vec<String>> {
    let mut rows = vec![strings(&[
        "kind", "category", "type", "count", "sites", "site", "text",
    ])];
    for g in &model.factors {
        let head = [
            g.kind.clone(),
            g.category.clone(),
            g.community_type.clone().unwrap_or_default(),
            g.count.to_string(),
            g.site_count.to_string(),
        ];
        if g.texts.is_empty() {
            let mut row = head.to_vec();
            row.extend([String::new(), String::new()]);
            rows.push(row);
        }
        for t in &g.texts {
            let mut row = head.to_vec();
            row.extend([label(&t.site_key), t.text.clone()]);
            rows.push(row);
        }
    }
    rows
}

/// part, then one column per site.
pub fn toolset_rows(model: &WorkshopModel, label: Labeller) -> Vec<Vec<String>> {
    let t = &model.toolset;
    let mut head = vec!["part".to_string()];
    head.extend(t.sites.iter().map(|s| label(s)));
    let mut rows = vec![head];
    for (p, part) in t.parts.iter().enumerate() {
        let mut row = vec![part.clone()];
        row.extend((0..t.sites.len()).map(|s| t.cell(p, s).to_string()));
        rows.push(row);
    }
    rows
}

/// province, name_th, name_en, sites, then one column per community type.
pub fn coverage_rows(model: &WorkshopModel, inst: &Instrument) -> Vec<Vec<String>> {
    let mut head = strings(&["province", "name_th", "name_en", "sites"]);
    head.extend(inst.community_types.iter().map(|t| t.id.clone()));
    let mut rows = vec![head];
    for (p, tile) in model
        .coverage
        .provinces
        .iter()
        .zip(SOUTHERN_PROVINCE_TILES.iter())
    {
        let mut row = vec![
            p.iso.to_string(),
            tile.name_th.to_string(),
            tile.name_en.to_string(),
            p.site_count.to_string(),
        ];
        row.extend(inst.community_types.iter().map(|t| {
            p.by_type
                .iter()
                .find(|(k, _)| k.as_deref() == Some(t.id.as_str()))
                .map(|(_, n)| n.to_string())
                .unwrap_or_else(|| "0".into())
        }));
        rows.push(row);
    }
    rows
}

/// actor, type, level, sites (how many link to it), ties, then the sites themselves.
pub fn network_rows(model: &WorkshopModel, label: Labeller) -> Vec<Vec<String>> {
    let mut rows = vec![strings(&[
        "actor",
        "actor_type",
        "level",
        "sites",
        "ties",
        "site_list",
    ])];
    for a in &model.network.actors {
        rows.push(vec![
            a.name.clone(),
            a.actor_type.clone().unwrap_or_default(),
            a.level.clone().unwrap_or_default(),
            a.site_count().to_string(),
            a.tie_count.to_string(),
            a.site_keys
                .iter()
                .map(|k| label(k))
                .collect::<Vec<_>>()
                .join("; "),
        ]);
    }
    rows
}
