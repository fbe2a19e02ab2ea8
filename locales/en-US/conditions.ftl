### Conditions: names, summaries, how each is found, what happens without treatment, stages,
### how each option fits each condition, and labels for the figures about each condition.
### Numbers are not here: they live in crates/hipaid-core/content/conditions/ and the app shows
### them next to these words. Plain language, reading grade 8 or below. No digits.
### Figure labels say WHAT is counted; the app puts "N out of 100 people" in front of them and
### shows the time frame and certainty next to them.

## Hip osteoarthritis

condition-hip-oa-name = Hip osteoarthritis (wear-and-tear arthritis)
condition-hip-oa-summary =
    The ends of the bones in the hip are covered by a smooth layer called cartilage.
    In osteoarthritis this layer wears thin. The hip can hurt, feel stiff and move less well.
    It is very common as people get older.
condition-hip-oa-diagnosis =
    A doctor or physio can often tell from your story and an exam.
    This is usually enough if you are middle-aged or older, the pain comes with activity,
    and any stiffness in the morning is short (half an hour or less).
    An X-ray is not always needed. It can help when the signs are unusual,
    or to see how much the joint has changed.
    The X-ray and the pain do not always match. Some people with big changes have little pain.
condition-hip-oa-course =
    How hip arthritis changes over time differs a lot from person to person.
    Some people stay much the same for a long time. For others it gets worse,
    and some of them choose a new hip. It is hard to say in advance which way it will go for you.
    The numbers shown here come from large groups of people followed over time.

stage-hip-oa-kl-1-name = Grade one: doubtful
stage-hip-oa-kl-1-description =
    The X-ray may show a very slight narrowing of the gap between the bones, or a tiny bony bump.
    It is not yet clear that this is arthritis.
stage-hip-oa-kl-2-name = Grade two: mild
stage-hip-oa-kl-2-description =
    The gap between the bones is a little narrower. Small bony bumps (spurs) have grown.
    The bone under the cartilage may be slightly harder.
    Studies usually count it as arthritis from this grade on.
stage-hip-oa-kl-3-name = Grade three: moderate
stage-hip-oa-kl-3-description =
    The gap between the bones is clearly narrower. There are more bony spurs.
    The bone under the cartilage has become harder and may have small holes (cysts).
    The joint may start to change shape.
stage-hip-oa-kl-4-name = Grade four: severe
stage-hip-oa-kl-4-description =
    Most of the gap between the bones is gone. There are large bony spurs,
    and the joint has clearly changed shape.

applies-hip-oa-exercise =
    Exercise is a core treatment at every stage. Major guidelines advise it for hip arthritis.
    It helps for as long as you keep it up.
applies-hip-oa-watchful-waiting =
    You can choose to wait and see how your hip does.
    There is often time to think it over. You can choose another option at any point.
applies-hip-oa-steroid-injection =
    A steroid injection can be used at any stage for short-term pain relief.
    The effect usually fades within a few months.
    It is best avoided in the months just before a hip replacement, because it may raise the risk of infection.
applies-hip-oa-hyaluronic-acid =
    Some clinics offer gel injections (hyaluronic acid) at any stage.
    Major guidelines advise against them for the hip.
    Good studies found they work no better than a dummy injection.
applies-hip-oa-prp =
    Some clinics offer PRP, an injection made from your own blood. Major guidelines do not advise it.
    The only hip study that compared it with a dummy injection found no difference.
applies-hip-oa-stem-cell-injection =
    Some clinics sell “stem cell” injections for hip arthritis.
    No trial with a comparison group has tested them in the hip.
    Guidelines do not advise them. The US drug regulator has approved none of them for this use.
applies-hip-oa-hip-arthroscopy =
    Keyhole surgery is sometimes offered when arthritis is doubtful or mild.
    Once arthritis is there, the benefit is smaller.
    People also tend to need a new hip sooner.
applies-hip-oa-hip-replacement =
    A new hip is an option when arthritis is moderate or severe.
    In a trial in severe arthritis, it gave much bigger gains than a strength training program.
    It is major surgery, with real risks.

figure-hip-oa-lifetime-risk = get hip arthritis that causes pain or stiffness by the age of { $ageTo }
figure-hip-oa-hip-symptoms-45 = have hip pain, aches or stiffness (aged { $ageFrom } and up)
figure-hip-oa-xray-45 = have signs of hip arthritis on an X-ray (aged { $ageFrom } and up)
figure-hip-oa-symptomatic-45 = have hip arthritis that shows on an X-ray and causes pain or stiffness (aged { $ageFrom } and up)
figure-hip-oa-symptomatic-75 = have hip arthritis that shows on an X-ray and causes pain or stiffness (aged { $ageFrom } and up)
figure-hip-oa-severe-xray-45 = have severe hip arthritis on an X-ray (aged { $ageFrom } and up)
figure-hip-oa-new-symptomatic-45 = get hip arthritis that causes pain or stiffness, each year (aged { $ageFrom } and up)
figure-hip-oa-new-xray-45 = get signs of hip arthritis on an X-ray, each year (aged { $ageFrom } and up)
figure-hip-oa-new-severe-xray-45 = get severe hip arthritis on an X-ray, each year (aged { $ageFrom } and up)
figure-hip-oa-world-prevalence = have hip arthritis (worldwide)
figure-hip-oa-world-new-cases = newly get hip arthritis each year (worldwide)
figure-hip-oa-replacement-after-exercise-2y = had a new hip, after a program of exercise and advice
figure-hip-oa-replacement-waitlisted-2y = had a new hip after the same program, if they were on a waiting list for one

## Loss of blood supply to the ball of the hip (avascular necrosis)

condition-avn-name = Loss of blood supply to the ball of the hip joint (avascular necrosis)
condition-avn-summary =
    Part of the ball at the top of the thigh bone loses its blood supply.
    Without blood, that part of the bone dies. Over time the ball can crack and sink.
    The joint can then wear out. It mostly affects younger and middle-aged adults.
condition-avn-diagnosis =
    An MRI scan can find it early, when an X-ray still looks normal.
    Later, an X-ray shows changes in the bone.
    Doctors give it a stage. The stage shows whether the ball has begun to sink, and by how much.
    By the time it is found, many hips have already started to collapse.
    Sometimes it is found in a hip that does not hurt yet.
condition-avn-course =
    Without treatment, this problem often gets worse over time.
    How fast depends a lot on how big the dead area is and where it is.
    Small dead areas often stay stable for years. Large ones often lead to collapse within a few years.
    Once the ball collapses, the joint tends to wear out, and many people need a new hip.
    It is hard to predict what will happen in any one hip.

stage-avn-arco-1-name = Stage I: seen only on MRI
stage-avn-arco-1-description =
    The X-ray looks normal. An MRI or a bone scan shows the dead area.
    The ball of the hip still has its normal shape.
stage-avn-arco-2-name = Stage II: seen on X-ray, ball still round
stage-avn-arco-2-description =
    The X-ray shows changes in the bone, such as dense patches or small holes.
    There is no crack under the surface yet, and the ball has not started to flatten.
stage-avn-arco-3a-name = Stage IIIA: early collapse
stage-avn-arco-3a-description =
    A crack has formed under the surface of the ball.
    The ball has not sunk, or has sunk only a little: two millimetres or less.
stage-avn-arco-3b-name = Stage IIIB: collapse
stage-avn-arco-3b-description =
    A crack has formed under the surface of the ball.
    The ball has sunk by more than two millimetres.
stage-avn-arco-4-name = Stage IV: arthritis
stage-avn-arco-4-description =
    The joint has started to wear out, as in osteoarthritis.
    The gap between the ball and the socket is narrower, and the socket has changed too.

applies-avn-exercise =
    Exercise can keep the muscles strong and the hip moving. It does not bring back blood flow to the bone.
    We found no study that tested exercise for this problem.
applies-avn-watchful-waiting =
    Some people choose to watch the hip, with regular checks.
    When the dead area is small, the ball often stays whole for years.
    When it is large, the ball often collapses within a few years.
applies-avn-stem-cell-injection =
    Cells injected into the joint on their own have not been tested for this problem.
    In studies, cells are put into the bone during drilling surgery, called core decompression.
    That is a separate option.
applies-avn-hip-replacement =
    A new hip is an option once the ball has started to collapse, or the joint has worn out.
    One review favours a new hip once the ball has sunk by more than two millimetres.
applies-avn-core-decompression =
    Before the ball collapses, a surgeon can drill into the dead bone.
    This aims to ease pressure and help the bone heal.
    It is only used at these early stages. Some hips still collapse after it.
applies-avn-core-decompression-cells =
    Before the ball collapses, cells from your own bone marrow can be added to core decompression.
    Studies suggest fewer hips collapse than with drilling alone.
    It is not clear that fewer people need a new hip.
    The evidence is only fair. Some insurers call it experimental.

figure-avn-new-cases-us = adults in the United States newly found to have this problem each year (mostly younger or middle-aged)
figure-avn-collapsed-at-diagnosis = already had a collapsed ball when the problem was found
figure-avn-collapse-type-a-2y = have the ball collapse (ball still whole at the start; smallest dead area, type A)
figure-avn-collapse-type-a-5y = have the ball collapse (ball still whole at the start; smallest dead area, type A)
figure-avn-collapse-type-b-2y = have the ball collapse (ball still whole at the start; small dead area, type B)
figure-avn-collapse-type-b-5y = have the ball collapse (ball still whole at the start; small dead area, type B)
figure-avn-collapse-type-c1-2y = have the ball collapse (ball still whole at the start; large dead area, type C-one)
figure-avn-collapse-type-c1-5y = have the ball collapse (ball still whole at the start; large dead area, type C-one)
figure-avn-collapse-type-c2-2y = have the ball collapse (ball still whole at the start; largest dead area, type C-two)
figure-avn-collapse-type-c2-5y = have the ball collapse (ball still whole at the start; largest dead area, type C-two)
figure-avn-silent-hip-becomes-painful = start to have pain in the hip (hips with the problem but no pain at the start)
figure-avn-silent-hip-collapses = have the ball collapse (hips with the problem but no pain at the start)
figure-avn-untreated-progresses = get worse without treatment, and most of them later need a new hip

## A tear in the rim of soft tissue around the hip socket (labral tear)

condition-labral-tear-name = A tear in the rim of soft tissue around the hip socket (labral tear)
condition-labral-tear-summary =
    The labrum is a rim of soft tissue around the edge of the hip socket.
    It helps hold the ball of the hip in place. A tear in it may cause pain.
    But many tears cause no pain at all.
condition-labral-tear-diagnosis =
    A doctor asks about your pain and checks how your hip moves.
    An MRI scan can show a tear. But scans also show tears in many people with no hip pain.
    So a tear on a scan is only part of the story.
    Your symptoms and the exam need to match the scan before surgery is thought about.
condition-labral-tear-course =
    Little is known about what a tear does over time without treatment.
    Many tears never cause pain. When a tear does hurt, the pain may settle, or it may last.
    A tear can come with a hip shape problem called impingement, or with early arthritis.
    These can change what happens next.

stage-labral-tear-without-oa-name = Without arthritis
stage-labral-tear-without-oa-description =
    The cartilage in the joint is still in good shape. The X-ray shows no arthritis.
stage-labral-tear-with-oa-name = With arthritis
stage-labral-tear-with-oa-description =
    Arthritis has also started: the cartilage in the joint has begun to wear thin.
    This changes which treatments may help.

applies-labral-tear-exercise =
    Exercise and physiotherapy are a usual first step. Experts agree this is a suitable treatment.
    It aims to make the muscles around the hip stronger and ease pain.
applies-labral-tear-watchful-waiting =
    Many people have a tear and no pain at all. A tear on a scan does not always need treatment.
    You can see how it goes and decide later.
applies-labral-tear-steroid-injection =
    A steroid injection into the hip may ease pain for a short time.
    For tears and impingement, only one small study has tested it.
applies-labral-tear-stem-cell-injection =
    Some clinics sell “stem cell” injections for labral tears.
    We found no study of these injections for labral tears.
    The US drug regulator has approved none of them for any bone or joint problem.
applies-labral-tear-hip-arthroscopy =
    Keyhole surgery can repair or trim the torn rim. It is an option for some people with no arthritis.
    In trials of people with hip impingement, which often comes with a tear,
    both surgery and physiotherapy helped. Surgery helped a little more on average.
applies-labral-tear-hip-replacement =
    If arthritis has set in, a new hip is an option.
    Keyhole surgery helps less once arthritis is there.

figure-labral-tear-on-mri-no-pain = have a labral tear on an MRI scan (people with no hip pain)
figure-labral-tear-cartilage-damage-no-pain = have cartilage damage on an MRI scan (people with no hip pain)
figure-labral-tear-young-no-pain = have a labral tear on a scan (young adults with no hip pain)
figure-labral-tear-pooled-no-pain = have a tear or damage of the rim on a scan (hips with no pain; a review of several studies)

## Hip impingement (femoroacetabular impingement, FAI)

condition-fai-name = Hip impingement: the ball and socket rub because of their shape (femoroacetabular impingement)
condition-fai-summary =
    The ball or the socket of the hip has an unusual shape.
    Extra bone on the ball is called a cam shape. Extra cover from the socket rim is called a pincer shape.
    When the hip bends, the edges can rub and pinch. This can hurt, and it can damage the rim of the socket.
condition-fai-diagnosis =
    Doctors call it impingement only when three things match: your symptoms, the exam, and the X-ray or scan.
    These hip shapes are very common in people with no pain, and even more so in athletes.
    So a shape on a scan does not mean on its own that it needs treatment.
condition-fai-course =
    Without surgery, most people with impingement do not get arthritis, even over many years.
    Some do, and a few go on to need a new hip.
    It is not possible to say for sure who will.

stage-fai-without-oa-name = Without arthritis
stage-fai-without-oa-description =
    The cartilage in the joint is still in good shape. The X-ray shows no arthritis.
stage-fai-with-oa-name = With arthritis
stage-fai-with-oa-description =
    Arthritis has also started: the cartilage in the joint has begun to wear thin.
    This changes which treatments may help.

applies-fai-exercise =
    Physiotherapy and exercise are a usual first step. Experts agree this is a suitable choice.
    In trials, people got better with it. Surgery helped a little more, on average.
applies-fai-watchful-waiting =
    Many people have this hip shape and never have pain.
    Over many years, only some people with impingement get arthritis.
    You can see how it goes and decide later.
applies-fai-steroid-injection =
    A steroid injection into the hip may ease pain for a short time.
    Only one small study has tested it for impingement.
applies-fai-hip-arthroscopy =
    Keyhole surgery can reshape the bone and repair the rim of the socket.
    It is an option for some people with no arthritis.
    In trials, it helped a little more than physiotherapy on average.
    The gap was close to the smallest change people notice.
applies-fai-hip-replacement =
    If arthritis has set in, a new hip is an option.
    Over many years, a small share of people with impingement need one.

figure-fai-cam-shape-no-pain = have a cam shape, extra bone on the ball (hips with no symptoms)
figure-fai-cam-shape-athletes-no-pain = have a cam shape (athletes’ hips with no symptoms)
figure-fai-cam-shape-general-no-pain = have a cam shape (hips with no symptoms, people in general)
figure-fai-pincer-shape-no-pain = have a pincer shape, extra cover from the socket rim (hips with no symptoms)
figure-fai-painful-arthritis-25y = get hip arthritis that causes pain or stiffness, with no surgery for the hip shape
figure-fai-hip-replacement-25y = get a new hip, with no surgery for the hip shape

## Pain on the outside of the hip (greater trochanteric pain syndrome)

condition-gtps-name = Pain on the outside of the hip (greater trochanteric pain syndrome, often called bursitis)
condition-gtps-summary =
    This pain is felt on the outer side of the hip, not inside the joint.
    It is often called bursitis. But it mostly comes from the tendons of the buttock muscles,
    where they attach to the bony point on the side of the hip.
    It is more common in women than in men.
condition-gtps-diagnosis =
    A doctor can usually find it from your story and an exam.
    It often comes along with low back pain, or with knee arthritis on the same side.
    A scan can show changes in the tendons or the bursa, a small fluid-filled cushion.
    But most people with no pain have these changes too. So the exam matters more than the scan.
condition-gtps-course =
    This pain often lasts a long time. Many people still have it a year later,
    and many still have it years later. Some people get better without treatment.
    It is not clear who will get better on their own.

applies-gtps-exercise =
    Exercise and advice on how to load the tendons are a usual first step.
    In one trial, this gave good short-term results. No needles are involved.
applies-gtps-watchful-waiting =
    This pain can settle by itself, but often slowly. In one study, many people still had it years later.
    You can wait, see how it goes, and decide later.
applies-gtps-steroid-injection =
    An injection beside the hip, not into the joint, can ease pain for some weeks.
    In one trial it helped more at first.
    After a year, people did about as well without it.
applies-gtps-prp =
    PRP, an injection made from your own blood, is offered for this pain.
    One trial compared it with a steroid injection, but had no dummy injection.
    So it is not known how much of the effect comes from the PRP itself.
applies-gtps-stem-cell-injection =
    Some clinics sell “stem cell” injections for this pain. We found no study of them for this problem.
    The US drug regulator has approved none of them for any bone or joint problem.

figure-gtps-women-one-side = have this pain on one side (women aged { $ageFrom } to { $ageTo })
figure-gtps-women-both-sides = have this pain on both sides (women aged { $ageFrom } to { $ageTo })
figure-gtps-men-one-side = have this pain on one side (men aged { $ageFrom } to { $ageTo })
figure-gtps-men-both-sides = have this pain on both sides (men aged { $ageFrom } to { $ageTo })
figure-gtps-new-cases = newly get this pain each year (adults)
figure-gtps-scan-changes-no-pain = have tendon or bursa changes on a scan (people with no pain)
figure-gtps-still-painful-1y = still have this pain (one study from the Netherlands)
figure-gtps-still-painful-5y = still have this pain (the same study)
figure-gtps-better-wait-and-see-8w = are clearly better with no treatment (in a trial, the “wait and see” group)

## Inflammatory arthritis of the hip (such as rheumatoid arthritis)

condition-inflammatory-arthritis-name = Inflammatory arthritis of the hip (such as rheumatoid arthritis)
condition-inflammatory-arthritis-summary =
    The body has a defence system, called the immune system.
    In this condition it attacks the lining of the joints.
    This causes swelling, pain and stiffness. Over time it can harm cartilage and bone.
    It is mainly treated with medicines that calm the immune system.
    A rheumatologist, a doctor for joint and immune diseases, looks after these medicines.
    Most studies of hip shots and exercise were done in osteoarthritis, not in this condition.
condition-inflammatory-arthritis-diagnosis =
    A rheumatologist usually confirms it. They ask about your joints and check them for swelling.
    They may also use tests and scans.
    An X-ray can show whether the hip joint has been damaged.
condition-inflammatory-arthritis-course =
    Without treatment, the swelling inside the joint can slowly damage it.
    Medicines that calm the immune system are the main way to prevent this.
    In a study that followed people for years, most did not have hip problems,
    and few had severe hip damage.
    We found few results for hip treatments in this condition itself.

stage-inflammatory-arthritis-active-name = Active inflammation
stage-inflammatory-arthritis-active-description =
    The joint lining is swollen and sore. The pain and stiffness come mainly from this swelling.
    Medicines can calm it.
stage-inflammatory-arthritis-joint-damage-name = Lasting joint damage
stage-inflammatory-arthritis-joint-damage-description =
    The swelling has worn away cartilage and bone. Medicines can calm the swelling,
    but they cannot undo this damage.

applies-inflammatory-arthritis-exercise =
    Exercise can help keep the hip strong and moving. It works alongside medicines, not instead of them.
    Most exercise studies were done in osteoarthritis, not in this condition.
applies-inflammatory-arthritis-steroid-injection =
    Sometimes one or a few joints stay swollen despite medicines.
    Then a steroid shot into that joint is an accepted choice.
    Most studies of hip shots were in osteoarthritis, not in this condition.
applies-inflammatory-arthritis-hip-replacement =
    A new hip is an option when the joint is badly damaged.
    We found no results for hip replacement in people with this condition in particular.

figure-inflammatory-arthritis-hip-involved-historical = have it in the hip too (people with rheumatoid arthritis; older studies)
figure-inflammatory-arthritis-hip-involved-8y = get it in the hip too (people with rheumatoid arthritis)
figure-inflammatory-arthritis-severe-damage-8y = get bad damage to the hip joint (people with rheumatoid arthritis)
