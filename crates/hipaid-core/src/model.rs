//! The domain types the core hands out: what a condition, a stage, an option and an outcome
//! *are*, with numbers and message ids but no sentences.
//!
//! These are also the IPC types: they derive `Serialize` (camelCase on the wire) and `TS`, so
//! the UI's TypeScript types are generated from here and cannot drift from the Rust side.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How sure we can be of a number, in GRADE's four levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    High,
    Moderate,
    Low,
    VeryLow,
}

/// Whether an outcome is something people want (less pain) or want to avoid (infection).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    Benefit,
    Harm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TimeUnit {
    Days,
    Weeks,
    Months,
    Years,
}

/// "Over what time": the period an outcome was measured over.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct TimeFrame {
    pub value: f64,
    pub unit: TimeUnit,
}

/// How many people out of the outcome's denominator; a point estimate has `low == high`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Frequency {
    pub low: f64,
    pub high: f64,
}

/// "Compared with what": the group an outcome is measured against.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Comparator {
    pub label_id: String,
    pub frequency: Frequency,
}

/// One benefit or harm, with everything needed to show it honestly: how many per
/// `denominator`, compared with what, over what time, how sure, and from where.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    pub id: String,
    pub label_id: String,
    pub kind: OutcomeKind,
    pub denominator: u32,
    pub with_option: Frequency,
    pub comparator: Option<Comparator>,
    pub timeframe: TimeFrame,
    pub certainty: Certainty,
    pub source_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StageInfo {
    pub id: String,
    pub name_id: String,
    pub description_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConditionSummary {
    pub id: String,
    pub name_id: String,
    pub summary_id: String,
    pub stages: Vec<StageInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OptionOverview {
    pub id: String,
    pub name_id: String,
    pub summary_id: String,
    pub outcomes: Vec<Outcome>,
}

/// A published source. Bibliographic text is not translated, so `citation` is a string.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Reference {
    pub id: String,
    pub citation: String,
    pub url: Option<String>,
    pub study_type: String,
}

/// What the condition screen shows: a condition (and stage), the options that apply, and the
/// references cited by those options' numbers.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConditionOverview {
    pub condition: ConditionSummary,
    pub stage: Option<StageInfo>,
    pub options: Vec<OptionOverview>,
    pub references: Vec<Reference>,
}
