//! Messages of sites over time and the two lenses (format 3): follow-up rounds, the
//! community's own level on each card, the change view and the gap view of the results.

crate::messages! { NK;
    StartFollowUp => "เริ่มประเมินติดตามรอบใหม่", "Start a follow-up round";
    Baseline => "รอบฐาน", "Baseline";
    FollowUpN => "ติดตามครั้งที่", "Follow-up";
    Round => "รอบการประเมิน", "Round";
    PreviousRound => "รอบก่อน", "Previous round";
    NotAnswered => "ไม่ได้ตอบ", "not answered";
    CommunityLevel => "ระดับที่ชุมชนเห็นว่าตนเองอยู่ (ไม่บังคับ)", "The level the community sees itself at (optional)";
    CommunityLevelHint => "ถามวงสนทนาว่าชุมชนเห็นว่าตนเองอยู่ระดับใด ใช้วางเทียบกับระดับที่ทีมผู้⁠ประเมินเลือก ไม่นำไปคิดคะแนนหลัก", "Ask the group which level they see themselves at. It is set beside the assessors' level and does not enter the score of record.";
    ClearCommunity => "ล้างระดับของชุมชน", "Clear the community's level";
    ChangesTitle => "สิ่งที่เปลี่ยนไปจากรอบก่อน", "What changed since the previous round";
    ChangesBasis => "นับเฉพาะตัวชี้วัดที่ตอบทั้งสองรอบ", "Counted only over the indicators answered in both rounds";
    Improved => "ดีขึ้น", "improved";
    Same => "เท่าเดิม", "same";
    Declined => "ลดลง", "declined";
    Overall => "คะแนนรวม", "Overall";
    OnlyBefore => "ตอบเฉพาะรอบก่อน จึงไม่นับ", "Answered in the previous round only, left out";
    OnlyAfter => "ตอบเฉพาะรอบนี้ จึงไม่นับ", "Answered in this round only, left out";
    Answered => "ตอบ", "answered";
    Items => "ข้อ", "items";
    Coverage => "ครอบคลุม", "coverage";
    NothingPaired => "ยังไม่มีตัวชี้วัดที่ตอบทั้งสองรอบ จึงยังเทียบไม่ได้", "No indicator is answered in both rounds yet, so nothing can be compared.";
    ChangeChartTitle => "คะแนนรายมิติ รอบก่อนและรอบนี้", "Scores by dimension, previous round and this one";
    ChangeCaption => "วงกลมกลวงคือรอบก่อน จุดทึบคือรอบนี้ ตัวเลขท้ายแถวคือผลต่าง (รอบนี้ลบรอบก่อน)", "The ring is the previous round, the dot this one; the figure at the end of a row is the difference (this round minus the previous).";
    ByIndicator => "รายตัวชี้วัด", "By indicator";
    Before => "ก่อน", "Before";
    After => "หลัง", "After";
    Direction => "ทิศทาง", "Direction";
    Difference => "ผลต่าง", "Difference";
    NotInBoth => "ไม่มีข้อที่ตอบทั้งสองฝั่ง", "nothing answered in both";
    GapTitle => "ระดับที่ชุมชนเห็น เทียบกับผู้⁠ประเมิน", "The community's view beside the assessors'";
    GapIntro => "คะแนนของผู้⁠ประเมินเป็นคะแนนหลัก ช่องว่างระหว่างสองมุมมองคือประเด็นชวนคุยในวงสนทนา นับเฉพาะตัวชี้วัดที่มีทั้งสองระดับ", "The assessors' score is the score of record. The gap between the two views is the agenda for the discussion; counted only over the indicators with both levels.";
    Assessors => "ผู้⁠ประเมิน", "Assessors";
    Community => "ชุมชน", "Community";
    CommunityOverall => "คะแนนรวมตามที่ชุมชนเห็น (ทุกข้อที่ชุมชนให้ระดับ)", "Overall as the community sees it (every indicator it gave a level)";
    GapChartTitle => "คะแนนรายมิติ ผู้⁠ประเมินและชุมชน", "Scores by dimension, assessors and community";
    GapCaption => "วงกลมกลวงคือผู้⁠ประเมิน จุดทึบคือชุมชน ตัวเลขท้ายแถวคือชุมชนลบผู้⁠ประเมิน", "The ring is the assessors', the dot the community's; the figure at the end of a row is community minus assessors.";
    WidestGaps => "ตัวชี้วัดที่สองมุมมองต่างกันมากที่สุด", "Indicators where the two views differ most";
    NoGap => "ทั้งสองมุมมองเห็นตรงกันทุกข้อที่มีทั้งสองระดับ", "The two views agree on every indicator that has both levels.";
    LevelsApart => "ต่างกัน (ระดับ)", "Levels apart";
    SiteHistory => "การประเมินทุกรอบของพื้นที่นี้", "Every round of this site";
    ThisRound => "รอบนี้", "this round";
    ThisRoundHead => "รอบนี้", "This round";
    CommunityHigher => "ชุมชนให้สูงกว่า", "community higher";
    Agree => "ตรงกัน", "agree";
    CommunityLower => "ชุมชนให้ต่ำกว่า", "community lower";
    Higher => "สูงกว่า", "higher";
    Lower => "ต่ำกว่า", "lower";
}

/// "รอบฐาน" for round 0, "ติดตามครั้งที่ 2" for round 2.
pub fn round_name(lang: super::Lang, round: u32) -> String {
    if round == 0 {
        lang.t(NK::Baseline).to_string()
    } else {
        format!("{} {round}", lang.t(NK::FollowUpN))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Msg};

    #[test]
    fn every_message_has_both_languages_and_rounds_are_named() {
        for &k in NK::ALL {
            assert!(!k.th().trim().is_empty() && !k.en().trim().is_empty(), "{k:?}");
        }
        assert_eq!(round_name(Lang::Th, 0), "รอบฐาน");
        assert_eq!(round_name(Lang::Th, 2), "ติดตามครั้งที่ 2");
        assert_eq!(round_name(Lang::En, 1), "Follow-up 1");
    }
}
