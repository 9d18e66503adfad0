//! The assessment to and from a `serde_json::Value`, written out field by field.
//!
//! Why not serde's derive: with `#[serde(flatten)]` on every level (unknown fields are kept),
//! the derived code buffers each object and costs about 30 KB of the wasm. Reading a value that
//! `format::check` has already accepted cannot fail, so a plain walk over the map does the same
//! job in a fraction of the size. The derives stay on the types as the reference: the tests
//! below check that both agree, both ways, on generated assessments.

use serde_json::{Map, Value};

use super::model::*;
use crate::domain::fields::Fields;

/// An assessment from a value that passed `format::check(.., &defs::ASSESSMENT, ..)`. Fields
/// this version does not know are kept in `extra` at every level. A value of the wrong type
/// (which the check rules out) reads as the field's default rather than failing.
pub(crate) fn from_checked(value: Value) -> Assessment {
    let mut f = Fields::of(value);
    Assessment {
        id: f.string("id"),
        revision: f.take("revision").as_u64().unwrap_or(0),
        history: f.strings("history"),
        created_at: f.string("created_at"),
        updated_at: f.string("updated_at"),
        example: f.bool("example"),
        site_id: f.string("site_id"),
        round: f
            .take("round")
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(0),
        instrument: instrument_ref(f.take("instrument")),
        profile: profile(f.take("profile")),
        answers: f.map("answers", answer),
        fies: f.map("fies", fies_count),
        fies_households: f.list("fies_households", fies_household),
        toolset: f.map("toolset", |v| match v {
            Value::String(s) => s,
            _ => String::new(),
        }),
        factors: f.list("factors", factor),
        network: network(f.take("network")),
        extra: f.rest(),
    }
}

fn instrument_ref(v: Value) -> InstrumentRef {
    let mut f = Fields::of(v);
    InstrumentRef {
        id: f.string("id"),
        version: f.string("version"),
        hash: f.string("hash"),
        extra: f.rest(),
    }
}

fn profile(v: Value) -> Profile {
    let mut f = Fields::of(v);
    Profile {
        site_name: f.string("site_name"),
        community_type: f.opt_string("community_type"),
        province: f.opt_string("province"),
        district: f.string("district"),
        subdistrict: f.string("subdistrict"),
        village: f.string("village"),
        latitude: f.take("latitude").as_f64(),
        longitude: f.take("longitude").as_f64(),
        assessment_date: f.opt_string("assessment_date"),
        assessors: f.string("assessors"),
        participants: f
            .take("participants")
            .as_u64()
            .and_then(|n| u32::try_from(n).ok()),
        agencies: f.string("agencies"),
        characteristics: f.strings("characteristics"),
        consent: f.bool("consent"),
        existing_support: f.strings("existing_support"),
        extra: f.rest(),
    }
}

fn answer(v: Value) -> Answer {
    let mut f = Fields::of(v);
    Answer {
        level: f.take("level").as_u64().and_then(|n| u8::try_from(n).ok()),
        not_applicable: f.bool("not_applicable"),
        note: f.string("note"),
        na_reason: f.string("na_reason"),
        community_level: f
            .take("community_level")
            .as_u64()
            .and_then(|n| u8::try_from(n).ok()),
        extra: f.rest(),
    }
}

fn fies_count(v: Value) -> FiesCount {
    let mut f = Fields::of(v);
    FiesCount {
        yes: f.u32("yes"),
        asked: f.u32("asked"),
        extra: f.rest(),
    }
}

fn fies_household(v: Value) -> FiesHousehold {
    let mut f = Fields::of(v);
    FiesHousehold {
        code: f.string("code"),
        answers: f.map("answers", |v| match v {
            Value::String(s) => s,
            _ => String::new(),
        }),
        wt: f.take("wt").as_f64(),
        extra: f.rest(),
    }
}

fn factor(v: Value) -> Factor {
    let mut f = Fields::of(v);
    Factor {
        id: f.string("id"),
        kind: f.string("kind"),
        category: f.string("category"),
        text: f.string("text"),
        extra: f.rest(),
    }
}

fn network(v: Value) -> Network {
    let mut f = Fields::of(v);
    Network {
        actors: f.list("actors", actor),
        ties: f.list("ties", tie),
        extra: f.rest(),
    }
}

fn actor(v: Value) -> Actor {
    let mut f = Fields::of(v);
    Actor {
        id: f.string("id"),
        name: f.string("name"),
        actor_type: f.string("actor_type"),
        level: f.string("level"),
        extra: f.rest(),
    }
}

fn tie(v: Value) -> Tie {
    let mut f = Fields::of(v);
    Tie {
        from: f.string("from"),
        to: f.string("to"),
        tie_type: f.string("tie_type"),
        extra: f.rest(),
    }
}

/// The assessment as a JSON value, exactly as serde's derive writes it: every field, `extra`
/// merged in last, an unanswered `level` and a false `not_applicable` left out.
pub(crate) fn to_value(a: &Assessment) -> Value {
    let i = &a.instrument;
    let p = &a.profile;
    let mut answers = Map::new();
    for (k, x) in &a.answers {
        let mut fields = Vec::with_capacity(3);
        if let Some(l) = x.level {
            fields.push(("level", Value::from(l)));
        }
        if x.not_applicable {
            fields.push(("not_applicable", Value::Bool(true)));
        }
        fields.push(("note", Value::from(x.note.as_str())));
        if !x.na_reason.is_empty() {
            fields.push(("na_reason", Value::from(x.na_reason.as_str())));
        }
        if let Some(c) = x.community_level {
            fields.push(("community_level", Value::from(c)));
        }
        answers.insert(k.clone(), object(fields, &x.extra));
    }
    let mut fies = Map::new();
    for (k, c) in &a.fies {
        fies.insert(
            k.clone(),
            object(
                vec![("yes", Value::from(c.yes)), ("asked", Value::from(c.asked))],
                &c.extra,
            ),
        );
    }
    let households: Vec<Value> = a
        .fies_households
        .iter()
        .map(|h| {
            let answers: Map<String, Value> = h
                .answers
                .iter()
                .map(|(k, v)| (k.clone(), Value::from(v.as_str())))
                .collect();
            let mut fields = vec![
                ("code", Value::from(h.code.as_str())),
                ("answers", Value::Object(answers)),
            ];
            // Additive and omitted when 1 (the default RM.weights assumes).
            if let Some(w) = h.wt.filter(|w| *w != 1.0) {
                fields.push(("wt", Value::from(w)));
            }
            object(fields, &h.extra)
        })
        .collect();
    let mut toolset = Map::new();
    for (k, t) in &a.toolset {
        toolset.insert(k.clone(), Value::from(t.as_str()));
    }
    let factors = a.factors.iter().map(|x| {
        object(
            vec![
                ("id", s(&x.id)),
                ("kind", s(&x.kind)),
                ("category", s(&x.category)),
                ("text", s(&x.text)),
            ],
            &x.extra,
        )
    });
    let actors = a.network.actors.iter().map(|x| {
        object(
            vec![
                ("id", s(&x.id)),
                ("name", s(&x.name)),
                ("actor_type", s(&x.actor_type)),
                ("level", s(&x.level)),
            ],
            &x.extra,
        )
    });
    let ties = a.network.ties.iter().map(|x| {
        object(
            vec![
                ("from", s(&x.from)),
                ("to", s(&x.to)),
                ("tie_type", s(&x.tie_type)),
            ],
            &x.extra,
        )
    });
    let mut top = vec![
        ("id", s(&a.id)),
        ("revision", Value::from(a.revision)),
        (
            "history",
            Value::Array(a.history.iter().map(|h| s(h)).collect()),
        ),
        ("created_at", s(&a.created_at)),
        ("updated_at", s(&a.updated_at)),
        ("example", Value::Bool(a.example)),
        ("site_id", s(&a.site_id)),
        ("round", Value::from(a.round)),
        (
            "instrument",
            object(
                vec![
                    ("id", s(&i.id)),
                    ("version", s(&i.version)),
                    ("hash", s(&i.hash)),
                ],
                &i.extra,
            ),
        ),
        (
            "profile",
            object(
                vec![
                    ("site_name", s(&p.site_name)),
                    ("community_type", opt_s(&p.community_type)),
                    ("province", opt_s(&p.province)),
                    ("district", s(&p.district)),
                    ("subdistrict", s(&p.subdistrict)),
                    ("village", s(&p.village)),
                    ("latitude", p.latitude.map_or(Value::Null, Value::from)),
                    ("longitude", p.longitude.map_or(Value::Null, Value::from)),
                    ("assessment_date", opt_s(&p.assessment_date)),
                    ("assessors", s(&p.assessors)),
                    (
                        "participants",
                        p.participants.map_or(Value::Null, Value::from),
                    ),
                    ("agencies", s(&p.agencies)),
                ]
                .into_iter()
                .chain((!p.characteristics.is_empty()).then(|| {
                    (
                        "characteristics",
                        Value::Array(p.characteristics.iter().map(|c| s(c)).collect()),
                    )
                }))
                .chain(p.consent.then(|| ("consent", Value::Bool(true))))
                .chain((!p.existing_support.is_empty()).then(|| {
                    (
                        "existing_support",
                        Value::Array(p.existing_support.iter().map(|x| s(x)).collect()),
                    )
                }))
                .collect(),
                &p.extra,
            ),
        ),
        ("answers", Value::Object(answers)),
        ("fies", Value::Object(fies)),
        ("toolset", Value::Object(toolset)),
        ("factors", Value::Array(factors.collect())),
        (
            "network",
            object(
                vec![
                    ("actors", Value::Array(actors.collect())),
                    ("ties", Value::Array(ties.collect())),
                ],
                &a.network.extra,
            ),
        ),
    ];
    if !households.is_empty() {
        top.push(("fies_households", Value::Array(households)));
    }
    object(top, &a.extra)
}

fn s(text: &str) -> Value {
    Value::from(text)
}

fn opt_s(text: &Option<String>) -> Value {
    text.as_deref().map_or(Value::Null, Value::from)
}

/// An object of `fields`, then `extra` (which wins on a clash, as with serde's `flatten`).
fn object(fields: Vec<(&str, Value)>, extra: &Extra) -> Value {
    let mut m = Map::new();
    for (k, v) in fields {
        m.insert(k.to_string(), v);
    }
    for (k, v) in extra {
        m.insert(k.clone(), v.clone());
    }
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn extra() -> impl Strategy<Value = Extra> {
        prop::option::of(("[a-z]{1,6}", any::<i32>())).prop_map(|kv| {
            let mut m = Map::new();
            if let Some((k, v)) = kv {
                m.insert(format!("x_{k}"), json!(v));
            }
            m
        })
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![Just(String::new()), "[a-zก-ฮ ]{1,8}"]
    }

    prop_compose! {
        fn answer_s()(level in prop::option::of(0u8..=9), na in any::<bool>(), note in text(), na_reason in text(), community_level in prop::option::of(0u8..=9), extra in extra()) -> Answer {
            Answer { level, not_applicable: na, note, na_reason, community_level, extra }
        }
    }

    prop_compose! {
        fn profile_s()(
            site_name in text(), community_type in prop::option::of(text()), province in prop::option::of(text()),
            latitude in prop::option::of(-90.0f64..90.0), participants in prop::option::of(any::<u32>()),
            assessment_date in prop::option::of(text()), extra in extra(),
            characteristics in prop::collection::vec("[a-z]{1,4}", 0..3), consent in any::<bool>(),
            existing_support in prop::collection::vec("[a-z_]{1,10}", 0..3),
        ) -> Profile {
            Profile { site_name, community_type, province, latitude, participants, assessment_date, characteristics, consent, existing_support, extra, ..Profile::default() }
        }
    }

    prop_compose! {
        fn assessment_s()(
            id in "[a-f0-9-]{1,36}", revision in any::<u64>(), history in prop::collection::vec("[a-f0-9]{16}", 0..3),
            example in any::<bool>(), profile in profile_s(), site_id in "[a-f0-9-]{0,12}", round in any::<u32>(),
            answers in prop::collection::btree_map("[A-Z]{2}[0-9]{2}", answer_s(), 0..6),
            fies in prop::collection::btree_map("FI[0-9]", (any::<u32>(), any::<u32>(), extra()), 0..3),
            toolset in prop::collection::btree_map("[a-z]{1,5}", text(), 0..3),
            households in prop::collection::vec(("H[0-9]{2}", prop::collection::btree_map("[A-Z]{6,7}", "yes|no|dk|x", 0..8), prop::option::of(0.1f64..5.0), extra()), 0..3),
            factors in prop::collection::vec((text(), text(), extra()), 0..3),
            actors in prop::collection::vec((text(), text(), extra()), 0..3),
            ties in prop::collection::vec((text(), text(), extra()), 0..3),
            extra in extra(), net_extra in extra(), inst_extra in extra(),
        ) -> Assessment {
            Assessment {
                id, revision, history, example, profile, answers, toolset, site_id, round,
                created_at: "2026-11-28T00:00:00Z".into(),
                instrument: InstrumentRef { id: "green-community".into(), version: "1.0.0".into(), hash: "ab".into(), extra: inst_extra },
                fies: fies.into_iter().map(|(k, (yes, asked, extra))| (k, FiesCount { yes, asked, extra })).collect(),
                fies_households: households.into_iter().map(|(code, answers, wt, extra)| FiesHousehold { code, answers, wt, extra }).collect(),
                factors: factors.into_iter().map(|(kind, text, extra)| Factor { id: kind.clone(), kind, text, extra, ..Factor::default() }).collect(),
                network: Network {
                    actors: actors.into_iter().map(|(id, name, extra)| Actor { id, name, extra, ..Actor::default() }).collect(),
                    ties: ties.into_iter().map(|(from, to, extra)| Tie { from, to, extra, ..Tie::default() }).collect(),
                    extra: net_extra,
                },
                extra,
                ..Assessment::default()
            }
        }
    }

    proptest! {
        #[test]
        fn agrees_with_serde_both_ways(a in assessment_s()) {
            let ours = to_value(&a);
            prop_assert_eq!(&ours, &serde_json::to_value(&a).unwrap());
            prop_assert_eq!(from_checked(ours.clone()), serde_json::from_value::<Assessment>(ours).unwrap());
        }
    }

    #[test]
    fn partial_objects_read_with_defaults_and_keep_unknown_fields() {
        let v = json!({
            "id": "a", "future": {"x": 1},
            "profile": {"site_name": "บ้าน", "community_type": null, "new": true},
            "answers": {"C01": {"level": 3, "tag": "x"}, "C02": {"level": null, "not_applicable": true}},
            "network": {"actors": [{"id": "n1", "role": "chair"}]}
        });
        let ours = from_checked(v.clone());
        assert_eq!(ours, serde_json::from_value::<Assessment>(v).unwrap());
        assert_eq!(ours.extra.get("future"), Some(&json!({"x": 1})));
        assert_eq!(ours.answers["C01"].extra.get("tag"), Some(&json!("x")));
        assert_eq!(
            ours.network.actors[0].extra.get("role"),
            Some(&json!("chair"))
        );
        assert_eq!(
            to_value(&ours)["answers"]["C02"],
            json!({"not_applicable": true, "note": ""})
        );
    }
}
