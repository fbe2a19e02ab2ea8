### Mga kondisyon: mga pangalan, buod, kung paano natutukoy ang bawat isa, ano ang nangyayari kapag
### walang gamutan, mga yugto, kung paano akma ang bawat pagpipilian sa bawat kondisyon, at mga label
### para sa mga numero tungkol sa bawat kondisyon. Wala rito ang mga numero: nasa
### crates/hipaid-core/content/conditions/ ang mga ito at ipinapakita ng app sa tabi ng mga salitang ito.
### Simpleng wika. Walang digit.
### Sinasabi ng mga label ng numero KUNG ANO ang binibilang; inilalagay ng app sa unahan nila ang
### "N sa bawat 100 tao ay" at ipinapakita sa tabi nila ang saklaw na panahon at ang katiyakan.

## Osteoarthritis ng balakang

condition-hip-oa-name = Osteoarthritis ng balakang (arthritis dahil sa pagkapudpod)
condition-hip-oa-summary =
    Ang mga dulo ng buto sa balakang ay may makinis na pantakip na tinatawag na kartilago (cartilage).
    Sa osteoarthritis, numinipis ang pantakip na ito. Maaaring sumakit ang balakang, manigas, at hindi gaanong makagalaw nang maayos.
    Napakakaraniwan nito habang tumatanda ang tao.
condition-hip-oa-diagnosis =
    Kadalasan, masasabi na ito ng doktor o physical therapist mula sa inyong kuwento at sa pagsusuri.
    Karaniwang sapat na ito kung kayo ay nasa katanghaliang-gulang o mas matanda, sumasakit ito kapag kumikilos kayo,
    at maikli ang anumang paninigas sa umaga (kalahating oras o mas maikli).
    Hindi laging kailangan ang X-ray. Makakatulong ito kapag kakaiba ang mga palatandaan,
    o para makita kung gaano na nagbago ang kasukasuan.
    Hindi laging magkatugma ang X-ray at ang pananakit. May mga taong malaki ang pagbabago sa X-ray pero kaunti lang ang sakit.
condition-hip-oa-course =
    Malaki ang pagkakaiba sa bawat tao kung paano nagbabago ang arthritis sa balakang sa paglipas ng panahon.
    May mga taong halos hindi nagbabago ang lagay nang matagal. Sa iba, lumalala ito,
    at may ilan sa kanila na pumipili ng bagong balakang. Mahirap sabihin nang maaga kung saan ito papunta para sa inyo.
    Ang mga numerong narito ay galing sa malalaking grupo ng tao na sinubaybayan nang matagal.

stage-hip-oa-kl-1-name = Unang grado: hindi pa tiyak
stage-hip-oa-kl-1-description =
    Maaaring makita sa X-ray ang napakaliit na pagkitid ng puwang sa pagitan ng mga buto, o isang maliit na umbok ng buto.
    Hindi pa malinaw kung arthritis na ito.
stage-hip-oa-kl-2-name = Ikalawang grado: banayad
stage-hip-oa-kl-2-description =
    Medyo kumitid ang puwang sa pagitan ng mga buto. May tumubong maliliit na umbok ng buto (spurs).
    Maaaring bahagyang tumigas ang buto sa ilalim ng kartilago.
    Kadalasang itinuturing ito ng mga pag-aaral na arthritis simula sa gradong ito.
stage-hip-oa-kl-3-name = Ikatlong grado: katamtaman
stage-hip-oa-kl-3-description =
    Malinaw na kumitid ang puwang sa pagitan ng mga buto. Mas marami ang spurs.
    Tumigas na ang buto sa ilalim ng kartilago at maaaring may maliliit na butas (cyst).
    Maaaring magsimulang magbago ang hugis ng kasukasuan.
stage-hip-oa-kl-4-name = Ikaapat na grado: malubha
stage-hip-oa-kl-4-description =
    Halos wala na ang puwang sa pagitan ng mga buto. May malalaking spurs,
    at malinaw na nagbago na ang hugis ng kasukasuan.

applies-hip-oa-exercise =
    Pangunahing gamutan ang ehersisyo sa bawat yugto. Ipinapayo ito ng mga pangunahing gabay sa paggamot para sa arthritis sa balakang.
    Nakakatulong ito hangga't ipinagpapatuloy ninyo ito.
applies-hip-oa-watchful-waiting =
    Puwede ninyong piliing maghintay at tingnan kung ano ang mangyayari sa inyong balakang.
    Kadalasan ay may panahon pa para pag-isipan ito. Puwede kayong pumili ng ibang pagpipilian anumang oras.
applies-hip-oa-steroid-injection =
    Puwedeng gamitin ang iniksyon ng steroid sa anumang yugto para maibsan ang pananakit sa maikling panahon.
    Kadalasang nawawala ang epekto sa loob ng ilang buwan.
    Mas mabuting iwasan ito sa mga buwan bago mismo ang hip replacement, dahil maaari nitong pataasin ang panganib ng impeksyon.
applies-hip-oa-hyaluronic-acid =
    May mga klinikang nag-aalok ng iniksyon ng gel (hyaluronic acid) sa anumang yugto.
    Ipinapayo ng mga pangunahing gabay sa paggamot na huwag itong gamitin sa balakang.
    Nakita ng mahuhusay na pag-aaral na hindi ito mas mabisa kaysa sa kunwaring iniksyon.
applies-hip-oa-prp =
    May mga klinikang nag-aalok ng PRP, isang iniksyon na gawa sa sarili ninyong dugo. Hindi ito ipinapayo ng mga pangunahing gabay sa paggamot.
    Ang nag-iisang pag-aaral sa balakang na naghambing nito sa kunwaring iniksyon ay walang nakitang pagkakaiba.
applies-hip-oa-stem-cell-injection =
    May mga klinikang nagbebenta ng iniksyon ng “stem cell” para sa arthritis sa balakang.
    Wala pang trial na may grupong pinaghahambingan ang sumubok sa mga ito sa balakang.
    Hindi ito ipinapayo ng mga gabay sa paggamot. Wala pang inaprubahan para sa gamit na ito ang ahensya ng US na nag-aapruba ng gamot.
applies-hip-oa-hip-arthroscopy =
    Minsan ay iniaalok ang hip arthroscopy (operasyon sa maliliit na hiwa) kapag hindi pa tiyak o banayad pa ang arthritis.
    Kapag may arthritis na, mas maliit ang pakinabang.
    Madalas ding mas maagang kailanganin ng mga tao ang bagong balakang.
applies-hip-oa-hip-replacement =
    Pagpipilian ang bagong balakang (hip replacement) kapag katamtaman o malubha na ang arthritis.
    Sa isang trial sa malubhang arthritis, mas malaki ang naging ginhawa at pagbuti dito kaysa sa isang programa ng ehersisyong pampalakas.
    Malaking operasyon ito, na may tunay na mga panganib.

figure-hip-oa-lifetime-risk = nagkakaroon ng arthritis sa balakang na may pananakit o paninigas pagsapit ng edad na { $ageTo }
figure-hip-oa-hip-symptoms-45 = may pananakit, kirot o paninigas ng balakang (edad { $ageFrom } pataas)
figure-hip-oa-xray-45 = may palatandaan ng arthritis sa balakang sa X-ray (edad { $ageFrom } pataas)
figure-hip-oa-symptomatic-45 = may arthritis sa balakang na nakikita sa X-ray at may pananakit o paninigas (edad { $ageFrom } pataas)
figure-hip-oa-symptomatic-75 = may arthritis sa balakang na nakikita sa X-ray at may pananakit o paninigas (edad { $ageFrom } pataas)
figure-hip-oa-severe-xray-45 = may malubhang arthritis sa balakang sa X-ray (edad { $ageFrom } pataas)
figure-hip-oa-new-symptomatic-45 = nagkakaroon ng arthritis sa balakang na may pananakit o paninigas, bawat taon (edad { $ageFrom } pataas)
figure-hip-oa-new-xray-45 = nagkakaroon ng palatandaan ng arthritis sa balakang sa X-ray, bawat taon (edad { $ageFrom } pataas)
figure-hip-oa-new-severe-xray-45 = nagkakaroon ng malubhang arthritis sa balakang sa X-ray, bawat taon (edad { $ageFrom } pataas)
figure-hip-oa-world-prevalence = may arthritis sa balakang (sa buong mundo)
figure-hip-oa-world-new-cases = bagong nagkakaroon ng arthritis sa balakang bawat taon (sa buong mundo)
figure-hip-oa-replacement-after-exercise-2y = nagkaroon ng bagong balakang, pagkatapos ng isang programa ng ehersisyo at payo
figure-hip-oa-replacement-waitlisted-2y = nagkaroon ng bagong balakang pagkatapos ng parehong programa, kung nakalista na sila sa waiting list para rito

## Pagkawala ng daloy ng dugo sa bola ng balakang (avascular necrosis)

condition-avn-name = Pagkawala ng daloy ng dugo sa bola ng kasukasuan ng balakang (avascular necrosis)
condition-avn-summary =
    Nawawalan ng daloy ng dugo ang bahagi ng bola sa itaas ng buto ng hita.
    Kapag walang dugo, namamatay ang bahaging iyon ng buto. Sa paglipas ng panahon, maaaring magkalamat at lumubog ang bola.
    Pagkatapos, maaaring mapudpod ang kasukasuan. Kadalasan itong tumatama sa mga mas batang adulto at sa mga nasa katanghaliang-gulang.
condition-avn-diagnosis =
    Matutuklasan ito nang maaga ng MRI scan, kahit normal pa ang itsura sa X-ray.
    Kalaunan, makikita na sa X-ray ang mga pagbabago sa buto.
    Binibigyan ito ng mga doktor ng yugto. Ipinapakita ng yugto kung nagsimula nang lumubog ang bola, at kung gaano kalalim.
    Sa oras na matuklasan ito, marami nang balakang ang nagsimulang gumuho.
    Minsan, natutuklasan ito sa balakang na hindi pa sumasakit.
condition-avn-course =
    Kapag walang gamutan, madalas lumala ang problemang ito sa paglipas ng panahon.
    Kung gaano kabilis ay nakadepende nang malaki sa laki at lokasyon ng patay na bahagi.
    Madalas hindi nagbabago nang ilang taon ang maliliit na patay na bahagi. Ang malalaki ay madalas humahantong sa pagguho sa loob ng ilang taon.
    Kapag gumuho na ang bola, madalas mapudpod ang kasukasuan, at maraming tao ang nangangailangan ng bagong balakang.
    Mahirap hulaan kung ano ang mangyayari sa isang partikular na balakang.

stage-avn-arco-1-name = Yugto I: sa MRI lamang nakikita
stage-avn-arco-1-description =
    Normal ang itsura sa X-ray. Makikita ang patay na bahagi sa MRI o sa bone scan.
    Normal pa ang hugis ng bola ng balakang.
stage-avn-arco-2-name = Yugto II: nakikita sa X-ray, bilog pa ang bola
stage-avn-arco-2-description =
    Makikita sa X-ray ang mga pagbabago sa buto, gaya ng masisiksik na bahagi o maliliit na butas.
    Wala pang lamat sa ilalim ng ibabaw, at hindi pa nagsisimulang pumipi ang bola.
stage-avn-arco-3a-name = Yugto IIIA: maagang pagguho
stage-avn-arco-3a-description =
    May lamat na nabuo sa ilalim ng ibabaw ng bola.
    Hindi pa lumulubog ang bola, o kaunti lang ang lubog: dalawang milimetro o mas kaunti.
stage-avn-arco-3b-name = Yugto IIIB: pagguho
stage-avn-arco-3b-description =
    May lamat na nabuo sa ilalim ng ibabaw ng bola.
    Lumubog na ang bola nang higit sa dalawang milimetro.
stage-avn-arco-4-name = Yugto IV: arthritis
stage-avn-arco-4-description =
    Nagsimula nang mapudpod ang kasukasuan, gaya sa osteoarthritis.
    Mas makitid na ang puwang sa pagitan ng bola at ng socket (ang hukay na kinalalagyan ng bola), at nagbago na rin ang socket.

applies-avn-exercise =
    Makakatulong ang ehersisyo para manatiling malakas ang mga kalamnan at nakakagalaw ang balakang. Hindi nito naibabalik ang daloy ng dugo sa buto.
    Wala kaming nakitang pag-aaral na sumubok ng ehersisyo para sa problemang ito.
applies-avn-watchful-waiting =
    May mga taong pumipiling bantayan ang balakang, na may regular na pagpapatingin.
    Kapag maliit ang patay na bahagi, madalas nananatiling buo ang bola nang ilang taon.
    Kapag malaki ito, madalas gumuguho ang bola sa loob ng ilang taon.
applies-avn-stem-cell-injection =
    Hindi pa nasusubok para sa problemang ito ang mga cells na ini-iniksyon nang mag-isa sa kasukasuan.
    Sa mga pag-aaral, inilalagay ang mga cells sa buto habang may operasyong pagbubutas, na tinatawag na core decompression.
    Hiwalay na pagpipilian iyon.
applies-avn-hip-replacement =
    Pagpipilian ang bagong balakang kapag nagsimula nang gumuho ang bola, o kapag napudpod na ang kasukasuan.
    Pabor ang isang review sa bagong balakang kapag lumubog na ang bola nang higit sa dalawang milimetro.
applies-avn-core-decompression =
    Bago gumuho ang bola, puwedeng butasan ng siruhano ang patay na buto.
    Layunin nitong bawasan ang presyon at tulungang gumaling ang buto.
    Sa maagang mga yugtong ito lamang ito ginagamit. May mga balakang na gumuguho pa rin pagkatapos nito.
applies-avn-core-decompression-cells =
    Bago gumuho ang bola, puwedeng idagdag sa core decompression ang mga cells mula sa sarili ninyong bone marrow (utak ng buto).
    Ipinapahiwatig ng mga pag-aaral na mas kaunting balakang ang gumuguho kaysa sa pagbubutas lamang.
    Hindi malinaw kung mas kaunting tao ang nangangailangan ng bagong balakang.
    Katamtaman lamang ang ebidensya. Tinatawag itong eksperimental ng ilang insurer.

figure-avn-new-cases-us = adulto sa Estados Unidos ang bagong natutuklasang may ganitong problema bawat taon (karamihan ay mas bata o nasa katanghaliang-gulang)
figure-avn-collapsed-at-diagnosis = may bola ng balakang na gumuho na nang matuklasan ang problema
figure-avn-collapse-type-a-2y = nakakaranas ng pagguho ng bola ng balakang (buo pa ang bola sa simula; pinakamaliit na patay na bahagi, type A)
figure-avn-collapse-type-a-5y = nakakaranas ng pagguho ng bola ng balakang (buo pa ang bola sa simula; pinakamaliit na patay na bahagi, type A)
figure-avn-collapse-type-b-2y = nakakaranas ng pagguho ng bola ng balakang (buo pa ang bola sa simula; maliit na patay na bahagi, type B)
figure-avn-collapse-type-b-5y = nakakaranas ng pagguho ng bola ng balakang (buo pa ang bola sa simula; maliit na patay na bahagi, type B)
figure-avn-collapse-type-c1-2y = nakakaranas ng pagguho ng bola ng balakang (buo pa ang bola sa simula; malaking patay na bahagi, type C-one)
figure-avn-collapse-type-c1-5y = nakakaranas ng pagguho ng bola ng balakang (buo pa ang bola sa simula; malaking patay na bahagi, type C-one)
figure-avn-collapse-type-c2-2y = nakakaranas ng pagguho ng bola ng balakang (buo pa ang bola sa simula; pinakamalaking patay na bahagi, type C-two)
figure-avn-collapse-type-c2-5y = nakakaranas ng pagguho ng bola ng balakang (buo pa ang bola sa simula; pinakamalaking patay na bahagi, type C-two)
figure-avn-silent-hip-becomes-painful = nagsisimulang makaramdam ng pananakit sa balakang (mga balakang na may problema pero walang sakit sa simula)
figure-avn-silent-hip-collapses = nakakaranas ng pagguho ng bola ng balakang (mga balakang na may problema pero walang sakit sa simula)
figure-avn-untreated-progresses = lumalala nang walang gamutan, at karamihan sa kanila ay nangangailangan kalaunan ng bagong balakang

## Punit sa gilid ng malambot na tissue sa paligid ng socket ng balakang (labral tear)

condition-labral-tear-name = Punit sa gilid ng malambot na tissue sa paligid ng socket ng balakang (labral tear)
condition-labral-tear-summary =
    Ang labrum ay isang gilid ng malambot na tissue sa paligid ng socket ng balakang (ang hukay na kinalalagyan ng bola).
    Tumutulong itong panatilihin sa lugar ang bola ng balakang. Maaaring magdulot ng pananakit ang punit dito.
    Pero maraming punit ang hindi nagdudulot ng anumang sakit.
condition-labral-tear-diagnosis =
    Magtatanong ang doktor tungkol sa inyong pananakit at titingnan kung paano gumagalaw ang inyong balakang.
    Maaaring makita ang punit sa MRI scan. Pero nakikita rin ang punit sa scan ng maraming taong walang pananakit ng balakang.
    Kaya bahagi lamang ng kuwento ang punit na nakikita sa scan.
    Dapat magtugma ang inyong mga sintomas, ang pagsusuri at ang scan bago pag-isipan ang operasyon.
condition-labral-tear-course =
    Kaunti lang ang alam tungkol sa nangyayari sa punit sa paglipas ng panahon kapag walang gamutan.
    Maraming punit ang hindi kailanman sumasakit. Kapag sumasakit ang punit, maaaring humupa ang sakit, o maaaring magtagal ito.
    Maaaring kasabay ng punit ang problema sa hugis ng balakang na tinatawag na impingement, o ang maagang arthritis.
    Maaaring mabago ng mga ito ang susunod na mangyayari.

stage-labral-tear-without-oa-name = Walang arthritis
stage-labral-tear-without-oa-description =
    Nasa mabuting kalagayan pa ang kartilago sa kasukasuan. Walang arthritis na nakikita sa X-ray.
stage-labral-tear-with-oa-name = May arthritis
stage-labral-tear-with-oa-description =
    Nagsimula na rin ang arthritis: nagsimula nang numipis ang kartilago sa kasukasuan.
    Binabago nito kung aling mga gamutan ang maaaring makatulong.

applies-labral-tear-exercise =
    Kadalasang unang hakbang ang ehersisyo at physical therapy. Sumasang-ayon ang mga eksperto na angkop na gamutan ito.
    Layunin nitong palakasin ang mga kalamnan sa paligid ng balakang at bawasan ang pananakit.
applies-labral-tear-watchful-waiting =
    Maraming tao ang may punit pero walang anumang sakit. Hindi laging kailangang gamutin ang punit na nakikita sa scan.
    Puwede ninyong tingnan muna kung ano ang mangyayari at magpasya sa ibang araw.
applies-labral-tear-steroid-injection =
    Maaaring maibsan ng iniksyon ng steroid sa balakang ang pananakit nang maikling panahon.
    Para sa punit at impingement, iisang maliit na pag-aaral lamang ang sumubok nito.
applies-labral-tear-stem-cell-injection =
    May mga klinikang nagbebenta ng iniksyon ng “stem cell” para sa labral tear.
    Wala kaming nakitang pag-aaral ng mga iniksyong ito para sa labral tear.
    Wala pang inaprubahan sa mga ito ang ahensya ng US na nag-aapruba ng gamot para sa anumang problema sa buto o kasukasuan.
applies-labral-tear-hip-arthroscopy =
    Sa hip arthroscopy (operasyon sa maliliit na hiwa), puwedeng ayusin o tapyasin ang napunit na gilid. Pagpipilian ito para sa ilang taong walang arthritis.
    Sa mga trial ng mga taong may hip impingement, na madalas may kasamang punit,
    parehong nakatulong ang operasyon at ang physical therapy. Bahagyang mas nakatulong ang operasyon sa average.
applies-labral-tear-hip-replacement =
    Kung nagkaroon na ng arthritis, pagpipilian ang bagong balakang.
    Mas kaunti ang naitutulong ng arthroscopy kapag may arthritis na.

figure-labral-tear-on-mri-no-pain = may labral tear sa MRI scan (mga taong walang pananakit ng balakang)
figure-labral-tear-cartilage-damage-no-pain = may pinsala sa kartilago sa MRI scan (mga taong walang pananakit ng balakang)
figure-labral-tear-young-no-pain = may labral tear sa scan (mga batang adulto na walang pananakit ng balakang)
figure-labral-tear-pooled-no-pain = may punit o pinsala sa gilid ng socket sa scan (mga balakang na walang sakit; review ng ilang pag-aaral)

## Hip impingement (femoroacetabular impingement, FAI)

condition-fai-name = Hip impingement: nagkikiskisan ang bola at socket dahil sa kanilang hugis (femoroacetabular impingement)
condition-fai-summary =
    May kakaibang hugis ang bola o ang socket ng balakang.
    Ang sobrang buto sa bola ay tinatawag na cam shape. Ang sobrang takip mula sa gilid ng socket ay tinatawag na pincer shape.
    Kapag ibinabaluktot ang balakang, maaaring magkiskisan at maipit ang mga gilid. Maaari itong sumakit, at maaari nitong mapinsala ang gilid ng socket.
condition-fai-diagnosis =
    Tinatawag lamang itong impingement ng mga doktor kapag magkakatugma ang tatlong bagay: ang inyong mga sintomas, ang pagsusuri, at ang X-ray o scan.
    Napakakaraniwan ng mga hugis ng balakang na ito sa mga taong walang pananakit, at lalo na sa mga atleta.
    Kaya ang hugis na nakikita sa scan ay hindi nangangahulugang, sa sarili lamang nito, na kailangan itong gamutin.
condition-fai-course =
    Kahit walang operasyon, karamihan ng mga taong may impingement ay hindi nagkakaroon ng arthritis, kahit pagkalipas ng maraming taon.
    May ilan na nagkakaroon, at may ilang kalaunang nangangailangan ng bagong balakang.
    Hindi masasabi nang tiyak kung sino sila.

stage-fai-without-oa-name = Walang arthritis
stage-fai-without-oa-description =
    Nasa mabuting kalagayan pa ang kartilago sa kasukasuan. Walang arthritis na nakikita sa X-ray.
stage-fai-with-oa-name = May arthritis
stage-fai-with-oa-description =
    Nagsimula na rin ang arthritis: nagsimula nang numipis ang kartilago sa kasukasuan.
    Binabago nito kung aling mga gamutan ang maaaring makatulong.

applies-fai-exercise =
    Kadalasang unang hakbang ang physical therapy at ehersisyo. Sumasang-ayon ang mga eksperto na angkop na pagpipilian ito.
    Sa mga trial, bumuti ang mga tao sa gamutang ito. Bahagyang mas nakatulong ang operasyon, sa average.
applies-fai-watchful-waiting =
    Maraming tao ang may ganitong hugis ng balakang at hindi kailanman nagkakaroon ng pananakit.
    Sa loob ng maraming taon, ilan lamang sa mga taong may impingement ang nagkakaroon ng arthritis.
    Puwede ninyong tingnan muna kung ano ang mangyayari at magpasya sa ibang araw.
applies-fai-steroid-injection =
    Maaaring maibsan ng iniksyon ng steroid sa balakang ang pananakit nang maikling panahon.
    Iisang maliit na pag-aaral lamang ang sumubok nito para sa impingement.
applies-fai-hip-arthroscopy =
    Sa hip arthroscopy (operasyon sa maliliit na hiwa), puwedeng hubugin muli ang buto at ayusin ang gilid ng socket.
    Pagpipilian ito para sa ilang taong walang arthritis.
    Sa mga trial, bahagyang mas nakatulong ito kaysa sa physical therapy sa average.
    Ang pagitan ay malapit sa pinakamaliit na pagbabagong napapansin ng mga tao.
applies-fai-hip-replacement =
    Kung nagkaroon na ng arthritis, pagpipilian ang bagong balakang.
    Sa loob ng maraming taon, maliit na bahagi ng mga taong may impingement ang nangangailangan nito.

figure-fai-cam-shape-no-pain = may cam shape, o sobrang buto sa bola (mga balakang na walang sintomas)
figure-fai-cam-shape-athletes-no-pain = may cam shape (mga balakang ng atleta na walang sintomas)
figure-fai-cam-shape-general-no-pain = may cam shape (mga balakang na walang sintomas, sa pangkalahatang populasyon)
figure-fai-pincer-shape-no-pain = may pincer shape, o sobrang takip mula sa gilid ng socket (mga balakang na walang sintomas)
figure-fai-painful-arthritis-25y = nagkakaroon ng arthritis sa balakang na may pananakit o paninigas, nang walang operasyon para sa hugis ng balakang
figure-fai-hip-replacement-25y = nagkakaroon ng bagong balakang, nang walang operasyon para sa hugis ng balakang

## Pananakit sa labas ng balakang (greater trochanteric pain syndrome)

condition-gtps-name = Pananakit sa labas ng balakang (greater trochanteric pain syndrome, madalas tawaging bursitis)
condition-gtps-summary =
    Nararamdaman ang sakit na ito sa panlabas na gilid ng balakang, hindi sa loob ng kasukasuan.
    Madalas itong tawaging bursitis. Pero kadalasan ay galing ito sa mga litid (tendon) ng mga kalamnan ng puwit,
    kung saan kumakapit ang mga ito sa nakausling buto sa gilid ng balakang.
    Mas karaniwan ito sa mga babae kaysa sa mga lalaki.
condition-gtps-diagnosis =
    Kadalasan, matutukoy ito ng doktor mula sa inyong kuwento at sa pagsusuri.
    Madalas itong kasabay ng pananakit ng ibabang bahagi ng likod, o ng arthritis sa tuhod sa parehong gilid.
    Maaaring makita sa scan ang mga pagbabago sa mga litid o sa bursa, isang maliit na supot ng likido na nagsisilbing unan.
    Pero karamihan ng mga taong walang pananakit ay may ganitong mga pagbabago rin. Kaya mas mahalaga ang pagsusuri kaysa sa scan.
condition-gtps-course =
    Madalas na tumatagal nang matagal ang sakit na ito. Marami pa rin ang mayroon nito pagkalipas ng isang taon,
    at marami pa rin ang mayroon nito pagkalipas ng ilang taon. May mga taong gumagaling kahit walang gamutan.
    Hindi malinaw kung sino ang gagaling nang kusa.

applies-gtps-exercise =
    Kadalasang unang hakbang ang ehersisyo at payo kung paano bigyan ng tamang bigat ang mga litid.
    Sa isang trial, maganda ang naging resulta nito sa maikling panahon. Walang karayom na ginagamit.
applies-gtps-watchful-waiting =
    Maaaring humupa nang kusa ang sakit na ito, pero madalas ay mabagal. Sa isang pag-aaral, marami pa rin ang may ganitong sakit pagkalipas ng ilang taon.
    Puwede kayong maghintay, tingnan kung ano ang mangyayari, at magpasya sa ibang araw.
applies-gtps-steroid-injection =
    Ang iniksyon sa tabi ng balakang, hindi sa loob ng kasukasuan, ay maaaring magpagaan ng sakit nang ilang linggo.
    Sa isang trial, mas nakatulong ito sa simula.
    Pagkalipas ng isang taon, halos pareho ang lagay ng mga taong hindi nagpa-iniksyon.
applies-gtps-prp =
    Iniaalok para sa sakit na ito ang PRP, isang iniksyon na gawa sa sarili ninyong dugo.
    Inihambing ito ng isang trial sa iniksyon ng steroid, pero walang kunwaring iniksyon sa trial na iyon.
    Kaya hindi alam kung gaano kalaki sa epekto ang galing sa PRP mismo.
applies-gtps-stem-cell-injection =
    May mga klinikang nagbebenta ng iniksyon ng “stem cell” para sa sakit na ito. Wala kaming nakitang pag-aaral ng mga ito para sa problemang ito.
    Wala pang inaprubahan sa mga ito ang ahensya ng US na nag-aapruba ng gamot para sa anumang problema sa buto o kasukasuan.

figure-gtps-women-one-side = may ganitong pananakit sa isang gilid (mga babaeng edad { $ageFrom } hanggang { $ageTo })
figure-gtps-women-both-sides = may ganitong pananakit sa magkabilang gilid (mga babaeng edad { $ageFrom } hanggang { $ageTo })
figure-gtps-men-one-side = may ganitong pananakit sa isang gilid (mga lalaking edad { $ageFrom } hanggang { $ageTo })
figure-gtps-men-both-sides = may ganitong pananakit sa magkabilang gilid (mga lalaking edad { $ageFrom } hanggang { $ageTo })
figure-gtps-new-cases = bagong nagkakaroon ng ganitong pananakit bawat taon (mga adulto)
figure-gtps-scan-changes-no-pain = may pagbabago sa litid o bursa sa scan (mga taong walang pananakit)
figure-gtps-still-painful-1y = may ganitong pananakit pa rin (isang pag-aaral mula sa Netherlands)
figure-gtps-still-painful-5y = may ganitong pananakit pa rin (parehong pag-aaral)
figure-gtps-better-wait-and-see-8w = malinaw na bumuti nang walang gamutan (sa isang trial, ang grupong “maghintay at tingnan”)

## Inflammatory arthritis ng balakang (gaya ng rheumatoid arthritis)

condition-inflammatory-arthritis-name = Inflammatory arthritis ng balakang (arthritis dahil sa pamamaga, gaya ng rheumatoid arthritis)
condition-inflammatory-arthritis-summary =
    May sistema ng depensa ang katawan, na tinatawag na immune system.
    Sa kondisyong ito, inaatake nito ang panloob na balot ng mga kasukasuan.
    Nagdudulot ito ng pamamaga, pananakit at paninigas. Sa paglipas ng panahon, maaari nitong mapinsala ang kartilago at buto.
    Pangunahing ginagamot ito ng mga gamot na nagpapakalma sa immune system.
    Isang rheumatologist, doktor para sa mga sakit sa kasukasuan at sa immune system, ang nangangasiwa sa mga gamot na ito.
    Karamihan ng mga pag-aaral ng iniksyon sa balakang at ng ehersisyo ay ginawa sa osteoarthritis, hindi sa kondisyong ito.
condition-inflammatory-arthritis-diagnosis =
    Kadalasan, isang rheumatologist ang nagkukumpirma nito. Nagtatanong siya tungkol sa inyong mga kasukasuan at tinitingnan kung namamaga ang mga ito.
    Maaari rin siyang gumamit ng mga test at scan.
    Maipapakita ng X-ray kung napinsala na ang kasukasuan ng balakang.
condition-inflammatory-arthritis-course =
    Kapag walang gamutan, ang pamamaga sa loob ng kasukasuan ay maaaring dahan-dahang makapinsala rito.
    Ang mga gamot na nagpapakalma sa immune system ang pangunahing paraan para maiwasan ito.
    Sa isang pag-aaral na sumubaybay sa mga tao nang ilang taon, karamihan ay hindi nagkaroon ng problema sa balakang,
    at kaunti lamang ang nagkaroon ng malubhang pinsala sa balakang.
    Kaunti lamang ang nakita naming resulta para sa mga gamutan sa balakang sa kondisyong ito mismo.

stage-inflammatory-arthritis-active-name = Aktibong pamamaga
stage-inflammatory-arthritis-active-description =
    Namamaga at makirot ang panloob na balot ng kasukasuan. Pangunahing galing sa pamamagang ito ang pananakit at paninigas.
    Kayang pakalmahin ito ng mga gamot.
stage-inflammatory-arthritis-joint-damage-name = Pangmatagalang pinsala sa kasukasuan
stage-inflammatory-arthritis-joint-damage-description =
    Nasira na ng pamamaga ang kartilago at buto. Kayang pakalmahin ng mga gamot ang pamamaga,
    pero hindi nila maibabalik sa dati ang pinsalang ito.

applies-inflammatory-arthritis-exercise =
    Makakatulong ang ehersisyo para manatiling malakas at nakakagalaw ang balakang. Katuwang ito ng mga gamot, hindi kapalit ng mga ito.
    Karamihan ng mga pag-aaral ng ehersisyo ay ginawa sa osteoarthritis, hindi sa kondisyong ito.
applies-inflammatory-arthritis-steroid-injection =
    Minsan, nananatiling namamaga ang isa o ilang kasukasuan kahit may gamot.
    Sa ganitong kaso, tanggap na pagpipilian ang iniksyon ng steroid sa kasukasuang iyon.
    Karamihan ng mga pag-aaral ng iniksyon sa balakang ay ginawa sa osteoarthritis, hindi sa kondisyong ito.
applies-inflammatory-arthritis-hip-replacement =
    Pagpipilian ang bagong balakang kapag malubha na ang pinsala sa kasukasuan.
    Wala kaming nakitang resulta para sa hip replacement sa mga taong may ganitong kondisyon mismo.

figure-inflammatory-arthritis-hip-involved-historical = mayroon din nito sa balakang (mga taong may rheumatoid arthritis; mas lumang pag-aaral)
figure-inflammatory-arthritis-hip-involved-8y = nagkakaroon din nito sa balakang (mga taong may rheumatoid arthritis)
figure-inflammatory-arthritis-severe-damage-8y = nagkakaroon ng matinding pinsala sa kasukasuan ng balakang (mga taong may rheumatoid arthritis)
