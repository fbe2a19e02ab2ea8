### Кроки прийому: список кроків, «Назад» і «Далі», вигляд для лікаря й для пацієнта,
### порівняння способів лікування, що важливо для пацієнта, запитання, перевірка SURE, рішення
### і попередній перегляд підсумку. Прості слова для пацієнтів: рівень читання до восьмого класу.
### Числа подані як змінні, їх ніколи не пишуть у тексті.

## Список кроків, «Назад» і «Далі»

consult-steps-label = Кроки прийому
# Variables:
#   $number (Number) - місце кроку в списку
consult-step-number = { $number }
consult-step-start = Початок
consult-step-condition = Проблема
consult-step-course = Якщо нічого не робити
consult-step-options = Способи лікування
consult-step-compare = Порівняння
consult-step-visuals = Користь і шкода
consult-step-matters = Що важливо для вас
consult-step-questions = Запитання
consult-step-ready = Чи готові ви вирішити?
consult-step-decision = Рішення
# Variables:
#   $step (String) - назва кроку, на який веде кнопка «Назад»
consult-back = Назад: { $step }
# Variables:
#   $step (String) - назва кроку, на який веде кнопка «Далі»
consult-next = Далі: { $step }
# Variables:
#   $number (Number) - поточний крок
#   $total (Number) - скільки всього кроків
consult-progress = Крок { $number } з { $total }
# Variables:
#   $step (String) - крок, з якого відкрили подробиці
nav-back-step = Повернутися до кроку: { $step }
consult-needs-condition = Спочатку виберіть проблему. Інші кроки залежать від неї.
consult-go-condition = Вибрати проблему

## Вигляд і завершення прийому

consult-view-patient = Великий текст для пацієнта
consult-end = Завершити прийом
consult-end-confirm = Завершити цей прийом? Усі відповіді буде стерто з цього комп’ютера.
consult-end-yes = Так, завершити і стерти
consult-end-no = Ні, продовжити

## Якщо нічого не робити

consult-course-heading = Що буде, якщо нічого не робити
consult-course-no-figures = Дослідження не дають чисел щодо цього.

## Способи лікування та порівняння

consult-compare-legend = Способи, які можна порівняти
consult-compare-hint = Позначте від двох до чотирьох способів, щоб побачити їх поруч.
# Variables:
#   $option (String) - назва способу лікування
consult-compare-this = Порівняти: { $option }
# Variables:
#   $option (String) - назва способу лікування
consult-hide-option = Приховати (клініка цього не пропонує): { $option }
consult-hidden-heading = Приховано, бо клініка їх не пропонує
# Variables:
#   $option (String) - назва способу лікування
consult-show-option = Знову показати: { $option }
consult-compare-heading = Порівняння способів лікування
consult-compare-intro = Способи лікування стоять поруч, не в порядку переваги. Кожен рядок відповідає на запитання, яке люди часто ставлять.
consult-compare-too-few = Позначте щонайменше два способи, щоб їх порівняти.
consult-compare-caption = Вибрані способи лікування поруч
consult-row-what = Що це таке?
consult-row-onset = Як швидко це діє?
consult-row-lasts = Як довго триває дія?
consult-row-benefits = Скільки людей почуваються краще?
consult-row-harms = Що може піти не так?
consult-row-recovery = Відновлення
consult-row-repeats = Чи можна повторювати?
consult-row-cost = Вартість
consult-row-certainty = Наскільки надійні дані досліджень?
consult-row-guidelines = Що кажуть клінічні настанови?
# Variables:
#   $span (String) - коли спосіб допомагає найбільше, наприклад "2 тижні" або "Невідомо"
consult-peak = Допомагає найбільше: { $span }
# Variables:
#   $span (String) - перерва у звичних справах
consult-time-off = Перерва у звичних справах: { $span }
# Variables:
#   $guideline (String) - назва клінічної настанови
#   $stance (String) - її порада, наприклад "Не рекомендовано"
consult-guideline-line = { $guideline }: { $stance }
# Variables:
#   $comparator (String) - група порівняння, наприклад "укол-плацебо, тобто без ліків, які перевіряють"
#   $result (String) - число цієї групи
#   $timeframe (String) - період
#   $certainty (String) - наскільки надійні дані досліджень
consult-outcome-meta = Для порівняння: { $comparator } — { $result }. Період: { $timeframe }. { $certainty }.

## Користь і шкода на малюнках

consult-visuals-heading = Користь і шкода на малюнках
# Variables:
#   $denominator (Number) - скільки людей у групі на кожному малюнку
consult-visuals-intro = На кожному малюнку — { $denominator } людей. Зафарбовані фігурки — це люди, з якими таке сталося. Другий малюнок показує групу людей, які не отримували цього лікування.
consult-timeframes-differ = Дослідження спостерігали за людьми різний час. Перш ніж порівнювати, перегляньте період під кожним малюнком.
# Variables:
#   $denominator (Number) - скільки людей у групі на кожному малюнку
consult-no-arrays = Дослідження не дають для цього чисел у розрахунку на { $denominator } людей.
# Variables:
#   $timeframe (String) - період
#   $certainty (String) - наскільки надійні дані досліджень
consult-array-meta = Період: { $timeframe }. { $certainty }.
# Variables:
#   $option (String) - назва способу лікування
consult-array-with = Із лікуванням: { $option }
# Variables:
#   $denominator (Number) - більша група, у якій рахують рідкісні небажані наслідки
consult-rare-heading = Рідкісні небажані наслідки, у розрахунку на { $denominator } людей
consult-words-only-heading = Лише словами
consult-timeline-heading = Коли допомагає і як довго
consult-timeline-intro = Кожен рядок показує один спосіб лікування за місяцями після лікування. Терміни, яких дослідження не знають, позначено «Невідомо».

## Що важливо для вас

consult-matters-heading = Що важливо для вас?
consult-matters-intro = Скажіть, наскільки важливе для вас кожне з цього. Правильних відповідей немає. Ваші відповіді буде показано поруч із фактами. Застосунок не підсумовує їх і не вибирає лікування замість вас.
consult-priority-avoid-surgery = Уникнути операції
consult-priority-quick-relief = Швидко відчути полегшення
consult-priority-lasting-relief = Полегшення, яке триває довго
consult-priority-low-serious-harm = Невеликий ризик серйозної шкоди
consult-priority-short-recovery = Коротке відновлення
consult-priority-low-cost = Невеликі витрати для мене
consult-priority-strong-evidence = Надійні дані досліджень
consult-priority-few-visits = Мало візитів до клініки
consult-importance-not-important = Неважливо
consult-importance-somewhat = Трохи важливо
consult-importance-very = Дуже важливо
consult-matters-note-label = Що для вас найважливіше, своїми словами? (не обов’язково)
consult-matters-note-hint = Наприклад, поїздка, робота або догляд за кимось.
consult-reflect-heading = Що ви сказали, поруч із фактами
consult-reflect-intro = Те, що для вас важливо, і що кожен спосіб лікування означає для цього.
consult-reflect-empty = Коли ви позначите щось як важливе, воно з’явиться тут поруч із фактами.
consult-reflect-you-said = Ви сказали, що це важливо
consult-fact-surgery = Це операція.
consult-fact-no-surgery = Це не операція.
# Variables:
#   $span (String) - коли починає допомагати
consult-fact-onset = Починає допомагати: { $span }
# Variables:
#   $span (String) - як довго триває допомога
consult-fact-lasts = Допомога триває: { $span }
# Variables:
#   $span (String) - час до повернення до звичних справ
consult-fact-recovery = Повернення до звичних справ: { $span }
# Variables:
#   $visits (String) - кількість візитів, наприклад "2 візити" або "Невідомо"
consult-fact-visits = Візити: { $visits }
# Variables:
#   $number (String) - наприклад "8 з 1000 людей"
#   $label (String) - що з ними стається
consult-fact-harm = { $number }: { $label }
consult-fact-see-details = Переглянути подробиці

## Запитання

consult-questions-heading = Що запитати
consult-questions-intro = Позначте запитання, які хочете поставити. Вони будуть у підсумку, який ви заберете додому.
consult-questions-legend = Запитання до лікаря
consult-question-chance-for-me = Які шанси, що це допоможе людині, як я?
consult-question-if-i-wait = Що буде, якщо я почекаю і вирішу пізніше?
consult-question-back-to-activities = Коли я зможу повернутися до роботи, водіння або спорту?
consult-question-if-it-fails = Що ми зможемо зробити далі, якщо це не допоможе?
consult-question-how-many-done = Як часто ви або ця клініка це робите?
consult-question-cost-to-me = Скільки це коштуватиме мені, і чи заплатить страхування?
consult-question-what-i-can-do = Що я можу зробити сам(а), щоб допомогти своєму суглобу?
consult-question-second-opinion = Чи варто мені отримати думку іншого лікаря?
consult-own-questions-label = Ваші власні запитання (не обов’язково)
consult-own-questions-hint = Запишіть їх тут, щоб не забути.

## Чи готові ви вирішити? (SURE)

consult-ready-heading = Чи готові ви вирішити?
consult-ready-intro = Чотири короткі запитання. Відповідайте «так» або «ні». Вони допоможуть зрозуміти, чи потрібно вам ще щось, перш ніж вибирати.
consult-sure-sure = Чи ви впевнені, який вибір для вас найкращий?
consult-sure-understand = Чи знаєте ви користь і ризики кожного способу лікування?
consult-sure-risk-benefit = Чи вам зрозуміло, які користь і ризики для вас найважливіші?
consult-sure-encouragement = Чи маєте ви достатньо підтримки й порад, щоб зробити вибір?
consult-yes = Так
consult-no = Ні
consult-sure-ready = Ви відповіли «так» на всі чотири запитання. Схоже, ви готові вирішити.
consult-sure-not-ready = Можливо, вам потрібно більше часу, інформації або підтримки, перш ніж вирішувати. Це нормально. Ось що може допомогти:
consult-sure-help-sure = Не поспішайте, подумайте. Не обов’язково вирішувати сьогодні.
consult-sure-help-understand = Ще раз перегляньте користь і шкоду або попросіть лікаря пояснити їх.
consult-sure-help-risk-benefit = Ще раз подумайте, що для вас важливо, і обговоріть це з людиною, якій довіряєте.
consult-sure-help-encouragement = Поговоріть із рідними чи друзями або попросіть думку іншого лікаря.
consult-teach-back-heading = Перевірка розуміння (для лікаря)
consult-teach-back-prompt = Попросіть пацієнта розповісти своїми словами: які є способи лікування, що кожен може йому дати і що буде далі. Ще раз поясніть усе, що незрозуміло.
consult-teach-back-done = Готово: пацієнт переказав своїми словами

## Рішення і наступні кроки

consult-decision-heading = Рішення
consult-decision-intro = Вибір за вами. Ви можете вирішити зараз, схилитися до якогось способу або взяти більше часу.
consult-decision-legend = Де ви зараз
consult-decision-not-yet = Ще не вирішено
consult-decision-leaning = Схиляюся до одного зі способів
consult-decision-chosen = Вирішено
consult-decision-option-legend = Який спосіб?
consult-next-steps-legend = Наступні кроки
consult-next-step-exercise-programme = Почати програму вправ
consult-next-step-physio-referral = Звернутися до фізичного терапевта
consult-next-step-weight-support = Отримати допомогу зі зниженням ваги
consult-next-step-book-injection = Записатися на укол
consult-next-step-surgical-referral = Звернутися до хірурга
consult-next-step-more-tests = Пройти додаткові аналізи чи обстеження
consult-next-step-time-to-think = Узяти час, щоб подумати
consult-next-step-talk-with-family = Поговорити з рідними чи друзями
consult-next-step-second-opinion = Отримати думку іншого лікаря
consult-next-step-follow-up-visit = Записатися на повторний прийом
consult-follow-up-label = Дата повторного прийому (не обов’язково)
consult-follow-up-hint = День наступного прийому або дзвінка.
consult-notes-label = Нотатки лікаря (не обов’язково)
consult-notes-hint = Друкуються в примірнику для лікаря. Не вводьте повне ім’я пацієнта.

## Попередній перегляд підсумку, який пацієнт забирає додому

consult-preview-heading = Що буде в підсумку, який ви заберете додому
consult-preview-intro = Ось що сказали й вибрали на цьому прийомі.
consult-preview-condition = Проблема
# Variables:
#   $condition (String) - хвороба
#   $stage (String) - її стадія
consult-preview-condition-stage = { $condition }. { $stage }
consult-preview-options = Способи лікування, які порівнювали
consult-preview-matters = Що важливо для вас
# Variables:
#   $priority (String) - що важливо
#   $importance (String) - наскільки це важливо
consult-preview-priority = { $priority }: { $importance }
consult-preview-ready = Чи готові ви вирішити?
# Variables:
#   $yes (Number) - скільки відповідей «так»
#   $total (Number) - скільки запитань
consult-preview-sure = Відповідей «так»: { $yes } з { $total }.
consult-preview-sure-incomplete = Відповіді є не на всі запитання.
consult-preview-decision = Рішення
# Variables:
#   $option (String) - назва способу лікування
consult-preview-leaning = Ви схиляєтеся до способу: { $option }
# Variables:
#   $option (String) - назва способу лікування
consult-preview-chosen = Ви вибрали спосіб: { $option }
consult-preview-next = Наступні кроки
# Variables:
#   $date (Date) - дата повторного прийому
consult-preview-follow-up = Повторний прийом: { $date }
consult-preview-questions = Що запитати
consult-preview-none = Поки нічого
consult-preview-pdf-later = У надрукованому підсумку для кожного способу лікування будуть ще числа, малюнки й джерела.
consult-print-button = Зберегти й надрукувати підсумок
# Прапорець, який видно, коли мова пацієнта відрізняється від мови застосунку.
consult-print-bilingual = Надрукувати кожну частину ще й мовою лікаря
# Видно на кнопці, поки створюється PDF.
consult-print-working = Створюємо підсумок…
# Variables:
#   $pages (Number) - кількість сторінок у збереженому PDF
#   $path (String) - де збережено PDF
consult-print-saved = { $pages ->
    [one] Підсумок ({ $pages } сторінка) збережено тут: { $path }. Він відкриється у вашій програмі для PDF, готовий до друку.
    [few] Підсумок ({ $pages } сторінки) збережено тут: { $path }. Він відкриється у вашій програмі для PDF, готовий до друку.
    [many] Підсумок ({ $pages } сторінок) збережено тут: { $path }. Він відкриється у вашій програмі для PDF, готовий до друку.
   *[other] Підсумок ({ $pages } сторінки) збережено тут: { $path }. Він відкриється у вашій програмі для PDF, готовий до друку.
}
# Показується замість consult-print-saved, коли жодна програма для PDF не відкрилася.
# Variables:
#   $pages (Number) - кількість сторінок у збереженому PDF
#   $path (String) - де збережено PDF
consult-print-saved-only = { $pages ->
    [one] Підсумок ({ $pages } сторінка) збережено тут: { $path }. Відкрийте його звідти, щоб надрукувати.
    [few] Підсумок ({ $pages } сторінки) збережено тут: { $path }. Відкрийте його звідти, щоб надрукувати.
    [many] Підсумок ({ $pages } сторінок) збережено тут: { $path }. Відкрийте його звідти, щоб надрукувати.
   *[other] Підсумок ({ $pages } сторінки) збережено тут: { $path }. Відкрийте його звідти, щоб надрукувати.
}

## Власні примітки клініки про вартість (налаштування клініки), показано після даних вище

# Variables:
#   $note (String) - власні слова клініки, як їх ввели її працівники
clinic-cost-note = У цій клініці: { $note }
# Variables:
#   $note (String) - власні слова клініки, як їх ввели її працівники
clinic-insurance-note = Страхування в цій клініці: { $note }
