### Podsumowanie do zabrania do domu (PDF). Korzysta z tych samych słów co ekran dla liczb,
### czasów, pewności danych i panelu „O tych informacjach” (app.ftl, evidence.ftl), żeby papier
### i ekran mówiły to samo.

# Tekst logo kliniki dla czytników ekranu. Variables: $clinic (nazwa kliniki)
summary-clinic-logo = Logo kliniki: { $clinic }
# Variables: $phone (tak jak zapisała go klinika)
summary-clinic-phone = Telefon: { $phone }
summary-title = Podsumowanie: leczenie biodra
# Variables: $date (data wizyty, już sformatowana)
summary-date = Data: { $date }
# Variables: $patient (notatka wpisana przez osobę prowadzącą, niekoniecznie imię i nazwisko)
summary-for = Dotyczy: { $patient }
# Variables: $clinician (imię i nazwisko osoby prowadzącej wizytę)
summary-clinician = Prowadzi: { $clinician }
summary-condition-heading = Schorzenie biodra
# Variables: $stage (nazwa stadium)
summary-stage = Stadium: { $stage }
summary-options-heading = Omówione możliwości leczenia
summary-references-heading = Skąd pochodzą liczby
# Variables: $page, $pages (numer strony i liczba stron)
summary-page = Strona { $page } z { $pages }

## Jak łączy się części jednego wiersza (interpunkcja różni się w różnych językach)

# Variables: $number (np. "68 na 100 osób"), $what (co jest liczone)
summary-outcome = { $number }: { $what }
# Variables: $what (co jest liczone), $status ("Brak wiarygodnych liczb")
summary-no-data = { $what }: { $status }
# Variables: $label ("Dla porównania"), $group (grupa porównawcza), $result (jej liczba)
summary-comparison = { $label }: { $group } – { $result }
# Variables: $time ("Okres obserwacji: 2 miesiące"), $certainty ("Niska pewność danych")
summary-facts = { $time } · { $certainty }
# Variables: $number (miejsce na liście), $citation (bez tłumaczenia)
summary-reference = { $number }. { $citation }

## Stan tłumaczenia, drukowany na końcu w każdym języku podsumowania

# Dla en-US, tekstu, z którego powstają wszystkie tłumaczenia.
summary-translation-source = To podsumowanie jest w języku, w którym je pierwotnie napisano. Na jego podstawie powstają tłumaczenia.
summary-translation-draft = To tłumaczenie jest wersją roboczą. Nie sprawdził go jeszcze wykwalifikowany tłumacz medyczny. Jeśli coś jest niejasne, warto poprosić klinikę o tłumacza.
# Variables: $reviewer (kto je sprawdził, z jaką funkcją), $date (kiedy, już sformatowana)
summary-translation-reviewed = Tłumaczenie sprawdzone przez: { $reviewer }, dnia { $date }.
