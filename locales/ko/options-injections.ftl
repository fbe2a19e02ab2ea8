### 주사 치료 방법: 스테로이드 주사, 히알루론산(젤) 주사, 자가혈소판풍부혈장(PRP) 주사.
### 숫자는 crates/hipaid-core/content/options/steroid-injection.toml,
### hyaluronic-acid.toml, prp.toml에 있습니다. 앱이 각 숫자를 이름표 옆에 보여 줍니다.
### 이 글에는 숫자를 쓰지 않습니다.
### 사람 수로 세는 결과의 이름표는 "100명 중 N명은 …" 뒤에 이어지도록 서술어(-습니다)로 끝나고,
### 점수 변화나 숫자가 없는 결과의 이름표는 명사형으로 끝납니다.

## 스테로이드 주사

option-steroid-injection-name = 스테로이드 주사
option-steroid-injection-summary = 의사가 스테로이드를 주사합니다. 스테로이드는 부기를 가라앉히는 강한 약입니다.
    보통 마취약과 섞어서 놓습니다.
    관절 안의 문제라면 고관절 안에 놓습니다.
    초음파나 엑스레이 화면을 보면서 바늘을 넣습니다.
    고관절 바깥쪽 통증이라면 관절 안이 아니라 아픈 힘줄 근처에 놓습니다.
    한 번 방문하면 됩니다.
    통증이 줄어든다면 그 효과는 보통 몇 주에서 몇 달 가고, 몇 년씩 가지는 않습니다.
option-steroid-injection-regulatory = 스테로이드는 허가받은 약입니다.
    고관절 관절염 진료 지침 대부분이 짧은 기간 통증을 덜어 주는 치료로 이 주사를 포함합니다.
option-steroid-injection-cost = 고관절 스테로이드 주사의 믿을 만한 가격은 찾지 못했습니다.
    보험이 적용되는지는 확인하지 못했습니다.
    예약하기 전에 병원과 보험사에 물어보세요.
# Variables:
#   $gap (String) - 주사 사이의 가장 짧은 간격, 예: "3개월"
#   $max (Number) - 한 해에 같은 부위에 놓을 수 있는 최대 횟수
repeats-steroid-injection = 제한 안에서 다시 받을 수 있습니다.
    잉글랜드의 권고에서는 주사 사이의 간격을 적어도 { $gap } 두라고 합니다.
    또 한 해에 같은 부위에 { $max }번보다 많이 맞지 말라고 합니다.
    의사는 지난번 주사가 얼마나 효과가 있었는지도 따져 봅니다.

step-steroid-injection-check = 의사가 이 주사가 환자분께 맞는지 확인합니다.
    당뇨병이나 감염이 있거나, 수술이 예정되어 있다면 알려 주세요.
step-steroid-injection-image = 관절 안에 놓는 주사라면, 의사가 초음파나 엑스레이 화면을 씁니다.
    화면을 보면서 바늘을 고관절 깊숙이 넣습니다.
step-steroid-injection-inject = 피부를 소독합니다.
    의사가 스테로이드와 마취약을 주사합니다.
step-steroid-injection-after = 스테로이드가 도움이 된다면, 며칠 안에 효과가 나타나기 시작하는 경우가 많습니다.
    열이 나거나, 빨갛게 되거나, 통증이 계속 심해지면 바로 진료를 받으세요.

factor-steroid-injection-diabetes = 당뇨병이 있다면 며칠 동안 혈당이 오를 가능성이 높습니다.
    혈당은 처음 하루나 이틀 동안 가장 많이 오릅니다.
    혈당 조절이 잘 안 되거나 인슐린을 쓰고 있다면 더 많이 오릅니다.
    혈당을 어떻게 확인할지 담당 의료진과 미리 계획하세요.
factor-steroid-injection-replacement-planned = 앞으로 몇 달 안에 인공 고관절 치환술을 받을 수도 있다면, 시기에 대해 상의하세요.
    고관절 주사를 맞고 얼마 지나지 않아 인공 고관절을 넣었을 때 감염 위험이 더 높았습니다.
    간격이 더 길 때는 연구에서 위험이 더 높지 않았습니다.
factor-steroid-injection-repeated-injections = 오랫동안 주사를 여러 번 맞으면 관절이 상할 수 있습니다.
    무릎 연구에서, 몇 년 동안 정기적으로 주사를 맞았더니 식염수보다 연골이 더 많이 줄었습니다.
    연골은 뼈의 끝부분을 덮는 매끄러운 층입니다.
    이 주사들은 오래가는 통증 감소 효과도 없었습니다.
    고관절에서도 같은 일이 생기는지는 모릅니다.
factor-steroid-injection-joint-swelling = 한 임상시험에서, 이 주사가 도움이 된 정도는 사람마다 달랐습니다.
    영상 검사에서 관절 안에 부기나 액체가 보일 때 더 도움이 되었습니다.

outcome-steroid-pain-relief-2m = 통증이 눈에 띄게 줄어듭니다(적어도 오분의 일 이상)
outcome-steroid-pain-relief-2m-note = 작은 임상시험이었습니다.
    당뇨병이 있는 사람은 포함하지 않았습니다.
    가짜 주사 집단이 대부분의 임상시험보다 덜 좋아졌기 때문에, 이 숫자는 효과를 실제보다 크게 보여 줄 수 있습니다.
    가짜 주사에는 마취약과 식염수가 들어 있었습니다.
outcome-steroid-pain-half-2m = 통증이 크게 줄어듭니다(적어도 절반 이상)
outcome-steroid-pain-half-2m-note = 같은 작은 임상시험입니다.
    효과를 실제보다 크게 보여 줄 수 있습니다.
outcome-steroid-pain-relief-3m = 통증이 눈에 띄게 줄어듭니다(적어도 오분의 일 이상)
outcome-steroid-pain-relief-3m-note = 같은 작은 임상시험을 나중에 다시 살펴본 결과입니다.
    더 큰 문헌 고찰에서는 이 시점에는 효과가 있었지만, 그 뒤의 시점에는 없었습니다.
outcome-steroid-extra-vs-advice = 다른 집단보다 통증 점수가 더 줄어든 정도
outcome-steroid-extra-vs-advice-note = 이 숫자는 두 집단 사이의 차이입니다.
    주사 후 몇 달 동안의 평균입니다.
    전체 변화가 아닙니다.
    두 집단 모두 조언과 정보를 받았습니다.
outcome-steroid-extra-vs-numbing = 다른 집단보다 통증 점수가 더 줄어든 정도
outcome-steroid-extra-vs-numbing-note = 스테로이드는 마취약 주사보다 아주 조금 더 나았을 뿐입니다.
    이 임상시험으로는 실제 차이가 없을 가능성을 배제할 수 없었습니다.
    그래서 효과의 일부는 주사를 맞았다는 것 자체에서 올 수 있습니다.
outcome-steroid-fai-benefit = 통증 감소
no-data-steroid-fai-benefit = 고관절 충돌 증후군이나 비구순 파열에 이 주사를 시험한 것은 작은 임상시험 한 건뿐입니다.
    그 연구에서 보여 드릴 수 있는 숫자는 찾지 못했습니다.
    통증이 줄어들더라도 짧은 기간일 것으로 예상됩니다.
outcome-steroid-gtps-success-8w = 치료가 효과가 있었다고 말합니다(그 임상시험에서 정한 성공 기준)
outcome-steroid-gtps-success-8w-note = 여기서는 관절 안이 아니라 고관절 옆, 아픈 힘줄 근처에 주사를 놓습니다.
    같은 임상시험에서 이 시점에는 교육과 운동 프로그램이 주사보다 더 나았습니다.
outcome-steroid-gtps-recovered-3m = 회복되었다고 말합니다
outcome-steroid-gtps-recovered-12m = 회복되었다고 말합니다
outcome-steroid-gtps-recovered-12m-note = 이때쯤에는 일반적인 진료를 받은 사람들도 비슷하게 좋아졌습니다.
    주사는 통증을 더 빨리 덜어 주었지만, 오래가는 이점은 없었습니다.
outcome-steroid-inflammatory-benefit = 관절의 통증과 부기 감소
no-data-steroid-inflammatory-benefit = 약을 쓰는데도 관절 한 곳이나 몇 곳에 염증이 계속될 때, 전문가들은 관절 주사를 인정합니다.
    고관절에 대한 숫자는 찾지 못했습니다.
    주된 치료는 온몸에 작용하는 약입니다.
outcome-steroid-septic-arthritis = 관절 안에 세균 감염(화농성 관절염)이 생겨 급히 치료를 받아야 합니다
outcome-steroid-septic-arthritis-note = 드문 일입니다.
    이 숫자는 의료 기록을 살펴본 큰 연구에서 나왔습니다.
    한 연구에서는 주사를 맞지 않은 비슷한 사람들보다 비율이 높지 않았습니다.
    열이 나거나, 빨갛게 되거나, 통증이 계속 심해지면 바로 진료를 받으세요.
outcome-steroid-rapid-joint-damage = 관절 손상이 매우 빠르게 심해집니다
outcome-steroid-rapid-joint-damage-note = 의사들은 이것을 급속 진행성 관절염이라고 부릅니다.
    이 숫자는 주사 전후의 영상 검사가 있는 기록을 살펴본 연구에서 나왔습니다.
    일부 특정 집단에서는 더 높은 비율이 보고되었습니다.
    하지만 임상시험에서는 이 문제가 보고되지 않았습니다.
    조건을 맞춘 비교군이 있는 한 연구에서는 손상이 더 많지 않았습니다.
    주사 후 얼마 동안 살펴보았는지는 분명하게 보고되지 않았습니다.
    실제 위험은 확실하지 않습니다.
outcome-steroid-replacement-infection = 주사를 맞고 얼마 지나지 않아 넣은 인공 고관절에 감염이 생깁니다
outcome-steroid-replacement-infection-note = 주사를 맞고 몇 달 안에 인공 고관절 치환술을 받는 경우에만 해당합니다.
    비교 대상의 숫자는 추정치입니다.
    간격이 더 길 때는 연구에서 위험이 더 높지 않았습니다.
outcome-steroid-flare = 주사 후 잠깐 통증이 심해집니다
outcome-steroid-flare-note = 통증은 몇 시간 안에 심해지고, 보통 하루 안에 가라앉습니다.
    흔히 인용되는 숫자입니다.
    이것을 센 고관절 연구는 찾지 못했습니다.
outcome-steroid-gtps-flare = 주사 후 잠깐 통증이 심해짐
no-data-steroid-gtps-flare = 고관절에 놓는 이 주사 후 통증이 잠깐 심해지는 경우를 센 숫자는 찾지 못했습니다.
    힘줄 근처에 주사를 놓은 어깨 연구에서는, 많은 사람이 잠깐 통증이 심해졌습니다.
    그 연구는 다른 측정 방법을 썼습니다.

## 히알루론산 주사(젤 주사)

option-hyaluronic-acid-name = 히알루론산 주사(젤 주사)
option-hyaluronic-acid-summary = 의사가 고관절 안에 젤을 주사합니다.
    영상 검사 화면을 보면서 바늘을 넣습니다.
    이 젤은 관절이 더 부드럽게 움직이도록 하기 위한 것입니다.
    제품에 따라 한 번만 맞기도 하고, 짧은 기간 여러 번 맞기도 합니다.
    잘 설계된 임상시험에서 식염수를 넣은 가짜 주사보다 나은 효과가 없었습니다.
    많은 사람은 어떤 주사든 맞고 나면 좋아졌다고 느낍니다. 가짜 주사도 마찬가지입니다.
option-hyaluronic-acid-regulatory = 고관절에 쓰는 이 젤에 대한 규제 기관의 발표는 찾지 못했습니다.
    저희가 찾은 미국의 보험 지급 규정은 무릎에만 적용됩니다.
    그래서 고관절 주사는 보통 본인이 비용을 냅니다.
option-hyaluronic-acid-cost = 고관절 젤 주사의 믿을 만한 가격은 찾지 못했습니다.
    저희가 찾은 보험 규정은 무릎에만 비용을 지급하므로, 본인이 비용을 낼 가능성이 높습니다.
    먼저 전체 과정의 총 가격을 물어보세요.
repeats-hyaluronic-acid = 고관절에 이 주사를 다시 맞는 것에 대한 규정이나 연구는 찾지 못했습니다.

step-hyaluronic-acid-check = 의사가 고관절을 살펴봅니다.
    제품에 대해, 그리고 주사를 몇 번 맞아야 하는지 설명합니다.
step-hyaluronic-acid-image = 초음파나 엑스레이 화면을 보면서 바늘을 고관절 깊숙이 넣습니다.
step-hyaluronic-acid-inject = 의사가 관절 안에 젤을 주사합니다.
step-hyaluronic-acid-course = 어떤 제품은 정해진 간격을 두고 여러 번 맞아야 합니다.

factor-hyaluronic-acid-insurance = 미국 보험에 가입되어 있다면 먼저 확인하세요.
    저희가 찾은 보험 지급 규정은 고관절이 아니라 무릎의 젤 주사에만 적용됩니다.
factor-hyaluronic-acid-replacement-planned = 곧 인공 고관절 치환술을 받을 수도 있다면, 시기에 대해 물어보세요.
    고관절 주사를 맞고 얼마 지나지 않아 인공 고관절을 넣었을 때 감염이 더 많았다는 연구가 있습니다.
    이 연구는 대부분 스테로이드 주사에 대한 것이었습니다.
    다른 주사에도 해당하는지는 아직 의견이 엇갈립니다.
factor-hyaluronic-acid-placebo-response = 어떤 관절 주사든 맞고 나면 통증이 줄어드는 경우가 많습니다. 식염수를 맞아도 마찬가지입니다.
    이 효과가 몇 달 동안 갈 수도 있습니다.
    그래서 젤 주사 후 좋아졌다고 해서 젤 덕분이라는 뜻은 아닙니다.

outcome-hyaluronic-acid-benefit = 가짜 주사보다 통증 감소나 움직임 개선
no-data-hyaluronic-acid-benefit = 잘 설계된 임상시험에서 젤을 식염수 가짜 주사와 비교했습니다.
    그 뒤 몇 달 동안 젤이 통증을 더 줄이거나 움직임을 더 좋게 한다는 결과는 하나도 없었습니다.
    그래서 보여 드릴 이점의 숫자가 없습니다.
    두 집단 모두 좋아졌다고 느끼는 경우가 많았습니다. 어떤 주사든 한동안 도움이 될 수 있기 때문입니다.
outcome-hyaluronic-acid-injection-pain = 바늘이 들어간 자리에 잠깐 통증이 생깁니다
outcome-hyaluronic-acid-injection-pain-note = 젤 주사를 한 번 맞은 한 환자 집단에서 나온 숫자입니다.
    비교군은 없었습니다.
    이것을 얼마 동안 살펴보았는지는 연구에 분명하게 나와 있지 않습니다.
outcome-hyaluronic-acid-side-effects = 그 밖의 부작용
no-data-hyaluronic-acid-side-effects = 임상시험에서 부작용은 젤 주사와 가짜 주사에서 비슷하게 흔했습니다.
    저희가 참고한 요약 자료에는 숫자가 없었습니다.
outcome-hyaluronic-acid-septic-arthritis = 관절 안에 세균 감염(화농성 관절염)이 생겨 급히 치료를 받아야 합니다
outcome-hyaluronic-acid-septic-arthritis-note = 이 숫자는 스테로이드 주사 후에 잰 것입니다.
    관절에 바늘을 넣으면 어떤 경우든 세균이 들어갈 수 있습니다.
    젤 주사만의 위험은 따로 세지 않았습니다.

## 자가혈소판풍부혈장(PRP) 주사

option-prp-name = 자가혈소판풍부혈장(PRP) 주사
option-prp-summary = 팔에서 피를 뽑습니다.
    기계로 피를 돌려서 혈소판을 모읍니다. 혈소판은 상처가 낫는 것을 돕는 피 속의 아주 작은 성분입니다.
    의사가 초음파 화면을 보면서 이것을 고관절에 주사합니다.
    병원에서는 여러 번 맞는 과정으로 파는 경우가 많습니다.
    가짜 주사와 비교한 유일한 고관절 임상시험에서, PRP는 식염수보다 나은 효과가 없었습니다.
    고관절 바깥쪽 통증에서는, 한 임상시험에서 스테로이드 주사보다 더 나았습니다.
option-prp-regulatory = PRP는 병원에서 환자분 자신의 피로 만듭니다.
    PRP를 고관절 관절염이나 고관절 바깥쪽 통증의 치료로 허가한 경우는 찾지 못했습니다.
    고관절 관절염 진료 지침은 PRP를 권하지 않습니다.
    일부 병원은 PRP를 재생 치료, 곧 조직을 다시 자라게 하는 치료라고 부릅니다.
    미국 의약품 규제 기관은 뼈나 관절 문제에 허가받은 재생 치료는 하나도 없다고 말합니다.
option-prp-cost = 보험이 적용되지 않아서 보통 본인이 비용을 냅니다.
    표시된 가격은 주사 한 번의 가격입니다.
    미국 병원의 일반적인 가격이지만, 더 싸게 받는 곳도 있고 더 비싸게 받는 곳도 있습니다.
    병원에서는 여러 번 맞는 과정으로 파는 경우가 많으니, 먼저 총 가격을 물어보세요.
repeats-prp = 한 과정은 보통 여러 번의 주사로 되어 있고, 흔히 한 주에 한 번씩 맞습니다.
    과정을 다시 받는 것에 대한 연구는 찾지 못했습니다.

variant-prp-leukocyte-rich = 백혈구가 많은 PRP는 백혈구를 더 많이 남겨 둡니다.
variant-prp-leukocyte-poor = 백혈구가 적은 PRP는 백혈구를 대부분 걸러 냅니다.

step-prp-blood = 간호사나 의사가 팔에서 피를 조금 뽑습니다.
step-prp-spin = 기계로 피를 돌려서 혈소판을 따로 모읍니다.
step-prp-inject = 의사가 초음파 화면을 보면서 PRP를 고관절 안이나 옆에 주사합니다.
step-prp-course = 주사를 더 맞으러 다시 올 수 있습니다. 보통 한 주 간격입니다.

factor-prp-placebo-response = 어떤 주사든 맞고 나면 통증이 줄어드는 경우가 많습니다. 식염수를 맞아도 마찬가지입니다.
    고관절 임상시험에서, 식염수를 맞은 사람도 PRP를 맞은 사람만큼 좋아졌습니다.
    그래서 PRP 주사 후 좋아졌다고 해서 PRP 덕분이라는 뜻은 아닙니다.
factor-prp-arthritis-grade = 가짜 주사와 비교한 유일한 고관절 임상시험은 관절염이 가볍거나 중간 정도인 사람들을 대상으로 했습니다.
    심한 관절염에 대해서는 아는 것이 더 적습니다.
factor-prp-preparation = 병원마다 PRP를 만드는 방법이 다릅니다.
    혈소판과 백혈구의 양도 다릅니다.
    그래서 결과를 비교하기 어렵습니다.
    병원에서 어떻게 만드는지 물어보세요.
factor-prp-cost = 보통 보험이 적용되지 않습니다.
    병원에서는 여러 번 맞는 과정으로 파는 경우가 많아서 비용이 늘어납니다.
factor-prp-replacement-planned = 곧 인공 고관절 치환술을 받을 수도 있다면, 시기에 대해 물어보세요.
    고관절 주사를 맞고 얼마 지나지 않아 인공 고관절을 넣었을 때 감염이 더 많았다는 연구가 있습니다.
    이 연구는 대부분 스테로이드 주사에 대한 것이었습니다.
    다른 주사에도 해당하는지는 아직 의견이 엇갈립니다.

outcome-prp-hip-oa-vs-saline = 식염수 주사보다 통증 감소
no-data-prp-hip-oa-vs-saline = PRP를 식염수 가짜 주사와 비교한 고관절 임상시험은 작은 연구 한 건뿐입니다.
    두 집단 모두 좋아졌고, 어느 시점에서도 PRP가 더 낫지 않았습니다.
    그 연구에서 보여 드릴 수 있는 숫자는 없습니다.
    다른 고관절 연구에는 비교군이 없었습니다.
outcome-prp-knee-pain-vs-saline = 통증 점수의 변화(무릎 연구)
outcome-prp-knee-pain-vs-saline-note = 이 큰 임상시험은 고관절이 아니라 무릎을 대상으로 했습니다.
    PRP와 식염수는 통증을 비슷하게 줄였습니다.
    무릎의 결과가 고관절에도 맞지 않을 수 있습니다.
outcome-prp-gtps-vs-steroid = 뚜렷하게 좋아집니다(그 임상시험에서 정한 기준)
outcome-prp-gtps-vs-steroid-note = 이 임상시험은 고관절 바깥쪽 힘줄 통증이 있는 사람들을 대상으로 했습니다.
    PRP를 스테로이드 주사와 비교했습니다.
    가짜 주사가 없어서, 효과 중 얼마만큼이 PRP 자체 덕분인지 알 수 없습니다.
    처음 몇 주 동안은 두 집단이 비슷했습니다.
    스테로이드 주사가 효과가 없었던 일부 사람은 그 뒤 PRP로 바꾸었습니다.
outcome-prp-hip-oa-side-effects = 주사 후 통증이나 부기
no-data-prp-hip-oa-side-effects = 고관절 PRP에 대한 문헌 고찰들은 대부분 가벼운 문제를 보고했습니다.
    바늘이 들어간 자리의 통증이나 부기였습니다.
    심각한 해는 찾지 못했습니다.
    가벼운 문제가 얼마나 자주 생기는지 밝힌 자료는 없었습니다.
outcome-prp-septic-arthritis = 관절 안에 세균 감염(화농성 관절염)이 생겨 급히 치료를 받아야 합니다
outcome-prp-septic-arthritis-note = 이 숫자는 스테로이드 주사 후에 잰 것입니다.
    관절에 바늘을 넣으면 어떤 경우든 세균이 들어갈 수 있습니다.
    PRP만의 위험은 따로 세지 않았습니다.
outcome-prp-gtps-side-effects = 부작용
no-data-prp-gtps-side-effects = 저희가 참고한 임상시험 요약에는 부작용이 보고되지 않았습니다.
    이 용도에 대한 다른 숫자도 찾지 못했습니다.
