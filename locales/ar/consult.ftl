### خطوات الاستشارة: قائمة الخطوات، والرجوع والتالي، وعرض الطبيب وعرض المريض،
### ومقارنة الخيارات، وما يهمّ المريض، والأسئلة، واختبار SURE، والقرار، ومعاينة الملخّص.
### Plain words for patients: reading grade eight or lower. Numbers are
### variables, never typed into the text.

## Step list, Back and Next

consult-steps-label = خطوات الزيارة
# Variables:
#   $number (Number) - the step's place in the list
consult-step-number = { $number }
consult-step-start = البداية
consult-step-condition = المشكلة
consult-step-course = إذا لم يُفعل شيء
consult-step-options = الخيارات
consult-step-compare = المقارنة
consult-step-visuals = الفوائد والأضرار
consult-step-matters = ما يهمّك
consult-step-questions = الأسئلة
consult-step-ready = هل أنت مستعد للقرار؟
consult-step-decision = القرار
# Variables:
#   $step (String) - the name of the step Back goes to
consult-back = رجوع: { $step }
# Variables:
#   $step (String) - the name of the step Next goes to
consult-next = التالي: { $step }
# Variables:
#   $number (Number) - the current step
#   $total (Number) - how many steps there are
consult-progress = الخطوة { $number } من { $total }
# Variables:
#   $step (String) - the step the details were opened from
nav-back-step = الرجوع إلى: { $step }
consult-needs-condition = اختر المشكلة أولًا. الخطوات الأخرى تعتمد عليها.
consult-go-condition = اختر المشكلة

## Views and ending the visit

consult-view-patient = نص كبير للمريض
consult-end = إنهاء الزيارة
consult-end-confirm = هل تريد إنهاء هذه الزيارة؟ ستُمحى كل الإجابات من هذا الحاسوب.
consult-end-yes = نعم، أنهِ الزيارة وامحُ الإجابات
consult-end-no = لا، تابع

## If nothing is done

consult-course-heading = ماذا يحدث إذا لم يُفعل شيء
consult-course-no-figures = لا تعطي الأبحاث أرقامًا عن هذا.

## Choices and comparing

consult-compare-legend = الخيارات التي تريد مقارنتها
consult-compare-hint = ضع علامة على خيارين إلى أربعة خيارات لتراها جنبًا إلى جنب.
# Variables:
#   $option (String) - the option's name
consult-compare-this = قارن { $option }
# Variables:
#   $option (String) - the option's name
consult-hide-option = العيادة لا تقدّم { $option }: أخفِه
consult-hidden-heading = مخفيّة لأن العيادة لا تقدّمها
# Variables:
#   $option (String) - the option's name
consult-show-option = أظهِر { $option } مرة أخرى
consult-compare-heading = قارن بين الخيارات
consult-compare-intro = الخيارات معروضة جنبًا إلى جنب، وترتيبها لا يعني أن أحدها أفضل. كل سطر يجيب عن سؤال يسأله الناس كثيرًا.
consult-compare-too-few = ضع علامة على خيارين على الأقل لتقارن بينهما.
consult-compare-caption = العلاجات المختارة، جنبًا إلى جنب
consult-row-what = ما هو؟
consult-row-onset = متى يبدأ مفعوله؟
consult-row-lasts = كم يدوم مفعوله؟
consult-row-benefits = كم شخصًا يتحسّن؟
consult-row-harms = ما المشاكل التي قد تحدث؟
consult-row-recovery = التعافي
consult-row-repeats = هل يمكن تكراره؟
consult-row-cost = التكلفة
consult-row-certainty = ما درجة الثقة في الأبحاث؟
consult-row-guidelines = ماذا تقول الإرشادات الطبية؟
# Variables:
#   $span (String) - when the option helps most, e.g. "2 weeks" or "Not known"
consult-peak = وقت أكبر فائدة: { $span }
# Variables:
#   $span (String) - time off usual activities
consult-time-off = مدة الانقطاع عن الأنشطة المعتادة: { $span }
# Variables:
#   $guideline (String) - the guideline's name
#   $stance (String) - its advice, e.g. "Advises against"
consult-guideline-line = { $guideline }: { $stance }
# Variables:
#   $comparator (String) - the comparison group, e.g. "People given a dummy injection"
#   $result (String) - that group's number
#   $timeframe (String) - the time frame
#   $certainty (String) - how sure the research is
consult-outcome-meta = { $comparator }: { $result }. المدة الزمنية: { $timeframe }. { $certainty }.

## Benefits and harms as pictures

consult-visuals-heading = الفوائد والأضرار في صور
# Variables:
#   $denominator (Number) - the size of the group in each picture
consult-visuals-intro = كل صورة تُظهر { $denominator } شخص. الأشكال الملوّنة هي الأشخاص الذين حدث لهم هذا. الصورة الثانية تُظهر مجموعة لم تأخذ هذا العلاج.
consult-timeframes-differ = تابعت الدراسات الناس لمدد مختلفة. انظر إلى المدة الزمنية تحت كل صورة قبل أن تقارن.
# Variables:
#   $denominator (Number) - the size of the group in each picture
consult-no-arrays = لا تعطي الأبحاث أرقامًا من كل { $denominator } شخص عن هذا.
# Variables:
#   $timeframe (String) - the time frame
#   $certainty (String) - how sure the research is
consult-array-meta = المدة الزمنية: { $timeframe }. { $certainty }.
# Variables:
#   $option (String) - the option's name
consult-array-with = مع { $option }
# Variables:
#   $denominator (Number) - the larger group rare harms are counted in
consult-rare-heading = أضرار نادرة، من كل { $denominator } شخص
consult-words-only-heading = موصوفة بالكلمات فقط
consult-timeline-heading = متى يفيد، وكم يدوم
consult-timeline-intro = كل سطر يُظهر خيارًا واحدًا خلال الأشهر التي تلي العلاج. الأوقات التي لا تعرفها الأبحاث مكتوب عليها "غير معروف".

## What matters to you

consult-matters-heading = ما الذي يهمّك؟
consult-matters-intro = قل لنا كم يهمّك كل أمر. لا توجد إجابات صحيحة أو خاطئة. تظهر إجاباتك بجانب الحقائق. البرنامج لا يجمعها ولا يختار لك خيارًا.
consult-priority-avoid-surgery = تجنّب العملية الجراحية
consult-priority-quick-relief = الشعور بالراحة قريبًا
consult-priority-lasting-relief = راحة تدوم مدة طويلة
consult-priority-low-serious-harm = احتمال قليل لحدوث ضرر خطير
consult-priority-short-recovery = تعافٍ قصير
consult-priority-low-cost = تكلفة قليلة عليّ
consult-priority-strong-evidence = أبحاث قوية تدعمه
consult-priority-few-visits = زيارات قليلة للعيادة
consult-importance-not-important = غير مهم
consult-importance-somewhat = مهم إلى حدّ ما
consult-importance-very = مهم جدًا
consult-matters-note-label = بكلماتك أنت، ما أكثر شيء يهمّك؟ (اختياري)
consult-matters-note-hint = مثلًا: سفر، أو عمل، أو رعاية شخص آخر.
consult-reflect-heading = ما قلته، بجانب الحقائق
consult-reflect-intro = الأمور التي قلت إنها تهمّك، وما يعنيه كل خيار بالنسبة لها.
consult-reflect-empty = عندما تقول إن أمرًا ما مهم، يظهر هنا بجانب الحقائق.
consult-reflect-you-said = قلت إن هذا يهمّك
consult-fact-surgery = هذا عملية جراحية.
consult-fact-no-surgery = هذا ليس عملية جراحية.
# Variables:
#   $span (String) - when it starts to help
consult-fact-onset = متى يبدأ مفعوله: { $span }
# Variables:
#   $span (String) - how long the help lasts
consult-fact-lasts = كم يدوم مفعوله: { $span }
# Variables:
#   $span (String) - time until usual activities
consult-fact-recovery = العودة إلى الأنشطة المعتادة: { $span }
# Variables:
#   $visits (String) - the number of visits, e.g. "2 visits" or "Not known"
consult-fact-visits = عدد الزيارات: { $visits }
# Variables:
#   $number (String) - e.g. "8 out of 1,000 people"
#   $label (String) - what happens to them
consult-fact-harm = { $number }: { $label }
consult-fact-see-details = اطّلع على التفاصيل

## Questions

consult-questions-heading = أسئلة يمكنك طرحها
consult-questions-intro = ضع علامة على الأسئلة التي تريد أن تسألها. ستُضاف إلى الملخّص الذي تأخذه معك.
consult-questions-legend = أسئلة للطبيب
consult-question-chance-for-me = ما احتمال أن يفيد هذا شخصًا مثلي؟
consult-question-if-i-wait = ماذا يحدث إذا انتظرت وقرّرت لاحقًا؟
consult-question-back-to-activities = متى أستطيع العودة إلى العمل أو قيادة السيارة أو الرياضة؟
consult-question-if-it-fails = ماذا يمكننا أن نفعل بعد ذلك إذا لم يُفِد هذا؟
consult-question-how-many-done = كم مرة تقوم أنت أو هذه العيادة بهذا؟
consult-question-cost-to-me = كم سيكلّفني، وهل سيدفع التأمين؟
consult-question-what-i-can-do = ماذا أستطيع أن أفعل بنفسي لمساعدة وركي؟
consult-question-second-opinion = هل عليّ أن آخذ رأي طبيب آخر؟
consult-own-questions-label = أسئلتك أنت (اختياري)
consult-own-questions-hint = اكتبها هنا حتى لا تنساها.

## Ready to decide? (SURE)

consult-ready-heading = هل أنت مستعد للقرار؟
consult-ready-intro = أربعة أسئلة سريعة. أجب بنعم أو لا. تساعدك على معرفة هل تحتاج إلى شيء آخر قبل أن تختار.
consult-sure-sure = هل تشعر بأنك متأكد من الخيار الأفضل لك؟
consult-sure-understand = هل تعرف فوائد كل خيار ومخاطره؟
consult-sure-risk-benefit = هل تعرف بوضوح أيّ الفوائد والمخاطر تهمّك أكثر؟
consult-sure-encouragement = هل لديك ما يكفي من الدعم والنصيحة لتختار؟
consult-yes = نعم
consult-no = لا
consult-sure-ready = أجبت بنعم عن الأسئلة الأربعة كلها. يبدو أنك مستعد للقرار.
consult-sure-not-ready = قد تحتاج إلى وقت أو معلومات أو دعم أكثر قبل أن تقرّر. لا بأس في ذلك. هذا ما قد يساعدك:
consult-sure-help-sure = خذ وقتك في التفكير. لست مضطرًا إلى أن تقرّر اليوم.
consult-sure-help-understand = راجع الفوائد والأضرار مرة أخرى، أو اطلب من الطبيب أن يشرحها لك.
consult-sure-help-risk-benefit = انظر مرة أخرى إلى ما يهمّك، وتحدّث عنه مع شخص تثق به.
consult-sure-help-encouragement = تحدّث مع عائلتك أو أصدقائك، أو اطلب رأي طبيب آخر.
consult-teach-back-heading = التأكد من الفهم (للطبيب)
consult-teach-back-prompt = اطلب من المريض أن يخبرك بكلماته هو عن الخيارات، وما قد يفعله كل خيار له، وما الذي سيحدث بعد ذلك. اشرح مرة أخرى أي شيء غير واضح.
consult-teach-back-done = تم: شرح المريض الأمر بكلماته

## Decision and next steps

consult-decision-heading = القرار
consult-decision-intro = القرار لك. يمكنك أن تقرّر الآن، أو أن تميل إلى خيار، أو أن تأخذ وقتًا أطول.
consult-decision-legend = أين أنت الآن
consult-decision-not-yet = لم يُتّخذ القرار بعد
consult-decision-leaning = الميل إلى خيار
consult-decision-chosen = تمّ اتخاذ القرار
consult-decision-option-legend = أيّ خيار؟
consult-next-steps-legend = الخطوات التالية
consult-next-step-exercise-programme = البدء بخطة تمارين
consult-next-step-physio-referral = مراجعة أخصائي العلاج الطبيعي
consult-next-step-weight-support = الحصول على مساعدة في العناية بالوزن
consult-next-step-book-injection = حجز موعد للحقنة
consult-next-step-surgical-referral = مراجعة جرّاح
consult-next-step-more-tests = إجراء فحوص أو صور أشعة أخرى
consult-next-step-time-to-think = أخذ وقت للتفكير
consult-next-step-talk-with-family = التحدّث مع العائلة أو الأصدقاء
consult-next-step-second-opinion = أخذ رأي طبيب آخر
consult-next-step-follow-up-visit = حجز زيارة متابعة
consult-follow-up-label = تاريخ المتابعة (اختياري)
consult-follow-up-hint = يوم الزيارة التالية أو المكالمة التالية.
consult-notes-label = ملاحظات الطبيب (اختياري)
consult-notes-hint = تُطبع على نسخة الطبيب. لا تكتب الاسم الكامل للمريض.

## Preview of the take-home summary

consult-preview-heading = ماذا سيقول الملخّص الذي تأخذه معك
consult-preview-intro = هذا ما قيل وما تمّ اختياره في هذه الزيارة.
consult-preview-condition = المشكلة
# Variables:
#   $condition (String) - the condition
#   $stage (String) - its stage
consult-preview-condition-stage = { $condition }. { $stage }
consult-preview-options = الخيارات التي تمّت مقارنتها
consult-preview-matters = ما يهمّك
# Variables:
#   $priority (String) - what matters
#   $importance (String) - how much it matters
consult-preview-priority = { $priority }: { $importance }
consult-preview-ready = هل أنت مستعد للقرار؟
# Variables:
#   $yes (Number) - how many "yes" answers
#   $total (Number) - how many questions
consult-preview-sure = الإجابات بنعم: { $yes } من { $total }.
consult-preview-sure-incomplete = لم تتمّ الإجابة عن كل الأسئلة.
consult-preview-decision = القرار
# Variables:
#   $option (String) - the option's name
consult-preview-leaning = الميل إلى { $option }
# Variables:
#   $option (String) - the option's name
consult-preview-chosen = تمّ اختيار { $option }
consult-preview-next = الخطوات التالية
# Variables:
#   $date (Date) - the follow-up date
consult-preview-follow-up = المتابعة: { $date }
consult-preview-questions = أسئلة يمكنك طرحها
consult-preview-none = لا شيء بعد
consult-preview-pdf-later = الملخّص المطبوع يضيف الأرقام والصور والمصادر لكل خيار.
consult-print-button = احفظ الملخّص واطبعه
# A tick box, shown when the patient's language differs from the app's language.
consult-print-bilingual = اطبع أيضًا كل جزء بلغة الطبيب
# Shown on the button while the PDF is being made.
consult-print-working = جارٍ إعداد الملخّص…
# Variables:
#   $pages (Number) - pages in the saved PDF
#   $path (String) - where the PDF was saved
consult-print-saved = { $pages ->
    [one] حُفظ الملخّص (صفحة واحدة) في الملف { $path }. سيُفتح في برنامج عرض ملفات PDF، وهو جاهز للطباعة.
    [two] حُفظ الملخّص (صفحتان) في الملف { $path }. سيُفتح في برنامج عرض ملفات PDF، وهو جاهز للطباعة.
    [few] حُفظ الملخّص ({ $pages } صفحات) في الملف { $path }. سيُفتح في برنامج عرض ملفات PDF، وهو جاهز للطباعة.
    [many] حُفظ الملخّص ({ $pages } صفحةً) في الملف { $path }. سيُفتح في برنامج عرض ملفات PDF، وهو جاهز للطباعة.
   *[other] حُفظ الملخّص ({ $pages } صفحة) في الملف { $path }. سيُفتح في برنامج عرض ملفات PDF، وهو جاهز للطباعة.
}
# Shown instead of consult-print-saved when no PDF viewer was opened.
# Variables:
#   $pages (Number) - pages in the saved PDF
#   $path (String) - where the PDF was saved
consult-print-saved-only = { $pages ->
    [one] حُفظ الملخّص (صفحة واحدة) في الملف { $path }. افتحه من هناك لتطبعه.
    [two] حُفظ الملخّص (صفحتان) في الملف { $path }. افتحه من هناك لتطبعه.
    [few] حُفظ الملخّص ({ $pages } صفحات) في الملف { $path }. افتحه من هناك لتطبعه.
    [many] حُفظ الملخّص ({ $pages } صفحةً) في الملف { $path }. افتحه من هناك لتطبعه.
   *[other] حُفظ الملخّص ({ $pages } صفحة) في الملف { $path }. افتحه من هناك لتطبعه.
}

## The clinic's own notes on cost (clinic settings), shown after the figures above

# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-cost-note = في هذه العيادة: { $note }
# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-insurance-note = التأمين في هذه العيادة: { $note }
