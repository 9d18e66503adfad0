//! Province coverage: how many assessed sites each southern province has, by community type,
//! and which provinces still have none. The project aims for at least one model site per
//! province, so the empty ones are the list the team acts on.

use super::SiteScores;
use crate::domain::charts::tilemap::SOUTHERN_PROVINCE_TILES;

/// One province's sites.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvinceCoverage {
    pub iso: &'static str,
    pub site_count: usize,
    /// Community type id → number of sites; `None` for sites without a type. Sorted by type.
    pub by_type: Vec<(Option<String>, usize)>,
}

/// Coverage across the south.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageReport {
    /// All 14 provinces, north to south (the tile-map order).
    pub provinces: Vec<ProvinceCoverage>,
    /// ISO codes of the provinces with no site yet.
    pub provinces_without_sites: Vec<&'static str>,
    /// Keys of sites with no province, or a province outside the 14.
    pub sites_without_province: Vec<String>,
}

/// Normalises a province code: trims, upper-cases, and accepts the bare DOPA number (`"84"`).
/// Returns the canonical code if it is one of the 14 southern provinces.
pub fn southern_province(code: &str) -> Option<&'static str> {
    let code = code.trim();
    let wanted = if code.len() == 2 && code.bytes().all(|b| b.is_ascii_digit()) {
        format!("TH-{code}")
    } else {
        code.to_ascii_uppercase()
    };
    SOUTHERN_PROVINCE_TILES
        .iter()
        .map(|t| t.iso)
        .find(|iso| *iso == wanted)
}

/// Counts sites per province and type.
pub fn province_coverage(sites: &[SiteScores]) -> CoverageReport {
    // Per tile (in tile order): (community type, count), sorted by type with `None` first.
    let mut counts: Vec<Vec<(Option<String>, usize)>> =
        vec![Vec::new(); SOUTHERN_PROVINCE_TILES.len()];
    let mut sites_without_province = Vec::new();
    for site in sites {
        let tile = site
            .province
            .as_deref()
            .and_then(southern_province)
            .and_then(|iso| SOUTHERN_PROVINCE_TILES.iter().position(|t| t.iso == iso));
        match tile {
            Some(p) => {
                let community_type = site
                    .community_type
                    .as_deref()
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string);
                let list = &mut counts[p];
                match list.binary_search_by(|(t, _)| t.cmp(&community_type)) {
                    Ok(i) => list[i].1 += 1,
                    Err(i) => list.insert(i, (community_type, 1)),
                }
            }
            None => sites_without_province.push(site.key.clone()),
        }
    }
    let provinces: Vec<ProvinceCoverage> = SOUTHERN_PROVINCE_TILES
        .iter()
        .zip(counts)
        .map(|(tile, by_type)| ProvinceCoverage {
            iso: tile.iso,
            site_count: by_type.iter().map(|(_, n)| n).sum(),
            by_type,
        })
        .collect();
    let provinces_without_sites = provinces
        .iter()
        .filter(|p| p.site_count == 0)
        .map(|p| p.iso)
        .collect();
    CoverageReport {
        provinces,
        provinces_without_sites,
        sites_without_province,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(key: &str, province: Option<&str>, t: Option<&str>) -> SiteScores {
        SiteScores {
            key: key.into(),
            province: province.map(str::to_string),
            community_type: t.map(str::to_string),
            ..SiteScores::default()
        }
    }

    #[test]
    fn counts_by_province_and_type() {
        let sites = vec![
            site("a", Some("TH-84"), Some("fisheries")),
            site("b", Some(" th-84 "), Some("rubber")),
            site("c", Some("84"), Some("fisheries")),
            site("d", Some("TH-96"), None),
            site("e", None, Some("rubber")),
            site("f", Some("TH-10"), Some("rubber")),
        ];
        let report = province_coverage(&sites);
        assert_eq!(report.provinces.len(), 14);
        let surat = report.provinces.iter().find(|p| p.iso == "TH-84").unwrap();
        assert_eq!(surat.site_count, 3);
        assert_eq!(
            surat.by_type,
            vec![
                (Some("fisheries".to_string()), 2),
                (Some("rubber".to_string()), 1)
            ]
        );
        assert_eq!(report.provinces_without_sites.len(), 12);
        assert!(!report.provinces_without_sites.contains(&"TH-96"));
        assert_eq!(
            report.sites_without_province,
            vec!["e".to_string(), "f".to_string()]
        );
    }

    #[test]
    fn no_sites_means_all_fourteen_are_missing() {
        let report = province_coverage(&[]);
        assert_eq!(report.provinces_without_sites.len(), 14);
        assert_eq!(report.provinces_without_sites.first(), Some(&"TH-85"));
    }

    #[test]
    fn province_codes_normalise() {
        assert_eq!(southern_province("th-90"), Some("TH-90"));
        assert_eq!(southern_province("90"), Some("TH-90"));
        assert_eq!(southern_province("TH-50"), None);
        assert_eq!(southern_province("๙๐"), None);
    }
}
