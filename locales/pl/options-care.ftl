### Możliwości bez igły: ćwiczenia i czujne wyczekiwanie.
### Liczby są w crates/hipaid-core/content/options/exercise.toml i watchful-waiting.toml.
### Aplikacja pokazuje każdą liczbę obok jej opisu; te teksty nigdy nie zawierają liczb.
### Opisy wyników liczonych w osobach uzupełniają zdanie „N na 100 osób …” (czasownik
### w 3. osobie liczby pojedynczej); opisy zmian w skali punktowej są rzeczownikami.

## Ćwiczenia i fizjoterapia

option-exercise-name = Ćwiczenia i fizjoterapia
option-exercise-summary = Program ćwiczeń, które wzmacniają mięśnie wokół biodra.
    Fizjoterapeuta, czyli specjalista od ćwiczeń i ruchu, pokazuje, co robić.
    Można się też dowiedzieć więcej o swoim biodrze i o tym, jak pozostać aktywnym.
    Jeśli to odpowiednie, można dostać pomoc w zmniejszeniu masy ciała.
    Nie ma igieł ani operacji.
    Pomaga tak długo, jak długo się ćwiczy.
option-exercise-regulatory = Ćwiczenia nie są lekiem ani wyrobem medycznym, więc żaden urząd nie musi ich dopuszczać.
    Wytyczne dotyczące choroby zwyrodnieniowej biodra wymieniają je jako podstawowe leczenie.
option-exercise-cost = Nie znaleźliśmy wiarygodnej ceny cyklu fizjoterapii.
    Warto zapytać w klinice lub u ubezpieczyciela, ile trzeba by zapłacić.
    Niektóre programy można wykonywać w domu.
repeats-exercise = Można ćwiczyć tak długo, jak się chce.
    Efekty utrzymują się najlepiej, gdy ćwiczy się dalej.

step-exercise-assess = Fizjoterapeuta bada biodro i sprawdza, jak pacjent się porusza.
    Wspólnie rozmawiają o tym, co pacjent chce móc robić.
step-exercise-programme = Przez kilka tygodni odbywa się seria spotkań (sesji).
    Pacjent uczy się ćwiczeń na siłę i równowagę.
    Poznaje też fakty o swoim biodrze i sposoby radzenia sobie z bólem.
step-exercise-home = Między sesjami ćwiczy się w domu.
step-exercise-keep-going = Po zakończeniu programu ćwiczy się dalej samodzielnie.
    To pomaga utrzymać osiągniętą poprawę.

factor-exercise-pain-at-start = Na początku biodro może boleć bardziej.
    Wytyczne mówią, że trzeba się tego spodziewać.
    Mówią też, że regularne ćwiczenia mimo to pomagają.
    Warto powiedzieć o tym fizjoterapeucie, żeby mógł dostosować plan.
factor-exercise-weight = Wytyczne proponują pomoc w zmniejszeniu masy ciała osobom z nadwagą.
    W jedynym znalezionym przez nas badaniu biodra dodanie ścisłej diety do ćwiczeń nie zmniejszyło bólu wyraźnie bardziej.
    Dieta pomogła w niektórych innych pomiarach.
    Zmiana masy ciała nie miała związku z pogorszeniem choroby zwyrodnieniowej na zdjęciu rentgenowskim.
factor-exercise-severe-arthritis = Przy ciężkiej chorobie zwyrodnieniowej ćwiczenia mogą pomagać mniej.
    W badaniu z udziałem osób z ciężką chorobą zwyrodnieniową biodra endoproteza poprawiła wynik w skali biodra znacznie bardziej niż program ćwiczeń siłowych.
    Niektóre osoby z grupy ćwiczącej w ciągu kilku miesięcy zdecydowały się na operację.
factor-exercise-waiting-list = Niektóre osoby były już w kolejce po endoprotezę.
    U nich operacja częściej odbywała się wkrótce po programie.

outcome-exercise-hip-oa-improve = to dodatkowe osoby, u których ból i ruchomość wyraźnie się poprawiają
outcome-exercise-hip-oa-improve-note = Ta liczba obejmuje tylko dodatkowe osoby, którym poprawiło się dzięki ćwiczeniom.
    Niektórym poprawia się też bez nich.
    Poprawę zmierzono na końcu programu.
    Utrzymywała się jeszcze przez kilka miesięcy po jego zakończeniu.
outcome-exercise-hip-oa-registry-3m = zmiana w skali bólu
outcome-exercise-hip-oa-registry-3m-note = Wynik pochodzi z dużego rejestru osób, które wzięły udział w grupowym programie edukacji i ćwiczeń.
    Nie było grupy porównawczej.
    Dlatego część tej zmiany mogła nastąpić i bez programu.
outcome-exercise-hip-oa-registry-12m = zmiana w skali bólu
outcome-exercise-hip-oa-registry-12m-note = To ta sama grupa osób, sprawdzona ponownie później.
    Nie było grupy porównawczej.
    Dlatego część tej zmiany mogła nastąpić i bez programu.
outcome-exercise-hip-oa-weight-loss = zmiana w skali bólu po dodaniu do ćwiczeń ścisłej diety odchudzającej
outcome-exercise-hip-oa-weight-loss-note = Obie grupy wykonywały ten sam program ćwiczeń.
    Jedna grupa stosowała też dietę o bardzo małej liczbie kalorii.
    Dodatkowe zmniejszenie bólu było małe, mniejsze niż to, co zauważa większość ludzi.
    Grupa na diecie schudła bardziej i miała lepsze wyniki w niektórych innych pomiarach.
outcome-exercise-gtps-success-vs-wait = ocenia, że leczenie zadziałało (według miary sukcesu przyjętej w tym badaniu)
outcome-exercise-gtps-success-vs-wait-note = Badanie dotyczyło osób z bólem ścięgien po zewnętrznej stronie biodra.
    Program obejmował edukację i ćwiczenia z fizjoterapeutą.
outcome-exercise-gtps-success-vs-steroid = ocenia, że leczenie zadziałało (według miary sukcesu przyjętej w tym badaniu)
outcome-exercise-gtps-success-vs-steroid-note = To to samo badanie co wyżej.
    Tu program porównano z jednym zastrzykiem sterydowym.
    Steryd to silny lek, który zmniejsza obrzęk.
outcome-exercise-fai-hip-score = wzrost wyniku w skali biodra
outcome-exercise-fai-hip-score-note = Te badania dotyczyły osób z konfliktem udowo-panewkowym, bez choroby zwyrodnieniowej.
    Konflikt udowo-panewkowy oznacza, że głowa kości udowej i panewka zakleszczają się z powodu swojego kształtu.
    W obu grupach nastąpiła poprawa.
    Artroskopia podniosła wynik trochę bardziej, blisko najmniejszej zmiany, jaką ludzie zauważają.
    Żadne badanie nie dotyczyło samego uszkodzenia obrąbka.
outcome-exercise-avn-benefit = mniejszy ból i lepsza ruchomość
no-data-exercise-avn-benefit = Nie znaleźliśmy badania ćwiczeń w tym schorzeniu.
    Ćwiczenia mogą pomóc zachować siłę i aktywność.
    Nie wiadomo, czy powstrzymują niszczenie kości.
outcome-exercise-inflammatory-benefit = mniejszy ból i lepsza ruchomość
no-data-exercise-inflammatory-benefit = Badania ćwiczeń biodra prowadzono u osób z chorobą zwyrodnieniową.
    Ich wyniki mogą nie dotyczyć zapalnej choroby stawów.
    Tu podstawą leczenia są leki działające na cały organizm.
    Ćwiczenia stosuje się obok nich.
outcome-exercise-pain-at-start = większy ból stawu na początku ćwiczeń
no-data-exercise-pain-at-start = Na początku ból może się na jakiś czas nasilić.
    Zalecenia dotyczące choroby zwyrodnieniowej biodra mówią, żeby się tego spodziewać i ćwiczyć dalej.
    Żadne znalezione przez nas badanie nie policzyło, jak często to się zdarza.
outcome-exercise-hip-oa-serious-harms = poważna szkoda spowodowana ćwiczeniami
no-data-exercise-hip-oa-serious-harms = Główny przegląd badań nie znalazł doniesień o poważnych szkodach.
    Osoby ćwiczące nie rezygnowały z udziału częściej niż inne.
    Badanie diety też nie wykazało poważnych szkód spowodowanych dietą.
    Nie podano częstości, więc nie ma liczby do pokazania.
outcome-exercise-hip-oa-replacement-2y = mimo programu przechodzi później wymianę stawu biodrowego
outcome-exercise-hip-oa-replacement-2y-note = To nie ćwiczenia to spowodowały.
    To pokazuje, że choroba zwyrodnieniowa może się pogarszać nawet przy ćwiczeniach.
    Te osoby brały udział w programie grupowym.
    Nie było grupy porównawczej.

comparator-exercise-hip-arthroscopy = artroskopia stawu biodrowego

## Czujne wyczekiwanie

option-watchful-waiting-name = Czujne wyczekiwanie
option-watchful-waiting-summary = Pacjent i lekarz lub fizjoterapeuta ustalają, że na razie nie zaczynają leczenia.
    Pacjent pozostaje aktywny, a po jakimś czasie biodro sprawdza się ponownie.
    W każdej chwili można zmienić zdanie i zacząć leczenie.
    Przy niektórych problemach z biodrem ból często mija sam.
    Przy innych biodro powoli się pogarsza.
option-watchful-waiting-regulatory = Czekanie nie jest lekiem ani wyrobem medycznym, więc nie wymaga dopuszczenia.
option-watchful-waiting-cost = Nie ma leczenia, za które trzeba płacić.
    Mogą jednak być koszty wizyt kontrolnych.
    Nie znaleźliśmy ich ceny.
repeats-watchful-waiting = Można czekać tak długo, jak to odpowiada.
    W każdej chwili można też przestać i wybrać leczenie.

step-watchful-waiting-agree-plan = Pacjent i lekarz lub fizjoterapeuta ustalają, że na razie wstrzymują się z leczeniem.
    Ustalają też, kiedy sprawdzić biodro ponownie.
step-watchful-waiting-self-care = Pacjent pozostaje jak najbardziej aktywny i dba o biodro w codziennym życiu.
step-watchful-waiting-watch-signs = Pacjent obserwuje, jak zmieniają się ból i ruchomość.
    Jeśli jest gorzej, warto poprosić o wcześniejszą kontrolę.
step-watchful-waiting-review = Na wizycie kontrolnej pacjent i lekarz lub fizjoterapeuta jeszcze raz przeglądają możliwości.

factor-watchful-waiting-avn-lesion-size = Wielkość i położenie obszaru martwej kości mają duże znaczenie.
    Przy małych obszarach głowa kości udowej rzadko się zapadała.
    Przy dużych często zapadała się w ciągu kilku lat.
    Badanie obrazowe może pokazać, jak duży jest ten obszar.
factor-watchful-waiting-avn-collapse = U wielu osób głowa kości udowej jest już zapadnięta w chwili wykrycia schorzenia.
    Gdy głowa zapadła się więcej niż trochę, eksperci zwykle skłaniają się ku endoprotezie.
factor-watchful-waiting-waiting-list = Niektóre osoby były już w kolejce po endoprotezę.
    U nich operacja częściej odbywała się wkrótce.
factor-watchful-waiting-scan-findings = Rozdarcia i zmiany kształtu widać w badaniach obrazowych wielu osób bez bólu.
    Dlatego sam wynik badania obrazowego nie oznacza, że potrzebne jest leczenie.
    Objawy, badanie lekarskie i badanie obrazowe powinny do siebie pasować.

outcome-watchful-waiting-hip-oa-benefit = poprawa bez leczenia
no-data-watchful-waiting-hip-oa-benefit = Główna korzyść z czekania to uniknięcie skutków ubocznych i kosztów leczenia.
    Nie znaleźliśmy danych o tym, ilu osobom poprawia się samo.
    W badaniach choroby zwyrodnieniowej grupy bez leczenia zmieniały się średnio bardzo niewiele.
outcome-watchful-waiting-avn-benefit = poprawa bez leczenia
no-data-watchful-waiting-avn-benefit = Żadne znalezione przez nas badanie nie policzyło, ilu osobom poprawia się bez leczenia.
    W jednym badaniu przy najmniejszych obszarach martwej kości głowa nie zapadła się przez kilka lat.
    Czekanie pozwala też uniknąć ryzyka operacji.
outcome-watchful-waiting-labral-tear-benefit = ból ustępuje bez leczenia
no-data-watchful-waiting-labral-tear-benefit = Żadne znalezione przez nas badanie nie obserwowało osób z bolesnym rozdarciem, które nie były leczone.
    Rozdarcia widać w badaniach obrazowych wielu osób, które w ogóle nie odczuwają bólu.
    Dlatego rozdarcie nie zawsze sprawia kłopoty.
outcome-watchful-waiting-fai-benefit = ból ustępuje bez leczenia
no-data-watchful-waiting-fai-benefit = Żadne znalezione przez nas badanie nie policzyło, ilu osobom z konfliktem udowo-panewkowym poprawia się bez leczenia.
    Kształty biodra, które go powodują, są częste u osób bez bólu.
outcome-watchful-waiting-gtps-success-8w = ocenia, że jest lepiej (według miary sukcesu przyjętej w tym badaniu)
outcome-watchful-waiting-gtps-success-8w-note = W tym badaniu jedną grupę poproszono, żeby poczekała i obserwowała.
    Porównano ją z osobami, które miały edukację i ćwiczenia.
    Czekanie pozwala uniknąć sesji i igieł.
outcome-watchful-waiting-gtps-recovered-3m = zgłasza wyzdrowienie
outcome-watchful-waiting-gtps-recovered-3m-note = W tym badaniu ta grupa miała zwykłą opiekę lekarza rodzinnego, a nie zastrzyk.
    Zwykła opieka to nie całkiem to samo co czekanie.
outcome-watchful-waiting-gtps-recovered-12m = zgłasza wyzdrowienie
outcome-watchful-waiting-gtps-recovered-12m-note = To samo badanie, sprawdzone później.
    Do tego czasu osoby z zastrzykiem i bez niego miały mniej więcej takie same wyniki.
outcome-watchful-waiting-hip-oa-replacement-2y = przechodzi wymianę stawu biodrowego
outcome-watchful-waiting-hip-oa-replacement-2y-note = Te osoby wzięły udział w programie edukacji i ćwiczeń.
    Nie znaleźliśmy takiej liczby dla osób, które tylko czekają.
    Nie było grupy porównawczej.
outcome-watchful-waiting-avn-collapse-large = ma potem zapadniętą głowę kości udowej (największe obszary martwej kości)
outcome-watchful-waiting-avn-collapse-large-note = Na początku badania głowy kości udowej nie były zapadnięte.
    Ryzyko zależało od wielkości i położenia obszaru martwej kości.
    Ta grupa miała największe obszary.
    Nie było grupy porównawczej.
outcome-watchful-waiting-avn-collapse-medium = ma potem zapadniętą głowę kości udowej (średniej wielkości obszary martwej kości)
outcome-watchful-waiting-avn-collapse-medium-note = Na początku badania głowy kości udowej nie były zapadnięte.
    Ta grupa miała obszary martwej kości średniej wielkości.
    Nie było grupy porównawczej.
outcome-watchful-waiting-avn-collapse-small = ma potem zapadniętą głowę kości udowej (małe obszary martwej kości)
outcome-watchful-waiting-avn-collapse-small-note = Na początku badania głowy kości udowej nie były zapadnięte.
    Ta grupa miała małe obszary martwej kości.
    W grupie z najmniejszymi obszarami żadna głowa się nie zapadła.
outcome-watchful-waiting-labral-tear-harm = nasilenie bólu lub uszkodzenia
no-data-watchful-waiting-labral-tear-harm = Żadne znalezione przez nas badanie nie obserwowało osób z bolesnym rozdarciem, które nie były leczone.
    Dlatego nie wiadomo, jak często dochodzi do pogorszenia.
outcome-watchful-waiting-fai-arthritis = zachoruje na bolesną chorobę zwyrodnieniową biodra
outcome-watchful-waiting-fai-arthritis-note = To długie badanie obserwowało osoby z konfliktem udowo-panewkowym, które nie miały operacji.
    Nie było grupy porównawczej.
outcome-watchful-waiting-fai-replacement = przechodzi wymianę stawu biodrowego
outcome-watchful-waiting-fai-replacement-note = To samo długie badanie osób, które nie miały operacji.
    Nie było grupy porównawczej.
outcome-watchful-waiting-gtps-pain-1y = nadal ma ból
outcome-watchful-waiting-gtps-pain-1y-note = Wynik pochodzi z jednej grupy pacjentów, opisanej w przeglądzie badań.
    Nie wiemy, jak byli leczeni.
outcome-watchful-waiting-gtps-pain-5y = nadal ma ból
outcome-watchful-waiting-gtps-pain-5y-note = To ta sama grupa pacjentów, sprawdzona po latach.
    Nie wiemy, jak byli leczeni.
