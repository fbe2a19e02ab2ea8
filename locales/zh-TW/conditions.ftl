### 疾病：名稱、簡介、怎麼發現、不治療會怎麼樣、分期、每種治療選擇怎麼用在
### 每種疾病，以及疾病數字的標籤。數字不在這裡：數字放在
### crates/hipaid-core/content/conditions/，程式會把數字顯示在這些文字旁邊。
### 用字淺白，約國中程度。不寫阿拉伯數字。
### 數字標籤說明「計算的是什麼」；程式會在前面加上「每 100 人中有 N 人」，
### 並在旁邊顯示追蹤時間和可信度。標籤要寫成可以接在「…人」後面的動詞片語。

## 髖關節退化性關節炎

condition-hip-oa-name = 髖關節退化性關節炎（關節磨損造成的關節炎）
condition-hip-oa-summary =
    髖關節的骨頭末端，包著一層光滑的組織，叫做軟骨。
    得了退化性關節炎，這層軟骨會磨薄。髖關節可能會痛、變得僵硬，活動也比較不靈活。
    年紀越大，越常見。
condition-hip-oa-diagnosis =
    醫師或物理治療師通常聽您描述情況、再做檢查，就能判斷。
    如果您是中年或更年長，疼痛在活動時出現，而且早上的僵硬時間很短（半小時以內），這樣通常就足夠判斷。
    不一定需要照X光。
    當症狀不太典型，或想了解關節變化有多大時，X光可以幫上忙。
    X光的結果和疼痛程度不一定相符。有些人關節變化很大，卻不太痛。
condition-hip-oa-course =
    髖關節炎隨著時間怎麼變化，每個人差別很大。
    有些人很長一段時間都差不多。有些人則越來越嚴重，
    其中一些人會選擇換人工髖關節。很難事先知道您會往哪個方向發展。
    這裡的數字，來自長期追蹤一大群人的研究。

stage-hip-oa-kl-1-name = 第一級：不確定
stage-hip-oa-kl-1-description =
    X光可能顯示骨頭之間的空隙稍微變窄一點點，或有一個很小的骨頭突起。
    還不能確定這就是關節炎。
stage-hip-oa-kl-2-name = 第二級：輕度
stage-hip-oa-kl-2-description =
    骨頭之間的空隙稍微變窄了。長出了小小的骨頭突起（骨刺）。
    軟骨下面的骨頭可能稍微變硬。
    研究通常從這一級開始算是關節炎。
stage-hip-oa-kl-3-name = 第三級：中度
stage-hip-oa-kl-3-description =
    骨頭之間的空隙明顯變窄了。骨刺變多了。
    軟骨下面的骨頭變硬了，可能有小洞（囊腫）。
    關節可能開始變形。
stage-hip-oa-kl-4-name = 第四級：重度
stage-hip-oa-kl-4-description =
    骨頭之間的空隙大部分都不見了。有很大的骨刺，
    關節也明顯變形了。

applies-hip-oa-exercise =
    在每個階段，運動都是主要的治療。主要的治療指引都建議髖關節炎的人運動。
    只要持續做，就會有幫助。
applies-hip-oa-watchful-waiting =
    您可以選擇先等等，看看髖關節的情況。
    通常有時間可以好好考慮。您隨時都可以改選其他的選擇。
applies-hip-oa-steroid-injection =
    類固醇注射在任何階段都可以用來短期止痛。
    效果通常在幾個月內就會消退。
    在換人工髖關節之前的幾個月內最好避免，因為可能會提高感染的風險。
applies-hip-oa-hyaluronic-acid =
    有些診所在任何階段都提供凝膠注射（玻尿酸）。
    主要的治療指引建議髖關節不要使用。
    良好的研究發現，它的效果沒有比安慰劑注射（假的針）好。
applies-hip-oa-prp =
    有些診所提供高濃度血小板血漿（PRP），這是用您自己的血液做成的注射。主要的治療指引不建議使用。
    唯一一個拿它和安慰劑注射比較的髖關節研究，發現兩者沒有差別。
applies-hip-oa-stem-cell-injection =
    有些診所販售治療髖關節炎的「幹細胞」注射。
    還沒有任何設有比較組的試驗，在髖關節測試過它們。
    治療指引不建議使用。美國的藥物主管機關沒有核准任何一種用在這個用途。
applies-hip-oa-hip-arthroscopy =
    當關節炎還不確定或是輕度時，有時會建議做關節鏡手術（從小傷口進行的手術）。
    一旦已經有關節炎，好處就比較小。
    這些人也往往比較早需要換人工髖關節。
applies-hip-oa-hip-replacement =
    當關節炎是中度或重度時，可以選擇換人工髖關節。
    在一個針對嚴重關節炎的試驗中，換人工髖關節帶來的改善，比肌力訓練計畫大得多。
    這是大手術，有實際的風險。

figure-hip-oa-lifetime-risk = 在 { $ageTo } 歲以前，會得到引起疼痛或僵硬的髖關節炎
figure-hip-oa-hip-symptoms-45 = 有髖部疼痛、痠痛或僵硬（{ $ageFrom } 歲以上）
figure-hip-oa-xray-45 = 在X光上看得到髖關節炎的跡象（{ $ageFrom } 歲以上）
figure-hip-oa-symptomatic-45 = 有X光看得到、而且會引起疼痛或僵硬的髖關節炎（{ $ageFrom } 歲以上）
figure-hip-oa-symptomatic-75 = 有X光看得到、而且會引起疼痛或僵硬的髖關節炎（{ $ageFrom } 歲以上）
figure-hip-oa-severe-xray-45 = 在X光上看得到嚴重的髖關節炎（{ $ageFrom } 歲以上）
figure-hip-oa-new-symptomatic-45 = 在一年內新得到引起疼痛或僵硬的髖關節炎（{ $ageFrom } 歲以上）
figure-hip-oa-new-xray-45 = 在一年內於X光上新出現髖關節炎的跡象（{ $ageFrom } 歲以上）
figure-hip-oa-new-severe-xray-45 = 在一年內於X光上新出現嚴重的髖關節炎（{ $ageFrom } 歲以上）
figure-hip-oa-world-prevalence = 患有髖關節炎（全世界）
figure-hip-oa-world-new-cases = 在一年內新得到髖關節炎（全世界）
figure-hip-oa-replacement-after-exercise-2y = 參加運動和衛教建議的計畫之後，換了人工髖關節
figure-hip-oa-replacement-waitlisted-2y = 參加同樣的計畫之後，換了人工髖關節（原本就在排隊等候換人工髖關節的人）

## 股骨頭失去血液供應（股骨頭缺血性壞死）

condition-avn-name = 股骨頭失去血液供應（股骨頭缺血性壞死）
condition-avn-summary =
    大腿骨的頂端是一個球狀的部分，叫做股骨頭。股骨頭有一部分失去了血液供應。
    沒有血液，那部分的骨頭就會壞死。時間久了，股骨頭可能會裂開、塌陷。
    之後關節就可能磨損。這個問題大多發生在青壯年和中年人身上。
condition-avn-diagnosis =
    磁振造影（MRI）可以在早期就發現，那時X光看起來還是正常的。
    到了後期，X光就會看到骨頭的變化。
    醫師會替它分期。分期說明股骨頭是否已經開始塌陷，以及塌陷了多少。
    等到發現的時候，很多髖關節已經開始塌陷了。
    有時是在還不會痛的髖關節發現的。
condition-avn-course =
    如果不治療，這個問題常常會隨著時間變嚴重。
    變化多快，很大程度要看壞死的範圍有多大、在什麼位置。
    小範圍的壞死常常可以穩定好幾年。大範圍的壞死常常在幾年內就塌陷。
    股骨頭一旦塌陷，關節往往會磨損，很多人需要換人工髖關節。
    任何一個髖關節會怎麼發展，都很難預測。

stage-avn-arco-1-name = 第 I 期：只有磁振造影看得到
stage-avn-arco-1-description =
    X光看起來正常。磁振造影或骨頭掃描可以看到壞死的區域。
    股骨頭的形狀還是正常的。
stage-avn-arco-2-name = 第 II 期：X光看得到，股骨頭還是圓的
stage-avn-arco-2-description =
    X光顯示骨頭有變化，例如比較緻密的斑塊或小洞。
    表面底下還沒有裂縫，股骨頭也還沒有開始變扁。
stage-avn-arco-3a-name = 第 IIIA 期：早期塌陷
stage-avn-arco-3a-description =
    股骨頭表面底下出現了裂縫。
    股骨頭還沒有下陷，或只下陷一點點：兩毫米以內。
stage-avn-arco-3b-name = 第 IIIB 期：塌陷
stage-avn-arco-3b-description =
    股骨頭表面底下出現了裂縫。
    股骨頭下陷超過兩毫米。
stage-avn-arco-4-name = 第 IV 期：關節炎
stage-avn-arco-4-description =
    關節已經開始磨損，就像退化性關節炎一樣。
    股骨頭和髖臼之間的空隙變窄了，髖臼也有變化。

applies-avn-exercise =
    運動可以讓肌肉保持有力，讓髖關節保持活動。但運動不能讓血液重新流到骨頭。
    我們沒有找到任何研究測試過運動對這個問題的效果。
applies-avn-watchful-waiting =
    有些人選擇定期檢查，觀察髖關節的變化。
    如果壞死的範圍小，股骨頭常常可以好幾年都保持完整。
    如果範圍大，股骨頭常常在幾年內就塌陷。
applies-avn-stem-cell-injection =
    單獨把細胞打進關節裡，還沒有針對這個問題測試過。
    在研究中，細胞是在鑽孔手術時放進骨頭裡，這種手術叫做髓心減壓手術。
    那是另一個選擇。
applies-avn-hip-replacement =
    當股骨頭已經開始塌陷，或關節已經磨損時，可以選擇換人工髖關節。
    有一篇回顧研究認為，股骨頭下陷超過兩毫米時，比較適合換人工髖關節。
applies-avn-core-decompression =
    在股骨頭塌陷之前，外科醫師可以在壞死的骨頭上鑽孔。
    目的是減輕壓力，幫助骨頭癒合。
    這只用在這些早期階段。有些髖關節做了之後還是會塌陷。
applies-avn-core-decompression-cells =
    在股骨頭塌陷之前，可以在髓心減壓手術中，加上取自您自己骨髓的細胞。
    研究顯示，和只鑽孔相比，塌陷的髖關節可能比較少。
    但不清楚是否能讓比較少人需要換人工髖關節。
    證據只算普通。有些保險公司認為這還屬於實驗性治療。

figure-avn-new-cases-us = 美國每年新發現有這個問題的成人（大多是青壯年或中年人）
figure-avn-collapsed-at-diagnosis = 在發現這個問題時，股骨頭已經塌陷
figure-avn-collapse-type-a-2y = 股骨頭塌陷（一開始股骨頭還完整；壞死範圍最小，A 型）
figure-avn-collapse-type-a-5y = 股骨頭塌陷（一開始股骨頭還完整；壞死範圍最小，A 型）
figure-avn-collapse-type-b-2y = 股骨頭塌陷（一開始股骨頭還完整；壞死範圍小，B 型）
figure-avn-collapse-type-b-5y = 股骨頭塌陷（一開始股骨頭還完整；壞死範圍小，B 型）
figure-avn-collapse-type-c1-2y = 股骨頭塌陷（一開始股骨頭還完整；壞死範圍大，C-一型）
figure-avn-collapse-type-c1-5y = 股骨頭塌陷（一開始股骨頭還完整；壞死範圍大，C-一型）
figure-avn-collapse-type-c2-2y = 股骨頭塌陷（一開始股骨頭還完整；壞死範圍最大，C-二型）
figure-avn-collapse-type-c2-5y = 股骨頭塌陷（一開始股骨頭還完整；壞死範圍最大，C-二型）
figure-avn-silent-hip-becomes-painful = 髖部開始疼痛（一開始有這個問題、但不會痛的髖關節）
figure-avn-silent-hip-collapses = 股骨頭塌陷（一開始有這個問題、但不會痛的髖關節）
figure-avn-untreated-progresses = 沒有治療而變嚴重，其中大多數人後來需要換人工髖關節

## 髖臼邊緣的軟組織環撕裂（髖臼唇撕裂）

condition-labral-tear-name = 髖臼邊緣的軟組織環撕裂（髖臼唇撕裂）
condition-labral-tear-summary =
    髖臼唇是圍在髖臼（髖關節的凹槽）邊緣的一圈軟組織。
    它幫忙把股骨頭固定在原位。髖臼唇撕裂可能會引起疼痛。
    但很多撕裂完全不會痛。
condition-labral-tear-diagnosis =
    醫師會問您疼痛的情形，並檢查您的髖關節怎麼活動。
    磁振造影（MRI）可以看到撕裂。但在很多髖部不痛的人身上，影像檢查也會看到撕裂。
    所以影像上看到撕裂，只是整體情況的一部分。
    在考慮開刀之前，您的症狀和檢查結果需要和影像相符。
condition-labral-tear-course =
    撕裂如果不治療，隨著時間會怎麼樣，目前所知不多。
    很多撕裂從來不會痛。如果撕裂真的會痛，疼痛可能會緩和，也可能持續。
    撕裂可能同時伴隨一種叫做夾擠症的髖關節形狀問題，或早期的關節炎。
    這些都可能改變之後的發展。

stage-labral-tear-without-oa-name = 沒有關節炎
stage-labral-tear-without-oa-description =
    關節裡的軟骨狀況還很好。X光沒有看到關節炎。
stage-labral-tear-with-oa-name = 合併關節炎
stage-labral-tear-with-oa-description =
    關節炎也已經開始了：關節裡的軟骨開始磨薄。
    這會影響哪些治療可能有幫助。

applies-labral-tear-exercise =
    運動和物理治療通常是第一步。專家都同意這是適合的治療。
    目的是讓髖關節周圍的肌肉更有力，並減輕疼痛。
applies-labral-tear-watchful-waiting =
    很多人有撕裂，卻完全不會痛。影像上看到撕裂，不一定需要治療。
    您可以先看看情況，晚一點再決定。
applies-labral-tear-steroid-injection =
    在髖關節內打類固醇，可能可以短時間減輕疼痛。
    對於撕裂和夾擠症，只有一個小型研究測試過。
applies-labral-tear-stem-cell-injection =
    有些診所販售治療髖臼唇撕裂的「幹細胞」注射。
    我們沒有找到任何研究，探討這些注射對髖臼唇撕裂的效果。
    美國的藥物主管機關沒有核准任何一種用在任何骨頭或關節問題。
applies-labral-tear-hip-arthroscopy =
    關節鏡手術可以修補或修剪撕裂的髖臼唇。對一些沒有關節炎的人來說，這是一個選擇。
    髖關節夾擠症常常伴隨撕裂。在針對夾擠症患者的試驗中，
    手術和物理治療都有幫助。平均來說，手術的幫助稍微多一點。
applies-labral-tear-hip-replacement =
    如果已經出現關節炎，可以選擇換人工髖關節。
    一旦有關節炎，關節鏡手術的幫助就比較小。

figure-labral-tear-on-mri-no-pain = 在磁振造影上看得到髖臼唇撕裂（髖部不痛的人）
figure-labral-tear-cartilage-damage-no-pain = 在磁振造影上看得到軟骨受損（髖部不痛的人）
figure-labral-tear-young-no-pain = 在影像檢查上看得到髖臼唇撕裂（髖部不痛的年輕成人）
figure-labral-tear-pooled-no-pain = 在影像檢查上看得到髖臼唇撕裂或受損（不痛的髖關節；綜合多個研究的回顧）

## 髖關節夾擠症（股骨髖臼夾擠症，FAI）

condition-fai-name = 髖關節夾擠症：因為形狀的關係，股骨頭和髖臼互相摩擦（股骨髖臼夾擠症）
condition-fai-summary =
    髖關節的股骨頭或髖臼形狀不太尋常。
    股骨頭上多長出骨頭，叫做凸輪型（cam）。髖臼邊緣蓋得太多，叫做鉗夾型（pincer）。
    髖關節彎曲時，邊緣可能互相摩擦、夾擠。這可能會痛，也可能傷到髖臼的邊緣。
condition-fai-diagnosis =
    只有在三件事都相符時，醫師才會說是夾擠症：您的症狀、身體檢查，以及X光或其他影像檢查。
    這些髖關節形狀在不痛的人身上非常常見，在運動員身上更常見。
    所以單是影像上看到這種形狀，並不代表需要治療。
condition-fai-course =
    不開刀的話，大多數夾擠症的人即使過了很多年，也不會得到關節炎。
    有些人會，其中少數人後來需要換人工髖關節。
    無法確定誰會這樣。

stage-fai-without-oa-name = 沒有關節炎
stage-fai-without-oa-description =
    關節裡的軟骨狀況還很好。X光沒有看到關節炎。
stage-fai-with-oa-name = 合併關節炎
stage-fai-with-oa-description =
    關節炎也已經開始了：關節裡的軟骨開始磨薄。
    這會影響哪些治療可能有幫助。

applies-fai-exercise =
    物理治療和運動通常是第一步。專家都同意這是適合的選擇。
    在試驗中，病人做了之後有變好。平均來說，手術的幫助稍微多一點。
applies-fai-watchful-waiting =
    很多人有這種髖關節形狀，卻從來不會痛。
    經過很多年，夾擠症的人只有一部分會得到關節炎。
    您可以先看看情況，晚一點再決定。
applies-fai-steroid-injection =
    在髖關節內打類固醇，可能可以短時間減輕疼痛。
    對於夾擠症，只有一個小型研究測試過。
applies-fai-hip-arthroscopy =
    關節鏡手術可以修整骨頭的形狀，並修補髖臼的邊緣。
    對一些沒有關節炎的人來說，這是一個選擇。
    在試驗中，平均來說，它的幫助比物理治療稍微多一點。
    兩者的差距，接近病人能感覺到的最小變化。
applies-fai-hip-replacement =
    如果已經出現關節炎，可以選擇換人工髖關節。
    經過很多年，夾擠症的人當中只有一小部分需要換。

figure-fai-cam-shape-no-pain = 有凸輪型的形狀，也就是股骨頭上多長了骨頭（沒有症狀的髖關節）
figure-fai-cam-shape-athletes-no-pain = 有凸輪型的形狀（運動員沒有症狀的髖關節）
figure-fai-cam-shape-general-no-pain = 有凸輪型的形狀（一般人沒有症狀的髖關節）
figure-fai-pincer-shape-no-pain = 有鉗夾型的形狀，也就是髖臼邊緣蓋得太多（沒有症狀的髖關節）
figure-fai-painful-arthritis-25y = 得到會引起疼痛或僵硬的髖關節炎（沒有為了髖關節形狀開刀）
figure-fai-hip-replacement-25y = 換了人工髖關節（沒有為了髖關節形狀開刀）

## 髖部外側疼痛（大轉子疼痛症候群）

condition-gtps-name = 髖部外側疼痛（大轉子疼痛症候群，常被稱為滑囊炎）
condition-gtps-summary =
    這種疼痛出現在髖部的外側，不是在關節裡面。
    它常被稱為滑囊炎。但它主要來自臀部肌肉的肌腱，
    也就是肌腱連接到髖部側邊骨頭突起的地方。
    女性比男性常見。
condition-gtps-diagnosis =
    醫師通常聽您描述情況、再做檢查，就能發現。
    它常常和下背痛，或同一側的膝關節炎一起出現。
    影像檢查可以看到肌腱或滑囊的變化。滑囊是一個裝著液體的小墊子。
    但大多數不痛的人也有這些變化。所以身體檢查比影像檢查更重要。
condition-gtps-course =
    這種疼痛常常持續很久。很多人一年後還是會痛，
    很多人好幾年後還是會痛。有些人沒有治療也會好。
    目前不清楚誰會自己好起來。

applies-gtps-exercise =
    運動，加上怎麼讓肌腱適度受力的建議，通常是第一步。
    在一個試驗中，它在短期內有很好的效果。不需要打針。
applies-gtps-watchful-waiting =
    這種疼痛可能會自己緩和，但常常很慢。在一個研究中，很多人好幾年後還是會痛。
    您可以先等等，看看情況，晚一點再決定。
applies-gtps-steroid-injection =
    打在髖部旁邊（不是打進關節裡）的注射，可以減輕疼痛幾個星期。
    在一個試驗中，它一開始的幫助比較大。
    一年後，沒有打針的人情況也差不多。
applies-gtps-prp =
    有診所提供高濃度血小板血漿（PRP）治療這種疼痛，這是用您自己的血液做成的注射。
    有一個試驗拿它和類固醇注射比較，但沒有安慰劑注射組。
    所以不知道效果有多少是 PRP 本身帶來的。
applies-gtps-stem-cell-injection =
    有些診所販售治療這種疼痛的「幹細胞」注射。我們沒有找到任何研究，探討它們對這個問題的效果。
    美國的藥物主管機關沒有核准任何一種用在任何骨頭或關節問題。

figure-gtps-women-one-side = 一側有這種疼痛（{ $ageFrom } 到 { $ageTo } 歲的女性）
figure-gtps-women-both-sides = 兩側都有這種疼痛（{ $ageFrom } 到 { $ageTo } 歲的女性）
figure-gtps-men-one-side = 一側有這種疼痛（{ $ageFrom } 到 { $ageTo } 歲的男性）
figure-gtps-men-both-sides = 兩側都有這種疼痛（{ $ageFrom } 到 { $ageTo } 歲的男性）
figure-gtps-new-cases = 在一年內新出現這種疼痛（成人）
figure-gtps-scan-changes-no-pain = 在影像檢查上看得到肌腱或滑囊的變化（不痛的人）
figure-gtps-still-painful-1y = 仍然有這種疼痛（荷蘭的一個研究）
figure-gtps-still-painful-5y = 仍然有這種疼痛（同一個研究）
figure-gtps-better-wait-and-see-8w = 沒有治療就明顯變好（在一個試驗中「先等等看」的那一組）

## 髖關節的發炎性關節炎（例如類風濕性關節炎）

condition-inflammatory-arthritis-name = 髖關節的發炎性關節炎（例如類風濕性關節炎）
condition-inflammatory-arthritis-summary =
    身體有一套防禦系統，叫做免疫系統。
    得了這種病，免疫系統會攻擊關節的內膜。
    這會造成腫脹、疼痛和僵硬。時間久了，可能會傷害軟骨和骨頭。
    主要是用讓免疫系統平靜下來的藥物來治療。
    這些藥物由風濕免疫科醫師負責，也就是專門治療關節和免疫疾病的醫師。
    大部分關於髖關節打針和運動的研究，是在退化性關節炎的人身上做的，不是這種病。
condition-inflammatory-arthritis-diagnosis =
    通常由風濕免疫科醫師確認診斷。醫師會問您關節的情況，並檢查關節有沒有腫脹。
    也可能會做檢驗和影像檢查。
    X光可以看出髖關節是否已經受損。
condition-inflammatory-arthritis-course =
    如果不治療，關節裡的腫脹可能會慢慢損傷關節。
    讓免疫系統平靜下來的藥物，是預防這種損傷的主要方法。
    在一個追蹤病人好幾年的研究中，大多數人沒有髖關節問題，
    很少人髖關節嚴重受損。
    針對這種病本身的髖關節治療，我們找到的結果很少。

stage-inflammatory-arthritis-active-name = 正在發炎
stage-inflammatory-arthritis-active-description =
    關節內膜腫脹、痠痛。疼痛和僵硬主要來自這種腫脹。
    藥物可以讓它平靜下來。
stage-inflammatory-arthritis-joint-damage-name = 關節已經永久受損
stage-inflammatory-arthritis-joint-damage-description =
    腫脹已經磨損了軟骨和骨頭。藥物可以讓腫脹平靜下來，
    但無法讓這些損傷復原。

applies-inflammatory-arthritis-exercise =
    運動可以幫助髖關節保持有力、保持活動。它是和藥物一起使用，不是取代藥物。
    大部分運動研究是在退化性關節炎的人身上做的，不是這種病。
applies-inflammatory-arthritis-steroid-injection =
    有時即使用了藥物，還是有一個或幾個關節持續腫脹。
    這時在那個關節打類固醇，是大家接受的做法。
    大部分關於髖關節打針的研究，是在退化性關節炎的人身上做的，不是這種病。
applies-inflammatory-arthritis-hip-replacement =
    當關節嚴重受損時，可以選擇換人工髖關節。
    我們沒有找到專門針對這種病的人換人工髖關節的結果。

figure-inflammatory-arthritis-hip-involved-historical = 髖關節也受到影響（類風濕性關節炎的人；較早期的研究）
figure-inflammatory-arthritis-hip-involved-8y = 後來髖關節也受到影響（類風濕性關節炎的人）
figure-inflammatory-arthritis-severe-damage-8y = 髖關節後來嚴重受損（類風濕性關節炎的人）
