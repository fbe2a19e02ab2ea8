### 注射类的治疗选择：激素、玻璃酸钠（凝胶）和富血小板血浆（PRP）。
### 数字在 crates/hipaid-core/content/options/steroid-injection.toml、
### hyaluronic-acid.toml 和 prp.toml 中。软件会把每个数字显示在它的标签旁边；
### 这些文本里从不写数字。

## 激素注射

option-steroid-injection-name = 激素注射（糖皮质激素）
option-steroid-injection-summary = 医生给您注射糖皮质激素（俗称“激素”），这是一种能消肿的强效药物。
    激素通常和局部麻醉药混在一起打。
    如果问题在关节里面，就打进髋关节里。
    医生会在超声（B 超）或 X 线影像的引导下进针。
    如果是髋部外侧疼痛，就改打在疼痛的肌腱附近。
    只需要去一次。
    如果有缓解，通常能维持几周到几个月，而不是几年。
option-steroid-injection-regulatory = 这种激素是已获批准的药品。
    大多数髋关节炎的诊疗指南都把它列为一种治疗方法，用于短期缓解。
option-steroid-injection-cost = 我们没有找到髋关节激素注射的可靠价格。
    我们也没法核实保险是否报销。
    预约之前，请先问一下您的医院和保险公司。
repeats-steroid-injection = 可以重复打，但有限制。
    英格兰的建议是，两次注射之间至少间隔 { $gap }。
    同一个部位一年内不要超过 { $max } 次。
    医生还会考虑上一次注射的效果怎么样。

step-steroid-injection-check = 医生会确认这种注射适不适合您。
    如果您有糖尿病或感染，或者已经计划要做手术，请告诉医生。
step-steroid-injection-image = 如果要打进关节里，医生会用超声（B 超）或 X 线影像。
    这样可以把针引导到髋关节深处。
step-steroid-injection-inject = 先给皮肤消毒。
    医生注射激素和局部麻醉药。
step-steroid-injection-after = 如果激素有效，常常在几天内开始起作用。
    如果出现发烧、发红，或疼痛越来越重，请马上就医。

factor-steroid-injection-diabetes = 如果您有糖尿病，血糖很可能会升高几天。
    头一两天升得最高。
    如果您的血糖控制得不好，或者在打胰岛素，血糖会升得更多。
    请和您的医疗团队一起商量怎么监测血糖。
factor-steroid-injection-replacement-planned = 如果您在接下来几个月里可能要做髋关节置换术，请和医生商量打针的时间。
    在髋关节打针后不久就换人工髋关节，感染的风险更高。
    研究发现，间隔时间更长时，没有额外的风险。
factor-steroid-injection-repeated-injections = 长期多次注射可能会损伤关节。
    在一项膝关节研究中，连续几年定期打激素，软骨丢失得比打生理盐水更多。
    软骨是覆盖在骨头末端的一层光滑组织。
    这些注射也没有带来持久的止痛效果。
    我们不知道髋关节是不是也会这样。
factor-steroid-injection-joint-swelling = 在一项试验中，这种注射对有些人的帮助比对另一些人大。
    如果影像检查显示关节里面有肿胀或积液，帮助更大。

outcome-steroid-pain-relief-2m = 疼痛明显减轻（至少减轻五分之一）
outcome-steroid-pain-relief-2m-note = 这是一项小型试验。
    试验没有纳入糖尿病患者。
    安慰剂组的好转比大多数试验少，所以这个数字可能夸大了好处。
    安慰剂注射里是局部麻醉药和生理盐水。
outcome-steroid-pain-half-2m = 疼痛大大减轻（至少减轻一半）
outcome-steroid-pain-half-2m-note = 这是同一项小型试验。
    这个数字可能夸大了好处。
outcome-steroid-pain-relief-3m = 疼痛明显减轻（至少减轻五分之一）
outcome-steroid-pain-relief-3m-note = 这是同一项小型试验后来再检查的结果。
    一篇规模更大的综述发现，在这个时间点有好处，但在之后的检查中没有。
outcome-steroid-extra-vs-advice = 疼痛评分比另一组多下降的幅度
outcome-steroid-extra-vs-advice-note = 这个数字是两组之间的差别。
    它是打针后几个月里的平均值。
    它不是总的变化。
    两组都得到了建议和相关信息。
outcome-steroid-extra-vs-numbing = 疼痛评分比另一组多下降的幅度
outcome-steroid-extra-vs-numbing-note = 激素只比打局部麻醉药好一点点。
    这项试验不能排除两者其实没有真正差别的可能。
    所以一部分好处可能只是因为打了针。
outcome-steroid-fai-benefit = 疼痛减轻
no-data-steroid-fai-benefit = 对髋关节撞击综合征或髋臼盂唇撕裂，只有一项小型试验研究过这种注射。
    我们没有从中找到可以显示的数字。
    即使有缓解，预计也只是短期的。
outcome-steroid-gtps-success-8w = 认为治疗有效（按这项试验自己定的成功标准）
outcome-steroid-gtps-success-8w-note = 这里的注射是打在髋部旁边、疼痛的肌腱附近，不是打进关节里。
    在同一项试验中，健康教育加锻炼的计划在这个时间点效果比打针好。
outcome-steroid-gtps-recovered-3m = 认为自己已经康复
outcome-steroid-gtps-recovered-12m = 认为自己已经康复
outcome-steroid-gtps-recovered-12m-note = 到这个时候，接受常规处理的人已经赶上来了。
    打针让疼痛缓解得更快，但没有带来持久的好处。
outcome-steroid-inflammatory-benefit = 关节疼痛和肿胀减轻
no-data-steroid-inflammatory-benefit = 如果用了药，仍有一个或几个关节一直有炎症，专家认可在关节里打针。
    我们没有找到髋关节的数字。
    主要的治疗是作用于全身的药物。
outcome-steroid-septic-arthritis = 关节里发生细菌感染（化脓性关节炎），需要紧急治疗
outcome-steroid-septic-arthritis-note = 这种情况很少见。
    数字来自对大量病历记录的研究。
    有一项研究发现，发生率并不比没有打针的类似病人高。
    如果出现发烧、发红，或疼痛越来越重，请马上就医。
outcome-steroid-rapid-joint-damage = 关节损伤加重得非常快
outcome-steroid-rapid-joint-damage-note = 医生把这种情况叫作快速进展性关节炎。
    这个数字来自一项病历回顾研究，病人在打针前后都做过影像检查。
    一些经过挑选的人群报告的发生率更高。
    但试验中没有报告过这个问题。
    一项设有匹配对照组的研究没有发现额外的损伤。
    打针后多长时间内发生，报告得不清楚。
    真正的风险还不确定。
outcome-steroid-replacement-infection = 打针后不久换上的人工髋关节发生感染
outcome-steroid-replacement-infection-note = 只有在打针后几个月内就做髋关节置换术时，这一条才适用。
    对照组的数字是估算的。
    间隔时间更长时，研究没有发现额外的风险。
outcome-steroid-flare = 打针后疼痛短暂加重
outcome-steroid-flare-note = 这种疼痛加重在几小时内出现，通常一天内就会缓解。
    这是一个常被引用的数字。
    我们没有找到统计过这一点的髋关节研究。
outcome-steroid-gtps-flare = 打针后疼痛短暂加重
no-data-steroid-gtps-flare = 对于在髋部这个位置打针后疼痛加重的情况，我们没有找到统计数字。
    在一项肩部肌腱附近打针的研究中，很多人的疼痛短时间内加重了。
    那项研究用的是另一种测量方法。

## 玻璃酸钠注射（透明质酸）

option-hyaluronic-acid-name = 玻璃酸钠注射（透明质酸凝胶）
option-hyaluronic-acid-summary = 医生把一种凝胶打进髋关节里。
    进针时用影像检查来引导。
    这种凝胶是为了让关节活动得更顺滑。
    有些产品打一针就够，有些要打一个短疗程。
    高质量的试验发现，它的效果并不比打生理盐水的安慰剂注射好。
    很多人打了任何针都会觉得好一些，哪怕是安慰剂注射。
option-hyaluronic-acid-regulatory = 我们没有找到药品监管机构关于这类凝胶用于髋关节的说明。
    我们找到的美国报销规定只覆盖膝关节。
    所以髋关节注射通常要自己付费。
option-hyaluronic-acid-cost = 我们没有找到髋关节玻璃酸钠注射的可靠价格。
    我们找到的保险规定只报销膝关节，所以您很可能要自己付费。
    请先问清楚整个疗程的全部费用。
repeats-hyaluronic-acid = 关于在髋关节重复注射，我们没有找到相关规定或研究。

step-hyaluronic-acid-check = 医生检查您的髋关节。
    医生会说明用的是哪种产品，需要打几针。
step-hyaluronic-acid-image = 在超声（B 超）或 X 线影像的引导下，把针打到髋关节深处。
step-hyaluronic-acid-inject = 医生把凝胶打进关节里。
step-hyaluronic-acid-course = 有些产品需要打一个疗程，每两针之间间隔固定的时间。

factor-hyaluronic-acid-insurance = 如果您有美国的保险，请先确认。
    我们找到的报销规定覆盖的是膝关节的凝胶注射，不包括髋关节。
factor-hyaluronic-acid-replacement-planned = 如果您可能很快要做髋关节置换术，请问清楚打针的时间。
    研究发现，在髋关节打针后不久就换人工髋关节，感染更多。
    这些研究大多是关于激素注射的。
    其他注射是不是也这样，目前还有争议。
factor-hyaluronic-acid-placebo-response = 在关节里打任何针以后，疼痛常常都会减轻，哪怕打的是生理盐水。
    这种效果可以持续几个月。
    所以打了凝胶后觉得好一些，并不能说明是凝胶起了作用。

outcome-hyaluronic-acid-benefit = 疼痛减轻或活动改善，效果好于安慰剂注射
no-data-hyaluronic-acid-benefit = 高质量的试验把凝胶和打生理盐水的安慰剂注射作了比较。
    没有一项试验发现，在打针后的几个月里，凝胶比安慰剂更能减轻疼痛或改善活动。
    所以没有关于好处的数字可以显示。
    两组的人常常都觉得好一些，因为打任何针都可能在一段时间内有帮助。
outcome-hyaluronic-acid-injection-pain = 打针的地方短暂疼痛
outcome-hyaluronic-acid-injection-pain-note = 这个数字来自一组只打了一针凝胶的病人。
    没有对照组。
    研究没有说清楚对这一点观察了多长时间。
outcome-hyaluronic-acid-side-effects = 出现其他副作用
no-data-hyaluronic-acid-side-effects = 在试验中，凝胶和安慰剂注射的副作用差不多一样常见。
    我们参考的汇总资料没有给出数字。
outcome-hyaluronic-acid-septic-arthritis = 关节里发生细菌感染（化脓性关节炎），需要紧急治疗
outcome-hyaluronic-acid-septic-arthritis-note = 这个数字是在激素注射后统计的。
    任何扎进关节的针都可能把细菌带进去。
    凝胶的风险没有单独统计。

## 富血小板血浆（PRP）注射

option-prp-name = 富血小板血浆（PRP）注射
option-prp-summary = 从您的手臂抽血。
    用机器高速旋转血液，收集其中的血小板。血小板是血液里帮助伤口愈合的微小成分。
    医生在超声（B 超）引导下，把它打进髋部。
    诊所常常按疗程出售，一个疗程打几针。
    在唯一一项设有安慰剂注射组的髋关节试验中，PRP 的效果并不比生理盐水好。
    对于髋部外侧疼痛，有一项试验发现它比激素注射效果好。
option-prp-regulatory = PRP 是在诊所里用您自己的血制成的。
    我们没有找到 PRP 被批准用于治疗髋关节炎或髋部外侧疼痛的记录。
    髋关节炎的诊疗指南建议不要使用。
    有些诊所把 PRP 叫作“再生治疗”，意思是能让组织重新长出来的治疗。
    美国药品监管机构表示，还没有任何再生治疗被批准用于任何骨骼或关节问题。
option-prp-cost = 因为保险不报销，通常要自己付费。
    这里显示的是一针的价格。
    这是美国医院的常见价格，但有的收得少，有的收得多。
    诊所常常按疗程出售，一个疗程打好几针，所以请先问清楚全部费用。
repeats-prp = 一个疗程通常是几针，常常每周打一针。
    我们没有找到关于重复做疗程的研究。

variant-prp-leukocyte-rich = 富白细胞 PRP：保留了较多的白细胞。
variant-prp-leukocyte-poor = 贫白细胞 PRP：大部分白细胞已被去除。

step-prp-blood = 护士或医生从您的手臂抽一些血。
step-prp-spin = 机器高速旋转血液，把血小板分离出来。
step-prp-inject = 医生在超声（B 超）引导下，把 PRP 打进髋关节里或髋部旁边。
step-prp-course = 您可能还要再来打几针，通常间隔一周。

factor-prp-placebo-response = 打任何针以后，疼痛常常都会减轻，哪怕打的是生理盐水。
    在那项髋关节试验中，打生理盐水的人和打 PRP 的人好转得一样多。
    所以打了 PRP 后觉得好一些，并不能说明是 PRP 起了作用。
factor-prp-arthritis-grade = 唯一一项设有安慰剂注射组的髋关节试验，对象是轻度或中度关节炎患者。
    对于严重的关节炎，我们了解得更少。
factor-prp-preparation = 各家诊所制备 PRP 的方法不一样。
    血小板和白细胞的含量也各不相同。
    这使得不同研究的结果很难比较。
    请问一下您的诊所是怎么制备的。
factor-prp-cost = 保险通常不报销。
    诊所常常按疗程出售，一个疗程打好几针，所以费用会越加越多。
factor-prp-replacement-planned = 如果您可能很快要做髋关节置换术，请问清楚打针的时间。
    研究发现，在髋关节打针后不久就换人工髋关节，感染更多。
    这些研究大多是关于激素注射的。
    其他注射是不是也这样，目前还有争议。

outcome-prp-hip-oa-vs-saline = 疼痛减轻，效果好于打生理盐水
no-data-prp-hip-oa-vs-saline = 只有一项小型髋关节试验把 PRP 和打生理盐水的安慰剂注射作了比较。
    两组都有好转，而在每一次检查中，PRP 都没有更好。
    我们没有从中找到可以显示的数字。
    其他髋关节研究都没有对照组。
outcome-prp-knee-pain-vs-saline = 疼痛评分的变化（膝关节研究）
outcome-prp-knee-pain-vs-saline-note = 这项大型试验做的是膝关节，不是髋关节。
    PRP 和生理盐水让疼痛下降的幅度差不多。
    膝关节的结果不一定适用于髋关节。
outcome-prp-gtps-vs-steroid = 达到明显改善（按这项试验自己定的标准）
outcome-prp-gtps-vs-steroid-note = 这项试验的对象是髋部外侧肌腱疼痛的人。
    它把 PRP 和激素注射作了比较。
    没有安慰剂注射组，所以我们不能判断有多少效果来自 PRP 本身。
    头几周，两组情况差不多。
    有些人打激素无效，之后改打了 PRP。
outcome-prp-hip-oa-side-effects = 打针后疼痛或肿胀
no-data-prp-hip-oa-side-effects = 关于髋关节 PRP 的综述报告的大多是轻微问题。
    这些问题是打针的地方疼痛或肿胀。
    综述没有发现严重伤害。
    没有任何资料说明这些轻微问题有多常见。
outcome-prp-septic-arthritis = 关节里发生细菌感染（化脓性关节炎），需要紧急治疗
outcome-prp-septic-arthritis-note = 这个数字是在激素注射后统计的。
    任何扎进关节的针都可能把细菌带进去。
    PRP 的风险没有单独统计。
outcome-prp-gtps-side-effects = 出现副作用
no-data-prp-gtps-side-effects = 我们参考的试验汇总资料没有报告副作用。
    对于这种用法，我们也没有找到其他统计数字。
