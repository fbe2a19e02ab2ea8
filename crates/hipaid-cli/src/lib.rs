//! The `hipaid` command-line tool as a library, so tests call the same code the binary runs.
//!
//! `hipaid content check` is the gate a clinical reviewer or translator runs after editing:
//! it loads the content files and the English messages (from the build, or from directories
//! given on the command line), runs every content rule, checks that each message the content
//! needs exists, and measures the reading grade of patient-facing English. `hipaid summary`
//! prints a saved consultation's take-home summary to a PDF. `hipaid locales` is the
//! translator's view: each locale's metadata, completeness and obsolete or mismatched ids.

pub mod check;
pub mod english;
pub mod locales;
pub mod readability;
pub mod summary;

pub use check::{Report, Source, run};
