//! The checked clinical content: parsed from the embedded TOML, validated once, then queried.
//!
//! Content is data a clinical reviewer edits (`content/content.toml`); this module is the
//! gate that refuses anything a reviewer could get wrong without noticing: an unknown field
//! (a typo), an outcome without a source, a number larger than its denominator, an option a
//! condition names but nobody wrote. Queries return the `model` types with message ids.

use std::collections::{BTreeSet, HashMap};

use serde::Deserialize;

use crate::error::CoreError;
use crate::ids;
use crate::model::{
    Certainty, Comparator, ConditionOverview, ConditionSummary, Frequency, OptionOverview, Outcome,
    OutcomeKind, Reference, StageInfo, TimeFrame,
};

/// The content shipped with this build.
const EMBEDDED: &str = include_str!("../content/content.toml");

/// Why the content files were refused. Only a bad build can produce one (tests load the
/// embedded content), but the app still reports it instead of panicking.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("content file does not parse: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("content check failed: {0}")]
    Invalid(String),
}

// ---------------------------------------------------------------- file format

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContentFile {
    document: DocumentFile,
    #[serde(rename = "reference", default)]
    references: Vec<ReferenceFile>,
    #[serde(rename = "condition", default)]
    conditions: Vec<ConditionFile>,
    #[serde(rename = "option", default)]
    options: Vec<OptionFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentFile {
    content_version: String,
    last_reviewed: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferenceFile {
    id: String,
    authors: String,
    year: u16,
    title: String,
    journal: String,
    doi: Option<String>,
    pmid: Option<String>,
    url: Option<String>,
    study_type: String,
    size: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConditionFile {
    id: String,
    stages: Vec<String>,
    options: Vec<ApplicabilityFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ApplicabilityFile {
    option: String,
    stages: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionFile {
    id: String,
    #[serde(rename = "outcome", default)]
    outcomes: Vec<OutcomeFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeFile {
    id: String,
    kind: OutcomeKind,
    denominator: u32,
    with_option: Frequency,
    comparator: Option<ComparatorFile>,
    timeframe: TimeFrame,
    certainty: Certainty,
    sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ComparatorFile {
    label: String,
    frequency: Frequency,
}

// ---------------------------------------------------------------- the catalog

/// Facts about the content as a document (printed on the summary later).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentFacts {
    pub content_version: String,
    pub last_reviewed: String,
}

/// All clinical content, checked.
#[derive(Debug)]
pub struct Catalog {
    document: DocumentFacts,
    references: Vec<Reference>,
    conditions: Vec<ConditionFile>,
    options: HashMap<String, OptionOverview>,
}

impl Catalog {
    /// The content compiled into this build.
    pub fn embedded() -> Result<Catalog, ContentError> {
        Catalog::from_toml(EMBEDDED)
    }

    /// Parses and checks content; see the module docs for what is refused.
    pub fn from_toml(text: &str) -> Result<Catalog, ContentError> {
        let file: ContentFile = toml::from_str(text)?;
        check(&file).map_err(ContentError::Invalid)?;
        let references = file.references.iter().map(reference_view).collect();
        let options = file
            .options
            .iter()
            .map(|o| (o.id.clone(), option_view(o)))
            .collect();
        Ok(Catalog {
            document: DocumentFacts {
                content_version: file.document.content_version,
                last_reviewed: file.document.last_reviewed,
            },
            references,
            conditions: file.conditions,
            options,
        })
    }

    pub fn document(&self) -> &DocumentFacts {
        &self.document
    }

    /// Every condition with its stages, in content order.
    pub fn conditions(&self) -> Vec<ConditionSummary> {
        self.conditions.iter().map(condition_view).collect()
    }

    /// A condition, optionally at one stage, with the options that apply there and the
    /// references their numbers cite (in order of first citation).
    pub fn overview(
        &self,
        condition_id: &str,
        stage_id: Option<&str>,
    ) -> Result<ConditionOverview, CoreError> {
        let condition = self.condition(condition_id)?;
        let stage = stage_id.map(|s| self.stage(condition, s)).transpose()?;
        let options: Vec<OptionOverview> = condition
            .options
            .iter()
            .filter(|a| stage_id.is_none_or(|s| a.stages.iter().any(|x| x == s)))
            .filter_map(|a| self.options.get(&a.option).cloned())
            .collect();
        let mut cited: Vec<&str> = Vec::new();
        for outcome in options.iter().flat_map(|o| &o.outcomes) {
            for source in &outcome.source_ids {
                if !cited.contains(&source.as_str()) {
                    cited.push(source);
                }
            }
        }
        let references = cited
            .iter()
            .filter_map(|id| self.references.iter().find(|r| r.id == *id).cloned())
            .collect();
        Ok(ConditionOverview {
            condition: condition_view(condition),
            stage,
            options,
            references,
        })
    }

    /// Checks that a stage belongs to a condition (used when a consultation records a choice).
    pub fn check_choice(
        &self,
        condition_id: &str,
        stage_id: Option<&str>,
    ) -> Result<(), CoreError> {
        let condition = self.condition(condition_id)?;
        if let Some(stage) = stage_id {
            self.stage(condition, stage)?;
        }
        Ok(())
    }

    /// Every Fluent message id the content needs, for the completeness tests.
    pub fn message_ids(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for c in self.conditions() {
            out.insert(c.name_id);
            out.insert(c.summary_id);
            for s in c.stages {
                out.insert(s.name_id);
                out.insert(s.description_id);
            }
        }
        for o in self.options.values() {
            out.insert(o.name_id.clone());
            out.insert(o.summary_id.clone());
            for outcome in &o.outcomes {
                out.insert(outcome.label_id.clone());
                if let Some(c) = &outcome.comparator {
                    out.insert(c.label_id.clone());
                }
            }
        }
        out
    }

    fn condition(&self, id: &str) -> Result<&ConditionFile, CoreError> {
        self.conditions
            .iter()
            .find(|c| c.id == id)
            .ok_or_else(|| CoreError::UnknownCondition(id.to_owned()))
    }

    fn stage(&self, condition: &ConditionFile, stage: &str) -> Result<StageInfo, CoreError> {
        if condition.stages.iter().any(|s| s == stage) {
            Ok(stage_view(&condition.id, stage))
        } else {
            Err(CoreError::UnknownStage {
                condition: condition.id.clone(),
                stage: stage.to_owned(),
            })
        }
    }
}

fn stage_view(condition: &str, stage: &str) -> StageInfo {
    StageInfo {
        id: stage.to_owned(),
        name_id: ids::stage_name(condition, stage),
        description_id: ids::stage_description(condition, stage),
    }
}

fn condition_view(c: &ConditionFile) -> ConditionSummary {
    ConditionSummary {
        id: c.id.clone(),
        name_id: ids::condition_name(&c.id),
        summary_id: ids::condition_summary(&c.id),
        stages: c.stages.iter().map(|s| stage_view(&c.id, s)).collect(),
    }
}

fn option_view(o: &OptionFile) -> OptionOverview {
    OptionOverview {
        id: o.id.clone(),
        name_id: ids::option_name(&o.id),
        summary_id: ids::option_summary(&o.id),
        outcomes: o
            .outcomes
            .iter()
            .map(|x| Outcome {
                id: x.id.clone(),
                label_id: ids::outcome_label(&x.id),
                kind: x.kind,
                denominator: x.denominator,
                with_option: x.with_option,
                comparator: x.comparator.as_ref().map(|c| Comparator {
                    label_id: ids::comparator_label(&c.label),
                    frequency: c.frequency,
                }),
                timeframe: x.timeframe,
                certainty: x.certainty,
                source_ids: x.sources.clone(),
            })
            .collect(),
    }
}

fn reference_view(r: &ReferenceFile) -> Reference {
    let authors = r.authors.trim_end_matches('.');
    let mut citation = format!("{authors}. {}. {}. {}", r.title, r.journal, r.year);
    if let Some(size) = &r.size {
        citation.push_str(&format!(" ({size})"));
    }
    if let Some(doi) = &r.doi {
        citation.push_str(&format!(". doi:{doi}"));
    }
    if let Some(pmid) = &r.pmid {
        citation.push_str(&format!(". PMID {pmid}"));
    }
    let url = r
        .url
        .clone()
        .or_else(|| r.doi.as_ref().map(|d| format!("https://doi.org/{d}")));
    Reference {
        id: r.id.clone(),
        citation,
        url,
        study_type: r.study_type.clone(),
    }
}

// ---------------------------------------------------------------- checks

fn check(file: &ContentFile) -> Result<(), String> {
    let mut problems = Vec::new();
    let reference_ids = unique_ids(
        file.references.iter().map(|r| &r.id),
        "reference",
        &mut problems,
    );
    let option_ids = unique_ids(file.options.iter().map(|o| &o.id), "option", &mut problems);
    unique_ids(
        file.conditions.iter().map(|c| &c.id),
        "condition",
        &mut problems,
    );
    let outcome_ids = file
        .options
        .iter()
        .flat_map(|o| o.outcomes.iter().map(|x| &x.id));
    unique_ids(outcome_ids, "outcome", &mut problems);

    for r in &file.references {
        if r.doi.is_none() && r.pmid.is_none() && r.url.is_none() {
            problems.push(format!("reference `{}` has no DOI, PMID or URL", r.id));
        }
    }
    for c in &file.conditions {
        if c.stages.is_empty() {
            problems.push(format!("condition `{}` has no stages", c.id));
        }
        for a in &c.options {
            if !option_ids.contains(a.option.as_str()) {
                problems.push(format!(
                    "condition `{}` names unknown option `{}`",
                    c.id, a.option
                ));
            }
            for s in &a.stages {
                if !c.stages.contains(s) {
                    problems.push(format!(
                        "condition `{}`, option `{}`: unknown stage `{s}`",
                        c.id, a.option
                    ));
                }
            }
        }
    }
    for o in &file.options {
        for x in &o.outcomes {
            let at = format!("outcome `{}`", x.id);
            if !matches!(x.denominator, 100 | 1000) {
                problems.push(format!("{at}: denominator must be 100 or 1000"));
            }
            let mut freqs = vec![x.with_option];
            freqs.extend(x.comparator.as_ref().map(|c| c.frequency));
            for f in freqs {
                let ok = f.low.is_finite() && f.high.is_finite() && 0.0 <= f.low && f.low <= f.high;
                if !ok || f.high > f64::from(x.denominator) {
                    problems.push(format!(
                        "{at}: frequency {f:?} must satisfy 0 <= low <= high <= denominator"
                    ));
                }
            }
            if !(x.timeframe.value.is_finite() && x.timeframe.value > 0.0) {
                problems.push(format!("{at}: time frame must be positive"));
            }
            if x.sources.is_empty() {
                problems.push(format!("{at}: every number needs at least one source"));
            }
            for s in &x.sources {
                if !reference_ids.contains(s.as_str()) {
                    problems.push(format!("{at}: unknown source `{s}`"));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

fn unique_ids<'a>(
    ids: impl Iterator<Item = &'a String>,
    what: &str,
    problems: &mut Vec<String>,
) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    for id in ids {
        let well_formed = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            problems.push(format!("{what} id `{id}` must be kebab-case ASCII"));
        }
        if !seen.insert(id.as_str()) {
            problems.push(format!("duplicate {what} id `{id}`"));
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded() -> Catalog {
        Catalog::embedded().unwrap()
    }

    #[test]
    fn embedded_content_loads_and_passes_checks() {
        let c = embedded();
        assert!(
            !c.conditions().is_empty(),
            "the slice must ship at least one condition"
        );
        assert_eq!(c.document().content_version, "0.1.0");
    }

    #[test]
    fn overview_at_a_stage_lists_applicable_options_and_their_references() {
        let o = embedded().overview("hip-oa", Some("kl-2")).unwrap();
        let ids: Vec<_> = o.options.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["exercise", "steroid-injection"]);
        assert_eq!(o.stage.unwrap().name_id, "stage-hip-oa-kl-2-name");
        let cited: BTreeSet<_> = o
            .options
            .iter()
            .flat_map(|x| &x.outcomes)
            .flat_map(|x| &x.source_ids)
            .collect();
        let listed: BTreeSet<_> = o.references.iter().map(|r| &r.id).collect();
        assert_eq!(
            cited, listed,
            "the overview lists exactly the references its numbers cite"
        );
    }

    #[test]
    fn every_outcome_shows_benefit_or_harm_with_denominator_and_source() {
        let o = embedded().overview("hip-oa", None).unwrap();
        let steroid = o
            .options
            .iter()
            .find(|x| x.id == "steroid-injection")
            .unwrap();
        assert!(
            steroid.outcomes.iter().any(|x| x.kind == OutcomeKind::Harm),
            "harms are shown, not just benefits"
        );
        let relief = steroid
            .outcomes
            .iter()
            .find(|x| x.id == "steroid-pain-relief-2m")
            .unwrap();
        assert_eq!(
            relief.with_option,
            Frequency {
                low: 68.0,
                high: 68.0
            }
        );
        assert_eq!(
            relief.comparator.as_ref().unwrap().label_id,
            "comparator-placebo-injection"
        );
    }

    #[test]
    fn unknown_condition_and_stage_are_typed_errors() {
        let c = embedded();
        assert_eq!(
            c.overview("knee", None).unwrap_err().code(),
            crate::ErrorCode::UnknownCondition
        );
        assert_eq!(
            c.overview("hip-oa", Some("kl-9")).unwrap_err().code(),
            crate::ErrorCode::UnknownStage
        );
    }

    fn with_edit(from: &str, to: &str) -> Result<Catalog, ContentError> {
        assert!(
            EMBEDDED.contains(from),
            "test edit target `{from}` must exist"
        );
        Catalog::from_toml(&EMBEDDED.replacen(from, to, 1))
    }

    #[test]
    fn content_checks_refuse_reviewer_mistakes() {
        // Each edit is a mistake a reviewer could make; each must be refused with a reason.
        let cases = [
            (
                "certainty = \"high\"",
                "certainty = \"high\"\nconfidence = 3",
                "unknown field",
            ),
            (
                "sources = [\"lambert-2007\"]",
                "sources = []",
                "at least one source",
            ),
            (
                "sources = [\"lambert-2007\"]",
                "sources = [\"nobody-1999\"]",
                "unknown source",
            ),
            (
                "with_option = { low = 68, high = 68 }",
                "with_option = { low = 68, high = 168 }",
                "denominator",
            ),
            (
                "with_option = { low = 68, high = 68 }",
                "with_option = { low = 70, high = 68 }",
                "low <= high",
            ),
            (
                "{ option = \"exercise\",",
                "{ option = \"yoga\",",
                "unknown option",
            ),
            (
                "id = \"lambert-2007\"",
                "id = \"Lambert 2007\"",
                "kebab-case",
            ),
        ];
        for (from, to, expected) in cases {
            let err = with_edit(from, to).unwrap_err().to_string();
            assert!(
                err.contains(expected),
                "editing `{from}` -> `{to}` should fail with `{expected}`, got: {err}"
            );
        }
    }

    #[test]
    fn message_ids_cover_all_named_things() {
        let ids = embedded().message_ids();
        for id in [
            "condition-hip-oa-name",
            "stage-hip-oa-kl-4-description",
            "option-exercise-summary",
            "outcome-steroid-septic-arthritis",
            "comparator-placebo-injection",
        ] {
            assert!(ids.contains(id), "content needs message `{id}`");
        }
    }
}
