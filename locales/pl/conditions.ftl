### Schorzenia: nazwy, opisy, jak się je rozpoznaje, co się dzieje bez leczenia, stadia,
### jak każda możliwość leczenia pasuje do każdego schorzenia oraz opisy liczb o schorzeniu.
### Liczb tu nie ma: są w crates/hipaid-core/content/conditions/, a aplikacja pokazuje je obok
### tych słów. Prosty język. Bez cyfr.
### Opisy liczb mówią, CO jest liczone; aplikacja wstawia przed nimi „N na 100 osób”
### (czasownik w 3. osobie liczby pojedynczej: „25 na 100 osób ma…”), a obok pokazuje okres
### obserwacji i pewność danych.

## Choroba zwyrodnieniowa stawu biodrowego

condition-hip-oa-name = Choroba zwyrodnieniowa stawu biodrowego (artroza, „zużycie” stawu)
condition-hip-oa-summary =
    Końce kości w biodrze pokrywa gładka warstwa, czyli chrząstka stawowa.
    W chorobie zwyrodnieniowej ta warstwa się ściera. Biodro może boleć, być sztywne i gorzej się ruszać.
    To bardzo częsta choroba u osób starszych.
condition-hip-oa-diagnosis =
    Lekarz lub fizjoterapeuta często rozpozna ją na podstawie rozmowy i badania.
    Zwykle to wystarcza, jeśli pacjent jest w średnim wieku lub starszy, ból pojawia się przy ruchu,
    a poranna sztywność trwa krótko (pół godziny lub mniej).
    Zdjęcie rentgenowskie nie zawsze jest potrzebne. Może pomóc, gdy objawy są nietypowe
    albo gdy trzeba zobaczyć, jak bardzo zmienił się staw.
    Zdjęcie i ból nie zawsze do siebie pasują. Niektóre osoby z dużymi zmianami mało odczuwają ból.
condition-hip-oa-course =
    To, jak choroba zwyrodnieniowa biodra zmienia się z czasem, bardzo różni się u różnych osób.
    U niektórych przez długi czas niewiele się zmienia. U innych choroba się pogarsza
    i część z nich decyduje się na endoprotezę. Trudno z góry powiedzieć, jak będzie w danym przypadku.
    Pokazane tu liczby pochodzą z dużych grup osób obserwowanych przez wiele lat.

stage-hip-oa-kl-1-name = Stopień pierwszy: wątpliwy
stage-hip-oa-kl-1-description =
    Zdjęcie rentgenowskie może pokazać bardzo niewielkie zwężenie szpary między kośćmi albo malutką narośl kostną.
    Nie jest jeszcze pewne, czy to choroba zwyrodnieniowa.
stage-hip-oa-kl-2-name = Stopień drugi: łagodny
stage-hip-oa-kl-2-description =
    Szpara między kośćmi jest trochę węższa. Wyrosły małe narośle kostne (osteofity).
    Kość pod chrząstką może być nieco twardsza.
    W badaniach zwykle od tego stopnia uznaje się, że jest to choroba zwyrodnieniowa.
stage-hip-oa-kl-3-name = Stopień trzeci: umiarkowany
stage-hip-oa-kl-3-description =
    Szpara między kośćmi jest wyraźnie węższa. Narośli kostnych jest więcej.
    Kość pod chrząstką stała się twardsza i mogą w niej być małe jamki (torbiele).
    Staw może zaczynać zmieniać kształt.
stage-hip-oa-kl-4-name = Stopień czwarty: ciężki
stage-hip-oa-kl-4-description =
    Szpary między kośćmi prawie już nie ma. Są duże narośle kostne,
    a staw wyraźnie zmienił kształt.

applies-hip-oa-exercise =
    Ćwiczenia są podstawą leczenia na każdym etapie. Najważniejsze wytyczne zalecają je w chorobie zwyrodnieniowej biodra.
    Pomagają tak długo, jak długo się je wykonuje.
applies-hip-oa-watchful-waiting =
    Można zdecydować się poczekać i obserwować, jak zachowuje się biodro.
    Często jest czas, żeby to przemyśleć. W każdej chwili można wybrać inną możliwość.
applies-hip-oa-steroid-injection =
    Zastrzyk sterydowy można zastosować na każdym etapie, aby na krótko zmniejszyć ból.
    Działanie zwykle mija w ciągu kilku miesięcy.
    Lepiej go unikać w ostatnich miesiącach przed wymianą stawu biodrowego, bo może zwiększać ryzyko zakażenia.
applies-hip-oa-hyaluronic-acid =
    Niektóre kliniki proponują na każdym etapie zastrzyki z żelu (kwasu hialuronowego).
    Najważniejsze wytyczne odradzają je w chorobie biodra.
    Dobre badania wykazały, że nie działają lepiej niż zastrzyk pozorowany (placebo).
applies-hip-oa-prp =
    Niektóre kliniki proponują PRP, czyli zastrzyk przygotowany z własnej krwi pacjenta. Najważniejsze wytyczne go nie zalecają.
    Jedyne badanie biodra, które porównało go z zastrzykiem pozorowanym, nie wykazało różnicy.
applies-hip-oa-stem-cell-injection =
    Niektóre kliniki sprzedają zastrzyki z „komórek macierzystych” na chorobę zwyrodnieniową biodra.
    Żadne badanie z grupą porównawczą nie sprawdziło ich w biodrze.
    Wytyczne ich nie zalecają. Amerykański urząd ds. leków (FDA) nie dopuścił żadnego z nich do takiego stosowania.
applies-hip-oa-hip-arthroscopy =
    Artroskopię, czyli zabieg przez małe nacięcia, proponuje się czasem, gdy choroba zwyrodnieniowa jest wątpliwa lub łagodna.
    Gdy choroba już jest, korzyść jest mniejsza.
    Takie osoby zwykle też szybciej potrzebują endoprotezy.
applies-hip-oa-hip-replacement =
    Endoproteza (wymiana stawu biodrowego) jest możliwością, gdy choroba zwyrodnieniowa jest umiarkowana lub ciężka.
    W badaniu z udziałem osób z ciężką chorobą dała znacznie większą poprawę niż program ćwiczeń siłowych.
    To duża operacja, z realnym ryzykiem.

# Variables:
#   $ageTo (Number) - wiek, do którego liczy się ryzyko
figure-hip-oa-lifetime-risk = zachoruje do ukończenia { $ageTo } lat na chorobę zwyrodnieniową biodra, która powoduje ból lub sztywność
# Variables:
#   $ageFrom (Number) - najmłodszy wiek liczonych osób
figure-hip-oa-hip-symptoms-45 = ma ból, dolegliwości lub sztywność biodra (osoby po { $ageFrom }. roku życia)
figure-hip-oa-xray-45 = ma na zdjęciu rentgenowskim oznaki choroby zwyrodnieniowej biodra (osoby po { $ageFrom }. roku życia)
figure-hip-oa-symptomatic-45 = ma chorobę zwyrodnieniową biodra, która jest widoczna na zdjęciu rentgenowskim i powoduje ból lub sztywność (osoby po { $ageFrom }. roku życia)
figure-hip-oa-symptomatic-75 = ma chorobę zwyrodnieniową biodra, która jest widoczna na zdjęciu rentgenowskim i powoduje ból lub sztywność (osoby po { $ageFrom }. roku życia)
figure-hip-oa-severe-xray-45 = ma na zdjęciu rentgenowskim ciężką chorobę zwyrodnieniową biodra (osoby po { $ageFrom }. roku życia)
figure-hip-oa-new-symptomatic-45 = w ciągu roku zachoruje na chorobę zwyrodnieniową biodra, która powoduje ból lub sztywność (osoby po { $ageFrom }. roku życia)
figure-hip-oa-new-xray-45 = w ciągu roku zaczyna mieć na zdjęciu rentgenowskim oznaki choroby zwyrodnieniowej biodra (osoby po { $ageFrom }. roku życia)
figure-hip-oa-new-severe-xray-45 = w ciągu roku zaczyna mieć na zdjęciu rentgenowskim ciężką chorobę zwyrodnieniową biodra (osoby po { $ageFrom }. roku życia)
figure-hip-oa-world-prevalence = ma chorobę zwyrodnieniową biodra (na całym świecie)
figure-hip-oa-world-new-cases = w ciągu roku zachoruje na chorobę zwyrodnieniową biodra (na całym świecie)
figure-hip-oa-replacement-after-exercise-2y = przechodzi wymianę stawu biodrowego po programie ćwiczeń i porad
figure-hip-oa-replacement-waitlisted-2y = przechodzi wymianę stawu biodrowego po tym samym programie (osoby, które już czekały w kolejce na tę operację)

## Utrata ukrwienia głowy kości udowej (martwica aseptyczna)

condition-avn-name = Utrata ukrwienia głowy kości udowej (martwica aseptyczna głowy kości udowej)
condition-avn-summary =
    Część kulistej głowy na górnym końcu kości udowej traci dopływ krwi.
    Bez krwi ta część kości obumiera. Z czasem głowa kości udowej może pęknąć i się zapaść.
    Staw może się wtedy zużyć. Choroba dotyczy głównie osób młodszych i w średnim wieku.
condition-avn-diagnosis =
    Rezonans magnetyczny może ją wykryć wcześnie, gdy zdjęcie rentgenowskie wygląda jeszcze prawidłowo.
    Później zmiany w kości widać też na zdjęciu rentgenowskim.
    Lekarze określają stadium. Stadium mówi, czy głowa kości udowej zaczęła się zapadać i o ile.
    W chwili wykrycia w wielu biodrach zapadanie już się zaczęło.
    Czasem chorobę wykrywa się w biodrze, które jeszcze nie boli.
condition-avn-course =
    Bez leczenia to schorzenie często z czasem się pogarsza.
    Tempo bardzo zależy od tego, jak duży jest obszar martwej kości i gdzie leży.
    Małe obszary często latami pozostają bez zmian. Duże często w ciągu kilku lat prowadzą do zapadnięcia się głowy.
    Gdy głowa się zapadnie, staw zwykle się zużywa i wiele osób potrzebuje endoprotezy.
    Trudno przewidzieć, co stanie się w konkretnym biodrze.

stage-avn-arco-1-name = Stadium I: widoczne tylko w rezonansie magnetycznym
stage-avn-arco-1-description =
    Zdjęcie rentgenowskie wygląda prawidłowo. Rezonans magnetyczny albo scyntygrafia kości pokazuje obszar martwej kości.
    Głowa kości udowej ma jeszcze prawidłowy kształt.
stage-avn-arco-2-name = Stadium II: widoczne na zdjęciu rentgenowskim, głowa nadal okrągła
stage-avn-arco-2-description =
    Zdjęcie rentgenowskie pokazuje zmiany w kości, na przykład zagęszczenia albo małe jamki.
    Pod powierzchnią nie ma jeszcze pęknięcia, a głowa nie zaczęła się spłaszczać.
stage-avn-arco-3a-name = Stadium IIIA: początek zapadania
stage-avn-arco-3a-description =
    Pod powierzchnią głowy kości udowej powstało pęknięcie.
    Głowa się nie zapadła albo zapadła się tylko trochę: o dwa milimetry lub mniej.
stage-avn-arco-3b-name = Stadium IIIB: zapadnięcie
stage-avn-arco-3b-description =
    Pod powierzchnią głowy kości udowej powstało pęknięcie.
    Głowa zapadła się o więcej niż dwa milimetry.
stage-avn-arco-4-name = Stadium IV: choroba zwyrodnieniowa
stage-avn-arco-4-description =
    Staw zaczął się zużywać, tak jak w chorobie zwyrodnieniowej.
    Szpara między głową kości udowej a panewką jest węższa, a panewka też się zmieniła.

applies-avn-exercise =
    Ćwiczenia mogą utrzymać siłę mięśni i ruchomość biodra. Nie przywracają dopływu krwi do kości.
    Nie znaleźliśmy badania, które sprawdzałoby ćwiczenia w tym schorzeniu.
applies-avn-watchful-waiting =
    Niektóre osoby wybierają obserwację biodra z regularnymi kontrolami.
    Gdy obszar martwej kości jest mały, głowa kości udowej często latami pozostaje cała.
    Gdy jest duży, głowa często zapada się w ciągu kilku lat.
applies-avn-stem-cell-injection =
    Samych komórek wstrzykiwanych do stawu nie badano w tym schorzeniu.
    W badaniach komórki wprowadza się do kości w czasie operacji nawiercania, czyli dekompresji głowy kości udowej.
    To osobna możliwość leczenia.
applies-avn-hip-replacement =
    Endoproteza jest możliwością, gdy głowa kości udowej zaczęła się zapadać albo staw się zużył.
    Jeden przegląd badań przemawia za endoprotezą, gdy głowa zapadła się o więcej niż dwa milimetry.
applies-avn-core-decompression =
    Zanim głowa kości udowej się zapadnie, chirurg może nawiercić martwą kość.
    Ma to zmniejszyć ciśnienie w kości i pomóc jej się wygoić.
    Stosuje się to tylko w tych wczesnych stadiach. Niektóre głowy i tak potem się zapadają.
applies-avn-core-decompression-cells =
    Zanim głowa kości udowej się zapadnie, do dekompresji można dodać komórki z własnego szpiku kostnego.
    Badania sugerują, że głowa zapada się wtedy rzadziej niż po samym nawierceniu.
    Nie jest jasne, czy mniej osób potrzebuje potem endoprotezy.
    Dowody są tylko średniej jakości. Niektórzy ubezpieczyciele uznają tę metodę za eksperymentalną.

# To jest liczba osób, nie „na 100 osób”: przed tekstem stoi np. „10 000–20 000”.
figure-avn-new-cases-us = dorosłych w Stanach Zjednoczonych, u których co roku po raz pierwszy wykrywa się to schorzenie (głównie osób młodszych lub w średnim wieku)
figure-avn-collapsed-at-diagnosis = ma już zapadniętą głowę kości udowej w chwili wykrycia schorzenia
figure-avn-collapse-type-a-2y = ma potem zapadniętą głowę kości udowej (na początku głowa była cała; najmniejszy obszar martwej kości, typ A)
figure-avn-collapse-type-a-5y = ma potem zapadniętą głowę kości udowej (na początku głowa była cała; najmniejszy obszar martwej kości, typ A)
figure-avn-collapse-type-b-2y = ma potem zapadniętą głowę kości udowej (na początku głowa była cała; mały obszar martwej kości, typ B)
figure-avn-collapse-type-b-5y = ma potem zapadniętą głowę kości udowej (na początku głowa była cała; mały obszar martwej kości, typ B)
figure-avn-collapse-type-c1-2y = ma potem zapadniętą głowę kości udowej (na początku głowa była cała; duży obszar martwej kości, typ C-jeden)
figure-avn-collapse-type-c1-5y = ma potem zapadniętą głowę kości udowej (na początku głowa była cała; duży obszar martwej kości, typ C-jeden)
figure-avn-collapse-type-c2-2y = ma potem zapadniętą głowę kości udowej (na początku głowa była cała; największy obszar martwej kości, typ C-dwa)
figure-avn-collapse-type-c2-5y = ma potem zapadniętą głowę kości udowej (na początku głowa była cała; największy obszar martwej kości, typ C-dwa)
figure-avn-silent-hip-becomes-painful = zaczyna odczuwać ból biodra (biodra z tym schorzeniem, które na początku nie bolały)
figure-avn-silent-hip-collapses = ma potem zapadniętą głowę kości udowej (biodra z tym schorzeniem, które na początku nie bolały)
figure-avn-untreated-progresses = bez leczenia ma pogorszenie, a większość z tych osób później potrzebuje endoprotezy

## Rozdarcie miękkiego brzegu wokół panewki biodra (uszkodzenie obrąbka stawowego)

condition-labral-tear-name = Rozdarcie miękkiego brzegu wokół panewki biodra (uszkodzenie obrąbka stawowego)
condition-labral-tear-summary =
    Obrąbek stawowy to brzeg z miękkiej tkanki na krawędzi panewki stawu biodrowego.
    Pomaga utrzymać głowę kości udowej na miejscu. Jego rozdarcie może powodować ból.
    Ale wiele rozdarć w ogóle nie boli.
condition-labral-tear-diagnosis =
    Lekarz pyta o ból i sprawdza, jak porusza się biodro.
    Rezonans magnetyczny może pokazać rozdarcie. Ale takie rozdarcia widać też u wielu osób bez bólu biodra.
    Dlatego rozdarcie widoczne w badaniu to tylko część obrazu.
    Zanim pojawi się myśl o operacji, objawy i badanie lekarskie muszą pasować do wyniku badania obrazowego.
condition-labral-tear-course =
    Niewiele wiadomo o tym, co dzieje się z rozdarciem bez leczenia.
    Wiele rozdarć nigdy nie boli. Gdy rozdarcie boli, ból może ustąpić albo się utrzymywać.
    Rozdarciu może towarzyszyć problem z kształtem biodra, zwany konfliktem udowo-panewkowym, albo wczesna choroba zwyrodnieniowa.
    Mogą one zmienić dalszy przebieg.

stage-labral-tear-without-oa-name = Bez choroby zwyrodnieniowej
stage-labral-tear-without-oa-description =
    Chrząstka w stawie jest jeszcze w dobrym stanie. Zdjęcie rentgenowskie nie pokazuje choroby zwyrodnieniowej.
stage-labral-tear-with-oa-name = Z chorobą zwyrodnieniową
stage-labral-tear-with-oa-description =
    Zaczęła się też choroba zwyrodnieniowa: chrząstka w stawie zaczęła się ścierać.
    To zmienia to, które sposoby leczenia mogą pomóc.

applies-labral-tear-exercise =
    Ćwiczenia i fizjoterapia to zwykle pierwszy krok. Eksperci zgadzają się, że to odpowiednie leczenie.
    Ich celem jest wzmocnienie mięśni wokół biodra i zmniejszenie bólu.
applies-labral-tear-watchful-waiting =
    Wiele osób ma rozdarcie i nie odczuwa żadnego bólu. Rozdarcie widoczne w badaniu nie zawsze wymaga leczenia.
    Można poczekać, zobaczyć, jak będzie, i zdecydować później.
applies-labral-tear-steroid-injection =
    Zastrzyk sterydowy do biodra może na krótko zmniejszyć ból.
    W przypadku rozdarć i konfliktu udowo-panewkowego sprawdziło to tylko jedno małe badanie.
applies-labral-tear-stem-cell-injection =
    Niektóre kliniki sprzedają zastrzyki z „komórek macierzystych” na uszkodzenie obrąbka.
    Nie znaleźliśmy żadnego badania tych zastrzyków przy uszkodzeniu obrąbka.
    Amerykański urząd ds. leków (FDA) nie dopuścił żadnego z nich do leczenia jakiejkolwiek choroby kości lub stawów.
applies-labral-tear-hip-arthroscopy =
    Artroskopia (zabieg przez małe nacięcia) pozwala zszyć albo przyciąć rozdarty brzeg. To możliwość dla niektórych osób bez choroby zwyrodnieniowej.
    W badaniach z udziałem osób z konfliktem udowo-panewkowym, któremu często towarzyszy rozdarcie,
    pomogła zarówno operacja, jak i fizjoterapia. Operacja pomogła średnio trochę bardziej.
applies-labral-tear-hip-replacement =
    Jeśli rozwinęła się choroba zwyrodnieniowa, możliwością jest endoproteza.
    Artroskopia pomaga mniej, gdy choroba zwyrodnieniowa już jest.

figure-labral-tear-on-mri-no-pain = ma uszkodzenie obrąbka widoczne w rezonansie magnetycznym (osoby bez bólu biodra)
figure-labral-tear-cartilage-damage-no-pain = ma uszkodzenie chrząstki widoczne w rezonansie magnetycznym (osoby bez bólu biodra)
figure-labral-tear-young-no-pain = ma uszkodzenie obrąbka widoczne w badaniu obrazowym (młodzi dorośli bez bólu biodra)
figure-labral-tear-pooled-no-pain = ma rozdarcie lub inne uszkodzenie obrąbka widoczne w badaniu obrazowym (biodra bez bólu; przegląd kilku badań)

## Konflikt udowo-panewkowy (FAI)

condition-fai-name = Konflikt udowo-panewkowy: głowa kości udowej i panewka ocierają się o siebie z powodu swojego kształtu (FAI)
condition-fai-summary =
    Głowa kości udowej albo panewka biodra ma nietypowy kształt.
    Nadmiar kości na głowie kości udowej to kształt typu „cam” (krzywkowy). Brzeg panewki, który za bardzo obejmuje głowę kości udowej, to kształt typu „pincer” (kleszczowy).
    Przy zginaniu biodra krawędzie mogą się ocierać i zakleszczać. To może boleć i może uszkodzić brzeg panewki.
condition-fai-diagnosis =
    Lekarze rozpoznają konflikt udowo-panewkowy tylko wtedy, gdy zgadzają się trzy rzeczy: objawy, badanie lekarskie i zdjęcie rentgenowskie lub inne badanie obrazowe.
    Takie kształty biodra są bardzo częste u osób bez bólu, a u sportowców jeszcze częstsze.
    Dlatego sam kształt widoczny w badaniu nie oznacza, że trzeba go leczyć.
condition-fai-course =
    Bez operacji większość osób z konfliktem udowo-panewkowym nie zapada na chorobę zwyrodnieniową, nawet przez wiele lat.
    U niektórych się ona rozwija, a nieliczni w końcu potrzebują endoprotezy.
    Nie da się z pewnością powiedzieć, kogo to spotka.

stage-fai-without-oa-name = Bez choroby zwyrodnieniowej
stage-fai-without-oa-description =
    Chrząstka w stawie jest jeszcze w dobrym stanie. Zdjęcie rentgenowskie nie pokazuje choroby zwyrodnieniowej.
stage-fai-with-oa-name = Z chorobą zwyrodnieniową
stage-fai-with-oa-description =
    Zaczęła się też choroba zwyrodnieniowa: chrząstka w stawie zaczęła się ścierać.
    To zmienia to, które sposoby leczenia mogą pomóc.

applies-fai-exercise =
    Fizjoterapia i ćwiczenia to zwykle pierwszy krok. Eksperci zgadzają się, że to odpowiednia możliwość.
    W badaniach ludziom się po nich poprawiało. Operacja pomagała średnio trochę bardziej.
applies-fai-watchful-waiting =
    Wiele osób ma taki kształt biodra i nigdy nie odczuwa bólu.
    Przez wiele lat choroba zwyrodnieniowa rozwija się tylko u części osób z konfliktem udowo-panewkowym.
    Można poczekać, zobaczyć, jak będzie, i zdecydować później.
applies-fai-steroid-injection =
    Zastrzyk sterydowy do biodra może na krótko zmniejszyć ból.
    W konflikcie udowo-panewkowym sprawdziło to tylko jedno małe badanie.
applies-fai-hip-arthroscopy =
    Artroskopia (zabieg przez małe nacięcia) pozwala zmienić kształt kości i naprawić brzeg panewki.
    To możliwość dla niektórych osób bez choroby zwyrodnieniowej.
    W badaniach pomagała średnio trochę bardziej niż fizjoterapia.
    Różnica była bliska najmniejszej zmianie, jaką ludzie zauważają.
applies-fai-hip-replacement =
    Jeśli rozwinęła się choroba zwyrodnieniowa, możliwością jest endoproteza.
    Przez wiele lat potrzebuje jej niewielka część osób z konfliktem udowo-panewkowym.

figure-fai-cam-shape-no-pain = ma kształt typu „cam”, czyli nadmiar kości na głowie kości udowej (biodra bez objawów)
figure-fai-cam-shape-athletes-no-pain = ma kształt typu „cam” (biodra sportowców bez objawów)
figure-fai-cam-shape-general-no-pain = ma kształt typu „cam” (biodra bez objawów, osoby z ogółu ludności)
figure-fai-pincer-shape-no-pain = ma kształt typu „pincer”, czyli brzeg panewki za bardzo obejmuje głowę kości udowej (biodra bez objawów)
figure-fai-painful-arthritis-25y = zachoruje na chorobę zwyrodnieniową biodra, która powoduje ból lub sztywność (osoby bez operacji kształtu biodra)
figure-fai-hip-replacement-25y = przechodzi wymianę stawu biodrowego (osoby bez operacji kształtu biodra)

## Ból po zewnętrznej stronie biodra (zespół bólowy krętarza większego)

condition-gtps-name = Ból po zewnętrznej stronie biodra (zespół bólowy krętarza większego, często nazywany zapaleniem kaletki)
condition-gtps-summary =
    Ten ból czuć po zewnętrznej stronie biodra, a nie w środku stawu.
    Często nazywa się go zapaleniem kaletki. Ale najczęściej pochodzi ze ścięgien mięśni pośladka
    w miejscu, gdzie przyczepiają się do kostnego wyrostka z boku biodra.
    Częściej dotyczy kobiet niż mężczyzn.
condition-gtps-diagnosis =
    Lekarz zwykle rozpozna go na podstawie rozmowy i badania.
    Często towarzyszy mu ból dolnej części pleców albo choroba zwyrodnieniowa kolana po tej samej stronie.
    Badanie obrazowe może pokazać zmiany w ścięgnach albo w kaletce, czyli małej poduszce wypełnionej płynem.
    Ale większość osób bez bólu też ma takie zmiany. Dlatego badanie lekarskie znaczy więcej niż badanie obrazowe.
condition-gtps-course =
    Ten ból często trwa długo. Wiele osób nadal go ma po roku,
    a wiele nawet po latach. U niektórych mija bez leczenia.
    Nie wiadomo, u kogo przejdzie sam.

applies-gtps-exercise =
    Ćwiczenia i porady, jak obciążać ścięgna, to zwykle pierwszy krok.
    W jednym badaniu dały dobre wyniki w krótkim czasie. Nie wymagają żadnych igieł.
applies-gtps-watchful-waiting =
    Ten ból może ustąpić sam, ale często powoli. W jednym badaniu wiele osób miało go jeszcze po latach.
    Można poczekać, zobaczyć, jak będzie, i zdecydować później.
applies-gtps-steroid-injection =
    Zastrzyk obok biodra, nie do stawu, może zmniejszyć ból na kilka tygodni.
    W jednym badaniu na początku pomagał bardziej.
    Po roku osoby bez zastrzyku czuły się mniej więcej tak samo.
applies-gtps-prp =
    W przypadku tego bólu proponuje się PRP, czyli zastrzyk przygotowany z własnej krwi pacjenta.
    Jedno badanie porównało go z zastrzykiem sterydowym, ale nie było w nim zastrzyku pozorowanego.
    Dlatego nie wiadomo, jaka część efektu pochodzi z samego PRP.
applies-gtps-stem-cell-injection =
    Niektóre kliniki sprzedają zastrzyki z „komórek macierzystych” na ten ból. Nie znaleźliśmy żadnego badania tych zastrzyków w tym schorzeniu.
    Amerykański urząd ds. leków (FDA) nie dopuścił żadnego z nich do leczenia jakiejkolwiek choroby kości lub stawów.

# Variables:
#   $ageFrom (Number) - najmłodszy wiek liczonych osób
#   $ageTo (Number) - najstarszy wiek liczonych osób (od niego zależy forma „lat”/„lata”)
figure-gtps-women-one-side = ma ten ból po jednej stronie (kobiety w wieku { $ageFrom }–{ $ageTo } { $ageTo ->
        [one] roku
        [few] lata
        [many] lat
       *[other] roku
    })
figure-gtps-women-both-sides = ma ten ból po obu stronach (kobiety w wieku { $ageFrom }–{ $ageTo } { $ageTo ->
        [one] roku
        [few] lata
        [many] lat
       *[other] roku
    })
figure-gtps-men-one-side = ma ten ból po jednej stronie (mężczyźni w wieku { $ageFrom }–{ $ageTo } { $ageTo ->
        [one] roku
        [few] lata
        [many] lat
       *[other] roku
    })
figure-gtps-men-both-sides = ma ten ból po obu stronach (mężczyźni w wieku { $ageFrom }–{ $ageTo } { $ageTo ->
        [one] roku
        [few] lata
        [many] lat
       *[other] roku
    })
figure-gtps-new-cases = w ciągu roku zaczyna mieć ten ból (dorośli)
figure-gtps-scan-changes-no-pain = ma zmiany w ścięgnach lub kaletce widoczne w badaniu obrazowym (osoby bez bólu)
figure-gtps-still-painful-1y = nadal ma ten ból (jedno badanie z Holandii)
figure-gtps-still-painful-5y = nadal ma ten ból (to samo badanie)
figure-gtps-better-wait-and-see-8w = czuje się wyraźnie lepiej bez leczenia (w badaniu była to grupa „czekamy i obserwujemy”)

## Zapalenie stawu biodrowego (na przykład reumatoidalne zapalenie stawów)

condition-inflammatory-arthritis-name = Zapalna choroba stawu biodrowego (na przykład reumatoidalne zapalenie stawów)
condition-inflammatory-arthritis-summary =
    Organizm ma system obronny, zwany układem odpornościowym.
    W tej chorobie atakuje on błonę wyściełającą stawy.
    Powoduje to obrzęk, ból i sztywność. Z czasem może uszkodzić chrząstkę i kość.
    Leczy się ją głównie lekami, które wyciszają układ odpornościowy.
    Tymi lekami zajmuje się reumatolog, czyli lekarz od chorób stawów i układu odpornościowego.
    Większość badań zastrzyków do biodra i ćwiczeń dotyczyła choroby zwyrodnieniowej, a nie tej choroby.
condition-inflammatory-arthritis-diagnosis =
    Rozpoznanie zwykle potwierdza reumatolog. Pyta o stawy i sprawdza, czy są obrzęknięte.
    Może też zlecić inne badania, w tym badania obrazowe.
    Zdjęcie rentgenowskie może pokazać, czy staw biodrowy jest uszkodzony.
condition-inflammatory-arthritis-course =
    Bez leczenia obrzęk wewnątrz stawu może go powoli niszczyć.
    Główny sposób, by temu zapobiec, to leki wyciszające układ odpornościowy.
    W badaniu, które obserwowało ludzi przez lata, większość nie miała problemów z biodrem,
    a nieliczni mieli ciężkie uszkodzenie biodra.
    Znaleźliśmy niewiele wyników leczenia biodra w samej tej chorobie.

stage-inflammatory-arthritis-active-name = Czynny stan zapalny
stage-inflammatory-arthritis-active-description =
    Błona wyściełająca staw jest obrzęknięta i bolesna. Ból i sztywność wynikają głównie z tego obrzęku.
    Leki mogą go wyciszyć.
stage-inflammatory-arthritis-joint-damage-name = Trwałe uszkodzenie stawu
stage-inflammatory-arthritis-joint-damage-description =
    Zapalenie zniszczyło część chrząstki i kości. Leki mogą wyciszyć zapalenie,
    ale nie cofną tego uszkodzenia.

applies-inflammatory-arthritis-exercise =
    Ćwiczenia mogą pomóc utrzymać siłę i ruchomość biodra. Działają razem z lekami, a nie zamiast nich.
    Większość badań ćwiczeń dotyczyła choroby zwyrodnieniowej, a nie tej choroby.
applies-inflammatory-arthritis-steroid-injection =
    Czasem jeden lub kilka stawów pozostaje obrzękniętych mimo leków.
    Wtedy zastrzyk sterydowy do tego stawu jest uznaną możliwością.
    Większość badań zastrzyków do biodra dotyczyła choroby zwyrodnieniowej, a nie tej choroby.
applies-inflammatory-arthritis-hip-replacement =
    Endoproteza jest możliwością, gdy staw jest mocno uszkodzony.
    Nie znaleźliśmy wyników wymiany stawu biodrowego właśnie u osób z tą chorobą.

figure-inflammatory-arthritis-hip-involved-historical = ma zajęte także biodro (osoby z reumatoidalnym zapaleniem stawów; starsze badania)
figure-inflammatory-arthritis-hip-involved-8y = z czasem ma zajęte także biodro (osoby z reumatoidalnym zapaleniem stawów)
figure-inflammatory-arthritis-severe-damage-8y = z czasem ma poważne uszkodzenie stawu biodrowego (osoby z reumatoidalnym zapaleniem stawów)
