//! A dumbbell chart: per row, two scores on one 0–100 line — an earlier round and a later one
//! (the change view), or the assessors' and the community's level (the gap view). The first
//! mark is a hollow ring, the second a filled dot, joined by a line, with the difference written
//! at the end of the row; a row with either score missing says so in words, never draws a zero.

use crate::domain::fixed::Fixed;
use super::svg::{esc, open, text, INK};
use super::{clamp_score, Point};
use std::fmt::Write;

/// One row: a short label and two 0–100 scores with their printed texts.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DumbbellRow {
    /// For the row's test id.
    pub id: String,
    pub label: String,
    pub first: Option<f64>,
    pub second: Option<f64>,
    /// "62.5 → 75.0: +12.5", the row's tooltip.
    pub full: String,
    /// "+12.5", or the reason there is none ("not answered in both").
    pub delta_text: String,
}

/// Width of the picture in SVG units; the height follows the rows ([`dumbbell_size`]).
/// Narrow on purpose: drawn 340 px wide on a phone, its 19-unit text is still about 15 px.
pub const WIDTH: f64 = 440.0;
const PLOT_LEFT: f64 = 140.0;
const PLOT_RIGHT: f64 = 372.0;
const TOP: f64 = 52.0;
const ROW: f64 = 42.0;
const AXIS_ROOM: f64 = 34.0;
const FONT: f64 = 19.0;
const SECOND: &str = INK;
const FIRST: &str = "#5b6661";

/// The picture's size for `rows` rows.
pub fn dumbbell_size(rows: usize) -> (f64, f64) {
    (WIDTH, TOP + ROW * rows as f64 + AXIS_ROOM)
}

fn x_of(v: f64) -> f64 {
    PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * v / 100.0
}

/// The chart. `names` are the two marks' names for the legend (first, second).
pub fn dumbbell_svg(svg_id: &str, testid: &str, title: &str, names: (&str, &str), rows: &[DumbbellRow]) -> String {
    let (w, h) = dumbbell_size(rows.len());
    let plot_bottom = TOP + ROW * rows.len() as f64;
    let mut out = String::new();
    open(&mut out, svg_id, testid, "dumbbell", w, h, title, "");
    // Legend: the hollow ring is the first, the dot the second.
    let _ = write!(
        out,
        r##"<circle cx="14" cy="20" r="7" fill="#fff" stroke="{FIRST}" stroke-width="3"/><circle cx="{}" cy="20" r="7" fill="{SECOND}"/>"##,
        Fixed(w / 2.0 + 14.0, 1)
    );
    text(&mut out, Point::new(28.0, 26.0), "start", FONT, "", names.0);
    text(&mut out, Point::new(w / 2.0 + 28.0, 26.0), "start", FONT, "", names.1);
    for t in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let x = x_of(t);
        let _ = write!(
            out,
            r##"<line x1="{x_f1}" y1="{}" x2="{x_f1}" y2="{plot_bottom_f1}" stroke="#d5ddd8"/>"##,
            Fixed(TOP - 6.0, 1),
            x_f1 = Fixed(x, 1), plot_bottom_f1 = Fixed(plot_bottom, 1));
        text(&mut out, Point::new(x, plot_bottom + 22.0), "middle", FONT * 0.8, "", &Fixed(t, 0).to_string());
    }
    for (i, r) in rows.iter().enumerate() {
        let y = TOP + ROW * i as f64 + ROW / 2.0;
        let (a, b) = (r.first.and_then(clamp_score), r.second.and_then(clamp_score));
        let _ = write!(
            out,
            r#"<g data-testid="{}-row-{}" data-missing="{}"><title>{}</title>"#,
            esc(testid),
            esc(&r.id),
            a.is_none() || b.is_none(),
            esc(&r.full)
        );
        text(&mut out, Point::new(PLOT_LEFT - 12.0, y), "end", FONT, r#" dominant-baseline="central""#, &r.label);
        if let (Some(a), Some(b)) = (a, b) {
            let _ = write!(
                out,
                r##"<line x1="{}" y1="{y_f1}" x2="{}" y2="{y_f1}" stroke="{SECOND}" stroke-width="4"/><circle cx="{}" cy="{y_f1}" r="8" fill="#fff" stroke="{FIRST}" stroke-width="3"/><circle cx="{}" cy="{y_f1}" r="7" fill="{SECOND}"/>"##,
                Fixed(x_of(a), 1),
                Fixed(x_of(b), 1),
                Fixed(x_of(a), 1),
                Fixed(x_of(b), 1),
                y_f1 = Fixed(y, 1));
        } else {
            // One score alone is drawn as its own mark; the row still says why there is no line.
            for (v, hollow) in [(a, true), (b, false)] {
                if let Some(v) = v {
                    let (fill, stroke) = if hollow { ("#fff", FIRST) } else { (SECOND, SECOND) };
                    let _ = write!(
                        out,
                        r##"<circle cx="{}" cy="{y_f1}" r="7" fill="{fill}" stroke="{stroke}" stroke-width="3"/>"##,
                        Fixed(x_of(v), 1),
                        y_f1 = Fixed(y, 1));
                }
            }
        }
        text(
            &mut out,
            Point::new(w - 4.0, y),
            "end",
            FONT,
            r#" dominant-baseline="central" font-weight="700""#,
            &r.delta_text,
        );
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, a: Option<f64>, b: Option<f64>) -> DumbbellRow {
        DumbbellRow {
            id: id.into(),
            label: format!("<{id}>"),
            first: a,
            second: b,
            full: "x".into(),
            delta_text: "+1".into(),
        }
    }

    #[test]
    fn rows_are_placed_on_the_scale_and_escaped() {
        let s = dumbbell_svg("d", "change-chart", "t", ("ก่อน", "หลัง"), &[row("food", Some(25.0), Some(75.0)), row("gov", None, Some(50.0))]);
        assert!(s.contains(r#"data-testid="change-chart-row-food" data-missing="false""#));
        assert!(s.contains(r#"data-testid="change-chart-row-gov" data-missing="true""#));
        // 25 → x 198, 75 → x 314.
        assert!(s.contains(r#"x1="198.0""#) && s.contains(r#"x2="314.0""#), "{s}");
        assert!(s.contains("&lt;food&gt;") && !s.contains("<food>"));
        assert_eq!(s.matches("<line").count(), 5 + 1, "five grid lines and one dumbbell");
    }

    #[test]
    fn nonsense_scores_never_reach_an_attribute() {
        let s = dumbbell_svg("d", "t", "t", ("a", "b"), &[row("x", Some(f64::NAN), Some(f64::INFINITY))]);
        assert!(!s.contains("NaN") && !s.contains("inf"));
        assert_eq!(dumbbell_size(3), (440.0, 52.0 + 126.0 + 34.0));
    }
}
