### HipAid app chrome: the words of the app itself (titles, labels, buttons, errors).
### Clinical words (conditions, stages, options, outcomes) are in conditions.ftl, options-*.ftl,
### claims.ftl and evidence.ftl, and the name of each language is in locale.ftl.
### Plain language, reading grade 8 or below.
### Ids start with the screen they belong to: app-, nav-, start-, condition-, option-, about-,
### error-; number- and sources- are shared by the condition and option screens.

## App-wide

app-title = HipAid
app-loading = Loading…

## Start screen

start-intro = Decide together how to treat hip pain. First, set up this visit.
start-ui-locale-label = App language
start-ui-locale-hint = The language of the buttons and menus. It changes right away.
start-patient-locale-label = Patient’s language
start-patient-locale-hint = The language of what the patient reads and takes home.
# A language in the pickers whose translation no qualified medical translator has checked yet.
# Variables:
#   $name (String) - the language's own name, like "Tiếng Việt"
start-locale-draft = { $name } (draft translation)
start-locale-draft-notice = This translation is a draft. A qualified medical translator has not checked it yet. For anything important, use an interpreter.
# Variables:
#   $reviewer (String) - who checked the translation, with their role
#   $date (Date) - when they checked it
start-locale-reviewed = Translation checked by { $reviewer } on { $date }.
start-patient-label-label = Patient note (optional)
    .placeholder = For example: room 4, morning visit
start-patient-label-hint = A short note to tell visits apart. Do not type the patient’s full name.
start-clinician-name-label = Your name (optional)
start-clinician-name-hint = Shown during this visit so the patient knows who they spoke with.
start-submit = Start the visit
start-submit-busy = Starting…
start-submit-new = Start a new visit
start-continue = Go on with this visit
start-notice-unfinished = HipAid closed during the last visit. Its answers are kept. Go on with it, or start a new visit.
start-notice-damaged = The saved visit could not be read, so HipAid started without it. The file was kept for technical support.
app-not-saved = This computer could not save the visit. Your answers stay on screen until HipAid is closed.
start-notice-settings-damaged = The clinic settings could not be read, so HipAid started with the usual settings. The file was kept for technical support. Clinic staff can set them again under "Clinic settings".
start-settings = Clinic settings

## Clinic settings screen: for clinic staff, before visits. Nothing about patients is kept here.

settings-title = Clinic settings
settings-intro = These settings are kept on this computer and used for every visit. They hold nothing about patients.
settings-clinic-heading = Your clinic
settings-clinic-name = Clinic name
settings-address = Address
settings-phone = Phone number
settings-logo = Logo for the printed summary
# Variables:
#   $kb (Number) - the largest file size allowed, in kilobytes
#   $px (Number) - the largest width or height allowed, in pixels
settings-logo-hint = A PNG picture, at most { $kb } KB and { $px } pixels wide or high.
settings-logo-choose = Choose a logo file
settings-logo-remove = Remove the logo
settings-logo-none = No logo chosen.
settings-logo-preview = The logo as it will be printed
settings-languages-heading = Languages and paper
settings-ui-locale = App language when HipAid starts
settings-patient-locale = Patient’s language for a new visit
settings-locale-default = The computer’s language
settings-patient-locale-default = The same as the app language
settings-paper = Paper size of the summary
settings-paper-default = A4, or US Letter for US English
settings-paper-a4 = A4
settings-paper-letter = US Letter
settings-options-heading = Treatment choices at this clinic
settings-options-intro = Untick a choice the clinic does not offer: it starts hidden in every visit, and the clinician can still show it. The cost notes are shown next to the research figures.
settings-offered = Offered here
settings-cost-note = Cost at this clinic (optional)
settings-insurance-note = Insurance note (optional)
settings-view-heading = How visits start
settings-start-view = View at the start of a visit
settings-view-clinician = Clinician view
settings-view-patient = Patient view with large text
settings-max-age = Hours an unfinished visit is kept
# Variables:
#   $max (Number) - the largest number of hours allowed
settings-max-age-hint = If HipAid closes during a visit, the visit can be opened again for this many hours (1 to { $max }). After that it is wiped.
settings-save = Save the settings
settings-saving = Saving…
settings-back = Back to the start
settings-saved = The settings are saved. They apply from the next visit.
settings-has-problems = Nothing was saved yet. Please fix the marked fields.

## Clinic settings: what is wrong with one field

# Variables:
#   $max (Number) - the most characters allowed
settings-problem-too-long = This is too long. Use at most { $max } characters.
settings-problem-invalid-text = This has characters the app cannot use. Use letters, numbers and simple punctuation.
settings-problem-invalid-phone = This does not look like a phone number. Use digits, spaces and + ( ) - . /
settings-problem-not-png = This file is not a PNG picture. Please choose a PNG file.
# Variables:
#   $max (Number) - the largest file size allowed, in kilobytes
settings-problem-logo-too-large = This file is too large. Choose one of at most { $max } KB.
# Variables:
#   $max (Number) - the largest width or height allowed, in pixels
settings-problem-logo-size = This picture is too small or too large. Use one from 16 to { $max } pixels wide and high.
settings-problem-unknown-locale = This language is not available. Please choose one from the list.
settings-problem-unknown-option = This treatment choice is not known to this version of HipAid.
# Variables:
#   $max (Number) - the largest number allowed
settings-problem-out-of-range = Please choose a whole number from 1 to { $max }.
settings-problem-unsupported-version = These settings were made by a newer version of HipAid.

## Condition screen: the current visit, shown at the top

# Variables:
#   $label (String) - the short patient note typed on the start screen, like "room 4"
condition-consultation-label = Visit: { $label }
# Variables:
#   $time (Date) - when the visit started, with date and time
condition-consultation-started = Visit started { $time }
# Variables:
#   $name (String) - the name the clinician typed on the start screen
condition-consultation-clinician = Clinician: { $name }

## Condition screen: choosing the condition and its stage

condition-heading = The problem and the choices
condition-intro = Choose the problem and how far along it is. Then you will see the treatment choices and what research says about them.
condition-choose-legend = Problem
condition-stage-legend = Stage (from the X-ray)
condition-stage-unknown = Not known yet
condition-stage-unknown-description = For example, there is no X-ray yet.

## Condition screen: about the chosen condition and stage

condition-stage-heading = Your stage
condition-parts-heading = Parts of the hip involved
condition-diagnosis-heading = How it is diagnosed
# A number about the condition, as one sentence.
# Variables:
#   $count (Number) - how many people, like 25 or 2.5
#   $denominator (Number) - out of how many people, like 100 or 1,000
#   $what (String) - what happens to them, from the content, like "get hip arthritis by age 85"
condition-figure-people = { $count } out of { $denominator } people { $what }
# Variables:
#   $low (Number) - the lowest likely number of people
#   $high (Number) - the highest likely number of people
#   $denominator (Number) - out of how many people, like 100 or 1,000
#   $what (String) - what happens to them, from the content
condition-figure-people-range = { $low } to { $high } out of { $denominator } people { $what }
# A count of people, not out of a group.
# Variables:
#   $count (Number) - how many people, like 10,000
#   $what (String) - who they are, from the content, like "adults in the United States newly found to have this problem each year"
condition-figure-count = { $count } { $what }
# Variables:
#   $low (Number) - the lowest likely count, like 10,000
#   $high (Number) - the highest likely count, like 20,000
#   $what (String) - who they are, from the content
condition-figure-count-range = { $low }–{ $high } { $what }
condition-figure-one-time = Time frame: counted at one point in time

## Condition screen: the treatment choices that fit

condition-options-heading = Treatment choices
condition-options-intro = These choices fit this problem. They are in no order of preference. Which one suits you best depends on what matters most to you.
condition-options-empty = There are no treatment choices to show for this yet.
condition-card-fits = For this problem:
# Variables:
#   $option (String) - the name of the treatment choice, like "Steroid injection"
condition-card-details = See details
    .aria-label = See details: { $option }

## Numbers from research, on the condition and option screens

# Variables:
#   $count (Number) - how many people this happens to, like 45 or 0.08
#   $denominator (Number) - out of how many people, like 100 or 1,000
number-people = { $count } out of { $denominator } people
# Variables:
#   $low (Number) - the lowest likely number of people
#   $high (Number) - the highest likely number of people
#   $denominator (Number) - out of how many people, like 100
number-people-range = { $low } to { $high } out of { $denominator } people
# An average change on a score, like a pain score.
# Variables:
#   $change (Number) - the average change, with its sign, like -1.2 or +6.4
number-score = Average change of { $change } points
# Variables:
#   $low (Number) - the smallest likely average change, with its sign
#   $high (Number) - the largest likely average change, with its sign
number-score-range = Average change of { $low } to { $high } points
# Variables:
#   $scale (String) - the name of the score, from the content, like "Pain score from 0 (no pain) to 10 (worst pain)"
number-scale = Scale: { $scale }
number-not-measured = Not measured
number-comparator-label = Compared with
number-comparator-result-label = Result in that group
# Variables:
#   $span (String) - how long, like "2 months", "1–3 years" or "Not known"
number-timeframe = Time frame: { $span }

## Sources next to each number and fact

# Variables:
#   $count (Number) - how many sources there are
sources-toggle =
    { $count ->
        [one] Source
       *[other] Sources ({ $count })
    }
sources-study-type-label = Type of study
sources-year-label = Year
sources-size-label = Size
sources-doi-label = DOI
sources-pmid-label = PubMed ID
sources-url-label = Web address
# Variables:
#   $id (String) - the short name of a source that is missing from the list, like "lambert-2007"
sources-unknown = This source is missing from the list: { $id }

## Option screen: every detail of one treatment choice

# Variables:
#   $condition (String) - the name of the problem
option-for-condition = For: { $condition }
# Variables:
#   $condition (String) - the name of the problem
#   $stage (String) - the name of the stage, like "Grade two: mild"
option-for-condition-stage = For: { $condition }. { $stage }
option-certainty-label = How sure the research is about what it does:
option-what-heading = What it is
option-variants-heading = Kinds on offer
# Variables:
#   $condition (String) - the name of the problem
option-fits-heading = How it fits: { $condition }
option-steps-heading = What happens, step by step
option-visits-label = Visits
# Variables:
#   $count (Number) - how many visits
option-visits =
    { $count ->
        [one] { $count } visit
       *[other] { $count } visits
    }
# Variables:
#   $low (Number) - the fewest visits
#   $high (Number) - the most visits
option-visits-range = { $low } to { $high } visits
option-visits-unknown = Not known
option-guidance-label = Scans to guide it
option-anaesthesia-label = Numbing medicine or sleep
option-time-off-label = Time off from usual activities
option-timeline-heading = When it helps, and for how long
option-onset-label = When it starts to help
option-peak-label = When it helps most
option-lasts-label = How long the help lasts
option-recovery-label = Back to usual activities
option-timeline-certainty-label = How sure the research is about these times:
option-milestones-heading = Steps in recovery
# Variables:
#   $label (String) - the step in recovery, from the content, like "walk without crutches"
#   $time (String) - when, like "4–6 weeks" or "Not known"
option-milestone = { $label }: { $time }
option-outcomes-heading = Benefits and possible harms
option-outcomes-intro = Each number comes from research. It says how many people out of a group had this, or how much a score changed on average. Benefits and harms are shown side by side, with the same detail.
option-benefits-heading = Benefits
option-harms-heading = Possible harms
option-outcome-benefit = Benefit
option-outcome-harm = Possible harm
option-outcome-no-data = No reliable numbers
option-outcomes-empty = Research gives nothing to show here for this problem.
option-scale-lower-better = On this scale, lower scores are better.
option-scale-higher-better = On this scale, higher scores are better.
option-repeats-heading = Can it be repeated?
option-repeats-gap-label = Shortest time between treatments
option-repeats-max-label = Most in one year
# Variables:
#   $count (Number) - the most treatments allowed in one year
option-repeats-max =
    { $count ->
        [one] { $count } time
       *[other] { $count } times
    }
option-cost-heading = Cost and insurance
option-cost-label = Price
# Variables:
#   $amount (String) - the price with its currency (the message `money`), like $574
#   $per (String) - what the price is for, like "per injection"
option-cost-amount = { $amount } { $per }
# Variables:
#   $low (String) - the lowest price found, with its currency (`money`)
#   $high (String) - the highest price found, with its currency (`money`)
#   $per (String) - what the price is for, like "per injection"
option-cost-range = { $low } to { $high } { $per }
option-insurance-label = Insurance
option-guidelines-heading = What guidelines say
option-guideline-stance-label = Their advice
option-regulatory-heading = Approval
option-factors-heading = Things that can change the picture for you
option-claims-heading = What clinics claim and what the evidence says
option-claim-label = The claim
option-claim-answer-label = What the evidence says
option-pay-card-heading = Before you pay a clinic
option-pay-card-questions = Questions to ask
option-pay-card-facts = Facts to know

## About this information (a panel at the bottom of the condition and option screens)

about-toggle = About this information
# Variables:
#   $version (String) - the version of the clinical content, like "1.0.0"
about-version = Content version: { $version }
# Variables:
#   $date (Date) - when the content was last checked against research
about-last-reviewed = Last checked against research: { $date }
# Variables:
#   $date (Date) - when the next check is due
about-next-review = Next check due by: { $date }
about-decision-heading = The decision
about-purpose-heading = What this tool is for
about-updates-heading = How we keep it up to date
about-funding-heading = Who paid for it
about-conflicts-heading = Conflicts of interest
about-authors-heading = Who wrote it

## Errors. One per error code from the app's back end. Each says what happened, that nothing
## typed is lost, and what to do next.

error-unknown-locale = This language is not available. Nothing you typed is lost. Please choose a language from the list.
error-unknown-condition = The app does not know this problem. Nothing you typed is lost. Please choose a problem from the list.
error-unknown-stage = The app does not know this stage. Nothing you typed is lost. Please choose a stage from the list.
error-text-too-long = Some of the text is too long. Nothing you typed is lost. Please make the patient note or your name shorter, then try again.
error-invalid-text = Some of the text has characters the app cannot use. Nothing you typed is lost. Please use letters, numbers and simple punctuation, then try again.
error-no-consultation = No visit has been started yet. Nothing you typed is lost. Please go back to the start and start the visit.
error-no-condition = No problem has been chosen yet. Nothing you typed is lost. Please choose the problem first.
error-unknown-option = This choice does not fit the problem and stage, or the clinic does not offer it. Nothing you typed is lost. Please pick a choice from the list.
error-too-many-compared = You can compare up to four choices at a time. Nothing you typed is lost. Please clear one, then pick another.
error-decision-needs-option = Please pick the choice you lean towards, or choose "Not yet". Nothing you typed is lost.
error-invalid-date = This is not a date the app can use. Nothing you typed is lost. Please pick a date from the calendar.
error-date-in-past = This date is before today. Nothing you typed is lost. Please pick today or a later date.
error-unsupported-version = This visit file was made by a different version of the app and cannot be read. Nothing was changed.
error-summary-failed = The summary could not be made. Nothing you typed is lost. Please try again; if it happens again, tell the clinic's support.
error-save-failed = The summary could not be saved there. Nothing you typed is lost. Please choose another folder, or check that there is space on the disk.
error-invalid-settings = Some settings need fixing, so nothing was saved. Nothing you typed is lost. Please look at the marked fields.
error-settings-not-saved = The settings could not be saved on this computer. Nothing you typed is lost. Please check that there is space on the disk, or ask technical support.
error-internal = Something went wrong inside the app. Nothing you typed is lost. Please try again.
