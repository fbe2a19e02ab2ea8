### گھر لے جانے والا خلاصہ (PDF)۔ اس میں اعداد، اوقات، یقین اور ”اس معلومات کے بارے میں“ والے حصے کے لیے
### وہی الفاظ استعمال ہوتے ہیں جو اسکرین پر ہیں (app.ftl، evidence.ftl)، تاکہ کاغذ اور اسکرین ایک ہی بات کہیں۔

# The clinic logo's text for screen readers. Variables: $clinic (the clinic's name)
summary-clinic-logo = { $clinic } کا لوگو
# Variables: $phone (as the clinic wrote it)
summary-clinic-phone = فون: { $phone }
summary-title = آپ کے کولہے کے علاج کا خلاصہ
# Variables: $date (ملاقات کی تاریخ، پہلے سے ترتیب دی ہوئی)
summary-date = تاریخ: { $date }
# Variables: $patient (معالج کا لکھا ہوا نوٹ، ضروری نہیں کہ نام ہو)
summary-for = کس کے لیے: { $patient }
# Variables: $clinician
summary-clinician = معالج: { $clinician }
summary-condition-heading = آپ کے کولہے کا مسئلہ
# Variables: $stage (مرحلے کا نام)
summary-stage = مرحلہ: { $stage }
summary-options-heading = علاج کے وہ طریقے جن پر آپ نے بات کی
summary-references-heading = یہ اعداد کہاں سے لیے گئے
# Variables: $page, $pages
summary-page = صفحہ { $page } از { $pages }

## ایک سطر کے حصے کیسے جوڑے جاتے ہیں (رموزِ اوقاف ہر زبان میں الگ ہیں)

# Variables: $number (جیسے "ہر 100 میں سے 68 لوگ")، $what (کیا گنا گیا)
summary-outcome = { $number }: { $what }
# Variables: $what (کیا گنا گیا)، $status ("قابلِ بھروسا اعداد نہیں ملے")
summary-no-data = { $what }: { $status }
# Variables: $label ("کس سے موازنہ کیا گیا")، $group (موازنے والا گروپ)، $result (اس کا عدد)
summary-comparison = { $label }: { $group }۔ نتیجہ: { $result }
# Variables: $time ("مدت: 2 مہینے")، $certainty ("کم یقین")
summary-facts = { $time } · { $certainty }
# Variables: $number (فہرست میں نمبر)، $citation (ترجمہ نہیں ہوتا)
summary-reference = { $number }. { $citation }

## ترجمے کی حیثیت، خلاصے کی ہر زبان میں آخر میں چھپتی ہے

# en-US کے لیے، وہ عبارت جس سے ہر ترجمہ بنتا ہے۔
summary-translation-source = یہ خلاصہ اسی زبان میں ہے جس میں یہ پہلے لکھا گیا تھا۔ ترجمے اسی سے بنائے جاتے ہیں۔
summary-translation-draft = یہ ترجمہ ابھی ابتدائی ہے۔ کسی مستند طبی مترجم نے ابھی اسے نہیں جانچا۔ اگر کوئی بات واضح نہ ہو تو اپنے کلینک سے ترجمان کے لیے کہیں۔
# Variables: $reviewer (جانچنے والے کا نام اور عہدہ)، $date (کب، پہلے سے ترتیب دی ہوئی)
summary-translation-reviewed = اس ترجمے کو { $reviewer } نے { $date } کو جانچا۔
