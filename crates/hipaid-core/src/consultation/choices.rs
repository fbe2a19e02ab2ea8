//! The fixed lists a consultation chooses from: what may matter to a patient, questions to ask,
//! the four SURE questions, next steps and the state of the decision. Each value is a
//! kebab-case id on the wire and a Fluent message in `locales/` (`consult-priority-<id>`, ...),
//! so the record stays language-free and the screen and paper word it the same way.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! choice_list {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order the screen lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The kebab-case id (wire form, and the tail of its Fluent message ids).
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }
        }
    };
}

choice_list!(
    /// Something that may matter to the patient when choosing. The app reflects the patient's
    /// ratings back next to the facts; it never adds them up.
    Priority {
        AvoidSurgery = "avoid-surgery",
        QuickRelief = "quick-relief",
        LastingRelief = "lasting-relief",
        LowSeriousHarm = "low-serious-harm",
        ShortRecovery = "short-recovery",
        LowCost = "low-cost",
        StrongEvidence = "strong-evidence",
        FewVisits = "few-visits",
    }
);

choice_list!(
    /// How much a priority matters to the patient, in their judgement.
    Importance {
        NotImportant = "not-important",
        Somewhat = "somewhat",
        Very = "very",
    }
);

choice_list!(
    /// A question the patient may want to ask the clinician.
    Question {
        ChanceForMe = "chance-for-me",
        IfIWait = "if-i-wait",
        BackToActivities = "back-to-activities",
        IfItFails = "if-it-fails",
        HowManyDone = "how-many-done",
        CostToMe = "cost-to-me",
        WhatICanDo = "what-i-can-do",
        SecondOpinion = "second-opinion",
    }
);

choice_list!(
    /// The four SURE questions (Légaré 2010): Sure of myself, Understand information,
    /// Risk–benefit ratio, Encouragement.
    SureItem {
        Sure = "sure",
        Understand = "understand",
        RiskBenefit = "risk-benefit",
        Encouragement = "encouragement",
    }
);

choice_list!(
    /// A next step agreed at the end of the consultation.
    NextStep {
        ExerciseProgramme = "exercise-programme",
        PhysioReferral = "physio-referral",
        WeightSupport = "weight-support",
        BookInjection = "book-injection",
        SurgicalReferral = "surgical-referral",
        MoreTests = "more-tests",
        TimeToThink = "time-to-think",
        TalkWithFamily = "talk-with-family",
        SecondOpinion = "second-opinion",
        FollowUpVisit = "follow-up-visit",
    }
);

choice_list!(
    /// Where the patient stands: not decided yet, leaning towards an option, or chosen.
    DecisionKind {
        NotYet = "not-yet",
        Leaning = "leaning",
        Chosen = "chosen",
    }
);

/// One priority and how much it matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PriorityRating {
    pub priority: Priority,
    pub importance: Importance,
}

/// The patient's answers to the SURE questions; `None` is not answered yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SureAnswers {
    pub sure: Option<bool>,
    pub understand: Option<bool>,
    pub risk_benefit: Option<bool>,
    pub encouragement: Option<bool>,
}

/// How ready the patient is, from the SURE answers. SURE is scored as the number of "yes"
/// answers; fewer than four suggests decisional conflict (more time, information or support).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SureResult {
    /// Not every question is answered yet.
    #[serde(rename_all = "camelCase")]
    Incomplete { answered: u8 },
    /// All four answered "yes".
    Ready,
    /// All answered, with `yes` "yes" answers (0 to 3): suggest more time, information or support.
    #[serde(rename_all = "camelCase")]
    NotYetReady { yes: u8, unsure: Vec<SureItem> },
}

impl SureAnswers {
    pub fn get(&self, item: SureItem) -> Option<bool> {
        match item {
            SureItem::Sure => self.sure,
            SureItem::Understand => self.understand,
            SureItem::RiskBenefit => self.risk_benefit,
            SureItem::Encouragement => self.encouragement,
        }
    }

    pub fn set(&mut self, item: SureItem, answer: Option<bool>) {
        let slot = match item {
            SureItem::Sure => &mut self.sure,
            SureItem::Understand => &mut self.understand,
            SureItem::RiskBenefit => &mut self.risk_benefit,
            SureItem::Encouragement => &mut self.encouragement,
        };
        *slot = answer;
    }

    /// The SURE score and what it means.
    pub fn result(&self) -> SureResult {
        let answers: Vec<(SureItem, Option<bool>)> =
            SureItem::ALL.iter().map(|&i| (i, self.get(i))).collect();
        let answered = answers.iter().filter(|(_, a)| a.is_some()).count();
        if answered < SureItem::ALL.len() {
            return SureResult::Incomplete {
                answered: answered as u8,
            };
        }
        let unsure: Vec<SureItem> = answers
            .iter()
            .filter(|(_, a)| *a == Some(false))
            .map(|(i, _)| *i)
            .collect();
        if unsure.is_empty() {
            SureResult::Ready
        } else {
            SureResult::NotYetReady {
                yes: (SureItem::ALL.len() - unsure.len()) as u8,
                unsure,
            }
        }
    }
}

/// The leaning or decision; an option only with `Leaning` or `Chosen`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Decision {
    pub kind: DecisionKind,
    pub option_id: Option<String>,
}
