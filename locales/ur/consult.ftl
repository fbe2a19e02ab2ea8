### ملاقات کے مرحلے: مرحلوں کی فہرست، پیچھے اور آگے، معالج اور مریض کے لیے منظر، طریقوں کا
### موازنہ، مریض کے لیے کیا اہم ہے، سوالات، SURE جانچ، فیصلہ اور خلاصے کی جھلک۔ مریضوں کے لیے
### آسان الفاظ: آٹھویں جماعت یا اس سے آسان۔ اعداد متغیرات سے آتے ہیں، عبارت میں کبھی لکھے نہیں جاتے۔

## مرحلوں کی فہرست، پیچھے اور آگے

consult-steps-label = ملاقات کے مرحلے
# Variables:
#   $number (Number) - فہرست میں مرحلے کا نمبر
consult-step-number = { $number }
consult-step-start = شروع
consult-step-condition = مسئلہ
consult-step-course = اگر کچھ نہ کیا جائے
consult-step-options = علاج کے طریقے
consult-step-compare = موازنہ
consult-step-visuals = فائدے اور نقصانات
consult-step-matters = آپ کے لیے کیا اہم ہے
consult-step-questions = سوالات
consult-step-ready = کیا آپ فیصلے کے لیے تیار ہیں؟
consult-step-decision = فیصلہ
# Variables:
#   $step (String) - اس مرحلے کا نام جس پر ”پیچھے“ لے جاتا ہے
consult-back = پیچھے: { $step }
# Variables:
#   $step (String) - اس مرحلے کا نام جس پر ”آگے“ لے جاتا ہے
consult-next = آگے: { $step }
# Variables:
#   $number (Number) - موجودہ مرحلہ
#   $total (Number) - کل کتنے مرحلے ہیں
consult-progress = مرحلہ { $number } از { $total }
# Variables:
#   $step (String) - وہ مرحلہ جہاں سے تفصیل کھولی گئی
nav-back-step = واپس: { $step }
consult-needs-condition = پہلے مسئلہ چنیں۔ باقی مرحلے اسی پر چلتے ہیں۔
consult-go-condition = مسئلہ چنیں

## منظر اور ملاقات ختم کرنا

consult-view-patient = مریض کے لیے بڑے حروف
consult-end = ملاقات ختم کریں
consult-end-confirm = کیا یہ ملاقات ختم کر دیں؟ سارے جواب اس کمپیوٹر سے مٹا دیے جائیں گے۔
consult-end-yes = ہاں، ختم کریں اور مٹا دیں
consult-end-no = نہیں، جاری رکھیں

## اگر کچھ نہ کیا جائے

consult-course-heading = اگر کچھ نہ کیا جائے تو کیا ہوتا ہے
consult-course-no-figures = تحقیق میں اس کے لیے کوئی اعداد نہیں ملے۔

## علاج کے طریقے اور موازنہ

consult-compare-legend = موازنے کے لیے طریقے
consult-compare-hint = دو سے چار طریقوں پر نشان لگائیں، تاکہ انہیں ساتھ ساتھ دیکھ سکیں۔
# Variables:
#   $option (String) - طریقے کا نام
consult-compare-this = { $option } کا موازنہ کریں
# Variables:
#   $option (String) - طریقے کا نام
consult-hide-option = کلینک { $option } نہیں کرتا: اسے چھپا دیں
consult-hidden-heading = چھپائے گئے، کیونکہ کلینک یہ نہیں کرتا
# Variables:
#   $option (String) - طریقے کا نام
consult-show-option = { $option } دوبارہ دکھائیں
consult-compare-heading = طریقوں کا موازنہ کریں
consult-compare-intro = طریقے ساتھ ساتھ دکھائے گئے ہیں، کسی ترجیحی ترتیب کے بغیر۔ ہر قطار ایک ایسے سوال کا جواب دیتی ہے جو لوگ اکثر پوچھتے ہیں۔
consult-compare-too-few = موازنے کے لیے کم از کم دو طریقوں پر نشان لگائیں۔
consult-compare-caption = چنے گئے علاج، ساتھ ساتھ
consult-row-what = یہ کیا ہے؟
consult-row-onset = یہ کتنی جلدی اثر کرتا ہے؟
consult-row-lasts = اثر کتنی دیر رہتا ہے؟
consult-row-benefits = کتنے لوگ بہتر ہوتے ہیں؟
consult-row-harms = کیا خرابی ہو سکتی ہے؟
consult-row-recovery = صحت یابی
consult-row-repeats = کیا یہ دوبارہ کیا جا سکتا ہے؟
consult-row-cost = خرچ
consult-row-certainty = تحقیق کتنی پختہ ہے؟
consult-row-guidelines = رہنما ہدایات کیا کہتی ہیں؟
# Variables:
#   $span (String) - یہ طریقہ سب سے زیادہ فائدہ کب دیتا ہے، جیسے "2 ہفتے" یا "معلوم نہیں"
consult-peak = سب سے زیادہ فائدہ: { $span }
# Variables:
#   $span (String) - روزمرہ کاموں سے چھٹی کا وقت
consult-time-off = روزمرہ کاموں سے چھٹی: { $span }
# Variables:
#   $guideline (String) - رہنما ہدایات کا نام
#   $stance (String) - ان کا مشورہ، جیسے "نہ کرنے کی سفارش"
consult-guideline-line = { $guideline }: { $stance }
# Variables:
#   $comparator (String) - موازنے والا گروپ، جیسے "نقلی انجیکشن لینے والے لوگ"
#   $result (String) - اس گروپ کا عدد
#   $timeframe (String) - مدت
#   $certainty (String) - تحقیق کتنی پختہ ہے
consult-outcome-meta = { $comparator }: { $result }۔ مدت: { $timeframe }۔ { $certainty }۔

## فائدے اور نقصانات تصویروں میں

consult-visuals-heading = فائدے اور نقصانات، تصویروں میں
# Variables:
#   $denominator (Number) - ہر تصویر میں گروپ کا سائز
consult-visuals-intro = ہر تصویر میں { $denominator } لوگ دکھائے گئے ہیں۔ بھرے ہوئے نشان وہ لوگ ہیں جن کے ساتھ یہ ہوا۔ دوسری تصویر ان لوگوں کا گروپ دکھاتی ہے جنہوں نے یہ علاج نہیں کروایا۔
consult-timeframes-differ = مختلف تحقیقوں میں لوگوں کو مختلف مدت تک دیکھا گیا۔ موازنہ کرنے سے پہلے ہر تصویر کے نیچے مدت دیکھ لیں۔
# Variables:
#   $denominator (Number) - ہر تصویر میں گروپ کا سائز
consult-no-arrays = تحقیق میں اس کے لیے ایسے اعداد نہیں ملے جو ہر { $denominator } لوگوں میں سے گنتی بتائیں۔
# Variables:
#   $timeframe (String) - مدت
#   $certainty (String) - تحقیق کتنی پختہ ہے
consult-array-meta = مدت: { $timeframe }۔ { $certainty }۔
# Variables:
#   $option (String) - طریقے کا نام
consult-array-with = { $option } کے ساتھ
# Variables:
#   $denominator (Number) - وہ بڑا گروپ جس میں کبھی کبھار ہونے والے نقصانات گنے جاتے ہیں
consult-rare-heading = کبھی کبھار ہونے والے نقصانات، ہر { $denominator } لوگوں میں سے
consult-words-only-heading = صرف الفاظ میں
consult-timeline-heading = یہ کب فائدہ دیتا ہے، اور کتنی دیر تک
consult-timeline-intro = ہر قطار علاج کے بعد کے مہینوں میں ایک طریقہ دکھاتی ہے۔ جو اوقات تحقیق کو معلوم نہیں، ان پر ”معلوم نہیں“ لکھا ہے۔

## آپ کے لیے کیا اہم ہے

consult-matters-heading = آپ کے لیے کیا اہم ہے؟
consult-matters-intro = بتائیں کہ ہر بات آپ کے لیے کتنی اہم ہے۔ کوئی جواب صحیح یا غلط نہیں۔ آپ کے جواب حقائق کے ساتھ دکھائے جاتے ہیں۔ ایپ ان کو جمع نہیں کرتی، اور نہ آپ کے لیے کوئی طریقہ چنتی ہے۔
consult-priority-avoid-surgery = آپریشن سے بچنا
consult-priority-quick-relief = جلد آرام ملنا
consult-priority-lasting-relief = ایسا آرام جو لمبے عرصے تک رہے
consult-priority-low-serious-harm = سنگین نقصان کا کم امکان
consult-priority-short-recovery = جلد صحت یابی
consult-priority-low-cost = میرے لیے کم خرچ
consult-priority-strong-evidence = اس کے پیچھے مضبوط تحقیق
consult-priority-few-visits = کلینک کے کم چکر
consult-importance-not-important = اہم نہیں
consult-importance-somewhat = کچھ اہم
consult-importance-very = بہت اہم
consult-matters-note-label = اپنے الفاظ میں: سب سے اہم کیا ہے؟ (اختیاری)
consult-matters-note-hint = مثال کے طور پر: کوئی سفر، کام، یا کسی کی دیکھ بھال۔
consult-reflect-heading = آپ نے جو کہا، حقائق کے ساتھ
consult-reflect-intro = جو باتیں آپ نے اہم بتائیں، اور ہر طریقے کا ان پر کیا اثر ہے۔
consult-reflect-empty = جب آپ کسی بات کو اہم بتائیں گے، تو وہ یہاں حقائق کے ساتھ دکھائی دے گی۔
consult-reflect-you-said = آپ نے کہا یہ اہم ہے
consult-fact-surgery = یہ آپریشن ہے۔
consult-fact-no-surgery = یہ آپریشن نہیں ہے۔
# Variables:
#   $span (String) - فائدہ کب شروع ہوتا ہے
consult-fact-onset = فائدہ شروع ہوتا ہے: { $span }
# Variables:
#   $span (String) - فائدہ کتنی دیر رہتا ہے
consult-fact-lasts = فائدہ رہتا ہے: { $span }
# Variables:
#   $span (String) - روزمرہ کاموں پر واپسی تک کا وقت
consult-fact-recovery = روزمرہ کاموں پر واپسی: { $span }
# Variables:
#   $visits (String) - ملاقاتوں کی تعداد، جیسے "2 ملاقاتیں" یا "معلوم نہیں"
consult-fact-visits = ملاقاتیں: { $visits }
# Variables:
#   $number (String) - جیسے "ہر 1,000 میں سے 8 لوگ"
#   $label (String) - ان کے ساتھ کیا ہوتا ہے
consult-fact-harm = { $number }: { $label }
consult-fact-see-details = تفصیل دیکھیں

## سوالات

consult-questions-heading = پوچھنے کے لیے سوال
consult-questions-intro = جو سوال آپ پوچھنا چاہتے ہیں، ان پر نشان لگائیں۔ یہ آپ کے گھر لے جانے والے خلاصے میں لکھے جائیں گے۔
consult-questions-legend = معالج سے سوال
consult-question-chance-for-me = اس بات کا کتنا امکان ہے کہ یہ مجھ جیسے کسی شخص کو فائدہ دے؟
consult-question-if-i-wait = اگر میں انتظار کروں اور بعد میں فیصلہ کروں تو کیا ہوگا؟
consult-question-back-to-activities = کام، گاڑی چلانے یا کھیل پر واپسی کب ممکن ہوگی؟
consult-question-if-it-fails = اگر اس سے فائدہ نہ ہو تو اس کے بعد ہم کیا کر سکتے ہیں؟
consult-question-how-many-done = آپ یا یہ کلینک یہ کتنی بار کرتے ہیں؟
consult-question-cost-to-me = اس پر میرا کتنا خرچ ہوگا، اور کیا انشورنس ادا کرے گی؟
consult-question-what-i-can-do = اپنے کولہے کی مدد کے لیے خود میرے بس میں کیا ہے؟
consult-question-second-opinion = کیا مجھے کسی دوسرے ڈاکٹر کی رائے لینی چاہیے؟
consult-own-questions-label = آپ کے اپنے سوال (اختیاری)
consult-own-questions-hint = انہیں یہاں لکھ لیں، تاکہ بھول نہ جائیں۔

## کیا آپ فیصلے کے لیے تیار ہیں؟ (SURE)

consult-ready-heading = کیا آپ فیصلے کے لیے تیار ہیں؟
consult-ready-intro = چار مختصر سوال۔ ہاں یا نہیں میں جواب دیں۔ ان سے آپ کو پتا چلے گا کہ چننے سے پہلے آپ کو کسی اور چیز کی ضرورت تو نہیں۔
consult-sure-sure = کیا آپ کو یقین ہے کہ آپ کے لیے سب سے اچھا طریقہ کون سا ہے؟
consult-sure-understand = کیا آپ ہر طریقے کے فائدے اور خطرے جانتے ہیں؟
consult-sure-risk-benefit = کیا آپ کو صاف پتا ہے کہ کون سے فائدے اور خطرے آپ کے لیے سب سے زیادہ اہم ہیں؟
consult-sure-encouragement = کیا فیصلہ کرنے کے لیے آپ کے پاس کافی سہارا اور مشورہ ہے؟
consult-yes = ہاں
consult-no = نہیں
consult-sure-ready = آپ نے چاروں سوالوں کا جواب ”ہاں“ میں دیا۔ لگتا ہے آپ فیصلے کے لیے تیار ہیں۔
consult-sure-not-ready = فیصلہ کرنے سے پہلے شاید آپ کو مزید وقت، معلومات یا سہارے کی ضرورت ہو۔ اس میں کوئی حرج نہیں۔ یہ چیزیں مدد کر سکتی ہیں:
consult-sure-help-sure = سوچنے کے لیے وقت لیں۔ آج ہی فیصلہ کرنا ضروری نہیں۔
consult-sure-help-understand = فائدے اور نقصانات پھر سے دیکھیں، یا معالج سے انہیں سمجھانے کو کہیں۔
consult-sure-help-risk-benefit = پھر سے دیکھیں کہ آپ کے لیے کیا اہم ہے، اور کسی بھروسے والے شخص سے اس پر بات کریں۔
consult-sure-help-encouragement = گھر والوں یا دوستوں سے بات کریں، یا کسی دوسرے ڈاکٹر کی رائے لیں۔
consult-teach-back-heading = سمجھ کی جانچ (معالج کے لیے)
consult-teach-back-prompt = مریض سے کہیں کہ اپنے الفاظ میں بتائیں: علاج کے طریقے کیا ہیں، ہر ایک ان کے لیے کیا کر سکتا ہے، اور آگے کیا ہوگا۔ جو بات واضح نہ ہو، اسے پھر سے سمجھائیں۔
consult-teach-back-done = ہو گیا: مریض نے اپنے الفاظ میں دہرا دیا

## فیصلہ اور اگلے قدم

consult-decision-heading = فیصلہ
consult-decision-intro = فیصلہ آپ کا ہے۔ آپ ابھی فیصلہ کر سکتے ہیں، کسی طریقے کی طرف جھکاؤ رکھ سکتے ہیں، یا مزید وقت لے سکتے ہیں۔
consult-decision-legend = آپ ابھی کہاں ہیں
consult-decision-not-yet = ابھی فیصلہ نہیں کیا
consult-decision-leaning = ایک طریقے کی طرف جھکاؤ ہے
consult-decision-chosen = فیصلہ کر لیا
consult-decision-option-legend = کون سا طریقہ؟
consult-next-steps-legend = اگلے قدم
consult-next-step-exercise-programme = ورزش کا پروگرام شروع کریں
consult-next-step-physio-referral = فزیوتھراپسٹ سے ملیں
consult-next-step-weight-support = وزن کے بارے میں مدد لیں
consult-next-step-book-injection = انجیکشن کا وقت لیں
consult-next-step-surgical-referral = سرجن سے ملیں
consult-next-step-more-tests = مزید ٹیسٹ یا اسکین کروائیں
consult-next-step-time-to-think = سوچنے کے لیے وقت لیں
consult-next-step-talk-with-family = گھر والوں یا دوستوں سے بات کریں
consult-next-step-second-opinion = کسی دوسرے ڈاکٹر کی رائے لیں
consult-next-step-follow-up-visit = اگلی ملاقات کا وقت لیں
consult-follow-up-label = اگلی ملاقات کی تاریخ (اختیاری)
consult-follow-up-hint = اگلی ملاقات یا فون کال کا دن۔
consult-notes-label = معالج کے نوٹ (اختیاری)
consult-notes-hint = یہ معالج کی کاپی پر چھپتے ہیں۔ مریض کا پورا نام نہ لکھیں۔

## گھر لے جانے والے خلاصے کی جھلک

consult-preview-heading = گھر لے جانے والے خلاصے میں کیا لکھا ہوگا
consult-preview-intro = اس ملاقات میں جو کہا گیا اور جو چنا گیا، وہ یہ ہے۔
consult-preview-condition = مسئلہ
# Variables:
#   $condition (String) - بیماری
#   $stage (String) - اس کا مرحلہ
consult-preview-condition-stage = { $condition }۔ { $stage }
consult-preview-options = جن طریقوں کا موازنہ کیا گیا
consult-preview-matters = آپ کے لیے کیا اہم ہے
# Variables:
#   $priority (String) - کیا اہم ہے
#   $importance (String) - کتنا اہم ہے
consult-preview-priority = { $priority }: { $importance }
consult-preview-ready = کیا آپ فیصلے کے لیے تیار ہیں؟
# Variables:
#   $yes (Number) - کتنے جواب ”ہاں“ تھے
#   $total (Number) - کتنے سوال تھے
consult-preview-sure = { $total } میں سے { $yes } جواب ”ہاں“ تھے۔
consult-preview-sure-incomplete = سارے سوالوں کے جواب نہیں دیے گئے۔
consult-preview-decision = فیصلہ
# Variables:
#   $option (String) - طریقے کا نام
consult-preview-leaning = جھکاؤ اس طرف ہے: { $option }
# Variables:
#   $option (String) - طریقے کا نام
consult-preview-chosen = فیصلہ: { $option }
consult-preview-next = اگلے قدم
# Variables:
#   $date (Date) - اگلی ملاقات کی تاریخ
consult-preview-follow-up = اگلی ملاقات: { $date }
consult-preview-questions = پوچھنے کے لیے سوال
consult-preview-none = ابھی کچھ نہیں
consult-preview-pdf-later = چھپے ہوئے خلاصے میں ہر طریقے کے اعداد، تصویریں اور ذرائع بھی ہوں گے۔
consult-print-button = خلاصہ محفوظ کریں اور چھاپیں
# ایک نشان لگانے والا خانہ، جو تب دکھایا جاتا ہے جب مریض کی زبان ایپ کی زبان سے مختلف ہو۔
consult-print-bilingual = ہر حصہ معالج کی زبان میں بھی چھاپیں
# PDF بنتے وقت بٹن پر دکھایا جاتا ہے۔
consult-print-working = خلاصہ بن رہا ہے…
# Variables:
#   $pages (Number) - محفوظ کی گئی PDF کے صفحے
#   $path (String) - PDF کہاں محفوظ ہوئی
consult-print-saved = { $pages ->
    [one] خلاصہ (ایک صفحہ) اس نام سے محفوظ ہو گیا ہے: { $path }۔ یہ آپ کے PDF ویور میں کھلتا ہے، چھاپنے کے لیے تیار۔
   *[other] خلاصہ ({ $pages } صفحات) اس نام سے محفوظ ہو گیا ہے: { $path }۔ یہ آپ کے PDF ویور میں کھلتا ہے، چھاپنے کے لیے تیار۔
}
# consult-print-saved کی جگہ تب دکھایا جاتا ہے جب کوئی PDF ویور نہیں کھلا۔
# Variables:
#   $pages (Number) - محفوظ کی گئی PDF کے صفحے
#   $path (String) - PDF کہاں محفوظ ہوئی
consult-print-saved-only = { $pages ->
    [one] خلاصہ (ایک صفحہ) اس نام سے محفوظ ہو گیا ہے: { $path }۔ چھاپنے کے لیے اسے وہیں سے کھولیں۔
   *[other] خلاصہ ({ $pages } صفحات) اس نام سے محفوظ ہو گیا ہے: { $path }۔ چھاپنے کے لیے اسے وہیں سے کھولیں۔
}

## The clinic's own notes on cost (clinic settings), shown after the figures above

# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-cost-note = اس کلینک میں: { $note }
# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-insurance-note = اس کلینک میں انشورنس: { $note }
