//! The consultation record: the one source of truth for what was said and chosen, read by the
//! screen and by the printed summary (`docs/consultation-format.md` is its JSON format).
//!
//! Every change goes through [`Consultation::apply`], which checks it against the catalog
//! (options must apply to the chosen condition and stage and not be hidden) and the free-text
//! rules, and leaves the record untouched when it refuses. The core never ranks options: the
//! record keeps what the patient said matters, and the screen puts it beside the facts.

mod choices;
mod compare;
#[cfg(test)]
mod tests;
mod text;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::Catalog;
use crate::error::CoreError;

pub use choices::{
    Decision, DecisionKind, Importance, NextStep, Priority, PriorityRating, Question, SureAnswers,
    SureItem, SureResult,
};
pub use compare::{
    COMMON, ComparedOutcome, Comparison, OutcomeGroup, OutcomeRef, RARE, group_for, rescale,
};
pub use text::{
    MAX_CLINICIAN_NAME, MAX_CLINICIAN_NOTE, MAX_PATIENT_LABEL, MAX_PATIENT_NOTE, free_text,
    iso_date, note_text,
};

/// The version of the JSON format; bump it (and document a migration) when fields change
/// meaning.
pub const FORMAT_VERSION: u32 = 1;
/// The most options compared side by side.
pub const MAX_COMPARED: usize = 4;

/// What the start screen sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StartConsultation {
    pub ui_locale: String,
    pub patient_locale: String,
    pub patient_label: Option<String>,
    pub clinician_name: Option<String>,
}

/// The current consultation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Consultation {
    pub format_version: u32,
    /// RFC 3339 time the consultation started, supplied by the caller.
    pub started_at: String,
    pub ui_locale: String,
    pub patient_locale: String,
    pub patient_label: Option<String>,
    pub clinician_name: Option<String>,
    pub condition_id: Option<String>,
    pub stage_id: Option<String>,
    /// Options the clinic does not offer, hidden from the cards and the comparison.
    pub hidden_options: Vec<String>,
    /// The options chosen to compare side by side (at most four), in content order.
    pub compared_options: Vec<String>,
    /// What matters to the patient, in the order of `Priority::ALL`.
    pub priorities: Vec<PriorityRating>,
    /// What matters, in the patient's own words.
    pub priorities_note: Option<String>,
    /// Questions the patient wants to ask, in the order of `Question::ALL`.
    pub questions: Vec<Question>,
    /// The patient's own questions, in their words.
    pub own_questions: Option<String>,
    pub sure: SureAnswers,
    /// The clinician asked the patient to explain the choices back in their own words.
    pub teach_back_done: bool,
    pub decision: Option<Decision>,
    pub next_steps: Vec<NextStep>,
    /// ISO date of the follow-up, on or after the consultation day.
    pub follow_up: Option<String>,
    pub clinician_notes: Option<String>,
}

/// One change to the consultation, sent by the screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(
    tag = "change",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase"
)]
pub enum ConsultationChange {
    ChooseCondition {
        condition_id: String,
        stage_id: Option<String>,
    },
    SetHidden {
        option_id: String,
        hidden: bool,
    },
    SetCompared {
        option_ids: Vec<String>,
    },
    RatePriority {
        priority: Priority,
        importance: Option<Importance>,
    },
    SetPrioritiesNote {
        text: Option<String>,
    },
    SetQuestion {
        question: Question,
        asked: bool,
    },
    SetOwnQuestions {
        text: Option<String>,
    },
    AnswerSure {
        item: SureItem,
        answer: Option<bool>,
    },
    SetTeachBack {
        done: bool,
    },
    SetDecision {
        decision: Option<Decision>,
    },
    SetNextStep {
        step: NextStep,
        on: bool,
    },
    SetFollowUp {
        date: Option<String>,
    },
    SetClinicianNotes {
        text: Option<String>,
    },
}

impl Consultation {
    /// Starts a consultation from the start screen's input. Locale ids must already be
    /// checked by the caller (the core does not know which locales exist).
    pub fn start(input: StartConsultation, started_at: String) -> Result<Consultation, CoreError> {
        Ok(Consultation {
            format_version: FORMAT_VERSION,
            started_at,
            ui_locale: input.ui_locale,
            patient_locale: input.patient_locale,
            patient_label: free_text("patient label", input.patient_label, MAX_PATIENT_LABEL)?,
            clinician_name: free_text("clinician name", input.clinician_name, MAX_CLINICIAN_NAME)?,
            condition_id: None,
            stage_id: None,
            hidden_options: Vec::new(),
            compared_options: Vec::new(),
            priorities: Vec::new(),
            priorities_note: None,
            questions: Vec::new(),
            own_questions: None,
            sure: SureAnswers::default(),
            teach_back_done: false,
            decision: None,
            next_steps: Vec::new(),
            follow_up: None,
            clinician_notes: None,
        })
    }

    /// Records the condition (and stage) being discussed. Compared options and a leaning
    /// that no longer apply are dropped; hidden options stay hidden (a clinic choice).
    pub fn choose_condition(
        &mut self,
        catalog: &Catalog,
        condition_id: &str,
        stage_id: Option<&str>,
    ) -> Result<(), CoreError> {
        let applicable: Vec<String> = catalog
            .applicable(condition_id, stage_id)?
            .into_iter()
            .map(str::to_owned)
            .collect();
        self.condition_id = Some(condition_id.to_owned());
        self.stage_id = stage_id.map(str::to_owned);
        self.compared_options.retain(|o| applicable.contains(o));
        if let Some(Decision {
            option_id: Some(o), ..
        }) = &self.decision
            && !applicable.contains(o)
        {
            self.decision = None;
        }
        Ok(())
    }

    /// Applies one change; on error the record is unchanged.
    pub fn apply(
        &mut self,
        catalog: &Catalog,
        change: ConsultationChange,
    ) -> Result<(), CoreError> {
        match change {
            ConsultationChange::ChooseCondition {
                condition_id,
                stage_id,
            } => self.choose_condition(catalog, &condition_id, stage_id.as_deref())?,
            ConsultationChange::SetHidden { option_id, hidden } => {
                self.check_applicable(catalog, &option_id)?;
                if hidden {
                    if !self.hidden_options.contains(&option_id) {
                        self.hidden_options.push(option_id.clone());
                        self.hidden_options
                            .sort_by_key(|o| content_position(catalog, o));
                    }
                    self.compared_options.retain(|o| o != &option_id);
                    if self
                        .decision
                        .as_ref()
                        .is_some_and(|d| d.option_id.as_ref() == Some(&option_id))
                    {
                        self.decision = None;
                    }
                } else {
                    self.hidden_options.retain(|o| o != &option_id);
                }
            }
            ConsultationChange::SetCompared { option_ids } => {
                let mut ids: Vec<String> = Vec::new();
                for id in option_ids {
                    self.check_offered(catalog, &id)?;
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                if ids.len() > MAX_COMPARED {
                    return Err(CoreError::TooManyCompared {
                        count: ids.len(),
                        max: MAX_COMPARED,
                    });
                }
                ids.sort_by_key(|o| content_position(catalog, o));
                self.compared_options = ids;
            }
            ConsultationChange::RatePriority {
                priority,
                importance,
            } => {
                self.priorities.retain(|p| p.priority != priority);
                if let Some(importance) = importance {
                    self.priorities.push(PriorityRating {
                        priority,
                        importance,
                    });
                    self.priorities.sort_by_key(|p| p.priority);
                }
            }
            ConsultationChange::SetPrioritiesNote { text } => {
                self.priorities_note = note_text("what matters", text, MAX_PATIENT_NOTE)?;
            }
            ConsultationChange::SetQuestion { question, asked } => {
                self.questions.retain(|q| *q != question);
                if asked {
                    self.questions.push(question);
                    self.questions.sort();
                }
            }
            ConsultationChange::SetOwnQuestions { text } => {
                self.own_questions = note_text("own questions", text, MAX_PATIENT_NOTE)?;
            }
            ConsultationChange::AnswerSure { item, answer } => self.sure.set(item, answer),
            ConsultationChange::SetTeachBack { done } => self.teach_back_done = done,
            ConsultationChange::SetDecision { decision } => {
                if let Some(d) = &decision {
                    match (d.kind, &d.option_id) {
                        (DecisionKind::NotYet, None) => {}
                        (DecisionKind::Leaning | DecisionKind::Chosen, Some(id)) => {
                            self.check_offered(catalog, id)?;
                        }
                        _ => return Err(CoreError::DecisionNeedsOption),
                    }
                }
                self.decision = decision;
            }
            ConsultationChange::SetNextStep { step, on } => {
                self.next_steps.retain(|s| *s != step);
                if on {
                    self.next_steps.push(step);
                    self.next_steps.sort();
                }
            }
            ConsultationChange::SetFollowUp { date } => {
                let date = date.map(|d| d.trim().to_owned()).filter(|d| !d.is_empty());
                if let Some(d) = &date {
                    iso_date("follow-up date", d)?;
                    let day = self.started_at.get(..10).unwrap_or_default();
                    if d.as_str() < day {
                        return Err(CoreError::DateInPast {
                            field: "follow-up date",
                        });
                    }
                }
                self.follow_up = date;
            }
            ConsultationChange::SetClinicianNotes { text } => {
                self.clinician_notes = note_text("clinician notes", text, MAX_CLINICIAN_NOTE)?;
            }
        }
        Ok(())
    }

    /// Hides, from the start of a visit, the options the clinic does not offer (its
    /// settings); the clinician can show one again. Ids the content does not know are skipped.
    pub fn hide_not_offered(&mut self, catalog: &Catalog, not_offered: &[String]) {
        for id in not_offered {
            if catalog.option(id).is_some() && !self.hidden_options.contains(id) {
                self.hidden_options.push(id.clone());
            }
        }
        self.hidden_options
            .sort_by_key(|o| content_position(catalog, o));
    }

    /// The options that apply to the chosen condition and stage and are not hidden, in
    /// content order. Empty until a condition is chosen.
    pub fn offered_options<'c>(&self, catalog: &'c Catalog) -> Vec<&'c str> {
        let Some(condition) = &self.condition_id else {
            return Vec::new();
        };
        catalog
            .applicable(condition, self.stage_id.as_deref())
            .unwrap_or_default()
            .into_iter()
            .filter(|o| !self.hidden_options.iter().any(|h| h == o))
            .collect()
    }

    /// The side-by-side comparison of the compared options (same denominator per group).
    pub fn comparison(&self, catalog: &Catalog) -> Result<Comparison, CoreError> {
        let condition = self.condition_id.as_deref().ok_or(CoreError::NoCondition)?;
        Ok(Comparison::build(
            catalog,
            condition,
            &self.compared_options,
        ))
    }

    /// Checks a whole record read from a file (the `hipaid summary` input): the condition and
    /// stage exist, every option id applies, and free text and dates follow the rules.
    pub fn validate(&self, catalog: &Catalog) -> Result<(), CoreError> {
        if self.format_version != FORMAT_VERSION {
            return Err(CoreError::UnsupportedVersion(self.format_version));
        }
        let mut copy = Consultation::start(
            StartConsultation {
                ui_locale: self.ui_locale.clone(),
                patient_locale: self.patient_locale.clone(),
                patient_label: self.patient_label.clone(),
                clinician_name: self.clinician_name.clone(),
            },
            self.started_at.clone(),
        )?;
        if let Some(c) = &self.condition_id {
            copy.choose_condition(catalog, c, self.stage_id.as_deref())?;
        } else if self.stage_id.is_some() {
            return Err(CoreError::NoCondition);
        }
        // Hidden options are the clinic's "we do not offer this", kept when the condition
        // changes: each must be a known option, but need not apply to the final condition.
        for o in &self.hidden_options {
            if catalog.option(o).is_none() {
                return Err(CoreError::UnknownOption(o.clone()));
            }
            if !copy.hidden_options.contains(o) {
                copy.hidden_options.push(o.clone());
            }
        }
        copy.hidden_options
            .sort_by_key(|o| content_position(catalog, o));
        let changes = [
            ConsultationChange::SetCompared {
                option_ids: self.compared_options.clone(),
            },
            ConsultationChange::SetPrioritiesNote {
                text: self.priorities_note.clone(),
            },
            ConsultationChange::SetOwnQuestions {
                text: self.own_questions.clone(),
            },
            ConsultationChange::SetDecision {
                decision: self.decision.clone(),
            },
            ConsultationChange::SetFollowUp {
                date: self.follow_up.clone(),
            },
            ConsultationChange::SetClinicianNotes {
                text: self.clinician_notes.clone(),
            },
        ];
        for change in changes {
            copy.apply(catalog, change)?;
        }
        Ok(())
    }

    fn check_applicable(&self, catalog: &Catalog, option_id: &str) -> Result<(), CoreError> {
        let condition = self.condition_id.as_deref().ok_or(CoreError::NoCondition)?;
        if catalog
            .applicable(condition, self.stage_id.as_deref())?
            .contains(&option_id)
        {
            Ok(())
        } else {
            Err(CoreError::UnknownOption(option_id.to_owned()))
        }
    }

    fn check_offered(&self, catalog: &Catalog, option_id: &str) -> Result<(), CoreError> {
        self.check_applicable(catalog, option_id)?;
        if self.hidden_options.iter().any(|h| h == option_id) {
            return Err(CoreError::UnknownOption(option_id.to_owned()));
        }
        Ok(())
    }
}

/// An option's place in the content's order (unknown ids last).
fn content_position(catalog: &Catalog, option_id: &str) -> usize {
    catalog
        .options()
        .iter()
        .position(|o| o.id == option_id)
        .unwrap_or(usize::MAX)
}
