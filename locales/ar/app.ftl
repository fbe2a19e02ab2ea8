### كلمات تطبيق HipAid نفسه: العناوين والتسميات والأزرار ورسائل الأخطاء.
### الكلمات الطبية (المشكلات والمراحل والخيارات والنتائج) موجودة في conditions.ftl و options-*.ftl
### و claims.ftl و evidence.ftl، واسم كل لغة موجود في locale.ftl.
### عربية فصحى بسيطة وجمل قصيرة، لمرضى كبار في السن؛ يُخاطَب المريض بصيغة المفرد ("يمكنك"، "اسأل طبيبك").
### تبدأ المعرّفات باسم الشاشة التي تنتمي إليها: app- و nav- و start- و condition- و option- و about-
### و error-؛ و number- و sources- مشتركة بين شاشة المشكلة وشاشة الخيار.

## Glossary (المصطلحات): الكلمات الأساسية في هذه الترجمة، وهي نفسها في كل الملفات.
#   hip, hip joint → الورك، مفصل الورك
#   osteoarthritis (wear-and-tear arthritis) → الفُصال العظمي (خشونة المفصل)
#   arthritis (general) → التهاب المفاصل
#   cartilage → الغضروف (الطبقة الملساء على أطراف العظام)
#   ball of the hip, socket → رأس عظمة الفخذ (كرة الورك)، تجويف الورك (الحُق)
#   the ball collapses → انهيار رأس عظمة الفخذ
#   thigh bone → عظمة الفخذ
#   stage → مرحلة
#   steroid injection → حقنة الستيرويد (الكورتيزون)
#   hyaluronic acid (gel) injection → حقنة حمض الهيالورونيك (هلام)
#   PRP, platelet-rich plasma → حقن البلازما الغنية بالصفائح الدموية (PRP)
#   "stem cell" injection → حقن "الخلايا الجذعية"
#   hip replacement, a new hip → جراحة استبدال مفصل الورك، ورك جديد (مفصل صناعي)
#   arthroscopy, keyhole surgery → تنظير المفصل، جراحة بالمنظار
#   core decompression → تخفيف الضغط اللبّي (حفر قناة صغيرة في العظم)
#   avascular necrosis → النخر اللاوعائي (موت جزء من العظم لنقص الدم)
#   labrum, labral tear → الشفا الحُقّي (الحلقة الغضروفية حول حافة التجويف)، تمزق الشفا
#   femoroacetabular impingement (FAI) → الانحشار الفخذي الحُقّي (احتكاك عظام الورك)
#   greater trochanteric pain syndrome, "bursitis" → ألم جانب الورك (متلازمة ألم المدور الكبير)، "التهاب الجراب"
#   inflammatory arthritis, rheumatoid arthritis → التهاب المفاصل الالتهابي، التهاب المفاصل الروماتويدي
#   exercise, physiotherapy, physiotherapist → التمارين، العلاج الطبيعي، أخصائي العلاج الطبيعي
#   weight care → العناية بالوزن
#   watchful waiting → الانتظار مع المتابعة
#   dummy injection (placebo), salt water → حقنة وهمية، ماء مالح
#   numbing medicine → دواء مُخدِّر موضعي
#   comparison group → مجموعة المقارنة
#   trial, study → تجربة سريرية، دراسة
#   certainty (of evidence): high / moderate / low / very low → درجة الثقة (في الأدلة): عالية / متوسطة / منخفضة / منخفضة جدًا
#   evidence → الأدلة
#   guideline → الإرشادات الطبية
#   regulatory status, FDA → الوضع التنظيمي، إدارة الغذاء والدواء الأمريكية (FDA)
#   clinician → الطبيب المعالج (أو: الطبيب)
#   patient → المريض
#   option, choice → خيار العلاج، الخيار
#   benefit, possible harm, side effect → الفائدة، الضرر المحتمل، أثر جانبي
#   infection, blood clot, dislocation → عدوى، جلطة دموية، خلع المفصل
#   "N out of 100 people" → "N من كل 100 شخص"
#   icon array → صورة الـ100 شخص (رسم الأشخاص)
#   consultation, visit → الاستشارة، الزيارة
#   summary (take-home) → الملخّص
#   decision, leaning → القرار، الميل إلى خيار
#   what matters to you → ما يهمّك
#   source(s), reference → المصدر، المصادر، المرجع
#   draft translation → ترجمة مبدئية (مسودة)
#   large text → نص كبير
#   step N of 10 → الخطوة N من 10

## التطبيق كله

app-title = HipAid
app-loading = جارٍ التحميل…

## شاشة البداية

start-intro = هنا يقرّر الطبيب والمريض معًا كيف يُعالَج ألم الورك. أولًا، جهِّز هذه الزيارة.
start-ui-locale-label = لغة التطبيق
start-ui-locale-hint = لغة الأزرار والقوائم. تتغيّر فورًا.
start-patient-locale-label = لغة المريض
start-patient-locale-hint = لغة ما يقرؤه المريض وما يأخذه معه إلى البيت.
# لغة في القوائم لم يراجع ترجمتَها بعدُ مترجمٌ طبي مؤهَّل.
# Variables:
#   $name (String) - اسم اللغة بلغتها نفسها، مثل "Tiếng Việt"
start-locale-draft = { $name } (ترجمة مبدئية)
start-locale-draft-notice = هذه الترجمة مبدئية (مسودة). لم يراجعها بعدُ مترجم طبي مؤهَّل. في أي أمر مهم، استعِن بمترجم فوري.
# Variables:
#   $reviewer (String) - مَن راجع الترجمة، مع صفته
#   $date (Date) - تاريخ المراجعة
start-locale-reviewed = راجع هذه الترجمةَ { $reviewer } بتاريخ { $date }.
start-patient-label-label = ملاحظة عن المريض (اختيارية)
    .placeholder = مثلًا: الغرفة 4، زيارة الصباح
start-patient-label-hint = ملاحظة قصيرة للتمييز بين الزيارات. لا تكتب الاسم الكامل للمريض.
start-clinician-name-label = اسمك (اختياري)
start-clinician-name-hint = يظهر خلال هذه الزيارة ليعرف المريض مع مَن تحدّث.
start-submit = ابدأ الزيارة
start-submit-busy = جارٍ البدء…
start-submit-new = ابدأ زيارة جديدة
start-continue = تابِع هذه الزيارة
start-notice-unfinished = أُغلق HipAid أثناء الزيارة الأخيرة. إجاباتها محفوظة. يمكنك متابعتها، أو بدء زيارة جديدة.
start-notice-damaged = تعذّرت قراءة الزيارة المحفوظة، لذلك بدأ HipAid من دونها. احتُفظ بالملف لفريق الدعم الفني.
app-not-saved = لم يتمكّن هذا الحاسوب من حفظ الزيارة. تبقى إجاباتك ظاهرة على الشاشة إلى أن يُغلَق HipAid.
start-notice-settings-damaged = تعذّرت قراءة إعدادات العيادة، لذلك بدأ HipAid بالإعدادات المعتادة. احتُفظ بالملف لفريق الدعم الفني. يمكن لموظفي العيادة ضبطها من جديد في "إعدادات العيادة".
start-settings = إعدادات العيادة

## Clinic settings screen: for clinic staff, before visits. Nothing about patients is kept here.

settings-title = إعدادات العيادة
settings-intro = تُحفظ هذه الإعدادات على هذا الحاسوب، وتُستخدم في كل زيارة. لا تحتوي على أي شيء عن المرضى.
settings-clinic-heading = عيادتك
settings-clinic-name = اسم العيادة
settings-address = العنوان
settings-phone = رقم الهاتف
settings-logo = الشعار في الملخّص المطبوع
# Variables:
#   $kb (Number) - the largest file size allowed, in kilobytes
#   $px (Number) - the largest width or height allowed, in pixels
settings-logo-hint = صورة PNG، لا يزيد حجمها على { $kb } KB، ولا يزيد عرضها أو ارتفاعها بالبكسل على { $px }.
settings-logo-choose = اختر ملف الشعار
settings-logo-remove = أزِل الشعار
settings-logo-none = لم يُختَر أي شعار.
settings-logo-preview = الشعار كما سيُطبَع
settings-languages-heading = اللغات والورق
settings-ui-locale = لغة التطبيق عند بدء HipAid
settings-patient-locale = لغة المريض في الزيارة الجديدة
settings-locale-default = لغة الحاسوب
settings-patient-locale-default = مثل لغة التطبيق
settings-paper = مقاس ورق الملخّص
settings-paper-default = A4، أو مقاس الرسالة الأمريكي للإنجليزية الأمريكية
settings-paper-a4 = A4
settings-paper-letter = مقاس الرسالة الأمريكي (Letter)
settings-options-heading = خيارات العلاج في هذه العيادة
settings-options-intro = أزِل العلامة عن أي خيار لا تقدّمه العيادة: سيكون مخفيًا في بداية كل زيارة، ويستطيع الطبيب المعالج إظهاره. تظهر ملاحظات التكلفة بجانب أرقام الأبحاث.
settings-offered = متوفّر هنا
settings-cost-note = التكلفة في هذه العيادة (اختياري)
settings-insurance-note = ملاحظة عن التأمين (اختيارية)
settings-view-heading = كيف تبدأ الزيارات
settings-start-view = طريقة العرض في بداية الزيارة
settings-view-clinician = عرض الطبيب المعالج
settings-view-patient = عرض المريض بنص كبير
settings-max-age = عدد الساعات التي تُحفظ فيها الزيارة غير المكتملة
# Variables:
#   $max (Number) - the largest number of hours allowed
settings-max-age-hint = إذا أُغلق HipAid أثناء زيارة، يمكن فتح الزيارة مرة أخرى خلال هذا العدد من الساعات (من واحد إلى { $max }). بعد ذلك تُمحى.
settings-save = احفظ الإعدادات
settings-saving = جارٍ الحفظ…
settings-back = العودة إلى البداية
settings-saved = حُفظت الإعدادات. تُطبَّق ابتداءً من الزيارة التالية.
settings-has-problems = لم يُحفَظ أي شيء بعد. يُرجى تصحيح الحقول المُعلَّمة.

## Clinic settings: what is wrong with one field

# Variables:
#   $max (Number) - the most characters allowed
settings-problem-too-long = هذا النص طويل جدًا. الحد الأقصى لعدد الحروف: { $max }.
settings-problem-invalid-text = في هذا النص رموز لا يستطيع التطبيق استخدامها. استخدم الحروف والأرقام وعلامات الترقيم البسيطة.
settings-problem-invalid-phone = هذا لا يبدو رقم هاتف. استخدم الأرقام والمسافات وهذه العلامات فقط: + ( ) - . /
settings-problem-not-png = هذا الملف ليس صورة PNG. يُرجى اختيار ملف PNG.
# Variables:
#   $max (Number) - the largest file size allowed, in kilobytes
settings-problem-logo-too-large = هذا الملف كبير جدًا. اختر ملفًا لا يزيد حجمه على { $max } KB.
# Variables:
#   $max (Number) - the largest width or height allowed, in pixels
settings-problem-logo-size = هذه الصورة صغيرة جدًا أو كبيرة جدًا. يجب أن يكون عرضها وارتفاعها بالبكسل من ستة عشر إلى { $max }.
settings-problem-unknown-locale = هذه اللغة غير متوفّرة. يُرجى اختيار لغة من القائمة.
settings-problem-unknown-option = لا يعرف هذا الإصدار من HipAid خيار العلاج هذا.
# Variables:
#   $max (Number) - the largest number allowed
settings-problem-out-of-range = يُرجى اختيار عدد صحيح من واحد إلى { $max }.
settings-problem-unsupported-version = صُنعت هذه الإعدادات بإصدار أحدث من HipAid.

## شاشة المشكلة: الزيارة الحالية، في أعلى الشاشة

# Variables:
#   $label (String) - الملاحظة القصيرة عن المريض من شاشة البداية، مثل "الغرفة 4"
condition-consultation-label = الزيارة: { $label }
# Variables:
#   $time (Date) - وقت بدء الزيارة، بالتاريخ والساعة
condition-consultation-started = بدأت الزيارة في { $time }
# Variables:
#   $name (String) - الاسم الذي كتبه الطبيب في شاشة البداية
condition-consultation-clinician = الطبيب المعالج: { $name }

## شاشة المشكلة: اختيار المشكلة ومرحلتها

condition-heading = المشكلة والخيارات
condition-intro = اختر المشكلة ومدى تقدّمها. بعد ذلك سترى خيارات العلاج وما تقوله الأبحاث عنها.
condition-choose-legend = المشكلة
condition-stage-legend = المرحلة (حسب صورة الأشعة السينية)
condition-stage-unknown = غير معروفة بعد
condition-stage-unknown-description = مثلًا، لا توجد صورة أشعة بعد.

## شاشة المشكلة: عن المشكلة المختارة ومرحلتها

condition-stage-heading = مرحلتك
condition-parts-heading = أجزاء الورك المصابة
condition-diagnosis-heading = كيف تُشخَّص
# رقم عن المشكلة، في جملة واحدة.
# Variables:
#   $count (Number) - عدد الأشخاص، مثل 25 أو 2.5
#   $denominator (Number) - من كل كم شخص، مثل 100 أو 1,000
#   $what (String) - ما يحدث لهم، من المحتوى، مثل "يُصابون بخشونة مفصل الورك قبل سن 85"
#   (يُكتب $what فعلًا بصيغة الجمع يأتي بعد "من كل … شخص").
condition-figure-people = { $count } من كل { $denominator } شخص { $what }
# Variables:
#   $low (Number) - أقل عدد مرجَّح من الأشخاص
#   $high (Number) - أكبر عدد مرجَّح من الأشخاص
#   $denominator (Number) - من كل كم شخص، مثل 100 أو 1,000
#   $what (String) - ما يحدث لهم، من المحتوى
condition-figure-people-range = من { $low } إلى { $high } من كل { $denominator } شخص { $what }
# عدد من الأشخاص، ليس من مجموعة.
# Variables:
#   $count (Number) - عدد الأشخاص، مثل 10,000
#   $what (String) - مَن هم، من المحتوى، مثل "بالغ في الولايات المتحدة تُكتشف لديهم هذه المشكلة كل سنة"
condition-figure-count = { $count } { $what }
# Variables:
#   $low (Number) - أقل عدد مرجَّح، مثل 10,000
#   $high (Number) - أكبر عدد مرجَّح، مثل 20,000
#   $what (String) - مَن هم، من المحتوى
condition-figure-count-range = { $low }–{ $high } { $what }
condition-figure-one-time = الفترة الزمنية: عُدَّ الأشخاص في وقت واحد فقط

## شاشة المشكلة: خيارات العلاج المناسبة

condition-options-heading = خيارات العلاج
condition-options-intro = هذه الخيارات تناسب هذه المشكلة. ترتيبها لا يعني أن أحدها أفضل من غيره. الخيار الأنسب لك يعتمد على ما يهمّك أكثر.
condition-options-empty = لا توجد بعد خيارات علاج لعرضها لهذه المشكلة.
condition-card-fits = لهذه المشكلة:
# Variables:
#   $option (String) - اسم خيار العلاج، مثل "حقنة الستيرويد"
condition-card-details = عرض التفاصيل
    .aria-label = عرض التفاصيل: { $option }

## أرقام من الأبحاث، في شاشة المشكلة وشاشة الخيار

# Variables:
#   $count (Number) - عدد الأشخاص الذين يحدث لهم هذا، مثل 45 أو 0.08
#   $denominator (Number) - من كل كم شخص، مثل 100 أو 1,000
number-people = { $count } من كل { $denominator } شخص
# Variables:
#   $low (Number) - أقل عدد مرجَّح من الأشخاص
#   $high (Number) - أكبر عدد مرجَّح من الأشخاص
#   $denominator (Number) - من كل كم شخص، مثل 100
number-people-range = من { $low } إلى { $high } من كل { $denominator } شخص
# متوسط التغيّر في درجة على مقياس، مثل درجة الألم.
# Variables:
#   $change (Number) - متوسط التغيّر، مع إشارته، مثل -1.2 أو +6.4
number-score = متوسط التغيّر: { $change } نقطة
# Variables:
#   $low (Number) - أصغر متوسط تغيّر مرجَّح، مع إشارته
#   $high (Number) - أكبر متوسط تغيّر مرجَّح، مع إشارته
number-score-range = متوسط التغيّر: من { $low } إلى { $high } نقطة
# Variables:
#   $scale (String) - اسم المقياس، من المحتوى، مثل "درجة الألم من 0 (لا ألم) إلى 10 (أسوأ ألم)"
number-scale = المقياس: { $scale }
number-not-measured = لم يُقَس
number-comparator-label = بالمقارنة مع
number-comparator-result-label = النتيجة في تلك المجموعة
# Variables:
#   $span (String) - المدة، مثل "شهران" أو "1–3 سنوات" أو "غير معروفة"
number-timeframe = الفترة الزمنية: { $span }

## المصادر بجانب كل رقم وكل معلومة

# Variables:
#   $count (Number) - عدد المصادر
sources-toggle =
    { $count ->
        [one] المصدر
        [two] المصدران ({ $count })
       *[other] المصادر ({ $count })
    }
sources-study-type-label = نوع الدراسة
sources-year-label = السنة
sources-size-label = حجم الدراسة
sources-doi-label = DOI
sources-pmid-label = رقم PubMed (PubMed ID)
sources-url-label = عنوان الموقع
# Variables:
#   $id (String) - الاسم المختصر لمصدر غير موجود في القائمة، مثل "lambert-2007"
sources-unknown = هذا المصدر غير موجود في القائمة: { $id }

## شاشة الخيار: كل تفاصيل خيار علاج واحد

# Variables:
#   $condition (String) - اسم المشكلة
option-for-condition = لعلاج: { $condition }
# Variables:
#   $condition (String) - اسم المشكلة
#   $stage (String) - اسم المرحلة، مثل "الدرجة الثانية: خفيفة"
option-for-condition-stage = لعلاج: { $condition }. { $stage }
option-certainty-label = درجة ثقة الأبحاث بما يفعله هذا العلاج:
option-what-heading = ما هو
option-variants-heading = الأنواع المتوفّرة
# Variables:
#   $condition (String) - اسم المشكلة
option-fits-heading = مدى مناسبته لهذه المشكلة: { $condition }
option-steps-heading = ماذا يحدث، خطوة بخطوة
option-visits-label = الزيارات
# Variables:
#   $count (Number) - عدد الزيارات
option-visits =
    { $count ->
        [one] زيارة واحدة
        [two] زيارتان
        [few] { $count } زيارات
        [many] { $count } زيارةً
       *[other] { $count } زيارة
    }
# Variables:
#   $low (Number) - أقل عدد من الزيارات
#   $high (Number) - أكبر عدد من الزيارات
option-visits-range =
    { $high ->
        [few] من { $low } إلى { $high } زيارات
        [many] من { $low } إلى { $high } زيارةً
       *[other] من { $low } إلى { $high } زيارة
    }
option-visits-unknown = غير معروف
option-guidance-label = التصوير الطبي المستخدم لتوجيهه
option-anaesthesia-label = دواء مُخدِّر موضعي أو تخدير كامل (نوم)
option-time-off-label = مدة التوقف عن الأنشطة المعتادة
option-timeline-heading = متى يفيد، وإلى متى
option-onset-label = متى تبدأ الفائدة
option-peak-label = متى تكون الفائدة في أكبر حدّ لها
option-lasts-label = كم تدوم الفائدة
option-recovery-label = العودة إلى الأنشطة المعتادة
option-timeline-certainty-label = درجة ثقة الأبحاث بهذه الأوقات:
option-milestones-heading = خطوات التعافي
# Variables:
#   $label (String) - خطوة في التعافي، من المحتوى، مثل "المشي بلا عكازات"
#   $time (String) - متى، مثل "4–6 أسابيع" أو "غير معروف"
option-milestone = { $label }: { $time }
option-outcomes-heading = الفوائد والأضرار المحتملة
option-outcomes-intro = كل رقم مأخوذ من الأبحاث. يبيّن كم شخصًا من مجموعةٍ حدث له هذا، أو كم تغيّرت درجةٌ على مقياس في المتوسط. تُعرَض الفوائد والأضرار جنبًا إلى جنب، وبالقدر نفسه من التفصيل.
option-benefits-heading = الفوائد
option-harms-heading = الأضرار المحتملة
option-outcome-benefit = فائدة
option-outcome-harm = ضرر محتمل
option-outcome-no-data = لا توجد أرقام موثوقة
option-outcomes-empty = لا تقدّم الأبحاث شيئًا يمكن عرضه هنا لهذه المشكلة.
option-scale-lower-better = على هذا المقياس، الدرجة الأقل أفضل.
option-scale-higher-better = على هذا المقياس، الدرجة الأعلى أفضل.
option-repeats-heading = هل يمكن تكراره؟
option-repeats-gap-label = أقصر مدة بين علاج والذي يليه
option-repeats-max-label = أكبر عدد في السنة الواحدة
# Variables:
#   $count (Number) - أكبر عدد مسموح به من العلاجات في سنة واحدة
option-repeats-max =
    { $count ->
        [one] مرة واحدة
        [two] مرتان
        [few] { $count } مرات
        [many] { $count } مرةً
       *[other] { $count } مرة
    }
option-cost-heading = التكلفة والتأمين
option-cost-label = السعر
# Variables:
#   $amount (String) - السعر مع عملته (الرسالة `money`)، مثل $574
#   $per (String) - مقابل ماذا يُدفع السعر، مثل "لكل حقنة"
option-cost-amount = { $amount } { $per }
# Variables:
#   $low (String) - أقل سعر وُجد، مع عملته (`money`)
#   $high (String) - أعلى سعر وُجد، مع عملته (`money`)
#   $per (String) - مقابل ماذا يُدفع السعر، مثل "لكل حقنة"
option-cost-range = من { $low } إلى { $high } { $per }
option-insurance-label = التأمين
option-guidelines-heading = ماذا تقول الإرشادات الطبية
option-guideline-stance-label = نصيحتها
option-regulatory-heading = الموافقة الرسمية
option-factors-heading = أمور قد تغيّر الصورة بالنسبة لك
option-claims-heading = ما تدّعيه العيادات وما تقوله الأدلة
option-claim-label = الادّعاء
option-claim-answer-label = ما تقوله الأدلة
option-pay-card-heading = قبل أن تدفع لعيادة
option-pay-card-questions = أسئلة تطرحها
option-pay-card-facts = حقائق يجب أن تعرفها

## عن هذه المعلومات (لوحة في أسفل شاشة المشكلة وشاشة الخيار)

about-toggle = عن هذه المعلومات
# Variables:
#   $version (String) - إصدار المحتوى الطبي، مثل "1.0.0"
about-version = إصدار المحتوى: { $version }
# Variables:
#   $date (Date) - آخر مرة رُوجع فيها المحتوى مقارنةً بالأبحاث
about-last-reviewed = آخر مراجعة مقارنةً بالأبحاث: { $date }
# Variables:
#   $date (Date) - الموعد الأقصى للمراجعة القادمة
about-next-review = المراجعة القادمة في موعد أقصاه: { $date }
about-decision-heading = القرار
about-purpose-heading = الغرض من هذه الأداة
about-updates-heading = كيف نُبقيها محدَّثة
about-funding-heading = مَن موّلها
about-conflicts-heading = تضارب المصالح
about-authors-heading = مَن كتبها

## الأخطاء: رسالة لكل رمز خطأ من الجزء الخلفي للتطبيق. كل رسالة تقول ما حدث، وأن شيئًا مما
## كُتب لم يضِع، وما الخطوة التالية.

error-unknown-locale = هذه اللغة غير متوفّرة. لم يضِع شيء مما كتبته. يُرجى اختيار لغة من القائمة.
error-unknown-condition = لا يعرف التطبيق هذه المشكلة. لم يضِع شيء مما كتبته. يُرجى اختيار مشكلة من القائمة.
error-unknown-stage = لا يعرف التطبيق هذه المرحلة. لم يضِع شيء مما كتبته. يُرجى اختيار مرحلة من القائمة.
error-text-too-long = بعض النص طويل جدًا. لم يضِع شيء مما كتبته. يُرجى تقصير ملاحظة المريض أو اسمك، ثم المحاولة مرة أخرى.
error-invalid-text = في بعض النص رموز لا يستطيع التطبيق استخدامها. لم يضِع شيء مما كتبته. يُرجى استخدام الحروف والأرقام وعلامات الترقيم البسيطة، ثم المحاولة مرة أخرى.
error-no-consultation = لم تبدأ أي زيارة بعد. لم يضِع شيء مما كتبته. يُرجى العودة إلى البداية وبدء الزيارة.
error-no-condition = لم تُختَر أي مشكلة بعد. لم يضِع شيء مما كتبته. يُرجى اختيار المشكلة أولًا.
error-unknown-option = هذا الخيار لا يناسب المشكلة والمرحلة، أو لا تقدّمه العيادة. لم يضِع شيء مما كتبته. يُرجى اختيار خيار من القائمة.
error-too-many-compared = يمكنك مقارنة أربعة خيارات على الأكثر في وقت واحد. لم يضِع شيء مما كتبته. يُرجى إزالة أحدها، ثم اختيار خيار آخر.
error-decision-needs-option = يُرجى اختيار الخيار الذي تميل إليه، أو اختيار "لم يُتّخذ القرار بعد". لم يضِع شيء مما كتبته.
error-invalid-date = هذا ليس تاريخًا يستطيع التطبيق استخدامه. لم يضِع شيء مما كتبته. يُرجى اختيار تاريخ من التقويم.
error-date-in-past = هذا التاريخ قبل اليوم. لم يضِع شيء مما كتبته. يُرجى اختيار تاريخ اليوم أو تاريخ لاحق.
error-unsupported-version = ملف الزيارة هذا صُنع بإصدار آخر من التطبيق، ولا يمكن قراءته. لم يتغيّر أي شيء.
error-summary-failed = تعذّر إعداد الملخّص. لم يضِع شيء مما كتبته. يُرجى المحاولة مرة أخرى؛ وإذا تكرّر ذلك، فأبلِغ فريق الدعم في العيادة.
error-save-failed = تعذّر حفظ الملخّص في ذلك المكان. لم يضِع شيء مما كتبته. يُرجى اختيار مجلد آخر، أو التأكد من وجود مساحة كافية على القرص.
error-invalid-settings = بعض الإعدادات تحتاج إلى تصحيح، لذلك لم يُحفَظ أي شيء. لم يضِع شيء مما كتبته. يُرجى النظر في الحقول المُعلَّمة.
error-settings-not-saved = تعذّر حفظ الإعدادات على هذا الحاسوب. لم يضِع شيء مما كتبته. يُرجى التأكد من وجود مساحة كافية على القرص، أو طلب المساعدة من فريق الدعم الفني.
error-internal = حدث خطأ داخل التطبيق. لم يضِع شيء مما كتبته. يُرجى المحاولة مرة أخرى.
