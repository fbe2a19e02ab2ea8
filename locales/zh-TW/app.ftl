### HipAid 程式本身的文字：標題、標籤、按鈕和錯誤訊息。
### 醫療用語（疾病、分期、治療選擇、結果）放在 conditions.ftl、options-*.ftl、
### claims.ftl 和 evidence.ftl，各語言的名稱放在 locale.ftl。
### 臺灣繁體中文，用字淺白，適合年長病人閱讀；稱呼病人用「您」。
### 訊息 id 以所屬畫面開頭：app-、nav-、start-、condition-、option-、about-、
### error-；number- 和 sources- 由疾病畫面和治療選擇畫面共用。

## Glossary（詞彙表：英文 → 本譯文，所有檔案一致使用）
#   osteoarthritis (wear-and-tear arthritis) → 退化性關節炎
#   arthritis → 關節炎
#   cartilage → 軟骨
#   steroid injection → 類固醇注射
#   hyaluronic acid (gel) injection → 玻尿酸注射
#   platelet-rich plasma (PRP) → 高濃度血小板血漿（PRP）
#   "stem cell" injection → 「幹細胞」注射
#   hip replacement / a new hip → 人工髖關節置換／換人工髖關節
#   hip arthroscopy (keyhole surgery) → 髖關節鏡手術（關節鏡手術）
#   core decompression → 髓心減壓手術
#   avascular necrosis → 股骨頭缺血性壞死
#   ball of the hip / socket → 股骨頭／髖臼
#   labrum / labral tear → 髖臼唇／髖臼唇撕裂
#   hip impingement (FAI) → 髖關節夾擠症
#   greater trochanteric pain syndrome → 大轉子疼痛症候群
#   bursitis / bursa → 滑囊炎／滑囊
#   tendon → 肌腱
#   dummy (placebo) injection → 安慰劑注射
#   salt water → 生理食鹽水
#   physiotherapy / physiotherapist → 物理治療／物理治療師
#   watchful waiting → 觀察等待
#   certainty (of the evidence) → 可信度
#   guideline → 治療指引
#   clinician → 醫療人員
#   benefit / possible harm / side effect → 好處／可能的傷害／副作用
#   "N out of 100 people" → 每 100 人中有 N 人
#   icon array → 人形圖
#   time frame → 追蹤時間
#   MRI scan / X-ray / ultrasound → 磁振造影（MRI）／X光／超音波
#   numbing medicine / put to sleep → 麻藥／全身麻醉

## 整個程式

app-title = HipAid
app-loading = 載入中…

## 開始畫面

start-intro = 一起決定髖部疼痛要怎麼治療。請先設定這次看診。
start-ui-locale-label = 程式語言
start-ui-locale-hint = 按鈕和選單使用的語言。會馬上改變。
start-patient-locale-label = 病人的語言
start-patient-locale-hint = 病人閱讀和帶回家的資料所用的語言。
# 選單中的某個語言，其翻譯還沒有經過合格的醫療翻譯人員檢查。
# Variables:
#   $name (String) - 該語言對自己的稱呼，例如 "Tiếng Việt"
start-locale-draft = { $name }（翻譯草稿）
start-locale-draft-notice = 這份翻譯是草稿，還沒有經過合格的醫療翻譯人員檢查。重要的事情，請透過口譯人員溝通。
# Variables:
#   $reviewer (String) - 檢查翻譯的人和其身分
#   $date (Date) - 檢查的日期
start-locale-reviewed = 本翻譯已由{ $reviewer }於 { $date } 檢查。
start-patient-label-label = 病人備註（可不填）
    .placeholder = 例如：4 號診間，上午門診
start-patient-label-hint = 用來區分不同看診的簡短備註。請不要輸入病人的全名。
start-clinician-name-label = 您的名字（可不填）
start-clinician-name-hint = 看診時會顯示，讓病人知道是和誰談話。
start-submit = 開始看診
start-submit-busy = 正在開始…
start-submit-new = 開始新的看診
start-continue = 繼續這次看診
start-notice-unfinished = 上次看診時 HipAid 關閉了。回答都還保留著。您可以繼續這次看診，或開始新的看診。
start-notice-damaged = 無法讀取儲存的看診，所以 HipAid 在沒有它的情況下啟動。檔案已保留給技術支援人員。
app-not-saved = 這台電腦無法儲存這次看診。在關閉 HipAid 之前，回答會一直留在畫面上。
start-notice-settings-damaged = 無法讀取診所設定，所以 HipAid 用一般的設定啟動。檔案已保留給技術支援人員。診所人員可以在「診所設定」中重新設定。
start-settings = 診所設定

## 診所設定畫面：給診所人員在看診前使用。這裡不保存任何病人的資料。

settings-title = 診所設定
settings-intro = 這些設定儲存在這台電腦上，每次看診都會使用。裡面沒有任何病人的資料。
settings-clinic-heading = 您的診所
settings-clinic-name = 診所名稱
settings-address = 地址
settings-phone = 電話號碼
settings-logo = 印在摘要上的標誌
# Variables:
#   $kb (Number) - 允許的最大檔案大小，單位是 KB
#   $px (Number) - 允許的最大寬度或高度，單位是像素
settings-logo-hint = PNG 圖片，不超過 { $kb } KB，寬和高都不超過 { $px } 像素。
settings-logo-choose = 選擇標誌檔案
settings-logo-remove = 移除標誌
settings-logo-none = 還沒有選擇標誌。
settings-logo-preview = 標誌印出來的樣子
settings-languages-heading = 語言和紙張
settings-ui-locale = HipAid 啟動時的程式語言
settings-patient-locale = 新看診時病人的語言
settings-locale-default = 這台電腦的語言
settings-patient-locale-default = 和程式語言相同
settings-paper = 摘要的紙張大小
settings-paper-default = A4（美國英文用美式信紙）
settings-paper-a4 = A4
settings-paper-letter = 美式信紙
settings-options-heading = 本診所的治療選擇
settings-options-intro = 診所沒有提供的治療選擇，請取消勾選：每次看診開始時它會先隱藏，醫療人員仍然可以把它顯示出來。費用說明會顯示在研究數字旁邊。
settings-offered = 本診所有提供
settings-cost-note = 本診所的費用（可不填）
settings-insurance-note = 保險說明（可不填）
settings-view-heading = 看診怎麼開始
settings-start-view = 看診開始時的畫面
settings-view-clinician = 醫療人員畫面
settings-view-patient = 病人畫面（大字）
settings-max-age = 未完成的看診保留幾小時
# Variables:
#   $max (Number) - 允許的最多小時數
settings-max-age-hint = 如果看診時 HipAid 關閉了，在這段時間內（1 到 { $max } 小時）還可以重新打開這次看診。過了這段時間，看診就會被清除。
settings-save = 儲存設定
settings-saving = 儲存中…
settings-back = 回到開始畫面
settings-saved = 設定已儲存，從下一次看診開始使用。
settings-has-problems = 還沒有儲存任何內容。請修正標出的欄位。

## 診所設定：某一個欄位有什麼問題

# Variables:
#   $max (Number) - 最多可用的字元數
settings-problem-too-long = 內容太長了。最多只能用 { $max } 個字元。
settings-problem-invalid-text = 這裡有程式無法使用的字元。請只用文字、數字和簡單的標點符號。
settings-problem-invalid-phone = 這看起來不像電話號碼。請使用數字、空格和 + ( ) - . /
settings-problem-not-png = 這個檔案不是 PNG 圖片。請選擇 PNG 檔案。
# Variables:
#   $max (Number) - 允許的最大檔案大小，單位是 KB
settings-problem-logo-too-large = 這個檔案太大了。請選擇不超過 { $max } KB 的檔案。
# Variables:
#   $max (Number) - 允許的最大寬度或高度，單位是像素
settings-problem-logo-size = 這張圖片太小或太大。請使用寬和高都在 16 到 { $max } 像素之間的圖片。
settings-problem-unknown-locale = 沒有這個語言。請從清單中選擇一個。
settings-problem-unknown-option = 這個版本的 HipAid 不認得這個治療選擇。
# Variables:
#   $max (Number) - 允許的最大數字
settings-problem-out-of-range = 請選擇 1 到 { $max } 之間的整數。
settings-problem-unsupported-version = 這些設定是由較新版本的 HipAid 建立的。

## 疾病畫面：目前的看診，顯示在最上方

# Variables:
#   $label (String) - 在開始畫面輸入的病人簡短備註，例如 "4 號診間"
condition-consultation-label = 看診：{ $label }
# Variables:
#   $time (Date) - 看診開始的日期和時間
condition-consultation-started = 看診開始時間：{ $time }
# Variables:
#   $name (String) - 醫療人員在開始畫面輸入的名字
condition-consultation-clinician = 醫療人員：{ $name }

## 疾病畫面：選擇疾病和分期

condition-heading = 問題和治療選擇
condition-intro = 請選擇是什麼問題，以及嚴重到什麼程度。接著您會看到各種治療選擇，以及研究對它們的結論。
condition-choose-legend = 問題
condition-stage-legend = 分期（依照X光）
condition-stage-unknown = 還不知道
condition-stage-unknown-description = 例如，還沒有照X光。

## 疾病畫面：所選疾病和分期的說明

condition-stage-heading = 您的分期
condition-parts-heading = 髖部受影響的部位
condition-diagnosis-heading = 怎麼診斷
# 關於這個疾病的一個數字，寫成一句話。
# Variables:
#   $count (Number) - 有幾個人，例如 25 或 2.5
#   $denominator (Number) - 在多少人當中，例如 100 或 1,000
#   $what (String) - 他們發生了什麼事，來自內容檔，例如 "在八十五歲前得到髖關節退化性關節炎"
condition-figure-people = 每 { $denominator } 人中有 { $count } 人{ $what }
# Variables:
#   $low (Number) - 可能的最少人數
#   $high (Number) - 可能的最多人數
#   $denominator (Number) - 在多少人當中，例如 100 或 1,000
#   $what (String) - 他們發生了什麼事，來自內容檔
condition-figure-people-range = 每 { $denominator } 人中有 { $low } 到 { $high } 人{ $what }
# 人數，不是「每多少人中有幾人」。
# Variables:
#   $count (Number) - 有多少人，例如 10,000
#   $what (String) - 這些人是誰，來自內容檔，例如 "美國每年新發現有這個問題的成人"
condition-figure-count = { $what }：{ $count } 人
# Variables:
#   $low (Number) - 可能的最少人數，例如 10,000
#   $high (Number) - 可能的最多人數，例如 20,000
#   $what (String) - 這些人是誰，來自內容檔
condition-figure-count-range = { $what }：{ $low } 到 { $high } 人
condition-figure-one-time = 追蹤時間：在單一時間點計算

## 疾病畫面：適合的治療選擇

condition-options-heading = 治療選擇
condition-options-intro = 這些選擇適用於這個問題，排列順序不代表推薦順序。哪一個最適合您，要看您最在意什麼。
condition-options-empty = 目前還沒有可以顯示的治療選擇。
condition-card-fits = 用在這個問題：
# Variables:
#   $option (String) - 治療選擇的名稱，例如 "類固醇注射"
condition-card-details = 看詳細內容
    .aria-label = 看詳細內容：{ $option }

## 研究的數字，顯示在疾病畫面和治療選擇畫面

# Variables:
#   $count (Number) - 發生在幾個人身上，例如 45 或 0.08
#   $denominator (Number) - 在多少人當中，例如 100 或 1,000
number-people = 每 { $denominator } 人中有 { $count } 人
# Variables:
#   $low (Number) - 可能的最少人數
#   $high (Number) - 可能的最多人數
#   $denominator (Number) - 在多少人當中，例如 100
number-people-range = 每 { $denominator } 人中有 { $low } 到 { $high } 人
# 某個分數的平均變化，例如疼痛分數。
# Variables:
#   $change (Number) - 平均變化，帶正負號，例如 -1.2 或 +6.4
number-score = 平均變化 { $change } 分
# Variables:
#   $low (Number) - 可能的最小平均變化，帶正負號
#   $high (Number) - 可能的最大平均變化，帶正負號
number-score-range = 平均變化 { $low } 到 { $high } 分
# Variables:
#   $scale (String) - 分數的名稱，來自內容檔，例如 "疼痛分數，從 0（不痛）到 10（最痛）"
number-scale = 評分方式：{ $scale }
number-not-measured = 沒有測量
number-comparator-label = 比較對象
number-comparator-result-label = 比較組的結果
# Variables:
#   $span (String) - 多久，例如 "2 個月"、"1 到 3 年" 或 "不知道"
number-timeframe = 追蹤時間：{ $span }

## 每個數字和事實旁邊的資料來源

# Variables:
#   $count (Number) - 有幾筆資料來源
sources-toggle = 資料來源（{ $count }）
sources-study-type-label = 研究類型
sources-year-label = 年份
sources-size-label = 人數
sources-doi-label = DOI
sources-pmid-label = PubMed 編號
sources-url-label = 網址
# Variables:
#   $id (String) - 清單中找不到的資料來源簡稱，例如 "lambert-2007"
sources-unknown = 清單中找不到這筆資料來源：{ $id }

## 治療選擇畫面：一種治療選擇的所有細節

# Variables:
#   $condition (String) - 問題的名稱
option-for-condition = 適用於：{ $condition }
# Variables:
#   $condition (String) - 問題的名稱
#   $stage (String) - 分期的名稱，例如 "第二級：輕度"
option-for-condition-stage = 適用於：{ $condition }。{ $stage }
option-certainty-label = 研究對它的效果有多少把握：
option-what-heading = 這是什麼
option-variants-heading = 有哪些種類
# Variables:
#   $condition (String) - 問題的名稱
option-fits-heading = 適用情形：{ $condition }
option-steps-heading = 過程，一步一步說明
option-visits-label = 就診次數
# Variables:
#   $count (Number) - 要去幾次
option-visits = { $count } 次
# Variables:
#   $low (Number) - 最少幾次
#   $high (Number) - 最多幾次
option-visits-range = { $low } 到 { $high } 次
option-visits-unknown = 不知道
option-guidance-label = 影像引導
option-anaesthesia-label = 麻醉方式
option-time-off-label = 需要暫停平常活動的時間
option-timeline-heading = 什麼時候有幫助，幫助多久
option-onset-label = 什麼時候開始有幫助
option-peak-label = 什麼時候幫助最大
option-lasts-label = 幫助可以維持多久
option-recovery-label = 恢復平常活動
option-timeline-certainty-label = 研究對這些時間有多少把握：
option-milestones-heading = 恢復的步驟
# Variables:
#   $label (String) - 恢復的某一步，來自內容檔，例如 "不用拐杖走路"
#   $time (String) - 什麼時候，例如 "4 到 6 週" 或 "不知道"
option-milestone = { $label }：{ $time }
option-outcomes-heading = 好處和可能的傷害
option-outcomes-intro = 每個數字都來自研究。數字說明一群人當中有多少人出現這個結果，或某個分數平均改變了多少。好處和傷害並排顯示，說明得一樣詳細。
option-benefits-heading = 好處
option-harms-heading = 可能的傷害
option-outcome-benefit = 好處
option-outcome-harm = 可能的傷害
option-outcome-no-data = 沒有可靠的數字
option-outcomes-empty = 對這個問題，研究沒有可以在這裡顯示的結果。
option-scale-lower-better = 這個分數越低越好。
option-scale-higher-better = 這個分數越高越好。
option-repeats-heading = 可以重複做嗎？
option-repeats-gap-label = 兩次治療最少要間隔多久
option-repeats-max-label = 一年最多幾次
# Variables:
#   $count (Number) - 一年內最多可以做幾次
option-repeats-max = { $count } 次
option-cost-heading = 費用和保險
option-cost-label = 價格
# Variables:
#   $amount (Number) - 價格，含幣別，例如 $574
#   $per (String) - 這個價格是指什麼，例如 "每次注射"
option-cost-amount = { $amount }（{ $per }）
# Variables:
#   $low (Number) - 找到的最低價格，含幣別
#   $high (Number) - 找到的最高價格，含幣別
#   $per (String) - 這個價格是指什麼，例如 "每次注射"
option-cost-range = { $low } 到 { $high }（{ $per }）
option-insurance-label = 保險
option-guidelines-heading = 治療指引怎麼說
option-guideline-stance-label = 指引的建議
option-regulatory-heading = 核准情形
option-factors-heading = 可能讓您的情況不一樣的因素
option-claims-heading = 診所的說法，和研究證據怎麼說
option-claim-label = 診所的說法
option-claim-answer-label = 研究證據怎麼說
option-pay-card-heading = 付錢給診所之前
option-pay-card-questions = 可以問的問題
option-pay-card-facts = 應該知道的事實

## 關於這些資料（疾病畫面和治療選擇畫面最下方的區塊）

about-toggle = 關於這些資料
# Variables:
#   $version (String) - 醫療內容的版本，例如 "1.0.0"
about-version = 內容版本：{ $version }
# Variables:
#   $date (Date) - 上次依照研究檢查內容的日期
about-last-reviewed = 上次依照研究檢查：{ $date }
# Variables:
#   $date (Date) - 下次檢查的期限
about-next-review = 下次檢查最晚在：{ $date }
about-decision-heading = 要做的決定
about-purpose-heading = 這個工具的用途
about-updates-heading = 我們怎麼保持資料最新
about-funding-heading = 由誰出錢製作
about-conflicts-heading = 利益衝突
about-authors-heading = 由誰撰寫

## 錯誤訊息。程式後端的每個錯誤代碼各有一則。每則說明發生了什麼事、
## 已輸入的內容沒有遺失，以及接下來該怎麼做。

error-unknown-locale = 沒有這個語言。您輸入的內容都沒有遺失。請從清單中選擇一個語言。
error-unknown-condition = 程式不認得這個問題。您輸入的內容都沒有遺失。請從清單中選擇一個問題。
error-unknown-stage = 程式不認得這個分期。您輸入的內容都沒有遺失。請從清單中選擇一個分期。
error-text-too-long = 有些文字太長了。您輸入的內容都沒有遺失。請把病人備註或您的名字改短一點，再試一次。
error-invalid-text = 有些文字含有程式無法使用的字元。您輸入的內容都沒有遺失。請只用文字、數字和簡單的標點符號，再試一次。
error-no-consultation = 還沒有開始看診。您輸入的內容都沒有遺失。請回到開始畫面，開始看診。
error-no-condition = 還沒有選擇問題。您輸入的內容都沒有遺失。請先選擇問題。
error-unknown-option = 這個選擇不適用於這個問題和分期，或診所沒有提供。您輸入的內容都沒有遺失。請從清單中挑一個選擇。
error-too-many-compared = 一次最多只能比較四個選擇。您輸入的內容都沒有遺失。請先取消一個，再挑另一個。
error-decision-needs-option = 請挑出您比較傾向的選擇，或選「還沒決定」。您輸入的內容都沒有遺失。
error-invalid-date = 程式無法使用這個日期。您輸入的內容都沒有遺失。請從日曆上選一個日期。
error-date-in-past = 這個日期在今天之前。您輸入的內容都沒有遺失。請選今天或之後的日期。
error-unsupported-version = 這個看診檔案是由不同版本的程式建立的，無法讀取。沒有任何內容被更改。
error-summary-failed = 無法製作摘要。您輸入的內容都沒有遺失。請再試一次；如果又發生，請告訴診所的技術支援人員。
error-save-failed = 摘要無法存到那裡。您輸入的內容都沒有遺失。請選擇另一個資料夾，或檢查磁碟是否還有空間。
error-invalid-settings = 有些設定需要修正，所以什麼都沒有儲存。您輸入的內容都沒有遺失。請查看標出的欄位。
error-settings-not-saved = 設定無法儲存在這台電腦上。您輸入的內容都沒有遺失。請檢查磁碟是否還有空間，或詢問技術支援人員。
error-internal = 程式內部出了問題。您輸入的內容都沒有遺失。請再試一次。
