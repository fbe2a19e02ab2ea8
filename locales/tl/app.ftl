### HipAid, mga salita ng app mismo: mga pamagat, label, button at error.
### Ang mga salitang pangmedikal (mga kondisyon, yugto, pagpipilian, resulta) ay nasa conditions.ftl,
### options-*.ftl, claims.ftl at evidence.ftl, at ang pangalan ng bawat wika ay nasa locale.ftl.
### Simpleng Tagalog para sa mga pasyente sa Pilipinas at sa US; magalang na "kayo/ninyo" at "po".
### Karaniwang salitang Ingles sa medisina (osteoarthritis, PRP, hip replacement) ang ginagamit
### kapag hindi kilala ang salitang Tagalog, at ipinapaliwanag ito sa unang banggit.
### Nagsisimula ang mga id sa screen na kinabibilangan nila: app-, nav-, start-, condition-, option-,
### about-, error-; ang number- at sources- ay ginagamit sa screen ng kondisyon at ng pagpipilian.

## Glossary (English → Tagalog): pareho ang gamit sa lahat ng file.
#   hip → balakang; hip joint → kasukasuan ng balakang
#   ball / socket of the hip → bola ng balakang / socket (ang hukay na kinalalagyan ng bola)
#   osteoarthritis (wear-and-tear arthritis) → osteoarthritis (arthritis dahil sa pagkapudpod)
#   arthritis → arthritis
#   cartilage → kartilago (makinis na pantakip sa dulo ng mga buto)
#   steroid injection → iniksyon ng steroid (steroid injection)
#   hyaluronic acid → iniksyon ng gel (hyaluronic acid)
#   PRP (platelet-rich plasma) → PRP, iniksyon na gawa sa sarili ninyong dugo
#   stem cell → "stem cell"
#   hip replacement, a new hip → hip replacement (pagpapalit ng balakang), bagong balakang
#   hip arthroscopy, keyhole surgery → hip arthroscopy (operasyon sa maliliit na hiwa gamit ang maliit na kamera)
#   core decompression → core decompression (pagbubutas sa patay na buto)
#   avascular necrosis → avascular necrosis (pagkawala ng daloy ng dugo sa bola ng balakang)
#   labrum, labral tear → labrum (gilid ng socket), labral tear (punit sa labrum)
#   impingement → impingement (pagkaipit ng bola at socket dahil sa kanilang hugis)
#   bursitis, greater trochanteric pain syndrome → bursitis, pananakit sa labas ng balakang
#   tendon → litid (tendon)
#   physiotherapy, physiotherapist → physical therapy, physical therapist
#   watchful waiting → pagbabantay at paghihintay
#   dummy injection (placebo), salt water → kunwaring iniksyon (placebo), tubig na may asin
#   trial, comparison group → trial (pag-aaral na naghahambing), grupong pinaghahambingan
#   certainty → katiyakan
#   guideline → gabay sa paggamot (guideline)
#   clinician → health provider
#   visit → konsulta
#   benefit / harm / side effect → pakinabang / pinsala / side effect
#   icon array, "out of 100 people" → larawan ng mga tao, "sa bawat 100 tao"
#   time frame → saklaw na panahon

## Buong app

app-title = HipAid
app-loading = Naglo-load…

## Unang screen

start-intro = Magpasya nang magkasama kung paano gagamutin ang pananakit ng balakang. Una, ihanda ang konsultang ito.
start-ui-locale-label = Wika ng app
start-ui-locale-hint = Ang wika ng mga button at menu. Agad itong nagbabago.
start-patient-locale-label = Wika ng pasyente
start-patient-locale-hint = Ang wika ng babasahin ng pasyente at ng iuuwi niya.
# Isang wika sa listahan na ang salin ay hindi pa nasusuri ng kwalipikadong tagasalin sa medisina.
# Variables:
#   $name (String) - ang pangalan ng wika sa sarili nitong wika, gaya ng "Tiếng Việt"
start-locale-draft = { $name } (draft na salin)
start-locale-draft-notice = Draft pa lamang ang salin na ito. Hindi pa ito nasusuri ng isang kwalipikadong tagasalin sa medisina. Para sa anumang mahalagang bagay, gumamit ng interpreter.
# Variables:
#   $reviewer (String) - kung sino ang sumuri sa salin, kasama ang kanyang tungkulin
#   $date (Date) - kung kailan ito sinuri
start-locale-reviewed = Sinuri ang salin ni { $reviewer } noong { $date }.
start-patient-label-label = Tala tungkol sa pasyente (opsyonal)
    .placeholder = Halimbawa: kuwarto 4, konsulta sa umaga
start-patient-label-hint = Maikling tala para mapagkaiba ang mga konsulta. Huwag i-type ang buong pangalan ng pasyente.
start-clinician-name-label = Ang inyong pangalan (opsyonal)
start-clinician-name-hint = Makikita ito habang may konsulta, para alam ng pasyente kung sino ang nakausap niya.
start-submit = Simulan ang konsulta
start-submit-busy = Sinisimulan…
start-submit-new = Magsimula ng bagong konsulta
start-continue = Ituloy ang konsultang ito
start-notice-unfinished = Nagsara ang HipAid habang nasa huling konsulta. Nakatago pa ang mga sagot. Ituloy ito, o magsimula ng bagong konsulta.
start-notice-damaged = Hindi mabasa ang naka-save na konsulta, kaya nagsimula ang HipAid nang wala ito. Itinabi ang file para sa technical support.
app-not-saved = Hindi ma-save ng computer na ito ang konsulta. Mananatili sa screen ang mga sagot hanggang isara ang HipAid.
start-notice-settings-damaged = Hindi mabasa ang mga setting ng klinika, kaya nagsimula ang HipAid gamit ang karaniwang mga setting. Itinabi ang file para sa technical support. Maaaring itakda ulit ng staff ng klinika ang mga ito sa "Mga setting ng klinika".
start-settings = Mga setting ng klinika

## Clinic settings screen: for clinic staff, before visits. Nothing about patients is kept here.

settings-title = Mga setting ng klinika
settings-intro = Naka-save ang mga setting na ito sa computer na ito at ginagamit sa bawat konsulta. Walang anumang impormasyon tungkol sa mga pasyente ang nasa mga ito.
settings-clinic-heading = Ang inyong klinika
settings-clinic-name = Pangalan ng klinika
settings-address = Address
settings-phone = Numero ng telepono
settings-logo = Logo para sa nakalimbag na buod
# Variables:
#   $kb (Number) - the largest file size allowed, in kilobytes
#   $px (Number) - the largest width or height allowed, in pixels
settings-logo-hint = Isang larawang PNG, hanggang { $kb } KB at hanggang { $px } pixel ang lapad o taas.
settings-logo-choose = Pumili ng file ng logo
settings-logo-remove = Alisin ang logo
settings-logo-none = Wala pang napiling logo.
settings-logo-preview = Ang logo kung paano ito ililimbag
settings-languages-heading = Mga wika at papel
settings-ui-locale = Wika ng app pagbukas ng HipAid
settings-patient-locale = Wika ng pasyente para sa bagong konsulta
settings-locale-default = Ang wika ng computer
settings-patient-locale-default = Kapareho ng wika ng app
settings-paper = Laki ng papel ng buod
settings-paper-default = A4, o short bond paper (US Letter) para sa Ingles ng US
settings-paper-a4 = A4
settings-paper-letter = Short bond paper (US Letter)
settings-options-heading = Mga pagpipiliang gamutan sa klinikang ito
settings-options-intro = Alisin ang tsek sa pagpipiliang hindi iniaalok ng klinika: nakatago na ito sa simula ng bawat konsulta, pero maaari pa rin itong ipakita ng health provider. Ipinapakita ang mga tala tungkol sa gastos sa tabi ng mga numero mula sa pananaliksik.
settings-offered = Iniaalok dito
settings-cost-note = Gastos sa klinikang ito (opsyonal)
settings-insurance-note = Tala tungkol sa insurance (opsyonal)
settings-view-heading = Paano nagsisimula ang mga konsulta
settings-start-view = View sa simula ng konsulta
settings-view-clinician = View ng health provider
settings-view-patient = View ng pasyente na may malalaking letra
settings-max-age = Ilang oras itatabi ang hindi natapos na konsulta
# Variables:
#   $max (Number) - the largest number of hours allowed
settings-max-age-hint = Kung magsara ang HipAid habang may konsulta, mabubuksan ulit ang konsulta sa loob ng ganito karaming oras (1 hanggang { $max }). Pagkatapos nito, buburahin ito.
settings-save = I-save ang mga setting
settings-saving = Sine-save…
settings-back = Bumalik sa simula
settings-saved = Naka-save na ang mga setting. Gagamitin ang mga ito simula sa susunod na konsulta.
settings-has-problems = Wala pang na-save. Pakiayos po ang mga field na may marka.

## Clinic settings: what is wrong with one field

# Variables:
#   $max (Number) - the most characters allowed
settings-problem-too-long = Masyadong mahaba ito. Gumamit po ng hanggang { $max } character lang.
settings-problem-invalid-text = May mga character dito na hindi magamit ng app. Gumamit po ng mga letra, numero at simpleng bantas.
settings-problem-invalid-phone = Mukhang hindi ito numero ng telepono. Gumamit po ng mga digit, espasyo at + ( ) - . /
settings-problem-not-png = Hindi larawang PNG ang file na ito. Pakipili po ng PNG na file.
# Variables:
#   $max (Number) - the largest file size allowed, in kilobytes
settings-problem-logo-too-large = Masyadong malaki ang file na ito. Pumili po ng file na hanggang { $max } KB lang.
# Variables:
#   $max (Number) - the largest width or height allowed, in pixels
settings-problem-logo-size = Masyadong maliit o masyadong malaki ang larawang ito. Gumamit po ng larawang 16 hanggang { $max } pixel ang lapad at taas.
settings-problem-unknown-locale = Hindi available ang wikang ito. Pakipili po ng isa mula sa listahan.
settings-problem-unknown-option = Hindi kilala ng bersyong ito ng HipAid ang pagpipiliang gamutan na ito.
# Variables:
#   $max (Number) - the largest number allowed
settings-problem-out-of-range = Pakipili po ng buong numero mula 1 hanggang { $max }.
settings-problem-unsupported-version = Ginawa ang mga setting na ito ng mas bagong bersyon ng HipAid.

## Screen ng kondisyon: ang kasalukuyang konsulta, nasa itaas

# Variables:
#   $label (String) - ang maikling tala tungkol sa pasyente na isinulat sa unang screen, gaya ng "kuwarto 4"
condition-consultation-label = Konsulta: { $label }
# Variables:
#   $time (Date) - kung kailan nagsimula ang konsulta, may petsa at oras
condition-consultation-started = Nagsimula ang konsulta: { $time }
# Variables:
#   $name (String) - ang pangalang isinulat ng health provider sa unang screen
condition-consultation-clinician = Health provider: { $name }

## Screen ng kondisyon: pagpili ng kondisyon at ng yugto nito

condition-heading = Ang problema at ang mga pagpipilian
condition-intro = Piliin ang problema at kung gaano na ito kalala. Pagkatapos, makikita ninyo ang mga pagpipiliang gamutan at ang sinasabi ng pananaliksik tungkol sa mga ito.
condition-choose-legend = Problema
condition-stage-legend = Yugto (batay sa X-ray)
condition-stage-unknown = Hindi pa alam
condition-stage-unknown-description = Halimbawa, wala pang X-ray.

## Screen ng kondisyon: tungkol sa napiling kondisyon at yugto

condition-stage-heading = Ang inyong yugto
condition-parts-heading = Mga bahagi ng balakang na apektado
condition-diagnosis-heading = Paano ito natutukoy
# Isang numero tungkol sa kondisyon, bilang isang pangungusap.
# Variables:
#   $count (Number) - ilang tao, gaya ng 25 o 2.5
#   $denominator (Number) - sa bawat ilang tao, gaya ng 100 o 1,000
#   $what (String) - ang nangyayari sa kanila, mula sa nilalaman, gaya ng "nagkakaroon ng arthritis sa balakang pagsapit ng edad na 85"
condition-figure-people = { $count } sa bawat { $denominator } tao ay { $what }
# Variables:
#   $low (Number) - ang pinakamababang malamang na bilang ng tao
#   $high (Number) - ang pinakamataas na malamang na bilang ng tao
#   $denominator (Number) - sa bawat ilang tao, gaya ng 100 o 1,000
#   $what (String) - ang nangyayari sa kanila, mula sa nilalaman
condition-figure-people-range = { $low } hanggang { $high } sa bawat { $denominator } tao ay { $what }
# Isang bilang ng tao, hindi sa bawat grupo.
# Variables:
#   $count (Number) - ilang tao, gaya ng 10,000
#   $what (String) - kung sino sila, mula sa nilalaman, gaya ng "adulto sa Estados Unidos ang bagong natutuklasang may ganitong problema bawat taon"
condition-figure-count = { $count } { $what }
# Variables:
#   $low (Number) - ang pinakamababang malamang na bilang, gaya ng 10,000
#   $high (Number) - ang pinakamataas na malamang na bilang, gaya ng 20,000
#   $what (String) - kung sino sila, mula sa nilalaman
condition-figure-count-range = { $low }–{ $high } { $what }
condition-figure-one-time = Saklaw na panahon: binilang sa iisang pagkakataon

## Screen ng kondisyon: ang mga angkop na pagpipiliang gamutan

condition-options-heading = Mga pagpipiliang gamutan
condition-options-intro = Angkop ang mga pagpipiliang ito sa problemang ito. Hindi sila nakaayos ayon sa kung alin ang mas mabuti. Ang pinakaangkop sa inyo ay nakadepende sa kung ano ang pinakamahalaga sa inyo.
condition-options-empty = Wala pang pagpipiliang gamutan na maipapakita para rito.
condition-card-fits = Para sa problemang ito:
# Variables:
#   $option (String) - ang pangalan ng pagpipiliang gamutan, gaya ng "Iniksyon ng steroid"
condition-card-details = Tingnan ang detalye
    .aria-label = Tingnan ang detalye: { $option }

## Mga numero mula sa pananaliksik, sa screen ng kondisyon at ng pagpipilian

# Variables:
#   $count (Number) - ilang tao ang nakaranas nito, gaya ng 45 o 0.08
#   $denominator (Number) - sa bawat ilang tao, gaya ng 100 o 1,000
number-people = { $count } sa bawat { $denominator } tao
# Variables:
#   $low (Number) - ang pinakamababang malamang na bilang ng tao
#   $high (Number) - ang pinakamataas na malamang na bilang ng tao
#   $denominator (Number) - sa bawat ilang tao, gaya ng 100
number-people-range = { $low } hanggang { $high } sa bawat { $denominator } tao
# Ang average na pagbabago sa isang iskor, gaya ng iskor ng pananakit.
# Variables:
#   $change (Number) - ang average na pagbabago, may plus o minus, gaya ng -1.2 o +6.4
number-score = Average na pagbabago: { $change } puntos
# Variables:
#   $low (Number) - ang pinakamaliit na malamang na average na pagbabago, may plus o minus
#   $high (Number) - ang pinakamalaking malamang na average na pagbabago, may plus o minus
number-score-range = Average na pagbabago: { $low } hanggang { $high } puntos
# Variables:
#   $scale (String) - ang pangalan ng iskor, mula sa nilalaman, gaya ng "Iskor ng pananakit mula 0 (walang sakit) hanggang 10 (pinakamatinding sakit)"
number-scale = Sukatan: { $scale }
number-not-measured = Hindi sinukat
number-comparator-label = Inihambing sa
number-comparator-result-label = Resulta sa grupong iyon
# Variables:
#   $span (String) - gaano katagal, gaya ng "2 buwan", "1–3 taon" o "Hindi alam"
number-timeframe = Saklaw na panahon: { $span }

## Mga pinagmulan sa tabi ng bawat numero at impormasyon

# Variables:
#   $count (Number) - ilan ang pinagmulan
sources-toggle =
    { $count ->
        [one] Pinagmulan ({ $count })
       *[other] Mga pinagmulan ({ $count })
    }
sources-study-type-label = Uri ng pag-aaral
sources-year-label = Taon
sources-size-label = Laki
sources-doi-label = DOI
sources-pmid-label = PubMed ID
sources-url-label = Web address
# Variables:
#   $id (String) - ang maikling pangalan ng pinagmulang wala sa listahan, gaya ng "lambert-2007"
sources-unknown = Wala sa listahan ang pinagmulang ito: { $id }

## Screen ng pagpipilian: lahat ng detalye ng isang pagpipiliang gamutan

# Variables:
#   $condition (String) - ang pangalan ng problema
option-for-condition = Para sa: { $condition }
# Variables:
#   $condition (String) - ang pangalan ng problema
#   $stage (String) - ang pangalan ng yugto, gaya ng "Ikalawang grado: banayad"
option-for-condition-stage = Para sa: { $condition }. { $stage }
option-certainty-label = Gaano katiyak ang pananaliksik sa nagagawa nito:
option-what-heading = Ano ito
option-variants-heading = Mga uring iniaalok
# Variables:
#   $condition (String) - ang pangalan ng problema
option-fits-heading = Paano ito akma: { $condition }
option-steps-heading = Ano ang nangyayari, hakbang-hakbang
option-visits-label = Mga pagbisita
# Variables:
#   $count (Number) - ilang pagbisita
option-visits =
    { $count ->
        [one] { $count } pagbisita
       *[other] { $count } pagbisita
    }
# Variables:
#   $low (Number) - ang pinakakaunting pagbisita
#   $high (Number) - ang pinakamaraming pagbisita
option-visits-range = { $low } hanggang { $high } pagbisita
option-visits-unknown = Hindi alam
option-guidance-label = Scan na gumagabay dito
option-anaesthesia-label = Gamot na pampamanhid o pagpapatulog
option-time-off-label = Panahong pahinga mula sa karaniwang gawain
option-timeline-heading = Kailan ito nakakatulong, at gaano katagal
option-onset-label = Kailan ito nagsisimulang makatulong
option-peak-label = Kailan ito pinakanakakatulong
option-lasts-label = Gaano katagal ang ginhawa
option-recovery-label = Balik sa karaniwang gawain
option-timeline-certainty-label = Gaano katiyak ang pananaliksik tungkol sa mga panahong ito:
option-milestones-heading = Mga hakbang sa paggaling
# Variables:
#   $label (String) - ang hakbang sa paggaling, mula sa nilalaman, gaya ng "makalakad nang walang saklay"
#   $time (String) - kailan, gaya ng "4–6 linggo" o "Hindi alam"
option-milestone = { $label }: { $time }
option-outcomes-heading = Mga pakinabang at posibleng pinsala
option-outcomes-intro = Galing sa pananaliksik ang bawat numero. Sinasabi nito kung ilang tao sa isang grupo ang nakaranas nito, o kung gaano nagbago ang isang iskor sa average. Magkatabi ang mga pakinabang at ang mga pinsala, at pareho ang detalye nila.
option-benefits-heading = Mga pakinabang
option-harms-heading = Mga posibleng pinsala
option-outcome-benefit = Pakinabang
option-outcome-harm = Posibleng pinsala
option-outcome-no-data = Walang maaasahang numero
option-outcomes-empty = Walang maipapakita rito ang pananaliksik para sa problemang ito.
option-scale-lower-better = Sa sukatang ito, mas mabuti ang mas mababang iskor.
option-scale-higher-better = Sa sukatang ito, mas mabuti ang mas mataas na iskor.
option-repeats-heading = Puwede ba itong ulitin?
option-repeats-gap-label = Pinakamaikling pagitan ng mga gamutan
option-repeats-max-label = Pinakamarami sa isang taon
# Variables:
#   $count (Number) - ang pinakamaraming gamutang pinapayagan sa isang taon
option-repeats-max =
    { $count ->
        [one] { $count } beses
       *[other] { $count } beses
    }
option-cost-heading = Gastos at insurance
option-cost-label = Presyo
# Variables:
#   $amount (Number) - ang presyo, kasama ang pera, gaya ng $574
#   $per (String) - kung para saan ang presyo, gaya ng "bawat iniksyon"
option-cost-amount = { $amount } { $per }
# Variables:
#   $low (Number) - ang pinakamababang presyong nakita, kasama ang pera
#   $high (Number) - ang pinakamataas na presyong nakita, kasama ang pera
#   $per (String) - kung para saan ang presyo, gaya ng "bawat iniksyon"
option-cost-range = { $low } hanggang { $high } { $per }
option-insurance-label = Insurance
option-guidelines-heading = Ang sinasabi ng mga gabay sa paggamot (guideline)
option-guideline-stance-label = Ang payo nila
option-regulatory-heading = Pag-apruba
option-factors-heading = Mga bagay na maaaring magpabago ng sitwasyon para sa inyo
option-claims-heading = Ang sinasabi ng mga klinika at ang sinasabi ng ebidensya
option-claim-label = Ang sinasabi ng klinika
option-claim-answer-label = Ang sinasabi ng ebidensya
option-pay-card-heading = Bago kayo magbayad sa isang klinika
option-pay-card-questions = Mga tanong na dapat itanong
option-pay-card-facts = Mga dapat ninyong malaman

## Tungkol sa impormasyong ito (isang panel sa ibaba ng screen ng kondisyon at ng pagpipilian)

about-toggle = Tungkol sa impormasyong ito
# Variables:
#   $version (String) - ang bersyon ng medikal na nilalaman, gaya ng "1.0.0"
about-version = Bersyon ng nilalaman: { $version }
# Variables:
#   $date (Date) - kung kailan huling inihambing ang nilalaman sa pananaliksik
about-last-reviewed = Huling inihambing sa pananaliksik: { $date }
# Variables:
#   $date (Date) - kung kailan dapat gawin ang susunod na pagsusuri
about-next-review = Susunod na pagsusuri, hindi lalampas sa: { $date }
about-decision-heading = Ang desisyon
about-purpose-heading = Para saan ang tool na ito
about-updates-heading = Paano namin ito pinananatiling napapanahon
about-funding-heading = Sino ang nagbayad para rito
about-conflicts-heading = Salungatan ng interes (conflict of interest)
about-authors-heading = Sino ang sumulat nito

## Mga error. Isa para sa bawat error code mula sa back end ng app. Sinasabi ng bawat isa kung ano
## ang nangyari, na walang nawala sa na-type, at kung ano ang susunod na gagawin.

error-unknown-locale = Hindi available ang wikang ito. Walang nawala sa inyong na-type. Pakipili po ng wika mula sa listahan.
error-unknown-condition = Hindi kilala ng app ang problemang ito. Walang nawala sa inyong na-type. Pakipili po ng problema mula sa listahan.
error-unknown-stage = Hindi kilala ng app ang yugtong ito. Walang nawala sa inyong na-type. Pakipili po ng yugto mula sa listahan.
error-text-too-long = May tekstong masyadong mahaba. Walang nawala sa inyong na-type. Paikliin po ang tala tungkol sa pasyente o ang inyong pangalan, at subukan ulit.
error-invalid-text = May mga character sa teksto na hindi magamit ng app. Walang nawala sa inyong na-type. Gumamit po ng mga letra, numero at simpleng bantas, at subukan ulit.
error-no-consultation = Wala pang konsultang nasimulan. Walang nawala sa inyong na-type. Bumalik po sa simula at simulan ang konsulta.
error-no-condition = Wala pang napiling problema. Walang nawala sa inyong na-type. Piliin po muna ang problema.
error-unknown-option = Hindi akma ang pagpipiliang ito sa problema at yugto, o hindi ito iniaalok ng klinika. Walang nawala sa inyong na-type. Pumili po ng pagpipilian mula sa listahan.
error-too-many-compared = Hanggang apat na pagpipilian lang ang maihahambing nang sabay. Walang nawala sa inyong na-type. Alisin po muna ang isa, saka pumili ng iba.
error-decision-needs-option = Pakipili po ang pagpipiliang mas gusto ninyo, o piliin ang "Hindi pa nakapagpasya". Walang nawala sa inyong na-type.
error-invalid-date = Hindi ito petsang magagamit ng app. Walang nawala sa inyong na-type. Pumili po ng petsa mula sa kalendaryo.
error-date-in-past = Bago pa ngayong araw ang petsang ito. Walang nawala sa inyong na-type. Pumili po ng petsa ngayong araw o sa susunod pa.
error-unsupported-version = Ginawa ang file ng konsultang ito ng ibang bersyon ng app at hindi ito mabasa. Walang binago.
error-summary-failed = Hindi nagawa ang buod. Walang nawala sa inyong na-type. Subukan po ulit; kung mangyari ulit ito, sabihan ang support ng klinika.
error-save-failed = Hindi ma-save doon ang buod. Walang nawala sa inyong na-type. Pumili po ng ibang folder, o tingnan kung may espasyo pa sa disk.
error-invalid-settings = May mga setting na kailangang ayusin, kaya walang na-save. Walang nawala sa inyong na-type. Pakitingnan po ang mga field na may marka.
error-settings-not-saved = Hindi ma-save sa computer na ito ang mga setting. Walang nawala sa inyong na-type. Tingnan po kung may espasyo pa sa disk, o magtanong sa technical support.
error-internal = May nangyaring mali sa loob ng app. Walang nawala sa inyong na-type. Subukan po ulit.
