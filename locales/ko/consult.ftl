### 진료의 단계: 단계 목록, 이전과 다음, 의료진 화면과 환자 화면, 치료 방법 비교,
### 환자에게 중요한 것, 질문, SURE 확인, 결정, 요약지 미리 보기.
### 환자를 위한 쉬운 말을 씁니다. 숫자는 변수로 들어오며, 글에 직접 쓰지 않습니다.

## 단계 목록, 이전과 다음

consult-steps-label = 진료 단계
# Variables:
#   $number (Number) - 목록에서 그 단계의 순서
consult-step-number = { $number }
consult-step-start = 시작
consult-step-condition = 질환
consult-step-course = 치료하지 않으면
consult-step-options = 치료 방법
consult-step-compare = 비교
consult-step-visuals = 이점과 해
consult-step-matters = 나에게 중요한 것
consult-step-questions = 질문
consult-step-ready = 정할 준비가 되었나요?
consult-step-decision = 결정
# Variables:
#   $step (String) - "이전"을 누르면 가는 단계의 이름
consult-back = 이전: { $step }
# Variables:
#   $step (String) - "다음"을 누르면 가는 단계의 이름
consult-next = 다음: { $step }
# Variables:
#   $number (Number) - 지금 단계
#   $total (Number) - 전체 단계 수
consult-progress = 전체 { $total }단계 중 { $number }단계
# Variables:
#   $step (String) - 자세한 내용을 연 단계
nav-back-step = 돌아가기: { $step }
consult-needs-condition = 먼저 질환을 고르세요. 다른 단계에서 이 정보를 씁니다.
consult-go-condition = 질환 고르기

## 화면 보기와 진료 끝내기

consult-view-patient = 환자용 큰 글씨
consult-end = 진료 끝내기
consult-end-confirm = 이 진료를 끝낼까요? 모든 답이 이 컴퓨터에서 지워집니다.
consult-end-yes = 네, 끝내고 지우기
consult-end-no = 아니요, 계속하기

## 치료하지 않으면

consult-course-heading = 치료하지 않으면 어떻게 되나요
consult-course-no-figures = 이에 대한 연구 숫자가 없습니다.

## 치료 방법과 비교

consult-compare-legend = 비교할 치료 방법
consult-compare-hint = 나란히 보고 싶은 치료 방법을 두 가지에서 네 가지까지 표시하세요.
# Variables:
#   $option (String) - 치료 방법의 이름
consult-compare-this = { $option } 비교하기
# Variables:
#   $option (String) - 치료 방법의 이름
consult-hide-option = 이 병원에서 하지 않음: { $option } 숨기기
consult-hidden-heading = 이 병원에서 하지 않는 치료라서 숨긴 것
# Variables:
#   $option (String) - 치료 방법의 이름
consult-show-option = { $option } 다시 보이기
consult-compare-heading = 치료 방법 비교
consult-compare-intro = 치료 방법을 나란히 보여 드립니다. 순서는 좋고 나쁨과 관계없습니다. 각 줄은 사람들이 자주 묻는 질문에 답합니다.
consult-compare-too-few = 비교하려면 치료 방법을 두 가지 이상 표시하세요.
consult-compare-caption = 고른 치료 방법을 나란히 비교한 표
consult-row-what = 어떤 치료인가요?
consult-row-onset = 얼마나 빨리 효과가 나타나나요?
consult-row-lasts = 효과가 얼마나 오래가나요?
consult-row-benefits = 몇 명이 좋아지나요?
consult-row-harms = 어떤 문제가 생길 수 있나요?
consult-row-recovery = 회복
consult-row-repeats = 다시 받을 수 있나요?
consult-row-cost = 비용
consult-row-certainty = 연구 결과는 얼마나 확실한가요?
consult-row-guidelines = 진료 지침은 어떻게 권고하나요?
# Variables:
#   $span (String) - 효과가 가장 큰 때, 예: "2주" 또는 "알 수 없음"
consult-peak = 효과가 가장 큰 때: { $span }
# Variables:
#   $span (String) - 평소 활동을 쉬는 기간
consult-time-off = 평소 활동을 쉬는 기간: { $span }
# Variables:
#   $guideline (String) - 진료 지침의 이름
#   $stance (String) - 그 지침의 권고, 예: "권하지 않음"
consult-guideline-line = { $guideline }: { $stance }
# Variables:
#   $comparator (String) - 비교 대상, 예: "가짜 주사를 맞은 사람"
#   $result (String) - 비교 대상의 숫자
#   $timeframe (String) - 기간
#   $certainty (String) - 연구 결과의 확실성
consult-outcome-meta = { $comparator }: { $result }. 기간: { $timeframe }. { $certainty }.

## 이점과 해를 그림으로

consult-visuals-heading = 그림으로 보는 이점과 해
# Variables:
#   $denominator (Number) - 각 그림에 나오는 사람 수
consult-visuals-intro = 각 그림은 { $denominator }명을 보여 줍니다. 색칠된 사람은 이런 일이 있었던 사람입니다. 두 번째 그림은 이 치료를 받지 않은 사람들입니다.
consult-timeframes-differ = 연구마다 사람들을 지켜본 기간이 다릅니다. 비교하기 전에 각 그림 아래의 기간을 확인하세요.
# Variables:
#   $denominator (Number) - 각 그림에 나오는 사람 수
consult-no-arrays = 이에 대해서는 { $denominator }명 중 몇 명인지 알려 주는 연구 숫자가 없습니다.
# Variables:
#   $timeframe (String) - 기간
#   $certainty (String) - 연구 결과의 확실성
consult-array-meta = 기간: { $timeframe }. { $certainty }.
# Variables:
#   $option (String) - 치료 방법의 이름
consult-array-with = { $option }의 경우
# Variables:
#   $denominator (Number) - 드문 해를 세는 더 큰 집단의 사람 수
consult-rare-heading = 드문 해({ $denominator }명 기준)
consult-words-only-heading = 글로만 설명한 것
consult-timeline-heading = 언제부터, 얼마 동안 도움이 되나요
consult-timeline-intro = 각 줄은 치료 방법 하나를 치료 후 개월 수에 따라 보여 줍니다. 연구에서 알 수 없는 기간은 “알 수 없음”으로 표시했습니다.

## 나에게 중요한 것

consult-matters-heading = 환자분께 무엇이 중요한가요?
consult-matters-intro = 각 항목이 환자분께 얼마나 중요한지 알려 주세요. 정답은 없습니다. 답은 사실 정보 옆에 표시됩니다. 앱이 답을 점수로 더하거나 치료 방법을 대신 고르지 않습니다.
consult-priority-avoid-surgery = 수술을 피하는 것
consult-priority-quick-relief = 빨리 나아지는 것
consult-priority-lasting-relief = 오래 나아지는 것
consult-priority-low-serious-harm = 심각한 해가 생길 가능성이 낮은 것
consult-priority-short-recovery = 회복 기간이 짧은 것
consult-priority-low-cost = 내가 내는 비용이 적은 것
consult-priority-strong-evidence = 튼튼한 연구 근거가 있는 것
consult-priority-few-visits = 병원에 자주 오지 않아도 되는 것
consult-importance-not-important = 중요하지 않음
consult-importance-somewhat = 조금 중요함
consult-importance-very = 매우 중요함
consult-matters-note-label = 가장 중요한 것을 환자분의 말로 적어 주세요(선택)
consult-matters-note-hint = 예: 여행, 일, 누군가를 돌보는 일.
consult-reflect-heading = 환자분이 말한 것과 사실 정보
consult-reflect-intro = 환자분이 중요하다고 한 것과, 각 치료 방법이 그 점에서 어떤지 보여 드립니다.
consult-reflect-empty = 무언가를 중요하다고 표시하면, 여기에 사실 정보와 함께 나옵니다.
consult-reflect-you-said = 환자분이 중요하다고 한 것
consult-fact-surgery = 수술입니다.
consult-fact-no-surgery = 수술이 아닙니다.
# Variables:
#   $span (String) - 효과가 나타나기 시작하는 때
consult-fact-onset = 효과가 나타나기 시작하는 때: { $span }
# Variables:
#   $span (String) - 효과가 지속되는 기간
consult-fact-lasts = 효과가 지속되는 기간: { $span }
# Variables:
#   $span (String) - 평소 활동으로 돌아가기까지의 기간
consult-fact-recovery = 평소 활동으로 돌아가는 때: { $span }
# Variables:
#   $visits (String) - 방문 횟수, 예: "2번" 또는 "알 수 없음"
consult-fact-visits = 방문 횟수: { $visits }
# Variables:
#   $number (String) - 예: "1,000명 중 8명"
#   $label (String) - 그 사람들에게 일어나는 일
consult-fact-harm = { $number }: { $label }
consult-fact-see-details = 자세히 보기

## 질문

consult-questions-heading = 물어볼 질문
consult-questions-intro = 묻고 싶은 질문에 표시하세요. 집에 가져가는 요약지에 들어갑니다.
consult-questions-legend = 의료진에게 물어볼 질문
consult-question-chance-for-me = 저와 비슷한 사람에게 이 치료가 도움이 될 가능성은 얼마나 되나요?
consult-question-if-i-wait = 기다렸다가 나중에 정하면 어떻게 되나요?
consult-question-back-to-activities = 언제 다시 일하거나 운전하거나 운동할 수 있나요?
consult-question-if-it-fails = 이 치료가 도움이 되지 않으면 그다음에는 무엇을 할 수 있나요?
consult-question-how-many-done = 선생님이나 이 병원에서는 이 치료를 얼마나 자주 하나요?
consult-question-cost-to-me = 제가 내야 할 비용은 얼마이고, 보험이 적용되나요?
consult-question-what-i-can-do = 고관절을 위해 제가 스스로 할 수 있는 일은 무엇인가요?
consult-question-second-opinion = 다른 의사의 의견도 들어 보는 것이 좋을까요?
consult-own-questions-label = 직접 쓰는 질문(선택)
consult-own-questions-hint = 잊지 않도록 여기에 적어 두세요.

## 정할 준비가 되었나요? (SURE)

consult-ready-heading = 정할 준비가 되었나요?
consult-ready-intro = 간단한 질문 네 가지입니다. 예나 아니요로 답하세요. 고르기 전에 더 필요한 것이 있는지 알아보는 데 도움이 됩니다.
consult-sure-sure = 나에게 가장 좋은 치료 방법이 무엇인지 확신이 드나요?
consult-sure-understand = 각 치료 방법의 이점과 위험을 알고 있나요?
consult-sure-risk-benefit = 나에게 어떤 이점과 위험이 가장 중요한지 분명히 알고 있나요?
consult-sure-encouragement = 결정하는 데 필요한 도움과 조언을 충분히 받고 있나요?
consult-yes = 예
consult-no = 아니요
consult-sure-ready = 네 가지 질문 모두에 “예”라고 답하셨습니다. 정할 준비가 된 것으로 보입니다.
consult-sure-not-ready = 정하기 전에 시간이나 정보, 도움이 더 필요할 수 있습니다. 괜찮습니다. 다음과 같은 것이 도움이 될 수 있습니다:
consult-sure-help-sure = 생각할 시간을 가지세요. 오늘 꼭 정하지 않아도 됩니다.
consult-sure-help-understand = 이점과 해를 다시 살펴보거나, 의료진에게 다시 설명해 달라고 하세요.
consult-sure-help-risk-benefit = 나에게 중요한 것을 다시 살펴보고, 믿을 수 있는 사람과 이야기해 보세요.
consult-sure-help-encouragement = 가족이나 친구와 이야기하거나, 다른 의사의 의견을 들어 보세요.
consult-teach-back-heading = 이해했는지 확인하기(의료진용)
consult-teach-back-prompt = 환자에게 치료 방법들, 각 방법이 환자에게 어떤 도움이 될 수 있는지, 그리고 다음에 무엇을 하는지를 환자 자신의 말로 설명해 달라고 하세요. 분명하지 않은 부분은 다시 설명하세요.
consult-teach-back-done = 완료: 환자가 다시 설명함

## 결정과 다음 단계

consult-decision-heading = 결정
consult-decision-intro = 선택은 환자분의 몫입니다. 지금 정할 수도 있고, 마음이 기우는 쪽만 정할 수도 있고, 시간을 더 가질 수도 있습니다.
consult-decision-legend = 지금 어디까지 정했나요
consult-decision-not-yet = 아직 정하지 않음
consult-decision-leaning = 마음이 기우는 치료 방법이 있음
consult-decision-chosen = 정했음
consult-decision-option-legend = 어떤 치료 방법인가요?
consult-next-steps-legend = 다음 단계
consult-next-step-exercise-programme = 운동 계획 시작하기
consult-next-step-physio-referral = 물리치료사 만나기
consult-next-step-weight-support = 체중 관리 도움 받기
consult-next-step-book-injection = 주사 예약하기
consult-next-step-surgical-referral = 외과 의사 만나기
consult-next-step-more-tests = 검사나 영상 검사 더 받기
consult-next-step-time-to-think = 생각할 시간 갖기
consult-next-step-talk-with-family = 가족이나 친구와 이야기하기
consult-next-step-second-opinion = 다른 의사의 의견 듣기
consult-next-step-follow-up-visit = 다음 진료 예약하기
consult-follow-up-label = 다음 진료 날짜(선택)
consult-follow-up-hint = 다음 진료나 전화 상담 날짜입니다.
consult-notes-label = 의료진 메모(선택)
consult-notes-hint = 의료진용 사본에 인쇄됩니다. 환자의 이름 전체를 쓰지 마세요.

## 집에 가져가는 요약지 미리 보기

consult-preview-heading = 집에 가져가는 요약지에 들어갈 내용
consult-preview-intro = 이번 진료에서 이야기하고 고른 내용입니다.
consult-preview-condition = 질환
# Variables:
#   $condition (String) - 질환
#   $stage (String) - 그 질환의 단계
consult-preview-condition-stage = { $condition }. { $stage }
consult-preview-options = 비교한 치료 방법
consult-preview-matters = 나에게 중요한 것
# Variables:
#   $priority (String) - 중요한 것
#   $importance (String) - 얼마나 중요한지
consult-preview-priority = { $priority }: { $importance }
consult-preview-ready = 정할 준비가 되었나요?
# Variables:
#   $yes (Number) - "예"라고 답한 수
#   $total (Number) - 질문 수
consult-preview-sure = 질문 { $total }개 중 { $yes }개에 “예”라고 답했습니다.
consult-preview-sure-incomplete = 아직 답하지 않은 질문이 있습니다.
consult-preview-decision = 결정
# Variables:
#   $option (String) - 치료 방법의 이름
consult-preview-leaning = 마음이 기우는 치료 방법: { $option }
# Variables:
#   $option (String) - 치료 방법의 이름
consult-preview-chosen = 정한 치료 방법: { $option }
consult-preview-next = 다음 단계
# Variables:
#   $date (Date) - 다음 진료 날짜
consult-preview-follow-up = 다음 진료: { $date }
consult-preview-questions = 물어볼 질문
consult-preview-none = 아직 없음
consult-preview-pdf-later = 인쇄된 요약지에는 각 치료 방법의 숫자, 그림, 출처가 더 들어갑니다.
consult-print-button = 요약지 저장하고 인쇄하기
# 환자의 언어가 앱의 언어와 다를 때 나오는 확인란.
consult-print-bilingual = 각 부분을 의료진의 언어로도 함께 인쇄하기
# PDF를 만드는 동안 버튼에 나오는 말.
consult-print-working = 요약지를 만드는 중…
# Variables:
#   $pages (Number) - 저장된 PDF의 쪽수
#   $path (String) - PDF가 저장된 위치
consult-print-saved = { $pages ->
   *[other] 요약지({ $pages }쪽)를 { $path } 파일로 저장했습니다. PDF 보기 프로그램에서 열리며, 바로 인쇄할 수 있습니다.
}
# consult-print-saved 대신, PDF 보기 프로그램을 열지 않았을 때 나옵니다.
# Variables:
#   $pages (Number) - 저장된 PDF의 쪽수
#   $path (String) - PDF가 저장된 위치
consult-print-saved-only = { $pages ->
   *[other] 요약지({ $pages }쪽)를 { $path } 파일로 저장했습니다. 인쇄하려면 그 위치에서 파일을 여세요.
}

## 병원에서 직접 쓴 비용 메모(병원 설정), 위의 숫자 다음에 나옴

# Variables:
#   $note (String) - 병원 직원이 입력한 병원의 말 그대로
clinic-cost-note = 이 병원에서는: { $note }
# Variables:
#   $note (String) - 병원 직원이 입력한 병원의 말 그대로
clinic-insurance-note = 이 병원의 보험: { $note }
