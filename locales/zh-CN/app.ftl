### HipAid 软件本身的文字：标题、标签、按钮和错误提示。
### 医学用语（疾病、分期、治疗选择、结果）放在 conditions.ftl、options-*.ftl、
### claims.ftl 和 evidence.ftl 中，各语言的名称放在 locale.ftl 中。
### 中国大陆简体中文，用词通俗易懂，适合老年患者阅读；称呼患者用“您”。
### 消息 id 以所属页面开头：app-、nav-、start-、condition-、option-、about-、
### error-；number- 和 sources- 由疾病页面和治疗选择页面共用。

## Glossary（术语表：英文 → 本译文，所有文件统一使用）
#   osteoarthritis (wear-and-tear arthritis) → 骨关节炎（关节的“磨损”）
#   arthritis → 关节炎
#   cartilage → 软骨
#   steroid injection → 激素注射（糖皮质激素）；每个文件第一次出现时写：糖皮质激素（俗称“激素”）注射
#   hyaluronic acid (gel) injection → 玻璃酸钠注射（透明质酸）
#   platelet-rich plasma (PRP) → 富血小板血浆（PRP）
#   "stem cell" injection → “干细胞”注射
#   hip replacement / a new hip → 髋关节置换术／换人工髋关节
#   hip arthroscopy (keyhole surgery) → 髋关节镜手术（微创“钥匙孔”手术）
#   core decompression → 髓芯减压术
#   avascular necrosis → 股骨头坏死（股骨头缺血性坏死）
#   ball of the hip / socket → 股骨头／髋臼
#   labrum / labral tear → 髋臼盂唇／盂唇撕裂
#   hip impingement (FAI) → 髋关节撞击综合征（股骨髋臼撞击，FAI）
#   greater trochanteric pain syndrome → 大转子疼痛综合征
#   bursitis / bursa → 滑囊炎／滑囊
#   tendon → 肌腱
#   inflammatory arthritis → 炎症性关节炎
#   rheumatoid arthritis → 类风湿关节炎
#   dummy (placebo) injection → 安慰剂注射
#   salt water → 生理盐水
#   physiotherapy / physiotherapist → 康复锻炼（物理治疗）／康复治疗师
#   exercise therapy → 运动疗法
#   watchful waiting → 观察等待
#   certainty (of the evidence) → 证据可信度（简称：可信度）
#   guideline → 诊疗指南
#   clinician → 医生
#   benefit / possible harm / side effect → 好处／可能的危害／副作用
#   "N out of 100 people" → 每 100 人中有 N 人
#   icon array → 小人图
#   time frame → 观察时间
#   MRI / X-ray / ultrasound → 磁共振（MRI）／X 线片（拍片）／超声（B 超）
#   numbing medicine / general anaesthesia → 局部麻醉药／全身麻醉
#   infection / blood clot / dislocation → 感染／血栓／脱位
#   app / file / setting → 软件／文件／设置
#   insurance → 医保／保险（Medicare 等美国名称照原文保留）

## 整个软件

app-title = HipAid
app-loading = 正在加载…

## 开始页面

start-intro = 一起商量髋部疼痛怎么治疗。请先设置这次就诊。
start-ui-locale-label = 软件语言
start-ui-locale-hint = 按钮和菜单使用的语言。选好后马上生效。
start-patient-locale-label = 患者的语言
start-patient-locale-hint = 患者阅读和带回家的内容所用的语言。
# 列表中的某种语言，其翻译还没有经过合格的医学翻译审核。
# Variables:
#   $name (String) - 该语言用自己的文字写的名称，例如 "Tiếng Việt"
start-locale-draft = { $name }（翻译草稿）
start-locale-draft-notice = 这份翻译是草稿，还没有经过合格的医学翻译审核。遇到重要的事情，请通过翻译人员沟通。
# Variables:
#   $reviewer (String) - 审核翻译的人及其身份
#   $date (Date) - 审核日期
start-locale-reviewed = 本翻译已由{ $reviewer }于 { $date } 审核。
start-patient-label-label = 患者备注（选填）
    .placeholder = 例如：4 号诊室，上午门诊
start-patient-label-hint = 用来区分不同就诊的简短备注。请不要输入患者的全名。
start-clinician-name-label = 您的名字（选填）
start-clinician-name-hint = 本次就诊时会显示，让患者知道是在和谁交谈。
start-submit = 开始就诊
start-submit-busy = 正在开始…
start-submit-new = 开始新的就诊
start-continue = 继续这次就诊
start-notice-unfinished = 上次就诊时 HipAid 关闭了。已填的回答都还保留着。您可以继续这次就诊，或者开始新的就诊。
start-notice-damaged = 无法读取保存的就诊记录，所以 HipAid 没有载入它就启动了。这个文件已经保留下来，供技术支持人员查看。
app-not-saved = 这台电脑无法保存这次就诊。在关闭 HipAid 之前，回答会一直显示在屏幕上。
start-notice-settings-damaged = 无法读取诊所设置，所以 HipAid 使用了默认设置启动。这个文件已经保留下来，供技术支持人员查看。诊所工作人员可以在“诊所设置”中重新设置。
start-settings = 诊所设置

## 诊所设置页面：供诊所工作人员在就诊之前使用。这里不保存任何患者信息。

settings-title = 诊所设置
settings-intro = 这些设置保存在这台电脑上，每次就诊都会使用。其中不含任何患者信息。
settings-clinic-heading = 您的诊所
settings-clinic-name = 诊所名称
settings-address = 地址
settings-phone = 电话号码
settings-logo = 打印在总结上的徽标
# Variables:
#   $kb (Number) - 允许的最大文件大小，单位是千字节（KB）
#   $px (Number) - 允许的最大宽度或高度，单位是像素
settings-logo-hint = 一张 PNG 图片，不超过 { $kb } KB，宽和高都不超过 { $px } 像素。
settings-logo-choose = 选择徽标文件
settings-logo-remove = 去掉徽标
settings-logo-none = 还没有选择徽标。
settings-logo-preview = 徽标打印出来的样子
settings-languages-heading = 语言和纸张
settings-ui-locale = HipAid 启动时的软件语言
settings-patient-locale = 新就诊时患者的语言
settings-locale-default = 这台电脑的语言
settings-patient-locale-default = 和软件语言相同
settings-paper = 总结的纸张大小
settings-paper-default = A4（美国英语用美国信纸）
settings-paper-a4 = A4
settings-paper-letter = 美国信纸
settings-options-heading = 本诊所的治疗选择
settings-options-intro = 诊所不提供的治疗选择，请取消勾选：每次就诊开始时它会先隐藏起来，医生仍然可以把它显示出来。费用说明会显示在研究数字的旁边。
settings-offered = 本诊所提供
settings-cost-note = 本诊所的费用（选填）
settings-insurance-note = 医保／保险说明（选填）
settings-view-heading = 就诊怎样开始
settings-start-view = 就诊开始时显示的界面
settings-view-clinician = 医生界面
settings-view-patient = 患者界面（大字）
settings-max-age = 未完成的就诊保留几小时
# Variables:
#   $max (Number) - 允许的最大小时数
settings-max-age-hint = 如果就诊时 HipAid 关闭了，在这段时间内（1 到 { $max } 小时）还可以重新打开这次就诊。超过这段时间，就诊记录就会被清除。
settings-save = 保存设置
settings-saving = 正在保存…
settings-back = 返回开始页面
settings-saved = 设置已保存，从下一次就诊开始生效。
settings-has-problems = 还没有保存任何内容。请修改标出的项目。

## 诊所设置：某一项填写有什么问题

# Variables:
#   $max (Number) - 最多允许的字符数
settings-problem-too-long = 内容太长了。最多只能用 { $max } 个字符。
settings-problem-invalid-text = 这里有软件无法使用的字符。请只用汉字、字母、数字和简单的标点符号。
settings-problem-invalid-phone = 这看起来不像电话号码。请使用数字、空格和 + ( ) - . /
settings-problem-not-png = 这个文件不是 PNG 图片。请选择一个 PNG 文件。
# Variables:
#   $max (Number) - 允许的最大文件大小，单位是千字节（KB）
settings-problem-logo-too-large = 这个文件太大了。请选择不超过 { $max } KB 的文件。
# Variables:
#   $max (Number) - 允许的最大宽度或高度，单位是像素
settings-problem-logo-size = 这张图片太小或太大。请使用宽和高都在 16 到 { $max } 像素之间的图片。
settings-problem-unknown-locale = 没有这种语言。请从列表中选择一种。
settings-problem-unknown-option = 这个版本的 HipAid 不认识这个治疗选择。
# Variables:
#   $max (Number) - 允许的最大数字
settings-problem-out-of-range = 请选择 1 到 { $max } 之间的整数。
settings-problem-unsupported-version = 这些设置是由较新版本的 HipAid 生成的。

## 疾病页面：当前的就诊，显示在最上方

# Variables:
#   $label (String) - 在开始页面输入的患者简短备注，例如 "4 号诊室"
condition-consultation-label = 本次就诊：{ $label }
# Variables:
#   $time (Date) - 就诊开始的日期和时间
condition-consultation-started = 就诊开始时间：{ $time }
# Variables:
#   $name (String) - 医生在开始页面输入的名字
condition-consultation-clinician = 医生：{ $name }

## 疾病页面：选择疾病和分期

condition-heading = 问题和治疗选择
condition-intro = 请选择是什么问题，以及病情发展到哪一步。然后您会看到各种治疗选择，以及研究对它们的结论。
condition-choose-legend = 问题
condition-stage-legend = 分期（根据 X 线片）
condition-stage-unknown = 还不清楚
condition-stage-unknown-description = 例如，还没有拍 X 线片。

## 疾病页面：所选疾病和分期的说明

condition-stage-heading = 您的分期
condition-parts-heading = 髋部受影响的部位
condition-diagnosis-heading = 怎样诊断
# 关于这个疾病的一个数字，写成一句话。
# Variables:
#   $count (Number) - 人数，例如 25 或 2.5
#   $denominator (Number) - 在多少人当中，例如 100 或 1,000
#   $what (String) - 这些人发生了什么，来自内容文件，例如 "在 85 岁以前得了髋关节炎"
condition-figure-people = 每 { $denominator } 人中有 { $count } 人{ $what }
# Variables:
#   $low (Number) - 可能的最少人数
#   $high (Number) - 可能的最多人数
#   $denominator (Number) - 在多少人当中，例如 100 或 1,000
#   $what (String) - 这些人发生了什么，来自内容文件
condition-figure-people-range = 每 { $denominator } 人中有 { $low } 到 { $high } 人{ $what }
# 一个人数，不是“每多少人中有几人”。
# Variables:
#   $count (Number) - 人数，例如 10,000
#   $what (String) - 这些人是谁，来自内容文件，例如 "美国每年新发现有这个问题的成年人"
condition-figure-count = { $what }：{ $count } 人
# Variables:
#   $low (Number) - 可能的最少人数，例如 10,000
#   $high (Number) - 可能的最多人数，例如 20,000
#   $what (String) - 这些人是谁，来自内容文件
condition-figure-count-range = { $what }：{ $low } 到 { $high } 人
condition-figure-one-time = 观察时间：只在某一个时间点统计

## 疾病页面：适合的治疗选择

condition-options-heading = 治疗选择
condition-options-intro = 这些选择适用于这个问题。排列顺序不代表哪个更好。哪一个最适合您，要看您最看重什么。
condition-options-empty = 目前还没有可以显示的治疗选择。
condition-card-fits = 用于这个问题：
# Variables:
#   $option (String) - 治疗选择的名称，例如 "激素注射"
condition-card-details = 查看详情
    .aria-label = 查看详情：{ $option }

## 研究得出的数字，显示在疾病页面和治疗选择页面

# Variables:
#   $count (Number) - 发生在多少人身上，例如 45 或 0.08
#   $denominator (Number) - 在多少人当中，例如 100 或 1,000
number-people = 每 { $denominator } 人中有 { $count } 人
# Variables:
#   $low (Number) - 可能的最少人数
#   $high (Number) - 可能的最多人数
#   $denominator (Number) - 在多少人当中，例如 100
number-people-range = 每 { $denominator } 人中有 { $low } 到 { $high } 人
# 某个评分的平均变化，例如疼痛评分。
# Variables:
#   $change (Number) - 平均变化，带正负号，例如 -1.2 或 +6.4
number-score = 平均变化 { $change } 分
# Variables:
#   $low (Number) - 可能的最小平均变化，带正负号
#   $high (Number) - 可能的最大平均变化，带正负号
number-score-range = 平均变化 { $low } 到 { $high } 分
# Variables:
#   $scale (String) - 评分的名称，来自内容文件，例如 "疼痛评分，从 0（不痛）到 10（最痛）"
number-scale = 评分标准：{ $scale }
number-not-measured = 没有测量
number-comparator-label = 对比对象
number-comparator-result-label = 对比组的结果
# Variables:
#   $span (String) - 多长时间，例如 "2 个月"、"1 到 3 年" 或 "不清楚"
number-timeframe = 观察时间：{ $span }

## 每个数字和事实旁边的来源

# Variables:
#   $count (Number) - 有几条来源
sources-toggle = { $count ->
   *[other] 来源（{ $count } 条）
}
sources-study-type-label = 研究类型
sources-year-label = 年份
sources-size-label = 人数
sources-doi-label = DOI
sources-pmid-label = PubMed 编号
sources-url-label = 网址
# Variables:
#   $id (String) - 列表中缺少的来源简称，例如 "lambert-2007"
sources-unknown = 列表中缺少这条来源：{ $id }

## 治疗选择页面：一种治疗选择的全部细节

# Variables:
#   $condition (String) - 问题的名称
option-for-condition = 适用于：{ $condition }
# Variables:
#   $condition (String) - 问题的名称
#   $stage (String) - 分期的名称，例如 "二级：轻度"
option-for-condition-stage = 适用于：{ $condition }。{ $stage }
option-certainty-label = 研究对它的效果有多大把握：
option-what-heading = 这是什么
option-variants-heading = 有哪几种
# Variables:
#   $condition (String) - 问题的名称
option-fits-heading = 适用情况：{ $condition }
option-steps-heading = 一步一步怎么做
option-visits-label = 就诊次数
# Variables:
#   $count (Number) - 要去几次
option-visits = { $count } 次
# Variables:
#   $low (Number) - 最少几次
#   $high (Number) - 最多几次
option-visits-range = { $low } 到 { $high } 次
option-visits-unknown = 不清楚
option-guidance-label = 用什么影像来引导
option-anaesthesia-label = 局部麻醉还是全身麻醉
option-time-off-label = 需要暂停日常活动的时间
option-timeline-heading = 什么时候起作用，管用多久
option-onset-label = 什么时候开始起作用
option-peak-label = 什么时候效果最好
option-lasts-label = 效果能维持多久
option-recovery-label = 恢复日常活动
option-timeline-certainty-label = 研究对这些时间有多大把握：
option-milestones-heading = 恢复的各个阶段
# Variables:
#   $label (String) - 恢复的某个阶段，来自内容文件，例如 "不用拐杖走路"
#   $time (String) - 什么时候，例如 "4 到 6 周" 或 "不清楚"
option-milestone = { $label }：{ $time }
option-outcomes-heading = 好处和可能的危害
option-outcomes-intro = 每个数字都来自研究。数字说明一群人当中有多少人出现这种情况，或者某个评分平均变化了多少。好处和危害并排列出，说明得一样详细。
option-benefits-heading = 好处
option-harms-heading = 可能的危害
option-outcome-benefit = 好处
option-outcome-harm = 可能的危害
option-outcome-no-data = 没有可靠的数字
option-outcomes-empty = 针对这个问题，研究没有可以在这里显示的结果。
option-scale-lower-better = 这个评分越低越好。
option-scale-higher-better = 这个评分越高越好。
option-repeats-heading = 可以重复做吗？
option-repeats-gap-label = 两次治疗之间最少要隔多久
option-repeats-max-label = 一年最多几次
# Variables:
#   $count (Number) - 一年内最多可以做几次
option-repeats-max = { $count } 次
option-cost-heading = 费用和医保
option-cost-label = 价格
# Variables:
#   $amount (String) - 价格，带货币单位（来自 `money` 消息），例如 574 美元
#   $per (String) - 这个价格指的是什么，例如 "每次注射"
option-cost-amount = { $amount }（{ $per }）
# Variables:
#   $low (String) - 查到的最低价格，带货币单位（`money`）
#   $high (String) - 查到的最高价格，带货币单位（`money`）
#   $per (String) - 这个价格指的是什么，例如 "每次注射"
option-cost-range = { $low } 到 { $high }（{ $per }）
option-insurance-label = 医保／保险
option-guidelines-heading = 诊疗指南怎么说
option-guideline-stance-label = 指南的建议
option-regulatory-heading = 审批情况
option-factors-heading = 可能让您的情况有所不同的因素
option-claims-heading = 诊所的宣传，和研究证据怎么说
option-claim-label = 诊所的说法
option-claim-answer-label = 研究证据怎么说
option-pay-card-heading = 在给诊所付钱之前
option-pay-card-questions = 可以问的问题
option-pay-card-facts = 应该知道的事实

## 关于这些信息（疾病页面和治疗选择页面最下方的区域）

about-toggle = 关于这些信息
# Variables:
#   $version (String) - 医学内容的版本，例如 "1.0.0"
about-version = 内容版本：{ $version }
# Variables:
#   $date (Date) - 上次根据研究核对内容的日期
about-last-reviewed = 上次根据研究核对：{ $date }
# Variables:
#   $date (Date) - 下次核对的截止日期
about-next-review = 下次核对不晚于：{ $date }
about-decision-heading = 要做的决定
about-purpose-heading = 这个工具的用途
about-updates-heading = 我们怎样保持内容最新
about-funding-heading = 由谁出资
about-conflicts-heading = 利益冲突
about-authors-heading = 由谁编写

## 错误提示。软件后台的每个错误代码各有一条。每条都说明出了什么问题、
## 已输入的内容没有丢失，以及下一步该怎么做。

error-unknown-locale = 没有这种语言。您输入的内容都没有丢失。请从列表中选择一种语言。
error-unknown-condition = 软件不认识这个问题。您输入的内容都没有丢失。请从列表中选择一个问题。
error-unknown-stage = 软件不认识这个分期。您输入的内容都没有丢失。请从列表中选择一个分期。
error-text-too-long = 有些文字太长了。您输入的内容都没有丢失。请把患者备注或您的名字改短一些，然后再试一次。
error-invalid-text = 有些文字含有软件无法使用的字符。您输入的内容都没有丢失。请只用汉字、字母、数字和简单的标点符号，然后再试一次。
error-no-consultation = 还没有开始就诊。您输入的内容都没有丢失。请回到开始页面，开始就诊。
error-no-condition = 还没有选择问题。您输入的内容都没有丢失。请先选择问题。
error-unknown-option = 这个选择不适用于这个问题和分期，或者诊所不提供。您输入的内容都没有丢失。请从列表中选一个。
error-too-many-compared = 一次最多只能比较四个选择。您输入的内容都没有丢失。请先取消一个，再选另一个。
error-decision-needs-option = 请选出您比较倾向的选择，或者选“还没决定”。您输入的内容都没有丢失。
error-invalid-date = 软件无法使用这个日期。您输入的内容都没有丢失。请从日历上选一个日期。
error-date-in-past = 这个日期在今天之前。您输入的内容都没有丢失。请选今天或以后的日期。
error-unsupported-version = 这个就诊文件是由其他版本的软件生成的，无法读取。没有改动任何内容。
error-summary-failed = 无法生成总结。您输入的内容都没有丢失。请再试一次；如果还是这样，请联系诊所的技术支持人员。
error-save-failed = 总结无法保存到那里。您输入的内容都没有丢失。请选择其他文件夹，或者检查磁盘是否还有空间。
error-invalid-settings = 有些设置需要修改，所以什么都没有保存。您输入的内容都没有丢失。请查看标出的项目。
error-settings-not-saved = 设置无法保存到这台电脑上。您输入的内容都没有丢失。请检查磁盘是否还有空间，或者联系技术支持人员。
error-internal = 软件内部出了问题。您输入的内容都没有丢失。请再试一次。
