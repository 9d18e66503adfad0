//! The site × indicator heatmap: one row per site, one column per indicator, columns grouped
//! under dimension headers.
//!
//! Every cell says its state in text as well as colour ("75", "N/A", "–"), and the two kinds of
//! missing value get hatch patterns instead of a ramp colour, so nothing missing looks like a
//! low score (see `ui-guide.md`, Colour).

use crate::domain::fixed::Fixed;
use serde::{Deserialize, Serialize};

use super::colour::{
    ramp_colour, text_colour_for, Rgb, BLACK, NOT_APPLICABLE_PATTERN_ID, UNANSWERED_PATTERN_ID,
};
use super::{clamp_score, length, Rect};

/// The result of one indicator at one site.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", content = "score", rename_all = "snake_case")]
pub enum CellState {
    /// A 0–100 score.
    Score(f64),
    /// The team marked the indicator "not applicable" here.
    NotApplicable,
    /// The indicator applies but has no answer yet.
    Unanswered,
    /// The indicator belongs to another community type: not asked at this site.
    NotInType,
}

impl CellState {
    /// The same state with the score clamped to 0–100; a NaN score becomes `Unanswered`.
    pub fn normalised(self) -> CellState {
        match self {
            CellState::Score(v) => clamp_score(v)
                .map(CellState::Score)
                .unwrap_or(CellState::Unanswered),
            other => other,
        }
    }

    /// The score, if there is one.
    pub fn score(self) -> Option<f64> {
        match self.normalised() {
            CellState::Score(v) => Some(v),
            _ => None,
        }
    }

    /// The text written in the cell: the rounded score, "N/A", "–", or nothing when not asked.
    pub fn label(self) -> String {
        match self.normalised() {
            CellState::Score(v) => Fixed(v, 0).to_string(),
            CellState::NotApplicable => "N/A".to_string(),
            CellState::Unanswered => "–".to_string(),
            CellState::NotInType => String::new(),
        }
    }
}

/// How to fill a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellFill {
    Colour(Rgb),
    /// The `id` of an SVG pattern the view defines.
    Pattern(&'static str),
    /// Not asked at this site: no fill, only the grid.
    Empty,
}

impl CellFill {
    /// The SVG `fill` attribute: `#rrggbb`, `url(#pattern)` or `none`.
    pub fn to_svg(self) -> String {
        match self {
            CellFill::Colour(c) => c.to_hex(),
            CellFill::Pattern(id) => format!("url(#{id})"),
            CellFill::Empty => "none".to_string(),
        }
    }
}

/// The fill and text colour for a cell state.
pub fn cell_style(state: CellState) -> (CellFill, Rgb) {
    match state.normalised() {
        CellState::Score(v) => {
            let colour = ramp_colour(v);
            (CellFill::Colour(colour), text_colour_for(colour))
        }
        CellState::NotApplicable => (CellFill::Pattern(NOT_APPLICABLE_PATTERN_ID), BLACK),
        CellState::Unanswered => (CellFill::Pattern(UNANSWERED_PATTERN_ID), BLACK),
        CellState::NotInType => (CellFill::Empty, BLACK),
    }
}

/// An indicator column; `group` is its dimension id.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatmapColumn {
    pub id: String,
    pub label: String,
    pub group: String,
}

/// A site row; `cells` line up with the columns (missing cells count as [`CellState::NotInType`]).
#[derive(Debug, Clone, PartialEq)]
pub struct HeatmapRow {
    pub id: String,
    pub label: String,
    pub cells: Vec<CellState>,
    /// A tooltip per cell, lined up with `cells` (may be shorter; empty = none), e.g. the
    /// reason an indicator is not applicable.
    pub notes: Vec<String>,
}

/// Sizes in SVG units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeatmapOptions {
    pub row_label_width: f64,
    pub group_header_height: f64,
    pub column_header_height: f64,
    pub cell_width: f64,
    pub cell_height: f64,
    /// Space between cells, so patterns and colours never merge.
    pub gap: f64,
}

impl Default for HeatmapOptions {
    fn default() -> Self {
        HeatmapOptions {
            row_label_width: 160.0,
            group_header_height: 28.0,
            column_header_height: 56.0,
            cell_width: 40.0,
            cell_height: 32.0,
            gap: 2.0,
        }
    }
}

/// A run of adjacent columns with the same group, for a spanning header label.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnGroup {
    pub group: String,
    pub first_column: usize,
    pub column_count: usize,
    pub x: f64,
    pub width: f64,
}

/// One drawn cell.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatmapCell {
    pub row: usize,
    pub column: usize,
    pub rect: Rect,
    pub state: CellState,
    pub fill: CellFill,
    pub text: String,
    pub text_colour: Rgb,
}

/// The laid-out heatmap.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatmapLayout {
    pub width: f64,
    pub height: f64,
    pub column_groups: Vec<ColumnGroup>,
    /// Horizontal centre of each column, for the rotated column labels.
    pub column_centres: Vec<f64>,
    /// Vertical centre of each row, for the site labels.
    pub row_centres: Vec<f64>,
    pub cells: Vec<HeatmapCell>,
}

/// Groups adjacent columns that share a group id. Columns should already be ordered by
/// dimension; a group that appears twice apart gets two spans, so the header never lies.
pub fn column_groups(columns: &[HeatmapColumn]) -> Vec<(String, usize, usize)> {
    let mut spans: Vec<(String, usize, usize)> = Vec::new();
    for (index, column) in columns.iter().enumerate() {
        match spans.last_mut() {
            Some((group, _, count)) if *group == column.group => *count += 1,
            _ => spans.push((column.group.clone(), index, 1)),
        }
    }
    spans
}

/// Lays out `rows` × `columns` cells below the group and column headers, right of the row labels.
pub fn layout_heatmap(
    columns: &[HeatmapColumn],
    rows: &[HeatmapRow],
    options: &HeatmapOptions,
) -> HeatmapLayout {
    let left = length(options.row_label_width);
    let top = length(options.group_header_height) + length(options.column_header_height);
    let cell_width = length(options.cell_width);
    let cell_height = length(options.cell_height);
    let gap = length(options.gap).min(cell_width.min(cell_height) / 2.0);
    let column_x = |index: usize| left + index as f64 * cell_width;
    let row_y = |index: usize| top + index as f64 * cell_height;

    let column_groups = column_groups(columns)
        .into_iter()
        .map(|(group, first_column, column_count)| ColumnGroup {
            group,
            first_column,
            column_count,
            x: column_x(first_column),
            width: column_count as f64 * cell_width,
        })
        .collect();

    let mut cells = Vec::with_capacity(rows.len().saturating_mul(columns.len()));
    for (row_index, row) in rows.iter().enumerate() {
        for column_index in 0..columns.len() {
            let state = row
                .cells
                .get(column_index)
                .copied()
                .unwrap_or(CellState::NotInType)
                .normalised();
            let (fill, text_colour) = cell_style(state);
            cells.push(HeatmapCell {
                row: row_index,
                column: column_index,
                rect: Rect::new(
                    column_x(column_index) + gap / 2.0,
                    row_y(row_index) + gap / 2.0,
                    cell_width - gap,
                    cell_height - gap,
                ),
                state,
                fill,
                text: state.label(),
                text_colour,
            });
        }
    }

    HeatmapLayout {
        width: column_x(columns.len()),
        height: row_y(rows.len()),
        column_groups,
        column_centres: (0..columns.len())
            .map(|i| column_x(i) + cell_width / 2.0)
            .collect(),
        row_centres: (0..rows.len())
            .map(|i| row_y(i) + cell_height / 2.0)
            .collect(),
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(id: &str, group: &str) -> HeatmapColumn {
        HeatmapColumn {
            id: id.into(),
            label: id.into(),
            group: group.into(),
        }
    }

    fn sample() -> (Vec<HeatmapColumn>, Vec<HeatmapRow>) {
        let columns = vec![
            col("C01", "food"),
            col("C02", "food"),
            col("C05", "governance"),
        ];
        let rows = vec![
            HeatmapRow {
                id: "a".into(),
                label: "A".into(),
                cells: vec![
                    CellState::Score(75.0),
                    CellState::NotApplicable,
                    CellState::Unanswered,
                ],
                notes: Vec::new(),
            },
            HeatmapRow {
                id: "b".into(),
                label: "B".into(),
                cells: vec![CellState::Score(f64::NAN)],
                notes: Vec::new(),
            },
        ];
        (columns, rows)
    }

    #[test]
    fn labels_say_the_state() {
        assert_eq!(CellState::Score(74.6).label(), "75");
        assert_eq!(CellState::Score(0.0).label(), "0");
        assert_eq!(CellState::NotApplicable.label(), "N/A");
        assert_eq!(CellState::Unanswered.label(), "–");
        assert_eq!(CellState::NotInType.label(), "");
        assert_eq!(CellState::Score(f64::NAN).label(), "–");
        assert_eq!(CellState::Score(130.0).score(), Some(100.0));
    }

    #[test]
    fn missing_values_get_patterns_not_ramp_colours() {
        assert_eq!(
            cell_style(CellState::NotApplicable).0.to_svg(),
            format!("url(#{NOT_APPLICABLE_PATTERN_ID})")
        );
        assert_eq!(
            cell_style(CellState::Unanswered).0,
            CellFill::Pattern(UNANSWERED_PATTERN_ID)
        );
        assert_eq!(cell_style(CellState::NotInType).0.to_svg(), "none");
        assert_eq!(cell_style(CellState::Score(100.0)).0.to_svg(), "#006d2c");
    }

    #[test]
    fn grid_positions_and_group_spans() {
        let (columns, rows) = sample();
        let o = HeatmapOptions::default();
        let layout = layout_heatmap(&columns, &rows, &o);
        assert_eq!(layout.cells.len(), 6);
        assert_eq!(layout.width, o.row_label_width + 3.0 * o.cell_width);
        assert_eq!(
            layout.height,
            o.group_header_height + o.column_header_height + 2.0 * o.cell_height
        );
        let first = &layout.cells[0];
        assert_eq!(first.rect.x, o.row_label_width + o.gap / 2.0);
        assert_eq!(first.text, "75");
        assert_eq!(layout.column_groups.len(), 2);
        assert_eq!(layout.column_groups[0].column_count, 2);
        assert_eq!(
            layout.column_groups[1].x,
            o.row_label_width + 2.0 * o.cell_width
        );
        // Row b is short: its missing cells are "not in type", and its NaN is unanswered.
        assert_eq!(layout.cells[3].state, CellState::Unanswered);
        assert_eq!(layout.cells[4].state, CellState::NotInType);
    }

    #[test]
    fn split_groups_get_separate_spans() {
        let spans = column_groups(&[col("1", "a"), col("2", "b"), col("3", "a")]);
        assert_eq!(
            spans,
            vec![("a".into(), 0, 1), ("b".into(), 1, 1), ("a".into(), 2, 1)]
        );
    }

    #[test]
    fn cell_state_serialises_with_a_tag() {
        let json =
            serde_json::to_string(&[CellState::Score(50.0), CellState::NotApplicable]).unwrap();
        assert_eq!(
            json,
            r#"[{"state":"score","score":50.0},{"state":"not_applicable"}]"#
        );
        let back: Vec<CellState> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, vec![CellState::Score(50.0), CellState::NotApplicable]);
    }

    #[test]
    fn empty_inputs() {
        let layout = layout_heatmap(&[], &[], &HeatmapOptions::default());
        assert!(layout.cells.is_empty() && layout.column_groups.is_empty());
    }
}
