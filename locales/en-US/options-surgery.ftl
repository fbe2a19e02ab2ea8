### Surgical options: hip replacement, hip arthroscopy (keyhole surgery), core decompression.
### Numbers live in crates/hipaid-core/content/options/; the app shows them beside these words.

## Hip replacement

option-hip-replacement-name = Hip replacement
option-hip-replacement-summary =
    A surgeon takes out the worn ball and socket of the hip and puts in an artificial joint.
    It is a major operation.
    Many people stay in hospital for a few days, and some go home the same day.
    Getting back to normal takes weeks, and full recovery can take months.
option-hip-replacement-regulatory = A standard operation that has been done for many years.
option-hip-replacement-cost =
    These are prices that hospitals quoted to people paying for themselves.
    They vary a great deal.
    The average amount billed to insurers was toward the low end of this range.
    Insurance and Medicare usually pay when you meet their rules.
    You may still owe a share, so ask your insurer.

step-hip-replacement-assess = The surgeon checks your hip, your X-rays and your general health.
step-hip-replacement-prepare =
    Before surgery, you may be asked to work on your weight, smoking or blood sugar.
    This lowers the risks.
step-hip-replacement-operation =
    You are put to sleep, or numbed from the waist down.
    The surgeon takes out the worn parts and fits the new joint.
step-hip-replacement-hospital =
    Many people stay in hospital for a short time.
    In the US, many go home the same day.
step-hip-replacement-recover =
    You walk with crutches or sticks at first.
    Exercises, at home or with a physiotherapist, help you get strong again.

milestone-hip-replacement-crutches = Stop using crutches or sticks
milestone-hip-replacement-driving = Drive again, once you can stop safely and no longer need strong painkillers
milestone-hip-replacement-work = Back to work (later for heavy manual jobs)
milestone-hip-replacement-low-impact-sport = Gentle sport, such as golf, swimming or cycling
milestone-hip-replacement-full-benefit = Full benefit (for some people it takes this long)

repeats-hip-replacement =
    A hip replacement is meant to be done once.
    If the new joint fails, a second operation, called a revision, can replace parts of it.

## Hip replacement: benefits

outcome-hip-replacement-oxford-6m = average gain on the Oxford Hip Score
outcome-hip-replacement-oxford-6m-note =
    From a trial in older adults with severe hip osteoarthritis.
    Some people in the exercise group had surgery before the trial ended.
    We found no such trial for other hip conditions.
outcome-hip-replacement-meaningful-improvement-12m = feel clearly better
outcome-hip-replacement-meaningful-improvement-12m-note =
    This was not a randomised trial: people were matched with others like them.
    All had hip osteoarthritis.
    Results for other hip conditions were not found.
outcome-hip-replacement-still-in-place-10y = still have their first new hip, with no redo operation
outcome-hip-replacement-still-in-place-10y-note =
    From national joint records, mostly of people with osteoarthritis.
    New hips last longer in older people and when fixed with bone cement.
outcome-hip-replacement-still-in-place-25y = still have their first new hip, with no redo operation
outcome-hip-replacement-still-in-place-25y-note =
    From national joint records, which count everyone.
    Reports from single surgeons showed higher numbers.
    These hips were put in long ago; today’s may last longer or not.

## Hip replacement: harms

outcome-hip-replacement-persistent-pain = still have troublesome pain long after surgery
outcome-hip-replacement-persistent-pain-note =
    Results varied a lot between studies.
    Most people in these studies had osteoarthritis.
outcome-hip-replacement-death-90d = die after the operation (from any cause)
outcome-hip-replacement-death-90d-note =
    This number has fallen over the years, and older studies found more deaths.
    It comes from all hip replacements, mostly for osteoarthritis.
outcome-hip-replacement-dislocation = new hip slips out of its socket (dislocation)
outcome-hip-replacement-dislocation-note =
    The lower number comes from newer studies.
    The higher one includes older studies.
    Most people in them had osteoarthritis.
outcome-hip-replacement-infection = deep infection of the new hip
outcome-hip-replacement-infection-note =
    Many of these needed another operation.
    The numbers come from large national records.
    Most people in them had osteoarthritis.
outcome-hip-replacement-blood-clots = blood clot in a leg or lung that causes symptoms
outcome-hip-replacement-blood-clots-note =
    People are given medicine to help prevent clots.
    The higher numbers come from a trial that also included knee replacements.
    In that trial, the type of medicine made a difference.
outcome-hip-replacement-leg-length = feel that one leg is longer than the other
outcome-hip-replacement-leg-length-note =
    Most of these people had no difference that could be measured.
    Still, feeling it was linked with a worse hip score.

factor-hip-replacement-weight = A high body weight raises the risks of surgery. You may be asked to work on it first.
factor-hip-replacement-smoking = Smoking raises the risks of surgery. You may be asked to stop first.
factor-hip-replacement-diabetes = Blood sugar that is not well controlled raises the risks. You may be asked to bring it down first.
factor-hip-replacement-recent-injection =
    A hip injection in the few months before surgery is linked to more infections of the new hip.
    Tell your surgeon about any recent injection.
factor-hip-replacement-older-age =
    In older people, the surgeon may fix the new hip with bone cement.
    This lowers the risk of the bone breaking around it.
    New hips also need redoing less often in older people.

## Hip arthroscopy (keyhole surgery)

option-hip-arthroscopy-name = Hip arthroscopy (keyhole surgery)
option-hip-arthroscopy-summary =
    Keyhole surgery on the hip.
    Through small cuts, the surgeon uses a tiny camera and tools.
    The surgeon can reshape extra bone and repair or trim the torn rim of the socket, called the labrum.
    You are fully asleep, and most people go home the same day.
option-hip-arthroscopy-regulatory =
    A standard operation.
    For hip impingement, experts agree it is one fair choice.
    Exercise with a physio is another.
option-hip-arthroscopy-cost =
    We found no reliable US price for this operation.
    Ask the hospital and your insurer what you would pay.

step-hip-arthroscopy-assess =
    Your pain, an exam and your scans must all point to the same problem.
    A tear on a scan is not enough, since many people without pain have one.
step-hip-arthroscopy-operation =
    You are fully asleep.
    Your leg is gently pulled to open the joint.
    Through small cuts, the surgeon reshapes bone and repairs or trims the labrum.
step-hip-arthroscopy-home = Most people go home the same day.
step-hip-arthroscopy-rehab = You use crutches for a few weeks and follow an exercise plan.

milestone-hip-arthroscopy-crutches = Stop using crutches
milestone-hip-arthroscopy-desk-work = Back to desk work
milestone-hip-arthroscopy-sport = Back to sport
milestone-hip-arthroscopy-full-benefit = Full benefit (the hip can keep improving until then)

repeats-hip-arthroscopy =
    It is meant to be done once.
    Some people need a second operation on the same hip, or a hip replacement later.
    Those numbers are shown with the harms.

## Hip arthroscopy: benefits

outcome-hip-arthroscopy-ihot-pooled = average gain on the iHOT hip score
outcome-hip-arthroscopy-ihot-pooled-note =
    From trials in people with hip impingement, many of whom also had a torn labrum.
    Both groups got better.
    Surgery added a gain close to the smallest change people notice.
outcome-hip-arthroscopy-fashion-12m = extra points on the iHOT hip score, on top of the other group’s gain
outcome-hip-arthroscopy-fashion-12m-note =
    From a UK trial in people with hip impingement.
    This number comes from a summary by the trial’s lead surgeon, and we could not check its exact range.
    In the first year, surgery was not shown to be good value for money.
outcome-hip-arthroscopy-hip-oa-benefit = less pain or better use of the hip
no-data-hip-arthroscopy-hip-oa-benefit =
    When arthritis has already begun, studies found smaller gains.
    We found no trial that tested this surgery against physio in people with arthritis.
outcome-hip-arthroscopy-hip-oa-delay = put off the need for a hip replacement
no-data-hip-arthroscopy-hip-oa-delay =
    No study shows that this surgery puts off a hip replacement when arthritis is present.
    In fact, people with arthritis more often need one soon after.

## Hip arthroscopy: harms

outcome-hip-arthroscopy-major-complications = a serious problem caused by the surgery
outcome-hip-arthroscopy-minor-complications = a minor problem, such as a scrape to the joint surface or numbness that passes
outcome-hip-arthroscopy-nerve-palsy = a nerve problem, such as numbness or weakness
outcome-hip-arthroscopy-nerve-palsy-note =
    This number comes from a larger review of many operations.
    We only saw a short summary of it.
    It may overlap with the minor problems, which include numbness that passes.
outcome-hip-arthroscopy-reoperation = need another operation on the same hip
outcome-hip-arthroscopy-later-replacement = need a hip replacement later
outcome-hip-arthroscopy-later-replacement-note =
    The lower number comes from selected study groups.
    The higher one comes from a whole population.
outcome-hip-arthroscopy-later-replacement-arthritis = need a hip replacement within a year
outcome-hip-arthroscopy-later-replacement-arthritis-note =
    This is for older people who already had arthritis or worn cartilage.
    It comes from an expert review, not a trial.

factor-hip-arthroscopy-existing-arthritis =
    If arthritis has already started, the benefit is smaller.
    A hip replacement is also more often needed soon after.
factor-hip-arthroscopy-older-age = Older people more often go on to need a hip replacement.

## Core decompression

option-core-decompression-name = Core decompression
option-core-decompression-summary =
    An operation for early bone death in the ball of the hip, before it has collapsed.
    The surgeon drills one wide channel or several thin ones into the dead bone.
    This aims to ease pressure and help the bone heal.
    Afterwards you keep some weight off the leg for a while.
option-core-decompression-regulatory =
    A standard operation.
    One large US insurer counts it as needed care before the ball has collapsed, but as unproven once it has.
option-core-decompression-cost =
    We found no price for this operation.
    One large US insurer pays for it before the ball of the hip has collapsed.
    Ask your insurer what you would pay.

step-core-decompression-assess =
    An MRI scan or X-ray shows the stage.
    This operation is for hips where the ball is still round.
step-core-decompression-operation =
    You are given an anaesthetic.
    The surgeon drills one wide channel or several thin ones into the dead part of the bone.
step-core-decompression-protect =
    Afterwards you keep some weight off the leg for a while.
    We found no set time for this in our sources.

repeats-core-decompression =
    We found no studies on doing this operation again.
    If the ball of the hip collapses, a hip replacement is often the next step.

## Core decompression: benefits

outcome-core-decompression-no-progression-early = no worsening seen on X-ray
outcome-core-decompression-no-progression-early-note =
    This is the best case: the earliest stage, with a small dead area.
    It comes from an older study with no untreated group.
outcome-core-decompression-collapse = ball of the hip collapses anyway
outcome-core-decompression-collapse-note =
    Fewer is better here.
    From a large study of early-stage hips, with no untreated group to compare.
    Such studies follow people for a few years.
outcome-core-decompression-vs-no-operation = does better than no surgery
no-data-core-decompression-vs-no-operation =
    We found no study that compared this surgery with no surgery.
    Some studies looked only at treated hips.
    Others compared it with other kinds of surgery.

## Core decompression: harms

outcome-core-decompression-harms = harms of the operation
no-data-core-decompression-harms =
    Our sources did not give numbers for the harms of this operation.
    Any operation has risks.
    Ask the surgeon which harms can happen and how often they see them.

factor-core-decompression-lesion-size = The size of the dead area in the ball of the hip matters. The larger it is, the more likely the hip is to collapse after surgery.
factor-core-decompression-cause = Collapse is more likely if steroid medicines caused the bone death. It is also more likely if no cause is found.
factor-core-decompression-disease-duration = Collapse is more likely when the condition has been there for longer.
