### 집에 가져가는 요약지(PDF). 숫자, 기간, 확실성, "이 정보에 대하여" 안내는 화면과 같은 말을
### 씁니다(app.ftl, evidence.ftl). 그래서 종이와 화면의 내용이 같습니다.

# 화면 읽기 프로그램이 읽는 병원 로고 설명. Variables: $clinic (병원 이름)
summary-clinic-logo = { $clinic } 로고
# Variables: $phone (병원에서 쓴 그대로)
summary-clinic-phone = 전화: { $phone }
summary-title = 고관절 치료 요약지
# Variables: $date (진료 날짜, 이미 형식에 맞춘 것)
summary-date = 날짜: { $date }
# Variables: $patient (의료진이 쓴 메모. 이름이 아닐 수 있음)
summary-for = 환자: { $patient }
# Variables: $clinician
summary-clinician = 담당 의료진: { $clinician }
summary-condition-heading = 고관절 질환
# Variables: $stage (단계의 이름)
summary-stage = 단계: { $stage }
summary-options-heading = 이야기한 치료 방법
summary-references-heading = 숫자의 출처
# Variables: $page, $pages
summary-page = { $pages }쪽 중 { $page }쪽

## 한 줄의 여러 부분을 잇는 방법(문장 부호는 언어마다 다름)

# Variables: $number (예: "100명 중 68명"), $what (세는 내용)
summary-outcome = { $number }: { $what }
# Variables: $what (세는 내용), $status ("믿을 만한 숫자 없음")
summary-no-data = { $what }: { $status }
# Variables: $label ("비교 대상"), $group (비교 대상 집단), $result (그 집단의 숫자)
summary-comparison = { $label }: { $group }, { $result }
# Variables: $time ("기간: 2개월"), $certainty ("확실성 낮음")
summary-facts = { $time } · { $certainty }
# Variables: $number (목록에서의 순서), $citation (번역하지 않음)
summary-reference = { $number }. { $citation }

## 번역 상태. 요약지의 각 언어로 맨 끝에 인쇄됩니다.

# en-US용. 모든 번역의 바탕이 되는 글.
summary-translation-source = 이 요약지는 처음 쓰인 언어로 되어 있습니다. 번역은 이 글을 바탕으로 만듭니다.
summary-translation-draft = 이 번역은 초안입니다. 자격을 갖춘 의료 번역가가 아직 확인하지 않았습니다. 이해하기 어려운 내용이 있으면 병원에 통역사를 요청하세요.
# Variables: $reviewer (확인한 사람과 그 사람의 역할), $date (확인한 날짜, 이미 형식에 맞춘 것)
summary-translation-reviewed = { $reviewer } 님이 { $date }에 이 번역을 확인했습니다.
