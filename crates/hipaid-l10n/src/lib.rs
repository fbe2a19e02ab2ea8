//! HipAid's localizer: every word the app shows or prints comes through here or through the
//! UI's reading of the same `locales/` files.
//!
//! - Messages: Fluent (`fluent-bundle` 0.16) over `locales/<lang>/<domain>.ftl`, embedded at
//!   compile time by `build.rs`.
//! - Negotiation: `fluent-langneg` 0.13 (0.14 uses other locale types) with a per-message
//!   fallback chain that always ends in en-US; a fall-through is reported, never silent.
//! - Numbers and dates: ICU4X, because Fluent's own `NUMBER()` does not localize and it has
//!   no `DATETIME()` (see `../shared/design/pdf-and-l10n-notes.md`).
//! - Metadata per locale (`locale.toml`): native name, direction (mirrored layout on screen
//!   and on paper), digits, PDF fonts and translation status.
//! - Pseudo-locales (`en-XA` accented and longer, `ar-XB` right-to-left) for finding layout
//!   bugs before real translations arrive.
//!
//! Deliberately absent: any knowledge of Tauri, the webview or PDF. The desktop shell and the
//! PDF renderer both call this crate.

pub mod audit;
pub mod direction;
pub mod format;
mod localizer;
pub mod meta;
pub mod pseudo;
pub mod resources;

/// The files `build.rs` compiled in: FTL sources and `locale.toml` metadata.
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}

pub use direction::Direction;
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use localizer::{DEFAULT_LOCALE, Formatted, L10nError, LocaleInfo, Localizer};
pub use meta::{LocaleMeta, Numbering, Translation};
