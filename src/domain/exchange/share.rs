//! Share links: one assessment, deflate-compressed (by the browser) and base64url-encoded,
//! in the URL fragment `#/import?d=<code>`. The fragment never reaches a server.
//!
//! The code is `<data>.<check>`: `check` is the CRC-32 of the compressed bytes (six base64url
//! characters). Deflate alone has no checksum, so one changed character could import silently
//! altered data; now any change to the data or the check refuses the link. Codes without a
//! check (links written before it existed) are still read.

use super::base64url;

/// Longest code the app writes. Chat apps and some browsers cut longer links; above this the
/// app suggests sending the file instead.
pub const MAX_LINK_CHARS: usize = 8_000;
/// Longest code the app reads (generous, for links made by hand or by later versions).
pub const MAX_READ_CHARS: usize = 64_000;
/// Most bytes a code may inflate to: a guard against decompression bombs.
pub const MAX_INFLATED_BYTES: usize = 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The code would be this long (characters).
    TooLong { chars: usize },
    /// The link has no code (`d=` missing or empty).
    Missing,
    /// A character that is not base64url at this position: the link was cut or mistyped.
    Garbled { position: usize },
    /// Decompressing failed or passed [`MAX_INFLATED_BYTES`].
    Inflate,
    /// The integrity check does not match: a character of the link was changed.
    Damaged,
}

impl ShareError {
    pub fn message(&self, thai: bool) -> String {
        let (th, en) = match self {
            ShareError::TooLong { chars } => (
                format!("แบบประเมินนี้ยาวเกินกว่าจะส่งเป็นลิงก์ ({chars} ตัวอักษร เกิน {MAX_LINK_CHARS}) กรุณาส่งเป็นไฟล์ JSON แทน"),
                format!("This assessment is too long for a link ({chars} characters, over {MAX_LINK_CHARS}). Send it as a JSON file instead."),
            ),
            ShareError::Missing => (
                "ลิงก์นี้ไม่มีข้อมูลแบบประเมิน อาจคัดลอกมาไม่ครบ".to_string(),
                "This link carries no assessment; it may have been copied only in part.".to_string(),
            ),
            ShareError::Garbled { position } => (
                format!("ลิงก์เสียหายที่ตำแหน่ง {position} อาจคัดลอกมาไม่ครบ ขอให้ผู้ส่งส่งใหม่หรือส่งเป็นไฟล์"),
                format!("The link is damaged at position {position}; it may have been cut short. Ask the sender again, or for the file."),
            ),
            ShareError::Damaged => (
                "ลิงก์เสียหาย (ข้อมูลไม่ตรงกับรหัสตรวจสอบ) อาจคัดลอกมาไม่ครบหรือถูกแก้ไข ขอให้ผู้ส่งส่งใหม่หรือส่งเป็นไฟล์".to_string(),
                "The link is damaged (its data does not match its check code); it may have been cut or changed. Ask the sender again, or for the file.".to_string(),
            ),
            ShareError::Inflate => (
                "อ่านข้อมูลในลิงก์ไม่ได้ (ข้อมูลเสียหายหรือใหญ่เกินไป) ขอให้ผู้ส่งส่งเป็นไฟล์แทน".to_string(),
                "The link's data cannot be read (damaged or too large). Ask the sender for the file instead.".to_string(),
            ),
        };
        if thai {
            th
        } else {
            en
        }
    }
}

/// The fragment for compressed bytes, or `TooLong` when it would pass [`MAX_LINK_CHARS`].
pub fn link_hash(compressed: &[u8]) -> Result<String, ShareError> {
    let code = format!("{}.{}", base64url::encode(compressed), base64url::encode(&crc32(compressed).to_be_bytes()));
    if code.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong { chars: code.len() });
    }
    Ok(format!("#/import?d={code}"))
}

/// The compressed bytes of a link's `d` parameter.
pub fn read_code(d: &str) -> Result<Vec<u8>, ShareError> {
    let d = d.trim();
    if d.is_empty() {
        return Err(ShareError::Missing);
    }
    if d.len() > MAX_READ_CHARS {
        return Err(ShareError::TooLong { chars: d.len() });
    }
    let Some((data, check)) = d.rsplit_once('.') else {
        return base64url::decode(d).map_err(|e| ShareError::Garbled { position: e.position });
    };
    let bytes = base64url::decode(data).map_err(|e| ShareError::Garbled { position: e.position })?;
    let check = base64url::decode(check).map_err(|_| ShareError::Damaged)?;
    if check.as_slice() != crc32(&bytes).to_be_bytes() {
        return Err(ShareError::Damaged);
    }
    Ok(bytes)
}

/// CRC-32 (IEEE 802.3, as in zip and PNG) of `bytes`: every single-character change of a link
/// changes it.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
