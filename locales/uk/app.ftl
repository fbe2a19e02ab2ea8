### HipAid: слова самого застосунку (заголовки, підписи, кнопки, повідомлення про помилки).
### Медичні слова (хвороби, стадії, способи лікування, результати) є в conditions.ftl,
### options-*.ftl, claims.ftl і evidence.ftl; назва кожної мови є в locale.toml.
### Проста українська мова для пацієнтів в Україні та українців у Польщі, Німеччині й Чехії.
### До пацієнта звертаємося на «ви». Короткі речення, звичайні слова.
### Id починаються з назви екрана: app-, nav-, start-, condition-, option-, about-, error-;
### number- і sources- спільні для екрана хвороби та екрана способу лікування.

## Glossary (словник): ключові терміни цього перекладу, однакові в усіх файлах.
#   hip → кульшовий суглоб (тазостегновий суглоб)
#   osteoarthritis (wear-and-tear arthritis) → остеоартрит (артроз) кульшового суглоба; коротко: артроз
#   cartilage → хрящ
#   ball of the hip / socket → головка стегнової кістки / суглобова западина
#   steroid injection / shot → укол (ін’єкція) стероїду
#   hyaluronic acid (gel injection) → укол гелю (гіалуронової кислоти)
#   PRP → PRP (плазма, збагачена тромбоцитами)
#   stem cell → «стовбурові клітини»
#   hip replacement, a new hip → ендопротезування (заміна) кульшового суглоба
#   keyhole surgery (arthroscopy) → артроскопія (операція через маленькі розрізи)
#   core decompression → декомпресія головки стегнової кістки
#   avascular necrosis → аваскулярний некроз головки стегнової кістки
#   labrum / labral tear → суглобова губа / розрив суглобової губи
#   impingement (FAI) → фемороацетабулярний імпінджмент («защемлення» в суглобі)
#   greater trochanteric pain syndrome, bursitis → больовий синдром великого вертлюга, бурсит
#   inflammatory / rheumatoid arthritis → запальний / ревматоїдний артрит
#   physiotherapy, physiotherapist → фізична терапія (лікувальні вправи), фізичний терапевт
#   exercise programme → програма вправ
#   watchful waiting → спостереження без лікування
#   dummy injection (placebo), salt water → укол-плацебо (без ліків), фізрозчин (солона вода)
#   comparison group → група порівняння
#   trial → клінічне випробування
#   certainty → достовірність (наскільки надійні дані досліджень)
#   guideline → клінічна настанова
#   harm → шкода (небажаний наслідок)
#   clinician → лікар
#   visit → прийом (візит до лікаря)
#   icon array, "N out of 100 people" → «N зі 100 людей», «N з 1000 людей»
#   regulator (FDA, EMA) → регуляторний орган (державне агентство з ліків)

## Увесь застосунок

app-title = HipAid
app-loading = Завантаження…

## Початковий екран

start-intro = Вирішіть разом, як лікувати біль у кульшовому суглобі. Спочатку налаштуйте цей прийом.
start-ui-locale-label = Мова застосунку
start-ui-locale-hint = Мова кнопок і меню. Вона змінюється одразу.
start-patient-locale-label = Мова пацієнта
start-patient-locale-hint = Мова того, що пацієнт читає й забирає додому.
# Мова у списках, переклад якої ще не перевірив кваліфікований медичний перекладач.
# Variables:
#   $name (String) - назва мови цією ж мовою, наприклад "Tiếng Việt"
start-locale-draft = { $name } (чернетка перекладу)
start-locale-draft-notice = Цей переклад — чернетка. Кваліфікований медичний перекладач його ще не перевірив. Для всього важливого зверніться до перекладача.
# Variables:
#   $reviewer (String) - хто перевірив переклад, і його роль
#   $date (Date) - коли перевірив
start-locale-reviewed = Переклад перевірив(ла) { $reviewer }, дата: { $date }.
start-patient-label-label = Примітка про пацієнта (не обов’язково)
    .placeholder = Наприклад: кабінет 4, ранковий прийом
start-patient-label-hint = Коротка примітка, щоб розрізняти прийоми. Не вводьте повне ім’я пацієнта.
start-clinician-name-label = Ваше ім’я (не обов’язково)
start-clinician-name-hint = Його буде видно під час цього прийому, щоб пацієнт знав, з ким говорив.
start-submit = Почати прийом
start-submit-busy = Починаємо…
start-submit-new = Почати новий прийом
start-continue = Продовжити цей прийом
start-notice-unfinished = HipAid закрився під час останнього прийому. Відповіді збережено. Можна продовжити його або почати новий прийом.
start-notice-damaged = Збережений прийом не вдалося прочитати, тому HipAid запустився без нього. Файл збережено для технічної підтримки.
app-not-saved = Цей комп’ютер не зміг зберегти прийом. Відповіді залишаться на екрані, доки HipAid відкритий.
start-notice-settings-damaged = Налаштування клініки не вдалося прочитати, тому HipAid запустився зі звичайними налаштуваннями. Файл збережено для технічної підтримки. Працівники клініки можуть задати їх знову в розділі «Налаштування клініки».
start-settings = Налаштування клініки

## Екран налаштувань клініки: для працівників клініки, до початку прийомів. Тут нічого не зберігається про пацієнтів.

settings-title = Налаштування клініки
settings-intro = Ці налаштування зберігаються на цьому комп’ютері й діють для кожного прийому. У них немає нічого про пацієнтів.
settings-clinic-heading = Ваша клініка
settings-clinic-name = Назва клініки
settings-address = Адреса
settings-phone = Номер телефону
settings-logo = Логотип для надрукованого підсумку
# Variables:
#   $kb (Number) - найбільший дозволений розмір файлу, у кілобайтах
#   $px (Number) - найбільша дозволена ширина або висота, у пікселях
settings-logo-hint =
    Зображення PNG: файл щонайбільше { $kb } KB, ширина й висота — щонайбільше { $px } { $px ->
        [one] піксель
        [few] пікселі
        [many] пікселів
       *[other] пікселя
    }.
settings-logo-choose = Вибрати файл логотипа
settings-logo-remove = Прибрати логотип
settings-logo-none = Логотип не вибрано.
settings-logo-preview = Такий вигляд матиме логотип під час друку
settings-languages-heading = Мови й папір
settings-ui-locale = Мова застосунку під час запуску HipAid
settings-patient-locale = Мова пацієнта для нового прийому
settings-locale-default = Мова комп’ютера
settings-patient-locale-default = Та сама, що й мова застосунку
settings-paper = Розмір паперу для підсумку
settings-paper-default = A4, а для американської англійської — Letter (формат США)
settings-paper-a4 = A4
settings-paper-letter = Letter (формат США)
settings-options-heading = Способи лікування в цій клініці
settings-options-intro = Зніміть позначку зі способу лікування, якого клініка не пропонує: на початку кожного прийому його буде приховано, але лікар усе одно може його показати. Примітки про вартість показано поруч із числами з досліджень.
settings-offered = Є в цій клініці
settings-cost-note = Вартість у цій клініці (не обов’язково)
settings-insurance-note = Примітка про страхування (не обов’язково)
settings-view-heading = Як починаються прийоми
settings-start-view = Вигляд на початку прийому
settings-view-clinician = Вигляд для лікаря
settings-view-patient = Вигляд для пацієнта, з великим шрифтом
settings-max-age = Скільки годин зберігати незавершений прийом
# Variables:
#   $max (Number) - найбільша дозволена кількість годин
settings-max-age-hint = Якщо HipAid закриється під час прийому, цей прийом можна знову відкрити протягом указаної тут кількості годин (від 1 до { $max }). Після цього його буде стерто.
settings-save = Зберегти налаштування
settings-saving = Зберігаємо…
settings-back = Повернутися на початок
settings-saved = Налаштування збережено. Вони діятимуть з наступного прийому.
settings-has-problems = Поки нічого не збережено. Виправте, будь ласка, позначені поля.

## Налаштування клініки: що не так з одним полем

# Variables:
#   $max (Number) - найбільша дозволена кількість символів
settings-problem-too-long =
    Текст задовгий. Можна щонайбільше { $max } { $max ->
        [one] символ
        [few] символи
        [many] символів
       *[other] символу
    }.
settings-problem-invalid-text = Тут є символи, які застосунок не може використати. Використовуйте, будь ласка, літери, цифри та прості розділові знаки.
settings-problem-invalid-phone = Це не схоже на номер телефону. Використовуйте цифри, пробіли та знаки + ( ) - . /
settings-problem-not-png = Цей файл — не зображення PNG. Виберіть, будь ласка, файл PNG.
# Variables:
#   $max (Number) - найбільший дозволений розмір файлу, у кілобайтах
settings-problem-logo-too-large = Цей файл завеликий. Виберіть, будь ласка, файл розміром щонайбільше { $max } KB.
# Variables:
#   $max (Number) - найбільша дозволена ширина або висота, у пікселях
settings-problem-logo-size =
    Це зображення замале або завелике. Ширина й висота мають бути від 16 до { $max } { $max ->
        [one] пікселя
        [few] пікселів
        [many] пікселів
       *[other] пікселя
    }.
settings-problem-unknown-locale = Ця мова недоступна. Виберіть, будь ласка, мову зі списку.
settings-problem-unknown-option = Ця версія HipAid не знає такого способу лікування.
# Variables:
#   $max (Number) - найбільше дозволене число
settings-problem-out-of-range = Виберіть, будь ласка, ціле число від 1 до { $max }.
settings-problem-unsupported-version = Ці налаштування створила новіша версія HipAid.

## Екран хвороби: поточний прийом, угорі екрана

# Variables:
#   $label (String) - коротка примітка про пацієнта з початкового екрана, наприклад "кабінет 4"
condition-consultation-label = Прийом: { $label }
# Variables:
#   $time (Date) - коли почався прийом, дата й час
condition-consultation-started = Прийом почався: { $time }
# Variables:
#   $name (String) - ім’я, яке лікар ввів на початковому екрані
condition-consultation-clinician = Лікар: { $name }

## Екран хвороби: вибір хвороби та її стадії

condition-heading = Проблема і можливості вибору
condition-intro = Виберіть проблему і те, наскільки вона розвинулася. Потім ви побачите способи лікування і що про них кажуть дослідження.
condition-choose-legend = Проблема
condition-stage-legend = Стадія (за рентгенівським знімком)
condition-stage-unknown = Поки невідомо
condition-stage-unknown-description = Наприклад, рентгенівського знімка ще немає.

## Екран хвороби: про вибрану хворобу та стадію

condition-stage-heading = Ваша стадія
condition-parts-heading = Які частини суглоба уражені
condition-diagnosis-heading = Як її виявляють
# Число про хворобу, одним реченням. Після числа йде дієслово в множині,
# наприклад "25 зі 100 людей мають …". Перед 100 пишемо «зі» (зі ста), в інших випадках «з».
# Variables:
#   $count (Number) - скільки людей, наприклад 25 або 2,5
#   $denominator (Number) - зі скількох людей, наприклад 100 або 1000
#   $what (String) - що з ними стається, з медичних файлів, наприклад "мають артроз кульшового суглоба до 85 років"
condition-figure-people =
    { $count } { $denominator ->
        [100] зі
       *[other] з
    } { $denominator } людей { $what }
# Variables:
#   $low (Number) - найменша ймовірна кількість людей
#   $high (Number) - найбільша ймовірна кількість людей
#   $denominator (Number) - зі скількох людей, наприклад 100 або 1000
#   $what (String) - що з ними стається, з медичних файлів
condition-figure-people-range =
    Від { $low } до { $high } { $denominator ->
        [100] зі
       *[other] з
    } { $denominator } людей { $what }
# Кількість людей, не в розрахунку на групу.
# Variables:
#   $count (Number) - скільки людей, наприклад 10 000
#   $what (String) - хто вони, з медичних файлів, наприклад "дорослих у США щороку вперше дізнаються, що мають цю проблему"
condition-figure-count = { $count } { $what }
# Variables:
#   $low (Number) - найменша ймовірна кількість, наприклад 10 000
#   $high (Number) - найбільша ймовірна кількість, наприклад 20 000
#   $what (String) - хто вони, з медичних файлів
condition-figure-count-range = { $low }–{ $high } { $what }
condition-figure-one-time = Період: пораховано в один момент часу

## Екран хвороби: способи лікування, які підходять

condition-options-heading = Способи лікування
condition-options-intro = Ці способи підходять при цій проблемі. Вони подані не в порядку переваги. Який вам підходить найкраще, залежить від того, що для вас найважливіше.
condition-options-empty = Для цього поки немає способів лікування, які можна показати.
condition-card-fits = При цій проблемі:
# Variables:
#   $option (String) - назва способу лікування, наприклад "Укол стероїду"
condition-card-details = Докладніше
    .aria-label = Докладніше: { $option }

## Числа з досліджень, на екрані хвороби та екрані способу лікування

# Перед 100 пишемо «зі» (зі ста), в інших випадках «з».
# Variables:
#   $count (Number) - зі скількома людьми це стається, наприклад 45 або 0,08
#   $denominator (Number) - зі скількох людей, наприклад 100 або 1000
number-people =
    { $count } { $denominator ->
        [100] зі
       *[other] з
    } { $denominator } людей
# Variables:
#   $low (Number) - найменша ймовірна кількість людей
#   $high (Number) - найбільша ймовірна кількість людей
#   $denominator (Number) - зі скількох людей, наприклад 100
number-people-range =
    Від { $low } до { $high } { $denominator ->
        [100] зі
       *[other] з
    } { $denominator } людей
# Середня зміна за шкалою, наприклад за шкалою болю.
# Variables:
#   $change (Number) - середня зміна, зі знаком, наприклад -1,2 або +6,4
number-score = Середня зміна: { $change } (у балах)
# Variables:
#   $low (Number) - найменша ймовірна середня зміна, зі знаком
#   $high (Number) - найбільша ймовірна середня зміна, зі знаком
number-score-range = Середня зміна: від { $low } до { $high } (у балах)
# Variables:
#   $scale (String) - назва шкали, з медичних файлів, наприклад "Шкала болю від 0 (немає болю) до 10 (найсильніший біль)"
number-scale = Шкала: { $scale }
number-not-measured = Не вимірювали
number-comparator-label = Для порівняння
number-comparator-result-label = Результат у цій групі
# Variables:
#   $span (String) - як довго, наприклад "2 місяці", "1–3 роки" або "Невідомо"
number-timeframe = Період: { $span }

## Джерела біля кожного числа й факту

# Variables:
#   $count (Number) - скільки є джерел
sources-toggle =
    { $count ->
        [1] Джерело
        [one] Джерела ({ $count })
        [few] Джерела ({ $count })
        [many] Джерела ({ $count })
       *[other] Джерела ({ $count })
    }
sources-study-type-label = Тип дослідження
sources-year-label = Рік
sources-size-label = Кількість учасників
sources-doi-label = DOI
sources-pmid-label = PubMed ID
sources-url-label = Вебадреса
# Variables:
#   $id (String) - коротка назва джерела, якого немає в списку, наприклад "lambert-2007"
sources-unknown = Цього джерела немає в списку: { $id }

## Екран способу лікування: усі подробиці одного способу

# Variables:
#   $condition (String) - назва проблеми
option-for-condition = При проблемі: { $condition }
# Variables:
#   $condition (String) - назва проблеми
#   $stage (String) - назва стадії, наприклад "Стадія друга: легка"
option-for-condition-stage = При проблемі: { $condition }. { $stage }
option-certainty-label = Наскільки надійні дані досліджень про дію:
option-what-heading = Що це таке
option-variants-heading = Які бувають різновиди
# Variables:
#   $condition (String) - назва проблеми
option-fits-heading = Чи підходить при проблемі: { $condition }
option-steps-heading = Що відбувається, крок за кроком
option-visits-label = Візити
# Variables:
#   $count (Number) - скільки візитів
option-visits =
    { $count ->
        [one] { $count } візит
        [few] { $count } візити
        [many] { $count } візитів
       *[other] { $count } візиту
    }
# Variables:
#   $low (Number) - найменша кількість візитів
#   $high (Number) - найбільша кількість візитів
option-visits-range = Від { $low } до { $high } візитів
option-visits-unknown = Невідомо
option-guidance-label = Контроль під час процедури (УЗД, рентген, камера)
option-anaesthesia-label = Знеболення або наркоз
option-time-off-label = Перерва у звичних справах
option-timeline-heading = Коли допомагає і як довго
option-onset-label = Коли починає допомагати
option-peak-label = Коли допомагає найбільше
option-lasts-label = Як довго триває допомога
option-recovery-label = Повернення до звичних справ
option-timeline-certainty-label = Наскільки надійні дані досліджень про ці терміни:
option-milestones-heading = Етапи відновлення
# Variables:
#   $label (String) - етап відновлення, з медичних файлів, наприклад "ходити без милиць"
#   $time (String) - коли, наприклад "4–6 тижнів" або "Невідомо"
option-milestone = { $label }: { $time }
option-outcomes-heading = Користь і можлива шкода
option-outcomes-intro = Кожне число взято з досліджень. Воно показує, скільки людей із групи мали цей результат, або наскільки в середньому змінилася оцінка за шкалою. Користь і шкода показані поруч, однаково докладно.
option-benefits-heading = Користь
option-harms-heading = Можлива шкода
option-outcome-benefit = Користь
option-outcome-harm = Можлива шкода
option-outcome-no-data = Немає надійних чисел
option-outcomes-empty = Дослідження не дають тут нічого, що можна показати при цій проблемі.
option-scale-lower-better = На цій шкалі менше число — краще.
option-scale-higher-better = На цій шкалі більше число — краще.
option-repeats-heading = Чи можна повторювати?
option-repeats-gap-label = Найкоротша перерва між процедурами
option-repeats-max-label = Найбільше за один рік
# Variables:
#   $count (Number) - найбільша дозволена кількість процедур за рік
option-repeats-max =
    { $count ->
        [one] { $count } раз
        [few] { $count } рази
        [many] { $count } разів
       *[other] { $count } разу
    }
option-cost-heading = Вартість і страхування
option-cost-label = Ціна
# Variables:
#   $amount (Number) - ціна з валютою, наприклад 574 $
#   $per (String) - за що ця ціна, наприклад "за один укол"
option-cost-amount = { $amount } { $per }
# Variables:
#   $low (Number) - найнижча знайдена ціна, з валютою
#   $high (Number) - найвища знайдена ціна, з валютою
#   $per (String) - за що ця ціна, наприклад "за один укол"
option-cost-range = Від { $low } до { $high } { $per }
option-insurance-label = Страхування
option-guidelines-heading = Що кажуть клінічні настанови
option-guideline-stance-label = Їхня порада
option-regulatory-heading = Дозвіл на застосування
option-factors-heading = Що може змінити картину саме для вас
option-claims-heading = Що обіцяють клініки і що кажуть дослідження
option-claim-label = Обіцянка
option-claim-answer-label = Що кажуть дослідження
option-pay-card-heading = Перш ніж платити клініці
option-pay-card-questions = Що варто запитати
option-pay-card-facts = Що варто знати

## Про ці відомості (панель унизу екрана хвороби та екрана способу лікування)

about-toggle = Про ці відомості
# Variables:
#   $version (String) - версія медичного змісту, наприклад "1.0.0"
about-version = Версія змісту: { $version }
# Variables:
#   $date (Date) - коли зміст востаннє звіряли з дослідженнями
about-last-reviewed = Востаннє звірено з дослідженнями: { $date }
# Variables:
#   $date (Date) - до якого часу треба зробити наступну перевірку
about-next-review = Наступна перевірка — не пізніше: { $date }
about-decision-heading = Рішення
about-purpose-heading = Для чого цей інструмент
about-updates-heading = Як ми оновлюємо відомості
about-funding-heading = Хто за це заплатив
about-conflicts-heading = Конфлікт інтересів
about-authors-heading = Хто це написав

## Помилки. По одній на кожен код помилки із серверної частини застосунку. Кожна каже,
## що сталося, що нічого з введеного не втрачено і що робити далі.

error-unknown-locale = Ця мова недоступна. Нічого з того, що ви ввели, не втрачено. Виберіть, будь ласка, мову зі списку.
error-unknown-condition = Застосунок не знає такої проблеми. Нічого з того, що ви ввели, не втрачено. Виберіть, будь ласка, проблему зі списку.
error-unknown-stage = Застосунок не знає такої стадії. Нічого з того, що ви ввели, не втрачено. Виберіть, будь ласка, стадію зі списку.
error-text-too-long = Частина тексту задовга. Нічого з того, що ви ввели, не втрачено. Скоротіть, будь ласка, примітку про пацієнта або ваше ім’я і спробуйте ще раз.
error-invalid-text = У тексті є символи, які застосунок не може використати. Нічого з того, що ви ввели, не втрачено. Використовуйте, будь ласка, літери, цифри та прості розділові знаки і спробуйте ще раз.
error-no-consultation = Прийом ще не розпочато. Нічого з того, що ви ввели, не втрачено. Поверніться, будь ласка, на початок і почніть прийом.
error-no-condition = Проблему ще не вибрано. Нічого з того, що ви ввели, не втрачено. Спочатку виберіть, будь ласка, проблему.
error-unknown-option = Цей спосіб лікування не підходить для цієї проблеми та стадії, або клініка його не пропонує. Нічого з того, що ви ввели, не втрачено. Виберіть, будь ласка, спосіб зі списку.
error-too-many-compared = Порівнювати можна щонайбільше чотири способи одночасно. Нічого з того, що ви ввели, не втрачено. Приберіть, будь ласка, один, а тоді виберіть інший.
error-decision-needs-option = Виберіть, будь ласка, спосіб, до якого ви схиляєтеся, або позначте «Ще не вирішено». Нічого з того, що ви ввели, не втрачено.
error-invalid-date = Застосунок не може використати цю дату. Нічого з того, що ви ввели, не втрачено. Виберіть, будь ласка, дату в календарі.
error-date-in-past = Ця дата раніша за сьогоднішню. Нічого з того, що ви ввели, не втрачено. Виберіть, будь ласка, сьогоднішню або пізнішу дату.
error-unsupported-version = Цей файл прийому створила інша версія застосунку, і його не можна прочитати. Нічого не змінено.
error-summary-failed = Не вдалося створити підсумок. Нічого з того, що ви ввели, не втрачено. Спробуйте, будь ласка, ще раз. Якщо це повториться, зверніться до служби підтримки клініки.
error-save-failed = Не вдалося зберегти підсумок у цьому місці. Нічого з того, що ви ввели, не втрачено. Виберіть, будь ласка, іншу папку або перевірте, чи є місце на диску.
error-invalid-settings = Деякі налаштування треба виправити, тому нічого не збережено. Нічого з того, що ви ввели, не втрачено. Перегляньте, будь ласка, позначені поля.
error-settings-not-saved = Не вдалося зберегти налаштування на цьому комп’ютері. Нічого з того, що ви ввели, не втрачено. Перевірте, будь ласка, чи є місце на диску, або зверніться до технічної підтримки.
error-internal = У застосунку щось пішло не так. Нічого з того, що ви ввели, не втрачено. Спробуйте, будь ласка, ще раз.
