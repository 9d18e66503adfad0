//! Messages of instrument 1.1: the level rule, not-applicable reasons, characteristics, the
//! consent step, factor-kind definitions and answers to check again after a version change.

crate::messages! { QK;
    NaReason => "เหตุผลที่ไม่เกี่ยวข้อง (สั้น ๆ)", "Why it does not apply (briefly)";
    NaReasonMissing => "ยังไม่ได้เขียนเหตุผล", "No reason given yet";
    NaReasons => "ข้อที่ไม่เกี่ยวข้องและเหตุผล", "Not applicable, and why";
    NoNa => "ไม่มีข้อที่เลือกว่าไม่เกี่ยวข้อง", "No indicator was marked not applicable";
    Characteristics => "คุณลักษณะของชุมชนสีเขียวประเภทนี้ที่พบ", "Characteristics of this type seen at the site";
    CharacteristicsHint => "ติ๊กข้อที่ทีมเห็นในพื้นที่ ใช้ประกอบการอ่านผล ไม่นำไปคิดคะแนน", "Tick those the team saw at the site. They help read the results and are not scored.";
    CharacteristicsSeen => "พบ", "seen";
    CharacteristicsNotSeen => "ยังไม่พบ", "not seen";
    CharacteristicsNone => "ยังไม่ได้เลือกประเภทชุมชน", "No community type chosen yet";
    Definition => "นิยาม", "Definition";
    Consent => "ขั้นตอนขอความยินยอม", "Consent step";
    ConsentDone => "ทำแล้ว", "Done";
    ConsentNotDone => "ยังไม่ได้บันทึกว่าขอความยินยอมแล้ว", "Consent is not recorded as asked yet";
    FactorKinds => "ปัจจัยแต่ละแบบหมายถึงอะไร", "What each kind of factor means";
    RecheckTitle => "คำตอบที่ต้องตรวจอีกครั้ง", "Answers to check again";
    RecheckIntro => "ข้อเหล่านี้ตอบไว้กับเกณฑ์ฉบับก่อน แต่ฉบับนี้แยกหรือเขียนคำถามใหม่ คำตอบเดิมเก็บไว้ครบและไม่ถูกนำไปคิดคะแนน ให้ทีมอ่านคำถามเดิม แล้วตอบข้อใหม่ที่ระบุไว้เอง", "These were answered under an earlier version of the instrument, and this version split or rewrote the question. The old answers are kept in full and are not scored: read the old question, then answer the new indicators named here yourselves.";
    OldQuestion => "คำถามเดิม", "Old question";
    OldAnswer => "คำตอบเดิม", "Old answer";
    ReplacedBy => "ตอบใหม่ในข้อ", "Answer again in";
    NotAsked => "ฉบับนี้ไม่ถามแล้ว", "No longer asked";
    WhatChanged => "สิ่งที่เปลี่ยน", "What changed";
    UnknownOld => "ข้อนี้ไม่มีในเกณฑ์ฉบับนี้", "This indicator is not in this version";
    Level => "ระดับ", "Level";
    VersionChanged => "คิดคะแนนใหม่ด้วยเกณฑ์ฉบับ", "Re-scored with instrument version";
    FilledWith => "แบบประเมินนี้กรอกด้วยฉบับ", "this assessment was filled with version";
    ToCheckCount => "ข้อที่ต้องตรวจอีกครั้ง", "answers to check again";
    NewToAnswer => "ข้อใหม่ที่ยังไม่ได้ตอบ", "new indicators not answered yet";
}
