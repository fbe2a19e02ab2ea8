### 세포를 쓰는 치료 방법: “줄기세포” 주사, 그리고 골수 세포를 더한 중심 감압술.
### 숫자는 crates/hipaid-core/content/options/에 있고, 앱이 이 말 옆에 보여 줍니다.
### 사람 수로 세는 결과의 이름표는 "100명 중 N명은 …" 뒤에 이어지도록 서술어(-습니다)로 끝나고,
### 점수 변화나 숫자가 없는 결과의 이름표는 명사형으로 끝납니다.

## 줄기세포 주사

option-stem-cell-injection-name = “줄기세포” 주사
option-stem-cell-injection-summary =
    병원에서 세포나 조직을 고관절 안이나 근처에 주사합니다.
    이 세포는 환자분 자신의 골수나 지방에서 얻기도 하고, 실험실에서 만들기도 하고, 다른 사람이 기증한 출산 관련 조직에서 얻기도 합니다.
    “줄기세포”라는 이름으로 팔리지만, 그중 진짜 줄기세포는 아주 적습니다.
    고관절에서 이 주사를 가짜 주사와 비교한 임상시험은 없습니다.
option-stem-cell-injection-regulatory =
    미국에서는 FDA가 뼈나 관절 문제에 줄기세포 제품을 하나도 허가하지 않았습니다.
    고관절 통증과 관절염도 여기에 포함됩니다.
    FDA가 감독하는 임상시험이 아닌데 이런 제품에 돈을 받는다면, 불법 판매의 신호일 수 있습니다.
    “FDA 등록”이나 “임상시험으로 등록됨”은 허가받았다는 뜻이 아닙니다.
    유럽의약품청도 효과가 입증되지 않은 세포 치료를 쓰지 말라고 경고합니다.
option-stem-cell-injection-cost =
    이 가격은 미국 병원의 무릎 주사 가격입니다.
    고관절 주사 가격은 찾지 못했습니다.
    보험사는 보통 비용을 내지 않으므로, 전부 본인이 내야 합니다.
    주사를 다시 맞을 때마다 비용이 늘어납니다.

variant-stem-cell-injection-bmac =
    골수 농축액: 바늘로 환자분의 골반뼈에서 골수를 뽑습니다.
    그다음 기계로 돌려서 농축합니다.
    그 세포 가운데 줄기세포는 아주 적은 부분뿐입니다.
variant-stem-cell-injection-adipose =
    지방 유래 세포: 지방 흡입으로 환자분의 몸에서 지방을 뽑습니다.
    그다음 지방을 처리해서 주사합니다.
variant-stem-cell-injection-culture-expanded =
    실험실에서 키운 세포: 실험실에서 세포를 키워 훨씬 많이 늘립니다.
    이런 세포는 약으로 취급되므로, 팔기 전에 허가를 받아야 합니다.
variant-stem-cell-injection-birth-tissue =
    출산 관련 조직 제품: 기증받은 제대혈(탯줄 혈액), 탯줄, 또는 아기를 둘러싼 양수로 만듭니다.
    환자분 자신의 세포가 아닙니다.

step-stem-cell-injection-collect =
    병원에서 재료를 모읍니다.
    골반뼈에서 골수를 뽑거나, 지방 흡입으로 지방을 뽑습니다.
    기증 제품은 대신 다른 사람에게서 얻은 것입니다.
step-stem-cell-injection-prepare = 재료를 기계로 돌리거나 처리합니다. 같은 날 하는 경우가 많습니다.
step-stem-cell-injection-inject =
    의사가 이것을 고관절에 주사합니다.
    초음파나 엑스레이 화면을 보면서 바늘을 넣습니다.
step-stem-cell-injection-after =
    같은 날 집에 갑니다.
    그 뒤에 얼마나 쉬어야 하는지에 대한 연구는 찾지 못했습니다.

repeats-stem-cell-injection =
    병원에서는 다시 맞는 주사나 “추가(부스터)” 주사를 권하는 경우가 많습니다.
    고관절에 세포 주사를 다시 맞는 것을 시험한 연구는 없습니다.
    그래서 주사 사이의 간격도 입증된 것이 없습니다.
    주사를 맞을 때마다 비용과 위험이 늘어납니다.

## 줄기세포 주사: 이점

outcome-stem-cell-injection-registry-improvement = 사람들이 스스로 평가한 고관절 호전 정도의 평균(퍼센트)
outcome-stem-cell-injection-registry-improvement-note =
    이 주사를 파는 회사가 모은 기록에서 나온 숫자입니다.
    비교군이 없었고, 사람들이 스스로 평가했습니다.
    임상시험에서는 가짜 주사도 통증을 줄여 줍니다.
    그래서 이 결과 중 얼마만큼이 세포 덕분인지 알 수 없습니다.
outcome-stem-cell-injection-registry-pain = 통증 점수의 평균 변화(낮을수록 덜 아픔)
outcome-stem-cell-injection-registry-pain-note =
    같은 회사 기록에서 나온 숫자이며, 비교군이 없습니다.
    통증은 조금 줄었지만, 없어지지는 않았습니다.
    임상시험에서는 가짜 주사도 통증을 줄여 줍니다.
outcome-stem-cell-injection-registry-oxford = 옥스퍼드 고관절 점수의 평균 상승
outcome-stem-cell-injection-registry-oxford-note =
    같은 회사 기록에서 나온 숫자이며, 비교군이 없습니다.
    사람들을 지켜본 기간은 평균 한 해가 안 되었습니다.
outcome-stem-cell-injection-hip-oa-controlled = 가짜 주사보다 통증 감소
no-data-stem-cell-injection-hip-oa-controlled =
    고관절에서 세포 주사를 가짜 주사와 비교한 임상시험은 없습니다.
    무릎 임상시험에서 골수 세포는 식염수보다 나은 효과가 없었습니다.
    무릎 임상시험에서는 영상 검사로 본 연골도 비교군보다 낫지 않았습니다.
outcome-stem-cell-injection-avn-benefit = 통증 감소나 고관절 사용 개선
no-data-stem-cell-injection-avn-benefit =
    이 질환에 세포 주사만 따로 쓴 연구는 찾지 못했습니다.
    세포는 외과 의사가 수술 중에 뼈 속에 넣는 방법으로만 시험되었습니다.
    “세포를 더한 중심 감압술”을 보세요.
outcome-stem-cell-injection-avn-collapse = 대퇴골두가 내려앉는 것을 막음
no-data-stem-cell-injection-avn-collapse =
    관절 안에 놓는 주사가 대퇴골두가 내려앉는 것을 늦추거나 막는다는 연구는 찾지 못했습니다.
outcome-stem-cell-injection-labral-tear-benefit = 통증 감소나 고관절 사용 개선
no-data-stem-cell-injection-labral-tear-benefit =
    찢어진 비구순에 세포 주사를 쓴 임상시험은 찾지 못했습니다.
    고관절 주사 연구를 모아 살펴본 문헌 고찰에서도 세포 임상시험은 하나도 없었습니다.
outcome-stem-cell-injection-labral-tear-repair = 찢어진 비구순이 아묾
no-data-stem-cell-injection-labral-tear-repair =
    주사한 세포가 찢어진 비구순을 고친다는 연구는 없습니다.
    또, 고관절 통증이 없는 많은 사람에게서도 영상 검사에서 파열이 보입니다.
outcome-stem-cell-injection-gtps-benefit = 고관절 바깥쪽 통증 감소
no-data-stem-cell-injection-gtps-benefit =
    이런 통증에 세포 주사를 쓴 임상시험은 찾지 못했습니다.
    운동과 다른 주사는 임상시험에서 시험되었습니다.

## 줄기세포 주사: 해

outcome-stem-cell-injection-registry-adverse-events = 부작용이 있었습니다(심각한 것은 없었음)
outcome-stem-cell-injection-registry-adverse-events-note =
    회사 기록에서 나온 숫자이며, 사람들이 스스로 알린 것입니다.
    기록에서 중간에 빠진 사람이 몇 명인지는 나와 있지 않았습니다.
outcome-stem-cell-injection-joint-pain = 주사 후 관절에 통증이 생깁니다
outcome-stem-cell-injection-joint-pain-note =
    이 숫자는 고관절 연구가 아니라 무릎 연구에서 나왔습니다.
    세포 주사 후 통증에 대한 고관절 숫자는 찾지 못했습니다.
outcome-stem-cell-injection-joint-fluid = 주사 후 관절 안에 액체가 고입니다
outcome-stem-cell-injection-joint-fluid-note =
    이 숫자는 고관절 연구가 아니라 무릎 연구에서 나왔습니다.
    액체가 고인 경우와 부은 경우를 따로 세어서, 같은 사람이 두 곳에 다 들어 있을 수 있습니다.
outcome-stem-cell-injection-joint-swelling = 주사 후 관절이 붓습니다
outcome-stem-cell-injection-joint-swelling-note =
    이 숫자는 고관절 연구가 아니라 무릎 연구에서 나왔습니다.
    부은 경우와 액체가 고인 경우를 따로 세어서, 같은 사람이 두 곳에 다 들어 있을 수 있습니다.
outcome-stem-cell-injection-harvest-major = 골반뼈에서 골수를 뽑은 자리에 심각한 문제가 생깁니다
outcome-stem-cell-injection-harvest-major-note =
    환자분 자신의 골반뼈에서 골수를 뽑을 때만 해당합니다.
    이 숫자는 한 병원의 기록에서 나왔습니다.
    그 자리에 생기는 가벼운 문제는 더 흔했습니다.
    그 자리에 며칠 동안 통증이 있거나, 통증이 오래가거나, 신경통이 생긴 사람도 있었습니다.
outcome-stem-cell-injection-serious-harms = 보건 당국에 보고된 심각한 해
no-data-stem-cell-injection-serious-harms =
    FDA에는 허가받지 않은 세포 제품을 맞은 뒤 눈이 멀거나, 종양이 생기거나, 감염된 사람들에 대한 보고가 들어왔습니다.
    유럽의약품청은 숨진 사람도 있다고 말합니다.
    미국에서는 세균에 오염된 제대혈 제품 때문에 입원한 사람들이 있었습니다.
    이런 일이 얼마나 자주 생기는지는 아무도 모릅니다.

factor-stem-cell-injection-younger-age =
    회사 기록에서는 나이가 젊은 사람일수록 좋아졌다고 말하는 경우가 더 많았습니다.
    비교군이 없었으므로, 이것이 세포 덕분이 아닐 수도 있습니다.

## 골수 세포를 더한 중심 감압술

option-core-decompression-cells-name = 골수 세포를 더한 중심 감압술
option-core-decompression-cells-summary =
    중심 감압술과 같이 뼈에 구멍을 뚫는 수술에, 한 단계를 더한 것입니다.
    환자분의 골반뼈에서 골수를 뽑아 농축합니다.
    그다음 외과 의사가 죽은 뼈에 뚫은 통로에 이것을 넣습니다.
    대퇴골두가 아직 내려앉지 않은 고관절에 하는 수술입니다.
option-core-decompression-cells-regulatory =
    구멍을 뚫는 수술 자체는 표준 수술입니다.
    세포를 더하는 것은 허가받은 치료가 아닙니다.
    FDA는 뼈나 관절 문제에 허가받은 세포 제품이나 “재생” 제품은 하나도 없다고 말합니다.
    미국의 한 대형 보험사는 더하는 세포를 “연구 단계”라고 부릅니다. 아직 입증되지 않았다는 뜻입니다.
    세포를 연구의 일부로 넣는 것인지 물어보세요.
option-core-decompression-cells-cost =
    이 수술의 가격은 찾지 못했습니다.
    미국의 한 대형 보험사는 더하는 세포를 입증된 치료로 보지 않습니다.
    보험사가 어디까지 비용을 내는지, 본인이 얼마를 내야 하는지 보험사에 물어보세요.

step-core-decompression-cells-assess =
    MRI 검사나 엑스레이로 단계를 확인합니다.
    이 수술은 대퇴골두가 아직 둥근 모양인 고관절에 합니다.
step-core-decompression-cells-harvest =
    마취를 합니다.
    바늘로 골반뼈에서 골수를 뽑고, 기계로 돌려서 세포를 농축합니다.
step-core-decompression-cells-operation =
    외과 의사가 대퇴골두의 죽은 부분에 구멍을 뚫습니다.
    그 통로에 세포를 넣습니다.
step-core-decompression-cells-protect =
    수술 뒤 한동안은 그 다리에 체중을 다 싣지 않도록 합니다.
    저희가 참고한 자료에서는 그 기간이 정해져 있지 않았습니다.

repeats-core-decompression-cells =
    이 수술을 다시 하는 것에 대한 연구는 찾지 못했습니다.
    대퇴골두가 내려앉으면, 다음 단계는 인공 고관절 치환술인 경우가 많습니다.

## 세포를 더한 중심 감압술: 이점

outcome-core-decompression-cells-progression = 엑스레이에서 병이 나빠집니다(다음 단계로 넘어감)
outcome-core-decompression-cells-progression-note =
    여기서는 숫자가 적을수록 좋습니다.
    이 연구들은 세포, 뼈 이식, 금속 막대처럼 여러 가지를 더한 방법을 한데 모아 분석했습니다.
    이 숫자는 세포만의 결과가 아닙니다.
    이런 연구는 사람들을 몇 년 동안 지켜봅니다.
outcome-core-decompression-cells-hhs-12m = 구멍만 뚫을 때보다 더 오른 해리스 고관절 점수
outcome-core-decompression-cells-hhs-12m-note =
    이것은 추가로 오른 점수이며, 전체 상승이 아닙니다.
    질이 중간에서 낮은 수준인 작은 임상시험 여러 건에서 나왔습니다.
outcome-core-decompression-cells-collapse = 대퇴골두가 내려앉는 것을 막음
no-data-core-decompression-cells-collapse =
    여러 연구를 모아 분석한 결과, 세포를 더했을 때 내려앉은 고관절이 더 적었습니다.
    하지만 “백 명 중 몇 명”으로 보여 드릴 수 있는 숫자는 나와 있지 않았습니다.
    많은 연구에 결함이 있었는데, 이런 결함은 치료를 실제보다 좋아 보이게 할 수 있습니다.
outcome-core-decompression-cells-replacement = 나중에 인공 고관절 치환술이 필요하지 않음
no-data-core-decompression-cells-replacement =
    임상시험에서 세포를 더했을 때 인공 고관절 치환술이 조금 더 적었습니다.
    하지만 그 차이는 우연일 수도 있습니다.

## 세포를 더한 중심 감압술: 해

outcome-core-decompression-cells-harvest-major = 골반뼈에서 골수를 뽑은 자리에 심각한 문제가 생깁니다
outcome-core-decompression-cells-harvest-major-note =
    이 숫자와 그다음 몇 개의 숫자는 한 병원의 기록에서 나왔습니다.
    바늘로 골반뼈에서 골수를 뽑은 횟수마다 하나씩 셌습니다.
outcome-core-decompression-cells-harvest-minor = 골수를 뽑은 자리에 가벼운 문제가 생깁니다
outcome-core-decompression-cells-harvest-minor-note =
    이 기록은 통증과 신경통도 따로 셌습니다.
    그중 일부는 가벼운 문제에도 함께 들어 있을 수 있습니다.
    그러니 이 숫자들을 더하지 마세요.
outcome-core-decompression-cells-harvest-early-pain = 골수를 뽑은 뒤 곧 그 자리에 통증이 생깁니다
outcome-core-decompression-cells-harvest-lasting-pain = 골수를 뽑은 자리에 통증이 오래갑니다
outcome-core-decompression-cells-harvest-nerve-pain = 골수를 뽑은 자리 근처에 신경통이 생깁니다
outcome-core-decompression-cells-surgery-harms = 구멍을 뚫는 수술의 해
no-data-core-decompression-cells-surgery-harms =
    저희가 참고한 자료에는 수술 자체의 해에 대한 숫자가 없었습니다.
    어떤 수술이든 위험이 있습니다.
    어떤 해가 생길 수 있는지, 얼마나 자주 보는지 외과 의사에게 물어보세요.

factor-core-decompression-cells-lesion-size =
    대퇴골두의 죽은 부위가 얼마나 큰지가 중요합니다. 클수록 수술 뒤 고관절이 내려앉을 가능성이 높습니다.
factor-core-decompression-cells-cause =
    스테로이드 약 때문에 뼈가 죽은 경우에는 내려앉을 가능성이 더 높습니다.
    원인을 찾지 못한 경우에도 더 높습니다.
