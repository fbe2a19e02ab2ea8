//! The naming rules that tie content ids to Fluent message ids.
//!
//! Content files name things (`hip-oa`, `kl-2`, `exercise`); the words for them live in
//! `locales/<lang>/content.ftl` under ids built here. One place for the rules means the
//! completeness tests and the UI can never disagree about which message a thing uses.

pub fn condition_name(condition: &str) -> String {
    format!("condition-{condition}-name")
}

pub fn condition_summary(condition: &str) -> String {
    format!("condition-{condition}-summary")
}

pub fn stage_name(condition: &str, stage: &str) -> String {
    format!("stage-{condition}-{stage}-name")
}

pub fn stage_description(condition: &str, stage: &str) -> String {
    format!("stage-{condition}-{stage}-description")
}

pub fn option_name(option: &str) -> String {
    format!("option-{option}-name")
}

pub fn option_summary(option: &str) -> String {
    format!("option-{option}-summary")
}

pub fn outcome_label(outcome: &str) -> String {
    format!("outcome-{outcome}")
}

pub fn comparator_label(comparator: &str) -> String {
    format!("comparator-{comparator}")
}
