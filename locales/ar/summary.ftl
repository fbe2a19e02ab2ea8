### الملخّص الذي يأخذه المريض معه (PDF). يستعمل كلمات الشاشة نفسها للأرقام والمدد ودرجة الثقة
### ولوحة "حول" (app.ftl وevidence.ftl)، فتقول الورقة والشاشة الشيء نفسه.

# The clinic logo's text for screen readers. Variables: $clinic (the clinic's name)
summary-clinic-logo = شعار { $clinic }
# Variables: $phone (as the clinic wrote it)
summary-clinic-phone = الهاتف: { $phone }
summary-title = ملخّص علاج الورك الخاص بك
# Variables: $date (the consultation date, already formatted)
summary-date = التاريخ: { $date }
# Variables: $patient (the label the clinician typed, not necessarily a name)
summary-for = من أجل: { $patient }
# Variables: $clinician
summary-clinician = الطبيب: { $clinician }
summary-condition-heading = مشكلة الورك لديك
# Variables: $stage (the stage name)
summary-stage = المرحلة: { $stage }
summary-options-heading = الخيارات التي تحدثتم عنها
summary-references-heading = من أين جاءت الأرقام
# Variables: $page, $pages
summary-page = صفحة { $page } من { $pages }

## How the pieces of one line are joined (punctuation differs between languages)

# Variables: $number (e.g. "68 out of 100 people"), $what (what is counted)
summary-outcome = { $number }: { $what }
# Variables: $what (what is counted), $status ("No reliable numbers")
summary-no-data = { $what }: { $status }
# Variables: $label ("Compared with"), $group (the comparison group), $result (its number)
summary-comparison = { $label } { $group }: { $result }
# Variables: $time ("Time frame: 2 months"), $certainty ("Low certainty")
summary-facts = { $time } · { $certainty }
# Variables: $number (position in the list), $citation (not translated)
summary-reference = { $number }. { $citation }

## The translation's status, printed at the end in each language of the summary

# For en-US, the text every translation is made from.
summary-translation-source = هذا الملخّص باللغة التي كُتب بها أولًا. الترجمات مأخوذة منه.
summary-translation-draft = هذه الترجمة مبدئية (مسودة). لم يراجعها بعدُ مترجم طبي مؤهَّل. إذا لم يكن أي شيء واضحًا، اطلب من عيادتك مترجمًا فوريًا.
# Variables: $reviewer (who checked it, with their role), $date (when, already formatted)
summary-translation-reviewed = راجع هذه الترجمةَ { $reviewer } بتاريخ { $date }.
