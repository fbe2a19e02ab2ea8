### Этапы приёма: список этапов, кнопки «Назад» и «Далее», вид для врача и для пациента,
### сравнение вариантов, что важно пациенту, вопросы, проверка SURE, решение и предварительный
### просмотр памятки. Простые слова для пациентов, обращение на «вы». Числа — это переменные,
### их никогда не вписывают в текст.

## Список этапов, «Назад» и «Далее»

consult-steps-label = Этапы приёма
# Variables:
#   $number (Number) - место этапа в списке
consult-step-number = { $number }
consult-step-start = Начало
consult-step-condition = Проблема
consult-step-course = Если ничего не делать
consult-step-options = Варианты
consult-step-compare = Сравнение
consult-step-visuals = Польза и вред
consult-step-matters = Что важно для вас
consult-step-questions = Вопросы
consult-step-ready = Готовы решить?
consult-step-decision = Решение
# Variables:
#   $step (String) - название этапа, к которому ведёт кнопка «Назад»
consult-back = Назад: { $step }
# Variables:
#   $step (String) - название этапа, к которому ведёт кнопка «Далее»
consult-next = Далее: { $step }
# Variables:
#   $number (Number) - текущий этап
#   $total (Number) - сколько всего этапов
consult-progress = Этап { $number } из { $total }
# Variables:
#   $step (String) - этап, с которого открыли подробности
nav-back-step = Вернуться: { $step }
consult-needs-condition = Сначала выберите проблему. Она нужна для остальных этапов.
consult-go-condition = Выбрать проблему

## Вид экрана и окончание приёма

consult-view-patient = Крупный текст для пациента
consult-end = Закончить приём
consult-end-confirm = Закончить этот приём? Все ответы будут стёрты с этого компьютера.
consult-end-yes = Да, закончить и стереть
consult-end-no = Нет, продолжить

## Если ничего не делать

consult-course-heading = Что будет, если ничего не делать
consult-course-no-figures = Исследования не дают чисел об этом.

## Варианты и их сравнение

consult-compare-legend = Варианты для сравнения
consult-compare-hint = Отметьте от двух до четырёх вариантов, чтобы увидеть их рядом.
# Variables:
#   $option (String) - название варианта
consult-compare-this = Сравнить: { $option }
# Variables:
#   $option (String) - название варианта
consult-hide-option = Клиника не предлагает вариант «{ $option }»: скрыть его
consult-hidden-heading = Скрыты, потому что клиника их не предлагает
# Variables:
#   $option (String) - название варианта
consult-show-option = Снова показать вариант «{ $option }»
consult-compare-heading = Сравнение вариантов
consult-compare-intro = Варианты стоят рядом, не в порядке предпочтения. Каждая строка отвечает на вопрос, который люди часто задают.
consult-compare-too-few = Отметьте хотя бы два варианта, чтобы их сравнить.
consult-compare-caption = Выбранные варианты лечения рядом
consult-row-what = Что это?
consult-row-onset = Как скоро начинает действовать?
consult-row-lasts = Как долго действует?
consult-row-benefits = Скольким людям становится лучше?
consult-row-harms = Что может пойти не так?
consult-row-recovery = Восстановление
consult-row-repeats = Можно ли повторить?
consult-row-cost = Стоимость
consult-row-certainty = Насколько надёжны данные исследований?
consult-row-guidelines = Что говорят клинические рекомендации?
# Variables:
#   $span (String) - когда вариант помогает сильнее всего, например "2 недели" или "Неизвестно"
consult-peak = Когда помогает сильнее всего: { $span }
# Variables:
#   $span (String) - перерыв в обычных делах
consult-time-off = Перерыв в обычных делах: { $span }
# Variables:
#   $guideline (String) - название клинических рекомендаций
#   $stance (String) - их совет, например "Не рекомендуется"
consult-guideline-line = { $guideline }: { $stance }
# Variables:
#   $comparator (String) - группа сравнения, например "укол-пустышка без проверяемого лечения"
#   $result (String) - число в этой группе
#   $timeframe (String) - период
#   $certainty (String) - насколько надёжны данные
consult-outcome-meta = Группа сравнения — { $comparator }: { $result }. Период: { $timeframe }. { $certainty }.

## Польза и вред в картинках

consult-visuals-heading = Польза и вред в картинках
# Variables:
#   $denominator (Number) - размер группы на каждой картинке
consult-visuals-intro = На каждой картинке { $denominator } человек. Закрашенные фигурки — это люди, с которыми это случилось. Вторая картинка показывает группу людей, которые не получали это лечение.
consult-timeframes-differ = Исследования наблюдали людей разное время. Прежде чем сравнивать, посмотрите период под каждой картинкой.
# Variables:
#   $denominator (Number) - размер группы на каждой картинке
consult-no-arrays = Исследования не дают для этого чисел «из { $denominator } человек».
# Variables:
#   $timeframe (String) - период
#   $certainty (String) - насколько надёжны данные
consult-array-meta = Период: { $timeframe }. { $certainty }.
# Variables:
#   $option (String) - название варианта
consult-array-with = С лечением: { $option }
# Variables:
#   $denominator (Number) - большая группа, в которой считают редкий вред
consult-rare-heading = Редкий вред, в расчёте на { $denominator } человек
consult-words-only-heading = Только словами
consult-timeline-heading = Когда помогает и как долго
consult-timeline-intro = Каждая строка показывает один вариант по месяцам после лечения. Сроки, которых исследования не знают, отмечены словом «Неизвестно».

## Что важно для вас

consult-matters-heading = Что важно для вас?
consult-matters-intro = Скажите, насколько важен для вас каждый пункт. Правильных ответов нет. Ваши ответы показаны рядом с фактами. Программа не складывает их и не выбирает вариант за вас.
consult-priority-avoid-surgery = Обойтись без операции
consult-priority-quick-relief = Быстро почувствовать облегчение
consult-priority-lasting-relief = Облегчение, которое длится долго
consult-priority-low-serious-harm = Низкий риск серьёзного вреда
consult-priority-short-recovery = Короткое восстановление
consult-priority-low-cost = Небольшие расходы для меня
consult-priority-strong-evidence = Надёжные данные исследований
consult-priority-few-visits = Мало посещений клиники
consult-importance-not-important = Не важно
consult-importance-somewhat = Отчасти важно
consult-importance-very = Очень важно
consult-matters-note-label = Что для вас важнее всего? Своими словами (необязательно)
consult-matters-note-hint = Например, поездка, работа или уход за близким человеком.
consult-reflect-heading = Что вы сказали, рядом с фактами
consult-reflect-intro = То, что вы назвали важным, и что каждый вариант значит для этого.
consult-reflect-empty = Когда вы отметите что-то как важное, это появится здесь рядом с фактами.
consult-reflect-you-said = Вы сказали, что это важно
consult-fact-surgery = Это операция.
consult-fact-no-surgery = Это не операция.
# Variables:
#   $span (String) - когда начинает помогать
consult-fact-onset = Начинает помогать: { $span }
# Variables:
#   $span (String) - сколько длится польза
consult-fact-lasts = Польза длится: { $span }
# Variables:
#   $span (String) - через сколько времени можно вернуться к обычным делам
consult-fact-recovery = Возвращение к обычным делам: { $span }
# Variables:
#   $visits (String) - число посещений, например "2 посещения" или "Неизвестно"
consult-fact-visits = Посещения: { $visits }
# Variables:
#   $number (String) - например "8 из 1000 человек"
#   $label (String) - что с ними происходит
consult-fact-harm = { $number }: { $label }
consult-fact-see-details = Подробнее

## Вопросы

consult-questions-heading = Какие вопросы задать
consult-questions-intro = Отметьте вопросы, которые хотите задать. Они попадут в памятку, которую вы заберёте домой.
consult-questions-legend = Вопросы врачу
consult-question-chance-for-me = Какова вероятность, что это поможет такому человеку, как я?
consult-question-if-i-wait = Что будет, если я подожду и решу позже?
consult-question-back-to-activities = Когда я смогу вернуться к работе, водить машину или заниматься спортом?
consult-question-if-it-fails = Что можно сделать дальше, если это не поможет?
consult-question-how-many-done = Как часто вы или эта клиника делаете такое лечение?
consult-question-cost-to-me = Сколько это будет стоить мне и оплатит ли это страховка?
consult-question-what-i-can-do = Что я могу сделать сам, чтобы помочь своему суставу?
consult-question-second-opinion = Стоит ли мне узнать мнение другого врача?
consult-own-questions-label = Ваши вопросы (необязательно)
consult-own-questions-hint = Запишите их здесь, чтобы не забыть.

## Готовы решить? (SURE)

consult-ready-heading = Готовы решить?
consult-ready-intro = Четыре коротких вопроса. Ответьте «да» или «нет». Они помогут понять, нужно ли вам что-то ещё, прежде чем выбрать.
consult-sure-sure = Вы уверены, какой вариант для вас лучше?
consult-sure-understand = Вы знаете пользу и риски каждого варианта?
consult-sure-risk-benefit = Вам ясно, какая польза и какие риски для вас важнее всего?
consult-sure-encouragement = У вас достаточно поддержки и советов, чтобы сделать выбор?
consult-yes = Да
consult-no = Нет
consult-sure-ready = Вы ответили «да» на все четыре вопроса. Похоже, вы готовы решить.
consult-sure-not-ready = Возможно, прежде чем решить, вам нужно больше времени, сведений или поддержки. Это нормально. Вот что может помочь:
consult-sure-help-sure = Не торопитесь, подумайте. Решать сегодня не обязательно.
consult-sure-help-understand = Ещё раз посмотрите пользу и вред или попросите врача объяснить их.
consult-sure-help-risk-benefit = Ещё раз посмотрите, что для вас важно, и обсудите это с человеком, которому вы доверяете.
consult-sure-help-encouragement = Поговорите с родными или друзьями или узнайте мнение другого врача.
consult-teach-back-heading = Проверка понимания (для врача)
consult-teach-back-prompt = Попросите пациента рассказать своими словами о вариантах, о том, что каждый из них может ему дать, и о том, что будет дальше. Объясните ещё раз всё, что осталось неясным.
consult-teach-back-done = Готово: пациент пересказал своими словами

## Решение и следующие шаги

consult-decision-heading = Решение
consult-decision-intro = Выбор за вами. Вы можете решить сейчас, склониться к одному из вариантов или взять время подумать.
consult-decision-legend = Что вы решили на сегодня
consult-decision-not-yet = Пока не решено
consult-decision-leaning = Склоняюсь к одному варианту
consult-decision-chosen = Решено
consult-decision-option-legend = Какой вариант?
consult-next-steps-legend = Следующие шаги
consult-next-step-exercise-programme = Начать занятия лечебной физкультурой
consult-next-step-physio-referral = Записаться к реабилитологу
consult-next-step-weight-support = Получить помощь с весом
consult-next-step-book-injection = Записаться на укол
consult-next-step-surgical-referral = Записаться к хирургу
consult-next-step-more-tests = Пройти дополнительные обследования или снимки
consult-next-step-time-to-think = Взять время подумать
consult-next-step-talk-with-family = Поговорить с родными или друзьями
consult-next-step-second-opinion = Узнать мнение другого врача
consult-next-step-follow-up-visit = Записаться на повторный приём
consult-follow-up-label = Дата повторного приёма (необязательно)
consult-follow-up-hint = День следующего приёма или звонка.
consult-notes-label = Заметки врача (необязательно)
consult-notes-hint = Печатаются на экземпляре врача. Не вводите полное имя пациента.

## Предварительный просмотр памятки

consult-preview-heading = Что будет в памятке
consult-preview-intro = Вот что было сказано и выбрано на этом приёме.
consult-preview-condition = Проблема
# Variables:
#   $condition (String) - болезнь
#   $stage (String) - её стадия
consult-preview-condition-stage = { $condition }. { $stage }
consult-preview-options = Какие варианты сравнивали
consult-preview-matters = Что важно для вас
# Variables:
#   $priority (String) - что важно
#   $importance (String) - насколько это важно
consult-preview-priority = { $priority }: { $importance }
consult-preview-ready = Готовы решить?
# Variables:
#   $yes (Number) - сколько ответов «да»
#   $total (Number) - сколько всего вопросов
consult-preview-sure = Ответов «да»: { $yes } из { $total }.
consult-preview-sure-incomplete = Ответы даны не на все вопросы.
consult-preview-decision = Решение
# Variables:
#   $option (String) - название варианта
consult-preview-leaning = Склоняетесь к варианту: { $option }
# Variables:
#   $option (String) - название варианта
consult-preview-chosen = Выбран вариант: { $option }
consult-preview-next = Следующие шаги
# Variables:
#   $date (Date) - дата повторного приёма
consult-preview-follow-up = Повторный приём: { $date }
consult-preview-questions = Какие вопросы задать
consult-preview-none = Пока ничего
consult-preview-pdf-later = В печатной памятке для каждого варианта будут ещё числа, картинки и источники.
consult-print-button = Сохранить и распечатать памятку
# Флажок. Виден, когда язык пациента отличается от языка программы.
consult-print-bilingual = Печатать каждую часть также на языке врача
# Надпись на кнопке, пока готовится PDF.
consult-print-working = Готовим памятку…
# Variables:
#   $pages (Number) - сколько страниц в сохранённом PDF
#   $path (String) - где сохранён PDF
consult-print-saved = { $pages ->
    [one] Памятка ({ $pages } страница) сохранена как { $path }. Она откроется в программе для просмотра PDF, готовая к печати.
    [few] Памятка ({ $pages } страницы) сохранена как { $path }. Она откроется в программе для просмотра PDF, готовая к печати.
    [many] Памятка ({ $pages } страниц) сохранена как { $path }. Она откроется в программе для просмотра PDF, готовая к печати.
   *[other] Памятка ({ $pages } страницы) сохранена как { $path }. Она откроется в программе для просмотра PDF, готовая к печати.
}
# Показывается вместо consult-print-saved, когда программа для просмотра PDF не открылась.
# Variables:
#   $pages (Number) - сколько страниц в сохранённом PDF
#   $path (String) - где сохранён PDF
consult-print-saved-only = { $pages ->
    [one] Памятка ({ $pages } страница) сохранена как { $path }. Откройте её оттуда, чтобы распечатать.
    [few] Памятка ({ $pages } страницы) сохранена как { $path }. Откройте её оттуда, чтобы распечатать.
    [many] Памятка ({ $pages } страниц) сохранена как { $path }. Откройте её оттуда, чтобы распечатать.
   *[other] Памятка ({ $pages } страницы) сохранена как { $path }. Откройте её оттуда, чтобы распечатать.
}

## Собственные заметки клиники о стоимости (настройки клиники), показываются после данных выше

# Variables:
#   $note (String) - слова самой клиники, как их ввели её сотрудники
clinic-cost-note = В этой клинике: { $note }
# Variables:
#   $note (String) - слова самой клиники, как их ввели её сотрудники
clinic-insurance-note = Страховка в этой клинике: { $note }
