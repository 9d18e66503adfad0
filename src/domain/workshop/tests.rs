use super::csv::*;
use super::svg::*;
use super::*;
use crate::domain::assessment::{Answer, Factor};
use crate::domain::charts::heatmap::{HeatmapColumn, HeatmapRow};
use crate::domain::charts::network::{layout_network, NetworkOptions, NodeSize};
use crate::domain::compare::partners::to_network_input;
use crate::domain::compare::CellState;

fn inst() -> Instrument {
    crate::domain::test_support::inst()
}

/// A site of `t` in `province` with every applicable indicator at `level`.
fn site(id: &str, t: &str, province: &str, level: u8) -> Assessment {
    let inst = inst();
    let mut a = Assessment {
        id: id.into(),
        ..Assessment::default()
    };
    a.profile.site_name = format!("site {id}");
    a.profile.community_type = Some(t.into());
    a.profile.province = Some(province.into());
    for ind in inst
        .indicators
        .iter()
        .filter(|i| i.applies_to_type(Some(t)))
    {
        a.answers.insert(
            ind.id.clone(),
            Answer {
                level: Some(level),
                ..Answer::default()
            },
        );
    }
    a
}

fn types(inst: &Instrument) -> (String, String) {
    let t = &inst.community_types;
    (t[0].id.clone(), t[t.len() - 1].id.clone())
}

#[test]
fn set_round_trips_and_survives_garbage() {
    let mut set = WorkshopSet {
        chosen: vec!["a".into(), "b".into()],
        anonymous: true,
        sort: SortKey::Province,
        ..WorkshopSet::default()
    };
    set.weights.insert("food".into(), 2.5);
    assert_eq!(WorkshopSet::from_json(&set.to_json()), set);
    assert_eq!(WorkshopSet::from_json("not json"), WorkshopSet::default());
    let odd = WorkshopSet::from_json(
        r#"{"chosen":["a","a",3,"b"],"weights":{"food":99,"x":"y"},"sort":"??"}"#,
    );
    assert_eq!(
        odd.chosen,
        vec!["a", "b"],
        "duplicates and non-strings dropped"
    );
    assert_eq!(odd.weights.get("food"), Some(&MAX_WEIGHT));
    assert_eq!(odd.weights.get("x"), None);
    assert_eq!(odd.sort, SortKey::Overall);
    assert!(!odd.anonymous);
    assert_eq!(
        odd.overlay, None,
        "no pick yet: the overlay follows the ranking"
    );
}

#[test]
fn overlay_pick_is_kept_capped_and_defaults_to_the_top_three() {
    let set = WorkshopSet {
        overlay: Some(vec!["b".into(), "a".into()]),
        ..WorkshopSet::default()
    };
    assert_eq!(WorkshopSet::from_json(&set.to_json()), set);
    let many = WorkshopSet::from_json(r#"{"overlay":["a","b","b","c","d","e","f","g"]}"#);
    assert_eq!(
        many.overlay,
        Some(vec![
            "a".into(),
            "b".into(),
            "c".into(),
            "d".into(),
            "e".into()
        ])
    );
    let none_picked = WorkshopSet::from_json(r#"{"overlay":[]}"#);
    assert_eq!(
        none_picked.overlay,
        Some(Vec::new()),
        "an emptied pick stays empty"
    );

    let inst = inst();
    let (t, _) = types(&inst);
    let sites: Vec<_> = (0..5u8)
        .map(|i| site(&format!("s{i}"), &t, "TH-90", i % 5))
        .collect();
    let m = WorkshopModel::build(&sites, &inst);
    let r = Ranking::compute(&m, &WorkshopSet::default().all_weights(&inst));
    let top: Vec<String> = r.ranked.iter().take(3).map(|x| x.key.clone()).collect();
    assert_eq!(WorkshopSet::default().overlay_keys(&r), top);
    assert_eq!(set.overlay_keys(&r), vec!["b".to_string(), "a".to_string()]);
}

#[test]
fn set_weights_fall_back_to_the_instrument() {
    let inst = inst();
    let mut set = WorkshopSet::default();
    let first = inst.dimensions[0].id.clone();
    set.weights.insert(first.clone(), 0.0);
    let all = set.all_weights(&inst);
    assert_eq!(all.len(), inst.dimensions.len());
    assert_eq!(all.get(&first), Some(&0.0));
    assert_eq!(
        all.get(&inst.dimensions[1].id),
        Some(&inst.dimensions[1].weight)
    );
}

#[test]
fn merge_imported_appends_new_and_keeps_the_newest_revision() {
    let mut current = vec![site("a", "x", "TH-84", 1)];
    let mut newer = site("a", "x", "TH-84", 4);
    newer.revision = 3;
    let older = site("a", "x", "TH-84", 0);
    assert_eq!(
        merge_imported(&mut current, vec![older, site("b", "x", "TH-90", 2)]),
        1
    );
    assert_eq!(current.len(), 2);
    assert_eq!(merge_imported(&mut current, vec![newer.clone()]), 1);
    assert_eq!(current[0], newer);
}

#[test]
fn model_has_one_site_per_id_and_uses_the_core_across_types() {
    let inst = inst();
    let (t1, t2) = types(&inst);
    let sites = vec![
        site("a", &t1, "TH-84", 4),
        site("b", &t2, "TH-90", 2),
        site("a", &t1, "TH-84", 0),
    ];
    let m = WorkshopModel::build(&sites, &inst);
    assert_eq!(m.sites.len(), 2, "the duplicate id is dropped");
    assert_eq!(m.basis, Basis::CoreOnly);
    assert!(m
        .columns
        .iter()
        .all(|(id, _)| inst.indicators.iter().any(|i| i.id == *id && i.is_core())));
    assert_eq!(m.sites[0].overall, Some(100.0));
    assert_eq!(m.sites[1].overall, Some(50.0));
    assert_eq!(m.codes.get("a").map(String::as_str), Some("S01"));
    assert_eq!(m.label(&m.sites[1], true, "?"), "S02");
    assert_eq!(m.label(&m.sites[1], false, "?"), "site b");
    assert_eq!(m.coverage.provinces_without_sites.len(), 12);
}

#[test]
fn one_type_compares_on_every_indicator_of_it() {
    let inst = inst();
    let (t1, _) = types(&inst);
    let m = WorkshopModel::build(
        &[site("a", &t1, "TH-84", 3), site("b", &t1, "TH-80", 1)],
        &inst,
    );
    assert_eq!(
        m.basis,
        Basis::AllIndicators {
            community_type: t1.clone()
        }
    );
    let own = inst
        .indicators
        .iter()
        .filter(|i| i.applies_to_type(Some(&t1)))
        .count();
    assert_eq!(m.columns.len(), own);
}

#[test]
fn sorting_by_score_type_and_province() {
    let inst = inst();
    let (t1, t2) = types(&inst);
    let m = WorkshopModel::build(
        &[
            site("a", &t2, "TH-85", 1),
            site("b", &t1, "TH-96", 2),
            site("c", &t2, "TH-96", 4),
        ],
        &inst,
    );
    assert_eq!(m.sorted(SortKey::Overall, &inst, None), vec![2, 1, 0]);
    assert_eq!(m.sorted(SortKey::Type, &inst, None), vec![1, 2, 0]);
    // Ranong (TH-85) is the first tile, Narathiwat (TH-96) the last.
    assert_eq!(m.sorted(SortKey::Province, &inst, None), vec![0, 2, 1]);
}

#[test]
fn a_weight_change_re_ranks_and_stability_is_reported() {
    let inst = inst();
    let (t1, _) = types(&inst);
    let d0 = inst.dimensions[0].id.clone();
    let d1 = inst.dimensions[1].id.clone();
    let mut a = site("a", &t1, "TH-84", 0);
    let mut b = site("b", &t1, "TH-84", 0);
    for ind in inst.indicators.iter() {
        let l = if ind.dimension == d0 {
            (4, 0)
        } else if ind.dimension == d1 {
            (0, 4)
        } else {
            continue;
        };
        a.answers.insert(
            ind.id.clone(),
            Answer {
                level: Some(l.0),
                ..Answer::default()
            },
        );
        b.answers.insert(
            ind.id.clone(),
            Answer {
                level: Some(l.1),
                ..Answer::default()
            },
        );
    }
    let m = WorkshopModel::build(&[a, b], &inst);
    let mut set = WorkshopSet::default();
    set.weights.insert(d0.clone(), 5.0);
    let r = Ranking::compute(&m, &set.all_weights(&inst));
    assert_eq!(r.ranked[0].key, "a");
    set.weights.insert(d0, 0.0);
    set.weights.insert(d1, 5.0);
    let r2 = Ranking::compute(&m, &set.all_weights(&inst));
    assert_eq!(r2.ranked[0].key, "b");
    assert_eq!(r2.draws, 1000);
    assert_eq!(r2.stability.len(), 2);
    assert!(r2.score_of(1).is_some());
    // Heatmap order by overall follows the weighted ranking.
    assert_eq!(m.sorted(SortKey::Overall, &inst, Some(&r2)), vec![1, 0]);
}

#[test]
fn csv_tables_have_a_bom_a_header_and_hide_names_when_asked() {
    let inst = inst();
    let (t1, t2) = types(&inst);
    let mut a = site("a", &t1, "TH-84", 3);
    a.profile.site_name = "=evil,name".into();
    a.factors.push(Factor {
        kind: "obstacle".into(),
        category: "market".into(),
        text: "ราคาตก".into(),
        ..Factor::default()
    });
    a.toolset.insert("type".into(), "ประมง".into());
    let m = WorkshopModel::build(&[a, site("b", &t2, "TH-90", 1)], &inst);
    let r = Ranking::compute(&m, &WorkshopSet::default().all_weights(&inst));
    let named = |k: &str| m.label_of(k, false, "?");
    let coded = |k: &str| m.label_of(k, true, "?");
    let text = to_csv(&ranking_rows(&m, &r, &inst, &named));
    assert!(text.starts_with("\u{FEFF}rank,site,type,province,score"));
    assert!(
        text.contains("\"'=evil,name\""),
        "quoted and defused: {text}"
    );
    let hidden = to_csv(&ranking_rows(&m, &r, &inst, &coded));
    assert!(!hidden.contains("evil") && !hidden.contains("site b"));
    let order = m.sorted(SortKey::Overall, &inst, Some(&r));
    let heat = heatmap_rows(&m, &order, &coded);
    assert_eq!(heat.len(), 3);
    assert_eq!(heat[0].len(), 4 + m.columns.len());
    let factors = factor_rows(&m, &coded);
    assert_eq!(factors[1][5], "S01");
    assert_eq!(factors[1][6], "ราคาตก");
    let toolset = toolset_rows(&m, &coded);
    assert_eq!(toolset[0][1], "S01");
    let cover = coverage_rows(&m, &inst);
    assert_eq!(cover.len(), 15);
    assert!(!network_rows(&m, &coded).is_empty());
    assert_eq!(cell_text(CellState::NotApplicable), "na");
    assert_eq!(cell_text(CellState::Unanswered), "unanswered");
    assert_eq!(cell_text(CellState::NotInType), "");
    assert_eq!(cell_text(CellState::Score(0.0)), "0.0", "0 stays 0");
}

#[test]
fn findings_for_slide_titles() {
    let inst = inst();
    let (t1, _) = types(&inst);
    let mut a = site("a", &t1, "TH-84", 3);
    let mut b = site("b", &t1, "TH-90", 3);
    for (x, text) in [(&mut a, "x"), (&mut b, "y")] {
        x.factors.push(Factor {
            kind: "obstacle".into(),
            category: "market".into(),
            text: text.into(),
            ..Factor::default()
        });
    }
    a.factors.push(Factor {
        kind: "obstacle".into(),
        category: "land".into(),
        text: "z".into(),
        ..Factor::default()
    });
    a.toolset.insert("type".into(), "t".into());
    let m = WorkshopModel::build(&[a, b], &inst);
    assert_eq!(m.top_category("obstacle"), Some(("market".to_string(), 2)));
    assert_eq!(m.top_category("nothing"), None);
    assert!(m.categories_by_share("nothing").is_empty());
    let part = m.toolset.parts.iter().position(|p| p == "type").unwrap();
    assert_eq!(m.toolset_answered(part), 1);
    let means = m.column_means();
    assert_eq!(means.len(), m.columns.len());
    assert!(means.iter().all(|v| *v == Some(75.0)));
    let dims: Vec<String> = inst.dimensions.iter().map(|d| d.id.clone()).collect();
    assert!(m
        .dimension_means(&dims)
        .iter()
        .flatten()
        .all(|v| *v == 75.0));
}

#[test]
fn escaping_and_truncation() {
    assert_eq!(
        esc("<a href=\"x\">&'"),
        "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    );
    assert_eq!(truncate("สวัสดีครับ", 4), "สวั…");
    assert_eq!(truncate("abc", 3), "abc");
    assert_eq!(type_colour(None), "#767676");
    assert_ne!(type_colour(Some(0)), type_colour(Some(1)));
}

#[test]
fn heatmap_markup_has_a_row_per_site_and_patterns_for_missing() {
    let columns = vec![
        HeatmapColumn {
            id: "C01".into(),
            label: "C01".into(),
            group: "food".into(),
        },
        HeatmapColumn {
            id: "C05".into(),
            label: "C05".into(),
            group: "governance".into(),
        },
    ];
    let rows: Vec<HeatmapRow> = (0..3)
        .map(|i| HeatmapRow {
            id: format!("s{i}"),
            label: format!("<b>site {i}</b>"),
            cells: vec![CellState::NotApplicable, CellState::Unanswered],
            notes: vec![format!("N/A: ไม่มีทะเล <{i}>")],
        })
        .collect();
    let groups = vec![("food".to_string(), "อาหาร".to_string())];
    let svg = heatmap(&columns, &groups, &rows, "t", 200.0, 1.0);
    assert_eq!(svg.matches("data-testid=\"heatmap-row\"").count(), 3);
    assert!(svg.contains("url(#gc-pattern-not-applicable)"));
    assert!(svg.contains("url(#gc-pattern-unanswered)"));
    assert!(svg.contains(">N/A<") && svg.contains(">–<"));
    assert!(!svg.contains("<b>"), "names are escaped");
    assert!(
        svg.contains("<title>N/A: ไม่มีทะเล &lt;0&gt;</title></rect>"),
        "the N/A reason is the cell's tooltip, escaped"
    );
    assert_eq!(svg.matches("<title>N/A:").count(), 3, "only the first cell of each row has a note");
    // Group names are never cut inside a word: whole, on a line of their own if need be.
    assert!(
        svg.contains(">อาหาร</tspan>") && svg.contains(">governance</tspan>"),
        "group names stay whole"
    );
    assert!(!svg.contains('…'));
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    assert!(!svg.contains("NaN"));
}

#[test]
fn radar_marks_missing_axes_and_overlay_draws_each_series() {
    let one = radar(&[Some(50.0), None, Some(100.0), Some(0.0)], &[], 120.0, "r");
    assert_eq!(one.matches("class=\"missing\"").count(), 1);
    assert_eq!(one.matches("class=\"series\"").count(), 1);
    let labels: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
    let many = overlay(
        &[vec![Some(10.0); 3], vec![Some(90.0); 3]],
        &labels,
        400.0,
        "o",
    );
    assert_eq!(many.matches("class=\"series\"").count(), 2);
    assert_eq!(many.matches("class=\"axis\"").count(), 3);
    assert!(!many.contains("NaN"));
}

#[test]
fn tile_map_marks_empty_provinces() {
    let tiles: Vec<TileInput> = (0..14)
        .map(|i| TileInput {
            name: format!("p{i}"),
            count: if i < 4 { 1 } else { 0 },
            by_type: if i < 4 { vec![("#E69F00", 1)] } else { vec![] },
        })
        .collect();
    let svg = tile_map(&tiles, "map", 560.0);
    assert_eq!(svg.matches("class=\"tile empty\"").count(), 10);
    assert_eq!(
        svg.matches("stroke=\"#000\"").count(),
        4,
        "one dot per site"
    );
}

#[test]
fn network_markup_labels_the_biggest_actors() {
    let inst = inst();
    let (t1, _) = types(&inst);
    let mut a = site("a", &t1, "TH-84", 1);
    let mut b = site("b", &t1, "TH-84", 1);
    for x in [&mut a, &mut b] {
        x.network.actors = vec![
            crate::domain::assessment::Actor {
                id: "1".into(),
                name: "สสส.".into(),
                level: "national".into(),
                ..Default::default()
            },
            crate::domain::assessment::Actor {
                id: "2".into(),
                name: format!("group {}", x.id),
                level: "village".into(),
                ..Default::default()
            },
        ];
        x.network.ties = vec![crate::domain::assessment::Tie {
            from: "1".into(),
            to: "2".into(),
            ..Default::default()
        }];
    }
    let m = WorkshopModel::build(&[a, b], &inst);
    assert_eq!(m.network.actors[0].site_count(), 2);
    let levels: Vec<String> = inst.network.levels.iter().map(|l| l.id.clone()).collect();
    let (nodes, edges) = to_network_input(&m.network, &levels);
    let layout = layout_network(
        &nodes,
        &edges,
        &NetworkOptions {
            size_by: NodeSize::Weight,
            ..NetworkOptions::default()
        },
    );
    let svg = network(&layout, 1, "n");
    assert_eq!(svg.matches("class=\"actor\"").count(), 3);
    assert_eq!(svg.matches("class=\"actor-label\"").count(), 1);
    assert!(svg.contains(">สสส.<"));
}

#[test]
fn widest_gap_names_the_axis_where_overlaid_sites_differ_most() {
    let series = vec![
        vec![Some(50.0), Some(10.0), None],
        vec![Some(55.0), Some(90.0), Some(0.0)],
        vec![Some(40.0), None, None],
    ];
    assert_eq!(widest_gap(&series), Some((1, 10.0, 90.0)));
    // One value on an axis is no comparison; no axis with two values is no finding.
    assert_eq!(
        widest_gap(&[vec![Some(1.0), None], vec![None, Some(2.0)]]),
        None
    );
    assert_eq!(widest_gap(&[]), None);
}

#[test]
fn factor_categories_are_ordered_by_how_many_sites_share_them() {
    let inst = inst();
    let (t1, _) = types(&inst);
    // "land" comes first (one site), "market" is named by three sites, "water" by two.
    let mut sites: Vec<Assessment> = (0..3).map(|i| site(&format!("s{i}"), &t1, "TH-84", 3)).collect();
    let add = |a: &mut Assessment, cat: &str| {
        a.factors.push(Factor { kind: "obstacle".into(), category: cat.into(), text: format!("{cat} text"), ..Factor::default() })
    };
    add(&mut sites[0], "land");
    for s in sites.iter_mut() {
        add(s, "market");
    }
    add(&mut sites[1], "water");
    add(&mut sites[2], "water");
    let m = WorkshopModel::build(&sites, &inst);
    let order: Vec<(String, usize)> = m.categories_by_share("obstacle");
    assert_eq!(order, vec![("market".to_string(), 3), ("water".to_string(), 2), ("land".to_string(), 1)]);
    assert_eq!(m.top_category("obstacle"), Some(("market".to_string(), 3)));
}

#[test]
fn thai_is_wrapped_and_shortened_between_words_never_inside_one() {
    let z = WORD_BREAK;
    // "นครศรีธรรมราช" as the segmenter gives it: นคร|ศรี|ธรรมราช.
    let nakhon = format!("นคร{z}ศรี{z}ธรรมราช");
    assert_eq!(wrap_words(&nakhon, 10, 2), vec!["นครศรี".to_string(), "ธรรมราช".to_string()]);
    // A word longer than a line keeps its own line, whole.
    assert_eq!(wrap_words("ความมั่นคงทางอาหาร", 4, 2), vec!["ความมั่นคงทางอาหาร".to_string()]);
    let food = format!("ความ{z}มั่นคง{z}ทาง{z}อาหาร");
    let lines = wrap_words(&food, 8, 2);
    assert_eq!(lines, vec!["ความมั่นคง".to_string(), "ทางอาหาร".to_string()]);
    assert!(lines.iter().all(|l| !l.contains(z)));
    // Out of lines: "…" after a whole word.
    let long = format!("การ{z}สุ่ม{z}น้ำหนัก{z}ถูก{z}จด{z}บันทึก{z}ไว้");
    let two = wrap_words(&long, 8, 2);
    assert_eq!(two.len(), 2);
    assert!(two[1].ends_with('…'));
    let joined: String = two.concat().replace('…', "");
    assert!(long.replace(z, "").starts_with(&joined), "{joined}");
    // Titles cut between words: never "…ถูกจดบันทึ…".
    let t = truncate_words(&long, 14);
    assert_eq!(t, "การสุ่มน้ำหนักถูก…");
    assert_eq!(truncate_words(&nakhon, 40), "นครศรีธรรมราช", "short text unchanged, marks dropped");
    assert_eq!(truncate_words("บ้าน ควนรู ริมคลอง", 12), "บ้าน ควนรู…");
}

#[test]
fn the_fies_view_sorts_sites_by_the_share_of_households_at_4_to_8() {
    use crate::domain::assessment::FiesHousehold;
    use crate::domain::instrument::FIES_CODES;
    // `yes` of the eight items answered yes, the rest no.
    let hh = |yes: usize| FiesHousehold {
        code: String::new(),
        answers: FIES_CODES.iter().enumerate().map(|(i, c)| (c.to_string(), if i < yes { "yes" } else { "no" }.to_string())).collect(),
        ..FiesHousehold::default()
    };
    let mut a = site("a", "fisheries", "TH-84", 2); // 1 of 4 at 4–8: 25 %
    a.fies_households = vec![hh(0), hh(2), hh(5), hh(1)];
    let mut b = site("b", "rubber", "TH-80", 2); // 2 of 3 at 4–8: 67 %
    b.fies_households = vec![hh(8), hh(4), hh(0)];
    let mut c = site("c", "tourism", "TH-81", 2); // only 1.0 summary counts
    c.fies.insert("WORRIED".into(), crate::domain::assessment::FiesCount { yes: 3, asked: 10, ..Default::default() });
    let mut d = site("d", "identity", "TH-82", 2); // one household, incomplete
    d.fies_households = vec![FiesHousehold::default()];
    let m = WorkshopModel::build(&[a, b, c, d], &inst());
    assert_eq!(m.fies[0].groups, [1, 2, 1, 0]);
    assert_eq!(m.fies[1].groups, [1, 0, 1, 1]);
    assert_eq!(m.fies[2].kind, FiesKind::Summary);
    assert_eq!((m.fies[3].complete, m.fies[3].incomplete), (0, 1));
    assert_eq!(m.fies_order(), vec![1, 0], "sites without complete households are left out");
    assert!((m.fies[1].share_4_to_8().unwrap() - 2.0 / 3.0).abs() < 1e-12);
}
