//! The side-by-side comparison of the options a patient is weighing, with one rule decision
//! aids depend on: numbers compared are on the **same denominator**. Every count of people is
//! put on "out of 100" when at least one person in 100 is affected (icon arrays of 100), and on
//! "out of 1,000" when fewer are (rare harms), whatever denominator the study used. Within a
//! group all options share that denominator; the comparison group's number is scaled the same
//! way. Time frames come from different studies, so the group says when they differ rather
//! than pretending they match. Score changes and "no reliable data" cannot be drawn as people;
//! they are listed so the screen still shows them.

use serde::Serialize;
use ts_rs::TS;

use crate::content::Catalog;
use crate::model::{Certainty, Frequency, Measure, OutcomeEvidence, OutcomeKind, Span};

/// The denominator for common outcomes (icon arrays of 100).
pub const COMMON: u32 = 100;
/// The denominator for rare outcomes (fewer than 1 in 100).
pub const RARE: u32 = 1000;

/// One outcome of one option, on the group's denominator.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ComparedOutcome {
    pub option_id: String,
    pub outcome_id: String,
    pub label_id: String,
    pub kind: OutcomeKind,
    /// People out of the group's denominator with this option.
    pub with_option: Frequency,
    pub comparator_label_id: String,
    /// People out of the group's denominator in the comparison group, if reported.
    pub comparator: Option<Frequency>,
    pub timeframe: Span,
    pub certainty: Certainty,
    pub source_ids: Vec<String>,
}

/// Outcomes that share one denominator.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeGroup {
    pub denominator: u32,
    pub outcomes: Vec<ComparedOutcome>,
    /// True when the outcomes in this group were measured over different time frames.
    pub timeframes_differ: bool,
}

/// An outcome shown in words only (a score change, or no reliable data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeRef {
    pub option_id: String,
    pub outcome_id: String,
}

/// The compared options' benefits and harms, ready to draw.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    pub option_ids: Vec<String>,
    /// Out of 100 people.
    pub common: OutcomeGroup,
    /// Out of 1,000 people.
    pub rare: OutcomeGroup,
    pub not_drawn: Vec<OutcomeRef>,
}

impl Comparison {
    /// Builds the comparison of `option_ids` (in the given order) for one condition.
    pub fn build(catalog: &Catalog, condition_id: &str, option_ids: &[String]) -> Comparison {
        let mut common = Vec::new();
        let mut rare = Vec::new();
        let mut not_drawn = Vec::new();
        for option in option_ids.iter().filter_map(|id| catalog.option(id)) {
            let outcomes = option
                .outcomes
                .iter()
                .filter(|o| o.conditions.iter().any(|c| c == condition_id));
            for outcome in outcomes {
                let drawn = match &outcome.evidence {
                    OutcomeEvidence::Numbers {
                        measure: Measure::People { denominator },
                        with_option,
                        comparator,
                        timeframe,
                        certainty,
                    } if *denominator > 0 => {
                        let to = group_for(*with_option, *denominator);
                        let item = ComparedOutcome {
                            option_id: option.id.clone(),
                            outcome_id: outcome.id.clone(),
                            label_id: outcome.label_id.clone(),
                            kind: outcome.kind,
                            with_option: rescale(*with_option, *denominator, to),
                            comparator_label_id: comparator.label_id.clone(),
                            comparator: comparator.frequency.map(|f| rescale(f, *denominator, to)),
                            timeframe: *timeframe,
                            certainty: *certainty,
                            source_ids: outcome.source_ids.clone(),
                        };
                        if to == COMMON {
                            common.push(item);
                        } else {
                            rare.push(item);
                        }
                        true
                    }
                    _ => false,
                };
                if !drawn {
                    not_drawn.push(OutcomeRef {
                        option_id: option.id.clone(),
                        outcome_id: outcome.id.clone(),
                    });
                }
            }
        }
        Comparison {
            option_ids: option_ids.to_vec(),
            common: group(COMMON, common),
            rare: group(RARE, rare),
            not_drawn,
        }
    }
}

/// The denominator an outcome is shown on: 100 when its upper value reaches one person in
/// 100, else 1,000.
pub fn group_for(value: Frequency, denominator: u32) -> u32 {
    let per_100 = value.high * f64::from(COMMON) / f64::from(denominator);
    if per_100 >= 1.0 { COMMON } else { RARE }
}

/// Moves a count from one denominator to another (exact for 100 ↔ 1,000).
pub fn rescale(value: Frequency, from: u32, to: u32) -> Frequency {
    let factor = f64::from(to) / f64::from(from);
    Frequency {
        low: round4(value.low * factor),
        high: round4(value.high * factor),
    }
}

/// Rounds away binary noise (0.08 × 10 is 0.8, not 0.8000000000000002).
fn round4(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

fn group(denominator: u32, outcomes: Vec<ComparedOutcome>) -> OutcomeGroup {
    let timeframes_differ = outcomes.iter().any(|o| {
        outcomes
            .first()
            .is_some_and(|first| first.timeframe != o.timeframe)
    });
    OutcomeGroup {
        denominator,
        outcomes,
        timeframes_differ,
    }
}
