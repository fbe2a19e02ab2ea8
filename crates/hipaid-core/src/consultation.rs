//! The consultation record: the one source of truth for what was said and chosen, read by the
//! screen now and by the printed summary later.
//!
//! The core validates free text (length, control characters) so every caller gets the same
//! rules; the caller supplies the time and checks locale ids against what it can load.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::Catalog;
use crate::error::CoreError;

/// Longest patient label: a label, not a name or a note.
pub const MAX_PATIENT_LABEL: usize = 60;
/// Longest clinician name.
pub const MAX_CLINICIAN_NAME: usize = 80;

/// What the start screen sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StartConsultation {
    pub ui_locale: String,
    pub patient_locale: String,
    pub patient_label: Option<String>,
    pub clinician_name: Option<String>,
}

/// The current consultation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Consultation {
    /// RFC 3339 time the consultation started, supplied by the caller.
    pub started_at: String,
    pub ui_locale: String,
    pub patient_locale: String,
    pub patient_label: Option<String>,
    pub clinician_name: Option<String>,
    pub condition_id: Option<String>,
    pub stage_id: Option<String>,
}

impl Consultation {
    /// Starts a consultation from the start screen's input. Locale ids must already be
    /// checked by the caller (the core does not know which locales exist).
    pub fn start(input: StartConsultation, started_at: String) -> Result<Consultation, CoreError> {
        Ok(Consultation {
            started_at,
            ui_locale: input.ui_locale,
            patient_locale: input.patient_locale,
            patient_label: free_text("patient label", input.patient_label, MAX_PATIENT_LABEL)?,
            clinician_name: free_text("clinician name", input.clinician_name, MAX_CLINICIAN_NAME)?,
            condition_id: None,
            stage_id: None,
        })
    }

    /// Records the condition (and stage) being discussed.
    pub fn choose_condition(
        &mut self,
        catalog: &Catalog,
        condition_id: &str,
        stage_id: Option<&str>,
    ) -> Result<(), CoreError> {
        catalog.check_choice(condition_id, stage_id)?;
        self.condition_id = Some(condition_id.to_owned());
        self.stage_id = stage_id.map(str::to_owned);
        Ok(())
    }
}

/// Trims a single-line free-text field; empty becomes `None`. Counts characters, not bytes,
/// so a label in Chinese gets the same allowance as one in English.
pub fn free_text(
    field: &'static str,
    value: Option<String>,
    max: usize,
) -> Result<Option<String>, CoreError> {
    let Some(value) = value else { return Ok(None) };
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let len = trimmed.chars().count();
    if len > max {
        return Err(CoreError::TextTooLong { field, len, max });
    }
    if trimmed.chars().any(char::is_control) {
        return Err(CoreError::InvalidText { field });
    }
    Ok(Some(trimmed.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    fn input(label: Option<&str>) -> StartConsultation {
        StartConsultation {
            ui_locale: "en-US".into(),
            patient_locale: "es".into(),
            patient_label: label.map(str::to_owned),
            clinician_name: None,
        }
    }

    #[test]
    fn free_text_is_trimmed_and_empty_is_none() {
        let c = Consultation::start(
            input(Some("  Room 3, 10:30 ")),
            "2026-11-22T10:30:00Z".into(),
        )
        .unwrap();
        assert_eq!(c.patient_label.as_deref(), Some("Room 3, 10:30"));
        let c = Consultation::start(input(Some("   ")), "t".into()).unwrap();
        assert_eq!(c.patient_label, None);
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        let cjk = "患".repeat(MAX_PATIENT_LABEL);
        assert!(
            Consultation::start(input(Some(&cjk)), "t".into()).is_ok(),
            "60 CJK characters fit"
        );
        let long = "a".repeat(MAX_PATIENT_LABEL + 1);
        let err = Consultation::start(input(Some(&long)), "t".into()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::TextTooLong);
    }

    #[test]
    fn control_characters_are_refused() {
        let err = Consultation::start(input(Some("a\u{7}b")), "t".into()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidText);
        let err = Consultation::start(input(Some("line\nbreak")), "t".into()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidText);
    }

    #[test]
    fn choosing_a_condition_checks_it_against_the_catalog() {
        let catalog = Catalog::embedded().unwrap();
        let mut c = Consultation::start(input(None), "t".into()).unwrap();
        c.choose_condition(&catalog, "hip-oa", Some("kl-3"))
            .unwrap();
        assert_eq!(
            (c.condition_id.as_deref(), c.stage_id.as_deref()),
            (Some("hip-oa"), Some("kl-3"))
        );
        let err = c
            .choose_condition(&catalog, "hip-oa", Some("nope"))
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::UnknownStage);
        assert_eq!(
            c.stage_id.as_deref(),
            Some("kl-3"),
            "a refused choice leaves the record unchanged"
        );
    }
}
