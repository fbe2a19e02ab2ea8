//! `hipaid summary`: prints the take-home summary of a saved consultation (the JSON format in
//! `docs/consultation-format.md`) to a PDF, for release checks and for clinics that print from
//! a script. Bad input never panics and never leaves a half-written file: the input is read,
//! parsed and checked against the content first, the PDF is rendered in memory, written to a
//! temporary file next to the output, and only then renamed into place.

use std::path::{Path, PathBuf};

use hipaid_core::{Catalog, Consultation, CoreError};
use hipaid_l10n::Localizer;
use hipaid_pdf::{Paper, PdfError};

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
    #[error("{path} is not a clinic settings file: {message}")]
    Settings { path: PathBuf, message: String },
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

/// Reads `input`, checks it, renders it in `locale` (with the clinic's header and cost notes
/// from `clinic`, a settings file as in `docs/settings-format.md`) and writes `output`
/// atomically.
pub fn print_summary(
    input: &Path,
    locale: &str,
    also: Option<&str>,
    paper: Paper,
    clinic: Option<&Path>,
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
    for locale in std::iter::once(locale).chain(also) {
        if !l10n.is_available(locale) {
            let available: Vec<String> = l10n.locales().into_iter().map(|l| l.id).collect();
            return Err(SummaryError::UnknownLocale {
                locale: locale.to_owned(),
                available: available.join(", "),
            });
        }
    }
    consultation
        .validate(&catalog)
        .map_err(|source| SummaryError::Invalid {
            path: input.to_owned(),
            source,
        })?;
    if consultation.condition_id.is_none() {
        return Err(SummaryError::NoCondition {
            path: input.to_owned(),
        });
    }
    if hipaid_pdf::visit_day(&consultation.started_at).is_none() {
        return Err(SummaryError::Date {
            path: input.to_owned(),
            value: consultation.started_at.chars().take(40).collect(),
        });
    }
    let clinic = clinic
        .map(|path| read_settings(path, &catalog, &l10n))
        .transpose()?;
    let mut renderer = hipaid_pdf::Renderer::new();
    renderer.set_clinic(clinic);
    let rendered =
        renderer.render_consultation(&catalog, &l10n, &consultation, locale, also, paper)?;
    write_atomically(output, &rendered.bytes)?;
    Ok(Printed {
        pages: rendered.pages,
        bytes: rendered.bytes.len(),
        warnings: rendered.warnings,
    })
}

/// (year, month, day) from the start of an RFC 3339 time.
fn write_atomically(output: &Path, bytes: &[u8]) -> Result<(), SummaryError> {
    hipaid_pdf::file::write_atomically(output, bytes).map_err(|source| SummaryError::Write {
        path: output.to_owned(),
        source,
    })
}

/// Reads and checks clinic settings: the app's `settings.json` (`{"settings": {…}}`) or the
/// settings object alone, of any version the app ever wrote.
fn read_settings(
    path: &Path,
    catalog: &Catalog,
    l10n: &Localizer,
) -> Result<hipaid_core::ClinicSettings, SummaryError> {
    let bad = |message: String| SummaryError::Settings {
        path: path.to_owned(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|source| SummaryError::Read {
        path: path.to_owned(),
        source,
    })?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
    let value = value.get("settings").cloned().unwrap_or(value);
    let settings = hipaid_core::settings::migrate(value).map_err(|e| bad(e.to_string()))?;
    let problems = settings.check(catalog, |l| l10n.is_available(l));
    if let Some(p) = problems.first() {
        return Err(bad(format!(
            "{} problem(s), the first: {:?} is {:?}",
            problems.len(),
            p.field,
            p.problem
        )));
    }
    Ok(settings)
}
