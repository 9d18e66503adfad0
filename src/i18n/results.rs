//! Messages of the results view and the printable site report (`#/a/<id>/results`).

crate::messages! { RK;
    Title => "ผลการประเมิน", "Assessment results";
    ReportTitle => "รายงานผลการประเมินชุมชนสีเขียว", "Green community assessment report";
    EditAssessment => "กลับไปแก้ไขแบบประเมิน", "Back to the assessment";
    Print => "พิมพ์รายงาน / บันทึกเป็น PDF", "Print the report / save as PDF";
    InstrumentVersion => "เกณฑ์ฉบับ", "Instrument version";
    NoDate => "ยังไม่ระบุวันที่", "date not given";
    AnsweredOf => "ตอบแล้ว", "answered";
    Items => "ข้อ", "items";
    Score => "คะแนน", "Score";
    Level => "ระดับ", "Level";
    Dimension => "มิติ", "Dimension";
    Indicator => "ตัวชี้วัด", "Indicator";
    Answered => "ตอบ / ต้องตอบ", "Answered / to answer";
    ShowTable => "ดูเป็นตาราง", "Show as a table";
    DownloadSvg => "ดาวน์โหลด SVG", "Download SVG";
    DownloadPng => "ดาวน์โหลด PNG", "Download PNG";
    NoScore => "ยังไม่มีคะแนน (ไม่ใช่ศูนย์)", "no score yet (not zero)";
    RadarTitle => "คะแนนรายมิติ", "Scores by dimension";
    RadarCaption => "คะแนน 0–100 ของแต่ละมิติ ยิ่งห่างจากจุดกลางยิ่งดี มิติที่ยังไม่มีคำตอบแสดงเป็นวงลายเส้นที่ปลายแกนและขีด –  ไม่ได้นับเป็นศูนย์", "Each dimension's score from 0 to 100; further from the centre is better. A dimension with no answer is a hatched ring at the end of its axis and a dash, never a zero.";
    RadarFewAxes => "มีมิติน้อยกว่า 3 มิติ จึงแสดงเป็นตารางแทนกราฟใยแมงมุม", "Fewer than three dimensions: shown as a table instead of a radar.";
    PillarsTitle => "เสาหลักความมั่นคงทางอาหารและ BCG", "Food-security pillars and BCG";
    PillarsCaption => "คะแนนเฉลี่ยของตัวชี้วัดที่เกี่ยวกับเสาหลักความมั่นคงทางอาหาร 6 ด้าน และเศรษฐกิจชีวภาพ หมุนเวียน และสีเขียว (B C G)", "Mean score of the indicators tagged with each of the six food-security pillars and with the bio, circular and green economy (B, C, G).";
    Pillars => "เสาหลักความมั่นคงทางอาหาร", "Food-security pillars";
    Bcg => "เศรษฐกิจ BCG", "BCG economy";
    PAvailability => "การมีอาหารพอ", "Availability";
    PAccess => "การเข้าถึงอาหาร", "Access";
    PUtilization => "การใช้ประโยชน์", "Utilization";
    PStability => "ความมีเสถียรภาพ", "Stability";
    PAgency => "การมีส่วนกำหนด", "Agency";
    PSustainability => "ความยั่งยืน", "Sustainability";
    BcgB => "B เศรษฐกิจชีวภาพ", "B bio-economy";
    BcgC => "C เศรษฐกิจหมุนเวียน", "C circular economy";
    BcgG => "G เศรษฐกิจสีเขียว", "G green economy";
    IndicatorsTitle => "คะแนนรายตัวชี้วัด", "Scores by indicator";
    IndicatorsCaption => "ระดับที่ได้ของแต่ละตัวชี้วัด (0–4 เทียบเป็น 0–100) จัดกลุ่มตามมิติ ข้อที่ไม่เกี่ยวข้องและข้อที่ยังไม่ได้ตอบแสดงเป็นแถบลายเส้น ไม่ได้นับเป็นศูนย์", "The level each indicator reached (0–4 as 0–100), grouped by dimension. Not-applicable and unanswered indicators are hatched bars, never zero.";
    LegendScored => "มีคะแนน", "Scored";
    LegendNa => "ไม่เกี่ยวข้อง (N/A)", "Not applicable (N/A)";
    LegendUnanswered => "ยังไม่ได้ตอบ", "Not answered yet";
    Na => "N/A", "N/A";
    StrongestTitle => "จุดแข็ง 3 อันดับแรก", "Three strongest indicators";
    WeakestTitle => "เรื่องที่ควรพัฒนา 3 อันดับแรก", "Three indicators to work on";
    NoneAnswered => "ยังไม่มีตัวชี้วัดที่ตอบ", "No indicator answered yet";
    FiesTitle => "ความมั่นคงทางอาหารของครัวเรือน (FIES)", "Household food security (FIES)";
    FiesItem => "ข้อคำถาม", "Item";
    FiesYesRate => "สัดส่วนที่ตอบว่าเคย", "Share answering yes";
    FiesIndicative => "ระดับโดยประมาณ", "Indicative level";
    FiesIncomplete => "ยังกรอกไม่ครบทั้ง 8 ข้อ จึงยังคำนวณคะแนนเฉลี่ยไม่ได้", "Not all eight items are filled in, so there is no mean score yet.";
    ToolsetTitle => "เครื่องมือชุดที่ 1: สรุป 8 ประเด็น", "Tool set 1: the eight parts";
    NotRecorded => "ยังไม่ได้บันทึก", "Not recorded yet";
    FactorsTitle => "ปัจจัยที่พบ", "Factors found";
    NetworkTitle => "แผนที่เครือข่ายภาคี", "Partner network map";
    NetworkCaption => "ภาคีวางเป็นวงตามระดับ วงในคือระดับใกล้ชุมชน วงนอกคือระดับประเทศหรือต่างประเทศ เส้นคือความเชื่อมโยง วงกลมยิ่งใหญ่ยิ่งมีความเชื่อมโยงมาก", "Actors sit on rings by level, nearest the community inside and national or international outside. Lines are ties; bigger circles have more ties.";
    NetworkLevels => "วงจากในออกนอก", "Rings, inside to outside";
    NoLevel => "ไม่ระบุระดับ", "level not given";
    NoActorsYet => "ยังไม่ได้บันทึกภาคีเครือข่าย", "No partners recorded yet";
    TiesCount => "ความเชื่อมโยง", "Ties";
    ExampleData => "ข้อมูลตัวอย่างสมมุติ ไม่ใช่ผลการประเมินจริง", "Made-up example data, not real results";
}

#[cfg(test)]
mod tests {
    use super::RK;
    use crate::i18n::Msg;

    #[test]
    fn every_results_message_has_both_languages() {
        for &k in RK::ALL {
            assert!(!k.th().trim().is_empty(), "{k:?} has no Thai");
            assert!(!k.en().trim().is_empty(), "{k:?} has no English");
        }
    }
}
