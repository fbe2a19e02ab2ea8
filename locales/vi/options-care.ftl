### Các lựa chọn không cần kim tiêm: tập luyện và theo dõi chờ đợi.
### Con số nằm trong crates/hipaid-core/content/options/exercise.toml và watchful-waiting.toml.
### Ứng dụng hiện mỗi con số bên cạnh nhãn của nó; các đoạn chữ này không bao giờ có con số.

## Tập luyện và vật lý trị liệu

option-exercise-name = Tập luyện và vật lý trị liệu
option-exercise-summary = Một chương trình bài tập giúp các cơ quanh khớp háng của quý vị khỏe hơn.
    Chuyên viên vật lý trị liệu, người giỏi về tập luyện và vận động, chỉ cho quý vị cách tập.
    Quý vị cũng được tìm hiểu về khớp háng của mình và cách giữ cho cơ thể năng động.
    Nếu phù hợp, quý vị có thể được giúp đỡ về cân nặng.
    Không có kim tiêm và không phải mổ.
    Tập luyện giúp ích chừng nào quý vị còn duy trì.
option-exercise-regulatory = Tập luyện không phải là thuốc hay thiết bị, nên không cơ quan nào phải phê duyệt.
    Các hướng dẫn điều trị thoái hóa khớp háng xếp tập luyện là cách điều trị chính.
option-exercise-cost = Chúng tôi không tìm được giá đáng tin cậy cho một đợt vật lý trị liệu.
    Hãy hỏi phòng khám hoặc công ty bảo hiểm xem quý vị sẽ phải trả bao nhiêu.
    Một số chương trình có thể tập ở nhà.
repeats-exercise = Quý vị có thể tiếp tục tập bao lâu tùy ý.
    Kết quả giữ được tốt nhất nếu quý vị tiếp tục tập.

step-exercise-assess = Chuyên viên vật lý trị liệu khám khớp háng và xem cách quý vị cử động.
    Quý vị cùng bàn về những việc mình muốn làm được.
step-exercise-programme = Quý vị đến tập một số buổi trong vài tuần.
    Quý vị học các bài tập cho sức mạnh và thăng bằng.
    Quý vị cũng được biết thêm về khớp háng của mình và cách kiểm soát cơn đau.
step-exercise-home = Quý vị tự tập ở nhà giữa các buổi tập.
step-exercise-keep-going = Khi chương trình kết thúc, quý vị tiếp tục tự tập.
    Điều này giúp giữ được những gì quý vị đã đạt được.

factor-exercise-pain-at-start = Khớp háng của quý vị có thể đau hơn khi mới bắt đầu tập.
    Các hướng dẫn điều trị nói nên lường trước điều này.
    Các hướng dẫn cũng nói rằng tập đều đặn vẫn giúp ích.
    Hãy báo cho chuyên viên trị liệu, để họ điều chỉnh kế hoạch tập cho quý vị.
factor-exercise-weight = Các hướng dẫn điều trị đề nghị giúp giảm cân nếu quý vị bị thừa cân.
    Trong thử nghiệm duy nhất ở khớp háng mà chúng tôi tìm được, thêm chế độ ăn kiêng nghiêm ngặt vào việc tập luyện không làm bớt đau rõ rệt hơn.
    Chế độ ăn kiêng có giúp ích ở một số mặt đo lường khác.
    Thay đổi cân nặng không liên quan đến việc thoái hóa khớp nặng hơn trên phim X-quang.
factor-exercise-severe-arthritis = Tập luyện có thể ít giúp ích hơn khi thoái hóa khớp đã nặng.
    Trong một thử nghiệm ở người bị thoái hóa khớp háng nặng, thay khớp háng làm tăng điểm khớp háng nhiều hơn hẳn so với một chương trình tập cho cơ bắp khỏe hơn.
    Một số người trong nhóm tập luyện đã chọn mổ trong vòng vài tháng.
factor-exercise-waiting-list = Một số người đã có tên trong danh sách chờ thay khớp háng.
    Những người này có nhiều khả năng được mổ sớm sau chương trình hơn.

outcome-exercise-hip-oa-improve = là số người tăng thêm được đỡ đau và cử động tốt hơn rõ rệt
outcome-exercise-hip-oa-improve-note = Con số này chỉ tính những người tăng thêm đỡ hơn nhờ tập luyện.
    Một số người cũng đỡ hơn dù không tập.
    Mức cải thiện được đo vào cuối chương trình.
    Vài tháng sau khi chương trình kết thúc, mức cải thiện này vẫn còn.
outcome-exercise-hip-oa-registry-3m = mức thay đổi điểm đau
outcome-exercise-hip-oa-registry-3m-note = Con số này lấy từ một sổ ghi nhận lớn về những người đã tham gia một chương trình học và tập luyện theo nhóm.
    Không có nhóm so sánh.
    Vì vậy, một phần thay đổi này có thể đằng nào cũng đã xảy ra.
outcome-exercise-hip-oa-registry-12m = mức thay đổi điểm đau
outcome-exercise-hip-oa-registry-12m-note = Đây là cùng nhóm người đó, được kiểm tra lại sau này.
    Không có nhóm so sánh.
    Vì vậy, một phần thay đổi này có thể đằng nào cũng đã xảy ra.
outcome-exercise-hip-oa-weight-loss = mức thay đổi điểm đau khi thêm chế độ ăn kiêng giảm cân nghiêm ngặt vào việc tập luyện
outcome-exercise-hip-oa-weight-loss-note = Cả hai nhóm đều theo cùng một chương trình tập luyện.
    Một nhóm còn theo chế độ ăn rất ít calo.
    Mức bớt đau thêm là nhỏ, ít hơn mức mà phần lớn mọi người cảm nhận được.
    Nhóm ăn kiêng giảm cân nhiều hơn và có kết quả tốt hơn ở một số mặt đo lường khác.
outcome-exercise-gtps-success-vs-wait = nói rằng cách điều trị có hiệu quả (theo cách đo thành công riêng của thử nghiệm)
outcome-exercise-gtps-success-vs-wait-note = Thử nghiệm này ở người bị đau do gân ở mặt ngoài khớp háng.
    Chương trình gồm các buổi học và tập luyện với chuyên viên vật lý trị liệu.
outcome-exercise-gtps-success-vs-steroid = nói rằng cách điều trị có hiệu quả (theo cách đo thành công riêng của thử nghiệm)
outcome-exercise-gtps-success-vs-steroid-note = Đây là cùng thử nghiệm ở trên.
    Ở đây, chương trình được so sánh với một mũi tiêm steroid.
    Steroid là một loại thuốc mạnh làm giảm sưng.
outcome-exercise-fai-hip-score = mức tăng điểm khớp háng
outcome-exercise-fai-hip-score-note = Các thử nghiệm này ở người bị hội chứng va chạm khớp háng và chưa bị thoái hóa khớp.
    Hội chứng va chạm nghĩa là chỏm và ổ cối kẹp vào nhau vì hình dạng của chúng.
    Cả hai nhóm đều đỡ hơn.
    Nội soi khớp háng làm tăng điểm nhiều hơn một chút, gần bằng mức thay đổi nhỏ nhất mà người bệnh cảm nhận được.
    Chưa có thử nghiệm nào xem xét riêng rách sụn viền.
outcome-exercise-avn-benefit = bớt đau và cử động tốt hơn
no-data-exercise-avn-benefit = Chúng tôi không tìm thấy nghiên cứu nào về tập luyện cho bệnh này.
    Tập luyện có thể giúp quý vị giữ được sức khỏe và năng động.
    Chưa biết tập luyện có ngăn được tổn thương xương hay không.
outcome-exercise-inflammatory-benefit = bớt đau và cử động tốt hơn
no-data-exercise-inflammatory-benefit = Các nghiên cứu về tập luyện cho khớp háng được làm ở người bị thoái hóa khớp do hao mòn.
    Kết quả có thể không áp dụng được cho viêm khớp do miễn dịch.
    Với bệnh này, cách điều trị chính là thuốc có tác dụng trên toàn cơ thể.
    Tập luyện được dùng cùng với thuốc.
outcome-exercise-pain-at-start = bị đau khớp nhiều hơn khi mới bắt đầu tập
no-data-exercise-pain-at-start = Khi mới bắt đầu, cơn đau có thể tăng lên một thời gian.
    Hướng dẫn về thoái hóa khớp háng nói nên lường trước điều này và cứ tiếp tục tập.
    Không có nghiên cứu nào mà chúng tôi tìm được đếm xem điều này xảy ra thường đến mức nào.
outcome-exercise-hip-oa-serious-harms = bị tác hại nghiêm trọng do tập luyện
no-data-exercise-hip-oa-serious-harms = Bài tổng quan chính không thấy báo cáo nào về tác hại nghiêm trọng.
    Những người tập luyện không bỏ cuộc nhiều hơn những người khác.
    Một thử nghiệm về ăn kiêng cũng không thấy tác hại nghiêm trọng nào do chế độ ăn.
    Không có tỷ lệ nào được đưa ra, nên không có con số để trình bày.
outcome-exercise-hip-oa-replacement-2y = về sau vẫn thay khớp háng, dù đã theo chương trình
outcome-exercise-hip-oa-replacement-2y-note = Tập luyện không gây ra điều này.
    Con số này cho thấy thoái hóa khớp có thể nặng hơn ngay cả khi có tập luyện.
    Những người này đã tham gia một chương trình theo nhóm.
    Không có nhóm so sánh.

comparator-exercise-hip-arthroscopy = nội soi khớp háng

## Theo dõi và chờ đợi

option-watchful-waiting-name = Theo dõi và chờ đợi
option-watchful-waiting-summary = Quý vị và nhân viên y tế đồng ý chưa bắt đầu điều trị lúc này.
    Quý vị giữ cho cơ thể năng động và sẽ kiểm tra lại sau.
    Quý vị có thể đổi ý và bắt đầu điều trị bất cứ lúc nào.
    Với một số bệnh khớp háng, cơn đau thường tự dịu đi.
    Với những bệnh khác, khớp háng nặng dần từ từ.
option-watchful-waiting-regulatory = Chờ đợi không phải là thuốc hay thiết bị, nên không cần phê duyệt.
option-watchful-waiting-cost = Không có cách điều trị nào phải trả tiền.
    Quý vị vẫn có thể phải trả tiền cho các lần khám kiểm tra.
    Chúng tôi không tìm được giá cho các lần khám này.
repeats-watchful-waiting = Quý vị có thể tiếp tục chờ bao lâu cũng được, miễn là còn phù hợp với quý vị.
    Quý vị cũng có thể dừng lại và chọn một cách điều trị bất cứ lúc nào.

step-watchful-waiting-agree-plan = Quý vị và nhân viên y tế đồng ý tạm hoãn điều trị lúc này.
    Hai bên cũng thống nhất khi nào kiểm tra lại.
step-watchful-waiting-self-care = Quý vị giữ năng động hết mức có thể và chăm sóc khớp háng trong sinh hoạt hằng ngày.
step-watchful-waiting-watch-signs = Quý vị để ý xem cơn đau và việc cử động thay đổi ra sao.
    Nếu tình trạng xấu đi, hãy xin được kiểm tra sớm hơn.
step-watchful-waiting-review = Khi kiểm tra, quý vị và nhân viên y tế cùng xem lại các lựa chọn.

factor-watchful-waiting-avn-lesion-size = Kích thước và vị trí của vùng xương chết rất quan trọng.
    Vùng nhỏ hiếm khi bị xẹp.
    Vùng lớn thường bị xẹp trong vòng vài năm.
    Hình chụp có thể cho thấy vùng này lớn đến đâu.
factor-watchful-waiting-avn-collapse = Ở nhiều người, chỏm xương đùi đã bị xẹp khi bệnh được phát hiện.
    Khi chỏm đã xẹp nhiều hơn một chút, các chuyên gia thường nghiêng về thay khớp háng.
factor-watchful-waiting-waiting-list = Một số người đã có tên trong danh sách chờ thay khớp háng.
    Những người này có nhiều khả năng được mổ sớm hơn.
factor-watchful-waiting-scan-findings = Rách sụn viền và thay đổi hình dạng khớp thấy được trên hình chụp của nhiều người không đau.
    Vì vậy, chỉ riêng điều thấy trên hình chụp không có nghĩa là quý vị cần điều trị.
    Triệu chứng, kết quả khám và hình chụp của quý vị đều phải khớp với nhau.

outcome-watchful-waiting-hip-oa-benefit = tự đỡ hơn mà không cần điều trị
no-data-watchful-waiting-hip-oa-benefit = Lợi ích chính của việc chờ là quý vị tránh được tác dụng phụ và chi phí điều trị.
    Chúng tôi không tìm được con số về bao nhiêu người tự đỡ hơn.
    Trong các thử nghiệm về thoái hóa khớp, những nhóm không điều trị tính trung bình thay đổi rất ít.
outcome-watchful-waiting-avn-benefit = tự đỡ hơn mà không cần điều trị
no-data-watchful-waiting-avn-benefit = Không có nghiên cứu nào mà chúng tôi tìm được đếm xem bao nhiêu người đỡ hơn mà không cần điều trị.
    Trong một nghiên cứu, những vùng xương chết nhỏ nhất không bị xẹp trong vài năm.
    Chờ đợi cũng giúp tránh rủi ro của một ca mổ.
outcome-watchful-waiting-labral-tear-benefit = bớt đau mà không cần điều trị
no-data-watchful-waiting-labral-tear-benefit = Không có nghiên cứu nào mà chúng tôi tìm được theo dõi những người bị rách sụn viền gây đau mà không điều trị.
    Chỗ rách thấy được trên hình chụp của nhiều người hoàn toàn không đau.
    Vì vậy, rách sụn viền không phải lúc nào cũng gây phiền toái.
outcome-watchful-waiting-fai-benefit = bớt đau mà không cần điều trị
no-data-watchful-waiting-fai-benefit = Không có nghiên cứu nào mà chúng tôi tìm được đếm xem bao nhiêu người bị hội chứng va chạm khớp háng đỡ hơn mà không cần điều trị.
    Những hình dạng khớp háng gây ra bệnh này rất phổ biến ở người không đau.
outcome-watchful-waiting-gtps-success-8w = nói rằng tình trạng đã đỡ hơn (theo cách đo thành công riêng của thử nghiệm)
outcome-watchful-waiting-gtps-success-8w-note = Trong thử nghiệm này, một nhóm được đề nghị chờ xem.
    Nhóm này được so sánh với những người được học và tập luyện.
    Chờ đợi giúp tránh các buổi tập và kim tiêm.
outcome-watchful-waiting-gtps-recovered-3m = nói rằng mình đã khỏi
outcome-watchful-waiting-gtps-recovered-3m-note = Trong thử nghiệm này, nhóm này được chăm sóc thông thường bởi bác sĩ gia đình, không được tiêm.
    Chăm sóc thông thường không hoàn toàn giống với chờ đợi.
outcome-watchful-waiting-gtps-recovered-12m = nói rằng mình đã khỏi
outcome-watchful-waiting-gtps-recovered-12m-note = Đây là cùng thử nghiệm đó, được kiểm tra sau này.
    Đến lúc đó, người có tiêm và người không tiêm có kết quả gần như nhau.
outcome-watchful-waiting-hip-oa-replacement-2y = thay khớp háng
outcome-watchful-waiting-hip-oa-replacement-2y-note = Những người này đã tham gia một chương trình học và tập luyện.
    Chúng tôi không tìm được con số như vậy cho những người chỉ chờ đợi.
    Không có nhóm so sánh.
outcome-watchful-waiting-avn-collapse-large = bị xẹp chỏm xương đùi (vùng xương chết lớn nhất)
outcome-watchful-waiting-avn-collapse-large-note = Những khớp háng này chưa bị xẹp khi nghiên cứu bắt đầu.
    Nguy cơ tùy vào kích thước và vị trí của vùng xương chết.
    Nhóm này có những vùng lớn nhất.
    Không có nhóm so sánh.
outcome-watchful-waiting-avn-collapse-medium = bị xẹp chỏm xương đùi (vùng xương chết cỡ vừa)
outcome-watchful-waiting-avn-collapse-medium-note = Những khớp háng này chưa bị xẹp khi nghiên cứu bắt đầu.
    Nhóm này có vùng xương chết cỡ vừa.
    Không có nhóm so sánh.
outcome-watchful-waiting-avn-collapse-small = bị xẹp chỏm xương đùi (vùng xương chết nhỏ)
outcome-watchful-waiting-avn-collapse-small-note = Những khớp háng này chưa bị xẹp khi nghiên cứu bắt đầu.
    Nhóm này có vùng xương chết nhỏ.
    Trong nhóm có những vùng nhỏ nhất, không khớp háng nào bị xẹp.
outcome-watchful-waiting-labral-tear-harm = bị đau hoặc tổn thương nặng hơn
no-data-watchful-waiting-labral-tear-harm = Không có nghiên cứu nào mà chúng tôi tìm được theo dõi những người bị rách sụn viền gây đau mà không điều trị.
    Vì vậy, chúng tôi không thể nói tình trạng xấu đi thường đến mức nào.
outcome-watchful-waiting-fai-arthritis = bị thoái hóa khớp háng gây đau
outcome-watchful-waiting-fai-arthritis-note = Nghiên cứu dài hạn này theo dõi những người bị hội chứng va chạm khớp háng không được mổ.
    Không có nhóm so sánh.
outcome-watchful-waiting-fai-replacement = thay khớp háng
outcome-watchful-waiting-fai-replacement-note = Đây là cùng nghiên cứu dài hạn đó, ở những người không được mổ.
    Không có nhóm so sánh.
outcome-watchful-waiting-gtps-pain-1y = vẫn còn đau
outcome-watchful-waiting-gtps-pain-1y-note = Con số này lấy từ một nhóm bệnh nhân, theo một bài tổng quan.
    Chúng tôi không biết họ đã được điều trị thế nào.
outcome-watchful-waiting-gtps-pain-5y = vẫn còn đau
outcome-watchful-waiting-gtps-pain-5y-note = Đây là cùng nhóm bệnh nhân đó, được kiểm tra nhiều năm sau.
    Chúng tôi không biết họ đã được điều trị thế nào.
