### Mga pagpipiliang gumagamit ng cells: iniksyon ng "stem cell", at core decompression na may bone marrow cells.
### Nasa crates/hipaid-core/content/options/ ang mga numero; ipinapakita ng app ang mga ito sa tabi ng mga salitang ito.

## Iniksyon ng stem cell

option-stem-cell-injection-name = Iniksyon ng “stem cell”
option-stem-cell-injection-summary =
    Mag-iiniksyon ang isang klinika ng cells o tissue sa loob o malapit sa balakang.
    Maaaring galing ang mga ito sa sarili ninyong bone marrow (utak ng buto) o taba, sa isang laboratoryo, o sa tissue mula sa panganganak ng isang donor.
    Ibinebenta ang mga ito bilang “stem cells”, pero kaunti lamang sa mga cells ang tunay na stem cells.
    Wala pang trial sa balakang na naghambing sa mga ito sa kunwaring iniksyon.
option-stem-cell-injection-regulatory =
    Sa US, wala pang inaprubahan ang FDA na anumang produktong stem cell para sa anumang problema sa buto o kasukasuan.
    Kasama rito ang pananakit ng balakang at arthritis.
    Sa labas ng trial na binabantayan ng FDA, ang pagpapabayad para rito ay maaaring palatandaan ng ilegal na pagbebenta.
    Ang “FDA registered” o “nakalista bilang trial” ay hindi nangangahulugang aprubado.
    Nagbababala rin ang ahensya ng gamot sa Europe na huwag gumamit ng mga gamutang cell na hindi napatunayan.
option-stem-cell-injection-cost =
    Ang mga presyong ito ay para sa iniksyon sa tuhod sa mga klinika sa US.
    Wala kaming nakitang presyo para sa balakang.
    Kadalasang hindi nagbabayad ang mga insurer, kaya kayo mismo ang magbabayad ng lahat.
    Dagdag na gastos ang bawat ulit na iniksyon.

variant-stem-cell-injection-bmac =
    Bone marrow concentrate: kinukuha ang bone marrow mula sa buto ng inyong balakang gamit ang karayom.
    Pagkatapos, iniikot ito sa isang makina para maging mas siksik.
    Napakaliit na bahagi lamang ng mga cells nito ang stem cells.
variant-stem-cell-injection-adipose =
    Cells mula sa taba: kinukuha ang taba mula sa inyong katawan sa pamamagitan ng liposuction.
    Pagkatapos, pinoproseso ang taba at ini-iniksyon.
variant-stem-cell-injection-culture-expanded =
    Cells na pinarami sa laboratoryo: pinalalaki ang cells sa laboratoryo para dumami nang husto.
    Itinuturing na gamot ang mga ito, na kailangang maaprubahan bago ibenta.
variant-stem-cell-injection-birth-tissue =
    Mga produkto mula sa tissue ng panganganak: gawa sa idinonang cord blood, umbilical cord o likidong nakapaligid sa sanggol.
    Hindi ito sarili ninyong cells.

step-stem-cell-injection-collect =
    Kinukuha ng klinika ang materyal.
    Kinukuha ang bone marrow mula sa inyong pelvis (buto ng balakang), o kinukuha ang taba sa pamamagitan ng liposuction.
    Ang mga produkto ng donor naman ay galing sa ibang tao.
step-stem-cell-injection-prepare = Iniikot o pinoproseso ang materyal, madalas sa parehong araw.
step-stem-cell-injection-inject =
    Ituturok ito ng doktor sa balakang.
    Tumutulong ang larawan mula sa ultrasound o X-ray sa paggabay sa karayom.
step-stem-cell-injection-after =
    Uuwi kayo sa parehong araw.
    Wala kaming nakitang pag-aaral kung gaano karaming pahinga ang kailangan pagkatapos.

repeats-stem-cell-injection =
    Madalas mag-alok ang mga klinika ng ulit o “booster” na iniksyon.
    Wala pang pag-aaral na sumubok ng ulit na iniksyon ng cells sa balakang.
    Kaya walang napatunayang tamang agwat sa pagitan ng mga ito.
    Dagdag na gastos at panganib ang bawat isa.

## Iniksyon ng stem cell: mga pakinabang

outcome-stem-cell-injection-registry-improvement = gaano bumuti ang balakang ayon sa mga tao, sa average (sa porsiyento)
outcome-stem-cell-injection-registry-improvement-note =
    Galing sa talaang iniingatan ng isang kompanyang nagbebenta ng mga iniksyong ito.
    Walang grupong pinaghahambingan, at ang mga tao mismo ang nag-rate sa sarili nila.
    Sa mga trial, nagpapagaan din ng pananakit ang kunwaring iniksyon.
    Kaya hindi namin masabi kung gaano kalaki nito ang galing sa cells.
outcome-stem-cell-injection-registry-pain = average na pagbabago sa iskor ng pananakit (mas mababa ay mas kaunting sakit)
outcome-stem-cell-injection-registry-pain-note =
    Galing sa parehong talaan ng kompanya, walang grupong pinaghahambingan.
    Bahagyang bumaba ang pananakit, pero hindi nawala.
    Nagpapagaan din ng pananakit ang kunwaring iniksyon sa mga trial.
outcome-stem-cell-injection-registry-oxford = average na pagtaas sa Oxford Hip Score
outcome-stem-cell-injection-registry-oxford-note =
    Galing sa parehong talaan ng kompanya, walang grupong pinaghahambingan.
    Sinubaybayan ang mga tao nang wala pang isang taon sa average.
outcome-stem-cell-injection-hip-oa-controlled = mas kaunting pananakit kaysa sa kunwaring iniksyon
no-data-stem-cell-injection-hip-oa-controlled =
    Wala pang trial na naghambing ng iniksyon ng cells sa kunwaring iniksyon sa balakang.
    Sa isang trial sa tuhod, hindi mas mabisa ang bone marrow cells kaysa sa tubig na may asin.
    Wala ring nakitang mas magandang kartilago sa scan ang mga trial sa tuhod kumpara sa mga grupong pinaghahambingan.
outcome-stem-cell-injection-avn-benefit = mas kaunting pananakit o mas maayos na paggamit ng balakang
no-data-stem-cell-injection-avn-benefit =
    Wala kaming nakitang pag-aaral ng iniksyon ng cells nang mag-isa para sa kondisyong ito.
    Nasubok lamang ang cells kapag inilalagay ito ng siruhano sa buto habang inooperahan.
    Tingnan ang core decompression na may cells.
outcome-stem-cell-injection-avn-collapse = pagpigil sa pagguho ng bola ng balakang
no-data-stem-cell-injection-avn-collapse =
    Wala kaming nakitang pag-aaral na nagpapakitang napapabagal o napipigilan ng iniksyon sa kasukasuan ang pagguho.
outcome-stem-cell-injection-labral-tear-benefit = mas kaunting pananakit o mas maayos na paggamit ng balakang
no-data-stem-cell-injection-labral-tear-benefit =
    Wala kaming nakitang trial ng iniksyon ng cells para sa punit na labrum.
    Walang nakitang kahit isang trial ng cells ang isang review ng mga pag-aaral ng iniksyon sa balakang.
outcome-stem-cell-injection-labral-tear-repair = paggaling ng punit na labrum
no-data-stem-cell-injection-labral-tear-repair =
    Walang pag-aaral na nagpapakitang naaayos ng ini-iniksyong cells ang punit na labrum.
    Isa pa, maraming taong walang pananakit ng balakang ang may punit na nakikita sa scan.
outcome-stem-cell-injection-gtps-benefit = mas kaunting pananakit sa labas ng balakang
no-data-stem-cell-injection-gtps-benefit =
    Wala kaming nakitang trial ng iniksyon ng cells para sa ganitong uri ng pananakit.
    Nasubok na sa mga trial ang ehersisyo at ibang mga iniksyon.

## Iniksyon ng stem cell: mga pinsala

outcome-stem-cell-injection-registry-adverse-events = nagkaroon ng side effect (walang malubha)
outcome-stem-cell-injection-registry-adverse-events-note =
    Galing sa talaan ng kompanya, na ang mga tao mismo ang nag-ulat.
    Hindi nito sinabi kung ilang tao ang umalis sa talaan.
outcome-stem-cell-injection-joint-pain = pananakit sa kasukasuan pagkatapos ng iniksyon
outcome-stem-cell-injection-joint-pain-note =
    Galing ang numerong ito sa mga pag-aaral sa tuhod, hindi sa balakang.
    Wala kaming nakitang numero sa balakang para sa pananakit pagkatapos ng iniksyon ng cells.
outcome-stem-cell-injection-joint-fluid = pag-ipon ng likido sa kasukasuan pagkatapos ng iniksyon
outcome-stem-cell-injection-joint-fluid-note =
    Galing ang numerong ito sa mga pag-aaral sa tuhod, hindi sa balakang.
    Hiwalay na binilang ang likido at pamamaga, kaya maaaring kasama ang iisang tao sa dalawa.
outcome-stem-cell-injection-joint-swelling = pamamaga ng kasukasuan pagkatapos ng iniksyon
outcome-stem-cell-injection-joint-swelling-note =
    Galing ang numerong ito sa mga pag-aaral sa tuhod, hindi sa balakang.
    Hiwalay na binilang ang pamamaga at likido, kaya maaaring kasama ang iisang tao sa dalawa.
outcome-stem-cell-injection-harvest-major = malubhang problema kung saan kinuha ang bone marrow mula sa buto ng balakang
outcome-stem-cell-injection-harvest-major-note =
    Para lamang ito kapag kinukuha ang bone marrow mula sa sarili ninyong buto ng balakang.
    Galing ang mga numero sa mga record ng iisang ospital.
    Mas karaniwan ang maliliit na problema sa lugar na iyon.
    May ilang tao ring nakaranas doon ng pananakit nang ilang araw, pananakit na nagtagal, o pananakit ng ugat (nerve).
outcome-stem-cell-injection-serious-harms = malubhang pinsalang iniulat sa mga opisyal ng kalusugan
no-data-stem-cell-injection-serious-harms =
    May mga ulat ang FDA ng mga taong nabulag, nagkaroon ng tumor o nagkaroon ng impeksyon pagkatapos ng mga produktong cell na hindi aprubado.
    Sinasabi ng ahensya ng gamot sa Europe na may ilang taong namatay.
    Sa US, naospital ang ilang tao dahil sa mga produktong gawa sa cord blood na kontaminado ng mikrobyo.
    Walang nakakaalam kung gaano kadalas ito nangyayari.

factor-stem-cell-injection-younger-age =
    Sa talaan ng kompanya, mas malamang na sabihin ng mga mas batang tao na bumuti sila.
    Walang grupong pinaghahambingan, kaya maaaring hindi ito dahil sa cells.

## Core decompression na may bone marrow cells

option-core-decompression-cells-name = Core decompression na may bone marrow cells
option-core-decompression-cells-summary =
    Ang parehong operasyong pagbubutas gaya ng core decompression, na may isang dagdag na hakbang.
    Kinukuha ang bone marrow mula sa buto ng inyong balakang at pinasisiksik.
    Pagkatapos, inilalagay ito ng siruhano sa binutas na daanan sa patay na buto.
    Para ito sa mga balakang na hindi pa gumuguho ang bola.
option-core-decompression-cells-regulatory =
    Karaniwang operasyon (standard) ang pagbubutas mismo.
    Hindi aprubadong gamutan ang pagdaragdag ng cells.
    Sinasabi ng FDA na walang produktong cell o “regenerative” na aprubado para sa anumang problema sa buto o kasukasuan.
    Tinatawag ng isang malaking insurer sa US ang idinagdag na cells na “investigational”, ibig sabihin ay hindi pa napatunayan.
    Itanong kung ibibigay ang cells bilang bahagi ng isang pag-aaral.
option-core-decompression-cells-cost =
    Wala kaming nakitang presyo para sa operasyong ito.
    Hindi itinuturing ng isang malaking insurer sa US na napatunayang gamutan ang idinagdag na cells.
    Tanungin ang inyong insurer kung ano ang babayaran nito, at kung magkano ang babayaran ninyo.

step-core-decompression-cells-assess =
    Ipinapakita ng MRI scan o X-ray ang yugto.
    Para ang operasyong ito sa mga balakang na bilog pa ang bola.
step-core-decompression-cells-harvest =
    Bibigyan kayo ng anesthesia (pampatulog o pampamanhid).
    Kukuha ang isang karayom ng bone marrow mula sa buto ng inyong balakang, at iniikot ito para maging siksik ang cells.
step-core-decompression-cells-operation =
    Bubutasan ng siruhano ang patay na bahagi ng bola ng balakang.
    Ilalagay ang cells sa daanang binutas.
step-core-decompression-cells-protect =
    Pagkatapos, hindi ninyo muna ipapasan ang buong bigat sa binti nang ilang panahon.
    Wala kaming nakitang takdang haba nito sa aming mga pinagmulan.

repeats-core-decompression-cells =
    Wala kaming nakitang pag-aaral tungkol sa pag-uulit ng operasyong ito.
    Kung gumuho ang bola ng balakang, madalas na hip replacement ang susunod na hakbang.

## Core decompression na may cells: mga pakinabang

outcome-core-decompression-cells-progression = nakikitaan ng paglala ng kondisyon sa X-ray (lumilipat sa mas huling yugto)
outcome-core-decompression-cells-progression-note =
    Mas mabuti kung mas kaunti rito.
    Pinagsama ng mga pag-aaral na ito ang ilang dagdag: cells, bone graft at bakal na baras.
    Hindi para sa cells lamang ang numero.
    Sinusubaybayan ng ganitong mga pag-aaral ang mga tao nang ilang taon.
outcome-core-decompression-cells-hhs-12m = dagdag na puntos sa Harris Hip Score, higit sa pagbubutas lamang
outcome-core-decompression-cells-hhs-12m-note =
    Ito ang dagdag na pagbuti, hindi ang kabuuang pagbuti.
    Galing ito sa ilang maliliit na trial na katamtaman hanggang mababa ang kalidad.
outcome-core-decompression-cells-collapse = pagpigil sa pagguho ng bola ng balakang
no-data-core-decompression-cells-collapse =
    Nakita ng pinagsamang mga pag-aaral na mas kaunti ang gumuhong balakang kapag may idinagdag na cells.
    Pero hindi sila nagbigay ng numerong maipapakita namin bilang tao sa bawat isandaan.
    Marami sa mga pag-aaral ang may kapintasan na maaaring magpakitang mas mabuti ang isang gamutan kaysa sa totoo.
outcome-core-decompression-cells-replacement = hindi na nangailangan ng hip replacement kalaunan
no-data-core-decompression-cells-replacement =
    Nakita ng mga trial na medyo mas kaunti ang hip replacement kapag may idinagdag na cells.
    Pero maaaring dahil lamang sa tsamba ang pagkakaiba.

## Core decompression na may cells: mga pinsala

outcome-core-decompression-cells-harvest-major = malubhang problema kung saan kinuha ang bone marrow mula sa buto ng balakang
outcome-core-decompression-cells-harvest-major-note =
    Galing ito at ang mga susunod na numero sa mga record ng iisang ospital.
    Binibilang nila ang bawat pagkakataong kinuha ang bone marrow mula sa buto ng balakang gamit ang karayom.
outcome-core-decompression-cells-harvest-minor = maliit na problema kung saan kinuha ang bone marrow
outcome-core-decompression-cells-harvest-minor-note =
    Hiwalay ding binilang ng mga record ang pananakit at pananakit ng ugat (nerve).
    Maaaring kasama rin ang ilan sa mga ito sa maliliit na problema.
    Kaya huwag pagsamahin ang mga numerong ito.
outcome-core-decompression-cells-harvest-early-pain = pananakit agad pagkatapos, kung saan kinuha ang bone marrow
outcome-core-decompression-cells-harvest-lasting-pain = pananakit na nagtagal, kung saan kinuha ang bone marrow
outcome-core-decompression-cells-harvest-nerve-pain = pananakit ng ugat (nerve) malapit sa kung saan kinuha ang bone marrow
outcome-core-decompression-cells-surgery-harms = mga pinsala ng operasyong pagbubutas
no-data-core-decompression-cells-surgery-harms =
    Hindi nagbigay ang aming mga pinagmulan ng numero para sa mga pinsala ng operasyon mismo.
    May panganib ang anumang operasyon.
    Tanungin ang siruhano kung anong mga pinsala ang maaaring mangyari at gaano kadalas niya nakikita ang mga ito.

factor-core-decompression-cells-lesion-size =
    Mahalaga ang laki ng patay na bahagi sa bola ng balakang. Kapag mas malaki ito, mas malamang na gumuho ang balakang pagkatapos ng operasyon.
factor-core-decompression-cells-cause =
    Mas malamang ang pagguho kung ang gamot na steroid ang naging sanhi ng pagkamatay ng buto.
    Mas malamang din ito kung walang nakitang sanhi.
