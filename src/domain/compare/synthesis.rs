//! Cross-site synthesis: the factors of all sites counted by kind × category × community type
//! with their texts beneath, and Tool set 1 answers side by side (part × site).
//!
//! Order is stable so that a table in a policy brief does not reshuffle when one more file is
//! imported: kinds, categories and types follow the order the caller gives (the instrument's),
//! anything unknown follows alphabetically; texts keep their input order.

/// One factor written at one site.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FactorInput {
    pub site_key: String,
    pub community_type: Option<String>,
    /// `supporting`, `obstacle`, `success`, `opportunity`, `challenge`.
    pub kind: String,
    /// `leadership`, `market`, ...
    pub category: String,
    pub text: String,
}

/// The preferred order of kinds, categories and community types (usually the instrument's).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SynthesisOrder {
    pub kinds: Vec<String>,
    pub categories: Vec<String>,
    pub community_types: Vec<String>,
}

/// A factor text with the site it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct SourcedText {
    pub site_key: String,
    pub text: String,
}

/// All factors of one kind, category and community type (`None` = type not chosen).
#[derive(Debug, Clone, PartialEq)]
pub struct FactorGroup {
    pub kind: String,
    pub category: String,
    pub community_type: Option<String>,
    /// Number of factors, including any with an empty text.
    pub count: usize,
    /// Number of distinct sites that named a factor here: "7 of 20 sites say ...".
    pub site_count: usize,
    /// Non-empty texts (trimmed), in input order.
    pub texts: Vec<SourcedText>,
}

/// Groups factors by kind, then category, then community type, in `order`.
pub fn synthesise_factors(factors: &[FactorInput], order: &SynthesisOrder) -> Vec<FactorGroup> {
    type Key = ((usize, String), (usize, String), (usize, Option<String>));
    // Kept sorted by key (a vector: a `BTreeMap` type would add several KB of wasm).
    let mut groups: Vec<(Key, FactorGroup, Vec<&str>)> = Vec::new();
    for factor in factors {
        let kind = factor.kind.trim().to_string();
        let category = factor.category.trim().to_string();
        let community_type = factor
            .community_type
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string);
        let key: Key = (
            (position(&order.kinds, &kind), kind.clone()),
            (position(&order.categories, &category), category.clone()),
            (
                community_type
                    .as_deref()
                    .map(|t| position(&order.community_types, t))
                    .unwrap_or(usize::MAX),
                community_type.clone(),
            ),
        );
        let i = match groups.binary_search_by(|(k, _, _)| k.cmp(&key)) {
            Ok(i) => i,
            Err(i) => {
                let group = FactorGroup {
                    kind,
                    category,
                    community_type,
                    count: 0,
                    site_count: 0,
                    texts: Vec::new(),
                };
                groups.insert(i, (key, group, Vec::new()));
                i
            }
        };
        let (_, group, sites) = &mut groups[i];
        group.count += 1;
        if !sites.contains(&factor.site_key.as_str()) {
            sites.push(factor.site_key.as_str());
        }
        let text = factor.text.trim();
        if !text.is_empty() {
            group.texts.push(SourcedText {
                site_key: factor.site_key.clone(),
                text: text.to_string(),
            });
        }
    }
    groups
        .into_iter()
        .map(|(_, mut group, sites)| {
            group.site_count = sites.len();
            group
        })
        .collect()
}

/// Total factors of `kind` and `category` over all community types.
pub fn count_for(groups: &[FactorGroup], kind: &str, category: &str) -> usize {
    groups
        .iter()
        .filter(|g| g.kind == kind && g.category == category)
        .map(|g| g.count)
        .sum()
}

/// Where `value` sits in the preferred order; unknown values go after all known ones.
fn position(order: &[String], value: &str) -> usize {
    order.iter().position(|o| o == value).unwrap_or(order.len())
}

/// One Tool set 1 answer: a site's text for one part.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToolsetAnswer {
    pub site_key: String,
    pub part_id: String,
    pub text: String,
}

/// Tool set 1 side by side: `cells[part][site]`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToolsetTable {
    pub parts: Vec<String>,
    pub sites: Vec<String>,
    pub cells: Vec<Vec<String>>,
}

impl ToolsetTable {
    /// The text of a part at a site ("" when empty or out of range).
    pub fn cell(&self, part: usize, site: usize) -> &str {
        self.cells
            .get(part)
            .and_then(|row| row.get(site))
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// Builds the part × site table. Parts follow `part_order` (the instrument's eight parts) and
/// sites follow `site_order`; parts or sites found only in the answers are appended in the order
/// first seen. Two answers for the same part and site are joined by a blank line.
pub fn toolset_side_by_side(
    answers: &[ToolsetAnswer],
    part_order: &[String],
    site_order: &[String],
) -> ToolsetTable {
    let mut parts: Vec<String> = Vec::new();
    let mut sites: Vec<String> = Vec::new();
    for part in part_order.iter().chain(answers.iter().map(|a| &a.part_id)) {
        if !parts.contains(part) {
            parts.push(part.clone());
        }
    }
    for site in site_order.iter().chain(answers.iter().map(|a| &a.site_key)) {
        if !sites.contains(site) {
            sites.push(site.clone());
        }
    }
    let mut cells = vec![vec![String::new(); sites.len()]; parts.len()];
    for answer in answers {
        let text = answer.text.trim();
        if text.is_empty() {
            continue;
        }
        let part = parts.iter().position(|p| *p == answer.part_id);
        let site = sites.iter().position(|s| *s == answer.site_key);
        if let Some(cell) = part
            .zip(site)
            .and_then(|(p, s)| cells.get_mut(p).and_then(|row| row.get_mut(s)))
        {
            if !cell.is_empty() {
                cell.push_str("\n\n");
            }
            cell.push_str(text);
        }
    }
    ToolsetTable {
        parts,
        sites,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn factor(site: &str, t: Option<&str>, kind: &str, category: &str, text: &str) -> FactorInput {
        FactorInput {
            site_key: site.into(),
            community_type: t.map(str::to_string),
            kind: kind.into(),
            category: category.into(),
            text: text.into(),
        }
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn factors_group_in_the_instruments_order() {
        let factors = vec![
            factor("s1", Some("fisheries"), "obstacle", "market", "ราคาปลาตก"),
            factor(
                "s2",
                Some("rubber"),
                "supporting",
                "leadership",
                "ผู้นำเข้มแข็ง",
            ),
            factor("s3", Some("fisheries"), "obstacle", "market", "  ขาดตลาด  "),
            factor("s1", Some("fisheries"), "obstacle", "market", ""),
            factor("s4", None, "zzz-new", "market", "unknown kind"),
        ];
        let order = SynthesisOrder {
            kinds: strings(&["supporting", "obstacle"]),
            categories: strings(&["leadership", "market"]),
            community_types: strings(&["rubber", "fisheries"]),
        };
        let groups = synthesise_factors(&factors, &order);
        let heads: Vec<(&str, &str, Option<&str>, usize, usize)> = groups
            .iter()
            .map(|g| {
                (
                    g.kind.as_str(),
                    g.category.as_str(),
                    g.community_type.as_deref(),
                    g.count,
                    g.site_count,
                )
            })
            .collect();
        assert_eq!(
            heads,
            vec![
                ("supporting", "leadership", Some("rubber"), 1, 1),
                ("obstacle", "market", Some("fisheries"), 3, 2),
                ("zzz-new", "market", None, 1, 1),
            ]
        );
        let texts: Vec<&str> = groups[1].texts.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["ราคาปลาตก", "ขาดตลาด"],
            "trimmed, input order, blanks skipped"
        );
        assert_eq!(count_for(&groups, "obstacle", "market"), 3);
    }

    #[test]
    fn synthesis_is_stable_when_files_arrive_in_another_order() {
        let a = factor("s1", Some("rubber"), "success", "market", "x");
        let b = factor("s2", Some("fisheries"), "success", "market", "y");
        let one = synthesise_factors(&[a.clone(), b.clone()], &SynthesisOrder::default());
        let two = synthesise_factors(&[b, a], &SynthesisOrder::default());
        let types = |g: &[FactorGroup]| {
            g.iter()
                .map(|x| x.community_type.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(types(&one), types(&two));
    }

    #[test]
    fn toolset_table_is_part_by_site() {
        let answers = vec![
            ToolsetAnswer {
                site_key: "s2".into(),
                part_id: "location".into(),
                text: "ริมทะเล".into(),
            },
            ToolsetAnswer {
                site_key: "s1".into(),
                part_id: "type".into(),
                text: "ประมง".into(),
            },
            ToolsetAnswer {
                site_key: "s1".into(),
                part_id: "type".into(),
                text: "ท่องเที่ยว".into(),
            },
            ToolsetAnswer {
                site_key: "s9".into(),
                part_id: "extra".into(),
                text: "?".into(),
            },
        ];
        let table = toolset_side_by_side(
            &answers,
            &strings(&["type", "location"]),
            &strings(&["s1", "s2"]),
        );
        assert_eq!(table.parts, strings(&["type", "location", "extra"]));
        assert_eq!(table.sites, strings(&["s1", "s2", "s9"]));
        assert_eq!(table.cell(0, 0), "ประมง\n\nท่องเที่ยว");
        assert_eq!(table.cell(1, 1), "ริมทะเล");
        assert_eq!(table.cell(1, 0), "");
        assert_eq!(table.cell(2, 2), "?");
        assert_eq!(table.cell(99, 99), "");
    }
}
