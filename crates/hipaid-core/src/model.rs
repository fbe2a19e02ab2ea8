//! The domain types the core hands out: what a condition, an option, an outcome, a timeline or
//! a reference *are*, with numbers and message ids but no sentences.
//!
//! These are also the IPC types: they derive `Serialize` (camelCase on the wire) and `TS`, so
//! the UI's TypeScript types are generated from here and cannot drift from the Rust side. The
//! small vocabulary enums also derive `Deserialize` because the content files use them as-is.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Declares a kebab-case vocabulary enum shared by the content files and the wire.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($variant),+ }
    };
}

vocabulary!(
    /// How sure we can be of a number, in GRADE's four levels.
    Certainty { High, Moderate, Low, VeryLow }
);
vocabulary!(
    /// Whether an outcome is something people want (less pain) or want to avoid (infection).
    OutcomeKind { Benefit, Harm }
);
vocabulary!(TimeUnit {
    Days,
    Weeks,
    Months,
    Years
});
vocabulary!(
    /// What a condition figure tells: how many people have it, or what happens without treatment.
    FigureTopic { HowCommon, NaturalCourse }
);
vocabulary!(OptionKind {
    SelfCare,
    Monitoring,
    Injection,
    Surgery
});
vocabulary!(Guidance {
    None,
    Ultrasound,
    UltrasoundOrXRay,
    Camera
});
vocabulary!(Anaesthesia {
    None,
    Local,
    SpinalOrGeneral,
    General
});
vocabulary!(
    /// `NotVerified`: the evidence holds no regulator statement on this use either way.
    Regulatory {
        Approved,
        StandardProcedure,
        NotApproved,
        NotRegulated,
        NotVerified,
    }
);
vocabulary!(RepeatsAllowed {
    Yes,
    Limited,
    No,
    Unknown
});
vocabulary!(Insurance {
    UsuallyCovered,
    SometimesCovered,
    UsuallyNotCovered,
    Unknown
});
vocabulary!(CostPer {
    Session,
    Injection,
    Course,
    Operation
});
vocabulary!(ScaleDirection { Lower, Higher });
vocabulary!(PayCardKind { Question, Fact });
vocabulary!(
    /// A guideline's position, from strongly for to strongly against, or "no guideline found".
    Stance {
        StrongFor,
        For,
        ConditionalFor,
        Consider,
        Option,
        NoRecommendation,
        ConditionalAgainst,
        Against,
        StrongAgainst,
        NoneFound,
    }
);
vocabulary!(
    /// What kind of study a reference is, so a reviewer can weigh it.
    StudyType {
        Rct,
        SystematicReview,
        NetworkMetaAnalysis,
        Cohort,
        Registry,
        CaseSeries,
        CrossSectional,
        Guideline,
        Consensus,
        Regulator,
        EvidenceSummary,
        Review,
        PatientInformation,
        PriceSurvey,
        Policy,
    }
);

/// A low–high range; a point estimate has `low == high`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Frequency {
    pub low: f64,
    pub high: f64,
}

/// A time: a range with a unit, "unknown" (no good data) or "none" (no effect to time).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Span {
    Range { low: f64, high: f64, unit: TimeUnit },
    Unknown,
    None,
}

/// What an outcome's numbers count: people out of a denominator, or an average score change.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Measure {
    #[serde(rename_all = "camelCase")]
    People { denominator: u32 },
    #[serde(rename_all = "camelCase")]
    Score {
        scale_id: String,
        name_id: String,
        min: f64,
        max: f64,
        better: ScaleDirection,
    },
}

/// "Compared with what": the group an outcome is measured against; `frequency` is `None`
/// when the comparison group's number was not reported.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Comparator {
    pub label_id: String,
    pub frequency: Option<Frequency>,
}

/// The evidence behind an outcome: numbers, or an explicit "no reliable data" with a reason.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum OutcomeEvidence {
    #[serde(rename_all = "camelCase")]
    Numbers {
        measure: Measure,
        with_option: Frequency,
        comparator: Comparator,
        timeframe: Span,
        certainty: Certainty,
    },
    #[serde(rename_all = "camelCase")]
    NoReliableData { reason_id: String },
}

/// One benefit or harm, with everything needed to show it honestly.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    pub id: String,
    pub label_id: String,
    pub note_id: Option<String>,
    pub kind: OutcomeKind,
    pub conditions: Vec<String>,
    pub evidence: OutcomeEvidence,
    pub source_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StageInfo {
    pub id: String,
    pub name_id: String,
    pub description_id: String,
}

/// A number about a condition itself (how common; what happens without treatment).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Figure {
    pub id: String,
    pub label_id: String,
    pub topic: FigureTopic,
    /// `None` for a plain count of people (e.g. new cases a year).
    pub denominator: Option<u32>,
    pub value: Frequency,
    pub timeframe: Option<Span>,
    /// Age group of the people counted (label variables `$ageFrom`, `$ageTo`).
    pub age_from: Option<u8>,
    pub age_to: Option<u8>,
    pub certainty: Certainty,
    pub source_ids: Vec<String>,
}

/// A condition as listed on the start screen.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConditionSummary {
    pub id: String,
    pub name_id: String,
    pub summary_id: String,
    pub stages: Vec<StageInfo>,
}

/// A treatment option by name, as the clinic settings list them (every option, content order).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OptionName {
    pub id: String,
    pub name_id: String,
}

/// A condition with everything the condition screen explains.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConditionDetail {
    pub id: String,
    pub name_id: String,
    pub summary_id: String,
    pub diagnosis_id: String,
    pub course_id: String,
    pub stages: Vec<StageInfo>,
    /// Parts of the hip picture to highlight: bone, cartilage, labrum, tendons-bursa,
    /// blood-supply, joint-lining.
    pub affects: Vec<String>,
    pub figures: Vec<Figure>,
    pub diagnosis_source_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Procedure {
    pub step_ids: Vec<String>,
    /// `None` when the number of visits is not known.
    pub visits: Option<Frequency>,
    pub guidance: Guidance,
    pub anaesthesia: Anaesthesia,
    pub time_off: Span,
    pub source_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Milestone {
    pub id: String,
    pub label_id: String,
    pub at: Span,
    pub source_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Timeline {
    pub onset: Span,
    pub peak: Span,
    pub lasts: Span,
    pub recovery: Span,
    pub milestones: Vec<Milestone>,
    pub certainty: Certainty,
    pub source_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Repeats {
    pub allowed: RepeatsAllowed,
    pub min_gap: Span,
    pub max_per_year: Option<u32>,
    pub text_id: String,
    pub source_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Cost {
    pub currency: String,
    /// `None` when no reliable price was found.
    pub amount: Option<Frequency>,
    pub per: CostPer,
    pub insurance: Insurance,
    pub note_id: String,
    pub source_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GuidelinePosition {
    /// `None` when no guideline covers the option for the condition.
    pub guideline_id: Option<String>,
    pub name_id: String,
    pub year: Option<u16>,
    pub conditions: Vec<String>,
    pub stance: Stance,
    pub source_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Factor {
    pub id: String,
    pub text_id: String,
    pub source_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RegulatoryStatus {
    pub status: Regulatory,
    pub text_id: String,
    pub source_ids: Vec<String>,
}

/// A treatment option with every field the option screen and the comparison show. Inside a
/// condition overview, outcomes and guideline positions are those for that condition.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OptionDetail {
    pub id: String,
    pub name_id: String,
    pub summary_id: String,
    pub kind: OptionKind,
    pub variant_ids: Vec<String>,
    /// How this option fits the condition (`applies-<condition>-<option>`), in an overview.
    pub applies_id: Option<String>,
    pub certainty: Certainty,
    pub regulatory: RegulatoryStatus,
    pub procedure: Procedure,
    pub timeline: Timeline,
    pub repeats: Repeats,
    pub cost: Cost,
    pub outcomes: Vec<Outcome>,
    pub guidelines: Vec<GuidelinePosition>,
    pub factors: Vec<Factor>,
}

/// A published source with what a reviewer needs to find and weigh it. Bibliographic text is
/// not translated.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Reference {
    pub id: String,
    pub authors: String,
    /// `None` when the source gives no year.
    pub year: Option<u16>,
    pub title: String,
    pub journal: String,
    pub doi: Option<String>,
    pub pmid: Option<String>,
    /// The web address the source gives, if any (often a guideline or summary page).
    pub url: Option<String>,
    /// The most stable address to open: the DOI resolver, else PubMed, else `url`.
    pub link: String,
    pub study_type: StudyType,
    pub size: Option<String>,
    /// One line: authors. title. journal. year (size). doi. PMID.
    pub citation: String,
}

/// A marketing claim and what the evidence says.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    pub id: String,
    pub claim_id: String,
    pub answer_id: String,
    pub options: Vec<String>,
    pub source_ids: Vec<String>,
}

/// One line of the "before you pay a clinic" card.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PayCardItem {
    pub id: String,
    pub text_id: String,
    pub kind: PayCardKind,
    pub options: Vec<String>,
    pub source_ids: Vec<String>,
}

/// Facts about the content as a document: shown in the app and printed on every summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentFacts {
    pub content_version: String,
    /// ISO date.
    pub last_reviewed: String,
    /// ISO date.
    pub next_review: String,
    pub decision_id: String,
    pub purpose_id: String,
    pub update_policy_id: String,
    pub funding_id: String,
    pub conflicts_id: String,
    pub authors_id: String,
    pub not_advice_id: String,
}

/// What the condition screen and the option screen show: a condition (and stage), the options
/// that apply there, the claims and pay-card items about those options, the references cited
/// by anything shown (in order of first citation), and the document facts.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConditionOverview {
    pub condition: ConditionDetail,
    pub stage: Option<StageInfo>,
    pub options: Vec<OptionDetail>,
    pub claims: Vec<Claim>,
    pub pay_card: Vec<PayCardItem>,
    pub references: Vec<Reference>,
    pub document: DocumentFacts,
}
