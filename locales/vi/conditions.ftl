### Các bệnh: tên, tóm tắt, cách phát hiện, điều gì xảy ra nếu không điều trị, các giai đoạn,
### mỗi lựa chọn phù hợp với từng bệnh ra sao, và nhãn cho các con số về từng bệnh.
### Con số không nằm ở đây: chúng nằm trong crates/hipaid-core/content/conditions/ và ứng dụng
### hiện chúng bên cạnh những chữ này. Lời lẽ đơn giản, dễ đọc như sách lớp tám trở xuống.
### Không dùng chữ số.
### Nhãn con số nói điều GÌ được đếm; ứng dụng đặt “N trên 100 người” phía trước nhãn, nên mỗi
### nhãn là một cụm động từ nối tiếp câu đó, và hiện khoảng thời gian cùng mức độ chắc chắn bên cạnh.

## Thoái hóa khớp háng

condition-hip-oa-name = Thoái hóa khớp háng (viêm khớp do hao mòn)
condition-hip-oa-summary =
    Đầu các xương trong khớp háng được phủ một lớp trơn láng gọi là sụn.
    Khi bị thoái hóa khớp, lớp sụn này mòn mỏng đi. Khớp háng có thể đau, cứng và cử động kém hơn.
    Bệnh rất phổ biến khi người ta lớn tuổi.
condition-hip-oa-diagnosis =
    Bác sĩ hoặc chuyên viên vật lý trị liệu thường có thể nhận ra bệnh qua lời kể của quý vị và việc khám.
    Như vậy thường là đủ nếu quý vị ở tuổi trung niên trở lên, đau khi vận động,
    và nếu có cứng khớp buổi sáng thì chỉ trong thời gian ngắn (nửa tiếng hoặc ít hơn).
    Không phải lúc nào cũng cần chụp X-quang. Chụp X-quang có thể giúp ích khi các dấu hiệu khác thường,
    hoặc để xem khớp đã thay đổi nhiều đến đâu.
    Phim X-quang và mức đau không phải lúc nào cũng khớp nhau. Có người khớp thay đổi nhiều mà lại ít đau.
condition-hip-oa-course =
    Thoái hóa khớp háng thay đổi theo thời gian rất khác nhau ở mỗi người.
    Có người gần như không thay đổi trong thời gian dài. Ở người khác, bệnh nặng dần,
    và một số người trong họ chọn thay khớp háng. Khó nói trước bệnh của quý vị sẽ diễn tiến theo hướng nào.
    Các con số ở đây lấy từ những nhóm người lớn được theo dõi theo thời gian.

stage-hip-oa-kl-1-name = Độ một: nghi ngờ
stage-hip-oa-kl-1-description =
    Phim X-quang có thể cho thấy khe giữa các xương hẹp đi rất ít, hoặc một chỗ xương lồi rất nhỏ.
    Chưa rõ đây có phải là thoái hóa khớp hay không.
stage-hip-oa-kl-2-name = Độ hai: nhẹ
stage-hip-oa-kl-2-description =
    Khe giữa các xương hẹp đi một chút. Đã mọc những chỗ xương lồi nhỏ (gai xương).
    Phần xương nằm dưới sụn có thể cứng hơn một chút.
    Các nghiên cứu thường tính là thoái hóa khớp từ độ này trở lên.
stage-hip-oa-kl-3-name = Độ ba: vừa
stage-hip-oa-kl-3-description =
    Khe giữa các xương hẹp đi rõ rệt. Có nhiều gai xương hơn.
    Phần xương nằm dưới sụn đã cứng hơn và có thể có những lỗ nhỏ (nang).
    Khớp có thể bắt đầu biến dạng.
stage-hip-oa-kl-4-name = Độ bốn: nặng
stage-hip-oa-kl-4-description =
    Khe giữa các xương gần như không còn. Có những gai xương lớn,
    và khớp đã biến dạng rõ rệt.

applies-hip-oa-exercise =
    Tập luyện là cách điều trị chính ở mọi giai đoạn. Các hướng dẫn điều trị lớn khuyên tập luyện cho người bị thoái hóa khớp háng.
    Tập luyện giúp ích chừng nào quý vị còn duy trì.
applies-hip-oa-watchful-waiting =
    Quý vị có thể chọn chờ xem khớp háng diễn tiến ra sao.
    Thường có thời gian để suy nghĩ kỹ. Quý vị có thể chọn một cách khác vào bất cứ lúc nào.
applies-hip-oa-steroid-injection =
    Tiêm steroid có thể dùng ở bất kỳ giai đoạn nào để giảm đau trong thời gian ngắn.
    Tác dụng thường hết dần trong vòng vài tháng.
    Tốt nhất là tránh tiêm trong những tháng ngay trước khi thay khớp háng, vì có thể làm tăng nguy cơ nhiễm trùng.
applies-hip-oa-hyaluronic-acid =
    Một số phòng khám tiêm chất gel (axit hyaluronic) ở bất kỳ giai đoạn nào.
    Các hướng dẫn điều trị lớn khuyên không nên dùng cho khớp háng.
    Các nghiên cứu tốt cho thấy cách này không hiệu quả hơn mũi tiêm giả.
applies-hip-oa-prp =
    Một số phòng khám có PRP, một loại thuốc tiêm làm từ máu của chính quý vị. Các hướng dẫn điều trị lớn không khuyên dùng.
    Nghiên cứu duy nhất ở khớp háng so sánh PRP với mũi tiêm giả không thấy khác biệt.
applies-hip-oa-stem-cell-injection =
    Một số phòng khám bán dịch vụ tiêm “tế bào gốc” cho người bị thoái hóa khớp háng.
    Chưa có thử nghiệm nào có nhóm so sánh kiểm tra cách này ở khớp háng.
    Các hướng dẫn điều trị không khuyên dùng. Cơ quan quản lý thuốc của Hoa Kỳ chưa phê duyệt loại nào cho mục đích này.
applies-hip-oa-hip-arthroscopy =
    Nội soi khớp háng đôi khi được đề nghị khi thoái hóa khớp còn ở mức nghi ngờ hoặc nhẹ.
    Khi đã bị thoái hóa khớp, lợi ích sẽ ít hơn.
    Người bệnh cũng thường phải thay khớp háng sớm hơn.
applies-hip-oa-hip-replacement =
    Thay khớp háng là một lựa chọn khi thoái hóa khớp ở mức vừa hoặc nặng.
    Trong một thử nghiệm ở người bị thoái hóa nặng, thay khớp háng giúp cải thiện nhiều hơn hẳn so với một chương trình tập cho cơ bắp khỏe hơn.
    Đây là một ca mổ lớn, có những rủi ro thật sự.

# Variables:
#   $ageTo (Number) - tuổi
figure-hip-oa-lifetime-risk = bị thoái hóa khớp háng gây đau hoặc cứng khớp, tính đến năm { $ageTo } tuổi
# Variables:
#   $ageFrom (Number) - tuổi thấp nhất
figure-hip-oa-hip-symptoms-45 = bị đau, nhức hoặc cứng khớp háng (từ { $ageFrom } tuổi trở lên)
figure-hip-oa-xray-45 = có dấu hiệu thoái hóa khớp háng trên phim X-quang (từ { $ageFrom } tuổi trở lên)
figure-hip-oa-symptomatic-45 = bị thoái hóa khớp háng thấy được trên phim X-quang và gây đau hoặc cứng khớp (từ { $ageFrom } tuổi trở lên)
figure-hip-oa-symptomatic-75 = bị thoái hóa khớp háng thấy được trên phim X-quang và gây đau hoặc cứng khớp (từ { $ageFrom } tuổi trở lên)
figure-hip-oa-severe-xray-45 = bị thoái hóa khớp háng nặng trên phim X-quang (từ { $ageFrom } tuổi trở lên)
figure-hip-oa-new-symptomatic-45 = mỗi năm mới bị thoái hóa khớp háng gây đau hoặc cứng khớp (từ { $ageFrom } tuổi trở lên)
figure-hip-oa-new-xray-45 = mỗi năm mới có dấu hiệu thoái hóa khớp háng trên phim X-quang (từ { $ageFrom } tuổi trở lên)
figure-hip-oa-new-severe-xray-45 = mỗi năm mới bị thoái hóa khớp háng nặng trên phim X-quang (từ { $ageFrom } tuổi trở lên)
figure-hip-oa-world-prevalence = bị thoái hóa khớp háng (trên toàn thế giới)
figure-hip-oa-world-new-cases = mỗi năm mới bị thoái hóa khớp háng (trên toàn thế giới)
figure-hip-oa-replacement-after-exercise-2y = đã thay khớp háng, sau một chương trình tập luyện và tư vấn
figure-hip-oa-replacement-waitlisted-2y = đã thay khớp háng sau cùng chương trình đó, nếu trước đó họ đã có tên trong danh sách chờ thay khớp

## Mất nguồn máu nuôi chỏm xương đùi (hoại tử chỏm xương đùi)

condition-avn-name = Mất nguồn máu nuôi chỏm xương đùi (hoại tử chỏm xương đùi, còn gọi là hoại tử vô mạch)
condition-avn-summary =
    Một phần của chỏm tròn ở đầu trên xương đùi bị mất nguồn máu nuôi.
    Không có máu, phần xương đó chết đi. Lâu dần, chỏm có thể bị nứt và bị xẹp.
    Khi đó khớp có thể bị mòn hỏng. Bệnh chủ yếu gặp ở người lớn còn trẻ và người trung niên.
condition-avn-diagnosis =
    Chụp cộng hưởng từ (MRI) có thể phát hiện bệnh sớm, khi phim X-quang vẫn còn bình thường.
    Về sau, phim X-quang cho thấy xương thay đổi.
    Bác sĩ xếp bệnh theo giai đoạn. Giai đoạn cho biết chỏm đã bắt đầu xẹp chưa, và xẹp bao nhiêu.
    Đến lúc phát hiện bệnh, nhiều khớp háng đã bắt đầu bị xẹp.
    Đôi khi bệnh được phát hiện ở một khớp háng chưa đau.
condition-avn-course =
    Nếu không điều trị, bệnh này thường nặng dần theo thời gian.
    Nặng nhanh hay chậm tùy nhiều vào vùng xương chết lớn hay nhỏ và nằm ở đâu.
    Vùng xương chết nhỏ thường giữ ổn định trong nhiều năm. Vùng lớn thường dẫn đến xẹp chỏm trong vòng vài năm.
    Khi chỏm đã xẹp, khớp thường bị mòn hỏng, và nhiều người cần thay khớp háng.
    Khó đoán trước điều gì sẽ xảy ra với một khớp háng cụ thể.

stage-avn-arco-1-name = Giai đoạn I: chỉ thấy trên MRI
stage-avn-arco-1-description =
    Phim X-quang trông bình thường. Hình chụp MRI hoặc xạ hình xương cho thấy vùng xương chết.
    Chỏm xương đùi vẫn giữ hình dạng bình thường.
stage-avn-arco-2-name = Giai đoạn II: thấy trên X-quang, chỏm vẫn tròn
stage-avn-arco-2-description =
    Phim X-quang cho thấy xương thay đổi, như những mảng đặc hơn hoặc những lỗ nhỏ.
    Chưa có vết nứt dưới bề mặt, và chỏm chưa bắt đầu dẹt xuống.
stage-avn-arco-3a-name = Giai đoạn IIIA: bắt đầu xẹp
stage-avn-arco-3a-description =
    Đã có một vết nứt dưới bề mặt chỏm.
    Chỏm chưa xẹp, hoặc chỉ xẹp một chút: hai milimét hoặc ít hơn.
stage-avn-arco-3b-name = Giai đoạn IIIB: xẹp
stage-avn-arco-3b-description =
    Đã có một vết nứt dưới bề mặt chỏm.
    Chỏm đã xẹp hơn hai milimét.
stage-avn-arco-4-name = Giai đoạn IV: thoái hóa khớp
stage-avn-arco-4-description =
    Khớp đã bắt đầu mòn hỏng, giống như trong thoái hóa khớp.
    Khe giữa chỏm và ổ cối hẹp hơn, và ổ cối cũng đã thay đổi.

applies-avn-exercise =
    Tập luyện có thể giữ cho cơ bắp khỏe và khớp háng cử động được. Tập luyện không giúp máu nuôi trở lại phần xương đó.
    Chúng tôi không tìm thấy nghiên cứu nào kiểm tra việc tập luyện cho bệnh này.
applies-avn-watchful-waiting =
    Một số người chọn theo dõi khớp háng, có kiểm tra định kỳ.
    Khi vùng xương chết nhỏ, chỏm thường vẫn nguyên vẹn trong nhiều năm.
    Khi vùng này lớn, chỏm thường bị xẹp trong vòng vài năm.
applies-avn-stem-cell-injection =
    Chỉ tiêm tế bào vào khớp thì chưa được kiểm tra cho bệnh này.
    Trong các nghiên cứu, tế bào được đưa vào xương trong lúc mổ khoan xương, gọi là giải áp lõi.
    Đó là một lựa chọn riêng.
applies-avn-hip-replacement =
    Thay khớp háng là một lựa chọn khi chỏm đã bắt đầu xẹp, hoặc khớp đã mòn hỏng.
    Một bài tổng quan nghiêng về thay khớp háng khi chỏm đã xẹp hơn hai milimét.
applies-avn-core-decompression =
    Trước khi chỏm bị xẹp, bác sĩ phẫu thuật có thể khoan vào phần xương chết.
    Mục đích là giảm áp lực và giúp xương lành lại.
    Cách này chỉ dùng ở các giai đoạn sớm này. Một số khớp háng vẫn bị xẹp sau khi làm.
applies-avn-core-decompression-cells =
    Trước khi chỏm bị xẹp, có thể thêm tế bào lấy từ tủy xương của chính quý vị vào khi làm giải áp lõi.
    Các nghiên cứu cho thấy ít khớp háng bị xẹp hơn so với chỉ khoan xương.
    Chưa rõ có ít người phải thay khớp háng hơn hay không.
    Bằng chứng chỉ ở mức tạm được. Một số công ty bảo hiểm coi đây là cách điều trị còn đang thử nghiệm.

figure-avn-new-cases-us = người lớn ở Hoa Kỳ mới được phát hiện mắc bệnh này mỗi năm (phần lớn là người trẻ hoặc trung niên)
figure-avn-collapsed-at-diagnosis = đã bị xẹp chỏm xương đùi khi bệnh được phát hiện
figure-avn-collapse-type-a-2y = bị xẹp chỏm xương đùi (lúc đầu chỏm còn nguyên; vùng xương chết nhỏ nhất, loại A)
figure-avn-collapse-type-a-5y = bị xẹp chỏm xương đùi (lúc đầu chỏm còn nguyên; vùng xương chết nhỏ nhất, loại A)
figure-avn-collapse-type-b-2y = bị xẹp chỏm xương đùi (lúc đầu chỏm còn nguyên; vùng xương chết nhỏ, loại B)
figure-avn-collapse-type-b-5y = bị xẹp chỏm xương đùi (lúc đầu chỏm còn nguyên; vùng xương chết nhỏ, loại B)
figure-avn-collapse-type-c1-2y = bị xẹp chỏm xương đùi (lúc đầu chỏm còn nguyên; vùng xương chết lớn, loại C-một)
figure-avn-collapse-type-c1-5y = bị xẹp chỏm xương đùi (lúc đầu chỏm còn nguyên; vùng xương chết lớn, loại C-một)
figure-avn-collapse-type-c2-2y = bị xẹp chỏm xương đùi (lúc đầu chỏm còn nguyên; vùng xương chết lớn nhất, loại C-hai)
figure-avn-collapse-type-c2-5y = bị xẹp chỏm xương đùi (lúc đầu chỏm còn nguyên; vùng xương chết lớn nhất, loại C-hai)
figure-avn-silent-hip-becomes-painful = bắt đầu bị đau khớp háng (khớp háng có bệnh nhưng lúc đầu không đau)
figure-avn-silent-hip-collapses = bị xẹp chỏm xương đùi (khớp háng có bệnh nhưng lúc đầu không đau)
figure-avn-untreated-progresses = có bệnh nặng hơn khi không điều trị, và phần lớn trong số họ về sau cần thay khớp háng

## Rách vành mô mềm quanh ổ cối khớp háng (rách sụn viền)

condition-labral-tear-name = Rách vành mô mềm quanh ổ cối khớp háng (rách sụn viền)
condition-labral-tear-summary =
    Sụn viền là một vành mô mềm chạy quanh mép ổ cối khớp háng.
    Sụn viền giúp giữ chỏm xương đùi đúng chỗ. Rách sụn viền có thể gây đau.
    Nhưng nhiều chỗ rách hoàn toàn không gây đau.
condition-labral-tear-diagnosis =
    Bác sĩ hỏi về cơn đau của quý vị và kiểm tra xem khớp háng cử động thế nào.
    Chụp cộng hưởng từ (MRI) có thể cho thấy chỗ rách. Nhưng hình chụp cũng thấy rách ở nhiều người không hề đau khớp háng.
    Vì vậy, chỗ rách trên hình chụp chỉ là một phần của câu chuyện.
    Triệu chứng và kết quả khám phải khớp với hình chụp thì mới tính đến chuyện mổ.
condition-labral-tear-course =
    Người ta biết rất ít về việc chỗ rách diễn tiến thế nào theo thời gian nếu không điều trị.
    Nhiều chỗ rách không bao giờ gây đau. Khi chỗ rách gây đau, cơn đau có thể dịu đi, hoặc có thể kéo dài.
    Rách sụn viền có thể đi kèm một vấn đề về hình dạng khớp háng gọi là hội chứng va chạm, hoặc đi kèm thoái hóa khớp giai đoạn sớm.
    Những điều này có thể làm thay đổi diễn tiến về sau.

stage-labral-tear-without-oa-name = Không có thoái hóa khớp
stage-labral-tear-without-oa-description =
    Sụn trong khớp vẫn còn tốt. Phim X-quang không thấy thoái hóa khớp.
stage-labral-tear-with-oa-name = Có thoái hóa khớp
stage-labral-tear-with-oa-description =
    Thoái hóa khớp cũng đã bắt đầu: sụn trong khớp đã bắt đầu mòn mỏng.
    Điều này làm thay đổi những cách điều trị có thể giúp ích.

applies-labral-tear-exercise =
    Tập luyện và vật lý trị liệu là bước đầu tiên thường dùng. Các chuyên gia đồng ý đây là một cách điều trị phù hợp.
    Mục đích là làm các cơ quanh khớp háng khỏe hơn và giảm đau.
applies-labral-tear-watchful-waiting =
    Nhiều người bị rách sụn viền mà hoàn toàn không đau. Chỗ rách thấy trên hình chụp không phải lúc nào cũng cần điều trị.
    Quý vị có thể chờ xem diễn tiến rồi quyết định sau.
applies-labral-tear-steroid-injection =
    Tiêm steroid vào khớp háng có thể làm dịu cơn đau trong thời gian ngắn.
    Với rách sụn viền và hội chứng va chạm, mới chỉ có một nghiên cứu nhỏ kiểm tra cách này.
applies-labral-tear-stem-cell-injection =
    Một số phòng khám bán dịch vụ tiêm “tế bào gốc” cho người bị rách sụn viền.
    Chúng tôi không tìm thấy nghiên cứu nào về các mũi tiêm này cho rách sụn viền.
    Cơ quan quản lý thuốc của Hoa Kỳ chưa phê duyệt loại nào cho bất kỳ bệnh xương hoặc khớp nào.
applies-labral-tear-hip-arthroscopy =
    Nội soi khớp háng có thể khâu hoặc cắt gọt chỗ sụn viền bị rách. Đây là một lựa chọn cho một số người chưa bị thoái hóa khớp.
    Trong các thử nghiệm ở người bị hội chứng va chạm khớp háng, vốn thường đi kèm rách sụn viền,
    cả phẫu thuật lẫn vật lý trị liệu đều giúp ích. Tính trung bình, phẫu thuật giúp nhiều hơn một chút.
applies-labral-tear-hip-replacement =
    Nếu đã bị thoái hóa khớp, thay khớp háng là một lựa chọn.
    Nội soi khớp háng ít giúp ích hơn khi đã bị thoái hóa khớp.

figure-labral-tear-on-mri-no-pain = bị rách sụn viền thấy trên hình chụp MRI (người không đau khớp háng)
figure-labral-tear-cartilage-damage-no-pain = bị tổn thương sụn thấy trên hình chụp MRI (người không đau khớp háng)
figure-labral-tear-young-no-pain = bị rách sụn viền thấy trên hình chụp (người trẻ tuổi không đau khớp háng)
figure-labral-tear-pooled-no-pain = bị rách hoặc tổn thương sụn viền thấy trên hình chụp (khớp háng không đau; tổng hợp từ một số nghiên cứu)

## Hội chứng va chạm khớp háng (va chạm đùi–ổ cối, FAI)

condition-fai-name = Hội chứng va chạm khớp háng: chỏm và ổ cối cọ vào nhau vì hình dạng của chúng (va chạm đùi–ổ cối)
condition-fai-summary =
    Chỏm xương đùi hoặc ổ cối của khớp háng có hình dạng khác thường.
    Xương thừa ở chỏm gọi là dạng cam. Vành ổ cối che phủ quá nhiều gọi là dạng gọng kìm.
    Khi gập háng, các mép xương có thể cọ và kẹp vào nhau. Điều này có thể gây đau, và có thể làm tổn thương vành ổ cối.
condition-fai-diagnosis =
    Bác sĩ chỉ gọi là hội chứng va chạm khi ba điều khớp với nhau: triệu chứng của quý vị, kết quả khám, và phim X-quang hoặc hình chụp.
    Những hình dạng khớp háng này rất phổ biến ở người không đau, và càng phổ biến hơn ở vận động viên.
    Vì vậy, chỉ riêng hình dạng thấy trên hình chụp không có nghĩa là cần điều trị.
condition-fai-course =
    Nếu không mổ, phần lớn người bị hội chứng va chạm không bị thoái hóa khớp, kể cả sau nhiều năm.
    Một số người có bị, và một ít người về sau cần thay khớp háng.
    Không thể nói chắc ai sẽ bị.

stage-fai-without-oa-name = Không có thoái hóa khớp
stage-fai-without-oa-description =
    Sụn trong khớp vẫn còn tốt. Phim X-quang không thấy thoái hóa khớp.
stage-fai-with-oa-name = Có thoái hóa khớp
stage-fai-with-oa-description =
    Thoái hóa khớp cũng đã bắt đầu: sụn trong khớp đã bắt đầu mòn mỏng.
    Điều này làm thay đổi những cách điều trị có thể giúp ích.

applies-fai-exercise =
    Vật lý trị liệu và tập luyện là bước đầu tiên thường dùng. Các chuyên gia đồng ý đây là một lựa chọn phù hợp.
    Trong các thử nghiệm, người bệnh đã đỡ hơn nhờ cách này. Tính trung bình, phẫu thuật giúp nhiều hơn một chút.
applies-fai-watchful-waiting =
    Nhiều người có hình dạng khớp háng này mà không bao giờ bị đau.
    Qua nhiều năm, chỉ một số người bị hội chứng va chạm bị thoái hóa khớp.
    Quý vị có thể chờ xem diễn tiến rồi quyết định sau.
applies-fai-steroid-injection =
    Tiêm steroid vào khớp háng có thể làm dịu cơn đau trong thời gian ngắn.
    Mới chỉ có một nghiên cứu nhỏ kiểm tra cách này cho hội chứng va chạm.
applies-fai-hip-arthroscopy =
    Nội soi khớp háng có thể gọt chỉnh lại xương và khâu vành ổ cối.
    Đây là một lựa chọn cho một số người chưa bị thoái hóa khớp.
    Trong các thử nghiệm, tính trung bình, cách này giúp nhiều hơn vật lý trị liệu một chút.
    Mức chênh lệch gần bằng mức thay đổi nhỏ nhất mà người bệnh cảm nhận được.
applies-fai-hip-replacement =
    Nếu đã bị thoái hóa khớp, thay khớp háng là một lựa chọn.
    Qua nhiều năm, một phần nhỏ người bị hội chứng va chạm cần thay khớp háng.

figure-fai-cam-shape-no-pain = có dạng cam, tức là có xương thừa ở chỏm xương đùi (khớp háng không có triệu chứng)
figure-fai-cam-shape-athletes-no-pain = có dạng cam (khớp háng của vận động viên, không có triệu chứng)
figure-fai-cam-shape-general-no-pain = có dạng cam (khớp háng không có triệu chứng, ở người nói chung)
figure-fai-pincer-shape-no-pain = có dạng gọng kìm, tức là vành ổ cối che phủ quá nhiều (khớp háng không có triệu chứng)
figure-fai-painful-arthritis-25y = bị thoái hóa khớp háng gây đau hoặc cứng khớp, khi không mổ chỉnh hình dạng khớp háng
figure-fai-hip-replacement-25y = phải thay khớp háng, khi không mổ chỉnh hình dạng khớp háng

## Đau ở mặt ngoài khớp háng (đau mấu chuyển lớn)

condition-gtps-name = Đau ở mặt ngoài khớp háng (đau mấu chuyển lớn, thường gọi là viêm bao hoạt dịch)
condition-gtps-summary =
    Cơn đau này ở mặt ngoài của háng, không phải bên trong khớp.
    Bệnh thường được gọi là viêm bao hoạt dịch. Nhưng phần lớn cơn đau đến từ gân của các cơ mông,
    ở chỗ gân bám vào mỏm xương nhô ra bên hông (mấu chuyển lớn).
    Bệnh gặp ở phụ nữ nhiều hơn ở nam giới.
condition-gtps-diagnosis =
    Bác sĩ thường có thể nhận ra bệnh qua lời kể của quý vị và việc khám.
    Bệnh thường đi kèm đau thắt lưng, hoặc thoái hóa khớp gối ở cùng bên.
    Hình chụp có thể cho thấy thay đổi ở gân hoặc ở bao hoạt dịch, một túi đệm nhỏ chứa dịch.
    Nhưng phần lớn người không đau cũng có những thay đổi này. Vì vậy, việc khám quan trọng hơn hình chụp.
condition-gtps-course =
    Cơn đau này thường kéo dài lâu. Nhiều người vẫn còn đau sau một năm,
    và nhiều người vẫn còn đau sau nhiều năm. Một số người tự khỏi mà không cần điều trị.
    Chưa rõ ai sẽ tự khỏi.

applies-gtps-exercise =
    Tập luyện và được hướng dẫn cách dùng lực lên gân là bước đầu tiên thường dùng.
    Trong một thử nghiệm, cách này cho kết quả tốt trong thời gian ngắn. Không cần dùng kim tiêm.
applies-gtps-watchful-waiting =
    Cơn đau này có thể tự dịu đi, nhưng thường chậm. Trong một nghiên cứu, nhiều người vẫn còn đau sau nhiều năm.
    Quý vị có thể chờ xem diễn tiến rồi quyết định sau.
applies-gtps-steroid-injection =
    Tiêm bên cạnh khớp háng, không phải vào trong khớp, có thể làm dịu cơn đau trong vài tuần.
    Trong một thử nghiệm, cách này giúp nhiều hơn lúc đầu.
    Sau một năm, người không tiêm cũng đỡ gần như bằng.
applies-gtps-prp =
    PRP, một loại thuốc tiêm làm từ máu của chính quý vị, được đưa ra như một lựa chọn cho cơn đau này.
    Một thử nghiệm đã so sánh PRP với tiêm steroid, nhưng không có mũi tiêm giả.
    Vì vậy, chưa biết bao nhiêu phần tác dụng là do chính PRP.
applies-gtps-stem-cell-injection =
    Một số phòng khám bán dịch vụ tiêm “tế bào gốc” cho cơn đau này. Chúng tôi không tìm thấy nghiên cứu nào về cách này cho bệnh này.
    Cơ quan quản lý thuốc của Hoa Kỳ chưa phê duyệt loại nào cho bất kỳ bệnh xương hoặc khớp nào.

# Variables:
#   $ageFrom (Number) - tuổi thấp nhất
#   $ageTo (Number) - tuổi cao nhất
figure-gtps-women-one-side = bị đau kiểu này ở một bên (phụ nữ từ { $ageFrom } đến { $ageTo } tuổi)
figure-gtps-women-both-sides = bị đau kiểu này ở cả hai bên (phụ nữ từ { $ageFrom } đến { $ageTo } tuổi)
figure-gtps-men-one-side = bị đau kiểu này ở một bên (nam giới từ { $ageFrom } đến { $ageTo } tuổi)
figure-gtps-men-both-sides = bị đau kiểu này ở cả hai bên (nam giới từ { $ageFrom } đến { $ageTo } tuổi)
figure-gtps-new-cases = mỗi năm mới bị đau kiểu này (người lớn)
figure-gtps-scan-changes-no-pain = có thay đổi ở gân hoặc bao hoạt dịch trên hình chụp (người không đau)
figure-gtps-still-painful-1y = vẫn còn đau kiểu này (một nghiên cứu ở Hà Lan)
figure-gtps-still-painful-5y = vẫn còn đau kiểu này (cùng nghiên cứu đó)
figure-gtps-better-wait-and-see-8w = đỡ hơn rõ rệt mà không cần điều trị (trong một thử nghiệm, nhóm “chờ xem”)

## Viêm khớp háng do miễn dịch (như viêm khớp dạng thấp)

condition-inflammatory-arthritis-name = Viêm khớp háng do miễn dịch (như viêm khớp dạng thấp)
condition-inflammatory-arthritis-summary =
    Cơ thể có một hệ thống tự vệ, gọi là hệ miễn dịch.
    Trong bệnh này, hệ miễn dịch tấn công lớp màng lót bên trong khớp.
    Điều này gây sưng, đau và cứng khớp. Lâu dần, bệnh có thể làm hại sụn và xương.
    Bệnh chủ yếu được điều trị bằng thuốc làm dịu hệ miễn dịch.
    Bác sĩ chuyên khoa thấp khớp, tức là bác sĩ chữa bệnh về khớp và miễn dịch, theo dõi các thuốc này.
    Phần lớn các nghiên cứu về tiêm khớp háng và tập luyện được làm ở người bị thoái hóa khớp, không phải ở bệnh này.
condition-inflammatory-arthritis-diagnosis =
    Bác sĩ chuyên khoa thấp khớp thường là người xác định bệnh. Bác sĩ hỏi về các khớp của quý vị và khám xem có sưng không.
    Bác sĩ cũng có thể cho làm xét nghiệm và chụp hình.
    Phim X-quang có thể cho thấy khớp háng đã bị tổn hại hay chưa.
condition-inflammatory-arthritis-course =
    Nếu không điều trị, tình trạng sưng viêm bên trong khớp có thể từ từ làm hỏng khớp.
    Thuốc làm dịu hệ miễn dịch là cách chính để ngăn điều này.
    Trong một nghiên cứu theo dõi người bệnh nhiều năm, phần lớn không gặp vấn đề ở khớp háng,
    và ít người bị tổn hại nặng ở khớp háng.
    Chúng tôi tìm được rất ít kết quả về các cách điều trị khớp háng ở chính bệnh này.

stage-inflammatory-arthritis-active-name = Đang viêm
stage-inflammatory-arthritis-active-description =
    Lớp màng lót khớp bị sưng và đau. Đau và cứng khớp chủ yếu là do tình trạng sưng này.
    Thuốc có thể làm dịu tình trạng này.
stage-inflammatory-arthritis-joint-damage-name = Khớp đã bị tổn hại lâu dài
stage-inflammatory-arthritis-joint-damage-description =
    Tình trạng sưng viêm đã làm mòn sụn và xương. Thuốc có thể làm dịu tình trạng sưng,
    nhưng không thể phục hồi tổn hại này.

applies-inflammatory-arthritis-exercise =
    Tập luyện có thể giúp giữ cho khớp háng khỏe và cử động được. Tập luyện dùng cùng với thuốc, không thay cho thuốc.
    Phần lớn các nghiên cứu về tập luyện được làm ở người bị thoái hóa khớp, không phải ở bệnh này.
applies-inflammatory-arthritis-steroid-injection =
    Đôi khi một hoặc vài khớp vẫn sưng dù đã dùng thuốc.
    Khi đó, tiêm steroid vào khớp ấy là một lựa chọn được chấp nhận.
    Phần lớn các nghiên cứu về tiêm khớp háng được làm ở người bị thoái hóa khớp, không phải ở bệnh này.
applies-inflammatory-arthritis-hip-replacement =
    Thay khớp háng là một lựa chọn khi khớp bị tổn hại nặng.
    Chúng tôi không tìm thấy kết quả riêng về thay khớp háng ở người bị bệnh này.

figure-inflammatory-arthritis-hip-involved-historical = cũng bị bệnh ở khớp háng (người bị viêm khớp dạng thấp; các nghiên cứu cũ hơn)
figure-inflammatory-arthritis-hip-involved-8y = về sau cũng bị bệnh ở khớp háng (người bị viêm khớp dạng thấp)
figure-inflammatory-arthritis-severe-damage-8y = bị tổn hại nặng ở khớp háng (người bị viêm khớp dạng thấp)
