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

/// Where a file first nests deeper than `max`: `Some((line, column))` (1-based), found by
/// one pass over the bytes that skips strings. Malformed files are left to the parser.
pub fn too_deep_at(bytes: &[u8], max: usize) -> Option<(usize, usize)> {
    let (mut depth, mut line, mut col) = (0usize, 1usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for &b in bytes {
        col += 1;
        if b == b'\n' {
            line += 1;
            col = 0;
        }
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some((line, col));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
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
