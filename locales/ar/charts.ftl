### الصور والرسوم: صورة الورك، وصور الـ100 شخص، والخط الزمني. ونصوصها البديلة لقارئات
### الشاشة هنا أيضًا. الأرقام متغيرات.

## Hip picture

# Variables:
#   $parts (String) - the names of the affected parts, as a list
hip-picture-alt = صورة مفصل الورك. الأجزاء المصابة: { $parts }
hip-picture-alt-none = صورة مفصل الورك.
hip-picture-affected = مصاب

## Icon arrays of people

icon-array-legend-benefit = تحسّن
icon-array-legend-harm = أصابه هذا الضرر
icon-array-legend-comparator = حدث له هذا دون العلاج
icon-array-legend-maybe = ربما: الأبحاث ليست دقيقة
icon-array-legend-other = لم يحدث له هذا

## Timeline chart

# Variables:
#   $count (Number) - how many choices the chart shows
timeline-summary = { $count ->
    [one] رسم يبيّن متى يبدأ خيار واحد في المساعدة، وكم تدوم فائدته، ومدة التعافي. الجدول تحته يذكر المدد نفسها بالكلمات.
    [two] رسم يبيّن متى يبدأ خياران في المساعدة، وكم تدوم فائدتهما، ومدة التعافي. الجدول تحته يذكر المدد نفسها بالكلمات.
   *[other] رسم يبيّن متى تبدأ الخيارات ({ $count }) في المساعدة، وكم تدوم فائدتها، ومدة التعافي. الجدول تحته يذكر المدد نفسها بالكلمات.
}
# Variables:
#   $months (Number) - months after treatment, an axis tick
timeline-axis-month = { $months }
timeline-axis-title = الأشهر بعد العلاج
timeline-legend-wait = لم يبدأ مفعوله بعد
timeline-legend-working = يساعد
timeline-legend-range = ربما: الأبحاث تعطي مدى من الأرقام
timeline-legend-peak = أكبر فائدة
timeline-legend-recovery = التعافي: العودة إلى النشاط المعتاد
timeline-legend-unknown = غير معروف
timeline-table-caption = المدد نفسها بالكلمات
