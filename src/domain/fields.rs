//! Reading a JSON object field by field, for values that `format::check` has already
//! accepted (the assessment and the instrument). Cheaper in wasm than serde's derive, and a
//! value of the wrong type reads as the field's default instead of failing.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// The fields of one JSON object, taken out one by one; what is left is `extra`.
pub(crate) struct Fields(Map<String, Value>);

impl Fields {
    pub(crate) fn of(v: Value) -> Fields {
        match v {
            Value::Object(m) => Fields(m),
            _ => Fields(Map::new()),
        }
    }
    pub(crate) fn take(&mut self, key: &str) -> Value {
        self.0.remove(key).unwrap_or(Value::Null)
    }
    pub(crate) fn string(&mut self, key: &str) -> String {
        self.opt_string(key).unwrap_or_default()
    }
    pub(crate) fn opt_string(&mut self, key: &str) -> Option<String> {
        match self.take(key) {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    pub(crate) fn bool(&mut self, key: &str) -> bool {
        self.take(key).as_bool().unwrap_or(false)
    }
    pub(crate) fn u32(&mut self, key: &str) -> u32 {
        self.take(key)
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(0)
    }
    pub(crate) fn list<T>(&mut self, key: &str, item: fn(Value) -> T) -> Vec<T> {
        match self.take(key) {
            Value::Array(a) => a.into_iter().map(item).collect(),
            _ => Vec::new(),
        }
    }
    pub(crate) fn map<T>(&mut self, key: &str, item: fn(Value) -> T) -> BTreeMap<String, T> {
        let mut out = BTreeMap::new();
        if let Value::Object(m) = self.take(key) {
            for (k, v) in m {
                out.insert(k, item(v));
            }
        }
        out
    }
    pub(crate) fn rest(self) -> Map<String, Value> {
        self.0
    }

    pub(crate) fn f64(&mut self, key: &str) -> f64 {
        self.take(key).as_f64().unwrap_or(0.0)
    }
    pub(crate) fn strings(&mut self, key: &str) -> Vec<String> {
        self.list(key, |v| match v {
            Value::String(s) => s,
            _ => String::new(),
        })
    }
}
