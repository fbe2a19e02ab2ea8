### The take-home summary (PDF). It reuses the screen's words for numbers, times, certainty
### and the About panel (app.ftl, evidence.ftl), so paper and screen say the same thing.

# The clinic logo's text for screen readers. Variables: $clinic (the clinic's name)
summary-clinic-logo = Logo of { $clinic }
# Variables: $phone (as the clinic wrote it)
summary-clinic-phone = Phone: { $phone }
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

## How the pieces of one line are joined (punctuation differs between languages)

# Variables: $number (e.g. "68 out of 100 people"), $what (what is counted)
summary-outcome = { $number }: { $what }
# Variables: $what (what is counted), $status ("No reliable numbers")
summary-no-data = { $what }: { $status }
# Variables: $label ("Compared with"), $group (the comparison group), $result (its number)
summary-comparison = { $label } { $group }: { $result }
# Variables: $time ("Time frame: 2 months"), $certainty ("Low certainty")
summary-facts = { $time } · { $certainty }
# Variables: $number (position in the list), $citation (not translated)
summary-reference = { $number }. { $citation }

## The translation's status, printed at the end in each language of the summary

# For en-US, the text every translation is made from.
summary-translation-source = This summary is in the language it was first written in. Translations are made from it.
summary-translation-draft = This translation is a draft. A qualified medical translator has not checked it yet. If anything is unclear, ask your clinic for an interpreter.
# Variables: $reviewer (who checked it, with their role), $date (when, already formatted)
summary-translation-reviewed = This translation was checked by { $reviewer } on { $date }.
