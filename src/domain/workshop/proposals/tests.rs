use super::*;
use crate::domain::workshop::WorkshopSet;

fn examples() -> Vec<Assessment> {
    crate::domain::bundled::examples()
}

fn inst() -> Instrument {
    crate::domain::test_support::inst()
}

fn draft(id: &str) -> Proposal {
    Proposal {
        id: id.into(),
        title: format!("ข้อเสนอ {id}"),
        problem: "ปัญหา".into(),
        text: "ให้ อบต. สนับสนุนงบประมาณ".into(),
        ..Proposal::default()
    }
}

fn first_factor(a: &Assessment) -> Evidence {
    Evidence::Factor { site: a.id.clone(), factor: a.factors[0].id.clone() }
}

#[test]
fn an_edit_to_a_sites_factor_text_shows_through_the_pointer() {
    let inst = inst();
    let mut list = examples();
    let model = WorkshopModel::build(&list, &inst);
    let e = first_factor(&list[0]);
    let before = Sources { assessments: &list, model: &model, inst: &inst }.resolve(&e);
    assert_eq!(before.quotes[0].1, list[0].factors[0].text.trim());
    list[0].factors[0].text = "ข้อความที่แก้ไขแล้วในแหล่งข้อมูล".into();
    let model = WorkshopModel::build(&list, &inst);
    let after = Sources { assessments: &list, model: &model, inst: &inst }.resolve(&e);
    assert_eq!(after.quotes, vec![(list[0].id.clone(), "ข้อความที่แก้ไขแล้วในแหล่งข้อมูล".to_string())]);
}

#[test]
fn support_counts_sites_and_types_and_flags_a_single_site() {
    let inst = inst();
    let list = examples();
    let model = WorkshopModel::build(&list, &inst);
    let src = Sources { assessments: &list, model: &model, inst: &inst };
    let mut p = draft("p1");
    p.attach(first_factor(&list[0]));
    p.attach(Evidence::Fies { site: list[0].id.clone() });
    let s = src.support(&p);
    assert_eq!(s.sites, vec![list[0].id.clone()]);
    assert!(s.thin(), "one site only is flagged");
    assert_eq!(s.views, vec!["factors", "fies"]);
    p.attach(first_factor(&list[1]));
    let s = src.support(&p);
    assert_eq!(s.sites.len(), 2);
    assert!(!s.thin());
    assert_eq!(s.types.len(), 2, "two examples of two different types: {:?}", s.types);
}

#[test]
fn a_weak_indicator_rests_on_every_site_that_scored_it() {
    let inst = inst();
    let list = examples();
    let model = WorkshopModel::build(&list, &inst);
    let weak = weakest_indicators(&model, 5);
    assert_eq!(weak.len(), 5);
    assert!(weak.windows(2).all(|w| w[0].1 <= w[1].1), "lowest first");
    let src = Sources { assessments: &list, model: &model, inst: &inst };
    let r = src.resolve(&Evidence::Indicator { indicator: weak[0].0.clone() });
    assert_eq!(r.sites.len(), weak[0].2);
    assert!((r.value.unwrap_or(-1.0) - weak[0].1).abs() < 1e-9);
}

#[test]
fn a_factor_synthesis_item_gathers_every_site_that_named_it() {
    let inst = inst();
    let list = examples();
    let model = WorkshopModel::build(&list, &inst);
    let g = &model.factors[0];
    let src = Sources { assessments: &list, model: &model, inst: &inst };
    let r = src.resolve(&Evidence::FactorGroup { kind: g.kind.clone(), category: g.category.clone() });
    let expected: usize = list
        .iter()
        .filter(|a| a.factors.iter().any(|f| f.kind == g.kind && f.category == g.category))
        .count();
    assert_eq!(r.sites.len(), expected);
    assert!(!r.quotes.is_empty());
}

#[test]
fn a_pointer_whose_site_left_the_set_is_kept_and_reported_missing() {
    let inst = inst();
    let list = examples();
    let model = WorkshopModel::build(&list[1..], &inst);
    let src = Sources { assessments: &list[1..], model: &model, inst: &inst };
    let mut p = draft("p1");
    p.attach(first_factor(&list[0]));
    p.attach(Evidence::Toolset { site: list[0].id.clone(), part: "type".into() });
    let s = src.support(&p);
    assert_eq!(s.missing, 2);
    assert!(s.sites.is_empty());
    assert_eq!(p.evidence.len(), 2);
}

#[test]
fn save_refuses_an_empty_title_and_leaves_the_list_untouched() {
    let mut list = vec![draft("a")];
    let mut bad = draft("a");
    bad.title = "  ".into();
    assert_eq!(apply(&mut list, Change::Save(bad)), Err(ProposalError::NoTitle));
    assert_eq!(list, vec![draft("a")]);
    let mut bad = draft("b");
    bad.text = String::new();
    assert_eq!(apply(&mut list, Change::Save(bad)), Err(ProposalError::NoText));
    assert_eq!(list.len(), 1);
    assert_eq!(apply(&mut list, Change::Vote("zz".into(), 1)), Err(ProposalError::Unknown("zz".into())));
}

#[test]
fn delete_then_undo_puts_the_proposal_back_in_its_place() {
    let mut list = vec![draft("a"), draft("b"), draft("c")];
    let undo = apply(&mut list, Change::Delete("b".into())).ok().flatten();
    assert_eq!(list.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["a", "c"]);
    let (i, p) = undo.expect("an undo");
    apply(&mut list, Change::Restore(i, p.clone())).ok();
    apply(&mut list, Change::Restore(i, p)).ok();
    assert_eq!(list.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
}

#[test]
fn attach_is_idempotent_and_detach_removes() {
    let mut list = vec![draft("a")];
    let e = Evidence::Indicator { indicator: "x1".into() };
    apply(&mut list, Change::Attach("a".into(), e.clone())).ok();
    apply(&mut list, Change::Attach("a".into(), e.clone())).ok();
    assert_eq!(list[0].evidence, vec![e.clone()]);
    apply(&mut list, Change::Detach("a".into(), e)).ok();
    assert!(list[0].evidence.is_empty());
}

#[test]
fn votes_never_go_below_zero_and_rank_the_brief() {
    let mut list = vec![draft("a"), draft("b"), draft("c")];
    list[2].priority = Priority::High;
    apply(&mut list, Change::Vote("a".into(), -3)).ok();
    assert_eq!(list[0].votes, 0);
    apply(&mut list, Change::Vote("b".into(), 4)).ok();
    // b has most dots; then c (high priority) before a (medium).
    assert_eq!(ranked(&list), vec![1, 2, 0]);
}

#[test]
fn proposals_travel_in_the_saved_set_and_the_exported_file() {
    let list = examples();
    let mut p = draft("p1");
    p.types = vec!["fisheries".into()];
    p.level = Level::Provincial;
    p.actors = vec!["สมาคมรักษ์ทะเลไทย".into(), "ผู้ว่าราชการจังหวัด".into()];
    p.priority = Priority::High;
    p.votes = 7;
    p.attach(first_factor(&list[0]));
    p.attach(Evidence::FactorGroup { kind: "obstacle".into(), category: "market".into() });
    p.attach(Evidence::Toolset { site: list[1].id.clone(), part: "type".into() });
    p.attach(Evidence::Indicator { indicator: "x1".into() });
    p.attach(Evidence::Fies { site: list[2].id.clone() });
    let set = WorkshopSet { proposals: vec![p.clone()], ..WorkshopSet::default() };
    assert_eq!(WorkshopSet::from_json(&set.to_json()), set);

    let file = workshop_bundle_json(&list, &[p.clone()]);
    assert_eq!(proposals_in_file(&file), vec![p.clone()]);
    // The file still opens as an assessments bundle, with the same format version.
    assert_eq!(crate::domain::assessment::parse_assessments(&file).map(|l| l.len()), Ok(5));
    assert!(file.contains(&format!("\"format_version\": {}", crate::domain::assessment::BUNDLE_FORMAT_VERSION)));
    // Older files and sets have no proposals and still open.
    assert!(proposals_in_file(&crate::domain::assessment::bundle_json(&list)).is_empty());
    assert!(WorkshopSet::from_json(r#"{"chosen":["a"]}"#).proposals.is_empty());
}

#[test]
fn unreadable_proposals_and_pointers_are_skipped_never_a_panic() {
    let v: Value = serde_json::from_str(
        r#"[{"title":"no id"}, 3, {"id":"a","votes":-2,"level":"galactic","evidence":[{"kind":"factor","site":"s"},{"kind":"fies","site":"s1"},{"kind":"nope"}]}, {"id":"a","title":"dup"}]"#,
    )
    .unwrap_or(Value::Null);
    let list = proposals_from_value(Some(&v));
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].votes, 0);
    assert_eq!(list[0].level, Level::Local);
    assert_eq!(list[0].evidence, vec![Evidence::Fies { site: "s1".into() }]);
}

#[test]
fn keys_round_trip() {
    for e in [
        Evidence::Factor { site: "s".into(), factor: "f|1".into() },
        Evidence::FactorGroup { kind: "obstacle".into(), category: "market".into() },
        Evidence::Toolset { site: "s".into(), part: "type".into() },
        Evidence::Indicator { indicator: "x".into() },
        Evidence::Fies { site: "s".into() },
    ] {
        assert_eq!(Evidence::from_key(&e.key()), Some(e));
    }
    assert_eq!(Evidence::from_key("factor|s"), None);
    assert_eq!(Evidence::from_key("weird"), None);
}

#[test]
fn merge_keeps_local_proposals_and_adds_new_ones() {
    let mut here = vec![draft("a")];
    let mut theirs = draft("a");
    theirs.title = "changed".into();
    assert_eq!(merge_proposals(&mut here, vec![theirs, draft("b")]), 1);
    assert_eq!(here[0].title, "ข้อเสนอ a");
    assert_eq!(here.len(), 2);
}

#[test]
fn csv_ranks_and_labels_through_the_labeller() {
    let inst = inst();
    let list = examples();
    let model = WorkshopModel::build(&list, &inst);
    let src = Sources { assessments: &list, model: &model, inst: &inst };
    let mut a = draft("a");
    a.attach(first_factor(&list[0]));
    let mut b = draft("b");
    b.votes = 3;
    b.attach(first_factor(&list[0]));
    b.attach(first_factor(&list[1]));
    let rows = csv_rows(&[a, b], &src, &|k: &str| format!("CODE-{}", &k[..2.min(k.len())]));
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1][1], "b");
    assert_eq!(rows[1][12], "2");
    assert_eq!(rows[1][14], "no");
    assert_eq!(rows[2][14], "yes");
    assert!(rows[1][11].starts_with("CODE-"));
    assert!(!rows[1][11].contains(&list[0].profile.site_name));
}
