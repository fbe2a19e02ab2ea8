### 手术类的治疗选择：髋关节置换术、髋关节镜手术（微创“钥匙孔”手术）、髓芯减压术。
### 数字在 crates/hipaid-core/content/options/ 中；软件会把数字显示在这些文字旁边。

## 髋关节置换术

option-hip-replacement-name = 髋关节置换术
option-hip-replacement-summary =
    外科医生取出磨损的股骨头和髋臼，换上人工关节。
    这是一个大手术。
    很多人要住院几天，也有些人当天就能回家。
    要几周才能恢复正常生活，完全康复可能要几个月。
option-hip-replacement-regulatory = 这是一种已经做了很多年的常规手术。
option-hip-replacement-cost =
    这些是医院给自费病人报的价格。
    价格差别非常大。
    医院向保险公司收取的平均费用，处在这个范围中偏低的一端。
    只要符合条件，保险公司和美国的 Medicare 通常会支付。
    您可能仍需自付一部分，所以请问一下您的保险公司。

step-hip-replacement-assess = 外科医生检查您的髋关节、X 线片和全身健康状况。
step-hip-replacement-prepare =
    手术前，医生可能会请您先控制体重、戒烟或控制血糖。
    这样可以降低风险。
step-hip-replacement-operation =
    您会接受全身麻醉，或者只麻醉腰部以下。
    外科医生取出磨损的部分，装上新的关节。
step-hip-replacement-hospital =
    很多人只需要住院很短的时间。
    在美国，很多人当天就回家。
step-hip-replacement-recover =
    刚开始要拄拐杖或手杖走路。
    在家里做锻炼，或在康复治疗师指导下锻炼，可以帮您重新恢复力量。

milestone-hip-replacement-crutches = 不再需要拐杖或手杖
milestone-hip-replacement-driving = 重新开车（要等到能安全刹车、也不再需要强效止痛药以后）
milestone-hip-replacement-work = 回去上班（重体力劳动要更晚）
milestone-hip-replacement-low-impact-sport = 做温和的运动，比如高尔夫、游泳或骑自行车
milestone-hip-replacement-full-benefit = 得到全部效果（有些人需要这么长时间）

repeats-hip-replacement =
    髋关节置换术原本是只做一次的。
    如果新关节出了问题，可以再做一次手术，叫作翻修手术，更换其中的部分部件。

## 髋关节置换术：好处

outcome-hip-replacement-oxford-6m = 牛津髋关节评分的平均提高
outcome-hip-replacement-oxford-6m-note =
    这来自一项试验，对象是患有严重髋关节骨关节炎的老年人。
    锻炼组有些人在试验结束前就做了手术。
    对于其他髋部疾病，我们没有找到这样的试验。
outcome-hip-replacement-meaningful-improvement-12m = 感觉明显好转
outcome-hip-replacement-meaningful-improvement-12m-note =
    这不是随机对照试验：研究是把病人和情况相似的人配对后进行比较。
    所有人都患有髋关节骨关节炎。
    没有找到其他髋部疾病的结果。
outcome-hip-replacement-still-in-place-10y = 仍然用着第一次换的人工髋关节，没有再做手术
outcome-hip-replacement-still-in-place-10y-note =
    这来自各国的关节置换登记数据，其中大多数是骨关节炎患者。
    年纪较大的人，以及用骨水泥固定的人工髋关节，使用时间更长。
outcome-hip-replacement-still-in-place-25y = 仍然用着第一次换的人工髋关节，没有再做手术
outcome-hip-replacement-still-in-place-25y-note =
    这来自各国的关节置换登记数据，所有人都统计在内。
    个别外科医生的报告中，数字更高。
    这些人工髋关节是很多年前装的；现在装的可能用得更久，也可能不会。

## 髋关节置换术：可能的危害

outcome-hip-replacement-persistent-pain = 手术后很长时间仍有让人困扰的疼痛
outcome-hip-replacement-persistent-pain-note =
    不同研究的结果差别很大。
    这些研究中大多数人是骨关节炎患者。
outcome-hip-replacement-death-90d = 手术后死亡（不论什么原因）
outcome-hip-replacement-death-90d-note =
    这个数字多年来一直在下降，较早的研究发现的死亡人数更多。
    它来自所有髋关节置换术，大多数是因为骨关节炎。
outcome-hip-replacement-dislocation = 出现人工髋关节从髋臼里滑出来（脱位）
outcome-hip-replacement-dislocation-note =
    较低的数字来自较新的研究。
    较高的数字包括了较早的研究。
    这些研究中大多数人是骨关节炎患者。
outcome-hip-replacement-infection = 发生人工髋关节深部感染
outcome-hip-replacement-infection-note =
    其中很多人需要再做一次手术。
    数字来自大型的全国登记数据。
    其中大多数人是骨关节炎患者。
outcome-hip-replacement-blood-clots = 腿部或肺部出现有症状的血栓
outcome-hip-replacement-blood-clots-note =
    病人会用药物来帮助预防血栓。
    较高的数字来自一项同时包括膝关节置换的试验。
    在那项试验中，用哪种药物对结果有影响。
outcome-hip-replacement-leg-length = 感觉一条腿比另一条腿长
outcome-hip-replacement-leg-length-note =
    这些人中大多数实际上量不出长度差别。
    不过，有这种感觉的人髋关节评分更差。

factor-hip-replacement-weight = 体重过高会增加手术风险。医生可能会请您先控制体重。
factor-hip-replacement-smoking = 吸烟会增加手术风险。医生可能会请您先戒烟。
factor-hip-replacement-diabetes = 血糖控制不好会增加风险。医生可能会请您先把血糖降下来。
factor-hip-replacement-recent-injection =
    手术前几个月内在髋关节打过针，和人工髋关节感染增多有关。
    如果最近打过针，请告诉您的外科医生。
factor-hip-replacement-older-age =
    对年纪较大的人，外科医生可能会用骨水泥固定人工髋关节。
    这样可以降低人工关节周围骨头骨折的风险。
    年纪较大的人，人工髋关节需要翻修的情况也更少。

## 髋关节镜手术（微创“钥匙孔”手术）

option-hip-arthroscopy-name = 髋关节镜手术（微创“钥匙孔”手术）
option-hip-arthroscopy-summary =
    这是在髋关节上做的微创“钥匙孔”手术。
    外科医生通过几个小切口，用微型摄像头和器械进行手术。
    外科医生可以修整多余的骨头，并修补或修剪髋臼边缘撕裂的那一圈组织，也就是髋臼盂唇。
    手术时您会全身麻醉，大多数人当天就能回家。
option-hip-arthroscopy-regulatory =
    这是一种常规手术。
    对于髋关节撞击综合征，专家一致认为这是一个合理的选择。
    在康复治疗师指导下做锻炼，是另一个选择。
option-hip-arthroscopy-cost =
    我们没有找到这种手术在美国的可靠价格。
    请问一下医院和您的保险公司，您要付多少钱。

step-hip-arthroscopy-assess =
    您的疼痛、医生的体格检查和影像检查结果，都必须指向同一个问题。
    仅仅影像检查看到撕裂还不够，因为很多不疼的人也有撕裂。
step-hip-arthroscopy-operation =
    您会接受全身麻醉。
    医生会轻轻牵拉您的腿，让关节张开。
    外科医生通过几个小切口修整骨头，并修补或修剪髋臼盂唇。
step-hip-arthroscopy-home = 大多数人当天就能回家。
step-hip-arthroscopy-rehab = 您要拄几周拐杖，并按照锻炼计划进行锻炼。

milestone-hip-arthroscopy-crutches = 不再需要拐杖
milestone-hip-arthroscopy-desk-work = 回去做坐办公室的工作
milestone-hip-arthroscopy-sport = 重新开始运动
milestone-hip-arthroscopy-full-benefit = 得到全部效果（在这之前，髋关节可能一直在好转）

repeats-hip-arthroscopy =
    这种手术原本是只做一次的。
    有些人之后需要在同一侧髋关节再做一次手术，或者后来需要做髋关节置换术。
    这些数字列在“可能的危害”部分。

## 髋关节镜手术：好处

outcome-hip-arthroscopy-ihot-pooled = iHOT 髋关节评分的平均提高
outcome-hip-arthroscopy-ihot-pooled-note =
    这来自针对髋关节撞击综合征患者的试验，其中很多人还有髋臼盂唇撕裂。
    两组都有好转。
    手术多带来的提高，接近病人能感觉到的最小变化。
outcome-hip-arthroscopy-fashion-12m = iHOT 髋关节评分比另一组多提高的分数
outcome-hip-arthroscopy-fashion-12m-note =
    这来自英国的一项试验，对象是髋关节撞击综合征患者。
    这个数字来自该试验主要外科医生写的总结，我们无法核实它的确切范围。
    在第一年里，没有证据表明这种手术花的钱是值得的。
outcome-hip-arthroscopy-hip-oa-benefit = 疼痛减轻，或髋关节更好用
no-data-hip-arthroscopy-hip-oa-benefit =
    如果已经出现关节炎，研究发现的好转更小。
    我们没有找到任何试验，在关节炎患者中把这种手术和康复锻炼作比较。
outcome-hip-arthroscopy-hip-oa-delay = 推迟需要做髋关节置换术的时间
no-data-hip-arthroscopy-hip-oa-delay =
    没有任何研究表明，在已经有关节炎时，这种手术能推迟髋关节置换术。
    实际上，有关节炎的人在这种手术后不久就需要做髋关节置换术的情况更常见。

## 髋关节镜手术：可能的危害

outcome-hip-arthroscopy-major-complications = 出现由手术引起的严重问题
outcome-hip-arthroscopy-minor-complications = 出现轻微问题，比如关节面被划伤，或者暂时的麻木
outcome-hip-arthroscopy-nerve-palsy = 出现神经问题，比如麻木或无力
outcome-hip-arthroscopy-nerve-palsy-note =
    这个数字来自一篇规模更大、涵盖很多手术的综述。
    我们只看到了它的简短摘要。
    它可能和轻微问题有重叠，因为轻微问题也包括暂时的麻木。
outcome-hip-arthroscopy-reoperation = 同一侧髋关节需要再做一次手术
outcome-hip-arthroscopy-later-replacement = 后来需要做髋关节置换术
outcome-hip-arthroscopy-later-replacement-note =
    较低的数字来自经过挑选的研究人群。
    较高的数字来自对一个地区全部人口的统计。
outcome-hip-arthroscopy-later-replacement-arthritis = 一年内需要做髋关节置换术
outcome-hip-arthroscopy-later-replacement-arthritis-note =
    这是指已经有关节炎或软骨磨损的老年人。
    它来自一篇专家综述，而不是试验。

factor-hip-arthroscopy-existing-arthritis =
    如果已经出现关节炎，好处会更小。
    手术后不久就需要做髋关节置换术的情况也更常见。
factor-hip-arthroscopy-older-age = 年纪较大的人，之后更常需要做髋关节置换术。

## 髓芯减压术

option-core-decompression-name = 髓芯减压术
option-core-decompression-summary =
    这是针对股骨头早期骨坏死、在股骨头塌陷之前做的手术。
    外科医生在坏死的骨头上钻一个较粗的孔道，或几个较细的孔道。
    目的是减轻骨内压力，帮助骨头修复。
    手术后的一段时间里，这条腿要少负重。
option-core-decompression-regulatory =
    这是一种常规手术。
    美国一家大型保险公司认为：股骨头塌陷之前，这是必要的治疗；塌陷之后，就是没有得到证实的治疗。
option-core-decompression-cost =
    我们没有找到这种手术的价格。
    美国一家大型保险公司在股骨头塌陷之前会支付这种手术的费用。
    请问一下您的保险公司，您要付多少钱。

step-core-decompression-assess =
    用磁共振（MRI）或 X 线片确定分期。
    这种手术适用于股骨头还保持圆形的髋关节。
step-core-decompression-operation =
    您会接受麻醉。
    外科医生在骨头坏死的部分钻一个较粗的孔道，或几个较细的孔道。
step-core-decompression-protect =
    手术后的一段时间里，这条腿要少负重。
    我们参考的资料里没有找到具体要多长时间。

repeats-core-decompression =
    我们没有找到关于再做一次这种手术的研究。
    如果股骨头塌陷了，下一步常常是做髋关节置换术。

## 髓芯减压术：好处

outcome-core-decompression-no-progression-early = 在 X 线片上没有看到病情加重
outcome-core-decompression-no-progression-early-note =
    这是最好的情况：处在最早的分期，坏死区也小。
    它来自一项较早的研究，没有不治疗的对照组。
outcome-core-decompression-collapse = 股骨头最终还是塌陷了
outcome-core-decompression-collapse-note =
    这一项人数越少越好。
    这来自一项针对早期髋关节的大型研究，没有不治疗的对照组可以比较。
    这类研究会随访病人几年。
outcome-core-decompression-vs-no-operation = 效果比不做手术好
no-data-core-decompression-vs-no-operation =
    我们没有找到把这种手术和不做手术作比较的研究。
    有些研究只观察了接受治疗的髋关节。
    另一些研究是和其他种类的手术作比较。

## 髓芯减压术：可能的危害

outcome-core-decompression-harms = 手术的危害
no-data-core-decompression-harms =
    我们参考的资料没有给出这种手术危害的数字。
    任何手术都有风险。
    请问外科医生可能发生哪些危害，以及他们遇到的有多频繁。

factor-core-decompression-lesion-size = 股骨头坏死区域的大小很重要。坏死区越大，手术后髋关节越可能塌陷。
factor-core-decompression-cause = 如果骨头坏死是激素类药物引起的，股骨头更可能塌陷。如果找不到原因，也更可能塌陷。
factor-core-decompression-disease-duration = 这个病持续的时间越长，股骨头越可能塌陷。
