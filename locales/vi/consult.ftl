### Các bước của buổi khám: danh sách bước, nút Quay lại và Tiếp theo, màn hình cho nhân viên y tế
### và cho bệnh nhân, so sánh các lựa chọn, điều quan trọng với bệnh nhân, câu hỏi, bài kiểm tra
### SURE, quyết định và phần xem trước bản tóm tắt. Lời lẽ đơn giản cho bệnh nhân, dễ đọc như
### sách lớp tám trở xuống. Con số là biến, không bao giờ gõ thẳng vào chữ.

## Danh sách bước, Quay lại và Tiếp theo

consult-steps-label = Các bước của buổi khám
# Variables:
#   $number (Number) - vị trí của bước trong danh sách
consult-step-number = { $number }
consult-step-start = Bắt đầu
consult-step-condition = Bệnh
consult-step-course = Nếu không điều trị
consult-step-options = Các lựa chọn
consult-step-compare = So sánh
consult-step-visuals = Lợi ích và tác hại
consult-step-matters = Điều quan trọng với quý vị
consult-step-questions = Câu hỏi
consult-step-ready = Sẵn sàng quyết định?
consult-step-decision = Quyết định
# Variables:
#   $step (String) - tên của bước mà nút Quay lại dẫn tới
consult-back = Quay lại: { $step }
# Variables:
#   $step (String) - tên của bước mà nút Tiếp theo dẫn tới
consult-next = Tiếp theo: { $step }
# Variables:
#   $number (Number) - bước hiện tại
#   $total (Number) - tổng số bước
consult-progress = Bước { $number } trên { $total }
# Variables:
#   $step (String) - bước mà từ đó phần chi tiết được mở ra
nav-back-step = Quay lại: { $step }
consult-needs-condition = Trước tiên, hãy chọn bệnh. Các bước khác cần biết bệnh này.
consult-go-condition = Chọn bệnh

## Các kiểu màn hình và kết thúc buổi khám

consult-view-patient = Chữ lớn cho bệnh nhân
consult-end = Kết thúc buổi khám
consult-end-confirm = Kết thúc buổi khám này? Mọi câu trả lời sẽ bị xóa khỏi máy tính này.
consult-end-yes = Có, kết thúc và xóa
consult-end-no = Không, tiếp tục

## Nếu không điều trị

consult-course-heading = Điều gì xảy ra nếu không điều trị
consult-course-no-figures = Nghiên cứu không có con số nào về điều này.

## Các lựa chọn và so sánh

consult-compare-legend = Các lựa chọn để so sánh
consult-compare-hint = Đánh dấu từ hai đến bốn lựa chọn để xem chúng cạnh nhau.
# Variables:
#   $option (String) - tên của lựa chọn
consult-compare-this = So sánh { $option }
# Variables:
#   $option (String) - tên của lựa chọn
consult-hide-option = Phòng khám không có { $option }: ẩn lựa chọn này
consult-hidden-heading = Đã ẩn vì phòng khám không có
# Variables:
#   $option (String) - tên của lựa chọn
consult-show-option = Hiện lại { $option }
consult-compare-heading = So sánh các lựa chọn
consult-compare-intro = Các lựa chọn được đặt cạnh nhau, không theo thứ tự ưu tiên. Mỗi hàng trả lời một câu mà nhiều người hay hỏi.
consult-compare-too-few = Đánh dấu ít nhất hai lựa chọn để so sánh.
consult-compare-caption = Các cách điều trị đã chọn, đặt cạnh nhau
consult-row-what = Đây là gì?
consult-row-onset = Bao lâu thì có tác dụng?
consult-row-lasts = Tác dụng kéo dài bao lâu?
consult-row-benefits = Bao nhiêu người đỡ hơn?
consult-row-harms = Có thể gặp chuyện gì không tốt?
consult-row-recovery = Hồi phục
consult-row-repeats = Có thể làm lại không?
consult-row-cost = Chi phí
consult-row-certainty = Nghiên cứu chắc chắn đến mức nào?
consult-row-guidelines = Hướng dẫn điều trị nói gì?
# Variables:
#   $span (String) - khi nào lựa chọn có tác dụng nhiều nhất, ví dụ "2 tuần" hoặc "Chưa biết"
consult-peak = Tác dụng nhiều nhất: { $span }
# Variables:
#   $span (String) - thời gian phải nghỉ các sinh hoạt thường ngày
consult-time-off = Thời gian nghỉ sinh hoạt thường ngày: { $span }
# Variables:
#   $guideline (String) - tên của hướng dẫn điều trị
#   $stance (String) - lời khuyên của hướng dẫn, ví dụ "Khuyên không nên dùng"
consult-guideline-line = { $guideline }: { $stance }
# Variables:
#   $comparator (String) - nhóm so sánh, ví dụ "mũi tiêm giả"
#   $result (String) - con số của nhóm đó
#   $timeframe (String) - khoảng thời gian
#   $certainty (String) - mức độ chắc chắn của nghiên cứu
consult-outcome-meta = { $comparator }: { $result }. Khoảng thời gian: { $timeframe }. { $certainty }.

## Lợi ích và tác hại bằng hình

consult-visuals-heading = Lợi ích và tác hại bằng hình
# Variables:
#   $denominator (Number) - số người trong mỗi hình
consult-visuals-intro = Mỗi hình có { $denominator } người. Các hình người được tô màu là những người đã gặp điều này. Hình thứ hai cho thấy một nhóm không được điều trị bằng cách này.
consult-timeframes-differ = Các nghiên cứu theo dõi mọi người trong những khoảng thời gian khác nhau. Hãy xem khoảng thời gian ghi dưới mỗi hình trước khi so sánh.
# Variables:
#   $denominator (Number) - số người trong mỗi hình
consult-no-arrays = Nghiên cứu không có con số trên { $denominator } người cho điều này.
# Variables:
#   $timeframe (String) - khoảng thời gian
#   $certainty (String) - mức độ chắc chắn của nghiên cứu
consult-array-meta = Khoảng thời gian: { $timeframe }. { $certainty }.
# Variables:
#   $option (String) - tên của lựa chọn
consult-array-with = Với { $option }
# Variables:
#   $denominator (Number) - nhóm lớn hơn dùng để đếm các tác hại hiếm gặp
consult-rare-heading = Tác hại hiếm gặp, trên { $denominator } người
consult-words-only-heading = Chỉ nói bằng lời
consult-timeline-heading = Khi nào có tác dụng, và kéo dài bao lâu
consult-timeline-intro = Mỗi hàng cho thấy một lựa chọn qua các tháng sau khi điều trị. Những mốc thời gian mà nghiên cứu chưa biết được ghi là “Chưa biết”.

## Điều quan trọng với quý vị

consult-matters-heading = Điều gì quan trọng với quý vị?
consult-matters-intro = Hãy cho biết mỗi điều quan trọng với quý vị đến mức nào. Không có câu trả lời đúng hay sai. Câu trả lời của quý vị sẽ hiện bên cạnh các thông tin. Ứng dụng không cộng điểm các câu trả lời và không chọn giùm quý vị.
consult-priority-avoid-surgery = Tránh phải mổ
consult-priority-quick-relief = Sớm bớt đau
consult-priority-lasting-relief = Bớt đau được lâu dài
consult-priority-low-serious-harm = Ít nguy cơ bị tác hại nghiêm trọng
consult-priority-short-recovery = Hồi phục nhanh
consult-priority-low-cost = Tôi phải trả ít tiền
consult-priority-strong-evidence = Có nghiên cứu vững chắc ủng hộ
consult-priority-few-visits = Ít phải đến phòng khám
consult-importance-not-important = Không quan trọng
consult-importance-somewhat = Tương đối quan trọng
consult-importance-very = Rất quan trọng
consult-matters-note-label = Theo lời của quý vị, điều gì quan trọng nhất? (không bắt buộc)
consult-matters-note-hint = Ví dụ: một chuyến đi, công việc, hoặc việc chăm sóc một người nào đó.
consult-reflect-heading = Điều quý vị đã nói, bên cạnh các thông tin
consult-reflect-intro = Những điều quý vị cho là quan trọng, và mỗi lựa chọn có ý nghĩa gì đối với những điều đó.
consult-reflect-empty = Khi quý vị đánh dấu một điều là quan trọng, điều đó sẽ hiện ở đây, bên cạnh các thông tin.
consult-reflect-you-said = Quý vị nói điều này quan trọng
consult-fact-surgery = Đây là một ca mổ.
consult-fact-no-surgery = Đây không phải là một ca mổ.
# Variables:
#   $span (String) - khi nào bắt đầu có tác dụng
consult-fact-onset = Bắt đầu có tác dụng: { $span }
# Variables:
#   $span (String) - tác dụng kéo dài bao lâu
consult-fact-lasts = Tác dụng kéo dài: { $span }
# Variables:
#   $span (String) - thời gian cho đến khi trở lại sinh hoạt thường ngày
consult-fact-recovery = Trở lại sinh hoạt thường ngày: { $span }
# Variables:
#   $visits (String) - số lần đến khám, ví dụ "2 lần" hoặc "Chưa biết"
consult-fact-visits = Số lần đến khám: { $visits }
# Variables:
#   $number (String) - ví dụ "8 trên 1.000 người"
#   $label (String) - điều xảy ra với họ
consult-fact-harm = { $number }: { $label }
consult-fact-see-details = Xem chi tiết

## Câu hỏi

consult-questions-heading = Những câu nên hỏi
consult-questions-intro = Đánh dấu những câu quý vị muốn hỏi. Các câu này sẽ được ghi vào bản tóm tắt mang về nhà.
consult-questions-legend = Câu hỏi dành cho nhân viên y tế
consult-question-chance-for-me = Khả năng cách này giúp được một người như tôi là bao nhiêu?
consult-question-if-i-wait = Điều gì xảy ra nếu tôi chờ và quyết định sau?
consult-question-back-to-activities = Khi nào tôi có thể đi làm, lái xe hoặc chơi thể thao trở lại?
consult-question-if-it-fails = Nếu cách này không giúp được, chúng ta có thể làm gì tiếp theo?
consult-question-how-many-done = Quý vị hoặc phòng khám này có thường làm việc này không? Bao nhiêu lần?
consult-question-cost-to-me = Tôi sẽ phải trả bao nhiêu, và bảo hiểm có trả không?
consult-question-what-i-can-do = Tôi có thể tự làm gì để giúp khớp háng của mình?
consult-question-second-opinion = Tôi có nên hỏi thêm ý kiến của một bác sĩ khác không?
consult-own-questions-label = Câu hỏi riêng của quý vị (không bắt buộc)
consult-own-questions-hint = Viết vào đây để khỏi quên.

## Sẵn sàng quyết định? (SURE)

consult-ready-heading = Sẵn sàng quyết định?
consult-ready-intro = Bốn câu hỏi nhanh. Trả lời có hoặc không. Các câu này giúp quý vị thấy mình có cần thêm gì trước khi chọn hay không.
consult-sure-sure = Quý vị có cảm thấy chắc chắn về lựa chọn tốt nhất cho mình không?
consult-sure-understand = Quý vị có biết lợi ích và rủi ro của từng lựa chọn không?
consult-sure-risk-benefit = Quý vị có rõ lợi ích và rủi ro nào quan trọng nhất với mình không?
consult-sure-encouragement = Quý vị có đủ sự hỗ trợ và lời khuyên để đưa ra lựa chọn không?
consult-yes = Có
consult-no = Không
consult-sure-ready = Quý vị đã trả lời có cho cả bốn câu. Có vẻ quý vị đã sẵn sàng quyết định.
consult-sure-not-ready = Quý vị có thể cần thêm thời gian, thông tin hoặc sự hỗ trợ trước khi quyết định. Như vậy cũng không sao. Những điều sau có thể giúp ích:
consult-sure-help-sure = Hãy dành thời gian suy nghĩ. Quý vị không cần phải quyết định ngay hôm nay.
consult-sure-help-understand = Xem lại lợi ích và tác hại, hoặc nhờ nhân viên y tế giải thích.
consult-sure-help-risk-benefit = Xem lại điều gì quan trọng với quý vị, và bàn kỹ với một người quý vị tin tưởng.
consult-sure-help-encouragement = Nói chuyện với gia đình hoặc bạn bè, hoặc hỏi thêm ý kiến của một bác sĩ khác.
consult-teach-back-heading = Kiểm tra mức hiểu (dành cho nhân viên y tế)
consult-teach-back-prompt = Đề nghị bệnh nhân dùng lời của chính họ để nói lại: các lựa chọn, mỗi lựa chọn có thể mang lại gì cho họ, và điều gì sẽ xảy ra tiếp theo. Giải thích lại những gì chưa rõ.
consult-teach-back-done = Xong: bệnh nhân đã nói lại được

## Quyết định và các bước tiếp theo

consult-decision-heading = Quyết định
consult-decision-intro = Quyền lựa chọn là của quý vị. Quý vị có thể quyết định ngay, nghiêng về một lựa chọn, hoặc dành thêm thời gian.
consult-decision-legend = Hiện giờ quý vị đang ở đâu
consult-decision-not-yet = Chưa quyết định
consult-decision-leaning = Đang nghiêng về một lựa chọn
consult-decision-chosen = Đã quyết định
consult-decision-option-legend = Lựa chọn nào?
consult-next-steps-legend = Các bước tiếp theo
consult-next-step-exercise-programme = Bắt đầu một kế hoạch tập luyện
consult-next-step-physio-referral = Gặp chuyên viên vật lý trị liệu
consult-next-step-weight-support = Được giúp đỡ về cân nặng
consult-next-step-book-injection = Đặt lịch tiêm
consult-next-step-surgical-referral = Gặp bác sĩ phẫu thuật
consult-next-step-more-tests = Làm thêm xét nghiệm hoặc chụp hình
consult-next-step-time-to-think = Dành thời gian suy nghĩ
consult-next-step-talk-with-family = Nói chuyện với gia đình hoặc bạn bè
consult-next-step-second-opinion = Hỏi thêm ý kiến của một bác sĩ khác
consult-next-step-follow-up-visit = Đặt lịch tái khám
consult-follow-up-label = Ngày tái khám (không bắt buộc)
consult-follow-up-hint = Ngày của lần khám hoặc cuộc gọi tiếp theo.
consult-notes-label = Ghi chú của nhân viên y tế (không bắt buộc)
consult-notes-hint = In trên bản của nhân viên y tế. Đừng nhập họ tên đầy đủ của bệnh nhân.

## Xem trước bản tóm tắt mang về nhà

consult-preview-heading = Bản tóm tắt mang về nhà sẽ ghi gì
consult-preview-intro = Đây là những gì đã được nói và chọn trong buổi khám này.
consult-preview-condition = Bệnh
# Variables:
#   $condition (String) - tên của bệnh
#   $stage (String) - giai đoạn của bệnh
consult-preview-condition-stage = { $condition }. { $stage }
consult-preview-options = Các lựa chọn đã so sánh
consult-preview-matters = Điều quan trọng với quý vị
# Variables:
#   $priority (String) - điều quan trọng
#   $importance (String) - điều đó quan trọng đến mức nào
consult-preview-priority = { $priority }: { $importance }
consult-preview-ready = Sẵn sàng quyết định?
# Variables:
#   $yes (Number) - số câu trả lời "có"
#   $total (Number) - tổng số câu hỏi
consult-preview-sure = { $yes } trên { $total } câu được trả lời là có.
consult-preview-sure-incomplete = Chưa trả lời hết các câu hỏi.
consult-preview-decision = Quyết định
# Variables:
#   $option (String) - tên của lựa chọn
consult-preview-leaning = Đang nghiêng về { $option }
# Variables:
#   $option (String) - tên của lựa chọn
consult-preview-chosen = Đã quyết định chọn { $option }
consult-preview-next = Các bước tiếp theo
# Variables:
#   $date (Date) - ngày tái khám
consult-preview-follow-up = Tái khám: { $date }
consult-preview-questions = Những câu nên hỏi
consult-preview-none = Chưa có gì
consult-preview-pdf-later = Bản tóm tắt in ra sẽ có thêm các con số, hình và nguồn cho từng lựa chọn.
consult-print-button = Lưu và in bản tóm tắt
# Một ô đánh dấu, hiện khi ngôn ngữ của bệnh nhân khác với ngôn ngữ của ứng dụng.
consult-print-bilingual = In thêm từng phần bằng ngôn ngữ của nhân viên y tế
# Hiện trên nút bấm trong lúc đang tạo tập tin PDF.
consult-print-working = Đang tạo bản tóm tắt…
# Tiếng Việt không có số nhiều, nên chỉ có một dạng.
# Variables:
#   $pages (Number) - số trang của tập tin PDF đã lưu
#   $path (String) - nơi lưu tập tin PDF
consult-print-saved = { $pages ->
   *[other] Bản tóm tắt ({ $pages } trang) đã được lưu tại { $path }. Bản này sẽ mở trong chương trình xem PDF, sẵn sàng để in.
}
# Hiện thay cho consult-print-saved khi không mở được chương trình xem PDF.
# Variables:
#   $pages (Number) - số trang của tập tin PDF đã lưu
#   $path (String) - nơi lưu tập tin PDF
consult-print-saved-only = { $pages ->
   *[other] Bản tóm tắt ({ $pages } trang) đã được lưu tại { $path }. Hãy mở tập tin từ chỗ đó để in.
}

## The clinic's own notes on cost (clinic settings), shown after the figures above

# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-cost-note = Tại phòng khám này: { $note }
# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-insurance-note = Bảo hiểm tại phòng khám này: { $note }
