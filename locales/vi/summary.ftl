### Bản tóm tắt mang về nhà (PDF). Bản này dùng lại chữ của màn hình cho con số, thời gian,
### mức độ chắc chắn và phần “Về thông tin này” (app.ftl, evidence.ftl), để giấy và màn hình
### nói cùng một điều.

# The clinic logo's text for screen readers. Variables: $clinic (the clinic's name)
summary-clinic-logo = Logo của { $clinic }
# Variables: $phone (as the clinic wrote it)
summary-clinic-phone = Điện thoại: { $phone }
summary-title = Bản tóm tắt điều trị khớp háng của quý vị
# Variables: $date (ngày của buổi khám, đã được định dạng sẵn)
summary-date = Ngày: { $date }
# Variables: $patient (ghi chú mà nhân viên y tế đã nhập, không nhất thiết là tên)
summary-for = Dành cho: { $patient }
# Variables: $clinician (tên nhân viên y tế)
summary-clinician = Nhân viên y tế: { $clinician }
summary-condition-heading = Bệnh ở khớp háng của quý vị
# Variables: $stage (tên của giai đoạn)
summary-stage = Giai đoạn: { $stage }
summary-options-heading = Các lựa chọn quý vị đã bàn
summary-references-heading = Các con số lấy từ đâu
# Variables: $page (số trang), $pages (tổng số trang)
summary-page = Trang { $page } trên { $pages }

## Cách nối các phần của một dòng (dấu câu mỗi ngôn ngữ mỗi khác)

# Variables: $number (ví dụ "68 trên 100 người"), $what (điều được đếm)
summary-outcome = { $number }: { $what }
# Variables: $what (điều được đếm), $status ("Không có số liệu đáng tin cậy")
summary-no-data = { $what }: { $status }
# Variables: $label ("So với"), $group (nhóm so sánh), $result (con số của nhóm đó)
summary-comparison = { $label } { $group }: { $result }
# Variables: $time ("Khoảng thời gian: 2 tháng"), $certainty ("Mức độ chắc chắn thấp")
summary-facts = { $time } · { $certainty }
# Variables: $number (vị trí trong danh sách), $citation (không dịch)
summary-reference = { $number }. { $citation }

## Tình trạng của bản dịch, in ở cuối bản tóm tắt bằng mỗi ngôn ngữ của bản tóm tắt

# Dành cho en-US, bản gốc mà mọi bản dịch dựa vào.
summary-translation-source = Bản tóm tắt này được viết bằng ngôn ngữ gốc. Các bản dịch được làm từ bản này.
summary-translation-draft = Đây là bản dịch nháp. Chưa có biên dịch viên y khoa có chuyên môn kiểm tra bản dịch này. Nếu có điều gì chưa rõ, xin hỏi phòng khám để có thông dịch viên.
# Variables: $reviewer (người đã kiểm tra, kèm vai trò), $date (ngày kiểm tra, đã được định dạng sẵn)
summary-translation-reviewed = Bản dịch này đã được { $reviewer } kiểm tra vào ngày { $date }.
