//! Small geometry and text helpers the results charts need on top of the layouts: the radar
//! outline with its gaps, where a radar axis's two label lines go, where an actor's name goes
//! in the network map, and labels shortened without breaking Thai syllables.
//!
//! Like the rest of `charts`, these are pure and tested natively; the views only draw them.

use super::network::{NetworkLayout, PlacedNode};
use super::polar::RadarLayout;
use super::{finite_or, Point, TextAnchor};

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
            let adjacent = (i + 1) % count.max(1) == j || (scored.len() == 2 && (j + 1) % count.max(1) == i);
            Some(OutlineSegment { from, to, bridges_gap: !adjacent })
        })
        .collect()
}

/// Where a radar axis's label goes as two lines (the name, then the score), so both stay
/// outside the chart: above the anchor for axes at the top, below it for axes at the bottom,
/// centred on it for axes at the sides. Returns the baselines of the two lines.
pub fn radar_label_lines(label_at: Point, centre: Point, radius: f64, line_height: f64) -> (Point, Point) {
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
    (Point::new(label_at.x, first_y), Point::new(label_at.x, first_y + h))
}

/// Where an actor's name goes: just below its node; anchored at its start on the left third of
/// the picture and at its end on the right third, so names run inwards and stay inside.
pub fn node_label(node: &PlacedNode, layout: &NetworkLayout, font_size: f64) -> (Point, TextAnchor) {
    let w = layout.width;
    let y = (node.centre.y + node.radius + finite_or(font_size, 0.0).max(0.0)).min(layout.height - 2.0);
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

/// Thai vowel and tone marks written above or below the consonant before them. They take no
/// width of their own and must never be separated from it.
fn is_combining(c: char) -> bool {
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
    use super::super::network::{layout_network, NetworkNode, NetworkOptions};
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
        let layout = radar_layout(&[Some(50.0), Some(60.0), None, Some(70.0), Some(80.0)], C, 50.0, 10.0);
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
        assert!(!o[0].bridges_gap, "axis 3 and axis 0 are neighbours round the circle");
        let two_apart = radar_layout(&[Some(50.0), None, Some(20.0), None], C, 50.0, 10.0);
        assert!(radar_outline(&two_apart)[0].bridges_gap);
        assert!(radar_outline(&radar_layout(&[], C, 50.0, 10.0)).is_empty());
    }

    #[test]
    fn label_lines_sit_outside_the_radar() {
        let layout = radar_layout(&[Some(1.0); 4], C, 50.0, 10.0);
        let (top1, top2) = radar_label_lines(layout.axes[0].label_at, C, 50.0, 20.0);
        assert!(top2.y <= layout.axes[0].label_at.y && top1.y < top2.y, "top label above");
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
            .map(|i| NetworkNode { id: format!("n{i}"), label: format!("n{i}"), level: Some(i % 3), weight: None })
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

    #[test]
    fn short_labels_keep_thai_marks_with_their_consonant() {
        assert_eq!(short_label("อาหาร", 10), "อาหาร");
        assert_eq!(short_label("  two   words ", 20), "two words");
        // ที่ = ท + ี + ่: the marks do not count and are never cut off.
        let s = short_label("ที่ดินทำกินของชุมชน", 4);
        assert_eq!(s, "ที่ดิน…");
        assert_eq!(s.chars().filter(|c| !is_combining(*c)).count(), 4);
        assert_eq!(short_label("abcdef", 4), "abc…");
        assert_eq!(short_label("abc เก", 5), "abc…", "no dangling leading vowel");
        assert_eq!(short_label("", 3), "");
        assert_eq!(short_label("abc", 0), "…");
    }
}
