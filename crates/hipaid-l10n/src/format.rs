//! Locale-aware numbers and dates through ICU4X.
//!
//! Fluent's built-in number formatting is Rust's `Display` (`1234.5` in every language), so
//! every bundle gets `icu_number` as its formatter: `{ $count }` then prints `1.234,5` in
//! Spanish and keeps plural selection working (the value stays a number). Dates are formatted
//! here and passed to Fluent as strings.

use std::str::FromStr;

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumber;
use icu_calendar::Date;
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::{Decimal, FloatPrecision};
use icu_locale_core::Locale;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// Converts a Fluent/unic locale id to an ICU4X locale with the digits its `locale.toml`
/// names (`-u-nu-arab`, `-u-nu-latn`), the same extension the UI gives `Intl`; unknown
/// regions (pseudo-locales such as `en-XA`) still parse and fall back to the language's data.
fn icu_locale(lang: &LanguageIdentifier) -> Result<Locale, String> {
    Locale::from_str(&crate::meta::intl_tag(lang)).map_err(|e| e.to_string())
}

/// ICU's decimal formatter, cached per bundle by the intl-memoizer.
pub struct IcuDecimal(DecimalFormatter);

impl Memoizable for IcuDecimal {
    type Args = ();
    type Error = String;
    fn construct(lang: LanguageIdentifier, _args: ()) -> Result<Self, String> {
        let locale = icu_locale(&lang)?;
        DecimalFormatter::try_new((&locale).into(), Default::default())
            .map(IcuDecimal)
            .map_err(|e| e.to_string())
    }
}

fn to_decimal(n: &FluentNumber) -> Option<Decimal> {
    let mut d = Decimal::try_from_f64(n.value, FloatPrecision::RoundTrip).ok()?;
    if let Some(max) = n.options.maximum_fraction_digits {
        d.round(-(i16::try_from(max).ok()?));
    }
    if let Some(min) = n.options.minimum_fraction_digits {
        d.pad_end(-(i16::try_from(min).ok()?));
    }
    Some(d)
}

/// The formatter every bundle uses (`FluentBundle::set_formatter`). Returning `None` lets
/// Fluent fall back to its own formatting, which only happens if ICU has no data.
pub fn icu_number(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let d = to_decimal(n)?;
    intls
        .with_try_get::<IcuDecimal, _, _>((), |f| f.0.format(&d).to_string())
        .ok()
}

/// Formats a number for a locale outside Fluent (e.g. in a chart axis).
pub fn number(lang: &LanguageIdentifier, value: f64) -> Result<String, String> {
    let d = Decimal::try_from_f64(value, FloatPrecision::RoundTrip).map_err(|e| e.to_string())?;
    let f = IcuDecimal::construct(lang.clone(), ())?;
    Ok(f.0.format(&d).to_string())
}

/// Formats a calendar date (year, month, day) in the locale's long-ish form, e.g.
/// "May 14, 2026" or "14 de mayo de 2026".
pub fn date(lang: &LanguageIdentifier, year: i32, month: u8, day: u8) -> Result<String, String> {
    let locale = icu_locale(lang)?;
    let date = Date::try_new_iso(year, month, day).map_err(|e| e.to_string())?;
    let f = DateTimeFormatter::try_new((&locale).into(), YMD::long()).map_err(|e| e.to_string())?;
    Ok(f.format(&date).to_string())
}

/// Formats an ISO `YYYY-MM-DD` date as [`date`] does. The UI shows its dates through this
/// too (the `format_dates` command), because the webview's own `Intl` carries an older CLDR
/// than ICU4X and wrote some dates differently from the paper (Vietnamese "22 tháng 11, 2026"
/// on screen, "22 tháng 11 2026" on paper).
pub fn iso_date(lang: &LanguageIdentifier, iso: &str) -> Result<String, String> {
    let bad = || format!("`{iso}` is not a YYYY-MM-DD date");
    let bytes = iso.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return Err(bad());
    }
    let (y, m, d) = (
        iso[0..4].parse::<i32>().map_err(|_| bad())?,
        iso[5..7].parse::<u8>().map_err(|_| bad())?,
        iso[8..10].parse::<u8>().map_err(|_| bad())?,
    );
    date(lang, y, m, d)
}

/// Joins names as the locale lists them ("bone and cartilage", "hueso y cartílago"), as the
/// UI's `Intl.ListFormat` does for the same picture's text equivalent.
pub fn list(lang: &LanguageIdentifier, items: &[String]) -> String {
    let joined = || items.join(", ");
    let Ok(locale) = icu_locale(lang) else {
        return joined();
    };
    match icu_list::ListFormatter::try_new_and((&locale).into(), Default::default()) {
        Ok(f) => f.format(items.iter()).to_string(),
        Err(_) => joined(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::langid;

    #[test]
    fn iso_dates_are_read_strictly_and_formatted_like_dates() {
        let vi = langid!("vi");
        assert_eq!(iso_date(&vi, "2026-11-22"), date(&vi, 2026, 11, 22));
        assert_eq!(
            iso_date(&langid!("en-US"), "2027-02-03").as_deref(),
            Ok("February 3, 2027")
        );
        for bad in [
            "",
            "2026-1-22",
            "2026/11/22",
            "2026-13-01",
            "2026-02-30",
            "20x6-11-22",
            "2026-11-22T00",
        ] {
            assert!(iso_date(&vi, bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn numbers_follow_the_locale() {
        assert_eq!(number(&langid!("en-US"), 1234.5).unwrap(), "1,234.5");
        assert_eq!(
            number(&langid!("es"), 1234.5).unwrap(),
            "1234,5",
            "Spanish groups only from 5 digits"
        );
        assert_eq!(number(&langid!("es"), 12345.5).unwrap(), "12.345,5");
        assert_eq!(
            number(&langid!("en-XA"), 0.08).unwrap(),
            "0.08",
            "pseudo-locales use their language's data"
        );
    }

    #[test]
    fn dates_follow_the_locale() {
        assert_eq!(
            date(&langid!("en-US"), 2026, 5, 14).unwrap(),
            "May 14, 2026"
        );
        assert_eq!(
            date(&langid!("es"), 2026, 5, 14).unwrap(),
            "14 de mayo de 2026"
        );
        assert!(
            date(&langid!("en-US"), 2026, 2, 30).is_err(),
            "an impossible date is an error, not a panic"
        );
    }
}
