//! The partner network across sites: the same agency named at several sites becomes one actor.
//!
//! Names are typed by hand in the field, so "สสส.", "สสส" and " สสส " must meet: names are
//! compared after trimming, collapsing inner whitespace, lower-casing Latin letters and dropping
//! trailing dots (see [`normalise_actor_name`]). Each merged actor knows how many distinct
//! sites name it, each merged tie how many sites report it; actors that many sites share (the
//! ones that hold the network together) come first.

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::charts::network::{NetworkEdge, NetworkNode};

/// An actor as listed in one site's network (ids are only unique within the site).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActorInput {
    pub id: String,
    pub name: String,
    pub actor_type: Option<String>,
    pub level: Option<String>,
}

/// A tie in one site's network, between actor ids of that site.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TieInput {
    pub from: String,
    pub to: String,
    pub tie_type: Option<String>,
}

/// One site's network.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SiteNetwork {
    pub site_key: String,
    pub actors: Vec<ActorInput>,
    pub ties: Vec<TieInput>,
}

/// An actor after merging across sites.
#[derive(Debug, Clone, PartialEq)]
pub struct MergedActor {
    /// The normalised name, the identity used for merging.
    pub key: String,
    /// The spelling most sites used (the first seen on a tie).
    pub name: String,
    pub actor_type: Option<String>,
    pub level: Option<String>,
    /// Distinct sites that list the actor, sorted.
    pub site_keys: Vec<String>,
    /// Number of distinct merged ties.
    pub tie_count: usize,
    /// Sum of the site counts of its ties: how much of the reported network runs through it.
    pub tie_weight: usize,
}

impl MergedActor {
    pub fn site_count(&self) -> usize {
        self.site_keys.len()
    }
}

/// A tie after merging: between `actors[a]` and `actors[b]` (undirected, `a < b`).
#[derive(Debug, Clone, PartialEq)]
pub struct MergedTie {
    pub a: usize,
    pub b: usize,
    /// Distinct sites that report the tie, sorted; its weight is their number.
    pub site_keys: Vec<String>,
    /// Tie types reported, sorted and distinct.
    pub tie_types: Vec<String>,
}

impl MergedTie {
    pub fn site_count(&self) -> usize {
        self.site_keys.len()
    }
}

/// The merged network.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartnerNetwork {
    /// Most shared first: by number of sites, then tie weight, then ties, then name.
    pub actors: Vec<MergedActor>,
    /// Most reported first.
    pub ties: Vec<MergedTie>,
    /// Ties dropped: an end not in the site's actor list, a blank name, or a self-tie.
    pub skipped_ties: usize,
}

/// The identity of an actor name: trimmed, inner whitespace collapsed to one space, trailing
/// dots dropped, lower-cased (Thai has no case, so this only affects Latin names like "FAO").
pub fn normalise_actor_name(name: &str) -> String {
    let collapsed = name.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
        .to_lowercase()
}

/// Tallies of the spellings, types or levels seen for one actor; the most frequent wins,
/// first seen on a tie.
#[derive(Default)]
struct Tally(Vec<(String, usize)>);

impl Tally {
    fn add(&mut self, value: &str) {
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            return;
        }
        match self.0.iter_mut().find(|(v, _)| *v == value) {
            Some((_, n)) => *n += 1,
            None => self.0.push((value, 1)),
        }
    }

    fn winner(&self) -> Option<String> {
        let best = self.0.iter().map(|(_, n)| *n).max()?;
        self.0
            .iter()
            .find(|(_, n)| *n == best)
            .map(|(v, _)| v.clone())
    }
}

#[derive(Default)]
struct ActorTally {
    names: Tally,
    types: Tally,
    levels: Tally,
    sites: BTreeSet<String>,
}

/// Merges the networks of several sites.
pub fn merge_partner_networks(sites: &[SiteNetwork]) -> PartnerNetwork {
    let mut actors: BTreeMap<String, ActorTally> = BTreeMap::new();
    let mut ties: BTreeMap<(String, String), (BTreeSet<String>, BTreeSet<String>)> =
        BTreeMap::new();
    let mut skipped_ties = 0;

    for site in sites {
        let mut key_of_id: BTreeMap<&str, String> = BTreeMap::new();
        for actor in &site.actors {
            let key = normalise_actor_name(&actor.name);
            if key.is_empty() {
                continue;
            }
            let tally = actors.entry(key.clone()).or_default();
            tally.names.add(&actor.name);
            tally.types.add(actor.actor_type.as_deref().unwrap_or(""));
            tally.levels.add(actor.level.as_deref().unwrap_or(""));
            tally.sites.insert(site.site_key.clone());
            key_of_id.entry(actor.id.as_str()).or_insert(key);
        }
        for tie in &site.ties {
            match (
                key_of_id.get(tie.from.as_str()),
                key_of_id.get(tie.to.as_str()),
            ) {
                (Some(x), Some(y)) if x != y => {
                    let pair = if x < y {
                        (x.clone(), y.clone())
                    } else {
                        (y.clone(), x.clone())
                    };
                    let (tie_sites, types) = ties.entry(pair).or_default();
                    tie_sites.insert(site.site_key.clone());
                    if let Some(t) = tie
                        .tie_type
                        .as_deref()
                        .map(str::trim)
                        .filter(|t| !t.is_empty())
                    {
                        types.insert(t.to_string());
                    }
                }
                _ => skipped_ties += 1,
            }
        }
    }

    // Per-actor tie statistics, before sorting.
    let mut tie_stats: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for ((x, y), (tie_sites, _)) in &ties {
        for key in [x, y] {
            let entry = tie_stats.entry(key.as_str()).or_default();
            entry.0 += 1;
            entry.1 += tie_sites.len();
        }
    }

    let mut merged: Vec<MergedActor> = actors
        .iter()
        .map(|(key, tally)| {
            let (tie_count, tie_weight) = tie_stats.get(key.as_str()).copied().unwrap_or_default();
            MergedActor {
                key: key.clone(),
                name: tally.names.winner().unwrap_or_else(|| key.clone()),
                actor_type: tally.types.winner(),
                level: tally.levels.winner(),
                site_keys: tally.sites.iter().cloned().collect(),
                tie_count,
                tie_weight,
            }
        })
        .collect();
    merged.sort_by(|p, q| {
        q.site_count()
            .cmp(&p.site_count())
            .then(q.tie_weight.cmp(&p.tie_weight))
            .then(q.tie_count.cmp(&p.tie_count))
            .then(p.key.cmp(&q.key))
    });

    let index_of: BTreeMap<&str, usize> = merged
        .iter()
        .enumerate()
        .map(|(i, a)| (a.key.as_str(), i))
        .collect();
    let mut merged_ties: Vec<MergedTie> = ties
        .iter()
        .filter_map(|((x, y), (tie_sites, types))| {
            let (i, j) = (*index_of.get(x.as_str())?, *index_of.get(y.as_str())?);
            Some(MergedTie {
                a: i.min(j),
                b: i.max(j),
                site_keys: tie_sites.iter().cloned().collect(),
                tie_types: types.iter().cloned().collect(),
            })
        })
        .collect();
    merged_ties.sort_by(|p, q| {
        q.site_count()
            .cmp(&p.site_count())
            .then(p.a.cmp(&q.a))
            .then(p.b.cmp(&q.b))
    });

    PartnerNetwork {
        actors: merged,
        ties: merged_ties,
        skipped_ties,
    }
}

/// The merged network as input for [`crate::domain::charts::network::layout_network`]:
/// node weight = number of sites, edge weight = number of sites reporting the tie, level =
/// position of the actor's level in `level_order` (the instrument's, village first).
pub fn to_network_input(
    network: &PartnerNetwork,
    level_order: &[String],
) -> (Vec<NetworkNode>, Vec<NetworkEdge>) {
    let nodes = network
        .actors
        .iter()
        .map(|a| NetworkNode {
            id: a.key.clone(),
            label: a.name.clone(),
            level: a
                .level
                .as_ref()
                .and_then(|l| level_order.iter().position(|o| o == l)),
            weight: Some(a.site_count() as f64),
        })
        .collect();
    let edges = network
        .ties
        .iter()
        .filter_map(|t| {
            Some(NetworkEdge {
                from: network.actors.get(t.a)?.key.clone(),
                to: network.actors.get(t.b)?.key.clone(),
                weight: t.site_count() as f64,
            })
        })
        .collect();
    (nodes, edges)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(id: &str, name: &str, actor_type: &str, level: &str) -> ActorInput {
        ActorInput {
            id: id.into(),
            name: name.into(),
            actor_type: Some(actor_type.into()),
            level: Some(level.into()),
        }
    }

    fn tie(from: &str, to: &str, t: &str) -> TieInput {
        TieInput {
            from: from.into(),
            to: to.into(),
            tie_type: Some(t.into()),
        }
    }

    fn sample() -> Vec<SiteNetwork> {
        vec![
            SiteNetwork {
                site_key: "s1".into(),
                actors: vec![
                    actor("a1", "สสส.", "funder", "national"),
                    actor("a2", "อบต.บ้านใหม่", "local_government", "subdistrict"),
                ],
                ties: vec![tie("a1", "a2", "funding"), tie("a1", "ghost", "funding")],
            },
            SiteNetwork {
                site_key: "s2".into(),
                actors: vec![
                    actor("x", " สสส ", "funder", "national"),
                    actor("y", "อบต.บ้านใหม่", "local_government", "subdistrict"),
                    actor("z", "FAO", "international", "international"),
                ],
                ties: vec![
                    tie("y", "x", "knowledge"),
                    tie("z", "x", "knowledge"),
                    tie("x", "x", "funding"),
                ],
            },
            SiteNetwork {
                site_key: "s3".into(),
                actors: vec![
                    actor("q", "สสส..", "funder", "national"),
                    actor("r", "fao", "", ""),
                ],
                ties: vec![],
            },
        ]
    }

    #[test]
    fn names_normalise() {
        assert_eq!(normalise_actor_name(" สสส. "), "สสส");
        assert_eq!(normalise_actor_name("สสส"), "สสส");
        assert_eq!(
            normalise_actor_name("Rubber   Authority\tof Thailand."),
            "rubber authority of thailand"
        );
        assert_eq!(normalise_actor_name("อบต. บ้านใหม่"), "อบต. บ้านใหม่");
        assert_eq!(normalise_actor_name(" . "), "");
    }

    #[test]
    fn actors_merge_across_sites_and_hubs_come_first() {
        let network = merge_partner_networks(&sample());
        let heads: Vec<(&str, usize)> = network
            .actors
            .iter()
            .map(|a| (a.key.as_str(), a.site_count()))
            .collect();
        // อบต. and FAO both appear at two sites; อบต. carries more reported ties, so it comes first.
        assert_eq!(heads, vec![("สสส", 3), ("อบต.บ้านใหม่", 2), ("fao", 2)]);
        let ssk = &network.actors[0];
        assert_eq!(ssk.name, "สสส.", "first spelling wins a tie of counts");
        assert_eq!(ssk.actor_type.as_deref(), Some("funder"));
        assert_eq!((ssk.tie_count, ssk.tie_weight), (2, 3));
        assert_eq!(network.actors[2].name, "FAO");
        assert_eq!(
            network.actors[2].actor_type.as_deref(),
            Some("international"),
            "a blank type does not win"
        );
    }

    #[test]
    fn ties_are_weighted_by_sites() {
        let network = merge_partner_networks(&sample());
        assert_eq!(network.skipped_ties, 2, "the ghost end and the self-tie");
        assert_eq!(network.ties.len(), 2);
        let strongest = &network.ties[0];
        assert_eq!(
            strongest.site_keys,
            vec!["s1".to_string(), "s2".to_string()]
        );
        assert_eq!(
            strongest.tie_types,
            vec!["funding".to_string(), "knowledge".to_string()]
        );
        assert_eq!(network.actors[strongest.a].key, "สสส");
        assert_eq!(network.actors[strongest.b].key, "อบต.บ้านใหม่");
        assert!(network.ties.iter().all(|t| t.a < t.b));
    }

    #[test]
    fn converts_to_network_chart_input() {
        let network = merge_partner_networks(&sample());
        let levels: Vec<String> = ["village", "subdistrict", "national"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (nodes, edges) = to_network_input(&network, &levels);
        assert_eq!(nodes.len(), 3);
        assert_eq!(nodes[0].level, Some(2));
        assert_eq!(nodes[1].level, Some(1));
        assert_eq!(
            nodes[2].level, None,
            "international is not in the given order"
        );
        assert_eq!(nodes[0].weight, Some(3.0));
        assert_eq!(edges[0].weight, 2.0);
    }

    #[test]
    fn empty_input() {
        let network = merge_partner_networks(&[]);
        assert!(network.actors.is_empty() && network.ties.is_empty());
    }
}
