//! Each locale's metadata, `locales/<lang>/locale.toml`: its own name, direction, digits, the
//! PDF's fonts and the translation's status. These are facts, not words, so they sit beside
//! the FTL files instead of in them: a missing message can then never turn a language's name
//! into English, and a clinic can always see whether a qualified medical translator checked
//! the text a patient reads (a `draft` is shown as one, never hidden).

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

use crate::DEFAULT_LOCALE;
use crate::direction::{self, Direction};
use crate::embedded;

/// Which digits numbers, dates and page numbers use. Screen (`Intl`) and paper (ICU4X) both
/// get it as the `-u-nu-` extension, so they cannot disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Numbering {
    /// 0123456789
    Latn,
    /// Arabic-Indic digits ٠١٢٣٤٥٦٧٨٩
    Arab,
}

impl Numbering {
    /// The Unicode numbering-system id (`latn`, `arab`).
    pub fn as_str(self) -> &'static str {
        match self {
            Numbering::Latn => "latn",
            Numbering::Arab => "arab",
        }
    }
}

/// Who checked a translation, as the pickers and the PDF say it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum Translation {
    /// The text every translation is made from (en-US).
    Source,
    /// Not yet checked by a qualified medical translator.
    Draft,
    /// Checked by a qualified medical translator.
    Reviewed {
        reviewer: String,
        /// ISO date, e.g. 2026-11-22.
        #[serde(rename = "reviewedOn")]
        reviewed_on: String,
    },
}

/// One locale's metadata, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleMeta {
    pub id: String,
    pub native_name: String,
    pub direction: Direction,
    pub numbering: Numbering,
    /// PDF font families, first choice first.
    pub fonts: Vec<String>,
    pub translation: Translation,
    /// Why this locale is knowingly incomplete, if it is: its missing messages fall back to
    /// en-US per message and `hipaid locales` lists them as notes instead of failing.
    pub partial: Option<String>,
    /// The CLDR locale numbers and dates are formatted with, when it differs from the id
    /// (Tagalog `tl` formats as CLDR's Filipino `fil`, which has the data).
    pub format_locale: String,
}

impl LocaleMeta {
    /// The BCP 47 tag `Intl` and ICU4X both format with: the format locale and the digits,
    /// e.g. `ar-u-nu-arab`, `fil-u-nu-latn`.
    pub fn intl_tag(&self) -> String {
        format!("{}-u-nu-{}", self.format_locale, self.numbering.as_str())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    native_name: String,
    direction: Direction,
    numbering: Numbering,
    fonts: Vec<String>,
    translation: TranslationFile,
    format_locale: Option<String>,
    partial: Option<String>,
}

#[derive(Deserialize, PartialEq)]
#[serde(rename_all = "lowercase")]
enum Status {
    Source,
    Draft,
    Reviewed,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFile {
    status: Status,
    reviewer: Option<String>,
    reviewed_on: Option<String>,
}

/// Parses and checks one `locale.toml`. Every problem is returned, each naming the file.
pub fn parse(locale: &str, text: &str) -> Result<LocaleMeta, Vec<String>> {
    let at = format!("locales/{locale}/locale.toml");
    let file: File = toml::from_str(text).map_err(|e| vec![format!("{at}: {e}")])?;
    let mut problems = Vec::new();
    if file.native_name.trim().is_empty() {
        problems.push(format!("{at}: native_name is empty"));
    }
    if file.fonts.is_empty() || file.fonts.iter().any(|f| f.trim().is_empty()) {
        problems.push(format!("{at}: fonts must name at least one family"));
    }
    match locale.parse::<LanguageIdentifier>() {
        Ok(id) if direction::of(&id) != file.direction => problems.push(format!(
            "{at}: direction {:?} contradicts the script of `{locale}`",
            file.direction
        )),
        Ok(_) => {}
        Err(_) => problems.push(format!("{at}: `{locale}` is not a valid locale id")),
    }
    let t = file.translation;
    let is_source_locale = locale == DEFAULT_LOCALE;
    let translation = match t.status {
        Status::Source if is_source_locale => Translation::Source,
        Status::Source => {
            problems.push(format!(
                "{at}: only {DEFAULT_LOCALE} is the source; a translation is draft or reviewed"
            ));
            Translation::Draft
        }
        _ if is_source_locale => {
            problems.push(format!("{at}: {DEFAULT_LOCALE} is the source text"));
            Translation::Source
        }
        Status::Draft => {
            if t.reviewer.is_some() || t.reviewed_on.is_some() {
                problems.push(format!(
                    "{at}: a draft has no reviewer; set status = \"reviewed\""
                ));
            }
            Translation::Draft
        }
        Status::Reviewed => {
            let reviewer = t.reviewer.unwrap_or_default();
            let reviewed_on = t.reviewed_on.unwrap_or_default();
            if reviewer.trim().is_empty() {
                problems.push(format!("{at}: a reviewed translation names its reviewer"));
            }
            if !is_iso_date(&reviewed_on) {
                problems.push(format!(
                    "{at}: reviewed_on must be a date like 2026-11-22, not `{reviewed_on}`"
                ));
            }
            Translation::Reviewed {
                reviewer,
                reviewed_on,
            }
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(LocaleMeta {
        id: locale.to_owned(),
        native_name: file.native_name.trim().to_owned(),
        direction: file.direction,
        numbering: file.numbering,
        fonts: file.fonts,
        translation,
        format_locale: file.format_locale.unwrap_or_else(|| locale.to_owned()),
        partial: file.partial.filter(|p| !p.trim().is_empty()),
    })
}

fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()) else {
        return false;
    };
    s.len() == 10 && icu_calendar::Date::try_new_iso(y, m, d).is_ok()
}

/// The metadata of every locale directory in this build, and the problems found (a directory
/// without `locale.toml` is one). Parsed once.
pub fn embedded() -> &'static (Vec<LocaleMeta>, Vec<String>) {
    static ALL: OnceLock<(Vec<LocaleMeta>, Vec<String>)> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut metas = Vec::new();
        let mut problems = Vec::new();
        for &(locale, text) in embedded::EMBEDDED_META {
            match parse(locale, text) {
                Ok(m) => metas.push(m),
                Err(p) => problems.extend(p),
            }
        }
        for locale in crate::resources::locales() {
            if !embedded::EMBEDDED_META.iter().any(|(l, _)| *l == locale) {
                problems.push(format!("locales/{locale}/ has no locale.toml"));
            }
        }
        (metas, problems)
    })
}

/// The metadata of a shipped locale (exact id), if it has any.
pub fn of(locale: &str) -> Option<&'static LocaleMeta> {
    embedded().0.iter().find(|m| m.id == locale)
}

/// The tag to format numbers and dates with for a locale id: its metadata's (format locale
/// and digits), else the id with Latin digits (pseudo-locales, unknown ids).
pub fn intl_tag(lang: &LanguageIdentifier) -> String {
    let id = lang.to_string();
    of(&id).map_or_else(|| format!("{id}-u-nu-latn"), LocaleMeta::intl_tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "native_name = \"Tiếng Việt\"\ndirection = \"ltr\"\nnumbering = \"latn\"\nfonts = [\"Noto Sans\"]\n[translation]\nstatus = \"draft\"\n";

    #[test]
    fn a_draft_parses() {
        let m = parse("vi", DRAFT).unwrap();
        assert_eq!(m.native_name, "Tiếng Việt");
        assert_eq!(m.translation, Translation::Draft);
        assert_eq!(m.numbering, Numbering::Latn);
    }

    #[test]
    fn a_review_needs_a_reviewer_and_a_real_date() {
        let text = DRAFT.replace(
            "status = \"draft\"",
            "status = \"reviewed\"\nreviewer = \"\"\nreviewed_on = \"2026-02-30\"",
        );
        let problems = parse("vi", &text).unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
        let ok = DRAFT.replace(
            "status = \"draft\"",
            "status = \"reviewed\"\nreviewer = \"A. Nguyen, medical translator\"\nreviewed_on = \"2026-11-20\"",
        );
        assert_eq!(
            parse("vi", &ok).unwrap().translation,
            Translation::Reviewed {
                reviewer: "A. Nguyen, medical translator".into(),
                reviewed_on: "2026-11-20".into()
            }
        );
    }

    #[test]
    fn wrong_direction_unknown_fields_and_a_second_source_are_refused() {
        let rtl = DRAFT.replace("\"ltr\"", "\"rtl\"");
        assert!(parse("vi", &rtl).unwrap_err()[0].contains("direction"));
        let extra = format!("colour = \"red\"\n{DRAFT}");
        assert!(parse("vi", &extra).unwrap_err()[0].contains("colour"));
        let source = DRAFT.replace("\"draft\"", "\"source\"");
        assert!(parse("vi", &source).unwrap_err()[0].contains("source"));
        assert!(parse("en-US", DRAFT).unwrap_err()[0].contains("source"));
    }

    #[test]
    fn every_shipped_locale_has_valid_metadata() {
        let (metas, problems) = embedded();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(metas.len(), crate::resources::locales().len());
        assert_eq!(of("en-US").unwrap().translation, Translation::Source);
    }
}
