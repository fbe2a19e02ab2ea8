### Etapy wizyty: lista etapów, przyciski Wstecz i Dalej, widok dla pacjenta, porównanie
### możliwości, co jest ważne dla pacjenta, pytania, test SURE, decyzja i podgląd podsumowania.
### Prosty język dla pacjentów. Liczby są zmiennymi, nigdy nie są wpisane w tekst.

## Lista etapów, Wstecz i Dalej

consult-steps-label = Etapy wizyty
# Variables:
#   $number (Number) - miejsce etapu na liście
consult-step-number = { $number }
consult-step-start = Początek
consult-step-condition = Schorzenie
consult-step-course = Bez leczenia
consult-step-options = Możliwości
consult-step-compare = Porównanie
consult-step-visuals = Korzyści i szkody
consult-step-matters = Co jest ważne
consult-step-questions = Pytania
consult-step-ready = Gotowość do decyzji
consult-step-decision = Decyzja
# Variables:
#   $step (String) - nazwa etapu, do którego prowadzi Wstecz
consult-back = Wstecz: { $step }
# Variables:
#   $step (String) - nazwa etapu, do którego prowadzi Dalej
consult-next = Dalej: { $step }
# Variables:
#   $number (Number) - bieżący etap
#   $total (Number) - ile jest etapów
consult-progress = Etap { $number } z { $total }
# Variables:
#   $step (String) - etap, z którego otwarto szczegóły
nav-back-step = Powrót do: { $step }
consult-needs-condition = Najpierw proszę wybrać schorzenie. Korzystają z niego pozostałe etapy.
consult-go-condition = Wybierz schorzenie

## Widoki i zakończenie wizyty

consult-view-patient = Duży tekst dla pacjenta
consult-end = Zakończ wizytę
consult-end-confirm = Zakończyć tę wizytę? Wszystkie odpowiedzi zostaną usunięte z tego komputera.
consult-end-yes = Tak, zakończ i usuń
consult-end-no = Nie, kontynuuj

## Bez leczenia

consult-course-heading = Co się dzieje bez leczenia
consult-course-no-figures = Badania nie podają na ten temat liczb.

## Możliwości i ich porównanie

consult-compare-legend = Możliwości do porównania
consult-compare-hint = Proszę zaznaczyć od dwóch do czterech możliwości, żeby zobaczyć je obok siebie.
# Variables:
#   $option (String) - nazwa możliwości leczenia
consult-compare-this = Porównaj: { $option }
# Variables:
#   $option (String) - nazwa możliwości leczenia
consult-hide-option = Ukryj: { $option } (klinika tego nie oferuje)
consult-hidden-heading = Ukryte, bo klinika ich nie oferuje
# Variables:
#   $option (String) - nazwa możliwości leczenia
consult-show-option = Pokaż ponownie: { $option }
consult-compare-heading = Porównanie możliwości
consult-compare-intro = Możliwości są pokazane obok siebie. Ich kolejność nie oznacza, która jest lepsza. Każdy wiersz odpowiada na pytanie, które ludzie często zadają.
consult-compare-too-few = Proszę zaznaczyć co najmniej dwie możliwości, żeby je porównać.
consult-compare-caption = Wybrane sposoby leczenia obok siebie
consult-row-what = Na czym to polega?
consult-row-onset = Jak szybko zaczyna działać?
consult-row-lasts = Jak długo trwa poprawa?
consult-row-benefits = U ilu osób następuje poprawa?
consult-row-harms = Co może pójść nie tak?
consult-row-recovery = Powrót do sprawności
consult-row-repeats = Czy można to powtórzyć?
consult-row-cost = Koszt
consult-row-certainty = Na ile pewne są badania?
consult-row-guidelines = Co mówią wytyczne?
# Variables:
#   $span (String) - kiedy ta możliwość pomaga najbardziej, np. "2 tygodnie" albo "Nie wiadomo"
consult-peak = Pomaga najbardziej: { $span }
# Variables:
#   $span (String) - przerwa w codziennych zajęciach
consult-time-off = Przerwa w codziennych zajęciach: { $span }
# Variables:
#   $guideline (String) - nazwa wytycznych
#   $stance (String) - ich zalecenie, np. "Niezalecane"
consult-guideline-line = { $guideline }: { $stance }
# Variables:
#   $comparator (String) - grupa porównawcza, np. "zastrzyk pozorowany, bez badanego leku"
#   $result (String) - liczba dla tej grupy
#   $timeframe (String) - okres obserwacji
#   $certainty (String) - na ile pewne są badania
consult-outcome-meta = Dla porównania: { $comparator } – { $result }. Okres obserwacji: { $timeframe }. { $certainty }.

## Korzyści i szkody na obrazkach

consult-visuals-heading = Korzyści i szkody na obrazkach
# Variables:
#   $denominator (Number) - wielkość grupy na każdym obrazku
consult-visuals-intro = Każdy obrazek pokazuje { $denominator } { $denominator ->
        [one] osobę
        [few] osoby
        [many] osób
       *[other] osoby
    }. Zamalowane postacie to osoby, u których to wystąpiło. Drugi obrazek pokazuje grupę, która nie była tak leczona.
consult-timeframes-differ = Badania obserwowały ludzi przez różny czas. Przed porównaniem proszę sprawdzić okres obserwacji pod każdym obrazkiem.
# Variables:
#   $denominator (Number) - wielkość grupy na każdym obrazku
consult-no-arrays = Badania nie podają tu liczb w przeliczeniu na { $denominator } { $denominator ->
        [one] osobę
        [few] osoby
        [many] osób
       *[other] osoby
    }.
# Variables:
#   $timeframe (String) - okres obserwacji
#   $certainty (String) - na ile pewne są badania
consult-array-meta = Okres obserwacji: { $timeframe }. { $certainty }.
# Variables:
#   $option (String) - nazwa możliwości leczenia
consult-array-with = Leczenie: { $option }
# Variables:
#   $denominator (Number) - większa grupa, w której liczy się rzadkie szkody
consult-rare-heading = Rzadkie szkody, na { $denominator } { $denominator ->
        [one] osobę
        [few] osoby
        [many] osób
       *[other] osoby
    }
consult-words-only-heading = Opisane tylko słowami
consult-timeline-heading = Kiedy pomaga i jak długo
consult-timeline-intro = Każdy wiersz pokazuje jedną możliwość w kolejnych miesiącach po leczeniu. Czasy, których badania nie znają, są oznaczone jako „Nie wiadomo”.

## Co jest dla Państwa ważne

consult-matters-heading = Co jest dla Państwa ważne?
consult-matters-intro = Proszę powiedzieć, na ile ważna jest każda z tych rzeczy. Nie ma tu dobrych ani złych odpowiedzi. Odpowiedzi są pokazane obok faktów. Aplikacja ich nie sumuje i nie wybiera leczenia za Państwa.
consult-priority-avoid-surgery = Uniknięcie operacji
consult-priority-quick-relief = Szybka ulga
consult-priority-lasting-relief = Ulga na długo
consult-priority-low-serious-harm = Małe ryzyko poważnej szkody
consult-priority-short-recovery = Krótki powrót do sprawności
consult-priority-low-cost = Niski koszt dla mnie
consult-priority-strong-evidence = Solidne badania potwierdzające działanie
consult-priority-few-visits = Mało wizyt w klinice
consult-importance-not-important = Nieważne
consult-importance-somewhat = Dość ważne
consult-importance-very = Bardzo ważne
consult-matters-note-label = Co jest najważniejsze? Własnymi słowami (nieobowiązkowo)
consult-matters-note-hint = Na przykład wyjazd, praca albo opieka nad kimś bliskim.
consult-reflect-heading = Państwa odpowiedzi obok faktów
consult-reflect-intro = Rzeczy oznaczone jako ważne i to, co oznacza dla nich każda możliwość.
consult-reflect-empty = Gdy coś zostanie oznaczone jako ważne, pojawi się tutaj obok faktów.
consult-reflect-you-said = Oznaczone jako ważne
consult-fact-surgery = To jest operacja.
consult-fact-no-surgery = To nie jest operacja.
# Variables:
#   $span (String) - kiedy zaczyna pomagać
consult-fact-onset = Zaczyna pomagać: { $span }
# Variables:
#   $span (String) - jak długo trwa poprawa
consult-fact-lasts = Poprawa trwa: { $span }
# Variables:
#   $span (String) - czas do powrotu do codziennych zajęć
consult-fact-recovery = Powrót do codziennych zajęć: { $span }
# Variables:
#   $visits (String) - liczba wizyt, np. "2 wizyty" albo "Nie wiadomo"
consult-fact-visits = Wizyty: { $visits }
# Variables:
#   $number (String) - np. "8 na 1000 osób"
#   $label (String) - co się z nimi dzieje
consult-fact-harm = { $number }: { $label }
consult-fact-see-details = Zobacz szczegóły

## Pytania

consult-questions-heading = Pytania, które warto zadać
consult-questions-intro = Proszę zaznaczyć pytania, które chcą Państwo zadać. Trafią do podsumowania, które zabiera się do domu.
consult-questions-legend = Pytania do lekarza lub fizjoterapeuty
consult-question-chance-for-me = Jakie są szanse, że to pomoże komuś takiemu jak ja?
consult-question-if-i-wait = Co się stanie, jeśli poczekam i zdecyduję później?
consult-question-back-to-activities = Kiedy wrócę do pracy, prowadzenia samochodu albo sportu?
consult-question-if-it-fails = Co możemy zrobić dalej, jeśli to nie pomoże?
consult-question-how-many-done = Jak często robi to mój lekarz i ta klinika?
consult-question-cost-to-me = Ile to będzie mnie kosztować i czy zapłaci za to ubezpieczenie?
consult-question-what-i-can-do = Co mogę zrobić we własnym zakresie, żeby pomóc swojemu biodru?
consult-question-second-opinion = Czy warto zasięgnąć drugiej opinii?
consult-own-questions-label = Własne pytania (nieobowiązkowo)
consult-own-questions-hint = Warto je tu zapisać, żeby nie uciekły z pamięci.

## Czy można już podjąć decyzję? (SURE)

consult-ready-heading = Czy można już podjąć decyzję?
consult-ready-intro = Cztery krótkie pytania. Wystarczy odpowiedzieć „tak” albo „nie”. Pomagają sprawdzić, czy przed wyborem potrzeba czegoś więcej.
consult-sure-sure = Czy czuję się pewnie co do tego, co jest dla mnie najlepsze?
consult-sure-understand = Czy znam korzyści i ryzyko każdej możliwości?
consult-sure-risk-benefit = Czy wiem, które korzyści i które ryzyko są dla mnie najważniejsze?
consult-sure-encouragement = Czy mam dość wsparcia i porad, żeby dokonać wyboru?
consult-yes = Tak
consult-no = Nie
consult-sure-ready = Na wszystkie cztery pytania padła odpowiedź „tak”. Wygląda na to, że można już podjąć decyzję.
consult-sure-not-ready = Przed decyzją może być potrzeba więcej czasu, informacji albo wsparcia. To nic złego. Oto, co może pomóc:
consult-sure-help-sure = Warto dać sobie czas do namysłu. Nie trzeba decydować dzisiaj.
consult-sure-help-understand = Można jeszcze raz przejrzeć korzyści i szkody albo poprosić lekarza lub fizjoterapeutę o wyjaśnienie.
consult-sure-help-risk-benefit = Można jeszcze raz spojrzeć na to, co jest ważne, i porozmawiać o tym z kimś zaufanym.
consult-sure-help-encouragement = Można porozmawiać z rodziną lub przyjaciółmi albo poprosić o drugą opinię.
consult-teach-back-heading = Sprawdzenie zrozumienia (dla osoby prowadzącej)
consult-teach-back-prompt = Proszę poprosić pacjenta, żeby własnymi słowami powiedział, jakie ma możliwości, co każda z nich może dać i co będzie dalej. Wszystko, co nie jest jasne, warto wyjaśnić jeszcze raz.
consult-teach-back-done = Zrobione: pacjent wyjaśnił to własnymi słowami

## Decyzja i dalsze kroki

consult-decision-heading = Decyzja
consult-decision-intro = Wybór należy do Państwa. Można zdecydować teraz, wstępnie wybrać jedną możliwość albo dać sobie więcej czasu.
consult-decision-legend = Na jakim etapie jest decyzja
consult-decision-not-yet = Jeszcze bez decyzji
consult-decision-leaning = Wstępny wybór
consult-decision-chosen = Decyzja podjęta
consult-decision-option-legend = Która możliwość?
consult-next-steps-legend = Dalsze kroki
consult-next-step-exercise-programme = Rozpoczęcie planu ćwiczeń
consult-next-step-physio-referral = Wizyta u fizjoterapeuty
consult-next-step-weight-support = Pomoc w zmniejszeniu masy ciała
consult-next-step-book-injection = Umówienie zastrzyku
consult-next-step-surgical-referral = Wizyta u chirurga
consult-next-step-more-tests = Dodatkowe badania, w tym obrazowe
consult-next-step-time-to-think = Czas do namysłu
consult-next-step-talk-with-family = Rozmowa z rodziną lub przyjaciółmi
consult-next-step-second-opinion = Druga opinia
consult-next-step-follow-up-visit = Umówienie wizyty kontrolnej
consult-follow-up-label = Data wizyty kontrolnej (nieobowiązkowo)
consult-follow-up-hint = Dzień następnej wizyty albo rozmowy telefonicznej.
consult-notes-label = Notatki osoby prowadzącej (nieobowiązkowo)
consult-notes-hint = Drukowane na egzemplarzu dla osoby prowadzącej. Proszę nie wpisywać imienia i nazwiska pacjenta.

## Podgląd podsumowania do zabrania do domu

consult-preview-heading = Co znajdzie się w podsumowaniu do domu
consult-preview-intro = Oto, co powiedziano i wybrano w czasie tej wizyty.
consult-preview-condition = Schorzenie
# Variables:
#   $condition (String) - schorzenie
#   $stage (String) - jego stadium
consult-preview-condition-stage = { $condition }. { $stage }
consult-preview-options = Porównane możliwości
consult-preview-matters = Co jest dla Państwa ważne
# Variables:
#   $priority (String) - co jest ważne
#   $importance (String) - na ile jest ważne
consult-preview-priority = { $priority }: { $importance }
consult-preview-ready = Czy można już podjąć decyzję?
# Variables:
#   $yes (Number) - ile odpowiedzi „tak”
#   $total (Number) - ile jest pytań
consult-preview-sure = { $yes } z { $total } odpowiedzi to „tak”.
consult-preview-sure-incomplete = Nie na wszystkie pytania jest odpowiedź.
consult-preview-decision = Decyzja
# Variables:
#   $option (String) - nazwa możliwości leczenia
consult-preview-leaning = Wstępny wybór: { $option }
# Variables:
#   $option (String) - nazwa możliwości leczenia
consult-preview-chosen = Decyzja: { $option }
consult-preview-next = Dalsze kroki
# Variables:
#   $date (Date) - data wizyty kontrolnej
consult-preview-follow-up = Wizyta kontrolna: { $date }
consult-preview-questions = Pytania, które warto zadać
consult-preview-none = Jeszcze nic
consult-preview-pdf-later = W wydrukowanym podsumowaniu są też liczby, obrazki i źródła dla każdej możliwości.
consult-print-button = Zapisz i wydrukuj podsumowanie
# Pole wyboru, widoczne, gdy język pacjenta jest inny niż język aplikacji.
consult-print-bilingual = Wydrukuj każdą część także w języku osoby prowadzącej
# Widoczne na przycisku, gdy powstaje plik PDF.
consult-print-working = Przygotowywanie podsumowania…
# Variables:
#   $pages (Number) - liczba stron zapisanego pliku PDF
#   $path (String) - gdzie zapisano plik PDF
consult-print-saved = { $pages ->
    [one] Podsumowanie (jedna strona) zapisano jako { $path }. Otworzy się w programie do plików PDF, gotowe do druku.
    [few] Podsumowanie ({ $pages } strony) zapisano jako { $path }. Otworzy się w programie do plików PDF, gotowe do druku.
    [many] Podsumowanie ({ $pages } stron) zapisano jako { $path }. Otworzy się w programie do plików PDF, gotowe do druku.
   *[other] Podsumowanie ({ $pages } strony) zapisano jako { $path }. Otworzy się w programie do plików PDF, gotowe do druku.
}
# Widoczne zamiast consult-print-saved, gdy nie otwarto programu do plików PDF.
# Variables:
#   $pages (Number) - liczba stron zapisanego pliku PDF
#   $path (String) - gdzie zapisano plik PDF
consult-print-saved-only = { $pages ->
    [one] Podsumowanie (jedna strona) zapisano jako { $path }. Żeby je wydrukować, proszę je tam otworzyć.
    [few] Podsumowanie ({ $pages } strony) zapisano jako { $path }. Żeby je wydrukować, proszę je tam otworzyć.
    [many] Podsumowanie ({ $pages } stron) zapisano jako { $path }. Żeby je wydrukować, proszę je tam otworzyć.
   *[other] Podsumowanie ({ $pages } strony) zapisano jako { $path }. Żeby je wydrukować, proszę je tam otworzyć.
}

## Własne uwagi kliniki o kosztach (ustawienia kliniki), pokazywane po danych powyżej

# Variables:
#   $note (String) - słowa samej kliniki, tak jak wpisał je jej personel
clinic-cost-note = W tej klinice: { $note }
# Variables:
#   $note (String) - słowa samej kliniki, tak jak wpisał je jej personel
clinic-insurance-note = Ubezpieczenie w tej klinice: { $note }
