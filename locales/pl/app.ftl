### HipAid, teksty samej aplikacji: tytuły, etykiety, przyciski, komunikaty o błędach.
### Słowa kliniczne (schorzenia, stadia, możliwości leczenia, wyniki) są w conditions.ftl,
### options-*.ftl, claims.ftl i evidence.ftl, a nazwa każdego języka jest w locale.toml.
### Prosty język, zrozumiały dla starszych pacjentów w Polsce i dla Polaków w Wielkiej Brytanii.
### Styl grzecznościowy: formy bezosobowe („można”, „należy”, „proszę wybrać”); gdy trzeba
### zwrócić się wprost do pacjenta, forma „Państwo” (rozmowa toczy się we dwoje lub z rodziną).
### Pytania pacjenta są w pierwszej osobie („Czy wiem…”). Przyciski: zwykłe krótkie formy
### rozkazujące, jak w polskich programach („Zapisz”, „Rozpocznij wizytę”).
### Identyfikatory zaczynają się od nazwy ekranu: app-, nav-, start-, condition-, option-, about-,
### error-; number- i sources- są wspólne dla ekranu schorzenia i ekranu możliwości leczenia.

## Glossary
# Słowniczek (angielski → polski); te same słowa we wszystkich plikach:
#   osteoarthritis (hip arthritis) → choroba zwyrodnieniowa stawu biodrowego (artroza)
#   cartilage → chrząstka stawowa
#   steroid injection → zastrzyk sterydowy
#   hyaluronic acid (gel) injection → zastrzyk z kwasu hialuronowego (żelu)
#   platelet-rich plasma (PRP) → osocze bogatopłytkowe (PRP)
#   stem cell injection → zastrzyk z „komórek macierzystych”
#   hip replacement, a new hip → endoproteza (wymiana) stawu biodrowego, endoproteza
#   hip arthroscopy, keyhole surgery → artroskopia stawu biodrowego (zabieg przez małe nacięcia)
#   core decompression → dekompresja (nawiercenie) głowy kości udowej
#   avascular necrosis → martwica aseptyczna głowy kości udowej
#   ball / socket of the hip → głowa kości udowej / panewka
#   labrum, labral tear → obrąbek stawowy, uszkodzenie obrąbka stawowego
#   impingement (FAI) → konflikt udowo-panewkowy (FAI)
#   greater trochanteric pain syndrome, bursitis → zespół bólowy krętarza większego, „zapalenie kaletki”
#   inflammatory arthritis → zapalenie stawów (zapalna choroba stawów)
#   dummy injection, placebo → zastrzyk pozorowany (placebo)
#   salt water → sól fizjologiczna
#   numbing medicine → lek znieczulający
#   certainty → pewność danych (wysoka, umiarkowana, niska, bardzo niska)
#   guideline → wytyczne
#   comparison group → grupa porównawcza
#   trial → badanie z grupą porównawczą
#   benefits / harms → korzyści / możliwe szkody
#   "N out of 100 people" (icon array) → „N na 100 osób”
#   clinician → lekarz lub fizjoterapeuta; osoba prowadząca wizytę
#   condition / problem → schorzenie
#   stage → stadium
#   option, choice → możliwość (leczenia)
#   visit → wizyta
#   physiotherapy → fizjoterapia
#   you (polite) → formy bezosobowe; gdy trzeba: „Państwo”

## Cała aplikacja

app-title = HipAid
app-loading = Wczytywanie…

## Ekran startowy

start-intro = Wspólna decyzja o leczeniu bólu biodra. Najpierw proszę przygotować tę wizytę.
start-ui-locale-label = Język aplikacji
start-ui-locale-hint = Język przycisków i menu. Zmienia się od razu.
start-patient-locale-label = Język pacjenta
start-patient-locale-hint = Język tekstów, które pacjent czyta i zabiera do domu.
# Język na liście, którego tłumaczenia nie sprawdził jeszcze wykwalifikowany tłumacz medyczny.
# Variables:
#   $name (String) - nazwa języka w tym języku, np. "Tiếng Việt"
start-locale-draft = { $name } (tłumaczenie robocze)
start-locale-draft-notice = To tłumaczenie jest wersją roboczą. Nie sprawdził go jeszcze wykwalifikowany tłumacz medyczny. W ważnych sprawach warto skorzystać z pomocy tłumacza.
# Variables:
#   $reviewer (String) - kto sprawdził tłumaczenie, z jaką funkcją
#   $date (Date) - kiedy je sprawdzono
start-locale-reviewed = Tłumaczenie sprawdzone przez: { $reviewer }, dnia { $date }.
start-patient-label-label = Notatka o pacjencie (nieobowiązkowo)
    .placeholder = Na przykład: gabinet 4, wizyta poranna
start-patient-label-hint = Krótka notatka, żeby odróżnić wizyty. Proszę nie wpisywać imienia i nazwiska pacjenta.
start-clinician-name-label = Imię i nazwisko osoby prowadzącej wizytę (nieobowiązkowo)
start-clinician-name-hint = Widoczne w czasie tej wizyty, żeby pacjent wiedział, z kim rozmawiał.
start-submit = Rozpocznij wizytę
start-submit-busy = Rozpoczynanie…
start-submit-new = Rozpocznij nową wizytę
start-continue = Kontynuuj tę wizytę
start-notice-unfinished = HipAid zamknął się podczas ostatniej wizyty. Odpowiedzi zostały zachowane. Można ją kontynuować albo zacząć nową wizytę.
start-notice-damaged = Nie udało się odczytać zapisanej wizyty, więc HipAid uruchomił się bez niej. Plik zachowano dla pomocy technicznej.
app-not-saved = Ten komputer nie mógł zapisać wizyty. Odpowiedzi zostaną na ekranie do zamknięcia HipAid.
start-notice-settings-damaged = Nie udało się odczytać ustawień kliniki, więc HipAid uruchomił się ze zwykłymi ustawieniami. Plik zachowano dla pomocy technicznej. Personel kliniki może ustawić je ponownie w sekcji „Ustawienia kliniki”.
start-settings = Ustawienia kliniki

## Ekran ustawień kliniki: dla personelu kliniki, przed wizytami. Nie przechowuje się tu nic o pacjentach.

settings-title = Ustawienia kliniki
settings-intro = Te ustawienia są przechowywane na tym komputerze i obowiązują przy każdej wizycie. Nie zawierają niczego o pacjentach.
settings-clinic-heading = Dane kliniki
settings-clinic-name = Nazwa kliniki
settings-address = Adres
settings-phone = Numer telefonu
settings-logo = Logo na wydrukowanym podsumowaniu
# Variables:
#   $kb (Number) - największy dozwolony rozmiar pliku, w kilobajtach
#   $px (Number) - największa dozwolona szerokość lub wysokość, w pikselach
settings-logo-hint =
    Obraz PNG: plik najwyżej { $kb } KB, szerokość i wysokość najwyżej { $px } { $px ->
        [one] piksel
        [few] piksele
        [many] pikseli
       *[other] piksela
    }.
settings-logo-choose = Wybierz plik z logo
settings-logo-remove = Usuń logo
settings-logo-none = Nie wybrano logo.
settings-logo-preview = Tak logo będzie wyglądać na wydruku
settings-languages-heading = Języki i papier
settings-ui-locale = Język aplikacji po uruchomieniu HipAid
settings-patient-locale = Język pacjenta przy nowej wizycie
settings-locale-default = Język komputera
settings-patient-locale-default = Taki sam jak język aplikacji
settings-paper = Format papieru podsumowania
settings-paper-default = A4, a dla angielskiego w wersji amerykańskiej – Letter (format amerykański)
settings-paper-a4 = A4
settings-paper-letter = Letter (format amerykański)
settings-options-heading = Możliwości leczenia w tej klinice
settings-options-intro = Proszę odznaczyć możliwość leczenia, której klinika nie oferuje: na początku każdej wizyty będzie ukryta, ale osoba prowadząca wizytę nadal może ją pokazać. Uwagi o kosztach pojawiają się obok liczb z badań.
settings-offered = Dostępne w tej klinice
settings-cost-note = Koszt w tej klinice (nieobowiązkowo)
settings-insurance-note = Uwaga o ubezpieczeniu (nieobowiązkowo)
settings-view-heading = Jak zaczynają się wizyty
settings-start-view = Widok na początku wizyty
settings-view-clinician = Widok dla osoby prowadzącej wizytę
settings-view-patient = Widok dla pacjenta, z dużym tekstem
settings-max-age = Ile godzin przechowywać niedokończoną wizytę
# Variables:
#   $max (Number) - największa dozwolona liczba godzin
settings-max-age-hint = Jeśli HipAid zamknie się w trakcie wizyty, można ją ponownie otworzyć przez podaną tu liczbę godzin (od 1 do { $max }). Potem zostaje usunięta.
settings-save = Zapisz ustawienia
settings-saving = Zapisywanie…
settings-back = Wróć na początek
settings-saved = Ustawienia zostały zapisane. Obowiązują od następnej wizyty.
settings-has-problems = Jeszcze nic nie zapisano. Proszę poprawić zaznaczone pola.

## Ustawienia kliniki: co jest nie tak z jednym polem

# Variables:
#   $max (Number) - największa dozwolona liczba znaków
settings-problem-too-long =
    Ten tekst jest za długi. Proszę wpisać najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
settings-problem-invalid-text = Tekst zawiera znaki, których aplikacja nie może użyć. Proszę użyć liter, cyfr i zwykłych znaków interpunkcyjnych.
settings-problem-invalid-phone = To nie wygląda na numer telefonu. Proszę użyć cyfr, spacji i znaków + ( ) - . /
settings-problem-not-png = Ten plik nie jest obrazem PNG. Proszę wybrać plik PNG.
# Variables:
#   $max (Number) - największy dozwolony rozmiar pliku, w kilobajtach
settings-problem-logo-too-large = Ten plik jest za duży. Proszę wybrać plik o rozmiarze najwyżej { $max } KB.
# Variables:
#   $max (Number) - największa dozwolona szerokość lub wysokość, w pikselach
settings-problem-logo-size =
    Ten obraz jest za mały albo za duży. Szerokość i wysokość muszą wynosić od 16 do { $max } { $max ->
        [one] piksela
        [few] pikseli
        [many] pikseli
       *[other] piksela
    }.
settings-problem-unknown-locale = Ten język jest niedostępny. Proszę wybrać język z listy.
settings-problem-unknown-option = Ta wersja HipAid nie zna tej możliwości leczenia.
# Variables:
#   $max (Number) - największa dozwolona liczba
settings-problem-out-of-range = Proszę wybrać liczbę całkowitą od 1 do { $max }.
settings-problem-unsupported-version = Te ustawienia zapisała nowsza wersja HipAid.

## Ekran schorzenia: bieżąca wizyta, widoczna u góry

# Variables:
#   $label (String) - krótka notatka o pacjencie wpisana na ekranie startowym, np. "gabinet 4"
condition-consultation-label = Wizyta: { $label }
# Variables:
#   $time (Date) - kiedy zaczęła się wizyta, z datą i godziną
condition-consultation-started = Początek wizyty: { $time }
# Variables:
#   $name (String) - imię i nazwisko wpisane przez osobę prowadzącą na ekranie startowym
condition-consultation-clinician = Prowadzi: { $name }

## Ekran schorzenia: wybór schorzenia i jego stadium

condition-heading = Schorzenie i możliwości leczenia
condition-intro = Proszę wybrać schorzenie i jego stadium. Potem pojawią się możliwości leczenia i to, co mówią o nich badania.
condition-choose-legend = Schorzenie
condition-stage-legend = Stadium (na podstawie zdjęcia rentgenowskiego)
condition-stage-unknown = Jeszcze nie wiadomo
condition-stage-unknown-description = Na przykład nie ma jeszcze zdjęcia rentgenowskiego.

## Ekran schorzenia: o wybranym schorzeniu i stadium

condition-stage-heading = Stadium
condition-parts-heading = Których części biodra to dotyczy
condition-diagnosis-heading = Jak się to rozpoznaje
# Liczba dotycząca schorzenia, jako jedno zdanie.
# Variables:
#   $count (Number) - ile osób, np. 25 albo 2,5
#   $denominator (Number) - na ile osób, np. 100 albo 1000 (tu tylko do wyboru formy „osób”)
#   $what (String) - co się z nimi dzieje, z treści klinicznej, np. "ma chorobę zwyrodnieniową…"
condition-figure-people = { $count } na { $denominator } { $denominator ->
        [one] osobę
        [few] osoby
        [many] osób
       *[other] osoby
    } { $what }
# Variables:
#   $low (Number) - najmniejsza prawdopodobna liczba osób
#   $high (Number) - największa prawdopodobna liczba osób
#   $denominator (Number) - na ile osób, np. 100 albo 1000
#   $what (String) - co się z nimi dzieje, z treści klinicznej
condition-figure-people-range = { $low }–{ $high } na { $denominator } { $denominator ->
        [one] osobę
        [few] osoby
        [many] osób
       *[other] osoby
    } { $what }
# Liczba osób, nie w odniesieniu do grupy.
# Variables:
#   $count (Number) - ile osób, np. 10 000
#   $what (String) - kim są, z treści klinicznej, np. "dorosłych w Stanach Zjednoczonych, u których…"
condition-figure-count = { $count } { $what }
# Variables:
#   $low (Number) - najmniejsza prawdopodobna liczba, np. 10 000
#   $high (Number) - największa prawdopodobna liczba, np. 20 000
#   $what (String) - kim są, z treści klinicznej
condition-figure-count-range = { $low }–{ $high } { $what }
condition-figure-one-time = Okres obserwacji: brak, policzono w jednym momencie

## Ekran schorzenia: pasujące możliwości leczenia

condition-options-heading = Możliwości leczenia
condition-options-intro = Te możliwości pasują do tego schorzenia. Ich kolejność nie oznacza, która jest lepsza. To, która będzie najlepsza, zależy od tego, co jest dla Państwa najważniejsze.
condition-options-empty = Na razie nie ma tu możliwości leczenia do pokazania.
condition-card-fits = W tym schorzeniu:
# Variables:
#   $option (String) - nazwa możliwości leczenia, np. "Zastrzyk sterydowy"
condition-card-details = Szczegóły
    .aria-label = Szczegóły: { $option }

## Liczby z badań, na ekranie schorzenia i ekranie możliwości leczenia

# Variables:
#   $count (Number) - u ilu osób to występuje, np. 45 albo 0,08
#   $denominator (Number) - na ile osób, np. 100 albo 1000
number-people = { $count } na { $denominator } { $denominator ->
        [one] osobę
        [few] osoby
        [many] osób
       *[other] osoby
    }
# Variables:
#   $low (Number) - najmniejsza prawdopodobna liczba osób
#   $high (Number) - największa prawdopodobna liczba osób
#   $denominator (Number) - na ile osób, np. 100
number-people-range = { $low }–{ $high } na { $denominator } { $denominator ->
        [one] osobę
        [few] osoby
        [many] osób
       *[other] osoby
    }
# Średnia zmiana w skali punktowej, np. w skali bólu.
# Variables:
#   $change (Number) - średnia zmiana ze znakiem, np. -1,2 albo +6,4
number-score = Średnia zmiana: { $change } pkt
# Variables:
#   $low (Number) - najmniejsza prawdopodobna średnia zmiana, ze znakiem
#   $high (Number) - największa prawdopodobna średnia zmiana, ze znakiem
number-score-range = Średnia zmiana: od { $low } do { $high } pkt
# Variables:
#   $scale (String) - nazwa skali, z treści klinicznej, np. "Skala bólu od 0 (brak bólu) do 10 (najgorszy ból)"
number-scale = Skala: { $scale }
number-not-measured = Nie mierzono
number-comparator-label = Dla porównania
number-comparator-result-label = Wynik w tej grupie
# Variables:
#   $span (String) - jak długo, np. "2 miesiące", "1–3 lata" albo "Nie wiadomo"
number-timeframe = Okres obserwacji: { $span }

## Źródła przy każdej liczbie i każdym fakcie

# Variables:
#   $count (Number) - ile jest źródeł
sources-toggle =
    { $count ->
        [one] Źródło
        [few] Źródła ({ $count })
        [many] Źródła ({ $count })
       *[other] Źródła ({ $count })
    }
sources-study-type-label = Rodzaj badania
sources-year-label = Rok
sources-size-label = Wielkość
sources-doi-label = DOI
sources-pmid-label = Numer PubMed
sources-url-label = Adres internetowy
# Variables:
#   $id (String) - krótka nazwa źródła, którego brakuje na liście, np. "lambert-2007"
sources-unknown = Tego źródła brakuje na liście: { $id }

## Ekran możliwości leczenia: wszystkie szczegóły jednej możliwości

# Variables:
#   $condition (String) - nazwa schorzenia
option-for-condition = Dotyczy: { $condition }
# Variables:
#   $condition (String) - nazwa schorzenia
#   $stage (String) - nazwa stadium, np. "Stopień drugi: łagodne zmiany"
option-for-condition-stage = Dotyczy: { $condition }. { $stage }
option-certainty-label = Na ile pewne są badania co do działania:
option-what-heading = Na czym to polega
option-variants-heading = Dostępne rodzaje
# Variables:
#   $condition (String) - nazwa schorzenia
option-fits-heading = Zastosowanie w tym schorzeniu: { $condition }
option-steps-heading = Jak to przebiega, krok po kroku
option-visits-label = Wizyty
# Variables:
#   $count (Number) - ile wizyt
option-visits =
    { $count ->
        [one] { $count } wizyta
        [few] { $count } wizyty
        [many] { $count } wizyt
       *[other] { $count } wizyty
    }
# Variables:
#   $low (Number) - najmniej wizyt
#   $high (Number) - najwięcej wizyt
option-visits-range = { $low }–{ $high } { $high ->
        [one] wizyta
        [few] wizyty
        [many] wizyt
       *[other] wizyty
    }
option-visits-unknown = Nie wiadomo
option-guidance-label = Jak lekarz widzi miejsce zabiegu
option-anaesthesia-label = Znieczulenie lub uśpienie
option-time-off-label = Przerwa w codziennych zajęciach
option-timeline-heading = Kiedy pomaga i jak długo
option-onset-label = Kiedy zaczyna pomagać
option-peak-label = Kiedy pomaga najbardziej
option-lasts-label = Jak długo trwa poprawa
option-recovery-label = Powrót do codziennych zajęć
option-timeline-certainty-label = Na ile pewne są badania co do tych terminów:
option-milestones-heading = Etapy powrotu do sprawności
# Variables:
#   $label (String) - etap powrotu do sprawności, z treści klinicznej, np. "chodzenie bez kul"
#   $time (String) - kiedy, np. "4–6 tygodni" albo "Nie wiadomo"
option-milestone = { $label }: { $time }
option-outcomes-heading = Korzyści i możliwe szkody
option-outcomes-intro = Każda liczba pochodzi z badań. Mówi, u ilu osób z danej grupy coś wystąpiło, albo o ile średnio zmienił się wynik w jakiejś skali. Korzyści i szkody są pokazane obok siebie, tak samo dokładnie.
option-benefits-heading = Korzyści
option-harms-heading = Możliwe szkody
option-outcome-benefit = Korzyść
option-outcome-harm = Możliwa szkoda
option-outcome-no-data = Brak wiarygodnych liczb
option-outcomes-empty = Badania nie dają tu nic do pokazania dla tego schorzenia.
option-scale-lower-better = W tej skali niższy wynik jest lepszy.
option-scale-higher-better = W tej skali wyższy wynik jest lepszy.
option-repeats-heading = Czy można to powtórzyć?
option-repeats-gap-label = Najkrótsza przerwa między zabiegami
option-repeats-max-label = Najwięcej w ciągu roku
# Variables:
#   $count (Number) - ile zabiegów najwyżej w ciągu roku
option-repeats-max =
    { $count ->
        [one] { $count } raz
        [few] { $count } razy
        [many] { $count } razy
       *[other] { $count } razy
    }
option-cost-heading = Koszt i ubezpieczenie
option-cost-label = Cena
# Variables:
#   $amount (Number) - cena z walutą, np. 574 USD
#   $per (String) - za co jest ta cena, np. "za jeden zastrzyk"
option-cost-amount = { $amount } { $per }
# Variables:
#   $low (Number) - najniższa znaleziona cena, z walutą
#   $high (Number) - najwyższa znaleziona cena, z walutą
#   $per (String) - za co jest ta cena, np. "za jeden zastrzyk"
option-cost-range = { $low } – { $high } { $per }
option-insurance-label = Ubezpieczenie
option-guidelines-heading = Co mówią wytyczne
option-guideline-stance-label = Ich zalecenie
option-regulatory-heading = Dopuszczenie do stosowania
option-factors-heading = Okoliczności, które mogą zmienić ocenę
option-claims-heading = Co obiecują kliniki, a co mówią badania
option-claim-label = Obietnica
option-claim-answer-label = Co mówią badania
option-pay-card-heading = Zanim zapłaci się prywatnej klinice
option-pay-card-questions = Pytania, które warto zadać
option-pay-card-facts = Fakty, które warto znać

## O tych informacjach (panel na dole ekranu schorzenia i ekranu możliwości leczenia)

about-toggle = O tych informacjach
# Variables:
#   $version (String) - wersja treści klinicznej, np. "1.0.0"
about-version = Wersja treści: { $version }
# Variables:
#   $date (Date) - kiedy ostatnio porównano treść z wynikami badań
about-last-reviewed = Ostatnio porównano z wynikami badań: { $date }
# Variables:
#   $date (Date) - do kiedy ma się odbyć następne sprawdzenie
about-next-review = Następne sprawdzenie najpóźniej: { $date }
about-decision-heading = Decyzja
about-purpose-heading = Do czego służy to narzędzie
about-updates-heading = Jak dbamy o aktualność
about-funding-heading = Kto za to zapłacił
about-conflicts-heading = Konflikt interesów
about-authors-heading = Kto to napisał

## Błędy. Jeden komunikat na każdy kod błędu z zaplecza aplikacji. Każdy mówi, co się stało,
## że nic z wpisanego tekstu nie przepadło i co zrobić dalej.

error-unknown-locale = Ten język jest niedostępny. Nic z wpisanego tekstu nie przepadło. Proszę wybrać język z listy.
error-unknown-condition = Aplikacja nie zna tego schorzenia. Nic z wpisanego tekstu nie przepadło. Proszę wybrać schorzenie z listy.
error-unknown-stage = Aplikacja nie zna tego stadium. Nic z wpisanego tekstu nie przepadło. Proszę wybrać stadium z listy.
error-text-too-long = Część tekstu jest za długa. Nic z wpisanego tekstu nie przepadło. Proszę skrócić notatkę o pacjencie albo imię i nazwisko, a potem spróbować jeszcze raz.
error-invalid-text = Część tekstu zawiera znaki, których aplikacja nie może użyć. Nic z wpisanego tekstu nie przepadło. Proszę użyć liter, cyfr i zwykłych znaków interpunkcyjnych, a potem spróbować jeszcze raz.
error-no-consultation = Nie rozpoczęto jeszcze wizyty. Nic z wpisanego tekstu nie przepadło. Proszę wrócić na początek i rozpocząć wizytę.
error-no-condition = Nie wybrano jeszcze schorzenia. Nic z wpisanego tekstu nie przepadło. Proszę najpierw wybrać schorzenie.
error-unknown-option = Ta możliwość nie pasuje do schorzenia i stadium albo klinika jej nie oferuje. Nic z wpisanego tekstu nie przepadło. Proszę wybrać możliwość z listy.
error-too-many-compared = Naraz można porównać najwyżej cztery możliwości. Nic z wpisanego tekstu nie przepadło. Proszę odznaczyć jedną, a potem wybrać inną.
error-decision-needs-option = Proszę wybrać możliwość, ku której skłania się pacjent, albo zaznaczyć „Jeszcze bez decyzji”. Nic z wpisanego tekstu nie przepadło.
error-invalid-date = Aplikacja nie może użyć tej daty. Nic z wpisanego tekstu nie przepadło. Proszę wybrać datę z kalendarza.
error-date-in-past = Ta data jest wcześniejsza niż dzisiejsza. Nic z wpisanego tekstu nie przepadło. Proszę wybrać dzisiejszą albo późniejszą datę.
error-unsupported-version = Ten plik wizyty powstał w innej wersji aplikacji i nie da się go odczytać. Niczego nie zmieniono.
error-summary-failed = Nie udało się przygotować podsumowania. Nic z wpisanego tekstu nie przepadło. Proszę spróbować jeszcze raz. Jeśli to się powtórzy, należy zgłosić to pomocy technicznej kliniki.
error-save-failed = Nie udało się zapisać podsumowania w tym miejscu. Nic z wpisanego tekstu nie przepadło. Proszę wybrać inny folder albo sprawdzić, czy na dysku jest wolne miejsce.
error-invalid-settings = Część ustawień trzeba poprawić, więc niczego nie zapisano. Nic z wpisanego tekstu nie przepadło. Proszę sprawdzić zaznaczone pola.
error-settings-not-saved = Nie udało się zapisać ustawień na tym komputerze. Nic z wpisanego tekstu nie przepadło. Proszę sprawdzić, czy na dysku jest wolne miejsce, albo zwrócić się do pomocy technicznej.
error-internal = Coś poszło nie tak wewnątrz aplikacji. Nic z wpisanego tekstu nie przepadło. Proszę spróbować jeszcze raz.
