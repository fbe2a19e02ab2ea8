### Options that need no needle: exercise and watchful waiting.
### Numbers live in crates/hipaid-core/content/options/exercise.toml and watchful-waiting.toml.
### The app shows each number next to its label; these texts never contain figures.

## Exercise and physiotherapy

option-exercise-name = Exercise and physiotherapy
option-exercise-summary = A program of exercises to make the muscles around your hip stronger.
    A physiotherapist, who is an expert in exercise and movement, shows you what to do.
    You also learn about your hip and how to stay active.
    If it suits you, you can get help with your weight.
    There are no needles and no surgery.
    It helps for as long as you keep it up.
option-exercise-regulatory = Exercise is not a medicine or a device, so no agency has to approve it.
    Guidelines for hip arthritis list it as a main treatment.
option-exercise-cost = We found no reliable price for a course of physiotherapy.
    Ask your clinic or your insurer what you would pay.
    Some programs can be done at home.
repeats-exercise = You can keep going for as long as you like.
    The gains last best if you keep exercising.

step-exercise-assess = A physiotherapist checks your hip and how you move.
    You talk about what you want to be able to do.
step-exercise-programme = You go to a set of sessions over some weeks.
    You learn exercises for strength and balance.
    You also learn facts about your hip and how to manage pain.
step-exercise-home = You do your exercises at home between sessions.
step-exercise-keep-going = When the program ends, you keep exercising on your own.
    This helps you keep what you have gained.

factor-exercise-pain-at-start = Your hip may hurt more when you first start.
    Guidelines say to expect this.
    They also say that regular exercise still helps.
    Tell your therapist, so they can adjust your plan.
factor-exercise-weight = Guidelines offer help with weight loss if you carry extra weight.
    In the one hip trial we found, adding a strict diet to exercise did not clearly ease pain more.
    The diet did help with some other measures.
    Weight change was not linked to arthritis getting worse on X-ray.
factor-exercise-severe-arthritis = Exercise may help less when arthritis is severe.
    In a trial of people with severe hip arthritis, a hip replacement raised hip scores much more than a strength program.
    Some people in the exercise group chose surgery within months.
factor-exercise-waiting-list = Some people were already on a waiting list for a new hip.
    They were more likely to have the operation soon after the program.

outcome-exercise-hip-oa-improve = extra people whose pain and movement get clearly better
outcome-exercise-hip-oa-improve-note = This number counts only the extra people who improve because of exercise.
    Some people improve without it too.
    The gain was measured at the end of the program.
    It was still there some months after the program ended.
outcome-exercise-hip-oa-registry-3m = change in pain score
outcome-exercise-hip-oa-registry-3m-note = This comes from a large record of people who took part in a group program of education and exercise.
    There was no comparison group.
    So some of this change might have happened anyway.
outcome-exercise-hip-oa-registry-12m = change in pain score
outcome-exercise-hip-oa-registry-12m-note = This is the same group of people, checked again later.
    There was no comparison group.
    So some of this change might have happened anyway.
outcome-exercise-hip-oa-weight-loss = change in pain score when a strict weight-loss diet is added to exercise
outcome-exercise-hip-oa-weight-loss-note = Both groups did the same exercise program.
    One group also followed a very low calorie diet.
    The extra drop in pain was small, less than most people would notice.
    The diet group lost more weight and did better on some other measures.
outcome-exercise-gtps-success-vs-wait = say the treatment worked (the trial’s own measure of success)
outcome-exercise-gtps-success-vs-wait-note = This trial was in people with pain from the tendons on the outer side of the hip.
    The program had education and exercise sessions with a physiotherapist.
outcome-exercise-gtps-success-vs-steroid = say the treatment worked (the trial’s own measure of success)
outcome-exercise-gtps-success-vs-steroid-note = This is the same trial as above.
    Here the program is compared with one steroid injection.
    A steroid is a strong medicine that calms swelling.
outcome-exercise-fai-hip-score = rise in hip score
outcome-exercise-fai-hip-score-note = These trials were in people with hip impingement and no arthritis.
    Impingement means the ball and socket pinch because of their shape.
    Both groups improved.
    Keyhole surgery raised the score a bit more, close to the smallest change people notice.
    No trial looked at a labral tear on its own.
outcome-exercise-avn-benefit = less pain and better movement
no-data-exercise-avn-benefit = We found no study of exercise for this condition.
    Exercise may help you stay strong and active.
    It is not known to stop the bone damage.
outcome-exercise-inflammatory-benefit = less pain and better movement
no-data-exercise-inflammatory-benefit = The exercise studies for the hip were done in people with wear-and-tear arthritis.
    They may not apply to inflammatory arthritis.
    Here the main treatment is medicine that works on the whole body.
    Exercise is used alongside it.
outcome-exercise-pain-at-start = more joint pain when you start
no-data-exercise-pain-at-start = Pain can go up for a while when you begin.
    Guidance for hip arthritis says to expect this and to keep going.
    No study we found counted how often it happens.
outcome-exercise-hip-oa-serious-harms = a serious harm caused by the exercise
no-data-exercise-hip-oa-serious-harms = The main review found no reports of serious harm.
    People who exercised did not drop out more often than others.
    A diet trial also found no serious harm from the diet.
    No rates were given, so there is no number to show.
outcome-exercise-hip-oa-replacement-2y = go on to have a hip replacement, even after the program
outcome-exercise-hip-oa-replacement-2y-note = Exercise did not cause this.
    It shows that arthritis can get worse even with exercise.
    These people took part in a group program.
    There was no comparison group.

comparator-exercise-hip-arthroscopy = keyhole surgery on the hip

## Watchful waiting

option-watchful-waiting-name = Watchful waiting
option-watchful-waiting-summary = You and your clinician agree not to start a treatment for now.
    You stay active and check again later.
    You can change your mind and start a treatment at any time.
    With some hip problems, pain often eases on its own.
    With others, the hip slowly gets worse.
option-watchful-waiting-regulatory = Waiting is not a medicine or a device, so no approval is needed.
option-watchful-waiting-cost = There is no treatment to pay for.
    You may still pay for check-up visits.
    We found no price for these.
repeats-watchful-waiting = You can keep waiting for as long as it suits you.
    You can also stop and choose a treatment at any time.

step-watchful-waiting-agree-plan = You and your clinician agree to hold off on treatment for now.
    You also agree when to check again.
step-watchful-waiting-self-care = You stay as active as you can and look after your hip in daily life.
step-watchful-waiting-watch-signs = You notice how your pain and movement change.
    If things get worse, ask for a check sooner.
step-watchful-waiting-review = At the check, you and your clinician look at the choices again.

factor-watchful-waiting-avn-lesion-size = The size and place of the dead bone area matter a lot.
    Small areas rarely collapsed.
    Large areas often collapsed within a few years.
    A scan can show how large the area is.
factor-watchful-waiting-avn-collapse = In many people, the ball of the hip has already collapsed when the problem is found.
    Once the ball has sunk more than a little, experts tend to favor a hip replacement.
factor-watchful-waiting-waiting-list = Some people were already on a waiting list for a new hip.
    They were more likely to have the operation soon.
factor-watchful-waiting-scan-findings = Tears and shape changes show up on scans of many people with no pain.
    So a scan finding alone does not mean you need treatment.
    Your symptoms, your exam and your scan should all match.

outcome-watchful-waiting-hip-oa-benefit = get better without treatment
no-data-watchful-waiting-hip-oa-benefit = The main gain of waiting is that you avoid the side effects and costs of treatment.
    We found no count of how many people get better on their own.
    In arthritis trials, groups that had no treatment changed very little on average.
outcome-watchful-waiting-avn-benefit = get better without treatment
no-data-watchful-waiting-avn-benefit = No study we found counted how many people get better without treatment.
    In one study, the smallest dead areas did not collapse over some years.
    Waiting also avoids the risks of an operation.
outcome-watchful-waiting-labral-tear-benefit = pain eases without treatment
no-data-watchful-waiting-labral-tear-benefit = No study we found followed people with a painful tear who had no treatment.
    Tears show up on scans of many people who have no pain at all.
    So a tear does not always cause trouble.
outcome-watchful-waiting-fai-benefit = pain eases without treatment
no-data-watchful-waiting-fai-benefit = No study we found counted how many people with hip impingement get better without treatment.
    The hip shapes that cause it are common in people with no pain.
outcome-watchful-waiting-gtps-success-8w = say things got better (the trial’s own measure of success)
outcome-watchful-waiting-gtps-success-8w-note = In this trial, one group was asked to wait and see.
    They were compared with people who had education and exercise.
    Waiting avoids sessions and needles.
outcome-watchful-waiting-gtps-recovered-3m = say they have recovered
outcome-watchful-waiting-gtps-recovered-3m-note = In this trial, this group had usual care from their family doctor, not an injection.
    Usual care is not quite the same as waiting.
outcome-watchful-waiting-gtps-recovered-12m = say they have recovered
outcome-watchful-waiting-gtps-recovered-12m-note = This is the same trial, checked later.
    By then, people with and without the injection had done about the same.
outcome-watchful-waiting-hip-oa-replacement-2y = have a hip replacement
outcome-watchful-waiting-hip-oa-replacement-2y-note = These people had taken part in a program of education and exercise.
    We found no such figure for people who only wait.
    There was no comparison group.
outcome-watchful-waiting-avn-collapse-large = the ball of the hip collapses (largest dead areas)
outcome-watchful-waiting-avn-collapse-large-note = These hips had not collapsed when the study began.
    The risk depended on the size and place of the dead area.
    This group had the largest areas.
    There was no comparison group.
outcome-watchful-waiting-avn-collapse-medium = the ball of the hip collapses (middle-sized dead areas)
outcome-watchful-waiting-avn-collapse-medium-note = These hips had not collapsed when the study began.
    This group had dead areas of middle size.
    There was no comparison group.
outcome-watchful-waiting-avn-collapse-small = the ball of the hip collapses (small dead areas)
outcome-watchful-waiting-avn-collapse-small-note = These hips had not collapsed when the study began.
    This group had small dead areas.
    In the group with the smallest areas, none collapsed.
outcome-watchful-waiting-labral-tear-harm = pain or damage gets worse
no-data-watchful-waiting-labral-tear-harm = No study we found followed people with a painful tear who had no treatment.
    So we cannot say how often things get worse.
outcome-watchful-waiting-fai-arthritis = get painful arthritis in the hip
outcome-watchful-waiting-fai-arthritis-note = This long study followed people with hip impingement who did not have surgery.
    There was no comparison group.
outcome-watchful-waiting-fai-replacement = have a hip replacement
outcome-watchful-waiting-fai-replacement-note = This is the same long study of people who did not have surgery.
    There was no comparison group.
outcome-watchful-waiting-gtps-pain-1y = still have pain
outcome-watchful-waiting-gtps-pain-1y-note = This comes from one group of patients, as reported in a review.
    We do not know what treatment they had.
outcome-watchful-waiting-gtps-pain-5y = still have pain
outcome-watchful-waiting-gtps-pain-5y-note = This is the same group of patients, checked years later.
    We do not know what treatment they had.
