### Общие слова для медицинского содержания: надёжность данных, позиции клинических рекомендаций,
### как проводится процедура, единицы времени, стоимость и то, с чем сравнивают каждый результат.
### Сами числа хранятся в crates/hipaid-core/content/ и попадают сюда только как переменные.

## Решение и этот документ (IPDAS: решение, дата, порядок обновления, финансирование)

document-decision = Решение: как лечить боль в тазобедренном суставе и нужно ли вообще лечить её сейчас.
document-purpose = Эта программа помогает вам и вашему врачу обсудить варианты. Она даёт факты и числа из исследований. Она не выбирает за вас.
document-update-policy = Мы сверяем эту информацию с новыми исследованиями не реже одного раза в год. Следующая сверка — не позже { $next }. Если появится важное новое исследование или новые клинические рекомендации, мы проверим информацию раньше.
document-funding = Эту программу написала команда проекта HipAid. Ни одна компания, которая продаёт показанное здесь лечение, не платила за неё и не влияла на её содержание.
document-conflicts = У авторов нет денежных связей ни с одним из показанных здесь видов лечения. Никто не заработает больше, если вы выберете один вариант, а не другой.
document-authors = Написано командой HipAid по опубликованным исследованиям и клиническим рекомендациям. Для каждого числа указано, откуда оно взято.
document-not-advice = Эта памятка помогает вам в разговоре с врачом. Она не заменяет его советов.

## Насколько мы уверены (надёжность научных данных по системе GRADE)

certainty-high = Высокая надёжность данных
certainty-moderate = Средняя надёжность данных
certainty-low = Низкая надёжность данных
certainty-very-low = Очень низкая надёжность данных
certainty-high-explain = Очень маловероятно, что новые исследования это изменят.
certainty-moderate-explain = Новые исследования могут это изменить.
certainty-low-explain = Новые исследования вполне могут это изменить.
certainty-very-low-explain = Это почти догадка. Новые исследования, скорее всего, это изменят.

## Что говорят клинические рекомендации

stance-strong-for = Настоятельно рекомендуется
stance-for = Рекомендуется
stance-conditional-for = Советуют некоторым людям
stance-consider = Можно рассмотреть
stance-option = Один из подходящих вариантов
stance-no-recommendation = Нет совета ни за, ни против
stance-conditional-against = Большинству людей не советуют
stance-against = Не рекомендуется
stance-strong-against = Настоятельно не рекомендуется
stance-none-found = Клинических рекомендаций об этом нет

guideline-none = Нет клинических рекомендаций
guideline-aaos-2023 = Американская академия хирургов-ортопедов (AAOS), 2023
guideline-aaos-2017 = Американская академия хирургов-ортопедов (AAOS), 2017
guideline-acr-af-2019 = Американская коллегия ревматологии и Фонд артрита, 2019
guideline-oarsi-2019 = Международное общество по изучению остеоартрита (OARSI), 2019
guideline-nice-ng226-2022 = Рекомендации NICE (Англия) по остеоартриту, NG226, 2022
guideline-warwick-2016 = Уорикское соглашение по импинджменту тазобедренного сустава, 2016
guideline-eular-2021 = Советы EULAR по уколам в суставы, 2021
guideline-eular-2022 = Советы EULAR по ревматоидному артриту, 2022
guideline-chinese-onfh-2020 = Китайские рекомендации по аваскулярному некрозу головки бедренной кости, 2020

## Виды лечения и как их проводят

kind-self-care = Самопомощь
kind-monitoring = Наблюдать и ждать
kind-injection = Укол
kind-surgery = Операция

guidance-none = Снимки для контроля не нужны.
guidance-ultrasound = Врач направляет иглу под контролем УЗИ.
guidance-ultrasound-or-x-ray = Врач направляет иглу под контролем УЗИ или рентгена.
guidance-camera = Хирург работает через маленькие разрезы с помощью крошечной камеры.
anaesthesia-none = Обезболивающее не нужно.
anaesthesia-local = Кожу и сустав обезболивают местным обезболивающим лекарством.
anaesthesia-spinal-or-general = Вам делают укол в спину, который обезболивает всё ниже пояса, или дают общий наркоз (вы спите).
anaesthesia-general = На время операции вам дают общий наркоз (вы спите).

regulatory-approved = Одобренное лекарство или медицинское изделие
regulatory-standard-procedure = Стандартное лечение
regulatory-not-approved = Не одобрено для такого применения
regulatory-not-regulated = Одобрение не требуется
regulatory-not-verified = Одобрение для такого применения не подтверждено

repeats-allowed-yes = Можно повторять
repeats-allowed-limited = Можно повторять, но с ограничениями
repeats-allowed-no = Обычно делают один раз
repeats-allowed-unknown = Неизвестно, помогает ли повтор

insurance-usually-covered = Обычно оплачивает страховка
insurance-sometimes-covered = Иногда оплачивает страховка
insurance-usually-not-covered = Страховка обычно не оплачивает; вы платите сами
insurance-unknown = Неизвестно, оплачивает ли страховка

cost-per-session = за одно занятие
cost-per-injection = за один укол
cost-per-course = за курс
cost-per-operation = за операцию
cost-unknown = Надёжной цены найти не удалось
# Variables:
#   $amount (Number)
#   $currency (String)
money =
    { $currency ->
        [USD] { $amount } $
       *[other] { $amount } { $currency }
    }

## Сроки (вставляются после числа; формы по правилам русского языка: one, few, many, other)

span-unknown = Неизвестно
span-none = Действует не больше, чем лечение-пустышка
span-days = { $low ->
    [one] { $low } день
    [few] { $low } дня
    [many] { $low } дней
   *[other] { $low } дня
}
span-weeks = { $low ->
    [one] { $low } неделя
    [few] { $low } недели
    [many] { $low } недель
   *[other] { $low } недели
}
span-months = { $low ->
    [one] { $low } месяц
    [few] { $low } месяца
    [many] { $low } месяцев
   *[other] { $low } месяца
}
span-years = { $low ->
    [one] { $low } год
    [few] { $low } года
    [many] { $low } лет
   *[other] { $low } года
}
span-range-days = { $high ->
    [one] { $low }–{ $high } день
    [few] { $low }–{ $high } дня
    [many] { $low }–{ $high } дней
   *[other] { $low }–{ $high } дня
}
span-range-weeks = { $high ->
    [one] { $low }–{ $high } неделя
    [few] { $low }–{ $high } недели
    [many] { $low }–{ $high } недель
   *[other] { $low }–{ $high } недели
}
span-range-months = { $high ->
    [one] { $low }–{ $high } месяц
    [few] { $low }–{ $high } месяца
    [many] { $low }–{ $high } месяцев
   *[other] { $low }–{ $high } месяца
}
span-range-years = { $high ->
    [one] { $low }–{ $high } год
    [few] { $low }–{ $high } года
    [many] { $low }–{ $high } лет
   *[other] { $low }–{ $high } года
}

## С чем сравнивают числа (что получала группа сравнения; стоит после «Группа сравнения:»)

comparator-placebo-injection = укол-пустышка, без проверяемого лечения
comparator-local-anaesthetic-injection = укол только обезболивающего лекарства
comparator-no-treatment = без лечения
comparator-no-exercise = без программы упражнений
comparator-usual-care = обычное лечение у семейного врача
comparator-wait-and-see = ожидание: посмотреть, как пойдёт
comparator-advice-alone = только советы и информация
comparator-education-and-exercise = советы и план упражнений
comparator-exercise-alone = только программа упражнений
comparator-physiotherapy = лечебная физкультура (упражнения с реабилитологом)
comparator-resistance-training = программа упражнений для силы мышц
comparator-steroid-injection = укол стероида
comparator-hyaluronic-acid = укол геля (гиалуроновой кислоты)
comparator-core-decompression-alone = декомпрессия головки бедренной кости без добавления клеток
comparator-no-injection = люди, которым не делали укол
comparator-no-comparison-group = не с кем сравнить: в исследовании были только люди, которые получили это лечение
comparator-no-recent-injection = люди, которым не делали уколов в тазобедренный сустав в последние месяцы перед операцией

## Виды исследований (показываются рядом с каждым источником)

study-type-rct = Рандомизированное испытание
study-type-systematic-review = Обзор многих исследований
study-type-network-meta-analysis = Обзор, который сравнивает много видов лечения
study-type-cohort = Исследование, которое наблюдает за группой людей
study-type-registry = Регистр пролеченных пациентов
study-type-case-series = Описание серии пациентов
study-type-cross-sectional = Опрос в один момент времени
study-type-guideline = Клинические рекомендации
study-type-consensus = Согласованное мнение экспертов
study-type-regulator = Заявление контролирующего ведомства
study-type-evidence-summary = Сводка научных данных
study-type-review = Обзорная статья
study-type-patient-information = Информация больницы или клиники
study-type-price-survey = Обзор цен
study-type-policy = Правила страховой компании

## О чём говорит число о болезни

figure-topic-how-common = Насколько это часто встречается
figure-topic-natural-course = Что бывает без лечения

## Части на рисунке тазобедренного сустава

part-bone = Кость
part-cartilage = Хрящ (гладкий слой, покрывающий кости в суставе)
part-labrum = Суставная губа (ободок по краю впадины)
part-tendons-bursa = Сухожилия и суставная сумка (снаружи бедра)
part-blood-supply = Кровоснабжение головки бедренной кости
part-joint-lining = Внутренняя оболочка сустава

## Шкалы (названия, показываются как заголовки)

scale-pain-0-10 = Шкала боли от 0 (нет боли) до 10 (самая сильная боль)
scale-pain-0-100 = Шкала боли от 0 (нет боли) до 100 (самая сильная боль)
scale-oxford-hip-score = Оксфордская шкала для тазобедренного сустава (Oxford Hip Score), от 0 (хуже всего) до 48 (лучше всего)
scale-ihot-33 = Шкала iHOT-33 для тазобедренного сустава, от 0 (хуже всего) до 100 (лучше всего)
scale-harris-hip-score = Шкала Харриса для тазобедренного сустава (Harris Hip Score), от 0 (хуже всего) до 100 (лучше всего)
scale-hos-adl = Шкала Hip Outcome Score для повседневных дел, от 0 (хуже всего) до 100 (лучше всего)
scale-self-rated-improvement = Насколько лучше, по словам самих людей, они себя чувствовали, от 0 до 100 процентов
