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
    fn paths_join() {
        assert_eq!(join("", "a"), "a");
        assert_eq!(join("a[1]", "b"), "a[1].b");
        assert_eq!(index("a", 3), "a[3]");
    }
}
