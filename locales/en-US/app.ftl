### HipAid app chrome: the words of the app itself (titles, labels, buttons, errors).
### Clinical words (conditions, stages, options, outcomes) are in content.ftl, and the name of
### each language is in locale.ftl. Plain language, reading grade 8 or below.
### Ids start with the screen they belong to: app-, nav-, start-, condition-, error-.

## App-wide

app-title = HipAid
app-loading = Loading…

## Navigation

nav-back = Back to start

## Start screen

start-intro = Decide together how to treat hip pain. First, set up this visit.
start-ui-locale-label = App language
start-ui-locale-hint = The language of the buttons and menus. It changes right away.
start-patient-locale-label = Patient’s language
start-patient-locale-hint = The language of what the patient reads and takes home.
start-patient-label-label = Patient note (optional)
    .placeholder = For example: room 4, morning visit
start-patient-label-hint = A short note to tell visits apart. Do not type the patient’s full name.
start-clinician-name-label = Your name (optional)
start-clinician-name-hint = Shown during this visit so the patient knows who they spoke with.
start-submit = Start the visit
start-submit-busy = Starting…

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

## Condition screen: treatment choices and their outcomes

condition-options-heading = Treatment choices
condition-options-empty = There are no treatment choices to show for this yet.
condition-kind-benefit = Benefit
condition-kind-harm = Possible harm
# Variables:
#   $count (Number) - how many people this happens to, like 45 or 0.08
#   $denominator (Number) - out of how many people, like 100
condition-outcome-with-option = { $count } out of { $denominator } people
# Variables:
#   $low (Number) - the lowest likely number of people
#   $high (Number) - the highest likely number of people
#   $denominator (Number) - out of how many people, like 100
condition-outcome-with-option-range = { $low } to { $high } out of { $denominator } people
# Variables:
#   $count (Number) - how many people this happens to in the comparison group
#   $denominator (Number) - out of how many people, like 100
#   $group (String) - the comparison group, from content.ftl, like "with a dummy injection"
condition-outcome-comparator = Compared with { $count } out of { $denominator } people { $group }
# Variables:
#   $low (Number) - the lowest likely number of people in the comparison group
#   $high (Number) - the highest likely number of people in the comparison group
#   $denominator (Number) - out of how many people, like 100
#   $group (String) - the comparison group, from content.ftl, like "with a dummy injection"
condition-outcome-comparator-range = Compared with { $low } to { $high } out of { $denominator } people { $group }
# Variables:
#   $value (Number) - how many days the outcome was measured over
condition-timeframe-days =
    { $value ->
        [one] Time frame: { $value } day
       *[other] Time frame: { $value } days
    }
# Variables:
#   $value (Number) - how many weeks the outcome was measured over
condition-timeframe-weeks =
    { $value ->
        [one] Time frame: { $value } week
       *[other] Time frame: { $value } weeks
    }
# Variables:
#   $value (Number) - how many months the outcome was measured over
condition-timeframe-months =
    { $value ->
        [one] Time frame: { $value } month
       *[other] Time frame: { $value } months
    }
# Variables:
#   $value (Number) - how many years the outcome was measured over
condition-timeframe-years =
    { $value ->
        [one] Time frame: { $value } year
       *[other] Time frame: { $value } years
    }

## How sure the research is (GRADE certainty), in words. Shown next to a small meter;
## the words carry the meaning, the meter only repeats it.

condition-certainty-high = High certainty: we are very sure about this number.
condition-certainty-moderate = Moderate certainty: we are fairly sure about this number.
condition-certainty-low = Low certainty: the real number may be quite different.
condition-certainty-very-low = Very low certainty: the real number is likely to be quite different.

## Sources of the numbers

# Variables:
#   $count (Number) - how many sources follow
condition-outcome-sources =
    { $count ->
        [one] Source:
       *[other] Sources:
    }
# Variables:
#   $number (Number) - the number of the source in the list at the bottom of the page
condition-source-link = { $number }
    .aria-label = Source { $number }
condition-references-heading = Sources

## Errors. One per error code from the app's back end. Each says what happened, that nothing
## typed is lost, and what to do next.

error-unknown-locale = This language is not available. Nothing you typed is lost. Please choose a language from the list.
error-unknown-condition = The app does not know this problem. Nothing you typed is lost. Please choose a problem from the list.
error-unknown-stage = The app does not know this stage. Nothing you typed is lost. Please choose a stage from the list.
error-text-too-long = Some of the text is too long. Nothing you typed is lost. Please make the patient note or your name shorter, then try again.
error-invalid-text = Some of the text has characters the app cannot use. Nothing you typed is lost. Please use letters, numbers and simple punctuation, then try again.
error-no-consultation = No visit has been started yet. Nothing you typed is lost. Please go back to the start and start the visit.
error-internal = Something went wrong inside the app. Nothing you typed is lost. Please try again.
