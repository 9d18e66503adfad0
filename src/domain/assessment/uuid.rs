//! UUID v4 formatting from 16 random bytes (RFC 9562 §5.4).
//!
//! The domain has no randomness of its own (it must stay pure and testable); the platform
//! layer supplies the bytes from `crypto.getRandomValues`.

/// Formats 16 random bytes as a UUID v4 (`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`), setting
/// the version and variant bits.
pub fn uuid_v4_from_bytes(mut b: [u8; 16]) -> String {
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let mut s = String::with_capacity(36);
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        s.push_str(&format!("{byte:02x}"));
    }
    s
}

/// True for a lower- or upper-case UUID of version 4 in the 8-4-4-4-12 form.
pub fn is_uuid_v4(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 36 {
        return false;
    }
    let shape_ok = b.iter().enumerate().all(|(i, c)| {
        if matches!(i, 8 | 13 | 18 | 23) {
            *c == b'-'
        } else {
            c.is_ascii_hexdigit()
        }
    });
    shape_ok
        && b.get(14) == Some(&b'4')
        && b.get(19)
            .is_some_and(|c| matches!(c, b'8' | b'9' | b'a' | b'b' | b'A' | b'B'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_version_and_variant() {
        assert_eq!(
            uuid_v4_from_bytes([0; 16]),
            "00000000-0000-4000-8000-000000000000"
        );
        let u = uuid_v4_from_bytes([0xff; 16]);
        assert_eq!(u, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert!(is_uuid_v4(&u));
        assert!(is_uuid_v4(&uuid_v4_from_bytes([0x5a; 16])));
    }

    #[test]
    fn rejects_other_strings() {
        for s in [
            "",
            "7b0d2c1e",
            "00000000-0000-1000-8000-000000000000",
            "00000000-0000-4000-c000-000000000000",
            "0000000000000-4000-8000-000000000000",
            "g0000000-0000-4000-8000-000000000000",
        ] {
            assert!(!is_uuid_v4(s), "{s}");
        }
    }
}
