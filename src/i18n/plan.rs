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
    Title => "เลือกพื้นที่ต้นแบบ", "Choose the model sites";
    NavLink => "วางแผนพื้นที่ต้นแบบ", "Plan the model sites";
    Objective => "แผนนี้เลือกพื้นที่ให้ผลรวมคะแนนตัวชี้วัดร่วมสูงที่สุดเท่าที่กติกาทุกข้อยอมให้ ถ้าเท่ากัน เลือกพื้นที่ที่มีผู้สนับสนุนอยู่แล้ว แล้วจึงดูความครบของคำตอบ", "This plan picks the sites with the highest total shared-core score that every rule allows; on a tie it prefers sites that already have support, then more complete answers.";
    Candidates => "พื้นที่ที่เป็นตัวเลือก {n} แห่ง (จากชุดเปรียบเทียบ)", "{n} candidate sites (from the comparison set)";
    RulesTitle => "กติกา", "Rules";
    NumberOfSites => "จำนวนพื้นที่ต้นแบบ", "Number of model sites";
    OnePerProvince => "อย่างน้อยจังหวัดละ 1 แห่ง (จังหวัดที่มีตัวเลือก)", "At least one per province (where there is a candidate)";
    MaxPerProvince => "ไม่เกินจังหวัดละ", "At most per province";
    TypeLimits => "จำนวนต่อประเภทชุมชน (น้อยสุด–มากสุด)", "Sites per community type (minimum–maximum)";
    Min => "น้อยสุด", "min";
    Max => "มากสุด", "max";
    MinCoverage => "ตอบครบอย่างน้อย (%)", "Minimum answered (%)";
    AllowProvisional => "รับคะแนนเบื้องต้น (ตอบยังไม่ครบ)", "Accept provisional scores";
    RequireSupport => "ต้องมีผู้สนับสนุนอยู่แล้ว", "Require existing support";
    MustTitle => "ต้องเลือก / ไม่เลือก", "Must include / exclude";
    Must => "ต้องเลือก", "must include";
    Exclude => "ไม่เลือก", "exclude";
    Pilot => "พื้นที่นำร่อง", "pilot";
    ResultTitle => "แผนที่ได้", "The plan";
    Total => "เลือกได้ {n} แห่ง ผลรวมคะแนนตัวชี้วัดร่วม {s}", "{n} sites chosen, total shared-core score {s}";
    Feasible => "เป็นไปตามกติกาทุกข้อ และเป็นคำตอบที่ดีที่สุด (ตรวจครบทุกทางเลือก ไม่ใช่การเลือกทีละแห่ง)", "Every rule holds, and this is the best plan (an exact search, not a greedy pick).";
    Infeasible => "กติกาบางข้อขัดกัน จึงแสดงแผนที่ใกล้เคียงที่สุดแทน", "Some rules conflict, so the nearest plan is shown instead.";
    ConflictsTitle => "กติกาที่ขัดกัน", "Rules that conflict";
    UnmetTitle => "แผนใกล้เคียงนี้ยังขาด", "What the nearest plan misses";
    MapTitle => "พื้นที่ต้นแบบรายจังหวัด", "Model sites by province";
    PicksTitle => "พื้นที่ที่เลือกและเหตุผล", "The picks and why";
    LeftOutTitle => "ตัวเลือกคะแนนสูงที่ไม่ได้เลือก", "Strong candidates left out";
    IneligibleTitle => "ตัวเลือกที่ไม่เข้าเกณฑ์", "Candidates not eligible";
    NoCandidateTitle => "จังหวัดที่ยังไม่มีตัวเลือก", "Provinces with no candidate yet";
    NoneEligibleTitle => "จังหวัดที่มีตัวเลือกแต่ไม่เข้าเกณฑ์", "Provinces whose candidates are not eligible";
    SensitivityTitle => "แผนนี้มั่นคงแค่ไหน", "How firm is this plan";
    AtN => "ถ้าเลือก {n} แห่ง: เปลี่ยน {c} แห่ง", "At {n} sites: {c} picks change";
    Stable => "เมื่อสุ่มคะแนนใหม่ {d} ครั้งภายในช่วงที่คำตอบที่ขาดอาจทำให้เปลี่ยน พื้นที่ที่ถูกเลือกแทบทุกครั้ง (≥ 90%) คิดเป็น {s} ของแผน", "Over {d} random redraws of the scores within what the missing answers could change, {s} of the picks stay in at least 90% of the time.";
    Kept => "คงอยู่ {p}", "kept {p}";
    ExportCsv => "ดาวน์โหลด CSV", "Download CSV";
    ExportJson => "ดาวน์โหลดแผน (.json)", "Download the plan (.json)";
    Print => "พิมพ์ (A4)", "Print (A4)";
    BackToWorkshop => "กลับไปหน้าเปรียบเทียบพื้นที่", "Back to Compare sites";
    Empty => "ยังไม่มีพื้นที่ในชุดเปรียบเทียบ เลือกพื้นที่ที่หน้าเปรียบเทียบพื้นที่ก่อน", "The comparison set is empty: choose sites on Compare sites first.";
    SlideTitle => "พื้นที่ต้นแบบ {n} แห่งที่เสนอ", "The {n} proposed model sites";
    // Reasons
    WhyMust => "ต้องเลือก", "must include";
    WhyPilot => "ต้องเลือก: เป็นพื้นที่นำร่อง", "must include: a pilot";
    WhyOnly => "เป็นตัวเลือกเดียวใน{p}", "the only candidate in {p}";
    WhyBestType => "คะแนนตัวชี้วัดร่วมสูงสุดในกลุ่ม{t} ({s})", "highest core score among {t} sites ({s})";
    WhyBestProvince => "คะแนนสูงสุดใน{p} ({s})", "highest score in {p} ({s})";
    WhyTypeMin => "ช่วยให้ครบขั้นต่ำของ{t} ({n} แห่ง)", "needed for the {t} minimum ({n})";
    WhyScore => "คะแนนตัวชี้วัดร่วม {s} อันดับ {r} จาก {n}", "core score {s}, {r} of {n}";
    OutProvinceFull => "{p}มีครบ {k} แห่งแล้ว ({h})", "{p} already has {k} ({h})";
    OutTypeMax => "{t}ถึงจำนวนสูงสุดแล้ว ({n})", "the {t} maximum is reached ({n})";
    OutCoverage => "ที่ว่างถูกใช้ให้จังหวัดหรือประเภทอื่นครบตามกติกา", "its place keeps another province or type within the rules";
    InExcluded => "ถูกเลือกไม่ให้เข้าแผน", "excluded by the rules";
    InNoScore => "ยังไม่มีคะแนน", "no score yet";
    InNoProvince => "ไม่ได้ระบุจังหวัดภาคใต้", "no southern province given";
    InNoType => "ไม่ได้ระบุประเภทชุมชน", "no community type given";
    InProvisional => "คะแนนเบื้องต้น (ตอบยังไม่ครบ)", "provisional score";
    InCoverage => "ตอบครบเพียง {p}", "only {p} answered";
    InNoSupport => "ยังไม่มีผู้สนับสนุน", "no existing support";
    // Conflicts
    CfTooFew => "ต้องการ {n} แห่ง แต่มีตัวเลือกที่เข้าเกณฑ์เพียง {a} แห่ง (ขาด {d})", "{n} sites wanted but only {a} candidates are eligible (short by {d})";
    CfTypeMinCands => "ขั้นต่ำของ{t}คือ {m} แต่มีตัวเลือกเพียง {a} แห่ง (ขาด {d})", "the {t} minimum is {m} but only {a} candidates exist (short by {d})";
    CfTypeMinMax => "ขั้นต่ำของ{t} ({m}) มากกว่าจำนวนสูงสุด ({x})", "the {t} minimum ({m}) is above its maximum ({x})";
    CfTypeMinsN => "ขั้นต่ำของทุกประเภทรวมกันได้ {m} มากกว่าจำนวนพื้นที่ {n} (เกิน {d})", "the type minimums add up to {m}, over the {n} sites (by {d})";
    CfTypeMaxN => "จำนวนสูงสุดต่อประเภทรวมกันรับได้เพียง {r} จาก {n} แห่ง (ขาด {d})", "the type maximums leave room for {r} of {n} sites (short by {d})";
    CfProvincesN => "ต้องมีจังหวัดละ 1 แห่งใน {p} จังหวัด แต่เลือกได้เพียง {n} แห่ง (เกิน {d})", "one per province needs {p} sites but only {n} are chosen (over by {d})";
    CfProvinceMaxN => "จังหวัดละไม่เกิน {k} แห่ง รับได้เพียง {r} จาก {n} แห่ง (ขาด {d})", "at most {k} per province leaves room for {r} of {n} sites (short by {d})";
    CfProvinceZero => "จังหวัดละไม่เกิน 0 แห่ง ขัดกับจังหวัดละอย่างน้อย 1 แห่ง", "at most 0 per province conflicts with one per province";
    CfMustN => "ต้องเลือก {c} แห่ง มากกว่าจำนวนพื้นที่ {n} (เกิน {d})", "{c} must-includes, over the {n} sites (by {d})";
    CfMustType => "ต้องเลือก{t} {c} แห่ง เกินจำนวนสูงสุด {x} (เกิน {d})", "{c} must-include {t} sites, over its maximum {x} (by {d})";
    CfMustProvince => "ต้องเลือกใน{p} {c} แห่ง เกินจังหวัดละ {k} (เกิน {d})", "{c} must-includes in {p}, over {k} per province (by {d})";
    CfBoth => "{s} ถูกกำหนดทั้งให้เลือกและไม่ให้เลือก", "{s} is both a must-include and excluded";
    CfUnplaceable => "ต้องเลือก {s} แต่ใช้ไม่ได้: {w}", "{s} must be included but cannot be: {w}";
    CfCombined => "จำนวนสูงสุดต่อประเภทและต่อจังหวัดเมื่อรวมกันทำให้กติกาขั้นต่ำบางข้อเป็นไปไม่ได้", "the type and province limits together leave some minimum rules unmet";
    UnSites => "เลือกได้ {p} จาก {n} แห่ง", "{p} of {n} sites placed";
    UnTypeMin => "{t}: {p} จากขั้นต่ำ {m}", "{t}: {p} of the minimum {m}";
    UnProvince => "{p}: ยังไม่มีพื้นที่", "{p}: no site";
    UnMust => "{s}: ต้องเลือกแต่ไม่ได้อยู่ในแผน", "{s}: a must-include not in the plan";
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
