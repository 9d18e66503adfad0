//! Canonical JSON and SHA-256, for content hashes that ignore formatting.
//!
//! The canonical form is the parsed value written back with object keys sorted (by Unicode
//! code point) and no whitespace. It is written here by hand rather than relying on
//! `serde_json::Map` being a `BTreeMap`, because another crate in the build can switch on
//! serde_json's `preserve_order` feature and silently change every hash.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// The canonical JSON text of a value: sorted keys, compact.
pub fn canonical_json(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, &mut out);
    out
}

fn write_value(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(k, out);
                out.push(':');
                write_value(v, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(v, out);
            }
            out.push(']');
        }
        Value::String(s) => write_string(s, out),
        // Null, booleans and numbers print the same way in compact serde_json.
        other => out.push_str(&other.to_string()),
    }
}

fn write_string(s: &str, out: &mut String) {
    // Value::String's Display is serde_json's escaping, which cannot fail.
    out.push_str(&Value::String(s.to_string()).to_string());
}

/// SHA-256 of the bytes as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest {
        hex.push_str(&format!("{b:02x}"));
    }
    hex
}

/// SHA-256 hex of the canonical JSON of a value.
pub fn content_hash(value: &Value) -> String {
    sha256_hex(canonical_json(value).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_are_sorted_and_compact() {
        let v = json!({"b": [1, {"d": "x\"y", "c": null}], "a": 1.5, "é": true});
        assert_eq!(
            canonical_json(&v),
            r#"{"a":1.5,"b":[1,{"c":null,"d":"x\"y"}],"é":true}"#
        );
    }

    #[test]
    fn sha256_of_empty_is_the_known_value() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn whitespace_and_key_order_do_not_change_the_hash() {
        let a: Value = serde_json::from_str(r#"{"x": 1, "y": {"p": [1, 2], "q": "ไทย"}}"#).unwrap();
        let b: Value =
            serde_json::from_str("{\n\"y\":{\"q\":\"ไทย\",\n  \"p\":[1,2]},\"x\":1}").unwrap();
        assert_eq!(content_hash(&a), content_hash(&b));
        let c: Value = serde_json::from_str(r#"{"x": 2, "y": {"p": [1, 2], "q": "ไทย"}}"#).unwrap();
        assert_ne!(content_hash(&a), content_hash(&c));
    }
}
