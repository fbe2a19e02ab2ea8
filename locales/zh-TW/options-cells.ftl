### 使用細胞的選擇：「幹細胞」注射，以及加上骨髓細胞的髓心減壓手術。
### 數字放在 crates/hipaid-core/content/options/；程式會把數字顯示在這些文字旁邊。

## 幹細胞注射

option-stem-cell-injection-name = 「幹細胞」注射
option-stem-cell-injection-summary =
    診所把細胞或組織打進髖關節裡或髖部附近。
    這些細胞可能來自您自己的骨髓或脂肪、來自實驗室，或來自捐贈者的新生兒組織。
    它們被當作「幹細胞」來賣，但裡面真正是幹細胞的很少。
    還沒有任何髖關節試驗拿它們和安慰劑注射比較過。
option-stem-cell-injection-regulatory =
    在美國，FDA 沒有核准任何幹細胞產品用在任何骨頭或關節問題。
    這也包括髖部疼痛和關節炎。
    如果在 FDA 監督的試驗之外向您收費，可能是違法販售的跡象。
    「在 FDA 登記」或「列為試驗」都不代表已經核准。
    歐洲的藥品管理機關也提醒大家，不要使用沒有經過證實的細胞治療。
option-stem-cell-injection-cost =
    這些價格是美國診所膝關節注射的價格。
    我們沒有找到髖關節的價格。
    保險公司通常不給付，所以全部都要自費。
    每多打一次，費用就會再增加。

variant-stem-cell-injection-bmac =
    骨髓濃縮液：用針從您的髖骨抽出骨髓。
    再用機器旋轉，把它濃縮。
    裡面只有極小部分的細胞是幹細胞。
variant-stem-cell-injection-adipose =
    脂肪來源的細胞：用抽脂的方式，從您身上取出脂肪。
    脂肪經過處理之後再打進去。
variant-stem-cell-injection-culture-expanded =
    實驗室培養的細胞：在實驗室裡培養細胞，讓數量變多很多。
    這些細胞算是藥物，販售之前需要經過核准。
variant-stem-cell-injection-birth-tissue =
    新生兒組織產品：用捐贈的臍帶血、臍帶，或包在胎兒周圍的羊水做成。
    它們不是您自己的細胞。

step-stem-cell-injection-collect =
    診所先取得材料。
    從您的骨盆（髖骨）抽骨髓，或用抽脂取出脂肪。
    捐贈的產品則是來自其他人。
step-stem-cell-injection-prepare = 材料經過旋轉或處理，常常是在同一天完成。
step-stem-cell-injection-inject =
    醫師把它打進髖關節裡。
    用超音波或X光影像幫忙引導針頭。
step-stem-cell-injection-after =
    您當天就可以回家。
    我們沒有找到研究說明事後需要休息多久。

repeats-stem-cell-injection =
    診所常常提供重複注射或「加強針」。
    還沒有任何研究在髖關節測試過重複打細胞。
    所以兩次之間要隔多久，並沒有經過證實。
    每打一次，就多一筆費用，也多一份風險。

## 幹細胞注射：好處

outcome-stem-cell-injection-registry-improvement = 病人自評髖關節平均好了多少（以百分比表示）
outcome-stem-cell-injection-registry-improvement-note =
    這來自一家販售這種注射的公司所保存的紀錄。
    沒有比較組，而且是病人自己評分。
    在試驗中，安慰劑注射也能減輕疼痛。
    所以我們無法知道有多少是細胞帶來的。
outcome-stem-cell-injection-registry-pain = 疼痛分數的平均變化（越低代表越不痛）
outcome-stem-cell-injection-registry-pain-note =
    這來自同一家公司的紀錄，沒有比較組。
    疼痛減輕了一點，但沒有消失。
    在試驗中，安慰劑注射也能減輕疼痛。
outcome-stem-cell-injection-registry-oxford = 牛津髖關節評分的平均進步
outcome-stem-cell-injection-registry-oxford-note =
    這來自同一家公司的紀錄，沒有比較組。
    病人平均被追蹤不到一年。
outcome-stem-cell-injection-hip-oa-controlled = 疼痛減輕得比安慰劑注射多
no-data-stem-cell-injection-hip-oa-controlled =
    還沒有任何試驗在髖關節拿細胞注射和安慰劑注射比較。
    在一個膝關節試驗中，骨髓細胞的效果沒有比生理食鹽水好。
    膝關節試驗也發現，影像上的軟骨並沒有比比較組好。
outcome-stem-cell-injection-avn-benefit = 疼痛減輕，或髖關節活動改善
no-data-stem-cell-injection-avn-benefit =
    我們沒有找到單獨用細胞注射治療這種病的研究。
    細胞只在外科醫師開刀時把它放進骨頭裡的情況下測試過。
    請參考「加上骨髓細胞的髓心減壓手術」。
outcome-stem-cell-injection-avn-collapse = 股骨頭沒有塌陷
no-data-stem-cell-injection-avn-collapse =
    我們沒有找到任何研究顯示，打進關節裡的注射可以減緩或阻止塌陷。
outcome-stem-cell-injection-labral-tear-benefit = 疼痛減輕，或髖關節活動改善
no-data-stem-cell-injection-labral-tear-benefit =
    我們沒有找到細胞注射治療髖臼唇撕裂的試驗。
    一篇髖關節注射研究的回顧，完全沒有找到細胞的試驗。
outcome-stem-cell-injection-labral-tear-repair = 撕裂的髖臼唇癒合
no-data-stem-cell-injection-labral-tear-repair =
    沒有任何研究顯示，打進去的細胞可以修補撕裂的髖臼唇。
    而且，很多髖部不痛的人，影像上也有撕裂。
outcome-stem-cell-injection-gtps-benefit = 髖部外側的疼痛減輕
no-data-stem-cell-injection-gtps-benefit =
    我們沒有找到細胞注射治療這種疼痛的試驗。
    運動和其他注射則有試驗測試過。

## 幹細胞注射：傷害

outcome-stem-cell-injection-registry-adverse-events = 出現副作用（都不嚴重）
outcome-stem-cell-injection-registry-adverse-events-note =
    這來自公司的紀錄，是病人自己通報的。
    紀錄沒有說明有多少人中途退出。
outcome-stem-cell-injection-joint-pain = 打針後關節疼痛
outcome-stem-cell-injection-joint-pain-note =
    這個數字來自膝關節研究，不是髖關節研究。
    我們沒有找到髖關節打細胞後疼痛的數字。
outcome-stem-cell-injection-joint-fluid = 打針後關節積水
outcome-stem-cell-injection-joint-fluid-note =
    這個數字來自膝關節研究，不是髖關節研究。
    積水和腫脹是分開計算的，所以同一個人可能兩邊都被算到。
outcome-stem-cell-injection-joint-swelling = 打針後關節腫脹
outcome-stem-cell-injection-joint-swelling-note =
    這個數字來自膝關節研究，不是髖關節研究。
    腫脹和積水是分開計算的，所以同一個人可能兩邊都被算到。
outcome-stem-cell-injection-harvest-major = 在髖骨抽骨髓的地方出現嚴重問題
outcome-stem-cell-injection-harvest-major-note =
    這只適用於從您自己的髖骨抽骨髓的情況。
    數字來自一家醫院的紀錄。
    那個部位出現輕微問題的情形比較常見。
    有些人在那裡也會痛幾天、持續疼痛，或出現神經痛。
outcome-stem-cell-injection-serious-harms = 通報給衛生主管機關的嚴重傷害
no-data-stem-cell-injection-serious-harms =
    FDA 收到過通報：有人使用未經核准的細胞產品後失明、長腫瘤或感染。
    歐洲的藥品管理機關表示，有些人因此死亡。
    在美國，受細菌污染的臍帶血產品讓一些人住院。
    沒有人知道這種事有多常發生。

factor-stem-cell-injection-younger-age =
    在公司的紀錄中，比較年輕的人比較常說自己有改善。
    因為沒有比較組，這不一定是細胞的效果。

## 加上骨髓細胞的髓心減壓手術

option-core-decompression-cells-name = 加上骨髓細胞的髓心減壓手術
option-core-decompression-cells-summary =
    和髓心減壓手術一樣是鑽孔手術，只是多了一個步驟。
    從您的髖骨抽出骨髓，加以濃縮。
    外科醫師再把它放進壞死骨頭上鑽出的孔道裡。
    這是給股骨頭還沒有塌陷的髖關節做的。
option-core-decompression-cells-regulatory =
    鑽孔本身是標準的手術。
    加上細胞則不是經過核准的治療。
    FDA 表示，沒有任何細胞或「再生」產品被核准用在任何骨頭或關節問題。
    美國一家大型保險公司把加上的細胞稱為「研究性質」，意思是還沒有經過證實。
    請問清楚，這些細胞是不是在研究計畫中使用的。
option-core-decompression-cells-cost =
    我們找不到這種手術的價格。
    美國一家大型保險公司不把加上的細胞當作經過證實的治療。
    請問您的保險公司會給付哪些部分，以及您要付多少。

step-core-decompression-cells-assess =
    用磁振造影（MRI）或X光確認分期。
    這種手術是給股骨頭還是圓形的髖關節做的。
step-core-decompression-cells-harvest =
    先幫您麻醉。
    用針從您的髖骨抽出骨髓，再旋轉濃縮裡面的細胞。
step-core-decompression-cells-operation =
    外科醫師在股骨頭壞死的部分鑽孔。
    再把細胞放進孔道裡。
step-core-decompression-cells-protect =
    手術後有一段時間，這條腿不能承受太多重量。
    我們參考的資料沒有提到要多久。

repeats-core-decompression-cells =
    我們沒有找到重做這種手術的研究。
    如果股骨頭塌陷，下一步常常是換人工髖關節。

## 加上細胞的髓心減壓手術：好處

outcome-core-decompression-cells-progression = X光上病情變嚴重（進展到比較後面的分期）
outcome-core-decompression-cells-progression-note =
    這裡人數越少越好。
    這些研究把好幾種附加做法合在一起算：細胞、植骨和金屬棒。
    這個數字不是只有細胞的結果。
    這類研究會追蹤病人幾年。
outcome-core-decompression-cells-hhs-12m = 哈里斯髖關節評分比只鑽孔多增加的分數
outcome-core-decompression-cells-hhs-12m-note =
    這是多出來的進步，不是總共的進步。
    它來自幾個品質中等到偏低的小型試驗。
outcome-core-decompression-cells-collapse = 股骨頭沒有塌陷
no-data-core-decompression-cells-collapse =
    綜合分析的研究發現，加上細胞時，塌陷的髖關節比較少。
    但這些研究沒有提供可以用「每一百人中有幾人」來顯示的數字。
    很多研究有缺點，可能讓治療看起來比實際上更好。
outcome-core-decompression-cells-replacement = 後來不需要換人工髖關節
no-data-core-decompression-cells-replacement =
    試驗發現，加上細胞時，換人工髖關節的人稍微少一些。
    但這個差別可能只是巧合。

## 加上細胞的髓心減壓手術：傷害

outcome-core-decompression-cells-harvest-major = 在髖骨抽骨髓的地方出現嚴重問題
outcome-core-decompression-cells-harvest-major-note =
    這個數字和接下來幾個數字，都來自一家醫院的紀錄。
    它們計算的是每一次用針從髖骨抽骨髓。
outcome-core-decompression-cells-harvest-minor = 抽骨髓的地方出現輕微問題
outcome-core-decompression-cells-harvest-minor-note =
    紀錄也把疼痛和神經痛分開計算。
    其中有些可能也被算在輕微問題裡。
    所以請不要把這些數字加起來。
outcome-core-decompression-cells-harvest-early-pain = 抽骨髓的地方在事後不久疼痛
outcome-core-decompression-cells-harvest-lasting-pain = 抽骨髓的地方持續疼痛
outcome-core-decompression-cells-harvest-nerve-pain = 抽骨髓的地方附近出現神經痛
outcome-core-decompression-cells-surgery-harms = 鑽孔手術本身的傷害
no-data-core-decompression-cells-surgery-harms =
    我們參考的資料，沒有提供手術本身傷害的數字。
    任何手術都有風險。
    請問外科醫師可能發生哪些傷害，以及他們多常遇到。

factor-core-decompression-cells-lesion-size =
    股骨頭壞死範圍的大小很重要。範圍越大，手術後髖關節越可能塌陷。
factor-core-decompression-cells-cause =
    如果骨頭壞死是類固醇藥物造成的，比較可能塌陷。
    如果找不到原因，也比較可能塌陷。
