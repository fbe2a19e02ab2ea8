//! HipAid's clinical core: what the app knows, as data.
//!
//! This crate holds the conditions, their stages, the treatment options, their outcomes as
//! numbers per 100 people, the references behind every number, and the consultation record.
//! It is deliberately small in what it may touch:
//!
//! - **No GUI and no Tauri**: the desktop shell, a test, a benchmark and the command-line tool
//!   all call it the same way.
//! - **No Fluent and no sentences**: it returns data and *message ids*; `hipaid-l10n` turns ids
//!   into words, so a translation can never change a number.
//! - **No file or network I/O**: content is embedded at compile time and the caller passes in
//!   anything from the outside world (the time, the user's input).

pub mod consultation;
pub mod content;
pub mod error;
pub mod ids;
pub mod model;
pub mod settings;

pub use consultation::{COMMON, RARE, group_for, rescale};
pub use consultation::{
    ComparedOutcome, Comparison, Consultation, ConsultationChange, Decision, DecisionKind,
    Importance, NextStep, OutcomeGroup, OutcomeRef, Priority, PriorityRating, Question,
    StartConsultation, SureAnswers, SureItem, SureResult,
};
pub use content::{Catalog, ContentCounts, ContentError, MessageRole, MessageUse, Problem};
pub use error::{CoreError, ErrorCode};
pub use model::*;
pub use settings::{ClinicSettings, PaperSize, SettingsProblem, StartView};
