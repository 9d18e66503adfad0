//! SVG markup for the results charts, written from the layouts of this module.
//!
//! Why strings and not Leptos views: every distinct `view!` tree is monomorphised into the wasm,
//! and three charts with their marks cost about as much as the rest of the app's screens
//! together. A chart is static once drawn, so it is written here as text (a few small
//! functions), set as the inner HTML of its figure, and the same text is what "Download SVG"
//! saves. Being pure, it is tested natively, including with hostile labels: every text and
//! attribute goes through [`esc`].
//!
//! Colours are presentation attributes so a downloaded SVG looks like the screen; the print
//! stylesheet overrides them by class to stay black-safe.

use crate::domain::fixed::Fixed;
use super::bars::{layout_bars, BarGroupInput, BarLayoutOptions, BarMark};
use super::colour::{NOT_APPLICABLE_PATTERN_ID, UNANSWERED_PATTERN_ID};
use super::marks::{radar_label_lines, radar_outline, spread_labels};
use super::network::{layout_network, NetworkEdge, NetworkNode, NetworkOptions};
use super::polar::radar_layout;
use super::{svg_points, Point};
use std::fmt::Write;

/// The accent green of the charts (the app's `--accent`).
pub const INK: &str = "#1b6b3a";
pub(super) const TEXT: &str = "#1c2421";
const FONT: &str = "Sarabun, &apos;Noto Sans Thai&apos;, Tahoma, sans-serif";

/// Escapes text for SVG/HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A score with one decimal, or an en dash (never "0") when there is none.
pub fn score_text(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => Fixed(x, 1).to_string(),
        _ => "–".to_string(),
    }
}

// The opening tag of every chart: one writer, so the ids, test ids and titles stay uniform.
#[allow(clippy::too_many_arguments)]
pub(super) fn open(
    out: &mut String,
    id: &str,
    testid: &str,
    class: &str,
    w: f64,
    h: f64,
    title: &str,
    extra: &str,
) {
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" id="{id}" data-testid="{testid}" class="chart {class}" viewBox="0 0 {w_f0} {h_f0}" role="img" aria-labelledby="{id}-title" font-family="{FONT}"{extra}><title id="{id}-title">{title}</title><rect width="{w_f0}" height="{h_f0}" fill="#fff"/>"##,
        id = esc(id),
        testid = esc(testid),
        title = esc(title), w_f0 = Fixed(w, 0), h_f0 = Fixed(h, 0),
    );
}

/// The two hatches: diagonal lines for not applicable, dots for unanswered. Ids are per chart
/// so a downloaded SVG stands alone.
fn hatches(out: &mut String, id: &str) -> (String, String) {
    let na = format!("{NOT_APPLICABLE_PATTERN_ID}-{}", esc(id));
    let un = format!("{UNANSWERED_PATTERN_ID}-{}", esc(id));
    let _ = write!(
        out,
        r##"<defs><pattern id="{na}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#fff"/><line x1="0" y1="0" x2="0" y2="8" stroke="#5b6661" stroke-width="3"/></pattern><pattern id="{un}" width="7" height="7" patternUnits="userSpaceOnUse"><rect width="7" height="7" fill="#fff"/><circle cx="3.5" cy="3.5" r="1.6" fill="#5b6661"/></pattern></defs>"##
    );
    (na, un)
}

pub(super) fn text(out: &mut String, at: Point, anchor: &str, size: f64, attrs: &str, body: &str) {
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" text-anchor="{anchor}" font-size="{size_f0}" fill="{TEXT}"{attrs}>{}</text>"#,
        Fixed(at.x, 1),
        Fixed(at.y, 1),
        esc(body),
        size_f0 = Fixed(size, 0));
}

const HALO: &str = r##" stroke="#fff" stroke-width="4" paint-order="stroke""##;

/// One radar axis: an id (for test ids), a short label and a 0–100 score (`None`: no score).
#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxisInput {
    pub id: String,
    pub label: String,
    /// Where the point sits (0–100).
    pub value: Option<f64>,
    /// The figure printed under the label, written from the exact score by the caller
    /// (`scoring::score_text`), so the chart shows what the table and the CSV show.
    pub text: String,
}

/// The radar's size in SVG units (also the PNG's size in CSS pixels).
pub const RADAR_SIZE: (f64, f64) = (600.0, 470.0);
const RADAR_RADIUS: f64 = 155.0;

/// The centre of the radar drawn by [`radar_svg`].
pub fn radar_centre() -> Point {
    Point::new(RADAR_SIZE.0 / 2.0, RADAR_SIZE.1 / 2.0 + 4.0)
}

/// A radar with one axis per entry. A missing score is never drawn as zero: the polygon skips
/// it, the outline crosses its gap dashed, and a hatched ring sits at the end of its spoke
/// (`data-testid="radar-missing-<id>"`) with "–" under its name.
pub fn radar_svg(svg_id: &str, testid: &str, title: &str, axes: &[RadarAxisInput]) -> String {
    let (w, h) = RADAR_SIZE;
    let c = radar_centre();
    let values: Vec<Option<f64>> = axes.iter().map(|a| a.value).collect();
    let layout = radar_layout(&values, c, RADAR_RADIUS, 14.0);
    let mut out = String::new();
    open(&mut out, svg_id, testid, "radar", w, h, title, "");
    let (_, un) = hatches(&mut out, svg_id);
    for r in &layout.rings {
        let _ = write!(
            out,
            r##"<polygon points="{}" fill="none" stroke="#c5cec9"/>"##,
            svg_points(&r.points)
        );
    }
    for a in &layout.axes {
        let dash = if a.value.is_none() { "5 5" } else { "none" };
        let _ = write!(
            out,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#aab5af" stroke-width="1.5" stroke-dasharray="{dash}"/>"##,
            Fixed(c.x, 1), Fixed(c.y, 1), Fixed(a.spoke_end.x, 1), Fixed(a.spoke_end.y, 1)
        );
    }
    let _ = write!(
        out,
        r#"<polygon data-testid="radar-polygon" data-vertices="{}" points="{}" fill="{INK}" fill-opacity=".18"/>"#,
        layout.polygon.len(),
        svg_points(&layout.polygon)
    );
    for s in radar_outline(&layout) {
        let (dash, width) = if s.bridges_gap {
            ("8 6", "2")
        } else {
            ("none", "3.5")
        };
        let _ = write!(
            out,
            r#"<line class="radar-outline" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{INK}" stroke-width="{width}" stroke-dasharray="{dash}" stroke-linecap="round"/>"#,
            Fixed(s.from.x, 1), Fixed(s.from.y, 1), Fixed(s.to.x, 1), Fixed(s.to.y, 1)
        );
    }
    for p in &layout.polygon {
        let _ = write!(
            out,
            r#"<circle class="radar-dot" cx="{}" cy="{}" r="6" fill="{INK}"/>"#,
            Fixed(p.x, 1), Fixed(p.y, 1)
        );
    }
    for m in &layout.missing {
        let id = axes.get(m.index).map(|a| esc(&a.id)).unwrap_or_default();
        let _ = write!(
            out,
            r##"<circle data-testid="radar-missing-{id}" class="radar-missing" cx="{}" cy="{}" r="13" fill="url(#{un})" stroke="#1c2421" stroke-width="2" stroke-dasharray="4 3"/>"##,
            Fixed(m.marker.x, 1), Fixed(m.marker.y, 1)
        );
    }
    // The rings' values (25, 50, 75, 100) sit halfway between the first two spokes, drawn over
    // the marks with a white halo: on a spoke, a dot at 100 or a missing score's ring would cover
    // them.
    let half = std::f64::consts::PI / axes.len().max(3) as f64;
    for r in &layout.rings {
        let d = r.radius * super::trig::cos(half) - 8.0;
        text(
            &mut out,
            Point::new(c.x + d * super::trig::sin(half), c.y - d * super::trig::cos(half) + 4.0),
            "middle",
            13.0,
            &format!(r#" fill-opacity=".8"{HALO}"#),
            &Fixed(r.level, 0).to_string(),
        );
    }
    for a in &layout.axes {
        let (first, second) = radar_label_lines(a.label_at, c, RADAR_RADIUS, 25.0);
        let anchor = a.label_anchor.as_svg();
        let label = axes
            .get(a.index)
            .map(|x| x.label.as_str())
            .unwrap_or_default();
        text(
            &mut out,
            first,
            anchor,
            22.0,
            r#" font-weight="700""#,
            label,
        );
        let figure = axes
            .get(a.index)
            .map(|x| x.text.as_str())
            .unwrap_or_default();
        text(&mut out, second, anchor, 22.0, "", figure);
    }
    out.push_str("</svg>");
    out
}

/// What a bar row says next to its bar, in the order of the rows (groups, then bars).
#[derive(Clone, Debug, PartialEq)]
pub struct BarNote {
    /// "75.0", "N/A" or "–".
    pub value_text: String,
    /// The full name, for the row's tooltip (`<title>`).
    pub full: String,
    /// Not applicable (diagonal hatch); otherwise a missing score is unanswered (dots).
    pub not_applicable: bool,
}

/// Extra room under the rows for the tick labels.
const AXIS_ROOM: f64 = 30.0;

/// Horizontal bars grouped under headers. A missing score is the whole track hatched with its
/// "N/A" or "–" written on it, never a bar of width 0. Returns the markup and its size.
pub fn bars_svg(
    svg_id: &str,
    testid: &str,
    title: &str,
    groups: &[BarGroupInput],
    notes: &[BarNote],
    options: &BarLayoutOptions,
    font: f64,
) -> (String, (f64, f64)) {
    let l = layout_bars(groups, options);
    let h = l.height + AXIS_ROOM;
    let mut out = String::new();
    open(&mut out, svg_id, testid, "bars", l.width, h, title, "");
    let (na, un) = hatches(&mut out, svg_id);
    for t in &l.ticks {
        let _ = write!(
            out,
            r##"<line x1="{0}" y1="0" x2="{0}" y2="{1}" stroke="#d5ddd8"/>"##,
            Fixed(t.x, 1), Fixed(l.height, 1)
        );
        text(
            &mut out,
            Point::new(t.x, l.height + 22.0),
            "middle",
            font * 0.8,
            "",
            &Fixed(t.value, 0).to_string(),
        );
    }
    for hd in &l.headers {
        text(
            &mut out,
            hd.label_at,
            "start",
            font * 1.05,
            r#" font-weight="700""#,
            &hd.label,
        );
    }
    for (i, row) in l.rows.iter().enumerate() {
        let note = notes.get(i);
        let value = note.map(|n| n.value_text.as_str()).unwrap_or_default();
        let (rect, fill, class, anchor) = match row.mark {
            BarMark::Bar { rect, .. } => (rect, INK.to_string(), "bar", "start"),
            BarMark::Missing { track } => {
                let p = if note.is_some_and(|n| n.not_applicable) {
                    &na
                } else {
                    &un
                };
                (track, format!("url(#{p})"), "bar-missing", "middle")
            }
        };
        let _ = write!(
            out,
            r#"<g data-testid="{}-row-{}" data-missing="{}"><title>{}: {}</title>"#,
            esc(testid),
            esc(&row.id),
            class == "bar-missing",
            esc(note.map(|n| n.full.as_str()).unwrap_or_default()),
            esc(value)
        );
        text(
            &mut out,
            row.label_at,
            "end",
            font,
            r#" dominant-baseline="central""#,
            &row.label,
        );
        let _ = write!(
            out,
            r##"<rect class="{class}" x="{}" y="{}" width="{}" height="{}" fill="{fill}" stroke="{}"/>"##,
            Fixed(rect.x, 1),
            Fixed(rect.y, 1),
            Fixed(rect.width, 1),
            Fixed(rect.height, 1),
            if class == "bar" { "none" } else { "#5b6661" }
        );
        let attrs = format!(r#" dominant-baseline="central" font-weight="700"{HALO}"#);
        text(&mut out, row.value_label_at, anchor, font, &attrs, value);
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    (out, (l.width, h))
}

/// The network map's size in SVG units.
pub const NETWORK_SIZE: (f64, f64) = (540.0, 540.0);
/// The actors' names on the map (SVG units): about 9 pt when the map is printed 85 mm wide.
pub const NETWORK_FONT: f64 = 20.0;

/// The partner network: actors on rings by level (each ring named by `ring_name(level)`), ties
/// as lines, every actor named (shortened; the full name is its tooltip).
pub fn network_svg(
    svg_id: &str,
    testid: &str,
    title: &str,
    nodes: &[NetworkNode],
    edges: &[NetworkEdge],
    ring_name: &dyn Fn(Option<usize>) -> String,
) -> String {
    let (w, h) = NETWORK_SIZE;
    let options = NetworkOptions {
        width: w,
        height: h,
        padding: 40.0,
        min_node_radius: 8.0,
        max_node_radius: 16.0,
        ..NetworkOptions::default()
    };
    let l = layout_network(nodes, edges, &options);
    let c = l.centre;
    let mut out = String::new();
    let extra = format!(
        r#" data-actors="{}" data-ties="{}""#,
        l.nodes.len(),
        l.edges.len()
    );
    open(&mut out, svg_id, testid, "network", w, h, title, &extra);
    for r in &l.rings {
        let _ = write!(
            out,
            r##"<circle cx="{}" cy="{}" r="{}" fill="none" stroke="#c5cec9" stroke-width="1.5" stroke-dasharray="6 5"/>"##,
            Fixed(c.x, 1), Fixed(c.y, 1), Fixed(r.radius, 1)
        );
        text(
            &mut out,
            Point::new(c.x, c.y - r.radius - 5.0),
            "middle",
            14.0,
            HALO,
            &ring_name(r.level),
        );
    }
    for e in &l.edges {
        let _ = write!(
            out,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#6b7a72" stroke-width="{}" stroke-linecap="round"/>"##,
            Fixed(e.start.x, 1),
            Fixed(e.start.y, 1),
            Fixed(e.end.x, 1),
            Fixed(e.end.y, 1),
            Fixed(e.width + 0.5, 1)
        );
    }
    let names: Vec<String> = l.nodes.iter().map(|n| n.label.clone()).collect();
    let labels = spread_labels(&l, &names, NETWORK_FONT, 16);
    for (from, to) in labels.iter().filter_map(|p| p.leader) {
        let _ = write!(
            out,
            r##"<line class="leader" x1="{}" y1="{}" x2="{}" y2="{}" stroke="#8a968f" stroke-width="1"/>"##,
            Fixed(from.x, 1), Fixed(from.y, 1), Fixed(to.x, 1), Fixed(to.y, 1)
        );
    }
    for (n, p) in l.nodes.iter().zip(&labels) {
        let _ = write!(
            out,
            r##"<g class="network-node"><title>{}</title><circle cx="{}" cy="{}" r="{}" fill="{INK}" stroke="#fff" stroke-width="2"/>"##,
            esc(&n.label),
            Fixed(n.centre.x, 1),
            Fixed(n.centre.y, 1),
            Fixed(n.radius, 1)
        );
        text(
            &mut out,
            p.at,
            p.anchor.as_svg(),
            NETWORK_FONT,
            HALO,
            &p.text,
        );
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// A cell of a chart's data table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    /// `data-testid` of the cell, empty for none.
    pub testid: String,
    /// Numbers are right-aligned with tabular figures.
    pub num: bool,
}

impl Cell {
    pub fn text(t: impl Into<String>) -> Cell {
        Cell {
            text: t.into(),
            ..Cell::default()
        }
    }
    pub fn num(t: impl Into<String>) -> Cell {
        Cell {
            text: t.into(),
            num: true,
            ..Cell::default()
        }
    }
    pub fn id(mut self, testid: impl Into<String>) -> Cell {
        self.testid = testid.into();
        self
    }
}

/// A chart's text alternative as an HTML table (the first cell of a row is its header).
pub fn table_html(head: &[&str], rows: &[Vec<Cell>]) -> String {
    let mut out = String::from(r#"<table class="data-table"><thead><tr>"#);
    for h in head {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            let tag = if i == 0 { r#"th scope="row""# } else { "td" };
            let class = if c.num { r#" class="num""# } else { "" };
            let id = if c.testid.is_empty() {
                String::new()
            } else {
                format!(r#" data-testid="{}""#, esc(&c.testid))
            };
            let _ = write!(
                out,
                "<{tag}{class}{id}>{}</{}>",
                esc(&c.text),
                if i == 0 { "th" } else { "td" }
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn tables_escape_and_mark_cells() {
        let rows = vec![vec![
            Cell::text("<b>food</b>"),
            Cell::num("–").id("dimension-score-food"),
        ]];
        let t = table_html(&["Dimension", "Score"], &rows);
        assert!(t.contains(r#"<th scope="row">&lt;b&gt;food&lt;/b&gt;</th>"#));
        assert!(t.contains(r#"<td class="num" data-testid="dimension-score-food">–</td>"#));
    }

    use super::super::bars::BarInput;
    use super::*;

    fn axis(id: &str, value: Option<f64>) -> RadarAxisInput {
        RadarAxisInput {
            id: id.into(),
            label: id.into(),
            value,
            text: score_text(value),
        }
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc(r#"<script>"a"&'b'"#),
            "&lt;script&gt;&quot;a&quot;&amp;&#39;b&#39;"
        );
        assert_eq!(esc("ไทย"), "ไทย");
    }

    #[test]
    fn radar_marks_a_missing_axis_and_counts_only_scored_vertices() {
        let axes = [
            axis("food", Some(50.0)),
            axis("gov", Some(75.0)),
            axis("res", None),
            axis("eco", Some(25.0)),
        ];
        let s = radar_svg("r", "radar-dimensions", "Scores", &axes);
        assert!(s.contains(r#"data-vertices="3""#));
        assert!(s.contains(r#"data-testid="radar-missing-res""#));
        assert!(!s.contains("radar-missing-food"));
        assert!(s.contains("<title id=\"r-title\">Scores</title>"));
        assert!(
            s.contains(">–</text>"),
            "the missing axis is labelled with a dash"
        );
        let c = radar_centre();
        let centre = format!("{},{}", Fixed(c.x, 2), Fixed(c.y, 2));
        let poly = s
            .split("data-testid=\"radar-polygon\"")
            .nth(1)
            .unwrap_or_default();
        let points = poly
            .split("points=\"")
            .nth(1)
            .and_then(|p| p.split('"').next())
            .unwrap_or_default();
        assert_eq!(points.split(' ').count(), 3);
        assert!(
            !points.contains(&centre),
            "no vertex at the centre for the missing axis"
        );
    }

    #[test]
    fn hostile_labels_cannot_break_out_of_the_svg() {
        let axes = [
            axis("a\"><script>", Some(1.0)),
            axis("<b>", None),
            axis("c", Some(2.0)),
        ];
        let s = radar_svg("x\"y", "t", "<img src=x onerror=alert(1)>", &axes);
        assert!(!s.contains("<script>") && !s.contains("<img") && !s.contains("<b>"));
        let nodes = vec![NetworkNode {
            id: "1".into(),
            label: "</svg><script>".into(),
            level: None,
            weight: None,
        }];
        let n = network_svg("n", "net", "t", &nodes, &[], &|_| "<i>".into());
        assert!(!n.contains("<script>") && !n.contains("<i>"));
    }

    #[test]
    fn bars_hatch_missing_rows_by_kind() {
        let groups = vec![BarGroupInput {
            id: "food".into(),
            label: "Food".into(),
            bars: vec![
                BarInput {
                    id: "C01".into(),
                    label: "C01".into(),
                    value: Some(75.0),
                },
                BarInput {
                    id: "C02".into(),
                    label: "C02".into(),
                    value: None,
                },
                BarInput {
                    id: "C03".into(),
                    label: "C03".into(),
                    value: None,
                },
            ],
        }];
        let note = |t: &str, na: bool| BarNote {
            value_text: t.into(),
            full: t.into(),
            not_applicable: na,
        };
        let notes = [note("75.0", false), note("N/A", true), note("–", false)];
        let (s, (w, h)) = bars_svg(
            "b",
            "bars",
            "t",
            &groups,
            &notes,
            &BarLayoutOptions::default(),
            16.0,
        );
        assert!(w > 0.0 && h > 0.0);
        assert!(s.contains(r#"data-testid="bars-row-C02" data-missing="true""#));
        assert!(s.contains(r#"data-testid="bars-row-C01" data-missing="false""#));
        assert!(s.contains(&format!("url(#{NOT_APPLICABLE_PATTERN_ID}-b)")));
        assert!(s.contains(&format!("url(#{UNANSWERED_PATTERN_ID}-b)")));
        assert_eq!(s.matches("class=\"bar-missing\"").count(), 2);
    }
}
