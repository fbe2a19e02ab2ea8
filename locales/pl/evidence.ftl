### Wspólne słowa treści klinicznej: pewność danych, stanowiska wytycznych, jak wykonuje się
### zabieg, jednostki czasu, koszty i z czym porównuje się każdy wynik. Same liczby są
### w crates/hipaid-core/content/ i trafiają tutaj tylko jako zmienne.

## Decyzja i ten dokument (IPDAS: decyzja, data, zasady aktualizacji, finansowanie)

document-decision = Decyzja: jak leczyć ból biodra i czy w ogóle zaczynać leczenie teraz.
document-purpose = To narzędzie pomaga w rozmowie z lekarzem lub fizjoterapeutą o możliwościach leczenia. Podaje fakty i liczby z badań. Nie podejmuje decyzji za Państwa.
# Variables:
#   $next (Date) - do kiedy ma się odbyć następne sprawdzenie
document-update-policy = Co najmniej raz w roku porównujemy te informacje z nowymi wynikami badań. Następne sprawdzenie ma się odbyć najpóźniej { $next }. Sprawdzamy je też wcześniej, jeśli pojawi się ważne nowe badanie albo nowe wytyczne.
document-funding = To narzędzie napisał zespół projektu HipAid. Żadna firma, która sprzedaje pokazane tu leczenie, nie zapłaciła za nie ani nie miała wpływu na jego treść.
document-conflicts = Autorzy nie mają powiązań finansowych z żadnym z pokazanych tu sposobów leczenia. Nikt nie zarobi więcej, jeśli pacjent wybierze jedną możliwość zamiast innej.
document-authors = Napisał zespół HipAid na podstawie opublikowanych badań i wytycznych. Przy każdej liczbie podano, skąd pochodzi.
document-not-advice = To podsumowanie pomaga w rozmowie z lekarzem lub fizjoterapeutą. Nie zastępuje ich porady.

## Na ile jesteśmy pewni (pewność danych według GRADE)

certainty-high = Wysoka pewność danych
certainty-moderate = Umiarkowana pewność danych
certainty-low = Niska pewność danych
certainty-very-low = Bardzo niska pewność danych
certainty-high-explain = Jest bardzo mało prawdopodobne, że nowe badania to zmienią.
certainty-moderate-explain = Nowe badania mogą to zmienić.
certainty-low-explain = Jest całkiem możliwe, że nowe badania to zmienią.
certainty-very-low-explain = To niewiele więcej niż przypuszczenie. Nowe badania prawdopodobnie to zmienią.

## Co mówią wytyczne

stance-strong-for = Zdecydowanie zalecane
stance-for = Zalecane
stance-conditional-for = Proponowane niektórym osobom
stance-consider = Można rozważyć
stance-option = Jedna z odpowiednich możliwości
stance-no-recommendation = Brak zalecenia za ani przeciw
stance-conditional-against = Raczej odradzane większości osób
stance-against = Odradzane
stance-strong-against = Zdecydowanie odradzane
stance-none-found = Żadne wytyczne tego nie obejmują

guideline-none = Brak wytycznych
guideline-aaos-2023 = Wytyczne American Academy of Orthopaedic Surgeons (AAOS), 2023
guideline-aaos-2017 = Wytyczne American Academy of Orthopaedic Surgeons (AAOS), 2017
guideline-acr-af-2019 = Wytyczne American College of Rheumatology i Arthritis Foundation, 2019
guideline-oarsi-2019 = Wytyczne Osteoarthritis Research Society International (OARSI), 2019
guideline-nice-ng226-2022 = Wytyczne NICE (Anglia) dotyczące choroby zwyrodnieniowej stawów, NG226, 2022
guideline-warwick-2016 = Porozumienie z Warwick (Warwick Agreement) w sprawie konfliktu udowo-panewkowego, 2016
guideline-eular-2021 = Zalecenia EULAR dotyczące zastrzyków do stawów, 2021
guideline-eular-2022 = Zalecenia EULAR dotyczące reumatoidalnego zapalenia stawów, 2022
guideline-chinese-onfh-2020 = Chińskie wytyczne dotyczące martwicy aseptycznej głowy kości udowej, 2020

## Rodzaje możliwości i jak się je wykonuje

kind-self-care = Samodzielna opieka
kind-monitoring = Obserwacja i wyczekiwanie
kind-injection = Zastrzyk
kind-surgery = Operacja

guidance-none = Nie potrzeba badania obrazowego.
guidance-ultrasound = Lekarz kieruje igłę, patrząc na obraz z USG.
guidance-ultrasound-or-x-ray = Lekarz kieruje igłę, patrząc na obraz z USG albo z aparatu rentgenowskiego.
guidance-camera = Chirurg operuje przez małe nacięcia, za pomocą maleńkiej kamery.
anaesthesia-none = Nie potrzeba leku znieczulającego.
anaesthesia-local = Lek znieczulający podaje się w skórę i do biodra.
anaesthesia-spinal-or-general = Stosuje się zastrzyk w kręgosłup, który znieczula od pasa w dół, albo znieczulenie ogólne (uśpienie).
anaesthesia-general = Na czas operacji stosuje się znieczulenie ogólne (uśpienie).

regulatory-approved = Lek lub wyrób dopuszczony do stosowania
regulatory-standard-procedure = Standardowe leczenie
regulatory-not-approved = Niedopuszczone do takiego stosowania
regulatory-not-regulated = Nie wymaga dopuszczenia
regulatory-not-verified = Nie potwierdzono dopuszczenia do takiego stosowania

repeats-allowed-yes = Można powtarzać
repeats-allowed-limited = Można powtarzać, z ograniczeniami
repeats-allowed-no = Zwykle wykonuje się raz
repeats-allowed-unknown = Nie wiadomo, czy powtarzanie pomaga

insurance-usually-covered = Ubezpieczenie zwykle pokrywa koszt
insurance-sometimes-covered = Ubezpieczenie czasem pokrywa koszt
insurance-usually-not-covered = Ubezpieczenie zwykle nie pokrywa kosztu; płaci się samemu
insurance-unknown = Nie wiadomo, czy ubezpieczenie pokrywa koszt

cost-per-session = za jedną sesję
cost-per-injection = za jeden zastrzyk
cost-per-course = za cały cykl
cost-per-operation = za operację
cost-unknown = Nie znaleziono wiarygodnej ceny
# Variables:
#   $amount (Number)
#   $currency (String)
money =
    { $currency ->
        [USD] { $amount } USD
       *[other] { $amount } { $currency }
    }

## Czas

span-unknown = Nie wiadomo
span-none = Brak efektu większego niż po leczeniu pozorowanym
# Variables:
#   $low (Number) - liczba dni
span-days = { $low ->
    [one] { $low } dzień
    [few] { $low } dni
    [many] { $low } dni
   *[other] { $low } dnia
}
# Variables:
#   $low (Number) - liczba tygodni
span-weeks = { $low ->
    [one] { $low } tydzień
    [few] { $low } tygodnie
    [many] { $low } tygodni
   *[other] { $low } tygodnia
}
# Variables:
#   $low (Number) - liczba miesięcy
span-months = { $low ->
    [one] { $low } miesiąc
    [few] { $low } miesiące
    [many] { $low } miesięcy
   *[other] { $low } miesiąca
}
# Variables:
#   $low (Number) - liczba lat
span-years = { $low ->
    [one] { $low } rok
    [few] { $low } lata
    [many] { $low } lat
   *[other] { $low } roku
}
# W przedziałach forma rzeczownika zależy od drugiej liczby ($high): „2–3 tygodnie”, „4–6 tygodni”.
# Variables:
#   $low (Number) - krótszy czas
#   $high (Number) - dłuższy czas
span-range-days = { $low }–{ $high } { $high ->
    [one] dzień
    [few] dni
    [many] dni
   *[other] dnia
}
# Variables:
#   $low (Number) - krótszy czas
#   $high (Number) - dłuższy czas
span-range-weeks = { $low }–{ $high } { $high ->
    [one] tydzień
    [few] tygodnie
    [many] tygodni
   *[other] tygodnia
}
# Variables:
#   $low (Number) - krótszy czas
#   $high (Number) - dłuższy czas
span-range-months = { $low }–{ $high } { $high ->
    [one] miesiąc
    [few] miesiące
    [many] miesięcy
   *[other] miesiąca
}
# Variables:
#   $low (Number) - krótszy czas
#   $high (Number) - dłuższy czas
span-range-years = { $low }–{ $high } { $high ->
    [one] rok
    [few] lata
    [many] lat
   *[other] roku
}

## Z czym porównuje się liczby (po słowach „Dla porównania:”)

comparator-placebo-injection = zastrzyk pozorowany (placebo), bez badanego leku
comparator-local-anaesthetic-injection = zastrzyk z samym lekiem znieczulającym
comparator-no-treatment = brak leczenia
comparator-no-exercise = brak programu ćwiczeń
comparator-usual-care = zwykła opieka lekarza rodzinnego
comparator-wait-and-see = czekanie, jak sytuacja się rozwinie
comparator-advice-alone = tylko porady i informacje
comparator-education-and-exercise = porady i plan ćwiczeń
comparator-exercise-alone = sam program ćwiczeń
comparator-physiotherapy = fizjoterapia (ćwiczenia z fizjoterapeutą)
comparator-resistance-training = program ćwiczeń wzmacniających mięśnie
comparator-steroid-injection = zastrzyk sterydowy
comparator-hyaluronic-acid = zastrzyk z żelu (kwasu hialuronowego)
comparator-core-decompression-alone = dekompresja głowy kości udowej bez dodanych komórek
comparator-no-injection = osoby, które nie dostały zastrzyku
comparator-no-comparison-group = brak grupy porównawczej: badanie objęło tylko osoby leczone
comparator-no-recent-injection = osoby bez zastrzyku do biodra w miesiącach przed operacją

## Rodzaje badań (pokazywane przy każdym źródle)

study-type-rct = Badanie z losowym przydziałem do grup
study-type-systematic-review = Przegląd wielu badań
study-type-network-meta-analysis = Przegląd porównujący wiele sposobów leczenia
study-type-cohort = Badanie obserwujące grupę osób
study-type-registry = Rejestr leczonych pacjentów
study-type-case-series = Opis serii pacjentów
study-type-cross-sectional = Badanie w jednym momencie
study-type-guideline = Wytyczne
study-type-consensus = Uzgodnione stanowisko ekspertów
study-type-regulator = Stanowisko urzędu nadzorującego leki
study-type-evidence-summary = Podsumowanie wyników badań
study-type-review = Artykuł przeglądowy
study-type-patient-information = Informacja szpitala lub kliniki
study-type-price-survey = Przegląd cen
study-type-policy = Zasady ubezpieczyciela

## Co mówi liczba o schorzeniu

figure-topic-how-common = Jak często występuje
figure-topic-natural-course = Co się dzieje bez leczenia

## Części na rysunku biodra

part-bone = Kość
part-cartilage = Chrząstka stawowa (gładka warstwa na końcach kości)
part-labrum = Obrąbek stawowy (brzeg panewki)
part-tendons-bursa = Ścięgna i kaletka (zewnętrzna strona biodra)
part-blood-supply = Ukrwienie głowy kości udowej
part-joint-lining = Błona wyściełająca staw

## Skale punktowe (nazwy, pokazywane jako nagłówki)

scale-pain-0-10 = Skala bólu od 0 (brak bólu) do 10 (najgorszy ból)
scale-pain-0-100 = Skala bólu od 0 (brak bólu) do 100 (najgorszy ból)
scale-oxford-hip-score = Oksfordzka skala biodra (Oxford Hip Score), od 0 (najgorzej) do 48 (najlepiej)
scale-ihot-33 = Skala biodra iHOT-33, od 0 (najgorzej) do 100 (najlepiej)
scale-harris-hip-score = Skala biodra Harrisa (Harris Hip Score), od 0 (najgorzej) do 100 (najlepiej)
scale-hos-adl = Skala HOS (Hip Outcome Score) dla codziennych czynności, od 0 (najgorzej) do 100 (najlepiej)
scale-self-rated-improvement = O ile lepiej ludzie się czuli według własnej oceny, od 0 do 100 procent
