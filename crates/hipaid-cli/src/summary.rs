//! `hipaid summary`: prints the take-home summary of a saved consultation (the JSON format in
//! `docs/consultation-format.md`) to a PDF, for release checks and for clinics that print from
//! a script. Bad input never panics and never leaves a half-written file: the input is read,
//! parsed and checked against the content first, the PDF is rendered in memory, written to a
//! temporary file next to the output, and only then renamed into place.

use std::path::{Path, PathBuf};

use hipaid_core::{Catalog, Consultation, CoreError};
use hipaid_l10n::Localizer;
use hipaid_pdf::{Paper, PdfError, SummaryRequest};

/// Why a summary could not be printed; each message names what to fix.
#[derive(Debug, thiserror::Error)]
pub enum SummaryError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a consultation file: {message}")]
    Json { path: PathBuf, message: String },
    #[error("{path}: {source}")]
    Invalid { path: PathBuf, source: CoreError },
    #[error("{path}: no condition was chosen in this consultation, so there is nothing to print")]
    NoCondition { path: PathBuf },
    #[error("unknown locale `{locale}`; this build ships {available}")]
    UnknownLocale { locale: String, available: String },
    #[error("{path}: startedAt `{value}` does not start with a date like 2026-11-22")]
    Date { path: PathBuf, value: String },
    #[error("the summary could not be rendered: {0}")]
    Render(#[from] PdfError),
    #[error("the built-in content or messages are broken: {0}")]
    Build(String),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What was printed.
#[derive(Debug)]
pub struct Printed {
    pub pages: usize,
    pub bytes: usize,
    pub warnings: Vec<String>,
}

/// Reads `input`, checks it, renders it in `locale` and writes `output` atomically.
pub fn print_summary(
    input: &Path,
    locale: &str,
    paper: Paper,
    output: &Path,
) -> Result<Printed, SummaryError> {
    let text = std::fs::read_to_string(input).map_err(|source| SummaryError::Read {
        path: input.to_owned(),
        source,
    })?;
    let consultation: Consultation =
        serde_json::from_str(&text).map_err(|e| SummaryError::Json {
            path: input.to_owned(),
            message: e.to_string(),
        })?;
    let catalog = Catalog::embedded().map_err(|e| SummaryError::Build(e.to_string()))?;
    let l10n = Localizer::embedded().map_err(|e| SummaryError::Build(e.to_string()))?;
    if !l10n.is_available(locale) {
        let available: Vec<String> = l10n.locales().into_iter().map(|l| l.id).collect();
        return Err(SummaryError::UnknownLocale {
            locale: locale.to_owned(),
            available: available.join(", "),
        });
    }
    consultation
        .validate(&catalog)
        .map_err(|source| SummaryError::Invalid {
            path: input.to_owned(),
            source,
        })?;
    let condition =
        consultation
            .condition_id
            .as_deref()
            .ok_or_else(|| SummaryError::NoCondition {
                path: input.to_owned(),
            })?;
    let date = iso_day(&consultation.started_at).ok_or_else(|| SummaryError::Date {
        path: input.to_owned(),
        value: consultation.started_at.chars().take(40).collect(),
    })?;
    // The options discussed: the compared ones, or else every option the clinic offered.
    let option_ids: Vec<String> = if consultation.compared_options.is_empty() {
        consultation
            .offered_options(&catalog)
            .into_iter()
            .map(str::to_owned)
            .collect()
    } else {
        consultation.compared_options.clone()
    };
    let request = SummaryRequest {
        locale,
        condition_id: condition,
        stage_id: consultation.stage_id.as_deref(),
        option_ids: &option_ids,
        patient_label: consultation.patient_label.as_deref(),
        clinician_name: consultation.clinician_name.as_deref(),
        date,
        paper,
        answers: Some(&consultation),
    };
    let rendered = hipaid_pdf::render(&catalog, &l10n, &request)?;
    write_atomically(output, &rendered.bytes)?;
    Ok(Printed {
        pages: rendered.pages,
        bytes: rendered.bytes.len(),
        warnings: rendered.warnings,
    })
}

/// (year, month, day) from the start of an RFC 3339 time.
fn iso_day(time: &str) -> Option<(i32, u8, u8)> {
    let day = time.get(..10)?;
    hipaid_core::consultation::iso_date("startedAt", day).ok()?;
    Some((
        day.get(..4)?.parse().ok()?,
        day.get(5..7)?.parse().ok()?,
        day.get(8..10)?.parse().ok()?,
    ))
}

/// Writes to a temporary file in the output's directory, flushes it to disk, then renames it
/// over the output; on any failure the temporary file is removed and the output is untouched.
fn write_atomically(output: &Path, bytes: &[u8]) -> Result<(), SummaryError> {
    use std::io::Write;
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "summary.pdf".to_owned());
    let temp = output.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, output)
    })();
    result.map_err(|source| {
        let _ = std::fs::remove_file(&temp);
        SummaryError::Write {
            path: output.to_owned(),
            source,
        }
    })
}
