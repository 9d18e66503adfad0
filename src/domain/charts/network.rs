//! A deterministic layout for a small partner network (up to about 60 actors).
//!
//! Actors sit on concentric rings by level: the village innermost, then subdistrict, district,
//! province, region, national and international outermost, so the picture reads "how far up
//! does this community's network reach". Actors without a level go on an extra outer ring.
//! Empty levels are skipped so the rings use the space. The same input always gives the same
//! picture (no randomness), which matters for printed reports and for tests.

use std::collections::BTreeMap;
use std::f64::consts::{PI, TAU};

use super::{finite_or, length, non_negative, Point};

/// An actor. `level` is the index of its level in the instrument's vocabulary
/// (0 = village, innermost); `None` when unknown.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkNode {
    pub id: String,
    pub label: String,
    pub level: Option<usize>,
    /// Optional size weight, used with [`NodeSize::Weight`] (e.g. the number of sites linked).
    pub weight: Option<f64>,
}

/// A tie between two actors, by id; `weight` scales the line width (e.g. number of sites).
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkEdge {
    pub from: String,
    pub to: String,
    pub weight: f64,
}

/// What a node's radius shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeSize {
    /// The number of ties (one site's own map).
    Degree,
    /// The node's `weight` (the merged workshop map: how many sites name the actor).
    Weight,
}

/// Sizes in SVG units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NetworkOptions {
    pub width: f64,
    pub height: f64,
    pub padding: f64,
    pub min_node_radius: f64,
    pub max_node_radius: f64,
    pub size_by: NodeSize,
}

impl Default for NetworkOptions {
    fn default() -> Self {
        NetworkOptions {
            width: 600.0,
            height: 600.0,
            padding: 24.0,
            min_node_radius: 5.0,
            max_node_radius: 16.0,
            size_by: NodeSize::Degree,
        }
    }
}

/// A placed actor.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedNode {
    pub id: String,
    pub label: String,
    pub centre: Point,
    pub radius: f64,
    pub degree: usize,
    /// Index into [`NetworkLayout::rings`].
    pub ring: usize,
}

/// A placed tie between `nodes[from]` and `nodes[to]`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedEdge {
    pub from: usize,
    pub to: usize,
    pub start: Point,
    pub end: Point,
    pub width: f64,
}

/// A ring to draw as a faint guide circle, innermost first.
#[derive(Debug, Clone, PartialEq)]
pub struct RingGuide {
    /// The level index, or `None` for the ring of actors without a level.
    pub level: Option<usize>,
    pub radius: f64,
}

/// The laid-out network.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkLayout {
    pub width: f64,
    pub height: f64,
    pub centre: Point,
    pub rings: Vec<RingGuide>,
    pub nodes: Vec<PlacedNode>,
    pub edges: Vec<PlacedEdge>,
    /// Ties dropped because an end was unknown or both ends were the same actor.
    pub skipped_edges: usize,
}

/// Lays out `nodes` (in input order in the result) and the `edges` between them.
/// When two nodes share an id, ties attach to the first.
pub fn layout_network(
    nodes: &[NetworkNode],
    edges: &[NetworkEdge],
    options: &NetworkOptions,
) -> NetworkLayout {
    let width = length(options.width);
    let height = length(options.height);
    let centre = Point::new(width / 2.0, height / 2.0);
    let min_radius = length(options.min_node_radius);
    let max_radius = length(options.max_node_radius).max(min_radius);

    // Resolve ties to node indexes.
    let mut index_of: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, node) in nodes.iter().enumerate() {
        index_of.entry(node.id.as_str()).or_insert(i);
    }
    let mut resolved = Vec::new();
    let mut skipped_edges = 0;
    let mut degree = vec![0usize; nodes.len()];
    for edge in edges {
        match (
            index_of.get(edge.from.as_str()),
            index_of.get(edge.to.as_str()),
        ) {
            (Some(&a), Some(&b)) if a != b => {
                if let Some(d) = degree.get_mut(a) {
                    *d += 1;
                }
                if let Some(d) = degree.get_mut(b) {
                    *d += 1;
                }
                resolved.push((a, b, non_negative(edge.weight)));
            }
            _ => skipped_edges += 1,
        }
    }

    // Rings: used levels in order, then the "no level" ring. BTreeMap keys sort None first,
    // so collect known levels and append the unknown ring by hand.
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut unknown: Vec<usize> = Vec::new();
    for (i, node) in nodes.iter().enumerate() {
        match node.level {
            Some(level) => members.entry(level).or_default().push(i),
            None => unknown.push(i),
        }
    }
    let mut ring_members: Vec<(Option<usize>, Vec<usize>)> =
        members.into_iter().map(|(l, m)| (Some(l), m)).collect();
    if !unknown.is_empty() {
        ring_members.push((None, unknown));
    }
    let ring_count = ring_members.len().max(1) as f64;
    let outer = non_negative(width.min(height) / 2.0 - length(options.padding) - max_radius);
    let ring_radius = |k: usize| outer * (k as f64 + 1.0) / ring_count;

    // Keep neighbours from overlapping: no node wider than 45 % of the tightest spacing.
    let mut spacing = outer / ring_count;
    for (k, (_, m)) in ring_members.iter().enumerate() {
        if m.len() > 1 {
            spacing = spacing.min(2.0 * ring_radius(k) * super::trig::sin(PI / m.len() as f64));
        }
    }
    let max_radius = max_radius.min(non_negative(0.45 * spacing).max(1.0));
    let min_radius = min_radius.min(max_radius);

    let size_value = |i: usize| -> f64 {
        match options.size_by {
            NodeSize::Degree => degree.get(i).copied().unwrap_or(0) as f64,
            NodeSize::Weight => nodes
                .get(i)
                .and_then(|n| n.weight)
                .map(non_negative)
                .unwrap_or(0.0),
        }
    };
    let largest = (0..nodes.len()).map(size_value).fold(0.0, f64::max);

    let mut placed: Vec<Option<PlacedNode>> = vec![None; nodes.len()];
    for (k, (_, ring)) in ring_members.iter_mut().enumerate() {
        // Sort by id so the same actors land in the same places whatever the input order.
        ring.sort_unstable_by(|&a, &b| {
            let key = |i: usize| nodes.get(i).map(|n| n.id.as_str()).unwrap_or("");
            key(a).cmp(key(b)).then(a.cmp(&b))
        });
        let count = ring.len().max(1) as f64;
        // Turn each ring a little (golden angle) so ties between rings do not all line up.
        let offset = k as f64 * 2.399_963;
        for (slot, &i) in ring.iter().enumerate() {
            let angle = offset + TAU * slot as f64 / count;
            let r = ring_radius(k);
            let share = if largest > 0.0 {
                (size_value(i) / largest).sqrt()
            } else {
                0.0
            };
            if let (Some(cell), Some(node)) = (placed.get_mut(i), nodes.get(i)) {
                *cell = Some(PlacedNode {
                    id: node.id.clone(),
                    label: node.label.clone(),
                    centre: Point::new(centre.x + r * super::trig::sin(angle), centre.y - r * super::trig::cos(angle)),
                    radius: finite_or(min_radius + (max_radius - min_radius) * share, min_radius),
                    degree: degree.get(i).copied().unwrap_or(0),
                    ring: k,
                });
            }
        }
    }
    let placed: Vec<PlacedNode> = placed.into_iter().flatten().collect();

    let heaviest = resolved.iter().map(|e| e.2).fold(0.0, f64::max);
    let edges = resolved
        .into_iter()
        .filter_map(|(a, b, w)| {
            let (start, end) = (placed.get(a)?.centre, placed.get(b)?.centre);
            let width = if heaviest > 0.0 {
                1.0 + 3.0 * w / heaviest
            } else {
                1.0
            };
            Some(PlacedEdge {
                from: a,
                to: b,
                start,
                end,
                width: finite_or(width, 1.0),
            })
        })
        .collect();

    let rings = ring_members
        .iter()
        .enumerate()
        .map(|(k, (level, _))| RingGuide {
            level: *level,
            radius: ring_radius(k),
        })
        .collect();
    NetworkLayout {
        width,
        height,
        centre,
        rings,
        nodes: placed,
        edges,
        skipped_edges,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, level: Option<usize>) -> NetworkNode {
        NetworkNode {
            id: id.into(),
            label: id.into(),
            level,
            weight: None,
        }
    }

    fn edge(from: &str, to: &str) -> NetworkEdge {
        NetworkEdge {
            from: from.into(),
            to: to.into(),
            weight: 1.0,
        }
    }

    fn assert_sound(layout: &NetworkLayout) {
        for (i, a) in layout.nodes.iter().enumerate() {
            assert!(
                a.centre.x - a.radius >= 0.0 && a.centre.x + a.radius <= layout.width,
                "{} inside x",
                a.id
            );
            assert!(
                a.centre.y - a.radius >= 0.0 && a.centre.y + a.radius <= layout.height,
                "{} inside y",
                a.id
            );
            for b in layout.nodes.iter().skip(i + 1) {
                let d =
                    ((a.centre.x - b.centre.x).powi(2) + (a.centre.y - b.centre.y).powi(2)).sqrt();
                assert!(d > 1e-6, "{} and {} share a position", a.id, b.id);
            }
        }
    }

    #[test]
    fn levels_go_outwards() {
        let nodes = vec![
            node("village", Some(0)),
            node("tambon", Some(1)),
            node("nation", Some(5)),
            node("?", None),
        ];
        let layout = layout_network(&nodes, &[], &NetworkOptions::default());
        let radii: Vec<f64> = layout.rings.iter().map(|r| r.radius).collect();
        assert_eq!(layout.rings.len(), 4, "empty levels are skipped");
        assert!(radii.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(layout.rings[3].level, None);
        assert_eq!(layout.nodes[2].ring, 2);
        assert_sound(&layout);
    }

    #[test]
    fn sixty_nodes_fit_without_collisions() {
        let nodes: Vec<NetworkNode> = (0..60)
            .map(|i| node(&format!("n{i:02}"), Some(i % 4)))
            .collect();
        let edges: Vec<NetworkEdge> = (0..59)
            .map(|i| edge(&format!("n{i:02}"), &format!("n{:02}", i + 1)))
            .collect();
        let layout = layout_network(&nodes, &edges, &NetworkOptions::default());
        assert_eq!(layout.nodes.len(), 60);
        assert_eq!(layout.edges.len(), 59);
        assert_sound(&layout);
    }

    #[test]
    fn layout_is_deterministic_and_order_independent() {
        let a = vec![node("x", Some(0)), node("y", Some(0)), node("z", Some(0))];
        let b = vec![node("z", Some(0)), node("x", Some(0)), node("y", Some(0))];
        let la = layout_network(&a, &[], &NetworkOptions::default());
        let lb = layout_network(&b, &[], &NetworkOptions::default());
        assert_eq!(la, layout_network(&a, &[], &NetworkOptions::default()));
        assert_eq!(
            la.nodes[0].centre, lb.nodes[1].centre,
            "x lands in the same place"
        );
    }

    #[test]
    fn degree_sizes_nodes_and_bad_edges_are_skipped() {
        let nodes = vec![node("hub", Some(0)), node("a", Some(1)), node("b", Some(1))];
        let edges = vec![
            edge("hub", "a"),
            edge("hub", "b"),
            edge("hub", "hub"),
            edge("hub", "ghost"),
        ];
        let layout = layout_network(&nodes, &edges, &NetworkOptions::default());
        assert_eq!(layout.skipped_edges, 2);
        assert_eq!(layout.nodes[0].degree, 2);
        assert!(layout.nodes[0].radius > layout.nodes[1].radius);
        assert_eq!(layout.edges[0].start, layout.nodes[0].centre);
    }

    #[test]
    fn weight_sizes_nodes_when_asked() {
        let mut nodes = vec![node("a", Some(0)), node("b", Some(0)), node("c", Some(0))];
        nodes[1].weight = Some(9.0);
        nodes[2].weight = Some(f64::NAN);
        let o = NetworkOptions {
            size_by: NodeSize::Weight,
            ..NetworkOptions::default()
        };
        let layout = layout_network(&nodes, &[], &o);
        assert!(layout.nodes[1].radius > layout.nodes[0].radius);
        assert_eq!(layout.nodes[2].radius, layout.nodes[0].radius);
    }

    #[test]
    fn hostile_options_stay_finite() {
        let o = NetworkOptions {
            width: f64::NAN,
            height: f64::INFINITY,
            padding: -3.0,
            min_node_radius: f64::NAN,
            max_node_radius: 1e308,
            size_by: NodeSize::Degree,
        };
        let layout = layout_network(
            &[node("a", None), node("b", Some(usize::MAX))],
            &[edge("a", "b")],
            &o,
        );
        for n in &layout.nodes {
            assert!(n.centre.x.is_finite() && n.centre.y.is_finite() && n.radius.is_finite());
        }
        assert!(layout_network(&[], &[], &NetworkOptions::default())
            .nodes
            .is_empty());
    }
}
