### Możliwości operacyjne: wymiana stawu biodrowego (endoproteza), artroskopia stawu biodrowego
### (zabieg przez małe nacięcia), dekompresja głowy kości udowej.
### Liczby są w crates/hipaid-core/content/options/; aplikacja pokazuje je obok tych słów.
### Opisy wyników liczonych w osobach uzupełniają zdanie „N na 100 osób …” (czasownik
### w 3. osobie liczby pojedynczej); opisy zmian w skali punktowej są rzeczownikami.

## Wymiana stawu biodrowego

option-hip-replacement-name = Wymiana stawu biodrowego (endoproteza)
option-hip-replacement-summary =
    Chirurg usuwa zużytą głowę kości udowej i panewkę, a w ich miejsce wstawia sztuczny staw (endoprotezę).
    To duża operacja.
    Wiele osób zostaje w szpitalu kilka dni, a niektóre wracają do domu tego samego dnia.
    Powrót do normalnego życia trwa tygodnie, a pełny powrót do zdrowia może trwać miesiące.
option-hip-replacement-regulatory = Standardowa operacja, wykonywana od wielu lat.
option-hip-replacement-cost =
    To ceny, które szpitale podały osobom płacącym samodzielnie.
    Bardzo się od siebie różnią.
    Średnia kwota wystawiana ubezpieczycielom była bliżej dolnej granicy tego przedziału.
    Ubezpieczyciele i Medicare zwykle płacą, gdy spełnione są ich warunki.
    Część kosztów może jednak pozostać do zapłaty, dlatego warto zapytać ubezpieczyciela.

step-hip-replacement-assess = Chirurg bada biodro, ogląda zdjęcia rentgenowskie i sprawdza ogólny stan zdrowia.
step-hip-replacement-prepare =
    Przed operacją lekarz może zalecić popracowanie nad masą ciała, paleniem lub poziomem cukru we krwi.
    To zmniejsza ryzyko.
step-hip-replacement-operation =
    Stosuje się znieczulenie ogólne (uśpienie) albo znieczulenie od pasa w dół.
    Chirurg usuwa zużyte części i wstawia nowy staw.
step-hip-replacement-hospital =
    Wiele osób zostaje w szpitalu na krótko.
    W USA wiele osób wraca do domu tego samego dnia.
step-hip-replacement-recover =
    Na początku chodzi się o kulach lub laskach.
    Ćwiczenia, w domu lub z fizjoterapeutą, pomagają odzyskać siłę.

milestone-hip-replacement-crutches = Koniec chodzenia o kulach lub laskach
milestone-hip-replacement-driving = Powrót do prowadzenia samochodu, gdy można bezpiecznie zahamować i nie są już potrzebne silne leki przeciwbólowe
milestone-hip-replacement-work = Powrót do pracy (później przy ciężkiej pracy fizycznej)
milestone-hip-replacement-low-impact-sport = Łagodny sport, na przykład golf, pływanie lub jazda na rowerze
milestone-hip-replacement-full-benefit = Pełna korzyść (u niektórych osób trwa to tak długo)

repeats-hip-replacement =
    Wymianę stawu biodrowego z założenia wykonuje się raz.
    Jeśli nowy staw zawiedzie, druga operacja, zwana rewizją, pozwala wymienić jego części.

## Wymiana stawu biodrowego: korzyści

outcome-hip-replacement-oxford-6m = średni wzrost wyniku w Oksfordzkiej skali biodra (Oxford Hip Score)
outcome-hip-replacement-oxford-6m-note =
    Z badania z udziałem starszych osób z ciężką chorobą zwyrodnieniową biodra.
    Niektóre osoby z grupy ćwiczącej przeszły operację przed końcem badania.
    Nie znaleźliśmy takiego badania dla innych schorzeń biodra.
outcome-hip-replacement-meaningful-improvement-12m = czuje się wyraźnie lepiej
outcome-hip-replacement-meaningful-improvement-12m-note =
    To nie było badanie z losowym przydziałem do grup: każdą osobę porównano z podobnymi do niej osobami.
    Wszyscy mieli chorobę zwyrodnieniową biodra.
    Nie znaleziono wyników dla innych schorzeń biodra.
outcome-hip-replacement-still-in-place-10y = nadal ma swoją pierwszą endoprotezę, bez ponownej operacji
outcome-hip-replacement-still-in-place-10y-note =
    Z krajowych rejestrów endoprotez, głównie osób z chorobą zwyrodnieniową.
    Endoprotezy służą dłużej u osób starszych i gdy są mocowane cementem kostnym.
outcome-hip-replacement-still-in-place-25y = nadal ma swoją pierwszą endoprotezę, bez ponownej operacji
outcome-hip-replacement-still-in-place-25y-note =
    Z krajowych rejestrów endoprotez, które obejmują wszystkich.
    Doniesienia pojedynczych chirurgów pokazywały wyższe liczby.
    Te endoprotezy wszczepiono dawno temu; dzisiejsze mogą służyć dłużej, ale nie musi tak być.

## Wymiana stawu biodrowego: szkody

outcome-hip-replacement-persistent-pain = nadal ma dokuczliwy ból długo po operacji
outcome-hip-replacement-persistent-pain-note =
    Wyniki bardzo się różniły między badaniami.
    Większość osób w tych badaniach miała chorobę zwyrodnieniową.
outcome-hip-replacement-death-90d = umiera po operacji (z dowolnej przyczyny)
outcome-hip-replacement-death-90d-note =
    Ta liczba z latami się zmniejszała, a starsze badania wykazywały więcej zgonów.
    Obejmuje wszystkie wymiany stawu biodrowego, głównie z powodu choroby zwyrodnieniowej.
outcome-hip-replacement-dislocation = ma zwichnięcie endoprotezy (nowy staw wyskakuje z panewki)
outcome-hip-replacement-dislocation-note =
    Niższa liczba pochodzi z nowszych badań.
    Wyższa obejmuje też starsze badania.
    Większość osób w nich miała chorobę zwyrodnieniową.
outcome-hip-replacement-infection = ma głębokie zakażenie endoprotezy
outcome-hip-replacement-infection-note =
    Wiele z tych osób potrzebowało kolejnej operacji.
    Liczby pochodzą z dużych krajowych rejestrów.
    Większość osób w nich miała chorobę zwyrodnieniową.
outcome-hip-replacement-blood-clots = ma zakrzep w nodze lub w płucach, który daje objawy
outcome-hip-replacement-blood-clots-note =
    Pacjenci dostają leki, które pomagają zapobiegać zakrzepom.
    Wyższe liczby pochodzą z badania, które obejmowało też wymiany stawu kolanowego.
    W tym badaniu rodzaj leku miał znaczenie.
outcome-hip-replacement-leg-length = ma wrażenie, że jedna noga jest dłuższa od drugiej
outcome-hip-replacement-leg-length-note =
    U większości tych osób nie było różnicy, którą dałoby się zmierzyć.
    Mimo to takie odczucie wiązało się z gorszym wynikiem w skali biodra.

factor-hip-replacement-weight = Duża masa ciała zwiększa ryzyko operacji. Lekarz może poprosić, żeby najpierw nad nią popracować.
factor-hip-replacement-smoking = Palenie zwiększa ryzyko operacji. Lekarz może poprosić, żeby najpierw rzucić palenie.
factor-hip-replacement-diabetes = Źle wyrównany poziom cukru we krwi zwiększa ryzyko. Lekarz może poprosić, żeby najpierw go obniżyć.
factor-hip-replacement-recent-injection =
    Zastrzyk do biodra w ostatnich miesiącach przed operacją wiąże się z większą liczbą zakażeń endoprotezy.
    Należy powiedzieć chirurgowi o każdym niedawnym zastrzyku.
factor-hip-replacement-older-age =
    U osób starszych chirurg może zamocować endoprotezę cementem kostnym.
    To zmniejsza ryzyko złamania kości wokół niej.
    U osób starszych endoprotezy też rzadziej wymagają ponownej operacji.

## Artroskopia stawu biodrowego (zabieg przez małe nacięcia)

option-hip-arthroscopy-name = Artroskopia stawu biodrowego (zabieg przez małe nacięcia)
option-hip-arthroscopy-summary =
    Operacja biodra przez małe nacięcia.
    Przez te nacięcia chirurg wprowadza maleńką kamerę i narzędzia.
    Może zmienić kształt nadmiaru kości oraz zszyć albo przyciąć rozdarty brzeg panewki, zwany obrąbkiem stawowym.
    Pacjent jest w pełni uśpiony, a większość osób wraca do domu tego samego dnia.
option-hip-arthroscopy-regulatory =
    Standardowa operacja.
    Przy konflikcie udowo-panewkowym eksperci zgadzają się, że to jedna z rozsądnych możliwości.
    Inną są ćwiczenia z fizjoterapeutą.
option-hip-arthroscopy-cost =
    Nie znaleźliśmy wiarygodnej ceny tej operacji w USA.
    Warto zapytać w szpitalu i u ubezpieczyciela, ile trzeba by zapłacić.

step-hip-arthroscopy-assess =
    Ból, badanie lekarskie i badania obrazowe muszą wskazywać na ten sam problem.
    Samo rozdarcie widoczne w badaniu obrazowym nie wystarczy, bo ma je wiele osób bez bólu.
step-hip-arthroscopy-operation =
    Pacjent jest w pełni uśpiony.
    Nogę delikatnie się naciąga, żeby rozszerzyć staw.
    Przez małe nacięcia chirurg zmienia kształt kości i zszywa albo przycina obrąbek.
step-hip-arthroscopy-home = Większość osób wraca do domu tego samego dnia.
step-hip-arthroscopy-rehab = Przez kilka tygodni chodzi się o kulach i wykonuje plan ćwiczeń.

milestone-hip-arthroscopy-crutches = Koniec chodzenia o kulach
milestone-hip-arthroscopy-desk-work = Powrót do pracy siedzącej
milestone-hip-arthroscopy-sport = Powrót do sportu
milestone-hip-arthroscopy-full-benefit = Pełna korzyść (do tego czasu biodro może się dalej poprawiać)

repeats-hip-arthroscopy =
    Z założenia wykonuje się ją raz.
    Niektóre osoby potrzebują drugiej operacji tego samego biodra albo później endoprotezy.
    Te liczby są pokazane przy szkodach.

## Artroskopia stawu biodrowego: korzyści

outcome-hip-arthroscopy-ihot-pooled = średni wzrost wyniku w skali biodra iHOT
outcome-hip-arthroscopy-ihot-pooled-note =
    Z badań osób z konfliktem udowo-panewkowym, z których wiele miało też rozdarty obrąbek.
    W obu grupach nastąpiła poprawa.
    Operacja dała dodatkową poprawę bliską najmniejszej zmianie, jaką ludzie zauważają.
outcome-hip-arthroscopy-fashion-12m = dodatkowe punkty w skali biodra iHOT, ponad poprawę w drugiej grupie
outcome-hip-arthroscopy-fashion-12m-note =
    Z brytyjskiego badania osób z konfliktem udowo-panewkowym.
    Ta liczba pochodzi z podsumowania przygotowanego przez głównego chirurga badania i nie mogliśmy sprawdzić jej dokładnego przedziału.
    W pierwszym roku nie wykazano, że operacja jest warta swojej ceny.
outcome-hip-arthroscopy-hip-oa-benefit = mniejszy ból lub sprawniejsze biodro
no-data-hip-arthroscopy-hip-oa-benefit =
    Gdy choroba zwyrodnieniowa już się zaczęła, badania wykazywały mniejszą poprawę.
    Nie znaleźliśmy badania, które porównałoby tę operację z fizjoterapią u osób z chorobą zwyrodnieniową.
outcome-hip-arthroscopy-hip-oa-delay = odsunięcie w czasie potrzeby wymiany stawu biodrowego
no-data-hip-arthroscopy-hip-oa-delay =
    Żadne badanie nie pokazuje, że ta operacja odsuwa w czasie wymianę stawu biodrowego, gdy jest już choroba zwyrodnieniowa.
    Przeciwnie, osoby z chorobą zwyrodnieniową częściej potrzebują jej wkrótce potem.

## Artroskopia stawu biodrowego: szkody

outcome-hip-arthroscopy-major-complications = ma poważny problem spowodowany operacją
outcome-hip-arthroscopy-minor-complications = ma drobny problem, na przykład zadrapanie powierzchni stawu albo przemijające drętwienie
outcome-hip-arthroscopy-nerve-palsy = ma problem z nerwem, na przykład drętwienie lub osłabienie
outcome-hip-arthroscopy-nerve-palsy-note =
    Ta liczba pochodzi z większego przeglądu wielu operacji.
    Widzieliśmy tylko jego krótkie podsumowanie.
    Może się pokrywać z drobnymi problemami, do których należy przemijające drętwienie.
outcome-hip-arthroscopy-reoperation = potrzebuje kolejnej operacji tego samego biodra
outcome-hip-arthroscopy-later-replacement = potrzebuje później endoprotezy
outcome-hip-arthroscopy-later-replacement-note =
    Niższa liczba pochodzi z wybranych grup badanych.
    Wyższa pochodzi z całej populacji.
outcome-hip-arthroscopy-later-replacement-arthritis = potrzebuje endoprotezy w ciągu roku
outcome-hip-arthroscopy-later-replacement-arthritis-note =
    Dotyczy to starszych osób, które już miały chorobę zwyrodnieniową lub zużytą chrząstkę.
    Pochodzi z przeglądu ekspertów, a nie z badania z grupą porównawczą.

factor-hip-arthroscopy-existing-arthritis =
    Jeśli choroba zwyrodnieniowa już się zaczęła, korzyść jest mniejsza.
    Częściej też wkrótce potem potrzebna jest endoproteza.
factor-hip-arthroscopy-older-age = Starsze osoby częściej potrzebują później endoprotezy.

## Dekompresja głowy kości udowej

option-core-decompression-name = Dekompresja głowy kości udowej (nawiercenie)
option-core-decompression-summary =
    Operacja przy wczesnym obumieraniu kości w głowie kości udowej, zanim głowa się zapadnie.
    Chirurg wierci w martwej kości jeden szeroki kanał albo kilka cienkich.
    Ma to zmniejszyć ciśnienie w kości i pomóc jej się wygoić.
    Po operacji przez jakiś czas trzeba odciążać nogę.
option-core-decompression-regulatory =
    Standardowa operacja.
    Jeden duży amerykański ubezpieczyciel uznaje ją za potrzebne leczenie, zanim głowa kości udowej się zapadnie, ale za niesprawdzone, gdy już się zapadła.
option-core-decompression-cost =
    Nie znaleźliśmy ceny tej operacji.
    Jeden duży amerykański ubezpieczyciel płaci za nią, zanim głowa kości udowej się zapadnie.
    Warto zapytać ubezpieczyciela, ile trzeba by zapłacić.

step-core-decompression-assess =
    Rezonans magnetyczny albo zdjęcie rentgenowskie pokazuje stadium.
    Ta operacja jest dla bioder, w których głowa kości udowej jest jeszcze okrągła.
step-core-decompression-operation =
    Pacjent dostaje znieczulenie.
    Chirurg wierci w martwej części kości jeden szeroki kanał albo kilka cienkich.
step-core-decompression-protect =
    Po operacji przez jakiś czas trzeba odciążać nogę.
    W naszych źródłach nie znaleźliśmy, jak długo.

repeats-core-decompression =
    Nie znaleźliśmy badań dotyczących ponownego wykonania tej operacji.
    Jeśli głowa kości udowej się zapadnie, następnym krokiem jest często endoproteza.

## Dekompresja głowy kości udowej: korzyści

outcome-core-decompression-no-progression-early = nie ma pogorszenia widocznego na zdjęciu rentgenowskim
outcome-core-decompression-no-progression-early-note =
    To najlepszy przypadek: najwcześniejsze stadium z małym obszarem martwej kości.
    Wynik pochodzi ze starszego badania bez grupy nieleczonej.
outcome-core-decompression-collapse = mimo operacji ma potem zapadniętą głowę kości udowej
outcome-core-decompression-collapse-note =
    Tu mniejsza liczba jest lepsza.
    Z dużego badania bioder we wczesnym stadium, bez grupy nieleczonej do porównania.
    Takie badania obserwują ludzi przez kilka lat.
outcome-core-decompression-vs-no-operation = lepszy wynik niż bez operacji
no-data-core-decompression-vs-no-operation =
    Nie znaleźliśmy badania, które porównałoby tę operację z brakiem operacji.
    Niektóre badania obejmowały tylko leczone biodra.
    Inne porównywały ją z innymi rodzajami operacji.

## Dekompresja głowy kości udowej: szkody

outcome-core-decompression-harms = szkody spowodowane operacją
no-data-core-decompression-harms =
    Nasze źródła nie podały liczb dotyczących szkód tej operacji.
    Każda operacja niesie ryzyko.
    Warto zapytać chirurga, jakie szkody mogą wystąpić i jak często je widuje.

factor-core-decompression-lesion-size = Wielkość obszaru martwej kości w głowie kości udowej ma znaczenie. Im jest większy, tym bardziej prawdopodobne, że głowa zapadnie się po operacji.
factor-core-decompression-cause = Zapadnięcie jest bardziej prawdopodobne, jeśli obumarcie kości spowodowały leki sterydowe. Jest też bardziej prawdopodobne, jeśli nie znaleziono przyczyny.
factor-core-decompression-disease-duration = Zapadnięcie jest bardziej prawdopodobne, gdy schorzenie trwa dłużej.
