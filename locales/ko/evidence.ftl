### 의학 내용에서 함께 쓰는 말: 확실성, 진료 지침의 권고, 시술 방법, 시간 단위, 비용,
### 각 결과의 비교 대상. 숫자 자체는 crates/hipaid-core/content/에 있고, 여기에는 변수로만
### 들어옵니다.

## 결정과 이 문서(IPDAS: 결정, 날짜, 갱신 방침, 비용 출처)

document-decision = 정해야 할 일: 고관절 통증을 어떻게 치료할지, 또는 지금 치료를 할지 말지.
document-purpose = 이 도구는 환자분과 담당 의료진이 치료 방법에 대해 이야기하도록 돕습니다. 연구에서 나온 사실과 숫자를 알려 드립니다. 환자분 대신 치료 방법을 고르지 않습니다.
document-update-policy = 저희는 적어도 한 해에 한 번 이 정보를 새 연구 결과와 대조합니다. 다음 대조 예정일은 { $next }입니다. 중요한 새 연구나 진료 지침이 나오면 그보다 일찍 대조합니다.
document-funding = 이 도구는 HipAid 프로젝트 팀이 만들었습니다. 여기에 나오는 치료를 파는 회사는 비용을 대지 않았고, 내용에 관여하지도 않았습니다.
document-conflicts = 이 도구를 만든 사람들은 여기에 나오는 어떤 치료와도 돈 문제로 얽혀 있지 않습니다. 환자분이 어떤 치료 방법을 고르든 더 많은 돈을 버는 사람은 없습니다.
document-authors = HipAid 팀이 발표된 연구와 진료 지침을 바탕으로 썼습니다. 숫자마다 출처를 밝혀 두었습니다.
document-not-advice = 이 요약지는 담당 의료진과 이야기할 때 도움을 드리기 위한 것입니다. 의료진의 조언을 대신하지 않습니다.

## 연구 결과가 얼마나 확실한가(GRADE 근거의 확실성)

certainty-high = 확실성 높음
certainty-moderate = 확실성 중간
certainty-low = 확실성 낮음
certainty-very-low = 확실성 매우 낮음
certainty-high-explain = 새 연구가 나와도 이 결과가 바뀔 가능성은 매우 낮습니다.
certainty-moderate-explain = 새 연구가 나오면 이 결과가 바뀔 수도 있습니다.
certainty-low-explain = 새 연구가 나오면 이 결과가 바뀔 가능성이 꽤 있습니다.
certainty-very-low-explain = 추측에 가까운 결과입니다. 새 연구가 나오면 바뀔 가능성이 높습니다.

## 진료 지침의 권고

stance-strong-for = 강하게 권함
stance-for = 권함
stance-conditional-for = 일부 환자에게 권함
stance-consider = 고려할 수 있음
stance-option = 알맞은 치료 방법 중 하나
stance-no-recommendation = 권하지도, 반대하지도 않음
stance-conditional-against = 대부분의 환자에게 권하지 않음
stance-against = 권하지 않음
stance-strong-against = 강하게 권하지 않음
stance-none-found = 이에 대한 진료 지침이 없음

guideline-none = 진료 지침 없음
guideline-aaos-2023 = 미국정형외과학회(AAOS), 2023년
guideline-aaos-2017 = 미국정형외과학회(AAOS), 2017년
guideline-acr-af-2019 = 미국류마티스학회(American College of Rheumatology)와 미국관절염재단(Arthritis Foundation), 2019년
guideline-oarsi-2019 = 국제골관절염연구학회(OARSI), 2019년
guideline-nice-ng226-2022 = 영국 NICE(잉글랜드) 골관절염 진료 지침 NG226, 2022년
guideline-warwick-2016 = 고관절 충돌 증후군에 관한 워릭 합의(Warwick Agreement), 2016년
guideline-eular-2021 = 관절 주사에 관한 EULAR(유럽류마티스학회) 권고, 2021년
guideline-eular-2022 = 류마티스 관절염에 관한 EULAR(유럽류마티스학회) 권고, 2022년
guideline-chinese-onfh-2020 = 대퇴골두 무혈성 괴사에 관한 중국 진료 지침, 2020년

## 치료 방법의 종류와 시술 방법

kind-self-care = 스스로 관리
kind-monitoring = 경과 관찰
kind-injection = 주사
kind-surgery = 수술

guidance-none = 영상 검사가 필요 없습니다.
guidance-ultrasound = 의사가 초음파 화면을 보면서 바늘을 넣습니다.
guidance-ultrasound-or-x-ray = 의사가 초음파나 엑스레이 화면을 보면서 바늘을 넣습니다.
guidance-camera = 외과 의사가 작은 구멍을 몇 개 내고, 아주 작은 카메라를 보면서 수술합니다.
anaesthesia-none = 마취약이 필요 없습니다.
anaesthesia-local = 피부와 고관절에 국소 마취약을 씁니다.
anaesthesia-spinal-or-general = 척추에 주사를 놓아 허리 아래를 마취하거나(척추 마취), 잠든 상태에서 수술합니다(전신 마취).
anaesthesia-general = 잠든 상태에서 수술합니다(전신 마취).

regulatory-approved = 허가받은 약이나 의료기기
regulatory-standard-procedure = 표준 치료
regulatory-not-approved = 이 용도로는 허가받지 않음
regulatory-not-regulated = 허가가 필요 없음
regulatory-not-verified = 이 용도로 허가받았는지 확인되지 않음

repeats-allowed-yes = 다시 받을 수 있음
repeats-allowed-limited = 제한 안에서 다시 받을 수 있음
repeats-allowed-no = 보통 한 번만 받음
repeats-allowed-unknown = 다시 받으면 도움이 되는지 알 수 없음

insurance-usually-covered = 보통 보험이 적용됨
insurance-sometimes-covered = 보험이 적용될 때도 있음
insurance-usually-not-covered = 보통 보험이 적용되지 않음. 본인이 부담함
insurance-unknown = 보험 적용 여부를 알 수 없음

cost-per-session = 한 번 받을 때
cost-per-injection = 주사 한 번에
cost-per-course = 치료 한 과정에
cost-per-operation = 수술 한 번에
cost-unknown = 믿을 만한 가격을 찾지 못함
# Variables:
#   $amount (Number)
#   $currency (String)
money =
    { $currency ->
        [USD] US${ $amount }
       *[other] { $amount } { $currency }
    }

## 기간

span-unknown = 알 수 없음
span-none = 가짜 치료보다 나은 효과 없음
span-days = { $low ->
   *[other] { $low }일
}
span-weeks = { $low ->
   *[other] { $low }주
}
span-months = { $low ->
   *[other] { $low }개월
}
span-years = { $low ->
   *[other] { $low }년
}
span-range-days = { $low }~{ $high }일
span-range-weeks = { $low }~{ $high }주
span-range-months = { $low }~{ $high }개월
span-range-years = { $low }~{ $high }년

## 숫자의 비교 대상

comparator-placebo-injection = 가짜 주사(시험하는 치료 성분이 없는 주사)
comparator-local-anaesthetic-injection = 마취약만 넣은 주사
comparator-no-treatment = 치료하지 않음
comparator-no-exercise = 운동 프로그램을 하지 않음
comparator-usual-care = 동네 의원(가정의)의 일반적인 진료
comparator-wait-and-see = 지켜보며 기다림
comparator-advice-alone = 조언과 정보만 받음
comparator-education-and-exercise = 조언과 운동 계획
comparator-exercise-alone = 운동 프로그램만 함
comparator-physiotherapy = 물리치료(치료사와 함께하는 운동)
comparator-resistance-training = 근력 운동 프로그램
comparator-steroid-injection = 스테로이드 주사
comparator-hyaluronic-acid = 히알루론산 주사(젤 주사)
comparator-core-decompression-alone = 세포를 더하지 않은 중심 감압술
comparator-no-injection = 주사를 맞지 않은 사람
comparator-no-comparison-group = 비교 대상 없음: 이 치료를 받은 사람만 살펴본 연구
comparator-no-recent-injection = 수술 전 몇 달 동안 고관절 주사를 맞지 않은 사람

## 연구의 종류(각 참고 문헌과 함께 표시)

study-type-rct = 무작위 임상시험
study-type-systematic-review = 여러 연구를 모아 살펴본 연구
study-type-network-meta-analysis = 여러 치료를 함께 비교한 종합 연구
study-type-cohort = 한 집단을 오랫동안 지켜본 연구
study-type-registry = 치료받은 환자의 등록 자료
study-type-case-series = 환자 여러 명에 대한 보고
study-type-cross-sectional = 한 시점에 한 조사
study-type-guideline = 진료 지침
study-type-consensus = 전문가 합의
study-type-regulator = 규제 기관의 발표
study-type-evidence-summary = 연구 근거 요약
study-type-review = 검토 논문
study-type-patient-information = 병원이나 의원의 안내 자료
study-type-price-survey = 가격 조사
study-type-policy = 보험사의 방침

## 질환에 대한 숫자가 알려 주는 것

figure-topic-how-common = 얼마나 흔한가요
figure-topic-natural-course = 치료하지 않으면 어떻게 되나요

## 고관절 그림의 부위

part-bone = 뼈
part-cartilage = 연골(관절 표면을 덮은 매끄러운 층)
part-labrum = 비구순(비구 가장자리를 두른 테두리)
part-tendons-bursa = 힘줄과 점액낭(고관절 바깥쪽)
part-blood-supply = 대퇴골두로 가는 혈액 공급
part-joint-lining = 관절을 감싸는 막(활막)

## 점수 척도(이름, 제목으로 표시)

scale-pain-0-10 = 통증 점수: 0점(통증 없음)부터 10점(가장 심한 통증)까지
scale-pain-0-100 = 통증 점수: 0점(통증 없음)부터 100점(가장 심한 통증)까지
scale-oxford-hip-score = 옥스퍼드 고관절 점수(Oxford Hip Score): 0점(가장 나쁨)부터 48점(가장 좋음)까지
scale-ihot-33 = iHOT-33 고관절 점수: 0점(가장 나쁨)부터 100점(가장 좋음)까지
scale-harris-hip-score = 해리스 고관절 점수(Harris Hip Score): 0점(가장 나쁨)부터 100점(가장 좋음)까지
scale-hos-adl = 고관절 결과 점수(Hip Outcome Score)의 일상생활 항목: 0점(가장 나쁨)부터 100점(가장 좋음)까지
scale-self-rated-improvement = 환자 스스로 느낀 호전 정도: 0퍼센트부터 100퍼센트까지
