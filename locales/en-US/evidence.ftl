### Shared words for the clinical content: certainty, guideline positions, how a procedure is
### done, time units, costs, and what each outcome is compared with. The numbers themselves
### live in crates/hipaid-core/content/ and arrive here only as variables.

## The decision and this document (IPDAS: decision, date, update policy, funding)

document-decision = The decision: how to treat your hip pain, or whether to treat it now at all.
document-purpose = This tool helps you and your clinician talk about the choices. It gives facts and numbers from research. It does not choose for you.
document-update-policy = We check this information against new research at least once a year. The next check is due by { $next }. We also check it sooner if an important new study or guideline appears.
document-funding = This tool was written by the HipAid project team. No company that sells a treatment shown here paid for it or had a say in it.
document-conflicts = The people who wrote it have no money ties to any treatment shown here. Nobody earns more if you pick one option over another.
document-authors = Written by the HipAid team from published research and guidelines. Each number lists where it comes from.
document-not-advice = This summary helps your talk with your clinician. It does not replace their advice.

## How sure we are (GRADE certainty of the evidence)

certainty-high = High certainty
certainty-moderate = Moderate certainty
certainty-low = Low certainty
certainty-very-low = Very low certainty
certainty-high-explain = New research is very unlikely to change this.
certainty-moderate-explain = New research might change this.
certainty-low-explain = New research could well change this.
certainty-very-low-explain = This is close to a guess. New research is likely to change it.

## What guidelines say

stance-strong-for = Strongly recommended
stance-for = Recommended
stance-conditional-for = Suggested for some people
stance-consider = Can be considered
stance-option = One of the suitable choices
stance-no-recommendation = No recommendation either way
stance-conditional-against = Suggested against for most people
stance-against = Recommended against
stance-strong-against = Strongly recommended against
stance-none-found = No guideline covers this

guideline-none = No guideline
guideline-aaos-2023 = American Academy of Orthopaedic Surgeons (AAOS), 2023
guideline-aaos-2017 = American Academy of Orthopaedic Surgeons (AAOS), 2017
guideline-acr-af-2019 = American College of Rheumatology and Arthritis Foundation, 2019
guideline-oarsi-2019 = Osteoarthritis Research Society International (OARSI), 2019
guideline-nice-ng226-2022 = NICE (England) osteoarthritis guideline NG226, 2022
guideline-warwick-2016 = Warwick Agreement on hip impingement, 2016
guideline-eular-2021 = EULAR advice on joint injections, 2021
guideline-eular-2022 = EULAR advice on rheumatoid arthritis, 2022
guideline-chinese-onfh-2020 = Chinese guideline on avascular necrosis of the hip, 2020

## Kinds of option and how they are done

kind-self-care = Self-care
kind-monitoring = Watch and wait
kind-injection = Injection
kind-surgery = Surgery

guidance-none = No scan is needed.
guidance-ultrasound = The doctor uses an ultrasound scan to guide the needle.
guidance-ultrasound-or-x-ray = The doctor uses an ultrasound or X-ray picture to guide the needle.
guidance-camera = The surgeon works through small cuts, using a tiny camera.
anaesthesia-none = No numbing medicine is needed.
anaesthesia-local = A numbing medicine is used on the skin and in the hip.
anaesthesia-spinal-or-general = You have a spinal injection that numbs you from the waist down, or you are put to sleep.
anaesthesia-general = You are put to sleep for the operation.

regulatory-approved = Approved medicine or device
regulatory-standard-procedure = Standard treatment
regulatory-not-approved = Not approved for this use
regulatory-not-regulated = No approval needed
regulatory-not-verified = Approval for this use not confirmed

repeats-allowed-yes = Can be repeated
repeats-allowed-limited = Can be repeated, with limits
repeats-allowed-no = Usually done once
repeats-allowed-unknown = Not known if repeating helps

insurance-usually-covered = Usually covered by insurance
insurance-sometimes-covered = Sometimes covered by insurance
insurance-usually-not-covered = Usually not covered; you pay yourself
insurance-unknown = Insurance cover not known

cost-per-session = per session
cost-per-injection = per injection
cost-per-course = per course
cost-per-operation = per operation
cost-unknown = No reliable price found
# Variables:
#   $amount (Number) - a price in whole units of its currency, like 574
#   $currency (String) - the currency's ISO 4217 code, like USD
money =
    { $currency ->
        [USD] ${ $amount }
       *[other] { $amount } { $currency }
    }

## Times

span-unknown = Not known
span-none = No effect beyond a dummy treatment
span-days = { $low ->
    [one] { $low } day
   *[other] { $low } days
}
span-weeks = { $low ->
    [one] { $low } week
   *[other] { $low } weeks
}
span-months = { $low ->
    [one] { $low } month
   *[other] { $low } months
}
span-years = { $low ->
    [one] { $low } year
   *[other] { $low } years
}
span-range-days = { $low }–{ $high } days
span-range-weeks = { $low }–{ $high } weeks
span-range-months = { $low }–{ $high } months
span-range-years = { $low }–{ $high } years

## What the numbers are compared with

comparator-placebo-injection = a dummy shot, without the treatment being tested
comparator-local-anaesthetic-injection = a shot of numbing drug only
comparator-no-treatment = no treatment
comparator-no-exercise = not doing the exercise program
comparator-usual-care = usual care from a family doctor
comparator-wait-and-see = waiting to see how it goes
comparator-advice-alone = advice and information only
comparator-education-and-exercise = advice plus an exercise plan
comparator-exercise-alone = the exercise program alone
comparator-physiotherapy = physiotherapy (exercise with a therapist)
comparator-resistance-training = a muscle-strength exercise program
comparator-steroid-injection = a steroid injection
comparator-hyaluronic-acid = a gel (hyaluronic acid) injection
comparator-core-decompression-alone = core decompression without added cells
comparator-no-injection = people who had no injection
comparator-no-comparison-group = no one to compare with: the study only looked at people who had it
comparator-no-recent-injection = people who had no hip injection in the months before surgery

## Kinds of study (shown with each reference)

study-type-rct = Randomized trial
study-type-systematic-review = Review of many studies
study-type-network-meta-analysis = Review comparing many treatments
study-type-cohort = Study following a group of people
study-type-registry = Register of treated patients
study-type-case-series = Report on a series of patients
study-type-cross-sectional = Survey at one point in time
study-type-guideline = Guideline
study-type-consensus = Expert agreement
study-type-regulator = Regulator’s statement
study-type-evidence-summary = Summary of the evidence
study-type-review = Review article
study-type-patient-information = Hospital or clinic information
study-type-price-survey = Price survey
study-type-policy = Insurer’s policy

## What a condition figure tells

figure-topic-how-common = How common it is
figure-topic-natural-course = What happens without treatment

## Parts of the hip picture

part-bone = Bone
part-cartilage = Cartilage (smooth joint lining)
part-labrum = Labrum (rim of the socket)
part-tendons-bursa = Tendons and bursa (outside of the hip)
part-blood-supply = Blood supply to the ball of the hip
part-joint-lining = Joint lining

## Score scales (names, shown as headings)

scale-pain-0-10 = Pain score from 0 (no pain) to 10 (worst pain)
scale-pain-0-100 = Pain score from 0 (no pain) to 100 (worst pain)
scale-oxford-hip-score = Oxford Hip Score, from 0 (worst) to 48 (best)
scale-ihot-33 = iHOT-33 hip score, from 0 (worst) to 100 (best)
scale-harris-hip-score = Harris Hip Score, from 0 (worst) to 100 (best)
scale-hos-adl = Hip Outcome Score for daily activities, from 0 (worst) to 100 (best)
scale-self-rated-improvement = How much better people said they felt, from 0 to 100 percent
