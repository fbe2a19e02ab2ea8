//! Settings: validation of every field, normalization, and reading older versions.

use serde_json::json;

use super::*;

fn catalog() -> Catalog {
    Catalog::embedded().unwrap()
}

fn shipped(l: &str) -> bool {
    ["en-US", "es", "ar"].contains(&l)
}

/// A real PNG header (signature + IHDR) of the given size, padded with an IEND chunk.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut b = vec![0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];
    b.extend(13u32.to_be_bytes());
    b.extend(b"IHDR");
    b.extend(width.to_be_bytes());
    b.extend(height.to_be_bytes());
    b.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    b.extend(0u32.to_be_bytes());
    b.extend(b"IEND");
    b
}

fn kinds(s: &ClinicSettings) -> Vec<(SettingsField, SettingsProblemKind, Option<u32>)> {
    s.check(&catalog(), shipped)
        .into_iter()
        .map(|p| (p.field, p.problem, p.max))
        .collect()
}

#[test]
fn defaults_are_valid_and_keep_visits_twelve_hours() {
    let s = ClinicSettings::default();
    assert!(kinds(&s).is_empty());
    assert_eq!(s.max_age_hours, 12);
    assert_eq!(s.paper, None);
    assert_eq!(s.start_view, StartView::Clinician);
}

#[test]
fn a_full_valid_set_passes() {
    let mut s = ClinicSettings {
        clinic_name: Some("Clínica del Sol — عيادة الشمس".into()),
        address: Some("12 Harbour Road\nSpringfield, IL 62701".into()),
        phone: Some("+1 (217) 555-0100 ext 12".into()),
        logo_png: Some(encode_logo(&png(400, 120))),
        ui_locale: Some("es".into()),
        patient_locale: Some("ar".into()),
        paper: Some(PaperSize::Letter),
        not_offered: vec!["stem-cell-injection".into()],
        start_view: StartView::Patient,
        max_age_hours: 72,
        ..ClinicSettings::default()
    };
    s.option_notes.insert(
        "prp".into(),
        OptionNote {
            cost: Some("About $700 here".into()),
            insurance: Some("Not covered by most plans".into()),
        },
    );
    assert_eq!(kinds(&s), vec![]);
}

#[test]
fn each_bad_field_is_named_with_its_limit() {
    let mut s = ClinicSettings {
        clinic_name: Some("x".repeat(MAX_CLINIC_NAME + 1)),
        address: Some("line\u{7}bell".into()),
        phone: Some("call me maybe".into()),
        ui_locale: Some("xx".into()),
        patient_locale: Some("en-US".into()),
        not_offered: vec!["homeopathy".into()],
        max_age_hours: 0,
        ..ClinicSettings::default()
    };
    s.option_notes.insert(
        "steroid-injection".into(),
        OptionNote {
            cost: Some("€".repeat(MAX_OPTION_NOTE + 1)),
            insurance: None,
        },
    );
    s.option_notes
        .insert("magnets".into(), OptionNote::default());
    let found = kinds(&s);
    let expect = [
        (
            SettingsField::ClinicName,
            SettingsProblemKind::TooLong,
            Some(100),
        ),
        (
            SettingsField::Address,
            SettingsProblemKind::InvalidText,
            None,
        ),
        (
            SettingsField::OptionNote {
                option_id: "magnets".into(),
            },
            SettingsProblemKind::UnknownOption,
            None,
        ),
        (
            SettingsField::OptionCost {
                option_id: "steroid-injection".into(),
            },
            SettingsProblemKind::TooLong,
            Some(200),
        ),
        (
            SettingsField::Phone,
            SettingsProblemKind::InvalidPhone,
            None,
        ),
        (
            SettingsField::UiLocale,
            SettingsProblemKind::UnknownLocale,
            None,
        ),
        (
            SettingsField::NotOffered,
            SettingsProblemKind::UnknownOption,
            None,
        ),
        (
            SettingsField::MaxAgeHours,
            SettingsProblemKind::OutOfRange,
            Some(72),
        ),
    ];
    assert_eq!(found, expect);
    s.max_age_hours = 73;
    assert!(kinds(&s).contains(&(
        SettingsField::MaxAgeHours,
        SettingsProblemKind::OutOfRange,
        Some(72)
    )));
}

#[test]
fn logos_are_checked_for_type_size_and_sides() {
    let with = |logo: String| ClinicSettings {
        logo_png: Some(logo),
        ..ClinicSettings::default()
    };
    let logo_problem = |s: &ClinicSettings| {
        kinds(s)
            .into_iter()
            .find(|p| p.0 == SettingsField::Logo)
            .map(|p| (p.1, p.2))
    };
    assert_eq!(logo_problem(&with(encode_logo(&png(64, 64)))), None);
    // A JPEG, text that is not base64, and a PNG signature without its header chunk.
    let jpeg = encode_logo(&[0xff, 0xd8, 0xff, 0xe0, 0, 16, b'J', b'F', b'I', b'F']);
    assert_eq!(
        logo_problem(&with(jpeg)),
        Some((SettingsProblemKind::NotPng, None))
    );
    assert_eq!(
        logo_problem(&with("not base64!".into())),
        Some((SettingsProblemKind::NotPng, None))
    );
    assert_eq!(
        logo_problem(&with(encode_logo(&png(64, 64)[..12]))),
        Some((SettingsProblemKind::NotPng, None))
    );
    assert_eq!(
        logo_problem(&with(encode_logo(&png(4096, 100)))),
        Some((SettingsProblemKind::LogoSize, Some(2048)))
    );
    assert_eq!(
        logo_problem(&with(encode_logo(&png(8, 100)))),
        Some((SettingsProblemKind::LogoSize, Some(2048)))
    );
    let mut big = png(64, 64);
    big.resize(MAX_LOGO_BYTES + 1, 0);
    assert_eq!(
        logo_problem(&with(encode_logo(&big))),
        Some((SettingsProblemKind::LogoTooLarge, Some(256)))
    );
    assert_eq!(
        with(encode_logo(&png(64, 64))).logo_bytes(),
        Some(png(64, 64))
    );
}

#[test]
fn normalized_trims_drops_empty_and_orders_options_as_the_content() {
    let mut s = ClinicSettings {
        clinic_name: Some("  Hip Clinic \r\n".into()),
        address: Some("   ".into()),
        not_offered: vec![
            "stem-cell-injection".into(),
            "exercise".into(),
            "stem-cell-injection".into(),
        ],
        ..ClinicSettings::default()
    };
    s.option_notes
        .insert("exercise".into(), OptionNote::default());
    let n = s.normalized(&catalog());
    assert_eq!(n.clinic_name.as_deref(), Some("Hip Clinic"));
    assert_eq!(n.address, None);
    assert_eq!(n.not_offered, ["exercise", "stem-cell-injection"]);
    assert!(n.option_notes.is_empty());
}

#[test]
fn version_0_preferences_become_the_start_language() {
    let s = migrate(json!({"uiLocale": "vi"})).unwrap();
    assert_eq!(s.version, SETTINGS_VERSION);
    assert_eq!(s.ui_locale.as_deref(), Some("vi"));
    assert_eq!(s.max_age_hours, 12);
    assert_eq!(migrate(json!({})).unwrap(), ClinicSettings::default());
    assert!(matches!(
        migrate(json!({"uiLocale": 3})),
        Err(MigrateError::Shape { version: 0, .. })
    ));
}

#[test]
fn version_1_round_trips_and_refuses_unknown_or_newer() {
    let mut s = ClinicSettings {
        clinic_name: Some("Hip Clinic".into()),
        paper: Some(PaperSize::Letter),
        ..ClinicSettings::default()
    };
    s.option_notes.insert(
        "exercise".into(),
        OptionNote {
            cost: Some("Free at the clinic gym".into()),
            insurance: None,
        },
    );
    let stored = serde_json::to_value(&s).unwrap();
    assert_eq!(stored["paper"], "letter");
    assert_eq!(stored["maxAgeHours"], 12);
    assert_eq!(migrate(stored).unwrap(), s);
    assert!(matches!(
        migrate(json!({"version": 1, "clinicName": "A", "colour": "red"})),
        Err(MigrateError::Shape { version: 1, .. })
    ));
    assert_eq!(migrate(json!({"version": 2})), Err(MigrateError::TooNew(2)));
    assert_eq!(
        migrate(json!({"version": "1"})),
        Err(MigrateError::BadVersion)
    );
    assert_eq!(migrate(json!([1, 2])), Err(MigrateError::NotAnObject));
}
