### Những lời quảng cáo mà bệnh nhân có thể đã đọc, kèm điều bằng chứng cho thấy, và thẻ
### “Trước khi quý vị trả tiền cho một phòng khám” dành cho các dịch vụ “tế bào gốc” và PRP.
### Lời quảng cáo được viết như bệnh nhân thấy trên trang mạng của phòng khám; câu trả lời là
### những thông tin bình tĩnh, khách quan. Lời lẽ đơn giản, dễ đọc như sách lớp tám trở xuống.
### Không dùng chữ số.

## Lời quảng cáo và câu trả lời

claim-reverses-disease = “Tế bào gốc đẩy lùi bệnh và làm sụn mọc lại.”
claim-reverses-disease-answer =
    Chưa có thử nghiệm nào có nhóm so sánh kiểm tra việc tiêm tế bào vào khớp háng.
    Trong các thử nghiệm ở khớp gối, hình chụp cộng hưởng từ (MRI) của sụn không khác gì so với nhóm so sánh.
    Tủy xương được rút ra để tiêm chỉ chứa một phần rất nhỏ là tế bào gốc thật sự.
    Các báo cáo về khớp háng hiện có chỉ hỏi về cơn đau, không xem xét sụn.
    Các báo cáo đó cũng không có nhóm so sánh.

claim-no-rejection-or-infection = “Vì tế bào lấy từ chính cơ thể quý vị nên không có nguy cơ thải ghép hay nhiễm trùng.”
claim-no-rejection-or-infection-answer =
    Dùng tế bào của chính mình làm giảm nguy cơ thải ghép. Nhưng không loại bỏ được nguy cơ nhiễm trùng.
    Bất kỳ mũi kim nào đâm vào khớp cũng có thể gây nhiễm trùng khớp, dù hiếm.
    Việc rút tủy từ xương hông cũng có những rủi ro riêng.
    Ở Hoa Kỳ, một số người đã phải nằm viện vì nhiễm trùng sau khi dùng các sản phẩm “tế bào gốc” bị nhiễm bẩn.
    Các cơ quan quản lý ở Hoa Kỳ và châu Âu ghi nhận nhiễm trùng là một trong những tác hại đã được báo cáo.
    Một tổ chức khoa học hàng đầu về tế bào gốc cho biết ngay cả tế bào của chính quý vị cũng có rủi ro.

claim-complete-relief = “Phần lớn bệnh nhân hết đau hoàn toàn.”
claim-complete-relief-answer =
    Báo cáo chính về tiêm tủy xương vào khớp háng cho thấy trung bình có bớt đau phần nào, chứ không hết đau hoàn toàn.
    Báo cáo đó không có nhóm so sánh.
    Trong các thử nghiệm có nhóm so sánh, những người được tiêm nước muối cũng đỡ hơn gần bằng như vậy.
    Điều này đúng với tế bào tủy xương ở khớp gối và với PRP ở khớp háng.

claim-results-permanent = “Trong phần lớn trường hợp, kết quả kéo dài mãi mãi.”
claim-results-permanent-answer =
    Chưa có thử nghiệm dài hạn nào có nhóm so sánh kiểm tra việc tiêm tế bào vào khớp háng.
    Báo cáo chính về khớp háng theo dõi mọi người trung bình chưa tới một năm.
    Thoái hóa khớp háng thường nặng dần theo thời gian. Ngay cả khi tập luyện, một số người vẫn cần thay khớp háng trong vòng vài năm.
    Trong các thử nghiệm tiêm vào khớp, sau vài tháng, nhóm được điều trị và nhóm được tiêm nước muối có kết quả như nhau.

claim-no-adverse-effects = “Chưa có tác dụng phụ nào liên quan đến việc tiêm tế bào gốc.”
claim-no-adverse-effects-answer =
    Tác dụng phụ có xảy ra. Trong các nghiên cứu ở khớp gối, đau, sưng và tụ dịch trong khớp sau khi tiêm là chuyện thường gặp.
    Báo cáo chính về khớp háng có ghi một số tác dụng phụ, dù không có tác dụng phụ nào nghiêm trọng.
    Cơ quan quản lý thuốc của Hoa Kỳ đã nhận được báo cáo về mù mắt, khối u và nhiễm trùng sau khi dùng các sản phẩm chưa được phê duyệt.
    Cơ quan quản lý của châu Âu báo cáo rằng một số tác dụng phụ đã gây tử vong.

claim-booster-treatments = “Hãy tiêm ‘nhắc lại’ mỗi một hoặc hai năm để giữ được hiệu quả.”
claim-booster-treatments-answer =
    Chưa có nghiên cứu nào kiểm tra việc tiêm nhắc lại tế bào cho khớp háng. Khoảng cách giữa các lần tiêm không dựa trên bằng chứng.
    Mỗi lần tiêm lại tốn thêm tiền, và thêm rủi ro của một thủ thuật nữa.
    Trong các cuộc khảo sát giá ở Hoa Kỳ, một mũi tiêm vào khớp gối tốn hàng ngàn đô la.

claim-relief-lasts-years = “Hiệu quả giảm đau kéo dài từ vài tháng đến vài năm, có khi đến năm năm.”
claim-relief-lasts-years-answer =
    Hãy so sánh điều này với kết quả của các thử nghiệm. Một mũi tiêm steroid vào khớp háng giúp được vài tháng.
    Trong các báo cáo không có nhóm so sánh, PRP giúp nhiều nhất trong một hoặc hai tháng đầu.
    Trong thử nghiệm duy nhất ở khớp háng có dùng mũi tiêm giả, PRP không tốt hơn nước muối, dù ở thời gian đầu hay nhiều tháng sau.
    Chưa có thử nghiệm nào có nhóm so sánh theo dõi bất kỳ loại tiêm khớp háng nào trong nhiều năm.

claim-fda-approved = “Cách điều trị của chúng tôi đã được FDA phê duyệt hoặc đăng ký, hoặc là một phần của thử nghiệm.”
claim-fda-approved-answer =
    FDA là cơ quan quản lý thuốc của Hoa Kỳ. FDA chưa phê duyệt cách điều trị tái tạo nào cho bệnh về xương hoặc khớp.
    Đăng ký với FDA không phải là được phê duyệt. Có tên trên một trang mạng về thử nghiệm cũng không phải là được phê duyệt.
    FDA nói rằng: nếu quý vị bị tính tiền cho một sản phẩm như vậy mà không nằm trong một thử nghiệm do FDA giám sát, đó có thể là tiếp thị bất hợp pháp.

claim-high-success-rate = “Tám mươi đến chín mươi phần trăm bệnh nhân của chúng tôi điều trị thành công.”
claim-high-success-rate-answer =
    Một cuộc khảo sát các phòng khám ở Hoa Kỳ cho thấy họ quảng cáo tỷ lệ thành công cao.
    Chưa có thử nghiệm nào có nhóm so sánh chứng minh các tỷ lệ này.
    Khi không có nhóm so sánh, không ai biết được bao nhiêu người lẽ ra cũng tự đỡ hơn.

claim-avoid-hip-replacement = “Tế bào gốc giúp quý vị tránh hoặc hoãn được việc thay khớp háng.”
claim-avoid-hip-replacement-answer =
    Chưa có nghiên cứu nào về khớp háng cho thấy tiêm tế bào làm chậm hoặc ngăn được việc thay khớp háng.
    Trong một thử nghiệm ở người bị thoái hóa khớp háng nặng, khớp háng nhân tạo giúp cải thiện nhiều hơn hẳn so với một chương trình tập luyện.

claim-natural-so-safe = “Cách này tự nhiên và dùng tế bào của chính quý vị, nên an toàn.”
claim-natural-so-safe-answer =
    Tự nhiên không có nghĩa là an toàn. Các cơ quan quản lý coi tế bào đã qua xử lý, hoặc tế bào được dùng cho một việc khác trong cơ thể,
    là thuốc cần được phê duyệt. Họ làm vậy vì sự an toàn chưa chắc chắn.
    Một tổ chức khoa học hàng đầu về tế bào gốc cho biết ngay cả tế bào của chính quý vị cũng có rủi ro.

claim-studies-prove-it-works = “Các nghiên cứu và thử nghiệm lâm sàng chứng minh tế bào gốc có hiệu quả cho khớp háng.”
claim-studies-prove-it-works-answer =
    Với thoái hóa khớp háng, các nghiên cứu mà phòng khám trích dẫn không có nhóm so sánh.
    Các nghiên cứu đó chỉ theo dõi những người đã được tiêm.
    Cơn đau thường bớt đi sau bất kỳ mũi tiêm nào vào khớp, kể cả mũi tiêm nước muối.
    Vì vậy, các nghiên cứu đó không thể cho thấy chính tế bào đã có tác dụng.
    Chưa có thử nghiệm nào so sánh tiêm tế bào với mũi tiêm giả ở khớp háng.
    Trong một thử nghiệm ở khớp gối, khớp gối được tiêm tế bào tủy xương không tốt hơn khớp gối được tiêm nước muối.
    Với tình trạng mất nguồn máu nuôi khớp háng, tế bào trong các nghiên cứu được đưa vào trong lúc mổ khoan xương, không phải bằng cách tiêm.
    Một hướng dẫn điều trị lớn của Hoa Kỳ về viêm khớp khuyên không nên tiêm tế bào gốc.

claim-cannot-harm-tissue = “Tiêm tế bào gốc là điều trị ‘sinh học’, nên không thể gây hại cho mô nơi được tiêm vào.”
claim-cannot-harm-tissue-answer =
    Khớp vẫn có thể bị tổn hại.
    Trong các nghiên cứu ở khớp gối, đau, sưng và tụ dịch trong khớp sau khi tiêm tế bào là chuyện thường gặp.
    Ở Hoa Kỳ, các sản phẩm từ máu dây rốn bị nhiễm bẩn đã gây nhiễm trùng khớp sau khi tiêm tại một phòng khám xương khớp.
    Cơ quan quản lý thuốc của Hoa Kỳ đã nhận được báo cáo về nhiễm trùng và khối u sau khi dùng các sản phẩm tế bào chưa được phê duyệt.

## Trước khi quý vị trả tiền cho một phòng khám: những câu nên hỏi

pay-card-ask-approved = Cách điều trị này đã được cơ quan quản lý thuốc phê duyệt cho bệnh khớp háng của tôi chưa?
pay-card-ask-trial = Đây có phải là một phần của thử nghiệm đã đăng ký và có cơ quan quản lý giám sát không? Nếu phải, tại sao tôi lại bị yêu cầu trả tiền?
pay-card-ask-evidence = Những nghiên cứu đã công bố nào, có nhóm so sánh, cho thấy cách này có hiệu quả cho khớp háng? Tôi có thể xem các nghiên cứu đó không?
pay-card-ask-measure = Quý vị sẽ đo bằng cách nào để biết cách này có giúp tôi không, và đo khi nào?
pay-card-ask-what-injected = Chính xác thì quý vị sẽ tiêm gì? Chất đó lấy từ đâu, và được chuẩn bị ra sao?
pay-card-ask-risks = Có những rủi ro gì, kể cả nhiễm trùng? Nếu có chuyện không ổn thì sao?
pay-card-ask-total-cost = Tổng chi phí là bao nhiêu, tính cả các mũi tiêm lại, các lần chụp hình và các lần tái khám?
pay-card-ask-other-treatments = Cách này có ảnh hưởng đến các cách điều trị khác không, như mổ sau này, hoặc cơ hội tham gia một thử nghiệm?
pay-card-ask-independent-opinion = Tôi có thể dành thời gian để hỏi ý kiến một bác sĩ không làm việc cho phòng khám này không?

## Trước khi quý vị trả tiền cho một phòng khám: những điều nên biết

pay-card-fact-none-approved = Cơ quan quản lý thuốc của Hoa Kỳ, gọi là FDA, chưa phê duyệt cách điều trị “tế bào gốc” hay cách tương tự nào cho bất kỳ bệnh xương hoặc khớp nào. Kể cả đau khớp háng.
pay-card-fact-listing-not-approval = Có tên trên một trang mạng về thử nghiệm không có nghĩa là cách điều trị đã được phê duyệt. Đăng ký với FDA cũng không có nghĩa như vậy.
pay-card-fact-paying-outside-trial = Phòng khám có tính tiền quý vị cho các sản phẩm này mà không nằm trong một thử nghiệm do FDA giám sát không? FDA nói rằng điều này cho thấy có thể là tiếp thị bất hợp pháp.
pay-card-fact-ema-warning = Cơ quan Dược phẩm châu Âu (European Medicines Agency) cảnh báo mọi người không nên dùng các cách điều trị bằng tế bào chưa được kiểm tra. Cơ quan này nói những tế bào như vậy có thể là thuốc cần được phê duyệt.
pay-card-fact-stem-cells-not-covered = Các công ty bảo hiểm sức khỏe thường không trả tiền cho việc tiêm “tế bào gốc”, vì chưa được phê duyệt.
pay-card-fact-prp-self-pay = Các công ty bảo hiểm thường không trả tiền cho PRP. Phòng khám thường bán PRP theo đợt gồm nhiều mũi tiêm, và quý vị trả tiền cho từng mũi.
