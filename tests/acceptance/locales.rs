//! Locale files are checked like compare-locales would: they parse, every shipped locale has
//! exactly en-US's ids with the same variables, and every id Rust or the UI asks for exists, so a
//! patient never meets a missing or half-translated message.

use hipaid_core::{Catalog, ErrorCode};
use hipaid_l10n::{Localizer, audit};
use hipaid_tests::ui_message_ids;

fn en_us_has(l10n: &Localizer, id: &str) -> bool {
    l10n.format("en-US", id, None)
        .is_ok_and(|f| f.locale == "en-US")
}

#[test]
fn every_locale_parses_without_junk() {
    for report in audit::all() {
        assert!(
            report.syntax_errors.is_empty(),
            "{}: {:?}",
            report.locale,
            report.syntax_errors
        );
    }
    Localizer::embedded().expect("the localizer loads every shipped file");
}

/// The locales a clinic can choose; the multilingual issue asks for twelve (en-US es zh-CN
/// zh-TW vi ko tl ar ur ru uk pl), added here as each translation is complete.
/// docs/adding-a-locale.md says how to add one.
const SHIPPED: [&str; 12] = [
    "ar", "en-US", "es", "ko", "pl", "ru", "tl", "uk", "ur", "vi", "zh-CN", "zh-TW",
];

#[test]
fn the_shipped_locales_each_have_metadata() {
    let mut locales: Vec<_> = audit::all().into_iter().map(|r| r.locale).collect();
    locales.sort();
    assert_eq!(locales, SHIPPED);
    let infos = Localizer::embedded().unwrap().locales();
    for id in SHIPPED {
        let info = infos.iter().find(|i| i.id == id).unwrap();
        assert!(!info.pseudo);
        assert_ne!(info.native_name, id, "{id} has a real name");
        let meta = hipaid_l10n::meta::of(id).unwrap();
        assert_eq!(info.direction, meta.direction);
    }
    let rtl: Vec<_> = infos
        .iter()
        .filter(|i| !i.pseudo && i.direction == hipaid_l10n::Direction::Rtl)
        .map(|i| i.id.as_str())
        .collect();
    let expected: Vec<&str> = SHIPPED
        .iter()
        .copied()
        .filter(|id| ["ar", "ur"].contains(id))
        .collect();
    assert_eq!(rtl, expected);
}

#[test]
fn every_id_rust_uses_exists_in_en_us() {
    let l10n = Localizer::embedded().unwrap();
    let mut ids = Catalog::embedded().unwrap().message_ids();
    ids.extend(ErrorCode::ALL.iter().map(|c| c.message_id()));
    let missing: Vec<_> = ids.iter().filter(|id| !en_us_has(&l10n, id)).collect();
    assert!(
        missing.is_empty(),
        "ids used by Rust but absent from en-US: {missing:?}"
    );
}

#[test]
fn every_id_the_ui_uses_exists_in_en_us() {
    let l10n = Localizer::embedded().unwrap();
    let ids = ui_message_ids();
    assert!(
        ids.len() >= 10,
        "the scan must find the UI's ids (found {}): is the t(\"...\") convention still used?",
        ids.len()
    );
    let missing: Vec<_> = ids.iter().filter(|id| !en_us_has(&l10n, id)).collect();
    assert!(
        missing.is_empty(),
        "ids used by ui/src but absent from en-US: {missing:?}"
    );
}

#[test]
fn no_locale_has_ids_en_us_lacks_and_placeables_match() {
    for r in audit::all() {
        assert!(
            r.obsolete.is_empty(),
            "{}: obsolete ids {:?}",
            r.locale,
            r.obsolete
        );
        assert!(
            r.mismatched.is_empty(),
            "{}: variables or attributes differ from en-US: {:?}",
            r.locale,
            r.mismatched
        );
    }
}

/// Locales whose `locale.toml` says they are knowingly partial (`partial = "why"`): written
/// down here too, so a locale cannot quietly become partial.
const PARTIAL: [&str; 0] = [];

fn is_partial(locale: &str) -> bool {
    hipaid_l10n::meta::of(locale).is_some_and(|m| m.partial.is_some())
}

#[test]
fn only_the_listed_locales_are_partial() {
    let partial: Vec<&str> = SHIPPED.iter().copied().filter(|l| is_partial(l)).collect();
    assert_eq!(partial, PARTIAL);
}

#[test]
fn every_shipped_locale_is_complete() {
    for r in audit::all().into_iter().filter(|r| !is_partial(&r.locale)) {
        assert!(
            r.missing.is_empty(),
            "{} lacks {} messages (they would fall back): {:?}",
            r.locale,
            r.missing.len(),
            r.missing
        );
        println!(
            "{}: {:.1}% of {} messages",
            r.locale,
            r.completeness(),
            r.reference_count
        );
    }
}

#[test]
fn no_shipped_locale_falls_back_for_any_message() {
    // The audit compares files; this asks the localizer itself, message by message, which
    // locale answered: a fall-back to en-US in front of a patient fails here.
    let l10n = Localizer::embedded().unwrap();
    let en: Vec<(&str, &str)> = hipaid_l10n::resources::sources()
        .filter(|s| s.locale == "en-US")
        .map(|s| (s.domain, s.text))
        .collect();
    let (messages, _) = audit::messages("en-US", &en);
    let ids: Vec<&str> = messages
        .iter()
        .filter(|((_, id), shape)| shape.has_value && !id.starts_with('-'))
        .map(|((_, id), _)| id.as_str())
        .collect();
    assert!(ids.len() > 900, "{} ids", ids.len());
    for locale in SHIPPED.into_iter().filter(|l| !is_partial(l)) {
        let fell_back: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| {
                l10n.format(locale, id, None)
                    .map_or(true, |f| f.fell_back_from(locale))
            })
            .collect();
        assert!(
            fell_back.is_empty(),
            "{locale} falls back for {} messages: {:?}",
            fell_back.len(),
            &fell_back[..fell_back.len().min(10)]
        );
    }
}

#[test]
fn the_audit_catches_a_broken_translation() {
    // The checks above can only fail if the audit sees problems; prove it on a sample.
    let en = [("app", "a = A { $n }\nb = B\nc = C\n    .title = T\n")];
    let es = [("app", "a = A\nc = C\nz = Z\nbroken = { \n")];
    let r = audit::compare_files("es", &en, &es);
    assert_eq!(r.missing, ["app.ftl: b"]);
    assert_eq!(r.obsolete, ["app.ftl: z"]);
    assert_eq!(
        r.mismatched.len(),
        2,
        "a lost variable and a lost attribute: {:?}",
        r.mismatched
    );
    assert_eq!(r.syntax_errors.len(), 1, "{:?}", r.syntax_errors);
    assert!(!r.is_clean());
}
