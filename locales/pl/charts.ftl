### Obrazki i wykresy: rysunek biodra, obrazki z postaciami ludzi i wykres czasu działania.
### Są tu też ich opisy tekstowe dla czytników ekranu. Liczby są zmiennymi.

## Rysunek biodra

# Variables:
#   $parts (String) - nazwy zajętych części, jako lista
hip-picture-alt = Rysunek stawu biodrowego. Zajęte części: { $parts }
hip-picture-alt-none = Rysunek stawu biodrowego.
hip-picture-affected = Zajęte

## Obrazki z postaciami ludzi

icon-array-legend-benefit = Poprawa
icon-array-legend-harm = Wystąpiła ta szkoda
icon-array-legend-comparator = Wystąpiło to bez tego leczenia
icon-array-legend-maybe = Być może: badania nie są dokładne
icon-array-legend-other = Nie wystąpiło

## Wykres czasu działania

# Variables:
#   $count (Number) - ile możliwości pokazuje wykres
timeline-summary = { $count ->
    [one] Wykres dla jednej możliwości leczenia: kiedy zaczyna pomagać, jak długo pomaga i ile trwa powrót do sprawności. W tabeli poniżej są te same czasy opisane słowami.
    [few] Wykres dla { $count } możliwości leczenia: kiedy zaczynają pomagać, jak długo pomagają i ile trwa powrót do sprawności. W tabeli poniżej są te same czasy opisane słowami.
    [many] Wykres dla { $count } możliwości leczenia: kiedy zaczynają pomagać, jak długo pomagają i ile trwa powrót do sprawności. W tabeli poniżej są te same czasy opisane słowami.
   *[other] Wykres dla { $count } możliwości leczenia: kiedy zaczynają pomagać, jak długo pomagają i ile trwa powrót do sprawności. W tabeli poniżej są te same czasy opisane słowami.
}
# Variables:
#   $months (Number) - miesiące po leczeniu, podziałka na osi
timeline-axis-month = { $months }
timeline-axis-title = Miesiące po leczeniu
timeline-legend-wait = Jeszcze nie działa
timeline-legend-working = Pomaga
timeline-legend-range = Możliwy czas: badania podają przedział
timeline-legend-peak = Pomaga najbardziej
timeline-legend-recovery = Powrót do sprawności: do codziennych zajęć
timeline-legend-unknown = Nie wiadomo
timeline-table-caption = Te same czasy opisane słowami
