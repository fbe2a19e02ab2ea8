### Các lựa chọn tiêm: steroid, axit hyaluronic (chất gel) và huyết tương giàu tiểu cầu (PRP).
### Con số nằm trong crates/hipaid-core/content/options/steroid-injection.toml,
### hyaluronic-acid.toml và prp.toml. Ứng dụng hiện mỗi con số bên cạnh nhãn của nó;
### các đoạn chữ này không bao giờ có con số.

## Tiêm steroid

option-steroid-injection-name = Tiêm steroid (corticoid)
option-steroid-injection-summary = Bác sĩ tiêm steroid, một loại thuốc mạnh làm giảm sưng.
    Thuốc thường được trộn với thuốc tê.
    Với các bệnh bên trong khớp, thuốc được tiêm vào khớp háng.
    Hình siêu âm hoặc X-quang giúp dẫn đường cho kim tiêm.
    Với đau ở mặt ngoài khớp háng, thuốc được tiêm gần chỗ gân bị đau thay vì vào khớp.
    Chỉ cần đến khám một lần.
    Nếu có đỡ, thường chỉ kéo dài vài tuần đến vài tháng, không phải nhiều năm.
option-steroid-injection-regulatory = Steroid là thuốc đã được phê duyệt.
    Phần lớn các hướng dẫn điều trị thoái hóa khớp háng có đưa vào cách này, để giảm đau trong thời gian ngắn.
option-steroid-injection-cost = Chúng tôi không tìm được giá đáng tin cậy cho một mũi tiêm steroid vào khớp háng.
    Chúng tôi cũng không kiểm tra được bảo hiểm có trả cho cách này hay không.
    Hãy hỏi phòng khám và công ty bảo hiểm trước khi đặt lịch.
# Variables:
#   $gap (String) - khoảng cách ngắn nhất giữa hai lần tiêm, ví dụ "6 tuần"
#   $max (Number) - số lần tiêm nhiều nhất vào cùng một chỗ trong một năm
repeats-steroid-injection = Có thể tiêm lại, nhưng có giới hạn.
    Hướng dẫn ở Anh khuyên chờ ít nhất { $gap } giữa hai lần tiêm.
    Hướng dẫn này cũng nói không tiêm quá { $max } lần vào cùng một chỗ trong một năm.
    Bác sĩ cũng sẽ cân nhắc xem lần tiêm trước có hiệu quả đến đâu.

step-steroid-injection-check = Bác sĩ kiểm tra xem mũi tiêm có phù hợp với quý vị không.
    Hãy cho bác sĩ biết nếu quý vị bị tiểu đường hoặc đang bị nhiễm trùng, hoặc nếu đã có lịch mổ.
step-steroid-injection-image = Khi tiêm vào khớp, bác sĩ dùng hình siêu âm hoặc X-quang.
    Hình này giúp dẫn đường cho kim vào sâu trong khớp háng.
step-steroid-injection-inject = Da được sát trùng.
    Bác sĩ tiêm steroid và thuốc tê.
step-steroid-injection-after = Nếu steroid có giúp, tác dụng thường bắt đầu trong vòng vài ngày.
    Hãy đi khám ngay nếu quý vị bị sốt, bị đỏ, hoặc đau ngày càng nặng hơn.

factor-steroid-injection-diabetes = Nếu quý vị bị tiểu đường, đường huyết nhiều khả năng sẽ tăng trong vài ngày.
    Đường huyết tăng cao nhất trong một hai ngày đầu.
    Mức tăng sẽ lớn hơn nếu đường huyết của quý vị chưa được kiểm soát tốt hoặc quý vị dùng insulin.
    Hãy bàn với đội ngũ chăm sóc của quý vị về cách theo dõi đường huyết.
factor-steroid-injection-replacement-planned = Nếu quý vị có thể sẽ thay khớp háng trong vài tháng tới, hãy bàn về thời điểm tiêm.
    Khớp háng nhân tạo được thay không lâu sau một mũi tiêm vào khớp háng có nguy cơ nhiễm trùng cao hơn.
    Các nghiên cứu không thấy thêm nguy cơ khi khoảng cách dài hơn.
factor-steroid-injection-repeated-injections = Tiêm nhiều lần qua thời gian có thể làm hại khớp.
    Trong một nghiên cứu ở khớp gối, tiêm đều đặn trong nhiều năm làm mất sụn nhiều hơn so với tiêm nước muối.
    Sụn là lớp trơn láng bọc đầu các xương.
    Các mũi tiêm này cũng không giúp giảm đau lâu dài.
    Chúng tôi không biết điều tương tự có xảy ra ở khớp háng hay không.
factor-steroid-injection-joint-swelling = Trong một thử nghiệm, mũi tiêm giúp người này nhiều hơn người khác.
    Mũi tiêm giúp nhiều hơn khi hình chụp cho thấy có sưng hoặc có dịch bên trong khớp.

outcome-steroid-pain-relief-2m = bớt đau rõ rệt (bớt ít nhất một phần năm)
outcome-steroid-pain-relief-2m-note = Đây là một thử nghiệm nhỏ.
    Thử nghiệm này không nhận người bị tiểu đường.
    Nhóm tiêm giả đỡ ít hơn so với phần lớn các thử nghiệm, nên con số này có thể làm lợi ích có vẻ lớn hơn thực tế.
    Mũi tiêm giả có thuốc tê và nước muối.
outcome-steroid-pain-half-2m = bớt đau nhiều (bớt ít nhất một nửa)
outcome-steroid-pain-half-2m-note = Đây là cùng thử nghiệm nhỏ đó.
    Con số này có thể làm lợi ích có vẻ lớn hơn thực tế.
outcome-steroid-pain-relief-3m = bớt đau rõ rệt (bớt ít nhất một phần năm)
outcome-steroid-pain-relief-3m-note = Đây là cùng thử nghiệm nhỏ đó, được kiểm tra sau này.
    Một bài tổng quan lớn hơn thấy có lợi ích vào thời điểm này, nhưng không thấy ở các lần kiểm tra sau đó.
outcome-steroid-extra-vs-advice = mức giảm điểm đau thêm, so với nhóm kia
outcome-steroid-extra-vs-advice-note = Con số này là mức chênh lệch giữa hai nhóm.
    Đây là mức trung bình trong những tháng sau khi tiêm.
    Đây không phải là tổng mức thay đổi.
    Cả hai nhóm đều được khuyên bảo và cung cấp thông tin.
outcome-steroid-extra-vs-numbing = mức giảm điểm đau thêm, so với nhóm kia
outcome-steroid-extra-vs-numbing-note = Steroid chỉ tốt hơn một chút so với mũi tiêm thuốc tê.
    Thử nghiệm không loại trừ được khả năng là không có khác biệt thật sự.
    Vì vậy, một phần lợi ích có thể chỉ đến từ việc được tiêm.
outcome-steroid-fai-benefit = bớt đau
no-data-steroid-fai-benefit = Mới chỉ có một thử nghiệm nhỏ kiểm tra cách này cho hội chứng va chạm khớp háng hoặc rách sụn viền.
    Chúng tôi không tìm được con số nào từ thử nghiệm đó để trình bày.
    Nếu có đỡ, dự kiến cũng chỉ trong thời gian ngắn.
outcome-steroid-gtps-success-8w = nói rằng cách điều trị có hiệu quả (theo cách đo thành công riêng của thử nghiệm)
outcome-steroid-gtps-success-8w-note = Ở đây, thuốc được tiêm bên cạnh khớp háng, gần chỗ gân bị đau, không phải vào trong khớp.
    Trong cùng thử nghiệm, một chương trình học và tập luyện có kết quả tốt hơn mũi tiêm vào thời điểm này.
outcome-steroid-gtps-recovered-3m = nói rằng mình đã khỏi
outcome-steroid-gtps-recovered-12m = nói rằng mình đã khỏi
outcome-steroid-gtps-recovered-12m-note = Đến lúc này, những người được chăm sóc thông thường đã đỡ bằng.
    Mũi tiêm giúp đỡ đau nhanh hơn nhưng không có lợi ích lâu dài.
outcome-steroid-inflammatory-benefit = bớt đau và sưng trong khớp
no-data-steroid-inflammatory-benefit = Các chuyên gia chấp nhận tiêm vào khớp khi một hoặc vài khớp vẫn viêm dù đã dùng thuốc.
    Chúng tôi không tìm được con số nào cho khớp háng.
    Cách điều trị chính là thuốc có tác dụng trên toàn cơ thể.
outcome-steroid-septic-arthritis = bị nhiễm trùng do vi trùng bên trong khớp (viêm khớp nhiễm trùng), cần được chữa trị khẩn cấp
outcome-steroid-septic-arthritis-note = Điều này hiếm gặp.
    Các con số lấy từ những nghiên cứu lớn dựa trên hồ sơ sức khỏe.
    Một nghiên cứu thấy tỷ lệ này không cao hơn so với những người tương tự không được tiêm.
    Hãy đi khám ngay nếu bị sốt, bị đỏ, hoặc đau ngày càng nặng hơn.
outcome-steroid-rapid-joint-damage = bị tổn thương khớp nặng lên rất nhanh
outcome-steroid-rapid-joint-damage-note = Bác sĩ gọi tình trạng này là thoái hóa khớp tiến triển nhanh.
    Con số này lấy từ một bài tổng quan hồ sơ, có hình chụp trước và sau khi tiêm.
    Một số nhóm được chọn riêng có tỷ lệ cao hơn.
    Nhưng các thử nghiệm không báo cáo vấn đề này.
    Một nghiên cứu có nhóm so sánh tương đồng không thấy tổn thương tăng thêm.
    Khoảng thời gian sau khi tiêm không được báo cáo rõ.
    Nguy cơ thật sự chưa chắc chắn.
outcome-steroid-replacement-infection = bị nhiễm trùng khớp háng nhân tạo được thay không lâu sau khi tiêm
outcome-steroid-replacement-infection-note = Điều này chỉ áp dụng nếu quý vị thay khớp háng trong vòng vài tháng sau khi tiêm.
    Con số của nhóm so sánh là con số ước tính.
    Khi khoảng cách dài hơn, các nghiên cứu không thấy thêm nguy cơ.
outcome-steroid-flare = bị đau bùng lên trong thời gian ngắn sau khi tiêm
outcome-steroid-flare-note = Cơn đau bùng lên bắt đầu trong vòng vài giờ và thường dịu đi trong vòng một ngày.
    Đây là con số thường được nêu.
    Chúng tôi không tìm thấy nghiên cứu nào ở khớp háng có đếm điều này.
outcome-steroid-gtps-flare = bị đau bùng lên trong thời gian ngắn sau khi tiêm
no-data-steroid-gtps-flare = Chúng tôi không tìm được con số về các cơn đau bùng lên sau mũi tiêm này ở khớp háng.
    Trong một nghiên cứu ở vai về tiêm gần gân, nhiều người bị đau tăng lên trong thời gian ngắn.
    Nghiên cứu đó dùng một cách đo khác.

## Tiêm axit hyaluronic (chất gel)

option-hyaluronic-acid-name = Tiêm axit hyaluronic (chất gel)
option-hyaluronic-acid-summary = Bác sĩ tiêm một chất gel vào khớp háng.
    Hình chụp giúp dẫn đường cho kim tiêm.
    Chất gel nhằm giúp khớp cử động trơn tru hơn.
    Có loại chỉ cần tiêm một lần, có loại cần một đợt ngắn.
    Các thử nghiệm tốt cho thấy cách này không hiệu quả hơn mũi tiêm giả bằng nước muối.
    Nhiều người thấy đỡ hơn sau bất kỳ mũi tiêm nào, kể cả mũi tiêm giả.
option-hyaluronic-acid-regulatory = Chúng tôi không tìm thấy thông báo nào của cơ quan quản lý về các loại gel này cho khớp háng.
    Các quy định chi trả ở Hoa Kỳ mà chúng tôi tìm được chỉ trả cho khớp gối.
    Vì vậy, người bệnh thường tự trả tiền tiêm khớp háng.
option-hyaluronic-acid-cost = Chúng tôi không tìm được giá đáng tin cậy cho mũi tiêm gel vào khớp háng.
    Các quy định bảo hiểm mà chúng tôi tìm được chỉ trả cho khớp gối, nên nhiều khả năng quý vị sẽ phải tự trả.
    Trước tiên, hãy hỏi giá trọn gói cho cả đợt tiêm.
repeats-hyaluronic-acid = Chúng tôi không tìm thấy quy định hay nghiên cứu nào về việc tiêm lại ở khớp háng.

step-hyaluronic-acid-check = Bác sĩ khám khớp háng của quý vị.
    Bác sĩ giải thích về sản phẩm và cần tiêm bao nhiêu mũi.
step-hyaluronic-acid-image = Hình siêu âm hoặc X-quang giúp dẫn đường cho kim vào sâu trong khớp háng.
step-hyaluronic-acid-inject = Bác sĩ tiêm chất gel vào khớp.
step-hyaluronic-acid-course = Một số sản phẩm cần một đợt gồm nhiều mũi tiêm, cách nhau một khoảng thời gian nhất định.

factor-hyaluronic-acid-insurance = Nếu quý vị có bảo hiểm ở Hoa Kỳ, hãy kiểm tra trước.
    Các quy định chi trả mà chúng tôi tìm được chỉ trả cho mũi tiêm gel vào khớp gối, không trả cho khớp háng.
factor-hyaluronic-acid-replacement-planned = Nếu quý vị có thể sắp thay khớp háng, hãy hỏi về thời điểm tiêm.
    Các nghiên cứu thấy có nhiều ca nhiễm trùng hơn khi khớp háng nhân tạo được thay không lâu sau một mũi tiêm vào khớp háng.
    Phần lớn các nghiên cứu này là về tiêm steroid.
    Điều này có đúng với các loại tiêm khác hay không thì vẫn còn đang bàn cãi.
factor-hyaluronic-acid-placebo-response = Cơn đau thường bớt đi sau bất kỳ mũi tiêm nào vào khớp, kể cả nước muối.
    Tình trạng này có thể kéo dài nhiều tháng.
    Vì vậy, thấy đỡ hơn sau khi tiêm gel không chứng tỏ là chất gel có tác dụng.

outcome-hyaluronic-acid-benefit = bớt đau hoặc cử động tốt hơn so với mũi tiêm giả
no-data-hyaluronic-acid-benefit = Các thử nghiệm tốt đã so sánh chất gel với mũi tiêm giả bằng nước muối.
    Không thử nghiệm nào thấy chất gel giúp bớt đau hay cử động tốt hơn trong những tháng sau đó.
    Vì vậy, không có con số lợi ích nào để trình bày.
    Người trong cả hai nhóm thường thấy đỡ hơn, vì bất kỳ mũi tiêm nào cũng có thể giúp được một thời gian.
outcome-hyaluronic-acid-injection-pain = bị đau thoáng qua ở chỗ kim đâm vào
outcome-hyaluronic-acid-injection-pain-note = Con số này lấy từ một nhóm bệnh nhân được tiêm gel một lần.
    Không có nhóm so sánh.
    Nghiên cứu không nói rõ đã theo dõi điều này trong bao lâu.
outcome-hyaluronic-acid-side-effects = bị các tác dụng phụ khác
no-data-hyaluronic-acid-side-effects = Trong các thử nghiệm, tác dụng phụ khi tiêm gel cũng thường gặp như khi tiêm giả.
    Bản tóm tắt mà chúng tôi dùng không đưa ra con số.
outcome-hyaluronic-acid-septic-arthritis = bị nhiễm trùng do vi trùng bên trong khớp (viêm khớp nhiễm trùng), cần được chữa trị khẩn cấp
outcome-hyaluronic-acid-septic-arthritis-note = Con số này được đo sau các mũi tiêm steroid.
    Bất kỳ mũi kim nào đâm vào khớp cũng có thể đưa vi trùng vào.
    Nguy cơ riêng của chất gel chưa được đếm.

## Tiêm huyết tương giàu tiểu cầu (PRP)

option-prp-name = Tiêm huyết tương giàu tiểu cầu (PRP)
option-prp-summary = Máu được lấy từ cánh tay của quý vị.
    Một chiếc máy quay ly tâm máu để gom tiểu cầu, là những phần rất nhỏ trong máu giúp vết thương lành.
    Bác sĩ tiêm phần này vào khớp háng, dùng hình siêu âm để dẫn đường.
    Phòng khám thường bán theo đợt gồm vài mũi tiêm.
    Trong thử nghiệm duy nhất ở khớp háng có dùng mũi tiêm giả, PRP không tốt hơn nước muối.
    Với đau ở mặt ngoài khớp háng, một thử nghiệm thấy PRP tốt hơn tiêm steroid.
option-prp-regulatory = PRP được làm từ máu của chính quý vị ngay tại phòng khám.
    Chúng tôi không tìm thấy sự phê duyệt nào cho PRP để điều trị thoái hóa khớp háng hoặc đau ở mặt ngoài khớp háng.
    Các hướng dẫn điều trị thoái hóa khớp háng khuyên không nên dùng PRP.
    Một số phòng khám gọi PRP là điều trị tái tạo, nghĩa là giúp mô mọc lại.
    Cơ quan quản lý thuốc của Hoa Kỳ nói rằng chưa có cách điều trị tái tạo nào được phê duyệt cho bất kỳ bệnh xương hoặc khớp nào.
option-prp-cost = Quý vị thường phải tự trả, vì bảo hiểm không chi trả.
    Giá ghi ở đây là cho một mũi tiêm.
    Đây là giá thường gặp ở các bệnh viện Hoa Kỳ, nhưng có nơi lấy rẻ hơn và có nơi lấy đắt hơn.
    Phòng khám thường bán theo đợt nhiều mũi, nên hãy hỏi giá trọn gói trước.
repeats-prp = Một đợt thường gồm vài mũi tiêm, thường mỗi tuần một mũi.
    Chúng tôi không tìm thấy nghiên cứu nào về việc làm lại cả đợt.

variant-prp-leukocyte-rich = PRP giàu bạch cầu giữ lại nhiều bạch cầu hơn trong hỗn hợp.
variant-prp-leukocyte-poor = PRP nghèo bạch cầu đã lọc bỏ phần lớn bạch cầu.

step-prp-blood = Y tá hoặc bác sĩ lấy một ít máu từ cánh tay của quý vị.
step-prp-spin = Một chiếc máy quay ly tâm máu để tách riêng tiểu cầu.
step-prp-inject = Bác sĩ tiêm PRP vào trong hoặc bên cạnh khớp háng, có hình siêu âm dẫn đường.
step-prp-course = Quý vị có thể phải quay lại để tiêm thêm, thường cách nhau một tuần.

factor-prp-placebo-response = Cơn đau thường bớt đi sau bất kỳ mũi tiêm nào, kể cả nước muối.
    Trong thử nghiệm ở khớp háng, những người được tiêm nước muối đỡ hơn nhiều như những người được tiêm PRP.
    Vì vậy, thấy đỡ hơn sau khi tiêm PRP không chứng tỏ là PRP có tác dụng.
factor-prp-arthritis-grade = Thử nghiệm duy nhất ở khớp háng có dùng mũi tiêm giả được làm ở người bị thoái hóa khớp nhẹ hoặc vừa.
    Chúng tôi còn biết ít hơn nữa về thoái hóa khớp nặng.
factor-prp-preparation = Các phòng khám làm PRP theo những cách khác nhau.
    Lượng tiểu cầu và bạch cầu mỗi nơi mỗi khác.
    Điều này làm cho kết quả khó so sánh.
    Hãy hỏi phòng khám của quý vị làm PRP như thế nào.
factor-prp-cost = Bảo hiểm thường không trả.
    Phòng khám thường bán theo đợt gồm nhiều mũi tiêm, nên chi phí cộng dồn lại.
factor-prp-replacement-planned = Nếu quý vị có thể sắp thay khớp háng, hãy hỏi về thời điểm tiêm.
    Các nghiên cứu thấy có nhiều ca nhiễm trùng hơn khi khớp háng nhân tạo được thay không lâu sau một mũi tiêm vào khớp háng.
    Phần lớn các nghiên cứu này là về tiêm steroid.
    Điều này có đúng với các loại tiêm khác hay không thì vẫn còn đang bàn cãi.

outcome-prp-hip-oa-vs-saline = bớt đau nhiều hơn so với tiêm nước muối
no-data-prp-hip-oa-vs-saline = Chỉ có một thử nghiệm nhỏ ở khớp háng so sánh PRP với mũi tiêm giả bằng nước muối.
    Cả hai nhóm đều đỡ hơn, và PRP không tốt hơn ở bất kỳ lần kiểm tra nào.
    Chúng tôi không có con số nào từ thử nghiệm đó để trình bày.
    Các nghiên cứu khác ở khớp háng không có nhóm so sánh.
outcome-prp-knee-pain-vs-saline = mức thay đổi điểm đau (nghiên cứu ở khớp gối)
outcome-prp-knee-pain-vs-saline-note = Thử nghiệm lớn này làm ở khớp gối, không phải khớp háng.
    PRP và nước muối giúp bớt đau gần như nhau.
    Kết quả ở khớp gối có thể không áp dụng được cho khớp háng.
outcome-prp-gtps-vs-steroid = đạt mức cải thiện rõ rệt (theo cách đo riêng của thử nghiệm)
outcome-prp-gtps-vs-steroid-note = Thử nghiệm này ở người bị đau gân ở mặt ngoài khớp háng.
    Thử nghiệm so sánh PRP với tiêm steroid.
    Không có mũi tiêm giả, nên chúng tôi không biết được bao nhiêu phần là do chính PRP.
    Trong những tuần đầu, hai nhóm có kết quả giống nhau.
    Sau đó, một số người tiêm steroid không đỡ đã chuyển sang PRP.
outcome-prp-hip-oa-side-effects = bị đau hoặc sưng sau khi tiêm
no-data-prp-hip-oa-side-effects = Các bài tổng quan về PRP ở khớp háng báo cáo phần lớn là những vấn đề nhẹ.
    Đó là đau hoặc sưng ở chỗ kim đâm vào.
    Các bài tổng quan không thấy tác hại nghiêm trọng nào.
    Không nguồn nào cho biết các vấn đề nhẹ này xảy ra thường đến mức nào.
outcome-prp-septic-arthritis = bị nhiễm trùng do vi trùng bên trong khớp (viêm khớp nhiễm trùng), cần được chữa trị khẩn cấp
outcome-prp-septic-arthritis-note = Con số này được đo sau các mũi tiêm steroid.
    Bất kỳ mũi kim nào đâm vào khớp cũng có thể đưa vi trùng vào.
    Nguy cơ riêng của PRP chưa được đếm.
outcome-prp-gtps-side-effects = bị tác dụng phụ
no-data-prp-gtps-side-effects = Bản tóm tắt thử nghiệm mà chúng tôi dùng không báo cáo tác dụng phụ.
    Chúng tôi không tìm được con số nào khác cho cách dùng này.
