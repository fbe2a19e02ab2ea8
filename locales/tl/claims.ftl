### Mga pahayag sa marketing na maaaring nabasa ng mga pasyente, kasama ang sinasabi ng ebidensya, at
### ang card na "bago kayo magbayad sa isang klinika" para sa mga alok na "stem cell" at PRP.
### Isinulat ang mga pahayag gaya ng pagkakita ng mga pasyente sa mga website ng klinika; mahinahong
### impormasyon ang mga sagot. Simpleng wika. Walang digit.

## Mga pahayag at mga sagot

claim-reverses-disease = “Binabaliktad ng stem cells ang sakit at pinatutubo ulit ang kartilago.”
claim-reverses-disease-answer =
    Wala pang trial na may grupong pinaghahambingan ang sumubok ng iniksyon ng cells sa balakang.
    Sa mga trial sa tuhod, walang pagkakaiba ang kartilago sa MRI scan kumpara sa grupong pinaghahambingan.
    Napakaliit na bahagi lamang ng bone marrow na kinukuha para sa mga iniksyong ito ang tunay na stem cells.
    Ang mga ulat sa balakang na mayroon ay nagtanong lamang tungkol sa pananakit, hindi tungkol sa kartilago.
    Wala rin silang grupong pinaghahambingan.

claim-no-rejection-or-infection = “Dahil galing sa sarili ninyong katawan ang cells, walang panganib ng rejection o impeksyon.”
claim-no-rejection-or-infection-answer =
    Pinabababa ng paggamit ng sarili ninyong cells ang panganib ng rejection (pagtanggi ng katawan). Hindi nito inaalis ang panganib ng impeksyon.
    Anumang karayom sa kasukasuan ay maaaring, bagaman bihira, magdulot ng impeksyon sa kasukasuan.
    May sarili ring mga panganib ang pagkuha ng bone marrow mula sa buto ng balakang.
    Sa Estados Unidos, may mga taong kinailangang maospital dahil sa impeksyon pagkatapos ng kontaminadong produktong “stem cell”.
    Isinasama ng mga ahensya sa US at sa Europe ang impeksyon sa mga naiulat na pinsala.
    Sinasabi ng isang nangungunang grupo ng mga siyentipiko sa stem cell na may panganib pa rin kahit sarili ninyong cells.

claim-complete-relief = “Karamihan ng pasyente ay tuluyang nawawalan ng pananakit.”
claim-complete-relief-answer =
    Ang pangunahing ulat sa balakang tungkol sa iniksyon ng bone marrow ay nakakita ng kaunting ginhawa sa average, hindi lubos na ginhawa.
    Wala itong grupong pinaghahambingan.
    Sa mga trial na may grupong pinaghahambingan, halos ganoon din kalaki ang ibinuti ng mga taong binigyan ng iniksyon ng tubig na may asin.
    Totoo ito para sa bone marrow cells sa tuhod at para sa PRP sa balakang.

claim-results-permanent = “Sa karamihan ng kaso, panghabambuhay ang resulta.”
claim-results-permanent-answer =
    Wala pang pangmatagalang trial na may grupong pinaghahambingan ang sumubok ng iniksyon ng cells sa balakang.
    Sinubaybayan ng pangunahing ulat sa balakang ang mga tao nang wala pang isang taon sa average.
    Madalas lumala ang arthritis sa balakang sa paglipas ng panahon. Kahit may ehersisyo, may mga taong nangangailangan ng bagong balakang sa loob ng ilang taon.
    Sa mga trial ng iniksyon sa kasukasuan, pareho na ang kinalabasan ng ginamot na grupo at ng grupong binigyan ng tubig na may asin pagkalipas ng ilang buwan.

claim-no-adverse-effects = “Walang side effect na naiugnay sa iniksyon ng stem cell.”
claim-no-adverse-effects-answer =
    Nangyayari ang mga side effect. Sa mga pag-aaral sa tuhod, karaniwan ang pananakit, pamamaga at likido sa kasukasuan pagkatapos ng iniksyon.
    Naglista ng ilang side effect ang pangunahing ulat sa balakang, bagaman walang malubha.
    Nakatanggap ang ahensya ng US na nag-aapruba ng gamot ng mga ulat ng pagkabulag, tumor at impeksyon pagkatapos ng mga produktong hindi aprubado.
    Iniuulat ng ahensya sa Europe na may ilang side effect na ikinamatay ng tao.

claim-booster-treatments = “Magpa-‘booster’ na iniksyon kada isa o dalawang taon para manatili ang pakinabang.”
claim-booster-treatments-answer =
    Wala pang pag-aaral na sumubok ng paulit-ulit na booster na iniksyon ng cells para sa balakang. Hindi batay sa ebidensya ang tiyempo.
    Bawat pag-uulit ay dagdag na gastos, at dagdag na panganib ng isa pang procedure.
    Sa mga survey ng presyo sa US, libu-libong dolyar ang halaga ng isang iniksyon sa tuhod.

claim-relief-lasts-years = “Tumatagal ang ginhawa mula ilang buwan hanggang ilang taon, minsan hanggang limang taon.”
claim-relief-lasts-years-answer =
    Ihambing ito sa ipinapakita ng mga trial. Nakakatulong nang ilang buwan ang iniksyon ng steroid sa balakang.
    Sa mga ulat na walang grupong pinaghahambingan, pinakanakatulong ang PRP sa unang isa o dalawang buwan.
    Sa nag-iisang trial sa balakang na may kunwaring iniksyon, hindi mas mabisa ang PRP kaysa sa tubig na may asin, sa simula man o pagkalipas ng ilang buwan.
    Wala pang trial na may grupong pinaghahambingan ang sumubaybay sa anumang iniksyon sa balakang nang ilang taon.

claim-fda-approved = “Aprubado o nakarehistro sa FDA ang aming gamutan, o bahagi ito ng isang trial.”
claim-fda-approved-answer =
    Ang FDA ang ahensya ng US na nag-aapruba ng gamot. Wala pa itong inaprubahang regenerative na gamutan para sa problema sa buto o kasukasuan.
    Hindi pag-apruba ang pagkakarehistro sa FDA. Hindi rin pag-apruba ang pagkakalista sa isang website ng mga trial.
    Ito ang sinasabi ng FDA: kung pinagbabayad kayo para sa ganitong produkto sa labas ng trial na binabantayan nito, maaaring ilegal na pagbebenta ito.

claim-high-success-rate = “Walumpu hanggang siyamnapung porsiyento ng aming mga pasyente ang nagtatagumpay.”
claim-high-success-rate-answer =
    Nakita ng isang survey ng mga klinika sa US na nag-aanunsyo sila ng matataas na success rate.
    Walang trial na may grupong pinaghahambingan ang sumusuporta sa mga rate na ito.
    Kung walang grupong pinaghahambingan, walang makapagsasabi kung ilang tao ang bubuti rin naman kahit wala ang gamutan.

claim-avoid-hip-replacement = “Tinutulungan kayo ng stem cells na makaiwas o maipagpaliban ang hip replacement.”
claim-avoid-hip-replacement-answer =
    Walang pag-aaral sa balakang na nagpapakitang naaantala o naiiwasan ng iniksyon ng cells ang hip replacement.
    Sa isang trial sa malubhang arthritis sa balakang, mas malaki ang naging pagbuti sa bagong balakang kaysa sa isang programa ng ehersisyo.

claim-natural-so-safe = “Natural ito at gumagamit ng sarili ninyong cells, kaya ligtas ito.”
claim-natural-so-safe-answer =
    Hindi nangangahulugang ligtas ang isang bagay dahil natural ito. Itinuturing ng mga ahensya na gamot na kailangang aprubahan
    ang mga cells na pinroseso, o mga cells na ginagamit para sa bagong trabaho sa katawan.
    Ginagawa nila ito dahil hindi tiyak na ligtas ang mga ito.
    Sinasabi ng isang nangungunang grupo ng mga siyentipiko sa stem cell na may panganib pa rin kahit sarili ninyong cells.

claim-studies-prove-it-works = “Pinatutunayan ng mga pag-aaral at clinical trial na mabisa ang stem cells para sa balakang.”
claim-studies-prove-it-works-answer =
    Para sa arthritis sa balakang, walang grupong pinaghahambingan ang mga pag-aaral na binabanggit ng mga klinika.
    Sinubaybayan lamang nila ang mga taong nagpa-iniksyon.
    Madalas gumaan ang pananakit pagkatapos ng anumang iniksyon sa kasukasuan, kahit iniksyon ng tubig na may asin.
    Kaya hindi maipapakita ng mga pag-aaral na ito na ang cells ang gumawa ng epekto.
    Wala pang trial na naghambing ng iniksyon ng cells sa kunwaring iniksyon sa balakang.
    Sa isang trial sa tuhod, hindi mas bumuti ang mga tuhod na binigyan ng bone marrow cells kaysa sa mga tuhod na binigyan ng tubig na may asin.
    Para sa pagkawala ng daloy ng dugo sa balakang, inilagay ang cells sa mga pag-aaral habang may operasyong pagbubutas, hindi bilang iniksyon.
    Ipinapayo ng isang pangunahing gabay sa paggamot sa US para sa arthritis na huwag gumamit ng iniksyon ng stem cell.

claim-cannot-harm-tissue = “‘Biologic’ na gamutan ang iniksyon ng stem cell, kaya hindi nito mapipinsala ang tissue kung saan ito ini-iniksyon.”
claim-cannot-harm-tissue-answer =
    Maaaring mapinsala ang kasukasuan.
    Sa mga pag-aaral sa tuhod, karaniwan ang pananakit, pamamaga at likido sa kasukasuan pagkatapos ng iniksyon ng cells.
    Sa US, nagdulot ng impeksyon sa kasukasuan ang kontaminadong produktong gawa sa cord blood pagkatapos ng mga iniksyon sa isang klinika para sa buto at kasukasuan.
    Nakatanggap ang ahensya ng US na nag-aapruba ng gamot ng mga ulat ng impeksyon at tumor pagkatapos ng mga produktong cell na hindi aprubado.

## Bago kayo magbayad sa isang klinika: mga tanong na dapat itanong

pay-card-ask-approved = Aprubado ba ng ahensyang nag-aapruba ng gamot ang gamutang ito para sa problema sa aking balakang?
pay-card-ask-trial = Bahagi ba ito ng isang nakarehistrong trial na binabantayan ng ahensya ng gobyerno? Kung oo, bakit ako pinagbabayad?
pay-card-ask-evidence = Aling mga nailathalang pag-aaral na may grupong pinaghahambingan ang nagpapakitang mabisa ito para sa balakang? Puwede ko bang makita ang mga ito?
pay-card-ask-measure = Paano ninyo susukatin kung nakatulong ito sa akin, at kailan?
pay-card-ask-what-injected = Ano mismo ang ituturok ninyo? Saan ito galing, at paano ito inihahanda?
pay-card-ask-risks = Ano ang mga panganib, kasama ang impeksyon? Ano ang mangyayari kung may magkamali?
pay-card-ask-total-cost = Magkano ang kabuuang gastos, kasama ang mga ulit na iniksyon, scan at follow-up na pagbisita?
pay-card-ask-other-treatments = Maaari bang maapektuhan nito ang ibang gamutan, gaya ng operasyon sa hinaharap, o ang pagkakataon kong sumali sa isang trial?
pay-card-ask-independent-opinion = Puwede ba akong maglaan ng panahon para kumuha ng opinyon ng doktor na hindi nagtatrabaho sa klinikang ito?

## Bago kayo magbayad sa isang klinika: mga dapat malaman

pay-card-fact-none-approved = Ang ahensya ng US na nag-aapruba ng gamot, na tinatawag na FDA, ay wala pang inaprubahang gamutang “stem cell” o katulad nito para sa anumang problema sa buto o kasukasuan. Kasama rito ang pananakit ng balakang.
pay-card-fact-listing-not-approval = Ang pagkakalista sa isang website ng mga trial ay hindi nangangahulugang aprubado ang gamutan. Ganoon din ang pagkakarehistro sa FDA.
pay-card-fact-paying-outside-trial = Pinagbabayad ba kayo ng klinika para sa mga produktong ito sa labas ng isang trial na binabantayan ng FDA? Sinasabi ng FDA na palatandaan ito ng ilegal na pagbebenta.
pay-card-fact-ema-warning = Nagbababala ang European Medicines Agency na huwag gumamit ng mga gamutang cell na hindi pa nasusuri. Sinasabi nito na ang ganitong cells ay maaaring gamot na kailangang aprubahan.
pay-card-fact-stem-cells-not-covered = Kadalasang hindi binabayaran ng mga health insurer ang iniksyon ng “stem cell”, dahil hindi aprubado ang mga ito.
pay-card-fact-prp-self-pay = Kadalasang hindi binabayaran ng mga insurer ang PRP. Madalas itong ibinebenta ng mga klinika bilang serye ng ilang iniksyon, at babayaran ninyo ang bawat isa.
