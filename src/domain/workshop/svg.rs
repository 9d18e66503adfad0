//! SVG markup for the workshop charts, written as text over the tested geometry of
//! `domain::charts`. One string per chart keeps the wasm small (no view tree per cell: a
//! 200-site heatmap has 5,000 cells) and lets the same markup serve the page, the projected
//! slides and the printed pack.
//!
//! Every text that may come from a file (site and actor names) goes through [`esc`]. Every
//! chart has a `<title>`; missing values are drawn as hatches or hollow markers, never as 0.

use crate::domain::fixed::Fixed;
use crate::domain::charts::colour::{NOT_APPLICABLE_PATTERN_ID, UNANSWERED_PATTERN_ID};
use crate::domain::charts::heatmap::{layout_heatmap, HeatmapColumn, HeatmapOptions, HeatmapRow};
use crate::domain::charts::network::NetworkLayout;
use crate::domain::charts::polar::radar_layout;
use crate::domain::charts::tilemap::layout_tiles;
use crate::domain::charts::{svg_points, Point};
use crate::domain::compare::sorted_indices;

/// One escaper for every string writer of the app.
pub use crate::domain::charts::svg::esc;

/// A colour per community type, from the Okabe–Ito palette (safe for colour-blind readers);
/// grey for an unknown type. Types are also always named in text beside the colour.
pub fn type_colour(index: Option<usize>) -> &'static str {
    const COLOURS: [&str; 6] = [
        "#E69F00", "#0072B2", "#CC79A7", "#D55E00", "#009E73", "#56B4E9",
    ];
    index
        .and_then(|i| COLOURS.get(i % COLOURS.len()))
        .copied()
        .unwrap_or("#767676")
}

/// Series colours for the radar overlay (Okabe–Ito), with a dash pattern each so the lines
/// stay apart in black-and-white print.
const SERIES: [(&str, &str); 5] = [
    ("#0072B2", ""),
    ("#D55E00", "8 4"),
    ("#009E73", "2 3"),
    ("#CC79A7", "10 3 2 3"),
    ("#000000", "4 4"),
];

/// A short line in the colour and dash of overlay series `i`, for its legend entry.
pub fn series_key(i: usize) -> String {
    let (colour, dash) = SERIES[i % SERIES.len()];
    format!(
        "<svg class=\"series-key\" viewBox=\"0 0 48 12\" aria-hidden=\"true\"><line x1=\"2\" y1=\"6\" x2=\"46\" y2=\"6\" \
         stroke=\"{colour}\" stroke-width=\"4\" stroke-dasharray=\"{dash}\"/></svg>"
    )
}

fn open_svg(width: f64, height: f64, class: &str, title: &str) -> String {
    format!(
        "<svg class=\"{class}\" viewBox=\"0 0 {width_f0} {height_f0}\" role=\"img\" \
         preserveAspectRatio=\"xMidYMid meet\"><title>{}</title>",
        esc(title),
        width_f0 = Fixed(width, 0), height_f0 = Fixed(height, 0))
}

/// The hatch patterns of "not applicable" and "unanswered" (the legend draws the same).
pub fn pattern_defs() -> String {
    format!(
        "<defs><pattern id=\"{NOT_APPLICABLE_PATTERN_ID}\" width=\"8\" height=\"8\" \
         patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"8\" height=\"8\" fill=\"#f2f2f2\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" \
         stroke=\"#555\" stroke-width=\"2\"/></pattern>\
         <pattern id=\"{UNANSWERED_PATTERN_ID}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">\
         <rect width=\"6\" height=\"6\" fill=\"#fff\"/><circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#555\"/>\
         </pattern></defs>"
    )
}

/// One radar (a small multiple): rings at 25/50/75/100, a spoke per axis, the polygon of the
/// scored axes, a dot per score and a hollow ring at the rim of every missing axis.
/// `axis_labels` empty = no labels (the tiny multiples), else one per axis.
pub fn radar(values: &[Option<f64>], axis_labels: &[String], size: f64, title: &str) -> String {
    overlay(&[values.to_vec()], axis_labels, size, title)
}

/// Several sites on one radar, each with its own colour and dash.
pub fn overlay(
    series: &[Vec<Option<f64>>],
    axis_labels: &[String],
    size: f64,
    title: &str,
) -> String {
    let labelled = !axis_labels.is_empty();
    let pad = if labelled { size * 0.25 } else { size * 0.06 };
    let radius = size / 2.0 - pad;
    let centre = Point::new(size / 2.0, size / 2.0);
    let count = series.first().map(Vec::len).unwrap_or(0);
    let mut out = open_svg(size, size, "radar", title);
    let base = radar_layout(&vec![None; count], centre, radius, size * 0.05);
    for ring in &base.rings {
        out.push_str(&format!(
            "<polygon class=\"grid\" points=\"{}\"/>",
            svg_points(&ring.points)
        ));
    }
    for axis in &base.axes {
        out.push_str(&format!(
            "<line class=\"spoke\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            Fixed(centre.x, 1), Fixed(centre.y, 1), Fixed(axis.spoke_end.x, 1), Fixed(axis.spoke_end.y, 1)
        ));
        if let Some(label) = axis_labels.get(axis.index) {
            out.push_str(&format!(
                "<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"{}\" dominant-baseline=\"middle\">{}</text>",
                Fixed(axis.label_at.x, 1),
                Fixed(axis.label_at.y, 1),
                axis.label_anchor.as_svg(),
                esc(label)
            ));
        }
    }
    for (i, values) in series.iter().enumerate() {
        let (colour, dash) = SERIES[i % SERIES.len()];
        let layout = radar_layout(values, centre, radius, 0.0);
        if layout.scored_count() >= 3 {
            out.push_str(&format!(
                "<polygon class=\"series\" points=\"{}\" stroke=\"{colour}\" stroke-dasharray=\"{dash}\" \
                 fill=\"{colour}\" fill-opacity=\"{}\"/>",
                svg_points(&layout.polygon),
                if series.len() > 1 { "0.06" } else { "0.25" }
            ));
        }
        for p in &layout.polygon {
            out.push_str(&format!(
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{colour}\"/>",
                Fixed(p.x, 1),
                Fixed(p.y, 1),
                Fixed(size * 0.012 + 1.5, 1)
            ));
        }
        if series.len() == 1 {
            for m in &layout.missing {
                out.push_str(&format!(
                    "<circle class=\"missing\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
                    Fixed(m.marker.x, 1),
                    Fixed(m.marker.y, 1),
                    Fixed(size * 0.02 + 2.0, 1)
                ));
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// Height of the heatmap's dimension headers: two lines of names.
const GROUP_HEADER: f64 = 44.0;

/// The site × indicator heatmap. Each row is a `<g data-testid="heatmap-row">` with the site
/// label; each cell says its state in text; `group_labels` are (dimension id, short name).
/// `text_scale` is how much larger than on the page its labels are drawn (the projected slide
/// draws them larger so that, scaled to the screen, they stay at 28 px): names are wrapped and
/// shortened for that size, so a larger font never runs past its column or the chart's edge.
pub fn heatmap(
    columns: &[HeatmapColumn],
    group_labels: &[(String, String)],
    rows: &[HeatmapRow],
    title: &str,
    row_label_width: f64,
    text_scale: f64,
) -> String {
    let text_scale = if text_scale.is_finite() && text_scale >= 1.0 { text_scale } else { 1.0 };
    let options = HeatmapOptions {
        row_label_width,
        group_header_height: GROUP_HEADER + 4.0,
        column_header_height: 26.0,
        cell_width: 44.0,
        cell_height: 30.0,
        gap: 3.0,
    };
    let layout = layout_heatmap(columns, rows, &options);
    let mut out = open_svg(
        layout.width + 4.0,
        layout.height + 4.0,
        "heatmap-svg",
        title,
    );
    out.push_str(&pattern_defs());
    for g in &layout.column_groups {
        let name = group_labels
            .iter()
            .find(|(id, _)| *id == g.group)
            .map(|(_, n)| n.as_str())
            .unwrap_or(g.group.as_str());
        // The dimension's short name on up to two lines, broken at spaces only (a narrow group
        // of two columns read "ควา…" when cut to its width). The word segmenter's breaks are
        // dropped here: it splits compounds such as เครือข่าย into เครือ|ข่าย, and a short name
        // squeezed to its group's width (`tspans_within`) reads better than one cut in two.
        let whole: String = name.chars().filter(|c| *c != WORD_BREAK).collect();
        let lines = wrap_words(&whole, ((g.width - 6.0) / (LABEL_EM * text_scale)).max(3.0) as usize, 2);
        let one = lines.len() < 2;
        out.push_str(&format!(
            "<rect class=\"group\" x=\"{}\" y=\"2\" width=\"{}\" height=\"{GROUP_HEADER_f0}\"/>\
             <text class=\"group-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            Fixed(g.x + 1.0, 1),
            Fixed(g.width - 2.0, 1),
            Fixed(g.x + g.width / 2.0, 1),
            if one { 30 } else { 20 },
            tspans_within(&lines, g.x + g.width / 2.0, 19.0 * text_scale.min(1.15), g.width - 4.0, text_scale),
            GROUP_HEADER_f0 = Fixed(GROUP_HEADER, 0)));
    }
    for (c, x) in columns.iter().zip(&layout.column_centres) {
        out.push_str(&format!(
            "<text class=\"col-label\" x=\"{x_f1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            Fixed(GROUP_HEADER + 24.0, 0),
            esc(&c.label),
            x_f1 = Fixed(*x, 1)));
    }
    for (r, (row, y)) in rows.iter().zip(&layout.row_centres).enumerate() {
        out.push_str(&format!(
            "<g data-testid=\"heatmap-row\"><text class=\"row-label\" x=\"{}\" y=\"{y_f1}\" \
             text-anchor=\"end\" dominant-baseline=\"middle\">{}</text>",
            Fixed(row_label_width - 8.0, 1),
            esc(&truncate_words(&row.label, ((row_label_width - 8.0) / (ROW_LABEL_EM * text_scale)).max(4.0) as usize)),
            y_f1 = Fixed(*y, 1)));
        for cell in layout.cells.iter().filter(|c| c.row == r) {
            let rect = cell.rect;
            let note = row.notes.get(cell.column).map(|n| n.trim()).unwrap_or_default();
            let tip = if note.is_empty() { String::new() } else { format!("<title>{}</title>", esc(note)) };
            out.push_str(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" class=\"cell\">{tip}</rect>",
                Fixed(rect.x, 1),
                Fixed(rect.y, 1),
                Fixed(rect.width, 1),
                Fixed(rect.height, 1),
                cell.fill.to_svg()
            ));
            if !cell.text.is_empty() {
                let c = rect.centre();
                out.push_str(&format!(
                    "<text class=\"cell-text\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" \
                     dominant-baseline=\"central\" fill=\"{}\">{}</text>",
                    Fixed(c.x, 1),
                    Fixed(c.y, 1),
                    cell.text_colour.to_hex(),
                    esc(&cell.text)
                ));
            }
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// Marks a word boundary inside Thai text (Thai writes no spaces between words). The browser
/// build puts one between the words `Intl.Segmenter` finds (`platform::segment`); lines below
/// break only there or at spaces, never inside a word.
pub const WORD_BREAK: char = '\u{200B}';

/// Visible length: Thai vowel and tone marks above and below take no width.
fn visible_len(s: &str) -> usize {
    s.chars().filter(|c| !crate::domain::charts::marks::is_combining(*c)).count()
}

/// The words of `text` with what follows each (a space is kept on the word before it), split at
/// spaces and [`WORD_BREAK`]s.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c == WORD_BREAK {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(c);
            if c == ' ' {
                out.push(std::mem::take(&mut cur));
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `text` in at most `max_lines` lines of about `max` visible characters, broken between words
/// only: a word longer than a line gets a line of its own rather than being cut. When lines
/// run out, the last one ends with "…" after a whole word.
pub fn wrap_words(text: &str, max: usize, max_lines: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for w in words(text) {
        if !cur.is_empty() && visible_len(cur.trim_end()) + visible_len(w.trim_end()) > max {
            lines.push(std::mem::take(&mut cur).trim_end().to_string());
        }
        cur.push_str(&w);
    }
    if !cur.trim().is_empty() {
        lines.push(cur.trim_end().to_string());
    }
    if lines.len() > max_lines.max(1) {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

/// At most about `max` visible characters, cut between words with "…" (never inside a word: a
/// first word longer than `max` is kept whole).
pub fn truncate_words(text: &str, max: usize) -> String {
    let clean: String = text.chars().filter(|c| *c != WORD_BREAK).collect();
    if visible_len(&clean) <= max {
        return clean;
    }
    let mut out = String::new();
    for w in words(text) {
        if !out.is_empty() && visible_len(out.trim_end()) + visible_len(w.trim_end()) + 1 > max {
            break;
        }
        out.push_str(&w);
    }
    format!("{}…", out.trim_end())
}

/// Width of one character of a dimension header at its largest (projected, 16 px): 0.6 em.
const LABEL_EM: f64 = 9.6;
/// Width of one character of a site name beside the heatmap at its largest (19 px bold).
const ROW_LABEL_EM: f64 = 11.5;

/// Like [`tspans`], but a line too wide for `width` (a single long word over one column) is
/// drawn narrower to fit (`textLength`), never cut and never over its neighbour.
fn tspans_within(lines: &[String], x: f64, line_height: f64, width: f64, text_scale: f64) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let fit = if visible_len(l) as f64 * LABEL_EM * text_scale > width {
                format!(" textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"", Fixed(width.max(1.0), 1))
            } else {
                String::new()
            };
            format!("<tspan x=\"{x_f1}\" dy=\"{}\"{fit}>{}</tspan>", if i == 0 { 0.0 } else { line_height }, esc(l), x_f1 = Fixed(x, 1))
        })
        .collect()
}

/// `lines` as `<tspan>`s under one `<text>` at `x`, `line_height` apart.
fn tspans(lines: &[String], x: f64, line_height: f64) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| format!("<tspan x=\"{x_f1}\" dy=\"{}\">{}</tspan>", if i == 0 { 0.0 } else { line_height }, esc(l), x_f1 = Fixed(x, 1)))
        .collect()
}

/// At most `max` characters, with "…" when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// One province tile's content.
#[derive(Debug, Clone, PartialEq)]
pub struct TileInput {
    pub name: String,
    pub count: usize,
    /// (colour, number of sites) per community type.
    pub by_type: Vec<(&'static str, usize)>,
}

/// The province tile map: 14 squares in the tile-map order; a province with no site is drawn
/// dashed and hatched with "0", so the gap reads without colour.
/// `width` 560 gives square tiles; projection asks for wider tiles (800) so a province name in
/// 28 px type fits inside its tile.
pub fn tile_map(tiles: &[TileInput], title: &str, width: f64) -> String {
    let (w, h) = (width, 820.0);
    let layout = layout_tiles(w, h, 8.0, 1.5);
    let mut out = open_svg(w, h, "tilemap", title);
    out.push_str(&pattern_defs());
    for (placed, t) in layout.tiles.iter().zip(tiles) {
        let r = placed.rect;
        let empty = t.count == 0;
        out.push_str(&format!(
            "<g class=\"tile{}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"6\" fill=\"{}\"/>",
            if empty { " empty" } else { "" },
            Fixed(r.x, 1),
            Fixed(r.y, 1),
            Fixed(r.width, 1),
            Fixed(r.height, 1),
            if empty {
                format!("url(#{UNANSWERED_PATTERN_ID})")
            } else {
                "#e8f3ec".to_string()
            }
        ));
        // The province's name whole, on two lines when long ("นครศรีธรรมราช" was cut to 12).
        let lines = wrap_words(&t.name, 10, 2);
        out.push_str(&format!(
            "<text class=\"tile-name\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\
             <text class=\"tile-count\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            Fixed(r.x + r.width / 2.0, 1),
            Fixed(r.y + r.height * if lines.len() > 1 { 0.17 } else { 0.24 }, 1),
            tspans(&lines, r.x + r.width / 2.0, r.height * 0.15),
            Fixed(r.x + r.width / 2.0, 1),
            Fixed(r.y + r.height * 0.62, 1),
            t.count
        ));
        // One dot per site, coloured by type (at most 8 drawn).
        let dots: Vec<&str> = t
            .by_type
            .iter()
            .flat_map(|(c, n)| std::iter::repeat_n(*c, *n))
            .take(8)
            .collect();
        let step = r.width / 9.0;
        let x0 = r.x + r.width / 2.0 - step * (dots.len() as f64 - 1.0) / 2.0;
        for (i, c) in dots.iter().enumerate() {
            out.push_str(&format!(
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{c}\" stroke=\"#000\" stroke-width=\"1\"/>",
                Fixed(x0 + step * i as f64, 1),
                Fixed(r.y + r.height * 0.84, 1),
                Fixed((step * 0.38).min(9.0), 1)
            ));
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// The merged partner network: rings by level, ties as lines as thick as the number of sites
/// that report them, actors as circles sized by the number of sites; the `labelled` biggest
/// actors are named on the chart (all are named in the table beside it).
pub fn network(layout: &NetworkLayout, labelled: usize, title: &str) -> String {
    let mut out = open_svg(layout.width, layout.height, "network", title);
    for ring in &layout.rings {
        out.push_str(&format!(
            "<circle class=\"ring\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
            Fixed(layout.centre.x, 1), Fixed(layout.centre.y, 1), Fixed(ring.radius, 1)
        ));
    }
    for e in &layout.edges {
        out.push_str(&format!(
            "<line class=\"tie\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke-width=\"{}\"/>",
            Fixed(e.start.x, 1), Fixed(e.start.y, 1), Fixed(e.end.x, 1), Fixed(e.end.y, 1), Fixed(e.width, 1)
        ));
    }
    let by_size = sorted_indices(layout.nodes.len(), &|a, b| {
        layout.nodes[b]
            .radius
            .partial_cmp(&layout.nodes[a].radius)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    for n in &layout.nodes {
        out.push_str(&format!(
            "<circle class=\"actor\" cx=\"{}\" cy=\"{}\" r=\"{}\"><title>{}</title></circle>",
            Fixed(n.centre.x, 1),
            Fixed(n.centre.y, 1),
            Fixed(n.radius, 1),
            esc(&n.label)
        ));
    }
    for &i in by_size.iter().take(labelled) {
        let n = &layout.nodes[i];
        out.push_str(&format!(
            "<text class=\"actor-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            Fixed(n.centre.x, 1),
            Fixed(n.centre.y - n.radius - 6.0, 1),
            esc(&truncate(&n.label, 22))
        ));
    }
    out.push_str("</svg>");
    out
}
