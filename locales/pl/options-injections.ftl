### Zastrzyki: sterydowy, z kwasu hialuronowego (żelu) i z osocza bogatopłytkowego (PRP).
### Liczby są w crates/hipaid-core/content/options/steroid-injection.toml,
### hyaluronic-acid.toml i prp.toml. Aplikacja pokazuje każdą liczbę obok jej opisu;
### te teksty nigdy nie zawierają liczb.
### Opisy wyników liczonych w osobach uzupełniają zdanie „N na 100 osób …” (czasownik
### w 3. osobie liczby pojedynczej); opisy zmian w skali punktowej są rzeczownikami.

## Zastrzyk sterydowy

option-steroid-injection-name = Zastrzyk sterydowy
option-steroid-injection-summary = Lekarz wstrzykuje steryd, czyli silny lek, który zmniejsza obrzęk.
    Zwykle miesza się go z lekiem znieczulającym.
    Przy problemach wewnątrz stawu podaje się go do stawu biodrowego.
    Igłę prowadzi się, patrząc na obraz z USG lub z aparatu rentgenowskiego.
    Przy bólu po zewnętrznej stronie biodra podaje się go natomiast w pobliże bolesnych ścięgien.
    Wystarczy jedna wizyta.
    Ulga, jeśli wystąpi, trwa zwykle od kilku tygodni do kilku miesięcy, a nie latami.
option-steroid-injection-regulatory = Steryd jest lekiem dopuszczonym do stosowania.
    Większość wytycznych dotyczących choroby zwyrodnieniowej biodra uwzględnia go jako sposób na krótkotrwałą ulgę.
option-steroid-injection-cost = Nie znaleźliśmy wiarygodnej ceny zastrzyku sterydowego do biodra.
    Nie mogliśmy sprawdzić, czy pokrywa go ubezpieczenie.
    Przed umówieniem zastrzyku warto zapytać w klinice i u ubezpieczyciela.
# Variables:
#   $gap (String) - najkrótsza przerwa między zastrzykami, np. "6 tygodni"
#   $max (Number) - najwięcej zastrzyków w to samo miejsce w ciągu roku
repeats-steroid-injection = Można go powtarzać, z ograniczeniami.
    Zalecenia w Anglii mówią, żeby między zastrzykami odczekać co najmniej { $gap }.
    Mówią też, żeby w to samo miejsce podawać nie więcej niż { $max } { $max ->
        [one] zastrzyk
        [few] zastrzyki
        [many] zastrzyków
       *[other] zastrzyku
    } w ciągu roku.
    Lekarz weźmie też pod uwagę, jak zadziałał poprzedni zastrzyk.

step-steroid-injection-check = Lekarz sprawdza, czy zastrzyk jest odpowiedni.
    Należy mu powiedzieć o cukrzycy lub zakażeniu albo o planowanej operacji.
step-steroid-injection-image = Przy zastrzyku do stawu lekarz korzysta z obrazu z USG lub z aparatu rentgenowskiego.
    Dzięki temu może skierować igłę głęboko do biodra.
step-steroid-injection-inject = Skórę się oczyszcza.
    Lekarz wstrzykuje steryd i lek znieczulający.
step-steroid-injection-after = Jeśli steryd pomaga, często zaczyna działać w ciągu kilku dni.
    Przy gorączce, zaczerwienieniu albo bólu, który ciągle się nasila, trzeba od razu szukać pomocy lekarskiej.

factor-steroid-injection-diabetes = Przy cukrzycy poziom cukru we krwi prawdopodobnie wzrośnie na kilka dni.
    Wzrost jest największy w pierwszym lub drugim dniu.
    Jest większy, jeśli cukrzyca nie jest dobrze wyrównana albo stosuje się insulinę.
    Warto ustalić z zespołem leczącym, jak wtedy mierzyć cukier.
factor-steroid-injection-replacement-planned = Jeśli w najbliższych miesiącach możliwa jest wymiana stawu biodrowego, warto porozmawiać o terminie.
    Endoproteza wszczepiona wkrótce po zastrzyku do biodra wiązała się z większym ryzykiem zakażenia.
    Przy dłuższej przerwie badania nie wykazały dodatkowego ryzyka.
factor-steroid-injection-repeated-injections = Wiele zastrzyków z czasem może szkodzić stawowi.
    W badaniu kolana regularne zastrzyki przez lata powodowały większą utratę chrząstki niż sól fizjologiczna.
    Chrząstka to gładka warstwa pokrywająca końce kości.
    Te zastrzyki nie dały też trwałej ulgi w bólu.
    Nie wiemy, czy to samo dzieje się w biodrze.
factor-steroid-injection-joint-swelling = W jednym badaniu zastrzyk pomagał niektórym osobom bardziej niż innym.
    Pomagał bardziej, gdy badanie obrazowe pokazywało obrzęk lub płyn wewnątrz stawu.

outcome-steroid-pain-relief-2m = ma wyraźnie mniejszy ból (co najmniej o jedną piątą)
outcome-steroid-pain-relief-2m-note = To było małe badanie.
    Nie obejmowało osób z cukrzycą.
    W grupie z zastrzykiem pozorowanym poprawa była mniejsza niż w większości badań, więc korzyść może tu wyglądać na większą, niż jest.
    Zastrzyk pozorowany zawierał lek znieczulający i sól fizjologiczną.
outcome-steroid-pain-half-2m = ma znacznie mniejszy ból (co najmniej o połowę)
outcome-steroid-pain-half-2m-note = To to samo małe badanie.
    Korzyść może tu wyglądać na większą, niż jest.
outcome-steroid-pain-relief-3m = ma wyraźnie mniejszy ból (co najmniej o jedną piątą)
outcome-steroid-pain-relief-3m-note = To to samo małe badanie, sprawdzone później.
    Większy przegląd badań wykazał korzyść w tym czasie, ale nie w późniejszych pomiarach.
outcome-steroid-extra-vs-advice = dodatkowe zmniejszenie wyniku w skali bólu, ponad wynik drugiej grupy
outcome-steroid-extra-vs-advice-note = Ta liczba to różnica między dwiema grupami.
    Jest uśredniona z kolejnych miesięcy po zastrzyku.
    Nie jest to całkowita zmiana.
    Obie grupy dostały porady i informacje.
outcome-steroid-extra-vs-numbing = dodatkowe zmniejszenie wyniku w skali bólu, ponad wynik drugiej grupy
outcome-steroid-extra-vs-numbing-note = Steryd działał tylko trochę lepiej niż zastrzyk z samym lekiem znieczulającym.
    Badanie nie mogło wykluczyć, że prawdziwej różnicy nie ma.
    Część korzyści może więc wynikać z samego faktu podania zastrzyku.
outcome-steroid-fai-benefit = mniejszy ból
no-data-steroid-fai-benefit = Tylko jedno małe badanie sprawdziło to w konflikcie udowo-panewkowym lub przy uszkodzeniu obrąbka.
    Nie znaleźliśmy w nim liczb, które moglibyśmy pokazać.
    Można się spodziewać, że ulga, jeśli wystąpi, będzie krótka.
outcome-steroid-gtps-success-8w = ocenia, że leczenie zadziałało (według miary sukcesu przyjętej w tym badaniu)
outcome-steroid-gtps-success-8w-note = Tutaj zastrzyk podaje się obok biodra, w pobliże bolesnych ścięgien, a nie do stawu.
    W tym samym badaniu program edukacji i ćwiczeń dał w tym czasie lepsze wyniki niż zastrzyk.
outcome-steroid-gtps-recovered-3m = zgłasza wyzdrowienie
outcome-steroid-gtps-recovered-12m = zgłasza wyzdrowienie
outcome-steroid-gtps-recovered-12m-note = Do tego czasu osoby ze zwykłą opieką wyrównały wyniki.
    Zastrzyk dał szybszą ulgę, ale nie trwałą korzyść.
outcome-steroid-inflammatory-benefit = mniejszy ból i obrzęk stawu
no-data-steroid-inflammatory-benefit = Eksperci uznają zastrzyk do stawu, gdy jeden lub kilka stawów pozostaje w stanie zapalnym mimo leków.
    Nie znaleźliśmy liczb dla biodra.
    Podstawą leczenia są leki działające na cały organizm.
outcome-steroid-septic-arthritis = ma zakażenie wewnątrz stawu (septyczne zapalenie stawu), które wymaga pilnego leczenia
outcome-steroid-septic-arthritis-note = To rzadkie.
    Liczby pochodzą z dużych badań dokumentacji medycznej.
    Jedno badanie wykazało, że zdarzało się to nie częściej niż u podobnych osób bez zastrzyku.
    Przy gorączce, zaczerwienieniu albo bólu, który ciągle się nasila, trzeba od razu szukać pomocy lekarskiej.
outcome-steroid-rapid-joint-damage = ma bardzo szybko postępujące uszkodzenie stawu
outcome-steroid-rapid-joint-damage-note = Lekarze nazywają to szybko postępującą chorobą zwyrodnieniową.
    Ta liczba pochodzi z przeglądu dokumentacji, ze zdjęciami zrobionymi przed zastrzykiem i po nim.
    W niektórych wybranych grupach opisywano większą częstość.
    Ale w badaniach klinicznych tego problemu nie opisywano.
    Badanie z dobraną grupą porównawczą nie wykazało dodatkowych uszkodzeń.
    Nie podano jasno, ile czasu minęło od zastrzyku.
    Prawdziwe ryzyko jest niepewne.
outcome-steroid-replacement-infection = ma zakażenie endoprotezy wszczepionej wkrótce po zastrzyku
outcome-steroid-replacement-infection-note = Dotyczy to tylko sytuacji, gdy wymiana stawu biodrowego odbywa się w ciągu kilku miesięcy od zastrzyku.
    Liczba dla grupy porównawczej jest szacunkowa.
    Przy dłuższej przerwie badania nie wykazały dodatkowego ryzyka.
outcome-steroid-flare = ma krótkie nasilenie bólu po zastrzyku
outcome-steroid-flare-note = Takie nasilenie zaczyna się w ciągu kilku godzin i zwykle mija w ciągu doby.
    To często podawana liczba.
    Nie znaleźliśmy badania biodra, które by to policzyło.
outcome-steroid-gtps-flare = krótkie nasilenie bólu po zastrzyku
no-data-steroid-gtps-flare = Nie znaleźliśmy danych o tym, jak często ból nasila się po takim zastrzyku przy biodrze.
    W badaniu barku z zastrzykami w pobliże ścięgien ból u wielu osób na krótko się nasilił.
    W tamtym badaniu stosowano inną miarę.

## Zastrzyk z kwasu hialuronowego (żelu)

option-hyaluronic-acid-name = Zastrzyk z kwasu hialuronowego (żelu)
option-hyaluronic-acid-summary = Lekarz wstrzykuje żel do stawu biodrowego.
    Badanie obrazowe pomaga skierować igłę.
    Żel ma sprawić, że staw będzie się poruszał płynniej.
    Niektóre preparaty wymagają jednego zastrzyku, inne krótkiej serii.
    Dobre badania wykazały, że nie działa on lepiej niż zastrzyk pozorowany z soli fizjologicznej.
    Wiele osób czuje się lepiej po każdym zastrzyku, nawet pozorowanym.
option-hyaluronic-acid-regulatory = Nie znaleźliśmy stanowiska urzędu nadzoru dotyczącego tych żeli w biodrze.
    Znalezione przez nas amerykańskie zasady refundacji obejmują je tylko w kolanie.
    Dlatego za zastrzyk do biodra zwykle płaci się samemu.
option-hyaluronic-acid-cost = Nie znaleźliśmy wiarygodnej ceny zastrzyku z żelu do biodra.
    Znalezione przez nas zasady ubezpieczeń obejmują tylko kolano, więc prawdopodobnie trzeba zapłacić samemu.
    Najpierw warto zapytać o pełną cenę całej serii.
repeats-hyaluronic-acid = Nie znaleźliśmy zasad ani badań dotyczących powtarzania go w biodrze.

step-hyaluronic-acid-check = Lekarz bada biodro.
    Wyjaśnia, jaki to preparat i ile zastrzyków wymaga.
step-hyaluronic-acid-image = Obraz z USG lub z aparatu rentgenowskiego pomaga skierować igłę głęboko do stawu biodrowego.
step-hyaluronic-acid-inject = Lekarz wstrzykuje żel do stawu.
step-hyaluronic-acid-course = Niektóre preparaty wymagają serii zastrzyków w ustalonych odstępach czasu.

factor-hyaluronic-acid-insurance = Osoby z amerykańskim ubezpieczeniem powinny to najpierw sprawdzić.
    Znalezione przez nas zasady refundacji obejmują zastrzyki z żelu do kolana, a nie do biodra.
factor-hyaluronic-acid-replacement-planned = Jeśli wkrótce może być potrzebna wymiana stawu biodrowego, warto zapytać o termin.
    Badania wykazały więcej zakażeń, gdy endoprotezę wszczepiano wkrótce po zastrzyku do biodra.
    Większość tych badań dotyczyła zastrzyków sterydowych.
    Wciąż trwa dyskusja, czy dotyczy to też innych zastrzyków.
factor-hyaluronic-acid-placebo-response = Ból często zmniejsza się po każdym zastrzyku do stawu, nawet z soli fizjologicznej.
    Może to trwać miesiącami.
    Dlatego poprawa po żelu nie dowodzi, że to żel zadziałał.

outcome-hyaluronic-acid-benefit = mniejszy ból lub lepsza ruchomość niż po zastrzyku pozorowanym
no-data-hyaluronic-acid-benefit = Dobre badania porównały żel z zastrzykiem pozorowanym z soli fizjologicznej.
    Żadne nie wykazało, że w kolejnych miesiącach żel bardziej zmniejszał ból lub poprawiał ruchomość.
    Dlatego nie ma liczby korzyści do pokazania.
    W obu grupach ludzie często czuli się lepiej, bo każdy zastrzyk może na jakiś czas pomóc.
outcome-hyaluronic-acid-injection-pain = ma krótkotrwały ból w miejscu wkłucia
outcome-hyaluronic-acid-injection-pain-note = Wynik pochodzi z jednej grupy pacjentów, którzy dostali jeden zastrzyk z żelu.
    Nie było grupy porównawczej.
    Badanie nie podało jasno, jak długo to sprawdzano.
outcome-hyaluronic-acid-side-effects = inne skutki uboczne
no-data-hyaluronic-acid-side-effects = W badaniach skutki uboczne zdarzały się po żelu mniej więcej tak samo często jak po zastrzyku pozorowanym.
    Podsumowanie, z którego korzystaliśmy, nie podało liczb.
outcome-hyaluronic-acid-septic-arthritis = ma zakażenie wewnątrz stawu (septyczne zapalenie stawu), które wymaga pilnego leczenia
outcome-hyaluronic-acid-septic-arthritis-note = Tę liczbę zmierzono po zastrzykach sterydowych.
    Każda igła wprowadzona do stawu może wnieść do niego drobnoustroje.
    Ryzyka dla samego żelu nie policzono osobno.

## Zastrzyk z osocza bogatopłytkowego (PRP)

option-prp-name = Zastrzyk z osocza bogatopłytkowego (PRP)
option-prp-summary = Pobiera się krew z ręki.
    Urządzenie wiruje krew, żeby zebrać płytki krwi, czyli drobne składniki krwi, które pomagają w gojeniu.
    Lekarz wstrzykuje je do biodra, kierując igłę za pomocą USG.
    Kliniki często sprzedają serię kilku zastrzyków.
    W jedynym badaniu biodra z zastrzykiem pozorowanym PRP nie działało lepiej niż sól fizjologiczna.
    Przy bólu po zewnętrznej stronie biodra jedno badanie wykazało, że działało lepiej niż zastrzyk sterydowy.
option-prp-regulatory = PRP przygotowuje się w klinice z własnej krwi pacjenta.
    Nie znaleźliśmy dopuszczenia PRP do leczenia choroby zwyrodnieniowej biodra ani bólu po zewnętrznej stronie biodra.
    Wytyczne dotyczące choroby zwyrodnieniowej biodra je odradzają.
    Niektóre kliniki nazywają PRP leczeniem regeneracyjnym, czyli takim, które odbudowuje tkanki.
    Amerykański urząd ds. leków (FDA) podaje, że żadne leczenie regeneracyjne nie jest dopuszczone do leczenia jakiejkolwiek choroby kości lub stawów.
option-prp-cost = Zwykle płaci się samemu, bo ubezpieczenie tego nie pokrywa.
    Pokazana cena dotyczy jednego zastrzyku.
    To typowa cena w szpitalach w USA, ale niektóre biorą mniej, a inne więcej.
    Kliniki często sprzedają serię kilku zastrzyków, więc najpierw warto zapytać o pełną cenę.
repeats-prp = Seria to często kilka zastrzyków, zwykle podawanych co tydzień.
    Nie znaleźliśmy badania dotyczącego powtarzania serii.

variant-prp-leukocyte-rich = PRP bogate w leukocyty zawiera więcej białych krwinek.
variant-prp-leukocyte-poor = PRP ubogie w leukocyty ma usuniętą większość białych krwinek.

step-prp-blood = Pielęgniarka lub lekarz pobiera trochę krwi z ręki.
step-prp-spin = Urządzenie wiruje krew, żeby oddzielić płytki krwi.
step-prp-inject = Lekarz wstrzykuje PRP do biodra lub obok niego, kierując igłę za pomocą USG.
step-prp-course = Czasem trzeba przyjść na kolejne zastrzyki, często co tydzień.

factor-prp-placebo-response = Ból często zmniejsza się po każdym zastrzyku, nawet z soli fizjologicznej.
    W badaniu biodra osobom, które dostały sól fizjologiczną, poprawiło się tak samo jak osobom, które dostały PRP.
    Dlatego poprawa po PRP nie dowodzi, że to PRP zadziałało.
factor-prp-arthritis-grade = Jedyne badanie biodra z zastrzykiem pozorowanym obejmowało osoby z łagodną lub umiarkowaną chorobą zwyrodnieniową.
    O ciężkiej chorobie wiemy jeszcze mniej.
factor-prp-preparation = Kliniki przygotowują PRP na różne sposoby.
    Ilość płytek krwi i białych krwinek bywa różna.
    Przez to trudno porównywać wyniki.
    Warto zapytać, jak przygotowuje je dana klinika.
factor-prp-cost = Ubezpieczenie zwykle nie płaci.
    Kliniki często sprzedają serię kilku zastrzyków, więc koszty się sumują.
factor-prp-replacement-planned = Jeśli wkrótce może być potrzebna wymiana stawu biodrowego, warto zapytać o termin.
    Badania wykazały więcej zakażeń, gdy endoprotezę wszczepiano wkrótce po zastrzyku do biodra.
    Większość tych badań dotyczyła zastrzyków sterydowych.
    Wciąż trwa dyskusja, czy dotyczy to też innych zastrzyków.

outcome-prp-hip-oa-vs-saline = mniejszy ból niż po zastrzyku z soli fizjologicznej
no-data-prp-hip-oa-vs-saline = Tylko jedno małe badanie biodra porównało PRP z zastrzykiem pozorowanym z soli fizjologicznej.
    W obu grupach nastąpiła poprawa, a PRP nie było lepsze w żadnym pomiarze.
    Nie mamy z niego liczb, które moglibyśmy pokazać.
    Inne badania biodra nie miały grupy porównawczej.
outcome-prp-knee-pain-vs-saline = zmiana w skali bólu (badanie kolana)
outcome-prp-knee-pain-vs-saline-note = To duże badanie dotyczyło kolana, a nie biodra.
    PRP i sól fizjologiczna zmniejszyły ból mniej więcej tak samo.
    Wyniki z kolana mogą nie dotyczyć biodra.
outcome-prp-gtps-vs-steroid = osiąga wyraźną poprawę (według miary przyjętej w tym badaniu)
outcome-prp-gtps-vs-steroid-note = To badanie dotyczyło osób z bólem ścięgien po zewnętrznej stronie biodra.
    Porównywało PRP z zastrzykiem sterydowym.
    Nie było zastrzyku pozorowanego, więc nie wiadomo, ile efektu wynikało z samego PRP.
    W pierwszych tygodniach obie grupy miały podobne wyniki.
    Niektóre osoby, którym nie pomógł zastrzyk sterydowy, przeszły potem na PRP.
outcome-prp-hip-oa-side-effects = ból lub obrzęk po zastrzyku
no-data-prp-hip-oa-side-effects = Przeglądy badań PRP w biodrze opisywały głównie drobne problemy.
    Był to ból lub obrzęk w miejscu wkłucia.
    Nie znaleziono poważnych szkód.
    Żadne źródło nie podało, jak często zdarzają się drobne problemy.
outcome-prp-septic-arthritis = ma zakażenie wewnątrz stawu (septyczne zapalenie stawu), które wymaga pilnego leczenia
outcome-prp-septic-arthritis-note = Tę liczbę zmierzono po zastrzykach sterydowych.
    Każda igła wprowadzona do stawu może wnieść do niego drobnoustroje.
    Ryzyka dla samego PRP nie policzono osobno.
outcome-prp-gtps-side-effects = skutki uboczne
no-data-prp-gtps-side-effects = Podsumowanie badania, z którego korzystaliśmy, nie podało skutków ubocznych.
    Nie znaleźliśmy innych danych dla tego zastosowania.
