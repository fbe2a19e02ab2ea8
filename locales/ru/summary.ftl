### Памятка для пациента (PDF). В ней используются те же слова для чисел, сроков, надёжности
### данных и панели «Об этой информации», что и на экране (app.ftl, evidence.ftl), чтобы
### бумага и экран говорили одно и то же.

# Текст логотипа клиники для программ чтения с экрана. Variables: $clinic (название клиники)
summary-clinic-logo = Логотип клиники: { $clinic }
# Variables: $phone (как его записала клиника)
summary-clinic-phone = Телефон: { $phone }
summary-title = Ваша памятка о лечении тазобедренного сустава
# Variables: $date (дата приёма, уже в готовом виде)
summary-date = Дата: { $date }
# Variables: $patient (заметка, которую ввёл врач; это не обязательно имя)
summary-for = Для: { $patient }
# Variables: $clinician
summary-clinician = Врач: { $clinician }
summary-condition-heading = Ваша проблема с тазобедренным суставом
# Variables: $stage (название стадии)
summary-stage = Стадия: { $stage }
summary-options-heading = Варианты лечения, которые вы обсудили
summary-references-heading = Откуда взяты числа
# Variables: $page, $pages
summary-page = Страница { $page } из { $pages }

## Как соединяются части одной строки (знаки препинания в языках разные)

# Variables: $number (например "68 из 100 человек"), $what (что подсчитано)
summary-outcome = { $number }: { $what }
# Variables: $what (что подсчитано), $status ("Надёжных чисел нет")
summary-no-data = { $what }: { $status }
# Variables: $label ("Группа сравнения"), $group (группа сравнения), $result (её число)
summary-comparison = { $label }: { $group } — { $result }
# Variables: $time ("Период: 2 месяца"), $certainty ("Низкая надёжность данных")
summary-facts = { $time } · { $certainty }
# Variables: $number (место в списке), $citation (не переводится)
summary-reference = { $number }. { $citation }

## Состояние перевода, печатается в конце памятки на каждом её языке

# Для en-US: текст, с которого делаются все переводы.
summary-translation-source = Эта памятка написана на языке оригинала. С него делаются переводы.
summary-translation-draft = Это черновой перевод. Квалифицированный медицинский переводчик его ещё не проверил. Если что-то непонятно, попросите в клинике устного переводчика.
# Variables: $reviewer (кто проверил перевод, с указанием должности), $date (когда, уже в готовом виде)
summary-translation-reviewed = Этот перевод проверен: { $reviewer }, { $date }.
