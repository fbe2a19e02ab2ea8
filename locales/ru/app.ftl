### HipAid, слова самой программы: заголовки, подписи, кнопки, сообщения об ошибках.
### Медицинские слова (болезни, стадии, варианты лечения, результаты) находятся в conditions.ftl,
### options-*.ftl, claims.ftl и evidence.ftl; название каждого языка задано в locale.toml.
### Простой язык для пожилых пациентов, обращение на «вы». Кавычки « ».
### Id начинаются с названия экрана: app-, nav-, start-, condition-, option-, about-, error-;
### number- и sources- общие для экрана болезни и экрана варианта лечения.

## Glossary (глоссарий): ключевые термины этого перевода, одинаковые во всех файлах.
#   hip → тазобедренный сустав
#   hip osteoarthritis (wear-and-tear arthritis), "arthritis" → остеоартрит (артроз) тазобедренного сустава; коротко: артроз
#   cartilage → хрящ
#   ball of the hip → головка бедренной кости; socket → вертлужная впадина
#   labrum, labral tear → суставная губа, разрыв суставной губы
#   steroid injection, shot → укол (инъекция) стероида; shot/injection → укол
#   hyaluronic acid (gel) injection → укол геля (гиалуроновой кислоты)
#   platelet-rich plasma (PRP) → плазма, обогащённая тромбоцитами (PRP)
#   stem cell injection → укол «стволовых клеток»
#   hip replacement, a new hip → эндопротезирование (замена) тазобедренного сустава; искусственный сустав
#   hip arthroscopy, keyhole surgery → артроскопия (операция через маленькие проколы)
#   core decompression → декомпрессия головки бедренной кости
#   avascular necrosis → аваскулярный некроз головки бедренной кости
#   impingement (FAI) → фемороацетабулярный импинджмент (соударение головки и впадины)
#   greater trochanteric pain syndrome, bursitis → боль в области большого вертела (трохантерит), бурсит
#   inflammatory / rheumatoid arthritis → воспалительный / ревматоидный артрит
#   exercise and physiotherapy, physiotherapist → лечебная физкультура (ЛФК), реабилитолог
#   watchful waiting → наблюдение без лечения
#   dummy injection (placebo), salt water → укол-пустышка (плацебо), солевой раствор
#   comparison group → группа сравнения; trial → испытание; study → исследование
#   certainty → надёжность данных (достоверность)
#   guideline → клинические рекомендации
#   regulator, FDA, EMA → ведомство, которое контролирует лекарства (FDA в США, EMA в Европе)
#   icon array, "out of 100 people" → картинка из фигурок людей, «N из 100 человек»
#   clinician → врач; visit → приём; take-home summary → памятка
#   MRI, X-ray, ultrasound → МРТ, рентгеновский снимок, УЗИ

## Вся программа

app-title = HipAid
app-loading = Загрузка…

## Начальный экран

start-intro = Решите вместе, как лечить боль в тазобедренном суставе. Сначала подготовьте этот приём.
start-ui-locale-label = Язык программы
start-ui-locale-hint = Язык кнопок и меню. Он меняется сразу.
start-patient-locale-label = Язык пациента
start-patient-locale-hint = Язык того, что пациент читает и забирает домой.
# Язык в списке, перевод на который ещё не проверил квалифицированный медицинский переводчик.
# Variables:
#   $name (String) - название языка на этом же языке, например "Tiếng Việt"
start-locale-draft = { $name } (черновой перевод)
start-locale-draft-notice = Это черновой перевод. Квалифицированный медицинский переводчик его ещё не проверил. Если речь идёт о важном, позовите устного переводчика.
# Variables:
#   $reviewer (String) - кто проверил перевод, с указанием должности
#   $date (Date) - когда перевод проверили
start-locale-reviewed = Перевод проверен: { $reviewer }, { $date }.
start-patient-label-label = Заметка о пациенте (необязательно)
    .placeholder = Например: кабинет 4, утренний приём
start-patient-label-hint = Короткая заметка, чтобы отличать приёмы друг от друга. Не вводите полное имя пациента.
start-clinician-name-label = Ваше имя (необязательно)
start-clinician-name-hint = Видно во время этого приёма, чтобы пациент знал, с кем он говорил.
start-submit = Начать приём
start-submit-busy = Начинаем…
start-submit-new = Начать новый приём
start-continue = Продолжить этот приём
start-notice-unfinished = HipAid закрылся во время прошлого приёма. Ответы сохранены. Можно продолжить его или начать новый приём.
start-notice-damaged = Сохранённый приём не удалось прочитать, поэтому HipAid запустился без него. Файл сохранён для технической поддержки.
app-not-saved = Этот компьютер не смог сохранить приём. Ответы останутся на экране, пока HipAid открыт.
start-notice-settings-damaged = Настройки клиники не удалось прочитать, поэтому HipAid запустился с обычными настройками. Файл сохранён для технической поддержки. Сотрудники клиники могут снова задать настройки в разделе «Настройки клиники».
start-settings = Настройки клиники

## Экран настроек клиники: для сотрудников клиники, до начала приёмов. Здесь не хранится ничего о пациентах.

settings-title = Настройки клиники
settings-intro = Эти настройки хранятся на этом компьютере и действуют для каждого приёма. В них нет ничего о пациентах.
settings-clinic-heading = Ваша клиника
settings-clinic-name = Название клиники
settings-address = Адрес
settings-phone = Номер телефона
settings-logo = Логотип для печатной памятки
# Variables:
#   $kb (Number) - наибольший допустимый размер файла, в килобайтах
#   $px (Number) - наибольшая допустимая ширина или высота, в пикселях
settings-logo-hint =
    Картинка PNG: размер файла не больше { $kb } KB, ширина и высота — не больше { $px } { $px ->
        [one] пикселя
        [few] пикселей
        [many] пикселей
       *[other] пикселя
    }.
settings-logo-choose = Выбрать файл логотипа
settings-logo-remove = Убрать логотип
settings-logo-none = Логотип не выбран.
settings-logo-preview = Так логотип будет выглядеть при печати
settings-languages-heading = Языки и бумага
settings-ui-locale = Язык программы при запуске HipAid
settings-patient-locale = Язык пациента для нового приёма
settings-locale-default = Язык компьютера
settings-patient-locale-default = Такой же, как язык программы
settings-paper = Размер бумаги для памятки
settings-paper-default = A4, а для американского английского — Letter (формат США)
settings-paper-a4 = A4
settings-paper-letter = Letter (формат США)
settings-options-heading = Варианты лечения в этой клинике
settings-options-intro = Снимите отметку с варианта лечения, которого нет в клинике: в начале каждого приёма он будет скрыт, но врач всё равно может его показать. Заметки о стоимости показываются рядом с числами из исследований.
settings-offered = Есть в этой клинике
settings-cost-note = Стоимость в этой клинике (необязательно)
settings-insurance-note = Заметка о страховке (необязательно)
settings-view-heading = Как начинаются приёмы
settings-start-view = Вид в начале приёма
settings-view-clinician = Вид для врача
settings-view-patient = Вид для пациента, с крупным шрифтом
settings-max-age = Сколько часов хранится незавершённый приём
# Variables:
#   $max (Number) - наибольшее допустимое число часов
settings-max-age-hint = Если HipAid закроется во время приёма, этот приём можно снова открыть в течение указанного здесь числа часов (от 1 до { $max }). После этого он удаляется.
settings-save = Сохранить настройки
settings-saving = Сохраняем…
settings-back = Вернуться в начало
settings-saved = Настройки сохранены. Они действуют со следующего приёма.
settings-has-problems = Пока ничего не сохранено. Исправьте отмеченные поля.

## Настройки клиники: что не так с одним полем

# Variables:
#   $max (Number) - наибольшее допустимое число знаков
settings-problem-too-long =
    Текст слишком длинный. Можно не больше { $max } { $max ->
        [one] знака
        [few] знаков
        [many] знаков
       *[other] знака
    }.
settings-problem-invalid-text = Здесь есть знаки, которые программа не может принять. Используйте буквы, цифры и простые знаки препинания.
settings-problem-invalid-phone = Это не похоже на номер телефона. Используйте цифры, пробелы и знаки + ( ) - . /
settings-problem-not-png = Этот файл — не картинка PNG. Выберите файл PNG.
# Variables:
#   $max (Number) - наибольший допустимый размер файла, в килобайтах
settings-problem-logo-too-large = Этот файл слишком большой. Выберите файл не больше { $max } KB.
# Variables:
#   $max (Number) - наибольшая допустимая ширина или высота, в пикселях
settings-problem-logo-size =
    Эта картинка слишком маленькая или слишком большая. Ширина и высота должны быть от 16 до { $max } { $max ->
        [one] пикселя
        [few] пикселей
        [many] пикселей
       *[other] пикселя
    }.
settings-problem-unknown-locale = Этот язык недоступен. Выберите язык из списка.
settings-problem-unknown-option = Эта версия HipAid не знает такого варианта лечения.
# Variables:
#   $max (Number) - наибольшее допустимое число
settings-problem-out-of-range = Выберите целое число от 1 до { $max }.
settings-problem-unsupported-version = Эти настройки созданы более новой версией HipAid.

## Экран болезни: текущий приём, вверху экрана

# Variables:
#   $label (String) - короткая заметка о пациенте с начального экрана, например "кабинет 4"
condition-consultation-label = Приём: { $label }
# Variables:
#   $time (Date) - когда начался приём, дата и время
condition-consultation-started = Начало приёма: { $time }
# Variables:
#   $name (String) - имя, которое врач ввёл на начальном экране
condition-consultation-clinician = Врач: { $name }

## Экран болезни: выбор проблемы и её стадии

condition-heading = Проблема и варианты лечения
condition-intro = Выберите проблему и её стадию. Затем вы увидите варианты лечения и то, что о них говорят исследования.
condition-choose-legend = Проблема
condition-stage-legend = Стадия (по рентгеновскому снимку)
condition-stage-unknown = Пока неизвестна
condition-stage-unknown-description = Например, рентгеновского снимка ещё нет.

## Экран болезни: о выбранной проблеме и стадии

condition-stage-heading = Ваша стадия
condition-parts-heading = Какие части сустава затронуты
condition-diagnosis-heading = Как ставят диагноз
# Одно число о болезни, одним предложением. Подпись $what — глагольный оборот во множественном
# числе, который продолжает фразу «N из 100 человек …».
# Variables:
#   $count (Number) - сколько человек, например 25 или 2,5
#   $denominator (Number) - из скольких человек, например 100 или 1000
#   $what (String) - что с ними происходит, из содержания, например "заболевают артрозом тазобедренного сустава к 85 годам"
condition-figure-people = { $count } из { $denominator } человек { $what }
# Variables:
#   $low (Number) - наименьшее вероятное число человек
#   $high (Number) - наибольшее вероятное число человек
#   $denominator (Number) - из скольких человек, например 100 или 1000
#   $what (String) - что с ними происходит, из содержания
condition-figure-people-range = От { $low } до { $high } из { $denominator } человек { $what }
# Число людей, не «из группы».
# Variables:
#   $count (Number) - сколько человек, например 10 000
#   $what (String) - кто эти люди, из содержания, например "взрослых в США ежегодно впервые узнают об этой болезни"
condition-figure-count = { $count } { $what }
# Variables:
#   $low (Number) - наименьшее вероятное число, например 10 000
#   $high (Number) - наибольшее вероятное число, например 20 000
#   $what (String) - кто эти люди, из содержания
condition-figure-count-range = { $low }–{ $high } { $what }
condition-figure-one-time = Период: подсчёт на один момент времени

## Экран болезни: подходящие варианты лечения

condition-options-heading = Варианты лечения
condition-options-intro = Эти варианты подходят при этой проблеме. Они стоят не в порядке предпочтения. Какой из них подойдёт вам лучше, зависит от того, что для вас важнее всего.
condition-options-empty = Для этой проблемы пока нет вариантов лечения, которые можно показать.
condition-card-fits = При этой проблеме:
# Variables:
#   $option (String) - название варианта лечения, например "Укол (инъекция) стероида"
condition-card-details = Подробнее
    .aria-label = Подробнее: { $option }

## Числа из исследований, на экране болезни и экране варианта лечения

# Variables:
#   $count (Number) - со сколькими людьми это случается, например 45 или 0,08
#   $denominator (Number) - из скольких человек, например 100 или 1000
number-people = { $count } из { $denominator } человек
# Variables:
#   $low (Number) - наименьшее вероятное число человек
#   $high (Number) - наибольшее вероятное число человек
#   $denominator (Number) - из скольких человек, например 100
number-people-range = От { $low } до { $high } из { $denominator } человек
# Среднее изменение балла по шкале, например по шкале боли.
# Variables:
#   $change (Number) - среднее изменение со знаком, например -1,2 или +6,4
number-score = Среднее изменение в баллах: { $change }
# Variables:
#   $low (Number) - наименьшее вероятное среднее изменение, со знаком
#   $high (Number) - наибольшее вероятное среднее изменение, со знаком
number-score-range = Среднее изменение в баллах: от { $low } до { $high }
# Variables:
#   $scale (String) - название шкалы, из содержания, например "Шкала боли от 0 (нет боли) до 10 (самая сильная боль)"
number-scale = Шкала: { $scale }
number-not-measured = Не измеряли
number-comparator-label = Группа сравнения
number-comparator-result-label = Результат в этой группе
# Variables:
#   $span (String) - сколько времени, например "2 месяца", "1–3 года" или "Неизвестно"
number-timeframe = Период: { $span }

## Источники рядом с каждым числом и фактом

# Variables:
#   $count (Number) - сколько источников
sources-toggle =
    { $count ->
        [one] { $count } источник
        [few] { $count } источника
        [many] { $count } источников
       *[other] { $count } источника
    }
sources-study-type-label = Вид исследования
sources-year-label = Год
sources-size-label = Объём
sources-doi-label = DOI
sources-pmid-label = PubMed ID
sources-url-label = Адрес в интернете
# Variables:
#   $id (String) - короткое название источника, которого нет в списке, например "lambert-2007"
sources-unknown = Этого источника нет в списке: { $id }

## Экран варианта лечения: все подробности одного варианта

# Variables:
#   $condition (String) - название проблемы
option-for-condition = Проблема: { $condition }
# Variables:
#   $condition (String) - название проблемы
#   $stage (String) - название стадии, например "Вторая степень: лёгкая"
option-for-condition-stage = Проблема: { $condition }. { $stage }
option-certainty-label = Насколько надёжны данные исследований о действии этого лечения:
option-what-heading = Что это такое
option-variants-heading = Какие виды предлагают
# Variables:
#   $condition (String) - название проблемы
option-fits-heading = Как подходит при проблеме: { $condition }
option-steps-heading = Что происходит, шаг за шагом
option-visits-label = Посещения
# Variables:
#   $count (Number) - сколько посещений
option-visits =
    { $count ->
        [one] { $count } посещение
        [few] { $count } посещения
        [many] { $count } посещений
       *[other] { $count } посещения
    }
# Variables:
#   $low (Number) - наименьшее число посещений
#   $high (Number) - наибольшее число посещений
option-visits-range =
    { $high ->
        [one] От { $low } до { $high } посещения
        [few] От { $low } до { $high } посещений
        [many] От { $low } до { $high } посещений
       *[other] От { $low } до { $high } посещения
    }
option-visits-unknown = Неизвестно
option-guidance-label = Чем направляют иглу или инструмент
option-anaesthesia-label = Обезболивание или наркоз
option-time-off-label = Перерыв в обычных делах
option-timeline-heading = Когда помогает и как долго
option-onset-label = Когда начинает помогать
option-peak-label = Когда помогает сильнее всего
option-lasts-label = Сколько длится польза
option-recovery-label = Возвращение к обычным делам
option-timeline-certainty-label = Насколько надёжны данные об этих сроках:
option-milestones-heading = Этапы восстановления
# Variables:
#   $label (String) - этап восстановления, из содержания, например "ходить без костылей"
#   $time (String) - когда, например "4–6 недель" или "Неизвестно"
option-milestone = { $label }: { $time }
option-outcomes-heading = Польза и возможный вред
option-outcomes-intro = Каждое число взято из исследований. Оно показывает, у скольких человек из группы это было, или насколько в среднем изменился балл по шкале. Польза и вред показаны рядом и одинаково подробно.
option-benefits-heading = Польза
option-harms-heading = Возможный вред
option-outcome-benefit = Польза
option-outcome-harm = Возможный вред
option-outcome-no-data = Надёжных чисел нет
option-outcomes-empty = По этой проблеме исследования не дают данных, которые можно здесь показать.
option-scale-lower-better = По этой шкале чем меньше балл, тем лучше.
option-scale-higher-better = По этой шкале чем больше балл, тем лучше.
option-repeats-heading = Можно ли повторить?
option-repeats-gap-label = Самый короткий перерыв между процедурами
option-repeats-max-label = Больше всего за один год
# Variables:
#   $count (Number) - сколько процедур можно сделать за один год, не больше
option-repeats-max =
    { $count ->
        [one] { $count } раз
        [few] { $count } раза
        [many] { $count } раз
       *[other] { $count } раза
    }
option-cost-heading = Стоимость и страховка
option-cost-label = Цена
# Variables:
#   $amount (Number) - цена с валютой, например $574
#   $per (String) - за что эта цена, например "за один укол"
option-cost-amount = { $amount } { $per }
# Variables:
#   $low (Number) - самая низкая найденная цена, с валютой
#   $high (Number) - самая высокая найденная цена, с валютой
#   $per (String) - за что эта цена, например "за один укол"
option-cost-range = От { $low } до { $high } { $per }
option-insurance-label = Страховка
option-guidelines-heading = Что говорят клинические рекомендации
option-guideline-stance-label = Их совет
option-regulatory-heading = Одобрение
option-factors-heading = Что может изменить картину именно для вас
option-claims-heading = Что обещают клиники и что говорят научные данные
option-claim-label = Обещание
option-claim-answer-label = Что говорят научные данные
option-pay-card-heading = Прежде чем платить клинике
option-pay-card-questions = Какие вопросы задать
option-pay-card-facts = Что важно знать

## Об этой информации (панель внизу экрана болезни и экрана варианта лечения)

about-toggle = Об этой информации
# Variables:
#   $version (String) - версия медицинского содержания, например "1.0.0"
about-version = Версия содержания: { $version }
# Variables:
#   $date (Date) - когда содержание в последний раз сверяли с исследованиями
about-last-reviewed = Последняя сверка с исследованиями: { $date }
# Variables:
#   $date (Date) - до какого дня нужно провести следующую сверку
about-next-review = Следующая сверка — не позже: { $date }
about-decision-heading = Решение
about-purpose-heading = Для чего эта программа
about-updates-heading = Как мы обновляем информацию
about-funding-heading = Кто оплатил работу
about-conflicts-heading = Конфликт интересов
about-authors-heading = Кто это написал

## Ошибки. По одной на каждый код ошибки программы. Каждая говорит, что случилось, что ничего
## из введённого не потеряно и что делать дальше.

error-unknown-locale = Этот язык недоступен. Всё, что вы ввели, сохранено. Выберите язык из списка.
error-unknown-condition = Программа не знает такой проблемы. Всё, что вы ввели, сохранено. Выберите проблему из списка.
error-unknown-stage = Программа не знает такой стадии. Всё, что вы ввели, сохранено. Выберите стадию из списка.
error-text-too-long = Часть текста слишком длинная. Всё, что вы ввели, сохранено. Сократите заметку о пациенте или ваше имя и попробуйте снова.
error-invalid-text = В тексте есть знаки, которые программа не может принять. Всё, что вы ввели, сохранено. Используйте буквы, цифры и простые знаки препинания и попробуйте снова.
error-no-consultation = Приём ещё не начат. Всё, что вы ввели, сохранено. Вернитесь в начало и начните приём.
error-no-condition = Проблема ещё не выбрана. Всё, что вы ввели, сохранено. Сначала выберите проблему.
error-unknown-option = Этот вариант не подходит для этой проблемы и стадии, или клиника его не предлагает. Всё, что вы ввели, сохранено. Выберите вариант из списка.
error-too-many-compared = Сравнивать можно не больше четырёх вариантов сразу. Всё, что вы ввели, сохранено. Уберите один вариант, а затем выберите другой.
error-decision-needs-option = Выберите вариант, к которому вы склоняетесь, или отметьте «Пока не решено». Всё, что вы ввели, сохранено.
error-invalid-date = Программа не может принять эту дату. Всё, что вы ввели, сохранено. Выберите дату в календаре.
error-date-in-past = Эта дата уже прошла. Всё, что вы ввели, сохранено. Выберите сегодняшний или более поздний день.
error-unsupported-version = Этот файл приёма создан другой версией программы, и его нельзя прочитать. Ничего не изменено.
error-summary-failed = Не удалось составить памятку. Всё, что вы ввели, сохранено. Попробуйте ещё раз. Если ошибка повторится, сообщите в службу поддержки клиники.
error-save-failed = Не удалось сохранить памятку в эту папку. Всё, что вы ввели, сохранено. Выберите другую папку или проверьте, есть ли место на диске.
error-invalid-settings = Некоторые настройки нужно исправить, поэтому они не сохранены. Ничего из того, что вы ввели, не потеряно. Посмотрите на отмеченные поля.
error-settings-not-saved = Не удалось сохранить настройки на этом компьютере. Ничего из того, что вы ввели, не потеряно. Проверьте, есть ли место на диске, или обратитесь в техническую поддержку.
error-internal = В программе что-то пошло не так. Всё, что вы ввели, сохранено. Попробуйте ещё раз.
