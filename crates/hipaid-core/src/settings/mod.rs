//! Clinic settings: what clinic staff set once for every consultation on this computer
//! (clinic name, contact and logo for the summary, start languages, paper size, the options
//! the clinic offers with local cost notes, the view the app opens in, how long an unfinished
//! visit is kept). Nothing about a patient is ever part of them.
//!
//! The struct is versioned ([`SETTINGS_VERSION`]); [`migrate`] reads any older version the app
//! ever wrote and [`ClinicSettings::check`] validates every field against the content, so
//! the shell only stores and loads. The file format is documented in `docs/settings-format.md`.

mod logo;
mod migrate;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Catalog;
use crate::consultation::{free_text, note_text};

pub use logo::{LogoInfo, MAX_LOGO_BYTES, MAX_LOGO_SIDE, MIN_LOGO_SIDE, encode as encode_logo};
pub use migrate::{MigrateError, migrate};

/// The version this build writes. Version 0 is the `preferences.json` of earlier builds.
pub const SETTINGS_VERSION: u32 = 1;
/// Longest clinic name.
pub const MAX_CLINIC_NAME: usize = 100;
/// Longest address (it may span lines).
pub const MAX_ADDRESS: usize = 300;
/// Longest phone number as written.
pub const MAX_PHONE: usize = 40;
/// Longest local note on an option's cost or insurance.
pub const MAX_OPTION_NOTE: usize = 200;
/// How long an unfinished consultation may be kept, in hours: the default and the range.
pub const DEFAULT_MAX_AGE_HOURS: u32 = 12;
pub const MAX_AGE_HOURS: std::ops::RangeInclusive<u32> = 1..=72;

/// Paper size of the take-home summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PaperSize {
    A4,
    Letter,
}

/// The view the app opens in: the clinician's, or the patient's large-text view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum StartView {
    #[default]
    Clinician,
    Patient,
}

/// What this clinic says about an option's cost and insurance, in its own words (shown next
/// to the content's figures, never instead of them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OptionNote {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub cost: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub insurance: Option<String>,
}

/// The clinic's settings (version [`SETTINGS_VERSION`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ClinicSettings {
    pub version: u32,
    #[serde(default)]
    pub clinic_name: Option<String>,
    /// Postal address; may span lines.
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// The clinic's logo, a PNG file, base64 (standard alphabet, padded).
    #[serde(default)]
    pub logo_png: Option<String>,
    /// The app's language at start; `None` follows the computer's languages.
    #[serde(default)]
    pub ui_locale: Option<String>,
    /// The patient's language preselected for a new visit; `None` is the app's language.
    #[serde(default)]
    pub patient_locale: Option<String>,
    /// Paper of the summary; `None` follows the patient's language (US Letter for US
    /// English, A4 for the others).
    #[serde(default)]
    pub paper: Option<PaperSize>,
    /// Options the clinic does not offer: hidden from the start of every visit (the
    /// clinician can still show one again during a visit).
    #[serde(default)]
    pub not_offered: Vec<String>,
    /// Local cost and insurance notes, by option id.
    #[serde(default)]
    pub option_notes: BTreeMap<String, OptionNote>,
    #[serde(default)]
    pub start_view: StartView,
    /// Hours after which an unfinished visit is wiped at start ([`MAX_AGE_HOURS`]).
    #[serde(default = "default_max_age")]
    pub max_age_hours: u32,
}

fn default_max_age() -> u32 {
    DEFAULT_MAX_AGE_HOURS
}

impl Default for ClinicSettings {
    fn default() -> Self {
        ClinicSettings {
            version: SETTINGS_VERSION,
            clinic_name: None,
            address: None,
            phone: None,
            logo_png: None,
            ui_locale: None,
            patient_locale: None,
            paper: None,
            not_offered: Vec::new(),
            option_notes: BTreeMap::new(),
            start_view: StartView::Clinician,
            max_age_hours: DEFAULT_MAX_AGE_HOURS,
        }
    }
}

/// Which field a problem is in (the settings screen marks it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SettingsField {
    ClinicName,
    Address,
    Phone,
    Logo,
    UiLocale,
    PatientLocale,
    NotOffered,
    MaxAgeHours,
    /// An option's cost note.
    #[serde(rename_all = "camelCase")]
    OptionCost {
        option_id: String,
    },
    /// An option's insurance note.
    #[serde(rename_all = "camelCase")]
    OptionInsurance {
        option_id: String,
    },
    /// A note for an option the content does not know.
    #[serde(rename_all = "camelCase")]
    OptionNote {
        option_id: String,
    },
    Version,
}

/// What is wrong with a field; the screen shows `settings-problem-<problem>` with `$max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SettingsProblemKind {
    TooLong,
    InvalidText,
    InvalidPhone,
    NotPng,
    LogoTooLarge,
    LogoSize,
    UnknownLocale,
    UnknownOption,
    OutOfRange,
    UnsupportedVersion,
}

/// One field's problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SettingsProblem {
    pub field: SettingsField,
    pub problem: SettingsProblemKind,
    /// The limit the value broke (characters, kilobytes, pixels, hours), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub max: Option<u32>,
}

impl ClinicSettings {
    /// Checks every field, returning every problem (empty: the settings can be saved).
    /// Text is checked as it would be stored, trimmed; `is_locale` says whether the app
    /// ships a locale id.
    pub fn check(
        &self,
        catalog: &Catalog,
        is_locale: impl Fn(&str) -> bool,
    ) -> Vec<SettingsProblem> {
        let mut out = Vec::new();
        let mut push = |field, problem, max: Option<usize>| {
            out.push(SettingsProblem {
                field,
                problem,
                max: max.map(|m| u32::try_from(m).unwrap_or(u32::MAX)),
            })
        };
        if self.version != SETTINGS_VERSION {
            push(
                SettingsField::Version,
                SettingsProblemKind::UnsupportedVersion,
                None,
            );
        }
        let text =
            |field: SettingsField, value: &Option<String>, max, multiline, out: &mut Vec<_>| {
                let checked = if multiline {
                    note_text("setting", value.clone(), max)
                } else {
                    free_text("setting", value.clone(), max)
                };
                if let Err(e) = checked {
                    let (problem, max) = match e {
                        crate::CoreError::TextTooLong { max, .. } => {
                            (SettingsProblemKind::TooLong, Some(max))
                        }
                        _ => (SettingsProblemKind::InvalidText, None),
                    };
                    out.push((field, problem, max));
                }
            };
        let mut found = Vec::new();
        text(
            SettingsField::ClinicName,
            &self.clinic_name,
            MAX_CLINIC_NAME,
            false,
            &mut found,
        );
        text(
            SettingsField::Address,
            &self.address,
            MAX_ADDRESS,
            true,
            &mut found,
        );
        text(
            SettingsField::Phone,
            &self.phone,
            MAX_PHONE,
            false,
            &mut found,
        );
        for (option_id, note) in &self.option_notes {
            if catalog.option(option_id).is_none() {
                found.push((
                    SettingsField::OptionNote {
                        option_id: option_id.clone(),
                    },
                    SettingsProblemKind::UnknownOption,
                    None,
                ));
                continue;
            }
            let id = || option_id.clone();
            text(
                SettingsField::OptionCost { option_id: id() },
                &note.cost,
                MAX_OPTION_NOTE,
                false,
                &mut found,
            );
            text(
                SettingsField::OptionInsurance { option_id: id() },
                &note.insurance,
                MAX_OPTION_NOTE,
                false,
                &mut found,
            );
        }
        for (field, problem, max) in found {
            push(field, problem, max);
        }
        if let Some(phone) = self
            .phone
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            && phone.chars().count() <= MAX_PHONE
            && !is_phone(phone)
        {
            push(
                SettingsField::Phone,
                SettingsProblemKind::InvalidPhone,
                None,
            );
        }
        if let Some(logo) = &self.logo_png
            && let Err(problem) = logo::check(logo)
        {
            let max = match problem {
                SettingsProblemKind::LogoTooLarge => Some(MAX_LOGO_BYTES / 1024),
                SettingsProblemKind::LogoSize => Some(MAX_LOGO_SIDE as usize),
                _ => None,
            };
            push(SettingsField::Logo, problem, max);
        }
        for (field, locale) in [
            (SettingsField::UiLocale, &self.ui_locale),
            (SettingsField::PatientLocale, &self.patient_locale),
        ] {
            if let Some(l) = locale
                && !is_locale(l)
            {
                push(field, SettingsProblemKind::UnknownLocale, None);
            }
        }
        if self.not_offered.iter().any(|o| catalog.option(o).is_none()) {
            push(
                SettingsField::NotOffered,
                SettingsProblemKind::UnknownOption,
                None,
            );
        }
        if !MAX_AGE_HOURS.contains(&self.max_age_hours) {
            push(
                SettingsField::MaxAgeHours,
                SettingsProblemKind::OutOfRange,
                Some(*MAX_AGE_HOURS.end() as usize),
            );
        }
        out
    }

    /// The settings as they are stored: text trimmed, empty text and empty notes dropped,
    /// option lists in content order without repeats. Call after [`check`](Self::check).
    pub fn normalized(mut self, catalog: &Catalog) -> ClinicSettings {
        let tidy = |v: Option<String>| {
            v.map(|s| s.replace("\r\n", "\n").trim().to_owned())
                .filter(|s| !s.is_empty())
        };
        self.clinic_name = tidy(self.clinic_name);
        self.address = tidy(self.address);
        self.phone = tidy(self.phone);
        self.logo_png = tidy(self.logo_png);
        self.ui_locale = tidy(self.ui_locale);
        self.patient_locale = tidy(self.patient_locale);
        let position = |id: &str| catalog.options().iter().position(|o| o.id == id);
        self.not_offered.sort_by_key(|o| position(o));
        self.not_offered.dedup();
        self.option_notes = std::mem::take(&mut self.option_notes)
            .into_iter()
            .map(|(id, n)| {
                let note = OptionNote {
                    cost: tidy(n.cost),
                    insurance: tidy(n.insurance),
                };
                (id, note)
            })
            .filter(|(_, n)| n.cost.is_some() || n.insurance.is_some())
            .collect();
        self
    }

    /// The logo's bytes, if there is a valid one.
    pub fn logo_bytes(&self) -> Option<Vec<u8>> {
        let logo = self.logo_png.as_deref()?;
        logo::check(logo).ok().map(|info| info.bytes)
    }
}

/// A phone number as people write it: digits with spaces, `+ ( ) - . /`, and an extension
/// word (`ext`, `x`); at least five digits.
fn is_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let allowed = s.chars().all(|c| {
        c.is_ascii_digit()
            || " +()-./".contains(c)
            || c.is_ascii_alphabetic() && "extEXT".contains(c)
    });
    allowed && digits >= 5
}
