//! Pseudo-locales: machine-made "translations" of en-US that make layout bugs visible early.
//!
//! `en-XA` accents every letter and lengthens vowels (about a third longer), so clipped or
//! overflowing text shows up; `ar-XB` flips the text and runs it right to left, so anything
//! that does not mirror shows up. Fluent applies the transform to text only, never to
//! variables, so numbers stay readable.

use std::borrow::Cow;

use unic_langid::{LanguageIdentifier, langid};

/// A pseudo-locale: its id, and the transform applied to en-US text.
pub struct Pseudo {
    pub id: LanguageIdentifier,
    pub transform: fn(&str) -> Cow<'_, str>,
}

fn accented(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, false, true)
}

fn flipped(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, true, false)
}

/// The pseudo-locales the app offers in development.
pub fn all() -> [Pseudo; 2] {
    [
        Pseudo {
            id: langid!("en-XA"),
            transform: accented,
        },
        Pseudo {
            id: langid!("ar-XB"),
            transform: flipped,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_is_longer_and_not_plain_ascii() {
        let out = accented("Choose your language");
        assert!(
            out.chars().count() > "Choose your language".len(),
            "elongated: {out}"
        );
        assert!(!out.is_ascii(), "accented: {out}");
    }

    #[test]
    fn flipped_differs_from_input() {
        assert_ne!(flipped("Start"), "Start");
    }
}
