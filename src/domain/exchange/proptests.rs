use proptest::prelude::*;
use std::collections::BTreeMap;

use super::envelope::{export_all, read_file};
use super::merge::{classify_batch, Outcome};
use super::{base64url, csv};
use crate::domain::assessment::{Action, Assessment};
use crate::domain::test_support::{fisheries, loaded};

fn arb_assessment() -> impl Strategy<Value = Assessment> {
    (
        any::<u32>(),
        ".{0,40}",
        proptest::collection::btree_map(
            "C0[1-9]",
            (proptest::option::of(0u8..=6), any::<bool>(), ".{0,20}"),
            0..6,
        ),
        proptest::collection::vec(("[A-Z]{4,7}", 0u32..50, 0u32..50), 0..4),
    )
        .prop_map(|(n, name, answers, fies)| {
            let mut a = fisheries();
            a.id = format!("7b0d2c1e-0000-4000-8000-{n:012}");
            a.apply(Action::SetSiteName(name), "2026-11-28T10:00:00Z")
                .unwrap();
            for (id, (level, na, note)) in answers {
                a.answers.insert(
                    id,
                    crate::domain::assessment::Answer {
                        level,
                        not_applicable: na,
                        note,
                        na_reason: String::new(),
                        community_level: level.map(|l| l % 5),
                        extra: Default::default(),
                    },
                );
            }
            for (code, yes, asked) in fies {
                a.fies.insert(
                    code,
                    crate::domain::assessment::FiesCount {
                        yes,
                        asked,
                        extra: Default::default(),
                    },
                );
            }
            a
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_is_the_identity(list in proptest::collection::vec(arb_assessment(), 1..4)) {
        let mut seen = std::collections::BTreeSet::new();
        let list: Vec<Assessment> = list.into_iter().filter(|a| seen.insert(a.id.clone())).collect();
        let text = export_all(&list, &loaded(), "2026-11-28T12:00:00Z");
        let back: Vec<Assessment> = read_file(text.as_bytes()).unwrap().incoming.into_iter().map(|i| i.assessment).collect();
        prop_assert_eq!(&back, &list);
        // And into an empty device: every one imported, and the drafts equal the list.
        let files = vec![("all.json".to_string(), text.into_bytes())];
        let (r, after) = classify_batch(&BTreeMap::new(), &[], &files, Some(&loaded()), &mut || "x".into(), "");
        prop_assert!(r[0].result.as_ref().unwrap().iter().all(|e| e.outcome == Outcome::Imported));
        let expected: BTreeMap<String, Assessment> = list.into_iter().map(|a| (a.id.clone(), a)).collect();
        prop_assert_eq!(after, expected);
    }

    #[test]
    fn random_bytes_never_panic_and_change_nothing(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let local: BTreeMap<String, Assessment> = [(fisheries().id, fisheries())].into_iter().collect();
        let files = vec![("random.bin".to_string(), bytes)];
        let (r, after) = classify_batch(&local, &[], &files, Some(&loaded()), &mut || "x".into(), "");
        if r[0].result.is_err() {
            prop_assert_eq!(after, local);
        }
    }

    #[test]
    fn random_json_like_text_never_panics(text in "[\\[\\]{}\":,0-9a-z \\n]{0,300}") {
        let _ = read_file(text.as_bytes());
    }

    #[test]
    fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(base64url::decode(&base64url::encode(&bytes)).unwrap(), bytes);
    }

    #[test]
    fn base64url_decode_never_panics(text in ".{0,200}") {
        let _ = base64url::decode(&text);
    }

    #[test]
    fn csv_rows_match_the_header(list in proptest::collection::vec(arb_assessment(), 0..3)) {
        let inst = loaded().instrument;
        for table in [csv::answers_csv(&list, &inst), csv::fies_csv(&list), csv::fies_households_csv(&list)] {
            prop_assert!(table.starts_with(csv::BOM));
        }
    }
}
