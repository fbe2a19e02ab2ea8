### HipAid 앱 자체의 말: 제목, 이름표, 버튼, 오류 메시지.
### 의학 용어(질환, 단계, 치료 방법, 결과)는 conditions.ftl, options-*.ftl, claims.ftl,
### evidence.ftl에 있고, 각 언어의 이름은 locale.ftl에 있습니다.
### 쉬운 한국어로 씁니다. 환자에게는 높임말(-습니다, -세요)을 씁니다.
### id는 그 말이 나오는 화면 이름으로 시작합니다: app-, nav-, start-, condition-, option-,
### about-, error-. number-와 sources-는 질환 화면과 치료 방법 화면에서 함께 씁니다.

## Glossary (용어집): 이 번역에서 쓰는 핵심 용어. 모든 파일에서 같은 말을 씁니다.
#   hip → 고관절(엉덩이 관절)
#   osteoarthritis (wear-and-tear arthritis) → 고관절 골관절염(퇴행성 관절염); 줄여서 관절염
#   cartilage → 연골
#   ball of the hip → 대퇴골두(허벅지뼈 위쪽의 둥근 머리)
#   socket → 비구(골반 쪽의 오목한 자리)
#   steroid injection → 스테로이드 주사
#   hyaluronic acid (gel injection) → 히알루론산 주사(젤 주사)
#   PRP → 자가혈소판풍부혈장(PRP) 주사
#   stem cell → 줄기세포
#   hip replacement, a new hip → 인공 고관절 치환술, 인공 고관절
#   keyhole surgery, arthroscopy → 고관절 관절경 수술
#   core decompression → 중심 감압술
#   avascular necrosis → 대퇴골두 무혈성 괴사
#   labrum, labral tear → 비구순, 비구순 파열
#   impingement (FAI) → 대퇴비구 충돌 증후군
#   greater trochanteric pain syndrome, bursitis → 대전자 통증 증후군, 점액낭염
#   inflammatory arthritis, rheumatoid arthritis → 염증성 관절염, 류마티스 관절염
#   physiotherapy, physiotherapist → 물리치료, 물리치료사
#   watchful waiting → 경과 관찰
#   dummy injection (placebo), salt water → 가짜 주사, 식염수
#   comparison group → 비교군
#   trial → 임상시험
#   certainty → 확실성
#   guideline → 진료 지침
#   benefit, possible harm → 이점, 생길 수 있는 해
#   option, choice → 치료 방법
#   condition, problem → 질환
#   clinician → 담당 의료진
#   visit → 진료
#   icon array, "N out of 100 people" → 그림 도표, "100명 중 N명"

## 앱 전체

app-title = HipAid
app-loading = 불러오는 중…

## 시작 화면

start-intro = 고관절 통증을 어떻게 치료할지 함께 정하세요. 먼저 이번 진료를 준비하세요.
start-ui-locale-label = 앱 언어
start-ui-locale-hint = 버튼과 메뉴의 언어입니다. 바로 바뀝니다.
start-patient-locale-label = 환자의 언어
start-patient-locale-hint = 환자가 읽고 집에 가져가는 내용의 언어입니다.
# 목록에 나오는 언어 중, 자격을 갖춘 의료 번역가가 아직 확인하지 않은 번역.
# Variables:
#   $name (String) - 그 언어로 쓴 언어 이름, 예: "Tiếng Việt"
start-locale-draft = { $name } (번역 초안)
start-locale-draft-notice = 이 번역은 초안입니다. 자격을 갖춘 의료 번역가가 아직 확인하지 않았습니다. 중요한 내용은 통역사의 도움을 받으세요.
# Variables:
#   $reviewer (String) - 번역을 확인한 사람과 그 사람의 역할
#   $date (Date) - 확인한 날짜
start-locale-reviewed = { $reviewer } 님이 { $date }에 번역을 확인했습니다.
start-patient-label-label = 환자 메모(선택)
    .placeholder = 예: 4번 진료실, 오전 진료
start-patient-label-hint = 진료를 서로 구별하기 위한 짧은 메모입니다. 환자의 이름 전체를 쓰지 마세요.
start-clinician-name-label = 담당 의료진 이름(선택)
start-clinician-name-hint = 이번 진료 동안 화면에 보여서, 환자가 누구와 이야기했는지 알 수 있습니다.
start-submit = 진료 시작
start-submit-busy = 시작하는 중…
start-submit-new = 새 진료 시작
start-continue = 이 진료 계속하기
start-notice-unfinished = 지난 진료 중에 HipAid가 닫혔습니다. 답변은 보관되어 있습니다. 이어서 하시거나 새 진료를 시작하세요.
start-notice-damaged = 저장된 진료를 읽을 수 없어 HipAid가 그것 없이 시작되었습니다. 파일은 기술 지원을 위해 보관했습니다.
app-not-saved = 이 컴퓨터에 진료를 저장하지 못했습니다. HipAid를 닫기 전까지 답변은 화면에 남아 있습니다.
start-notice-settings-damaged = 병원 설정을 읽을 수 없어 HipAid가 기본 설정으로 시작되었습니다. 파일은 기술 지원을 위해 보관했습니다. 병원 직원이 “병원 설정”에서 다시 설정할 수 있습니다.
start-settings = 병원 설정

## 병원 설정 화면: 진료 전에 병원 직원이 씁니다. 여기에는 환자에 대한 내용을 보관하지 않습니다.

settings-title = 병원 설정
settings-intro = 이 설정은 이 컴퓨터에 저장되고 모든 진료에 쓰입니다. 환자에 대한 내용은 들어 있지 않습니다.
settings-clinic-heading = 우리 병원
settings-clinic-name = 병원 이름
settings-address = 주소
settings-phone = 전화번호
settings-logo = 인쇄된 요약지에 넣을 로고
# Variables:
#   $kb (Number) - 허용되는 가장 큰 파일 크기, 킬로바이트(KB) 단위
#   $px (Number) - 허용되는 가장 큰 가로 또는 세로 길이, 픽셀 단위
settings-logo-hint = PNG 그림 파일이어야 하며, 크기는 { $kb } KB 이하, 가로와 세로는 각각 { $px } 픽셀 이하입니다.
settings-logo-choose = 로고 파일 고르기
settings-logo-remove = 로고 빼기
settings-logo-none = 고른 로고가 없습니다.
settings-logo-preview = 인쇄될 로고의 모습
settings-languages-heading = 언어와 용지
settings-ui-locale = HipAid를 시작할 때의 앱 언어
settings-patient-locale = 새 진료에서 환자의 언어
settings-locale-default = 이 컴퓨터의 언어
settings-patient-locale-default = 앱 언어와 같음
settings-paper = 요약지 용지 크기
settings-paper-default = A4(미국 영어일 때는 미국 레터)
settings-paper-a4 = A4
settings-paper-letter = 미국 레터
settings-options-heading = 이 병원의 치료 방법
settings-options-intro = 병원에서 하지 않는 치료 방법은 체크 표시를 없애세요. 그 치료 방법은 모든 진료에서 처음에는 숨겨져 있고, 담당 의료진이 다시 보이게 할 수 있습니다. 비용 메모는 연구 숫자 옆에 나옵니다.
settings-offered = 이 병원에서 함
settings-cost-note = 이 병원의 비용(선택)
settings-insurance-note = 보험 메모(선택)
settings-view-heading = 진료 시작 방식
settings-start-view = 진료를 시작할 때의 화면
settings-view-clinician = 의료진용 화면
settings-view-patient = 환자용 큰 글씨 화면
settings-max-age = 끝나지 않은 진료를 보관하는 시간
# Variables:
#   $max (Number) - 허용되는 가장 긴 시간(시간 단위)
settings-max-age-hint = 진료 중에 HipAid가 닫히면, 이 시간(1~{ $max }시간) 동안 그 진료를 다시 열 수 있습니다. 그 뒤에는 지워집니다.
settings-save = 설정 저장하기
settings-saving = 저장하는 중…
settings-back = 처음 화면으로 돌아가기
settings-saved = 설정을 저장했습니다. 다음 진료부터 적용됩니다.
settings-has-problems = 아직 아무것도 저장하지 않았습니다. 표시된 칸을 고쳐 주세요.

## 병원 설정: 한 칸에 무엇이 잘못되었는지

# Variables:
#   $max (Number) - 쓸 수 있는 가장 많은 글자 수
settings-problem-too-long = 너무 깁니다. { $max }자 이하로 쓰세요.
settings-problem-invalid-text = 앱에서 쓸 수 없는 글자가 들어 있습니다. 글자, 숫자, 간단한 문장 부호만 쓰세요.
settings-problem-invalid-phone = 전화번호 같지 않습니다. 숫자, 빈칸, + ( ) - . / 기호를 쓰세요.
settings-problem-not-png = 이 파일은 PNG 그림이 아닙니다. PNG 파일을 고르세요.
# Variables:
#   $max (Number) - 허용되는 가장 큰 파일 크기, 킬로바이트(KB) 단위
settings-problem-logo-too-large = 파일이 너무 큽니다. { $max } KB 이하인 파일을 고르세요.
# Variables:
#   $max (Number) - 허용되는 가장 큰 가로 또는 세로 길이, 픽셀 단위
settings-problem-logo-size = 그림이 너무 작거나 너무 큽니다. 가로와 세로가 각각 16~{ $max }픽셀인 그림을 쓰세요.
settings-problem-unknown-locale = 이 언어는 쓸 수 없습니다. 목록에서 고르세요.
settings-problem-unknown-option = 이 버전의 HipAid에는 없는 치료 방법입니다.
# Variables:
#   $max (Number) - 허용되는 가장 큰 수
settings-problem-out-of-range = 1부터 { $max }까지의 정수(소수점 없는 수)를 고르세요.
settings-problem-unsupported-version = 이 설정은 더 새로운 버전의 HipAid에서 만들어졌습니다.

## 질환 화면: 지금 진료, 맨 위에 표시

# Variables:
#   $label (String) - 시작 화면에서 쓴 짧은 환자 메모, 예: "4번 진료실"
condition-consultation-label = 진료: { $label }
# Variables:
#   $time (Date) - 진료를 시작한 날짜와 시각
condition-consultation-started = 진료 시작: { $time }
# Variables:
#   $name (String) - 시작 화면에서 담당 의료진이 쓴 이름
condition-consultation-clinician = 담당 의료진: { $name }

## 질환 화면: 질환과 단계 고르기

condition-heading = 질환과 치료 방법
condition-intro = 질환과 그 진행 정도를 고르세요. 그러면 치료 방법과 각 방법에 대한 연구 결과를 볼 수 있습니다.
condition-choose-legend = 질환
condition-stage-legend = 단계(엑스레이 기준)
condition-stage-unknown = 아직 모름
condition-stage-unknown-description = 예를 들어, 아직 엑스레이를 찍지 않은 경우입니다.

## 질환 화면: 고른 질환과 단계에 대한 설명

condition-stage-heading = 현재 단계
condition-parts-heading = 문제가 있는 고관절 부위
condition-diagnosis-heading = 진단하는 방법
# 질환에 대한 숫자 하나를 한 문장으로 씁니다.
# Variables:
#   $count (Number) - 사람 수, 예: 25 또는 2.5
#   $denominator (Number) - 전체 사람 수, 예: 100 또는 1,000
#   $what (String) - 그 사람들에게 일어나는 일(내용 파일에서 옴). 서술어로 끝납니다. 예: "85세까지 고관절 관절염이 생깁니다"
condition-figure-people = { $denominator }명 중 { $count }명은 { $what }
# Variables:
#   $low (Number) - 가장 적을 때의 사람 수
#   $high (Number) - 가장 많을 때의 사람 수
#   $denominator (Number) - 전체 사람 수, 예: 100 또는 1,000
#   $what (String) - 그 사람들에게 일어나는 일(내용 파일에서 옴)
condition-figure-people-range = { $denominator }명 중 { $low }~{ $high }명은 { $what }
# 전체 중 몇 명이 아니라, 사람 수 자체.
# Variables:
#   $count (Number) - 사람 수, 예: 10,000
#   $what (String) - 그 사람들이 누구인지(내용 파일에서 옴). 서술어로 끝납니다. 예: "미국에서 해마다 이 질환을 새로 진단받습니다"
condition-figure-count = { $count }명이 { $what }
# Variables:
#   $low (Number) - 가장 적을 때의 사람 수, 예: 10,000
#   $high (Number) - 가장 많을 때의 사람 수, 예: 20,000
#   $what (String) - 그 사람들이 누구인지(내용 파일에서 옴)
condition-figure-count-range = { $low }~{ $high }명이 { $what }
condition-figure-one-time = 기간: 한 시점에 센 숫자

## 질환 화면: 맞는 치료 방법

condition-options-heading = 치료 방법
condition-options-intro = 이 질환에 맞는 치료 방법입니다. 순서는 좋고 나쁨과 관계없습니다. 어떤 방법이 가장 잘 맞는지는 환자분께 무엇이 가장 중요한지에 따라 다릅니다.
condition-options-empty = 아직 여기에 보여 드릴 치료 방법이 없습니다.
condition-card-fits = 이 질환에서는:
# Variables:
#   $option (String) - 치료 방법의 이름, 예: "스테로이드 주사"
condition-card-details = 자세히 보기
    .aria-label = 자세히 보기: { $option }

## 연구에서 나온 숫자(질환 화면과 치료 방법 화면)

# Variables:
#   $count (Number) - 이 일이 일어나는 사람 수, 예: 45 또는 0.08
#   $denominator (Number) - 전체 사람 수, 예: 100 또는 1,000
number-people = { $denominator }명 중 { $count }명
# Variables:
#   $low (Number) - 가장 적을 때의 사람 수
#   $high (Number) - 가장 많을 때의 사람 수
#   $denominator (Number) - 전체 사람 수, 예: 100
number-people-range = { $denominator }명 중 { $low }~{ $high }명
# 통증 점수 같은 점수의 평균 변화.
# Variables:
#   $change (Number) - 평균 변화, 부호 포함, 예: -1.2 또는 +6.4
number-score = 평균 { $change }점 변화
# Variables:
#   $low (Number) - 가장 작을 때의 평균 변화, 부호 포함
#   $high (Number) - 가장 클 때의 평균 변화, 부호 포함
number-score-range = 평균 { $low }점에서 { $high }점 사이의 변화
# Variables:
#   $scale (String) - 점수의 이름(내용 파일에서 옴), 예: "통증 점수: 0점(통증 없음)부터 10점(가장 심한 통증)까지"
number-scale = 점수: { $scale }
number-not-measured = 측정하지 않음
number-comparator-label = 비교 대상
number-comparator-result-label = 비교 대상의 결과
# Variables:
#   $span (String) - 기간, 예: "2개월", "1~3년", "알 수 없음"
number-timeframe = 기간: { $span }

## 숫자와 사실 옆에 나오는 출처

# Variables:
#   $count (Number) - 출처의 개수
sources-toggle =
    { $count ->
       *[other] 출처({ $count }개)
    }
sources-study-type-label = 연구 종류
sources-year-label = 연도
sources-size-label = 규모
sources-doi-label = DOI
sources-pmid-label = PubMed ID
sources-url-label = 웹 주소
# Variables:
#   $id (String) - 목록에 없는 출처의 짧은 이름, 예: "lambert-2007"
sources-unknown = 이 출처는 목록에 없습니다: { $id }

## 치료 방법 화면: 치료 방법 하나의 자세한 내용

# Variables:
#   $condition (String) - 질환의 이름
option-for-condition = 해당 질환: { $condition }
# Variables:
#   $condition (String) - 질환의 이름
#   $stage (String) - 단계의 이름, 예: "둘째 단계: 가벼움"
option-for-condition-stage = 해당 질환: { $condition }. { $stage }
option-certainty-label = 효과에 대한 연구 결과의 확실성:
option-what-heading = 어떤 치료인가요
option-variants-heading = 받을 수 있는 종류
# Variables:
#   $condition (String) - 질환의 이름
option-fits-heading = 이 질환에서의 역할: { $condition }
option-steps-heading = 치료 과정(단계별)
option-visits-label = 방문 횟수
# Variables:
#   $count (Number) - 방문 횟수
option-visits =
    { $count ->
       *[other] { $count }번
    }
# Variables:
#   $low (Number) - 가장 적은 방문 횟수
#   $high (Number) - 가장 많은 방문 횟수
option-visits-range = { $low }~{ $high }번
option-visits-unknown = 알 수 없음
option-guidance-label = 주사나 수술을 돕는 영상 검사
option-anaesthesia-label = 마취(부분 마취 또는 전신 마취)
option-time-off-label = 평소 활동을 쉬는 기간
option-timeline-heading = 언제부터, 얼마 동안 도움이 되나요
option-onset-label = 효과가 나타나기 시작하는 때
option-peak-label = 효과가 가장 큰 때
option-lasts-label = 효과가 지속되는 기간
option-recovery-label = 평소 활동으로 돌아가는 때
option-timeline-certainty-label = 이 기간에 대한 연구 결과의 확실성:
option-milestones-heading = 회복 단계
# Variables:
#   $label (String) - 회복 단계(내용 파일에서 옴), 예: "목발 없이 걷기"
#   $time (String) - 시기, 예: "4~6주" 또는 "알 수 없음"
option-milestone = { $label }: { $time }
option-outcomes-heading = 이점과 생길 수 있는 해
option-outcomes-intro = 모든 숫자는 연구에서 나온 것입니다. 한 집단에서 몇 명에게 이런 일이 있었는지, 또는 점수가 평균 얼마나 바뀌었는지를 보여 줍니다. 이점과 해는 같은 방식으로 나란히 보여 드립니다.
option-benefits-heading = 이점
option-harms-heading = 생길 수 있는 해
option-outcome-benefit = 이점
option-outcome-harm = 생길 수 있는 해
option-outcome-no-data = 믿을 만한 숫자 없음
option-outcomes-empty = 이 질환에 대해서는 여기에 보여 드릴 연구 결과가 없습니다.
option-scale-lower-better = 이 점수는 낮을수록 좋습니다.
option-scale-higher-better = 이 점수는 높을수록 좋습니다.
option-repeats-heading = 다시 받을 수 있나요?
option-repeats-gap-label = 치료 사이의 가장 짧은 간격
option-repeats-max-label = 한 해에 받을 수 있는 최대 횟수
# Variables:
#   $count (Number) - 한 해에 받을 수 있는 최대 치료 횟수
option-repeats-max =
    { $count ->
       *[other] { $count }번
    }
option-cost-heading = 비용과 보험
option-cost-label = 가격
# Variables:
#   $amount (Number) - 가격, 통화 표시 포함, 예: $574
#   $per (String) - 무엇에 대한 가격인지, 예: "주사 한 번에"
option-cost-amount = { $per } { $amount }
# Variables:
#   $low (Number) - 찾은 가장 낮은 가격, 통화 표시 포함
#   $high (Number) - 찾은 가장 높은 가격, 통화 표시 포함
#   $per (String) - 무엇에 대한 가격인지, 예: "주사 한 번에"
option-cost-range = { $per } { $low }~{ $high }
option-insurance-label = 보험
option-guidelines-heading = 진료 지침의 권고
option-guideline-stance-label = 권고 내용
option-regulatory-heading = 허가
option-factors-heading = 환자분에 따라 달라질 수 있는 점
option-claims-heading = 병원들의 주장과 연구 근거
option-claim-label = 주장
option-claim-answer-label = 연구 근거로 본 사실
option-pay-card-heading = 병원에 돈을 내기 전에
option-pay-card-questions = 물어볼 질문
option-pay-card-facts = 알아 둘 사실

## 이 정보에 대하여(질환 화면과 치료 방법 화면 맨 아래의 안내)

about-toggle = 이 정보에 대하여
# Variables:
#   $version (String) - 의학 내용의 버전, 예: "1.0.0"
about-version = 내용 버전: { $version }
# Variables:
#   $date (Date) - 내용을 연구 결과와 마지막으로 대조한 날짜
about-last-reviewed = 연구 결과와 마지막으로 대조한 날짜: { $date }
# Variables:
#   $date (Date) - 다음 대조 예정일
about-next-review = 다음 대조 예정일: { $date }
about-decision-heading = 정해야 할 일
about-purpose-heading = 이 도구의 목적
about-updates-heading = 정보를 최신으로 유지하는 방법
about-funding-heading = 비용을 댄 곳
about-conflicts-heading = 이해관계
about-authors-heading = 만든 사람

## 오류. 앱 내부의 오류 코드마다 하나씩 있습니다. 무슨 일이 있었는지, 입력한 내용은
## 그대로 있다는 것, 다음에 무엇을 하면 되는지를 알려 줍니다.

error-unknown-locale = 이 언어는 쓸 수 없습니다. 입력한 내용은 그대로 있습니다. 목록에서 언어를 고르세요.
error-unknown-condition = 앱에 없는 질환입니다. 입력한 내용은 그대로 있습니다. 목록에서 질환을 고르세요.
error-unknown-stage = 앱에 없는 단계입니다. 입력한 내용은 그대로 있습니다. 목록에서 단계를 고르세요.
error-text-too-long = 글이 너무 깁니다. 입력한 내용은 그대로 있습니다. 환자 메모나 이름을 짧게 줄인 뒤 다시 해 보세요.
error-invalid-text = 앱에서 쓸 수 없는 글자가 들어 있습니다. 입력한 내용은 그대로 있습니다. 글자, 숫자, 간단한 문장 부호만 써서 다시 해 보세요.
error-no-consultation = 아직 진료를 시작하지 않았습니다. 입력한 내용은 그대로 있습니다. 처음 화면으로 돌아가 진료를 시작하세요.
error-no-condition = 아직 질환을 고르지 않았습니다. 입력한 내용은 그대로 있습니다. 먼저 질환을 고르세요.
error-unknown-option = 이 치료 방법은 질환이나 단계에 맞지 않거나, 이 병원에서 하지 않는 치료입니다. 입력한 내용은 그대로 있습니다. 목록에서 치료 방법을 고르세요.
error-too-many-compared = 한 번에 최대 네 가지 치료 방법까지 비교할 수 있습니다. 입력한 내용은 그대로 있습니다. 하나를 빼고 다른 것을 고르세요.
error-decision-needs-option = 마음이 기우는 치료 방법을 고르거나 “아직 정하지 않음”을 고르세요. 입력한 내용은 그대로 있습니다.
error-invalid-date = 앱에서 쓸 수 없는 날짜입니다. 입력한 내용은 그대로 있습니다. 달력에서 날짜를 고르세요.
error-date-in-past = 오늘보다 이전 날짜입니다. 입력한 내용은 그대로 있습니다. 오늘이나 그 뒤의 날짜를 고르세요.
error-unsupported-version = 이 진료 파일은 다른 버전의 앱에서 만들어져서 읽을 수 없습니다. 아무것도 바뀌지 않았습니다.
error-summary-failed = 요약지를 만들지 못했습니다. 입력한 내용은 그대로 있습니다. 다시 해 보세요. 또 같은 문제가 생기면 병원의 기술 지원 담당자에게 알려 주세요.
error-save-failed = 그 위치에 요약지를 저장하지 못했습니다. 입력한 내용은 그대로 있습니다. 다른 폴더를 고르거나, 디스크에 빈 공간이 있는지 확인하세요.
error-invalid-settings = 고쳐야 할 설정이 있어서 아무것도 저장하지 않았습니다. 입력한 내용은 그대로 있습니다. 표시된 칸을 확인하세요.
error-settings-not-saved = 이 컴퓨터에 설정을 저장하지 못했습니다. 입력한 내용은 그대로 있습니다. 디스크에 빈 공간이 있는지 확인하거나 기술 지원 담당자에게 물어보세요.
error-internal = 앱 안에서 문제가 생겼습니다. 입력한 내용은 그대로 있습니다. 다시 해 보세요.
