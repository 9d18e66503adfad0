//! The exact search: a min-cost flow by successive shortest paths.
//!
//! Nodes: source → one node per type → (one edge per candidate) → one node per province → sink.
//! A type's edge from the source is split in two: its minimum (each unit earning a bonus
//! [`BONUS`]) and the rest up to its maximum (no bonus); a province's edge to the sink likewise
//! (its one-site minimum and the rest up to k). A candidate's edge carries its weight: the score
//! in thousandths, then existing support, then coverage, packed into one integer so that the
//! order is lexicographic; a must-include candidate earns [`BONUS`] too. Exactly N units are
//! sent (or as many as fit). Successive shortest paths give a minimum-cost flow of each size,
//! and flows on this network are integral, so the picks are an exact optimum: first the most
//! minimum-rule places met (all of them when the rules can hold), then the highest score sum,
//! then support, then coverage.

use std::collections::VecDeque;

use super::Problem;

/// Support sums stay below this (≤ 5 000 candidates).
const SUPPORT_SCALE: i128 = 10_000;
/// Coverage sums (thousandths) stay below this.
const COVERAGE_SCALE: i128 = 10_000_000;
/// More than any possible weight sum (5 000 × 100 000 × 10⁴ × 10⁷ = 5 × 10¹⁹), and small
/// enough that every path cost fits an i128 with room to spare.
pub const BONUS: i128 = 10_000_000_000_000_000_000_000;

/// A candidate's packed weight.
pub(crate) fn weight(score: i64, support: i64, coverage: i64) -> i128 {
    (i128::from(score) * SUPPORT_SCALE + i128::from(support)) * COVERAGE_SCALE
        + i128::from(coverage)
}

struct Edge {
    to: usize,
    cap: i64,
    cost: i128,
}

struct Graph {
    edges: Vec<Edge>,
    adj: Vec<Vec<usize>>,
}

impl Graph {
    fn new(nodes: usize) -> Graph {
        Graph {
            edges: Vec::new(),
            adj: vec![Vec::new(); nodes],
        }
    }

    /// Adds an edge and its residual twin; returns the edge's index.
    fn add(&mut self, from: usize, to: usize, cap: i64, cost: i128) -> usize {
        let i = self.edges.len();
        self.edges.push(Edge { to, cap, cost });
        self.edges.push(Edge {
            to: from,
            cap: 0,
            cost: -cost,
        });
        if let Some(a) = self.adj.get_mut(from) {
            a.push(i);
        }
        if let Some(a) = self.adj.get_mut(to) {
            a.push(i + 1);
        }
        i
    }

    /// Cheapest path from `s` to `t` in the residual graph (SPFA: costs may be negative, and
    /// the residual graph of a min-cost flow has no negative cycle). Returns the edges in order.
    fn shortest_path(&self, s: usize, t: usize) -> Option<Vec<usize>> {
        let n = self.adj.len();
        let mut dist: Vec<Option<i128>> = vec![None; n];
        let mut via: Vec<Option<usize>> = vec![None; n];
        let mut queued = vec![false; n];
        let mut queue = VecDeque::new();
        *dist.get_mut(s)? = Some(0);
        queue.push_back(s);
        while let Some(u) = queue.pop_front() {
            queued[u] = false;
            let du = dist[u]?;
            for &e in &self.adj[u] {
                let edge = &self.edges[e];
                if edge.cap <= 0 {
                    continue;
                }
                let nd = du + edge.cost;
                if dist[edge.to].is_none_or(|d| nd < d) {
                    dist[edge.to] = Some(nd);
                    via[edge.to] = Some(e);
                    if !queued[edge.to] {
                        queued[edge.to] = true;
                        queue.push_back(edge.to);
                    }
                }
            }
        }
        dist[t]?;
        let mut path = Vec::new();
        let mut v = t;
        while v != s {
            let e = via[v]?;
            path.push(e);
            v = self.edges[e ^ 1].to;
            if path.len() > n {
                return None;
            }
        }
        path.reverse();
        Some(path)
    }
}

/// The chosen pool slots (ascending), with `scores` (thousandths) in place of the pool's own.
pub(crate) fn solve(p: &Problem, scores: &[i64]) -> Vec<usize> {
    let nt = p.types.len();
    let np = p.provinces.len();
    let source = 0;
    let sink = 1;
    let type_node = |s: usize| 2 + s;
    let province_node = |s: usize| 2 + nt + s;
    let mut g = Graph::new(2 + nt + np);
    let cap = |x: usize| i64::try_from(x).unwrap_or(i64::MAX);
    for s in 0..nt {
        let hi = p.type_hi[s];
        let lo = p.type_lo[s].min(hi);
        g.add(source, type_node(s), cap(lo), -BONUS);
        g.add(source, type_node(s), cap(hi - lo), 0);
    }
    for s in 0..np {
        let hi = p.province_hi[s];
        let lo = p.province_lo[s].min(hi);
        g.add(province_node(s), sink, cap(lo), -BONUS);
        g.add(province_node(s), sink, cap(hi - lo), 0);
    }
    let mut cand_edges = Vec::with_capacity(p.pool.len());
    for (slot, item) in p.pool.iter().enumerate() {
        let score = scores.get(slot).copied().unwrap_or(item.score);
        let mut w = weight(score, item.support, item.coverage);
        if item.forced {
            w += BONUS;
        }
        cand_edges.push(g.add(
            type_node(item.type_slot),
            province_node(item.province_slot),
            1,
            -w,
        ));
    }
    for _ in 0..p.n.min(p.pool.len()) {
        let Some(path) = g.shortest_path(source, sink) else {
            break;
        };
        for e in path {
            g.edges[e].cap -= 1;
            g.edges[e ^ 1].cap += 1;
        }
    }
    cand_edges
        .iter()
        .enumerate()
        .filter(|(_, &e)| g.edges[e].cap == 0)
        .map(|(slot, _)| slot)
        .collect()
}
