//! The 14 southern provinces, from the domain brief (§1): ISO 3166-2 code (the same number
//! as the DOPA province code), names, coast, provincial cluster, health region and the
//! southern-border flags.
//!
//! The Thai display order is a fixed list because Rust has no Thai collator and code-point
//! order is wrong for Thai (leading vowels); it was produced with `Intl.Collator('th')`.

/// Which sea a province faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coast {
    Gulf,
    Andaman,
    /// Landlocked (Yala) or on Songkhla Lake only (Phatthalung).
    None,
}

/// The Interior Ministry's provincial cluster (กลุ่มจังหวัด).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cluster {
    /// ภาคใต้ฝั่งอ่าวไทย
    Gulf,
    /// ภาคใต้ฝั่งอันดามัน
    Andaman,
    /// ภาคใต้ชายแดน
    Border,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Province {
    /// ISO 3166-2 code, e.g. `TH-84`.
    pub iso: &'static str,
    pub th: &'static str,
    pub en: &'static str,
    pub coast: Coast,
    pub cluster: Cluster,
    /// Ministry of Public Health region (เขตสุขภาพ), 11 or 12.
    pub health_region: u8,
    /// One of the three southern border provinces (Pattani, Yala, Narathiwat).
    pub border3: bool,
    /// In the five-province SBPAC (ศอ.บต.) area (adds Satun and Songkhla).
    pub sbpac5: bool,
}

/// Table-row constructor (one positional row per province keeps the table readable).
#[allow(clippy::too_many_arguments)]
const fn p(
    iso: &'static str,
    th: &'static str,
    en: &'static str,
    coast: Coast,
    cluster: Cluster,
    health_region: u8,
    border3: bool,
    sbpac5: bool,
) -> Province {
    Province {
        iso,
        th,
        en,
        coast,
        cluster,
        health_region,
        border3,
        sbpac5,
    }
}

use Cluster as Cl;

/// The table of the brief, north to south.
pub const PROVINCES: [Province; 14] = [
    p(
        "TH-86",
        "ชุมพร",
        "Chumphon",
        Coast::Gulf,
        Cl::Gulf,
        11,
        false,
        false,
    ),
    p(
        "TH-85",
        "ระนอง",
        "Ranong",
        Coast::Andaman,
        Cl::Andaman,
        11,
        false,
        false,
    ),
    p(
        "TH-84",
        "สุราษฎร์ธานี",
        "Surat Thani",
        Coast::Gulf,
        Cl::Gulf,
        11,
        false,
        false,
    ),
    p(
        "TH-82",
        "พังงา",
        "Phang Nga",
        Coast::Andaman,
        Cl::Andaman,
        11,
        false,
        false,
    ),
    p(
        "TH-83",
        "ภูเก็ต",
        "Phuket",
        Coast::Andaman,
        Cl::Andaman,
        11,
        false,
        false,
    ),
    p(
        "TH-81",
        "กระบี่",
        "Krabi",
        Coast::Andaman,
        Cl::Andaman,
        11,
        false,
        false,
    ),
    p(
        "TH-80",
        "นครศรีธรรมราช",
        "Nakhon Si Thammarat",
        Coast::Gulf,
        Cl::Gulf,
        11,
        false,
        false,
    ),
    p(
        "TH-92",
        "ตรัง",
        "Trang",
        Coast::Andaman,
        Cl::Andaman,
        12,
        false,
        false,
    ),
    p(
        "TH-93",
        "พัทลุง",
        "Phatthalung",
        Coast::None,
        Cl::Gulf,
        12,
        false,
        false,
    ),
    p(
        "TH-91",
        "สตูล",
        "Satun",
        Coast::Andaman,
        Cl::Border,
        12,
        false,
        true,
    ),
    p(
        "TH-90",
        "สงขลา",
        "Songkhla",
        Coast::Gulf,
        Cl::Border,
        12,
        false,
        true,
    ),
    p(
        "TH-94",
        "ปัตตานี",
        "Pattani",
        Coast::Gulf,
        Cl::Border,
        12,
        true,
        true,
    ),
    p(
        "TH-95",
        "ยะลา",
        "Yala",
        Coast::None,
        Cl::Border,
        12,
        true,
        true,
    ),
    p(
        "TH-96",
        "นราธิวาส",
        "Narathiwat",
        Coast::Gulf,
        Cl::Border,
        12,
        true,
        true,
    ),
];

/// ISO codes in Thai alphabetical order of the Thai names.
pub const THAI_ORDER: [&str; 14] = [
    "TH-81", // กระบี่
    "TH-86", // ชุมพร
    "TH-92", // ตรัง
    "TH-80", // นครศรีธรรมราช
    "TH-96", // นราธิวาส
    "TH-94", // ปัตตานี
    "TH-82", // พังงา
    "TH-93", // พัทลุง
    "TH-83", // ภูเก็ต
    "TH-95", // ยะลา
    "TH-85", // ระนอง
    "TH-90", // สงขลา
    "TH-91", // สตูล
    "TH-84", // สุราษฎร์ธานี
];

/// The province with this ISO code (exact, e.g. `TH-84`), if it is one of the 14.
pub fn province(iso: &str) -> Option<&'static Province> {
    PROVINCES.iter().find(|p| p.iso == iso)
}

/// The provinces in Thai alphabetical order, for pickers shown in Thai.
pub fn thai_sorted() -> Vec<&'static Province> {
    THAI_ORDER.iter().filter_map(|iso| province(iso)).collect()
}

/// The provinces in English alphabetical order, for pickers shown in English.
pub fn english_sorted() -> Vec<&'static Province> {
    let mut v: Vec<&'static Province> = PROVINCES.iter().collect();
    v.sort_unstable_by_key(|p| p.en);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fourteen_unique_codes_from_80_to_96() {
        let mut codes: Vec<&str> = PROVINCES.iter().map(|p| p.iso).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 14);
        assert!(codes.iter().all(|c| ("TH-80"..="TH-96").contains(c)));
    }

    #[test]
    fn lookup_by_code() {
        assert_eq!(province("TH-84").map(|p| p.en), Some("Surat Thani"));
        assert_eq!(province("TH-10"), None);
        assert_eq!(province("th-84"), None);
        assert_eq!(province(""), None);
    }

    #[test]
    fn thai_order_is_the_collator_order_and_complete() {
        let names: Vec<&str> = thai_sorted().iter().map(|p| p.th).collect();
        assert_eq!(
            names,
            [
                "กระบี่",
                "ชุมพร",
                "ตรัง",
                "นครศรีธรรมราช",
                "นราธิวาส",
                "ปัตตานี",
                "พังงา",
                "พัทลุง",
                "ภูเก็ต",
                "ยะลา",
                "ระนอง",
                "สงขลา",
                "สตูล",
                "สุราษฎร์ธานี"
            ]
        );
    }

    #[test]
    fn flags_match_the_brief() {
        let border3: Vec<&str> = PROVINCES
            .iter()
            .filter(|p| p.border3)
            .map(|p| p.en)
            .collect();
        assert_eq!(border3, ["Pattani", "Yala", "Narathiwat"]);
        assert_eq!(PROVINCES.iter().filter(|p| p.sbpac5).count(), 5);
        assert_eq!(
            PROVINCES
                .iter()
                .filter(|p| p.coast == Coast::Andaman)
                .count(),
            6
        );
        assert_eq!(
            PROVINCES.iter().filter(|p| p.health_region == 11).count(),
            7
        );
        assert_eq!(english_sorted().first().map(|p| p.en), Some("Chumphon"));
    }
}
