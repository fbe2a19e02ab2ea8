### Injection options: steroid, hyaluronic acid (gel) and platelet-rich plasma (PRP).
### Numbers live in crates/hipaid-core/content/options/steroid-injection.toml,
### hyaluronic-acid.toml and prp.toml. The app shows each number next to its label;
### these texts never contain figures.

## Steroid injection

option-steroid-injection-name = Steroid injection
option-steroid-injection-summary = A doctor injects a steroid, a strong medicine that calms swelling.
    It is usually mixed with a numbing medicine.
    For problems inside the joint, it goes into the hip joint.
    An ultrasound or X-ray picture guides the needle.
    For pain on the outer side of the hip, it goes near the sore tendons instead.
    It takes one visit.
    Any relief usually lasts weeks to a few months, not years.
option-steroid-injection-regulatory = The steroid is an approved medicine.
    Most guidelines for hip arthritis include it, for relief that lasts a short time.
option-steroid-injection-cost = We found no reliable price for a hip steroid injection.
    We could not check if insurance pays for it.
    Ask your clinic and your insurer before you book.
repeats-steroid-injection = It can be repeated, with limits.
    Advice in England is to wait at least { $gap } between injections.
    It also says to have no more than { $max } in the same place in a year.
    Your doctor will also weigh how well the last one worked.

step-steroid-injection-check = The doctor checks that the injection suits you.
    Tell them if you have diabetes or an infection, or if an operation is planned.
step-steroid-injection-image = For an injection into the joint, the doctor uses an ultrasound or X-ray picture.
    This guides the needle deep into the hip.
step-steroid-injection-inject = The skin is cleaned.
    The doctor injects the steroid and the numbing medicine.
step-steroid-injection-after = Any help from the steroid often starts within days.
    Get help at once if you have a fever, redness, or pain that keeps getting worse.

factor-steroid-injection-diabetes = If you have diabetes, your blood sugar is likely to go up for a few days.
    The rise is highest in the first day or two.
    It is larger if your sugar is not well controlled or you use insulin.
    Plan with your care team how to check it.
factor-steroid-injection-replacement-planned = If you might have a hip replacement in the next few months, talk about timing.
    A new hip put in soon after a hip injection had a higher risk of infection.
    Studies found no extra risk when the gap was longer.
factor-steroid-injection-repeated-injections = Many injections over time may harm the joint.
    In a knee study, regular injections over years caused more loss of cartilage than salt water.
    Cartilage is the smooth layer that covers the ends of the bones.
    These injections gave no lasting pain relief either.
    We do not know if the same happens in the hip.
factor-steroid-injection-joint-swelling = In one trial, the injection helped some people more than others.
    It helped more when a scan showed swelling or fluid inside the joint.

outcome-steroid-pain-relief-2m = have clearly less pain (at least a fifth less)
outcome-steroid-pain-relief-2m-note = This was a small trial.
    It left out people with diabetes.
    The dummy group improved less than in most trials, so this may overstate the benefit.
    The dummy injection had numbing medicine and salt water.
outcome-steroid-pain-half-2m = have much less pain (at least half)
outcome-steroid-pain-half-2m-note = This is the same small trial.
    It may overstate the benefit.
outcome-steroid-pain-relief-3m = have clearly less pain (at least a fifth less)
outcome-steroid-pain-relief-3m-note = This is the same small trial, checked later.
    A larger review found a benefit at this point, but not at later checks.
outcome-steroid-extra-vs-advice = extra drop in pain score, beyond the other group
outcome-steroid-extra-vs-advice-note = This number is the difference between the two groups.
    It is averaged over the months after the injection.
    It is not the total change.
    Both groups got advice and information.
outcome-steroid-extra-vs-numbing = extra drop in pain score, beyond the other group
outcome-steroid-extra-vs-numbing-note = The steroid did only a little better than a numbing injection.
    The trial could not rule out that there was no real difference.
    So part of the benefit may come from having an injection at all.
outcome-steroid-fai-benefit = less pain
no-data-steroid-fai-benefit = Only one small trial has tested this for hip impingement or a labral tear.
    We found no numbers from it that we could show.
    Any relief is expected to be short.
outcome-steroid-gtps-success-8w = say the treatment worked (the trial’s own measure of success)
outcome-steroid-gtps-success-8w-note = Here the injection goes beside the hip, near the sore tendons, not into the joint.
    In the same trial, a program of education and exercise did better than the injection at this point.
outcome-steroid-gtps-recovered-3m = say they have recovered
outcome-steroid-gtps-recovered-12m = say they have recovered
outcome-steroid-gtps-recovered-12m-note = By this time, people who had usual care had caught up.
    The injection gave faster relief but no lasting gain.
outcome-steroid-inflammatory-benefit = less pain and swelling in the joint
no-data-steroid-inflammatory-benefit = Experts accept a joint injection when one or a few joints stay inflamed despite medicine.
    We found no numbers for the hip.
    The main treatment is medicine that works on the whole body.
outcome-steroid-septic-arthritis = a germ infection inside the joint (septic arthritis), which needs urgent care
outcome-steroid-septic-arthritis-note = This is rare.
    The numbers come from large studies of health records.
    One study found the rate was no higher than in similar people who had no injection.
    Get help at once for a fever, redness, or pain that keeps getting worse.
outcome-steroid-rapid-joint-damage = joint damage that gets worse very fast
outcome-steroid-rapid-joint-damage-note = Doctors call this rapidly progressive arthritis.
    This figure comes from a review of records, with scans before and after the injection.
    Some selected groups reported higher rates.
    But trials did not report this problem.
    A study with a matched comparison group found no extra damage.
    The time after the injection was not clearly reported.
    The true risk is uncertain.
outcome-steroid-replacement-infection = infection of a new hip that was put in soon after the injection
outcome-steroid-replacement-infection-note = This only applies if you have a hip replacement within a few months of the injection.
    The comparison figure is an estimate.
    With a longer gap, studies found no extra risk.
outcome-steroid-flare = a short flare of pain after the injection
outcome-steroid-flare-note = A flare starts within hours and usually settles within a day.
    This is a commonly quoted figure.
    We found no hip study that counted it.
outcome-steroid-gtps-flare = a short flare of pain after the injection
no-data-steroid-gtps-flare = We found no count of pain flares after this injection at the hip.
    In a shoulder study of injections near tendons, pain went up for a short time in many people.
    That study used a different measure.

## Hyaluronic acid (gel) injection

option-hyaluronic-acid-name = Hyaluronic acid (gel) injection
option-hyaluronic-acid-summary = A doctor injects a gel into the hip joint.
    A scan guides the needle.
    The gel is meant to make the joint move more smoothly.
    Some products need one injection, others a short course.
    Good trials found it worked no better than a dummy injection of salt water.
    Many people feel better after any injection, even a dummy one.
option-hyaluronic-acid-regulatory = We did not find a regulator’s statement about these gels for the hip.
    The US payment rules we found cover them for the knee only.
    So people usually pay for a hip injection themselves.
option-hyaluronic-acid-cost = We found no reliable price for a gel injection in the hip.
    Insurance rules we found pay only for the knee, so you would likely pay yourself.
    Ask for the full price of the whole course first.
repeats-hyaluronic-acid = We found no rule or study on repeating it in the hip.

step-hyaluronic-acid-check = The doctor checks your hip.
    They explain the product and how many injections it needs.
step-hyaluronic-acid-image = An ultrasound or X-ray picture guides the needle deep into the hip joint.
step-hyaluronic-acid-inject = The doctor injects the gel into the joint.
step-hyaluronic-acid-course = Some products need a course of injections, spaced a set time apart.

factor-hyaluronic-acid-insurance = If you have US insurance, check first.
    The payment rules we found cover gel injections for the knee, not the hip.
factor-hyaluronic-acid-replacement-planned = If you may have a hip replacement soon, ask about timing.
    Studies found more infections when a new hip was put in soon after a hip injection.
    Most of this research was on steroid injections.
    Whether it applies to other injections is still debated.
factor-hyaluronic-acid-placebo-response = Pain often eases after any joint injection, even salt water.
    This can last for months.
    So feeling better after the gel does not show that the gel worked.

outcome-hyaluronic-acid-benefit = less pain or better movement than with a dummy injection
no-data-hyaluronic-acid-benefit = Good trials compared the gel with a dummy injection of salt water.
    None found that the gel eased pain or helped movement more in the months after.
    So there is no benefit number to show.
    People in both groups often felt better, because any injection can help for a while.
outcome-hyaluronic-acid-injection-pain = short-lived pain where the needle went in
outcome-hyaluronic-acid-injection-pain-note = This comes from one group of patients who had a single gel injection.
    There was no comparison group.
    The study did not clearly say how long it checked for this.
outcome-hyaluronic-acid-side-effects = other side effects
no-data-hyaluronic-acid-side-effects = In trials, side effects were about as common with the gel as with a dummy injection.
    The summary we used did not give numbers.
outcome-hyaluronic-acid-septic-arthritis = a germ infection inside the joint (septic arthritis), which needs urgent care
outcome-hyaluronic-acid-septic-arthritis-note = This figure was measured after steroid injections.
    Any needle into a joint can let germs in.
    The risk for the gel was not counted on its own.

## Platelet-rich plasma (PRP) injection

option-prp-name = Platelet-rich plasma (PRP) injection
option-prp-summary = Blood is taken from your arm.
    A machine spins it to collect the platelets, tiny parts of the blood that help it heal.
    The doctor injects this into the hip, using an ultrasound scan as a guide.
    Clinics often sell a course of a few injections.
    In the only hip trial with a dummy injection, PRP did no better than salt water.
    For pain on the outer side of the hip, one trial found it did better than a steroid injection.
option-prp-regulatory = PRP is made from your own blood at the clinic.
    We found no approval of PRP as a treatment for hip arthritis or outer hip pain.
    Guidelines for hip arthritis advise against it.
    Some clinics call PRP a regenerative treatment, meaning one that regrows tissue.
    The US drug agency says no regenerative treatment is approved for any bone or joint problem.
option-prp-cost = You usually pay yourself, because insurance does not cover it.
    The price shown is for one injection.
    It is a typical price at US hospitals, but some charge less and some charge more.
    Clinics often sell a course of several, so ask for the full price first.
repeats-prp = A course is often a few injections, often given weekly.
    We found no study on repeating a course.

variant-prp-leukocyte-rich = Leukocyte-rich PRP keeps more white blood cells in the mix.
variant-prp-leukocyte-poor = Leukocyte-poor PRP has most white blood cells taken out.

step-prp-blood = A nurse or doctor takes some blood from your arm.
step-prp-spin = A machine spins the blood to separate out the platelets.
step-prp-inject = The doctor injects the PRP into or beside the hip, guided by an ultrasound scan.
step-prp-course = You may come back for more injections, often a week apart.

factor-prp-placebo-response = Pain often eases after any injection, even salt water.
    In the hip trial, people given salt water improved as much as people given PRP.
    So feeling better after PRP does not show that PRP worked.
factor-prp-arthritis-grade = The only hip trial with a dummy injection was in people with mild or moderate arthritis.
    We know even less about severe arthritis.
factor-prp-preparation = Clinics make PRP in different ways.
    The amount of platelets and white blood cells varies.
    This makes results hard to compare.
    Ask how your clinic makes it.
factor-prp-cost = Insurance usually does not pay.
    Clinics often sell a course of several injections, so the cost adds up.
factor-prp-replacement-planned = If you may have a hip replacement soon, ask about timing.
    Studies found more infections when a new hip was put in soon after a hip injection.
    Most of this research was on steroid injections.
    Whether it applies to other injections is still debated.

outcome-prp-hip-oa-vs-saline = less pain than with a salt-water injection
no-data-prp-hip-oa-vs-saline = Only one small hip trial compared PRP with a dummy injection of salt water.
    Both groups got better, and PRP did no better at any check.
    We have no numbers from it that we could show.
    Other hip studies had no comparison group.
outcome-prp-knee-pain-vs-saline = change in pain score (knee study)
outcome-prp-knee-pain-vs-saline-note = This large trial was in the knee, not the hip.
    PRP and salt water gave about the same drop in pain.
    Knee results may not apply to the hip.
outcome-prp-gtps-vs-steroid = reach a clear improvement (the trial’s own measure)
outcome-prp-gtps-vs-steroid-note = This trial was in people with tendon pain on the outer side of the hip.
    It compared PRP with a steroid injection.
    There was no dummy injection, so we cannot tell how much was due to PRP itself.
    The two groups were alike in the first weeks.
    Some people whose steroid injection failed then switched to PRP.
outcome-prp-hip-oa-side-effects = pain or swelling after the injection
no-data-prp-hip-oa-side-effects = Reviews of PRP in the hip reported mostly minor problems.
    These were pain or swelling where the needle went in.
    They found no serious harm.
    No source said how often the minor problems happen.
outcome-prp-septic-arthritis = a germ infection inside the joint (septic arthritis), which needs urgent care
outcome-prp-septic-arthritis-note = This figure was measured after steroid injections.
    Any needle into a joint can let germs in.
    The risk for PRP was not counted on its own.
outcome-prp-gtps-side-effects = side effects
no-data-prp-gtps-side-effects = The trial summary we used did not report side effects.
    We found no other count for this use.
