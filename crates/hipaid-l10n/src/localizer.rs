//! The `Localizer`: one Fluent bundle per locale, a fallback chain per request, and a report
//! whenever a message is missing or falls back, so that translators hear about gaps and
//! patients never see an empty string.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use serde::Serialize;
use ts_rs::TS;
use unic_langid::{LanguageIdentifier, langid};

use crate::direction::{self, Direction};
use crate::meta::{self, Numbering, Translation};
use crate::{format, pseudo, resources};

/// The last locale of every fallback chain, and the reference for completeness.
pub const DEFAULT_LOCALE: &str = "en-US";

/// A locale as the UI lists it, from its `locale.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LocaleInfo {
    pub id: String,
    pub native_name: String,
    pub direction: Direction,
    /// Digits for `Intl` on screen, as ICU4X uses them on paper.
    pub numbering: Numbering,
    /// The tag the UI gives `Intl` (and ICU4X uses on paper), e.g. `ar-u-nu-arab`.
    pub intl_locale: String,
    /// Whether a qualified medical translator checked it; pseudo-locales are drafts.
    pub translation: Translation,
    pub pseudo: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum L10nError {
    #[error("`{0}` is not a locale this build ships")]
    UnknownLocale(String),
    #[error("message `{id}` exists in no locale of the chain for `{locale}`")]
    MissingMessage { id: String, locale: String },
    #[error("locale files have syntax errors: {0:?}")]
    Syntax(Vec<String>),
    #[error("locale metadata (locale.toml) has problems: {0:?}")]
    Metadata(Vec<String>),
}

/// A formatted message, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formatted {
    pub text: String,
    /// The locale whose message was used; differs from the request when it fell back.
    pub locale: String,
    /// Formatting problems (e.g. a variable that was not passed); the text is still usable.
    pub errors: Vec<String>,
}

impl Formatted {
    pub fn fell_back_from(&self, requested: &str) -> bool {
        self.locale != requested
    }
}

struct Entry {
    id: LanguageIdentifier,
    bundle: FluentBundle<Arc<FluentResource>>,
    pseudo: bool,
}

/// All locales of this build, ready to format.
pub struct Localizer {
    entries: Vec<Entry>,
    default: LanguageIdentifier,
}

impl Localizer {
    /// Builds the localizer from the FTL files compiled into this build. Refuses files with
    /// syntax errors (the tests make sure none ship).
    pub fn embedded() -> Result<Localizer, L10nError> {
        let mut entries: Vec<Entry> = Vec::new();
        let mut errors = Vec::new();
        let mut reference: Vec<Arc<FluentResource>> = Vec::new();
        for source in resources::sources() {
            let parsed = resources::parse(&source);
            errors.extend(parsed.errors);
            let Ok(id) = source.locale.parse::<LanguageIdentifier>() else {
                errors.push(format!(
                    "`{}` is not a valid locale directory name",
                    source.locale
                ));
                continue;
            };
            let index = match entries.iter().position(|e| e.id == id) {
                Some(i) => i,
                None => {
                    entries.push(Entry {
                        bundle: new_bundle(&id),
                        id,
                        pseudo: false,
                    });
                    entries.len() - 1
                }
            };
            if source.locale == DEFAULT_LOCALE {
                // Parsed once, shared with the pseudo-locales built from en-US below.
                reference.push(Arc::clone(&parsed.resource));
            }
            if let Err(clashes) = entries[index].bundle.add_resource(parsed.resource) {
                errors.extend(
                    clashes
                        .iter()
                        .map(|e| format!("{}/{}.ftl: {e}", source.locale, source.domain)),
                );
            }
        }
        if !errors.is_empty() {
            return Err(L10nError::Syntax(errors));
        }
        let (_, meta_problems) = meta::embedded();
        if !meta_problems.is_empty() {
            return Err(L10nError::Metadata(meta_problems.clone()));
        }
        let default = langid!("en-US");
        for p in pseudo::all() {
            let mut bundle = new_bundle(&p.id);
            bundle.set_transform(Some(p.transform));
            for r in &reference {
                // The en-US files already loaded above without clashes, so this cannot clash.
                let _ = bundle.add_resource(Arc::clone(r));
            }
            entries.push(Entry {
                id: p.id,
                bundle,
                pseudo: true,
            });
        }
        Ok(Localizer { entries, default })
    }

    /// Every locale, real ones first (sorted), then pseudo-locales.
    pub fn locales(&self) -> Vec<LocaleInfo> {
        self.entries
            .iter()
            .map(|e| {
                let id = e.id.to_string();
                match meta::of(&id).filter(|_| !e.pseudo) {
                    Some(m) => LocaleInfo {
                        native_name: m.native_name.clone(),
                        direction: m.direction,
                        numbering: m.numbering,
                        intl_locale: m.intl_tag(),
                        translation: m.translation.clone(),
                        pseudo: false,
                        id,
                    },
                    // Pseudo-locales have no name of their own: the pickers show the id.
                    None => LocaleInfo {
                        native_name: id.clone(),
                        direction: direction::of(&e.id),
                        numbering: Numbering::Latn,
                        intl_locale: format!("{id}-u-nu-latn"),
                        translation: Translation::Draft,
                        pseudo: e.pseudo,
                        id,
                    },
                }
            })
            .collect()
    }

    /// Whether `locale` is one this build can show (real or pseudo).
    pub fn is_available(&self, locale: &str) -> bool {
        self.entry(locale).is_some()
    }

    /// The direction of an available locale.
    pub fn direction(&self, locale: &str) -> Result<Direction, L10nError> {
        self.entry(locale)
            .map(|e| {
                meta::of(&e.id.to_string()).map_or_else(|| direction::of(&e.id), |m| m.direction)
            })
            .ok_or_else(|| L10nError::UnknownLocale(locale.to_owned()))
    }

    /// The best real (non-pseudo) locale for a list of preferences such as the operating
    /// system's; en-US when nothing matches. Invalid ids in the list are skipped.
    pub fn negotiate<S: AsRef<str>>(&self, requested: &[S]) -> String {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|r| r.as_ref().parse().ok())
            .map(alias)
            .collect();
        let available = self.real_locales();
        let default = &self.default;
        let found = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        );
        found
            .first()
            .map_or_else(|| DEFAULT_LOCALE.to_owned(), |id| id.to_string())
    }

    /// The locales tried, in order, for messages in `locale`: the locale itself, related
    /// locales, then en-US.
    pub fn chain(&self, locale: &str) -> Result<Vec<String>, L10nError> {
        Ok(self
            .chain_entries(locale)?
            .iter()
            .map(|e| e.id.to_string())
            .collect())
    }

    fn chain_entries(&self, locale: &str) -> Result<Vec<&Entry>, L10nError> {
        let first = self
            .entry(locale)
            .ok_or_else(|| L10nError::UnknownLocale(locale.to_owned()))?;
        let mut chain = vec![first];
        if !first.pseudo {
            let available = self.real_locales();
            let requested = [first.id.clone()];
            let default = &self.default;
            let related = negotiate_languages(
                &requested,
                &available,
                Some(&default),
                NegotiationStrategy::Filtering,
            );
            for id in related {
                if let Some(e) = self.entries.iter().find(|e| &e.id == *id)
                    && !chain.iter().any(|c| c.id == e.id)
                {
                    chain.push(e);
                }
            }
        }
        if let Some(default) = self.entries.iter().find(|e| e.id == self.default)
            && !chain.iter().any(|c| c.id == default.id)
        {
            chain.push(default);
        }
        Ok(chain)
    }

    /// Formats message `id` in `locale`, walking the fallback chain. A message found in no
    /// locale is an error (never an empty string); a fall-back is visible in the result.
    pub fn format(
        &self,
        locale: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<Formatted, L10nError> {
        for entry in self.chain_entries(locale)? {
            let Some(pattern) = entry.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = entry
                .bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            return Ok(Formatted {
                text,
                locale: entry.id.to_string(),
                errors: errors.iter().map(|e| e.to_string()).collect(),
            });
        }
        Err(L10nError::MissingMessage {
            id: id.to_owned(),
            locale: locale.to_owned(),
        })
    }

    /// Locales with real translations: the only ones negotiation may pick.
    fn real_locales(&self) -> Vec<&LanguageIdentifier> {
        self.entries
            .iter()
            .filter(|e| !e.pseudo)
            .map(|e| &e.id)
            .collect()
    }

    fn entry(&self, locale: &str) -> Option<&Entry> {
        let id: LanguageIdentifier = locale.parse().ok()?;
        self.entries.iter().find(|e| e.id == id)
    }
}

/// Maps what operating systems say to the locale ids we ship: Filipino (`fil`, as Windows,
/// macOS and glibc name it) is our Tagalog `tl`; Chinese goes by script, so Traditional
/// (`zh-Hant`, Taiwan, Hong Kong, Macau) reads `zh-TW` and the rest (`zh`, `zh-Hans`, China,
/// Singapore) `zh-CN`.
fn alias(id: LanguageIdentifier) -> LanguageIdentifier {
    let region = id.region.as_ref().map(|r| r.as_str().to_owned());
    let script = id.script.as_ref().map(|s| s.as_str().to_owned());
    match id.language.as_str() {
        "fil" => langid!("tl"),
        "zh" => {
            let traditional = script.as_deref() == Some("Hant")
                || (script.is_none() && matches!(region.as_deref(), Some("TW" | "HK" | "MO")));
            if traditional {
                langid!("zh-TW")
            } else {
                langid!("zh-CN")
            }
        }
        _ => id,
    }
}

fn new_bundle(id: &LanguageIdentifier) -> FluentBundle<Arc<FluentResource>> {
    let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
    bundle.set_formatter(Some(format::icu_number));
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l10n() -> Localizer {
        Localizer::embedded().unwrap()
    }

    #[test]
    fn formats_in_the_requested_locale() {
        let f = l10n().format("es", "app-loading", None).unwrap();
        assert_eq!((f.text.as_str(), f.locale.as_str()), ("Cargando…", "es"));
    }

    #[test]
    fn fluent_numbers_are_formatted_by_icu_and_still_select_plurals() {
        let id: LanguageIdentifier = "es".parse().unwrap();
        let mut bundle = new_bundle(&id);
        let ftl = "n = { $n ->\n    [one] { $n } persona\n   *[other] { $n } personas\n}\n";
        bundle
            .add_resource(Arc::new(FluentResource::try_new(ftl.to_owned()).unwrap()))
            .unwrap();
        bundle.set_use_isolating(false);
        let pattern = bundle.get_message("n").unwrap().value().unwrap();
        let mut errors = vec![];
        let mut args = FluentArgs::new();
        args.set("n", 12345.5);
        assert_eq!(
            bundle.format_pattern(pattern, Some(&args), &mut errors),
            "12.345,5 personas"
        );
        args.set("n", 1);
        assert_eq!(
            bundle.format_pattern(pattern, Some(&args), &mut errors),
            "1 persona"
        );
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn missing_message_is_an_error_not_an_empty_string() {
        let err = l10n().format("es", "no-such-message", None).unwrap_err();
        assert_eq!(
            err,
            L10nError::MissingMessage {
                id: "no-such-message".into(),
                locale: "es".into()
            }
        );
    }

    #[test]
    fn chains_end_in_en_us() {
        let l = l10n();
        assert_eq!(l.chain("es").unwrap(), ["es", "en-US"]);
        assert_eq!(l.chain("en-US").unwrap(), ["en-US"]);
        assert_eq!(l.chain("ar-XB").unwrap(), ["ar-XB", "en-US"]);
        assert!(matches!(
            l.chain("xx-invalid-"),
            Err(L10nError::UnknownLocale(_))
        ));
        assert!(
            matches!(l.chain("de"), Err(L10nError::UnknownLocale(_))),
            "only shipped locales can be chosen"
        );
    }

    #[test]
    fn negotiation_prefers_the_os_language_and_falls_back_to_en_us() {
        let l = l10n();
        assert_eq!(l.negotiate(&["es-MX", "en-US"]), "es");
        assert_eq!(l.negotiate(&["de-DE"]), "en-US");
        assert_eq!(l.negotiate(&["not a locale", "es"]), "es");
        assert_eq!(l.negotiate::<&str>(&[]), "en-US");
        // Pseudo-locales are never chosen automatically: their real language is.
        assert_eq!(l.negotiate(&["ar-XB"]), "ar");
        assert_eq!(l.negotiate(&["en-XA"]), "en-US");
    }

    #[test]
    fn operating_system_names_reach_the_shipped_locales() {
        let l = l10n();
        for (os, ours) in [
            ("zh-Hant-TW", "zh-TW"),
            ("zh-HK", "zh-TW"),
            ("zh-Hans-CN", "zh-CN"),
            ("zh-SG", "zh-CN"),
            ("zh", "zh-CN"),
            ("fil-PH", "tl"),
            ("tl", "tl"),
            ("ko-KR", "ko"),
            ("vi-VN", "vi"),
            ("ar-EG", "ar"),
            ("ur-PK", "ur"),
            ("ru-RU", "ru"),
            ("uk-UA", "uk"),
            ("pl-PL", "pl"),
            ("es-419", "es"),
        ] {
            // Checked for the locales this build ships (all twelve once they are translated).
            if l.is_available(ours) {
                assert_eq!(l.negotiate(&[os]), ours, "{os}");
            }
        }
        assert_eq!(l.negotiate(&["fil-PH"]), "tl");
    }

    #[test]
    fn pseudo_locales_transform_en_us_and_carry_direction() {
        let l = l10n();
        let en = l
            .format("en-US", "condition-hip-oa-name", None)
            .unwrap()
            .text;
        let xa = l
            .format("en-XA", "condition-hip-oa-name", None)
            .unwrap()
            .text;
        assert_ne!(en, xa);
        assert!(
            xa.chars().count() > en.chars().count(),
            "en-XA is elongated"
        );
        assert_eq!(l.direction("ar-XB").unwrap(), Direction::Rtl);
        let infos = l.locales();
        assert!(
            infos
                .iter()
                .any(|i| i.id == "es" && i.native_name == "Español" && !i.pseudo)
        );
        assert!(
            infos
                .iter()
                .any(|i| i.id == "ar-XB" && i.pseudo && i.direction == Direction::Rtl)
        );
    }
}
