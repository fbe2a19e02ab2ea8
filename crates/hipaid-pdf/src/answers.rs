//! The consultation's own answers on paper: what matters to the patient (their ratings and
//! their words), the questions they want to ask, the SURE result with what could help, and the
//! decision with next steps and the follow-up date. The words are the screen's (`consult.ftl`),
//! so the summary says what the decision step's preview showed.

use hipaid_core::{Catalog, Consultation, DecisionKind, Importance, SureItem, SureResult};
use hipaid_l10n::FluentValue;

use crate::PdfError;
use crate::summary::Writer;

pub fn write(w: &mut Writer<'_>, catalog: &Catalog, c: &Consultation) -> Result<(), PdfError> {
    // What matters, in the record's (fixed) order: never sorted by rating, never added up.
    let heading = w.t("consult-preview-matters", &[]);
    w.heading(&heading);
    let mattering: Vec<_> = c
        .priorities
        .iter()
        .filter(|p| p.importance != Importance::NotImportant)
        .collect();
    nothing_yet(w, mattering.is_empty() && c.priorities_note.is_none());
    for p in mattering {
        let priority = w.t(&format!("consult-priority-{}", p.priority.as_str()), &[]);
        let importance = w.t(
            &format!("consult-importance-{}", p.importance.as_str()),
            &[],
        );
        let line = w.t(
            "consult-preview-priority",
            &[
                ("priority", FluentValue::from(priority)),
                ("importance", FluentValue::from(importance)),
            ],
        );
        w.bullet(&line);
    }
    if let Some(note) = &c.priorities_note {
        w.own_words(note);
    }

    // Questions to ask.
    let heading = w.t("consult-preview-questions", &[]);
    w.heading(&heading);
    nothing_yet(w, c.questions.is_empty() && c.own_questions.is_none());
    for q in &c.questions {
        let text = w.t(&format!("consult-question-{}", q.as_str()), &[]);
        w.bullet(&text);
    }
    if let Some(own) = &c.own_questions {
        w.own_words(own);
    }

    // Ready to decide? (SURE)
    let heading = w.t("consult-preview-ready", &[]);
    w.heading(&heading);
    match c.sure.result() {
        SureResult::Incomplete { .. } => {
            let text = w.t("consult-preview-sure-incomplete", &[]);
            w.body(&text);
        }
        SureResult::Ready => {
            let text = w.t("consult-sure-ready", &[]);
            w.body(&text);
        }
        SureResult::NotYetReady { yes, unsure } => {
            let score = w.t(
                "consult-preview-sure",
                &[
                    ("yes", FluentValue::from(yes)),
                    ("total", FluentValue::from(SureItem::ALL.len())),
                ],
            );
            w.body(&score);
            let text = w.t("consult-sure-not-ready", &[]);
            w.body(&text);
            for item in unsure {
                let help = w.t(&format!("consult-sure-help-{}", item.as_str()), &[]);
                w.bullet(&help);
            }
        }
    }

    // The decision and what happens next.
    let heading = w.t("consult-preview-decision", &[]);
    w.heading(&heading);
    let decision = match &c.decision {
        None => w.t("consult-preview-none", &[]),
        Some(d) => {
            let option = d
                .option_id
                .as_deref()
                .and_then(|id| catalog.option(id))
                .map(|o| o.name_id.clone());
            match (d.kind, option) {
                (DecisionKind::Leaning, Some(name)) => {
                    let name = w.t(&name, &[]);
                    w.t(
                        "consult-preview-leaning",
                        &[("option", FluentValue::from(name))],
                    )
                }
                (DecisionKind::Chosen, Some(name)) => {
                    let name = w.t(&name, &[]);
                    w.t(
                        "consult-preview-chosen",
                        &[("option", FluentValue::from(name))],
                    )
                }
                _ => w.t("consult-decision-not-yet", &[]),
            }
        }
    };
    w.body(&decision);
    let heading = w.t("consult-preview-next", &[]);
    w.subheading(&heading);
    nothing_yet(w, c.next_steps.is_empty() && c.follow_up.is_none());
    for step in &c.next_steps {
        let text = w.t(&format!("consult-next-step-{}", step.as_str()), &[]);
        w.bullet(&text);
    }
    if let Some(date) = &c.follow_up {
        let date = crate::iso_date_text(w.locale, date)?;
        let text = w.t(
            "consult-preview-follow-up",
            &[("date", FluentValue::from(date))],
        );
        w.body(&text);
    }
    Ok(())
}

/// "Nothing yet" under a heading whose part of the record is empty.
fn nothing_yet(w: &mut Writer<'_>, empty: bool) {
    if empty {
        let none = w.t("consult-preview-none", &[]);
        w.body(&none);
    }
}
