//! Errors the core reports about *user input*, each with a stable code.
//!
//! The code travels to the UI unchanged (`{code, message}`) and the UI shows the Fluent
//! message `error-<code>`; the English `message` is for logs and developers only. Keeping the
//! codes in one enum here means the shell, the UI bindings and the locale files share one list.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A stable, machine-readable error code. Serialized in kebab-case, e.g. `"text-too-long"`;
/// the UI shows the Fluent message `error-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    UnknownLocale,
    UnknownCondition,
    UnknownStage,
    TextTooLong,
    InvalidText,
    NoConsultation,
    NoCondition,
    UnknownOption,
    TooManyCompared,
    DecisionNeedsOption,
    InvalidDate,
    DateInPast,
    UnsupportedVersion,
    /// The take-home summary could not be made.
    SummaryFailed,
    /// The summary could not be saved where the user chose.
    SaveFailed,
    /// Some clinic settings need fixing; nothing was saved.
    InvalidSettings,
    /// The clinic settings could not be written to disk.
    SettingsNotSaved,
    Internal,
}

impl ErrorCode {
    /// Every code, for tests that check each one has a translated message.
    pub const ALL: [ErrorCode; 18] = [
        ErrorCode::UnknownLocale,
        ErrorCode::UnknownCondition,
        ErrorCode::UnknownStage,
        ErrorCode::TextTooLong,
        ErrorCode::InvalidText,
        ErrorCode::NoConsultation,
        ErrorCode::NoCondition,
        ErrorCode::UnknownOption,
        ErrorCode::TooManyCompared,
        ErrorCode::DecisionNeedsOption,
        ErrorCode::InvalidDate,
        ErrorCode::DateInPast,
        ErrorCode::UnsupportedVersion,
        ErrorCode::SummaryFailed,
        ErrorCode::SaveFailed,
        ErrorCode::InvalidSettings,
        ErrorCode::SettingsNotSaved,
        ErrorCode::Internal,
    ];

    /// The kebab-case wire form, e.g. `text-too-long`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::UnknownLocale => "unknown-locale",
            ErrorCode::UnknownCondition => "unknown-condition",
            ErrorCode::UnknownStage => "unknown-stage",
            ErrorCode::TextTooLong => "text-too-long",
            ErrorCode::InvalidText => "invalid-text",
            ErrorCode::NoConsultation => "no-consultation",
            ErrorCode::NoCondition => "no-condition",
            ErrorCode::UnknownOption => "unknown-option",
            ErrorCode::TooManyCompared => "too-many-compared",
            ErrorCode::DecisionNeedsOption => "decision-needs-option",
            ErrorCode::InvalidDate => "invalid-date",
            ErrorCode::DateInPast => "date-in-past",
            ErrorCode::UnsupportedVersion => "unsupported-version",
            ErrorCode::SummaryFailed => "summary-failed",
            ErrorCode::SaveFailed => "save-failed",
            ErrorCode::InvalidSettings => "invalid-settings",
            ErrorCode::SettingsNotSaved => "settings-not-saved",
            ErrorCode::Internal => "internal",
        }
    }

    /// The Fluent message id the UI shows for this code.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str())
    }
}

/// Something the user asked for that the core cannot do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoreError {
    #[error("unknown condition `{0}`")]
    UnknownCondition(String),
    #[error("condition `{condition}` has no stage `{stage}`")]
    UnknownStage { condition: String, stage: String },
    #[error("{field} is {len} characters long; at most {max} are allowed")]
    TextTooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    #[error("{field} contains a control character")]
    InvalidText { field: &'static str },
    #[error("no consultation is in progress")]
    NoConsultation,
    #[error("no condition has been chosen yet")]
    NoCondition,
    #[error("option `{0}` does not apply to the chosen condition and stage, or is hidden")]
    UnknownOption(String),
    #[error("{count} options chosen to compare; at most {max} can be compared")]
    TooManyCompared { count: usize, max: usize },
    #[error("a leaning or a decision needs an option, and \"not yet\" takes none")]
    DecisionNeedsOption,
    #[error("{field} `{value}` is not a date like 2026-12-03")]
    InvalidDate { field: &'static str, value: String },
    #[error("{field} is before the consultation day")]
    DateInPast { field: &'static str },
    #[error("consultation format version {0} is not supported")]
    UnsupportedVersion(u32),
}

impl CoreError {
    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::UnknownCondition(_) => ErrorCode::UnknownCondition,
            CoreError::UnknownStage { .. } => ErrorCode::UnknownStage,
            CoreError::TextTooLong { .. } => ErrorCode::TextTooLong,
            CoreError::InvalidText { .. } => ErrorCode::InvalidText,
            CoreError::NoConsultation => ErrorCode::NoConsultation,
            CoreError::NoCondition => ErrorCode::NoCondition,
            CoreError::UnknownOption(_) => ErrorCode::UnknownOption,
            CoreError::TooManyCompared { .. } => ErrorCode::TooManyCompared,
            CoreError::DecisionNeedsOption => ErrorCode::DecisionNeedsOption,
            CoreError::InvalidDate { .. } => ErrorCode::InvalidDate,
            CoreError::DateInPast { .. } => ErrorCode::DateInPast,
            CoreError::UnsupportedVersion(_) => ErrorCode::UnsupportedVersion,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_form_matches_as_str() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(
                json,
                format!("\"{}\"", code.as_str()),
                "serde and as_str must agree"
            );
        }
    }
}
