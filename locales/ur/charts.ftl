### تصویریں اور چارٹ: کولہے کی تصویر، لوگوں کے نشانوں والی تصویریں اور وقت کا چارٹ۔ اسکرین ریڈر
### کے لیے ان کا تحریری متبادل بھی یہیں ہے۔ اعداد متغیرات سے آتے ہیں۔

## کولہے کی تصویر

# Variables:
#   $parts (String) - متاثرہ حصوں کے نام، فہرست کی شکل میں
hip-picture-alt = کولہے کے جوڑ کی تصویر۔ متاثرہ حصے: { $parts }
hip-picture-alt-none = کولہے کے جوڑ کی تصویر۔
hip-picture-affected = متاثرہ

## لوگوں کے نشانوں والی تصویریں

icon-array-legend-benefit = بہتر ہو گئے
icon-array-legend-harm = یہ نقصان ہوا
icon-array-legend-comparator = علاج کے بغیر یہ ہوا
icon-array-legend-maybe = شاید: تحقیق بالکل درست عدد نہیں بتاتی
icon-array-legend-other = یہ نہیں ہوا

## وقت کا چارٹ

# Variables:
#   $count (Number) - چارٹ میں کتنے طریقے دکھائے گئے ہیں
timeline-summary = { $count ->
    [one] یہ چارٹ دکھاتا ہے کہ علاج کا ایک طریقہ کب فائدہ دیتا ہے، کتنی دیر تک، اور صحت یابی میں کتنا وقت لگتا ہے۔ نیچے کی جدول یہی اوقات الفاظ میں بتاتی ہے۔
   *[other] یہ چارٹ دکھاتا ہے کہ علاج کے { $count } طریقے کب فائدہ دیتے ہیں، کتنی دیر تک، اور صحت یابی میں کتنا وقت لگتا ہے۔ نیچے کی جدول یہی اوقات الفاظ میں بتاتی ہے۔
}
# Variables:
#   $months (Number) - علاج کے بعد کے مہینے، محور پر نشان
timeline-axis-month = { $months }
timeline-axis-title = علاج کے بعد کے مہینے
timeline-legend-wait = ابھی اثر شروع نہیں ہوا
timeline-legend-working = فائدہ دے رہا ہے
timeline-legend-range = ہو سکتا ہے: تحقیق کم سے کم اور زیادہ سے زیادہ وقت بتاتی ہے
timeline-legend-peak = سب سے زیادہ فائدہ
timeline-legend-recovery = صحت یابی: روزمرہ کاموں پر واپسی
timeline-legend-unknown = معلوم نہیں
timeline-table-caption = یہی اوقات، الفاظ میں
