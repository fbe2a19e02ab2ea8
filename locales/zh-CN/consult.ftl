### 就诊的各个步骤：步骤列表、上一步和下一步、医生和患者的界面、
### 比较治疗选择、患者看重的事、问题、SURE 自查、决定，以及总结预览。
### 给患者看的文字要通俗易懂，初中以下的阅读水平。数字都是变量，绝不直接写在文字里。

## 步骤列表、上一步和下一步

consult-steps-label = 就诊的步骤
# Variables:
#   $number (Number) - 这个步骤在列表中的序号
consult-step-number = { $number }
consult-step-start = 开始
consult-step-condition = 问题
consult-step-course = 如果不治疗
consult-step-options = 治疗选择
consult-step-compare = 比较
consult-step-visuals = 好处和危害
consult-step-matters = 您看重什么
consult-step-questions = 问题
consult-step-ready = 准备好决定了吗？
consult-step-decision = 决定
# Variables:
#   $step (String) - “上一步”要回到的步骤名称
consult-back = 上一步：{ $step }
# Variables:
#   $step (String) - “下一步”要去的步骤名称
consult-next = 下一步：{ $step }
# Variables:
#   $number (Number) - 当前的步骤
#   $total (Number) - 一共有几个步骤
consult-progress = 第 { $number } 步，共 { $total } 步
# Variables:
#   $step (String) - 打开详情之前所在的步骤
nav-back-step = 返回：{ $step }
consult-needs-condition = 请先选择问题。其他步骤都要用到它。
consult-go-condition = 选择问题

## 界面和结束就诊

consult-view-patient = 给患者看的大字模式
consult-end = 结束就诊
consult-end-confirm = 要结束这次就诊吗？所有回答都会从这台电脑上清除。
consult-end-yes = 是，结束并清除
consult-end-no = 不，继续

## 如果不治疗

consult-course-heading = 如果不治疗，会怎么样
consult-course-no-figures = 对这一点，研究没有给出数字。

## 治疗选择和比较

consult-compare-legend = 要比较的选择
consult-compare-hint = 勾选两到四个选择，就能并排比较。
# Variables:
#   $option (String) - 治疗选择的名称
consult-compare-this = 比较{ $option }
# Variables:
#   $option (String) - 治疗选择的名称
consult-hide-option = 诊所不提供{ $option }：隐藏
consult-hidden-heading = 因为诊所不提供而隐藏的选择
# Variables:
#   $option (String) - 治疗选择的名称
consult-show-option = 重新显示{ $option }
consult-compare-heading = 比较治疗选择
consult-compare-intro = 各个选择并排列出，排列顺序不代表哪个更好。每一行回答一个大家常问的问题。
consult-compare-too-few = 请至少勾选两个选择来比较。
consult-compare-caption = 所选的治疗，并排比较
consult-row-what = 这是什么？
consult-row-onset = 多久起作用？
consult-row-lasts = 效果维持多久？
consult-row-benefits = 有多少人会好转？
consult-row-harms = 可能出什么问题？
consult-row-recovery = 恢复
consult-row-repeats = 可以重复做吗？
consult-row-cost = 费用
consult-row-certainty = 研究有多大把握？
consult-row-guidelines = 诊疗指南怎么说？
# Variables:
#   $span (String) - 什么时候效果最好，例如 "2 周" 或 "不清楚"
consult-peak = 效果最好：{ $span }
# Variables:
#   $span (String) - 需要暂停日常活动的时间
consult-time-off = 暂停日常活动：{ $span }
# Variables:
#   $guideline (String) - 诊疗指南的名称
#   $stance (String) - 指南的建议，例如 "不推荐"
consult-guideline-line = { $guideline }：{ $stance }
# Variables:
#   $comparator (String) - 对比组，例如 "打安慰剂针的人"
#   $result (String) - 对比组的数字
#   $timeframe (String) - 观察时间
#   $certainty (String) - 研究有多大把握
consult-outcome-meta = { $comparator }：{ $result }。观察时间：{ $timeframe }。{ $certainty }。

## 用图片看好处和危害

consult-visuals-heading = 用图片看好处和危害
# Variables:
#   $denominator (Number) - 每张图中那一组人的人数
consult-visuals-intro = 每张图显示 { $denominator } 个人。涂了颜色的小人，代表发生了这种情况的人。第二张图显示的是一组没有接受这个治疗的人。
consult-timeframes-differ = 各项研究跟踪观察的时间长短不一样。比较之前，请先看清每张图下面的观察时间。
# Variables:
#   $denominator (Number) - 每张图中那一组人的人数
consult-no-arrays = 对这一点，研究没有给出“每 { $denominator } 人中有几人”的数字。
# Variables:
#   $timeframe (String) - 观察时间
#   $certainty (String) - 研究有多大把握
consult-array-meta = 观察时间：{ $timeframe }。{ $certainty }。
# Variables:
#   $option (String) - 治疗选择的名称
consult-array-with = 接受{ $option }
# Variables:
#   $denominator (Number) - 统计少见危害时所用的更大人群
consult-rare-heading = 少见的危害（按每 { $denominator } 人计算）
consult-words-only-heading = 只用文字说明
consult-timeline-heading = 什么时候起作用，管用多久
consult-timeline-intro = 每一行显示一种选择在治疗后几个月里的情况。研究还不知道的时间，标为“不清楚”。

## 您看重什么

consult-matters-heading = 您看重什么？
consult-matters-intro = 请说说每件事对您有多重要。答案没有对错。您的回答会显示在相关事实旁边。软件不会替您算总分，也不会替您做选择。
consult-priority-avoid-surgery = 不做手术
consult-priority-quick-relief = 很快缓解
consult-priority-lasting-relief = 缓解的效果维持很久
consult-priority-low-serious-harm = 出现严重危害的可能性小
consult-priority-short-recovery = 恢复期短
consult-priority-low-cost = 自己花的钱少
consult-priority-strong-evidence = 有可靠的研究支持
consult-priority-few-visits = 去诊所的次数少
consult-importance-not-important = 不重要
consult-importance-somewhat = 有点重要
consult-importance-very = 非常重要
consult-matters-note-label = 用您自己的话说，什么最重要？（选填）
consult-matters-note-hint = 例如：一次旅行、工作，或者要照顾家人。
consult-reflect-heading = 您说的话，和相关事实放在一起
consult-reflect-intro = 您说重要的事，以及每个选择对这些事意味着什么。
consult-reflect-empty = 当您把某件事标为重要，它就会显示在这里，旁边附上相关事实。
consult-reflect-you-said = 您说这件事很重要
consult-fact-surgery = 这是手术。
consult-fact-no-surgery = 这不是手术。
# Variables:
#   $span (String) - 什么时候开始起作用
consult-fact-onset = 开始起作用：{ $span }
# Variables:
#   $span (String) - 效果能维持多久
consult-fact-lasts = 效果维持：{ $span }
# Variables:
#   $span (String) - 多久能恢复日常活动
consult-fact-recovery = 恢复日常活动：{ $span }
# Variables:
#   $visits (String) - 就诊次数，例如 "2 次" 或 "不清楚"
consult-fact-visits = 就诊次数：{ $visits }
# Variables:
#   $number (String) - 例如 "每 1,000 人中有 8 人"
#   $label (String) - 这些人发生了什么
consult-fact-harm = { $number }：{ $label }
consult-fact-see-details = 查看详情

## 问题

consult-questions-heading = 可以问的问题
consult-questions-intro = 请勾选您想问的问题。它们会印在您带回家的总结上。
consult-questions-legend = 想问医生的问题
consult-question-chance-for-me = 像我这样的人，这个治疗有帮助的可能性有多大？
consult-question-if-i-wait = 如果我先等一等，以后再决定，会怎么样？
consult-question-back-to-activities = 我什么时候可以回去上班、开车或运动？
consult-question-if-it-fails = 如果这个治疗没有帮助，接下来还能怎么办？
consult-question-how-many-done = 您或这家诊所平时做这种治疗多不多？
consult-question-cost-to-me = 我自己要花多少钱？医保或保险能报销吗？
consult-question-what-i-can-do = 我自己能做些什么来帮助我的髋关节？
consult-question-second-opinion = 我要不要再听听其他医生的意见？
consult-own-questions-label = 您自己的问题（选填）
consult-own-questions-hint = 写在这里，就不会忘记。

## 准备好决定了吗？（SURE）

consult-ready-heading = 准备好决定了吗？
consult-ready-intro = 四个简单的问题，请回答“是”或“否”。它们能帮您看看，在做选择之前是否还需要什么。
consult-sure-sure = 您确定哪个选择对您最好吗？
consult-sure-understand = 您知道每个选择的好处和风险吗？
consult-sure-risk-benefit = 您清楚哪些好处和风险对您最重要吗？
consult-sure-encouragement = 您有足够的支持和建议来做选择吗？
consult-yes = 是
consult-no = 否
consult-sure-ready = 四个问题您都回答了“是”。看起来您已经准备好做决定了。
consult-sure-not-ready = 在做决定之前，您可能还需要更多时间、信息或支持。这没有关系。下面这些可能有帮助：
consult-sure-help-sure = 花些时间想一想。您不必今天就决定。
consult-sure-help-understand = 再看一遍好处和危害，或者请医生解释一下。
consult-sure-help-risk-benefit = 再看看您看重的事，并和您信任的人商量一下。
consult-sure-help-encouragement = 和家人或朋友聊一聊，或者听听其他医生的意见。
consult-teach-back-heading = 确认患者是否听懂了（医生用）
consult-teach-back-prompt = 请患者用自己的话告诉您：有哪些选择，每个选择可能对他起什么作用，以及接下来做什么。没讲清楚的地方，请再解释一遍。
consult-teach-back-done = 已完成：患者能复述出来

## 决定和下一步

consult-decision-heading = 决定
consult-decision-intro = 由您来选择。您可以现在决定，也可以先倾向某个选择，或者多花些时间考虑。
consult-decision-legend = 您现在的想法
consult-decision-not-yet = 还没决定
consult-decision-leaning = 倾向某个选择
consult-decision-chosen = 已经决定
consult-decision-option-legend = 哪个选择？
consult-next-steps-legend = 下一步
consult-next-step-exercise-programme = 开始一个锻炼计划
consult-next-step-physio-referral = 去看康复治疗师
consult-next-step-weight-support = 寻求控制体重方面的帮助
consult-next-step-book-injection = 预约打针
consult-next-step-surgical-referral = 去看外科医生
consult-next-step-more-tests = 做更多化验或影像检查
consult-next-step-time-to-think = 花些时间想一想
consult-next-step-talk-with-family = 和家人或朋友聊一聊
consult-next-step-second-opinion = 听听其他医生的意见
consult-next-step-follow-up-visit = 预约复诊
consult-follow-up-label = 复诊日期（选填）
consult-follow-up-hint = 下次就诊或电话随访的日期。
consult-notes-label = 医生备注（选填）
consult-notes-hint = 会打印在医生留存的那一份上。请不要输入患者的全名。

## 带回家的总结预览

consult-preview-heading = 带回家的总结会写些什么
consult-preview-intro = 这是本次就诊中谈到和选择的内容。
consult-preview-condition = 问题
# Variables:
#   $condition (String) - 疾病
#   $stage (String) - 分期
consult-preview-condition-stage = { $condition }。{ $stage }
consult-preview-options = 比较过的选择
consult-preview-matters = 您看重什么
# Variables:
#   $priority (String) - 看重的事
#   $importance (String) - 有多重要
consult-preview-priority = { $priority }：{ $importance }
consult-preview-ready = 准备好决定了吗？
# Variables:
#   $yes (Number) - 回答“是”的个数
#   $total (Number) - 问题的个数
consult-preview-sure = { $total } 个问题中，有 { $yes } 个回答“是”。
consult-preview-sure-incomplete = 还有问题没有回答。
consult-preview-decision = 决定
# Variables:
#   $option (String) - 治疗选择的名称
consult-preview-leaning = 倾向于{ $option }
# Variables:
#   $option (String) - 治疗选择的名称
consult-preview-chosen = 决定选择{ $option }
consult-preview-next = 下一步
# Variables:
#   $date (Date) - 复诊日期
consult-preview-follow-up = 复诊：{ $date }
consult-preview-questions = 可以问的问题
consult-preview-none = 暂无
consult-preview-pdf-later = 打印出来的总结还会加上每个选择的数字、图片和来源。
consult-print-button = 保存并打印总结
# 勾选框，在患者的语言和软件的语言不同时显示。
consult-print-bilingual = 每一部分也用医生的语言打印出来
# 生成 PDF 时显示在按钮上。
consult-print-working = 正在生成总结…
# Variables:
#   $pages (Number) - 保存的 PDF 有几页
#   $path (String) - PDF 保存的位置
consult-print-saved = { $pages ->
   *[other] 总结（共 { $pages } 页）已保存为 { $path }。它会在您的 PDF 阅读器中打开，可以直接打印。
}
# 没有打开 PDF 阅读器时，用来代替 consult-print-saved。
# Variables:
#   $pages (Number) - 保存的 PDF 有几页
#   $path (String) - PDF 保存的位置
consult-print-saved-only = { $pages ->
   *[other] 总结（共 { $pages } 页）已保存为 { $path }。请到那里打开它，再打印。
}

## 诊所自己写的费用说明（来自诊所设置），显示在上面的数字之后

# Variables:
#   $note (String) - 诊所工作人员自己输入的原话
clinic-cost-note = 本诊所：{ $note }
# Variables:
#   $note (String) - 诊所工作人员自己输入的原话
clinic-insurance-note = 本诊所的医保／保险：{ $note }
