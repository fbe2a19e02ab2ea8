### كلمات مشتركة للمحتوى الطبي: درجة الثقة، وما تقوله الإرشادات الطبية، وكيف يُجرى العلاج،
### ووحدات الوقت، والتكاليف، وما تُقارَن به كل نتيجة. الأرقام نفسها موجودة في
### crates/hipaid-core/content/ ولا تصل إلى هنا إلا على شكل متغيرات.

## القرار وهذه الوثيقة (IPDAS: القرار، التاريخ، سياسة التحديث، التمويل)

document-decision = القرار: كيف تعالج ألم الورك، أو هل تعالجه الآن أصلًا.
document-purpose = تساعدك هذه الأداة أنت وطبيبك على الحديث عن الخيارات. وهي تعطي حقائق وأرقامًا من الأبحاث. لكنها لا تختار بدلًا منك.
document-update-policy = نراجع هذه المعلومات ونقارنها بالأبحاث الجديدة مرة واحدة في السنة على الأقل. يجب أن تتم المراجعة القادمة بحلول { $next }. ونراجعها أيضًا قبل ذلك إذا ظهرت دراسة جديدة مهمة أو إرشادات طبية جديدة مهمة.
document-funding = كتب هذه الأداة فريق مشروع HipAid. لم تدفع أي شركة تبيع علاجًا معروضًا هنا تكاليفها، ولم يكن لأي شركة منها رأي فيها.
document-conflicts = ليس للأشخاص الذين كتبوها أي مصلحة مالية في أي علاج معروض هنا. ولا يكسب أحد أكثر إذا اخترت خيارًا بدل خيار آخر.
document-authors = كتبها فريق HipAid اعتمادًا على أبحاث وإرشادات طبية منشورة. ومع كل رقم ذِكرٌ لمصدره.
document-not-advice = يساعدك هذا الملخّص في حديثك مع طبيبك. لكنه لا يحلّ محلّ نصيحته.

## ما درجة ثقتنا (GRADE: درجة الثقة في الأدلة)

certainty-high = درجة ثقة عالية
certainty-moderate = درجة ثقة متوسطة
certainty-low = درجة ثقة منخفضة
certainty-very-low = درجة ثقة منخفضة جدًا
certainty-high-explain = من المستبعد جدًا أن تغيّر الأبحاث الجديدة هذه النتيجة.
certainty-moderate-explain = قد تغيّر الأبحاث الجديدة هذه النتيجة.
certainty-low-explain = من المحتمل فعلًا أن تغيّر الأبحاث الجديدة هذه النتيجة.
certainty-very-low-explain = هذه النتيجة أقرب إلى التخمين. ومن المرجّح أن تغيّرها الأبحاث الجديدة.

## ما تقوله الإرشادات الطبية

stance-strong-for = يُوصى به بقوة
stance-for = يُوصى به
stance-conditional-for = يُقترح لبعض الناس
stance-consider = يمكن التفكير فيه
stance-option = أحد الخيارات المناسبة
stance-no-recommendation = لا توصية معه ولا ضده
stance-conditional-against = يُقترح عدم استخدامه لمعظم الناس
stance-against = يُوصى بعدم استخدامه
stance-strong-against = يُوصى بقوة بعدم استخدامه
stance-none-found = لا توجد إرشادات طبية تتناول هذا

guideline-none = لا توجد إرشادات طبية
guideline-aaos-2023 = الأكاديمية الأمريكية لجراحي العظام (AAOS)، ٢٠٢٣
guideline-aaos-2017 = الأكاديمية الأمريكية لجراحي العظام (AAOS)، ٢٠١٧
guideline-acr-af-2019 = الكلية الأمريكية لطب الروماتيزم ومؤسسة التهاب المفاصل، ٢٠١٩
guideline-oarsi-2019 = الجمعية الدولية لأبحاث الفُصال العظمي (OARSI)، ٢٠١٩
guideline-nice-ng226-2022 = إرشادات NICE (إنجلترا) للفُصال العظمي، رقم NG226، ٢٠٢٢
guideline-warwick-2016 = اتفاق وارويك (Warwick Agreement) حول الانحشار الفخذي الحُقّي، ٢٠١٦
guideline-eular-2021 = نصائح الرابطة الأوروبية لمكافحة الروماتيزم (EULAR) حول حقن المفاصل، ٢٠٢١
guideline-eular-2022 = نصائح الرابطة الأوروبية لمكافحة الروماتيزم (EULAR) حول التهاب المفاصل الروماتويدي، ٢٠٢٢
guideline-chinese-onfh-2020 = الإرشادات الطبية الصينية حول النخر اللاوعائي في الورك، ٢٠٢٠

## أنواع الخيارات وكيف تُجرى

kind-self-care = العناية الذاتية
kind-monitoring = الانتظار مع المتابعة
kind-injection = الحقن
kind-surgery = الجراحة

guidance-none = لا حاجة إلى أي تصوير.
guidance-ultrasound = يستخدم الطبيب التصوير بالموجات فوق الصوتية (السونار) لتوجيه الإبرة.
guidance-ultrasound-or-x-ray = يستخدم الطبيب صورة بالموجات فوق الصوتية (السونار) أو بالأشعة السينية لتوجيه الإبرة.
guidance-camera = يعمل الجرّاح من خلال جروح صغيرة، مستخدمًا كاميرا صغيرة جدًا.
anaesthesia-none = لا حاجة إلى دواء مُخدِّر موضعي.
anaesthesia-local = يُستخدم دواء مُخدِّر موضعي في الجلد وفي الورك.
anaesthesia-spinal-or-general = تأخذ حقنة في الظهر تُخدِّر جسمك من الخصر إلى الأسفل، أو تأخذ دواءً يجعلك تنام (تخدير كامل).
anaesthesia-general = تأخذ دواءً يجعلك تنام طوال العملية (تخدير كامل).

regulatory-approved = دواء أو جهاز معتمد
regulatory-standard-procedure = علاج متعارف عليه
regulatory-not-approved = غير معتمد لهذا الاستخدام
regulatory-not-regulated = لا يحتاج إلى اعتماد
regulatory-not-verified = لم نتأكد من اعتماده لهذا الاستخدام

repeats-allowed-yes = يمكن تكراره
repeats-allowed-limited = يمكن تكراره، ضمن حدود
repeats-allowed-no = يُجرى عادةً مرة واحدة
repeats-allowed-unknown = لا يُعرف هل يفيد تكراره

insurance-usually-covered = يغطيه التأمين عادةً
insurance-sometimes-covered = يغطيه التأمين أحيانًا
insurance-usually-not-covered = لا يغطيه التأمين عادةً؛ تدفع التكلفة بنفسك
insurance-unknown = لا يُعرف هل يغطيه التأمين

cost-per-session = لكل جلسة
cost-per-injection = لكل حقنة
cost-per-course = لكل دورة علاجية
cost-per-operation = لكل عملية جراحية
cost-unknown = لم نجد سعرًا موثوقًا
# Variables:
#   $amount (Number) - a price in whole units of its currency, like 574
#   $currency (String) - the currency's ISO 4217 code, like USD
money =
    { $currency ->
        [USD] { $amount } دولار أمريكي
       *[other] { $amount } { $currency }
    }

## الأوقات

span-unknown = غير معروف
span-none = لا تأثير أكثر من تأثير العلاج الوهمي
span-days = { $low ->
    [one] يوم واحد
    [two] يومان
    [few] { $low } أيام
    [many] { $low } يومًا
   *[other] { $low } يوم
}
span-weeks = { $low ->
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $low } أسابيع
    [many] { $low } أسبوعًا
   *[other] { $low } أسبوع
}
span-months = { $low ->
    [one] شهر واحد
    [two] شهران
    [few] { $low } أشهر
    [many] { $low } شهرًا
   *[other] { $low } شهر
}
span-years = { $low ->
    [one] سنة واحدة
    [two] سنتان
    [few] { $low } سنوات
    [many] { $low } سنةً
   *[other] { $low } سنة
}
span-range-days =
    من { $low } إلى { $high } { $high ->
        [few] أيام
        [many] يومًا
       *[other] يوم
    }
span-range-weeks =
    من { $low } إلى { $high } { $high ->
        [few] أسابيع
        [many] أسبوعًا
       *[other] أسبوع
    }
span-range-months =
    من { $low } إلى { $high } { $high ->
        [few] أشهر
        [many] شهرًا
       *[other] شهر
    }
span-range-years =
    من { $low } إلى { $high } { $high ->
        [few] سنوات
        [many] سنةً
       *[other] سنة
    }

## ما تُقارَن به الأرقام

comparator-placebo-injection = حقنة وهمية لا تحتوي على العلاج الذي تجري دراسته
comparator-local-anaesthetic-injection = حقنة فيها دواء مُخدِّر موضعي فقط
comparator-no-treatment = عدم أخذ أي علاج
comparator-no-exercise = عدم القيام ببرنامج التمارين
comparator-usual-care = الرعاية المعتادة عند طبيب الأسرة
comparator-wait-and-see = الانتظار لمعرفة كيف تسير الأمور
comparator-advice-alone = النصائح والمعلومات فقط
comparator-education-and-exercise = النصائح مع خطة تمارين
comparator-exercise-alone = برنامج التمارين وحده
comparator-physiotherapy = العلاج الطبيعي (تمارين مع أخصائي العلاج الطبيعي)
comparator-resistance-training = برنامج تمارين لتقوية العضلات
comparator-steroid-injection = حقنة الستيرويد (الكورتيزون)
comparator-hyaluronic-acid = حقنة حمض الهيالورونيك (هلام)
comparator-core-decompression-alone = تخفيف الضغط اللبّي (حفر قناة صغيرة في العظم) من دون إضافة خلايا
comparator-no-injection = أشخاص لم يأخذوا أي حقنة
comparator-no-comparison-group = لا توجد مجموعة للمقارنة: الدراسة نظرت فقط إلى الأشخاص الذين أخذوا هذا العلاج
comparator-no-recent-injection = أشخاص لم يأخذوا أي حقنة في الورك خلال الأشهر التي سبقت الجراحة

## أنواع الدراسات (تظهر مع كل مرجع)

study-type-rct = تجربة سريرية عشوائية (تُقسَّم فيها المجموعات بالقرعة)
study-type-systematic-review = مراجعة لدراسات كثيرة
study-type-network-meta-analysis = مراجعة تقارن بين علاجات كثيرة
study-type-cohort = دراسة تتابع مجموعة من الناس
study-type-registry = سجلّ للمرضى الذين أخذوا العلاج
study-type-case-series = تقرير عن سلسلة من المرضى
study-type-cross-sectional = استطلاع في وقت واحد
study-type-guideline = إرشادات طبية
study-type-consensus = اتفاق بين الخبراء
study-type-regulator = بيان من جهة رقابية
study-type-evidence-summary = ملخّص للأدلة
study-type-review = مقالة مراجعة
study-type-patient-information = معلومات من مستشفى أو عيادة
study-type-price-survey = استطلاع للأسعار
study-type-policy = سياسة شركة التأمين

## ما يُبيّنه رقم الحالة

figure-topic-how-common = ما مدى انتشاره
figure-topic-natural-course = ماذا يحدث من دون علاج

## أجزاء صورة الورك

part-bone = العظم
part-cartilage = الغضروف (الطبقة الملساء على أطراف العظام)
part-labrum = الشفا الحُقّي (الحلقة الغضروفية حول حافة التجويف)
part-tendons-bursa = الأوتار والجراب (الجهة الخارجية من الورك)
part-blood-supply = وصول الدم إلى رأس عظمة الفخذ (كرة الورك)
part-joint-lining = بطانة المفصل

## مقاييس الدرجات (أسماء تظهر كعناوين)

scale-pain-0-10 = درجة الألم من ٠ (لا ألم) إلى ١٠ (أشد ألم)
scale-pain-0-100 = درجة الألم من ٠ (لا ألم) إلى ١٠٠ (أشد ألم)
scale-oxford-hip-score = مقياس أكسفورد للورك (Oxford Hip Score)، من ٠ (الأسوأ) إلى ٤٨ (الأفضل)
scale-ihot-33 = مقياس iHOT-33 للورك، من ٠ (الأسوأ) إلى ١٠٠ (الأفضل)
scale-harris-hip-score = مقياس هاريس للورك (Harris Hip Score)، من ٠ (الأسوأ) إلى ١٠٠ (الأفضل)
scale-hos-adl = مقياس نتائج الورك للأنشطة اليومية (Hip Outcome Score)، من ٠ (الأسوأ) إلى ١٠٠ (الأفضل)
scale-self-rated-improvement = مقدار التحسّن الذي قال الناس إنهم شعروا به، من ٠ إلى ١٠٠ بالمئة
