### Clinical content: the words for conditions, stages, options and outcomes.
### Numbers are not here: they live in crates/hipaid-core/content/ and reach the screen as
### variables, so a translation can never change one. Plain language, reading grade 8 or below.

## Conditions

condition-hip-oa-name = Hip osteoarthritis
condition-hip-oa-summary = The smooth layer (cartilage) that covers the ends of the bones in the hip wears thin. The hip can hurt, feel stiff and move less. It is very common as people get older.

## Stages of hip osteoarthritis (Kellgren–Lawrence grades, read from an X-ray)

stage-hip-oa-kl-1-name = Grade 1: doubtful
stage-hip-oa-kl-1-description = The X-ray may show a very small change. It is not clear yet that this is arthritis.
stage-hip-oa-kl-2-name = Grade 2: mild
stage-hip-oa-kl-2-description = The gap between the bones is a little narrower, and small bony bumps have started to grow.
stage-hip-oa-kl-3-name = Grade 3: moderate
stage-hip-oa-kl-3-description = The gap between the bones is clearly narrower. There are more bony bumps, and the bone under the cartilage has changed.
stage-hip-oa-kl-4-name = Grade 4: severe
stage-hip-oa-kl-4-description = Most of the gap between the bones is gone, and the shape of the joint has changed.

## Treatment options

option-exercise-name = Exercise and physiotherapy
option-exercise-summary = A program of exercises to make the muscles around the hip stronger, with advice on staying active and, if it helps, on body weight. No needles and no surgery. It works while you keep it up.
option-steroid-injection-name = Steroid injection
option-steroid-injection-summary = A doctor injects a steroid medicine (often with a numbing medicine) into the hip joint, using an ultrasound or X-ray picture to guide the needle. One visit. The effect usually lasts weeks, not months.

## Outcomes (each is shown as "N out of 100 people", with its time frame and certainty)

outcome-exercise-pain-better = Extra people whose pain and movement get better, compared with not exercising
outcome-steroid-pain-relief-2m = Pain clearly better (at least one fifth less pain)
outcome-steroid-septic-arthritis = Infection inside the joint (septic arthritis), which needs urgent treatment

## What an outcome is compared with

comparator-placebo-injection = with a dummy injection that has no medicine in it
