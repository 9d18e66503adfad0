//! Why a file was rejected, in words a field team understands, in Thai and English.
//!
//! The texts live here rather than in `i18n` because they carry the details (line, column,
//! path, id) and are shared with native tests. The UI shows the file's name beside them.

use crate::domain::fixed::Fixed;
use super::limits::{MAX_ASSESSMENTS, MAX_DEPTH, MAX_FILE_BYTES};
use crate::domain::problem::Problem;

/// A whole file was turned away; nothing in it was imported.
#[derive(Debug, Clone, PartialEq)]
pub enum Rejection {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Not text: a picture, a spreadsheet, a zip... (first bad byte at line/column).
    NotText {
        line: usize,
        column: usize,
    },
    /// Text, but not valid JSON.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    TooDeep {
        line: usize,
        column: usize,
    },
    /// Valid JSON, but not a Green Community assessment file.
    NotOurs {
        detail: String,
    },
    /// An instrument file was given where assessments were expected.
    InstrumentFile,
    /// Written by a newer version of the app.
    FutureVersion {
        version: u64,
    },
    /// Fields of the wrong type or missing, each with its path.
    Shape {
        problems: Vec<Problem>,
    },
    /// The same assessment id twice in one file: which one would win is unclear.
    DuplicateIds {
        id: String,
    },
    /// A bundle with no assessment in it.
    NoAssessments,
    /// More assessments than [`MAX_ASSESSMENTS`] in one file.
    TooMany { count: usize },
}

fn mb(bytes: usize) -> String {
    Fixed(bytes as f64 / 1_048_576.0, 1).to_string()
}

impl Rejection {
    /// The reason in Thai (`thai`) or English.
    pub fn message(&self, thai: bool) -> String {
        let (th, en) = self.texts();
        if thai {
            th
        } else {
            en
        }
    }

    fn texts(&self) -> (String, String) {
        match self {
            Rejection::Empty => (
                "ไฟล์ว่างเปล่า ไม่มีข้อมูล".into(),
                "The file is empty.".into(),
            ),
            Rejection::TooLarge { bytes } => (
                format!("ไฟล์ใหญ่เกินไป ({} MB, รับได้ไม่เกิน {} MB) อาจไม่ใช่ไฟล์แบบประเมิน", mb(*bytes), mb(MAX_FILE_BYTES)),
                format!("The file is too large ({} MB; at most {} MB). It is probably not an assessment file.", mb(*bytes), mb(MAX_FILE_BYTES)),
            ),
            Rejection::NotText { line, column } => (
                format!("ไม่ใช่ไฟล์ข้อความ JSON (พบข้อมูลที่ไม่ใช่ตัวอักษร บรรทัด {line} ตำแหน่ง {column}) อาจเป็นรูปภาพหรือไฟล์ชนิดอื่น"),
                format!("Not a JSON text file (non-text data at line {line}, column {column}); it may be a picture or another kind of file."),
            ),
            Rejection::Syntax { line, column, message } => (
                format!("รูปแบบ JSON ไม่ถูกต้องที่บรรทัด {line} ตำแหน่ง {column} ({message}) ไฟล์อาจถูกตัดหรือแก้ไขด้วยมือ"),
                format!("Malformed JSON at line {line}, column {column} ({message}). The file may be cut short or edited by hand."),
            ),
            Rejection::TooDeep { line, column } => (
                format!("ข้อมูลซ้อนกันลึกเกิน {MAX_DEPTH} ชั้น (บรรทัด {line} ตำแหน่ง {column}) ไม่ใช่ไฟล์แบบประเมิน"),
                format!("Nested more than {MAX_DEPTH} levels deep (line {line}, column {column}); not an assessment file."),
            ),
            Rejection::NotOurs { detail } => (
                format!("ไม่ใช่ไฟล์แบบประเมินชุมชนสีเขียว ({detail})"),
                format!("Not a Green Community assessment file ({detail})."),
            ),
            Rejection::InstrumentFile => (
                "นี่คือไฟล์เกณฑ์การประเมิน ไม่ใช่ไฟล์ผลการประเมิน".into(),
                "This is an instrument (criteria) file, not an assessment.".into(),
            ),
            Rejection::FutureVersion { version } => (
                format!("ไฟล์นี้สร้างจากแอปรุ่นใหม่กว่า (format_version {version}) กรุณาเปิดแอปรุ่นล่าสุดแล้วนำเข้าอีกครั้ง"),
                format!("This file comes from a newer version of the app (format_version {version}). Open the latest version of the app and import it again."),
            ),
            Rejection::Shape { problems } => {
                let list: Vec<String> = problems.iter().take(5).map(|p| p.to_string()).collect();
                let more = problems.len().saturating_sub(5);
                let tail_th = if more > 0 { format!(" และอีก {more} จุด") } else { String::new() };
                let tail_en = if more > 0 { format!(" and {more} more") } else { String::new() };
                (
                    format!("ข้อมูลผิดชนิดหรือขาดหาย: {}{tail_th}", list.join("; ")),
                    format!("Wrong or missing data: {}{tail_en}.", list.join("; ")),
                )
            }
            Rejection::DuplicateIds { id } => (
                format!("รหัสแบบประเมิน (id) \"{id}\" ซ้ำกันในไฟล์เดียว ไม่ทราบว่าฉบับใดถูกต้อง"),
                format!("The assessment id \"{id}\" appears twice in this file, so it is unclear which one is right."),
            ),
            Rejection::TooMany { count } => (
                format!("ไฟล์นี้มีแบบประเมิน {count} ฉบับ เกินกว่าที่นำเข้าได้ในครั้งเดียว (ไม่เกิน {MAX_ASSESSMENTS} ฉบับ) ไม่มีข้อมูลใดถูกเปลี่ยน กรุณาแบ่งเป็นหลายไฟล์"),
                format!("This file holds {count} assessments, more than can be imported at once (at most {MAX_ASSESSMENTS}). Nothing was changed; split it into several files."),
            ),
            Rejection::NoAssessments => (
                "ไฟล์นี้ไม่มีแบบประเมินอยู่เลย".into(),
                "This file holds no assessment.".into(),
            ),
        }
    }
}
