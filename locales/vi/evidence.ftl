### Các từ dùng chung cho nội dung y khoa: mức độ chắc chắn, lập trường của hướng dẫn điều trị,
### cách làm một thủ thuật, đơn vị thời gian, chi phí, và mỗi kết quả được so sánh với gì.
### Bản thân các con số nằm trong crates/hipaid-core/content/ và chỉ đến đây dưới dạng biến.

## Quyết định và tài liệu này (IPDAS: quyết định, ngày, cách cập nhật, nguồn tiền)

document-decision = Quyết định: điều trị đau khớp háng bằng cách nào, hoặc có nên điều trị ngay bây giờ hay không.
document-purpose = Công cụ này giúp quý vị và nhân viên y tế bàn về các lựa chọn. Công cụ đưa ra thông tin và con số từ nghiên cứu. Công cụ không chọn thay cho quý vị.
# Variables:
#   $next (Date) - hạn chót của lần đối chiếu tiếp theo
document-update-policy = Chúng tôi đối chiếu thông tin này với nghiên cứu mới ít nhất mỗi năm một lần. Lần đối chiếu tiếp theo, chậm nhất vào { $next }. Chúng tôi cũng đối chiếu sớm hơn nếu có một nghiên cứu hoặc hướng dẫn điều trị mới quan trọng.
document-funding = Công cụ này do nhóm dự án HipAid viết. Không có công ty nào bán các cách điều trị nêu ở đây đã trả tiền cho công cụ này hay có tiếng nói trong đó.
document-conflicts = Những người viết công cụ này không có quan hệ tiền bạc với bất kỳ cách điều trị nào nêu ở đây. Không ai kiếm được nhiều tiền hơn nếu quý vị chọn lựa chọn này thay vì lựa chọn khác.
document-authors = Do nhóm HipAid viết, dựa trên các nghiên cứu và hướng dẫn điều trị đã được công bố. Mỗi con số đều ghi rõ lấy từ đâu.
document-not-advice = Bản tóm tắt này giúp quý vị trao đổi với nhân viên y tế. Bản này không thay thế lời khuyên của họ.

## Mức độ chắc chắn (mức độ chắc chắn của bằng chứng theo GRADE)

certainty-high = Mức độ chắc chắn cao
certainty-moderate = Mức độ chắc chắn vừa
certainty-low = Mức độ chắc chắn thấp
certainty-very-low = Mức độ chắc chắn rất thấp
certainty-high-explain = Nghiên cứu mới rất khó làm thay đổi điều này.
certainty-moderate-explain = Nghiên cứu mới có thể làm thay đổi điều này.
certainty-low-explain = Nghiên cứu mới hoàn toàn có thể làm thay đổi điều này.
certainty-very-low-explain = Điều này gần như chỉ là phỏng đoán. Nghiên cứu mới nhiều khả năng sẽ làm thay đổi điều này.

## Hướng dẫn điều trị nói gì

stance-strong-for = Rất khuyên dùng
stance-for = Khuyên dùng
stance-conditional-for = Gợi ý dùng cho một số người
stance-consider = Có thể cân nhắc
stance-option = Một trong các lựa chọn phù hợp
stance-no-recommendation = Không khuyên dùng cũng không khuyên tránh
stance-conditional-against = Gợi ý không dùng cho phần lớn mọi người
stance-against = Khuyên không nên dùng
stance-strong-against = Rất khuyên không nên dùng
stance-none-found = Không có hướng dẫn điều trị nào nói về điều này

guideline-none = Không có hướng dẫn điều trị
guideline-aaos-2023 = Viện Hàn lâm Bác sĩ Phẫu thuật Chỉnh hình Hoa Kỳ (AAOS), 2023
guideline-aaos-2017 = Viện Hàn lâm Bác sĩ Phẫu thuật Chỉnh hình Hoa Kỳ (AAOS), 2017
guideline-acr-af-2019 = Hội Thấp khớp học Hoa Kỳ (American College of Rheumatology) và Quỹ Viêm khớp (Arthritis Foundation), 2019
guideline-oarsi-2019 = Hội Quốc tế Nghiên cứu Thoái hóa khớp (OARSI), 2019
guideline-nice-ng226-2022 = Hướng dẫn điều trị thoái hóa khớp NG226 của NICE (Anh), 2022
guideline-warwick-2016 = Đồng thuận Warwick về hội chứng va chạm khớp háng, 2016
guideline-eular-2021 = Khuyến cáo của EULAR về tiêm vào khớp, 2021
guideline-eular-2022 = Khuyến cáo của EULAR về viêm khớp dạng thấp, 2022
guideline-chinese-onfh-2020 = Hướng dẫn điều trị của Trung Quốc về hoại tử chỏm xương đùi, 2020

## Các loại lựa chọn và cách thực hiện

kind-self-care = Tự chăm sóc
kind-monitoring = Theo dõi và chờ đợi
kind-injection = Tiêm
kind-surgery = Phẫu thuật

guidance-none = Không cần chụp hình.
guidance-ultrasound = Bác sĩ dùng siêu âm để dẫn đường cho kim tiêm.
guidance-ultrasound-or-x-ray = Bác sĩ dùng hình siêu âm hoặc X-quang để dẫn đường cho kim tiêm.
guidance-camera = Bác sĩ phẫu thuật làm qua các vết rạch nhỏ, dùng một camera rất nhỏ.
anaesthesia-none = Không cần thuốc tê.
anaesthesia-local = Thuốc tê được dùng ở da và trong khớp háng.
anaesthesia-spinal-or-general = Quý vị được tiêm tê vào cột sống để tê từ thắt lưng trở xuống, hoặc được gây mê cho ngủ.
anaesthesia-general = Quý vị được gây mê cho ngủ trong lúc mổ.

regulatory-approved = Thuốc hoặc thiết bị đã được phê duyệt
regulatory-standard-procedure = Cách điều trị tiêu chuẩn
regulatory-not-approved = Chưa được phê duyệt cho mục đích này
regulatory-not-regulated = Không cần phê duyệt
regulatory-not-verified = Chưa xác nhận được đã có phê duyệt cho mục đích này

repeats-allowed-yes = Có thể làm lại
repeats-allowed-limited = Có thể làm lại, nhưng có giới hạn
repeats-allowed-no = Thường chỉ làm một lần
repeats-allowed-unknown = Chưa biết làm lại có giúp ích không

insurance-usually-covered = Bảo hiểm thường chi trả
insurance-sometimes-covered = Bảo hiểm đôi khi chi trả
insurance-usually-not-covered = Bảo hiểm thường không chi trả; quý vị tự trả
insurance-unknown = Chưa biết bảo hiểm có chi trả không

cost-per-session = mỗi buổi
cost-per-injection = mỗi mũi tiêm
cost-per-course = mỗi đợt
cost-per-operation = mỗi ca mổ
cost-unknown = Không tìm được giá đáng tin cậy
# Variables:
#   $amount (Number)
#   $currency (String)
money =
    { $currency ->
        [USD] { $amount } US$
       *[other] { $amount } { $currency }
    }

## Thời gian (tiếng Việt không có số nhiều: đơn vị đứng sau con số, không đổi dạng)

span-unknown = Chưa biết
span-none = Không có tác dụng gì hơn so với điều trị giả
# Variables:
#   $low (Number) - số ngày
span-days = { $low } ngày
# Variables:
#   $low (Number) - số tuần
span-weeks = { $low } tuần
# Variables:
#   $low (Number) - số tháng
span-months = { $low } tháng
# Variables:
#   $low (Number) - số năm
span-years = { $low } năm
span-range-days = { $low }–{ $high } ngày
span-range-weeks = { $low }–{ $high } tuần
span-range-months = { $low }–{ $high } tháng
span-range-years = { $low }–{ $high } năm

## Các con số được so sánh với gì (đứng sau chữ “So với”)

comparator-placebo-injection = mũi tiêm giả, không có thuốc đang được thử nghiệm
comparator-local-anaesthetic-injection = mũi tiêm chỉ có thuốc tê
comparator-no-treatment = không điều trị
comparator-no-exercise = không tập theo chương trình tập luyện
comparator-usual-care = chăm sóc thông thường của bác sĩ gia đình
comparator-wait-and-see = chờ xem bệnh diễn tiến thế nào
comparator-advice-alone = chỉ được khuyên bảo và cung cấp thông tin
comparator-education-and-exercise = được khuyên bảo, kèm một kế hoạch tập luyện
comparator-exercise-alone = chỉ có chương trình tập luyện
comparator-physiotherapy = vật lý trị liệu (tập luyện với chuyên viên)
comparator-resistance-training = một chương trình tập cho cơ bắp khỏe hơn
comparator-steroid-injection = một mũi tiêm steroid
comparator-hyaluronic-acid = một mũi tiêm chất gel (axit hyaluronic)
comparator-core-decompression-alone = giải áp lõi không thêm tế bào
comparator-no-injection = những người không được tiêm
comparator-no-comparison-group = không có ai để so sánh: nghiên cứu chỉ xem xét những người đã dùng cách này
comparator-no-recent-injection = những người không tiêm vào khớp háng trong những tháng trước khi mổ

## Các loại nghiên cứu (hiện cùng mỗi tài liệu tham khảo)

study-type-rct = Thử nghiệm ngẫu nhiên
study-type-systematic-review = Tổng quan nhiều nghiên cứu
study-type-network-meta-analysis = Tổng quan so sánh nhiều cách điều trị
study-type-cohort = Nghiên cứu theo dõi một nhóm người
study-type-registry = Sổ ghi nhận các bệnh nhân đã điều trị
study-type-case-series = Báo cáo về một loạt bệnh nhân
study-type-cross-sectional = Khảo sát tại một thời điểm
study-type-guideline = Hướng dẫn điều trị
study-type-consensus = Đồng thuận của các chuyên gia
study-type-regulator = Thông báo của cơ quan quản lý
study-type-evidence-summary = Tóm tắt bằng chứng
study-type-review = Bài tổng quan
study-type-patient-information = Thông tin của bệnh viện hoặc phòng khám
study-type-price-survey = Khảo sát giá
study-type-policy = Chính sách của công ty bảo hiểm

## Con số về bệnh cho biết điều gì

figure-topic-how-common = Bệnh phổ biến đến mức nào
figure-topic-natural-course = Điều gì xảy ra nếu không điều trị

## Các phần trong hình khớp háng

part-bone = Xương
part-cartilage = Sụn (lớp trơn láng lót trong khớp)
part-labrum = Sụn viền (vành quanh ổ cối)
part-tendons-bursa = Gân và bao hoạt dịch (phía ngoài khớp háng)
part-blood-supply = Nguồn máu nuôi chỏm xương đùi
part-joint-lining = Màng lót khớp

## Thang điểm (tên, hiện như tiêu đề)

scale-pain-0-10 = Điểm đau từ 0 (không đau) đến 10 (đau nhất)
scale-pain-0-100 = Điểm đau từ 0 (không đau) đến 100 (đau nhất)
scale-oxford-hip-score = Thang điểm khớp háng Oxford (Oxford Hip Score), từ 0 (tệ nhất) đến 48 (tốt nhất)
scale-ihot-33 = Thang điểm khớp háng iHOT-33, từ 0 (tệ nhất) đến 100 (tốt nhất)
scale-harris-hip-score = Thang điểm khớp háng Harris (Harris Hip Score), từ 0 (tệ nhất) đến 100 (tốt nhất)
scale-hos-adl = Thang điểm kết quả khớp háng cho sinh hoạt hằng ngày (Hip Outcome Score), từ 0 (tệ nhất) đến 100 (tốt nhất)
scale-self-rated-improvement = Mức đỡ hơn mà người bệnh tự nhận thấy, từ 0 đến 100 phần trăm
