//! Messages of household FIES entry, its results and exports (Thai first).

use super::Lang;

crate::messages! { FK;
    ProtocolTitle => "วิธีถาม", "How to ask";
    Protocol1 => "ถามผู้ใหญ่ 1 คนต่อครัวเรือน (หัวหน้าครัวเรือนหรือผู้ที่ดูแลเรื่องอาหาร) เป็นการส่วนตัว ไม่ถามต่อหน้าคนอื่นหรือกลางเวที", "Ask one adult per household (the head or whoever looks after food), in private, never in front of others or in the group meeting.";
    Protocol2 => "ถามถึงช่วง 12 เดือนที่แล้ว อ่านคำนำก่อน แล้วถามทีละข้อตามลำดับ 1–8 ตอบได้ว่า เคย / ไม่เคย / ไม่ทราบหรือไม่ตอบ", "The recall period is the last 12 months. Read the preamble, then ask the eight items in order, 1 to 8. Answers: yes / no / don't know or refused.";
    Protocol3 => "บันทึกด้วยรหัสครัวเรือน (H01, H02, …) ห้ามเขียนชื่อคน", "Record each household by its code (H01, H02, …), never by a name.";
    ThaiSource => "ถ้อยคำภาษาไทย: สำนักงานสถิติแห่งชาติ รายงานความชุกความไม่มั่นคงทางอาหาร 2567 ตารางที่ 2.1 ข้อที่ติดป้าย \"ถ้อยคำร่าง\" ต้องตรวจกับตารางนั้นก่อนใช้", "Thai wording: National Statistical Office, food insecurity prevalence report 2024, Table 2.1. Items marked \"draft wording\" must be checked against that table before use.";
    EntryTitle => "บันทึกคำตอบรายครัวเรือน", "Answers household by household";
    KeysHint => "แป้นพิมพ์: Y = เคย, N = ไม่เคย, - = ไม่ทราบ/ไม่ตอบ, ลูกศรเลื่อนช่อง, Delete ล้าง แตะช่องเพื่อสลับคำตอบ", "Keyboard: Y = yes, N = no, - = don't know / refused, arrows move, Delete clears. Tap a cell to cycle the answer.";
    Household => "ครัวเรือน", "Household";
    AddHousehold => "เพิ่มครัวเรือน", "Add household";
    Copy => "คัดลอก", "Copy";
    Delete => "ลบ", "Delete";
    Undo => "เลิกทำ", "Undo";
    Deleted => "ลบครัวเรือนแล้ว", "Household deleted";
    Yes => "เคย", "yes";
    No => "ไม่เคย", "no";
    DontKnow => "ไม่ทราบ/ไม่ตอบ", "don't know / refused";
    NotEntered => "ยังไม่บันทึก", "not entered";
    NoHouseholds => "ยังไม่มีครัวเรือน กด \"เพิ่มครัวเรือน\" เพื่อเริ่ม", "No households yet. Press \"Add household\" to start.";
    RawScore => "คะแนนดิบ", "Raw score";
    Incomplete => "ไม่ครบ", "incomplete";
    SummaryTitle => "ตัวเลขสรุป (บันทึกก่อนมีการบันทึกรายครัวเรือน)", "Summary counts (recorded before household entry)";
    SummaryCaveat => "แบบประเมินนี้บันทึกไว้เป็นยอดรวมของพื้นที่ต่อข้อ (ตอบว่าเคยกี่ครัวเรือนจากที่ถามกี่ครัวเรือน) จึงไม่รู้ว่าครัวเรือนใดตอบกี่ข้อ แบ่งกลุ่ม 0 / 1–3 / 4–6 / 7–8 ไม่ได้ และใช้กับแบบจำลองราสช์ไม่ได้ ตัวเลขนี้เก็บไว้ตามเดิม ไม่ได้แปลงเป็นครัวเรือน", "This assessment holds site totals per item (how many households said yes out of how many were asked), so it is unknown how many items each household affirmed: the 0 / 1–3 / 4–6 / 7–8 groups cannot be formed and a Rasch analysis cannot be run. The totals are kept as they were; they are not turned into households.";
    Item => "ข้อ", "Item";
    YesRate => "สัดส่วนที่ตอบว่าเคย", "Yes-rate";
    YesOfAnswered => "เคย / ตอบ", "yes / answered";
    GroupsTitle => "ครัวเรือนตามจำนวนข้อที่ตอบว่าเคย", "Households by number of items answered yes";
    Group0 => "0 ข้อ", "0 items";
    Group1 => "1–3 ข้อ", "1–3 items";
    Group2 => "4–6 ข้อ", "4–6 items";
    Group3 => "7–8 ข้อ", "7–8 items";
    Households => "ครัวเรือน", "households";
    Caveat => "กลุ่มตามคะแนนดิบนี้ไม่ใช่ความชุกตามแบบจำลองราสช์ของ FAO (ตัวชี้วัด SDG 2.1.2) จึงเทียบกับตัวเลขของ FAO หรือสำนักงานสถิติแห่งชาติไม่ได้ และครัวเรือนที่เลือกถามในเวทีเป็นตัวอย่างแบบเจาะจงจำนวนน้อย บอกได้เฉพาะครัวเรือนที่ถามเท่านั้น ไม่ได้แทนทั้งชุมชน", "These raw-score groups are not FAO's Rasch-based prevalence (SDG 2.1.2) and cannot be compared with FAO or National Statistical Office figures. A small purposive sample represents only the households asked, not the whole community.";
    CsvHouseholds => "FIES รายครัวเรือน (CSV สำหรับ RM.weights)", "FIES by household (CSV for RM.weights)";
    KindHouseholds => "รายครัวเรือน", "household answers";
    KindSummary => "ตัวเลขสรุปเดิม", "summary counts";
    KindBoth => "รายครัวเรือน และตัวเลขสรุปเดิม", "household answers and older summary counts";
    KindNone => "ยังไม่มีข้อมูล", "no data";
    SlideTitle => "ความไม่มั่นคงทางอาหาร: ครัวเรือนตามจำนวนข้อที่ตอบว่าเคย", "Food insecurity experience: households by items answered yes";
    SlideSorted => "เรียงตามสัดส่วนครัวเรือนที่ตอบว่าเคย 4–8 ข้อ มากไปน้อย", "Sorted by the share of households answering yes to 4–8 items, highest first";
    NoHouseholdData => "ไม่มีข้อมูลรายครัวเรือน", "no household answers";
    SlideTopic => "ความไม่มั่นคงทางอาหาร (FIES)", "Food insecurity experience (FIES)";
    SlideLead => "{site}: ครัวเรือนที่ตอบว่าเคย 4–8 ข้อ มีสัดส่วนสูงสุด ({k} จาก {n} ครัวเรือนที่ตอบครบ)", "{site}: the highest share of households answering yes to 4–8 items ({k} of {n} with complete answers)";
    SlideNone => "ยังไม่มีพื้นที่ใดบันทึกคำตอบรายครัวเรือน", "No site has household answers yet";
    SlideCaption => "แต่ละแถบคือครัวเรือนที่ตอบครบทั้ง 8 ข้อของหนึ่งพื้นที่ แบ่งตามจำนวนข้อที่ตอบว่าเคย เรียงตามสัดส่วนที่ตอบว่าเคย 4–8 ข้อ ไม่ใช่ความชุกตาม SDG 2.1.2 และบอกได้เฉพาะครัวเรือนที่ถาม", "Each bar is one site's households with all eight items answered, by the number of items answered yes, sorted by the share at 4–8 items. Not the SDG 2.1.2 prevalence; it speaks only for the households asked.";
    Site => "พื้นที่", "Site";
    Complete => "ตอบครบ", "complete";
    Share48 => "4–8 ข้อ", "4–8 items";
    WithoutHouseholds => "พื้นที่ที่ไม่มีคำตอบรายครัวเรือน", "Sites without household answers";
}

/// "of N households" style counts in English need the singular for 1.
fn hh(lang: Lang, n: u32) -> String {
    match lang {
        Lang::Th => format!("{n} ครัวเรือน"),
        Lang::En if n == 1 => "1 household".to_string(),
        Lang::En => format!("{n} households"),
    }
}

/// The sentence under the FIES figures, saying only what was counted: households with
/// complete answers, how many affirmed at least one item and how many 7–8, and the incomplete
/// ones counted apart. Never "no food insecurity".
pub fn households_sentence(lang: Lang, complete: u32, at_least_one: u32, severe: u32, incomplete: u32) -> String {
    let mut s = match (lang, complete) {
        (Lang::Th, 0) => "ยังไม่มีครัวเรือนที่ตอบครบทั้ง 8 ข้อ".to_string(),
        (Lang::En, 0) => "No household has answered all eight items yet.".to_string(),
        (Lang::Th, _) if at_least_one == 0 => format!("จาก {} ที่ตอบครบทุกข้อ ไม่มีครัวเรือนใดตอบว่าเคย", hh(lang, complete)),
        (Lang::En, _) if at_least_one == 0 => format!("None of the {} with complete answers reported any of the eight experiences.", hh(lang, complete)),
        (Lang::Th, _) => format!(
            "จาก {} ที่ตอบครบทุกข้อ มี {} ที่ตอบว่าเคยอย่างน้อย 1 ข้อ และ {} ตอบว่าเคย 7–8 ข้อ",
            hh(lang, complete),
            hh(lang, at_least_one),
            hh(lang, severe)
        ),
        (Lang::En, _) => format!(
            "{at_least_one} of {} with complete answers reported at least one experience; {severe} reported 7–8 items.",
            hh(lang, complete)
        ),
    };
    if incomplete > 0 {
        s.push_str(&match lang {
            Lang::Th => format!(" อีก {} ตอบไม่ครบ (มีข้อที่ไม่ทราบ/ไม่ตอบหรือยังไม่บันทึก) จึงแยกนับต่างหาก", hh(lang, incomplete)),
            Lang::En => format!(" {} with an item unanswered, not known or refused {} counted apart.", hh(lang, incomplete), if incomplete == 1 { "is" } else { "are" }),
        });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_says_what_was_counted_and_never_claims_no_insecurity() {
        assert_eq!(
            households_sentence(Lang::En, 22, 7, 2, 0),
            "7 of 22 households with complete answers reported at least one experience; 2 reported 7–8 items."
        );
        let none = households_sentence(Lang::En, 5, 0, 0, 1);
        assert!(none.contains("None of the 5 households"), "{none}");
        assert!(none.contains("1 household with an item unanswered"), "{none}");
        assert!(!none.to_lowercase().contains("no food insecurity"));
        let th = households_sentence(Lang::Th, 22, 7, 2, 3);
        assert!(th.contains("จาก 22 ครัวเรือน") && th.contains("7 ครัวเรือน") && th.contains("3 ครัวเรือน"), "{th}");
    }
}
