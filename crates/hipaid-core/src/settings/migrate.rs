//! Reading settings written by any version of the app. Each step lifts one version to the
//! next, so a file from the oldest build goes through every step in turn; a file from a
//! newer build than this one is refused (never guessed at), and the shell keeps it aside.
//!
//! Versions:
//! - **0**: the `preferences.json` of builds before clinic settings existed, one key,
//!   `uiLocale` (the language last chosen). It becomes the start language.
//! - **1**: [`ClinicSettings`](super::ClinicSettings) as documented in
//!   `docs/settings-format.md`.

use serde_json::{Map, Value};

use super::{ClinicSettings, SETTINGS_VERSION};

/// Why a stored settings value cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MigrateError {
    #[error("the settings are not a JSON object")]
    NotAnObject,
    #[error("settings version {0} is newer than this app ({SETTINGS_VERSION})")]
    TooNew(u64),
    #[error("the settings version is not a whole number")]
    BadVersion,
    #[error("the settings do not match version {version}: {why}")]
    Shape { version: u32, why: String },
}

/// Reads a stored settings value of any known version into the current struct. Fields are
/// not validated against the content here: call `check` on the result.
pub fn migrate(value: Value) -> Result<ClinicSettings, MigrateError> {
    let Value::Object(mut map) = value else {
        return Err(MigrateError::NotAnObject);
    };
    let version = match map.get("version") {
        None => 0,
        Some(v) => v.as_u64().ok_or(MigrateError::BadVersion)?,
    };
    if version > u64::from(SETTINGS_VERSION) {
        return Err(MigrateError::TooNew(version));
    }
    if version == 0 {
        map = from_v0(map)?;
    }
    serde_json::from_value(Value::Object(map)).map_err(|e| MigrateError::Shape {
        version: SETTINGS_VERSION,
        why: e.to_string(),
    })
}

/// Version 0 → 1: the remembered UI language becomes the start language.
fn from_v0(old: Map<String, Value>) -> Result<Map<String, Value>, MigrateError> {
    let shape = |why: &str| MigrateError::Shape {
        version: 0,
        why: why.to_owned(),
    };
    let mut new = Map::new();
    new.insert("version".into(), Value::from(1));
    for (key, value) in old {
        match key.as_str() {
            "uiLocale" => {
                let locale = value
                    .as_str()
                    .ok_or_else(|| shape("uiLocale is not text"))?;
                new.insert("uiLocale".into(), Value::from(locale));
            }
            other => return Err(shape(&format!("unknown key `{other}`"))),
        }
    }
    Ok(new)
}
