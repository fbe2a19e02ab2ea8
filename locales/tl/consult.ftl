### Ang mga hakbang ng konsulta: ang listahan ng mga hakbang, Bumalik at Susunod, ang view ng
### health provider at ng pasyente, paghahambing ng mga pagpipilian, ang mahalaga sa pasyente,
### mga tanong, ang SURE check, ang desisyon at ang silip sa buod. Simpleng salita para sa
### mga pasyente. Variable ang mga numero, hindi kailanman tina-type sa teksto.

## Listahan ng mga hakbang, Bumalik at Susunod

consult-steps-label = Mga hakbang ng konsulta
# Variables:
#   $number (Number) - ang puwesto ng hakbang sa listahan
consult-step-number = { $number }
consult-step-start = Simula
consult-step-condition = Ang problema
consult-step-course = Kung walang gagawin
consult-step-options = Mga pagpipilian
consult-step-compare = Paghambingin
consult-step-visuals = Mga pakinabang at pinsala
consult-step-matters = Ang mahalaga sa inyo
consult-step-questions = Mga tanong
consult-step-ready = Handa na bang magpasya?
consult-step-decision = Desisyon
# Variables:
#   $step (String) - ang pangalan ng hakbang na babalikan
consult-back = Bumalik: { $step }
# Variables:
#   $step (String) - ang pangalan ng susunod na hakbang
consult-next = Susunod: { $step }
# Variables:
#   $number (Number) - ang kasalukuyang hakbang
#   $total (Number) - ilan ang lahat ng hakbang
consult-progress = Hakbang { $number } ng { $total }
# Variables:
#   $step (String) - ang hakbang kung saan binuksan ang detalye
nav-back-step = Bumalik sa: { $step }
consult-needs-condition = Piliin muna ang problema. Ginagamit ito ng ibang mga hakbang.
consult-go-condition = Piliin ang problema

## Mga view at pagtatapos ng konsulta

consult-view-patient = Malalaking letra para sa pasyente
consult-end = Tapusin ang konsulta
consult-end-confirm = Tapusin ang konsultang ito? Mabubura sa computer na ito ang lahat ng sagot.
consult-end-yes = Oo, tapusin at burahin
consult-end-no = Hindi, ituloy

## Kung walang gagawin

consult-course-heading = Ano ang mangyayari kung walang gagawin
consult-course-no-figures = Walang ibinibigay na numero ang pananaliksik para rito.

## Mga pagpipilian at paghahambing

consult-compare-legend = Mga pagpipiliang paghahambingin
consult-compare-hint = Lagyan ng tsek ang dalawa hanggang apat na pagpipilian para makita sila nang magkatabi.
# Variables:
#   $option (String) - ang pangalan ng pagpipilian
consult-compare-this = Ihambing ang { $option }
# Variables:
#   $option (String) - ang pangalan ng pagpipilian
consult-hide-option = Hindi iniaalok ng klinika ang { $option }: itago ito
consult-hidden-heading = Nakatago dahil hindi iniaalok ng klinika
# Variables:
#   $option (String) - ang pangalan ng pagpipilian
consult-show-option = Ipakita ulit ang { $option }
consult-compare-heading = Paghambingin ang mga pagpipilian
consult-compare-intro = Magkakatabi ang mga pagpipilian, at hindi nakaayos ayon sa kung alin ang mas mabuti. Sinasagot ng bawat hilera ang isang tanong na madalas itanong ng mga tao.
consult-compare-too-few = Lagyan ng tsek ang kahit dalawang pagpipilian para maihambing sila.
consult-compare-caption = Ang mga napiling gamutan, magkakatabi
consult-row-what = Ano ito?
consult-row-onset = Gaano kabilis itong umepekto?
consult-row-lasts = Gaano katagal ang epekto?
consult-row-benefits = Ilang tao ang bumubuti?
consult-row-harms = Ano ang puwedeng magkamali?
consult-row-recovery = Paggaling
consult-row-repeats = Puwede ba itong ulitin?
consult-row-cost = Gastos
consult-row-certainty = Gaano katiyak ang pananaliksik?
consult-row-guidelines = Ano ang sinasabi ng mga gabay sa paggamot?
# Variables:
#   $span (String) - kailan pinakanakakatulong ang pagpipilian, hal. "2 linggo" o "Hindi alam"
consult-peak = Pinakanakakatulong: { $span }
# Variables:
#   $span (String) - panahong pahinga mula sa karaniwang gawain
consult-time-off = Pahinga mula sa karaniwang gawain: { $span }
# Variables:
#   $guideline (String) - ang pangalan ng gabay sa paggamot
#   $stance (String) - ang payo nito, hal. "Hindi inirerekomenda"
consult-guideline-line = { $guideline }: { $stance }
# Variables:
#   $comparator (String) - ang grupong pinaghahambingan, hal. "kunwaring iniksyon"
#   $result (String) - ang numero ng grupong iyon
#   $timeframe (String) - ang saklaw na panahon
#   $certainty (String) - gaano katiyak ang pananaliksik
consult-outcome-meta = { $comparator }: { $result }. Saklaw na panahon: { $timeframe }. { $certainty }.

## Mga pakinabang at pinsala sa larawan

consult-visuals-heading = Mga pakinabang at pinsala sa larawan
# Variables:
#   $denominator (Number) - ang laki ng grupo sa bawat larawan
consult-visuals-intro = Nagpapakita ang bawat larawan ng { $denominator } tao. Ang mga may kulay na pigura ay ang mga taong nakaranas nito. Ang ikalawang larawan ay isang grupong hindi nagkaroon ng gamutang ito.
consult-timeframes-differ = Magkakaiba ang haba ng panahong sinundan ng mga pag-aaral ang mga tao. Tingnan ang saklaw na panahon sa ilalim ng bawat larawan bago kayo maghambing.
# Variables:
#   $denominator (Number) - ang laki ng grupo sa bawat larawan
consult-no-arrays = Walang ibinibigay na numero sa bawat { $denominator } tao ang pananaliksik para rito.
# Variables:
#   $timeframe (String) - ang saklaw na panahon
#   $certainty (String) - gaano katiyak ang pananaliksik
consult-array-meta = Saklaw na panahon: { $timeframe }. { $certainty }.
# Variables:
#   $option (String) - ang pangalan ng pagpipilian
consult-array-with = Gamit ang { $option }
# Variables:
#   $denominator (Number) - ang mas malaking grupo kung saan binibilang ang mga bihirang pinsala
consult-rare-heading = Mga bihirang pinsala, sa bawat { $denominator } tao
consult-words-only-heading = Sa salita lamang
consult-timeline-heading = Kailan ito nakakatulong, at gaano katagal
consult-timeline-intro = Ipinapakita ng bawat hilera ang isang pagpipilian sa mga buwan pagkatapos ng gamutan. Ang mga panahong hindi alam ng pananaliksik ay may markang "Hindi alam".

## Ang mahalaga sa inyo

consult-matters-heading = Ano ang mahalaga sa inyo?
consult-matters-intro = Sabihin kung gaano kahalaga sa inyo ang bawat bagay. Walang tama o maling sagot. Ipinapakita ang inyong mga sagot sa tabi ng mga impormasyon. Hindi pinagsasama-sama ng app ang mga ito at hindi ito pumipili para sa inyo.
consult-priority-avoid-surgery = Makaiwas sa operasyon
consult-priority-quick-relief = Mabilis na ginhawa
consult-priority-lasting-relief = Ginhawang tumatagal nang matagal
consult-priority-low-serious-harm = Maliit na tsansa ng malubhang pinsala
consult-priority-short-recovery = Maikling paggaling
consult-priority-low-cost = Mababang gastos para sa akin
consult-priority-strong-evidence = Matibay na pananaliksik na sumusuporta rito
consult-priority-few-visits = Kaunting pagpunta sa klinika
consult-importance-not-important = Hindi mahalaga
consult-importance-somewhat = Medyo mahalaga
consult-importance-very = Napakahalaga
consult-matters-note-label = Sa sarili ninyong salita, ano ang pinakamahalaga? (opsyonal)
consult-matters-note-hint = Halimbawa, isang biyahe, trabaho, o pag-aalaga sa isang tao.
consult-reflect-heading = Ang sinabi ninyo, katabi ng mga impormasyon
consult-reflect-intro = Ang mga bagay na sinabi ninyong mahalaga, at kung ano ang ibig sabihin ng bawat pagpipilian para sa mga ito.
consult-reflect-empty = Kapag minarkahan ninyong mahalaga ang isang bagay, lalabas ito rito katabi ng mga impormasyon.
consult-reflect-you-said = Sinabi ninyong mahalaga ito
consult-fact-surgery = Isa itong operasyon.
consult-fact-no-surgery = Hindi ito operasyon.
# Variables:
#   $span (String) - kailan ito nagsisimulang makatulong
consult-fact-onset = Nagsisimulang makatulong: { $span }
# Variables:
#   $span (String) - gaano katagal ang ginhawa
consult-fact-lasts = Tagal ng ginhawa: { $span }
# Variables:
#   $span (String) - panahon bago makabalik sa karaniwang gawain
consult-fact-recovery = Balik sa karaniwang gawain: { $span }
# Variables:
#   $visits (String) - ang bilang ng pagbisita, hal. "2 pagbisita" o "Hindi alam"
consult-fact-visits = Mga pagbisita: { $visits }
# Variables:
#   $number (String) - hal. "8 sa bawat 1,000 tao"
#   $label (String) - ang nangyayari sa kanila
consult-fact-harm = { $number }: { $label }
consult-fact-see-details = Tingnan ang detalye

## Mga tanong

consult-questions-heading = Mga tanong na dapat itanong
consult-questions-intro = Lagyan ng tsek ang mga tanong na gusto ninyong itanong. Isasama ang mga ito sa buod na iuuwi ninyo.
consult-questions-legend = Mga tanong para sa health provider
consult-question-chance-for-me = Gaano kalaki ang tsansang makatulong ito sa isang taong tulad ko?
consult-question-if-i-wait = Ano ang mangyayari kung maghihintay ako at sa ibang araw na magpapasya?
consult-question-back-to-activities = Kailan ako makakabalik sa trabaho, sa pagmamaneho o sa sports?
consult-question-if-it-fails = Ano ang susunod nating magagawa kung hindi ito makatulong?
consult-question-how-many-done = Gaano kadalas ninyo o ng klinikang ito ginagawa ito?
consult-question-cost-to-me = Magkano ang gagastusin ko, at babayaran ba ito ng insurance?
consult-question-what-i-can-do = Ano ang magagawa ko mismo para matulungan ang aking balakang?
consult-question-second-opinion = Dapat ba akong kumuha ng second opinion (opinyon ng ibang doktor)?
consult-own-questions-label = Sarili ninyong mga tanong (opsyonal)
consult-own-questions-hint = Isulat ang mga ito rito para hindi makalimutan.

## Handa na bang magpasya? (SURE)

consult-ready-heading = Handa na ba kayong magpasya?
consult-ready-intro = Apat na mabilis na tanong. Sumagot ng oo o hindi. Makakatulong ang mga ito para makita kung may kailangan pa kayo bago kayo pumili.
consult-sure-sure = Sigurado ba kayo kung ano ang pinakamabuting pagpipilian para sa inyo?
consult-sure-understand = Alam ba ninyo ang mga pakinabang at panganib ng bawat pagpipilian?
consult-sure-risk-benefit = Malinaw ba sa inyo kung aling mga pakinabang at panganib ang pinakamahalaga sa inyo?
consult-sure-encouragement = Sapat ba ang suporta at payo na mayroon kayo para makapili?
consult-yes = Oo
consult-no = Hindi
consult-sure-ready = Oo ang sagot ninyo sa lahat ng apat na tanong. Mukhang handa na kayong magpasya.
consult-sure-not-ready = Baka kailangan pa ninyo ng mas maraming panahon, impormasyon o suporta bago magpasya. Ayos lang iyon. Ito ang maaaring makatulong:
consult-sure-help-sure = Maglaan ng panahon para mag-isip. Hindi ninyo kailangang magpasya ngayong araw.
consult-sure-help-understand = Balikan ang mga pakinabang at pinsala, o hilingin sa health provider na ipaliwanag ang mga ito.
consult-sure-help-risk-benefit = Tingnan ulit kung ano ang mahalaga sa inyo, at pag-usapan ito kasama ang isang taong pinagkakatiwalaan ninyo.
consult-sure-help-encouragement = Kausapin ang pamilya o mga kaibigan, o humingi ng second opinion.
consult-teach-back-heading = Suriin ang pag-unawa (para sa health provider)
consult-teach-back-prompt = Hilingin sa pasyente na sabihin sa sarili niyang salita ang mga pagpipilian, ang maaaring magawa ng bawat isa para sa kanya, at ang susunod na mangyayari. Ipaliwanag ulit ang anumang hindi malinaw.
consult-teach-back-done = Tapos na: naipaliwanag ito pabalik ng pasyente

## Desisyon at mga susunod na hakbang

consult-decision-heading = Ang desisyon
consult-decision-intro = Kayo ang pipili. Puwede kayong magpasya ngayon, sabihin kung saan kayo mas nakakiling, o maglaan pa ng panahon.
consult-decision-legend = Nasaan kayo ngayon
consult-decision-not-yet = Hindi pa nakapagpasya
consult-decision-leaning = Mas nakakiling sa isang pagpipilian
consult-decision-chosen = Nakapagpasya na
consult-decision-option-legend = Aling pagpipilian?
consult-next-steps-legend = Mga susunod na hakbang
consult-next-step-exercise-programme = Magsimula ng plano ng ehersisyo
consult-next-step-physio-referral = Magpatingin sa physical therapist
consult-next-step-weight-support = Humingi ng tulong tungkol sa timbang
consult-next-step-book-injection = Magpa-schedule ng iniksyon
consult-next-step-surgical-referral = Magpatingin sa siruhano (surgeon)
consult-next-step-more-tests = Magpa-test o magpa-scan pa
consult-next-step-time-to-think = Maglaan ng panahon para mag-isip
consult-next-step-talk-with-family = Kausapin ang pamilya o mga kaibigan
consult-next-step-second-opinion = Kumuha ng second opinion
consult-next-step-follow-up-visit = Magpa-schedule ng follow-up na konsulta
consult-follow-up-label = Petsa ng follow-up (opsyonal)
consult-follow-up-hint = Ang araw ng susunod na konsulta o tawag.
consult-notes-label = Tala ng health provider (opsyonal)
consult-notes-hint = Inilalimbag sa kopya ng health provider. Huwag i-type ang buong pangalan ng pasyente.

## Silip sa buod na iuuwi

consult-preview-heading = Ano ang sasabihin ng buod na iuuwi
consult-preview-intro = Ito ang mga sinabi at pinili sa konsultang ito.
consult-preview-condition = Ang problema
# Variables:
#   $condition (String) - ang kondisyon
#   $stage (String) - ang yugto nito
consult-preview-condition-stage = { $condition }. { $stage }
consult-preview-options = Mga pagpipiliang inihambing
consult-preview-matters = Ang mahalaga sa inyo
# Variables:
#   $priority (String) - ang mahalaga
#   $importance (String) - gaano ito kahalaga
consult-preview-priority = { $priority }: { $importance }
consult-preview-ready = Handa na bang magpasya?
# Variables:
#   $yes (Number) - ilan ang sagot na "oo"
#   $total (Number) - ilan ang mga tanong
consult-preview-sure = { $yes } sa { $total } sagot ang oo.
consult-preview-sure-incomplete = Hindi nasagot ang lahat ng tanong.
consult-preview-decision = Ang desisyon
# Variables:
#   $option (String) - ang pangalan ng pagpipilian
consult-preview-leaning = Mas nakakiling sa { $option }
# Variables:
#   $option (String) - ang pangalan ng pagpipilian
consult-preview-chosen = Napagpasyahan: { $option }
consult-preview-next = Mga susunod na hakbang
# Variables:
#   $date (Date) - ang petsa ng follow-up
consult-preview-follow-up = Follow-up: { $date }
consult-preview-questions = Mga tanong na dapat itanong
consult-preview-none = Wala pa
consult-preview-pdf-later = Idinadagdag ng nakalimbag na buod ang mga numero, larawan at pinagmulan para sa bawat pagpipilian.
consult-print-button = I-save at i-print ang buod
# Isang tsek box, ipinapakita kapag iba ang wika ng pasyente sa wika ng app.
consult-print-bilingual = I-print din ang bawat bahagi sa wika ng health provider
# Ipinapakita sa button habang ginagawa ang PDF.
consult-print-working = Ginagawa ang buod…
# Variables:
#   $pages (Number) - ilang pahina ang naka-save na PDF
#   $path (String) - kung saan na-save ang PDF
consult-print-saved = { $pages ->
    [one] Na-save ang buod ({ $pages } pahina) bilang { $path }. Bubukas ito sa inyong PDF viewer, handa nang i-print.
   *[other] Na-save ang buod ({ $pages } pahina) bilang { $path }. Bubukas ito sa inyong PDF viewer, handa nang i-print.
}
# Ipinapakita sa halip na consult-print-saved kapag walang binuksang PDF viewer.
# Variables:
#   $pages (Number) - ilang pahina ang naka-save na PDF
#   $path (String) - kung saan na-save ang PDF
consult-print-saved-only = { $pages ->
    [one] Na-save ang buod ({ $pages } pahina) bilang { $path }. Buksan ito mula roon para i-print.
   *[other] Na-save ang buod ({ $pages } pahina) bilang { $path }. Buksan ito mula roon para i-print.
}

## The clinic's own notes on cost (clinic settings), shown after the figures above

# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-cost-note = Sa klinikang ito: { $note }
# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-insurance-note = Insurance sa klinikang ito: { $note }
