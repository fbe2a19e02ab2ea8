### 医学内容共用的词：证据可信度、诊疗指南的立场、治疗怎么做、时间单位、费用，
### 以及每个结果是和什么对比的。数字本身放在 crates/hipaid-core/content/ 中，
### 只以变量的形式出现在这里。

## 要做的决定和这份资料（IPDAS：决定、日期、更新方式、资金来源）

document-decision = 要做的决定：您的髋部疼痛怎么治疗，或者现在到底要不要治疗。
document-purpose = 这个工具帮助您和医生商量各种选择。它提供来自研究的事实和数字。它不会替您做选择。
document-update-policy = 我们至少每年一次，根据新的研究核对这些信息。下次核对不晚于 { $next }。如果出现重要的新研究或新的诊疗指南，我们也会提前核对。
document-funding = 这个工具由 HipAid 项目团队编写。出售这里任何一种治疗的公司，都没有为它出钱，也没有参与决定它的内容。
document-conflicts = 编写它的人和这里的任何一种治疗都没有经济利益关系。不论您选哪一种，都没有人会因此多赚钱。
document-authors = 由 HipAid 团队根据已发表的研究和诊疗指南编写。每个数字都注明了出处。
document-not-advice = 这份总结用来帮助您和医生交流，不能代替医生的建议。

## 我们有多大把握（GRADE 证据可信度）

certainty-high = 证据可信度高
certainty-moderate = 证据可信度中等
certainty-low = 证据可信度低
certainty-very-low = 证据可信度很低
certainty-high-explain = 新的研究几乎不可能改变这个结论。
certainty-moderate-explain = 新的研究有可能改变这个结论。
certainty-low-explain = 新的研究完全有可能改变这个结论。
certainty-very-low-explain = 这几乎是在猜测。新的研究很可能会改变它。

## 诊疗指南怎么说

stance-strong-for = 强烈推荐
stance-for = 推荐
stance-conditional-for = 建议部分人使用
stance-consider = 可以考虑
stance-option = 合适的选择之一
stance-no-recommendation = 既不推荐也不反对
stance-conditional-against = 建议大多数人不要使用
stance-against = 不推荐
stance-strong-against = 强烈不推荐
stance-none-found = 没有诊疗指南涉及这一点

guideline-none = 没有诊疗指南
guideline-aaos-2023 = 美国骨科医师学会（AAOS），2023
guideline-aaos-2017 = 美国骨科医师学会（AAOS），2017
guideline-acr-af-2019 = 美国风湿病学会和美国关节炎基金会，2019
guideline-oarsi-2019 = 国际骨关节炎研究学会（OARSI），2019
guideline-nice-ng226-2022 = NICE（英格兰）骨关节炎诊疗指南 NG226，2022
guideline-warwick-2016 = 髋关节撞击综合征华威共识（Warwick Agreement），2016
guideline-eular-2021 = EULAR 关节注射建议，2021
guideline-eular-2022 = EULAR 类风湿关节炎建议，2022
guideline-chinese-onfh-2020 = 中国股骨头坏死诊疗指南，2020

## 治疗的种类和做法

kind-self-care = 自我护理
kind-monitoring = 观察等待
kind-injection = 注射
kind-surgery = 手术

guidance-none = 不需要用影像来引导。
guidance-ultrasound = 医生用超声（B 超）来引导进针。
guidance-ultrasound-or-x-ray = 医生用超声或 X 线影像来引导进针。
guidance-camera = 外科医生通过几个小切口，借助一个很小的摄像头来做手术。
anaesthesia-none = 不需要用局部麻醉药。
anaesthesia-local = 在皮肤和髋部打局部麻醉药。
anaesthesia-spinal-or-general = 在腰背部打一针麻药（椎管内麻醉），让腰部以下没有感觉；或者全身麻醉，让您睡着。
anaesthesia-general = 手术时全身麻醉，让您睡着。

regulatory-approved = 已获批准的药品或医疗器械
regulatory-standard-procedure = 常规治疗
regulatory-not-approved = 没有获批用于这种用途
regulatory-not-regulated = 不需要审批
regulatory-not-verified = 无法确认是否获批用于这种用途

repeats-allowed-yes = 可以重复做
repeats-allowed-limited = 可以重复做，但有限制
repeats-allowed-no = 通常只做一次
repeats-allowed-unknown = 不清楚重复做有没有帮助

insurance-usually-covered = 医保或保险通常可以报销
insurance-sometimes-covered = 医保或保险有时可以报销
insurance-usually-not-covered = 通常不能报销，需要自费
insurance-unknown = 不清楚能否报销

cost-per-session = 每次治疗
cost-per-injection = 每次注射
cost-per-course = 每个疗程
cost-per-operation = 每次手术
cost-unknown = 没有查到可靠的价格
# Variables:
#   $amount (Number) - 以该货币的整数单位表示的价格，例如 574
#   $currency (String) - 货币的 ISO 4217 代码，例如 USD
money =
    { $currency ->
        [USD] { $amount } 美元
       *[other] { $amount } { $currency }
    }

## 时间（放在数字后面；中文没有单复数变化）

span-unknown = 不清楚
span-none = 效果不比安慰剂治疗好
span-days = { $low } 天
span-weeks = { $low } 周
span-months = { $low } 个月
span-years = { $low } 年
span-range-days = { $low } 到 { $high } 天
span-range-weeks = { $low } 到 { $high } 周
span-range-months = { $low } 到 { $high } 个月
span-range-years = { $low } 到 { $high } 年

## 数字是和什么对比的

comparator-placebo-injection = 安慰剂注射（也打一针，但不含要测试的治疗）
comparator-local-anaesthetic-injection = 只注射局部麻醉药
comparator-no-treatment = 不治疗
comparator-no-exercise = 不参加这个锻炼计划
comparator-usual-care = 家庭医生的常规诊治
comparator-wait-and-see = 先等等，看情况怎样
comparator-advice-alone = 只给建议和健康知识
comparator-education-and-exercise = 建议加上锻炼计划
comparator-exercise-alone = 只做这个锻炼计划
comparator-physiotherapy = 康复锻炼（物理治疗，在治疗师指导下运动）
comparator-resistance-training = 增强肌肉力量的锻炼计划
comparator-steroid-injection = 糖皮质激素（俗称“激素”）注射
comparator-hyaluronic-acid = 玻璃酸钠（透明质酸，一种凝胶）注射
comparator-core-decompression-alone = 只做髓芯减压术，不加细胞
comparator-no-injection = 没有打针的人
comparator-no-comparison-group = 没有对比组：这项研究只观察了接受这种治疗的人
comparator-no-recent-injection = 手术前几个月内髋部没有打过针的人

## 研究的种类（显示在每条参考文献旁边）

study-type-rct = 随机对照试验
study-type-systematic-review = 综合多项研究的综述
study-type-network-meta-analysis = 比较多种治疗的综合分析
study-type-cohort = 跟踪观察一组人的研究
study-type-registry = 治疗病例的登记数据
study-type-case-series = 一系列病例的报告
study-type-cross-sectional = 在某一个时间点的调查
study-type-guideline = 诊疗指南
study-type-consensus = 专家共识
study-type-regulator = 监管部门的声明
study-type-evidence-summary = 证据总结
study-type-review = 综述文章
study-type-patient-information = 医院或诊所给患者的说明资料
study-type-price-survey = 价格调查
study-type-policy = 保险公司的规定

## 疾病的数字说明什么

figure-topic-how-common = 有多常见
figure-topic-natural-course = 不治疗会怎样

## 髋关节图上的部位

part-bone = 骨头
part-cartilage = 软骨（关节表面光滑的一层）
part-labrum = 髋臼盂唇（髋臼的边缘）
part-tendons-bursa = 肌腱和滑囊（髋部外侧）
part-blood-supply = 股骨头的血液供应
part-joint-lining = 关节内层（滑膜）

## 评分标准（名称，作为标题显示）

scale-pain-0-10 = 疼痛评分，从 0（不痛）到 10（最痛）
scale-pain-0-100 = 疼痛评分，从 0（不痛）到 100（最痛）
scale-oxford-hip-score = 牛津髋关节评分（Oxford Hip Score），从 0（最差）到 48（最好）
scale-ihot-33 = iHOT-33 髋关节评分，从 0（最差）到 100（最好）
scale-harris-hip-score = Harris 髋关节评分（Harris Hip Score），从 0（最差）到 100（最好）
scale-hos-adl = 髋关节结局评分（Hip Outcome Score）的日常活动部分，从 0（最差）到 100（最好）
scale-self-rated-improvement = 患者自己觉得好了多少，从 0 到 100%
