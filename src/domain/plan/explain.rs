//! Reasons: why each pick is in the plan, and why each strong candidate is left out.

use super::{Candidate, LeftOutReason, Pick, PickReason, Plan, Problem, Rules};
use crate::domain::charts::tilemap::SOUTHERN_PROVINCE_TILES;
use crate::domain::compare::sorted_indices;

fn tile_order(iso: &str) -> usize {
    SOUTHERN_PROVINCE_TILES
        .iter()
        .position(|t| t.iso == iso)
        .unwrap_or(usize::MAX)
}

/// Fills `out.picks`, `out.left_out` and `out.total_score` from the chosen pool slots.
pub(crate) fn explain(
    p: &Problem,
    chosen: &[usize],
    candidates: &[Candidate],
    rules: &Rules,
    out: &mut Plan,
) {
    let score_of = |slot: usize| p.pool.get(slot).map(|x| x.score).unwrap_or(0);
    let display = |slot: usize| {
        p.pool
            .get(slot)
            .and_then(|x| candidates.get(x.index))
            .and_then(|c| c.score)
            .unwrap_or(0.0)
    };
    // Pool slots by score, best first (ties: input order).
    let by_score = sorted_indices(p.pool.len(), &|a, b| score_of(b).cmp(&score_of(a)));
    let rank_of = |slot: usize| {
        by_score
            .iter()
            .position(|&s| s == slot)
            .map(|r| r + 1)
            .unwrap_or(0)
    };
    let top_n: Vec<usize> = by_score.iter().take(p.n).copied().collect();
    let in_type = |slot: usize| p.pool.get(slot).map(|x| x.type_slot);
    let in_province = |slot: usize| p.pool.get(slot).map(|x| x.province_slot);
    let best_of = |pred: &dyn Fn(usize) -> bool| by_score.iter().copied().find(|&s| pred(s));

    let mut picks = Vec::new();
    for &slot in chosen {
        let Some(item) = p.pool.get(slot) else {
            continue;
        };
        let c = candidates.get(item.index);
        let t = item.type_slot;
        let pr = item.province_slot;
        let iso = p.provinces.get(pr).copied().unwrap_or("");
        let type_name = p.types.get(t).cloned().unwrap_or_default();
        let mut reasons = Vec::new();
        if item.forced {
            reasons.push(PickReason::MustInclude {
                pilot: c.is_some_and(|c| c.pilot),
            });
        }
        let in_prov = p.pool.iter().filter(|x| x.province_slot == pr).count();
        if in_prov == 1 {
            reasons.push(PickReason::OnlyInProvince { province: iso });
        }
        if best_of(&|s| in_type(s) == Some(t)) == Some(slot) {
            reasons.push(PickReason::BestOfType {
                community_type: type_name.clone(),
                score: display(slot),
            });
        }
        if in_prov > 1
            && rules.one_per_province
            && best_of(&|s| in_province(s) == Some(pr)) == Some(slot)
        {
            reasons.push(PickReason::BestInProvince {
                province: iso,
                score: display(slot),
            });
        }
        let picked_of_type = chosen.iter().filter(|&&s| in_type(s) == Some(t)).count();
        let min = p.type_lo.get(t).copied().unwrap_or(0);
        if reasons.is_empty() && !top_n.contains(&slot) && min > 0 && picked_of_type <= min {
            reasons.push(PickReason::TypeMinimum {
                community_type: type_name,
                min,
            });
        }
        reasons.push(PickReason::HighScore {
            score: display(slot),
            rank: rank_of(slot),
            of: p.pool.len(),
        });
        picks.push(Pick {
            index: item.index,
            reasons,
            stable: None,
        });
    }
    let order = sorted_indices(picks.len(), &|a, b| {
        let key = |i: usize| {
            let c = picks.get(i).and_then(|pk| candidates.get(pk.index));
            let prov = c
                .and_then(|c| c.province_code())
                .map(tile_order)
                .unwrap_or(usize::MAX);
            let score = c.and_then(|c| c.score).map(super::score_milli).unwrap_or(0);
            (prov, -score)
        };
        key(a).cmp(&key(b))
    });
    out.picks = crate::domain::compare::permute(picks, &order);
    out.total_score = chosen.iter().map(|&s| display(s)).sum();

    // Strong candidates left out: eligible, not picked, scoring above the lowest pick.
    let lowest = chosen.iter().map(|&s| score_of(s)).min();
    let mut left_out = Vec::new();
    for &slot in &by_score {
        if chosen.contains(&slot) {
            continue;
        }
        let Some(item) = p.pool.get(slot) else {
            continue;
        };
        if lowest.is_none_or(|low| item.score <= low) {
            continue;
        }
        let mut reasons = Vec::new();
        let pr = item.province_slot;
        let placed_here: Vec<usize> = chosen
            .iter()
            .copied()
            .filter(|&s| in_province(s) == Some(pr))
            .collect();
        let k = p.province_hi.get(pr).copied().unwrap_or(0);
        if placed_here.len() >= k {
            let holder = by_score
                .iter()
                .copied()
                .find(|s| placed_here.contains(s))
                .and_then(|s| {
                    let c = candidates.get(p.pool.get(s)?.index)?;
                    Some((c.name.clone(), c.score.unwrap_or(0.0)))
                });
            reasons.push(LeftOutReason::ProvinceFull {
                province: p.provinces.get(pr).copied().unwrap_or(""),
                k,
                holder,
            });
        }
        let t = item.type_slot;
        let max = p.type_hi.get(t).copied().unwrap_or(0);
        if chosen.iter().filter(|&&s| in_type(s) == Some(t)).count() >= max {
            reasons.push(LeftOutReason::TypeMaxReached {
                community_type: p.types.get(t).cloned().unwrap_or_default(),
                max,
            });
        }
        if reasons.is_empty() {
            reasons.push(LeftOutReason::PlaceForCoverage);
        }
        left_out.push((item.index, reasons));
    }
    out.left_out = left_out;
}
