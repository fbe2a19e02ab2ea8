### طبی مواد کے مشترک الفاظ: یقین، رہنما ہدایات کا مؤقف، علاج کیسے کیا جاتا ہے، وقت کی اکائیاں،
### خرچ، اور ہر نتیجے کا کس سے موازنہ کیا گیا۔ اعداد خود crates/hipaid-core/content/ میں ہیں
### اور یہاں صرف متغیرات کی شکل میں آتے ہیں۔

## فیصلہ اور یہ دستاویز (IPDAS: فیصلہ، تاریخ، تازہ کاری کا طریقہ، خرچ کس نے دیا)

document-decision = فیصلہ: اپنے کولہے کے درد کا علاج کیسے کریں، یا ابھی علاج کریں بھی یا نہیں۔
document-purpose = یہ ٹول آپ اور آپ کے معالج کو علاج کے طریقوں پر بات کرنے میں مدد دیتا ہے۔ یہ تحقیق سے حقائق اور اعداد دیتا ہے۔ یہ آپ کے لیے فیصلہ نہیں کرتا۔
document-update-policy = ہم یہ معلومات سال میں کم از کم ایک بار نئی تحقیق سے ملاتے ہیں۔ اگلی جانچ { $next } تک ہونی ہے۔ اگر کوئی اہم نئی تحقیق یا نئی رہنما ہدایات آ جائیں تو ہم اس سے پہلے بھی جانچتے ہیں۔
document-funding = یہ ٹول HipAid پروجیکٹ کی ٹیم نے لکھا ہے۔ یہاں دکھائے گئے کسی علاج کو بیچنے والی کسی کمپنی نے نہ اس کے پیسے دیے، نہ اس میں کوئی رائے دی۔
document-conflicts = اسے لکھنے والوں کا یہاں دکھائے گئے کسی علاج سے کوئی مالی تعلق نہیں۔ آپ کوئی بھی طریقہ چنیں، کسی کی کمائی زیادہ نہیں ہوتی۔
document-authors = HipAid ٹیم نے اسے شائع شدہ تحقیق اور رہنما ہدایات سے لکھا ہے۔ ہر عدد کے ساتھ لکھا ہے کہ وہ کہاں سے لیا گیا۔
document-not-advice = یہ خلاصہ آپ کے معالج سے بات چیت میں مدد کے لیے ہے۔ یہ ان کے مشورے کی جگہ نہیں لیتا۔

## ہمیں کتنا یقین ہے (GRADE: شواہد پر یقین کی سطح)

certainty-high = زیادہ یقین
certainty-moderate = درمیانہ یقین
certainty-low = کم یقین
certainty-very-low = بہت کم یقین
certainty-high-explain = اس بات کا بہت کم امکان ہے کہ نئی تحقیق اسے بدل دے۔
certainty-moderate-explain = ہو سکتا ہے نئی تحقیق اسے بدل دے۔
certainty-low-explain = اس بات کا کافی امکان ہے کہ نئی تحقیق اسے بدل دے۔
certainty-very-low-explain = یہ تقریباً اندازہ ہے۔ نئی تحقیق سے اس کے بدلنے کا امکان ہے۔

## رہنما ہدایات کیا کہتی ہیں

stance-strong-for = کرنے کی پُرزور سفارش
stance-for = کرنے کی سفارش
stance-conditional-for = کچھ لوگوں کے لیے تجویز
stance-consider = اس پر غور کیا جا سکتا ہے
stance-option = مناسب طریقوں میں سے ایک
stance-no-recommendation = نہ حق میں سفارش، نہ خلاف
stance-conditional-against = زیادہ تر لوگوں کے لیے نہ کرنے کی تجویز
stance-against = نہ کرنے کی سفارش
stance-strong-against = نہ کرنے کی پُرزور سفارش
stance-none-found = کسی رہنما ہدایات میں اس کا ذکر نہیں

guideline-none = کوئی رہنما ہدایات نہیں
guideline-aaos-2023 = امریکن اکیڈمی آف آرتھوپیڈک سرجنز (AAOS)، 2023
guideline-aaos-2017 = امریکن اکیڈمی آف آرتھوپیڈک سرجنز (AAOS)، 2017
guideline-acr-af-2019 = امریکن کالج آف ریومیٹولوجی (ACR) اور آرتھرائٹس فاؤنڈیشن، 2019
guideline-oarsi-2019 = اوسٹیو آرتھرائٹس ریسرچ سوسائٹی انٹرنیشنل (OARSI)، 2019
guideline-nice-ng226-2022 = NICE (انگلینڈ) کی اوسٹیو آرتھرائٹس کی رہنما ہدایات NG226، 2022
guideline-warwick-2016 = کولہے کے امپنجمنٹ پر وارِک معاہدہ (Warwick Agreement)، 2016
guideline-eular-2021 = جوڑوں کے انجیکشن پر EULAR کا مشورہ، 2021
guideline-eular-2022 = رُوماٹائیڈ آرتھرائٹس پر EULAR کا مشورہ، 2022
guideline-chinese-onfh-2020 = کولہے کے ایوسکولر نیکروسس پر چین کی رہنما ہدایات، 2020

## علاج کے طریقوں کی قسمیں اور وہ کیسے کیے جاتے ہیں

kind-self-care = اپنی دیکھ بھال خود
kind-monitoring = انتظار اور نگرانی
kind-injection = انجیکشن
kind-surgery = آپریشن

guidance-none = کسی اسکین کی ضرورت نہیں۔
guidance-ultrasound = ڈاکٹر سوئی کو صحیح جگہ پہنچانے کے لیے الٹراساؤنڈ اسکین استعمال کرتا ہے۔
guidance-ultrasound-or-x-ray = ڈاکٹر سوئی کو صحیح جگہ پہنچانے کے لیے الٹراساؤنڈ یا ایکسرے کی تصویر استعمال کرتا ہے۔
guidance-camera = سرجن چھوٹے چیروں کے ذریعے ایک ننھے کیمرے کی مدد سے کام کرتا ہے۔
anaesthesia-none = سن کرنے والی کسی دوا کی ضرورت نہیں۔
anaesthesia-local = جلد پر اور کولہے میں سن کرنے والی دوا لگائی جاتی ہے۔
anaesthesia-spinal-or-general = آپ کی ریڑھ کی ہڈی میں ایک انجیکشن لگتا ہے جو کمر سے نیچے کا حصہ سن کر دیتا ہے، یا آپ کو بے ہوش کیا جاتا ہے۔
anaesthesia-general = آپریشن کے لیے آپ کو بے ہوش کیا جاتا ہے۔

regulatory-approved = منظور شدہ دوا یا آلہ
regulatory-standard-procedure = معمول کا علاج
regulatory-not-approved = اس استعمال کے لیے منظور نہیں
regulatory-not-regulated = منظوری کی ضرورت نہیں
regulatory-not-verified = اس استعمال کے لیے منظوری کی تصدیق نہیں ہوئی

repeats-allowed-yes = دوبارہ کیا جا سکتا ہے
repeats-allowed-limited = دوبارہ کیا جا سکتا ہے، کچھ حدوں کے ساتھ
repeats-allowed-no = عام طور پر ایک ہی بار کیا جاتا ہے
repeats-allowed-unknown = معلوم نہیں کہ دوبارہ کرنے سے فائدہ ہوتا ہے یا نہیں

insurance-usually-covered = عام طور پر انشورنس ادا کرتی ہے
insurance-sometimes-covered = کبھی کبھی انشورنس ادا کرتی ہے
insurance-usually-not-covered = عام طور پر انشورنس ادا نہیں کرتی؛ آپ خود ادا کرتے ہیں
insurance-unknown = معلوم نہیں کہ انشورنس ادا کرتی ہے یا نہیں

cost-per-session = فی سیشن
cost-per-injection = فی انجیکشن
cost-per-course = فی کورس
cost-per-operation = فی آپریشن
cost-unknown = کوئی قابلِ بھروسا قیمت نہیں ملی
# Variables:
#   $amount (Number)
#   $currency (String)
money =
    { $currency ->
        [USD] ${ $amount }
       *[other] { $amount } { $currency }
    }

## اوقات

span-unknown = معلوم نہیں
span-none = نقلی علاج سے زیادہ کوئی اثر نہیں
span-days = { $low ->
    [one] { $low } دن
   *[other] { $low } دن
}
span-weeks = { $low ->
    [one] { $low } ہفتہ
   *[other] { $low } ہفتے
}
span-months = { $low ->
    [one] { $low } مہینہ
   *[other] { $low } مہینے
}
span-years = { $low ->
    [one] { $low } سال
   *[other] { $low } سال
}
span-range-days = { $low }–{ $high } دن
span-range-weeks = { $low }–{ $high } ہفتے
span-range-months = { $low }–{ $high } مہینے
span-range-years = { $low }–{ $high } سال

## اعداد کا کس سے موازنہ کیا گیا

comparator-placebo-injection = نقلی انجیکشن، جس میں آزمایا جانے والا علاج نہیں تھا
comparator-local-anaesthetic-injection = صرف سن کرنے والی دوا کا انجیکشن
comparator-no-treatment = کوئی علاج نہیں
comparator-no-exercise = ورزش کا پروگرام نہ کرنا
comparator-usual-care = فیملی ڈاکٹر کا معمول کا علاج
comparator-wait-and-see = انتظار کر کے دیکھنا کہ کیا ہوتا ہے
comparator-advice-alone = صرف مشورہ اور معلومات
comparator-education-and-exercise = مشورہ اور ساتھ میں ورزش کا منصوبہ
comparator-exercise-alone = صرف ورزش کا پروگرام
comparator-physiotherapy = فزیوتھراپی (تھراپسٹ کے ساتھ ورزش)
comparator-resistance-training = پٹھے مضبوط کرنے والی ورزش کا پروگرام
comparator-steroid-injection = اسٹیرائیڈ انجیکشن
comparator-hyaluronic-acid = جیل (ہائیلورونک ایسڈ) کا انجیکشن
comparator-core-decompression-alone = کور ڈی کمپریشن، خلیے ملائے بغیر
comparator-no-injection = وہ لوگ جنہیں کوئی انجیکشن نہیں لگا
comparator-no-comparison-group = موازنے کے لیے کوئی گروپ نہیں: تحقیق میں صرف وہ لوگ دیکھے گئے جنہوں نے یہ علاج کروایا
comparator-no-recent-injection = وہ لوگ جنہیں آپریشن سے پہلے کے مہینوں میں کولہے کا کوئی انجیکشن نہیں لگا

## تحقیق کی قسمیں (ہر حوالے کے ساتھ دکھائی جاتی ہیں)

study-type-rct = رینڈمائزڈ ٹرائل (قرعہ اندازی سے گروپ بنا کر کی گئی آزمائش)
study-type-systematic-review = بہت سی تحقیقوں کا جائزہ
study-type-network-meta-analysis = بہت سے علاجوں کا موازنہ کرنے والا جائزہ
study-type-cohort = لوگوں کے ایک گروپ کو وقت کے ساتھ دیکھنے والی تحقیق
study-type-registry = علاج کروانے والے مریضوں کا ریکارڈ
study-type-case-series = کچھ مریضوں کے بارے میں رپورٹ
study-type-cross-sectional = ایک ہی وقت میں کیا گیا سروے
study-type-guideline = رہنما ہدایات
study-type-consensus = ماہرین کا اتفاقِ رائے
study-type-regulator = نگران ادارے کا بیان
study-type-evidence-summary = شواہد کا خلاصہ
study-type-review = جائزے کا مضمون
study-type-patient-information = ہسپتال یا کلینک کی معلومات
study-type-price-survey = قیمتوں کا سروے
study-type-policy = انشورنس کمپنی کی پالیسی

## بیماری کے بارے میں عدد کیا بتاتا ہے

figure-topic-how-common = یہ کتنا عام ہے
figure-topic-natural-course = علاج کے بغیر کیا ہوتا ہے

## کولہے کی تصویر کے حصے

part-bone = ہڈی
part-cartilage = کارٹلیج (جوڑ کی چکنی تہہ)
part-labrum = لیبرم (پیالے کا کنارہ)
part-tendons-bursa = ٹینڈن اور برسا (کولہے کا باہر والا حصہ)
part-blood-supply = کولہے کے گولے کو خون کی فراہمی
part-joint-lining = جوڑ کی اندرونی جھلی

## اسکور کے پیمانے (نام، عنوان کے طور پر دکھائے جاتے ہیں)

scale-pain-0-10 = درد کا اسکور، 0 (کوئی درد نہیں) سے 10 (شدید ترین درد) تک
scale-pain-0-100 = درد کا اسکور، 0 (کوئی درد نہیں) سے 100 (شدید ترین درد) تک
scale-oxford-hip-score = آکسفورڈ ہپ اسکور، 0 (سب سے خراب) سے 48 (سب سے اچھا) تک
scale-ihot-33 = iHOT-33 کولہے کا اسکور، 0 (سب سے خراب) سے 100 (سب سے اچھا) تک
scale-harris-hip-score = ہیرس ہپ اسکور، 0 (سب سے خراب) سے 100 (سب سے اچھا) تک
scale-hos-adl = روزمرہ کاموں کے لیے کولہے کا اسکور (Hip Outcome Score)، 0 (سب سے خراب) سے 100 (سب سے اچھا) تک
scale-self-rated-improvement = لوگوں نے خود کتنا بہتر محسوس کیا، 0 سے 100 فیصد تک
