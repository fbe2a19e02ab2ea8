### Спільні слова для медичного змісту: достовірність, позиції клінічних настанов, як виконують
### процедуру, одиниці часу, вартість і з чим порівнюють кожен результат. Самі числа
### зберігаються в crates/hipaid-core/content/ і потрапляють сюди лише як змінні.

## Рішення і цей документ (IPDAS: рішення, дата, правила оновлення, фінансування)

document-decision = Рішення: як лікувати біль у вашому кульшовому суглобі і чи лікувати його взагалі зараз.
document-purpose = Цей інструмент допомагає вам і вашому лікарю обговорити можливості вибору. Він дає факти й числа з досліджень. Він не вибирає замість вас.
# Variables:
#   $next (Date) - до якого часу треба зробити наступну перевірку
document-update-policy = Ми звіряємо ці відомості з новими дослідженнями щонайменше раз на рік. Наступна перевірка — не пізніше: { $next }. Якщо з’явиться важливе нове дослідження або нова клінічна настанова, ми перевіримо раніше.
document-funding = Цей інструмент написала команда проєкту HipAid. Жодна компанія, що продає показане тут лікування, не платила за нього і не впливала на нього.
document-conflicts = Автори не мають жодних фінансових зв’язків із будь-яким показаним тут лікуванням. Ніхто не заробить більше, якщо ви виберете один спосіб, а не інший.
document-authors = Написала команда HipAid на основі опублікованих досліджень і клінічних настанов. Для кожного числа вказано, звідки воно взяте.
document-not-advice = Цей підсумок допомагає вам у розмові з лікарем. Він не замінює порад лікаря.

## Наскільки ми впевнені (достовірність доказів за системою GRADE)

certainty-high = Висока достовірність
certainty-moderate = Помірна достовірність
certainty-low = Низька достовірність
certainty-very-low = Дуже низька достовірність
certainty-high-explain = Дуже малоймовірно, що нові дослідження це змінять.
certainty-moderate-explain = Нові дослідження можуть це змінити.
certainty-low-explain = Цілком можливо, що нові дослідження це змінять.
certainty-very-low-explain = Це майже здогадка. Нові дослідження, ймовірно, це змінять.

## Що кажуть клінічні настанови

stance-strong-for = Настійно рекомендовано
stance-for = Рекомендовано
stance-conditional-for = Пропонують для деяких людей
stance-consider = Можна розглянути
stance-option = Один із прийнятних варіантів
stance-no-recommendation = Немає рекомендації ні «за», ні «проти»
stance-conditional-against = Для більшості людей радять не застосовувати
stance-against = Не рекомендовано
stance-strong-against = Настійно не рекомендовано
stance-none-found = Жодна клінічна настанова цього не розглядає

guideline-none = Немає клінічної настанови
guideline-aaos-2023 = Американська академія хірургів-ортопедів (AAOS), 2023
guideline-aaos-2017 = Американська академія хірургів-ортопедів (AAOS), 2017
guideline-acr-af-2019 = Американський коледж ревматології та Фонд артриту (США), 2019
guideline-oarsi-2019 = Міжнародне товариство з досліджень остеоартриту (OARSI), 2019
guideline-nice-ng226-2022 = Клінічна настанова NICE (Англія) щодо остеоартриту NG226, 2022
guideline-warwick-2016 = Ворікська угода (Warwick Agreement) щодо імпінджменту кульшового суглоба, 2016
guideline-eular-2021 = Поради EULAR щодо ін’єкцій у суглоби, 2021
guideline-eular-2022 = Поради EULAR щодо ревматоїдного артриту, 2022
guideline-chinese-onfh-2020 = Китайська клінічна настанова щодо аваскулярного некрозу головки стегнової кістки, 2020

## Види способів лікування і як їх виконують

kind-self-care = Самодопомога
kind-monitoring = Спостерігати й чекати
kind-injection = Укол (ін’єкція)
kind-surgery = Операція

guidance-none = Контроль на УЗД чи рентгені не потрібен.
guidance-ultrasound = Лікар стежить за голкою на УЗД (ультразвуковому дослідженні), щоб точно влучити.
guidance-ultrasound-or-x-ray = Лікар стежить за голкою на УЗД або рентгені, щоб точно влучити.
guidance-camera = Хірург працює через маленькі розрізи, за допомогою крихітної камери.
anaesthesia-none = Знеболювальні ліки не потрібні.
anaesthesia-local = Знеболювальні ліки вводять у шкіру і в ділянку суглоба (місцеве знеболення).
anaesthesia-spinal-or-general = Вам роблять укол у спину, після якого тіло нижче пояса нічого не відчуває (спинномозкова анестезія). Або вас присипляють (загальний наркоз).
anaesthesia-general = Під час операції ви спите (загальний наркоз).

regulatory-approved = Схвалений лікарський засіб або медичний виріб
regulatory-standard-procedure = Стандартне лікування
regulatory-not-approved = Не схвалено для такого застосування
regulatory-not-regulated = Схвалення не потрібне
regulatory-not-verified = Схвалення для такого застосування не підтверджено

repeats-allowed-yes = Можна повторювати
repeats-allowed-limited = Можна повторювати, але з обмеженнями
repeats-allowed-no = Зазвичай роблять один раз
repeats-allowed-unknown = Невідомо, чи допомагає повторення

insurance-usually-covered = Зазвичай оплачує страхування
insurance-sometimes-covered = Іноді оплачує страхування
insurance-usually-not-covered = Зазвичай страхування не оплачує; ви платите самі
insurance-unknown = Невідомо, чи оплачує страхування

cost-per-session = за один сеанс
cost-per-injection = за один укол
cost-per-course = за курс
cost-per-operation = за одну операцію
cost-unknown = Надійної ціни не знайдено
# Variables:
#   $amount (Number)
#   $currency (String)
money =
    { $currency ->
        [USD] { $amount } USD
       *[other] { $amount } { $currency }
    }

## Час
## Після діапазону («2–4») іменник узгоджується з останнім числом, тому вибір іде за $high.

span-unknown = Невідомо
span-none = Діє не більше, ніж плацебо (лікування без діючих ліків)
span-days = { $low ->
    [one] { $low } день
    [few] { $low } дні
    [many] { $low } днів
   *[other] { $low } дня
}
span-weeks = { $low ->
    [one] { $low } тиждень
    [few] { $low } тижні
    [many] { $low } тижнів
   *[other] { $low } тижня
}
span-months = { $low ->
    [one] { $low } місяць
    [few] { $low } місяці
    [many] { $low } місяців
   *[other] { $low } місяця
}
span-years = { $low ->
    [one] { $low } рік
    [few] { $low } роки
    [many] { $low } років
   *[other] { $low } року
}
span-range-days = { $high ->
    [one] { $low }–{ $high } день
    [few] { $low }–{ $high } дні
    [many] { $low }–{ $high } днів
   *[other] { $low }–{ $high } дня
}
span-range-weeks = { $high ->
    [one] { $low }–{ $high } тиждень
    [few] { $low }–{ $high } тижні
    [many] { $low }–{ $high } тижнів
   *[other] { $low }–{ $high } тижня
}
span-range-months = { $high ->
    [one] { $low }–{ $high } місяць
    [few] { $low }–{ $high } місяці
    [many] { $low }–{ $high } місяців
   *[other] { $low }–{ $high } місяця
}
span-range-years = { $high ->
    [one] { $low }–{ $high } рік
    [few] { $low }–{ $high } роки
    [many] { $low }–{ $high } років
   *[other] { $low }–{ $high } року
}

## З чим порівнюють числа (після «Для порівняння:»)

comparator-placebo-injection = укол-плацебо, тобто укол без ліків, які перевіряють
comparator-local-anaesthetic-injection = укол лише знеболювального засобу
comparator-no-treatment = без лікування
comparator-no-exercise = без програми вправ
comparator-usual-care = звичайне лікування в сімейного лікаря
comparator-wait-and-see = очікування: подивитися, як буде
comparator-advice-alone = лише поради й інформація
comparator-education-and-exercise = поради плюс план вправ
comparator-exercise-alone = лише програма вправ
comparator-physiotherapy = фізична терапія (вправи з фахівцем)
comparator-resistance-training = програма вправ для зміцнення м’язів
comparator-steroid-injection = укол стероїду
comparator-hyaluronic-acid = укол гелю (гіалуронової кислоти)
comparator-core-decompression-alone = декомпресія головки стегнової кістки без додавання клітин
comparator-no-injection = люди, яким не робили уколу
comparator-no-comparison-group = немає з ким порівняти: дослідження вивчало лише тих, хто отримав це лікування
comparator-no-recent-injection = люди, яким не робили уколу в кульшовий суглоб протягом кількох місяців до операції

## Види досліджень (показано біля кожного джерела)

study-type-rct = Рандомізоване випробування (учасників розподіляють у групи випадково)
study-type-systematic-review = Огляд багатьох досліджень
study-type-network-meta-analysis = Огляд, що порівнює багато способів лікування
study-type-cohort = Дослідження, яке спостерігає за групою людей
study-type-registry = Реєстр пролікованих пацієнтів
study-type-case-series = Опис серії пацієнтів
study-type-cross-sectional = Обстеження в один момент часу
study-type-guideline = Клінічна настанова
study-type-consensus = Узгоджена думка експертів
study-type-regulator = Заява регуляторного органу
study-type-evidence-summary = Стислий виклад доказів
study-type-review = Оглядова стаття
study-type-patient-information = Інформація лікарні чи клініки
study-type-price-survey = Огляд цін
study-type-policy = Правила страхової компанії

## Що показує число про хворобу

figure-topic-how-common = Наскільки це поширено
figure-topic-natural-course = Що буває без лікування

## Частини на малюнку кульшового суглоба

part-bone = Кістка
part-cartilage = Хрящ (гладке покриття кінців кісток у суглобі)
part-labrum = Суглобова губа (обідок западини)
part-tendons-bursa = Сухожилки і синовіальна сумка (зовнішній бік стегна)
part-blood-supply = Кровопостачання головки стегнової кістки
part-joint-lining = Внутрішня оболонка суглоба

## Шкали оцінювання (назви, показані як заголовки)

scale-pain-0-10 = Шкала болю від 0 (немає болю) до 10 (найсильніший біль)
scale-pain-0-100 = Шкала болю від 0 (немає болю) до 100 (найсильніший біль)
scale-oxford-hip-score = Оксфордська шкала для кульшового суглоба (Oxford Hip Score), від 0 (найгірше) до 48 (найкраще)
scale-ihot-33 = Шкала для кульшового суглоба iHOT-33, від 0 (найгірше) до 100 (найкраще)
scale-harris-hip-score = Шкала Гарріса для кульшового суглоба (Harris Hip Score), від 0 (найгірше) до 100 (найкраще)
scale-hos-adl = Шкала для кульшового суглоба в повсякденних справах (Hip Outcome Score), від 0 (найгірше) до 100 (найкраще)
scale-self-rated-improvement = Наскільки краще, за словами людей, вони почувалися, від 0 до 100 відсотків
