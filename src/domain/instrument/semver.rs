//! Semantic version check (semver.org 2.0.0): `MAJOR.MINOR.PATCH[-pre][+build]`.
//!
//! Written by hand (a dozen lines) to keep the wasm small. Assessments store the version
//! they were scored with, so a malformed one would make old results unreproducible.

/// Why a version string is not semver, in plain words; None when it is valid.
pub fn semver_problem(v: &str) -> Option<String> {
    if v.is_empty() {
        return Some("empty (expected a version like 1.0.0)".into());
    }
    let (rest, build) = match v.split_once('+') {
        Some((r, b)) => (r, Some(b)),
        None => (v, None),
    };
    let (core, pre) = match rest.split_once('-') {
        Some((c, p)) => (c, Some(p)),
        None => (rest, None),
    };
    let parts: Vec<&str> = core.split('.').collect();
    if parts.len() != 3 {
        return Some(format!(
            "\"{v}\" is not a version like 1.0.0 (MAJOR.MINOR.PATCH)"
        ));
    }
    for p in &parts {
        if !is_numeric_id(p) {
            return Some(format!(
                "\"{v}\": \"{p}\" must be a whole number without leading zeros"
            ));
        }
    }
    if let Some(pre) = pre {
        for id in pre.split('.') {
            if !is_alnum_id(id) || (id.bytes().all(|b| b.is_ascii_digit()) && !is_numeric_id(id)) {
                return Some(format!("\"{v}\": bad pre-release part \"{id}\""));
            }
        }
    }
    if let Some(build) = build {
        if build.split('.').any(|id| !is_alnum_id(id)) {
            return Some(format!("\"{v}\": bad build part \"{build}\""));
        }
    }
    None
}

fn is_numeric_id(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'))
}

fn is_alnum_id(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_semver() {
        for v in [
            "1.0.0",
            "0.1.0",
            "10.20.30",
            "1.0.0-draft.1",
            "1.0.0-rc-1+build.5",
            "1.2.3+x",
        ] {
            assert_eq!(semver_problem(v), None, "{v}");
        }
    }

    #[test]
    fn rejects_non_semver() {
        for v in [
            "",
            "1",
            "1.0",
            "1.0.0.0",
            "v1.0.0",
            "01.0.0",
            "1.0.0-",
            "1.0.0-01",
            "2025-xx-draft",
            "1.a.0",
            "1.0.0+",
        ] {
            assert!(semver_problem(v).is_some(), "{v}");
        }
    }
}
