//! The bundled fonts and the fallback rules, the same on every OS.
//!
//! Fonts are compiled in (`fonts/`, Noto, OFL) so a summary never depends on what the
//! machine has installed. cosmic-text picks a font per script through [`NotoFallback`]; its
//! built-in fallback differs per OS (Segoe on Windows, PingFang on macOS), which would make
//! the same summary look different on different machines.

use cosmic_text::fontdb;
use cosmic_text::{Fallback, FontSystem};
use unicode_script::Script;

/// (file name, bytes) of every bundled face.
const FACES: [(&str, &[u8]); 12] = [
    (
        "NotoSans-Regular.ttf",
        include_bytes!("../fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold.ttf",
        include_bytes!("../fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoSansArabic-Regular.ttf",
        include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    ),
    (
        "NotoSansArabic-Bold.ttf",
        include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
    ),
    (
        "NotoNastaliqUrdu-Regular.ttf",
        include_bytes!("../fonts/NotoNastaliqUrdu-Regular.ttf"),
    ),
    (
        "NotoNastaliqUrdu-Bold.ttf",
        include_bytes!("../fonts/NotoNastaliqUrdu-Bold.ttf"),
    ),
    (
        "NotoSansSymbols2-Regular.ttf",
        include_bytes!("../fonts/NotoSansSymbols2-Regular.ttf"),
    ),
    (
        "NotoSansMath-Regular.ttf",
        include_bytes!("../fonts/NotoSansMath-Regular.ttf"),
    ),
    // Monochrome outlines, made by `scripts/make-emoji-font.py`.
    (
        "NotoEmoji-Regular.ttf",
        include_bytes!("../fonts/NotoEmoji-Regular.ttf"),
    ),
    // Single faces cut from Noto Sans CJK by `scripts/subset-cjk-fonts.py`; Regular only.
    (
        "NotoSansCJKsc-Regular.ttf",
        include_bytes!("../fonts/NotoSansCJKsc-Regular.ttf"),
    ),
    (
        "NotoSansCJKtc-Regular.ttf",
        include_bytes!("../fonts/NotoSansCJKtc-Regular.ttf"),
    ),
    (
        "NotoSansCJKkr-Regular.ttf",
        include_bytes!("../fonts/NotoSansCJKkr-Regular.ttf"),
    ),
];

/// The CJK family for a locale: Traditional Chinese for zh-TW, zh-HK and zh-Hant, Korean
/// for ko, Simplified Chinese otherwise (the same character can look different in each).
fn cjk_family(locale: &str) -> &'static str {
    let lower = locale.to_ascii_lowercase();
    if lower.starts_with("ko") {
        "Noto Sans CJK KR"
    } else if lower.starts_with("zh")
        && (lower.contains("hant") || lower.ends_with("-tw") || lower.ends_with("-hk"))
    {
        "Noto Sans CJK TC"
    } else {
        "Noto Sans CJK SC"
    }
}

/// The family a paragraph asks for first: the first of the locale's `fonts` in its
/// `locale.toml`; for other ids, by language: Urdu is set in Nastaliq, Arabic in Noto Sans
/// Arabic, Chinese and Korean in their Noto Sans CJK face (whose Latin and digits match the
/// CJK text), everything else in Noto Sans (fallback fills in other scripts).
pub fn primary_family(locale: &str) -> &'static str {
    if let Some(family) = hipaid_l10n::meta::of(locale).and_then(|m| m.fonts.first()) {
        return family.as_str();
    }
    let lang = locale.split(['-', '_']).next().unwrap_or_default();
    match lang {
        "ur" => "Noto Nastaliq Urdu",
        "ar" => "Noto Sans Arabic",
        "zh" | "ko" => cjk_family(locale),
        _ => "Noto Sans",
    }
}

/// The family to shape `text` with when the paragraph asks for `family`: a paragraph with
/// Latin letters and no right-to-left ones in an Arabic or Urdu summary (a reference, the
/// clinic's address) is set in Noto Sans, which it would fall back to for every word anyway.
/// Asked for first, the Arabic face shapes each Latin word once in vain, and sets the spaces
/// between the words, so every word becomes a text run of its own in the PDF.
pub fn family_for<'f>(text: &str, family: &'f str) -> &'f str {
    use unicode_bidi::BidiClass::{AL, L, R};
    if !matches!(family, "Noto Sans Arabic" | "Noto Nastaliq Urdu") {
        return family;
    }
    let (mut latin, mut rtl) = (false, false);
    for c in text.chars() {
        match unicode_bidi::bidi_class(c) {
            L => latin = true,
            R | AL => rtl = true,
            _ => {}
        }
    }
    if latin && !rtl { "Noto Sans" } else { family }
}

/// Every bundled face loaded into a font database, ready for a `FontSystem`. The bytes are
/// the compiled-in statics, shared, not copied.
pub fn database() -> fontdb::Database {
    let mut db = fontdb::Database::new();
    for (_, bytes) in FACES {
        db.load_font_source(fontdb::Source::Binary(std::sync::Arc::new(bytes)));
    }
    db
}

/// A font system for one document locale, using only the bundled faces.
pub fn font_system(locale: &str) -> FontSystem {
    FontSystem::new_with_locale_and_db_and_fallback(locale.to_owned(), database(), NotoFallback)
}

/// Script → bundled family, identical on every OS.
pub struct NotoFallback;

impl Fallback for NotoFallback {
    fn common_fallback(&self) -> &[&'static str] {
        &[
            "Noto Sans",
            "Noto Sans Math",
            "Noto Sans Symbols2",
            "Noto Emoji",
        ]
    }

    fn forbidden_fallback(&self) -> &[&'static str] {
        &[]
    }

    fn script_fallback(&self, script: Script, locale: &str) -> &[&'static str] {
        match script {
            Script::Arabic if locale.starts_with("ur") => {
                &["Noto Nastaliq Urdu", "Noto Sans Arabic"]
            }
            Script::Arabic => &["Noto Sans Arabic", "Noto Nastaliq Urdu"],
            // Han in a Korean or Traditional document uses that face first; the others
            // fill characters it lacks (each face keeps a different character set).
            Script::Han | Script::Bopomofo => match cjk_family(locale) {
                "Noto Sans CJK KR" => &["Noto Sans CJK KR", "Noto Sans CJK TC", "Noto Sans CJK SC"],
                "Noto Sans CJK TC" => &["Noto Sans CJK TC", "Noto Sans CJK SC", "Noto Sans CJK KR"],
                _ => &["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK KR"],
            },
            Script::Hangul => &["Noto Sans CJK KR"],
            Script::Hiragana | Script::Katakana => &["Noto Sans CJK SC", "Noto Sans CJK KR"],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_face_loads_with_its_family_name() {
        let db = database();
        let families: Vec<String> = db
            .faces()
            .flat_map(|f| f.families.iter().map(|(name, _)| name.clone()))
            .collect();
        for family in [
            "Noto Sans",
            "Noto Sans Arabic",
            "Noto Nastaliq Urdu",
            "Noto Sans Math",
            "Noto Sans Symbols2",
            "Noto Sans CJK SC",
            "Noto Sans CJK TC",
            "Noto Sans CJK KR",
            "Noto Emoji",
        ] {
            assert!(
                families.iter().any(|f| f == family),
                "{family} missing from {families:?}"
            );
        }
        assert_eq!(db.len(), FACES.len(), "one face per bundled file");
    }

    #[test]
    fn every_font_a_locale_names_is_bundled() {
        let db = database();
        let bundled: Vec<String> = db
            .faces()
            .flat_map(|f| f.families.iter().map(|(name, _)| name.clone()))
            .collect();
        let (metas, _) = hipaid_l10n::meta::embedded();
        assert!(!metas.is_empty());
        for m in metas {
            for family in &m.fonts {
                assert!(
                    bundled.contains(family),
                    "locales/{}/locale.toml names `{family}`, which is not in fonts/",
                    m.id
                );
            }
            assert_eq!(primary_family(&m.id), m.fonts[0]);
        }
    }

    #[test]
    fn a_latin_paragraph_in_an_arabic_script_summary_is_set_in_the_latin_face() {
        let reference = "١٢. Zhang W, et al. The placebo effect in osteoarthritis. 2008";
        assert_eq!(family_for(reference, "Noto Sans Arabic"), "Noto Sans");
        assert_eq!(family_for(reference, "Noto Nastaliq Urdu"), "Noto Sans");
        // Any right-to-left letter keeps the summary's face: it sets the paragraph.
        let mixed = "مرجع: Zhang W, et al. 2008";
        assert_eq!(family_for(mixed, "Noto Sans Arabic"), "Noto Sans Arabic");
        // Digits and punctuation alone are not Latin.
        assert_eq!(
            family_for("١٢ / 30", "Noto Sans Arabic"),
            "Noto Sans Arabic"
        );
        // Other summaries keep theirs (CJK faces have their own Latin letters).
        assert_eq!(
            family_for(reference, "Noto Sans CJK SC"),
            "Noto Sans CJK SC"
        );
        assert_eq!(family_for(reference, "Noto Sans"), "Noto Sans");
    }

    #[test]
    fn chinese_and_korean_get_their_own_face() {
        assert_eq!(primary_family("zh-CN"), "Noto Sans CJK SC");
        assert_eq!(primary_family("zh-TW"), "Noto Sans CJK TC");
        assert_eq!(primary_family("zh-Hant"), "Noto Sans CJK TC");
        assert_eq!(primary_family("ko"), "Noto Sans CJK KR");
        assert_eq!(primary_family("vi"), "Noto Sans");
    }
}
