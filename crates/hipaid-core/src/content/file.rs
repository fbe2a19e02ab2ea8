//! The content files' format, exactly as a reviewer writes it (see `content/README.md`).
//!
//! Every struct refuses unknown fields, so a misspelt key is an error rather than a silently
//! missing fact. These types are private to loading: the checked, queryable shapes the app
//! hands out are in `model`.

use serde::Deserialize;

use crate::model::{
    Anaesthesia, Certainty, FigureTopic, Frequency, Guidance, Insurance, OptionKind, OutcomeKind,
    Regulatory, RepeatsAllowed, ScaleDirection, TimeUnit,
};

/// One content file; each section is optional so the data can be split across files.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentFile {
    pub document: Option<DocumentFile>,
    #[serde(rename = "reference", default)]
    pub references: Vec<ReferenceFile>,
    #[serde(rename = "scale", default)]
    pub scales: Vec<ScaleFile>,
    #[serde(rename = "guideline", default)]
    pub guidelines: Vec<GuidelineFile>,
    pub condition: Option<ConditionFile>,
    pub option: Option<OptionFile>,
    #[serde(rename = "claim", default)]
    pub claims: Vec<ClaimFile>,
    #[serde(rename = "pay_card", default)]
    pub pay_card: Vec<PayCardFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentFile {
    pub content_version: String,
    pub last_reviewed: String,
    pub next_review: String,
    pub condition_order: Vec<String>,
    pub option_order: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceFile {
    pub id: String,
    pub authors: String,
    /// `None` when the source gives no year (shown as \"no date\").
    pub year: Option<u16>,
    pub title: String,
    pub journal: String,
    pub doi: Option<String>,
    pub pmid: Option<String>,
    pub url: Option<String>,
    pub study_type: crate::model::StudyType,
    pub size: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleFile {
    pub id: String,
    pub min: f64,
    pub max: f64,
    pub better: ScaleDirection,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuidelineFile {
    pub id: String,
    pub year: u16,
    pub sources: Vec<String>,
}

/// A time as written: a range with a unit, or a word ("unknown", "none").
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum SpanFile {
    Word(String),
    Range { low: f64, high: f64, unit: TimeUnit },
}

/// A count or an amount as written: a range, or the word "unknown".
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RangeFile {
    Word(String),
    Range(Frequency),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionFile {
    pub id: String,
    pub stages: Vec<String>,
    pub affects: Vec<String>,
    pub diagnosis_sources: Vec<String>,
    #[serde(rename = "option", default)]
    pub options: Vec<ApplicabilityFile>,
    #[serde(rename = "figure", default)]
    pub figures: Vec<FigureFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicabilityFile {
    pub option: String,
    pub stages: Option<Vec<String>>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureFile {
    pub id: String,
    pub topic: FigureTopic,
    pub denominator: Option<u32>,
    pub value: Frequency,
    pub timeframe: Option<SpanFile>,
    /// The ages of the people counted, when the figure is about an age group; the label's
    /// message receives them as `$ageFrom` and `$ageTo` so no age is typed into the text.
    pub age_from: Option<u8>,
    pub age_to: Option<u8>,
    pub certainty: Certainty,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionFile {
    pub id: String,
    pub kind: OptionKind,
    #[serde(default)]
    pub variants: Vec<String>,
    pub certainty: Certainty,
    pub regulatory: Regulatory,
    pub regulatory_sources: Vec<String>,
    pub procedure: ProcedureFile,
    pub timeline: TimelineFile,
    pub repeats: RepeatsFile,
    pub cost: CostFile,
    #[serde(rename = "outcome", default)]
    pub outcomes: Vec<OutcomeFile>,
    #[serde(rename = "guideline", default)]
    pub guidelines: Vec<GuidelinePositionFile>,
    #[serde(rename = "factor", default)]
    pub factors: Vec<FactorFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureFile {
    pub steps: Vec<String>,
    pub visits: RangeFile,
    pub guidance: Guidance,
    pub anaesthesia: Anaesthesia,
    pub time_off: SpanFile,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineFile {
    pub onset: SpanFile,
    pub peak: SpanFile,
    pub lasts: SpanFile,
    pub recovery: SpanFile,
    pub certainty: Certainty,
    pub sources: Vec<String>,
    #[serde(rename = "milestone", default)]
    pub milestones: Vec<MilestoneFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneFile {
    pub id: String,
    pub at: SpanFile,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepeatsFile {
    pub allowed: RepeatsAllowed,
    pub min_gap: SpanFile,
    pub max_per_year: Option<u32>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostFile {
    pub currency: String,
    pub amount: RangeFile,
    pub per: crate::model::CostPer,
    pub insurance: Insurance,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeFile {
    pub id: String,
    pub kind: OutcomeKind,
    pub conditions: Vec<String>,
    pub denominator: Option<u32>,
    pub scale: Option<String>,
    pub with_option: Option<Frequency>,
    pub comparator: Option<ComparatorFile>,
    pub timeframe: Option<SpanFile>,
    pub certainty: Option<Certainty>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: bool,
    #[serde(default)]
    pub no_reliable_data: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComparatorFile {
    pub label: String,
    pub frequency: Option<Frequency>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuidelinePositionFile {
    pub guideline: String,
    pub conditions: Vec<String>,
    pub stance: crate::model::Stance,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactorFile {
    pub id: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimFile {
    pub id: String,
    pub options: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayCardFile {
    pub id: String,
    pub kind: crate::model::PayCardKind,
    pub options: Vec<String>,
    pub sources: Vec<String>,
}
