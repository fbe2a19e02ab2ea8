### 带回家的就诊总结（PDF）。数字、时间、证据可信度和“关于这些信息”区域，
### 都沿用页面上的文字（app.ftl、evidence.ftl），让纸质版和屏幕上说的一致。

# 诊所徽标给读屏软件读的文字。Variables: $clinic (诊所名称)
summary-clinic-logo = { $clinic }的徽标
# Variables: $phone (按诊所填写的样子)
summary-clinic-phone = 电话：{ $phone }
summary-title = 您的髋部治疗总结
# Variables: $date (就诊日期，已经排好格式)
summary-date = 日期：{ $date }
# Variables: $patient (医生输入的备注，不一定是姓名)
summary-for = 患者备注：{ $patient }
# Variables: $clinician
summary-clinician = 医生：{ $clinician }
summary-condition-heading = 您的髋部问题
# Variables: $stage (分期名称)
summary-stage = 分期：{ $stage }
summary-options-heading = 讨论过的治疗选择
summary-references-heading = 数字的出处
# Variables: $page, $pages
summary-page = 第 { $page } 页，共 { $pages } 页

## 一行中的各部分怎样连接（各语言的标点不同）

# Variables: $number (例如 "每 100 人中有 68 人"), $what (统计的是什么)
summary-outcome = { $number }：{ $what }
# Variables: $what (统计的是什么), $status ("没有可靠的数字")
summary-no-data = { $what }：{ $status }
# Variables: $label ("对比对象"), $group (对比组), $result (对比组的数字)
summary-comparison = { $label }：{ $group }，{ $result }
# Variables: $time ("观察时间：2 个月"), $certainty ("证据可信度低")
summary-facts = { $time }；{ $certainty }
# Variables: $number (在列表中的序号), $citation (不翻译)
summary-reference = { $number }. { $citation }

## 翻译的状态，用总结中的每种语言印在最后

# 用于 en-US，也就是所有翻译所依据的原文。
summary-translation-source = 这份总结使用的是最初编写时的语言。其他语言的翻译都以它为准。
summary-translation-draft = 这份翻译是草稿，还没有经过合格的医学翻译审核。如果有不清楚的地方，请让诊所为您安排翻译人员。
# Variables: $reviewer (审核的人及其身份), $date (日期，已经排好格式)
summary-translation-reviewed = 这份翻译已由{ $reviewer }于 { $date } 审核。
