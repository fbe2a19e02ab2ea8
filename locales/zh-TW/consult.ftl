### 看診的各個步驟：步驟清單、上一步和下一步、醫療人員和病人的畫面、
### 比較治療選擇、病人在意的事、問題、SURE 檢查、決定，以及摘要預覽。
### 給病人看的文字要淺白，約國中程度。數字都是變數，絕不直接打在文字裡。

## 步驟清單、上一步和下一步

consult-steps-label = 看診的步驟
# Variables:
#   $number (Number) - 這個步驟在清單中的順序
consult-step-number = { $number }
consult-step-start = 開始
consult-step-condition = 問題
consult-step-course = 如果不治療
consult-step-options = 治療選擇
consult-step-compare = 比較
consult-step-visuals = 好處和傷害
consult-step-matters = 您在意的事
consult-step-questions = 問題
consult-step-ready = 準備好決定了嗎？
consult-step-decision = 決定
# Variables:
#   $step (String) - 「上一步」會回到的步驟名稱
consult-back = 上一步：{ $step }
# Variables:
#   $step (String) - 「下一步」會前往的步驟名稱
consult-next = 下一步：{ $step }
# Variables:
#   $number (Number) - 目前的步驟
#   $total (Number) - 總共有幾個步驟
consult-progress = 第 { $number } 步，共 { $total } 步
# Variables:
#   $step (String) - 打開詳細內容之前所在的步驟
nav-back-step = 回到：{ $step }
consult-needs-condition = 請先選擇問題。其他步驟都會用到它。
consult-go-condition = 選擇問題

## 畫面和結束看診

consult-view-patient = 給病人看的大字畫面
consult-end = 結束看診
consult-end-confirm = 要結束這次看診嗎？所有回答都會從這台電腦上清除。
consult-end-yes = 是，結束並清除
consult-end-no = 不，繼續

## 如果不治療

consult-course-heading = 如果不治療，會怎麼樣
consult-course-no-figures = 研究對這一點沒有提供數字。

## 治療選擇和比較

consult-compare-legend = 要比較的選擇
consult-compare-hint = 勾選二到四個選擇，就能並排比較。
# Variables:
#   $option (String) - 治療選擇的名稱
consult-compare-this = 比較{ $option }
# Variables:
#   $option (String) - 治療選擇的名稱
consult-hide-option = 診所沒有提供{ $option }：隱藏
consult-hidden-heading = 因為診所沒有提供而隱藏
# Variables:
#   $option (String) - 治療選擇的名稱
consult-show-option = 重新顯示{ $option }
consult-compare-heading = 比較治療選擇
consult-compare-intro = 各個選擇並排列出，排列順序不代表推薦順序。每一列回答一個大家常問的問題。
consult-compare-too-few = 請至少勾選兩個選擇來比較。
consult-compare-caption = 所選的治療，並排比較
consult-row-what = 這是什麼？
consult-row-onset = 多快見效？
consult-row-lasts = 效果維持多久？
consult-row-benefits = 有多少人會變好？
consult-row-harms = 可能出什麼問題？
consult-row-recovery = 恢復
consult-row-repeats = 可以重複做嗎？
consult-row-cost = 費用
consult-row-certainty = 研究有多少把握？
consult-row-guidelines = 治療指引怎麼說？
# Variables:
#   $span (String) - 什麼時候幫助最大，例如 "2 週" 或 "不知道"
consult-peak = 幫助最大：{ $span }
# Variables:
#   $span (String) - 需要暫停平常活動的時間
consult-time-off = 暫停平常活動：{ $span }
# Variables:
#   $guideline (String) - 治療指引的名稱
#   $stance (String) - 指引的建議，例如 "建議不要使用"
consult-guideline-line = { $guideline }：{ $stance }
# Variables:
#   $comparator (String) - 比較組，例如 "接受安慰劑注射的人"
#   $result (String) - 比較組的數字
#   $timeframe (String) - 追蹤時間
#   $certainty (String) - 研究有多少把握
consult-outcome-meta = { $comparator }：{ $result }。追蹤時間：{ $timeframe }。{ $certainty }。

## 用圖片看好處和傷害

consult-visuals-heading = 用圖片看好處和傷害
# Variables:
#   $denominator (Number) - 每張圖中那一群人的人數
consult-visuals-intro = 每張圖顯示 { $denominator } 個人。塗滿顏色的人形，代表發生這件事的人。第二張圖顯示的是沒有接受這個治療的一群人。
consult-timeframes-differ = 各個研究追蹤病人的時間長短不同。比較之前，請先看每張圖下方的追蹤時間。
# Variables:
#   $denominator (Number) - 每張圖中那一群人的人數
consult-no-arrays = 研究沒有提供「每 { $denominator } 人中有幾人」的數字。
# Variables:
#   $timeframe (String) - 追蹤時間
#   $certainty (String) - 研究有多少把握
consult-array-meta = 追蹤時間：{ $timeframe }。{ $certainty }。
# Variables:
#   $option (String) - 治療選擇的名稱
consult-array-with = 接受{ $option }
# Variables:
#   $denominator (Number) - 計算少見傷害時所用的較大人群
consult-rare-heading = 少見的傷害，以每 { $denominator } 人計算
consult-words-only-heading = 只用文字說明
consult-timeline-heading = 什麼時候有幫助，幫助多久
consult-timeline-intro = 每一列顯示一種選擇在治療後幾個月內的情形。研究不知道的時間，標示為「不知道」。

## 您在意的事

consult-matters-heading = 您在意什麼？
consult-matters-intro = 請說說每件事對您有多重要。答案沒有對錯。您的回答會顯示在相關事實旁邊。程式不會替您加總分數，也不會替您挑選。
consult-priority-avoid-surgery = 不用開刀
consult-priority-quick-relief = 很快就能舒緩
consult-priority-lasting-relief = 舒緩效果維持很久
consult-priority-low-serious-harm = 發生嚴重傷害的機會低
consult-priority-short-recovery = 恢復期短
consult-priority-low-cost = 自己要付的錢少
consult-priority-strong-evidence = 有可靠的研究支持
consult-priority-few-visits = 不用常跑診所
consult-importance-not-important = 不重要
consult-importance-somewhat = 有點重要
consult-importance-very = 非常重要
consult-matters-note-label = 用您自己的話說，什麼最重要？（可不填）
consult-matters-note-hint = 例如：一趟旅行、工作，或要照顧家人。
consult-reflect-heading = 您說的話，和相關事實放在一起
consult-reflect-intro = 您說重要的事，以及每個選擇對這些事代表什麼。
consult-reflect-empty = 當您把某件事標為重要，它就會顯示在這裡，旁邊附上相關事實。
consult-reflect-you-said = 您說這件事很重要
consult-fact-surgery = 這是開刀手術。
consult-fact-no-surgery = 這不是開刀手術。
# Variables:
#   $span (String) - 什麼時候開始有幫助
consult-fact-onset = 開始有幫助：{ $span }
# Variables:
#   $span (String) - 幫助可以維持多久
consult-fact-lasts = 幫助可維持：{ $span }
# Variables:
#   $span (String) - 多久可以恢復平常活動
consult-fact-recovery = 恢復平常活動：{ $span }
# Variables:
#   $visits (String) - 就診次數，例如 "2 次" 或 "不知道"
consult-fact-visits = 就診次數：{ $visits }
# Variables:
#   $number (String) - 例如 "每 1,000 人中有 8 人"
#   $label (String) - 他們發生了什麼事
consult-fact-harm = { $number }：{ $label }
consult-fact-see-details = 看詳細內容

## 問題

consult-questions-heading = 可以問的問題
consult-questions-intro = 請勾選您想問的問題。它們會印在您帶回家的摘要上。
consult-questions-legend = 要問醫療人員的問題
consult-question-chance-for-me = 像我這樣的人，這個治療有幫助的機會有多大？
consult-question-if-i-wait = 如果我先等一等，晚一點再決定，會怎麼樣？
consult-question-back-to-activities = 我什麼時候可以回去工作、開車或運動？
consult-question-if-it-fails = 如果沒有幫助，接下來還能怎麼做？
consult-question-how-many-done = 您或這家診所多常做這個治療？
consult-question-cost-to-me = 我要付多少錢？保險會給付嗎？
consult-question-what-i-can-do = 我自己可以做些什麼來幫助我的髖關節？
consult-question-second-opinion = 我應該聽聽其他醫師的意見嗎？
consult-own-questions-label = 您自己的問題（可不填）
consult-own-questions-hint = 寫在這裡，就不會忘記。

## 準備好決定了嗎？（SURE）

consult-ready-heading = 準備好決定了嗎？
consult-ready-intro = 四個簡單的問題，請回答「是」或「否」。這能幫您看看，在做選擇之前是否還需要什麼。
consult-sure-sure = 您確定哪一個選擇對您最好嗎？
consult-sure-understand = 您知道每個選擇的好處和風險嗎？
consult-sure-risk-benefit = 您清楚哪些好處和風險對您最重要嗎？
consult-sure-encouragement = 您有足夠的支持和建議來做選擇嗎？
consult-yes = 是
consult-no = 否
consult-sure-ready = 四個問題您都回答「是」。您看起來已經準備好做決定了。
consult-sure-not-ready = 在做決定之前，您可能需要多一點時間、資訊或支持。這樣沒有關係。以下這些可能有幫助：
consult-sure-help-sure = 花點時間想一想。您不必今天就決定。
consult-sure-help-understand = 再看一次好處和傷害，或請醫療人員說明。
consult-sure-help-risk-benefit = 再看一次您在意的事，並和您信任的人談一談。
consult-sure-help-encouragement = 和家人或朋友談一談，或聽聽其他醫師的意見。
consult-teach-back-heading = 確認病人是否了解（給醫療人員）
consult-teach-back-prompt = 請病人用自己的話告訴您：有哪些選擇、每個選擇可能對他有什麼作用，以及接下來要做什麼。不清楚的地方，請再說明一次。
consult-teach-back-done = 完成：病人已經能說出來

## 決定和接下來的步驟

consult-decision-heading = 決定
consult-decision-intro = 由您來選擇。您可以現在決定、先傾向某個選擇，或多花一點時間考慮。
consult-decision-legend = 您現在的想法
consult-decision-not-yet = 還沒決定
consult-decision-leaning = 傾向某個選擇
consult-decision-chosen = 已經決定
consult-decision-option-legend = 哪一個選擇？
consult-next-steps-legend = 接下來的步驟
consult-next-step-exercise-programme = 開始做運動計畫
consult-next-step-physio-referral = 去看物理治療師
consult-next-step-weight-support = 尋求控制體重的協助
consult-next-step-book-injection = 預約注射
consult-next-step-surgical-referral = 去看外科醫師
consult-next-step-more-tests = 做更多檢查或影像檢查
consult-next-step-time-to-think = 花點時間想一想
consult-next-step-talk-with-family = 和家人或朋友談一談
consult-next-step-second-opinion = 聽聽其他醫師的意見
consult-next-step-follow-up-visit = 預約回診
consult-follow-up-label = 回診日期（可不填）
consult-follow-up-hint = 下次看診或通電話的日期。
consult-notes-label = 醫療人員備註（可不填）
consult-notes-hint = 會印在醫療人員的那一份上。請不要輸入病人的全名。

## 帶回家的摘要預覽

consult-preview-heading = 帶回家的摘要會寫些什麼
consult-preview-intro = 這是這次看診中談到和選擇的內容。
consult-preview-condition = 問題
# Variables:
#   $condition (String) - 疾病
#   $stage (String) - 分期
consult-preview-condition-stage = { $condition }。{ $stage }
consult-preview-options = 比較過的選擇
consult-preview-matters = 您在意的事
# Variables:
#   $priority (String) - 在意的事
#   $importance (String) - 有多重要
consult-preview-priority = { $priority }：{ $importance }
consult-preview-ready = 準備好決定了嗎？
# Variables:
#   $yes (Number) - 回答「是」的數目
#   $total (Number) - 問題的數目
consult-preview-sure = { $total } 個問題中，有 { $yes } 個回答「是」。
consult-preview-sure-incomplete = 還有問題沒有回答。
consult-preview-decision = 決定
# Variables:
#   $option (String) - 治療選擇的名稱
consult-preview-leaning = 傾向選擇{ $option }
# Variables:
#   $option (String) - 治療選擇的名稱
consult-preview-chosen = 決定選擇{ $option }
consult-preview-next = 接下來的步驟
# Variables:
#   $date (Date) - 回診日期
consult-preview-follow-up = 回診：{ $date }
consult-preview-questions = 可以問的問題
consult-preview-none = 還沒有
consult-preview-pdf-later = 印出來的摘要會再加上每個選擇的數字、圖片和資料來源。
consult-print-button = 儲存並列印摘要
# 勾選方塊，當病人的語言和程式的語言不同時顯示。
consult-print-bilingual = 每一部分也用醫療人員的語言印出來
# 製作 PDF 時顯示在按鈕上。
consult-print-working = 正在製作摘要…
# Variables:
#   $pages (Number) - 儲存的 PDF 有幾頁
#   $path (String) - PDF 儲存的位置
consult-print-saved = 摘要（共 { $pages } 頁）已儲存為 { $path }。它會在您的 PDF 閱讀軟體中開啟，可以直接列印。
# 沒有開啟 PDF 閱讀軟體時，用來取代 consult-print-saved。
# Variables:
#   $pages (Number) - 儲存的 PDF 有幾頁
#   $path (String) - PDF 儲存的位置
consult-print-saved-only = 摘要（共 { $pages } 頁）已儲存為 { $path }。請從那裡打開檔案來列印。

## 診所自己寫的費用說明（來自診所設定），顯示在上面的數字之後

# Variables:
#   $note (String) - 診所人員自己輸入的原話
clinic-cost-note = 本診所：{ $note }
# Variables:
#   $note (String) - 診所人員自己輸入的原話
clinic-insurance-note = 本診所的保險：{ $note }
