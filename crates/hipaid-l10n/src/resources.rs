//! The FTL files compiled into this build, parsed. Parse errors are kept, not thrown away:
//! a broken entry becomes Junk in Fluent and silently vanishes, so the audit reports it.

use std::sync::Arc;

use fluent_bundle::FluentResource;

use crate::embedded;

/// One `locales/<lang>/<domain>.ftl` file.
pub struct Source {
    pub locale: &'static str,
    pub domain: &'static str,
    pub text: &'static str,
}

/// Every embedded FTL file, sorted by locale then domain.
pub fn sources() -> impl Iterator<Item = Source> {
    embedded::EMBEDDED
        .iter()
        .map(|&(locale, domain, text)| Source {
            locale,
            domain,
            text,
        })
}

/// The locale directories present, sorted.
pub fn locales() -> Vec<&'static str> {
    let mut out: Vec<&str> = sources().map(|s| s.locale).collect();
    out.dedup();
    out
}

/// A parsed file and the syntax errors found in it (as text, for reports).
pub struct Parsed {
    pub resource: Arc<FluentResource>,
    pub errors: Vec<String>,
}

pub fn parse(source: &Source) -> Parsed {
    match FluentResource::try_new(source.text.to_owned()) {
        Ok(resource) => Parsed {
            resource: Arc::new(resource),
            errors: Vec::new(),
        },
        Err((resource, errors)) => Parsed {
            resource: Arc::new(resource),
            errors: errors
                .iter()
                .map(|e| format!("{}/{}.ftl: {e:?}", source.locale, source.domain))
                .collect(),
        },
    }
}
