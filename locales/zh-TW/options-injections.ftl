### 注射類的選擇：類固醇、玻尿酸（凝膠）和高濃度血小板血漿（PRP）。
### 數字放在 crates/hipaid-core/content/options/steroid-injection.toml、
### hyaluronic-acid.toml 和 prp.toml。程式會把每個數字顯示在標籤旁邊；
### 這些文字裡從不寫數字。

## 類固醇注射

option-steroid-injection-name = 類固醇注射
option-steroid-injection-summary = 醫師注射類固醇，這是一種能消腫的強效藥物。
    通常會和麻藥混在一起打。
    如果問題在關節裡面，就打進髖關節裡。
    會用超音波或X光影像引導針頭。
    如果是髖部外側疼痛，就改打在疼痛的肌腱附近。
    只要去一次。
    如果有緩解，通常維持幾個星期到幾個月，不會好幾年。
option-steroid-injection-regulatory = 類固醇是已核准的藥物。
    大部分髖關節炎的治療指引都有把它列入，用來短期緩解疼痛。
option-steroid-injection-cost = 我們找不到髖關節類固醇注射的可靠價格。
    我們無法確認保險是否給付。
    預約之前，請先問您的診所和保險公司。
repeats-steroid-injection = 可以重複打，但有限制。
    英國英格蘭的建議是，兩次注射之間至少間隔 { $gap }。
    也建議同一個部位一年內不要超過 { $max } 次。
    醫師也會考慮上一次打針的效果好不好。

step-steroid-injection-check = 醫師會確認這種注射適不適合您。
    如果您有糖尿病、感染，或已經安排要開刀，請告訴醫師。
step-steroid-injection-image = 如果要打進關節裡，醫師會用超音波或X光影像。
    這樣可以引導針頭打到髖關節深處。
step-steroid-injection-inject = 先清潔皮膚。
    醫師注射類固醇和麻藥。
step-steroid-injection-after = 如果類固醇有幫助，常常在幾天內就開始見效。
    如果發燒、紅腫，或疼痛一直加重，請立刻就醫。

factor-steroid-injection-diabetes = 如果您有糖尿病，血糖很可能會升高幾天。
    頭一兩天升得最高。
    如果您的血糖控制得不好，或有在打胰島素，血糖會升得更多。
    請和您的醫療團隊討論怎麼監測血糖。
factor-steroid-injection-replacement-planned = 如果您在接下來幾個月內可能換人工髖關節，請討論打針的時機。
    在髖關節打針後不久就換人工髖關節，感染的風險比較高。
    研究發現，間隔時間比較長時，就沒有多出來的風險。
factor-steroid-injection-repeated-injections = 長期打很多次，可能會傷害關節。
    在一個膝關節研究中，好幾年定期打針，軟骨流失得比打生理食鹽水多。
    軟骨是包在骨頭末端那層光滑的組織。
    這些注射也沒有帶來長期的止痛效果。
    我們不知道髖關節會不會也這樣。
factor-steroid-injection-joint-swelling = 在一個試驗中，這種注射對某些人的幫助比較大。
    當影像檢查顯示關節裡面有腫脹或積水時，幫助比較大。

outcome-steroid-pain-relief-2m = 疼痛明顯減輕（至少減輕五分之一）
outcome-steroid-pain-relief-2m-note = 這是一個小型試驗。
    試驗沒有納入糖尿病患者。
    安慰劑組改善的程度比大多數試驗少，所以這個數字可能高估了好處。
    安慰劑注射裡是麻藥和生理食鹽水。
outcome-steroid-pain-half-2m = 疼痛大幅減輕（至少減輕一半）
outcome-steroid-pain-half-2m-note = 這是同一個小型試驗。
    可能高估了好處。
outcome-steroid-pain-relief-3m = 疼痛明顯減輕（至少減輕五分之一）
outcome-steroid-pain-relief-3m-note = 這是同一個小型試驗，後來再檢查的結果。
    一篇規模比較大的回顧研究發現，在這個時間點有好處，但之後的檢查就沒有了。
outcome-steroid-extra-vs-advice = 疼痛分數比另一組多降低的部分
outcome-steroid-extra-vs-advice-note = 這個數字是兩組之間的差別。
    是打針後幾個月內的平均值。
    不是總共的變化。
    兩組都有得到建議和衛教資料。
outcome-steroid-extra-vs-numbing = 疼痛分數比另一組多降低的部分
outcome-steroid-extra-vs-numbing-note = 類固醇只比打麻藥的針好一點點。
    這個試驗無法排除兩者其實沒有差別的可能。
    所以有一部分好處，可能只是因為有打針。
outcome-steroid-fai-benefit = 疼痛減輕
no-data-steroid-fai-benefit = 對於髖關節夾擠症或髖臼唇撕裂，只有一個小型試驗測試過。
    我們沒有從中找到可以顯示的數字。
    就算有緩解，預期也只是短期的。
outcome-steroid-gtps-success-8w = 表示治療有效（依照這個試驗自己定的成功標準）
outcome-steroid-gtps-success-8w-note = 這裡的注射是打在髖部旁邊、疼痛的肌腱附近，不是打進關節裡。
    在同一個試驗中，衛教和運動計畫在這個時間點的效果比打針好。
outcome-steroid-gtps-recovered-3m = 表示已經康復
outcome-steroid-gtps-recovered-12m = 表示已經康復
outcome-steroid-gtps-recovered-12m-note = 到這個時候，接受一般照護的人已經追上來了。
    打針讓疼痛比較快緩解，但沒有長久的好處。
outcome-steroid-inflammatory-benefit = 關節的疼痛和腫脹減輕
no-data-steroid-inflammatory-benefit = 當用了藥物，仍有一個或幾個關節持續發炎時，專家接受在關節打針。
    我們沒有找到髖關節的數字。
    主要的治療是作用在全身的藥物。
outcome-steroid-septic-arthritis = 關節裡面被細菌感染（化膿性關節炎），需要緊急治療
outcome-steroid-septic-arthritis-note = 這很少見。
    數字來自大型的病歷紀錄研究。
    有一個研究發現，發生率並沒有比沒打針的類似病人高。
    如果發燒、紅腫，或疼痛一直加重，請立刻就醫。
outcome-steroid-rapid-joint-damage = 關節損傷非常快速地惡化
outcome-steroid-rapid-joint-damage-note = 醫師稱這種情形為快速惡化的關節炎。
    這個數字來自一篇病歷紀錄的回顧，病人在打針前後都有影像檢查。
    有些經過挑選的族群，報告的發生率比較高。
    但試驗中沒有報告這個問題。
    一個有配對比較組的研究，沒有發現多出來的損傷。
    打針後多久發生，報告得不清楚。
    真正的風險還不確定。
outcome-steroid-replacement-infection = 打針後不久換的人工髖關節發生感染
outcome-steroid-replacement-infection-note = 這只適用於打針後幾個月內就換人工髖關節的情況。
    比較組的數字是估計值。
    間隔時間比較長時，研究沒有發現多出來的風險。
outcome-steroid-flare = 打針後疼痛短暫加劇
outcome-steroid-flare-note = 疼痛加劇會在幾個小時內開始，通常一天內就會緩和。
    這是常被引用的數字。
    我們沒有找到計算這件事的髖關節研究。
outcome-steroid-gtps-flare = 打針後疼痛短暫加劇
no-data-steroid-gtps-flare = 我們沒有找到在髖部這個位置打針後疼痛加劇的統計。
    在一個肩膀肌腱附近打針的研究中，很多人的疼痛短時間內增加。
    那個研究用的是不同的測量方式。

## 玻尿酸（凝膠）注射

option-hyaluronic-acid-name = 玻尿酸（凝膠）注射
option-hyaluronic-acid-summary = 醫師把一種凝膠打進髖關節裡。
    會用影像檢查引導針頭。
    這種凝膠是為了讓關節活動得更順。
    有些產品打一針就好，有些要打一個短療程。
    良好的試驗發現，它的效果沒有比打生理食鹽水的安慰劑注射好。
    很多人打了任何一種針都會覺得比較好，就算是安慰劑也一樣。
option-hyaluronic-acid-regulatory = 我們沒有找到主管機關對這類凝膠用在髖關節的聲明。
    我們找到的美國給付規定，只給付用在膝關節。
    所以髖關節的注射通常要自費。
option-hyaluronic-acid-cost = 我們找不到髖關節玻尿酸注射的可靠價格。
    我們找到的保險規定只給付膝關節，所以您很可能要自費。
    請先問清楚整個療程的總價。
repeats-hyaluronic-acid = 我們沒有找到在髖關節重複注射的規定或研究。

step-hyaluronic-acid-check = 醫師會檢查您的髖關節。
    醫師會說明是哪一種產品，以及需要打幾針。
step-hyaluronic-acid-image = 用超音波或X光影像，引導針頭打到髖關節深處。
step-hyaluronic-acid-inject = 醫師把凝膠打進關節裡。
step-hyaluronic-acid-course = 有些產品需要打一個療程，每針之間間隔固定的時間。

factor-hyaluronic-acid-insurance = 如果您有美國的保險，請先確認。
    我們找到的給付規定，給付的是膝關節的凝膠注射，不是髖關節。
factor-hyaluronic-acid-replacement-planned = 如果您可能很快要換人工髖關節，請問清楚打針的時機。
    研究發現，在髖關節打針後不久就換人工髖關節，感染比較多。
    這些研究大多是針對類固醇注射。
    是否也適用於其他注射，目前還有爭議。
factor-hyaluronic-acid-placebo-response = 打任何關節針之後，疼痛常常都會減輕，就算打的是生理食鹽水也一樣。
    這種效果可能持續好幾個月。
    所以打了凝膠後覺得比較好，並不能證明是凝膠有效。

outcome-hyaluronic-acid-benefit = 疼痛減輕或活動改善得比安慰劑注射多
no-data-hyaluronic-acid-benefit = 良好的試驗拿凝膠和打生理食鹽水的安慰劑注射比較。
    沒有任何試驗發現，凝膠在打針後幾個月內，比較能減輕疼痛或改善活動。
    所以沒有好處的數字可以顯示。
    兩組的人常常都覺得比較好，因為打任何一種針都可能有一陣子的幫助。
outcome-hyaluronic-acid-injection-pain = 打針的地方短暫疼痛
outcome-hyaluronic-acid-injection-pain-note = 這來自一群只打一針凝膠的病人。
    沒有比較組。
    研究沒有清楚說明追蹤這件事多久。
outcome-hyaluronic-acid-side-effects = 出現其他副作用
no-data-hyaluronic-acid-side-effects = 在試驗中，凝膠和安慰劑注射的副作用差不多一樣常見。
    我們用的摘要沒有提供數字。
outcome-hyaluronic-acid-septic-arthritis = 關節裡面被細菌感染（化膿性關節炎），需要緊急治療
outcome-hyaluronic-acid-septic-arthritis-note = 這個數字是在類固醇注射後測量的。
    任何打進關節的針，都可能讓細菌跑進去。
    凝膠的風險沒有單獨計算。

## 高濃度血小板血漿（PRP）注射

option-prp-name = 高濃度血小板血漿（PRP）注射
option-prp-summary = 從您的手臂抽血。
    用機器旋轉血液，收集血小板。血小板是血液裡幫助傷口癒合的微小成分。
    醫師用超音波引導，把它打進髖部。
    診所常常賣好幾針的療程。
    在唯一一個設有安慰劑注射組的髖關節試驗中，PRP 的效果沒有比生理食鹽水好。
    對於髖部外側疼痛，有一個試驗發現它比類固醇注射效果好。
option-prp-regulatory = PRP 是在診所用您自己的血液做成的。
    我們沒有找到 PRP 被核准用來治療髖關節炎或髖部外側疼痛。
    髖關節炎的治療指引建議不要使用。
    有些診所稱 PRP 為再生治療，意思是能讓組織重新長回來的治療。
    美國的藥物主管機關表示，沒有任何再生治療被核准用在任何骨頭或關節問題。
option-prp-cost = 因為保險不給付，通常要自費。
    這裡顯示的是一針的價格。
    這是美國醫院的一般價格，但有些收得比較少，有些收得比較多。
    診所常常賣好幾針的療程，所以請先問清楚總價。
repeats-prp = 一個療程常常是好幾針，常常每週打一次。
    我們沒有找到重複做療程的研究。

variant-prp-leukocyte-rich = 富含白血球的 PRP：保留比較多的白血球。
variant-prp-leukocyte-poor = 少白血球的 PRP：大部分白血球都被去除。

step-prp-blood = 護理師或醫師從您的手臂抽一些血。
step-prp-spin = 機器旋轉血液，把血小板分離出來。
step-prp-inject = 醫師用超音波引導，把 PRP 打進髖關節裡或髖部旁邊。
step-prp-course = 您可能要回來再打幾針，常常間隔一週。

factor-prp-placebo-response = 打任何針之後，疼痛常常都會減輕，就算打的是生理食鹽水也一樣。
    在那個髖關節試驗中，打生理食鹽水的人和打 PRP 的人改善得一樣多。
    所以打了 PRP 後覺得比較好，並不能證明是 PRP 有效。
factor-prp-arthritis-grade = 唯一一個設有安慰劑注射組的髖關節試驗，對象是輕度或中度關節炎的人。
    對於嚴重的關節炎，我們知道得更少。
factor-prp-preparation = 各家診所製作 PRP 的方法不同。
    血小板和白血球的含量都不一樣。
    這讓結果很難比較。
    請問您的診所是怎麼做的。
factor-prp-cost = 保險通常不給付。
    診所常常賣好幾針的療程，所以費用會越加越多。
factor-prp-replacement-planned = 如果您可能很快要換人工髖關節，請問清楚打針的時機。
    研究發現，在髖關節打針後不久就換人工髖關節，感染比較多。
    這些研究大多是針對類固醇注射。
    是否也適用於其他注射，目前還有爭議。

outcome-prp-hip-oa-vs-saline = 疼痛減輕得比打生理食鹽水多
no-data-prp-hip-oa-vs-saline = 只有一個小型的髖關節試驗，拿 PRP 和打生理食鹽水的安慰劑注射比較。
    兩組都有改善，PRP 在每一次檢查都沒有比較好。
    我們沒有從中找到可以顯示的數字。
    其他髖關節研究都沒有比較組。
outcome-prp-knee-pain-vs-saline = 疼痛分數的變化（膝關節研究）
outcome-prp-knee-pain-vs-saline-note = 這個大型試驗是在膝關節，不是髖關節。
    PRP 和生理食鹽水讓疼痛減輕的程度差不多。
    膝關節的結果不一定適用於髖關節。
outcome-prp-gtps-vs-steroid = 達到明顯改善（依照這個試驗自己的標準）
outcome-prp-gtps-vs-steroid-note = 這個試驗的對象，是髖部外側肌腱疼痛的人。
    它拿 PRP 和類固醇注射比較。
    沒有安慰劑注射組，所以我們無法知道有多少效果是 PRP 本身帶來的。
    頭幾個星期，兩組的情況差不多。
    有些人打類固醇沒效，之後改打 PRP。
outcome-prp-hip-oa-side-effects = 打針後疼痛或腫脹
no-data-prp-hip-oa-side-effects = 針對髖關節 PRP 的回顧研究，報告的大多是輕微的問題。
    這些問題是打針的地方疼痛或腫脹。
    回顧研究沒有發現嚴重的傷害。
    沒有任何資料來源說明這些輕微問題多常發生。
outcome-prp-septic-arthritis = 關節裡面被細菌感染（化膿性關節炎），需要緊急治療
outcome-prp-septic-arthritis-note = 這個數字是在類固醇注射後測量的。
    任何打進關節的針，都可能讓細菌跑進去。
    PRP 的風險沒有單獨計算。
outcome-prp-gtps-side-effects = 出現副作用
no-data-prp-gtps-side-effects = 我們用的試驗摘要沒有報告副作用。
    對於這種用途，我們也沒有找到其他統計。
