//! The naming rules that tie content ids to Fluent message ids.
//!
//! Content files name things (`hip-oa`, `kl-2`, `exercise`); the words for them live in
//! `locales/<lang>/*.ftl` under ids built here. One place for the rules means the checks, the
//! UI and the PDF can never disagree about which message a thing uses. The table in
//! `content/README.md` documents the same rules for reviewers.

pub fn condition_name(c: &str) -> String {
    format!("condition-{c}-name")
}
pub fn condition_summary(c: &str) -> String {
    format!("condition-{c}-summary")
}
pub fn condition_diagnosis(c: &str) -> String {
    format!("condition-{c}-diagnosis")
}
pub fn condition_course(c: &str) -> String {
    format!("condition-{c}-course")
}
pub fn stage_name(c: &str, s: &str) -> String {
    format!("stage-{c}-{s}-name")
}
pub fn stage_description(c: &str, s: &str) -> String {
    format!("stage-{c}-{s}-description")
}
pub fn applies(c: &str, o: &str) -> String {
    format!("applies-{c}-{o}")
}
pub fn figure(id: &str) -> String {
    format!("figure-{id}")
}
pub fn option_name(o: &str) -> String {
    format!("option-{o}-name")
}
pub fn option_summary(o: &str) -> String {
    format!("option-{o}-summary")
}
pub fn option_regulatory(o: &str) -> String {
    format!("option-{o}-regulatory")
}
pub fn option_cost(o: &str) -> String {
    format!("option-{o}-cost")
}
pub fn variant(o: &str, v: &str) -> String {
    format!("variant-{o}-{v}")
}
pub fn step(o: &str, s: &str) -> String {
    format!("step-{o}-{s}")
}
pub fn milestone(o: &str, m: &str) -> String {
    format!("milestone-{o}-{m}")
}
pub fn repeats(o: &str) -> String {
    format!("repeats-{o}")
}
pub fn outcome_label(outcome: &str) -> String {
    format!("outcome-{outcome}")
}
pub fn outcome_note(outcome: &str) -> String {
    format!("outcome-{outcome}-note")
}
pub fn no_data(outcome: &str) -> String {
    format!("no-data-{outcome}")
}
pub fn comparator_label(comparator: &str) -> String {
    format!("comparator-{comparator}")
}
pub fn factor(o: &str, f: &str) -> String {
    format!("factor-{o}-{f}")
}
pub fn claim(id: &str) -> String {
    format!("claim-{id}")
}
pub fn claim_answer(id: &str) -> String {
    format!("claim-{id}-answer")
}
pub fn pay_card(id: &str) -> String {
    format!("pay-card-{id}")
}
pub fn scale(id: &str) -> String {
    format!("scale-{id}")
}
/// `None` is the explicit "no guideline covers this" entry.
pub fn guideline(id: Option<&str>) -> String {
    match id {
        Some(id) => format!("guideline-{id}"),
        None => "guideline-none".to_owned(),
    }
}
