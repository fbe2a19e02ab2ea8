### 手術的選擇：人工髖關節置換、髖關節鏡手術（從小傷口進行的手術）、髓心減壓手術。
### 數字放在 crates/hipaid-core/content/options/；程式會把數字顯示在這些文字旁邊。

## 人工髖關節置換

option-hip-replacement-name = 人工髖關節置換
option-hip-replacement-summary =
    外科醫師把磨損的股骨頭和髖臼拿掉，換上人工關節。
    這是一個大手術。
    很多人會住院幾天，有些人當天就可以回家。
    要幾個星期才能回到正常生活，完全恢復可能要好幾個月。
option-hip-replacement-regulatory = 這是已經做了很多年的標準手術。
option-hip-replacement-cost =
    這些是醫院對自費病人報的價格。
    價格差別非常大。
    醫院向保險公司收取的平均金額，落在這個範圍中偏低的一端。
    只要符合規定，保險和美國聯邦醫療保險（Medicare）通常會給付。
    您可能還是要負擔一部分，所以請問您的保險公司。

step-hip-replacement-assess = 外科醫師會檢查您的髖關節、X光和整體健康狀況。
step-hip-replacement-prepare =
    開刀前，醫師可能會請您先努力控制體重、戒菸或控制血糖。
    這樣可以降低風險。
step-hip-replacement-operation =
    您會全身麻醉睡著，或是腰部以下麻醉。
    外科醫師拿掉磨損的部分，裝上新的關節。
step-hip-replacement-hospital =
    很多人只住院一小段時間。
    在美國，很多人當天就回家。
step-hip-replacement-recover =
    一開始要拄拐杖或手杖走路。
    在家裡做運動，或和物理治療師一起做，可以幫您恢復力氣。

milestone-hip-replacement-crutches = 不用再拄拐杖或手杖
milestone-hip-replacement-driving = 再開車（能安全煞車、也不再需要強效止痛藥之後）
milestone-hip-replacement-work = 回去工作（粗重的體力工作要更晚）
milestone-hip-replacement-low-impact-sport = 做溫和的運動，例如高爾夫、游泳或騎腳踏車
milestone-hip-replacement-full-benefit = 得到完整的效果（有些人需要這麼久）

repeats-hip-replacement =
    人工髖關節置換原則上只做一次。
    如果新的關節壞了，可以再開一次刀，叫做翻修手術，更換其中一些零件。

## 人工髖關節置換：好處

outcome-hip-replacement-oxford-6m = 牛津髖關節評分的平均進步
outcome-hip-replacement-oxford-6m-note =
    這來自一個試驗，對象是有嚴重髖關節退化性關節炎的年長者。
    運動組有些人在試驗結束前就開刀了。
    其他髖關節疾病，我們沒有找到這樣的試驗。
outcome-hip-replacement-meaningful-improvement-12m = 覺得明顯變好
outcome-hip-replacement-meaningful-improvement-12m-note =
    這不是隨機分組的試驗：是把病人和條件相似的人配對比較。
    所有人都有髖關節退化性關節炎。
    沒有找到其他髖關節疾病的結果。
outcome-hip-replacement-still-in-place-10y = 仍然保有第一次換的人工髖關節，沒有重新開刀
outcome-hip-replacement-still-in-place-10y-note =
    這來自各國的人工關節登錄資料，大多數人有退化性關節炎。
    年紀較大的人，以及用骨水泥固定時，人工髖關節可以用得比較久。
outcome-hip-replacement-still-in-place-25y = 仍然保有第一次換的人工髖關節，沒有重新開刀
outcome-hip-replacement-still-in-place-25y-note =
    這來自各國的人工關節登錄資料，每個人都有算進去。
    個別外科醫師的報告，數字比較高。
    這些人工髖關節是很久以前裝的；現在裝的可能用得更久，也可能不會。

## 人工髖關節置換：傷害

outcome-hip-replacement-persistent-pain = 手術後很久，仍然有令人困擾的疼痛
outcome-hip-replacement-persistent-pain-note =
    各個研究的結果差別很大。
    這些研究裡大多數人有退化性關節炎。
outcome-hip-replacement-death-90d = 手術後死亡（不論什麼原因）
outcome-hip-replacement-death-90d-note =
    這個數字這些年來已經下降，比較早的研究發現的死亡比較多。
    它來自所有的人工髖關節置換，大多是因為退化性關節炎。
outcome-hip-replacement-dislocation = 人工髖關節從髖臼滑出來（脫臼）
outcome-hip-replacement-dislocation-note =
    比較低的數字來自比較新的研究。
    比較高的數字包括了比較舊的研究。
    這些研究裡大多數人有退化性關節炎。
outcome-hip-replacement-infection = 人工髖關節深部感染
outcome-hip-replacement-infection-note =
    其中很多人需要再開一次刀。
    數字來自大型的全國登錄資料。
    這些資料裡大多數人有退化性關節炎。
outcome-hip-replacement-blood-clots = 腿部或肺部出現會引起症狀的血栓
outcome-hip-replacement-blood-clots-note =
    病人會用藥物來幫助預防血栓。
    比較高的數字來自一個也包括人工膝關節置換的試驗。
    在那個試驗中，用哪一種藥物會造成差別。
outcome-hip-replacement-leg-length = 覺得一條腿比另一條腿長
outcome-hip-replacement-leg-length-note =
    這些人大多數量不出長度差別。
    不過，有這種感覺的人，髖關節分數比較差。

factor-hip-replacement-weight = 體重很重會提高手術的風險。醫師可能會請您先努力控制體重。
factor-hip-replacement-smoking = 抽菸會提高手術的風險。醫師可能會請您先戒菸。
factor-hip-replacement-diabetes = 血糖控制不好會提高風險。醫師可能會請您先把血糖降下來。
factor-hip-replacement-recent-injection =
    開刀前幾個月內在髖關節打過針，和人工髖關節感染比較多有關。
    最近如果打過針，請告訴您的外科醫師。
factor-hip-replacement-older-age =
    年紀較大的人，外科醫師可能會用骨水泥固定人工髖關節。
    這樣可以降低周圍骨頭骨折的風險。
    年紀較大的人，人工髖關節需要重做的情形也比較少。

## 髖關節鏡手術（從小傷口進行的手術）

option-hip-arthroscopy-name = 髖關節鏡手術（從小傷口進行的手術）
option-hip-arthroscopy-summary =
    在髖關節做的小傷口手術。
    外科醫師透過幾個小傷口，用很小的攝影機和器械進行手術。
    外科醫師可以修整多出來的骨頭，並修補或修剪髖臼邊緣撕裂的部分，也就是髖臼唇。
    手術時會全身麻醉，大多數人當天就可以回家。
option-hip-arthroscopy-regulatory =
    這是標準的手術。
    對於髖關節夾擠症，專家同意這是合理的選擇之一。
    和物理治療師一起做運動，是另一個選擇。
option-hip-arthroscopy-cost =
    我們找不到這種手術在美國的可靠價格。
    請問醫院和您的保險公司，您需要付多少錢。

step-hip-arthroscopy-assess =
    您的疼痛、身體檢查和影像檢查，都必須指向同一個問題。
    單是影像上看到撕裂還不夠，因為很多不痛的人也有撕裂。
step-hip-arthroscopy-operation =
    您會全身麻醉睡著。
    醫師會輕輕拉開您的腿，讓關節打開。
    外科醫師透過幾個小傷口，修整骨頭，並修補或修剪髖臼唇。
step-hip-arthroscopy-home = 大多數人當天就可以回家。
step-hip-arthroscopy-rehab = 您要拄拐杖幾個星期，並照著運動計畫做。

milestone-hip-arthroscopy-crutches = 不用再拄拐杖
milestone-hip-arthroscopy-desk-work = 回去做辦公室的工作
milestone-hip-arthroscopy-sport = 回去運動
milestone-hip-arthroscopy-full-benefit = 得到完整的效果（在這之前，髖關節都可能持續進步）

repeats-hip-arthroscopy =
    原則上只做一次。
    有些人之後同一側髖關節需要再開一次刀，或後來需要換人工髖關節。
    這些數字列在傷害的部分。

## 髖關節鏡手術：好處

outcome-hip-arthroscopy-ihot-pooled = iHOT 髖關節評分的平均進步
outcome-hip-arthroscopy-ihot-pooled-note =
    這來自針對髖關節夾擠症患者的試驗，其中很多人也有髖臼唇撕裂。
    兩組都有改善。
    手術多帶來的進步，接近病人能感覺到的最小變化。
outcome-hip-arthroscopy-fashion-12m = iHOT 髖關節評分比另一組多進步的分數
outcome-hip-arthroscopy-fashion-12m-note =
    這來自英國一個針對髖關節夾擠症患者的試驗。
    這個數字來自試驗主持外科醫師寫的摘要，我們無法核對它的確切範圍。
    在第一年，手術並沒有被證明是划算的。
outcome-hip-arthroscopy-hip-oa-benefit = 疼痛減輕，或髖關節活動改善
no-data-hip-arthroscopy-hip-oa-benefit =
    當關節炎已經開始，研究發現的進步比較小。
    我們沒有找到任何試驗，在有關節炎的人身上拿這種手術和物理治療比較。
outcome-hip-arthroscopy-hip-oa-delay = 延後換人工髖關節的需要
no-data-hip-arthroscopy-hip-oa-delay =
    沒有任何研究顯示，在已經有關節炎時，這種手術可以延後換人工髖關節。
    事實上，有關節炎的人在手術後不久就需要換人工髖關節的情形更常見。

## 髖關節鏡手術：傷害

outcome-hip-arthroscopy-major-complications = 手術造成嚴重的問題
outcome-hip-arthroscopy-minor-complications = 出現輕微的問題，例如關節表面刮傷，或會消退的麻木
outcome-hip-arthroscopy-nerve-palsy = 出現神經問題，例如麻木或無力
outcome-hip-arthroscopy-nerve-palsy-note =
    這個數字來自一篇規模比較大、涵蓋很多手術的回顧研究。
    我們只看到它的簡短摘要。
    它可能和輕微問題有重疊，因為輕微問題也包括會消退的麻木。
outcome-hip-arthroscopy-reoperation = 同一側髖關節需要再開一次刀
outcome-hip-arthroscopy-later-replacement = 後來需要換人工髖關節
outcome-hip-arthroscopy-later-replacement-note =
    比較低的數字來自經過挑選的研究族群。
    比較高的數字來自整個地區的所有人口。
outcome-hip-arthroscopy-later-replacement-arthritis = 在一年內需要換人工髖關節
outcome-hip-arthroscopy-later-replacement-arthritis-note =
    這是指已經有關節炎或軟骨磨損的年長者。
    它來自專家的回顧文章，不是試驗。

factor-hip-arthroscopy-existing-arthritis =
    如果關節炎已經開始，好處就比較小。
    手術後不久就需要換人工髖關節的情形也比較常見。
factor-hip-arthroscopy-older-age = 年紀較大的人，比較常在之後需要換人工髖關節。

## 髓心減壓手術

option-core-decompression-name = 髓心減壓手術
option-core-decompression-summary =
    這是針對股骨頭早期骨頭壞死、在塌陷之前做的手術。
    外科醫師在壞死的骨頭上，鑽一條比較粗的孔道，或幾條比較細的孔道。
    目的是減輕壓力，幫助骨頭癒合。
    手術後有一段時間，這條腿不能承受太多重量。
option-core-decompression-regulatory =
    這是標準的手術。
    美國一家大型保險公司認為，在股骨頭塌陷之前，這是必要的治療；但塌陷之後，就是沒有經過證實的治療。
option-core-decompression-cost =
    我們找不到這種手術的價格。
    美國一家大型保險公司會在股骨頭塌陷之前給付。
    請問您的保險公司，您需要付多少錢。

step-core-decompression-assess =
    用磁振造影（MRI）或X光確認分期。
    這種手術是給股骨頭還是圓形的髖關節做的。
step-core-decompression-operation =
    先幫您麻醉。
    外科醫師在骨頭壞死的部分，鑽一條比較粗的孔道，或幾條比較細的孔道。
step-core-decompression-protect =
    手術後有一段時間，這條腿不能承受太多重量。
    我們參考的資料沒有提到要多久。

repeats-core-decompression =
    我們沒有找到重做這種手術的研究。
    如果股骨頭塌陷，下一步常常是換人工髖關節。

## 髓心減壓手術：好處

outcome-core-decompression-no-progression-early = X光上沒有看到惡化
outcome-core-decompression-no-progression-early-note =
    這是最好的情況：最早期的分期，壞死範圍也小。
    它來自一個比較舊、沒有未治療組的研究。
outcome-core-decompression-collapse = 股骨頭還是塌陷了
outcome-core-decompression-collapse-note =
    這裡人數越少越好。
    這來自一個針對早期髖關節的大型研究，沒有未治療組可以比較。
    這類研究會追蹤病人幾年。
outcome-core-decompression-vs-no-operation = 效果比不開刀好
no-data-core-decompression-vs-no-operation =
    我們沒有找到拿這種手術和不開刀比較的研究。
    有些研究只看了接受治療的髖關節。
    其他研究則是和別種手術比較。

## 髓心減壓手術：傷害

outcome-core-decompression-harms = 手術的傷害
no-data-core-decompression-harms =
    我們參考的資料，沒有提供這種手術傷害的數字。
    任何手術都有風險。
    請問外科醫師可能發生哪些傷害，以及他們多常遇到。

factor-core-decompression-lesion-size = 股骨頭壞死範圍的大小很重要。範圍越大，手術後髖關節越可能塌陷。
factor-core-decompression-cause = 如果骨頭壞死是類固醇藥物造成的，比較可能塌陷。如果找不到原因，也比較可能塌陷。
factor-core-decompression-disease-duration = 這個病存在的時間越久，越可能塌陷。
