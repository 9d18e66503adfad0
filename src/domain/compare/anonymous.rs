//! Anonymous site codes ("S01", "S02", ...) for projected and exported views where site names
//! must not be shown. Codes follow the sorted site keys, so the same set of sites always gets
//! the same codes whatever order the files were imported in.

use std::collections::BTreeMap;

/// The code for the site at `position` (0-based) in key order: "S01" … "S99", then "S100" ….
pub fn anonymous_code(position: usize) -> String {
    format!("S{:02}", position.saturating_add(1))
}

/// Site key → code. Keys are de-duplicated and sorted (byte order) before numbering.
pub fn anonymous_codes<S: AsRef<str>>(site_keys: &[S]) -> BTreeMap<String, String> {
    let mut keys: Vec<&str> = Vec::new();
    for k in site_keys {
        if let Err(i) = keys.binary_search(&k.as_ref()) {
            keys.insert(i, k.as_ref());
        }
    }
    // Inserted one by one: `collect()` into a map would add its own sort to the wasm.
    let mut codes = BTreeMap::new();
    for (i, key) in keys.into_iter().enumerate() {
        codes.insert(key.to_string(), anonymous_code(i));
    }
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_follow_sorted_keys() {
        let codes = anonymous_codes(&["c", "a", "b", "a"]);
        assert_eq!(codes.len(), 3);
        assert_eq!(codes.get("a").map(String::as_str), Some("S01"));
        assert_eq!(codes.get("c").map(String::as_str), Some("S03"));
        assert_eq!(
            codes,
            anonymous_codes(&["b", "c", "a"]),
            "import order does not matter"
        );
    }

    #[test]
    fn codes_widen_past_ninety_nine() {
        assert_eq!(anonymous_code(0), "S01");
        assert_eq!(anonymous_code(98), "S99");
        assert_eq!(anonymous_code(99), "S100");
        assert_eq!(anonymous_code(usize::MAX), format!("S{}", usize::MAX));
    }

    #[test]
    fn codes_never_contain_the_name() {
        let codes = anonymous_codes(&["บ้านบ่อหิน".to_string()]);
        assert!(codes.values().all(|c| c.is_ascii() && c.starts_with('S')));
    }
}
