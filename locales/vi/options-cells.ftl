### Các lựa chọn dùng tế bào: tiêm “tế bào gốc”, và giải áp lõi có thêm tế bào tủy xương.
### Con số nằm trong crates/hipaid-core/content/options/; ứng dụng hiện chúng bên cạnh những chữ này.

## Tiêm tế bào gốc

option-stem-cell-injection-name = Tiêm “tế bào gốc”
option-stem-cell-injection-summary =
    Phòng khám tiêm tế bào hoặc mô vào trong hoặc gần khớp háng.
    Các tế bào này có thể lấy từ tủy xương hoặc mỡ của chính quý vị, từ phòng thí nghiệm, hoặc từ mô sinh nở của người hiến tặng.
    Chúng được bán với tên “tế bào gốc”, nhưng rất ít trong số đó là tế bào gốc thật sự.
    Chưa có thử nghiệm nào ở khớp háng so sánh cách này với mũi tiêm giả.
option-stem-cell-injection-regulatory =
    Ở Hoa Kỳ, FDA chưa phê duyệt sản phẩm tế bào gốc nào cho bất kỳ bệnh xương hoặc khớp nào.
    Kể cả đau khớp háng và thoái hóa khớp.
    Nếu không nằm trong một thử nghiệm do FDA giám sát, việc bị tính tiền cho sản phẩm này có thể là dấu hiệu của buôn bán bất hợp pháp.
    “Đã đăng ký với FDA” hoặc “có tên trong danh sách thử nghiệm” không có nghĩa là đã được phê duyệt.
    Cơ quan dược phẩm của châu Âu cũng cảnh báo mọi người không nên dùng các cách điều trị bằng tế bào chưa được chứng minh.
option-stem-cell-injection-cost =
    Các mức giá này là cho việc tiêm vào khớp gối tại các phòng khám ở Hoa Kỳ.
    Chúng tôi không tìm được giá cho khớp háng.
    Các công ty bảo hiểm thường không trả, nên quý vị tự trả toàn bộ.
    Mỗi lần tiêm lại sẽ tốn thêm tiền.

variant-stem-cell-injection-bmac =
    Tủy xương cô đặc: tủy được rút ra từ xương hông của quý vị bằng kim.
    Sau đó tủy được quay trong máy để cô đặc lại.
    Chỉ một phần rất nhỏ tế bào trong đó là tế bào gốc.
variant-stem-cell-injection-adipose =
    Tế bào lấy từ mỡ: mỡ được lấy ra khỏi cơ thể quý vị bằng cách hút mỡ.
    Sau đó mỡ được xử lý rồi tiêm vào.
variant-stem-cell-injection-culture-expanded =
    Tế bào nuôi cấy trong phòng thí nghiệm: tế bào được nuôi để tăng lên rất nhiều.
    Những tế bào này được coi là thuốc, phải được phê duyệt rồi mới được bán.
variant-stem-cell-injection-birth-tissue =
    Sản phẩm từ mô sinh nở: làm từ máu dây rốn, dây rốn hoặc nước ối (chất lỏng bao quanh em bé) do người khác hiến tặng.
    Đây không phải là tế bào của chính quý vị.

step-stem-cell-injection-collect =
    Phòng khám lấy vật liệu.
    Tủy được rút từ xương chậu (xương hông) của quý vị, hoặc mỡ được lấy bằng cách hút mỡ.
    Sản phẩm của người hiến tặng thì lấy từ người khác.
step-stem-cell-injection-prepare = Vật liệu được quay ly tâm hoặc xử lý, thường ngay trong ngày.
step-stem-cell-injection-inject =
    Bác sĩ tiêm vật liệu này vào khớp háng.
    Hình siêu âm hoặc X-quang giúp dẫn đường cho kim tiêm.
step-stem-cell-injection-after =
    Quý vị về nhà ngay trong ngày.
    Chúng tôi không tìm thấy nghiên cứu nào về việc cần nghỉ ngơi bao lâu sau đó.

repeats-stem-cell-injection =
    Phòng khám thường mời tiêm lại hoặc tiêm “nhắc lại”.
    Chưa có nghiên cứu nào kiểm tra việc tiêm tế bào lại nhiều lần ở khớp háng.
    Vì vậy, chưa có khoảng cách nào giữa các lần tiêm được chứng minh.
    Mỗi lần tiêm thêm tốn thêm tiền và thêm rủi ro.

## Tiêm tế bào gốc: lợi ích

outcome-stem-cell-injection-registry-improvement = mức người bệnh tự đánh giá khớp háng đỡ hơn, tính trung bình (theo phần trăm)
outcome-stem-cell-injection-registry-improvement-note =
    Lấy từ sổ ghi nhận của một công ty bán các mũi tiêm này.
    Không có nhóm so sánh, và người bệnh tự đánh giá.
    Trong các thử nghiệm, mũi tiêm giả cũng làm bớt đau.
    Vì vậy, chúng tôi không biết được bao nhiêu phần là nhờ tế bào.
outcome-stem-cell-injection-registry-pain = mức thay đổi điểm đau trung bình (điểm thấp hơn nghĩa là ít đau hơn)
outcome-stem-cell-injection-registry-pain-note =
    Lấy từ cùng sổ ghi nhận của công ty đó, không có nhóm so sánh.
    Cơn đau có giảm một chút, nhưng không hết.
    Trong các thử nghiệm, mũi tiêm giả cũng làm bớt đau.
outcome-stem-cell-injection-registry-oxford = mức tăng trung bình trên Thang điểm khớp háng Oxford
outcome-stem-cell-injection-registry-oxford-note =
    Lấy từ cùng sổ ghi nhận của công ty đó, không có nhóm so sánh.
    Người bệnh được theo dõi trung bình chưa tới một năm.
outcome-stem-cell-injection-hip-oa-controlled = bớt đau nhiều hơn so với mũi tiêm giả
no-data-stem-cell-injection-hip-oa-controlled =
    Chưa có thử nghiệm nào so sánh tiêm tế bào với mũi tiêm giả ở khớp háng.
    Trong một thử nghiệm ở khớp gối, tế bào tủy xương không tốt hơn nước muối.
    Các thử nghiệm ở khớp gối cũng không thấy sụn trên hình chụp tốt hơn so với nhóm so sánh.
outcome-stem-cell-injection-avn-benefit = bớt đau hoặc khớp háng hoạt động tốt hơn
no-data-stem-cell-injection-avn-benefit =
    Chúng tôi không tìm thấy nghiên cứu nào về chỉ riêng việc tiêm tế bào cho bệnh này.
    Tế bào mới chỉ được thử khi bác sĩ phẫu thuật đưa chúng vào xương trong một ca mổ.
    Xem phần giải áp lõi có thêm tế bào.
outcome-stem-cell-injection-avn-collapse = giữ được chỏm xương đùi không bị xẹp
no-data-stem-cell-injection-avn-collapse =
    Chúng tôi không tìm thấy nghiên cứu nào cho thấy tiêm vào khớp làm chậm hoặc ngăn được việc xẹp chỏm.
outcome-stem-cell-injection-labral-tear-benefit = bớt đau hoặc khớp háng hoạt động tốt hơn
no-data-stem-cell-injection-labral-tear-benefit =
    Chúng tôi không tìm thấy thử nghiệm nào về tiêm tế bào cho rách sụn viền.
    Một bài tổng quan các nghiên cứu về tiêm khớp háng không thấy thử nghiệm nào về tế bào.
outcome-stem-cell-injection-labral-tear-repair = có chỗ rách sụn viền lành lại
no-data-stem-cell-injection-labral-tear-repair =
    Không có nghiên cứu nào cho thấy tế bào được tiêm vào làm lành được chỗ rách sụn viền.
    Ngoài ra, nhiều người không đau khớp háng cũng có chỗ rách trên hình chụp.
outcome-stem-cell-injection-gtps-benefit = bớt đau ở mặt ngoài khớp háng
no-data-stem-cell-injection-gtps-benefit =
    Chúng tôi không tìm thấy thử nghiệm nào về tiêm tế bào cho loại đau này.
    Tập luyện và các loại tiêm khác đã được kiểm tra trong các thử nghiệm.

## Tiêm tế bào gốc: tác hại

outcome-stem-cell-injection-registry-adverse-events = bị một tác dụng phụ (không có trường hợp nào nghiêm trọng)
outcome-stem-cell-injection-registry-adverse-events-note =
    Lấy từ sổ ghi nhận của công ty, do người bệnh tự báo cáo.
    Sổ này không cho biết bao nhiêu người đã rời khỏi sổ ghi nhận.
outcome-stem-cell-injection-joint-pain = bị đau khớp sau khi tiêm
outcome-stem-cell-injection-joint-pain-note =
    Con số này lấy từ các nghiên cứu ở khớp gối, không phải khớp háng.
    Chúng tôi không tìm được con số nào ở khớp háng về đau sau khi tiêm tế bào.
outcome-stem-cell-injection-joint-fluid = bị tụ dịch trong khớp sau khi tiêm
outcome-stem-cell-injection-joint-fluid-note =
    Con số này lấy từ các nghiên cứu ở khớp gối, không phải khớp háng.
    Tụ dịch và sưng được đếm riêng, nên cùng một người có thể nằm trong cả hai con số.
outcome-stem-cell-injection-joint-swelling = bị sưng khớp sau khi tiêm
outcome-stem-cell-injection-joint-swelling-note =
    Con số này lấy từ các nghiên cứu ở khớp gối, không phải khớp háng.
    Sưng và tụ dịch được đếm riêng, nên cùng một người có thể nằm trong cả hai con số.
outcome-stem-cell-injection-harvest-major = gặp vấn đề nghiêm trọng ở chỗ rút tủy từ xương hông
outcome-stem-cell-injection-harvest-major-note =
    Điều này chỉ áp dụng khi tủy được rút từ xương hông của chính quý vị.
    Các con số lấy từ hồ sơ của một bệnh viện.
    Các vấn đề nhẹ ở chỗ đó thường gặp hơn.
    Một số người cũng bị đau vài ngày, đau kéo dài, hoặc đau dây thần kinh ở chỗ đó.
outcome-stem-cell-injection-serious-harms = bị tác hại nghiêm trọng đã được báo cho cơ quan y tế
no-data-stem-cell-injection-serious-harms =
    FDA đã nhận được báo cáo về những người bị mù, bị khối u hoặc bị nhiễm trùng sau khi dùng các sản phẩm tế bào chưa được phê duyệt.
    Cơ quan dược phẩm của châu Âu cho biết đã có người tử vong.
    Ở Hoa Kỳ, các sản phẩm làm từ máu dây rốn bị nhiễm vi trùng đã khiến nhiều người phải nằm viện.
    Không ai biết điều này xảy ra thường đến mức nào.

factor-stem-cell-injection-younger-age =
    Trong sổ ghi nhận của công ty, người trẻ tuổi hơn thường nói mình đỡ hơn.
    Không có nhóm so sánh, nên điều này có thể không phải là nhờ tế bào.

## Giải áp lõi có thêm tế bào tủy xương

option-core-decompression-cells-name = Giải áp lõi có thêm tế bào tủy xương
option-core-decompression-cells-summary =
    Cùng ca mổ khoan xương như giải áp lõi, có thêm một bước.
    Tủy được rút từ xương hông của quý vị và được cô đặc lại.
    Sau đó bác sĩ phẫu thuật đưa tủy vào đường khoan trong phần xương chết.
    Cách này dành cho những khớp háng mà chỏm xương đùi chưa bị xẹp.
option-core-decompression-cells-regulatory =
    Bản thân việc khoan xương là một ca mổ tiêu chuẩn.
    Thêm tế bào thì chưa phải là cách điều trị được phê duyệt.
    FDA nói rằng chưa có sản phẩm tế bào hay sản phẩm “tái tạo” nào được phê duyệt cho bất kỳ bệnh xương hoặc khớp nào.
    Một công ty bảo hiểm lớn ở Hoa Kỳ gọi phần tế bào thêm vào là “đang nghiên cứu”, nghĩa là chưa được chứng minh.
    Hãy hỏi xem tế bào có được đưa vào như một phần của một nghiên cứu hay không.
option-core-decompression-cells-cost =
    Chúng tôi không tìm được giá cho ca mổ này.
    Một công ty bảo hiểm lớn ở Hoa Kỳ không coi phần tế bào thêm vào là cách chăm sóc đã được chứng minh.
    Hãy hỏi công ty bảo hiểm xem họ sẽ trả cho phần nào, và quý vị sẽ phải trả bao nhiêu.

step-core-decompression-cells-assess =
    Hình chụp MRI hoặc phim X-quang cho biết giai đoạn.
    Ca mổ này dành cho những khớp háng có chỏm xương đùi vẫn còn tròn.
step-core-decompression-cells-harvest =
    Quý vị được dùng thuốc gây tê hoặc gây mê.
    Một cây kim rút tủy từ xương hông của quý vị, rồi tủy được quay ly tâm để cô đặc tế bào.
step-core-decompression-cells-operation =
    Bác sĩ phẫu thuật khoan vào phần xương chết của chỏm xương đùi.
    Tế bào được đặt vào đường khoan.
step-core-decompression-cells-protect =
    Sau mổ, quý vị cần tránh dồn sức nặng lên chân đó một thời gian.
    Các nguồn của chúng tôi không nêu thời gian cụ thể cho việc này.

repeats-core-decompression-cells =
    Chúng tôi không tìm thấy nghiên cứu nào về việc làm lại ca mổ này.
    Nếu chỏm xương đùi bị xẹp, bước tiếp theo thường là thay khớp háng.

## Giải áp lõi có thêm tế bào: lợi ích

outcome-core-decompression-cells-progression = bị bệnh nặng hơn trên phim X-quang (chuyển sang giai đoạn sau)
outcome-core-decompression-cells-progression-note =
    Ở đây, con số càng nhỏ càng tốt.
    Các nghiên cứu này gộp chung nhiều cách bổ sung: tế bào, ghép xương và thanh kim loại.
    Con số này không phải chỉ cho riêng tế bào.
    Các nghiên cứu như vậy theo dõi người bệnh trong vài năm.
outcome-core-decompression-cells-hhs-12m = số điểm tăng thêm trên Thang điểm khớp háng Harris, so với chỉ khoan xương
outcome-core-decompression-cells-hhs-12m-note =
    Đây là phần cải thiện thêm, không phải tổng mức cải thiện.
    Con số này lấy từ một số thử nghiệm nhỏ, chất lượng từ vừa đến thấp.
outcome-core-decompression-cells-collapse = giữ được chỏm xương đùi không bị xẹp
no-data-core-decompression-cells-collapse =
    Các nghiên cứu gộp thấy ít khớp háng bị xẹp hơn khi có thêm tế bào.
    Nhưng các nghiên cứu này không đưa ra con số mà chúng tôi có thể trình bày thành số người trên một trăm người.
    Nhiều nghiên cứu trong số đó có những thiếu sót có thể làm một cách điều trị trông tốt hơn thực tế.
outcome-core-decompression-cells-replacement = không cần thay khớp háng về sau
no-data-core-decompression-cells-replacement =
    Các thử nghiệm thấy số ca thay khớp háng có phần ít hơn khi có thêm tế bào.
    Nhưng sự khác biệt này có thể chỉ là do ngẫu nhiên.

## Giải áp lõi có thêm tế bào: tác hại

outcome-core-decompression-cells-harvest-major = gặp vấn đề nghiêm trọng ở chỗ rút tủy từ xương hông
outcome-core-decompression-cells-harvest-major-note =
    Con số này và vài con số tiếp theo lấy từ hồ sơ của một bệnh viện.
    Các con số tính theo mỗi lần tủy được rút từ xương hông bằng kim.
outcome-core-decompression-cells-harvest-minor = gặp vấn đề nhẹ ở chỗ rút tủy
outcome-core-decompression-cells-harvest-minor-note =
    Hồ sơ cũng đếm riêng đau và đau dây thần kinh.
    Một số trường hợp này có thể cũng được tính chung với các vấn đề nhẹ.
    Vì vậy, đừng cộng các con số này lại với nhau.
outcome-core-decompression-cells-harvest-early-pain = bị đau ngay sau đó, ở chỗ rút tủy
outcome-core-decompression-cells-harvest-lasting-pain = bị đau kéo dài ở chỗ rút tủy
outcome-core-decompression-cells-harvest-nerve-pain = bị đau dây thần kinh gần chỗ rút tủy
outcome-core-decompression-cells-surgery-harms = gặp tác hại của ca mổ khoan xương
no-data-core-decompression-cells-surgery-harms =
    Các nguồn của chúng tôi không đưa ra con số về tác hại của chính ca mổ.
    Ca mổ nào cũng có rủi ro.
    Hãy hỏi bác sĩ phẫu thuật xem có thể gặp những tác hại nào và họ thấy chúng xảy ra thường đến mức nào.

factor-core-decompression-cells-lesion-size =
    Kích thước của vùng xương chết trong chỏm xương đùi rất quan trọng. Vùng này càng lớn, khớp háng càng dễ bị xẹp sau mổ.
factor-core-decompression-cells-cause =
    Xẹp chỏm dễ xảy ra hơn nếu xương chết là do thuốc steroid gây ra.
    Xẹp chỏm cũng dễ xảy ra hơn nếu không tìm ra nguyên nhân.
