//! Prints the published JSON Schema (draft 2020-12) from the shapes in [`super::defs`].
//!
//! Generated rather than hand-written so that it says exactly what the parser accepts.
//! Unknown fields are allowed everywhere (`additionalProperties` is left open) because the
//! app keeps fields it does not know and writes them back.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::{defs, Shape};

/// Which document `gca schema` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// Both formats under `$defs`; the root accepts either.
    All,
    Instrument,
    /// A single assessment or a bundle of assessments.
    Assessment,
}

pub const SCHEMA_ID_BASE: &str = "https://green-community.example/schema/";

/// The JSON Schema document for `which`.
pub fn schema(which: Which) -> Value {
    let mut defs_out = BTreeMap::new();
    let instrument = emit(&defs::INSTRUMENT, &mut defs_out);
    let assessment = emit(&defs::ASSESSMENT, &mut defs_out);
    let bundle = emit(&defs::BUNDLE, &mut defs_out);
    let mut root = Map::new();
    root.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    let (name, title, refs): (&str, &str, Vec<&str>) = match which {
        Which::All => (
            "green-community",
            "Green Community assessment: instrument and assessment formats",
            vec!["instrument", "assessment", "bundle"],
        ),
        Which::Instrument => (
            "instrument",
            "Green Community instrument",
            vec!["instrument"],
        ),
        Which::Assessment => (
            "assessment",
            "Green Community assessment (one, or a bundle)",
            vec!["assessment", "bundle"],
        ),
    };
    root.insert("$id".into(), json!(format!("{SCHEMA_ID_BASE}{name}.json")));
    root.insert("title".into(), json!(title));
    let refs: Vec<Value> = refs
        .iter()
        .map(|r| json!({"$ref": format!("#/$defs/{r}")}))
        .collect();
    if refs.len() == 1 {
        if let Some(r) = refs.into_iter().next() {
            root.insert("$ref".into(), r["$ref"].clone());
        }
    } else {
        root.insert("anyOf".into(), Value::Array(refs));
    }
    defs_out.insert("instrument".into(), instrument);
    defs_out.insert("assessment".into(), assessment);
    defs_out.insert("bundle".into(), bundle);
    root.insert(
        "$defs".into(),
        Value::Object(defs_out.into_iter().collect()),
    );
    Value::Object(root)
}

fn emit(shape: &Shape, defs_out: &mut BTreeMap<String, Value>) -> Value {
    match shape {
        Shape::String => json!({"type": "string"}),
        Shape::Const(s) => json!({"const": s}),
        Shape::Number => json!({"type": "number"}),
        Shape::Integer { min, max } => json!({"type": "integer", "minimum": min, "maximum": max}),
        Shape::Level => json!({"type": "integer", "minimum": 0, "maximum": 4}),
        Shape::Bool => json!({"type": "boolean"}),
        Shape::Nullable(inner) => json!({"anyOf": [emit(inner, defs_out), {"type": "null"}]}),
        Shape::Array { item, exact } => {
            let mut m = Map::new();
            m.insert("type".into(), json!("array"));
            m.insert("items".into(), emit(item, defs_out));
            if let Some(n) = exact {
                m.insert("minItems".into(), json!(n));
                m.insert("maxItems".into(), json!(n));
            }
            Value::Object(m)
        }
        Shape::Map(item) => {
            json!({"type": "object", "additionalProperties": emit(item, defs_out)})
        }
        Shape::Object(fields) => {
            let mut props = Map::new();
            let mut required = Vec::new();
            for f in fields.iter() {
                let mut s = emit(f.shape, defs_out);
                if let Value::Object(m) = &mut s {
                    m.insert("description".into(), json!(f.doc));
                }
                props.insert(f.name.into(), s);
                if f.required {
                    required.push(json!(f.name));
                }
            }
            let mut m = Map::new();
            m.insert("type".into(), json!("object"));
            m.insert("properties".into(), Value::Object(props));
            if !required.is_empty() {
                m.insert("required".into(), Value::Array(required));
            }
            Value::Object(m)
        }
        Shape::Named(name, inner) => {
            if !defs_out.contains_key(*name) {
                // Insert a placeholder first so a recursive shape cannot loop.
                defs_out.insert((*name).to_string(), Value::Null);
                let body = emit(inner, defs_out);
                defs_out.insert((*name).to_string(), body);
            }
            json!({"$ref": format!("#/$defs/{name}")})
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_names_both_formats() {
        let s = schema(Which::All);
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
        for d in ["instrument", "assessment", "bundle", "text"] {
            assert!(s["$defs"][d].is_object(), "missing $defs/{d}");
        }
        let ind = &s["$defs"]["instrument"]["properties"]["indicators"]["items"];
        assert_eq!(ind["properties"]["levels"]["minItems"], 5);
        assert_eq!(ind["properties"]["dimension"]["type"], "string");
        assert!(ind["required"]
            .as_array()
            .is_some_and(|r| r.contains(&json!("weight"))));
        let ans = &s["$defs"]["assessment"]["properties"]["answers"]["additionalProperties"];
        assert_eq!(ans["properties"]["level"]["anyOf"][0]["maximum"], 4);
        assert_eq!(s["$defs"]["assessment"]["required"], json!(["id"]));
    }

    #[test]
    fn single_documents_point_at_their_definition() {
        assert_eq!(schema(Which::Instrument)["$ref"], "#/$defs/instrument");
        assert_eq!(
            schema(Which::Assessment)["anyOf"].as_array().map(Vec::len),
            Some(2)
        );
    }
}
