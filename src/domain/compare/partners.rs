//! The partner network across sites: the same agency named at several sites becomes one actor.
//!
//! Names are typed by hand in the field, so "สสส.", "สสส" and " สสส " must meet: names are
//! compared after trimming, collapsing inner whitespace, lower-casing Latin letters and dropping
//! trailing dots (see [`normalise_actor_name`]). Each merged actor knows how many distinct
//! sites name it, each merged tie how many sites report it; actors that many sites share (the
//! ones that hold the network together) come first.

use super::{insert_sorted, permute, sorted_indices};
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
    key: String,
    names: Tally,
    types: Tally,
    levels: Tally,
    /// Sorted, without duplicates.
    sites: Vec<String>,
}

/// One reported tie between two actor keys (`a` < `b`).
struct TieTally {
    a: String,
    b: String,
    /// Both sorted, without duplicates.
    sites: Vec<String>,
    types: Vec<String>,
}

/// Merges the networks of several sites.
///
/// Plain vectors kept sorted stand in for maps and sets here: each `BTreeMap`/`BTreeSet` type
/// adds several KB of wasm, and the numbers of actors and ties are small.
pub fn merge_partner_networks(sites: &[SiteNetwork]) -> PartnerNetwork {
    // Sorted by key.
    let mut actors: Vec<ActorTally> = Vec::new();
    let mut ties: Vec<TieTally> = Vec::new();
    let mut skipped_ties = 0;

    for site in sites {
        // Actor id at this site → merged key (the first actor with an id wins).
        let mut key_of_id: Vec<(&str, String)> = Vec::new();
        for actor in &site.actors {
            let key = normalise_actor_name(&actor.name);
            if key.is_empty() {
                continue;
            }
            let i = match actors.binary_search_by(|t| t.key.as_str().cmp(&key)) {
                Ok(i) => i,
                Err(i) => {
                    actors.insert(
                        i,
                        ActorTally {
                            key: key.clone(),
                            ..ActorTally::default()
                        },
                    );
                    i
                }
            };
            let tally = &mut actors[i];
            tally.names.add(&actor.name);
            tally.types.add(actor.actor_type.as_deref().unwrap_or(""));
            tally.levels.add(actor.level.as_deref().unwrap_or(""));
            insert_sorted(&mut tally.sites, &site.site_key);
            if !key_of_id.iter().any(|(id, _)| *id == actor.id) {
                key_of_id.push((actor.id.as_str(), key));
            }
        }
        let find = |id: &str| key_of_id.iter().find(|(i, _)| *i == id).map(|(_, k)| k);
        for tie in &site.ties {
            match (find(&tie.from), find(&tie.to)) {
                (Some(x), Some(y)) if x != y => {
                    let (a, b) = if x < y { (x, y) } else { (y, x) };
                    let i = match ties
                        .binary_search_by(|t| (t.a.as_str(), t.b.as_str()).cmp(&(a, b)))
                    {
                        Ok(i) => i,
                        Err(i) => {
                            ties.insert(
                                i,
                                TieTally {
                                    a: a.clone(),
                                    b: b.clone(),
                                    sites: Vec::new(),
                                    types: Vec::new(),
                                },
                            );
                            i
                        }
                    };
                    let t = &mut ties[i];
                    insert_sorted(&mut t.sites, &site.site_key);
                    if let Some(kind) = tie
                        .tie_type
                        .as_deref()
                        .map(str::trim)
                        .filter(|t| !t.is_empty())
                    {
                        insert_sorted(&mut t.types, kind);
                    }
                }
                _ => skipped_ties += 1,
            }
        }
    }

    // Ties as actor indexes (in key order), and per-actor tie statistics: number of ties,
    // and of sites reporting them.
    let actor_index = |key: &str| actors.binary_search_by(|t| t.key.as_str().cmp(key)).ok();
    let tie_ends: Vec<(usize, usize)> = ties
        .iter()
        .map(|t| {
            (
                actor_index(&t.a).unwrap_or(0),
                actor_index(&t.b).unwrap_or(0),
            )
        })
        .collect();
    let mut stats = vec![(0usize, 0usize); actors.len()];
    for (t, &(i, j)) in ties.iter().zip(&tie_ends) {
        for k in [i, j] {
            stats[k].0 += 1;
            stats[k].1 += t.sites.len();
        }
    }
    let merged: Vec<MergedActor> = actors
        .iter()
        .zip(&stats)
        .map(|(tally, &(tie_count, tie_weight))| MergedActor {
            key: tally.key.clone(),
            name: tally.names.winner().unwrap_or_else(|| tally.key.clone()),
            actor_type: tally.types.winner(),
            level: tally.levels.winner(),
            site_keys: tally.sites.clone(),
            tie_count,
            tie_weight,
        })
        .collect();
    // Keys are unique and `actors` is in key order, so a stable sort breaks ties by key.
    let order = sorted_indices(merged.len(), &|i, j| {
        let (p, q) = (&merged[i], &merged[j]);
        q.site_count()
            .cmp(&p.site_count())
            .then(q.tie_weight.cmp(&p.tie_weight))
            .then(q.tie_count.cmp(&p.tie_count))
    });
    let merged = permute(merged, &order);

    // Key-order index → position after sorting.
    let mut position = vec![0; order.len()];
    for (p, &i) in order.iter().enumerate() {
        position[i] = p;
    }
    let merged_ties: Vec<MergedTie> = ties
        .into_iter()
        .zip(tie_ends)
        .map(|(t, (i, j))| {
            let (i, j) = (position[i], position[j]);
            MergedTie {
                a: i.min(j),
                b: i.max(j),
                site_keys: t.sites,
                tie_types: t.types,
            }
        })
        .collect();
    let order = sorted_indices(merged_ties.len(), &|i, j| {
        let (p, q) = (&merged_ties[i], &merged_ties[j]);
        q.site_count()
            .cmp(&p.site_count())
            .then(p.a.cmp(&q.a))
            .then(p.b.cmp(&q.b))
    });

    PartnerNetwork {
        actors: merged,
        ties: permute(merged_ties, &order),
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
