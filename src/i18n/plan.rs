//! Messages of the model-site planner (`#/plan`) and of the "existing support" profile field.
//! Texts with `{n}`-style slots are filled by the screen (`str::replace`).

crate::messages! { PL;
    SupportLegend => "การสนับสนุนที่มีอยู่แล้ว", "Existing support";
    SupportHint => "ชุมชนได้รับการสนับสนุนจากใครอยู่แล้วบ้าง (เลือกได้หลายข้อ)", "Who already supports this community (tick all that apply)";
    SupportThaiHealth => "สสส. (สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ)", "ThaiHealth";
    SupportNhco => "สช. (สำนักงานคณะกรรมการสุขภาพแห่งชาติ)", "NHCO (National Health Commission Office)";
    SupportLocal => "องค์กรปกครองส่วนท้องถิ่น", "Local government";
    SupportAgency => "หน่วยงานราชการ", "A government agency";
    SupportUniversity => "มหาวิทยาลัย", "A university";
    SupportCivil => "เครือข่ายภาคประชาสังคม", "A civil-society network";
    SupportNone => "ยังไม่มี", "None yet";
}

/// The label of a support kind id (`domain::plan::SUPPORT_KINDS`).
pub fn support_label(id: &str) -> PL {
    match id {
        "thaihealth" => PL::SupportThaiHealth,
        "nhco" => PL::SupportNhco,
        "local_government" => PL::SupportLocal,
        "government_agency" => PL::SupportAgency,
        "university" => PL::SupportUniversity,
        "civil_society" => PL::SupportCivil,
        _ => PL::SupportNone,
    }
}
