### 圖片和圖表：髖關節圖、人形圖和時間圖。給螢幕報讀軟體用的
### 文字說明也在這裡。數字都是變數。

## 髖關節圖

# Variables:
#   $parts (String) - 受影響部位的名稱，列成清單
hip-picture-alt = 髖關節的圖。受影響的部位：{ $parts }
hip-picture-alt-none = 髖關節的圖。
hip-picture-affected = 受影響

## 人形圖

icon-array-legend-benefit = 變好了
icon-array-legend-harm = 出現這種傷害
icon-array-legend-comparator = 沒有接受這個治療，也出現這個結果
icon-array-legend-maybe = 可能：研究的數字不是很精確
icon-array-legend-other = 沒有出現這個結果

## 時間圖

# Variables:
#   $count (Number) - 圖中顯示幾種選擇
timeline-summary = 這張圖顯示 { $count } 種選擇什麼時候開始有幫助、幫助多久，以及恢復需要的時間。下面的表格用文字列出同樣的時間。
# Variables:
#   $months (Number) - 治療後第幾個月，座標軸上的刻度
timeline-axis-month = { $months }
timeline-axis-title = 治療後幾個月
timeline-legend-wait = 還沒有效果
timeline-legend-working = 有幫助
timeline-legend-range = 可能的範圍：研究給的是一個範圍
timeline-legend-peak = 幫助最大
timeline-legend-recovery = 恢復期：回到平常的活動
timeline-legend-unknown = 不知道
timeline-table-caption = 同樣的時間，用文字列出
