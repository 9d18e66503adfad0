//! The comparison basis. Each community type has its own indicators besides the shared core
//! (C01–C15); comparing a fisheries site with a rubber site on "all indicators" would compare
//! different questions. So a comparison across types uses the shared core only, and the views
//! say so; sites of one type compare on everything they share.

use serde::{Deserialize, Serialize};

/// The `applies_to` entry that marks a shared core indicator in the instrument.
pub const CORE: &str = "core";

/// Which indicators a comparison may use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
pub enum Basis {
    /// Sites of different (or unknown) types: the shared core only.
    CoreOnly,
    /// Every site has this type: core and type-specific indicators.
    AllIndicators { community_type: String },
}

impl Basis {
    /// Whether an indicator with this `applies_to` list (from the instrument) is compared.
    pub fn includes(&self, applies_to: &[String]) -> bool {
        applies_to.iter().any(|a| match self {
            Basis::CoreOnly => a == CORE,
            Basis::AllIndicators { community_type } => a == CORE || a == community_type,
        })
    }
}

/// The basis for comparing sites with these community types. All sites of one known type give
/// [`Basis::AllIndicators`]; mixed types, a site without a type, or no sites give
/// [`Basis::CoreOnly`] (the safe choice: nothing is compared that not every site was asked).
pub fn comparison_basis(types: &[Option<&str>]) -> Basis {
    let mut common: Option<&str> = None;
    for t in types {
        match t.map(str::trim).filter(|t| !t.is_empty()) {
            None => return Basis::CoreOnly,
            Some(t) => match common {
                None => common = Some(t),
                Some(c) if c == t => {}
                Some(_) => return Basis::CoreOnly,
            },
        }
    }
    match common {
        Some(t) => Basis::AllIndicators {
            community_type: t.to_string(),
        },
        None => Basis::CoreOnly,
    }
}

/// [`comparison_basis`] for [`super::SiteScores`].
pub fn basis_for_sites(sites: &[super::SiteScores]) -> Basis {
    let types: Vec<Option<&str>> = sites.iter().map(|s| s.community_type.as_deref()).collect();
    comparison_basis(&types)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applies(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn one_type_compares_everything() {
        let basis = comparison_basis(&[Some("fisheries"), Some(" fisheries ")]);
        assert_eq!(
            basis,
            Basis::AllIndicators {
                community_type: "fisheries".into()
            }
        );
        assert!(basis.includes(&applies(&["core"])));
        assert!(basis.includes(&applies(&["fisheries", "tourism"])));
        assert!(!basis.includes(&applies(&["rubber"])));
    }

    #[test]
    fn mixed_or_unknown_types_use_the_core() {
        assert_eq!(
            comparison_basis(&[Some("fisheries"), Some("rubber")]),
            Basis::CoreOnly
        );
        assert_eq!(
            comparison_basis(&[Some("fisheries"), None]),
            Basis::CoreOnly
        );
        assert_eq!(comparison_basis(&[Some("")]), Basis::CoreOnly);
        assert_eq!(comparison_basis(&[]), Basis::CoreOnly);
        assert!(Basis::CoreOnly.includes(&applies(&["core"])));
        assert!(!Basis::CoreOnly.includes(&applies(&["fisheries"])));
    }

    #[test]
    fn basis_from_sites_and_serde_shape() {
        let site = |t: &str| super::super::SiteScores {
            community_type: Some(t.into()),
            ..Default::default()
        };
        assert_eq!(
            basis_for_sites(&[site("rubber"), site("rubber")]),
            Basis::AllIndicators {
                community_type: "rubber".into()
            }
        );
        let json = serde_json::to_string(&Basis::AllIndicators {
            community_type: "rubber".into(),
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"basis":"all_indicators","community_type":"rubber"}"#
        );
        assert_eq!(
            serde_json::to_string(&Basis::CoreOnly).unwrap(),
            r#"{"basis":"core_only"}"#
        );
    }
}
