### The take-home summary (PDF). It reuses the screen's words for numbers, times, certainty
### and the About panel (app.ftl, evidence.ftl), so paper and screen say the same thing.

summary-title = Your hip treatment summary
# Variables: $date (the consultation date, already formatted)
summary-date = Date: { $date }
# Variables: $patient (the label the clinician typed, not necessarily a name)
summary-for = For: { $patient }
# Variables: $clinician
summary-clinician = Clinician: { $clinician }
summary-condition-heading = Your hip problem
# Variables: $stage (the stage name)
summary-stage = Stage: { $stage }
summary-options-heading = The choices you talked about
summary-references-heading = Where the numbers come from
# Variables: $page, $pages
summary-page = Page { $page } of { $pages }
