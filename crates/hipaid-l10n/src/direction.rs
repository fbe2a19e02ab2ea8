//! Which way a locale's text runs. One list, used by the UI (via `LocaleInfo`) and later by
//! the PDF layout, so screen and paper mirror the same way.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// Languages written right to left (by primary language subtag). Pseudo-locale `ar-XB`
/// counts as Arabic.
const RTL_LANGUAGES: [&str; 10] = ["ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"];

pub fn of(locale: &LanguageIdentifier) -> Direction {
    if RTL_LANGUAGES.contains(&locale.language.as_str()) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::langid;

    #[test]
    fn arabic_urdu_and_pseudo_rtl_are_rtl_others_ltr() {
        assert_eq!(of(&langid!("ar")), Direction::Rtl);
        assert_eq!(of(&langid!("ur")), Direction::Rtl);
        assert_eq!(of(&langid!("ar-XB")), Direction::Rtl);
        assert_eq!(of(&langid!("en-US")), Direction::Ltr);
        assert_eq!(of(&langid!("zh-TW")), Direction::Ltr);
    }
}
