//! A summary straight from a consultation record, so the app's Print button and
//! `hipaid summary` print exactly the same thing for the same record: the compared options
//! (or, when none were compared, every option offered), the patient label, the clinician and
//! the visit's date, plus the patient's answers.

use hipaid_core::{Catalog, Consultation};
use hipaid_l10n::Localizer;

use crate::{Paper, PdfError, Rendered, Renderer, SummaryRequest};

impl Renderer {
    /// Renders `consultation` in `locale`, with `also` under each paragraph if given. The record should already be valid
    /// ([`Consultation::validate`]); a record without a condition, or with a `startedAt` that
    /// does not start with a date, is refused.
    pub fn render_consultation(
        &mut self,
        catalog: &Catalog,
        l10n: &Localizer,
        consultation: &Consultation,
        locale: &str,
        also: Option<&str>,
        paper: Paper,
    ) -> Result<Rendered, PdfError> {
        let condition = consultation
            .condition_id
            .as_deref()
            .ok_or(PdfError::NoCondition)?;
        let date = visit_day(&consultation.started_at).ok_or_else(|| {
            PdfError::Date(format!(
                "startedAt `{}` does not start with a date",
                consultation.started_at.chars().take(40).collect::<String>()
            ))
        })?;
        let option_ids: Vec<String> = if consultation.compared_options.is_empty() {
            consultation
                .offered_options(catalog)
                .into_iter()
                .map(str::to_owned)
                .collect()
        } else {
            consultation.compared_options.clone()
        };
        let request = SummaryRequest {
            locale,
            also,
            condition_id: condition,
            stage_id: consultation.stage_id.as_deref(),
            option_ids: &option_ids,
            patient_label: consultation.patient_label.as_deref(),
            clinician_name: consultation.clinician_name.as_deref(),
            date,
            paper,
            answers: Some(consultation),
            clinic: None,
        };
        let clinic = self.clinic.take();
        let request = SummaryRequest {
            clinic: clinic.as_ref(),
            ..request
        };
        let rendered = self.render(catalog, l10n, &request);
        self.clinic = clinic;
        rendered
    }
}

/// The (year, month, day) a `startedAt` timestamp begins with.
pub fn visit_day(time: &str) -> Option<(i32, u8, u8)> {
    let day = time.get(..10)?;
    hipaid_core::consultation::iso_date("startedAt", day).ok()?;
    Some((
        day.get(..4)?.parse().ok()?,
        day.get(5..7)?.parse().ok()?,
        day.get(8..10)?.parse().ok()?,
    ))
}
