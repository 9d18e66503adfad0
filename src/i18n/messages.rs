//! The message catalogue: one line per message, Thai first.

/// Declares a message catalogue: an enum of keys, each with its Thai and English text.
/// Each screen may keep its own catalogue (`src/i18n/<screen>.rs`) so that work on different
/// screens does not collide; all of them implement [`super::Msg`].
#[macro_export]
macro_rules! messages {
    ($name:ident; $($key:ident => $th:expr, $en:expr;)*) => {
        /// A message key; `Lang::t(key)` gives its text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }

        impl $crate::i18n::Msg for $name {
            fn th(self) -> &'static str { match self { $($name::$key => $th),* } }
            fn en(self) -> &'static str { match self { $($name::$key => $en),* } }
        }
    };
}

messages! { K;
    AppTitle => "ประเมินชุมชนสีเขียว", "Green Community assessment";
    AppTagline => "ชุมชนสีเขียวเพื่อการพัฒนาที่ยั่งยืนด้านความมั่นคงทางอาหาร ภาคใต้", "Green communities for sustainable food security, southern Thailand";
    LangToggle => "English", "ภาษาไทย";
    LangToggleLabel => "เปลี่ยนภาษาเป็นภาษาอังกฤษ", "Switch the language to Thai";
    NavDrafts => "แบบประเมิน", "Assessments";
    NavWorkshop => "เปรียบเทียบพื้นที่", "Compare sites";
    NavAbout => "เกี่ยวกับ", "About";
    SkipToContent => "ข้ามไปยังเนื้อหา", "Skip to content";
    NotFoundTitle => "ไม่พบหน้านี้", "Page not found";
    NotFoundBody => "ลิงก์นี้อาจพิมพ์ผิดหรือไม่ครบ ข้อมูลของคุณยังอยู่ครบ", "This link may be mistyped or cut short. Your data is safe.";
    BackToDrafts => "กลับไปหน้ารายการแบบประเมิน", "Back to the assessments";
    AboutTitle => "เกี่ยวกับเครื่องมือนี้", "About this tool";
    AboutBody1 => "เครื่องมือนี้ช่วยทีมประเมินบันทึกผลการประเมินชุมชนสีเขียวระหว่างเวทีกลุ่มย่อย ดูคะแนนและกราฟได้ทันที และส่งต่อผลเป็นไฟล์ให้ทีมวิชาการรวบรวมและเปรียบเทียบ", "This tool helps field teams record a green-community assessment during a focus group, see scores and charts at once, and pass the result on as a file for the academic team to gather and compare.";
    AboutBody2 => "ข้อมูลทั้งหมดเก็บไว้ในเบราว์เซอร์ของเครื่องนี้เท่านั้น และในไฟล์ที่คุณส่งออกเอง ไม่มีการส่งข้อมูลไปยังเซิร์ฟเวอร์ใด ๆ", "All data stays in this browser on this device and in the files you export yourself. Nothing is sent to any server.";
    AboutInstrument => "เกณฑ์การประเมินที่ใช้", "Instrument in use";
    OtherTabCopy => "แก้ไขในอีกแท็บ", "edited in another tab";
    EditedInTwoTabs => "แบบประเมินนี้ถูกแก้ไขในอีกแท็บหรืออีกหน้าต่างพร้อมกัน จึงเก็บไว้ทั้งสองฉบับ: ฉบับจากอีกแท็บอยู่ที่เดิม ส่วนการแก้ไขในแท็บนี้บันทึกเป็นสำเนา “{copy}”", "This assessment was also changed in another tab or window, so both versions are kept: the other tab's stays here, and this tab's changes are saved as a copy, “{copy}”.";
    AboutStorageTitle => "ข้อมูลในเบราว์เซอร์นี้", "Data in this browser";
    AboutStorage => "แบบประเมิน {n} ชุด · ในถังขยะ {t} ชุด · ใช้พื้นที่ประมาณ {kb} KB จากราว 5 MB ที่เบราว์เซอร์ให้ใช้", "Assessments: {n} · in the trash: {t} · storage used: about {kb} KB of the roughly 5 MB browsers allow";
    AboutPersistent => "เบราว์เซอร์นี้รับว่าจะเก็บข้อมูลไว้ ไม่ลบเองเมื่อพื้นที่เครื่องเหลือน้อย", "This browser has agreed to keep the data, even when the device runs short of space.";
    AboutNotPersistent => "เบราว์เซอร์อาจลบข้อมูลนี้เองเมื่อพื้นที่เครื่องเหลือน้อย จึงควรส่งออกไฟล์สำรองไว้เสมอ", "This browser may clear the data itself when the device runs short of space, so keep a backup file.";
    AboutOffline => "หลังเปิดครั้งแรก เครื่องมือนี้ใช้งานได้แม้ไม่มีอินเทอร์เน็ต เมื่อไม่แน่ใจ ให้ส่งออกไฟล์สำรองไว้เสมอ", "After the first visit the tool works without internet. When in doubt, export a backup file.";
    AboutVersion => "รุ่นโปรแกรม", "App version";
    AboutFont => "ฟอนต์ Sarabun ใช้สัญญาอนุญาต SIL Open Font License", "The Sarabun font is used under the SIL Open Font License";
    // Drafts page
    DraftsTitle => "แบบประเมินของฉัน", "My assessments";
    NewAssessment => "สร้างแบบประเมินใหม่", "New assessment";
    DraftsEmpty => "ยังไม่มีแบบประเมิน — เริ่มจากลิงก์ที่ได้รับ หรือกด สร้างแบบประเมินใหม่", "No assessments yet. Start from the link you received, or press New assessment.";
    DraftsNoMatch => "ไม่มีแบบประเมินที่ตรงกับตัวกรองนี้", "No assessment matches this filter.";
    DraftsMore => "แสดงเพิ่ม (ยังมีอีก {n} รายการ)", "Show more ({n} not shown)";
    FilterType => "ประเภทชุมชน", "Community type";
    FilterProvince => "จังหวัด", "Province";
    FilterAll => "ทั้งหมด", "All";
    Untitled => "(ยังไม่ได้ตั้งชื่อพื้นที่)", "(site not named yet)";
    NoType => "ยังไม่เลือกประเภท", "type not chosen";
    NoProvince => "ยังไม่เลือกจังหวัด", "province not chosen";
    LastEdited => "แก้ไขล่าสุด", "Last edited";
    Completed => "กรอกแล้ว", "Filled";
    Open => "เปิด", "Open";
    Results => "ดูผล", "Results";
    Rename => "เปลี่ยนชื่อ", "Rename";
    RenameSave => "บันทึกชื่อ", "Save name";
    Cancel => "ยกเลิก", "Cancel";
    Duplicate => "ทำสำเนา", "Duplicate";
    Delete => "ลบ", "Delete";
    CopyWord => "สำเนา", "Copy of";
    Deleted => "ลบแล้ว กู้คืนได้ภายใน 30 วัน", "Deleted. You can restore it within 30 days.";
    Undo => "เลิกทำ", "Undo";
    Dismiss => "ปิด", "Dismiss";
    TrashTitle => "ถังขยะ (เก็บไว้ 30 วัน)", "Trash (kept 30 days)";
    Restore => "กู้คืน", "Restore";
    DaysLeft => "วันก่อนลบถาวร", "days before it is removed";
    ExamplesTitle => "ตัวอย่าง 5 พื้นที่", "Five example sites";
    ExamplesNote => "ข้อมูลสมมุติเพื่อให้เห็นหน้าตาแบบประเมินและผล ไม่ใช่ผลการประเมินจริง", "Made-up data to show a filled assessment and its results. These are not real results.";
    ExampleBadge => "ตัวอย่าง", "Example";
    MakeCopy => "ทำสำเนาเป็นของฉัน", "Make my own copy";
    UnreadableTitle => "มีแบบประเมินที่อ่านไม่ได้", "Some stored assessments could not be read";
    UnreadableBody => "แยกเก็บไว้โดยไม่ลบ ดาวน์โหลดข้อความเดิมเพื่อส่งให้ผู้ดูแลช่วยกู้คืนได้", "They were set aside, not deleted. Download the original text to have it recovered.";
    DownloadRaw => "ดาวน์โหลดข้อความเดิม", "Download the original text";
    StorageFailedTitle => "บันทึกลงเครื่องไม่ได้", "Cannot save on this device";
    StorageFull => "พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม", "The browser's storage is full";
    StorageUnavailable => "เบราว์เซอร์ไม่อนุญาตให้เก็บข้อมูล (อาจเป็นโหมดส่วนตัว)", "The browser does not allow storing data (private mode?)";
    StorageKeptInMemory => "งานที่กรอกยังอยู่ครบในหน้านี้ อย่าปิดหน้าจนกว่าจะดาวน์โหลดไฟล์สำรอง", "What you entered is still here on this page. Do not close it until you have downloaded a backup.";
    DownloadBackup => "ดาวน์โหลดไฟล์สำรอง", "Download a backup";
    // Deep links
    LinkAlreadyOpened => "คุณเคยเปิดลิงก์นี้และสร้างแบบประเมินไว้แล้ว", "You already opened this link and created an assessment";
    OpenExisting => "เปิดแบบประเมินเดิม", "Open the existing one";
    CreateAnother => "สร้างอีกชุด", "Create another";
    PresetUnknownType => "ลิงก์ระบุประเภทชุมชนที่ไม่รู้จัก", "The link names an unknown community type";
    PresetUnknownProvince => "ลิงก์ระบุจังหวัดที่ไม่อยู่ใน 14 จังหวัดภาคใต้", "The link names a province outside the 14 southern provinces";
    PresetUnknownParam => "ลิงก์มีค่าที่ไม่รู้จัก", "The link has an unknown parameter";
    PresetRestApplied => "ส่วนที่เหลือของลิงก์ใช้ได้ตามปกติ", "The rest of the link was applied";
    // Editor
    NotFoundAssessment => "ไม่พบแบบประเมินนี้ในเครื่องนี้", "This assessment is not on this device";
    ReadOnlyExample => "นี่คือตัวอย่าง แก้ไขไม่ได้ ทำสำเนาเพื่อกรอกเป็นของคุณเอง", "This is an example and cannot be edited. Make a copy to fill your own.";
    SaveIdle => "บันทึกในเครื่องแล้ว", "Saved on this device";
    SavePending => "กำลังบันทึก…", "Saving…";
    SaveSaved => "บันทึกแล้ว", "Saved";
    SaveFailed => "ยังไม่ได้บันทึก", "Not saved";
    ExampleReadOnlyStatus => "ตัวอย่าง (อ่านอย่างเดียว)", "Example (read-only)";
    OverallScore => "คะแนนรวม", "Overall score";
    Coverage => "ตอบแล้ว", "Coverage";
    Band => "ระดับ", "Level";
    Provisional => "ผลเบื้องต้น (ตอบไม่ถึง 60%)", "provisional (under 60% answered)";
    NoScoreYet => "ยังไม่มีคะแนน", "no score yet";
    SecProfile => "ข้อมูลพื้นที่", "Site profile";
    SecIndicators => "ตัวชี้วัด", "Indicators";
    SecFies => "อาหารในครัวเรือน", "Household food security";
    SecToolset => "เครื่องมือชุดที่ 1", "Tool set 1";
    SecFactors => "ปัจจัย", "Factors";
    SecNetwork => "เครือข่าย", "Network";
    SectionsLabel => "ส่วนของแบบประเมิน", "Assessment sections";
    NextSection => "ส่วนถัดไป", "Next section";
    // Profile
    SiteName => "ชื่อพื้นที่/ชุมชน", "Site or community name";
    CommunityType => "ประเภทชุมชนสีเขียว", "Green community type";
    ChooseType => "— เลือกประเภท —", "— choose a type —";
    Province => "จังหวัด", "Province";
    ChooseProvince => "— เลือกจังหวัด —", "— choose a province —";
    District => "อำเภอ", "District";
    Subdistrict => "ตำบล", "Subdistrict";
    Village => "หมู่บ้าน", "Village";
    Latitude => "ละติจูด (ไม่บังคับ)", "Latitude (optional)";
    Longitude => "ลองจิจูด (ไม่บังคับ)", "Longitude (optional)";
    CoordinatesInvalid => "พิกัดไม่ถูกต้อง ละติจูด -90 ถึง 90 ลองจิจูด -180 ถึง 180", "Invalid coordinates: latitude −90 to 90, longitude −180 to 180";
    AssessmentDate => "วันที่ประเมิน", "Assessment date";
    DateHint => "พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 20/11/2569", "Type day/month/year, e.g. 20/11/2026 (a Buddhist Era year such as 2569 also works)";
    DateInvalid => "อ่านวันที่ไม่ได้ ลองพิมพ์แบบ 20/11/2569", "Cannot read this date. Try 20/11/2026";
    Assessors => "ทีมผู้ประเมิน", "Assessors";
    Participants => "จำนวนผู้เข้าร่วมเวที (คน)", "Number of participants";
    Agencies => "หน่วยงานที่สนับสนุน", "Supporting agencies";
    TypeChangeNote => "เปลี่ยนประเภทได้โดยไม่เสียคำตอบ คำตอบของตัวชี้วัดที่ไม่เกี่ยวข้องจะถูกซ่อนไว้ และกลับมาเมื่อเปลี่ยนกลับ", "Changing the type keeps every answer: answers that no longer apply are hidden and come back if you change back.";
    // Indicators
    ChooseTypeFirst => "เลือกประเภทชุมชนในส่วนข้อมูลพื้นที่ เพื่อดูตัวชี้วัดเฉพาะประเภท ตอนนี้แสดงเฉพาะตัวชี้วัดร่วม", "Choose the community type in the site profile to see its own indicators. Only the shared core is shown now.";
    EvidenceHints => "หลักฐานที่ควรขอดู", "Evidence to ask for";
    NotApplicable => "ไม่เกี่ยวข้องกับชุมชนนี้", "Not applicable to this community";
    EvidenceNote => "บันทึกหลักฐาน/ข้อสังเกต", "Evidence note";
    ClearAnswer => "ล้างคำตอบ", "Clear answer";
    KeysHint => "แป้นพิมพ์: Tab ไปยังระดับ แล้วใช้ลูกศรเลื่อนเลือกระดับ", "Keyboard: Tab to the levels, then the arrow keys move and choose";
    Source => "ที่มา", "Source";
    Answered => "ตอบแล้ว", "answered";
    // FIES
    FiesIntro => "ถามครัวเรือนที่มาร่วมเวที แล้วบันทึกจำนวนครัวเรือนที่ตอบ \"เคย\" จากจำนวนที่ถาม", "Ask the households present and record how many answered yes out of how many were asked.";
    FiesYes => "ตอบว่าเคย", "Answered yes";
    FiesAsked => "จำนวนที่ถาม", "Households asked";
    FiesYesAboveAsked => "จำนวนที่ตอบว่าเคยต้องไม่มากกว่าจำนวนที่ถาม", "Yes answers cannot exceed the households asked";
    FiesDraftWording => "ถ้อยคำร่าง รอทบทวน", "draft wording, to review";
    FiesMeanScore => "คะแนนเฉลี่ย (0–8)", "Mean raw score (0–8)";
    // Tool set 1, factors, network
    HelperQuestions => "คำถามช่วยคิด", "Helper questions";
    FactorKind => "ชนิดปัจจัย", "Kind";
    FactorCategory => "หมวด", "Category";
    FactorText => "รายละเอียด", "Description";
    AddFactor => "เพิ่มปัจจัย", "Add factor";
    Remove => "ลบ", "Remove";
    NoFactors => "ยังไม่มีปัจจัยในหมวดนี้", "No factors of this kind yet";
    Actors => "ภาคีในเครือข่าย", "Actors";
    ActorName => "ชื่อภาคี/หน่วยงาน", "Actor or agency";
    ActorType => "ประเภท", "Type";
    ActorLevel => "ระดับ", "Level";
    AddActor => "เพิ่มภาคี", "Add actor";
    Ties => "ความเชื่อมโยง", "Ties";
    TieFrom => "จาก", "From";
    TieTo => "ถึง", "To";
    TieType => "ลักษณะ", "Kind of tie";
    AddTie => "เพิ่มความเชื่อมโยง", "Add tie";
    NoActors => "ยังไม่มีภาคี เพิ่มภาคีก่อน แล้วจึงเชื่อมโยง", "No actors yet. Add actors first, then link them.";
    TieNeedsTwo => "ต้องมีภาคีอย่างน้อย 2 ราย จึงจะเชื่อมโยงได้", "At least two actors are needed for a tie.";
    NameRequired => "กรุณาใส่ชื่อ", "Please enter a name";
    Dimensions => "มิติ", "Dimensions";
    LiveResults => "ผลระหว่างกรอก", "Results so far";
    SeeFullResults => "ดูผลทั้งหมด", "See all results";
    Loading => "กำลังเปิดแบบประเมิน…", "Opening the assessment tool…";
    LoadFailedTitle => "เปิดเกณฑ์การประเมินไม่ได้", "Cannot open the instrument";
    LoadFailedBody => "ไฟล์เกณฑ์การประเมินหายไปหรือมีข้อผิดพลาด แบบประเมินที่บันทึกไว้ยังอยู่ครบ แจ้งผู้ดูแลระบบพร้อมรายการนี้:", "The instrument file is missing or has mistakes. Your saved assessments are safe. Send this list to whoever maintains the site:";
    AboutPartners => "พัฒนาเพื่อเครือข่ายนโยบายสาธารณะภาคใต้ ร่วมกับ สสส. และ สช.", "Built for the southern public-policy network with ThaiHealth (สสส.) and the National Health Commission Office (สช.).";
    StorageBlocked => "เบราว์เซอร์นี้ปิดการเก็บข้อมูลไว้ (เช่น บล็อกคุกกี้) แอปยังใช้ได้ แต่จะไม่มีอะไรถูกเก็บไว้หลังปิดหน้านี้ ดาวน์โหลดไฟล์สำรองเป็นระยะระหว่างกรอก", "This browser blocks storage (cookies blocked, for example). The app still works, but nothing will be kept after you close this page: download a backup as you go.";
}
