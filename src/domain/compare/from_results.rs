//! The adapter from scored assessments to the comparison inputs: one function per input type,
//! so the workshop code never reaches into an `Assessment` itself.
//!
//! [`site_scores`] re-scores an assessment on a comparison [`Basis`]: across community types only
//! the shared core counts, so a dimension score here may differ from the site's own results
//! page (which uses every indicator of its type). The formulas are the scoring engine's
//! (`docs/scoring.md`): indicator weights within a dimension, dimension weights overall, and
//! not applicable / unanswered are left out, never counted as 0.

use super::common_core::{comparison_basis, Basis};
use super::partners::{ActorInput, SiteNetwork, TieInput};
use super::synthesis::{FactorInput, ToolsetAnswer};
use super::{CellState, SiteScores};
use crate::domain::assessment::Assessment;
use crate::domain::instrument::Instrument;
use crate::domain::scoring::{exact_indicator_score, exact_mean, Ratio};

/// The basis for comparing these assessments (see [`comparison_basis`]).
pub fn basis_of(assessments: &[Assessment]) -> Basis {
    let types: Vec<Option<&str>> = assessments
        .iter()
        .map(|a| a.profile.community_type.as_deref())
        .collect();
    comparison_basis(&types)
}

/// The ids of the indicators compared on `basis`, in instrument order (the heatmap columns).
pub fn basis_indicators<'a>(inst: &'a Instrument, basis: &Basis) -> Vec<&'a str> {
    inst.indicators
        .iter()
        .filter(|i| basis.includes(&i.applies_to))
        .map(|i| i.id.as_str())
        .collect()
}

/// One site's scores on `basis`: every instrument dimension (in order) and every basis
/// indicator, with N/A, unanswered and "not asked for this type" kept apart.
pub fn site_scores(a: &Assessment, inst: &Instrument, basis: &Basis) -> SiteScores {
    let community_type = a
        .profile
        .community_type
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let mut indicators = Vec::new();
    let mut na_reasons = Vec::new();
    // (dimension, score, weight) of every scored basis indicator, exactly.
    let mut scored: Vec<(&str, Ratio, Ratio)> = Vec::new();
    for ind in inst
        .indicators
        .iter()
        .filter(|i| basis.includes(&i.applies_to))
    {
        let state = if !ind.applies_to_type(community_type) {
            CellState::NotInType
        } else {
            let answer = a.answers.get(&ind.id);
            match answer {
                Some(ans) if ans.not_applicable => CellState::NotApplicable,
                _ => match answer
                    .and_then(|ans| ans.scored_level())
                    .and_then(exact_indicator_score)
                {
                    Some(s) => {
                        scored.push((ind.dimension.as_str(), s, exact_weight(ind.weight)));
                        CellState::Score(s.to_f64())
                    }
                    None => CellState::Unanswered,
                },
            }
        };
        if state == CellState::NotApplicable {
            if let Some(r) = a.answers.get(&ind.id).map(|x| x.na_reason.trim()).filter(|r| !r.is_empty()) {
                na_reasons.push((ind.id.clone(), r.to_string()));
            }
        }
        indicators.push((ind.id.clone(), state));
    }
    let exact_dimensions: Vec<Option<Ratio>> = inst
        .dimensions
        .iter()
        .map(|d| {
            exact_mean(
                scored
                    .iter()
                    .filter(|(dim, _, _)| *dim == d.id)
                    .map(|(_, s, w)| (*s, *w)),
            )
        })
        .collect();
    let exact_overall = exact_mean(
        inst.dimensions
            .iter()
            .zip(&exact_dimensions)
            .filter_map(|(d, s)| s.map(|s| (s, exact_weight(d.weight)))),
    );
    let dimensions: Vec<(String, Option<f64>)> = inst
        .dimensions
        .iter()
        .zip(&exact_dimensions)
        .map(|(d, s)| (d.id.clone(), s.map(Ratio::to_f64)))
        .collect();
    let overall = exact_overall.map(Ratio::to_f64);
    SiteScores {
        key: a.id.clone(),
        name: a.profile.site_name.trim().to_string(),
        community_type: community_type.map(str::to_string),
        province: a.profile.province.clone(),
        overall,
        dimensions,
        indicators,
        na_reasons,
        exact_dimensions,
        exact_overall,
    }
}

/// A weight as the instrument writes it, exactly (0, left out, when it is not a usable decimal;
/// `gca validate` rejects such instruments).
fn exact_weight(w: f64) -> Ratio {
    Ratio::from_decimal(w).unwrap_or(Ratio::ZERO)
}

/// Every factor of the assessment, tagged with its site and type.
pub fn factor_inputs(a: &Assessment) -> Vec<FactorInput> {
    a.factors
        .iter()
        .map(|f| FactorInput {
            site_key: a.id.clone(),
            community_type: a.profile.community_type.clone(),
            kind: f.kind.clone(),
            category: f.category.clone(),
            text: f.text.clone(),
        })
        .collect()
}

/// The Tool set 1 answers of the assessment.
pub fn toolset_answers(a: &Assessment) -> Vec<ToolsetAnswer> {
    a.toolset
        .iter()
        .map(|(part, text)| ToolsetAnswer {
            site_key: a.id.clone(),
            part_id: part.clone(),
            text: text.clone(),
        })
        .collect()
}

/// The site's partner network, as the merge expects it.
pub fn site_network(a: &Assessment) -> SiteNetwork {
    let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    SiteNetwork {
        site_key: a.id.clone(),
        actors: a
            .network
            .actors
            .iter()
            .map(|x| ActorInput {
                id: x.id.clone(),
                name: x.name.clone(),
                actor_type: some(&x.actor_type),
                level: some(&x.level),
            })
            .collect(),
        ties: a
            .network
            .ties
            .iter()
            .map(|t| TieInput {
                from: t.from.clone(),
                to: t.to.clone(),
                tie_type: some(&t.tie_type),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Actor, Answer, Factor, Tie};
    use crate::domain::compare::ranking::{rank_sites, DimensionWeights};
    use crate::domain::instrument::{Dimension, Indicator, Text};

    fn dim(id: &str, weight: f64) -> Dimension {
        Dimension {
            id: id.into(),
            name: Text::new(id, id),
            short: Text::new(id, id),
            description: Text::new(id, id),
            weight,
        }
    }

    fn ind(id: &str, dimension: &str, applies: &str, weight: f64) -> Indicator {
        Indicator {
            id: id.into(),
            label: Text::new(id, id),
            definition: Text::new(id, id),
            dimension: dimension.into(),
            applies_to: vec![applies.into()],
            weight,
            pillars: vec![],
            bcg: vec![],
            levels: vec![],
            evidence: vec![],
            source: String::new(),
        }
    }

    fn inst() -> Instrument {
        let mut i = crate::domain::test_support::inst();
        i.dimensions = vec![dim("food", 1.0), dim("network", 3.0)];
        i.indicators = vec![
            ind("C01", "food", "core", 1.0),
            ind("C02", "food", "core", 3.0),
            ind("C13", "network", "core", 1.0),
            ind("FI01", "food", "fisheries", 1.0),
            ind("RB01", "network", "rubber", 1.0),
        ];
        i
    }

    fn level(l: u8) -> Answer {
        Answer {
            level: Some(l),
            ..Answer::default()
        }
    }

    fn site(id: &str, t: &str, answers: &[(&str, Answer)]) -> Assessment {
        let mut a = Assessment {
            id: id.into(),
            ..Assessment::default()
        };
        a.profile.community_type = Some(t.into());
        a.profile.site_name = format!(" {id} name ");
        a.profile.province = Some("TH-84".into());
        for (k, v) in answers {
            a.answers.insert(k.to_string(), v.clone());
        }
        a
    }

    fn fisheries() -> Assessment {
        let na = Answer {
            level: Some(4),
            not_applicable: true,
            ..Answer::default()
        };
        site(
            "f",
            "fisheries",
            &[
                ("C01", level(4)),
                ("C02", level(0)),
                ("C13", na),
                ("FI01", level(4)),
                ("RB01", level(4)),
            ],
        )
    }

    #[test]
    fn core_basis_ignores_type_indicators_and_keeps_states_apart() {
        let s = site_scores(&fisheries(), &inst(), &Basis::CoreOnly);
        assert_eq!(s.name, "f name");
        let ids: Vec<&str> = s.indicators.iter().map(|(i, _)| i.as_str()).collect();
        assert_eq!(ids, vec!["C01", "C02", "C13"]);
        assert_eq!(s.indicators[0].1, CellState::Score(100.0));
        assert_eq!(
            s.indicators[1].1,
            CellState::Score(0.0),
            "level 0 is a real 0"
        );
        assert_eq!(s.indicators[2].1, CellState::NotApplicable);
        // food = (100×1 + 0×3) / 4 = 25 on the core; FI01 (100) is left out.
        assert_eq!(s.dimension("food"), Some(25.0));
        assert_eq!(s.dimension("network"), None, "N/A is left out, never 0");
        assert_eq!(s.overall, Some(25.0));
    }

    #[test]
    fn one_type_basis_uses_its_own_indicators_only() {
        let basis = Basis::AllIndicators {
            community_type: "fisheries".into(),
        };
        let s = site_scores(&fisheries(), &inst(), &basis);
        let ids: Vec<&str> = s.indicators.iter().map(|(i, _)| i.as_str()).collect();
        assert_eq!(ids, vec!["C01", "C02", "C13", "FI01"]);
        // food = (100 + 0×3 + 100) / 5 = 40; the rubber answer is never scored.
        assert_eq!(s.dimension("food"), Some(40.0));
    }

    #[test]
    fn unanswered_and_other_types_are_not_scores() {
        let a = site("r", "rubber", &[("C01", level(2))]);
        let basis = Basis::AllIndicators {
            community_type: "fisheries".into(),
        };
        let s = site_scores(&a, &inst(), &basis);
        assert_eq!(s.indicators[1].1, CellState::Unanswered);
        assert_eq!(s.indicators[3].1, CellState::NotInType);
        assert_eq!(s.dimension("food"), Some(50.0));
    }

    #[test]
    fn dimension_weights_drive_the_overall_and_the_ranking_agrees() {
        let a = site(
            "a",
            "rubber",
            &[("C01", level(4)), ("C02", level(4)), ("C13", level(0))],
        );
        let b = site(
            "b",
            "rubber",
            &[("C01", level(0)), ("C02", level(0)), ("C13", level(4))],
        );
        let sa = site_scores(&a, &inst(), &Basis::CoreOnly);
        let sb = site_scores(&b, &inst(), &Basis::CoreOnly);
        // network weighs 3: a = 100×1/4 = 25, b = 75.
        assert_eq!((sa.overall, sb.overall), (Some(25.0), Some(75.0)));
        let weights: DimensionWeights = inst()
            .dimensions
            .iter()
            .map(|d| (d.id.clone(), d.weight))
            .collect();
        let ranking = rank_sites(&[sa, sb], &weights);
        assert_eq!(ranking[0].key, "b");
        assert_eq!(ranking[0].score, Some(75.0));
    }

    #[test]
    fn basis_of_mixed_and_single_types() {
        let one = [fisheries(), fisheries()];
        assert_eq!(
            basis_of(&one),
            Basis::AllIndicators {
                community_type: "fisheries".into()
            }
        );
        let mixed = [fisheries(), site("r", "rubber", &[])];
        assert_eq!(basis_of(&mixed), Basis::CoreOnly);
        assert_eq!(
            basis_indicators(&inst(), &Basis::CoreOnly),
            vec!["C01", "C02", "C13"]
        );
    }

    #[test]
    fn factors_toolset_and_network_carry_the_site() {
        let mut a = fisheries();
        a.factors.push(Factor {
            kind: "obstacle".into(),
            category: "market".into(),
            text: "ราคาตก".into(),
            ..Factor::default()
        });
        a.toolset.insert("type".into(), "ประมง".into());
        a.network.actors.push(Actor {
            id: "a1".into(),
            name: "สสส.".into(),
            actor_type: "funder".into(),
            level: " ".into(),
            ..Actor::default()
        });
        a.network.ties.push(Tie {
            from: "a1".into(),
            to: "a2".into(),
            tie_type: "funding".into(),
            ..Tie::default()
        });
        let f = factor_inputs(&a);
        assert_eq!(
            (
                f[0].site_key.as_str(),
                f[0].community_type.as_deref(),
                f[0].kind.as_str()
            ),
            ("f", Some("fisheries"), "obstacle")
        );
        let t = toolset_answers(&a);
        assert_eq!(
            (t[0].part_id.as_str(), t[0].text.as_str()),
            ("type", "ประมง")
        );
        let n = site_network(&a);
        assert_eq!(n.actors[0].actor_type.as_deref(), Some("funder"));
        assert_eq!(n.actors[0].level, None, "blank level is unknown");
        assert_eq!(n.ties[0].tie_type.as_deref(), Some("funding"));
    }
}

#[cfg(test)]
mod na_reason_tests {
    use super::*;
    use crate::domain::assessment::Action;
    use crate::domain::test_support::{fisheries, inst};

    #[test]
    fn the_reason_of_a_not_applicable_answer_reaches_the_workshop() {
        let mut a = fisheries();
        let now = "2026-12-01T00:00:00Z";
        a.apply(Action::ToggleNotApplicable { indicator: "FI01".into() }, now).unwrap();
        a.apply(Action::SetNaReason { indicator: "FI01".into(), text: "ไม่มีองค์กรประมงตามกฎหมายในพื้นที่".into() }, now).unwrap();
        a.apply(Action::ToggleNotApplicable { indicator: "C01".into() }, now).unwrap();
        let s = site_scores(&a, &inst(), &Basis::AllIndicators { community_type: "fisheries".into() });
        assert_eq!(s.na_reasons, vec![("FI01".to_string(), "ไม่มีองค์กรประมงตามกฎหมายในพื้นที่".to_string())]);
    }
}
