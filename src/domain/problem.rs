//! One problem found in a data file, named by its path.
//!
//! The academic team edits the instrument by hand, so every message must say *where*
//! (`indicators[12].levels[3].th`) and *what* (`empty`) in plain words.

use std::fmt;

/// A problem at a path such as `indicators[12].levels[3].th`.
///
/// The path uses `.field` for object fields and `[i]` for array positions (0-based), and
/// `.KEY` for map keys (answers, FIES items). The empty path means the whole document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "(document): {}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl Problem {
    /// The problem as a line that also names the item it is in, by the item's `id` (or `code`)
    /// in `doc`: `indicators[5].label.th: empty` becomes `indicators[5] C06: label.th: empty`.
    /// A path that does not start in a list of items with ids prints as [`Display`] does.
    pub fn named(&self, doc: &serde_json::Value) -> String {
        let Some(open) = self.path.find('[') else { return self.to_string() };
        let Some(close) = self.path[open..].find(']').map(|c| open + c) else { return self.to_string() };
        let (list, n) = (&self.path[..open], &self.path[open + 1..close]);
        let Ok(n) = n.parse::<usize>() else { return self.to_string() };
        let item = list
            .split('.')
            .try_fold(doc, |v, field| v.get(field))
            .and_then(|v| v.get(n));
        let id = item
            .and_then(|i| i.get("id").or_else(|| i.get("code")))
            .and_then(serde_json::Value::as_str)
            .map(str::trim)
            .filter(|id| !id.is_empty() && id.chars().count() <= 40 && !id.chars().any(char::is_control));
        let Some(id) = id else { return self.to_string() };
        let head = &self.path[..=close];
        match self.path[close + 1..].strip_prefix('.') {
            Some(rest) => format!("{head} {id}: {rest}: {}", self.message),
            None if close + 1 == self.path.len() => format!("{head} {id}: {}", self.message),
            None => format!("{head} {id}: {}: {}", &self.path[close + 1..], self.message),
        }
    }
}

/// Joins a path and a field name: `join("a[1]", "b") == "a[1].b"`, `join("", "b") == "b"`.
pub fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

/// Appends an array index: `index("a", 3) == "a[3]"`.
pub fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_the_path() {
        let p = Problem::new("indicators[12].levels[3].th", "empty");
        assert_eq!(p.to_string(), "indicators[12].levels[3].th: empty");
        assert_eq!(
            Problem::new("", "not JSON").to_string(),
            "(document): not JSON"
        );
    }

    #[test]
    fn named_lines_say_which_item() {
        let doc = serde_json::json!({"indicators": [{"id": "C01"}, {"id": " "}, {"id": "C06"}],
            "network": {"tie_types": [{"id": "funding"}]}, "fies": {"items": [{"code": "WORRIED"}]}});
        let named = |path: &str| Problem::new(path, "empty").named(&doc);
        assert_eq!(named("indicators[2].label.th"), "indicators[2] C06: label.th: empty");
        assert_eq!(named("indicators[0]"), "indicators[0] C01: empty");
        assert_eq!(named("indicators[1].label"), "indicators[1].label: empty");
        assert_eq!(named("indicators[9].label"), "indicators[9].label: empty");
        assert_eq!(named("network.tie_types[0].id"), "network.tie_types[0] funding: id: empty");
        assert_eq!(named("fies.items[0].code"), "fies.items[0] WORRIED: code: empty");
        assert_eq!(named("title.th"), "title.th: empty");
        assert_eq!(named(""), "(document): empty");
    }

    #[test]
    fn paths_join() {
        assert_eq!(join("", "a"), "a");
        assert_eq!(join("a[1]", "b"), "a[1].b");
        assert_eq!(index("a", 3), "a[3]");
    }
}
