//! ISO dates and the Buddhist Era (พ.ศ. = ค.ศ. + 543), pure and dependency-free.
//!
//! Dates are stored as ISO 8601 in the common era (`2026-11-28`) and shown in the Buddhist
//! Era in Thai ("28 พ.ย. 2569"). Users may type either era: a four-digit year of 2400 or
//! more is taken as BE (no field date in this project is before 1857 CE).

/// Years between the Buddhist and the common era.
pub const BE_OFFSET: i32 = 543;

const THAI_MONTHS_SHORT: [&str; 12] = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
];
const THAI_MONTHS_LONG: [&str; 12] = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
];
const EN_MONTHS_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar date in the common era (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A valid date, or None (e.g. 30 February).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// `YYYY-MM-DD`.
    pub fn to_iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The Buddhist Era year.
    pub fn be_year(&self) -> i32 {
        be_year(self.year)
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// CE year to BE year.
pub fn be_year(ce: i32) -> i32 {
    ce + BE_OFFSET
}

/// BE year to CE year.
pub fn ce_year(be: i32) -> i32 {
    be - BE_OFFSET
}

/// Parses a strict ISO date `YYYY-MM-DD` (CE). Anything else, including impossible dates,
/// gives None.
pub fn parse_iso_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let year = digits(s.get(0..4)?)?;
    let month = digits(s.get(5..7)?)?;
    let day = digits(s.get(8..10)?)?;
    Date::new(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

/// True for a strict ISO date `YYYY-MM-DD` that exists.
pub fn is_iso_date(s: &str) -> bool {
    parse_iso_date(s).is_some()
}

/// True for an ISO 8601 UTC timestamp as the app writes them: `YYYY-MM-DDTHH:MM:SS`,
/// optional fraction, then `Z` or an offset `+07:00`.
pub fn is_iso_timestamp(s: &str) -> bool {
    let (Some(date), Some(rest)) = (s.get(0..10), s.get(10..)) else {
        return false;
    };
    if !is_iso_date(date) {
        return false;
    }
    let Some(time) = rest.strip_prefix('T') else {
        return false;
    };
    let (hms, zone) = match time.find(['Z', '+', '-']) {
        Some(i) => (time.get(..i).unwrap_or(""), time.get(i..).unwrap_or("")),
        None => return false,
    };
    let hms = hms.split('.').next().unwrap_or("");
    let parts: Vec<&str> = hms.split(':').collect();
    let ok_time = parts.len() == 3
        && parts
            .iter()
            .all(|p| p.len() == 2 && p.bytes().all(|c| c.is_ascii_digit()))
        && digits(parts[0]).is_some_and(|h| h < 24)
        && digits(parts[1]).is_some_and(|m| m < 60)
        && digits(parts[2]).is_some_and(|s| s < 61);
    let ok_zone = zone == "Z" || (zone.len() == 6 && zone.as_bytes().get(3) == Some(&b':'));
    ok_time && ok_zone
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Thai digits ๐-๙ to ASCII digits; other characters are kept.
fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '๐'..='๙' => {
                char::from_u32(u32::from(c) - u32::from('๐') + u32::from('0')).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

/// Parses a date as a user types it: `2026-11-28`, `2569-11-28`, `28/11/2569`, `28-11-2026`,
/// `28.11.2569`, with ASCII or Thai digits. A four-digit year ≥ 2400 is BE and converted to
/// CE. Day-month-year order for slashes and dots (the Thai convention).
pub fn parse_user_date(input: &str) -> Option<Date> {
    let s = ascii_digits(input.trim());
    let parts: Vec<&str> = s.split(['-', '/', '.']).map(str::trim).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = if a.len() == 4 {
        (a, b, c)
    } else if c.len() == 4 {
        (c, b, a)
    } else {
        return None;
    };
    let year = i32::try_from(digits(y)?).ok()?;
    let year = if year >= 2400 { ce_year(year) } else { year };
    Date::new(
        year,
        u8::try_from(digits(m)?).ok()?,
        u8::try_from(digits(d)?).ok()?,
    )
}

/// "28 พ.ย. 2569" for `2026-11-28` (short Thai month, BE year); None if not an ISO date.
pub fn format_date_th(iso: &str) -> Option<String> {
    let d = parse_iso_date(iso)?;
    let month = THAI_MONTHS_SHORT.get(usize::from(d.month) - 1)?;
    Some(format!("{} {} {}", d.day, month, d.be_year()))
}

/// "28 พฤศจิกายน 2569" (long Thai month, BE year), for reports.
pub fn format_date_th_long(iso: &str) -> Option<String> {
    let d = parse_iso_date(iso)?;
    let month = THAI_MONTHS_LONG.get(usize::from(d.month) - 1)?;
    Some(format!("{} {} {}", d.day, month, d.be_year()))
}

/// "28 Nov 2026" for `2026-11-28` (CE year); None if not an ISO date.
pub fn format_date_en(iso: &str) -> Option<String> {
    let d = parse_iso_date(iso)?;
    let month = EN_MONTHS_SHORT.get(usize::from(d.month) - 1)?;
    Some(format!("{} {} {}", d.day, month, d.year))
}

/// "28/11/2569": the day/month/BE-year form used in Thai forms and input fields.
pub fn format_date_th_numeric(iso: &str) -> Option<String> {
    let d = parse_iso_date(iso)?;
    Some(format!("{:02}/{:02}/{}", d.day, d.month, d.be_year()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_parse_strictly() {
        assert_eq!(parse_iso_date("2026-11-28"), Date::new(2026, 11, 28));
        assert_eq!(
            parse_iso_date("2024-02-29").map(|d| d.to_iso()),
            Some("2024-02-29".into())
        );
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "26-11-28",
            "",
            "2026-11-28T00:00:00Z",
            "２026-11-28",
            "2026-11-3x",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
        assert!(!is_leap_year(1900) && is_leap_year(2000));
    }

    #[test]
    fn buddhist_era_is_ce_plus_543() {
        assert_eq!(be_year(2026), 2569);
        assert_eq!(ce_year(2568), 2025);
    }

    #[test]
    fn display_formats() {
        assert_eq!(
            format_date_th("2026-11-28").as_deref(),
            Some("28 พ.ย. 2569")
        );
        assert_eq!(format_date_th("2025-01-05").as_deref(), Some("5 ม.ค. 2568"));
        assert_eq!(
            format_date_th_long("2025-01-15").as_deref(),
            Some("15 มกราคม 2568")
        );
        assert_eq!(format_date_en("2026-11-28").as_deref(), Some("28 Nov 2026"));
        assert_eq!(
            format_date_th_numeric("2025-01-15").as_deref(),
            Some("15/01/2568")
        );
        assert_eq!(format_date_th("not a date"), None);
        assert_eq!(format_date_en(""), None);
    }

    #[test]
    fn user_dates_in_either_era() {
        let want = Date::new(2026, 11, 28);
        for s in [
            "2026-11-28",
            "2569-11-28",
            "28/11/2569",
            "28/11/2026",
            "28-11-2026",
            "28.11.2569",
            " ๒๘/๑๑/๒๕๖๙ ",
        ] {
            assert_eq!(parse_user_date(s), want, "{s}");
        }
        for bad in ["31/02/2569", "11/28", "abc", "", "28/11/69", "2569/11"] {
            assert_eq!(parse_user_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn timestamps() {
        assert!(is_iso_timestamp("2026-11-28T10:15:00Z"));
        assert!(is_iso_timestamp("2026-11-28T10:15:00.123Z"));
        assert!(is_iso_timestamp("2026-11-28T10:15:00+07:00"));
        for bad in [
            "2026-11-28",
            "2026-11-28T25:00:00Z",
            "2026-11-28T10:15Z",
            "x",
            "2026-11-28T10:15:00",
        ] {
            assert!(!is_iso_timestamp(bad), "{bad}");
        }
    }
}
