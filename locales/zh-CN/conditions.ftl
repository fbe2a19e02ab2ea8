### 疾病：名称、简介、怎样诊断、不治疗会怎样、分期、每种治疗选择如何适用于每种疾病，
### 以及疾病相关数字的标签。
### 数字不在这里：数字放在 crates/hipaid-core/content/conditions/，软件会把数字显示在这些文字旁边。
### 语言通俗，约初中二年级阅读水平。不写阿拉伯数字。
### 数字标签只说明“统计的是什么”；软件会在前面加上“每 100 人中有 N 人”，
### 并在旁边显示观察时间和证据可信度。标签要写成能接在“每 100 人中有 N 人”后面的动词短语。

## 髋关节骨关节炎

condition-hip-oa-name = 髋关节骨关节炎（关节的“磨损”）
condition-hip-oa-summary =
    髋关节里骨头的末端，覆盖着一层光滑的组织，叫做软骨。
    得了骨关节炎，这层软骨会慢慢磨薄。髋关节可能会疼、发僵，活动也没那么灵活。
    人上了年纪以后，这种病非常常见。
condition-hip-oa-diagnosis =
    医生或康复治疗师听您讲讲情况、再做个检查，往往就能判断。
    如果您是中年或年纪更大，疼痛在活动时出现，而且早上即使发僵，时间也很短（半小时或更短），通常这样就足够判断了。
    不一定需要拍片（X 线片）。如果表现不太典型，或者想看看关节变化有多大，拍片会有帮助。
    X 线片上的表现和疼痛程度不一定一致。有些人关节变化很大，却不怎么疼。
condition-hip-oa-course =
    髋关节炎随着时间会怎样变化，每个人差别很大。
    有些人很长时间都差不多。另一些人会逐渐加重，
    其中有些人会选择换人工髋关节。很难事先知道您会是哪种情况。
    这里显示的数字，来自对大批人群的长期随访观察。

stage-hip-oa-kl-1-name = 一级：可疑
stage-hip-oa-kl-1-description =
    X 线片上可能看到骨头之间的间隙稍微变窄了一点点，或者有一个很小的骨性突起。
    还不能确定这就是关节炎。
stage-hip-oa-kl-2-name = 二级：轻度
stage-hip-oa-kl-2-description =
    骨头之间的间隙稍微变窄了。长出了小的骨性突起（骨刺）。
    软骨下面的骨头可能稍微变硬了。
    研究通常从这一级开始算作关节炎。
stage-hip-oa-kl-3-name = 三级：中度
stage-hip-oa-kl-3-description =
    骨头之间的间隙明显变窄了。骨刺更多了。
    软骨下面的骨头已经变硬，可能有小洞（囊肿）。
    关节可能开始变形。
stage-hip-oa-kl-4-name = 四级：重度
stage-hip-oa-kl-4-description =
    骨头之间的间隙大部分已经消失。有很大的骨刺，
    关节也明显变形了。

applies-hip-oa-exercise =
    在每个阶段，运动锻炼都是基础治疗。主要的诊疗指南都建议髋关节炎患者进行运动锻炼。
    只要您坚持锻炼，它就会有帮助。
applies-hip-oa-watchful-waiting =
    您可以选择观察等待，先看看髋关节情况怎么样。
    通常有时间慢慢考虑。您随时都可以改选其他治疗。
applies-hip-oa-steroid-injection =
    糖皮质激素（俗称“激素”）注射在任何阶段都可以用，用来短期缓解疼痛。
    效果通常在几个月内就会消退。
    在做髋关节置换术之前的几个月里，最好不要打，因为它可能会增加感染的风险。
applies-hip-oa-hyaluronic-acid =
    有些诊所在任何阶段都提供凝胶注射，也就是玻璃酸钠注射（透明质酸）。
    主要的诊疗指南建议髋关节不要用这种注射。
    高质量的研究发现，它的效果并不比安慰剂注射（不含有效成分的“假针”）好。
applies-hip-oa-prp =
    有些诊所提供富血小板血浆（PRP）注射，它是用您自己的血液制成的。主要的诊疗指南不建议使用。
    唯一一项把它和安慰剂注射做比较的髋关节研究，发现两者没有差别。
applies-hip-oa-stem-cell-injection =
    有些诊所出售治疗髋关节炎的“干细胞”注射。
    目前还没有设对照组的试验在髋关节上研究过这种注射。
    诊疗指南不建议使用。美国药品监管机构没有批准任何一种用于这个用途。
applies-hip-oa-hip-arthroscopy =
    当关节炎还不确定或只是轻度时，有时医生会建议做髋关节镜手术（微创“钥匙孔”手术）。
    一旦已经有了关节炎，手术的好处就比较小。
    而且这些人往往会更早需要换人工髋关节。
applies-hip-oa-hip-replacement =
    关节炎到了中度或重度，可以选择髋关节置换术（换人工髋关节）。
    在一项针对严重关节炎的试验中，换人工髋关节带来的改善，比一套力量训练方案大得多。
    这是大手术，有实实在在的风险。

figure-hip-oa-lifetime-risk = 在 { $ageTo } 岁之前患上会引起疼痛或僵硬的髋关节炎
figure-hip-oa-hip-symptoms-45 = 感到髋部疼痛、酸痛或僵硬（{ $ageFrom } 岁及以上）
figure-hip-oa-xray-45 = 在 X 线片上能看到髋关节炎的迹象（{ $ageFrom } 岁及以上）
figure-hip-oa-symptomatic-45 = 患有 X 线片上能看到、并且引起疼痛或僵硬的髋关节炎（{ $ageFrom } 岁及以上）
figure-hip-oa-symptomatic-75 = 患有 X 线片上能看到、并且引起疼痛或僵硬的髋关节炎（{ $ageFrom } 岁及以上）
figure-hip-oa-severe-xray-45 = 在 X 线片上显示为严重的髋关节炎（{ $ageFrom } 岁及以上）
figure-hip-oa-new-symptomatic-45 = 一年内新患上会引起疼痛或僵硬的髋关节炎（{ $ageFrom } 岁及以上）
figure-hip-oa-new-xray-45 = 一年内在 X 线片上新出现髋关节炎的迹象（{ $ageFrom } 岁及以上）
figure-hip-oa-new-severe-xray-45 = 一年内在 X 线片上新出现严重的髋关节炎（{ $ageFrom } 岁及以上）
figure-hip-oa-world-prevalence = 患有髋关节炎（全球）
figure-hip-oa-world-new-cases = 一年内新患上髋关节炎（全球）
figure-hip-oa-replacement-after-exercise-2y = 参加运动锻炼和健康指导方案之后，换了人工髋关节
figure-hip-oa-replacement-waitlisted-2y = 参加同样的方案之后，换了人工髋关节（原本已在排队等待换人工髋关节的人）

## 股骨头血液供应中断（股骨头坏死）

condition-avn-name = 股骨头血液供应中断（股骨头坏死，又称股骨头缺血性坏死）
condition-avn-summary =
    大腿骨（股骨）的顶端是一个球形的部分，叫做股骨头。股骨头有一部分失去了血液供应。
    没有血液，这部分骨头就会坏死。时间长了，股骨头可能会出现裂缝并塌陷。
    之后关节可能会磨损。这种病主要发生在青年人和中年人身上。
condition-avn-diagnosis =
    磁共振（MRI）可以在早期发现它，那时 X 线片看起来还是正常的。
    到了后期，X 线片上能看到骨头的变化。
    医生会给它分期。分期说明股骨头有没有开始塌陷，以及塌陷了多少。
    很多髋关节在被发现的时候，已经开始塌陷了。
    有时是在还不疼的髋关节里发现的。
condition-avn-course =
    如果不治疗，这个问题往往会随着时间加重。
    加重得多快，很大程度上取决于坏死区域有多大、在什么位置。
    坏死区域小的，常常能稳定好多年。坏死区域大的，常常在几年内就会塌陷。
    股骨头一旦塌陷，关节往往会逐渐磨损，很多人需要换人工髋关节。
    某一个髋关节具体会怎样发展，很难预测。

stage-avn-arco-1-name = I 期：只有磁共振能看到
stage-avn-arco-1-description =
    X 线片看起来正常。磁共振或骨扫描能看到坏死区域。
    股骨头的形状仍然正常。
stage-avn-arco-2-name = II 期：X 线片能看到，股骨头仍是圆的
stage-avn-arco-2-description =
    X 线片显示骨头有变化，比如密度增高的斑块或小洞。
    表面下面还没有裂缝，股骨头也还没有开始变扁。
stage-avn-arco-3a-name = IIIA 期：早期塌陷
stage-avn-arco-3a-description =
    股骨头表面下面出现了裂缝。
    股骨头还没有塌下去，或者只塌下去一点点：不超过两毫米。
stage-avn-arco-3b-name = IIIB 期：塌陷
stage-avn-arco-3b-description =
    股骨头表面下面出现了裂缝。
    股骨头塌下去超过两毫米。
stage-avn-arco-4-name = IV 期：关节炎
stage-avn-arco-4-description =
    关节已经开始磨损，和骨关节炎一样。
    股骨头和髋臼之间的间隙变窄了，髋臼也发生了变化。

applies-avn-exercise =
    运动锻炼可以让肌肉保持有力，让髋关节保持活动。但它不能让血液重新流回骨头。
    我们没有找到任何针对这种病测试运动锻炼的研究。
applies-avn-watchful-waiting =
    有些人选择观察等待，定期复查髋关节。
    坏死区域小的时候，股骨头常常能好多年都保持完整。
    坏死区域大的时候，股骨头常常在几年内就会塌陷。
applies-avn-stem-cell-injection =
    单纯把细胞注射进关节里，还没有针对这种病做过研究。
    在研究中，细胞是在钻孔手术时放进骨头里的，这种手术叫髓芯减压术。
    那是另一个治疗选择。
applies-avn-hip-replacement =
    当股骨头已经开始塌陷，或者关节已经磨损时，可以选择换人工髋关节。
    有一篇综述认为，股骨头塌下去超过两毫米后，更适合换人工髋关节。
applies-avn-core-decompression =
    在股骨头塌陷之前，外科医生可以在坏死的骨头上钻孔。
    目的是减轻骨头里的压力，帮助骨头修复。
    它只用于这些早期阶段。有些髋关节做完以后还是会塌陷。
applies-avn-core-decompression-cells =
    在股骨头塌陷之前，可以在髓芯减压术中，加入取自您自己骨髓的细胞。
    研究提示，和只钻孔相比，发生塌陷的髋关节更少。
    但还不清楚需要换人工髋关节的人会不会更少。
    证据质量只算一般。有些保险公司认为它还属于试验性治疗。

figure-avn-new-cases-us = 美国每年新发现患这种病的成年人（大多是青年人或中年人）
figure-avn-collapsed-at-diagnosis = 在发现这个问题时，股骨头就已经塌陷
figure-avn-collapse-type-a-2y = 出现股骨头塌陷（开始时股骨头还完整；坏死区域最小，A 型）
figure-avn-collapse-type-a-5y = 出现股骨头塌陷（开始时股骨头还完整；坏死区域最小，A 型）
figure-avn-collapse-type-b-2y = 出现股骨头塌陷（开始时股骨头还完整；坏死区域小，B 型）
figure-avn-collapse-type-b-5y = 出现股骨头塌陷（开始时股骨头还完整；坏死区域小，B 型）
figure-avn-collapse-type-c1-2y = 出现股骨头塌陷（开始时股骨头还完整；坏死区域大，C 一型）
figure-avn-collapse-type-c1-5y = 出现股骨头塌陷（开始时股骨头还完整；坏死区域大，C 一型）
figure-avn-collapse-type-c2-2y = 出现股骨头塌陷（开始时股骨头还完整；坏死区域最大，C 二型）
figure-avn-collapse-type-c2-5y = 出现股骨头塌陷（开始时股骨头还完整；坏死区域最大，C 二型）
figure-avn-silent-hip-becomes-painful = 髋部开始疼痛（开始时有这个问题、但不疼的髋关节）
figure-avn-silent-hip-collapses = 出现股骨头塌陷（开始时有这个问题、但不疼的髋关节）
figure-avn-untreated-progresses = 不治疗会加重，其中大多数人后来需要换人工髋关节

## 髋臼边缘一圈软组织的撕裂（髋臼盂唇撕裂）

condition-labral-tear-name = 髋臼边缘一圈软组织的撕裂（髋臼盂唇撕裂）
condition-labral-tear-summary =
    髋臼盂唇是围在髋臼（髋关节的“窝”）边缘的一圈软组织。
    它帮助把股骨头固定在原位。盂唇撕裂可能会引起疼痛。
    但很多撕裂根本不疼。
condition-labral-tear-diagnosis =
    医生会询问您的疼痛情况，并检查您的髋关节怎样活动。
    磁共振（MRI）能看到撕裂。但很多髋部不疼的人，做检查也能看到撕裂。
    所以片子上看到撕裂，只是整个情况的一部分。
    在考虑做手术之前，您的症状和体格检查结果需要和影像检查相符。
condition-labral-tear-course =
    撕裂如果不治疗，随着时间会怎样，目前了解得很少。
    很多撕裂从来不会引起疼痛。如果撕裂确实引起疼痛，疼痛可能会缓解，也可能持续下去。
    撕裂可能同时伴有一种叫“撞击”的髋关节形状问题（髋关节撞击综合征），或者早期关节炎。
    这些都可能改变之后的发展。

stage-labral-tear-without-oa-name = 没有关节炎
stage-labral-tear-without-oa-description =
    关节里的软骨状况还很好。X 线片上没有看到关节炎。
stage-labral-tear-with-oa-name = 合并关节炎
stage-labral-tear-with-oa-description =
    关节炎也已经开始了：关节里的软骨开始磨薄。
    这会影响哪些治疗可能有帮助。

applies-labral-tear-exercise =
    运动锻炼和康复锻炼（物理治疗）通常是第一步。专家一致认为这是合适的治疗。
    目的是让髋关节周围的肌肉更有力，并减轻疼痛。
applies-labral-tear-watchful-waiting =
    很多人有撕裂，却一点也不疼。片子上看到撕裂，不一定需要治疗。
    您可以先观察一段时间，以后再决定。
applies-labral-tear-steroid-injection =
    往髋关节里注射激素，可能会在短时间内缓解疼痛。
    对于盂唇撕裂和髋关节撞击综合征，只有一项小型研究测试过它。
applies-labral-tear-stem-cell-injection =
    有些诊所出售治疗盂唇撕裂的“干细胞”注射。
    我们没有找到关于这种注射治疗盂唇撕裂的任何研究。
    美国药品监管机构没有批准任何一种用于任何骨骼或关节问题。
applies-labral-tear-hip-arthroscopy =
    髋关节镜手术可以修补或修整撕裂的盂唇。对一些没有关节炎的人来说，这是一个选择。
    髋关节撞击综合征常常伴有盂唇撕裂。在针对撞击综合征患者的试验中，
    手术和康复锻炼都有帮助。平均来说，手术的帮助稍多一点。
applies-labral-tear-hip-replacement =
    如果已经出现关节炎，可以选择换人工髋关节。
    一旦有了关节炎，髋关节镜手术的帮助就比较小。

figure-labral-tear-on-mri-no-pain = 在磁共振上能看到盂唇撕裂（髋部不疼的人）
figure-labral-tear-cartilage-damage-no-pain = 在磁共振上能看到软骨损伤（髋部不疼的人）
figure-labral-tear-young-no-pain = 在影像检查上能看到盂唇撕裂（髋部不疼的年轻人）
figure-labral-tear-pooled-no-pain = 在影像检查上能看到盂唇撕裂或损伤（不疼的髋关节；综合多项研究的综述）

## 髋关节撞击综合征（股骨髋臼撞击，FAI）

condition-fai-name = 髋关节撞击综合征：因为形状的原因，股骨头和髋臼互相摩擦（股骨髋臼撞击）
condition-fai-summary =
    髋关节的股骨头或髋臼形状不太寻常。
    股骨头上多长了骨头，叫凸轮型（cam）。髋臼边缘包得太多，叫钳夹型（pincer）。
    髋关节弯曲时，边缘可能互相摩擦、挤压。这可能会引起疼痛，也可能损伤髋臼的边缘。
condition-fai-diagnosis =
    只有三方面都相符时，医生才会诊断为撞击综合征：您的症状、体格检查，以及 X 线片或其他影像检查。
    这些髋关节形状在不疼的人身上非常常见，在运动员身上更常见。
    所以单凭片子上看到这种形状，并不说明需要治疗。
condition-fai-course =
    不做手术的话，大多数撞击综合征患者即使过了很多年，也不会得关节炎。
    有些人会得，其中少数人后来需要换人工髋关节。
    无法确切地说谁会这样。

stage-fai-without-oa-name = 没有关节炎
stage-fai-without-oa-description =
    关节里的软骨状况还很好。X 线片上没有看到关节炎。
stage-fai-with-oa-name = 合并关节炎
stage-fai-with-oa-description =
    关节炎也已经开始了：关节里的软骨开始磨薄。
    这会影响哪些治疗可能有帮助。

applies-fai-exercise =
    康复锻炼（物理治疗）和运动锻炼通常是第一步。专家一致认为这是合适的选择。
    在试验中，患者通过锻炼有所好转。平均来说，手术的帮助稍多一点。
applies-fai-watchful-waiting =
    很多人有这种髋关节形状，却从来不疼。
    经过很多年，撞击综合征患者中只有一部分人会得关节炎。
    您可以先观察一段时间，以后再决定。
applies-fai-steroid-injection =
    往髋关节里注射激素，可能会在短时间内缓解疼痛。
    对于撞击综合征，只有一项小型研究测试过它。
applies-fai-hip-arthroscopy =
    髋关节镜手术可以修整骨头的形状，并修补髋臼的边缘。
    对一些没有关节炎的人来说，这是一个选择。
    在试验中，平均来说，它的帮助比康复锻炼稍多一点。
    两者的差别，接近人们能感觉到的最小变化。
applies-fai-hip-replacement =
    如果已经出现关节炎，可以选择换人工髋关节。
    经过很多年，撞击综合征患者中只有一小部分人需要换。

figure-fai-cam-shape-no-pain = 有凸轮型形状，也就是股骨头上多长了骨头（没有症状的髋关节）
figure-fai-cam-shape-athletes-no-pain = 有凸轮型形状（运动员没有症状的髋关节）
figure-fai-cam-shape-general-no-pain = 有凸轮型形状（普通人群中没有症状的髋关节）
figure-fai-pincer-shape-no-pain = 有钳夹型形状，也就是髋臼边缘包得太多（没有症状的髋关节）
figure-fai-painful-arthritis-25y = 患上会引起疼痛或僵硬的髋关节炎（没有做过矫正髋关节形状的手术）
figure-fai-hip-replacement-25y = 换了人工髋关节（没有做过矫正髋关节形状的手术）

## 髋部外侧疼痛（大转子疼痛综合征）

condition-gtps-name = 髋部外侧疼痛（大转子疼痛综合征，常被称为滑囊炎）
condition-gtps-summary =
    这种疼痛出现在髋部外侧，不在关节里面。
    它常被称为滑囊炎。但它主要来自臀部肌肉的肌腱，
    也就是这些肌腱附着在髋部侧面骨性突起的地方。
    女性比男性更常见。
condition-gtps-diagnosis =
    医生通常听您讲讲情况、再做个检查，就能判断出来。
    它常常和腰痛，或者同一侧的膝关节炎同时出现。
    影像检查可以看到肌腱或滑囊的变化。滑囊是一个装着液体的小垫子。
    但大多数不疼的人也有这些变化。所以体格检查比影像检查更重要。
condition-gtps-course =
    这种疼痛常常持续很久。很多人一年后还在疼，
    很多人好几年后仍然在疼。有些人不治疗也会好转。
    目前还不清楚谁会自己好转。

applies-gtps-exercise =
    运动锻炼，加上如何让肌腱适当受力的指导，通常是第一步。
    在一项试验中，它的短期效果很好。不需要打针。
applies-gtps-watchful-waiting =
    这种疼痛可能会自己缓解，但常常很慢。在一项研究中，很多人好几年后仍然在疼。
    您可以先观察等待，看看情况，以后再决定。
applies-gtps-steroid-injection =
    在髋部旁边注射激素（不是打进关节里），可以让疼痛缓解几个星期。
    在一项试验中，它一开始的帮助更大。
    一年后，没打针的人情况也差不多。
applies-gtps-prp =
    有诊所用富血小板血浆（PRP）治疗这种疼痛，这是用您自己的血液制成的注射。
    有一项试验把它和激素注射做了比较，但没有安慰剂注射组。
    所以不知道效果中有多少是 PRP 本身带来的。
applies-gtps-stem-cell-injection =
    有些诊所出售治疗这种疼痛的“干细胞”注射。我们没有找到关于这种注射治疗这个问题的任何研究。
    美国药品监管机构没有批准任何一种用于任何骨骼或关节问题。

figure-gtps-women-one-side = 一侧有这种疼痛（{ $ageFrom } 到 { $ageTo } 岁的女性）
figure-gtps-women-both-sides = 两侧都有这种疼痛（{ $ageFrom } 到 { $ageTo } 岁的女性）
figure-gtps-men-one-side = 一侧有这种疼痛（{ $ageFrom } 到 { $ageTo } 岁的男性）
figure-gtps-men-both-sides = 两侧都有这种疼痛（{ $ageFrom } 到 { $ageTo } 岁的男性）
figure-gtps-new-cases = 一年内新出现这种疼痛（成年人）
figure-gtps-scan-changes-no-pain = 在影像检查上能看到肌腱或滑囊的变化（不疼的人）
figure-gtps-still-painful-1y = 仍然有这种疼痛（荷兰的一项研究）
figure-gtps-still-painful-5y = 仍然有这种疼痛（同一项研究）
figure-gtps-better-wait-and-see-8w = 不治疗也明显好转（一项试验中“先观察等待”的那一组）

## 髋关节的炎症性关节炎（比如类风湿关节炎）

condition-inflammatory-arthritis-name = 髋关节的炎症性关节炎（比如类风湿关节炎）
condition-inflammatory-arthritis-summary =
    身体有一套防御系统，叫做免疫系统。
    得了这种病，免疫系统会攻击关节的内层。
    这会引起肿胀、疼痛和僵硬。时间长了，可能会损伤软骨和骨头。
    这种病主要用让免疫系统安静下来的药物来治疗。
    这些药物由风湿免疫科医生负责管理，也就是专门看关节和免疫疾病的医生。
    大多数关于髋关节打针和运动锻炼的研究，是在骨关节炎患者身上做的，不是在这种病的患者身上。
condition-inflammatory-arthritis-diagnosis =
    通常由风湿免疫科医生确诊。医生会询问您关节的情况，并检查关节有没有肿胀。
    也可能会做化验和影像检查。
    X 线片可以看出髋关节是否已经受损。
condition-inflammatory-arthritis-course =
    如果不治疗，关节里的肿胀可能会慢慢损伤关节。
    让免疫系统安静下来的药物，是预防这种损伤的主要方法。
    在一项对患者随访了好几年的研究中，大多数人没有出现髋关节问题，
    髋关节严重受损的人很少。
    专门针对这种病的髋关节治疗，我们找到的研究结果很少。

stage-inflammatory-arthritis-active-name = 炎症活动期
stage-inflammatory-arthritis-active-description =
    关节内层肿胀、疼痛。疼痛和僵硬主要来自这种肿胀。
    药物可以让它平息下来。
stage-inflammatory-arthritis-joint-damage-name = 关节已经永久受损
stage-inflammatory-arthritis-joint-damage-description =
    肿胀已经破坏了软骨和骨头。药物可以让肿胀平息下来，
    但无法让这些损伤恢复。

applies-inflammatory-arthritis-exercise =
    运动锻炼可以帮助髋关节保持有力、保持活动。它要和药物一起用，不能代替药物。
    大多数运动锻炼研究是在骨关节炎患者身上做的，不是在这种病的患者身上。
applies-inflammatory-arthritis-steroid-injection =
    有时即使用了药物，仍有一个或几个关节一直肿着。
    这时往这个关节里注射激素，是公认的做法。
    大多数关于髋关节打针的研究，是在骨关节炎患者身上做的，不是在这种病的患者身上。
applies-inflammatory-arthritis-hip-replacement =
    关节严重受损时，可以选择换人工髋关节。
    我们没有找到专门针对这种病的患者换人工髋关节的研究结果。

figure-inflammatory-arthritis-hip-involved-historical = 髋关节也受到影响（类风湿关节炎患者；较早的研究）
figure-inflammatory-arthritis-hip-involved-8y = 后来髋关节也受到影响（类风湿关节炎患者）
figure-inflammatory-arthritis-severe-damage-8y = 后来髋关节严重受损（类风湿关节炎患者）
