//! Property tests: whatever numbers arrive (NaN, infinities, huge values), the geometry stays
//! finite and the colours stay valid hex, so an SVG attribute never receives "NaN".

use proptest::prelude::*;

use super::bars::{layout_bars, BarGroupInput, BarInput, BarLayoutOptions};
use super::colour::{ramp_hex, Rgb};
use super::heatmap::{layout_heatmap, CellState, HeatmapColumn, HeatmapOptions, HeatmapRow};
use super::network::{layout_network, NetworkEdge, NetworkNode, NetworkOptions};
use super::polar::{point_on_axis, radar_layout};
use super::scale::{nice_ticks, BandScale, LinearScale};
use super::tilemap::layout_tiles;
use super::{Point, Rect};

/// Any f64, with the awkward values much more likely than chance would make them.
fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(0.0),
        Just(-0.0),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        -1e9f64..1e9f64,
        any::<f64>(),
    ]
}

fn finite(p: Point) -> bool {
    p.x.is_finite() && p.y.is_finite()
}

fn finite_rect(r: Rect) -> bool {
    r.x.is_finite()
        && r.y.is_finite()
        && r.width.is_finite()
        && r.height.is_finite()
        && r.width >= 0.0
        && r.height >= 0.0
}

proptest! {
    // No regression files: they would land outside this module's folder.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn polar_is_always_finite(cx in any_number(), cy in any_number(), radius in any_number(), value in any_number(), i in 0usize..20, n in 0usize..20) {
        let p = point_on_axis(Point { x: cx, y: cy }, radius, i, n, value);
        prop_assert!(finite(p));
    }

    #[test]
    fn radar_is_always_finite(values in prop::collection::vec(prop::option::of(any_number()), 0..12), radius in any_number(), offset in any_number(), cx in any_number()) {
        let centre = Point { x: cx, y: 0.0 };
        let layout = radar_layout(&values, centre, radius, offset);
        prop_assert_eq!(layout.axes.len(), values.len());
        prop_assert_eq!(layout.polygon.len() + layout.missing.len(), values.len());
        prop_assert!(layout.polygon.iter().all(|p| finite(*p)));
        prop_assert!(layout.axes.iter().all(|a| finite(a.spoke_end) && finite(a.label_at)));
        prop_assert!(layout.rings.iter().all(|r| r.radius.is_finite() && r.points.iter().all(|p| finite(*p))));
    }

    #[test]
    fn scales_are_always_finite(d0 in any_number(), d1 in any_number(), r0 in any_number(), r1 in any_number(), v in any_number(), count in 0usize..500) {
        let s = LinearScale::new(d0, d1, r0, r1);
        prop_assert!(s.map(v).is_finite());
        prop_assert!(s.clamped().map(v).is_finite());
        let ticks = nice_ticks(d0, d1, count);
        prop_assert!(ticks.len() <= 100);
        prop_assert!(ticks.iter().all(|t| t.is_finite()));
        let b = BandScale::new(count, r0, r1).padding(d0, d1);
        prop_assert!(b.position(count).is_finite() && b.bandwidth().is_finite() && b.bandwidth() >= 0.0 && b.centre(0).is_finite());
    }

    #[test]
    fn ramp_is_always_valid_hex(v in any_number()) {
        let hex = ramp_hex(v);
        prop_assert_eq!(hex.len(), 7);
        prop_assert!(Rgb::from_hex(&hex).is_some());
    }

    #[test]
    fn bars_are_always_finite(values in prop::collection::vec(prop::option::of(any_number()), 0..20), width in any_number(), row in any_number()) {
        let groups = vec![BarGroupInput {
            id: "g".into(),
            label: "g".into(),
            bars: values.iter().map(|v| BarInput { id: "i".into(), label: "i".into(), value: *v }).collect(),
        }];
        let options = BarLayoutOptions { width, row_height: row, ..BarLayoutOptions::default() };
        let layout = layout_bars(&groups, &options);
        prop_assert!(layout.height.is_finite());
        for r in &layout.rows {
            prop_assert!(finite(r.label_at) && finite(r.value_label_at));
            let rect = match r.mark { super::bars::BarMark::Bar { rect, .. } => rect, super::bars::BarMark::Missing { track } => track };
            prop_assert!(finite_rect(rect));
        }
    }

    #[test]
    fn heatmap_is_always_finite(scores in prop::collection::vec(any_number(), 0..30), cell in any_number(), gap in any_number()) {
        let columns: Vec<HeatmapColumn> = (0..scores.len()).map(|i| HeatmapColumn { id: i.to_string(), label: String::new(), group: (i / 3).to_string() }).collect();
        let rows = vec![HeatmapRow { id: "s".into(), label: "s".into(), cells: scores.iter().map(|s| CellState::Score(*s)).collect(), notes: Vec::new() }];
        let options = HeatmapOptions { cell_width: cell, gap, ..HeatmapOptions::default() };
        let layout = layout_heatmap(&columns, &rows, &options);
        prop_assert!(layout.width.is_finite() && layout.height.is_finite());
        prop_assert!(layout.cells.iter().all(|c| finite_rect(c.rect)));
    }

    #[test]
    fn network_stays_in_its_box(count in 0usize..60, levels in prop::collection::vec(prop::option::of(0usize..7), 60), edges in prop::collection::vec((0usize..60, 0usize..60, any_number()), 0..80)) {
        let nodes: Vec<NetworkNode> = (0..count).map(|i| NetworkNode { id: format!("n{i}"), label: String::new(), level: levels.get(i).copied().flatten(), weight: None }).collect();
        let edges: Vec<NetworkEdge> = edges.iter().map(|(a, b, w)| NetworkEdge { from: format!("n{a}"), to: format!("n{b}"), weight: *w }).collect();
        let layout = layout_network(&nodes, &edges, &NetworkOptions::default());
        prop_assert_eq!(layout.nodes.len(), count);
        for (i, a) in layout.nodes.iter().enumerate() {
            prop_assert!(finite(a.centre) && a.radius.is_finite());
            prop_assert!(a.centre.x - a.radius >= 0.0 && a.centre.x + a.radius <= layout.width);
            prop_assert!(a.centre.y - a.radius >= 0.0 && a.centre.y + a.radius <= layout.height);
            for b in layout.nodes.iter().skip(i + 1) {
                prop_assert!((a.centre.x - b.centre.x).abs() > 1e-6 || (a.centre.y - b.centre.y).abs() > 1e-6);
            }
        }
        prop_assert!(layout.edges.iter().all(|e| e.width.is_finite() && finite(e.start)));
    }

    #[test]
    fn tiles_are_always_finite(w in any_number(), h in any_number(), gap in any_number(), aspect in any_number()) {
        let layout = layout_tiles(w, h, gap, aspect);
        prop_assert!(layout.tiles.iter().all(|t| finite_rect(t.rect)));
    }
}
