### 不用打針的選擇：運動和觀察等待。
### 數字放在 crates/hipaid-core/content/options/exercise.toml 和 watchful-waiting.toml。
### 程式會把每個數字顯示在標籤旁邊；這些文字裡從不寫數字。

## 運動和物理治療

option-exercise-name = 運動和物理治療
option-exercise-summary = 一套讓髖關節周圍肌肉更有力的運動計畫。
    由物理治療師（運動和活動方面的專家）教您怎麼做。
    您也會了解自己的髖關節，以及怎麼保持活動。
    如果適合您，也可以得到控制體重的協助。
    不用打針，也不用開刀。
    只要持續做，就會有幫助。
option-exercise-regulatory = 運動不是藥物，也不是醫療器材，所以不需要任何機關核准。
    髖關節炎的治療指引把它列為主要的治療。
option-exercise-cost = 我們找不到一個物理治療療程的可靠價格。
    請問您的診所或保險公司，您需要付多少錢。
    有些運動計畫可以在家裡做。
repeats-exercise = 您想做多久，就可以一直做下去。
    持續運動，效果最能維持。

step-exercise-assess = 物理治療師會檢查您的髖關節，以及您怎麼活動。
    您和治療師會談談您希望能做到哪些事。
step-exercise-programme = 您會在幾個星期內，去上一系列的課程。
    您會學到增強肌力和平衡的運動。
    也會學到關於髖關節的知識，以及怎麼處理疼痛。
step-exercise-home = 在兩次課程之間，您在家裡做運動。
step-exercise-keep-going = 計畫結束後，您自己繼續運動。
    這樣可以幫您保住已經得到的進步。

factor-exercise-pain-at-start = 剛開始運動時，髖關節可能會比較痛。
    治療指引說，這是可以預期的。
    指引也說，規律運動還是有幫助。
    請告訴您的治療師，讓他調整您的計畫。
factor-exercise-weight = 如果您體重過重，治療指引建議提供減重的協助。
    在我們找到的唯一一個髖關節試驗中，運動再加上嚴格的飲食控制，並沒有明顯讓疼痛減輕更多。
    不過飲食控制對其他一些指標確實有幫助。
    體重的變化，和X光上關節炎變嚴重沒有關聯。
factor-exercise-severe-arthritis = 關節炎嚴重時，運動的幫助可能比較小。
    在一個針對嚴重髖關節炎的試驗中，換人工髖關節讓髖關節分數提高的幅度，比肌力訓練計畫大得多。
    運動組有些人在幾個月內就選擇開刀。
factor-exercise-waiting-list = 有些人原本就在排隊等換人工髖關節。
    他們在計畫結束後，比較可能很快就去開刀。

outcome-exercise-hip-oa-improve = 疼痛和活動明顯改善（比不運動多出來的人數）
outcome-exercise-hip-oa-improve-note = 這個數字只算因為運動而多改善的人。
    有些人不運動也會改善。
    這個改善是在計畫結束時測量的。
    計畫結束幾個月後，改善仍然存在。
outcome-exercise-hip-oa-registry-3m = 疼痛分數的變化
outcome-exercise-hip-oa-registry-3m-note = 這來自一份大型紀錄，記錄參加衛教和運動團體課程的人。
    沒有比較組。
    所以有一部分變化，可能本來就會發生。
outcome-exercise-hip-oa-registry-12m = 疼痛分數的變化
outcome-exercise-hip-oa-registry-12m-note = 這是同一群人，後來再檢查一次。
    沒有比較組。
    所以有一部分變化，可能本來就會發生。
outcome-exercise-hip-oa-weight-loss = 運動再加上嚴格減重飲食時，疼痛分數的變化
outcome-exercise-hip-oa-weight-loss-note = 兩組都做同樣的運動計畫。
    其中一組另外採用熱量非常低的飲食。
    多減輕的疼痛很少，少到大多數人感覺不出來。
    飲食組減掉比較多體重，在其他一些指標上也比較好。
outcome-exercise-gtps-success-vs-wait = 表示治療有效（依照這個試驗自己定的成功標準）
outcome-exercise-gtps-success-vs-wait-note = 這個試驗的對象，是髖部外側肌腱疼痛的人。
    計畫包含由物理治療師帶領的衛教和運動課程。
outcome-exercise-gtps-success-vs-steroid = 表示治療有效（依照這個試驗自己定的成功標準）
outcome-exercise-gtps-success-vs-steroid-note = 這和上面是同一個試驗。
    這裡是拿運動計畫和打一次類固醇比較。
    類固醇是一種能消腫的強效藥物。
outcome-exercise-fai-hip-score = 髖關節分數的上升
outcome-exercise-fai-hip-score-note = 這些試驗的對象，是有髖關節夾擠症、沒有關節炎的人。
    夾擠症是指股骨頭和髖臼因為形狀的關係互相夾擠。
    兩組都有改善。
    關節鏡手術讓分數多提高一點，接近病人能感覺到的最小變化。
    沒有任何試驗單獨研究髖臼唇撕裂。
outcome-exercise-avn-benefit = 疼痛減輕、活動改善
no-data-exercise-avn-benefit = 我們沒有找到運動對這種病的研究。
    運動可能可以幫您保持有力、保持活動。
    但目前不知道運動能不能阻止骨頭損傷。
outcome-exercise-inflammatory-benefit = 疼痛減輕、活動改善
no-data-exercise-inflammatory-benefit = 髖關節的運動研究，是在退化性關節炎（關節磨損）的人身上做的。
    這些結果不一定適用於發炎性關節炎。
    這種病主要的治療，是作用在全身的藥物。
    運動是和藥物一起使用。
outcome-exercise-pain-at-start = 剛開始運動時，關節比較痛
no-data-exercise-pain-at-start = 剛開始運動時，疼痛可能會增加一陣子。
    髖關節炎的指引說，這是可以預期的，要繼續做下去。
    我們找到的研究，都沒有計算這種情形多常發生。
outcome-exercise-hip-oa-serious-harms = 因為運動而受到嚴重傷害
no-data-exercise-hip-oa-serious-harms = 主要的回顧研究沒有發現任何嚴重傷害的通報。
    做運動的人，中途退出的情形沒有比其他人多。
    一個飲食試驗也沒有發現飲食控制造成嚴重傷害。
    研究沒有提供發生率，所以沒有數字可以顯示。
outcome-exercise-hip-oa-replacement-2y = 即使參加了計畫，後來還是換了人工髖關節
outcome-exercise-hip-oa-replacement-2y-note = 這不是運動造成的。
    這顯示即使有運動，關節炎還是可能變嚴重。
    這些人參加的是團體課程。
    沒有比較組。

comparator-exercise-hip-arthroscopy = 髖關節鏡手術

## 觀察等待

option-watchful-waiting-name = 觀察等待
option-watchful-waiting-summary = 您和醫療人員同意，暫時先不開始治療。
    您保持活動，之後再回來檢查。
    您隨時都可以改變主意，開始治療。
    有些髖關節問題，疼痛常常會自己減輕。
    有些則會讓髖關節慢慢變差。
option-watchful-waiting-regulatory = 等待不是藥物，也不是醫療器材，所以不需要核准。
option-watchful-waiting-cost = 沒有治療需要付費。
    您可能還是要付回診檢查的費用。
    我們找不到這些費用的價格。
repeats-watchful-waiting = 只要適合您，您可以一直等下去。
    您也隨時可以停止等待，選擇一種治療。

step-watchful-waiting-agree-plan = 您和醫療人員同意，暫時先不治療。
    也一起約好什麼時候再檢查。
step-watchful-waiting-self-care = 您盡量保持活動，在日常生活中照顧好髖關節。
step-watchful-waiting-watch-signs = 您留意疼痛和活動有什麼變化。
    如果情況變差，請提早要求檢查。
step-watchful-waiting-review = 檢查時，您和醫療人員再一起看一次有哪些選擇。

factor-watchful-waiting-avn-lesion-size = 骨頭壞死範圍的大小和位置，影響很大。
    小範圍很少塌陷。
    大範圍常常在幾年內就塌陷。
    影像檢查可以看出範圍有多大。
factor-watchful-waiting-avn-collapse = 很多人在發現這個問題時，股骨頭已經塌陷了。
    一旦股骨頭下陷超過一點點，專家通常傾向換人工髖關節。
factor-watchful-waiting-waiting-list = 有些人原本就在排隊等換人工髖關節。
    他們比較可能很快就去開刀。
factor-watchful-waiting-scan-findings = 很多不痛的人，影像檢查也會看到撕裂和形狀的變化。
    所以單憑影像上的發現，不代表您需要治療。
    您的症狀、身體檢查和影像檢查，應該都要相符。

outcome-watchful-waiting-hip-oa-benefit = 沒有治療就變好
no-data-watchful-waiting-hip-oa-benefit = 等待的主要好處，是可以避開治療的副作用和費用。
    我們沒有找到有多少人會自己變好的統計。
    在關節炎的試驗中，沒有接受治療的那一組，平均來說變化很小。
outcome-watchful-waiting-avn-benefit = 沒有治療就變好
no-data-watchful-waiting-avn-benefit = 我們找到的研究，都沒有計算多少人沒有治療就變好。
    在一個研究中，壞死範圍最小的髖關節，在幾年內都沒有塌陷。
    等待也可以避開開刀的風險。
outcome-watchful-waiting-labral-tear-benefit = 沒有治療，疼痛就減輕
no-data-watchful-waiting-labral-tear-benefit = 我們找到的研究，都沒有追蹤撕裂會痛、但沒有治療的人。
    很多完全不痛的人，影像檢查也會看到撕裂。
    所以撕裂不一定會造成困擾。
outcome-watchful-waiting-fai-benefit = 沒有治療，疼痛就減輕
no-data-watchful-waiting-fai-benefit = 我們找到的研究，都沒有計算髖關節夾擠症的人有多少沒有治療就變好。
    造成夾擠症的髖關節形狀，在不痛的人身上很常見。
outcome-watchful-waiting-gtps-success-8w = 表示情況變好了（依照這個試驗自己定的成功標準）
outcome-watchful-waiting-gtps-success-8w-note = 在這個試驗中，有一組人被要求先等等看。
    他們和接受衛教與運動的人比較。
    等待可以不用上課，也不用打針。
outcome-watchful-waiting-gtps-recovered-3m = 表示已經康復
outcome-watchful-waiting-gtps-recovered-3m-note = 在這個試驗中，這一組接受的是家庭醫師的一般照護，沒有打針。
    一般照護和等待不完全一樣。
outcome-watchful-waiting-gtps-recovered-12m = 表示已經康復
outcome-watchful-waiting-gtps-recovered-12m-note = 這是同一個試驗，後來再檢查的結果。
    到那時，有打針和沒打針的人，情況差不多。
outcome-watchful-waiting-hip-oa-replacement-2y = 換了人工髖關節
outcome-watchful-waiting-hip-oa-replacement-2y-note = 這些人參加過衛教和運動計畫。
    我們沒有找到只有等待的人的這類數字。
    沒有比較組。
outcome-watchful-waiting-avn-collapse-large = 股骨頭塌陷（壞死範圍最大的髖關節）
outcome-watchful-waiting-avn-collapse-large-note = 研究開始時，這些髖關節都還沒有塌陷。
    風險要看壞死範圍的大小和位置。
    這一組的壞死範圍最大。
    沒有比較組。
outcome-watchful-waiting-avn-collapse-medium = 股骨頭塌陷（壞死範圍中等的髖關節）
outcome-watchful-waiting-avn-collapse-medium-note = 研究開始時，這些髖關節都還沒有塌陷。
    這一組的壞死範圍是中等大小。
    沒有比較組。
outcome-watchful-waiting-avn-collapse-small = 股骨頭塌陷（壞死範圍小的髖關節）
outcome-watchful-waiting-avn-collapse-small-note = 研究開始時，這些髖關節都還沒有塌陷。
    這一組的壞死範圍小。
    在壞死範圍最小的那一組，沒有一個塌陷。
outcome-watchful-waiting-labral-tear-harm = 疼痛或損傷變嚴重
no-data-watchful-waiting-labral-tear-harm = 我們找到的研究，都沒有追蹤撕裂會痛、但沒有治療的人。
    所以我們無法說情況變差有多常見。
outcome-watchful-waiting-fai-arthritis = 髖關節得到會痛的關節炎
outcome-watchful-waiting-fai-arthritis-note = 這個長期研究追蹤了沒有開刀的髖關節夾擠症患者。
    沒有比較組。
outcome-watchful-waiting-fai-replacement = 換了人工髖關節
outcome-watchful-waiting-fai-replacement-note = 這是同一個長期研究，對象是沒有開刀的人。
    沒有比較組。
outcome-watchful-waiting-gtps-pain-1y = 仍然會痛
outcome-watchful-waiting-gtps-pain-1y-note = 這來自一群病人，是一篇回顧研究所報告的。
    我們不知道他們接受了什麼治療。
outcome-watchful-waiting-gtps-pain-5y = 仍然會痛
outcome-watchful-waiting-gtps-pain-5y-note = 這是同一群病人，幾年後再檢查的結果。
    我們不知道他們接受了什麼治療。
