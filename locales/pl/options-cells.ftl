### Możliwości z użyciem komórek: zastrzyki z „komórek macierzystych” oraz dekompresja głowy
### kości udowej z komórkami szpiku kostnego.
### Liczby są w crates/hipaid-core/content/options/; aplikacja pokazuje je obok tych słów.
### Opisy wyników liczonych w osobach uzupełniają zdanie „N na 100 osób …” (czasownik
### w 3. osobie liczby pojedynczej); opisy zmian w skali punktowej są rzeczownikami.

## Zastrzyk z „komórek macierzystych”

option-stem-cell-injection-name = Zastrzyk z „komórek macierzystych”
option-stem-cell-injection-summary =
    Klinika wstrzykuje komórki lub tkankę do biodra albo w jego pobliże.
    Mogą pochodzić z własnego szpiku kostnego lub tłuszczu pacjenta, z laboratorium albo z tkanek pobranych przy porodzie od innej osoby.
    Sprzedaje się je jako „komórki macierzyste”, ale niewiele z tych komórek to prawdziwe komórki macierzyste.
    Żadne badanie biodra nie porównało ich z zastrzykiem pozorowanym.
option-stem-cell-injection-regulatory =
    W USA urząd ds. leków (FDA) nie dopuścił żadnego produktu z komórek macierzystych do leczenia jakiejkolwiek choroby kości lub stawów.
    Dotyczy to też bólu biodra i choroby zwyrodnieniowej.
    Pobieranie opłaty za taki produkt poza badaniem nadzorowanym przez FDA może świadczyć o nielegalnej sprzedaży.
    Napisy „zarejestrowane w FDA” albo „wpisane jako badanie kliniczne” nie oznaczają dopuszczenia.
    Europejska Agencja Leków także ostrzega przed stosowaniem niesprawdzonych terapii komórkowych.
option-stem-cell-injection-cost =
    Te ceny dotyczą zastrzyków do kolana w klinikach w USA.
    Nie znaleźliśmy cen dla biodra.
    Ubezpieczyciele zwykle nie płacą, więc cały koszt ponosi się samemu.
    Każdy kolejny zastrzyk zwiększa koszt.

variant-stem-cell-injection-bmac =
    Koncentrat szpiku kostnego: szpik pobiera się igłą z kości biodrowej.
    Następnie wiruje się go w urządzeniu, żeby go zagęścić.
    Tylko malutka część jego komórek to komórki macierzyste.
variant-stem-cell-injection-adipose =
    Komórki z tkanki tłuszczowej: tłuszcz pobiera się z ciała przez odsysanie (liposukcję).
    Potem tłuszcz jest przetwarzany i wstrzykiwany.
variant-stem-cell-injection-culture-expanded =
    Komórki hodowane w laboratorium: komórki namnaża się w laboratorium, żeby było ich dużo więcej.
    Takie komórki uznaje się za leki, które przed sprzedażą muszą zostać dopuszczone.
variant-stem-cell-injection-birth-tissue =
    Produkty z tkanek porodowych: wytwarza się je z oddanej krwi pępowinowej, pępowiny albo płynu otaczającego dziecko w łonie matki.
    To nie są własne komórki pacjenta.

step-stem-cell-injection-collect =
    Klinika pobiera materiał.
    Szpik pobiera się z miednicy (kości biodrowej) albo tłuszcz przez odsysanie.
    Produkty od dawców pochodzą natomiast od innych osób.
step-stem-cell-injection-prepare = Materiał się wiruje albo przetwarza, często tego samego dnia.
step-stem-cell-injection-inject =
    Lekarz wstrzykuje go do biodra.
    Obraz z USG lub z aparatu rentgenowskiego pomaga skierować igłę.
step-stem-cell-injection-after =
    Do domu wraca się tego samego dnia.
    Nie znaleźliśmy badania o tym, ile odpoczynku potrzeba potem.

repeats-stem-cell-injection =
    Kliniki często proponują powtórne zastrzyki albo zastrzyki „przypominające”.
    Żadne badanie nie sprawdziło powtarzania zastrzyków z komórek w biodrze.
    Dlatego żadna przerwa między nimi nie jest udowodniona.
    Każdy kolejny zastrzyk to dodatkowy koszt i ryzyko.

## Zastrzyk z „komórek macierzystych”: korzyści

outcome-stem-cell-injection-registry-improvement = o ile średnio lepiej ludzie oceniali swoje biodro (w procentach)
outcome-stem-cell-injection-registry-improvement-note =
    Z rejestru prowadzonego przez firmę, która sprzedaje te zastrzyki.
    Nie było grupy porównawczej, a ludzie sami oceniali swój stan.
    W badaniach ból zmniejsza też zastrzyk pozorowany.
    Dlatego nie wiadomo, jaka część tej poprawy pochodzi z komórek.
outcome-stem-cell-injection-registry-pain = średnia zmiana w skali bólu (niższy wynik oznacza mniejszy ból)
outcome-stem-cell-injection-registry-pain-note =
    Z tego samego rejestru firmy, bez grupy porównawczej.
    Ból trochę się zmniejszył, ale nie minął.
    W badaniach zastrzyki pozorowane też zmniejszają ból.
outcome-stem-cell-injection-registry-oxford = średni wzrost wyniku w Oksfordzkiej skali biodra (Oxford Hip Score)
outcome-stem-cell-injection-registry-oxford-note =
    Z tego samego rejestru firmy, bez grupy porównawczej.
    Ludzi obserwowano średnio krócej niż rok.
outcome-stem-cell-injection-hip-oa-controlled = mniejszy ból niż po zastrzyku pozorowanym
no-data-stem-cell-injection-hip-oa-controlled =
    Żadne badanie nie porównało w biodrze zastrzyków z komórek z zastrzykiem pozorowanym.
    W badaniu kolana komórki ze szpiku nie działały lepiej niż sól fizjologiczna.
    Badania kolana nie wykazały też w badaniach obrazowych lepszego stanu chrząstki niż w grupach porównawczych.
outcome-stem-cell-injection-avn-benefit = mniejszy ból lub sprawniejsze biodro
no-data-stem-cell-injection-avn-benefit =
    Nie znaleźliśmy badania samego zastrzyku z komórek w tym schorzeniu.
    Komórki sprawdzano tylko wtedy, gdy chirurg wprowadzał je do kości w czasie operacji.
    Więcej o tym przy możliwości: dekompresja głowy kości udowej z komórkami szpiku kostnego.
outcome-stem-cell-injection-avn-collapse = zapobieganie zapadnięciu się głowy kości udowej
no-data-stem-cell-injection-avn-collapse =
    Nie znaleźliśmy badania, które wykazałoby, że zastrzyk do stawu spowalnia lub zatrzymuje zapadanie się głowy.
outcome-stem-cell-injection-labral-tear-benefit = mniejszy ból lub sprawniejsze biodro
no-data-stem-cell-injection-labral-tear-benefit =
    Nie znaleźliśmy badania zastrzyków z komórek przy rozdarciu obrąbka.
    Przegląd badań zastrzyków do biodra nie znalazł w ogóle badań z komórkami.
outcome-stem-cell-injection-labral-tear-repair = zagojenie rozdartego obrąbka
no-data-stem-cell-injection-labral-tear-repair =
    Żadne badanie nie pokazuje, że wstrzyknięte komórki naprawiają rozdarty obrąbek.
    Poza tym wiele osób bez bólu biodra ma rozdarcie widoczne w badaniu obrazowym.
outcome-stem-cell-injection-gtps-benefit = mniejszy ból po zewnętrznej stronie biodra
no-data-stem-cell-injection-gtps-benefit =
    Nie znaleźliśmy badania zastrzyków z komórek przy tego rodzaju bólu.
    Ćwiczenia i inne zastrzyki sprawdzano w badaniach.

## Zastrzyk z „komórek macierzystych”: szkody

outcome-stem-cell-injection-registry-adverse-events = ma skutek uboczny (żaden nie był poważny)
outcome-stem-cell-injection-registry-adverse-events-note =
    Z rejestru firmy, do którego ludzie sami zgłaszali dane.
    Nie podano, ile osób przestało w nim uczestniczyć.
outcome-stem-cell-injection-joint-pain = ma ból stawu po zastrzyku
outcome-stem-cell-injection-joint-pain-note =
    Ta liczba pochodzi z badań kolana, a nie biodra.
    Nie znaleźliśmy dla biodra liczb dotyczących bólu po zastrzyku z komórek.
outcome-stem-cell-injection-joint-fluid = ma płyn gromadzący się w stawie po zastrzyku
outcome-stem-cell-injection-joint-fluid-note =
    Ta liczba pochodzi z badań kolana, a nie biodra.
    Płyn i obrzęk liczono osobno, więc ta sama osoba może być w obu liczbach.
outcome-stem-cell-injection-joint-swelling = ma obrzęk stawu po zastrzyku
outcome-stem-cell-injection-joint-swelling-note =
    Ta liczba pochodzi z badań kolana, a nie biodra.
    Obrzęk i płyn liczono osobno, więc ta sama osoba może być w obu liczbach.
outcome-stem-cell-injection-harvest-major = ma poważny problem w miejscu pobrania szpiku z kości biodrowej
outcome-stem-cell-injection-harvest-major-note =
    Dotyczy to tylko sytuacji, gdy szpik pobiera się z własnej kości biodrowej.
    Liczby pochodzą z dokumentacji jednego szpitala.
    Drobne problemy w tym miejscu zdarzały się częściej.
    Niektóre osoby miały też w tym miejscu ból przez kilka dni, ból, który się utrzymywał, albo ból nerwu.
outcome-stem-cell-injection-serious-harms = poważne szkody zgłoszone urzędom zdrowia
no-data-stem-cell-injection-serious-harms =
    Do FDA trafiły zgłoszenia o osobach, które straciły wzrok albo u których pojawiły się guzy lub zakażenia po niedopuszczonych produktach komórkowych.
    Europejska Agencja Leków podaje, że niektóre osoby zmarły.
    W USA produkty z krwi pępowinowej skażone drobnoustrojami doprowadziły ludzi do szpitala.
    Nikt nie wie, jak często to się zdarza.

factor-stem-cell-injection-younger-age =
    W rejestrze firmy młodsze osoby częściej mówiły, że im się poprawiło.
    Nie było grupy porównawczej, więc może to nie wynikać z komórek.

## Dekompresja głowy kości udowej z komórkami szpiku kostnego

option-core-decompression-cells-name = Dekompresja głowy kości udowej z komórkami szpiku kostnego
option-core-decompression-cells-summary =
    Ta sama operacja nawiercania co dekompresja, z jednym dodatkowym krokiem.
    Szpik pobiera się z kości biodrowej i zagęszcza.
    Następnie chirurg wprowadza go do nawierconego kanału w martwej kości.
    Jest to leczenie dla bioder, w których głowa kości udowej jeszcze się nie zapadła.
option-core-decompression-cells-regulatory =
    Samo nawiercanie to standardowa operacja.
    Dodanie komórek nie jest dopuszczonym leczeniem.
    FDA podaje, że żaden produkt komórkowy ani „regeneracyjny” nie jest dopuszczony do leczenia jakiejkolwiek choroby kości lub stawów.
    Jeden duży amerykański ubezpieczyciel nazywa dodane komórki „eksperymentalnymi”, czyli jeszcze niesprawdzonymi.
    Warto zapytać, czy komórki byłyby podane w ramach badania naukowego.
option-core-decompression-cells-cost =
    Nie znaleźliśmy ceny tej operacji.
    Jeden duży amerykański ubezpieczyciel nie uznaje dodanych komórek za sprawdzone leczenie.
    Warto zapytać ubezpieczyciela, za co zapłaci, a ile trzeba będzie zapłacić samemu.

step-core-decompression-cells-assess =
    Rezonans magnetyczny albo zdjęcie rentgenowskie pokazuje stadium.
    Ta operacja jest dla bioder, w których głowa kości udowej jest jeszcze okrągła.
step-core-decompression-cells-harvest =
    Pacjent dostaje znieczulenie.
    Igłą pobiera się szpik z kości biodrowej, a potem wiruje się go, żeby zagęścić komórki.
step-core-decompression-cells-operation =
    Chirurg nawierca martwą część głowy kości udowej.
    Komórki umieszcza się w kanale.
step-core-decompression-cells-protect =
    Po operacji przez jakiś czas trzeba odciążać nogę.
    W naszych źródłach nie znaleźliśmy, jak długo.

repeats-core-decompression-cells =
    Nie znaleźliśmy badań dotyczących ponownego wykonania tej operacji.
    Jeśli głowa kości udowej się zapadnie, następnym krokiem jest często endoproteza.

## Dekompresja z komórkami: korzyści

outcome-core-decompression-cells-progression = ma pogorszenie widoczne na zdjęciu rentgenowskim (przejście do późniejszego stadium)
outcome-core-decompression-cells-progression-note =
    Tu mniejsza liczba jest lepsza.
    Te badania łączyły razem kilka dodatków: komórki, przeszczepy kości i metalowe pręty.
    Ta liczba nie dotyczy samych komórek.
    Takie badania obserwują ludzi przez kilka lat.
outcome-core-decompression-cells-hhs-12m = dodatkowe punkty w skali biodra Harrisa (Harris Hip Score), ponad wynik samego nawiercania
outcome-core-decompression-cells-hhs-12m-note =
    To dodatkowa poprawa, a nie całkowita poprawa.
    Pochodzi z kilku małych badań o średniej lub niskiej jakości.
outcome-core-decompression-cells-collapse = zapobieganie zapadnięciu się głowy kości udowej
no-data-core-decompression-cells-collapse =
    Połączone badania wykazały mniej zapadniętych głów kości udowej, gdy dodano komórki.
    Ale nie podały liczb, które moglibyśmy pokazać jako liczbę osób na sto.
    Wiele z tych badań miało wady, przez które leczenie może wyglądać na lepsze, niż jest.
outcome-core-decompression-cells-replacement = brak potrzeby wymiany stawu biodrowego w przyszłości
no-data-core-decompression-cells-replacement =
    Badania wykazały nieco mniej wymian stawu biodrowego, gdy dodano komórki.
    Ale ta różnica mogła być dziełem przypadku.

## Dekompresja z komórkami: szkody

outcome-core-decompression-cells-harvest-major = ma poważny problem w miejscu pobrania szpiku z kości biodrowej
outcome-core-decompression-cells-harvest-major-note =
    Ta i kilka następnych liczb pochodzą z dokumentacji jednego szpitala.
    Liczono każde pobranie szpiku igłą z kości biodrowej.
outcome-core-decompression-cells-harvest-minor = ma drobny problem w miejscu pobrania szpiku
outcome-core-decompression-cells-harvest-minor-note =
    W dokumentacji osobno liczono też ból i ból nerwu.
    Część z nich mogła zostać policzona również jako drobne problemy.
    Dlatego tych liczb nie należy sumować.
outcome-core-decompression-cells-harvest-early-pain = ma ból wkrótce po zabiegu w miejscu pobrania szpiku
outcome-core-decompression-cells-harvest-lasting-pain = ma utrzymujący się ból w miejscu pobrania szpiku
outcome-core-decompression-cells-harvest-nerve-pain = ma ból nerwu w pobliżu miejsca pobrania szpiku
outcome-core-decompression-cells-surgery-harms = szkody spowodowane operacją nawiercania
no-data-core-decompression-cells-surgery-harms =
    Nasze źródła nie podały liczb dotyczących szkód samej operacji.
    Każda operacja niesie ryzyko.
    Warto zapytać chirurga, jakie szkody mogą wystąpić i jak często je widuje.

factor-core-decompression-cells-lesion-size =
    Wielkość obszaru martwej kości w głowie kości udowej ma znaczenie. Im jest większy, tym bardziej prawdopodobne, że głowa zapadnie się po operacji.
factor-core-decompression-cells-cause =
    Zapadnięcie jest bardziej prawdopodobne, jeśli obumarcie kości spowodowały leki sterydowe.
    Jest też bardziej prawdopodobne, jeśli nie znaleziono przyczyny.
