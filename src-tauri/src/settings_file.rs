//! Clinic settings on disk: `settings.json` in the app's data directory, written by
//! tauri-plugin-store (key `settings`) from Rust only.
//!
//! The store silently opens a damaged file as empty and then saves over it (measured, see
//! `../shared/design/tauri-notes.md`), so this module reads the file itself *before* the store
//! is opened: a file that is not JSON, is cut short, is from a newer version or fails the
//! checks is moved aside as `settings.damaged-<unix seconds>.json` (support may need it) and
//! the app starts with the defaults and a notice. The `preferences.json` of earlier builds
//! (settings version 0) is read once and becomes the first `settings.json`.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use hipaid_core::settings::{ClinicSettings, SettingsProblem, migrate};
use serde_json::Value;
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::StoreExt;

/// The settings file in the app's data directory.
pub const FILE: &str = "settings.json";
/// The key the settings are stored under in the store's JSON object.
pub const KEY: &str = "settings";
/// The earlier builds' preferences file (settings version 0).
pub const LEGACY: &str = "preferences.json";

/// What was on disk at start.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// No settings yet: the defaults.
    Missing,
    Found(Box<ClinicSettings>),
    /// Read from the earlier builds' `preferences.json`; to be saved as `settings.json`.
    Migrated(Box<ClinicSettings>),
    /// Could not be used; `aside` is where the file was moved.
    Damaged {
        aside: Option<PathBuf>,
        why: String,
    },
}

/// Reads `dir/settings.json` (or the legacy file) and checks it with `check`.
pub fn read(dir: &Path, check: impl Fn(&ClinicSettings) -> Vec<SettingsProblem>) -> Loaded {
    let path = dir.join(FILE);
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return legacy(dir, check),
        Err(e) => return damaged(dir, format!("cannot be read: {e}")),
    };
    let value: Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => return damaged(dir, format!("is not JSON: {e}")),
    };
    let Some(settings) = value.get(KEY).cloned() else {
        return damaged(dir, format!("has no `{KEY}` entry"));
    };
    let settings = match migrate(settings) {
        Ok(s) => s,
        Err(e) => return damaged(dir, e.to_string()),
    };
    let problems = check(&settings);
    if !problems.is_empty() {
        return damaged(dir, format!("does not pass the checks: {problems:?}"));
    }
    Loaded::Found(Box::new(settings))
}

/// Settings version 0: `{"uiLocale": "…"}` in `preferences.json`. A legacy file that cannot
/// be used is left alone (it held nothing a clinic set on purpose).
fn legacy(dir: &Path, check: impl Fn(&ClinicSettings) -> Vec<SettingsProblem>) -> Loaded {
    let Ok(bytes) = fs::read(dir.join(LEGACY)) else {
        return Loaded::Missing;
    };
    let Ok(value) = serde_json::from_slice::<Value>(&bytes) else {
        return Loaded::Missing;
    };
    match migrate(value) {
        Ok(s) if check(&s).is_empty() => Loaded::Migrated(Box::new(s)),
        _ => Loaded::Missing,
    }
}

fn damaged(dir: &Path, why: String) -> Loaded {
    let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
    let aside = dir.join(format!("settings.damaged-{stamp}.json"));
    let aside = fs::rename(dir.join(FILE), &aside).ok().map(|()| aside);
    Loaded::Damaged { aside, why }
}

/// Writes the settings through the store (the whole file is rewritten).
pub fn write<R: Runtime>(
    app: &AppHandle<R>,
    dir: &Path,
    settings: &ClinicSettings,
) -> Result<(), String> {
    let store = app.store(dir.join(FILE)).map_err(|e| e.to_string())?;
    let value = serde_json::to_value(settings).map_err(|e| e.to_string())?;
    store.set(KEY, value);
    store.save().map_err(|e| e.to_string())?;
    // The legacy file has been carried over: it must not be read again.
    let _ = fs::remove_file(dir.join(LEGACY));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("hipaid-settings-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    fn none(_: &ClinicSettings) -> Vec<SettingsProblem> {
        Vec::new()
    }

    fn files(d: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn missing_file_means_defaults() {
        assert_eq!(read(&dir("missing"), none), Loaded::Missing);
    }

    #[test]
    fn a_stored_file_is_read_back() {
        let d = dir("found");
        let s = ClinicSettings {
            clinic_name: Some("Hip Clinic".into()),
            ..ClinicSettings::default()
        };
        fs::write(d.join(FILE), json!({ KEY: s }).to_string()).unwrap();
        assert_eq!(read(&d, none), Loaded::Found(Box::new(s)));
    }

    #[test]
    fn damaged_files_are_moved_aside_whatever_the_damage() {
        let cases: [(&str, &[u8]); 5] = [
            ("not-json", b"\x00\x01 not json"),
            (
                "truncated",
                br#"{"settings": {"version": 1, "clinicName": "Hip Cl"#,
            ),
            ("newer", br#"{"settings": {"version": 9}}"#),
            ("no-key", br#"{"other": 1}"#),
            (
                "wrong-field",
                br#"{"settings": {"version": 1, "clinicName": 42}}"#,
            ),
        ];
        for (name, bytes) in cases {
            let d = dir(name);
            fs::write(d.join(FILE), bytes).unwrap();
            let Loaded::Damaged {
                aside: Some(aside), ..
            } = read(&d, none)
            else {
                panic!("{name} was not reported as damaged");
            };
            assert_eq!(fs::read(&aside).unwrap(), bytes, "{name} kept whole");
            let left = files(&d);
            assert_eq!(left.len(), 1, "{name}: {left:?}");
            assert!(left[0].starts_with("settings.damaged-"), "{name}: {left:?}");
        }
    }

    #[test]
    fn settings_that_fail_the_checks_are_damaged_too() {
        let d = dir("checks");
        fs::write(
            d.join(FILE),
            br#"{"settings": {"version": 1, "maxAgeHours": 500}}"#,
        )
        .unwrap();
        let refuse = |s: &ClinicSettings| {
            if s.max_age_hours > 72 {
                vec![SettingsProblem {
                    field: hipaid_core::settings::SettingsField::MaxAgeHours,
                    problem: hipaid_core::settings::SettingsProblemKind::OutOfRange,
                    max: Some(72),
                }]
            } else {
                Vec::new()
            }
        };
        assert!(matches!(
            read(&d, refuse),
            Loaded::Damaged { aside: Some(_), .. }
        ));
    }

    #[test]
    fn earlier_preferences_are_migrated_and_bad_ones_ignored() {
        let d = dir("legacy");
        fs::write(d.join(LEGACY), br#"{"uiLocale": "vi"}"#).unwrap();
        let Loaded::Migrated(s) = read(&d, none) else {
            panic!("not migrated");
        };
        assert_eq!(s.ui_locale.as_deref(), Some("vi"));
        fs::write(d.join(LEGACY), b"{ broken").unwrap();
        assert_eq!(read(&d, none), Loaded::Missing);
        assert_eq!(files(&d), [LEGACY], "a bad legacy file is left alone");
    }
}
