//! Small geometry and text helpers the results charts need on top of the layouts: the radar
//! outline with its gaps, where a radar axis's two label lines go, where an actor's name goes
//! in the network map, and labels shortened without breaking Thai syllables.
//!
//! Like the rest of `charts`, these are pure and tested natively; the views only draw them.

use super::network::{NetworkLayout, PlacedNode};
use super::polar::RadarLayout;
use super::{finite_or, Point, Rect, TextAnchor};

/// One stretch of a radar's outline between two scored axes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OutlineSegment {
    pub from: Point,
    pub to: Point,
    /// True when the segment jumps over one or more axes without a score: the view draws it
    /// dashed, so nobody reads a value on the skipped axis (and never a zero).
    pub bridges_gap: bool,
}

/// The outline of the score polygon as segments between consecutive scored axes (wrapping
/// round). Segments that skip an unscored axis are marked [`OutlineSegment::bridges_gap`].
/// With fewer than two scored axes there is no outline; with exactly two, one segment.
pub fn radar_outline(layout: &RadarLayout) -> Vec<OutlineSegment> {
    let scored: Vec<(usize, Point)> = layout
        .axes
        .iter()
        .filter_map(|a| a.point.map(|p| (a.index, p)))
        .collect();
    let count = layout.axes.len();
    if scored.len() < 2 {
        return Vec::new();
    }
    let pairs = if scored.len() == 2 { 1 } else { scored.len() };
    (0..pairs)
        .filter_map(|k| {
            let (i, from) = *scored.get(k)?;
            let (j, to) = *scored.get((k + 1) % scored.len())?;
            // Adjacent when j follows i round the circle with no axis in between.
            let adjacent =
                (i + 1) % count.max(1) == j || (scored.len() == 2 && (j + 1) % count.max(1) == i);
            Some(OutlineSegment {
                from,
                to,
                bridges_gap: !adjacent,
            })
        })
        .collect()
}

/// Where a radar axis's label goes as two lines (the name, then the score), so both stay
/// outside the chart: above the anchor for axes at the top, below it for axes at the bottom,
/// centred on it for axes at the sides. Returns the baselines of the two lines.
pub fn radar_label_lines(
    label_at: Point,
    centre: Point,
    radius: f64,
    line_height: f64,
) -> (Point, Point) {
    let h = finite_or(line_height, 0.0).max(0.0);
    let dy = label_at.y - centre.y;
    let limit = 0.5 * finite_or(radius, 0.0).abs();
    let first_y = if dy < -limit {
        label_at.y - h
    } else if dy > limit {
        label_at.y + 0.8 * h
    } else {
        label_at.y - 0.1 * h
    };
    (
        Point::new(label_at.x, first_y),
        Point::new(label_at.x, first_y + h),
    )
}

/// Where an actor's name goes: just below its node; anchored at its start on the left third of
/// the picture and at its end on the right third, so names run inwards and stay inside.
pub fn node_label(
    node: &PlacedNode,
    layout: &NetworkLayout,
    font_size: f64,
) -> (Point, TextAnchor) {
    let w = layout.width;
    let y =
        (node.centre.y + node.radius + finite_or(font_size, 0.0).max(0.0)).min(layout.height - 2.0);
    let x = node.centre.x;
    let anchor = if x < w * 0.3 {
        TextAnchor::Start
    } else if x > w * 0.7 {
        TextAnchor::End
    } else {
        TextAnchor::Middle
    };
    let x = match anchor {
        TextAnchor::Start => x - node.radius,
        TextAnchor::End => x + node.radius,
        TextAnchor::Middle => x,
    };
    (Point::new(x, y), anchor)
}

/// Roughly how wide `text` is at `font_size`, in the same units: Thai marks above and below take
/// no width, and the estimate errs on the wide side (Sarabun's average advance is below 0.6 em)
/// so that boxes which do not overlap here do not overlap on screen either.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    let n = text.chars().filter(|c| !is_combining(*c)).count() as f64;
    n * 0.58 * finite_or(font_size, 0.0).max(0.0)
}

/// An actor's name placed by [`spread_labels`].
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedLabel {
    /// The text to write: the name shortened to the longest length that found a free place.
    pub text: String,
    /// The text's anchor point (its baseline) and how it sits against it.
    pub at: Point,
    pub anchor: TextAnchor,
    /// The box the text takes, for collision checks.
    pub rect: Rect,
    /// A thin line from the node's edge towards the label when it was pushed away from its node.
    pub leader: Option<(Point, Point)>,
}

fn overlap(a: &Rect, b: &Rect) -> f64 {
    let w = (a.x + a.width).min(b.x + b.width) - a.x.max(b.x);
    let h = (a.y + a.height).min(b.y + b.height) - a.y.max(b.y);
    if w > 0.0 && h > 0.0 {
        w * h
    } else {
        0.0
    }
}

/// Where the actors' names go so that none collide, with `names[i]` for `layout.nodes[i]`
/// (shortened here to at most `max_chars`). Each name sits radially outward from the centre of
/// the map, beyond its node: to the right of nodes on the right, to the left on the left,
/// centred above or below near the vertical. Neighbours on a ring alternate between a near and a
/// far distance; a name that would still overlap another name or another actor's circle is
/// pushed further out (with a leader line), turned a little, or tried below and above its node;
/// only when nothing is free is it shortened further (10, then 6 characters). Boxes stay inside
/// the picture. Deterministic: rings innermost first, then clockwise from the top.
pub fn spread_labels(
    layout: &NetworkLayout,
    names: &[String],
    font_size: f64,
    max_chars: usize,
) -> Vec<PlacedLabel> {
    let font = finite_or(font_size, 12.0).max(1.0);
    let line = 1.3 * font;
    let step = 0.9 * line;
    let (w, h) = (layout.width.max(1.0), layout.height.max(1.0));
    let c = layout.centre;
    let circles: Vec<Rect> = layout
        .nodes
        .iter()
        .map(|n| {
            Rect::new(
                n.centre.x - n.radius,
                n.centre.y - n.radius,
                2.0 * n.radius,
                2.0 * n.radius,
            )
        })
        .collect();
    let angle = |p: Point| {
        (p.x - c.x)
            .atan2(-(p.y - c.y))
            .rem_euclid(std::f64::consts::TAU)
    };
    let mut order: Vec<usize> = (0..layout.nodes.len()).collect();
    order.sort_by(|&a, &b| {
        let (na, nb) = (&layout.nodes[a], &layout.nodes[b]);
        na.ring
            .cmp(&nb.ring)
            .then(angle(na.centre).total_cmp(&angle(nb.centre)))
            .then(a.cmp(&b))
    });
    let mut placed: Vec<Option<PlacedLabel>> = vec![None; layout.nodes.len()];
    let mut boxes: Vec<Rect> = Vec::new();
    let (mut previous_ring, mut k_in_ring) = (usize::MAX, 0usize);
    for &i in &order {
        let n = &layout.nodes[i];
        if n.ring != previous_ring {
            previous_ring = n.ring;
            k_in_ring = 0;
        }
        let alternate = k_in_ring % 2 == 1;
        k_in_ring += 1;
        let (dx, dy) = (n.centre.x - c.x, n.centre.y - c.y);
        let len = (dx * dx + dy * dy).sqrt();
        let radial = if len > 1e-6 {
            (dx / len, dy / len)
        } else {
            (0.0, 1.0)
        };
        let turn = |a: f64| {
            (
                radial.0 * super::trig::cos(a) - radial.1 * super::trig::sin(a),
                radial.0 * super::trig::sin(a) + radial.1 * super::trig::cos(a),
            )
        };
        let directions = [
            radial,
            turn(0.45),
            turn(-0.45),
            turn(0.9),
            turn(-0.9),
            (0.0, 1.0),
            (0.0, -1.0),
        ];
        let full = names.get(i).map(String::as_str).unwrap_or("");
        let mut best: Option<(f64, PlacedLabel)> = None;
        'lengths: for chars in [max_chars, 10.min(max_chars), 6.min(max_chars)] {
            let text = short_label(full, chars);
            let tw = text_width(&text, font).min(w);
            for (di, &(ux, uy)) in directions.iter().enumerate() {
                let extra = if alternate && di == 0 { step } else { 0.0 };
                for k in 0..16 {
                    let d = n.radius + 3.0 + extra + k as f64 * step;
                    let p = Point::new(n.centre.x + ux * d, n.centre.y + uy * d);
                    let anchor = if ux > 0.35 {
                        TextAnchor::Start
                    } else if ux < -0.35 {
                        TextAnchor::End
                    } else {
                        TextAnchor::Middle
                    };
                    let left = match anchor {
                        TextAnchor::Start => p.x,
                        TextAnchor::End => p.x - tw,
                        TextAnchor::Middle => p.x - tw / 2.0,
                    };
                    // The box grows away from the node: below it when pointing down, above when up.
                    let top = p.y + (uy - 1.0) * line / 2.0;
                    let sx = (-left).max(0.0) - (left + tw - w).max(0.0);
                    let sy = (-top).max(0.0) - (top + line - h).max(0.0);
                    let rect = Rect::new(left + sx, top + sy, tw, line);
                    // Overlap with other names and circles, keeping a small gap between boxes.
                    let padded = Rect::new(
                        rect.x - 1.5,
                        rect.y - 1.0,
                        rect.width + 3.0,
                        rect.height + 2.0,
                    );
                    let clash: f64 = boxes
                        .iter()
                        .chain(&circles)
                        .map(|b| overlap(&padded, b))
                        .sum();
                    let cost = clash + 1e-3 * (k + 16 * di) as f64;
                    if best.as_ref().is_some_and(|(b, _)| *b <= cost) {
                        continue;
                    }
                    let anchor_x = match anchor {
                        TextAnchor::Start => rect.x,
                        TextAnchor::End => rect.x + rect.width,
                        TextAnchor::Middle => rect.x + rect.width / 2.0,
                    };
                    let far = k > 1 || (k == 1 && extra == 0.0) || di > 0;
                    let edge = Point::new(n.centre.x + ux * n.radius, n.centre.y + uy * n.radius);
                    let label = PlacedLabel {
                        text: text.clone(),
                        at: Point::new(anchor_x, rect.y + 0.95 * font),
                        anchor,
                        rect,
                        leader: far.then(|| (edge, Point::new(anchor_x, rect.y + line / 2.0))),
                    };
                    best = Some((cost, label));
                    if clash == 0.0 {
                        break 'lengths;
                    }
                }
            }
        }
        if let Some((_, label)) = best {
            boxes.push(label.rect);
            placed[i] = Some(label);
        }
    }
    placed
        .into_iter()
        .map(|p| {
            p.unwrap_or(PlacedLabel {
                text: String::new(),
                at: c,
                anchor: TextAnchor::Middle,
                rect: Rect::default(),
                leader: None,
            })
        })
        .collect()
}

/// Thai vowel and tone marks written above or below the consonant before them. They take no
/// width of their own and must never be separated from it.
pub(crate) fn is_combining(c: char) -> bool {
    matches!(c, '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}')
        || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// `text` cut to at most `max` visible characters (Thai marks above and below do not count and
/// stay with their consonant), with "…" when something was cut. Whitespace is collapsed.
pub fn short_label(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let clean = words.join(" ");
    let visible = clean.chars().filter(|c| !is_combining(*c)).count();
    if visible <= max {
        return clean;
    }
    let keep = max.saturating_sub(1);
    let mut out = String::new();
    let mut seen = 0;
    for c in clean.chars() {
        if !is_combining(c) {
            if seen == keep {
                break;
            }
            seen += 1;
        }
        out.push(c);
    }
    // A leading vowel (เ แ โ ใ ไ) at the end would read as a broken syllable: drop it.
    while out.ends_with(['เ', 'แ', 'โ', 'ใ', 'ไ', ' ']) {
        out.pop();
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::super::network::{layout_network, NetworkLayout, NetworkNode, NetworkOptions};
    use super::super::polar::radar_layout;
    use super::*;

    const C: Point = Point { x: 100.0, y: 100.0 };

    #[test]
    fn full_radar_outline_is_closed_and_solid() {
        let layout = radar_layout(&[Some(50.0); 5], C, 50.0, 10.0);
        let outline = radar_outline(&layout);
        assert_eq!(outline.len(), 5);
        assert!(outline.iter().all(|s| !s.bridges_gap));
        assert_eq!(outline[4].to, outline[0].from);
    }

    #[test]
    fn outline_bridges_a_missing_axis_dashed_never_through_the_centre() {
        let layout = radar_layout(
            &[Some(50.0), Some(60.0), None, Some(70.0), Some(80.0)],
            C,
            50.0,
            10.0,
        );
        let outline = radar_outline(&layout);
        assert_eq!(outline.len(), 4, "one segment per scored vertex, wrapping");
        let bridges: Vec<bool> = outline.iter().map(|s| s.bridges_gap).collect();
        assert_eq!(bridges, vec![false, true, false, false]);
        assert!(outline.iter().all(|s| s.from != C && s.to != C));
    }

    #[test]
    fn outline_with_few_scores() {
        let one = radar_layout(&[Some(50.0), None, None], C, 50.0, 10.0);
        assert!(radar_outline(&one).is_empty());
        let two_adjacent = radar_layout(&[Some(50.0), None, None, Some(20.0)], C, 50.0, 10.0);
        let o = radar_outline(&two_adjacent);
        assert_eq!(o.len(), 1);
        assert!(
            !o[0].bridges_gap,
            "axis 3 and axis 0 are neighbours round the circle"
        );
        let two_apart = radar_layout(&[Some(50.0), None, Some(20.0), None], C, 50.0, 10.0);
        assert!(radar_outline(&two_apart)[0].bridges_gap);
        assert!(radar_outline(&radar_layout(&[], C, 50.0, 10.0)).is_empty());
    }

    #[test]
    fn label_lines_sit_outside_the_radar() {
        let layout = radar_layout(&[Some(1.0); 4], C, 50.0, 10.0);
        let (top1, top2) = radar_label_lines(layout.axes[0].label_at, C, 50.0, 20.0);
        assert!(
            top2.y <= layout.axes[0].label_at.y && top1.y < top2.y,
            "top label above"
        );
        let (bottom1, _) = radar_label_lines(layout.axes[2].label_at, C, 50.0, 20.0);
        assert!(bottom1.y > layout.axes[2].label_at.y, "bottom label below");
        let (side1, side2) = radar_label_lines(layout.axes[1].label_at, C, 50.0, 20.0);
        assert!(side1.y < C.y && side2.y > C.y, "side label centred");
        let (n1, n2) = radar_label_lines(Point::new(f64::NAN, 1.0), C, f64::NAN, f64::INFINITY);
        assert!(n1.x.is_finite() && n2.y.is_finite());
    }

    #[test]
    fn node_labels_run_inwards_and_stay_inside() {
        let nodes: Vec<NetworkNode> = (0..8)
            .map(|i| NetworkNode {
                id: format!("n{i}"),
                label: format!("n{i}"),
                level: Some(i % 3),
                weight: None,
            })
            .collect();
        let layout = layout_network(&nodes, &[], &NetworkOptions::default());
        for n in &layout.nodes {
            let (p, anchor) = node_label(n, &layout, 14.0);
            assert!(p.y > n.centre.y && p.y <= layout.height);
            if n.centre.x < layout.width * 0.3 {
                assert_eq!(anchor, TextAnchor::Start);
            }
            if n.centre.x > layout.width * 0.7 {
                assert_eq!(anchor, TextAnchor::End);
            }
        }
    }

    fn ring_nodes(counts: &[usize], label: &str) -> Vec<NetworkNode> {
        let mut out = Vec::new();
        for (level, &n) in counts.iter().enumerate() {
            for k in 0..n {
                out.push(NetworkNode {
                    id: format!("{level}-{k:02}"),
                    label: format!("{label}{k}"),
                    level: Some(level),
                    weight: None,
                });
            }
        }
        out
    }

    fn assert_spread(layout: &NetworkLayout, labels: &[String], font: f64, ctx: &str) {
        let placed = spread_labels(layout, labels, font, 16);
        assert_eq!(placed.len(), layout.nodes.len());
        for (i, a) in placed.iter().enumerate() {
            let r = a.rect;
            assert!(
                r.x >= -1e-6
                    && r.y >= -1e-6
                    && r.x + r.width <= layout.width + 1e-6
                    && r.y + r.height <= layout.height + 1e-6,
                "{ctx}: label {i} inside"
            );
            assert!(r.width > 0.0 && a.at.x.is_finite() && a.at.y.is_finite());
            for (j, b) in placed.iter().enumerate().skip(i + 1) {
                assert_eq!(
                    overlap(&a.rect, &b.rect),
                    0.0,
                    "{ctx}: labels {i} and {j} overlap: {:?} {:?}",
                    a.rect,
                    b.rect
                );
            }
            for (j, n) in layout.nodes.iter().enumerate() {
                let circle = Rect::new(
                    n.centre.x - n.radius,
                    n.centre.y - n.radius,
                    2.0 * n.radius,
                    2.0 * n.radius,
                );
                assert_eq!(
                    overlap(&a.rect, &circle),
                    0.0,
                    "{ctx}: label {i} covers node {j}"
                );
            }
        }
    }

    #[test]
    fn labels_never_overlap_with_up_to_twelve_per_ring() {
        // As drawn by `svg::network_svg`.
        let options = NetworkOptions {
            width: 540.0,
            height: 540.0,
            padding: 40.0,
            min_node_radius: 8.0,
            max_node_radius: 16.0,
            ..NetworkOptions::default()
        };
        // Short labels (as on the map: at most 16 characters) in rings of every size up to 12.
        for counts in [
            vec![12],
            vec![12, 12],
            vec![3, 12, 5],
            vec![1, 2, 12, 4, 3],
            vec![6, 6, 6, 6],
            vec![12, 3, 12],
        ] {
            for (label, font) in [
                ("ชุมชนบ้านควนยาง", 20.0),
                ("Rubber coop ", 20.0),
                ("กลุ่มวิสาหกิจชุมชนยาง", 20.0),
                ("อบต.", 20.0),
            ] {
                let nodes = ring_nodes(&counts, label);
                let layout = layout_network(&nodes, &[], &options);
                let labels: Vec<String> = layout.nodes.iter().map(|n| n.label.clone()).collect();
                assert_spread(&layout, &labels, font, &format!("{counts:?} {label}"));
            }
        }
    }

    #[test]
    fn labels_go_outwards_and_neighbours_alternate() {
        let nodes = ring_nodes(&[0, 8], "n");
        let layout = layout_network(&nodes, &[], &NetworkOptions::default());
        let labels: Vec<String> = layout.nodes.iter().map(|n| n.label.clone()).collect();
        let placed = spread_labels(&layout, &labels, 14.0, 16);
        let c = layout.centre;
        let dist = |p: Point| ((p.x - c.x).powi(2) + (p.y - c.y).powi(2)).sqrt();
        for (n, l) in layout.nodes.iter().zip(&placed) {
            let mid = l.rect.centre();
            assert!(
                dist(mid) > dist(n.centre),
                "{} is outside its node",
                n.label
            );
            if n.centre.x > c.x + 1.0 {
                assert_eq!(l.anchor, TextAnchor::Start);
            }
        }
        let gaps: Vec<f64> = layout
            .nodes
            .iter()
            .zip(&placed)
            .map(|(n, l)| dist(l.rect.centre()) - dist(n.centre))
            .collect();
        assert!(
            gaps.iter().cloned().fold(f64::MIN, f64::max)
                > gaps.iter().cloned().fold(f64::MAX, f64::min) + 5.0,
            "two distances: {gaps:?}"
        );
        // Degenerate input stays finite.
        let none = spread_labels(&layout, &[], f64::NAN, 16);
        assert!(none
            .iter()
            .all(|l| l.at.x.is_finite() && l.rect.width >= 0.0));
    }

    #[test]
    fn short_labels_keep_thai_marks_with_their_consonant() {
        assert_eq!(short_label("อาหาร", 10), "อาหาร");
        assert_eq!(short_label("  two   words ", 20), "two words");
        // ที่ = ท + ี + ่: the marks do not count and are never cut off.
        let s = short_label("ที่ดินทำกินของชุมชน", 4);
        assert_eq!(s, "ที่ดิน…");
        assert_eq!(s.chars().filter(|c| !is_combining(*c)).count(), 4);
        assert_eq!(short_label("abcdef", 4), "abc…");
        assert_eq!(
            short_label("abc เก", 5),
            "abc…",
            "no dangling leading vowel"
        );
        assert_eq!(short_label("", 3), "");
        assert_eq!(short_label("abc", 0), "…");
    }
}
