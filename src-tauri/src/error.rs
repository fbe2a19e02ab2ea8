//! The one error shape the UI ever receives: `{ code, message }`.
//!
//! `code` is stable and machine-readable; the UI shows the Fluent message `error-<code>` in
//! the user's language. `message` is English detail for logs and developers, never shown to
//! patients. The wire format is pinned by a test.

use hipaid_core::{CoreError, ErrorCode};
use hipaid_l10n::L10nError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl IpcError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> IpcError {
        IpcError {
            code,
            message: message.into(),
        }
    }
}

impl From<CoreError> for IpcError {
    fn from(e: CoreError) -> IpcError {
        IpcError::new(e.code(), e.to_string())
    }
}

impl From<L10nError> for IpcError {
    fn from(e: L10nError) -> IpcError {
        let code = match e {
            L10nError::UnknownLocale(_) => ErrorCode::UnknownLocale,
            L10nError::MissingMessage { .. } | L10nError::Syntax(_) | L10nError::Metadata(_) => {
                ErrorCode::Internal
            }
        };
        IpcError::new(code, e.to_string())
    }
}

/// What every command returns.
pub type IpcResult<T> = Result<T, IpcError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_format_is_pinned() {
        let e = IpcError::from(CoreError::TextTooLong {
            field: "patient label",
            len: 61,
            max: 60,
        });
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"text-too-long","message":"patient label is 61 characters long; at most 60 are allowed"}"#
        );
    }

    #[test]
    fn unknown_locale_keeps_its_code() {
        let e = IpcError::from(L10nError::UnknownLocale("xx".into()));
        assert_eq!(e.code, ErrorCode::UnknownLocale);
    }
}
