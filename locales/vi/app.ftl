### HipAid, chữ của chính ứng dụng: tiêu đề, nhãn, nút bấm và thông báo lỗi.
### Các từ y khoa (bệnh, giai đoạn, lựa chọn điều trị, kết quả) nằm trong conditions.ftl,
### options-*.ftl, claims.ftl và evidence.ftl; tên của từng ngôn ngữ nằm trong locale.ftl.
### Tiếng Việt đơn giản, dễ hiểu cho người lớn tuổi, nhiều người sống ở Hoa Kỳ.
### Cách xưng hô: luôn gọi người đọc là “quý vị” (lịch sự, trang trọng); không dùng “bạn”.
### Id bắt đầu bằng tên màn hình chứa nó: app-, nav-, start-, condition-, option-, about-,
### error-; number- và sources- dùng chung cho màn hình bệnh và màn hình lựa chọn.

## Glossary (bảng thuật ngữ): các từ chính của bản dịch này, dùng giống nhau trong mọi tập tin.
## Xưng hô: luôn dùng “quý vị” cho người đọc (không dùng “bạn”, không dùng “ông/bà”).
#   hip; hip bone (pelvis) → khớp háng; xương hông (xương chậu)
#   osteoarthritis, "arthritis" meaning it → thoái hóa khớp háng (viêm khớp do hao mòn); gọn: thoái hóa khớp
#   cartilage → sụn (lớp trơn láng bọc đầu xương)
#   ball of the hip; socket → chỏm xương đùi; ổ cối
#   steroid injection → tiêm steroid (corticoid)
#   hyaluronic acid (gel injection) → tiêm axit hyaluronic (chất gel)
#   PRP → huyết tương giàu tiểu cầu (PRP)
#   stem cell → tế bào gốc
#   hip replacement; a new hip → thay khớp háng; khớp háng nhân tạo
#   keyhole surgery, hip arthroscopy → nội soi khớp háng (mổ qua các vết rạch nhỏ)
#   core decompression → giải áp lõi (khoan vào phần xương chết)
#   avascular necrosis; collapse of the ball → hoại tử chỏm xương đùi (hoại tử vô mạch); xẹp chỏm
#   labrum; labral tear → sụn viền (vành mô mềm quanh ổ cối); rách sụn viền
#   impingement (FAI) → hội chứng va chạm khớp háng
#   greater trochanteric pain syndrome; bursitis → đau mấu chuyển lớn; viêm bao hoạt dịch
#   inflammatory arthritis; rheumatoid arthritis → viêm khớp do miễn dịch; viêm khớp dạng thấp
#   physiotherapy; physiotherapist → vật lý trị liệu; chuyên viên vật lý trị liệu
#   watchful waiting → theo dõi và chờ đợi
#   operation; surgery → ca mổ; phẫu thuật (mổ)
#   dummy injection (placebo); salt water → mũi tiêm giả; nước muối
#   comparison group; trial → nhóm so sánh; thử nghiệm (thử nghiệm lâm sàng)
#   certainty → mức độ chắc chắn
#   guideline → hướng dẫn điều trị
#   benefit; possible harm → lợi ích; tác hại có thể xảy ra
#   option, choice → lựa chọn (lựa chọn điều trị)
#   condition, problem → bệnh
#   clinician; visit → nhân viên y tế; buổi khám
#   icon array; "N out of 100 people" → biểu đồ hình người; “N trên 100 người” (nhãn kết quả là cụm động từ)
#   time frame → khoảng thời gian
#   FDA → FDA (cơ quan quản lý thuốc của Hoa Kỳ)

## Toàn bộ ứng dụng

app-title = HipAid
app-loading = Đang tải…

## Màn hình bắt đầu

start-intro = Cùng nhau quyết định cách điều trị đau khớp háng. Trước tiên, hãy chuẩn bị cho buổi khám này.
start-ui-locale-label = Ngôn ngữ của ứng dụng
start-ui-locale-hint = Ngôn ngữ của các nút bấm và trình đơn. Thay đổi ngay lập tức.
start-patient-locale-label = Ngôn ngữ của bệnh nhân
start-patient-locale-hint = Ngôn ngữ của những gì bệnh nhân đọc và mang về nhà.
# Một ngôn ngữ trong danh sách chọn mà bản dịch chưa được biên dịch viên y khoa có chuyên môn kiểm tra.
# Variables:
#   $name (String) - tên của ngôn ngữ bằng chính ngôn ngữ đó, ví dụ "Tiếng Việt"
start-locale-draft = { $name } (bản dịch nháp)
start-locale-draft-notice = Đây là bản dịch nháp. Chưa có biên dịch viên y khoa có chuyên môn kiểm tra bản dịch này. Với những điều quan trọng, xin dùng thông dịch viên.
# Variables:
#   $reviewer (String) - người đã kiểm tra bản dịch, kèm vai trò của họ
#   $date (Date) - ngày họ kiểm tra
start-locale-reviewed = Bản dịch đã được { $reviewer } kiểm tra vào ngày { $date }.
start-patient-label-label = Ghi chú về bệnh nhân (không bắt buộc)
    .placeholder = Ví dụ: phòng 4, buổi khám sáng
start-patient-label-hint = Một ghi chú ngắn để phân biệt các buổi khám. Đừng nhập họ tên đầy đủ của bệnh nhân.
start-clinician-name-label = Tên của quý vị (không bắt buộc)
start-clinician-name-hint = Hiện trong buổi khám này để bệnh nhân biết mình đã nói chuyện với ai.
start-submit = Bắt đầu buổi khám
start-submit-busy = Đang bắt đầu…
start-submit-new = Bắt đầu buổi khám mới
start-continue = Tiếp tục buổi khám này
start-notice-unfinished = HipAid đã đóng trong buổi khám trước. Các câu trả lời vẫn được giữ. Quý vị có thể tiếp tục buổi khám đó hoặc bắt đầu buổi khám mới.
start-notice-damaged = Không đọc được buổi khám đã lưu, nên HipAid khởi động mà không có nó. Tệp đã được giữ lại cho bộ phận hỗ trợ kỹ thuật.
app-not-saved = Máy tính này không lưu được buổi khám. Các câu trả lời vẫn ở trên màn hình cho đến khi đóng HipAid.
start-notice-settings-damaged = Không đọc được phần cài đặt của phòng khám, nên HipAid khởi động với cài đặt thông thường. Tệp đã được giữ lại cho bộ phận hỗ trợ kỹ thuật. Nhân viên phòng khám có thể cài đặt lại trong “Cài đặt phòng khám”.
start-settings = Cài đặt phòng khám

## Clinic settings screen: for clinic staff, before visits. Nothing about patients is kept here.

settings-title = Cài đặt phòng khám
settings-intro = Các cài đặt này được lưu trên máy tính này và dùng cho mọi buổi khám. Chúng không chứa thông tin gì về bệnh nhân.
settings-clinic-heading = Phòng khám của quý vị
settings-clinic-name = Tên phòng khám
settings-address = Địa chỉ
settings-phone = Số điện thoại
settings-logo = Logo cho bản tóm tắt in ra
# Variables:
#   $kb (Number) - the largest file size allowed, in kilobytes
#   $px (Number) - the largest width or height allowed, in pixels
settings-logo-hint = Một hình PNG, tối đa { $kb } KB, chiều rộng hoặc chiều cao tối đa { $px } pixel.
settings-logo-choose = Chọn tệp logo
settings-logo-remove = Bỏ logo
settings-logo-none = Chưa chọn logo.
settings-logo-preview = Logo khi được in ra
settings-languages-heading = Ngôn ngữ và khổ giấy
settings-ui-locale = Ngôn ngữ của ứng dụng khi HipAid khởi động
settings-patient-locale = Ngôn ngữ của bệnh nhân cho buổi khám mới
settings-locale-default = Ngôn ngữ của máy tính
settings-patient-locale-default = Giống ngôn ngữ của ứng dụng
settings-paper = Khổ giấy của bản tóm tắt
settings-paper-default = A4, hoặc Letter (khổ giấy Mỹ) cho tiếng Anh Mỹ
settings-paper-a4 = A4
settings-paper-letter = Letter (khổ giấy Mỹ)
settings-options-heading = Các lựa chọn điều trị tại phòng khám này
settings-options-intro = Bỏ đánh dấu lựa chọn nào mà phòng khám không có: lựa chọn đó sẽ bị ẩn khi bắt đầu mỗi buổi khám, nhưng nhân viên y tế vẫn có thể cho hiện lại. Ghi chú về chi phí được hiện bên cạnh các con số từ nghiên cứu.
settings-offered = Có tại đây
settings-cost-note = Chi phí tại phòng khám này (không bắt buộc)
settings-insurance-note = Ghi chú về bảo hiểm (không bắt buộc)
settings-view-heading = Cách bắt đầu buổi khám
settings-start-view = Màn hình khi bắt đầu buổi khám
settings-view-clinician = Màn hình cho nhân viên y tế
settings-view-patient = Màn hình chữ lớn cho bệnh nhân
settings-max-age = Số giờ giữ lại buổi khám chưa xong
# Variables:
#   $max (Number) - the largest number of hours allowed
settings-max-age-hint = Nếu HipAid bị đóng trong lúc đang khám, buổi khám đó có thể được mở lại trong số giờ này (từ 1 đến { $max }). Sau đó, buổi khám sẽ bị xóa.
settings-save = Lưu cài đặt
settings-saving = Đang lưu…
settings-back = Quay về màn hình bắt đầu
settings-saved = Đã lưu cài đặt. Cài đặt được áp dụng từ buổi khám tiếp theo.
settings-has-problems = Chưa lưu gì cả. Vui lòng sửa các ô được đánh dấu.

## Clinic settings: what is wrong with one field

# Variables:
#   $max (Number) - the most characters allowed
settings-problem-too-long = Phần này quá dài. Vui lòng dùng tối đa { $max } ký tự.
settings-problem-invalid-text = Phần này có ký tự mà ứng dụng không dùng được. Vui lòng chỉ dùng chữ cái, chữ số và dấu câu đơn giản.
settings-problem-invalid-phone = Đây có vẻ không phải là số điện thoại. Vui lòng dùng chữ số, khoảng trắng và + ( ) - . /
settings-problem-not-png = Tệp này không phải là hình PNG. Vui lòng chọn tệp PNG.
# Variables:
#   $max (Number) - the largest file size allowed, in kilobytes
settings-problem-logo-too-large = Tệp này quá lớn. Vui lòng chọn tệp tối đa { $max } KB.
# Variables:
#   $max (Number) - the largest width or height allowed, in pixels
settings-problem-logo-size = Hình này quá nhỏ hoặc quá lớn. Vui lòng dùng hình có chiều rộng và chiều cao từ 16 đến { $max } pixel.
settings-problem-unknown-locale = Ngôn ngữ này hiện không có. Vui lòng chọn một ngôn ngữ trong danh sách.
settings-problem-unknown-option = Phiên bản HipAid này không biết lựa chọn điều trị này.
# Variables:
#   $max (Number) - the largest number allowed
settings-problem-out-of-range = Vui lòng chọn một số nguyên từ 1 đến { $max }.
settings-problem-unsupported-version = Các cài đặt này được tạo bằng một phiên bản HipAid mới hơn.

## Màn hình bệnh: buổi khám hiện tại, hiện ở phía trên

# Variables:
#   $label (String) - ghi chú ngắn về bệnh nhân nhập ở màn hình bắt đầu, ví dụ "phòng 4"
condition-consultation-label = Buổi khám: { $label }
# Variables:
#   $time (Date) - lúc buổi khám bắt đầu, có ngày và giờ
condition-consultation-started = Buổi khám bắt đầu lúc { $time }
# Variables:
#   $name (String) - tên mà nhân viên y tế nhập ở màn hình bắt đầu
condition-consultation-clinician = Nhân viên y tế: { $name }

## Màn hình bệnh: chọn bệnh và giai đoạn

condition-heading = Bệnh và các lựa chọn
condition-intro = Chọn bệnh và mức độ của bệnh. Sau đó, quý vị sẽ thấy các lựa chọn điều trị và những gì nghiên cứu cho biết về chúng.
condition-choose-legend = Bệnh
condition-stage-legend = Giai đoạn (theo phim X-quang)
condition-stage-unknown = Chưa biết
condition-stage-unknown-description = Ví dụ: chưa chụp X-quang.

## Màn hình bệnh: về bệnh và giai đoạn đã chọn

condition-stage-heading = Giai đoạn của quý vị
condition-parts-heading = Các phần của khớp háng bị ảnh hưởng
condition-diagnosis-heading = Cách chẩn đoán
# Một con số về bệnh, thành một câu.
# Variables:
#   $count (Number) - số người, ví dụ 25 hoặc 2,5
#   $denominator (Number) - trên tổng số bao nhiêu người, ví dụ 100 hoặc 1.000
#   $what (String) - điều xảy ra với họ, lấy từ nội dung, ví dụ "bị thoái hóa khớp háng trước tuổi 85"
condition-figure-people = { $count } trên { $denominator } người { $what }
# Variables:
#   $low (Number) - số người thấp nhất có thể
#   $high (Number) - số người cao nhất có thể
#   $denominator (Number) - trên tổng số bao nhiêu người, ví dụ 100 hoặc 1.000
#   $what (String) - điều xảy ra với họ, lấy từ nội dung
condition-figure-people-range = Từ { $low } đến { $high } trên { $denominator } người { $what }
# Số người đếm được, không tính trên một nhóm.
# Variables:
#   $count (Number) - bao nhiêu người, ví dụ 10.000
#   $what (String) - họ là ai, lấy từ nội dung, ví dụ "người lớn ở Hoa Kỳ mới được phát hiện mắc bệnh này mỗi năm"
condition-figure-count = { $count } { $what }
# Variables:
#   $low (Number) - số đếm thấp nhất có thể, ví dụ 10.000
#   $high (Number) - số đếm cao nhất có thể, ví dụ 20.000
#   $what (String) - họ là ai, lấy từ nội dung
condition-figure-count-range = { $low }–{ $high } { $what }
condition-figure-one-time = Khoảng thời gian: đếm tại một thời điểm

## Màn hình bệnh: các lựa chọn điều trị phù hợp

condition-options-heading = Các lựa chọn điều trị
condition-options-intro = Các lựa chọn này phù hợp với bệnh này. Chúng không được xếp theo thứ tự ưu tiên. Lựa chọn nào hợp với quý vị nhất là tùy vào điều gì quan trọng nhất đối với quý vị.
condition-options-empty = Hiện chưa có lựa chọn điều trị nào để hiển thị cho trường hợp này.
condition-card-fits = Với bệnh này:
# Variables:
#   $option (String) - tên của lựa chọn điều trị, ví dụ "Tiêm steroid"
condition-card-details = Xem chi tiết
    .aria-label = Xem chi tiết: { $option }

## Các con số từ nghiên cứu, trên màn hình bệnh và màn hình lựa chọn

# Variables:
#   $count (Number) - số người gặp điều này, ví dụ 45 hoặc 0,08
#   $denominator (Number) - trên tổng số bao nhiêu người, ví dụ 100 hoặc 1.000
number-people = { $count } trên { $denominator } người
# Variables:
#   $low (Number) - số người thấp nhất có thể
#   $high (Number) - số người cao nhất có thể
#   $denominator (Number) - trên tổng số bao nhiêu người, ví dụ 100
number-people-range = Từ { $low } đến { $high } trên { $denominator } người
# Mức thay đổi trung bình của một thang điểm, ví dụ điểm đau.
# Variables:
#   $change (Number) - mức thay đổi trung bình, có dấu, ví dụ -1,2 hoặc +6,4
number-score = Thay đổi trung bình { $change } điểm
# Variables:
#   $low (Number) - mức thay đổi trung bình nhỏ nhất có thể, có dấu
#   $high (Number) - mức thay đổi trung bình lớn nhất có thể, có dấu
number-score-range = Thay đổi trung bình từ { $low } đến { $high } điểm
# Variables:
#   $scale (String) - tên thang điểm, lấy từ nội dung, ví dụ "Điểm đau từ 0 (không đau) đến 10 (đau nhất)"
number-scale = Thang điểm: { $scale }
number-not-measured = Không được đo
number-comparator-label = So với
number-comparator-result-label = Kết quả ở nhóm đó
# Variables:
#   $span (String) - bao lâu, ví dụ "2 tháng", "1–3 năm" hoặc "Chưa biết"
number-timeframe = Khoảng thời gian: { $span }

## Nguồn bên cạnh mỗi con số và thông tin

# Tiếng Việt không có số nhiều, nên chỉ có một dạng.
# Variables:
#   $count (Number) - có bao nhiêu nguồn
sources-toggle =
    { $count ->
       *[other] Nguồn ({ $count })
    }
sources-study-type-label = Loại nghiên cứu
sources-year-label = Năm
sources-size-label = Quy mô
sources-doi-label = DOI
sources-pmid-label = Mã PubMed
sources-url-label = Địa chỉ trang web
# Variables:
#   $id (String) - tên ngắn của một nguồn không có trong danh sách, ví dụ "lambert-2007"
sources-unknown = Nguồn này không có trong danh sách: { $id }

## Màn hình lựa chọn: mọi chi tiết của một lựa chọn điều trị

# Variables:
#   $condition (String) - tên của bệnh
option-for-condition = Dành cho: { $condition }
# Variables:
#   $condition (String) - tên của bệnh
#   $stage (String) - tên của giai đoạn, ví dụ "Độ hai: nhẹ"
option-for-condition-stage = Dành cho: { $condition }. { $stage }
option-certainty-label = Mức độ chắc chắn của nghiên cứu về tác dụng của cách này:
option-what-heading = Đây là gì
option-variants-heading = Các loại hiện có
# Variables:
#   $condition (String) - tên của bệnh
option-fits-heading = Mức độ phù hợp với: { $condition }
option-steps-heading = Các bước thực hiện
option-visits-label = Số lần đến khám
# Tiếng Việt không có số nhiều, nên chỉ có một dạng.
# Variables:
#   $count (Number) - số lần đến khám
option-visits =
    { $count ->
       *[other] { $count } lần
    }
# Variables:
#   $low (Number) - số lần đến khám ít nhất
#   $high (Number) - số lần đến khám nhiều nhất
option-visits-range = Từ { $low } đến { $high } lần
option-visits-unknown = Chưa biết
option-guidance-label = Chụp hình để dẫn đường
option-anaesthesia-label = Thuốc tê hoặc gây mê
option-time-off-label = Thời gian phải nghỉ các sinh hoạt thường ngày
option-timeline-heading = Khi nào có tác dụng, và kéo dài bao lâu
option-onset-label = Khi nào bắt đầu có tác dụng
option-peak-label = Khi nào có tác dụng nhiều nhất
option-lasts-label = Tác dụng kéo dài bao lâu
option-recovery-label = Trở lại sinh hoạt thường ngày
option-timeline-certainty-label = Mức độ chắc chắn của nghiên cứu về các mốc thời gian này:
option-milestones-heading = Các bước hồi phục
# Variables:
#   $label (String) - bước hồi phục, lấy từ nội dung, ví dụ "đi lại không cần nạng"
#   $time (String) - khi nào, ví dụ "4–6 tuần" hoặc "Chưa biết"
option-milestone = { $label }: { $time }
option-outcomes-heading = Lợi ích và tác hại có thể xảy ra
option-outcomes-intro = Mỗi con số đều lấy từ nghiên cứu. Con số cho biết trong một nhóm có bao nhiêu người gặp điều này, hoặc một thang điểm thay đổi trung bình bao nhiêu. Lợi ích và tác hại được trình bày cạnh nhau, chi tiết như nhau.
option-benefits-heading = Lợi ích
option-harms-heading = Tác hại có thể xảy ra
option-outcome-benefit = Lợi ích
option-outcome-harm = Tác hại có thể xảy ra
option-outcome-no-data = Không có số liệu đáng tin cậy
option-outcomes-empty = Nghiên cứu chưa có gì để trình bày ở đây cho bệnh này.
option-scale-lower-better = Trên thang điểm này, điểm càng thấp càng tốt.
option-scale-higher-better = Trên thang điểm này, điểm càng cao càng tốt.
option-repeats-heading = Có thể làm lại không?
option-repeats-gap-label = Khoảng cách ngắn nhất giữa hai lần điều trị
option-repeats-max-label = Nhiều nhất trong một năm
# Tiếng Việt không có số nhiều, nên chỉ có một dạng.
# Variables:
#   $count (Number) - số lần điều trị nhiều nhất được phép trong một năm
option-repeats-max =
    { $count ->
       *[other] { $count } lần
    }
option-cost-heading = Chi phí và bảo hiểm
option-cost-label = Giá
# Variables:
#   $amount (Number) - giá tiền, có đơn vị tiền tệ, ví dụ $574
#   $per (String) - giá tính cho cái gì, ví dụ "mỗi mũi tiêm"
option-cost-amount = { $amount } { $per }
# Variables:
#   $low (Number) - giá thấp nhất tìm được, có đơn vị tiền tệ
#   $high (Number) - giá cao nhất tìm được, có đơn vị tiền tệ
#   $per (String) - giá tính cho cái gì, ví dụ "mỗi mũi tiêm"
option-cost-range = Từ { $low } đến { $high } { $per }
option-insurance-label = Bảo hiểm
option-guidelines-heading = Hướng dẫn điều trị nói gì
option-guideline-stance-label = Lời khuyên của họ
option-regulatory-heading = Phê duyệt
option-factors-heading = Những điều có thể làm thay đổi tình hình của quý vị
option-claims-heading = Phòng khám quảng cáo gì, và bằng chứng cho thấy gì
option-claim-label = Lời quảng cáo
option-claim-answer-label = Bằng chứng cho thấy gì
option-pay-card-heading = Trước khi quý vị trả tiền cho một phòng khám
option-pay-card-questions = Những câu nên hỏi
option-pay-card-facts = Những điều nên biết

## Về thông tin này (một phần ở cuối màn hình bệnh và màn hình lựa chọn)

about-toggle = Về thông tin này
# Variables:
#   $version (String) - phiên bản của nội dung y khoa, ví dụ "1.0.0"
about-version = Phiên bản nội dung: { $version }
# Variables:
#   $date (Date) - lần cuối nội dung được đối chiếu với nghiên cứu
about-last-reviewed = Lần cuối đối chiếu với nghiên cứu: { $date }
# Variables:
#   $date (Date) - hạn chót của lần đối chiếu tiếp theo
about-next-review = Lần đối chiếu tiếp theo, chậm nhất vào: { $date }
about-decision-heading = Quyết định
about-purpose-heading = Công cụ này dùng để làm gì
about-updates-heading = Cách chúng tôi cập nhật thông tin
about-funding-heading = Ai trả tiền làm công cụ này
about-conflicts-heading = Xung đột lợi ích
about-authors-heading = Ai viết công cụ này

## Lỗi. Mỗi mã lỗi từ phần xử lý bên trong của ứng dụng có một thông báo. Mỗi thông báo nói
## điều gì đã xảy ra, rằng những gì đã nhập không bị mất, và nên làm gì tiếp theo.

error-unknown-locale = Ngôn ngữ này hiện không có. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng chọn một ngôn ngữ trong danh sách.
error-unknown-condition = Ứng dụng không biết bệnh này. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng chọn một bệnh trong danh sách.
error-unknown-stage = Ứng dụng không biết giai đoạn này. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng chọn một giai đoạn trong danh sách.
error-text-too-long = Có phần chữ quá dài. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng viết ngắn lại ghi chú về bệnh nhân hoặc tên của quý vị, rồi thử lại.
error-invalid-text = Có phần chữ chứa ký tự mà ứng dụng không dùng được. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng chỉ dùng chữ cái, chữ số và dấu câu đơn giản, rồi thử lại.
error-no-consultation = Chưa bắt đầu buổi khám nào. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng quay về màn hình bắt đầu và bắt đầu buổi khám.
error-no-condition = Chưa chọn bệnh. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng chọn bệnh trước.
error-unknown-option = Lựa chọn này không phù hợp với bệnh và giai đoạn, hoặc phòng khám không có lựa chọn này. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng chọn một lựa chọn trong danh sách.
error-too-many-compared = Quý vị có thể so sánh tối đa bốn lựa chọn cùng lúc. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng bỏ bớt một lựa chọn, rồi chọn lựa chọn khác.
error-decision-needs-option = Vui lòng chọn lựa chọn mà quý vị đang nghiêng về, hoặc chọn “Chưa quyết định”. Những gì quý vị đã nhập vẫn còn nguyên.
error-invalid-date = Ứng dụng không dùng được ngày này. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng chọn một ngày trên lịch.
error-date-in-past = Ngày này đã qua. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng chọn hôm nay hoặc một ngày sau này.
error-unsupported-version = Tập tin buổi khám này được tạo bằng một phiên bản khác của ứng dụng nên không đọc được. Không có gì bị thay đổi.
error-summary-failed = Không tạo được bản tóm tắt. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng thử lại; nếu vẫn bị lỗi, hãy báo cho bộ phận hỗ trợ của phòng khám.
error-save-failed = Không lưu được bản tóm tắt vào chỗ đó. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng chọn thư mục khác, hoặc kiểm tra xem ổ đĩa còn chỗ trống không.
error-invalid-settings = Có một số cài đặt cần sửa, nên chưa lưu gì cả. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng xem các ô được đánh dấu.
error-settings-not-saved = Không lưu được cài đặt trên máy tính này. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng kiểm tra xem ổ đĩa còn chỗ trống không, hoặc hỏi bộ phận hỗ trợ kỹ thuật.
error-internal = Đã có lỗi bên trong ứng dụng. Những gì quý vị đã nhập vẫn còn nguyên. Vui lòng thử lại.
