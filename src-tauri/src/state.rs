//! The app's shared state and the small amount of shell logic commands need: checking locale
//! ids against what the localizer ships, stamping the time, and holding the one current
//! consultation. Commands stay one line; this is where "a core call" happens.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, OnceLock};

use hipaid_core::settings::{ClinicSettings, SettingsProblem};
use hipaid_core::{
    Catalog, Comparison, ConditionOverview, ConditionSummary, Consultation, ConsultationChange,
    CoreError, ErrorCode, StartConsultation,
};
use hipaid_l10n::{LocaleInfo, Localizer};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::error::{IpcError, IpcResult};
use crate::saved::{ConsultationFile, Found};
use crate::settings_file::Loaded;

/// What the start screen tells the user about the consultation file (in their language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum StorageNotice {
    /// The last run stopped during a consultation; it is open again, to go on with or end.
    Unfinished,
    /// The consultation file could not be read; it was moved aside and the app started fresh.
    Damaged,
    /// A change could not be written to disk (it is kept in memory).
    NotSaved,
    /// The clinic settings file could not be used; it was moved aside and the defaults apply.
    SettingsDamaged,
}

/// Why the app could not start (only a broken build can cause this; tests guard it).
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Content(#[from] hipaid_core::ContentError),
    #[error(transparent)]
    Locales(#[from] hipaid_l10n::L10nError),
}

/// The most dates one `format_dates` call may ask for (a screen shows two or three).
pub const MAX_DATES: usize = 32;

pub struct AppState {
    catalog: Catalog,
    l10n: Localizer,
    consultation: Mutex<Option<Consultation>>,
    /// Keeps the PDF fonts parsed between prints (the first print parses them).
    renderer: Mutex<hipaid_pdf::Renderer>,
    /// Where the current consultation is saved after every change (set once at start).
    saved: OnceLock<ConsultationFile>,
    notices: Mutex<Vec<StorageNotice>>,
    /// The clinic's settings (defaults until `attach_settings`).
    settings: Mutex<ClinicSettings>,
    /// The directory of the settings file (set once at start).
    settings_dir: OnceLock<PathBuf>,
}

/// A rendered take-home summary, ready to be saved.
pub struct RenderedSummary {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// A file name to offer: the visit's date, never the patient's label.
    pub file_name: String,
}

impl AppState {
    pub fn new() -> Result<AppState, StartupError> {
        Ok(AppState {
            catalog: Catalog::embedded()?,
            l10n: Localizer::embedded()?,
            consultation: Mutex::new(None),
            renderer: Mutex::new(hipaid_pdf::Renderer::new()),
            saved: OnceLock::new(),
            notices: Mutex::new(Vec::new()),
            settings: Mutex::new(ClinicSettings::default()),
            settings_dir: OnceLock::new(),
        })
    }

    /// Saves consultations in `dir` from now on, and opens the one the last run left, if it
    /// is recent and whole. Called once, at start; a second call changes nothing.
    pub fn attach_storage(&self, dir: PathBuf, max_age: std::time::Duration) -> IpcResult<()> {
        let file = ConsultationFile::new(dir);
        let found = file.load(OffsetDateTime::now_utc(), max_age, |c| {
            c.validate(&self.catalog).map_err(|e| e.to_string())?;
            for locale in [&c.ui_locale, &c.patient_locale] {
                if !self.l10n.is_available(locale) {
                    return Err(format!("`{locale}` is not a shipped locale"));
                }
            }
            Ok(())
        });
        if self.saved.set(file).is_err() {
            return Ok(());
        }
        match found {
            Found::Unfinished(c) => {
                *self.lock()? = Some(*c);
                self.notice(StorageNotice::Unfinished);
            }
            Found::Damaged { aside, why } => {
                eprintln!("the consultation file {why}; kept as {aside:?}");
                self.notice(StorageNotice::Damaged);
            }
            Found::Nothing | Found::Expired => {}
        }
        Ok(())
    }

    /// What the user should be told about the consultation file; each notice is given once.
    pub fn storage_notices(&self) -> Vec<StorageNotice> {
        self.notices
            .lock()
            .map(|mut n| std::mem::take(&mut *n))
            .unwrap_or_default()
    }

    fn notice(&self, notice: StorageNotice) {
        if let Ok(mut n) = self.notices.lock()
            && !n.contains(&notice)
        {
            n.push(notice);
        }
    }

    /// Writes the consultation to disk (atomically) if storage is attached. A failure keeps
    /// the change in memory and is reported once as a notice, not as the change's error.
    fn persist(&self, consultation: &Consultation) {
        if let Some(file) = self.saved.get()
            && let Err(e) = file.save(consultation)
        {
            eprintln!("{e}");
            self.notice(StorageNotice::NotSaved);
        }
    }

    /// Reads the clinic settings kept in `dir` (checked before the store may open the file)
    /// and saves them there from now on. Called once, at start. Returns settings read from
    /// an older version, which the caller saves in the current format.
    pub fn attach_settings(&self, dir: PathBuf) -> Option<ClinicSettings> {
        let found = crate::settings_file::read(&dir, |s| self.check_settings(s));
        if self.settings_dir.set(dir).is_err() {
            return None;
        }
        self.load_settings(found)
    }

    /// Where the settings file is written, once attached.
    pub fn settings_dir(&self) -> Result<&std::path::Path, String> {
        self.settings_dir
            .get()
            .map(PathBuf::as_path)
            .ok_or_else(|| "settings storage is not attached".to_owned())
    }

    /// Takes the settings found at start; damaged ones leave the defaults in place and a
    /// notice. Returns settings read from an older version.
    fn load_settings(&self, loaded: Loaded) -> Option<ClinicSettings> {
        let (settings, migrated) = match loaded {
            Loaded::Missing => return None,
            Loaded::Found(s) => (*s, false),
            Loaded::Migrated(s) => (*s, true),
            Loaded::Damaged { aside, why } => {
                eprintln!("the settings file {why}; kept as {aside:?}");
                self.notice(StorageNotice::SettingsDamaged);
                return None;
            }
        };
        if let Ok(mut current) = self.settings.lock() {
            *current = settings.clone();
        }
        migrated.then_some(settings)
    }

    /// The clinic's settings now in force.
    pub fn settings(&self) -> ClinicSettings {
        self.settings.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Every problem with `settings` (empty: they can be saved).
    pub fn check_settings(&self, settings: &ClinicSettings) -> Vec<SettingsProblem> {
        settings.check(&self.catalog, |l| {
            self.l10n.is_available(l) && self.l10n.locales().iter().any(|i| i.id == l && !i.pseudo)
        })
    }

    /// Checks, tidies and stores new settings with `write`; they apply from the next visit
    /// (the summary and the view at once). Errors: `invalid-settings` (nothing saved; the
    /// screen asks `check_settings` for the fields), `settings-not-saved` (disk).
    pub fn save_settings(
        &self,
        settings: ClinicSettings,
        write: impl FnOnce(&ClinicSettings) -> Result<(), String>,
    ) -> IpcResult<ClinicSettings> {
        let problems = self.check_settings(&settings);
        if !problems.is_empty() {
            return Err(IpcError::new(
                ErrorCode::InvalidSettings,
                format!("{} field(s) need fixing: {problems:?}", problems.len()),
            ));
        }
        let settings = settings.normalized(&self.catalog);
        write(&settings).map_err(|e| IpcError::new(ErrorCode::SettingsNotSaved, e))?;
        let mut current = self
            .settings
            .lock()
            .map_err(|_| IpcError::new(ErrorCode::Internal, "settings state is poisoned"))?;
        *current = settings.clone();
        Ok(settings)
    }

    pub fn list_locales(&self) -> Vec<LocaleInfo> {
        self.l10n.locales()
    }

    /// The clinic's start language wins if this build still ships it; otherwise the OS
    /// languages.
    pub fn negotiate_locale(&self, requested: &[String]) -> String {
        match self.settings().ui_locale {
            Some(locale) if self.l10n.is_available(&locale) => locale,
            _ => self.l10n.negotiate(requested),
        }
    }

    /// Long dates in a locale's words, formatted by ICU4X as on paper (at most
    /// [`MAX_DATES`] per call). Errors: `unknown-locale`, `invalid-date`.
    pub fn format_dates(&self, locale: &str, dates: &[String]) -> IpcResult<Vec<String>> {
        if !self.l10n.is_available(locale) {
            return Err(IpcError::new(
                ErrorCode::UnknownLocale,
                format!("locale `{locale}` is not shipped"),
            ));
        }
        if dates.len() > MAX_DATES {
            return Err(IpcError::new(
                ErrorCode::InvalidDate,
                format!("{} dates asked for; at most {MAX_DATES}", dates.len()),
            ));
        }
        let lang = locale.parse().map_err(|_| {
            IpcError::new(ErrorCode::UnknownLocale, format!("bad locale `{locale}`"))
        })?;
        dates
            .iter()
            .map(|iso| {
                hipaid_l10n::format::iso_date(&lang, iso)
                    .map_err(|e| IpcError::new(ErrorCode::InvalidDate, e))
            })
            .collect()
    }

    pub fn list_options(&self) -> Vec<hipaid_core::OptionName> {
        self.catalog.option_names()
    }

    pub fn list_conditions(&self) -> Vec<ConditionSummary> {
        self.catalog.conditions()
    }

    pub fn condition_overview(
        &self,
        condition_id: &str,
        stage_id: Option<&str>,
    ) -> IpcResult<ConditionOverview> {
        Ok(self.catalog.overview(condition_id, stage_id)?)
    }

    pub fn start_consultation(&self, input: StartConsultation) -> IpcResult<Consultation> {
        for locale in [&input.ui_locale, &input.patient_locale] {
            if !self.l10n.is_available(locale) {
                return Err(IpcError::new(
                    ErrorCode::UnknownLocale,
                    format!("`{locale}` is not a shipped locale"),
                ));
            }
        }
        let mut consultation = Consultation::start(input, now_rfc3339())?;
        consultation.hide_not_offered(&self.catalog, &self.settings().not_offered);
        let mut guard = self.lock()?;
        self.persist(&consultation);
        *guard = Some(consultation.clone());
        Ok(consultation)
    }

    pub fn current_consultation(&self) -> IpcResult<Option<Consultation>> {
        Ok(self.lock()?.clone())
    }

    pub fn choose_condition(
        &self,
        condition_id: &str,
        stage_id: Option<&str>,
    ) -> IpcResult<Consultation> {
        let mut guard = self.lock()?;
        let consultation = guard.as_mut().ok_or(CoreError::NoConsultation)?;
        consultation.choose_condition(&self.catalog, condition_id, stage_id)?;
        self.persist(consultation);
        Ok(consultation.clone())
    }

    /// Applies one change to the current consultation; a refused change leaves it as it was.
    pub fn update_consultation(&self, change: ConsultationChange) -> IpcResult<Consultation> {
        let mut guard = self.lock()?;
        let consultation = guard.as_mut().ok_or(CoreError::NoConsultation)?;
        consultation.apply(&self.catalog, change)?;
        self.persist(consultation);
        Ok(consultation.clone())
    }

    /// The compared options' benefits and harms on shared denominators.
    pub fn compare_options(&self) -> IpcResult<Comparison> {
        let guard = self.lock()?;
        let consultation = guard.as_ref().ok_or(CoreError::NoConsultation)?;
        Ok(consultation.comparison(&self.catalog)?)
    }

    /// Ends the visit: forgets it and deletes it from disk.
    pub fn end_consultation(&self) -> IpcResult<()> {
        let mut guard = self.lock()?;
        *guard = None;
        if let Some(file) = self.saved.get() {
            file.wipe()
                .map_err(|e| IpcError::new(ErrorCode::SaveFailed, e.to_string()))?;
        }
        Ok(())
    }

    /// The current consultation's summary in the patient's language (with the clinician's
    /// language under each paragraph when `bilingual` and the two differ), exactly as
    /// `hipaid summary` prints the same record, on the clinic's paper, with its name, contact,
    /// logo and local cost notes.
    pub fn render_summary(&self, bilingual: bool) -> IpcResult<RenderedSummary> {
        let consultation = self.lock()?.clone().ok_or(CoreError::NoConsultation)?;
        if consultation.condition_id.is_none() {
            return Err(CoreError::NoCondition.into());
        }
        let locale = consultation.patient_locale.clone();
        let also = (bilingual && consultation.ui_locale != locale)
            .then_some(consultation.ui_locale.as_str());
        let clinic = self.settings();
        let paper = match clinic.paper {
            Some(hipaid_core::PaperSize::Letter) => hipaid_pdf::Paper::Letter,
            Some(hipaid_core::PaperSize::A4) => hipaid_pdf::Paper::A4,
            None if locale == "en-US" => hipaid_pdf::Paper::Letter,
            None => hipaid_pdf::Paper::A4,
        };
        let mut renderer = self
            .renderer
            .lock()
            .map_err(|_| IpcError::new(ErrorCode::Internal, "PDF renderer is poisoned"))?;
        renderer.set_clinic(Some(clinic));
        let rendered = renderer
            .render_consultation(
                &self.catalog,
                &self.l10n,
                &consultation,
                &locale,
                also,
                paper,
            )
            .map_err(|e| IpcError::new(ErrorCode::SummaryFailed, e.to_string()))?;
        let day = consultation.started_at.get(..10).unwrap_or("visit");
        Ok(RenderedSummary {
            bytes: rendered.bytes,
            pages: rendered.pages,
            file_name: format!("hip-summary-{}.pdf", sanitize(day)),
        })
    }

    fn lock(&self) -> IpcResult<MutexGuard<'_, Option<Consultation>>> {
        // A poisoned lock means a command panicked mid-update; report it rather than panic too.
        self.consultation
            .lock()
            .map_err(|_| IpcError::new(ErrorCode::Internal, "consultation state is poisoned"))
    }
}

/// Keeps letters, digits and dashes: a file name that is safe on every OS.
fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .take(40)
        .collect()
}

fn now_rfc3339() -> String {
    OffsetDateTime::now_utc()
        .format(&Rfc3339)
        .unwrap_or_default()
}
