### Marketing claims patients may have read, with what the evidence says, and the
### "before you pay a clinic" card for "stem cell" and PRP offers.
### The claims are written as patients meet them on clinic pages; the answers are calm facts.
### Plain language, reading grade 8 or below. No digits.

## Claims and answers

claim-reverses-disease = “Stem cells reverse the disease and grow back cartilage.”
claim-reverses-disease-answer =
    No trial with a comparison group has tested cell injections in the hip.
    In knee trials, MRI scans of cartilage showed no difference from the comparison group.
    Marrow drawn for these shots holds only a tiny share of true stem cells.
    The hip reports that do exist only asked about pain, not about cartilage.
    They also had no comparison group.

claim-no-rejection-or-infection = “Because the cells come from your own body, there is no risk of rejection or infection.”
claim-no-rejection-or-infection-answer =
    Using your own cells lowers the risk of rejection. It does not remove the risk of infection.
    Any needle into a joint can, rarely, cause a joint infection.
    Taking marrow from the hip bone has its own risks.
    In the United States, some people needed hospital care for infections after tainted “stem cell” products.
    Regulators in the US and in Europe list infection among the harms reported.
    A leading stem cell science group says that even your own cells carry risks.

claim-complete-relief = “Most patients get complete relief from their pain.”
claim-complete-relief-answer =
    The main hip report on marrow injections found some relief on average, not complete relief.
    It had no comparison group.
    In trials with a comparison group, people who got salt water shots improved about as much.
    This was true for marrow cells in the knee and for PRP in the hip.

claim-results-permanent = “In most cases, the results last for good.”
claim-results-permanent-answer =
    No long-term trial with a comparison group has tested cell injections in the hip.
    The main hip report followed people for less than a year on average.
    Hip arthritis often gets worse over time. Even with exercise, some people need a new hip within a few years.
    In trials of joint injections, the treated group and the salt water group ended up the same after some months.

claim-no-adverse-effects = “No side effects have been linked to stem cell injections.”
claim-no-adverse-effects-answer =
    Side effects do happen. In knee studies, pain, swelling and fluid in the joint after the shot were common.
    The main hip report listed some side effects, though none were serious.
    The US drug regulator has had reports of blindness, tumours and infections after unapproved products.
    The European regulator reports that some side effects were fatal.

claim-booster-treatments = “Get a ‘booster’ shot every year or two to keep the benefit.”
claim-booster-treatments-answer =
    No study has tested repeat booster cell shots for the hip. The timing is not based on evidence.
    Each repeat adds cost, and the risks of another procedure.
    In US price surveys, one knee shot cost thousands of dollars.

claim-relief-lasts-years = “Relief lasts from several months to a few years, sometimes up to five years.”
claim-relief-lasts-years-answer =
    Compare this with what trials show. A steroid shot in the hip helps for a few months.
    In reports without a comparison group, PRP helped most in the first month or two.
    In the only hip trial with a dummy shot, PRP did no better than salt water, early on or months later.
    No trial with a comparison group has followed any hip injection for years.

claim-fda-approved = “Our treatment is approved or registered by the FDA, or is part of a trial.”
claim-fda-approved-answer =
    The FDA is the US drug regulator. It has not approved any regenerative treatment for a bone or joint problem.
    Being registered with the FDA is not approval. Being listed on a trials website is not approval either.
    The FDA says this: if you are charged for such a product outside a trial it oversees, it may be illegal marketing.

claim-high-success-rate = “Eighty to ninety percent of our patients have success.”
claim-high-success-rate-answer =
    A survey of US clinics found that they advertise high success rates.
    No trial with a comparison group backs these rates up.
    Without a comparison group, no one can tell how many people would have got better anyway.

claim-avoid-hip-replacement = “Stem cells help you avoid or put off a hip replacement.”
claim-avoid-hip-replacement-answer =
    No hip study shows that cell shots delay or prevent a hip replacement.
    In a trial in severe hip arthritis, a new hip gave much bigger gains than an exercise program.

claim-natural-so-safe = “It is natural and uses your own cells, so it is safe.”
claim-natural-so-safe-answer =
    Natural does not mean safe. Regulators treat processed cells, or cells used for a new job in the body,
    as drugs that need approval. They do this because safety is not certain.
    A leading stem cell science group says that even your own cells carry risks.

claim-studies-prove-it-works = “Studies and clinical trials prove that stem cells work for the hip.”
claim-studies-prove-it-works-answer =
    For hip arthritis, the studies that clinics quote had no comparison group.
    They only followed people who had the shots.
    Pain often eases after any joint shot, even a shot of salt water.
    So these studies cannot show that the cells did the work.
    No trial has compared cell shots with a dummy shot in the hip.
    In a knee trial, knees that got marrow cells did no better than knees that got salt water.
    For loss of blood supply to the hip, the cells in studies were put in during drilling surgery, not given as a shot.
    A major US guideline on arthritis advises against stem cell shots.

claim-cannot-harm-tissue = “Stem cell shots are a ‘biologic’ treatment, so they cannot harm the tissue they are injected into.”
claim-cannot-harm-tissue-answer =
    Harm to the joint can happen.
    In knee studies, pain, swelling and fluid in the joint after cell shots were common.
    In the US, tainted cord blood products caused joint infections after shots at a bone and joint clinic.
    The US drug regulator has had reports of infections and tumours after unapproved cell products.

## Before you pay a clinic: questions to ask

pay-card-ask-approved = Is this treatment approved by the drug regulator for my hip problem?
pay-card-ask-trial = Is this part of a registered trial that a regulator oversees? If it is, why am I asked to pay?
pay-card-ask-evidence = Which published studies with a comparison group show that it works for the hip? May I see them?
pay-card-ask-measure = How will you measure whether it helped me, and when?
pay-card-ask-what-injected = What exactly will you inject? Where does it come from, and how is it prepared?
pay-card-ask-risks = What are the risks, including infection? What happens if something goes wrong?
pay-card-ask-total-cost = What is the total cost, including repeat shots, scans and follow-up visits?
pay-card-ask-other-treatments = Could this affect other treatments, such as surgery later, or my chance to join a trial?
pay-card-ask-independent-opinion = Can I take time to get an opinion from a doctor who does not work for this clinic?

## Before you pay a clinic: facts

pay-card-fact-none-approved = The US drug regulator, called the FDA, has not approved any “stem cell” or similar treatment for any bone or joint problem. This includes hip pain.
pay-card-fact-listing-not-approval = Being listed on a trials website does not mean a treatment is approved. Nor does being registered with the FDA.
pay-card-fact-paying-outside-trial = Is the clinic charging you for these products outside a trial that the FDA oversees? The FDA says this suggests illegal marketing.
pay-card-fact-ema-warning = The European Medicines Agency warns people not to use cell treatments that have not been checked. It says such cells can be drugs that need to be approved.
pay-card-fact-stem-cells-not-covered = Health insurers usually do not pay for “stem cell” shots, because they are not approved.
pay-card-fact-prp-self-pay = Insurers usually do not pay for PRP. Clinics often sell it as a course of several shots, and you pay for each one.
