//! The checked clinical content: parsed from the TOML files, validated once, then queried.
//!
//! Content is data a clinical reviewer edits (`content/`, one file per condition and option);
//! this module is the gate that refuses anything a reviewer could get wrong without noticing,
//! and names the file and the entry when it does. Queries return the `model` types with
//! message ids; words are `hipaid-l10n`'s business.

mod check;
mod file;
mod messages;
mod view;

#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use crate::error::CoreError;
use crate::model::{
    ConditionDetail, ConditionOverview, ConditionSummary, DocumentFacts, OptionDetail, OptionName,
    Reference, StageInfo,
};

pub use check::Problem;
pub use messages::{MessageRole, MessageUse};

use file::ContentFile;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));
}

/// The content files compiled into this build: (path relative to `content/`, TOML text).
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    embedded::EMBEDDED
}

/// Why content was refused. Only a bad build or a bad edit can produce one; the app still
/// reports it instead of panicking, and `hipaid content check` prints every problem.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("{file}: does not parse: {message}")]
    Parse { file: String, message: String },
    #[error("{} content problem(s):\n{}", .0.len(), Problem::list(.0))]
    Invalid(Vec<Problem>),
}

impl ContentError {
    /// Every problem as (file, entry, message), parse errors included.
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            ContentError::Parse { file, message } => vec![Problem {
                file: file.clone(),
                entry: String::new(),
                message: message.clone(),
            }],
            ContentError::Invalid(p) => p.clone(),
        }
    }
}

/// One parsed file and the path it came from.
pub(crate) struct Sourced<T> {
    pub file: String,
    pub item: T,
}

/// Everything from all files, before checking.
#[derive(Default)]
pub(crate) struct Parsed {
    pub document: Vec<Sourced<file::DocumentFile>>,
    pub references: Vec<Sourced<file::ReferenceFile>>,
    pub scales: Vec<Sourced<file::ScaleFile>>,
    pub guidelines: Vec<Sourced<file::GuidelineFile>>,
    pub conditions: Vec<Sourced<file::ConditionFile>>,
    pub options: Vec<Sourced<file::OptionFile>>,
    pub claims: Vec<Sourced<file::ClaimFile>>,
    pub pay_card: Vec<Sourced<file::PayCardFile>>,
}

/// An option that applies to a condition: (option id, the stages it applies at).
type Applies = (String, Vec<String>);

/// All clinical content, checked.
#[derive(Debug)]
pub struct Catalog {
    document: DocumentFacts,
    references: Vec<Reference>,
    conditions: Vec<ConditionDetail>,
    /// Per condition: the options that apply and at which stages.
    applicability: Vec<(String, Vec<Applies>)>,
    options: Vec<OptionDetail>,
    claims: Vec<crate::model::Claim>,
    pay_card: Vec<crate::model::PayCardItem>,
    messages: Vec<MessageUse>,
    files: usize,
}

/// Counts for `hipaid content check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentCounts {
    pub files: usize,
    pub conditions: usize,
    pub stages: usize,
    pub options: usize,
    pub figures: usize,
    pub benefits: usize,
    pub harms: usize,
    pub no_reliable_data: usize,
    pub references: usize,
    pub guideline_positions: usize,
    pub claims: usize,
    pub unsourced_figures: usize,
}

impl Catalog {
    /// The content compiled into this build.
    pub fn embedded() -> Result<Catalog, ContentError> {
        Catalog::from_files(embedded_files().iter().map(|(p, t)| (*p, *t)))
    }

    /// Parses and checks content given as (path, TOML text) pairs; see `content/README.md`
    /// for the format and the checks.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Catalog, ContentError> {
        let mut parsed = Parsed::default();
        let mut count = 0;
        for (path, text) in files {
            count += 1;
            let f: ContentFile = toml::from_str(text).map_err(|e| ContentError::Parse {
                file: path.to_owned(),
                message: e.to_string().trim_end().replace('\n', " | "),
            })?;
            parsed.add(path, f);
        }
        let problems = check::all(&parsed);
        if !problems.is_empty() {
            return Err(ContentError::Invalid(problems));
        }
        let mut catalog = view::build(&parsed)?;
        catalog.files = count;
        Ok(catalog)
    }

    pub fn document(&self) -> &DocumentFacts {
        &self.document
    }

    pub fn references(&self) -> &[Reference] {
        &self.references
    }

    pub fn options(&self) -> &[OptionDetail] {
        &self.options
    }

    /// Every condition with its stages, in file order.
    /// Every option's id and name, in content order.
    pub fn option_names(&self) -> Vec<OptionName> {
        self.options()
            .iter()
            .map(|o| OptionName {
                id: o.id.clone(),
                name_id: o.name_id.clone(),
            })
            .collect()
    }

    pub fn conditions(&self) -> Vec<ConditionSummary> {
        self.conditions
            .iter()
            .map(|c| ConditionSummary {
                id: c.id.clone(),
                name_id: c.name_id.clone(),
                summary_id: c.summary_id.clone(),
                stages: c.stages.clone(),
            })
            .collect()
    }

    /// A condition, optionally at one stage, with the options that apply there (their outcomes
    /// and guideline positions narrowed to this condition), the claims and pay-card items about
    /// them, and every reference cited by anything shown.
    pub fn overview(
        &self,
        condition_id: &str,
        stage_id: Option<&str>,
    ) -> Result<ConditionOverview, CoreError> {
        let condition = self.condition(condition_id)?;
        let stage = stage_id.map(|s| stage(condition, s)).transpose()?;
        let options: Vec<OptionDetail> = self
            .applicable(condition_id, stage_id)?
            .into_iter()
            .filter_map(|id| self.options.iter().find(|o| o.id == id))
            .map(|o| view::for_condition(o, condition_id))
            .collect();
        let shown: BTreeSet<&str> = options.iter().map(|o| o.id.as_str()).collect();
        let claims: Vec<_> = self
            .claims
            .iter()
            .filter(|c| c.options.iter().any(|o| shown.contains(o.as_str())))
            .cloned()
            .collect();
        let pay_card: Vec<_> = self
            .pay_card
            .iter()
            .filter(|c| c.options.iter().any(|o| shown.contains(o.as_str())))
            .cloned()
            .collect();
        let mut cited: Vec<String> = Vec::new();
        let mut cite = |ids: &[String]| {
            for id in ids {
                if !cited.contains(id) {
                    cited.push(id.clone());
                }
            }
        };
        cite(&condition.diagnosis_source_ids);
        for f in &condition.figures {
            cite(&f.source_ids);
        }
        for o in &options {
            for ids in view::source_lists(o) {
                cite(ids);
            }
        }
        for c in &claims {
            cite(&c.source_ids);
        }
        for p in &pay_card {
            cite(&p.source_ids);
        }
        let references = cited
            .iter()
            .filter_map(|id| self.references.iter().find(|r| &r.id == id).cloned())
            .collect();
        Ok(ConditionOverview {
            condition: condition.clone(),
            stage,
            options,
            claims,
            pay_card,
            references,
            document: self.document.clone(),
        })
    }

    /// The ids of the options that apply to a condition (at a stage, if one is known), in the
    /// content's option order. With no stage, every option that applies at any stage.
    pub fn applicable(
        &self,
        condition_id: &str,
        stage_id: Option<&str>,
    ) -> Result<Vec<&str>, CoreError> {
        self.check_choice(condition_id, stage_id)?;
        let applies = self
            .applicability
            .iter()
            .find(|(c, _)| c == condition_id)
            .map(|(_, a)| a.as_slice())
            .unwrap_or_default();
        Ok(applies
            .iter()
            .filter(|(_, stages)| stage_id.is_none_or(|s| stages.iter().any(|x| x == s)))
            .map(|(id, _)| id.as_str())
            .collect())
    }

    /// The option with this id, with every condition's outcomes.
    pub fn option(&self, id: &str) -> Option<&OptionDetail> {
        self.options.iter().find(|o| o.id == id)
    }

    /// Checks that a stage belongs to a condition (used when a consultation records a choice).
    pub fn check_choice(
        &self,
        condition_id: &str,
        stage_id: Option<&str>,
    ) -> Result<(), CoreError> {
        let condition = self.condition(condition_id)?;
        if let Some(s) = stage_id {
            stage(condition, s)?;
        }
        Ok(())
    }

    /// Every Fluent message id the content needs, with the file and entry that needs it and
    /// whether it is a heading, a label or body text (for the reading-grade check).
    pub fn messages(&self) -> &[MessageUse] {
        &self.messages
    }

    /// Every message id the content needs (for the completeness tests).
    pub fn message_ids(&self) -> BTreeSet<String> {
        self.messages.iter().map(|m| m.id.clone()).collect()
    }

    pub fn counts(&self) -> ContentCounts {
        let outcomes = self.options.iter().flat_map(|o| &o.outcomes);
        let mut c = ContentCounts {
            files: self.files,
            conditions: self.conditions.len(),
            stages: self.conditions.iter().map(|c| c.stages.len()).sum(),
            options: self.options.len(),
            figures: self.conditions.iter().map(|c| c.figures.len()).sum(),
            benefits: 0,
            harms: 0,
            no_reliable_data: 0,
            references: self.references.len(),
            guideline_positions: self.options.iter().map(|o| o.guidelines.len()).sum(),
            claims: self.claims.len(),
            unsourced_figures: 0,
        };
        for o in outcomes {
            match o.kind {
                crate::model::OutcomeKind::Benefit => c.benefits += 1,
                crate::model::OutcomeKind::Harm => c.harms += 1,
            }
            if matches!(
                o.evidence,
                crate::model::OutcomeEvidence::NoReliableData { .. }
            ) {
                c.no_reliable_data += 1;
            }
            if o.source_ids.is_empty() {
                c.unsourced_figures += 1;
            }
        }
        c.unsourced_figures += self
            .conditions
            .iter()
            .flat_map(|c| &c.figures)
            .filter(|f| f.source_ids.is_empty())
            .count();
        c
    }

    fn condition(&self, id: &str) -> Result<&ConditionDetail, CoreError> {
        self.conditions
            .iter()
            .find(|c| c.id == id)
            .ok_or_else(|| CoreError::UnknownCondition(id.to_owned()))
    }
}

fn stage(condition: &ConditionDetail, id: &str) -> Result<StageInfo, CoreError> {
    condition
        .stages
        .iter()
        .find(|s| s.id == id)
        .cloned()
        .ok_or_else(|| CoreError::UnknownStage {
            condition: condition.id.clone(),
            stage: id.to_owned(),
        })
}

impl Parsed {
    fn add(&mut self, path: &str, f: ContentFile) {
        fn tag<T>(
            path: &str,
            items: impl IntoIterator<Item = T>,
        ) -> impl Iterator<Item = Sourced<T>> {
            items.into_iter().map(move |item| Sourced {
                file: path.to_owned(),
                item,
            })
        }
        self.document.extend(tag(path, f.document));
        self.references.extend(tag(path, f.references));
        self.scales.extend(tag(path, f.scales));
        self.guidelines.extend(tag(path, f.guidelines));
        self.conditions.extend(tag(path, f.condition));
        self.options.extend(tag(path, f.option));
        self.claims.extend(tag(path, f.claims));
        self.pay_card.extend(tag(path, f.pay_card));
    }
}
