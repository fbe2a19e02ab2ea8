//! Free text typed during a consultation: one-line fields (a label, a name) and notes that may
//! span lines. Limits count characters, not bytes, so Chinese text gets the same allowance as
//! English; control characters are refused (a note may keep line breaks and tabs).

use crate::error::CoreError;

/// Longest patient label: a label, not a name or a note.
pub const MAX_PATIENT_LABEL: usize = 60;
/// Longest clinician name.
pub const MAX_CLINICIAN_NAME: usize = 80;
/// Longest note in the patient's words (what matters, their own questions).
pub const MAX_PATIENT_NOTE: usize = 1000;
/// Longest clinician note or list of next steps in words.
pub const MAX_CLINICIAN_NOTE: usize = 2000;

/// Trims a single-line free-text field; empty becomes `None`.
pub fn free_text(
    field: &'static str,
    value: Option<String>,
    max: usize,
) -> Result<Option<String>, CoreError> {
    checked(field, value, max, |c| c.is_control())
}

/// Trims a note that may span several lines; empty becomes `None`. Line breaks and tabs are
/// kept, every other control character is refused.
pub fn note_text(
    field: &'static str,
    value: Option<String>,
    max: usize,
) -> Result<Option<String>, CoreError> {
    checked(field, value, max, |c| {
        c.is_control() && !matches!(c, '\n' | '\t')
    })
}

fn checked(
    field: &'static str,
    value: Option<String>,
    max: usize,
    refused: impl Fn(char) -> bool,
) -> Result<Option<String>, CoreError> {
    let Some(value) = value else { return Ok(None) };
    // Windows line ends become plain line breaks before anything is counted.
    let value = value.replace("\r\n", "\n");
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let len = trimmed.chars().count();
    if len > max {
        return Err(CoreError::TextTooLong { field, len, max });
    }
    if trimmed.chars().any(refused) {
        return Err(CoreError::InvalidText { field });
    }
    Ok(Some(trimmed.to_owned()))
}

/// Checks an ISO calendar date (`2026-12-03`): four-digit year, real month and day.
pub fn iso_date(field: &'static str, value: &str) -> Result<(), CoreError> {
    let bad = || CoreError::InvalidDate {
        field,
        value: value.chars().take(40).collect(),
    };
    let parts: Vec<&str> = value.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y) && digits(m) && digits(d)) {
        return Err(bad());
    }
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>())
    else {
        return Err(bad());
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(bad()),
    };
    if day == 0 || day > days || year < 1900 {
        return Err(bad());
    }
    Ok(())
}
