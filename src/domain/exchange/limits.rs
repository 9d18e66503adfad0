//! Cheap checks that run before a file is parsed, so that a huge or hostile file is turned
//! away quickly and without risk (no stack overflow, no multi-second parse on a phone).

/// A file larger than this is rejected before it is read. A backup of 200 full assessments
/// is about 5 MB; anything larger is almost certainly not ours.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// Most assessments one file may hold. A province's whole programme is a few hundred; the
/// browser's storage holds about 900 full assessments. Past this a file is refused with a
/// message before any assessment is checked, so a 50,000-assessment file cannot freeze the
/// page, and nothing stored changes.
pub const MAX_ASSESSMENTS: usize = 2_000;

/// Deepest nesting accepted. An assessment is at most 5 levels deep inside an envelope;
/// serde_json itself stops at 128 (its recursion limit), we stop earlier with a clearer
/// message and without building the value at all.
pub const MAX_DEPTH: usize = 32;

/// What one pass over a file's bytes finds before the JSON is parsed (strings are skipped).
/// Malformed files may be misread here; the parser refuses them afterwards either way.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Scan {
    /// Where the file first nests deeper than the maximum: `(line, column)`, 1-based. The pass
    /// stops there.
    pub too_deep: Option<(usize, usize)>,
    /// How many items the top-level `"assessments": [...]` holds, so that a file of 50,000
    /// assessments is refused by its count before it is parsed. `None` when the pass finds no
    /// such list (a bare assessment, a key written with escapes): the count is then taken after
    /// parsing.
    pub assessments: Option<usize>,
}

/// One pass over `bytes`: depth past `max` and the number of assessments ([`Scan`]).
pub fn scan(bytes: &[u8], max: usize) -> Scan {
    let mut out = Scan::default();
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    // The last string at the top level (a key, when a list follows it).
    let (mut string_start, mut last): (usize, &[u8]) = (0, b"");
    // Inside the top-level "assessments" list: separators seen, and whether an item started.
    let (mut inside, mut commas, mut item) = (false, 0usize, false);
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
                if depth == 1 {
                    last = bytes.get(string_start..i).unwrap_or(b"");
                }
            }
            continue;
        }
        let in_list = inside && depth == 2;
        match b {
            b'"' => {
                in_string = true;
                string_start = i + 1;
                item |= in_list;
            }
            b'[' | b'{' => {
                item |= in_list;
                depth += 1;
                if depth > max {
                    // Line and column only once found: counting them on every byte took half
                    // the time of the pass.
                    out.too_deep = Some(line_col(bytes, i));
                    return out;
                }
                if depth == 2 && b == b'[' && last == b"assessments" && out.assessments.is_none() {
                    inside = true;
                }
            }
            b']' | b'}' => {
                if in_list {
                    out.assessments = Some(commas + usize::from(item || commas > 0));
                    inside = false;
                }
                depth = depth.saturating_sub(1);
            }
            b',' if in_list => commas += 1,
            _ if in_list && !b.is_ascii_whitespace() => item = true,
            _ => {}
        }
    }
    out
}

/// Where a file first nests deeper than `max`: `Some((line, column))` (1-based).
pub fn too_deep_at(bytes: &[u8], max: usize) -> Option<(usize, usize)> {
    scan(bytes, max).too_deep
}

/// How many items the top-level `"assessments"` list holds (see [`Scan::assessments`]).
pub fn count_assessments(bytes: &[u8]) -> Option<usize> {
    scan(bytes, usize::MAX).assessments
}

/// Line and column (1-based, in characters) of a byte offset, for invalid UTF-8 messages.
pub fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let head = bytes.get(..offset).unwrap_or(bytes);
    let line = head.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = head.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(head.get(start..).unwrap_or(&[]))
        .chars()
        .count()
        + 1;
    (line, col)
}
