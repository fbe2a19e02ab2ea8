### Mga salitang pinagsasaluhan ng medikal na nilalaman: katiyakan, posisyon ng mga gabay sa paggamot,
### paano ginagawa ang isang gamutan, mga yunit ng panahon, gastos, at kung saan inihahambing ang bawat
### resulta. Ang mga numero mismo ay nasa crates/hipaid-core/content/ at dumarating dito bilang variable lamang.

## Ang desisyon at ang dokumentong ito (IPDAS: desisyon, petsa, patakaran sa pag-update, pondo)

document-decision = Ang desisyon: kung paano gagamutin ang pananakit ng inyong balakang, o kung gagamutin ba ito ngayon.
document-purpose = Tinutulungan kayo ng tool na ito at ng inyong health provider na pag-usapan ang mga pagpipilian. Nagbibigay ito ng impormasyon at mga numero mula sa pananaliksik. Hindi ito pumipili para sa inyo.
document-update-policy = Inihahambing namin ang impormasyong ito sa bagong pananaliksik nang kahit isang beses sa isang taon. Ang susunod na pagsusuri ay hindi lalampas sa { $next }. Mas maaga rin namin itong sinusuri kapag may lumabas na mahalagang bagong pag-aaral o gabay sa paggamot.
document-funding = Isinulat ang tool na ito ng project team ng HipAid. Walang kompanyang nagbebenta ng alinmang gamutan dito ang nagbayad para rito o nakialam dito.
document-conflicts = Walang kaugnayang pinansyal sa alinmang gamutan dito ang mga sumulat nito. Walang kikita nang mas malaki kung isang pagpipilian ang pipiliin ninyo kaysa sa iba.
document-authors = Isinulat ng team ng HipAid mula sa nailathalang pananaliksik at mga gabay sa paggamot. Nakalista sa bawat numero kung saan ito galing.
document-not-advice = Tumutulong ang buod na ito sa pag-uusap ninyo ng inyong health provider. Hindi nito pinapalitan ang kanilang payo.

## Gaano kami katiyak (GRADE: katiyakan ng ebidensya)

certainty-high = Mataas na katiyakan
certainty-moderate = Katamtamang katiyakan
certainty-low = Mababang katiyakan
certainty-very-low = Napakababang katiyakan
certainty-high-explain = Napakaliit ng tsansang mabago ito ng bagong pananaliksik.
certainty-moderate-explain = Baka mabago ito ng bagong pananaliksik.
certainty-low-explain = Posibleng-posibleng mabago ito ng bagong pananaliksik.
certainty-very-low-explain = Halos hula lamang ito. Malamang na mabago ito ng bagong pananaliksik.

## Ang sinasabi ng mga gabay sa paggamot

stance-strong-for = Mariing inirerekomenda
stance-for = Inirerekomenda
stance-conditional-for = Iminumungkahi para sa ilang tao
stance-consider = Puwedeng isaalang-alang
stance-option = Isa sa mga angkop na pagpipilian
stance-no-recommendation = Walang rekomendasyon, pabor man o laban
stance-conditional-against = Hindi iminumungkahi para sa karamihan ng tao
stance-against = Hindi inirerekomenda
stance-strong-against = Mariing hindi inirerekomenda
stance-none-found = Walang gabay sa paggamot na sumasaklaw dito

guideline-none = Walang gabay sa paggamot
guideline-aaos-2023 = American Academy of Orthopaedic Surgeons (AAOS), 2023
guideline-aaos-2017 = American Academy of Orthopaedic Surgeons (AAOS), 2017
guideline-acr-af-2019 = American College of Rheumatology at Arthritis Foundation, 2019
guideline-oarsi-2019 = Osteoarthritis Research Society International (OARSI), 2019
guideline-nice-ng226-2022 = Gabay ng NICE (England) sa osteoarthritis, NG226, 2022
guideline-warwick-2016 = Warwick Agreement tungkol sa hip impingement, 2016
guideline-eular-2021 = Payo ng EULAR tungkol sa mga iniksyon sa kasukasuan, 2021
guideline-eular-2022 = Payo ng EULAR tungkol sa rheumatoid arthritis, 2022
guideline-chinese-onfh-2020 = Gabay ng China sa avascular necrosis ng balakang, 2020

## Mga uri ng pagpipilian at kung paano ginagawa ang mga ito

kind-self-care = Pag-aalaga sa sarili
kind-monitoring = Pagbabantay at paghihintay
kind-injection = Iniksyon
kind-surgery = Operasyon

guidance-none = Hindi kailangan ng scan.
guidance-ultrasound = Gumagamit ang doktor ng ultrasound para gabayan ang karayom.
guidance-ultrasound-or-x-ray = Gumagamit ang doktor ng larawan mula sa ultrasound o X-ray para gabayan ang karayom.
guidance-camera = Nag-oopera ang siruhano sa maliliit na hiwa, gamit ang isang maliit na kamera.
anaesthesia-none = Hindi kailangan ng gamot na pampamanhid.
anaesthesia-local = May gamot na pampamanhid na inilalagay sa balat at sa loob ng balakang.
anaesthesia-spinal-or-general = Bibigyan kayo ng iniksyon sa gulugod na nagpapamanhid mula baywang pababa, o patutulugin kayo.
anaesthesia-general = Patutulugin kayo para sa operasyon.

regulatory-approved = Aprubadong gamot o device
regulatory-standard-procedure = Karaniwang gamutan (standard)
regulatory-not-approved = Hindi aprubado para sa gamit na ito
regulatory-not-regulated = Hindi kailangan ng pag-apruba
regulatory-not-verified = Hindi pa tiyak kung aprubado para sa gamit na ito

repeats-allowed-yes = Puwedeng ulitin
repeats-allowed-limited = Puwedeng ulitin, pero may limitasyon
repeats-allowed-no = Kadalasang isang beses lang ginagawa
repeats-allowed-unknown = Hindi alam kung nakakatulong ang pag-uulit

insurance-usually-covered = Kadalasang sakop ng insurance
insurance-sometimes-covered = Minsan ay sakop ng insurance
insurance-usually-not-covered = Kadalasang hindi sakop; kayo mismo ang magbabayad
insurance-unknown = Hindi alam kung sakop ng insurance

cost-per-session = bawat session
cost-per-injection = bawat iniksyon
cost-per-course = bawat serye ng gamutan
cost-per-operation = bawat operasyon
cost-unknown = Walang nakitang maaasahang presyo
# Variables:
#   $amount (Number)
#   $currency (String)
money =
    { $currency ->
        [USD] ${ $amount }
       *[other] { $amount } { $currency }
    }

## Mga panahon

span-unknown = Hindi alam
span-none = Walang epektong higit sa kunwaring gamutan
span-days = { $low ->
    [one] { $low } araw
   *[other] { $low } araw
}
span-weeks = { $low ->
    [one] { $low } linggo
   *[other] { $low } linggo
}
span-months = { $low ->
    [one] { $low } buwan
   *[other] { $low } buwan
}
span-years = { $low ->
    [one] { $low } taon
   *[other] { $low } taon
}
span-range-days = { $low }–{ $high } araw
span-range-weeks = { $low }–{ $high } linggo
span-range-months = { $low }–{ $high } buwan
span-range-years = { $low }–{ $high } taon

## Kung saan inihahambing ang mga numero

comparator-placebo-injection = kunwaring iniksyon, walang gamot na sinusubok
comparator-local-anaesthetic-injection = iniksyon ng pampamanhid lamang
comparator-no-treatment = walang gamutan
comparator-no-exercise = hindi paggawa ng programa ng ehersisyo
comparator-usual-care = karaniwang alaga mula sa family doctor
comparator-wait-and-see = paghihintay para makita kung ano ang mangyayari
comparator-advice-alone = payo at impormasyon lamang
comparator-education-and-exercise = payo kasama ang plano ng ehersisyo
comparator-exercise-alone = programa ng ehersisyo lamang
comparator-physiotherapy = physical therapy (ehersisyo kasama ang isang therapist)
comparator-resistance-training = programa ng ehersisyong pampalakas ng kalamnan
comparator-steroid-injection = iniksyon ng steroid
comparator-hyaluronic-acid = iniksyon ng gel (hyaluronic acid)
comparator-core-decompression-alone = core decompression na walang idinagdag na cells
comparator-no-injection = mga taong hindi nagpa-iniksyon
comparator-no-comparison-group = walang pinaghahambingan: ang mga nagpagamot lamang ang tiningnan ng pag-aaral
comparator-no-recent-injection = mga taong walang iniksyon sa balakang sa mga buwan bago ang operasyon

## Mga uri ng pag-aaral (ipinapakita kasama ng bawat pinagmulan)

study-type-rct = Randomized trial (pag-aaral na hinati nang pa-random ang mga tao sa mga grupo)
study-type-systematic-review = Review ng maraming pag-aaral
study-type-network-meta-analysis = Review na naghahambing ng maraming gamutan
study-type-cohort = Pag-aaral na sumusubaybay sa isang grupo ng tao
study-type-registry = Talaan ng mga ginamot na pasyente
study-type-case-series = Ulat tungkol sa isang serye ng mga pasyente
study-type-cross-sectional = Survey sa iisang panahon
study-type-guideline = Gabay sa paggamot
study-type-consensus = Pagkakasundo ng mga eksperto
study-type-regulator = Pahayag ng ahensyang nag-aapruba ng gamot
study-type-evidence-summary = Buod ng ebidensya
study-type-review = Artikulong review
study-type-patient-information = Impormasyon mula sa ospital o klinika
study-type-price-survey = Survey ng presyo
study-type-policy = Patakaran ng insurer

## Ang sinasabi ng isang numero tungkol sa kondisyon

figure-topic-how-common = Gaano ito kakaraniwan
figure-topic-natural-course = Ano ang nangyayari kapag walang gamutan

## Mga bahagi sa larawan ng balakang

part-bone = Buto
part-cartilage = Kartilago (makinis na pantakip sa loob ng kasukasuan)
part-labrum = Labrum (gilid ng socket)
part-tendons-bursa = Mga litid (tendon) at bursa (labas ng balakang)
part-blood-supply = Daloy ng dugo sa bola ng balakang
part-joint-lining = Panloob na balot ng kasukasuan

## Mga sukatan ng iskor (mga pangalan, ipinapakita bilang pamagat)

scale-pain-0-10 = Iskor ng pananakit mula 0 (walang sakit) hanggang 10 (pinakamatinding sakit)
scale-pain-0-100 = Iskor ng pananakit mula 0 (walang sakit) hanggang 100 (pinakamatinding sakit)
scale-oxford-hip-score = Oxford Hip Score, mula 0 (pinakamasama) hanggang 48 (pinakamabuti)
scale-ihot-33 = iHOT-33 na iskor ng balakang, mula 0 (pinakamasama) hanggang 100 (pinakamabuti)
scale-harris-hip-score = Harris Hip Score, mula 0 (pinakamasama) hanggang 100 (pinakamabuti)
scale-hos-adl = Hip Outcome Score para sa pang-araw-araw na gawain, mula 0 (pinakamasama) hanggang 100 (pinakamabuti)
scale-self-rated-improvement = Gaano bumuti ang pakiramdam ng mga tao ayon sa kanila, mula 0 hanggang 100 porsiyento
