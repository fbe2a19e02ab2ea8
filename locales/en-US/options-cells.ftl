### Options that use cells: "stem cell" injections, and core decompression with bone-marrow cells.
### Numbers live in crates/hipaid-core/content/options/; the app shows them beside these words.

## Stem cell injection

option-stem-cell-injection-name = “Stem cell” injection
option-stem-cell-injection-summary =
    A clinic injects cells or tissue into or near the hip.
    They may come from your own bone marrow or fat, from a lab, or from a donor’s birth tissue.
    They are sold as “stem cells”, but few of the cells are true stem cells.
    No trial in the hip has compared them with a dummy injection.
option-stem-cell-injection-regulatory =
    In the US, the FDA has not approved any stem cell product for any bone or joint problem.
    Hip pain and arthritis are included.
    Outside a trial the FDA watches over, being charged for one can be a sign of illegal selling.
    “FDA registered” or “listed as a trial” does not mean approved.
    Europe’s medicines agency also warns people not to use unproven cell treatments.
option-stem-cell-injection-cost =
    These prices are for knee injections at US clinics.
    We found no prices for the hip.
    Insurers do not usually pay, so you pay it all yourself.
    Each repeat injection adds to the cost.

variant-stem-cell-injection-bmac =
    Bone marrow concentrate: marrow is drawn from your hip bone with a needle.
    It is then spun in a machine to concentrate it.
    Only a tiny share of its cells are stem cells.
variant-stem-cell-injection-adipose =
    Fat-based cells: fat is taken from your body by liposuction.
    The fat is then processed and injected.
variant-stem-cell-injection-culture-expanded =
    Lab-grown cells: cells are grown in a lab to make many more.
    These count as medicines, which need approval before they are sold.
variant-stem-cell-injection-birth-tissue =
    Birth-tissue products: made from donated cord blood, umbilical cord or the fluid around a baby.
    They are not your own cells.

step-stem-cell-injection-collect =
    The clinic collects the material.
    Marrow is drawn from your pelvis (hip bone), or fat is taken by liposuction.
    Donor products come from other people instead.
step-stem-cell-injection-prepare = The material is spun or processed, often on the same day.
step-stem-cell-injection-inject =
    A doctor injects it into the hip.
    An ultrasound or X-ray picture helps guide the needle.
step-stem-cell-injection-after =
    You go home the same day.
    We found no study on how much rest is needed afterwards.

repeats-stem-cell-injection =
    Clinics often offer repeat or “booster” injections.
    No study has tested repeat cell injections in the hip.
    So no gap between them is proven.
    Each one adds cost and risk.

## Stem cell injection: benefits

outcome-stem-cell-injection-registry-improvement = how much better people rated their hip, on average (in percent)
outcome-stem-cell-injection-registry-improvement-note =
    From a record kept by a company that sells these injections.
    There was no comparison group, and people rated themselves.
    In trials, a dummy injection also eases pain.
    So we cannot tell how much of this came from the cells.
outcome-stem-cell-injection-registry-pain = average change in pain score (lower means less pain)
outcome-stem-cell-injection-registry-pain-note =
    From the same company record, with no comparison group.
    Pain went down a little, but did not go away.
    Dummy injections also ease pain in trials.
outcome-stem-cell-injection-registry-oxford = average gain on the Oxford Hip Score
outcome-stem-cell-injection-registry-oxford-note =
    From the same company record, with no comparison group.
    People were followed for less than a year on average.
outcome-stem-cell-injection-hip-oa-controlled = less pain than with a dummy injection
no-data-stem-cell-injection-hip-oa-controlled =
    No trial has compared cell injections with a dummy injection in the hip.
    In a knee trial, marrow cells did no better than salt water.
    Knee trials also found no better cartilage on scans than in the comparison groups.
outcome-stem-cell-injection-avn-benefit = less pain or better use of the hip
no-data-stem-cell-injection-avn-benefit =
    We found no study of a cell injection on its own for this condition.
    Cells have only been tested when a surgeon puts them into the bone during an operation.
    See core decompression with cells.
outcome-stem-cell-injection-avn-collapse = ball of the hip kept from collapsing
no-data-stem-cell-injection-avn-collapse =
    We found no study showing that an injection into the joint slows or stops collapse.
outcome-stem-cell-injection-labral-tear-benefit = less pain or better use of the hip
no-data-stem-cell-injection-labral-tear-benefit =
    We found no trial of cell injections for a torn labrum.
    A review of hip injection studies found no cell trials at all.
outcome-stem-cell-injection-labral-tear-repair = torn labrum heals
no-data-stem-cell-injection-labral-tear-repair =
    No study shows that injected cells mend a torn labrum.
    Also, many people with no hip pain have a tear on their scan.
outcome-stem-cell-injection-gtps-benefit = less pain on the outside of the hip
no-data-stem-cell-injection-gtps-benefit =
    We found no trial of cell injections for this kind of pain.
    Exercise and other injections have been tested in trials.

## Stem cell injection: harms

outcome-stem-cell-injection-registry-adverse-events = had a side effect (none were serious)
outcome-stem-cell-injection-registry-adverse-events-note =
    From the company record, which people reported themselves.
    It did not say how many people dropped out of the record.
outcome-stem-cell-injection-joint-pain = pain in the joint after the injection
outcome-stem-cell-injection-joint-pain-note =
    This number comes from knee studies, not hip studies.
    We found no hip numbers for pain after a cell injection.
outcome-stem-cell-injection-joint-fluid = fluid building up in the joint after the injection
outcome-stem-cell-injection-joint-fluid-note =
    This number comes from knee studies, not hip studies.
    Fluid and swelling were counted apart, so the same person may be in both.
outcome-stem-cell-injection-joint-swelling = swelling of the joint after the injection
outcome-stem-cell-injection-joint-swelling-note =
    This number comes from knee studies, not hip studies.
    Swelling and fluid were counted apart, so the same person may be in both.
outcome-stem-cell-injection-harvest-major = serious problem where marrow is drawn from the hip bone
outcome-stem-cell-injection-harvest-major-note =
    This applies only when marrow is drawn from your own hip bone.
    The numbers come from one hospital’s records.
    Minor problems at that spot were more common.
    Some people also had pain for a few days, pain that lasted, or nerve pain there.
outcome-stem-cell-injection-serious-harms = serious harms that health officials were told about
no-data-stem-cell-injection-serious-harms =
    The FDA has had reports of people who went blind, got tumours or got infections after cell products that are not approved.
    Europe’s drug agency says some people died.
    In the US, germ-tainted products made from cord blood put people in hospital.
    No one knows how often this happens.

factor-stem-cell-injection-younger-age =
    In the company record, younger people were more likely to say they improved.
    There was no comparison group, so this may not be due to the cells.

## Core decompression with bone-marrow cells

option-core-decompression-cells-name = Core decompression with bone-marrow cells
option-core-decompression-cells-summary =
    The same drilling operation as core decompression, with one extra step.
    Marrow is drawn from your hip bone and concentrated.
    The surgeon then puts it into the drilled channel in the dead bone.
    It is for hips where the ball has not collapsed yet.
option-core-decompression-cells-regulatory =
    The drilling itself is a standard operation.
    Adding cells is not an approved treatment.
    The FDA says no cell or “regenerative” product is approved for any bone or joint problem.
    One large US insurer calls the added cells “investigational”, which means not yet proven.
    Ask whether the cells would be given as part of a research study.
option-core-decompression-cells-cost =
    We found no price for this operation.
    One large US insurer does not treat the added cells as proven care.
    Ask your insurer what it would pay for, and what you would pay.

step-core-decompression-cells-assess =
    An MRI scan or X-ray shows the stage.
    This operation is for hips where the ball is still round.
step-core-decompression-cells-harvest =
    You are given an anaesthetic.
    A needle draws marrow from your hip bone, which is spun to concentrate the cells.
step-core-decompression-cells-operation =
    The surgeon drills into the dead part of the ball of the hip.
    The cells are placed into the channel.
step-core-decompression-cells-protect =
    Afterwards you keep some weight off the leg for a while.
    We found no set time for this in our sources.

repeats-core-decompression-cells =
    We found no studies on doing this operation again.
    If the ball of the hip collapses, a hip replacement is often the next step.

## Core decompression with cells: benefits

outcome-core-decompression-cells-progression = disease gets worse on X-ray (moves to a later stage)
outcome-core-decompression-cells-progression-note =
    Fewer is better here.
    These studies pooled several add-ons together: cells, bone grafts and metal rods.
    The number is not for cells alone.
    Such studies follow people for a few years.
outcome-core-decompression-cells-hhs-12m = extra points on the Harris Hip Score, on top of drilling alone
outcome-core-decompression-cells-hhs-12m-note =
    This is the extra gain, not the total gain.
    It comes from several small trials of moderate to low quality.
outcome-core-decompression-cells-collapse = ball of the hip kept from collapsing
no-data-core-decompression-cells-collapse =
    Pooled studies found fewer collapsed hips when cells were added.
    But they did not give numbers we can show as people out of a hundred.
    Many of the studies had flaws that can make a treatment look better than it is.
outcome-core-decompression-cells-replacement = no need for a hip replacement later
no-data-core-decompression-cells-replacement =
    Trials found somewhat fewer hip replacements when cells were added.
    But the difference could be due to chance.

## Core decompression with cells: harms

outcome-core-decompression-cells-harvest-major = serious problem where marrow is drawn from the hip bone
outcome-core-decompression-cells-harvest-major-note =
    This and the next few numbers come from one hospital’s records.
    They count each time marrow was drawn from the hip bone with a needle.
outcome-core-decompression-cells-harvest-minor = minor problem where marrow is drawn
outcome-core-decompression-cells-harvest-minor-note =
    The records also counted pain and nerve pain on their own.
    Some of these may be counted with the minor problems too.
    So do not add these numbers up.
outcome-core-decompression-cells-harvest-early-pain = pain soon after, where marrow was drawn
outcome-core-decompression-cells-harvest-lasting-pain = pain that lasted, where marrow was drawn
outcome-core-decompression-cells-harvest-nerve-pain = nerve pain near where marrow was drawn
outcome-core-decompression-cells-surgery-harms = harms of the drilling operation
no-data-core-decompression-cells-surgery-harms =
    Our sources did not give numbers for the harms of the operation itself.
    Any operation has risks.
    Ask the surgeon which harms can happen and how often they see them.

factor-core-decompression-cells-lesion-size =
    The size of the dead area in the ball of the hip matters. The larger it is, the more likely the hip is to collapse after surgery.
factor-core-decompression-cells-cause =
    Collapse is more likely if steroid medicines caused the bone death.
    It is also more likely if no cause is found.
