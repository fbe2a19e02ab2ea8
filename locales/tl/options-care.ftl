### Mga pagpipiliang walang karayom: ehersisyo at pagbabantay at paghihintay.
### Nasa crates/hipaid-core/content/options/exercise.toml at watchful-waiting.toml ang mga numero.
### Ipinapakita ng app ang bawat numero sa tabi ng label nito; walang numero sa mga tekstong ito.

## Ehersisyo at physical therapy

option-exercise-name = Ehersisyo at physical therapy
option-exercise-summary = Isang programa ng ehersisyo para palakasin ang mga kalamnan sa paligid ng inyong balakang.
    Isang physical therapist, na eksperto sa ehersisyo at paggalaw, ang magtuturo sa inyo kung ano ang gagawin.
    Matututo rin kayo tungkol sa inyong balakang at kung paano manatiling aktibo.
    Kung angkop sa inyo, puwede kayong matulungan tungkol sa inyong timbang.
    Walang karayom at walang operasyon.
    Nakakatulong ito hangga't ipinagpapatuloy ninyo ito.
option-exercise-regulatory = Hindi gamot o device ang ehersisyo, kaya walang ahensyang kailangang mag-apruba nito.
    Nakalista ito bilang pangunahing gamutan sa mga gabay sa paggamot para sa arthritis sa balakang.
option-exercise-cost = Wala kaming nakitang maaasahang presyo para sa isang serye ng physical therapy.
    Tanungin ang inyong klinika o insurer kung magkano ang babayaran ninyo.
    May mga programang puwedeng gawin sa bahay.
repeats-exercise = Puwede ninyo itong ituloy hangga't gusto ninyo.
    Pinakamatagal ang pakinabang kung patuloy kayong mag-eehersisyo.

step-exercise-assess = Susuriin ng physical therapist ang inyong balakang at kung paano kayo gumagalaw.
    Pag-uusapan ninyo kung ano ang gusto ninyong magawa.
step-exercise-programme = Pupunta kayo sa ilang session sa loob ng ilang linggo.
    Matututo kayo ng mga ehersisyo para sa lakas at balanse.
    Matututo rin kayo ng mga impormasyon tungkol sa inyong balakang at kung paano haharapin ang pananakit.
step-exercise-home = Gagawin ninyo ang inyong mga ehersisyo sa bahay sa pagitan ng mga session.
step-exercise-keep-going = Kapag natapos ang programa, ituloy ninyo ang pag-eehersisyo nang mag-isa.
    Tinutulungan kayo nitong mapanatili ang inyong naging pagbuti.

factor-exercise-pain-at-start = Maaaring mas sumakit ang inyong balakang sa simula.
    Sinasabi ng mga gabay sa paggamot na asahan ito.
    Sinasabi rin nila na nakakatulong pa rin ang regular na ehersisyo.
    Sabihin sa inyong therapist, para maiayos niya ang inyong plano.
factor-exercise-weight = Nag-aalok ang mga gabay sa paggamot ng tulong sa pagbabawas ng timbang kung sobra ang inyong timbang.
    Sa nag-iisang trial sa balakang na nakita namin, hindi malinaw na mas gumaan ang pananakit nang idagdag ang mahigpit na diyeta sa ehersisyo.
    Nakatulong naman ang diyeta sa ilang ibang sukatan.
    Hindi naiugnay ang pagbabago ng timbang sa paglala ng arthritis sa X-ray.
factor-exercise-severe-arthritis = Maaaring mas kaunti ang maitulong ng ehersisyo kapag malubha na ang arthritis.
    Sa isang trial ng mga taong may malubhang arthritis sa balakang, mas pinataas ng hip replacement ang iskor ng balakang kaysa sa isang programang pampalakas.
    May ilang tao sa grupong nag-ehersisyo na pumili ng operasyon sa loob ng ilang buwan.
factor-exercise-waiting-list = May mga taong nasa waiting list na para sa bagong balakang.
    Mas malamang na naoperahan sila agad pagkatapos ng programa.

outcome-exercise-hip-oa-improve = dagdag na mga taong malinaw na bumuti ang pananakit at paggalaw
outcome-exercise-hip-oa-improve-note = Binibilang lamang ng numerong ito ang mga dagdag na taong bumuti dahil sa ehersisyo.
    May mga taong bumubuti rin kahit wala ito.
    Sinukat ang pagbuti sa pagtatapos ng programa.
    Naroon pa rin ito ilang buwan matapos ang programa.
outcome-exercise-hip-oa-registry-3m = pagbabago sa iskor ng pananakit
outcome-exercise-hip-oa-registry-3m-note = Galing ito sa isang malaking talaan ng mga taong sumali sa isang grupong programa ng edukasyon at ehersisyo.
    Walang grupong pinaghahambingan.
    Kaya maaaring nangyari rin ang ilang bahagi ng pagbabagong ito kahit wala ang programa.
outcome-exercise-hip-oa-registry-12m = pagbabago sa iskor ng pananakit
outcome-exercise-hip-oa-registry-12m-note = Ito rin ang parehong grupo ng mga tao, sinuri ulit kalaunan.
    Walang grupong pinaghahambingan.
    Kaya maaaring nangyari rin ang ilang bahagi ng pagbabagong ito kahit wala ang programa.
outcome-exercise-hip-oa-weight-loss = pagbabago sa iskor ng pananakit kapag idinagdag sa ehersisyo ang mahigpit na diyeta para pumayat
outcome-exercise-hip-oa-weight-loss-note = Pareho ang programa ng ehersisyo ng dalawang grupo.
    Ang isang grupo ay sumunod din sa diyetang napakababa sa calorie.
    Maliit ang dagdag na pagbaba ng pananakit, mas maliit kaysa sa mapapansin ng karamihan.
    Mas maraming timbang ang nabawas sa grupong nag-diyeta at mas maganda ang resulta nila sa ilang ibang sukatan.
outcome-exercise-gtps-success-vs-wait = nagsabing umepekto ang gamutan (ang sariling sukatan ng tagumpay ng trial)
outcome-exercise-gtps-success-vs-wait-note = Ang trial na ito ay sa mga taong may pananakit mula sa mga litid sa panlabas na gilid ng balakang.
    May mga session ng edukasyon at ehersisyo kasama ang isang physical therapist ang programa.
outcome-exercise-gtps-success-vs-steroid = nagsabing umepekto ang gamutan (ang sariling sukatan ng tagumpay ng trial)
outcome-exercise-gtps-success-vs-steroid-note = Ito rin ang parehong trial sa itaas.
    Dito, inihahambing ang programa sa isang iniksyon ng steroid.
    Ang steroid ay isang malakas na gamot na nagpapahupa ng pamamaga.
outcome-exercise-fai-hip-score = pagtaas ng iskor ng balakang
outcome-exercise-fai-hip-score-note = Ang mga trial na ito ay sa mga taong may hip impingement at walang arthritis.
    Ang ibig sabihin ng impingement ay naiipit ang bola at socket dahil sa kanilang hugis.
    Bumuti ang parehong grupo.
    Bahagyang mas itinaas ng arthroscopy ang iskor, malapit sa pinakamaliit na pagbabagong napapansin ng mga tao.
    Walang trial na tumingin sa labral tear lamang.
outcome-exercise-avn-benefit = mas kaunting pananakit at mas maayos na paggalaw
no-data-exercise-avn-benefit = Wala kaming nakitang pag-aaral ng ehersisyo para sa kondisyong ito.
    Maaaring makatulong ang ehersisyo para manatili kayong malakas at aktibo.
    Hindi alam kung napipigilan nito ang pinsala sa buto.
outcome-exercise-inflammatory-benefit = mas kaunting pananakit at mas maayos na paggalaw
no-data-exercise-inflammatory-benefit = Ang mga pag-aaral ng ehersisyo para sa balakang ay ginawa sa mga taong may arthritis dahil sa pagkapudpod.
    Maaaring hindi ito angkop sa inflammatory arthritis.
    Dito, ang pangunahing gamutan ay gamot na umeepekto sa buong katawan.
    Ginagamit ang ehersisyo kasabay nito.
outcome-exercise-pain-at-start = mas masakit ang kasukasuan sa simula
no-data-exercise-pain-at-start = Maaaring tumaas nang ilang panahon ang pananakit kapag nagsisimula kayo.
    Sinasabi ng mga gabay para sa arthritis sa balakang na asahan ito at magpatuloy.
    Walang pag-aaral na nakita namin na nagbilang kung gaano ito kadalas mangyari.
outcome-exercise-hip-oa-serious-harms = malubhang pinsalang dulot ng ehersisyo
no-data-exercise-hip-oa-serious-harms = Walang nakitang ulat ng malubhang pinsala ang pangunahing review.
    Hindi mas madalas huminto ang mga taong nag-ehersisyo kaysa sa iba.
    Wala ring nakitang malubhang pinsala mula sa diyeta ang isang trial ng diyeta.
    Walang ibinigay na rate, kaya walang numerong maipapakita.
outcome-exercise-hip-oa-replacement-2y = nagpa-hip replacement pa rin, kahit pagkatapos ng programa
outcome-exercise-hip-oa-replacement-2y-note = Hindi ang ehersisyo ang naging sanhi nito.
    Ipinapakita nito na maaaring lumala ang arthritis kahit may ehersisyo.
    Sumali ang mga taong ito sa isang grupong programa.
    Walang grupong pinaghahambingan.

comparator-exercise-hip-arthroscopy = hip arthroscopy (operasyon sa maliliit na hiwa)

## Pagbabantay at paghihintay

option-watchful-waiting-name = Pagbabantay at paghihintay
option-watchful-waiting-summary = Magkasundo kayo ng inyong health provider na huwag munang magsimula ng gamutan sa ngayon.
    Manatili kayong aktibo at magpatingin ulit kalaunan.
    Puwede kayong magbago ng isip at magsimula ng gamutan anumang oras.
    Sa ilang problema sa balakang, madalas humuhupa nang kusa ang pananakit.
    Sa iba naman, dahan-dahang lumalala ang balakang.
option-watchful-waiting-regulatory = Hindi gamot o device ang paghihintay, kaya hindi kailangan ng pag-apruba.
option-watchful-waiting-cost = Walang gamutang kailangang bayaran.
    Maaari pa rin kayong magbayad para sa mga check-up.
    Wala kaming nakitang presyo para sa mga ito.
repeats-watchful-waiting = Puwede kayong patuloy na maghintay hangga't angkop ito sa inyo.
    Puwede rin kayong tumigil at pumili ng gamutan anumang oras.

step-watchful-waiting-agree-plan = Magkakasundo kayo ng inyong health provider na ipagpaliban muna ang gamutan.
    Pagkakasunduan din ninyo kung kailan kayo magpapatingin ulit.
step-watchful-waiting-self-care = Manatili kayong aktibo hangga't kaya ninyo at alagaan ang inyong balakang sa araw-araw.
step-watchful-waiting-watch-signs = Pansinin ninyo kung paano nagbabago ang inyong pananakit at paggalaw.
    Kung lumala ang lagay, humingi ng mas maagang pagpapatingin.
step-watchful-waiting-review = Sa pagpapatingin, titingnan ulit ninyo ng inyong health provider ang mga pagpipilian.

factor-watchful-waiting-avn-lesion-size = Napakahalaga ng laki at lokasyon ng patay na bahagi ng buto.
    Bihirang gumuho ang maliliit na bahagi.
    Madalas gumuho ang malalaking bahagi sa loob ng ilang taon.
    Maipapakita ng scan kung gaano kalaki ang bahagi.
factor-watchful-waiting-avn-collapse = Sa maraming tao, gumuho na ang bola ng balakang nang matuklasan ang problema.
    Kapag lumubog na ang bola nang higit sa kaunti, kadalasang mas pabor ang mga eksperto sa hip replacement.
factor-watchful-waiting-waiting-list = May mga taong nasa waiting list na para sa bagong balakang.
    Mas malamang na naoperahan sila agad.
factor-watchful-waiting-scan-findings = Lumalabas ang mga punit at pagbabago sa hugis sa scan ng maraming taong walang pananakit.
    Kaya ang nakita sa scan, sa sarili lamang nito, ay hindi nangangahulugang kailangan ninyo ng gamutan.
    Dapat magkakatugma ang inyong mga sintomas, ang pagsusuri at ang scan.

outcome-watchful-waiting-hip-oa-benefit = bumubuti nang walang gamutan
no-data-watchful-waiting-hip-oa-benefit = Ang pangunahing pakinabang ng paghihintay ay naiiwasan ninyo ang mga side effect at gastos ng gamutan.
    Wala kaming nakitang bilang kung ilang tao ang bumubuti nang kusa.
    Sa mga trial sa arthritis, napakaliit ng pagbabago sa average ng mga grupong walang gamutan.
outcome-watchful-waiting-avn-benefit = bumubuti nang walang gamutan
no-data-watchful-waiting-avn-benefit = Walang pag-aaral na nakita namin na nagbilang kung ilang tao ang bumubuti nang walang gamutan.
    Sa isang pag-aaral, hindi gumuho sa loob ng ilang taon ang pinakamaliliit na patay na bahagi.
    Naiiwasan din ng paghihintay ang mga panganib ng operasyon.
outcome-watchful-waiting-labral-tear-benefit = nakakaranas ng pagbawas ng pananakit nang walang gamutan
no-data-watchful-waiting-labral-tear-benefit = Walang pag-aaral na nakita namin na sumubaybay sa mga taong may masakit na punit na hindi nagpagamot.
    Lumalabas ang punit sa scan ng maraming taong walang anumang pananakit.
    Kaya hindi laging nagdudulot ng problema ang punit.
outcome-watchful-waiting-fai-benefit = nakakaranas ng pagbawas ng pananakit nang walang gamutan
no-data-watchful-waiting-fai-benefit = Walang pag-aaral na nakita namin na nagbilang kung ilang taong may hip impingement ang bumubuti nang walang gamutan.
    Karaniwan ang mga hugis ng balakang na nagdudulot nito sa mga taong walang pananakit.
outcome-watchful-waiting-gtps-success-8w = nagsabing bumuti ang lagay nila (ang sariling sukatan ng tagumpay ng trial)
outcome-watchful-waiting-gtps-success-8w-note = Sa trial na ito, pinaghintay muna ang isang grupo para makita kung ano ang mangyayari.
    Inihambing sila sa mga taong nagkaroon ng edukasyon at ehersisyo.
    Sa paghihintay, walang mga session at walang karayom.
outcome-watchful-waiting-gtps-recovered-3m = nagsabing gumaling na sila
outcome-watchful-waiting-gtps-recovered-3m-note = Sa trial na ito, karaniwang alaga mula sa kanilang family doctor ang natanggap ng grupong ito, hindi iniksyon.
    Hindi eksaktong pareho ang karaniwang alaga at ang paghihintay.
outcome-watchful-waiting-gtps-recovered-12m = nagsabing gumaling na sila
outcome-watchful-waiting-gtps-recovered-12m-note = Ito rin ang parehong trial, sinuri kalaunan.
    Sa panahong iyon, halos pareho na ang lagay ng mga nagpa-iniksyon at ng mga hindi.
outcome-watchful-waiting-hip-oa-replacement-2y = nagpa-hip replacement
outcome-watchful-waiting-hip-oa-replacement-2y-note = Sumali ang mga taong ito sa isang programa ng edukasyon at ehersisyo.
    Wala kaming nakitang ganitong numero para sa mga taong naghihintay lamang.
    Walang grupong pinaghahambingan.
outcome-watchful-waiting-avn-collapse-large = nakaranas ng pagguho ng bola ng balakang (pinakamalalaking patay na bahagi)
outcome-watchful-waiting-avn-collapse-large-note = Hindi pa gumuguho ang mga balakang na ito nang magsimula ang pag-aaral.
    Nakadepende ang panganib sa laki at lokasyon ng patay na bahagi.
    Ang grupong ito ang may pinakamalalaking bahagi.
    Walang grupong pinaghahambingan.
outcome-watchful-waiting-avn-collapse-medium = nakaranas ng pagguho ng bola ng balakang (katamtamang laki ng patay na bahagi)
outcome-watchful-waiting-avn-collapse-medium-note = Hindi pa gumuguho ang mga balakang na ito nang magsimula ang pag-aaral.
    Katamtaman ang laki ng patay na bahagi sa grupong ito.
    Walang grupong pinaghahambingan.
outcome-watchful-waiting-avn-collapse-small = nakaranas ng pagguho ng bola ng balakang (maliliit na patay na bahagi)
outcome-watchful-waiting-avn-collapse-small-note = Hindi pa gumuguho ang mga balakang na ito nang magsimula ang pag-aaral.
    Maliliit ang patay na bahagi sa grupong ito.
    Sa grupong may pinakamaliliit na bahagi, walang gumuho.
outcome-watchful-waiting-labral-tear-harm = nakakaranas ng paglala ng pananakit o pinsala
no-data-watchful-waiting-labral-tear-harm = Walang pag-aaral na nakita namin na sumubaybay sa mga taong may masakit na punit na hindi nagpagamot.
    Kaya hindi namin masasabi kung gaano kadalas lumalala ang lagay.
outcome-watchful-waiting-fai-arthritis = nagkakaroon ng masakit na arthritis sa balakang
outcome-watchful-waiting-fai-arthritis-note = Sinubaybayan ng matagal na pag-aaral na ito ang mga taong may hip impingement na hindi nagpaopera.
    Walang grupong pinaghahambingan.
outcome-watchful-waiting-fai-replacement = nagpa-hip replacement
outcome-watchful-waiting-fai-replacement-note = Ito rin ang parehong matagal na pag-aaral ng mga taong hindi nagpaopera.
    Walang grupong pinaghahambingan.
outcome-watchful-waiting-gtps-pain-1y = may pananakit pa rin
outcome-watchful-waiting-gtps-pain-1y-note = Galing ito sa isang grupo ng mga pasyente, ayon sa isang review.
    Hindi namin alam kung anong gamutan ang natanggap nila.
outcome-watchful-waiting-gtps-pain-5y = may pananakit pa rin
outcome-watchful-waiting-gtps-pain-5y-note = Ito rin ang parehong grupo ng mga pasyente, sinuri pagkalipas ng ilang taon.
    Hindi namin alam kung anong gamutan ang natanggap nila.
