### 不用打针的治疗选择：运动和观察等待。
### 数字在 crates/hipaid-core/content/options/exercise.toml 和 watchful-waiting.toml 中。
### 软件会把每个数字显示在它的标签旁边；这些文本里从不写数字。

## 运动和康复锻炼

option-exercise-name = 运动和康复锻炼
option-exercise-summary = 这是一套让髋部周围肌肉更有力的锻炼计划。
    由康复治疗师（锻炼和活动方面的专家）教您怎么做。
    您还会了解自己的髋关节，学会怎样保持活动。
    如果适合您，还可以得到控制体重方面的帮助。
    不用打针，也不用做手术。
    只要坚持锻炼，就一直有帮助。
option-exercise-regulatory = 运动不是药品，也不是医疗器械，所以不需要任何监管机构批准。
    髋关节炎的诊疗指南把它列为主要治疗方法。
option-exercise-cost = 我们没有找到一个康复锻炼（物理治疗）疗程的可靠价格。
    请问一下您的医院或保险公司，您要付多少钱。
    有些锻炼计划可以在家里做。
repeats-exercise = 您想锻炼多久，就可以一直做下去。
    坚持锻炼，效果保持得最好。

step-exercise-assess = 康复治疗师检查您的髋关节，看看您是怎么活动的。
    您和治疗师聊一聊，您希望能做到哪些事。
step-exercise-programme = 在几周时间里，您去参加一系列训练课。
    您会学到增强力量和平衡的动作。
    您还会学到关于髋关节的知识，以及怎样应对疼痛。
step-exercise-home = 在两次训练课之间，您在家里做锻炼。
step-exercise-keep-going = 计划结束后，您自己继续锻炼。
    这样能帮您保住已经取得的进步。

factor-exercise-pain-at-start = 刚开始锻炼时，髋部可能会更疼一些。
    诊疗指南说，这是预料之中的。
    指南也说，规律锻炼仍然有帮助。
    请告诉您的治疗师，让他帮您调整计划。
factor-exercise-weight = 如果您体重超重，诊疗指南建议为您提供减重方面的帮助。
    我们只找到一项髋关节的试验：在锻炼的基础上再加上严格节食，并没有让疼痛明显减轻得更多。
    不过，节食对其他一些指标确实有帮助。
    体重的变化和 X 线片上关节炎加重没有关联。
factor-exercise-severe-arthritis = 关节炎严重时，运动的帮助可能比较小。
    在一项针对严重髋关节炎患者的试验中，髋关节置换术让髋关节评分提高的幅度，比力量训练计划大得多。
    锻炼组有些人在几个月内就选择了做手术。
factor-exercise-waiting-list = 有些人本来就在排队等着换人工髋关节。
    他们在计划结束后更有可能很快就去做手术。

outcome-exercise-hip-oa-improve = 疼痛和活动明显好转（只算因为锻炼而多出来的人）
outcome-exercise-hip-oa-improve-note = 这个数字只算因为锻炼而多出来的好转的人。
    有些人不锻炼也会好转。
    好转是在计划结束时测量的。
    计划结束几个月后，好转仍然存在。
outcome-exercise-hip-oa-registry-3m = 疼痛评分的变化
outcome-exercise-hip-oa-registry-3m-note = 这个数字来自一个大型登记记录，记录的是参加健康教育和锻炼小组课程的人。
    没有对照组。
    所以一部分变化可能本来就会发生。
outcome-exercise-hip-oa-registry-12m = 疼痛评分的变化
outcome-exercise-hip-oa-registry-12m-note = 这是同一批人，后来又检查了一次。
    没有对照组。
    所以一部分变化可能本来就会发生。
outcome-exercise-hip-oa-weight-loss = 在锻炼的基础上加上严格减重饮食后，疼痛评分的变化
outcome-exercise-hip-oa-weight-loss-note = 两组做的是同样的锻炼计划。
    其中一组还吃热量非常低的饮食。
    疼痛多减轻的幅度很小，小到大多数人感觉不出来。
    节食组体重减得更多，在其他一些指标上也更好。
outcome-exercise-gtps-success-vs-wait = 认为治疗有效（按这项试验自己定的成功标准）
outcome-exercise-gtps-success-vs-wait-note = 这项试验的对象是髋部外侧肌腱疼痛的人。
    计划包括由康复治疗师带领的健康教育课和锻炼课。
outcome-exercise-gtps-success-vs-steroid = 认为治疗有效（按这项试验自己定的成功标准）
outcome-exercise-gtps-success-vs-steroid-note = 这和上面是同一项试验。
    这里是把锻炼计划和打一针糖皮质激素（俗称“激素”）作比较。
    激素是一种能消肿的强效药物。
outcome-exercise-fai-hip-score = 髋关节评分的提高
outcome-exercise-fai-hip-score-note = 这些试验的对象是有髋关节撞击综合征、但没有关节炎的人。
    撞击的意思是：由于形状的原因，股骨头和髋臼互相卡压。
    两组都有好转。
    髋关节镜手术（微创“钥匙孔”手术）让评分多提高了一点，接近病人能感觉到的最小变化。
    没有一项试验单独研究过髋臼盂唇撕裂。
outcome-exercise-avn-benefit = 疼痛减轻、活动改善
no-data-exercise-avn-benefit = 我们没有找到关于运动治疗这种病的研究。
    运动可能帮您保持力量、保持活动。
    但目前不知道运动能不能阻止骨头的损伤。
outcome-exercise-inflammatory-benefit = 疼痛减轻、活动改善
no-data-exercise-inflammatory-benefit = 关于髋关节锻炼的研究，对象都是骨关节炎（关节的“磨损”）患者。
    这些结果不一定适用于炎症性关节炎。
    炎症性关节炎的主要治疗是作用于全身的药物。
    运动是和药物一起用的。
outcome-exercise-pain-at-start = 刚开始锻炼时关节更疼
no-data-exercise-pain-at-start = 刚开始锻炼时，疼痛可能会加重一段时间。
    髋关节炎的诊疗指南说，这是预料之中的，应该坚持下去。
    我们找到的研究都没有统计这种情况有多常见。
outcome-exercise-hip-oa-serious-harms = 因为锻炼受到严重伤害
no-data-exercise-hip-oa-serious-harms = 主要的综述没有发现任何严重伤害的报告。
    锻炼的人中途退出的情况并不比其他人多。
    一项节食试验也没有发现节食带来严重伤害。
    研究没有给出发生率，所以没有数字可以显示。
outcome-exercise-hip-oa-replacement-2y = 即使参加了计划，后来还是做了髋关节置换术
outcome-exercise-hip-oa-replacement-2y-note = 这不是锻炼造成的。
    这说明即使坚持锻炼，关节炎也可能加重。
    这些人参加的是小组课程。
    没有对照组。

comparator-exercise-hip-arthroscopy = 髋关节镜手术（微创“钥匙孔”手术）

## 观察等待

option-watchful-waiting-name = 观察等待
option-watchful-waiting-summary = 您和医生商定，暂时先不开始治疗。
    您保持活动，过一段时间再复查。
    您随时可以改变主意，开始治疗。
    有些髋部问题，疼痛常常会自己减轻。
    另一些问题，髋关节会慢慢变差。
option-watchful-waiting-regulatory = 等待不是药品，也不是医疗器械，所以不需要批准。
option-watchful-waiting-cost = 没有需要付费的治疗。
    不过，复查看病可能还是要花钱。
    我们没有找到这些费用的价格。
repeats-watchful-waiting = 只要适合您，您可以一直等下去。
    您也随时可以不再等待，选择一种治疗。

step-watchful-waiting-agree-plan = 您和医生商定，暂时先不治疗。
    你们还要约好什么时候复查。
step-watchful-waiting-self-care = 您尽量保持活动，在日常生活中照顾好髋关节。
step-watchful-waiting-watch-signs = 您留意疼痛和活动有什么变化。
    如果情况变差，请提前去复查。
step-watchful-waiting-review = 复查时，您和医生再一起看看有哪些选择。

factor-watchful-waiting-avn-lesion-size = 骨头坏死区域的大小和位置影响很大。
    小的坏死区很少塌陷。
    大的坏死区常常在几年内就塌陷。
    影像检查可以看出坏死区有多大。
factor-watchful-waiting-avn-collapse = 很多人在发现这个病时，股骨头已经塌陷了。
    一旦股骨头塌陷得不止一点点，专家通常倾向于做髋关节置换术。
factor-watchful-waiting-waiting-list = 有些人本来就在排队等着换人工髋关节。
    他们更有可能很快就去做手术。
factor-watchful-waiting-scan-findings = 很多不疼的人，做影像检查也能看到撕裂和形状改变。
    所以光凭影像检查的结果，并不说明您需要治疗。
    您的症状、医生的体格检查和影像检查结果应该都对得上。

outcome-watchful-waiting-hip-oa-benefit = 不治疗也好转
no-data-watchful-waiting-hip-oa-benefit = 等待的主要好处是：可以避免治疗的副作用和费用。
    我们没有找到有多少人会自己好转的统计数字。
    在关节炎的试验中，不接受治疗的那一组平均来说变化很小。
outcome-watchful-waiting-avn-benefit = 不治疗也好转
no-data-watchful-waiting-avn-benefit = 我们找到的研究都没有统计有多少人不治疗也会好转。
    在一项研究中，坏死区最小的髋关节在几年内都没有塌陷。
    等待还可以避免手术的风险。
outcome-watchful-waiting-labral-tear-benefit = 不治疗疼痛也减轻
no-data-watchful-waiting-labral-tear-benefit = 我们找到的研究都没有随访过撕裂引起疼痛、但没有治疗的人。
    很多完全不疼的人，影像检查也能看到撕裂。
    所以有撕裂不一定会带来麻烦。
outcome-watchful-waiting-fai-benefit = 不治疗疼痛也减轻
no-data-watchful-waiting-fai-benefit = 我们找到的研究都没有统计髋关节撞击综合征患者中有多少人不治疗也会好转。
    导致撞击的髋关节形状，在不疼的人身上也很常见。
outcome-watchful-waiting-gtps-success-8w = 认为情况好转了（按这项试验自己定的成功标准）
outcome-watchful-waiting-gtps-success-8w-note = 在这项试验中，有一组人被要求先等等看。
    研究把他们和接受健康教育加锻炼的人作比较。
    等待可以不用上课，也不用打针。
outcome-watchful-waiting-gtps-recovered-3m = 认为自己已经康复
outcome-watchful-waiting-gtps-recovered-3m-note = 在这项试验中，这一组接受的是家庭医生的常规处理，没有打针。
    常规处理和等待不完全一样。
outcome-watchful-waiting-gtps-recovered-12m = 认为自己已经康复
outcome-watchful-waiting-gtps-recovered-12m-note = 这是同一项试验后来再检查的结果。
    到那时，打了针和没打针的人情况差不多。
outcome-watchful-waiting-hip-oa-replacement-2y = 做了髋关节置换术
outcome-watchful-waiting-hip-oa-replacement-2y-note = 这些人参加过健康教育和锻炼计划。
    对于只是等待的人，我们没有找到这样的数字。
    没有对照组。
outcome-watchful-waiting-avn-collapse-large = 股骨头塌陷（坏死区最大的一组）
outcome-watchful-waiting-avn-collapse-large-note = 研究开始时，这些髋关节都还没有塌陷。
    风险取决于坏死区的大小和位置。
    这一组的坏死区最大。
    没有对照组。
outcome-watchful-waiting-avn-collapse-medium = 股骨头塌陷（坏死区中等大小的一组）
outcome-watchful-waiting-avn-collapse-medium-note = 研究开始时，这些髋关节都还没有塌陷。
    这一组的坏死区是中等大小。
    没有对照组。
outcome-watchful-waiting-avn-collapse-small = 股骨头塌陷（坏死区小的一组）
outcome-watchful-waiting-avn-collapse-small-note = 研究开始时，这些髋关节都还没有塌陷。
    这一组的坏死区小。
    坏死区最小的那一组，没有一个塌陷。
outcome-watchful-waiting-labral-tear-harm = 疼痛或损伤加重
no-data-watchful-waiting-labral-tear-harm = 我们找到的研究都没有随访过撕裂引起疼痛、但没有治疗的人。
    所以我们说不出情况变差有多常见。
outcome-watchful-waiting-fai-arthritis = 髋关节得了会疼的关节炎
outcome-watchful-waiting-fai-arthritis-note = 这项长期研究随访了没有做手术的髋关节撞击综合征患者。
    没有对照组。
outcome-watchful-waiting-fai-replacement = 做了髋关节置换术
outcome-watchful-waiting-fai-replacement-note = 这是同一项长期研究，对象是没有做手术的人。
    没有对照组。
outcome-watchful-waiting-gtps-pain-1y = 仍然疼痛
outcome-watchful-waiting-gtps-pain-1y-note = 这个数字来自一组病人，由一篇综述报告。
    我们不知道他们接受了什么治疗。
outcome-watchful-waiting-gtps-pain-5y = 仍然疼痛
outcome-watchful-waiting-gtps-pain-5y-note = 这是同一组病人，几年后再检查的结果。
    我们不知道他们接受了什么治疗。
