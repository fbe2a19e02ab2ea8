### Hình ảnh và biểu đồ: hình khớp háng, biểu đồ hình người và biểu đồ thời gian. Phần chữ
### thay thế cho trình đọc màn hình cũng ở đây. Các con số là biến.

## Hình khớp háng

# Variables:
#   $parts (String) - tên các phần bị ảnh hưởng, thành một danh sách
hip-picture-alt = Hình khớp háng. Các phần bị ảnh hưởng: { $parts }
hip-picture-alt-none = Hình khớp háng.
hip-picture-affected = Bị ảnh hưởng

## Biểu đồ hình người

icon-array-legend-benefit = Đã đỡ hơn
icon-array-legend-harm = Đã gặp tác hại này
icon-array-legend-comparator = Gặp điều này khi không dùng cách điều trị này
icon-array-legend-maybe = Có thể: nghiên cứu không cho con số chính xác
icon-array-legend-other = Không gặp điều này

## Biểu đồ thời gian

# Tiếng Việt không có số nhiều, nên chỉ có một dạng.
# Variables:
#   $count (Number) - biểu đồ có bao nhiêu lựa chọn
timeline-summary = { $count ->
   *[other] Biểu đồ cho { $count } lựa chọn: khi nào có tác dụng, tác dụng kéo dài bao lâu, và thời gian hồi phục. Bảng bên dưới ghi lại các mốc thời gian đó bằng chữ.
}
# Variables:
#   $months (Number) - số tháng sau khi điều trị, một vạch trên trục
timeline-axis-month = { $months }
timeline-axis-title = Số tháng sau khi điều trị
timeline-legend-wait = Chưa có tác dụng
timeline-legend-working = Đang có tác dụng
timeline-legend-range = Có thể: nghiên cứu chỉ cho một khoảng
timeline-legend-peak = Tác dụng nhiều nhất
timeline-legend-recovery = Hồi phục: trở lại sinh hoạt thường ngày
timeline-legend-unknown = Chưa biết
timeline-table-caption = Các mốc thời gian đó, bằng chữ
