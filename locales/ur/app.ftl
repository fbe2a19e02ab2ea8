### HipAid کے اپنے الفاظ: عنوان، لیبل، بٹن اور خرابی کے پیغامات۔
### طبی الفاظ (بیماریاں، مرحلے، علاج کے طریقے، نتائج) conditions.ftl، options-*.ftl،
### claims.ftl اور evidence.ftl میں ہیں، اور ہر زبان کا نام locale.ftl میں ہے۔
### آسان اردو، پاکستان اور برطانیہ کے اردو بولنے والے بزرگ مریضوں کے لیے؛ مریض کو ”آپ“ کہہ کر مخاطب کیا جاتا ہے۔
### آئی ڈی اس اسکرین کے نام سے شروع ہوتی ہیں جس سے وہ تعلق رکھتی ہیں: app-، nav-، start-، condition-، option-،
### about-، error-؛ number- اور sources- بیماری اور علاج کی دونوں اسکرینوں پر استعمال ہوتی ہیں۔

## Glossary (اصطلاحات): اس ترجمے کے اہم الفاظ۔ ہر فائل میں یہی الفاظ استعمال ہوئے ہیں۔
#   hip → کولہا، کولہے کا جوڑ
#   osteoarthritis (wear-and-tear arthritis), arthritis → اوسٹیو آرتھرائٹس (جوڑ گھسنے والا گٹھیا)، گٹھیا
#   cartilage → کارٹلیج (ہڈیوں کے سروں پر چکنی تہہ)
#   ball of the hip, socket → کولہے کا گولا (ران کی ہڈی کا گول سرا)، کولہے کا پیالہ
#   the ball collapses → کولہے کا گولا بیٹھ جاتا ہے
#   steroid injection → اسٹیرائیڈ انجیکشن
#   hyaluronic acid (gel) injection → ہائیلورونک ایسڈ (جیل) انجیکشن
#   PRP → پی آر پی (پلیٹلیٹ رِچ پلازما) انجیکشن
#   stem cell → اسٹیم سیل
#   hip replacement, a new hip → کولہے کا جوڑ بدلنے کا آپریشن، نیا کولہا
#   arthroscopy, keyhole surgery → آرتھرواسکوپی، دوربین سے آپریشن
#   core decompression → کور ڈی کمپریشن (ہڈی میں سوراخ کرنے کا آپریشن)
#   avascular necrosis → ایوسکولر نیکروسس (کولہے کے گولے کو خون نہ پہنچنا)
#   labrum, labral tear → لیبرم (پیالے کے کنارے کا نرم حلقہ)، لیبرم کا پھٹنا
#   impingement (FAI) → امپنجمنٹ (ہڈیوں کا آپس میں رگڑ کھانا)
#   greater trochanteric pain syndrome, bursitis → کولہے کے باہر کی طرف درد، برسائٹس
#   inflammatory arthritis, rheumatoid arthritis → سوزش والا گٹھیا، رُوماٹائیڈ آرتھرائٹس
#   physiotherapy, physiotherapist → فزیوتھراپی، فزیوتھراپسٹ
#   watchful waiting → انتظار اور نگرانی
#   dummy injection (placebo), salt water → نقلی انجیکشن، نمکین پانی
#   numbing medicine → سن کرنے والی دوا
#   comparison group → موازنے والا گروپ
#   trial → تحقیقی آزمائش (ٹرائل)
#   certainty → یقین (تحقیق پر کتنا یقین ہے)
#   guideline → رہنما ہدایات
#   clinician → معالج
#   option, choice → علاج کا طریقہ، طریقہ
#   benefit, possible harm → فائدہ، ممکنہ نقصان
#   "N out of 100 people" → ”ہر 100 میں سے N لوگ“
#   icon array → لوگوں کی تصویر (100 لوگوں کے نشان)

## پوری ایپ

app-title = HipAid
app-loading = لوڈ ہو رہا ہے…

## شروع کی اسکرین

start-intro = مل کر فیصلہ کریں کہ کولہے کے درد کا علاج کیسے کیا جائے۔ پہلے اس ملاقات کی تیاری کریں۔
start-ui-locale-label = ایپ کی زبان
start-ui-locale-hint = بٹنوں اور مینو کی زبان۔ یہ فوراً بدل جاتی ہے۔
start-patient-locale-label = مریض کی زبان
start-patient-locale-hint = وہ زبان جس میں مریض پڑھے گا اور جو کاغذ گھر لے جائے گا۔
# فہرست میں ایسی زبان جس کے ترجمے کو ابھی کسی مستند طبی مترجم نے نہیں جانچا۔
# Variables:
#   $name (String) - زبان کا اپنا نام، جیسے "Tiếng Việt"
start-locale-draft = { $name } (ابتدائی ترجمہ)
start-locale-draft-notice = یہ ترجمہ ابھی ابتدائی ہے۔ کسی مستند طبی مترجم نے ابھی اسے نہیں جانچا۔ کسی بھی اہم بات کے لیے ترجمان کی مدد لیں۔
# Variables:
#   $reviewer (String) - ترجمہ جانچنے والے کا نام اور عہدہ
#   $date (Date) - جانچنے کی تاریخ
start-locale-reviewed = اس ترجمے کو { $reviewer } نے { $date } کو جانچا۔
start-patient-label-label = مریض کے بارے میں نوٹ (اختیاری)
    .placeholder = مثال کے طور پر: کمرہ 4، صبح کی ملاقات
start-patient-label-hint = ملاقاتوں میں فرق کرنے کے لیے ایک چھوٹا سا نوٹ۔ مریض کا پورا نام نہ لکھیں۔
start-clinician-name-label = آپ کا نام (اختیاری)
start-clinician-name-hint = یہ ملاقات کے دوران دکھایا جاتا ہے، تاکہ مریض کو معلوم رہے کہ وہ کس سے بات کر رہے ہیں۔
start-submit = ملاقات شروع کریں
start-submit-busy = شروع ہو رہی ہے…
start-submit-new = نئی ملاقات شروع کریں
start-continue = یہی ملاقات جاری رکھیں
start-notice-unfinished = پچھلی ملاقات کے دوران HipAid بند ہو گیا۔ اس کے جواب محفوظ ہیں۔ اسے جاری رکھیں، یا نئی ملاقات شروع کریں۔
start-notice-damaged = محفوظ ملاقات پڑھی نہیں جا سکی، اس لیے HipAid اس کے بغیر شروع ہوا۔ فائل تکنیکی مدد کے لیے رکھ لی گئی ہے۔
app-not-saved = یہ کمپیوٹر ملاقات محفوظ نہیں کر سکا۔ HipAid بند ہونے تک آپ کے جواب اسکرین پر رہیں گے۔
start-notice-settings-damaged = کلینک کی سیٹنگز پڑھی نہیں جا سکیں، اس لیے HipAid عام سیٹنگز کے ساتھ شروع ہوا۔ فائل تکنیکی مدد کے لیے رکھ لی گئی ہے۔ کلینک کا عملہ انہیں ”کلینک کی سیٹنگز“ میں دوبارہ طے کر سکتا ہے۔
start-settings = کلینک کی سیٹنگز

## Clinic settings screen: for clinic staff, before visits. Nothing about patients is kept here.

settings-title = کلینک کی سیٹنگز
settings-intro = یہ سیٹنگز اسی کمپیوٹر پر محفوظ رہتی ہیں اور ہر ملاقات میں استعمال ہوتی ہیں۔ ان میں مریضوں کے بارے میں کچھ نہیں ہوتا۔
settings-clinic-heading = آپ کا کلینک
settings-clinic-name = کلینک کا نام
settings-address = پتا
settings-phone = فون نمبر
settings-logo = چھپے ہوئے خلاصے کے لیے لوگو
# Variables:
#   $kb (Number) - the largest file size allowed, in kilobytes
#   $px (Number) - the largest width or height allowed, in pixels
settings-logo-hint = PNG تصویر، زیادہ سے زیادہ { $kb } KB، اور چوڑائی یا اونچائی زیادہ سے زیادہ { $px } پکسل۔
settings-logo-choose = لوگو کی فائل چنیں
settings-logo-remove = لوگو ہٹائیں
settings-logo-none = کوئی لوگو نہیں چنا گیا۔
settings-logo-preview = لوگو چھپنے پر ایسا دکھائی دے گا
settings-languages-heading = زبانیں اور کاغذ
settings-ui-locale = HipAid شروع ہونے پر ایپ کی زبان
settings-patient-locale = نئی ملاقات میں مریض کی زبان
settings-locale-default = کمپیوٹر کی زبان
settings-patient-locale-default = وہی جو ایپ کی زبان ہے
settings-paper = خلاصے کے کاغذ کا سائز
settings-paper-default = A4، یا امریکی انگریزی کے لیے امریکی لیٹر سائز
settings-paper-a4 = A4
settings-paper-letter = امریکی لیٹر سائز
settings-options-heading = اس کلینک میں علاج کے طریقے
settings-options-intro = جو طریقہ کلینک میں نہیں ہوتا، اس کا نشان ہٹا دیں: وہ ہر ملاقات کے شروع میں چھپا رہے گا، اور معالج پھر بھی اسے دکھا سکتا ہے۔ خرچ کے نوٹ تحقیق کے اعداد کے ساتھ دکھائے جاتے ہیں۔
settings-offered = یہاں دستیاب ہے
settings-cost-note = اس کلینک میں خرچ (اختیاری)
settings-insurance-note = انشورنس کے بارے میں نوٹ (اختیاری)
settings-view-heading = ملاقاتیں کیسے شروع ہوں
settings-start-view = ملاقات کے شروع میں کون سی اسکرین دکھائی جائے
settings-view-clinician = معالج والی اسکرین
settings-view-patient = مریض والی اسکرین، بڑے حروف کے ساتھ
settings-max-age = ادھوری ملاقات کتنے گھنٹے رکھی جائے
# Variables:
#   $max (Number) - the largest number of hours allowed
settings-max-age-hint = اگر ملاقات کے دوران HipAid بند ہو جائے، تو اتنے گھنٹوں تک ملاقات دوبارہ کھولی جا سکتی ہے (ایک سے { $max } تک)۔ اس کے بعد اسے مٹا دیا جاتا ہے۔
settings-save = سیٹنگز محفوظ کریں
settings-saving = محفوظ ہو رہی ہیں…
settings-back = شروع کی اسکرین پر واپس جائیں
settings-saved = سیٹنگز محفوظ ہو گئیں۔ یہ اگلی ملاقات سے لاگو ہوں گی۔
settings-has-problems = ابھی کچھ بھی محفوظ نہیں ہوا۔ براہِ کرم نشان لگے خانے ٹھیک کریں۔

## Clinic settings: what is wrong with one field

# Variables:
#   $max (Number) - the most characters allowed
settings-problem-too-long = یہ بہت لمبا ہے۔ زیادہ سے زیادہ { $max } حروف استعمال کریں۔
settings-problem-invalid-text = اس میں کچھ ایسے حروف ہیں جو ایپ استعمال نہیں کر سکتی۔ حروف، اعداد اور سادہ رموزِ اوقاف استعمال کریں۔
settings-problem-invalid-phone = یہ فون نمبر نہیں لگتا۔ ہندسے، خالی جگہ اور صرف یہ نشان استعمال کریں: + ( ) - . /
settings-problem-not-png = یہ فائل PNG تصویر نہیں ہے۔ براہِ کرم PNG فائل چنیں۔
# Variables:
#   $max (Number) - the largest file size allowed, in kilobytes
settings-problem-logo-too-large = یہ فائل بہت بڑی ہے۔ زیادہ سے زیادہ { $max } KB کی فائل چنیں۔
# Variables:
#   $max (Number) - the largest width or height allowed, in pixels
settings-problem-logo-size = یہ تصویر بہت چھوٹی یا بہت بڑی ہے۔ ایسی تصویر چنیں جس کی چوڑائی اور اونچائی سولہ سے { $max } پکسل تک ہو۔
settings-problem-unknown-locale = یہ زبان دستیاب نہیں۔ براہِ کرم فہرست میں سے کوئی زبان چنیں۔
settings-problem-unknown-option = HipAid کا یہ ورژن علاج کے اس طریقے کو نہیں پہچانتا۔
# Variables:
#   $max (Number) - the largest number allowed
settings-problem-out-of-range = براہِ کرم ایک سے { $max } تک کوئی پورا عدد چنیں۔
settings-problem-unsupported-version = یہ سیٹنگز HipAid کے کسی نئے ورژن نے بنائی تھیں۔

## بیماری کی اسکرین: موجودہ ملاقات، اوپر دکھائی جاتی ہے

# Variables:
#   $label (String) - شروع کی اسکرین پر لکھا گیا مریض کا چھوٹا نوٹ، جیسے "کمرہ 4"
condition-consultation-label = ملاقات: { $label }
# Variables:
#   $time (Date) - ملاقات شروع ہونے کی تاریخ اور وقت
condition-consultation-started = ملاقات شروع ہوئی: { $time }
# Variables:
#   $name (String) - شروع کی اسکرین پر معالج کا لکھا ہوا نام
condition-consultation-clinician = معالج: { $name }

## بیماری کی اسکرین: مسئلہ اور اس کا مرحلہ چننا

condition-heading = مسئلہ اور علاج کے طریقے
condition-intro = مسئلہ چنیں، اور یہ بتائیں کہ وہ کتنا بڑھ چکا ہے۔ پھر آپ علاج کے طریقے دیکھیں گے، اور یہ بھی کہ تحقیق ان کے بارے میں کیا کہتی ہے۔
condition-choose-legend = مسئلہ
condition-stage-legend = مرحلہ (ایکسرے کے مطابق)
condition-stage-unknown = ابھی معلوم نہیں
condition-stage-unknown-description = مثال کے طور پر، ابھی ایکسرے نہیں ہوا۔

## بیماری کی اسکرین: چنی گئی بیماری اور مرحلے کے بارے میں

condition-stage-heading = آپ کا مرحلہ
condition-parts-heading = کولہے کے متاثرہ حصے
condition-diagnosis-heading = اس کی تشخیص کیسے ہوتی ہے
# بیماری کے بارے میں ایک عدد، ایک جملے کی شکل میں۔
# Variables:
#   $count (Number) - کتنے لوگ، جیسے 25 یا 2.5
#   $denominator (Number) - کتنے لوگوں میں سے، جیسے 100 یا 1,000
#   $what (String) - ان کے ساتھ کیا ہوتا ہے، مواد سے، جیسے "85 سال کی عمر تک کولہے کے گٹھیا میں مبتلا ہو جاتے ہیں"
condition-figure-people = ہر { $denominator } میں سے { $count } لوگ { $what }
# Variables:
#   $low (Number) - لوگوں کی سب سے کم ممکنہ تعداد
#   $high (Number) - لوگوں کی سب سے زیادہ ممکنہ تعداد
#   $denominator (Number) - کتنے لوگوں میں سے، جیسے 100 یا 1,000
#   $what (String) - ان کے ساتھ کیا ہوتا ہے، مواد سے
condition-figure-people-range = ہر { $denominator } میں سے { $low } سے { $high } لوگ { $what }
# لوگوں کی گنتی، کسی گروپ میں سے نہیں۔
# Variables:
#   $count (Number) - کتنے لوگ، جیسے 10,000
#   $what (String) - یہ کون لوگ ہیں، مواد سے، جیسے "بالغ افراد: امریکہ میں ہر سال ان میں پہلی بار یہ مسئلہ پایا جاتا ہے"
condition-figure-count = { $count } { $what }
# Variables:
#   $low (Number) - سب سے کم ممکنہ گنتی، جیسے 10,000
#   $high (Number) - سب سے زیادہ ممکنہ گنتی، جیسے 20,000
#   $what (String) - یہ کون لوگ ہیں، مواد سے
condition-figure-count-range = { $low }–{ $high } { $what }
condition-figure-one-time = مدت: ایک ہی وقت میں گنتی کی گئی

## بیماری کی اسکرین: علاج کے وہ طریقے جو اس مسئلے کے لیے ہیں

condition-options-heading = علاج کے طریقے
condition-options-intro = یہ طریقے اس مسئلے کے لیے ہیں۔ یہ کسی ترجیحی ترتیب میں نہیں ہیں۔ آپ کے لیے کون سا بہتر ہے، یہ اس پر منحصر ہے کہ آپ کے لیے سب سے اہم کیا ہے۔
condition-options-empty = ابھی اس کے لیے علاج کا کوئی طریقہ دکھانے کو نہیں ہے۔
condition-card-fits = اس مسئلے کے لیے:
# Variables:
#   $option (String) - علاج کے طریقے کا نام، جیسے "اسٹیرائیڈ انجیکشن"
condition-card-details = تفصیل دیکھیں
    .aria-label = تفصیل دیکھیں: { $option }

## تحقیق سے ملنے والے اعداد، بیماری اور علاج کی اسکرینوں پر

# Variables:
#   $count (Number) - کتنے لوگوں کے ساتھ یہ ہوتا ہے، جیسے 45 یا 0.08
#   $denominator (Number) - کتنے لوگوں میں سے، جیسے 100 یا 1,000
number-people = ہر { $denominator } میں سے { $count } لوگ
# Variables:
#   $low (Number) - لوگوں کی سب سے کم ممکنہ تعداد
#   $high (Number) - لوگوں کی سب سے زیادہ ممکنہ تعداد
#   $denominator (Number) - کتنے لوگوں میں سے، جیسے 100
number-people-range = ہر { $denominator } میں سے { $low } سے { $high } لوگ
# کسی اسکور میں اوسط تبدیلی، جیسے درد کا اسکور۔
# Variables:
#   $change (Number) - اوسط تبدیلی، جمع یا منفی کے نشان کے ساتھ، جیسے -1.2 یا +6.4
number-score = اوسط تبدیلی: { $change } پوائنٹ
# Variables:
#   $low (Number) - سب سے کم ممکنہ اوسط تبدیلی، نشان کے ساتھ
#   $high (Number) - سب سے زیادہ ممکنہ اوسط تبدیلی، نشان کے ساتھ
number-score-range = اوسط تبدیلی: { $low } سے { $high } پوائنٹ
# Variables:
#   $scale (String) - اسکور کا نام، مواد سے، جیسے "درد کا اسکور، 0 (کوئی درد نہیں) سے 10 (شدید ترین درد) تک"
number-scale = پیمانہ: { $scale }
number-not-measured = ناپا نہیں گیا
number-comparator-label = کس سے موازنہ کیا گیا
number-comparator-result-label = اس گروپ کا نتیجہ
# Variables:
#   $span (String) - کتنا عرصہ، جیسے "2 مہینے"، "1–3 سال" یا "معلوم نہیں"
number-timeframe = مدت: { $span }

## ہر عدد اور بات کے ساتھ اس کے ذرائع

# Variables:
#   $count (Number) - کتنے ذرائع ہیں
sources-toggle =
    { $count ->
        [one] ذریعہ
       *[other] ذرائع ({ $count })
    }
sources-study-type-label = تحقیق کی قسم
sources-year-label = سال
sources-size-label = تعداد
sources-doi-label = DOI
sources-pmid-label = PubMed ID
sources-url-label = ویب ایڈریس
# Variables:
#   $id (String) - اس ذریعے کا مختصر نام جو فہرست میں نہیں ہے، جیسے "lambert-2007"
sources-unknown = یہ ذریعہ فہرست میں موجود نہیں: { $id }

## علاج کی اسکرین: علاج کے ایک طریقے کی پوری تفصیل

# Variables:
#   $condition (String) - مسئلے کا نام
option-for-condition = کس کے لیے: { $condition }
# Variables:
#   $condition (String) - مسئلے کا نام
#   $stage (String) - مرحلے کا نام، جیسے "دوسرا درجہ: ہلکا"
option-for-condition-stage = کس کے لیے: { $condition }۔ { $stage }
option-certainty-label = اس کے اثر کے بارے میں تحقیق کتنی پختہ ہے:
option-what-heading = یہ کیا ہے
option-variants-heading = دستیاب قسمیں
# Variables:
#   $condition (String) - مسئلے کا نام
option-fits-heading = { $condition } میں یہ طریقہ کب کام آتا ہے
option-steps-heading = قدم بہ قدم کیا ہوتا ہے
option-visits-label = ملاقاتیں
# Variables:
#   $count (Number) - کتنی ملاقاتیں
option-visits =
    { $count ->
        [one] { $count } ملاقات
       *[other] { $count } ملاقاتیں
    }
# Variables:
#   $low (Number) - کم سے کم ملاقاتیں
#   $high (Number) - زیادہ سے زیادہ ملاقاتیں
option-visits-range = { $low } سے { $high } ملاقاتیں
option-visits-unknown = معلوم نہیں
option-guidance-label = رہنمائی کے لیے اسکین
option-anaesthesia-label = سن کرنے والی دوا یا بے ہوشی
option-time-off-label = روزمرہ کاموں سے چھٹی
option-timeline-heading = یہ کب فائدہ دیتا ہے، اور کتنی دیر تک
option-onset-label = فائدہ کب شروع ہوتا ہے
option-peak-label = سب سے زیادہ فائدہ کب ہوتا ہے
option-lasts-label = فائدہ کتنی دیر رہتا ہے
option-recovery-label = روزمرہ کاموں پر واپسی
option-timeline-certainty-label = ان اوقات کے بارے میں تحقیق کتنی پختہ ہے:
option-milestones-heading = صحت یابی کے مرحلے
# Variables:
#   $label (String) - صحت یابی کا مرحلہ، مواد سے، جیسے "بیساکھی کے بغیر چلنا"
#   $time (String) - کب، جیسے "4–6 ہفتے" یا "معلوم نہیں"
option-milestone = { $label }: { $time }
option-outcomes-heading = فائدے اور ممکنہ نقصانات
option-outcomes-intro = ہر عدد تحقیق سے لیا گیا ہے۔ یہ بتاتا ہے کہ ایک گروپ میں سے کتنے لوگوں کے ساتھ یہ ہوا، یا کسی اسکور میں اوسطاً کتنی تبدیلی آئی۔ فائدے اور نقصانات ساتھ ساتھ، ایک جیسی تفصیل سے دکھائے گئے ہیں۔
option-benefits-heading = فائدے
option-harms-heading = ممکنہ نقصانات
option-outcome-benefit = فائدہ
option-outcome-harm = ممکنہ نقصان
option-outcome-no-data = قابلِ بھروسا اعداد نہیں ملے
option-outcomes-empty = اس مسئلے کے لیے تحقیق میں یہاں دکھانے کو کچھ نہیں ملا۔
option-scale-lower-better = اس پیمانے پر کم اسکور بہتر ہے۔
option-scale-higher-better = اس پیمانے پر زیادہ اسکور بہتر ہے۔
option-repeats-heading = کیا یہ دوبارہ کیا جا سکتا ہے؟
option-repeats-gap-label = دو علاجوں کے درمیان کم سے کم وقفہ
option-repeats-max-label = ایک سال میں زیادہ سے زیادہ
# Variables:
#   $count (Number) - ایک سال میں زیادہ سے زیادہ کتنی بار علاج کیا جا سکتا ہے
option-repeats-max =
    { $count ->
        [one] { $count } بار
       *[other] { $count } بار
    }
option-cost-heading = خرچ اور انشورنس
option-cost-label = قیمت
# Variables:
#   $amount (Number) - قیمت، کرنسی کے ساتھ، جیسے $574
#   $per (String) - قیمت کس چیز کی ہے، جیسے "فی انجیکشن"
option-cost-amount = { $amount } { $per }
# Variables:
#   $low (Number) - سب سے کم ملنے والی قیمت، کرنسی کے ساتھ
#   $high (Number) - سب سے زیادہ ملنے والی قیمت، کرنسی کے ساتھ
#   $per (String) - قیمت کس چیز کی ہے، جیسے "فی انجیکشن"
option-cost-range = { $low } سے { $high } { $per }
option-insurance-label = انشورنس
option-guidelines-heading = رہنما ہدایات کیا کہتی ہیں
option-guideline-stance-label = ان کا مشورہ
option-regulatory-heading = منظوری
option-factors-heading = وہ باتیں جو آپ کے معاملے میں صورتِ حال بدل سکتی ہیں
option-claims-heading = کلینک کیا دعوے کرتے ہیں، اور شواہد کیا کہتے ہیں
option-claim-label = دعویٰ
option-claim-answer-label = شواہد کیا کہتے ہیں
option-pay-card-heading = کلینک کو پیسے دینے سے پہلے
option-pay-card-questions = پوچھنے کے لیے سوال
option-pay-card-facts = جاننے کی باتیں

## اس معلومات کے بارے میں (بیماری اور علاج کی اسکرینوں کے نیچے ایک حصہ)

about-toggle = اس معلومات کے بارے میں
# Variables:
#   $version (String) - طبی مواد کا ورژن، جیسے "1.0.0"
about-version = مواد کا ورژن: { $version }
# Variables:
#   $date (Date) - مواد کو آخری بار تحقیق سے کب ملایا گیا
about-last-reviewed = آخری بار تحقیق سے ملایا گیا: { $date }
# Variables:
#   $date (Date) - اگلی جانچ کی آخری تاریخ
about-next-review = اگلی جانچ اس تاریخ تک: { $date }
about-decision-heading = فیصلہ
about-purpose-heading = یہ ٹول کس لیے ہے
about-updates-heading = ہم اسے تازہ کیسے رکھتے ہیں
about-funding-heading = اس کا خرچ کس نے اٹھایا
about-conflicts-heading = مفادات کا ٹکراؤ
about-authors-heading = اسے کس نے لکھا

## خرابی کے پیغامات۔ ایپ کے اندرونی حصے کے ہر خرابی کوڈ کے لیے ایک پیغام۔ ہر پیغام بتاتا ہے کہ کیا ہوا،
## کہ لکھا ہوا کچھ ضائع نہیں ہوا، اور اب کیا کرنا ہے۔

error-unknown-locale = یہ زبان دستیاب نہیں۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم فہرست میں سے کوئی زبان چنیں۔
error-unknown-condition = ایپ اس مسئلے کو نہیں پہچانتی۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم فہرست میں سے کوئی مسئلہ چنیں۔
error-unknown-stage = ایپ اس مرحلے کو نہیں پہچانتی۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم فہرست میں سے کوئی مرحلہ چنیں۔
error-text-too-long = کچھ عبارت بہت لمبی ہے۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم مریض کا نوٹ یا اپنا نام چھوٹا کریں، پھر دوبارہ کوشش کریں۔
error-invalid-text = عبارت میں کچھ ایسے حروف ہیں جو ایپ استعمال نہیں کر سکتی۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم حروف، اعداد اور سادہ رموزِ اوقاف استعمال کریں، پھر دوبارہ کوشش کریں۔
error-no-consultation = ابھی کوئی ملاقات شروع نہیں ہوئی۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم شروع کی اسکرین پر واپس جائیں اور ملاقات شروع کریں۔
error-no-condition = ابھی کوئی مسئلہ نہیں چنا گیا۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم پہلے مسئلہ چنیں۔
error-unknown-option = علاج کا یہ طریقہ اس مسئلے اور مرحلے کے لیے نہیں ہے، یا کلینک یہ علاج نہیں کرتا۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم فہرست میں سے کوئی طریقہ چنیں۔
error-too-many-compared = آپ ایک وقت میں زیادہ سے زیادہ چار طریقوں کا موازنہ کر سکتے ہیں۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم ایک ہٹائیں، پھر دوسرا چنیں۔
error-decision-needs-option = براہِ کرم وہ طریقہ چنیں جس کی طرف آپ کا جھکاؤ ہے، یا ”ابھی فیصلہ نہیں کیا“ چنیں۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔
error-invalid-date = یہ ایسی تاریخ نہیں جو ایپ استعمال کر سکے۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم کیلنڈر سے تاریخ چنیں۔
error-date-in-past = یہ تاریخ آج سے پہلے کی ہے۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم آج کی یا بعد کی تاریخ چنیں۔
error-unsupported-version = ملاقات کی یہ فائل ایپ کے کسی دوسرے ورژن نے بنائی تھی، اس لیے پڑھی نہیں جا سکتی۔ کچھ بھی بدلا نہیں گیا۔
error-summary-failed = خلاصہ نہیں بن سکا۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم دوبارہ کوشش کریں؛ اگر پھر ایسا ہو تو کلینک کے تکنیکی عملے کو بتائیں۔
error-save-failed = خلاصہ اس جگہ محفوظ نہیں ہو سکا۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم کوئی دوسرا فولڈر چنیں، یا دیکھیں کہ ڈسک پر جگہ ہے۔
error-invalid-settings = کچھ سیٹنگز ٹھیک کرنی ہیں، اس لیے کچھ بھی محفوظ نہیں ہوا۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم نشان لگے خانے دیکھیں۔
error-settings-not-saved = سیٹنگز اس کمپیوٹر پر محفوظ نہیں ہو سکیں۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم دیکھیں کہ ڈسک پر جگہ ہے، یا تکنیکی مدد سے پوچھیں۔
error-internal = ایپ کے اندر کوئی خرابی ہو گئی۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم دوبارہ کوشش کریں۔
