### Mga pagpipiliang operasyon: hip replacement, hip arthroscopy (operasyon sa maliliit na hiwa), core decompression.
### Nasa crates/hipaid-core/content/options/ ang mga numero; ipinapakita ng app ang mga ito sa tabi ng mga salitang ito.

## Hip replacement

option-hip-replacement-name = Hip replacement (pagpapalit ng balakang)
option-hip-replacement-summary =
    Aalisin ng siruhano ang napudpod na bola at socket ng balakang at papalitan ito ng artipisyal na kasukasuan.
    Malaking operasyon ito.
    Maraming tao ang nananatili sa ospital nang ilang araw, at may ilang umuuwi sa parehong araw.
    Ilang linggo bago makabalik sa normal, at maaaring abutin nang ilang buwan ang buong paggaling.
option-hip-replacement-regulatory = Karaniwang operasyon (standard) na ginagawa na nang maraming taon.
option-hip-replacement-cost =
    Ito ang mga presyong ibinigay ng mga ospital sa mga taong sila mismo ang nagbabayad.
    Malaki ang pagkakaiba-iba ng mga ito.
    Ang average na halagang sinisingil sa mga insurer ay malapit sa mababang dulo ng saklaw na ito.
    Kadalasang nagbabayad ang insurance at Medicare kapag pasok kayo sa kanilang mga patakaran.
    Maaaring may bahagi pa rin kayong babayaran, kaya magtanong sa inyong insurer.

step-hip-replacement-assess = Susuriin ng siruhano ang inyong balakang, ang inyong mga X-ray at ang inyong pangkalahatang kalusugan.
step-hip-replacement-prepare =
    Bago ang operasyon, maaaring hilingin sa inyo na asikasuhin ang inyong timbang, paninigarilyo o blood sugar.
    Pinabababa nito ang mga panganib.
step-hip-replacement-operation =
    Patutulugin kayo, o papamanhirin mula baywang pababa.
    Aalisin ng siruhano ang mga napudpod na bahagi at ilalagay ang bagong kasukasuan.
step-hip-replacement-hospital =
    Maraming tao ang nananatili sa ospital nang maikling panahon.
    Sa US, marami ang umuuwi sa parehong araw.
step-hip-replacement-recover =
    Sa simula, maglalakad kayo gamit ang saklay o tungkod.
    Ang mga ehersisyo, sa bahay o kasama ang physical therapist, ay tutulong sa inyong lumakas muli.

milestone-hip-replacement-crutches = Hindi na gagamit ng saklay o tungkod
milestone-hip-replacement-driving = Makapagmaneho ulit, kapag kaya na ninyong huminto nang ligtas at hindi na kailangan ng malalakas na gamot sa sakit
milestone-hip-replacement-work = Balik sa trabaho (mas matagal para sa mabibigat na trabahong pisikal)
milestone-hip-replacement-low-impact-sport = Magagaang sports, gaya ng golf, paglangoy o pagbibisikleta
milestone-hip-replacement-full-benefit = Buong pakinabang (ganito katagal para sa ilang tao)

repeats-hip-replacement =
    Ang hip replacement ay para gawin nang isang beses lamang.
    Kung masira ang bagong kasukasuan, may pangalawang operasyon, na tinatawag na revision, na makakapagpalit ng mga bahagi nito.

## Hip replacement: mga pakinabang

outcome-hip-replacement-oxford-6m = average na pagtaas sa Oxford Hip Score
outcome-hip-replacement-oxford-6m-note =
    Galing sa isang trial sa mga nakatatandang may malubhang osteoarthritis sa balakang.
    May ilang tao sa grupong nag-ehersisyo na nagpaopera bago natapos ang trial.
    Wala kaming nakitang ganitong trial para sa ibang kondisyon sa balakang.
outcome-hip-replacement-meaningful-improvement-12m = nakaramdam ng malinaw na pagbuti
outcome-hip-replacement-meaningful-improvement-12m-note =
    Hindi ito randomized trial: itinugma ang mga tao sa ibang katulad nila.
    Lahat sila ay may osteoarthritis sa balakang.
    Walang nakitang resulta para sa ibang kondisyon sa balakang.
outcome-hip-replacement-still-in-place-10y = gamit pa rin ang kanilang unang bagong balakang, nang walang muling operasyon
outcome-hip-replacement-still-in-place-10y-note =
    Galing sa mga pambansang talaan ng mga kasukasuan, karamihan ay ng mga taong may osteoarthritis.
    Mas matagal tumagal ang bagong balakang sa mga nakatatanda at kapag ikinabit ito gamit ang bone cement.
outcome-hip-replacement-still-in-place-25y = gamit pa rin ang kanilang unang bagong balakang, nang walang muling operasyon
outcome-hip-replacement-still-in-place-25y-note =
    Galing sa mga pambansang talaan ng mga kasukasuan, na binibilang ang lahat.
    Mas mataas na numero ang ipinakita ng mga ulat mula sa iisang siruhano.
    Matagal nang inilagay ang mga balakang na ito; ang mga inilalagay ngayon ay maaaring mas tumagal o hindi.

## Hip replacement: mga pinsala

outcome-hip-replacement-persistent-pain = may nakakaabalang pananakit pa rin matagal pagkatapos ng operasyon
outcome-hip-replacement-persistent-pain-note =
    Malaki ang pagkakaiba ng mga resulta sa bawat pag-aaral.
    Karamihan ng mga tao sa mga pag-aaral na ito ay may osteoarthritis.
outcome-hip-replacement-death-90d = namamatay pagkatapos ng operasyon (sa anumang dahilan)
outcome-hip-replacement-death-90d-note =
    Bumaba ang numerong ito sa paglipas ng mga taon, at mas maraming namatay sa mga mas lumang pag-aaral.
    Galing ito sa lahat ng hip replacement, karamihan ay para sa osteoarthritis.
outcome-hip-replacement-dislocation = nakakaranas ng paglinsad ng bagong balakang mula sa socket nito (dislocation)
outcome-hip-replacement-dislocation-note =
    Galing sa mga mas bagong pag-aaral ang mas mababang numero.
    Kasama sa mas mataas na numero ang mga mas lumang pag-aaral.
    Karamihan ng mga tao sa mga ito ay may osteoarthritis.
outcome-hip-replacement-infection = malalim na impeksyon ng bagong balakang
outcome-hip-replacement-infection-note =
    Marami sa mga ito ang nangailangan ng isa pang operasyon.
    Galing ang mga numero sa malalaking pambansang talaan.
    Karamihan ng mga tao sa mga ito ay may osteoarthritis.
outcome-hip-replacement-blood-clots = namuong dugo (blood clot) sa binti o baga na may sintomas
outcome-hip-replacement-blood-clots-note =
    Binibigyan ang mga tao ng gamot para makatulong na maiwasan ang pamumuo ng dugo.
    Galing ang mas matataas na numero sa isang trial na may kasama ring knee replacement.
    Sa trial na iyon, nagkaroon ng pagkakaiba depende sa uri ng gamot.
outcome-hip-replacement-leg-length = nakakaramdam na mas mahaba ang isang binti kaysa sa isa
outcome-hip-replacement-leg-length-note =
    Karamihan sa mga taong ito ay walang pagkakaibang nasusukat.
    Gayunman, naiugnay ang pakiramdam na ito sa mas mababang iskor ng balakang.

factor-hip-replacement-weight = Pinatataas ng mabigat na timbang ang mga panganib ng operasyon. Maaaring hilingin sa inyo na asikasuhin muna ito.
factor-hip-replacement-smoking = Pinatataas ng paninigarilyo ang mga panganib ng operasyon. Maaaring hilingin sa inyo na tumigil muna.
factor-hip-replacement-diabetes = Pinatataas ng hindi kontroladong blood sugar ang mga panganib. Maaaring hilingin sa inyo na pababain muna ito.
factor-hip-replacement-recent-injection =
    Naiuugnay ang iniksyon sa balakang sa loob ng ilang buwan bago ang operasyon sa mas maraming impeksyon ng bagong balakang.
    Sabihin sa inyong siruhano ang anumang kamakailang iniksyon.
factor-hip-replacement-older-age =
    Sa mga nakatatanda, maaaring ikabit ng siruhano ang bagong balakang gamit ang bone cement.
    Pinabababa nito ang panganib na mabali ang buto sa paligid nito.
    Mas bihira ring kailangang ulitin ang operasyon ng bagong balakang sa mga nakatatanda.

## Hip arthroscopy (operasyon sa maliliit na hiwa)

option-hip-arthroscopy-name = Hip arthroscopy (operasyon sa maliliit na hiwa)
option-hip-arthroscopy-summary =
    Operasyon sa balakang sa pamamagitan ng maliliit na hiwa (keyhole surgery).
    Sa maliliit na hiwa, gumagamit ang siruhano ng maliit na kamera at mga kagamitan.
    Puwedeng hubugin muli ng siruhano ang sobrang buto at ayusin o tapyasin ang napunit na gilid ng socket, na tinatawag na labrum.
    Tulog na tulog kayo, at karamihan ng tao ay umuuwi sa parehong araw.
option-hip-arthroscopy-regulatory =
    Karaniwang operasyon (standard).
    Para sa hip impingement, sumasang-ayon ang mga eksperto na isa itong makatwirang pagpipilian.
    Ang ehersisyo kasama ang physical therapist ay isa pa.
option-hip-arthroscopy-cost =
    Wala kaming nakitang maaasahang presyo sa US para sa operasyong ito.
    Tanungin ang ospital at ang inyong insurer kung magkano ang babayaran ninyo.

step-hip-arthroscopy-assess =
    Dapat tumuro sa iisang problema ang inyong pananakit, ang pagsusuri at ang inyong mga scan.
    Hindi sapat ang punit na nakikita sa scan, dahil maraming taong walang pananakit ang may punit.
step-hip-arthroscopy-operation =
    Tulog na tulog kayo.
    Dahan-dahang hihilahin ang inyong binti para bumuka ang kasukasuan.
    Sa maliliit na hiwa, huhubugin muli ng siruhano ang buto at aayusin o tatapyasin ang labrum.
step-hip-arthroscopy-home = Karamihan ng tao ay umuuwi sa parehong araw.
step-hip-arthroscopy-rehab = Gagamit kayo ng saklay nang ilang linggo at susunod sa isang plano ng ehersisyo.

milestone-hip-arthroscopy-crutches = Hindi na gagamit ng saklay
milestone-hip-arthroscopy-desk-work = Balik sa trabahong nakaupo sa mesa
milestone-hip-arthroscopy-sport = Balik sa sports
milestone-hip-arthroscopy-full-benefit = Buong pakinabang (puwedeng patuloy na bumuti ang balakang hanggang sa panahong ito)

repeats-hip-arthroscopy =
    Ito ay para gawin nang isang beses lamang.
    May mga taong nangangailangan ng pangalawang operasyon sa parehong balakang, o ng hip replacement kalaunan.
    Ipinapakita ang mga numerong iyon kasama ng mga pinsala.

## Hip arthroscopy: mga pakinabang

outcome-hip-arthroscopy-ihot-pooled = average na pagtaas sa iHOT na iskor ng balakang
outcome-hip-arthroscopy-ihot-pooled-note =
    Galing sa mga trial sa mga taong may hip impingement, na marami rin ang may punit na labrum.
    Bumuti ang parehong grupo.
    Nagdagdag ang operasyon ng pagbuting malapit sa pinakamaliit na pagbabagong napapansin ng mga tao.
outcome-hip-arthroscopy-fashion-12m = dagdag na puntos sa iHOT na iskor ng balakang, higit sa pagbuti ng ibang grupo
outcome-hip-arthroscopy-fashion-12m-note =
    Galing sa isang trial sa UK sa mga taong may hip impingement.
    Galing ang numerong ito sa buod na isinulat ng pangunahing siruhano ng trial, at hindi namin natiyak ang eksaktong saklaw nito.
    Sa unang taon, hindi naipakitang sulit sa gastos ang operasyon.
outcome-hip-arthroscopy-hip-oa-benefit = mas kaunting pananakit o mas maayos na paggamit ng balakang
no-data-hip-arthroscopy-hip-oa-benefit =
    Kapag nagsimula na ang arthritis, mas maliit na pagbuti ang nakita ng mga pag-aaral.
    Wala kaming nakitang trial na naghambing ng operasyong ito sa physical therapy sa mga taong may arthritis.
outcome-hip-arthroscopy-hip-oa-delay = pagpapaliban ng pangangailangan sa hip replacement
no-data-hip-arthroscopy-hip-oa-delay =
    Walang pag-aaral na nagpapakitang naipagpapaliban ng operasyong ito ang hip replacement kapag may arthritis na.
    Sa katunayan, mas madalas mangailangan nito agad pagkatapos ang mga taong may arthritis.

## Hip arthroscopy: mga pinsala

outcome-hip-arthroscopy-major-complications = malubhang problemang dulot ng operasyon
outcome-hip-arthroscopy-minor-complications = maliit na problema, gaya ng gasgas sa ibabaw ng kasukasuan o pamamanhid na kusang nawawala
outcome-hip-arthroscopy-nerve-palsy = problema sa ugat (nerve), gaya ng pamamanhid o panghihina
outcome-hip-arthroscopy-nerve-palsy-note =
    Galing ang numerong ito sa mas malaking review ng maraming operasyon.
    Maikling buod lamang nito ang nakita namin.
    Maaaring kasama rin ito sa maliliit na problema, na kinabibilangan ng pamamanhid na kusang nawawala.
outcome-hip-arthroscopy-reoperation = nangangailangan ng isa pang operasyon sa parehong balakang
outcome-hip-arthroscopy-later-replacement = nangangailangan ng hip replacement kalaunan
outcome-hip-arthroscopy-later-replacement-note =
    Galing sa mga piling grupo sa pag-aaral ang mas mababang numero.
    Galing sa buong populasyon ang mas mataas.
outcome-hip-arthroscopy-later-replacement-arthritis = nangangailangan ng hip replacement sa loob ng isang taon
outcome-hip-arthroscopy-later-replacement-arthritis-note =
    Ito ay para sa mga nakatatandang may arthritis na o may napudpod nang kartilago.
    Galing ito sa isang review ng eksperto, hindi sa trial.

factor-hip-arthroscopy-existing-arthritis =
    Kung nagsimula na ang arthritis, mas maliit ang pakinabang.
    Mas madalas ding kailanganin ang hip replacement agad pagkatapos.
factor-hip-arthroscopy-older-age = Mas madalas mangailangan kalaunan ng hip replacement ang mga nakatatanda.

## Core decompression

option-core-decompression-name = Core decompression (pagbubutas sa patay na buto)
option-core-decompression-summary =
    Operasyon para sa maagang pagkamatay ng buto sa bola ng balakang, bago ito gumuho.
    Gagawa ang siruhano ng isang malapad na butas o ilang maninipis na butas sa patay na buto.
    Layunin nitong bawasan ang presyon at tulungang gumaling ang buto.
    Pagkatapos, hindi ninyo muna ipapasan ang buong bigat sa binti nang ilang panahon.
option-core-decompression-regulatory =
    Karaniwang operasyon (standard).
    Itinuturing ito ng isang malaking insurer sa US na kailangang gamutan bago gumuho ang bola, pero hindi pa napatunayan kapag gumuho na.
option-core-decompression-cost =
    Wala kaming nakitang presyo para sa operasyong ito.
    Nagbabayad para rito ang isang malaking insurer sa US bago gumuho ang bola ng balakang.
    Tanungin ang inyong insurer kung magkano ang babayaran ninyo.

step-core-decompression-assess =
    Ipinapakita ng MRI scan o X-ray ang yugto.
    Para ang operasyong ito sa mga balakang na bilog pa ang bola.
step-core-decompression-operation =
    Bibigyan kayo ng anesthesia (pampatulog o pampamanhid).
    Gagawa ang siruhano ng isang malapad na butas o ilang maninipis na butas sa patay na bahagi ng buto.
step-core-decompression-protect =
    Pagkatapos, hindi ninyo muna ipapasan ang buong bigat sa binti nang ilang panahon.
    Wala kaming nakitang takdang haba nito sa aming mga pinagmulan.

repeats-core-decompression =
    Wala kaming nakitang pag-aaral tungkol sa pag-uulit ng operasyong ito.
    Kung gumuho ang bola ng balakang, madalas na hip replacement ang susunod na hakbang.

## Core decompression: mga pakinabang

outcome-core-decompression-no-progression-early = walang nakitang paglala sa X-ray
outcome-core-decompression-no-progression-early-note =
    Ito ang pinakamagandang sitwasyon: ang pinakamaagang yugto, na may maliit na patay na bahagi.
    Galing ito sa isang mas lumang pag-aaral na walang grupong hindi ginamot.
outcome-core-decompression-collapse = nakaranas pa rin ng pagguho ng bola ng balakang
outcome-core-decompression-collapse-note =
    Mas mabuti kung mas kaunti rito.
    Galing sa isang malaking pag-aaral ng mga balakang na nasa maagang yugto, na walang grupong hindi ginamot na mapaghahambingan.
    Sinusubaybayan ng ganitong mga pag-aaral ang mga tao nang ilang taon.
outcome-core-decompression-vs-no-operation = mas magandang resulta kaysa sa walang operasyon
no-data-core-decompression-vs-no-operation =
    Wala kaming nakitang pag-aaral na naghambing ng operasyong ito sa walang operasyon.
    Ang ilang pag-aaral ay tumingin lamang sa mga balakang na ginamot.
    Inihambing naman ito ng iba sa ibang uri ng operasyon.

## Core decompression: mga pinsala

outcome-core-decompression-harms = mga pinsala ng operasyon
no-data-core-decompression-harms =
    Hindi nagbigay ang aming mga pinagmulan ng numero para sa mga pinsala ng operasyong ito.
    May panganib ang anumang operasyon.
    Tanungin ang siruhano kung anong mga pinsala ang maaaring mangyari at gaano kadalas niya nakikita ang mga ito.

factor-core-decompression-lesion-size = Mahalaga ang laki ng patay na bahagi sa bola ng balakang. Kapag mas malaki ito, mas malamang na gumuho ang balakang pagkatapos ng operasyon.
factor-core-decompression-cause = Mas malamang ang pagguho kung ang gamot na steroid ang naging sanhi ng pagkamatay ng buto. Mas malamang din ito kung walang nakitang sanhi.
factor-core-decompression-disease-duration = Mas malamang ang pagguho kapag mas matagal nang naroon ang kondisyon.
