### Mga pagpipiliang iniksyon: steroid, hyaluronic acid (gel) at platelet-rich plasma (PRP).
### Nasa crates/hipaid-core/content/options/steroid-injection.toml,
### hyaluronic-acid.toml at prp.toml ang mga numero. Ipinapakita ng app ang bawat numero sa tabi
### ng label nito; walang numero sa mga tekstong ito.

## Iniksyon ng steroid

option-steroid-injection-name = Iniksyon ng steroid (steroid injection)
option-steroid-injection-summary = Mag-iiniksyon ang doktor ng steroid, isang malakas na gamot na nagpapahupa ng pamamaga.
    Kadalasan itong hinahaluan ng gamot na pampamanhid.
    Para sa problema sa loob ng kasukasuan, ituturok ito sa loob ng kasukasuan ng balakang.
    Ginagabayan ang karayom ng larawan mula sa ultrasound o X-ray.
    Para sa pananakit sa panlabas na gilid ng balakang, ituturok ito malapit sa mga makirot na litid.
    Isang pagbisita lang ito.
    Ang anumang ginhawa ay kadalasang tumatagal nang ilang linggo hanggang ilang buwan, hindi ilang taon.
option-steroid-injection-regulatory = Aprubadong gamot ang steroid.
    Kasama ito sa karamihan ng mga gabay sa paggamot para sa arthritis sa balakang, para sa ginhawang maikli lang ang tagal.
option-steroid-injection-cost = Wala kaming nakitang maaasahang presyo para sa iniksyon ng steroid sa balakang.
    Hindi namin natiyak kung binabayaran ito ng insurance.
    Magtanong sa inyong klinika at insurer bago kayo magpa-schedule.
repeats-steroid-injection = Puwede itong ulitin, pero may limitasyon.
    Ayon sa payo sa England, maghintay nang hindi bababa sa { $gap } sa pagitan ng mga iniksyon.
    Sinasabi rin nito na hindi hihigit sa { $max } sa iisang lugar sa loob ng isang taon.
    Titingnan din ng inyong doktor kung gaano kahusay umepekto ang huling iniksyon.

step-steroid-injection-check = Titingnan ng doktor kung angkop sa inyo ang iniksyon.
    Sabihin sa kanya kung may diabetes kayo o impeksyon, o kung may nakaplanong operasyon.
step-steroid-injection-image = Para sa iniksyon sa loob ng kasukasuan, gagamit ang doktor ng larawan mula sa ultrasound o X-ray.
    Ginagabayan nito ang karayom papasok nang malalim sa balakang.
step-steroid-injection-inject = Lilinisin ang balat.
    Ituturok ng doktor ang steroid at ang gamot na pampamanhid.
step-steroid-injection-after = Ang anumang tulong mula sa steroid ay madalas nagsisimula sa loob ng ilang araw.
    Humingi agad ng tulong kung may lagnat kayo, pamumula, o pananakit na patuloy na lumalala.

factor-steroid-injection-diabetes = Kung may diabetes kayo, malamang na tumaas ang inyong blood sugar nang ilang araw.
    Pinakamataas ito sa unang isa o dalawang araw.
    Mas malaki ang pagtaas kung hindi kontrolado ang inyong sugar o kung gumagamit kayo ng insulin.
    Magplano kasama ang inyong health team kung paano ito babantayan.
factor-steroid-injection-replacement-planned = Kung maaaring magpa-hip replacement kayo sa susunod na ilang buwan, pag-usapan ang tamang panahon.
    Mas mataas ang panganib ng impeksyon sa bagong balakang na inilagay agad pagkatapos ng iniksyon sa balakang.
    Walang nakitang dagdag na panganib ang mga pag-aaral kapag mas mahaba ang pagitan.
factor-steroid-injection-repeated-injections = Maaaring mapinsala ang kasukasuan ng maraming iniksyon sa paglipas ng panahon.
    Sa isang pag-aaral sa tuhod, mas maraming kartilago ang nawala sa regular na iniksyon sa loob ng ilang taon kaysa sa iniksyon ng tubig na may asin.
    Ang kartilago ay ang makinis na pantakip sa dulo ng mga buto.
    Hindi rin nagbigay ng pangmatagalang ginhawa ang mga iniksyong ito.
    Hindi namin alam kung ganoon din ang nangyayari sa balakang.
factor-steroid-injection-joint-swelling = Sa isang trial, mas nakatulong ang iniksyon sa ilang tao kaysa sa iba.
    Mas nakatulong ito kapag may nakitang pamamaga o likido sa loob ng kasukasuan sa scan.

outcome-steroid-pain-relief-2m = nakaranas ng malinaw na pagbawas ng pananakit (nabawasan nang hindi bababa sa ikalimang bahagi)
outcome-steroid-pain-relief-2m-note = Maliit na trial ito.
    Hindi isinama ang mga taong may diabetes.
    Mas kaunti ang ibinuti ng grupong may kunwaring iniksyon kaysa sa karamihan ng trial, kaya maaaring pinalalaki nito ang pakinabang.
    Ang kunwaring iniksyon ay may gamot na pampamanhid at tubig na may asin.
outcome-steroid-pain-half-2m = nakaranas ng malaking pagbawas ng pananakit (nabawasan nang hindi bababa sa kalahati)
outcome-steroid-pain-half-2m-note = Ito rin ang parehong maliit na trial.
    Maaaring pinalalaki nito ang pakinabang.
outcome-steroid-pain-relief-3m = nakaranas ng malinaw na pagbawas ng pananakit (nabawasan nang hindi bababa sa ikalimang bahagi)
outcome-steroid-pain-relief-3m-note = Ito rin ang parehong maliit na trial, sinuri kalaunan.
    May nakitang pakinabang ang isang mas malaking review sa puntong ito, pero hindi sa mga mas huling pagsusuri.
outcome-steroid-extra-vs-advice = dagdag na pagbaba sa iskor ng pananakit, higit sa ibang grupo
outcome-steroid-extra-vs-advice-note = Ang numerong ito ay ang pagkakaiba ng dalawang grupo.
    Ito ay average sa mga buwan pagkatapos ng iniksyon.
    Hindi ito ang kabuuang pagbabago.
    Parehong nakatanggap ng payo at impormasyon ang dalawang grupo.
outcome-steroid-extra-vs-numbing = dagdag na pagbaba sa iskor ng pananakit, higit sa ibang grupo
outcome-steroid-extra-vs-numbing-note = Bahagya lamang na mas mabisa ang steroid kaysa sa iniksyon ng pampamanhid.
    Hindi naalis ng trial ang posibilidad na walang tunay na pagkakaiba.
    Kaya maaaring ang bahagi ng pakinabang ay galing sa mismong pagpapa-iniksyon.
outcome-steroid-fai-benefit = mas kaunting pananakit
no-data-steroid-fai-benefit = Iisang maliit na trial lamang ang sumubok nito para sa hip impingement o labral tear.
    Wala kaming nakitang numero mula rito na maipapakita namin.
    Inaasahang maikli lamang ang anumang ginhawa.
outcome-steroid-gtps-success-8w = nagsabing umepekto ang gamutan (ang sariling sukatan ng tagumpay ng trial)
outcome-steroid-gtps-success-8w-note = Dito, ituturok ang iniksyon sa tabi ng balakang, malapit sa mga makirot na litid, hindi sa loob ng kasukasuan.
    Sa parehong trial, mas mabisa sa puntong ito ang isang programa ng edukasyon at ehersisyo kaysa sa iniksyon.
outcome-steroid-gtps-recovered-3m = nagsabing gumaling na sila
outcome-steroid-gtps-recovered-12m = nagsabing gumaling na sila
outcome-steroid-gtps-recovered-12m-note = Sa panahong ito, nakahabol na ang mga taong nakatanggap ng karaniwang alaga.
    Mas mabilis na ginhawa ang ibinigay ng iniksyon pero walang pangmatagalang pakinabang.
outcome-steroid-inflammatory-benefit = mas kaunting pananakit at pamamaga sa kasukasuan
no-data-steroid-inflammatory-benefit = Tanggap ng mga eksperto ang iniksyon sa kasukasuan kapag nananatiling namamaga ang isa o ilang kasukasuan kahit may gamot.
    Wala kaming nakitang numero para sa balakang.
    Ang pangunahing gamutan ay gamot na umeepekto sa buong katawan.
outcome-steroid-septic-arthritis = impeksyon ng mikrobyo sa loob ng kasukasuan (septic arthritis), na kailangang magamot agad
outcome-steroid-septic-arthritis-note = Bihira ito.
    Galing ang mga numero sa malalaking pag-aaral ng mga health record.
    Nakita ng isang pag-aaral na hindi mas mataas ang rate kaysa sa mga katulad na taong hindi nagpa-iniksyon.
    Humingi agad ng tulong kung may lagnat, pamumula, o pananakit na patuloy na lumalala.
outcome-steroid-rapid-joint-damage = pinsala sa kasukasuan na napakabilis lumala
outcome-steroid-rapid-joint-damage-note = Tinatawag ito ng mga doktor na rapidly progressive arthritis.
    Galing ang numerong ito sa isang review ng mga record, na may scan bago at pagkatapos ng iniksyon.
    Mas mataas ang rate na iniulat ng ilang piling grupo.
    Pero hindi iniulat ng mga trial ang problemang ito.
    Walang nakitang dagdag na pinsala ang isang pag-aaral na may katugmang grupong pinaghahambingan.
    Hindi malinaw na iniulat kung gaano katagal pagkatapos ng iniksyon ito sinukat.
    Hindi tiyak ang tunay na panganib.
outcome-steroid-replacement-infection = impeksyon ng bagong balakang na inilagay agad pagkatapos ng iniksyon
outcome-steroid-replacement-infection-note = Para lamang ito kung magpapa-hip replacement kayo sa loob ng ilang buwan pagkatapos ng iniksyon.
    Tantiya lamang ang numero ng grupong pinaghahambingan.
    Kapag mas mahaba ang pagitan, walang nakitang dagdag na panganib ang mga pag-aaral.
outcome-steroid-flare = panandaliang pagsiklab ng pananakit pagkatapos ng iniksyon
outcome-steroid-flare-note = Nagsisimula ang pagsiklab sa loob ng ilang oras at kadalasang humuhupa sa loob ng isang araw.
    Madalas banggitin ang numerong ito.
    Wala kaming nakitang pag-aaral sa balakang na nagbilang nito.
outcome-steroid-gtps-flare = panandaliang pagsiklab ng pananakit pagkatapos ng iniksyon
no-data-steroid-gtps-flare = Wala kaming nakitang bilang ng pagsiklab ng pananakit pagkatapos ng ganitong iniksyon sa balakang.
    Sa isang pag-aaral sa balikat ng mga iniksyon malapit sa litid, tumaas nang sandali ang pananakit sa maraming tao.
    Ibang sukatan ang ginamit ng pag-aaral na iyon.

## Iniksyon ng hyaluronic acid (gel)

option-hyaluronic-acid-name = Iniksyon ng gel (hyaluronic acid)
option-hyaluronic-acid-summary = Mag-iiniksyon ang doktor ng gel sa loob ng kasukasuan ng balakang.
    Ginagabayan ng scan ang karayom.
    Layunin ng gel na gawing mas madulas ang paggalaw ng kasukasuan.
    May mga produktong isang iniksyon lang, at may iba na maikling serye.
    Nakita ng mahuhusay na trial na hindi ito mas mabisa kaysa sa kunwaring iniksyon ng tubig na may asin.
    Maraming tao ang gumagaan ang pakiramdam pagkatapos ng anumang iniksyon, kahit kunwaring iniksyon.
option-hyaluronic-acid-regulatory = Wala kaming nakitang pahayag ng ahensyang nag-aapruba tungkol sa mga gel na ito para sa balakang.
    Sa tuhod lamang sumasaklaw ang mga patakaran sa pagbabayad sa US na nakita namin.
    Kaya kadalasan, ang mga tao mismo ang nagbabayad para sa iniksyon sa balakang.
option-hyaluronic-acid-cost = Wala kaming nakitang maaasahang presyo para sa iniksyon ng gel sa balakang.
    Sa tuhod lamang nagbabayad ang mga patakaran ng insurance na nakita namin, kaya malamang na kayo mismo ang magbabayad.
    Itanong muna ang buong presyo ng buong serye.
repeats-hyaluronic-acid = Wala kaming nakitang patakaran o pag-aaral tungkol sa pag-uulit nito sa balakang.

step-hyaluronic-acid-check = Titingnan ng doktor ang inyong balakang.
    Ipapaliwanag niya ang produkto at kung ilang iniksyon ang kailangan nito.
step-hyaluronic-acid-image = Ginagabayan ng larawan mula sa ultrasound o X-ray ang karayom papasok nang malalim sa kasukasuan ng balakang.
step-hyaluronic-acid-inject = Ituturok ng doktor ang gel sa loob ng kasukasuan.
step-hyaluronic-acid-course = May mga produktong nangangailangan ng serye ng iniksyon, na may takdang pagitan.

factor-hyaluronic-acid-insurance = Kung may insurance kayo sa US, alamin muna.
    Sumasaklaw sa iniksyon ng gel sa tuhod ang mga patakaran sa pagbabayad na nakita namin, hindi sa balakang.
factor-hyaluronic-acid-replacement-planned = Kung maaaring magpa-hip replacement kayo sa lalong madaling panahon, itanong ang tamang panahon.
    Mas maraming impeksyon ang nakita ng mga pag-aaral kapag inilagay ang bagong balakang agad pagkatapos ng iniksyon sa balakang.
    Karamihan ng pananaliksik na ito ay tungkol sa iniksyon ng steroid.
    Pinagtatalunan pa kung totoo rin ito sa ibang iniksyon.
factor-hyaluronic-acid-placebo-response = Madalas gumaan ang pananakit pagkatapos ng anumang iniksyon sa kasukasuan, kahit tubig na may asin.
    Maaari itong tumagal nang ilang buwan.
    Kaya ang pagbuti ng pakiramdam pagkatapos ng gel ay hindi patunay na umepekto ang gel.

outcome-hyaluronic-acid-benefit = mas kaunting pananakit o mas maayos na paggalaw kaysa sa kunwaring iniksyon
no-data-hyaluronic-acid-benefit = Inihambing ng mahuhusay na trial ang gel sa kunwaring iniksyon ng tubig na may asin.
    Wala sa kanila ang nakakita na mas pinagaan ng gel ang pananakit o mas pinabuti ang paggalaw sa mga buwan pagkatapos.
    Kaya walang numero ng pakinabang na maipapakita.
    Madalas bumuti ang pakiramdam ng mga tao sa parehong grupo, dahil nakakatulong nang sandali ang anumang iniksyon.
outcome-hyaluronic-acid-injection-pain = panandaliang pananakit kung saan pumasok ang karayom
outcome-hyaluronic-acid-injection-pain-note = Galing ito sa isang grupo ng mga pasyenteng nagpa-iniksyon ng gel nang isang beses.
    Walang grupong pinaghahambingan.
    Hindi malinaw na sinabi ng pag-aaral kung gaano katagal nito binantayan ito.
outcome-hyaluronic-acid-side-effects = ibang mga side effect
no-data-hyaluronic-acid-side-effects = Sa mga trial, halos kasingdalas ang side effect sa gel at sa kunwaring iniksyon.
    Walang ibinigay na numero ang buod na ginamit namin.
outcome-hyaluronic-acid-septic-arthritis = impeksyon ng mikrobyo sa loob ng kasukasuan (septic arthritis), na kailangang magamot agad
outcome-hyaluronic-acid-septic-arthritis-note = Sinukat ang numerong ito pagkatapos ng mga iniksyon ng steroid.
    Anumang karayom sa kasukasuan ay maaaring magpapasok ng mikrobyo.
    Hindi hiwalay na binilang ang panganib para sa gel.

## Iniksyon ng platelet-rich plasma (PRP)

option-prp-name = Iniksyon ng platelet-rich plasma (PRP)
option-prp-summary = Kukuha ng dugo mula sa inyong braso.
    Iniikot ito ng isang makina para makuha ang platelets, maliliit na bahagi ng dugo na tumutulong sa paggaling.
    Ituturok ito ng doktor sa balakang, gamit ang ultrasound bilang gabay.
    Madalas magbenta ang mga klinika ng serye ng ilang iniksyon.
    Sa nag-iisang trial sa balakang na may kunwaring iniksyon, hindi mas mabisa ang PRP kaysa sa tubig na may asin.
    Para sa pananakit sa panlabas na gilid ng balakang, nakita ng isang trial na mas mabisa ito kaysa sa iniksyon ng steroid.
option-prp-regulatory = Ginagawa ang PRP mula sa sarili ninyong dugo sa klinika.
    Wala kaming nakitang pag-apruba sa PRP bilang gamutan para sa arthritis sa balakang o pananakit sa labas ng balakang.
    Ipinapayo ng mga gabay sa paggamot para sa arthritis sa balakang na huwag itong gamitin.
    Tinatawag ng ilang klinika ang PRP na regenerative na gamutan, ibig sabihin ay gamutang nagpapatubo ulit ng tissue.
    Sinasabi ng ahensya ng US para sa gamot na walang regenerative na gamutang aprubado para sa anumang problema sa buto o kasukasuan.
option-prp-cost = Kadalasan kayo mismo ang nagbabayad, dahil hindi ito sakop ng insurance.
    Ang presyong ipinapakita ay para sa isang iniksyon.
    Karaniwang presyo ito sa mga ospital sa US, pero may mas mura at may mas mahal.
    Madalas magbenta ang mga klinika ng serye ng ilang iniksyon, kaya itanong muna ang buong presyo.
repeats-prp = Ang isang serye ay madalas ilang iniksyon, kadalasang lingguhan.
    Wala kaming nakitang pag-aaral tungkol sa pag-uulit ng serye.

variant-prp-leukocyte-rich = Ang leukocyte-rich PRP ay may mas maraming white blood cell na naiiwan sa halo.
variant-prp-leukocyte-poor = Sa leukocyte-poor PRP, inaalis ang karamihan ng white blood cell.

step-prp-blood = Kukuha ng kaunting dugo mula sa inyong braso ang nurse o doktor.
step-prp-spin = Iniikot ng isang makina ang dugo para mahiwalay ang platelets.
step-prp-inject = Ituturok ng doktor ang PRP sa loob o sa tabi ng balakang, ginagabayan ng ultrasound.
step-prp-course = Maaaring bumalik kayo para sa iba pang iniksyon, madalas isang linggo ang pagitan.

factor-prp-placebo-response = Madalas gumaan ang pananakit pagkatapos ng anumang iniksyon, kahit tubig na may asin.
    Sa trial sa balakang, kasinlaki ng ibinuti ng mga binigyan ng PRP ang ibinuti ng mga binigyan ng tubig na may asin.
    Kaya ang pagbuti ng pakiramdam pagkatapos ng PRP ay hindi patunay na umepekto ang PRP.
factor-prp-arthritis-grade = Ang nag-iisang trial sa balakang na may kunwaring iniksyon ay sa mga taong may banayad o katamtamang arthritis.
    Mas kaunti pa ang alam namin tungkol sa malubhang arthritis.
factor-prp-preparation = Iba-iba ang paraan ng paggawa ng PRP sa mga klinika.
    Nag-iiba ang dami ng platelets at white blood cell.
    Dahil dito, mahirap paghambingin ang mga resulta.
    Itanong kung paano ito ginagawa ng inyong klinika.
factor-prp-cost = Kadalasang hindi nagbabayad ang insurance.
    Madalas magbenta ang mga klinika ng serye ng ilang iniksyon, kaya lumalaki ang gastos.
factor-prp-replacement-planned = Kung maaaring magpa-hip replacement kayo sa lalong madaling panahon, itanong ang tamang panahon.
    Mas maraming impeksyon ang nakita ng mga pag-aaral kapag inilagay ang bagong balakang agad pagkatapos ng iniksyon sa balakang.
    Karamihan ng pananaliksik na ito ay tungkol sa iniksyon ng steroid.
    Pinagtatalunan pa kung totoo rin ito sa ibang iniksyon.

outcome-prp-hip-oa-vs-saline = mas kaunting pananakit kaysa sa iniksyon ng tubig na may asin
no-data-prp-hip-oa-vs-saline = Iisang maliit na trial sa balakang lamang ang naghambing ng PRP sa kunwaring iniksyon ng tubig na may asin.
    Bumuti ang parehong grupo, at hindi mas mabisa ang PRP sa alinmang pagsusuri.
    Wala kaming numero mula rito na maipapakita namin.
    Walang grupong pinaghahambingan ang ibang pag-aaral sa balakang.
outcome-prp-knee-pain-vs-saline = pagbabago sa iskor ng pananakit (pag-aaral sa tuhod)
outcome-prp-knee-pain-vs-saline-note = Ang malaking trial na ito ay sa tuhod, hindi sa balakang.
    Halos pareho ang ibinaba ng pananakit sa PRP at sa tubig na may asin.
    Maaaring hindi angkop sa balakang ang mga resulta sa tuhod.
outcome-prp-gtps-vs-steroid = umabot sa malinaw na pagbuti (ang sariling sukatan ng trial)
outcome-prp-gtps-vs-steroid-note = Ang trial na ito ay sa mga taong may pananakit ng litid sa panlabas na gilid ng balakang.
    Inihambing nito ang PRP sa iniksyon ng steroid.
    Walang kunwaring iniksyon, kaya hindi namin masabi kung gaano kalaki ang epekto ng PRP mismo.
    Magkatulad ang dalawang grupo sa mga unang linggo.
    Lumipat sa PRP ang ilang taong hindi tinalaban ng iniksyon ng steroid.
outcome-prp-hip-oa-side-effects = pananakit o pamamaga pagkatapos ng iniksyon
no-data-prp-hip-oa-side-effects = Karamihan ay maliliit na problema ang iniulat ng mga review ng PRP sa balakang.
    Ito ay pananakit o pamamaga kung saan pumasok ang karayom.
    Wala silang nakitang malubhang pinsala.
    Walang pinagmulang nagsabi kung gaano kadalas nangyayari ang maliliit na problema.
outcome-prp-septic-arthritis = impeksyon ng mikrobyo sa loob ng kasukasuan (septic arthritis), na kailangang magamot agad
outcome-prp-septic-arthritis-note = Sinukat ang numerong ito pagkatapos ng mga iniksyon ng steroid.
    Anumang karayom sa kasukasuan ay maaaring magpapasok ng mikrobyo.
    Hindi hiwalay na binilang ang panganib para sa PRP.
outcome-prp-gtps-side-effects = mga side effect
no-data-prp-gtps-side-effects = Hindi iniulat ng buod ng trial na ginamit namin ang mga side effect.
    Wala kaming nakitang ibang bilang para sa ganitong gamit.
