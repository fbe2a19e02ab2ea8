### 用到细胞的治疗选择：“干细胞”注射，以及髓芯减压术加骨髓细胞。
### 数字在 crates/hipaid-core/content/options/ 中；软件会把数字显示在这些文字旁边。

## “干细胞”注射

option-stem-cell-injection-name = “干细胞”注射
option-stem-cell-injection-summary =
    诊所把细胞或组织注射到髋关节里或髋部附近。
    这些细胞可能来自您自己的骨髓或脂肪，也可能来自实验室，或来自别人捐献的新生儿组织。
    它们被当作“干细胞”出售，但其中真正的干细胞很少。
    在髋关节方面，还没有任何试验把它们和安慰剂注射作过比较。
option-stem-cell-injection-regulatory =
    在美国，FDA 没有批准任何干细胞产品用于任何骨骼或关节问题。
    这也包括髋部疼痛和关节炎。
    如果不是在 FDA 监管的临床试验中，却要您为这种注射付钱，这可能是非法销售的迹象。
    “已在 FDA 注册”或“已登记为临床试验”都不等于已获批准。
    欧洲的药品监管机构也提醒大家，不要使用没有经过证实的细胞治疗。
option-stem-cell-injection-cost =
    这些价格是美国诊所做膝关节注射的价格。
    我们没有找到髋关节的价格。
    保险公司通常不报销，所以全部费用要自己付。
    每多打一次，费用就会再增加。

variant-stem-cell-injection-bmac =
    骨髓浓缩液：用针从您的髋骨里抽出骨髓。
    然后用机器高速旋转，把它浓缩。
    其中只有极少一部分细胞是干细胞。
variant-stem-cell-injection-adipose =
    脂肪来源的细胞：用抽脂的方法从您身上取出脂肪。
    脂肪经过处理后再注射进去。
variant-stem-cell-injection-culture-expanded =
    实验室培养的细胞：在实验室里培养细胞，让数量变得多得多。
    这类细胞属于药品，上市销售之前需要经过批准。
variant-stem-cell-injection-birth-tissue =
    新生儿组织产品：用捐献的脐带血、脐带或包裹胎儿的羊水制成。
    它们不是您自己的细胞。

step-stem-cell-injection-collect =
    诊所先采集材料。
    从您的骨盆（髋骨）抽取骨髓，或者用抽脂的方法取出脂肪。
    捐献来源的产品则来自其他人。
step-stem-cell-injection-prepare = 材料经过高速旋转或其他处理，常常是在同一天完成。
step-stem-cell-injection-inject =
    医生把它注射到髋部。
    用超声（B 超）或 X 线影像帮助引导进针。
step-stem-cell-injection-after =
    您当天就可以回家。
    我们没有找到关于事后需要休息多久的研究。

repeats-stem-cell-injection =
    诊所常常提供重复注射或“加强针”。
    还没有任何研究在髋关节试验过重复注射细胞。
    所以两次注射之间该隔多久，并没有得到证实。
    每打一次，就多一份费用，也多一份风险。

## “干细胞”注射：好处

outcome-stem-cell-injection-registry-improvement = 病人自己评价髋关节平均好转了多少（用百分比表示）
outcome-stem-cell-injection-registry-improvement-note =
    这来自一家出售这种注射的公司保存的记录。
    没有对照组，而且是病人自己打分。
    在试验中，安慰剂注射也能减轻疼痛。
    所以我们无法判断其中有多少是细胞的作用。
outcome-stem-cell-injection-registry-pain = 疼痛评分的平均变化（分数越低，疼痛越轻）
outcome-stem-cell-injection-registry-pain-note =
    这来自同一家公司的记录，没有对照组。
    疼痛减轻了一点，但没有消失。
    在试验中，安慰剂注射也能减轻疼痛。
outcome-stem-cell-injection-registry-oxford = 牛津髋关节评分的平均提高
outcome-stem-cell-injection-registry-oxford-note =
    这来自同一家公司的记录，没有对照组。
    病人平均被随访的时间不到一年。
outcome-stem-cell-injection-hip-oa-controlled = 疼痛减轻，效果好于安慰剂注射
no-data-stem-cell-injection-hip-oa-controlled =
    在髋关节方面，还没有任何试验把细胞注射和安慰剂注射作过比较。
    在一项膝关节试验中，骨髓细胞的效果并不比生理盐水好。
    膝关节试验还发现，影像检查看到的软骨并不比对照组好。
outcome-stem-cell-injection-avn-benefit = 疼痛减轻，或髋关节更好用
no-data-stem-cell-injection-avn-benefit =
    我们没有找到单独用细胞注射治疗这种病的研究。
    细胞只在外科医生做手术、把细胞放进骨头里的情况下研究过。
    请参看“髓芯减压术加骨髓细胞”。
outcome-stem-cell-injection-avn-collapse = 股骨头没有塌陷
no-data-stem-cell-injection-avn-collapse =
    我们没有找到任何研究能说明，往关节里注射可以减慢或阻止股骨头塌陷。
outcome-stem-cell-injection-labral-tear-benefit = 疼痛减轻，或髋关节更好用
no-data-stem-cell-injection-labral-tear-benefit =
    我们没有找到用细胞注射治疗髋臼盂唇撕裂的试验。
    一篇关于髋关节注射研究的综述，一项细胞试验也没有找到。
outcome-stem-cell-injection-labral-tear-repair = 撕裂的髋臼盂唇长好了
no-data-stem-cell-injection-labral-tear-repair =
    没有任何研究表明，注射进去的细胞能修复撕裂的髋臼盂唇。
    而且，很多髋部不疼的人，影像检查也能看到撕裂。
outcome-stem-cell-injection-gtps-benefit = 髋部外侧的疼痛减轻
no-data-stem-cell-injection-gtps-benefit =
    我们没有找到用细胞注射治疗这种疼痛的试验。
    运动和其他注射则有试验研究过。

## “干细胞”注射：可能的危害

outcome-stem-cell-injection-registry-adverse-events = 出现了副作用（都不严重）
outcome-stem-cell-injection-registry-adverse-events-note =
    这来自公司的记录，由病人自己报告。
    记录没有说明有多少人中途退出。
outcome-stem-cell-injection-joint-pain = 打针后关节疼痛
outcome-stem-cell-injection-joint-pain-note =
    这个数字来自膝关节研究，不是髋关节研究。
    我们没有找到髋关节注射细胞后疼痛的数字。
outcome-stem-cell-injection-joint-fluid = 打针后关节积液
outcome-stem-cell-injection-joint-fluid-note =
    这个数字来自膝关节研究，不是髋关节研究。
    积液和肿胀是分开统计的，所以同一个人可能两项都被算进去。
outcome-stem-cell-injection-joint-swelling = 打针后关节肿胀
outcome-stem-cell-injection-joint-swelling-note =
    这个数字来自膝关节研究，不是髋关节研究。
    肿胀和积液是分开统计的，所以同一个人可能两项都被算进去。
outcome-stem-cell-injection-harvest-major = 在髋骨抽骨髓的部位出现严重问题
outcome-stem-cell-injection-harvest-major-note =
    只有从您自己的髋骨抽骨髓时，这一条才适用。
    数字来自一家医院的记录。
    在那个部位出现轻微问题的情况更常见。
    有些人那里还会疼几天，或者一直疼，或者出现神经痛。
outcome-stem-cell-injection-serious-harms = 上报给卫生部门的严重危害
no-data-stem-cell-injection-serious-harms =
    FDA 收到过报告：有人用了未经批准的细胞产品后失明、长肿瘤或发生感染。
    欧洲的药品监管机构说，有些人因此死亡。
    在美国，被细菌污染的脐带血产品让一些人住进了医院。
    没有人知道这类事情发生得有多频繁。

factor-stem-cell-injection-younger-age =
    在公司的记录中，年纪较轻的人更常说自己好转了。
    由于没有对照组，这不一定是细胞的作用。

## 髓芯减压术加骨髓细胞

option-core-decompression-cells-name = 髓芯减压术加骨髓细胞
option-core-decompression-cells-summary =
    和髓芯减压术一样是钻孔手术，只是多了一个步骤。
    从您的髋骨抽出骨髓并浓缩。
    然后外科医生把它放进在坏死骨头上钻出的孔道里。
    这种手术适用于股骨头还没有塌陷的髋关节。
option-core-decompression-cells-regulatory =
    钻孔手术本身是一种常规手术。
    加用细胞不是经过批准的治疗。
    FDA 表示，还没有任何细胞产品或“再生”产品被批准用于任何骨骼或关节问题。
    美国一家大型保险公司把加用的细胞称为“试验性”的，意思是还没有得到证实。
    请问清楚这些细胞是不是作为某项研究的一部分来使用的。
option-core-decompression-cells-cost =
    我们没有找到这种手术的价格。
    美国一家大型保险公司不把加用的细胞当作已证实有效的治疗。
    请问您的保险公司会支付哪些部分，您自己要付多少。

step-core-decompression-cells-assess =
    用磁共振（MRI）或 X 线片确定分期。
    这种手术适用于股骨头还保持圆形的髋关节。
step-core-decompression-cells-harvest =
    先给您麻醉。
    用针从您的髋骨抽出骨髓，再通过高速旋转把其中的细胞浓缩。
step-core-decompression-cells-operation =
    外科医生在股骨头坏死的部分钻孔。
    再把细胞放进孔道里。
step-core-decompression-cells-protect =
    手术后的一段时间里，这条腿要少负重。
    我们参考的资料里没有找到具体要多长时间。

repeats-core-decompression-cells =
    我们没有找到关于再做一次这种手术的研究。
    如果股骨头塌陷了，下一步常常是做髋关节置换术。

## 髓芯减压术加骨髓细胞：好处

outcome-core-decompression-cells-progression = 在 X 线片上病情加重（进展到更晚的分期）
outcome-core-decompression-cells-progression-note =
    这一项人数越少越好。
    这些研究把几种附加做法合在一起算：细胞、植骨和金属棒。
    这个数字不只是细胞的结果。
    这类研究会随访病人几年。
outcome-core-decompression-cells-hhs-12m = Harris 髋关节评分比只做钻孔多提高的分数
outcome-core-decompression-cells-hhs-12m-note =
    这是额外的提高，不是总的提高。
    它来自几项质量中等到偏低的小型试验。
outcome-core-decompression-cells-collapse = 股骨头没有塌陷
no-data-core-decompression-cells-collapse =
    汇总分析发现，加用细胞后，塌陷的髋关节更少。
    但这些研究没有给出能用“每一百人中有几人”来显示的数字。
    很多研究存在缺陷，可能让治疗看起来比实际效果更好。
outcome-core-decompression-cells-replacement = 后来不需要做髋关节置换术
no-data-core-decompression-cells-replacement =
    试验发现，加用细胞后，做髋关节置换术的人略少一些。
    但这个差别可能只是偶然造成的。

## 髓芯减压术加骨髓细胞：可能的危害

outcome-core-decompression-cells-harvest-major = 在髋骨抽骨髓的部位出现严重问题
outcome-core-decompression-cells-harvest-major-note =
    这个数字和后面几个数字都来自一家医院的记录。
    它们统计的是每一次用针从髋骨抽骨髓的情况。
outcome-core-decompression-cells-harvest-minor = 在抽骨髓的部位出现轻微问题
outcome-core-decompression-cells-harvest-minor-note =
    记录还把疼痛和神经痛单独统计了。
    其中一些可能也被算进了轻微问题里。
    所以请不要把这些数字加在一起。
outcome-core-decompression-cells-harvest-early-pain = 抽骨髓后不久，抽骨髓的部位疼痛
outcome-core-decompression-cells-harvest-lasting-pain = 抽骨髓的部位持续疼痛
outcome-core-decompression-cells-harvest-nerve-pain = 抽骨髓的部位附近出现神经痛
outcome-core-decompression-cells-surgery-harms = 钻孔手术本身的危害
no-data-core-decompression-cells-surgery-harms =
    我们参考的资料没有给出手术本身危害的数字。
    任何手术都有风险。
    请问外科医生可能发生哪些危害，以及他们遇到的有多频繁。

factor-core-decompression-cells-lesion-size =
    股骨头坏死区域的大小很重要。坏死区越大，手术后髋关节越可能塌陷。
factor-core-decompression-cells-cause =
    如果骨头坏死是激素类药物引起的，股骨头更可能塌陷。
    如果找不到原因，也更可能塌陷。
