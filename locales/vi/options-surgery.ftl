### Các lựa chọn phẫu thuật: thay khớp háng, nội soi khớp háng (mổ qua các vết rạch nhỏ), giải áp lõi.
### Con số nằm trong crates/hipaid-core/content/options/; ứng dụng hiện chúng bên cạnh những chữ này.

## Thay khớp háng

option-hip-replacement-name = Thay khớp háng
option-hip-replacement-summary =
    Bác sĩ phẫu thuật lấy bỏ chỏm và ổ cối đã mòn của khớp háng, rồi đặt vào một khớp nhân tạo.
    Đây là một ca mổ lớn.
    Nhiều người nằm viện vài ngày, và một số người về nhà ngay trong ngày.
    Cần vài tuần để sinh hoạt lại bình thường, và hồi phục hoàn toàn có thể mất vài tháng.
option-hip-replacement-regulatory = Một ca mổ tiêu chuẩn đã được làm trong nhiều năm.
option-hip-replacement-cost =
    Đây là giá mà các bệnh viện báo cho những người tự trả tiền.
    Giá chênh lệch rất nhiều.
    Số tiền trung bình tính cho các công ty bảo hiểm nằm ở phía thấp của khoảng giá này.
    Bảo hiểm và Medicare thường chi trả khi quý vị đáp ứng các điều kiện của họ.
    Quý vị vẫn có thể phải trả một phần, nên hãy hỏi công ty bảo hiểm.

step-hip-replacement-assess = Bác sĩ phẫu thuật khám khớp háng, xem phim X-quang và sức khỏe chung của quý vị.
step-hip-replacement-prepare =
    Trước khi mổ, quý vị có thể được đề nghị cải thiện cân nặng, việc hút thuốc hoặc đường huyết.
    Điều này làm giảm rủi ro.
step-hip-replacement-operation =
    Quý vị được gây mê cho ngủ, hoặc được gây tê từ thắt lưng trở xuống.
    Bác sĩ phẫu thuật lấy bỏ các phần đã mòn và lắp khớp mới vào.
step-hip-replacement-hospital =
    Nhiều người nằm viện một thời gian ngắn.
    Ở Hoa Kỳ, nhiều người về nhà ngay trong ngày.
step-hip-replacement-recover =
    Lúc đầu quý vị đi lại bằng nạng hoặc gậy.
    Các bài tập, ở nhà hoặc với chuyên viên vật lý trị liệu, giúp quý vị khỏe lại.

milestone-hip-replacement-crutches = Thôi dùng nạng hoặc gậy
milestone-hip-replacement-driving = Lái xe lại, khi quý vị có thể dừng xe an toàn và không còn cần thuốc giảm đau mạnh
milestone-hip-replacement-work = Đi làm lại (muộn hơn nếu làm công việc chân tay nặng)
milestone-hip-replacement-low-impact-sport = Chơi thể thao nhẹ nhàng, như đánh golf, bơi hoặc đạp xe
milestone-hip-replacement-full-benefit = Có được lợi ích đầy đủ (với một số người thì mất chừng ấy thời gian)

repeats-hip-replacement =
    Thay khớp háng được dự tính là chỉ làm một lần.
    Nếu khớp mới bị hỏng, một ca mổ thứ hai, gọi là mổ thay lại, có thể thay một số bộ phận của khớp.

## Thay khớp háng: lợi ích

outcome-hip-replacement-oxford-6m = mức tăng trung bình trên Thang điểm khớp háng Oxford
outcome-hip-replacement-oxford-6m-note =
    Lấy từ một thử nghiệm ở người lớn tuổi bị thoái hóa khớp háng nặng.
    Một số người trong nhóm tập luyện đã được mổ trước khi thử nghiệm kết thúc.
    Chúng tôi không tìm thấy thử nghiệm như vậy cho các bệnh khớp háng khác.
outcome-hip-replacement-meaningful-improvement-12m = thấy đỡ hơn rõ rệt
outcome-hip-replacement-meaningful-improvement-12m-note =
    Đây không phải là thử nghiệm ngẫu nhiên: mỗi người được ghép cặp với những người khác giống họ.
    Tất cả đều bị thoái hóa khớp háng.
    Không tìm thấy kết quả cho các bệnh khớp háng khác.
outcome-hip-replacement-still-in-place-10y = vẫn còn giữ khớp háng nhân tạo đầu tiên, không phải mổ làm lại
outcome-hip-replacement-still-in-place-10y-note =
    Lấy từ sổ ghi nhận quốc gia về thay khớp, phần lớn là người bị thoái hóa khớp.
    Khớp háng nhân tạo bền lâu hơn ở người lớn tuổi và khi được gắn bằng xi măng xương.
outcome-hip-replacement-still-in-place-25y = vẫn còn giữ khớp háng nhân tạo đầu tiên, không phải mổ làm lại
outcome-hip-replacement-still-in-place-25y-note =
    Lấy từ sổ ghi nhận quốc gia về thay khớp, có tính tất cả mọi người.
    Báo cáo của từng bác sĩ phẫu thuật riêng lẻ cho thấy con số cao hơn.
    Những khớp háng này được thay từ lâu; khớp ngày nay có thể bền hơn, hoặc không.

## Thay khớp háng: tác hại

outcome-hip-replacement-persistent-pain = vẫn còn đau gây khó chịu rất lâu sau khi mổ
outcome-hip-replacement-persistent-pain-note =
    Kết quả rất khác nhau giữa các nghiên cứu.
    Phần lớn người trong các nghiên cứu này bị thoái hóa khớp.
outcome-hip-replacement-death-90d = tử vong sau ca mổ (do bất kỳ nguyên nhân nào)
outcome-hip-replacement-death-90d-note =
    Con số này đã giảm qua các năm, và các nghiên cứu cũ hơn thấy có nhiều ca tử vong hơn.
    Con số này tính trên tất cả các ca thay khớp háng, phần lớn là do thoái hóa khớp.
outcome-hip-replacement-dislocation = bị trật khớp háng nhân tạo, tức là khớp mới trượt ra khỏi ổ
outcome-hip-replacement-dislocation-note =
    Con số thấp hơn lấy từ các nghiên cứu mới hơn.
    Con số cao hơn có tính cả các nghiên cứu cũ hơn.
    Phần lớn người trong các nghiên cứu này bị thoái hóa khớp.
outcome-hip-replacement-infection = bị nhiễm trùng sâu ở khớp háng nhân tạo
outcome-hip-replacement-infection-note =
    Nhiều người trong số này cần mổ thêm lần nữa.
    Các con số lấy từ những sổ ghi nhận quốc gia lớn.
    Phần lớn người trong các sổ này bị thoái hóa khớp.
outcome-hip-replacement-blood-clots = bị cục máu đông ở chân hoặc ở phổi gây ra triệu chứng
outcome-hip-replacement-blood-clots-note =
    Người bệnh được cho thuốc để giúp ngừa cục máu đông.
    Các con số cao hơn lấy từ một thử nghiệm có tính cả các ca thay khớp gối.
    Trong thử nghiệm đó, loại thuốc được dùng có tạo ra khác biệt.
outcome-hip-replacement-leg-length = cảm thấy một chân dài hơn chân kia
outcome-hip-replacement-leg-length-note =
    Phần lớn những người này không có chênh lệch nào đo được.
    Dù vậy, cảm giác chênh lệch này có liên quan đến điểm khớp háng kém hơn.

factor-hip-replacement-weight = Cân nặng cao làm tăng rủi ro khi mổ. Quý vị có thể được đề nghị cải thiện cân nặng trước.
factor-hip-replacement-smoking = Hút thuốc làm tăng rủi ro khi mổ. Quý vị có thể được đề nghị bỏ thuốc trước.
factor-hip-replacement-diabetes = Đường huyết chưa được kiểm soát tốt làm tăng rủi ro. Quý vị có thể được đề nghị hạ đường huyết trước.
factor-hip-replacement-recent-injection =
    Một mũi tiêm vào khớp háng trong vài tháng trước khi mổ có liên quan đến nhiều ca nhiễm trùng khớp háng nhân tạo hơn.
    Hãy cho bác sĩ phẫu thuật biết về bất kỳ mũi tiêm nào gần đây.
factor-hip-replacement-older-age =
    Ở người lớn tuổi, bác sĩ phẫu thuật có thể gắn khớp háng nhân tạo bằng xi măng xương.
    Điều này làm giảm nguy cơ gãy xương quanh khớp nhân tạo.
    Ở người lớn tuổi, khớp háng nhân tạo cũng ít phải làm lại hơn.

## Nội soi khớp háng (mổ qua các vết rạch nhỏ)

option-hip-arthroscopy-name = Nội soi khớp háng (mổ qua các vết rạch nhỏ)
option-hip-arthroscopy-summary =
    Mổ khớp háng qua các vết rạch nhỏ.
    Qua các vết rạch nhỏ, bác sĩ phẫu thuật dùng một camera rất nhỏ và các dụng cụ.
    Bác sĩ phẫu thuật có thể gọt chỉnh chỗ xương thừa và khâu hoặc cắt gọt chỗ rách ở vành ổ cối, gọi là sụn viền.
    Quý vị được gây mê ngủ hoàn toàn, và phần lớn mọi người về nhà ngay trong ngày.
option-hip-arthroscopy-regulatory =
    Một ca mổ tiêu chuẩn.
    Với hội chứng va chạm khớp háng, các chuyên gia đồng ý đây là một lựa chọn hợp lý.
    Tập luyện với chuyên viên vật lý trị liệu là một lựa chọn khác.
option-hip-arthroscopy-cost =
    Chúng tôi không tìm được giá đáng tin cậy ở Hoa Kỳ cho ca mổ này.
    Hãy hỏi bệnh viện và công ty bảo hiểm xem quý vị sẽ phải trả bao nhiêu.

step-hip-arthroscopy-assess =
    Cơn đau, kết quả khám và hình chụp của quý vị đều phải chỉ về cùng một vấn đề.
    Chỉ thấy chỗ rách trên hình chụp thì chưa đủ, vì nhiều người không đau cũng có chỗ rách.
step-hip-arthroscopy-operation =
    Quý vị được gây mê ngủ hoàn toàn.
    Chân của quý vị được kéo nhẹ để mở khớp ra.
    Qua các vết rạch nhỏ, bác sĩ phẫu thuật gọt chỉnh xương và khâu hoặc cắt gọt sụn viền.
step-hip-arthroscopy-home = Phần lớn mọi người về nhà ngay trong ngày.
step-hip-arthroscopy-rehab = Quý vị dùng nạng trong vài tuần và theo một kế hoạch tập luyện.

milestone-hip-arthroscopy-crutches = Thôi dùng nạng
milestone-hip-arthroscopy-desk-work = Trở lại công việc văn phòng
milestone-hip-arthroscopy-sport = Trở lại chơi thể thao
milestone-hip-arthroscopy-full-benefit = Có được lợi ích đầy đủ (khớp háng có thể tiếp tục tốt lên cho đến lúc đó)

repeats-hip-arthroscopy =
    Ca mổ này được dự tính là chỉ làm một lần.
    Một số người cần mổ lần thứ hai ở cùng khớp háng, hoặc về sau phải thay khớp háng.
    Các con số đó được trình bày cùng với các tác hại.

## Nội soi khớp háng: lợi ích

outcome-hip-arthroscopy-ihot-pooled = mức tăng trung bình trên thang điểm khớp háng iHOT
outcome-hip-arthroscopy-ihot-pooled-note =
    Lấy từ các thử nghiệm ở người bị hội chứng va chạm khớp háng, nhiều người trong số đó cũng bị rách sụn viền.
    Cả hai nhóm đều đỡ hơn.
    Phẫu thuật cải thiện thêm một mức gần bằng mức thay đổi nhỏ nhất mà người bệnh cảm nhận được.
outcome-hip-arthroscopy-fashion-12m = số điểm tăng thêm trên thang điểm khớp háng iHOT, so với mức tăng của nhóm kia
outcome-hip-arthroscopy-fashion-12m-note =
    Lấy từ một thử nghiệm ở Vương quốc Anh, ở người bị hội chứng va chạm khớp háng.
    Con số này lấy từ bản tóm tắt của bác sĩ phẫu thuật đứng đầu thử nghiệm, và chúng tôi không kiểm tra được khoảng giá trị chính xác của nó.
    Trong năm đầu, chưa chứng minh được là phẫu thuật đáng đồng tiền.
outcome-hip-arthroscopy-hip-oa-benefit = bớt đau hoặc khớp háng hoạt động tốt hơn
no-data-hip-arthroscopy-hip-oa-benefit =
    Khi thoái hóa khớp đã bắt đầu, các nghiên cứu thấy mức cải thiện nhỏ hơn.
    Chúng tôi không tìm thấy thử nghiệm nào so sánh ca mổ này với vật lý trị liệu ở người bị thoái hóa khớp.
outcome-hip-arthroscopy-hip-oa-delay = hoãn được việc phải thay khớp háng
no-data-hip-arthroscopy-hip-oa-delay =
    Không có nghiên cứu nào cho thấy ca mổ này giúp hoãn được việc thay khớp háng khi đã có thoái hóa khớp.
    Thực tế, người bị thoái hóa khớp lại thường cần thay khớp háng sớm sau đó hơn.

## Nội soi khớp háng: tác hại

outcome-hip-arthroscopy-major-complications = gặp vấn đề nghiêm trọng do ca mổ
outcome-hip-arthroscopy-minor-complications = gặp vấn đề nhẹ, như trầy bề mặt khớp hoặc bị tê rồi tự hết
outcome-hip-arthroscopy-nerve-palsy = gặp vấn đề về dây thần kinh, như bị tê hoặc yếu
outcome-hip-arthroscopy-nerve-palsy-note =
    Con số này lấy từ một bài tổng quan lớn hơn về nhiều ca mổ.
    Chúng tôi chỉ xem được một bản tóm tắt ngắn của bài đó.
    Con số này có thể trùng một phần với các vấn đề nhẹ, vốn có tính cả tê rồi tự hết.
outcome-hip-arthroscopy-reoperation = cần mổ lại ở cùng khớp háng đó
outcome-hip-arthroscopy-later-replacement = cần thay khớp háng về sau
outcome-hip-arthroscopy-later-replacement-note =
    Con số thấp hơn lấy từ các nhóm nghiên cứu được chọn lọc.
    Con số cao hơn lấy từ toàn bộ dân số.
outcome-hip-arthroscopy-later-replacement-arthritis = cần thay khớp háng trong vòng một năm
outcome-hip-arthroscopy-later-replacement-arthritis-note =
    Con số này dành cho người lớn tuổi đã bị thoái hóa khớp hoặc mòn sụn từ trước.
    Con số lấy từ một bài tổng quan của chuyên gia, không phải từ thử nghiệm.

factor-hip-arthroscopy-existing-arthritis =
    Nếu thoái hóa khớp đã bắt đầu, lợi ích sẽ nhỏ hơn.
    Người bệnh cũng thường phải thay khớp háng sớm sau đó hơn.
factor-hip-arthroscopy-older-age = Người lớn tuổi thường về sau phải thay khớp háng nhiều hơn.

## Giải áp lõi

option-core-decompression-name = Giải áp lõi
option-core-decompression-summary =
    Một ca mổ cho tình trạng xương chết giai đoạn sớm ở chỏm xương đùi, trước khi chỏm bị xẹp.
    Bác sĩ phẫu thuật khoan một đường lớn hoặc vài đường nhỏ vào phần xương chết.
    Mục đích là giảm áp lực và giúp xương lành lại.
    Sau mổ, quý vị cần tránh dồn sức nặng lên chân đó một thời gian.
option-core-decompression-regulatory =
    Một ca mổ tiêu chuẩn.
    Một công ty bảo hiểm lớn ở Hoa Kỳ coi đây là chăm sóc cần thiết trước khi chỏm bị xẹp, nhưng coi là chưa được chứng minh khi chỏm đã xẹp.
option-core-decompression-cost =
    Chúng tôi không tìm được giá cho ca mổ này.
    Một công ty bảo hiểm lớn ở Hoa Kỳ chi trả cho ca mổ này trước khi chỏm xương đùi bị xẹp.
    Hãy hỏi công ty bảo hiểm xem quý vị sẽ phải trả bao nhiêu.

step-core-decompression-assess =
    Hình chụp MRI hoặc phim X-quang cho biết giai đoạn.
    Ca mổ này dành cho những khớp háng có chỏm xương đùi vẫn còn tròn.
step-core-decompression-operation =
    Quý vị được dùng thuốc gây tê hoặc gây mê.
    Bác sĩ phẫu thuật khoan một đường lớn hoặc vài đường nhỏ vào phần xương chết.
step-core-decompression-protect =
    Sau mổ, quý vị cần tránh dồn sức nặng lên chân đó một thời gian.
    Các nguồn của chúng tôi không nêu thời gian cụ thể cho việc này.

repeats-core-decompression =
    Chúng tôi không tìm thấy nghiên cứu nào về việc làm lại ca mổ này.
    Nếu chỏm xương đùi bị xẹp, bước tiếp theo thường là thay khớp háng.

## Giải áp lõi: lợi ích

outcome-core-decompression-no-progression-early = không thấy bệnh nặng hơn trên phim X-quang
outcome-core-decompression-no-progression-early-note =
    Đây là trường hợp tốt nhất: giai đoạn sớm nhất, với vùng xương chết nhỏ.
    Con số này lấy từ một nghiên cứu cũ hơn, không có nhóm không điều trị.
outcome-core-decompression-collapse = vẫn bị xẹp chỏm xương đùi
outcome-core-decompression-collapse-note =
    Ở đây, con số càng nhỏ càng tốt.
    Lấy từ một nghiên cứu lớn ở các khớp háng giai đoạn sớm, không có nhóm không điều trị để so sánh.
    Các nghiên cứu như vậy theo dõi người bệnh trong vài năm.
outcome-core-decompression-vs-no-operation = có kết quả tốt hơn so với không mổ
no-data-core-decompression-vs-no-operation =
    Chúng tôi không tìm thấy nghiên cứu nào so sánh ca mổ này với việc không mổ.
    Một số nghiên cứu chỉ xem xét những khớp háng đã được điều trị.
    Những nghiên cứu khác so sánh với các loại mổ khác.

## Giải áp lõi: tác hại

outcome-core-decompression-harms = gặp tác hại của ca mổ
no-data-core-decompression-harms =
    Các nguồn của chúng tôi không đưa ra con số về tác hại của ca mổ này.
    Ca mổ nào cũng có rủi ro.
    Hãy hỏi bác sĩ phẫu thuật xem có thể gặp những tác hại nào và họ thấy chúng xảy ra thường đến mức nào.

factor-core-decompression-lesion-size = Kích thước của vùng xương chết trong chỏm xương đùi rất quan trọng. Vùng này càng lớn, khớp háng càng dễ bị xẹp sau mổ.
factor-core-decompression-cause = Xẹp chỏm dễ xảy ra hơn nếu xương chết là do thuốc steroid gây ra. Xẹp chỏm cũng dễ xảy ra hơn nếu không tìm ra nguyên nhân.
factor-core-decompression-disease-duration = Xẹp chỏm dễ xảy ra hơn khi đã bị bệnh lâu hơn.
