//! The message catalogue: one line per message, Thai first.

macro_rules! messages {
    ($($key:ident => $th:expr, $en:expr;)*) => {
        /// A message key. `Lang::t(K::X)` gives its text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum K { $($key),* }

        impl K {
            pub const ALL: &'static [K] = &[$(K::$key),*];
            pub fn th(self) -> &'static str { match self { $(K::$key => $th),* } }
            pub fn en(self) -> &'static str { match self { $(K::$key => $en),* } }
        }
    };
}

messages! {
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
    AboutPartners => "พัฒนาเพื่อเครือข่ายนโยบายสาธารณะภาคใต้ ร่วมกับ สสส. และ สช.", "Built for the southern public-policy network with ThaiHealth (สสส.) and the National Health Commission Office (สช.).";
}
