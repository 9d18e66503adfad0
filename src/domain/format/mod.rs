//! A small description of the two JSON formats (instrument and assessment), kept next to the
//! serde types.
//!
//! Why: serde stops at the first error and its messages name Rust types, not the path the
//! academic team needs to fix a hand-edited file. Walking the parsed JSON against this
//! description first reports *every* structural problem (missing field, wrong type) with its
//! path; only then is the value handed to serde. The same description prints the published
//! JSON Schema ([`schema`]), so the schema cannot drift away from what the parser accepts.
//! `tests` check that every fixture accepted here also deserialises with serde.

pub mod defs;
pub mod schema;

use serde_json::Value;

use super::problem::{index, join, Problem};

/// The expected shape of one JSON value.
#[derive(Debug)]
pub enum Shape {
    /// Any string.
    String,
    /// Exactly this string (the `format` marker).
    Const(&'static str),
    /// Any JSON number (an `f64`).
    Number,
    /// A whole number in `min..=max` (the range of the Rust integer type).
    Integer {
        min: u64,
        max: u64,
    },
    /// An indicator level: parsed as any `u8` so that a level above 4 loads and is reported
    /// by `Assessment::check`, published in the schema as 0..4.
    Level,
    Bool,
    /// The shape, or `null`.
    Nullable(&'static Shape),
    /// A list; `exact` is a count that a *valid* file has (published in the schema, checked
    /// by the semantic validation, not here, so that all problems come out together).
    Array {
        item: &'static Shape,
        exact: Option<usize>,
    },
    /// An object whose keys are ids (answers by indicator id, FIES by code).
    Map(&'static Shape),
    /// An object with named fields. Unknown fields are allowed (and kept by assessments).
    Object(&'static [Field]),
    /// A named shape, published once under `$defs`.
    Named(&'static str, &'static Shape),
}

/// A field of an object.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub shape: &'static Shape,
    /// Required fields have no serde default.
    pub required: bool,
    /// One line for the schema's `description`. Empty in the browser build: only `gca schema`
    /// prints it, and leaving the lines out keeps about 8 KB of text out of the wasm.
    pub doc: &'static str,
}

/// The schema line as kept in this build (see [`Field::doc`]).
const fn kept(doc: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        doc
    }
}

/// A required field.
pub const fn req(name: &'static str, shape: &'static Shape, doc: &'static str) -> Field {
    Field {
        name,
        shape,
        required: true,
        doc: kept(doc),
    }
}

/// An optional field (serde default when absent).
pub const fn opt(name: &'static str, shape: &'static Shape, doc: &'static str) -> Field {
    Field {
        name,
        shape,
        required: false,
        doc: kept(doc),
    }
}

/// Checks `value` against `shape`, pushing one problem per mismatch found under `path`.
/// Does not stop at the first problem.
pub fn check(value: &Value, shape: &Shape, path: &str, out: &mut Vec<Problem>) {
    match shape {
        Shape::String => {
            if !value.is_string() {
                out.push(expected(path, "a string", value));
            }
        }
        Shape::Const(s) => {
            if value.as_str() != Some(s) {
                out.push(Problem::new(
                    path,
                    format!("must be \"{s}\", found {}", found(value)),
                ));
            }
        }
        Shape::Number => {
            if !value.is_number() {
                out.push(expected(path, "a number", value));
            }
        }
        Shape::Integer { min, max } => check_integer(value, *min, *max, path, out),
        Shape::Level => check_integer(value, 0, u64::from(u8::MAX), path, out),
        Shape::Bool => {
            if !value.is_boolean() {
                out.push(expected(path, "true or false", value));
            }
        }
        Shape::Nullable(inner) => {
            if !value.is_null() {
                check(value, inner, path, out);
            }
        }
        Shape::Array { item, .. } => match value.as_array() {
            Some(items) => {
                for (i, v) in items.iter().enumerate() {
                    check(v, item, &index(path, i), out);
                }
            }
            None => out.push(expected(path, "a list [...]", value)),
        },
        Shape::Map(item) => match value.as_object() {
            Some(map) => {
                for (k, v) in map {
                    check(v, item, &join(path, k), out);
                }
            }
            None => out.push(expected(path, "an object {...}", value)),
        },
        Shape::Object(fields) => match value.as_object() {
            Some(map) => {
                for f in fields.iter() {
                    match map.get(f.name) {
                        Some(v) => check(v, f.shape, &join(path, f.name), out),
                        None if f.required => {
                            out.push(Problem::new(join(path, f.name), "missing (required field)"))
                        }
                        None => {}
                    }
                }
            }
            None => out.push(expected(path, "an object {...}", value)),
        },
        Shape::Named(name, inner) => {
            if *name == "text" && !value.is_object() {
                out.push(expected(
                    path,
                    "a text {\"th\": \"...\", \"en\": \"...\"}",
                    value,
                ));
            } else {
                check(value, inner, path, out);
            }
        }
    }
}

fn check_integer(value: &Value, min: u64, max: u64, path: &str, out: &mut Vec<Problem>) {
    match value.as_u64() {
        Some(n) if n >= min && n <= max => {}
        _ => out.push(expected(
            path,
            &format!("a whole number from {min} to {max}"),
            value,
        )),
    }
}

fn expected(path: &str, what: &str, value: &Value) -> Problem {
    Problem::new(path, format!("expected {what}, found {}", found(value)))
}

/// Names a JSON value for a message: its kind, and a short rendering of scalars.
fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => {
            let short: String = s.chars().take(40).collect();
            let more = if s.chars().count() > 40 { "…" } else { "" };
            format!("the string \"{short}{more}\"")
        }
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static POINT: Shape = Shape::Object(&[
        req("x", &Shape::Number, "x"),
        opt("tag", &Shape::Nullable(&Shape::String), "tag"),
        req("n", &Shape::Integer { min: 0, max: 10 }, "n"),
    ]);
    static POINTS: Shape = Shape::Array {
        item: &POINT,
        exact: None,
    };

    fn problems(v: Value) -> Vec<String> {
        let mut out = Vec::new();
        check(&v, &POINTS, "points", &mut out);
        out.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn reports_every_problem_with_its_path() {
        let p = problems(json!([{"x": 1, "n": 3}, {"x": "1", "n": 11, "tag": 5}, {}]));
        assert_eq!(
            p,
            vec![
                "points[1].x: expected a number, found the string \"1\"",
                "points[1].tag: expected a string, found the number 5",
                "points[1].n: expected a whole number from 0 to 10, found the number 11",
                "points[2].x: missing (required field)",
                "points[2].n: missing (required field)",
            ]
        );
    }

    #[test]
    fn null_is_fine_where_nullable_and_unknown_fields_are_allowed() {
        assert!(problems(json!([{"x": 1.5, "n": 0, "tag": null, "future": [1]}])).is_empty());
        assert_eq!(
            problems(json!({})),
            vec!["points: expected a list [...], found an object"]
        );
    }

    #[test]
    fn long_strings_are_shortened_in_messages() {
        let long = "ก".repeat(100);
        let mut out = Vec::new();
        check(&json!(long), &Shape::Number, "x", &mut out);
        assert!(out[0].message.ends_with("…\""));
        assert!(out[0].message.chars().count() < 80);
    }
}
