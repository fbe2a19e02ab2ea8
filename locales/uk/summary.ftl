### Підсумок, який пацієнт забирає додому (PDF). Він бере слова для чисел, термінів, достовірності
### і панелі «Про ці відомості» з екрана (app.ftl, evidence.ftl), тож на папері й на екрані все однаково.

# Текст логотипа клініки для програм читання з екрана. Variables: $clinic (назва клініки)
summary-clinic-logo = Логотип клініки: { $clinic }
# Variables: $phone (як його записала клініка)
summary-clinic-phone = Телефон: { $phone }
summary-title = Підсумок щодо лікування вашого кульшового суглоба
# Variables: $date (дата прийому, уже відформатована)
summary-date = Дата: { $date }
# Variables: $patient (примітка, яку ввів лікар; це не обов’язково ім’я)
summary-for = Для: { $patient }
# Variables: $clinician
summary-clinician = Лікар: { $clinician }
summary-condition-heading = Проблема з вашим кульшовим суглобом
# Variables: $stage (назва стадії)
summary-stage = Стадія: { $stage }
summary-options-heading = Способи лікування, які ви обговорили
summary-references-heading = Звідки взято ці числа

# Variables: $page, $pages
summary-page = Сторінка { $page } з { $pages }

## Як поєднуються частини одного рядка (розділові знаки в різних мовах різні)

# Variables: $number (наприклад "68 зі 100 людей"), $what (що пораховано)
summary-outcome = { $number }: { $what }
# Variables: $what (що пораховано), $status ("Немає надійних чисел")
summary-no-data = { $what }: { $status }
# Variables: $label ("Для порівняння"), $group (група порівняння), $result (її число)
summary-comparison = { $label }: { $group } — { $result }
# Variables: $time ("Період: 2 місяці"), $certainty ("Низька достовірність")
summary-facts = { $time } · { $certainty }
# Variables: $number (місце в списку), $citation (не перекладається)
summary-reference = { $number }. { $citation }

## Стан перекладу, друкується в кінці підсумку кожною мовою

# Для en-US: текст, з якого зроблено всі переклади.
summary-translation-source = Цей підсумок написано мовою оригіналу. З нього роблять переклади.
summary-translation-draft = Цей переклад — чернетка. Кваліфікований медичний перекладач його ще не перевірив. Якщо щось незрозуміло, попросіть у клініці перекладача.
# Variables: $reviewer (хто перевірив, і його роль), $date (коли, уже відформатовано)
summary-translation-reviewed = Цей переклад перевірив(ла) { $reviewer }, дата: { $date }.
