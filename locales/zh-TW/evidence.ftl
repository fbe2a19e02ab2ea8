### 醫療內容共用的詞：可信度、治療指引的立場、治療怎麼做、時間單位、費用，
### 以及每個結果是和什麼比較。數字本身放在 crates/hipaid-core/content/，
### 只會以變數的方式出現在這裡。

## 要做的決定和這份資料（IPDAS：決定、日期、更新方式、經費來源）

document-decision = 要做的決定：您的髖部疼痛要怎麼治療，或是現在到底要不要治療。
document-purpose = 這個工具幫助您和醫療人員討論各種選擇。它提供來自研究的事實和數字。它不會替您做選擇。
document-update-policy = 我們至少每年一次，依照新的研究檢查這些資料。下次檢查最晚在 { $next }。如果出現重要的新研究或新的治療指引，我們也會提早檢查。
document-funding = 這個工具由 HipAid 計畫團隊撰寫。販售這裡任何一種治療的公司，都沒有出錢，也沒有參與意見。
document-conflicts = 撰寫的人和這裡的任何治療都沒有金錢關係。不論您選哪一個，都沒有人會因此多賺錢。
document-authors = 由 HipAid 團隊根據已發表的研究和治療指引撰寫。每個數字都註明了出處。
document-not-advice = 這份摘要是用來幫助您和醫療人員討論，不能取代他們的建議。

## 我們有多少把握（GRADE 證據可信度）

certainty-high = 可信度高
certainty-moderate = 可信度中等
certainty-low = 可信度低
certainty-very-low = 可信度很低
certainty-high-explain = 新的研究幾乎不可能改變這個結果。
certainty-moderate-explain = 新的研究有可能改變這個結果。
certainty-low-explain = 新的研究很可能改變這個結果。
certainty-very-low-explain = 這幾乎是猜測。新的研究大概會改變它。

## 治療指引怎麼說

stance-strong-for = 強烈建議使用
stance-for = 建議使用
stance-conditional-for = 建議部分病人使用
stance-consider = 可以考慮
stance-option = 適合的選擇之一
stance-no-recommendation = 沒有表示支持或反對
stance-conditional-against = 建議大多數人不要使用
stance-against = 建議不要使用
stance-strong-against = 強烈建議不要使用
stance-none-found = 沒有治療指引談到這一點

guideline-none = 沒有治療指引
guideline-aaos-2023 = 美國骨科醫學會（AAOS），2023
guideline-aaos-2017 = 美國骨科醫學會（AAOS），2017
guideline-acr-af-2019 = 美國風濕病學會和美國關節炎基金會，2019
guideline-oarsi-2019 = 國際骨關節炎研究學會（OARSI），2019
guideline-nice-ng226-2022 = NICE（英格蘭）退化性關節炎治療指引 NG226，2022
guideline-warwick-2016 = 髖關節夾擠症的華威共識（Warwick Agreement），2016
guideline-eular-2021 = EULAR 關節注射建議，2021
guideline-eular-2022 = EULAR 類風濕性關節炎建議，2022
guideline-chinese-onfh-2020 = 中國的股骨頭缺血性壞死治療指引，2020

## 治療的種類和做法

kind-self-care = 自我照顧
kind-monitoring = 觀察等待
kind-injection = 注射
kind-surgery = 手術

guidance-none = 不需要影像檢查。
guidance-ultrasound = 醫師用超音波引導針頭。
guidance-ultrasound-or-x-ray = 醫師用超音波或X光影像引導針頭。
guidance-camera = 外科醫師透過幾個小傷口，用很小的攝影機來開刀。
anaesthesia-none = 不需要打麻藥。
anaesthesia-local = 在皮膚和髖部打局部麻藥。
anaesthesia-spinal-or-general = 在背部打一針脊椎麻醉，讓腰部以下失去感覺；或是全身麻醉，讓您睡著。
anaesthesia-general = 開刀時會全身麻醉，讓您睡著。

regulatory-approved = 已核准的藥物或醫療器材
regulatory-standard-procedure = 標準治療
regulatory-not-approved = 沒有核准用在這個用途
regulatory-not-regulated = 不需要核准
regulatory-not-verified = 無法確認是否核准用在這個用途

repeats-allowed-yes = 可以重複做
repeats-allowed-limited = 可以重複做，但有限制
repeats-allowed-no = 通常只做一次
repeats-allowed-unknown = 不知道重複做有沒有幫助

insurance-usually-covered = 保險通常會給付
insurance-sometimes-covered = 保險有時會給付
insurance-usually-not-covered = 保險通常不給付，需要自費
insurance-unknown = 不知道保險是否給付

cost-per-session = 每次治療
cost-per-injection = 每次注射
cost-per-course = 每個療程
cost-per-operation = 每次手術
cost-unknown = 找不到可靠的價格
# Variables:
#   $amount (Number)
#   $currency (String)
money =
    { $currency ->
        [USD] US${ $amount }
       *[other] { $amount } { $currency }
    }

## 時間

span-unknown = 不知道
span-none = 效果沒有比安慰劑治療好
span-days = { $low } 天
span-weeks = { $low } 週
span-months = { $low } 個月
span-years = { $low } 年
span-range-days = { $low } 到 { $high } 天
span-range-weeks = { $low } 到 { $high } 週
span-range-months = { $low } 到 { $high } 個月
span-range-years = { $low } 到 { $high } 年

## 數字是和什麼比較

comparator-placebo-injection = 安慰劑注射（假的針，不含要測試的治療）
comparator-local-anaesthetic-injection = 只打麻藥的針
comparator-no-treatment = 不治療
comparator-no-exercise = 不做這個運動計畫
comparator-usual-care = 家庭醫師的一般照護
comparator-wait-and-see = 先等等看情況
comparator-advice-alone = 只給建議和衛教資料
comparator-education-and-exercise = 衛教建議加上運動計畫
comparator-exercise-alone = 只做運動計畫
comparator-physiotherapy = 物理治療（由治療師帶著做運動）
comparator-resistance-training = 鍛鍊肌力的運動計畫
comparator-steroid-injection = 類固醇注射
comparator-hyaluronic-acid = 玻尿酸（凝膠）注射
comparator-core-decompression-alone = 只做髓心減壓手術，不加細胞
comparator-no-injection = 沒有打針的人
comparator-no-comparison-group = 沒有比較組：研究只看了接受治療的人
comparator-no-recent-injection = 開刀前幾個月內沒有打過髖關節針的人

## 研究的種類（顯示在每筆參考資料旁）

study-type-rct = 隨機分組的試驗
study-type-systematic-review = 綜合許多研究的回顧
study-type-network-meta-analysis = 比較許多種治療的綜合分析
study-type-cohort = 追蹤一群人的研究
study-type-registry = 治療病人的登錄資料
study-type-case-series = 一系列病人的報告
study-type-cross-sectional = 在單一時間點的調查
study-type-guideline = 治療指引
study-type-consensus = 專家共識
study-type-regulator = 主管機關的聲明
study-type-evidence-summary = 證據摘要
study-type-review = 回顧文章
study-type-patient-information = 醫院或診所的衛教資料
study-type-price-survey = 價格調查
study-type-policy = 保險公司的規定

## 疾病的數字說明什麼

figure-topic-how-common = 有多常見
figure-topic-natural-course = 不治療會怎麼樣

## 髖關節圖上的部位

part-bone = 骨頭
part-cartilage = 軟骨（關節表面光滑的一層）
part-labrum = 髖臼唇（髖臼的邊緣）
part-tendons-bursa = 肌腱和滑囊（髖部外側）
part-blood-supply = 股骨頭的血液供應
part-joint-lining = 關節內膜

## 評分方式（名稱，當作標題顯示）

scale-pain-0-10 = 疼痛分數，從 0（不痛）到 10（最痛）
scale-pain-0-100 = 疼痛分數，從 0（不痛）到 100（最痛）
scale-oxford-hip-score = 牛津髖關節評分（Oxford Hip Score），從 0（最差）到 48（最好）
scale-ihot-33 = iHOT-33 髖關節評分，從 0（最差）到 100（最好）
scale-harris-hip-score = 哈里斯髖關節評分（Harris Hip Score），從 0（最差）到 100（最好）
scale-hos-adl = 髖關節結果評分（Hip Outcome Score）的日常活動部分，從 0（最差）到 100（最好）
scale-self-rated-improvement = 病人自己覺得改善了多少，從 0 到 100%
