//! Rounds in a workshop set: each site is compared by its **latest** round (a site assessed
//! twice is one site, not two, in the ranking, the heatmap and the planner); its earlier rounds
//! in the set give the change view — which sites moved, on which dimension.

use crate::domain::assessment::Assessment;
use crate::domain::instrument::Instrument;
use crate::domain::rounds::{change, Counts, Delta};

/// The latest round of each site among `list` (ids already unique), in the order each site
/// first appears. Ties on the round: the one edited last.
pub fn latest_per_site<'a>(list: &[&'a Assessment]) -> Vec<&'a Assessment> {
    let mut out: Vec<&'a Assessment> = Vec::new();
    for &a in list {
        match out.iter_mut().find(|b| b.site() == a.site()) {
            Some(b) => {
                if (a.round, &a.updated_at) > (b.round, &b.updated_at) {
                    *b = a;
                }
            }
            None => out.push(a),
        }
    }
    out
}

/// One site that has an earlier round in the set: its latest round against the one before.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteChange {
    /// The latest round's id (the site's key in the workshop).
    pub key: String,
    pub before_round: u32,
    pub after_round: u32,
    pub overall: Option<Delta>,
    /// Per dimension, in instrument order; None where no indicator of it was answered in both.
    pub dimensions: Vec<Option<Delta>>,
    pub counts: Counts,
}

/// The change of every site of `latest` that has an earlier round in `all`, in `latest`'s order.
pub fn site_changes(all: &[&Assessment], latest: &[&Assessment], inst: &Instrument) -> Vec<SiteChange> {
    latest
        .iter()
        .filter_map(|a| {
            let before = crate::domain::rounds::previous_round(all.iter().copied(), a)?;
            let c = change(before, a, inst);
            Some(SiteChange {
                key: a.id.clone(),
                before_round: c.before_round,
                after_round: c.after_round,
                overall: c.pair.overall_delta(),
                dimensions: c.pair.dimensions.iter().map(|d| d.delta()).collect(),
                counts: c.pair.counts,
            })
        })
        .collect()
}

/// Indices of `changes` by the overall change, largest rise first; sites with nothing to
/// compare last (ties: set order).
pub fn by_overall_change(changes: &[SiteChange]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..changes.len()).collect();
    idx.sort_by(|&x, &y| {
        let key = |i: usize| changes[i].overall.map(|d| d.to_f64());
        match (key(x), key(y)) {
            (Some(a), Some(b)) => b.total_cmp(&a),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
    });
    idx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::Answer;
    use crate::domain::test_support::inst as instrument;

    fn round(id: &str, site: &str, round: u32, levels: &[(&str, u8)]) -> Assessment {
        let mut a = Assessment {
            id: id.into(),
            site_id: site.into(),
            round,
            ..Assessment::default()
        };
        a.profile.community_type = Some("fisheries".into());
        for (i, l) in levels {
            a.answers.insert((*i).into(), Answer { level: Some(*l), ..Answer::default() });
        }
        a
    }

    #[test]
    fn a_site_is_compared_by_its_latest_round_and_its_change_is_against_the_one_before() {
        let inst = instrument();
        let b0 = round("b0", "B", 0, &[("C01", 1), ("C02", 2)]);
        let b1 = round("b1", "B", 1, &[("C01", 3), ("C02", 2)]);
        let a0 = round("a0", "A", 0, &[("C01", 2)]);
        let all = vec![&b1, &a0, &b0];
        let latest = latest_per_site(&all);
        assert_eq!(latest.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["b1", "a0"]);
        let ch = site_changes(&all, &latest, &inst);
        assert_eq!(ch.len(), 1, "a site with one round has no change");
        assert_eq!(ch[0].key, "b1");
        assert_eq!((ch[0].before_round, ch[0].after_round), (0, 1));
        assert_eq!(ch[0].counts, Counts { improved: 1, same: 1, declined: 0 });
        // food in the test instrument, C01 weighs 2: (2·25 + 50)/3 → (2·75 + 50)/3 = +33.3
        assert_eq!(ch[0].overall.map(Delta::text).as_deref(), Some("+33.3"));
        let food = inst.dimensions.iter().position(|d| d.id == "food").unwrap_or(0);
        assert_eq!(ch[0].dimensions[food].map(Delta::text).as_deref(), Some("+33.3"));
    }

    #[test]
    fn larger_rises_first_and_nothing_to_compare_last() {
        let inst = instrument();
        let x0 = round("x0", "X", 0, &[("C01", 2)]);
        let x1 = round("x1", "X", 1, &[("C01", 1)]);
        let y0 = round("y0", "Y", 0, &[("C01", 0)]);
        let y1 = round("y1", "Y", 1, &[("C01", 4)]);
        let z0 = round("z0", "Z", 0, &[("C01", 0)]);
        let z1 = round("z1", "Z", 1, &[("C02", 4)]);
        let all = vec![&x0, &x1, &y0, &y1, &z0, &z1];
        let latest = latest_per_site(&all);
        let ch = site_changes(&all, &latest, &inst);
        let order: Vec<&str> = by_overall_change(&ch).into_iter().map(|i| ch[i].key.as_str()).collect();
        assert_eq!(order, ["y1", "x1", "z1"]);
    }
}
