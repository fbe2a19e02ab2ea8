### 图片和图表：髋关节图、小人图和时间图。给读屏软件用的
### 文字说明也在这里。数字都是变量。

## 髋关节图

# Variables:
#   $parts (String) - 受影响部位的名称，以列表形式给出
hip-picture-alt = 髋关节示意图。受影响的部位：{ $parts }
hip-picture-alt-none = 髋关节示意图。
hip-picture-affected = 受影响

## 小人图

icon-array-legend-benefit = 好转了
icon-array-legend-harm = 出现了这种危害
icon-array-legend-comparator = 没有接受这个治疗，也出现了这种情况
icon-array-legend-maybe = 可能：研究的数字不够精确
icon-array-legend-other = 没有出现这种情况

## 时间图

# Variables:
#   $count (Number) - 图中显示几种选择
timeline-summary = { $count ->
   *[other] 这张图显示 { $count } 种选择什么时候开始起作用、管用多久，以及恢复需要多长时间。下面的表格用文字列出了同样的时间。
}
# Variables:
#   $months (Number) - 治疗后第几个月，坐标轴上的刻度
timeline-axis-month = { $months }
timeline-axis-title = 治疗后的月数
timeline-legend-wait = 还没起作用
timeline-legend-working = 起作用
timeline-legend-range = 可能的范围：研究给出的是一个范围
timeline-legend-peak = 效果最好
timeline-legend-recovery = 恢复期：到恢复日常活动为止
timeline-legend-unknown = 不清楚
timeline-table-caption = 同样的时间，用文字列出
