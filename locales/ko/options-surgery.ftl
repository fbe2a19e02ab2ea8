### 수술 치료 방법: 인공 고관절 치환술, 고관절 관절경 수술(작은 구멍으로 하는 수술), 중심 감압술.
### 숫자는 crates/hipaid-core/content/options/에 있고, 앱이 이 말 옆에 보여 줍니다.
### 사람 수로 세는 결과의 이름표는 "100명 중 N명은 …" 뒤에 이어지도록 서술어(-습니다)로 끝나고,
### 점수 변화나 숫자가 없는 결과의 이름표는 명사형으로 끝납니다.

## 인공 고관절 치환술

option-hip-replacement-name = 인공 고관절 치환술
option-hip-replacement-summary =
    외과 의사가 닳은 대퇴골두와 비구를 떼어 내고 인공 관절을 넣습니다.
    큰 수술입니다.
    많은 사람이 며칠 동안 입원하고, 같은 날 집에 가는 사람도 있습니다.
    평소 생활로 돌아가는 데 몇 주가 걸리고, 완전히 회복하는 데는 몇 달이 걸릴 수 있습니다.
option-hip-replacement-regulatory = 오랫동안 해 온 표준 수술입니다.
option-hip-replacement-cost =
    이 가격은 병원들이 비용을 직접 내는 사람에게 알려 준 가격입니다.
    병원마다 차이가 매우 큽니다.
    보험사에 청구된 평균 금액은 이 범위에서 낮은 쪽에 가까웠습니다.
    보험과 메디케어(Medicare)는 조건에 맞으면 보통 비용을 냅니다.
    그래도 일부는 본인이 내야 할 수 있으니, 보험사에 물어보세요.

step-hip-replacement-assess = 외과 의사가 고관절, 엑스레이, 전반적인 건강 상태를 살펴봅니다.
step-hip-replacement-prepare =
    수술 전에 체중, 흡연, 혈당을 관리해 달라는 요청을 받을 수 있습니다.
    그러면 위험이 줄어듭니다.
step-hip-replacement-operation =
    잠든 상태(전신 마취)에서, 또는 허리 아래를 마취한 상태에서 수술합니다.
    외과 의사가 닳은 부분을 떼어 내고 새 관절을 맞춰 넣습니다.
step-hip-replacement-hospital =
    많은 사람이 짧게 입원합니다.
    미국에서는 같은 날 집에 가는 사람이 많습니다.
step-hip-replacement-recover =
    처음에는 목발이나 지팡이를 짚고 걷습니다.
    집에서 하거나 물리치료사와 함께 하는 운동이 다시 튼튼해지도록 돕습니다.

milestone-hip-replacement-crutches = 목발이나 지팡이 그만 쓰기
milestone-hip-replacement-driving = 다시 운전하기(안전하게 멈출 수 있고, 강한 진통제가 더는 필요 없을 때)
milestone-hip-replacement-work = 다시 일하기(힘든 육체노동은 더 늦게)
milestone-hip-replacement-low-impact-sport = 골프, 수영, 자전거 같은 가벼운 운동
milestone-hip-replacement-full-benefit = 효과를 모두 누리기(어떤 사람은 이만큼 걸림)

repeats-hip-replacement =
    인공 고관절 치환술은 한 번 하는 것을 전제로 합니다.
    새 관절에 문제가 생기면, 재치환술이라는 두 번째 수술로 일부를 바꿀 수 있습니다.

## 인공 고관절 치환술: 이점

outcome-hip-replacement-oxford-6m = 옥스퍼드 고관절 점수의 평균 상승
outcome-hip-replacement-oxford-6m-note =
    심한 고관절 골관절염이 있는 노인을 대상으로 한 임상시험에서 나온 숫자입니다.
    운동 집단의 일부는 임상시험이 끝나기 전에 수술을 받았습니다.
    다른 고관절 질환에 대해서는 이런 임상시험을 찾지 못했습니다.
outcome-hip-replacement-meaningful-improvement-12m = 눈에 띄게 좋아졌다고 느낍니다
outcome-hip-replacement-meaningful-improvement-12m-note =
    무작위 임상시험이 아니었습니다. 비슷한 조건의 다른 사람들과 짝을 지어 비교했습니다.
    모두 고관절 골관절염이 있었습니다.
    다른 고관절 질환에 대한 결과는 찾지 못했습니다.
outcome-hip-replacement-still-in-place-10y = 재수술 없이 처음 넣은 인공 고관절을 그대로 쓰고 있습니다
outcome-hip-replacement-still-in-place-10y-note =
    국가 인공관절 등록 자료에서 나온 숫자이며, 대부분 골관절염 환자입니다.
    인공 고관절은 나이 든 사람에게서, 그리고 뼈 시멘트로 고정했을 때 더 오래갑니다.
outcome-hip-replacement-still-in-place-25y = 재수술 없이 처음 넣은 인공 고관절을 그대로 쓰고 있습니다
outcome-hip-replacement-still-in-place-25y-note =
    모든 사람을 세는 국가 인공관절 등록 자료에서 나온 숫자입니다.
    외과 의사 한 명의 보고에서는 숫자가 더 높았습니다.
    이 인공 고관절들은 오래전에 넣은 것입니다. 요즘 넣는 것은 더 오래갈 수도 있고, 아닐 수도 있습니다.

## 인공 고관절 치환술: 해

outcome-hip-replacement-persistent-pain = 수술하고 오랜 시간이 지나도 괴로운 통증이 남아 있습니다
outcome-hip-replacement-persistent-pain-note =
    연구마다 결과가 많이 달랐습니다.
    이 연구에 참여한 사람은 대부분 골관절염이 있었습니다.
outcome-hip-replacement-death-90d = 수술 후 사망합니다(원인과 관계없이)
outcome-hip-replacement-death-90d-note =
    이 숫자는 해가 갈수록 줄었고, 예전 연구에서는 사망이 더 많았습니다.
    모든 인공 고관절 치환술에서 나온 숫자이며, 대부분 골관절염 때문에 받은 수술입니다.
outcome-hip-replacement-dislocation = 새 고관절이 제자리에서 빠집니다(탈구)
outcome-hip-replacement-dislocation-note =
    낮은 숫자는 최근 연구에서 나왔습니다.
    높은 숫자에는 예전 연구도 들어 있습니다.
    이 연구에 참여한 사람은 대부분 골관절염이 있었습니다.
outcome-hip-replacement-infection = 새 고관절 깊은 곳에 감염이 생깁니다
outcome-hip-replacement-infection-note =
    이런 경우 많은 사람이 수술을 한 번 더 받아야 했습니다.
    이 숫자는 큰 국가 등록 자료에서 나왔습니다.
    대부분 골관절염이 있는 사람이었습니다.
outcome-hip-replacement-blood-clots = 다리나 폐에 증상을 일으키는 혈전(피떡)이 생깁니다
outcome-hip-replacement-blood-clots-note =
    혈전을 막는 데 도움이 되는 약을 씁니다.
    높은 숫자는 인공 무릎 관절 수술도 함께 포함한 임상시험에서 나왔습니다.
    그 임상시험에서는 약의 종류에 따라 차이가 있었습니다.
outcome-hip-replacement-leg-length = 한쪽 다리가 다른 쪽보다 길다고 느낍니다
outcome-hip-replacement-leg-length-note =
    이 사람들 대부분은 재 보았을 때 차이가 없었습니다.
    그래도 이렇게 느끼는 것은 고관절 점수가 더 나쁜 것과 관련이 있었습니다.

factor-hip-replacement-weight = 체중이 많이 나가면 수술의 위험이 높아집니다. 먼저 체중을 관리해 달라는 요청을 받을 수 있습니다.
factor-hip-replacement-smoking = 담배를 피우면 수술의 위험이 높아집니다. 먼저 담배를 끊어 달라는 요청을 받을 수 있습니다.
factor-hip-replacement-diabetes = 혈당 조절이 잘 안 되면 위험이 높아집니다. 먼저 혈당을 낮춰 달라는 요청을 받을 수 있습니다.
factor-hip-replacement-recent-injection =
    수술 전 몇 달 안에 고관절 주사를 맞으면 새 고관절에 감염이 더 많이 생기는 것과 관련이 있습니다.
    최근에 주사를 맞았다면 외과 의사에게 알려 주세요.
factor-hip-replacement-older-age =
    나이 든 사람에게는 외과 의사가 뼈 시멘트로 새 고관절을 고정할 수 있습니다.
    그러면 그 주변의 뼈가 부러질 위험이 줄어듭니다.
    또 나이 든 사람은 새 고관절을 다시 수술해야 하는 경우가 더 적습니다.

## 고관절 관절경 수술(작은 구멍으로 하는 수술)

option-hip-arthroscopy-name = 고관절 관절경 수술(작은 구멍으로 하는 수술)
option-hip-arthroscopy-summary =
    작은 구멍을 통해 고관절을 수술하는 방법입니다.
    외과 의사가 작게 짼 자리로 아주 작은 카메라와 기구를 넣어 수술합니다.
    튀어나온 뼈를 다듬고, 비구순이라고 부르는 비구의 찢어진 테두리를 꿰매거나 다듬을 수 있습니다.
    완전히 잠든 상태에서 수술하고, 대부분 같은 날 집에 갑니다.
option-hip-arthroscopy-regulatory =
    표준 수술입니다.
    고관절 충돌 증후군에서는 이 수술이 적절한 선택 중 하나라는 데 전문가들이 동의합니다.
    물리치료사와 함께하는 운동도 또 하나의 선택입니다.
option-hip-arthroscopy-cost =
    이 수술의 믿을 만한 미국 가격은 찾지 못했습니다.
    얼마를 내야 하는지 병원과 보험사에 물어보세요.

step-hip-arthroscopy-assess =
    통증, 진찰 결과, 영상 검사 결과가 모두 같은 문제를 가리켜야 합니다.
    통증이 없는 사람도 파열이 있는 경우가 많아서, 영상 검사에서 파열이 보이는 것만으로는 충분하지 않습니다.
step-hip-arthroscopy-operation =
    완전히 잠든 상태에서 수술합니다.
    관절을 벌리기 위해 다리를 부드럽게 당깁니다.
    외과 의사가 작게 짼 자리를 통해 뼈를 다듬고, 비구순을 꿰매거나 다듬습니다.
step-hip-arthroscopy-home = 대부분 같은 날 집에 갑니다.
step-hip-arthroscopy-rehab = 몇 주 동안 목발을 쓰고, 운동 계획을 따릅니다.

milestone-hip-arthroscopy-crutches = 목발 그만 쓰기
milestone-hip-arthroscopy-desk-work = 다시 사무직 일하기
milestone-hip-arthroscopy-sport = 다시 운동하기
milestone-hip-arthroscopy-full-benefit = 효과를 모두 누리기(그때까지 고관절이 계속 좋아질 수 있음)

repeats-hip-arthroscopy =
    한 번 하는 것을 전제로 합니다.
    같은 고관절에 두 번째 수술이 필요하거나, 나중에 인공 고관절 치환술이 필요한 사람도 있습니다.
    그 숫자는 해와 함께 보여 드립니다.

## 고관절 관절경 수술: 이점

outcome-hip-arthroscopy-ihot-pooled = iHOT 고관절 점수의 평균 상승
outcome-hip-arthroscopy-ihot-pooled-note =
    고관절 충돌 증후군 환자를 대상으로 한 임상시험에서 나온 숫자입니다. 많은 사람이 비구순 파열도 있었습니다.
    두 집단 모두 좋아졌습니다.
    수술로 더 좋아진 정도는 사람들이 느낄 수 있는 가장 작은 변화와 비슷했습니다.
outcome-hip-arthroscopy-fashion-12m = 다른 집단보다 더 오른 iHOT 고관절 점수
outcome-hip-arthroscopy-fashion-12m-note =
    고관절 충돌 증후군 환자를 대상으로 한 영국 임상시험에서 나온 숫자입니다.
    이 숫자는 임상시험 책임 외과 의사가 쓴 요약에서 나왔고, 정확한 범위는 확인할 수 없었습니다.
    첫해에는 수술이 드는 비용만큼의 가치가 있다는 것이 입증되지 않았습니다.
outcome-hip-arthroscopy-hip-oa-benefit = 통증 감소나 고관절 사용 개선
no-data-hip-arthroscopy-hip-oa-benefit =
    관절염이 이미 시작된 경우, 연구에서 좋아진 정도가 더 작았습니다.
    관절염이 있는 사람에게 이 수술과 물리치료를 비교한 임상시험은 찾지 못했습니다.
outcome-hip-arthroscopy-hip-oa-delay = 인공 고관절 치환술이 필요한 시기를 늦춤
no-data-hip-arthroscopy-hip-oa-delay =
    관절염이 있을 때 이 수술이 인공 고관절 치환술을 늦춘다는 연구는 없습니다.
    오히려 관절염이 있는 사람은 수술 후 곧 인공 고관절 치환술이 필요한 경우가 더 많습니다.

## 고관절 관절경 수술: 해

outcome-hip-arthroscopy-major-complications = 수술 때문에 심각한 문제가 생깁니다
outcome-hip-arthroscopy-minor-complications = 가벼운 문제가 생깁니다(관절 표면이 긁히거나, 감각이 둔해졌다가 돌아오는 것 등)
outcome-hip-arthroscopy-nerve-palsy = 신경 문제가 생깁니다(감각이 둔해지거나 힘이 빠지는 것 등)
outcome-hip-arthroscopy-nerve-palsy-note =
    이 숫자는 많은 수술을 살펴본 더 큰 문헌 고찰에서 나왔습니다.
    저희는 그 짧은 요약만 보았습니다.
    가벼운 문제(감각이 둔해졌다가 돌아오는 것 포함)와 겹칠 수 있습니다.
outcome-hip-arthroscopy-reoperation = 같은 고관절에 수술을 한 번 더 받아야 합니다
outcome-hip-arthroscopy-later-replacement = 나중에 인공 고관절 치환술이 필요합니다
outcome-hip-arthroscopy-later-replacement-note =
    낮은 숫자는 골라 뽑은 연구 집단에서 나왔습니다.
    높은 숫자는 한 나라의 전체 인구에서 나왔습니다.
outcome-hip-arthroscopy-later-replacement-arthritis = 한 해 안에 인공 고관절 치환술이 필요합니다
outcome-hip-arthroscopy-later-replacement-arthritis-note =
    이미 관절염이 있거나 연골이 닳은 나이 든 사람에 대한 숫자입니다.
    임상시험이 아니라 전문가의 문헌 고찰에서 나왔습니다.

factor-hip-arthroscopy-existing-arthritis =
    관절염이 이미 시작되었다면 이점이 더 작습니다.
    또 수술 후 곧 인공 고관절 치환술이 필요한 경우가 더 많습니다.
factor-hip-arthroscopy-older-age = 나이 든 사람은 나중에 인공 고관절 치환술이 필요해지는 경우가 더 많습니다.

## 중심 감압술

option-core-decompression-name = 중심 감압술
option-core-decompression-summary =
    대퇴골두의 뼈가 죽기 시작한 초기에, 대퇴골두가 내려앉기 전에 하는 수술입니다.
    외과 의사가 죽은 뼈에 넓은 통로 하나나 가는 통로 여러 개를 뚫습니다.
    뼈 속 압력을 줄이고 뼈가 회복되도록 돕기 위한 것입니다.
    수술 뒤 한동안은 그 다리에 체중을 다 싣지 않도록 합니다.
option-core-decompression-regulatory =
    표준 수술입니다.
    미국의 한 대형 보험사는 대퇴골두가 내려앉기 전에는 필요한 치료로 보지만, 내려앉은 뒤에는 입증되지 않은 치료로 봅니다.
option-core-decompression-cost =
    이 수술의 가격은 찾지 못했습니다.
    미국의 한 대형 보험사는 대퇴골두가 내려앉기 전에는 이 수술 비용을 냅니다.
    본인이 얼마를 내야 하는지 보험사에 물어보세요.

step-core-decompression-assess =
    MRI 검사나 엑스레이로 단계를 확인합니다.
    이 수술은 대퇴골두가 아직 둥근 모양인 고관절에 합니다.
step-core-decompression-operation =
    마취를 합니다.
    외과 의사가 뼈의 죽은 부분에 넓은 통로 하나나 가는 통로 여러 개를 뚫습니다.
step-core-decompression-protect =
    수술 뒤 한동안은 그 다리에 체중을 다 싣지 않도록 합니다.
    저희가 참고한 자료에서는 그 기간이 정해져 있지 않았습니다.

repeats-core-decompression =
    이 수술을 다시 하는 것에 대한 연구는 찾지 못했습니다.
    대퇴골두가 내려앉으면, 다음 단계는 인공 고관절 치환술인 경우가 많습니다.

## 중심 감압술: 이점

outcome-core-decompression-no-progression-early = 엑스레이에서 나빠진 것이 보이지 않습니다
outcome-core-decompression-no-progression-early-note =
    가장 좋은 경우의 숫자입니다. 가장 이른 단계이고, 죽은 부위가 작은 경우입니다.
    치료하지 않은 집단이 없는 예전 연구에서 나왔습니다.
outcome-core-decompression-collapse = 수술을 받아도 대퇴골두가 내려앉습니다
outcome-core-decompression-collapse-note =
    여기서는 숫자가 적을수록 좋습니다.
    초기 단계 고관절에 대한 큰 연구에서 나온 숫자이며, 비교할 치료하지 않은 집단은 없었습니다.
    이런 연구는 사람들을 몇 년 동안 지켜봅니다.
outcome-core-decompression-vs-no-operation = 수술하지 않는 것보다 나은 결과
no-data-core-decompression-vs-no-operation =
    이 수술을 수술하지 않는 것과 비교한 연구는 찾지 못했습니다.
    어떤 연구는 수술한 고관절만 살펴보았습니다.
    다른 연구는 다른 종류의 수술과 비교했습니다.

## 중심 감압술: 해

outcome-core-decompression-harms = 수술의 해
no-data-core-decompression-harms =
    저희가 참고한 자료에는 이 수술의 해에 대한 숫자가 없었습니다.
    어떤 수술이든 위험이 있습니다.
    어떤 해가 생길 수 있는지, 얼마나 자주 보는지 외과 의사에게 물어보세요.

factor-core-decompression-lesion-size = 대퇴골두의 죽은 부위가 얼마나 큰지가 중요합니다. 클수록 수술 뒤 고관절이 내려앉을 가능성이 높습니다.
factor-core-decompression-cause = 스테로이드 약 때문에 뼈가 죽은 경우에는 내려앉을 가능성이 더 높습니다. 원인을 찾지 못한 경우에도 더 높습니다.
factor-core-decompression-disease-duration = 병이 생긴 지 오래되었을수록 내려앉을 가능성이 더 높습니다.
