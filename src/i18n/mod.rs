//! Thai and English text. Thai is the default and the source language; English is a faithful
//! second language. Every user-visible string of the UI lives in [`messages`], so a missing
//! translation is a compile error rather than a blank on screen.

pub mod exchange;
pub mod fies;
mod format;
mod messages;
pub mod proposals;
pub mod results;
pub mod rounds;
pub mod rubric;
pub mod workshop;
pub mod plan;

pub use format::*;
pub use messages::K;

/// A message of any catalogue: its Thai and English text.
pub trait Msg: Copy {
    fn th(self) -> &'static str;
    fn en(self) -> &'static str;
}

/// The language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Th,
    En,
}

impl Lang {
    /// The value stored in localStorage and used as the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Th => "th",
            Lang::En => "en",
        }
    }

    /// Parses a stored code; anything unknown falls back to Thai.
    pub fn from_code(s: &str) -> Lang {
        match s.trim() {
            "en" => Lang::En,
            _ => Lang::Th,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Th => Lang::En,
            Lang::En => Lang::Th,
        }
    }

    /// Picks the text of this language from a Thai/English pair.
    pub fn pick<'a>(self, th: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Th => th,
            Lang::En => en,
        }
    }

    /// The message `k` in this language.
    pub fn t(self, k: impl Msg) -> &'static str {
        match self {
            Lang::Th => k.th(),
            Lang::En => k.en(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_code_falls_back_to_thai() {
        assert_eq!(Lang::from_code("fr"), Lang::Th);
        assert_eq!(Lang::from_code("en"), Lang::En);
        assert_eq!(Lang::from_code(Lang::En.code()), Lang::En);
    }

    #[test]
    fn every_message_has_both_languages() {
        for &k in K::ALL {
            assert!(!k.th().trim().is_empty(), "{k:?} has no Thai");
            assert!(!k.en().trim().is_empty(), "{k:?} has no English");
        }
    }
}
