### The consultation's steps: the step list, Back and Next, the clinician and patient views,
### comparing options, what matters to the patient, questions, the SURE check, the decision and
### the summary preview. Plain words for patients: reading grade eight or lower. Numbers are
### variables, never typed into the text.

## Step list, Back and Next

consult-steps-label = Steps of the visit
# Variables:
#   $number (Number) - the step's place in the list
consult-step-number = { $number }
consult-step-start = Start
consult-step-condition = The problem
consult-step-course = If nothing is done
consult-step-options = Choices
consult-step-compare = Compare
consult-step-visuals = Benefits and harms
consult-step-matters = What matters to you
consult-step-questions = Questions
consult-step-ready = Ready to decide?
consult-step-decision = Decision
# Variables:
#   $step (String) - the name of the step Back goes to
consult-back = Back: { $step }
# Variables:
#   $step (String) - the name of the step Next goes to
consult-next = Next: { $step }
# Variables:
#   $number (Number) - the current step
#   $total (Number) - how many steps there are
consult-progress = Step { $number } of { $total }
# Variables:
#   $step (String) - the step the details were opened from
nav-back-step = Back to: { $step }
consult-needs-condition = First choose the problem. The other steps use it.
consult-go-condition = Choose the problem

## Views and ending the visit

consult-view-patient = Large text for the patient
consult-end = End visit
consult-end-confirm = End this visit? All answers are wiped from this computer.
consult-end-yes = Yes, end and wipe
consult-end-no = No, go on

## If nothing is done

consult-course-heading = What happens if nothing is done
consult-course-no-figures = Research gives no numbers for this.

## Choices and comparing

consult-compare-legend = Choices to compare
consult-compare-hint = Tick two to four choices to see them side by side.
# Variables:
#   $option (String) - the option's name
consult-compare-this = Compare { $option }
# Variables:
#   $option (String) - the option's name
consult-hide-option = The clinic does not offer { $option }: hide it
consult-hidden-heading = Hidden because the clinic does not offer them
# Variables:
#   $option (String) - the option's name
consult-show-option = Show { $option } again
consult-compare-heading = Compare the choices
consult-compare-intro = The choices are side by side, in no order of preference. Each row answers a question people often ask.
consult-compare-too-few = Tick at least two choices to compare them.
consult-compare-caption = The chosen treatments, side by side
consult-row-what = What is it?
consult-row-onset = How soon does it work?
consult-row-lasts = How long does it last?
consult-row-benefits = How many people get better?
consult-row-harms = What can go wrong?
consult-row-recovery = Recovery
consult-row-repeats = Can it be repeated?
consult-row-cost = Cost
consult-row-certainty = How sure is the research?
consult-row-guidelines = What do guidelines say?
# Variables:
#   $span (String) - when the option helps most, e.g. "2 weeks" or "Not known"
consult-peak = Helps most: { $span }
# Variables:
#   $span (String) - time off usual activities
consult-time-off = Time off usual activities: { $span }
# Variables:
#   $guideline (String) - the guideline's name
#   $stance (String) - its advice, e.g. "Advises against"
consult-guideline-line = { $guideline }: { $stance }
# Variables:
#   $comparator (String) - the comparison group, e.g. "People given a dummy injection"
#   $result (String) - that group's number
#   $timeframe (String) - the time frame
#   $certainty (String) - how sure the research is
consult-outcome-meta = { $comparator }: { $result }. Time frame: { $timeframe }. { $certainty }.

## Benefits and harms as pictures

consult-visuals-heading = Benefits and harms in pictures
# Variables:
#   $denominator (Number) - the size of the group in each picture
consult-visuals-intro = Each picture shows { $denominator } people. The filled figures are the people this happened to. The second picture shows a group who did not have this treatment.
consult-timeframes-differ = The studies followed people for different lengths of time. Check the time frame under each picture before you compare.
# Variables:
#   $denominator (Number) - the size of the group in each picture
consult-no-arrays = Research gives no numbers out of { $denominator } people for this.
# Variables:
#   $timeframe (String) - the time frame
#   $certainty (String) - how sure the research is
consult-array-meta = Time frame: { $timeframe }. { $certainty }.
# Variables:
#   $option (String) - the option's name
consult-array-with = With { $option }
# Variables:
#   $denominator (Number) - the larger group rare harms are counted in
consult-rare-heading = Rare harms, out of { $denominator } people
consult-words-only-heading = Said in words only
consult-timeline-heading = When it helps, and for how long
consult-timeline-intro = Each row shows one choice over the months after treatment. Times that research does not know are marked "Not known".

## What matters to you

consult-matters-heading = What matters to you?
consult-matters-intro = Say how much each thing matters to you. There are no right answers. Your answers are shown next to the facts. The app does not add them up or pick a choice for you.
consult-priority-avoid-surgery = Avoiding an operation
consult-priority-quick-relief = Getting relief soon
consult-priority-lasting-relief = Relief that lasts a long time
consult-priority-low-serious-harm = A low chance of serious harm
consult-priority-short-recovery = A short recovery
consult-priority-low-cost = A low cost to me
consult-priority-strong-evidence = Strong research behind it
consult-priority-few-visits = Few visits to the clinic
consult-importance-not-important = Not important
consult-importance-somewhat = Somewhat important
consult-importance-very = Very important
consult-matters-note-label = In your own words, what matters most? (optional)
consult-matters-note-hint = For example, a trip, work, or caring for someone.
consult-reflect-heading = What you said, next to the facts
consult-reflect-intro = The things you said matter, with what each choice means for them.
consult-reflect-empty = When you mark something as important, it shows here next to the facts.
consult-reflect-you-said = You said this matters
consult-fact-surgery = This is an operation.
consult-fact-no-surgery = This is not an operation.
# Variables:
#   $span (String) - when it starts to help
consult-fact-onset = Starts to help: { $span }
# Variables:
#   $span (String) - how long the help lasts
consult-fact-lasts = Help lasts: { $span }
# Variables:
#   $span (String) - time until usual activities
consult-fact-recovery = Back to usual activities: { $span }
# Variables:
#   $visits (String) - the number of visits, e.g. "2 visits" or "Not known"
consult-fact-visits = Visits: { $visits }
# Variables:
#   $number (String) - e.g. "8 out of 1,000 people"
#   $label (String) - what happens to them
consult-fact-harm = { $number }: { $label }
consult-fact-see-details = See the details

## Questions

consult-questions-heading = Questions to ask
consult-questions-intro = Tick the questions you want to ask. They go on your take-home summary.
consult-questions-legend = Questions for the clinician
consult-question-chance-for-me = What are the chances this will help someone like me?
consult-question-if-i-wait = What happens if I wait and decide later?
consult-question-back-to-activities = When can I get back to work, driving or sport?
consult-question-if-it-fails = What can we do next if this does not help?
consult-question-how-many-done = How often do you or this clinic do this?
consult-question-cost-to-me = What will it cost me, and will insurance pay?
consult-question-what-i-can-do = What can I do myself to help my hip?
consult-question-second-opinion = Should I get a second opinion?
consult-own-questions-label = Your own questions (optional)
consult-own-questions-hint = Write them here so they are not forgotten.

## Ready to decide? (SURE)

consult-ready-heading = Ready to decide?
consult-ready-intro = Four quick questions. Answer yes or no. They help you see if you need anything more before you choose.
consult-sure-sure = Do you feel sure about the best choice for you?
consult-sure-understand = Do you know the benefits and risks of each choice?
consult-sure-risk-benefit = Are you clear about which benefits and risks matter most to you?
consult-sure-encouragement = Do you have enough support and advice to make a choice?
consult-yes = Yes
consult-no = No
consult-sure-ready = You answered yes to all four questions. You seem ready to decide.
consult-sure-not-ready = You may need more time, information or support before you decide. That is fine. Here is what could help:
consult-sure-help-sure = Take time to think. You do not have to decide today.
consult-sure-help-understand = Go over the benefits and harms again, or ask the clinician to explain them.
consult-sure-help-risk-benefit = Look again at what matters to you, and talk it through with someone you trust.
consult-sure-help-encouragement = Talk with family or friends, or ask for a second opinion.
consult-teach-back-heading = Check understanding (for the clinician)
consult-teach-back-prompt = Ask the patient to tell you, in their own words, the choices, what each may do for them, and what happens next. Explain again anything that is not clear.
consult-teach-back-done = Done: the patient explained it back

## Decision and next steps

consult-decision-heading = The decision
consult-decision-intro = The choice is yours. You can decide now, lean towards a choice, or take more time.
consult-decision-legend = Where you are now
consult-decision-not-yet = Not decided yet
consult-decision-leaning = Leaning towards a choice
consult-decision-chosen = Decided
consult-decision-option-legend = Which choice?
consult-next-steps-legend = Next steps
consult-next-step-exercise-programme = Start an exercise plan
consult-next-step-physio-referral = See a physiotherapist
consult-next-step-weight-support = Get help with weight
consult-next-step-book-injection = Book the injection
consult-next-step-surgical-referral = See a surgeon
consult-next-step-more-tests = Have more tests or scans
consult-next-step-time-to-think = Take time to think
consult-next-step-talk-with-family = Talk with family or friends
consult-next-step-second-opinion = Get a second opinion
consult-next-step-follow-up-visit = Book a follow-up visit
consult-follow-up-label = Follow-up date (optional)
consult-follow-up-hint = The day of the next visit or call.
consult-notes-label = Clinician notes (optional)
consult-notes-hint = Printed on the clinician's copy. Do not type the patient's full name.

## Preview of the take-home summary

consult-preview-heading = What the take-home summary will say
consult-preview-intro = This is what was said and chosen in this visit.
consult-preview-condition = The problem
# Variables:
#   $condition (String) - the condition
#   $stage (String) - its stage
consult-preview-condition-stage = { $condition }. { $stage }
consult-preview-options = Choices compared
consult-preview-matters = What matters to you
# Variables:
#   $priority (String) - what matters
#   $importance (String) - how much it matters
consult-preview-priority = { $priority }: { $importance }
consult-preview-ready = Ready to decide?
# Variables:
#   $yes (Number) - how many "yes" answers
#   $total (Number) - how many questions
consult-preview-sure = { $yes } of { $total } answers were yes.
consult-preview-sure-incomplete = Not all questions answered.
consult-preview-decision = The decision
# Variables:
#   $option (String) - the option's name
consult-preview-leaning = Leaning towards { $option }
# Variables:
#   $option (String) - the option's name
consult-preview-chosen = Decided on { $option }
consult-preview-next = Next steps
# Variables:
#   $date (Date) - the follow-up date
consult-preview-follow-up = Follow-up: { $date }
consult-preview-questions = Questions to ask
consult-preview-none = Nothing yet
consult-preview-pdf-later = The printed summary adds the numbers, pictures and sources for each choice.
consult-print-button = Save and print the summary
# A tick box, shown when the patient's language differs from the app's language.
consult-print-bilingual = Also print each part in the clinician's language
# Shown on the button while the PDF is being made.
consult-print-working = Making the summary…
# Variables:
#   $pages (Number) - pages in the saved PDF
#   $path (String) - where the PDF was saved
consult-print-saved = { $pages ->
    [one] The summary (one page) is saved as { $path }. It opens in your PDF viewer, ready to print.
   *[other] The summary ({ $pages } pages) is saved as { $path }. It opens in your PDF viewer, ready to print.
}
# Shown instead of consult-print-saved when no PDF viewer was opened.
# Variables:
#   $pages (Number) - pages in the saved PDF
#   $path (String) - where the PDF was saved
consult-print-saved-only = { $pages ->
    [one] The summary (one page) is saved as { $path }. Open it from there to print it.
   *[other] The summary ({ $pages } pages) is saved as { $path }. Open it from there to print it.
}

## The clinic's own notes on cost (clinic settings), shown after the figures above

# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-cost-note = At this clinic: { $note }
# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-insurance-note = Insurance at this clinic: { $note }
