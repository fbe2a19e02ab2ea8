### 帶回家的摘要（PDF）。數字、時間、可信度和「關於這些資料」區塊，
### 都沿用畫面上的文字（app.ftl、evidence.ftl），讓紙本和畫面說的一樣。

# 診所標誌給螢幕閱讀程式唸的文字。Variables: $clinic (診所名稱)
summary-clinic-logo = { $clinic }的標誌
# Variables: $phone (照診所寫的樣子)
summary-clinic-phone = 電話：{ $phone }
summary-title = 您的髖部治療摘要
# Variables: $date (看診日期，已經排好格式)
summary-date = 日期：{ $date }
# Variables: $patient (醫療人員輸入的備註，不一定是姓名)
summary-for = 對象：{ $patient }
# Variables: $clinician
summary-clinician = 醫療人員：{ $clinician }
summary-condition-heading = 您的髖部問題
# Variables: $stage (分期名稱)
summary-stage = 分期：{ $stage }
summary-options-heading = 討論過的治療選擇
summary-references-heading = 數字的出處
# Variables: $page, $pages
summary-page = 第 { $page } 頁，共 { $pages } 頁

## 一行裡各部分怎麼連接（各語言的標點不同）

# Variables: $number (例如 "每 100 人中有 68 人"), $what (計算的是什麼)
summary-outcome = { $number }：{ $what }
# Variables: $what (計算的是什麼), $status ("沒有可靠的數字")
summary-no-data = { $what }：{ $status }
# Variables: $label ("比較對象"), $group (比較組), $result (比較組的數字)
summary-comparison = { $label }：{ $group }，{ $result }
# Variables: $time ("追蹤時間：2 個月"), $certainty ("可信度低")
summary-facts = { $time }；{ $certainty }
# Variables: $number (在清單中的順序), $citation (不翻譯)
summary-reference = { $number }. { $citation }

## 翻譯的狀態，用摘要的每一種語言印在最後

# 用於 en-US，也就是所有翻譯的來源文字。
summary-translation-source = 這份摘要使用的是原本撰寫的語言。其他翻譯都是從它翻譯的。
summary-translation-draft = 這份翻譯是草稿，還沒有經過合格的醫療翻譯人員檢查。如果有不清楚的地方，請向診所要求口譯人員。
# Variables: $reviewer (檢查的人和其身分), $date (日期，已經排好格式)
summary-translation-reviewed = 這份翻譯已由{ $reviewer }於 { $date } 檢查。
