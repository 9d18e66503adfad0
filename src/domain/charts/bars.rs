//! Horizontal bars, one per indicator, grouped under dimension headers.
//!
//! A missing score is not a bar of width 0 (which reads as "scored zero"): it gets
//! [`BarMark::Missing`], the whole track, which the view fills with the hatch pattern and a
//! "N/A" or "–" label. A real score of 0 is a [`BarMark::Bar`] of width 0 with its label "0".

use super::scale::{nice_ticks, LinearScale};
use super::{clamp_score, finite_or, length, non_negative, Point, Rect};

/// One bar's input: an indicator id (for `data-testid`s), its short label and its 0–100 score.
#[derive(Debug, Clone, PartialEq)]
pub struct BarInput {
    pub id: String,
    pub label: String,
    pub value: Option<f64>,
}

/// A group of bars under one header (a dimension).
#[derive(Debug, Clone, PartialEq)]
pub struct BarGroupInput {
    pub id: String,
    pub label: String,
    pub bars: Vec<BarInput>,
}

/// Sizes in SVG units. The defaults suit a 600-unit-wide chart on a laptop.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BarLayoutOptions {
    pub width: f64,
    /// Room on the left for the indicator labels.
    pub label_width: f64,
    /// Room on the right for the value label after the longest bar.
    pub value_width: f64,
    pub row_height: f64,
    /// The bar's share of the row height (the rest is the gap between bars).
    pub bar_share: f64,
    pub header_height: f64,
    /// Extra space above every group but the first.
    pub group_gap: f64,
}

impl Default for BarLayoutOptions {
    fn default() -> Self {
        BarLayoutOptions {
            width: 600.0,
            label_width: 200.0,
            value_width: 48.0,
            row_height: 28.0,
            bar_share: 0.7,
            header_height: 32.0,
            group_gap: 12.0,
        }
    }
}

/// A group header's position.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupHeader {
    pub group_index: usize,
    pub id: String,
    pub label: String,
    /// Top of the header band and its baseline point for the text.
    pub y: f64,
    pub label_at: Point,
}

/// What to draw in a bar row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BarMark {
    /// A scored bar (width 0 for a real score of 0).
    Bar { rect: Rect, value: f64 },
    /// No score: the whole track, to fill with a hatch pattern.
    Missing { track: Rect },
}

/// One indicator row.
#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    pub group_index: usize,
    pub id: String,
    pub label: String,
    /// Top of the row.
    pub y: f64,
    /// Right edge of the label column, vertically centred (text-anchor end).
    pub label_at: Point,
    pub mark: BarMark,
    /// Where the value text goes: just after the bar end, or inside the missing track.
    pub value_label_at: Point,
}

/// A gridline/tick on the value axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BarTick {
    pub value: f64,
    pub x: f64,
}

/// The laid-out chart.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChartLayout {
    pub width: f64,
    pub height: f64,
    /// Left edge and width of the value area (score 0 and 100).
    pub plot_x: f64,
    pub plot_width: f64,
    pub headers: Vec<GroupHeader>,
    pub rows: Vec<BarRow>,
    pub ticks: Vec<BarTick>,
}

/// Lays out the groups top to bottom in the given order; empty groups still get a header.
pub fn layout_bars(groups: &[BarGroupInput], options: &BarLayoutOptions) -> BarChartLayout {
    let width = length(options.width);
    let label_width = length(options.label_width).min(width);
    let value_width = length(options.value_width).min(width - label_width);
    let plot_x = label_width;
    let plot_width = non_negative(width - label_width - value_width);
    let row_height = length(options.row_height);
    let bar_height = row_height * finite_or(options.bar_share, 0.7).clamp(0.05, 1.0);
    let header_height = length(options.header_height);
    let group_gap = length(options.group_gap);
    let x_scale = LinearScale::new(0.0, 100.0, plot_x, plot_x + plot_width).clamped();

    let mut headers = Vec::with_capacity(groups.len());
    let mut rows = Vec::new();
    let mut y = 0.0;
    for (group_index, group) in groups.iter().enumerate() {
        if group_index > 0 {
            y += group_gap;
        }
        headers.push(GroupHeader {
            group_index,
            id: group.id.clone(),
            label: group.label.clone(),
            y,
            label_at: Point::new(0.0, y + header_height * 0.7),
        });
        y += header_height;
        for bar in &group.bars {
            let middle = y + row_height / 2.0;
            let bar_top = y + (row_height - bar_height) / 2.0;
            let (mark, value_label_at) = match bar.value.and_then(clamp_score) {
                Some(value) => {
                    let end = x_scale.map(value);
                    let rect = Rect::new(plot_x, bar_top, end - plot_x, bar_height);
                    (BarMark::Bar { rect, value }, Point::new(end + 6.0, middle))
                }
                None => {
                    let track = Rect::new(plot_x, bar_top, plot_width, bar_height);
                    (
                        BarMark::Missing { track },
                        Point::new(plot_x + plot_width / 2.0, middle),
                    )
                }
            };
            rows.push(BarRow {
                group_index,
                id: bar.id.clone(),
                label: bar.label.clone(),
                y,
                label_at: Point::new(plot_x - 8.0, middle),
                mark,
                value_label_at,
            });
            y += row_height;
        }
    }

    let ticks = nice_ticks(0.0, 100.0, 4)
        .into_iter()
        .map(|value| BarTick {
            value,
            x: x_scale.map(value),
        })
        .collect();
    BarChartLayout {
        width,
        height: finite_or(y, 0.0),
        plot_x,
        plot_width,
        headers,
        rows,
        ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(id: &str, value: Option<f64>) -> BarInput {
        BarInput {
            id: id.into(),
            label: id.into(),
            value,
        }
    }

    fn groups() -> Vec<BarGroupInput> {
        vec![
            BarGroupInput {
                id: "food".into(),
                label: "Food".into(),
                bars: vec![bar("C01", Some(75.0)), bar("C02", None)],
            },
            BarGroupInput {
                id: "governance".into(),
                label: "Gov".into(),
                bars: vec![bar("C05", Some(0.0))],
            },
        ]
    }

    #[test]
    fn rows_stack_under_their_headers() {
        let o = BarLayoutOptions::default();
        let layout = layout_bars(&groups(), &o);
        assert_eq!(layout.headers.len(), 2);
        assert_eq!(layout.rows.len(), 3);
        assert_eq!(layout.headers[0].y, 0.0);
        assert_eq!(layout.rows[0].y, o.header_height);
        assert_eq!(layout.rows[1].y, o.header_height + o.row_height);
        let second_header = o.header_height + 2.0 * o.row_height + o.group_gap;
        assert_eq!(layout.headers[1].y, second_header);
        assert_eq!(layout.rows[2].y, second_header + o.header_height);
        assert_eq!(
            layout.height,
            second_header + o.header_height + o.row_height
        );
        assert_eq!(layout.rows[2].group_index, 1);
    }

    #[test]
    fn widths_follow_scores() {
        let o = BarLayoutOptions::default();
        let layout = layout_bars(&groups(), &o);
        let plot = o.width - o.label_width - o.value_width;
        match layout.rows[0].mark {
            BarMark::Bar { rect, value } => {
                assert_eq!(value, 75.0);
                assert!((rect.width - plot * 0.75).abs() < 1e-9);
                assert_eq!(rect.x, o.label_width);
            }
            other => panic!("expected a bar, got {other:?}"),
        }
    }

    #[test]
    fn missing_is_a_hatched_track_and_zero_is_a_bar() {
        let layout = layout_bars(&groups(), &BarLayoutOptions::default());
        assert!(
            matches!(layout.rows[1].mark, BarMark::Missing { track } if track.width == layout.plot_width)
        );
        assert!(
            matches!(layout.rows[2].mark, BarMark::Bar { rect, value } if rect.width == 0.0 && value == 0.0)
        );
    }

    #[test]
    fn ticks_span_the_plot() {
        let layout = layout_bars(&groups(), &BarLayoutOptions::default());
        assert_eq!(layout.ticks.first().map(|t| t.x), Some(layout.plot_x));
        assert_eq!(
            layout.ticks.last().map(|t| t.x),
            Some(layout.plot_x + layout.plot_width)
        );
    }

    #[test]
    fn hostile_options_stay_finite() {
        let o = BarLayoutOptions {
            width: f64::NAN,
            label_width: f64::INFINITY,
            value_width: -1.0,
            row_height: f64::NAN,
            bar_share: f64::NAN,
            header_height: 1e308,
            group_gap: 1e308,
        };
        let layout = layout_bars(&groups(), &o);
        assert!(layout.height.is_finite());
        for row in &layout.rows {
            assert!(row.y.is_finite() && row.label_at.x.is_finite());
        }
        assert!(layout_bars(&[], &BarLayoutOptions::default())
            .rows
            .is_empty());
    }
}
