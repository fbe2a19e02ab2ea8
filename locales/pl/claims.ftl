### Obietnice reklamowe, które pacjenci mogli przeczytać, z tym, co mówią badania, oraz karta
### „Zanim zapłaci się prywatnej klinice” dla ofert „komórek macierzystych” i PRP.
### Obietnice są napisane tak, jak pacjenci spotykają je na stronach klinik; odpowiedzi to
### spokojne fakty. Prosty język. Bez cyfr. Cytat w cytacie: » «.

## Obietnice i odpowiedzi

claim-reverses-disease = „Komórki macierzyste cofają chorobę i odbudowują chrząstkę.”
claim-reverses-disease-answer =
    Żadne badanie z grupą porównawczą nie sprawdziło zastrzyków z komórek w biodrze.
    W badaniach kolana rezonans magnetyczny nie pokazał różnicy w chrząstce w porównaniu z grupą porównawczą.
    Szpik pobierany do tych zastrzyków zawiera tylko malutką część prawdziwych komórek macierzystych.
    Istniejące doniesienia dotyczące biodra pytały tylko o ból, a nie o chrząstkę.
    Nie miały też grupy porównawczej.

claim-no-rejection-or-infection = „Komórki pochodzą z własnego ciała, więc nie ma ryzyka odrzucenia ani zakażenia.”
claim-no-rejection-or-infection-answer =
    Użycie własnych komórek zmniejsza ryzyko odrzucenia. Nie usuwa ryzyka zakażenia.
    Każda igła wprowadzona do stawu może, rzadko, spowodować zakażenie stawu.
    Pobieranie szpiku z kości biodrowej niesie własne ryzyko.
    W USA niektóre osoby wymagały leczenia w szpitalu z powodu zakażeń po skażonych produktach z „komórek macierzystych”.
    Urzędy nadzoru w USA i w Europie wymieniają zakażenie wśród zgłoszonych szkód.
    Czołowe stowarzyszenie naukowców zajmujących się komórkami macierzystymi podaje, że nawet własne komórki pacjenta niosą ryzyko.

claim-complete-relief = „Większość pacjentów całkowicie pozbywa się bólu.”
claim-complete-relief-answer =
    Główne doniesienie o zastrzykach ze szpiku w biodrze wykazało średnio pewną ulgę, a nie całkowitą.
    Nie było w nim grupy porównawczej.
    W badaniach z grupą porównawczą osobom, które dostały zastrzyki z soli fizjologicznej, poprawiło się mniej więcej tak samo.
    Dotyczyło to komórek ze szpiku w kolanie i PRP w biodrze.

claim-results-permanent = „W większości przypadków efekty są trwałe.”
claim-results-permanent-answer =
    Żadne długoterminowe badanie z grupą porównawczą nie sprawdziło zastrzyków z komórek w biodrze.
    Główne doniesienie dotyczące biodra obserwowało ludzi średnio krócej niż rok.
    Choroba zwyrodnieniowa biodra często z czasem się pogarsza. Nawet przy ćwiczeniach niektóre osoby w ciągu kilku lat potrzebują endoprotezy.
    W badaniach zastrzyków do stawów po kilku miesiącach wyniki grupy leczonej i grupy z solą fizjologiczną były takie same.

claim-no-adverse-effects = „Z zastrzykami z komórek macierzystych nie wiążą się żadne skutki uboczne.”
claim-no-adverse-effects-answer =
    Skutki uboczne się zdarzają. W badaniach kolana ból, obrzęk i płyn w stawie po zastrzyku występowały często.
    Główne doniesienie dotyczące biodra wymieniało pewne skutki uboczne, choć żaden nie był poważny.
    Do amerykańskiego urzędu ds. leków (FDA) trafiły zgłoszenia o utracie wzroku, guzach i zakażeniach po niedopuszczonych produktach.
    Europejska Agencja Leków podaje, że niektóre skutki uboczne były śmiertelne.

claim-booster-treatments = „Zastrzyk »przypominający« co rok lub dwa lata pozwala utrzymać efekt.”
claim-booster-treatments-answer =
    Żadne badanie nie sprawdziło powtarzanych zastrzyków przypominających z komórek w biodrze. Odstępy między nimi nie opierają się na dowodach.
    Każde powtórzenie to dodatkowy koszt i ryzyko kolejnego zabiegu.
    W amerykańskich przeglądach cen jeden zastrzyk do kolana kosztował tysiące dolarów.

claim-relief-lasts-years = „Ulga trwa od kilku miesięcy do kilku lat, czasem nawet do pięciu lat.”
claim-relief-lasts-years-answer =
    Warto porównać to z wynikami badań. Zastrzyk sterydowy do biodra pomaga na kilka miesięcy.
    W doniesieniach bez grupy porównawczej PRP pomagało najbardziej w pierwszym miesiącu lub dwóch.
    W jedynym badaniu biodra z zastrzykiem pozorowanym PRP nie działało lepiej niż sól fizjologiczna, ani na początku, ani po miesiącach.
    Żadne badanie z grupą porównawczą nie obserwowało żadnego zastrzyku do biodra przez lata.

claim-fda-approved = „Nasze leczenie jest dopuszczone lub zarejestrowane przez FDA albo jest częścią badania klinicznego.”
claim-fda-approved-answer =
    FDA to amerykański urząd ds. leków. Nie dopuścił on żadnego leczenia regeneracyjnego do stosowania w chorobach kości lub stawów.
    Rejestracja w FDA nie jest dopuszczeniem. Wpis na stronie z listą badań klinicznych też nie jest dopuszczeniem.
    FDA mówi tak: jeśli za taki produkt pobiera się opłatę poza badaniem nadzorowanym przez FDA, może to być nielegalne wprowadzanie na rynek.

claim-high-success-rate = „Sukces osiąga od osiemdziesięciu do dziewięćdziesięciu procent naszych pacjentów.”
claim-high-success-rate-answer =
    Badanie amerykańskich klinik wykazało, że reklamują one wysoki odsetek sukcesów.
    Żadne badanie z grupą porównawczą nie potwierdza tych liczb.
    Bez grupy porównawczej nikt nie może powiedzieć, ilu osobom i tak by się poprawiło.

claim-avoid-hip-replacement = „Komórki macierzyste pozwalają uniknąć wymiany stawu biodrowego albo ją odsunąć w czasie.”
claim-avoid-hip-replacement-answer =
    Żadne badanie biodra nie pokazuje, że zastrzyki z komórek opóźniają wymianę stawu biodrowego albo jej zapobiegają.
    W badaniu osób z ciężką chorobą zwyrodnieniową biodra endoproteza dała znacznie większą poprawę niż program ćwiczeń.

claim-natural-so-safe = „To naturalna metoda, która wykorzystuje własne komórki, więc jest bezpieczna.”
claim-natural-so-safe-answer =
    Naturalne nie znaczy bezpieczne. Urzędy nadzoru traktują przetworzone komórki, a także komórki użyte do nowego zadania w organizmie,
    jak leki, które wymagają dopuszczenia. Robią tak, bo bezpieczeństwo nie jest pewne.
    Czołowe stowarzyszenie naukowców zajmujących się komórkami macierzystymi podaje, że nawet własne komórki pacjenta niosą ryzyko.

claim-studies-prove-it-works = „Badania naukowe i kliniczne dowodzą, że komórki macierzyste pomagają na biodro.”
claim-studies-prove-it-works-answer =
    W chorobie zwyrodnieniowej biodra badania cytowane przez kliniki nie miały grupy porównawczej.
    Obserwowały tylko osoby, które dostały zastrzyki.
    Ból często zmniejsza się po każdym zastrzyku do stawu, nawet z soli fizjologicznej.
    Dlatego te badania nie mogą wykazać, że zadziałały komórki.
    Żadne badanie nie porównało w biodrze zastrzyków z komórek z zastrzykiem pozorowanym.
    W badaniu kolana stawy, które dostały komórki ze szpiku, nie miały się lepiej niż stawy, które dostały sól fizjologiczną.
    Przy utracie ukrwienia głowy kości udowej komórki w badaniach wprowadzano w czasie operacji nawiercania, a nie podawano w zastrzyku.
    Ważne amerykańskie wytyczne dotyczące chorób stawów odradzają zastrzyki z komórek macierzystych.

claim-cannot-harm-tissue = „Zastrzyki z komórek macierzystych to leczenie »biologiczne«, więc nie mogą zaszkodzić tkance, do której się je wstrzykuje.”
claim-cannot-harm-tissue-answer =
    Szkoda dla stawu może się zdarzyć.
    W badaniach kolana ból, obrzęk i płyn w stawie po zastrzykach z komórek występowały często.
    W USA skażone produkty z krwi pępowinowej spowodowały zakażenia stawów po zastrzykach w klinice ortopedycznej.
    Do amerykańskiego urzędu ds. leków (FDA) trafiły zgłoszenia o zakażeniach i guzach po niedopuszczonych produktach komórkowych.

## Zanim zapłaci się prywatnej klinice: pytania, które warto zadać

pay-card-ask-approved = Czy to leczenie jest dopuszczone przez urząd ds. leków do leczenia mojego problemu z biodrem?
pay-card-ask-trial = Czy to część zarejestrowanego badania klinicznego, które nadzoruje urząd? Jeśli tak, to dlaczego mam za to płacić?
pay-card-ask-evidence = Które opublikowane badania z grupą porównawczą pokazują, że to działa na biodro? Czy mogę je zobaczyć?
pay-card-ask-measure = Jak i kiedy sprawdzą Państwo, czy mi to pomogło?
pay-card-ask-what-injected = Co dokładnie zostanie wstrzyknięte? Skąd to pochodzi i jak jest przygotowywane?
pay-card-ask-risks = Jakie jest ryzyko, w tym ryzyko zakażenia? Co się stanie, jeśli coś pójdzie nie tak?
pay-card-ask-total-cost = Jaki jest całkowity koszt, razem z powtórnymi zastrzykami, badaniami obrazowymi i wizytami kontrolnymi?
pay-card-ask-other-treatments = Czy to może wpłynąć na inne leczenie, na przykład na późniejszą operację, albo na moją szansę udziału w badaniu klinicznym?
pay-card-ask-independent-opinion = Czy mogę wziąć czas do namysłu i zasięgnąć opinii lekarza, który nie pracuje w tej klinice?

## Zanim zapłaci się prywatnej klinice: fakty

pay-card-fact-none-approved = Amerykański urząd ds. leków, zwany FDA, nie dopuścił żadnej terapii „komórkami macierzystymi” ani żadnej podobnej do stosowania w jakiejkolwiek chorobie kości lub stawów. Dotyczy to również bólu biodra.
pay-card-fact-listing-not-approval = Wpis na stronie z listą badań klinicznych nie oznacza, że leczenie jest dopuszczone. Rejestracja w FDA też tego nie oznacza.
pay-card-fact-paying-outside-trial = Czy klinika pobiera opłatę za te produkty poza badaniem nadzorowanym przez FDA? Według FDA wskazuje to na nielegalne wprowadzanie na rynek.
pay-card-fact-ema-warning = Europejska Agencja Leków ostrzega przed stosowaniem terapii komórkowych, których nie sprawdzono. Podaje, że takie komórki mogą być lekami, które wymagają dopuszczenia.
pay-card-fact-stem-cells-not-covered = Ubezpieczyciele zdrowotni zwykle nie płacą za zastrzyki z „komórek macierzystych”, bo nie są one dopuszczone.
pay-card-fact-prp-self-pay = Ubezpieczyciele zwykle nie płacą za PRP. Kliniki często sprzedają je jako serię kilku zastrzyków i płaci się za każdy z nich.
