//! Small helpers shared by the screens: translated text, names from the instrument, and the
//! labels of the province and community type of a draft.

use crate::domain::instrument::{LoadedInstrument, Text};
use crate::domain::provinces::province;
use crate::i18n::{Lang, K};
use crate::ui::shell::use_app;
use leptos::prelude::*;

/// Message `k` in the current language. Plain text, not a reactive closure: the screen
/// re-renders as a whole when the language changes (see `shell::Screen`), which keeps every
/// string from becoming its own reactive node and keeps the wasm small.
pub fn tr(k: impl crate::i18n::Msg) -> &'static str {
    use_app().lang.get_untracked().t(k)
}

/// The current-language side of an instrument text.
pub fn pick(lang: Lang, t: &Text) -> String {
    lang.pick(&t.th, &t.en).to_string()
}

pub fn type_name(lang: Lang, inst: &LoadedInstrument, id: Option<&str>) -> String {
    id.and_then(|id| inst.instrument.community_types.iter().find(|t| t.id == id))
        .map(|t| pick(lang, &t.name))
        .unwrap_or_else(|| lang.t(K::NoType).to_string())
}

pub fn province_name(lang: Lang, iso: Option<&str>) -> String {
    iso.and_then(province)
        .map(|p| lang.pick(p.th, p.en).to_string())
        .unwrap_or_else(|| lang.t(K::NoProvince).to_string())
}

/// A date or timestamp for display: `28 พ.ย. 2569` in Thai, `28 Nov 2026` in English.
pub fn date(lang: Lang, iso: &str) -> String {
    let day = iso.get(..10).unwrap_or(iso);
    let out = match lang {
        Lang::Th => crate::domain::dates::format_date_th(day),
        Lang::En => crate::domain::dates::format_date_en(day),
    };
    out.unwrap_or_else(|| iso.to_string())
}

/// The display name of a site, or "(site not named yet)".
pub fn site_label(lang: Lang, name: &str) -> String {
    if name.trim().is_empty() {
        lang.t(K::Untitled).to_string()
    } else {
        name.to_string()
    }
}
