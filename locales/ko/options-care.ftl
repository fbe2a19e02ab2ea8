### 바늘이 필요 없는 치료 방법: 운동과 경과 관찰.
### 숫자는 crates/hipaid-core/content/options/exercise.toml과 watchful-waiting.toml에 있습니다.
### 앱이 각 숫자를 이름표 옆에 보여 줍니다. 이 글에는 숫자를 쓰지 않습니다.
### 사람 수로 세는 결과의 이름표는 "100명 중 N명은 …" 뒤에 이어지도록 서술어(-습니다)로 끝나고,
### 점수 변화나 숫자가 없는 결과의 이름표는 명사형으로 끝납니다.

## 운동과 물리치료

option-exercise-name = 운동과 물리치료
option-exercise-summary = 고관절 주변 근육을 튼튼하게 하는 운동 프로그램입니다.
    운동과 움직임의 전문가인 물리치료사가 방법을 알려 드립니다.
    고관절에 대해, 그리고 활발하게 지내는 방법에 대해서도 배웁니다.
    원하시면 체중 관리에 도움을 받을 수 있습니다.
    주사 바늘도, 수술도 없습니다.
    운동을 계속하는 동안 도움이 됩니다.
option-exercise-regulatory = 운동은 약이나 의료기기가 아니어서 어떤 기관의 허가도 필요 없습니다.
    고관절 관절염 진료 지침은 운동을 주된 치료로 꼽습니다.
option-exercise-cost = 물리치료 한 과정의 믿을 만한 가격은 찾지 못했습니다.
    얼마를 내야 하는지 병원이나 보험사에 물어보세요.
    집에서 할 수 있는 프로그램도 있습니다.
repeats-exercise = 원하는 만큼 계속할 수 있습니다.
    운동을 계속해야 좋아진 상태가 가장 잘 유지됩니다.

step-exercise-assess = 물리치료사가 고관절과 움직임을 살펴봅니다.
    환자분이 무엇을 할 수 있게 되기를 바라는지 함께 이야기합니다.
step-exercise-programme = 몇 주에 걸쳐 정해진 횟수만큼 치료를 받으러 갑니다.
    근력과 균형을 위한 운동을 배웁니다.
    고관절에 대한 정보와 통증을 다스리는 방법도 배웁니다.
step-exercise-home = 치료를 받으러 가지 않는 날에는 집에서 운동합니다.
step-exercise-keep-going = 프로그램이 끝나도 혼자서 운동을 계속합니다.
    그래야 좋아진 상태를 유지하는 데 도움이 됩니다.

factor-exercise-pain-at-start = 처음 시작할 때는 고관절이 더 아플 수 있습니다.
    진료 지침은 이런 일이 있을 수 있다고 말합니다.
    그래도 꾸준한 운동은 도움이 된다고 말합니다.
    치료사가 계획을 조정할 수 있도록 알려 주세요.
factor-exercise-weight = 진료 지침은 체중이 많이 나가는 경우 체중 감량을 도와주라고 합니다.
    저희가 찾은 고관절 임상시험 한 건에서는, 운동에 엄격한 식단을 더해도 통증이 분명하게 더 줄지는 않았습니다.
    식단은 다른 몇 가지 측정 항목에는 도움이 되었습니다.
    체중 변화는 엑스레이에서 관절염이 나빠지는 것과 관련이 없었습니다.
factor-exercise-severe-arthritis = 관절염이 심하면 운동의 도움이 더 적을 수 있습니다.
    심한 고관절 관절염 환자를 대상으로 한 임상시험에서, 인공 고관절 치환술은 근력 운동 프로그램보다 고관절 점수를 훨씬 더 많이 올렸습니다.
    운동 집단의 일부는 몇 달 안에 수술을 선택했습니다.
factor-exercise-waiting-list = 일부 사람들은 이미 인공 고관절 치환술 대기자 명단에 올라 있었습니다.
    이들은 프로그램을 마치고 곧 수술을 받는 경우가 더 많았습니다.

outcome-exercise-hip-oa-improve = 운동 덕분에 추가로 통증과 움직임이 눈에 띄게 좋아집니다
outcome-exercise-hip-oa-improve-note = 이 숫자는 운동 덕분에 더 좋아진 사람만 셉니다.
    운동을 하지 않아도 좋아지는 사람이 있습니다.
    좋아진 정도는 프로그램이 끝날 때 쟀습니다.
    프로그램이 끝나고 몇 달이 지나도 그 효과가 남아 있었습니다.
outcome-exercise-hip-oa-registry-3m = 통증 점수의 변화
outcome-exercise-hip-oa-registry-3m-note = 이 숫자는 교육과 운동을 함께하는 단체 프로그램에 참여한 많은 사람의 기록에서 나왔습니다.
    비교군은 없었습니다.
    그래서 이 변화의 일부는 프로그램이 없었어도 생겼을 수 있습니다.
outcome-exercise-hip-oa-registry-12m = 통증 점수의 변화
outcome-exercise-hip-oa-registry-12m-note = 같은 사람들을 나중에 다시 살펴본 결과입니다.
    비교군은 없었습니다.
    그래서 이 변화의 일부는 프로그램이 없었어도 생겼을 수 있습니다.
outcome-exercise-hip-oa-weight-loss = 운동에 엄격한 체중 감량 식단을 더했을 때 통증 점수의 변화
outcome-exercise-hip-oa-weight-loss-note = 두 집단 모두 같은 운동 프로그램을 했습니다.
    한 집단은 열량이 아주 낮은 식단도 함께 지켰습니다.
    통증이 더 줄어든 정도는 작아서, 대부분의 사람이 느끼지 못할 정도였습니다.
    식단 집단은 체중이 더 줄었고, 다른 몇 가지 측정 항목에서도 더 나았습니다.
outcome-exercise-gtps-success-vs-wait = 치료가 효과가 있었다고 말합니다(그 임상시험에서 정한 성공 기준)
outcome-exercise-gtps-success-vs-wait-note = 이 임상시험은 고관절 바깥쪽 힘줄 때문에 아픈 사람들을 대상으로 했습니다.
    프로그램에는 물리치료사와 함께하는 교육과 운동 시간이 있었습니다.
outcome-exercise-gtps-success-vs-steroid = 치료가 효과가 있었다고 말합니다(그 임상시험에서 정한 성공 기준)
outcome-exercise-gtps-success-vs-steroid-note = 위와 같은 임상시험입니다.
    여기서는 이 프로그램을 스테로이드 주사 한 번과 비교했습니다.
    스테로이드는 부기를 가라앉히는 강한 약입니다.
outcome-exercise-fai-hip-score = 고관절 점수의 상승
outcome-exercise-fai-hip-score-note = 이 임상시험들은 관절염이 없는 고관절 충돌 증후군 환자를 대상으로 했습니다.
    충돌 증후군은 모양 때문에 대퇴골두와 비구가 서로 끼이는 상태입니다.
    두 집단 모두 좋아졌습니다.
    고관절 관절경 수술은 점수를 조금 더 올렸는데, 사람들이 느낄 수 있는 가장 작은 변화와 비슷한 정도였습니다.
    비구순 파열만 따로 살펴본 임상시험은 없었습니다.
outcome-exercise-avn-benefit = 통증 감소와 움직임 개선
no-data-exercise-avn-benefit = 이 질환에 운동을 시험한 연구는 찾지 못했습니다.
    운동은 몸을 튼튼하고 활동적으로 유지하는 데 도움이 될 수 있습니다.
    뼈의 손상을 막는다는 것은 알려져 있지 않습니다.
outcome-exercise-inflammatory-benefit = 통증 감소와 움직임 개선
no-data-exercise-inflammatory-benefit = 고관절 운동 연구는 퇴행성 관절염 환자를 대상으로 했습니다.
    그 결과가 염증성 관절염에는 맞지 않을 수 있습니다.
    염증성 관절염에서는 온몸에 작용하는 약이 주된 치료입니다.
    운동은 약과 함께 합니다.
outcome-exercise-pain-at-start = 운동을 시작할 때 관절 통증이 늘어남
no-data-exercise-pain-at-start = 처음 시작할 때 한동안 통증이 늘 수 있습니다.
    고관절 관절염 안내 지침은 이런 일이 있을 수 있으니 계속하라고 말합니다.
    이런 일이 얼마나 자주 생기는지 센 연구는 찾지 못했습니다.
outcome-exercise-hip-oa-serious-harms = 운동 때문에 생기는 심각한 해
no-data-exercise-hip-oa-serious-harms = 주요 문헌 고찰에서는 심각한 해가 보고되지 않았습니다.
    운동한 사람들이 다른 사람들보다 더 자주 중간에 그만두지도 않았습니다.
    식단 임상시험에서도 식단 때문에 생긴 심각한 해는 없었습니다.
    비율이 나오지 않아서, 보여 드릴 숫자가 없습니다.
outcome-exercise-hip-oa-replacement-2y = 프로그램을 마친 뒤에도 결국 인공 고관절 치환술을 받습니다
outcome-exercise-hip-oa-replacement-2y-note = 운동 때문에 이런 일이 생긴 것은 아닙니다.
    운동을 해도 관절염이 나빠질 수 있다는 것을 보여 줍니다.
    이 사람들은 단체 프로그램에 참여했습니다.
    비교군은 없었습니다.

comparator-exercise-hip-arthroscopy = 고관절 관절경 수술(작은 구멍으로 하는 수술)

## 경과 관찰

option-watchful-waiting-name = 경과 관찰
option-watchful-waiting-summary = 환자분과 담당 의료진이 지금은 치료를 시작하지 않기로 함께 정합니다.
    활발하게 지내면서 나중에 다시 살펴봅니다.
    언제든지 마음을 바꿔 치료를 시작할 수 있습니다.
    어떤 고관절 질환은 통증이 저절로 줄어드는 경우가 많습니다.
    다른 질환은 고관절이 천천히 나빠집니다.
option-watchful-waiting-regulatory = 기다리는 것은 약이나 의료기기가 아니어서 허가가 필요 없습니다.
option-watchful-waiting-cost = 돈을 낼 치료가 없습니다.
    그래도 검진 진료비는 낼 수 있습니다.
    검진 진료비는 찾지 못했습니다.
repeats-watchful-waiting = 원하는 만큼 계속 기다릴 수 있습니다.
    언제든지 기다리기를 그만두고 치료를 선택할 수도 있습니다.

step-watchful-waiting-agree-plan = 환자분과 담당 의료진이 지금은 치료를 미루기로 함께 정합니다.
    언제 다시 살펴볼지도 함께 정합니다.
step-watchful-waiting-self-care = 되도록 활발하게 지내고, 일상생활에서 고관절을 잘 돌봅니다.
step-watchful-waiting-watch-signs = 통증과 움직임이 어떻게 바뀌는지 살펴봅니다.
    더 나빠지면 더 일찍 진료를 받으세요.
step-watchful-waiting-review = 다시 살펴볼 때 환자분과 담당 의료진이 치료 방법을 다시 검토합니다.

factor-watchful-waiting-avn-lesion-size = 죽은 뼈 부위의 크기와 위치가 매우 중요합니다.
    작은 부위는 내려앉는 경우가 드물었습니다.
    큰 부위는 몇 년 안에 내려앉는 경우가 많았습니다.
    영상 검사로 그 부위가 얼마나 큰지 알 수 있습니다.
factor-watchful-waiting-avn-collapse = 이 병이 발견될 때 이미 대퇴골두가 내려앉아 있는 사람이 많습니다.
    대퇴골두가 조금 넘게 내려앉았다면, 전문가들은 인공 고관절 치환술 쪽을 권하는 경향이 있습니다.
factor-watchful-waiting-waiting-list = 일부 사람들은 이미 인공 고관절 치환술 대기자 명단에 올라 있었습니다.
    이들은 곧 수술을 받는 경우가 더 많았습니다.
factor-watchful-waiting-scan-findings = 통증이 없는 많은 사람에게서도 영상 검사에서 파열이나 모양 변화가 보입니다.
    그래서 영상 검사 결과만으로 치료가 필요하다는 뜻은 아닙니다.
    증상, 진찰 결과, 영상 검사 결과가 모두 맞아야 합니다.

outcome-watchful-waiting-hip-oa-benefit = 치료 없이 좋아짐
no-data-watchful-waiting-hip-oa-benefit = 기다리는 것의 주된 이점은 치료의 부작용과 비용을 피하는 것입니다.
    저절로 좋아지는 사람이 몇 명인지 센 숫자는 찾지 못했습니다.
    관절염 임상시험에서 치료를 받지 않은 집단은 평균적으로 거의 변하지 않았습니다.
outcome-watchful-waiting-avn-benefit = 치료 없이 좋아짐
no-data-watchful-waiting-avn-benefit = 치료 없이 좋아지는 사람이 몇 명인지 센 연구는 찾지 못했습니다.
    한 연구에서는 죽은 부위가 가장 작은 경우 몇 년 동안 내려앉지 않았습니다.
    기다리면 수술의 위험도 피할 수 있습니다.
outcome-watchful-waiting-labral-tear-benefit = 치료 없이 통증이 줄어듦
no-data-watchful-waiting-labral-tear-benefit = 파열 때문에 아프지만 치료를 받지 않은 사람들을 지켜본 연구는 찾지 못했습니다.
    전혀 아프지 않은 많은 사람에게서도 영상 검사에서 파열이 보입니다.
    그래서 파열이 늘 문제를 일으키는 것은 아닙니다.
outcome-watchful-waiting-fai-benefit = 치료 없이 통증이 줄어듦
no-data-watchful-waiting-fai-benefit = 고관절 충돌 증후군이 있는 사람 중 치료 없이 좋아지는 사람이 몇 명인지 센 연구는 찾지 못했습니다.
    충돌 증후군을 일으키는 고관절 모양은 통증이 없는 사람에게도 흔합니다.
outcome-watchful-waiting-gtps-success-8w = 좋아졌다고 말합니다(그 임상시험에서 정한 성공 기준)
outcome-watchful-waiting-gtps-success-8w-note = 이 임상시험에서 한 집단은 지켜보며 기다리라는 안내를 받았습니다.
    이 집단을 교육과 운동을 받은 사람들과 비교했습니다.
    기다리면 치료를 받으러 다니거나 주사를 맞지 않아도 됩니다.
outcome-watchful-waiting-gtps-recovered-3m = 회복되었다고 말합니다
outcome-watchful-waiting-gtps-recovered-3m-note = 이 임상시험에서 이 집단은 주사 대신 동네 의원(가정의)의 일반적인 진료를 받았습니다.
    일반적인 진료는 그냥 기다리는 것과 꼭 같지는 않습니다.
outcome-watchful-waiting-gtps-recovered-12m = 회복되었다고 말합니다
outcome-watchful-waiting-gtps-recovered-12m-note = 같은 임상시험을 나중에 다시 살펴본 결과입니다.
    그때는 주사를 맞은 사람과 맞지 않은 사람의 결과가 거의 같았습니다.
outcome-watchful-waiting-hip-oa-replacement-2y = 인공 고관절 치환술을 받습니다
outcome-watchful-waiting-hip-oa-replacement-2y-note = 이 사람들은 교육과 운동 프로그램에 참여했었습니다.
    기다리기만 한 사람들에 대한 이런 숫자는 찾지 못했습니다.
    비교군은 없었습니다.
outcome-watchful-waiting-avn-collapse-large = 대퇴골두가 내려앉습니다(죽은 부위가 가장 큰 경우)
outcome-watchful-waiting-avn-collapse-large-note = 연구를 시작할 때 이 고관절들은 내려앉지 않은 상태였습니다.
    위험은 죽은 부위의 크기와 위치에 따라 달랐습니다.
    이 집단은 죽은 부위가 가장 컸습니다.
    비교군은 없었습니다.
outcome-watchful-waiting-avn-collapse-medium = 대퇴골두가 내려앉습니다(죽은 부위가 중간 크기인 경우)
outcome-watchful-waiting-avn-collapse-medium-note = 연구를 시작할 때 이 고관절들은 내려앉지 않은 상태였습니다.
    이 집단은 죽은 부위가 중간 크기였습니다.
    비교군은 없었습니다.
outcome-watchful-waiting-avn-collapse-small = 대퇴골두가 내려앉습니다(죽은 부위가 작은 경우)
outcome-watchful-waiting-avn-collapse-small-note = 연구를 시작할 때 이 고관절들은 내려앉지 않은 상태였습니다.
    이 집단은 죽은 부위가 작았습니다.
    죽은 부위가 가장 작은 집단에서는 하나도 내려앉지 않았습니다.
outcome-watchful-waiting-labral-tear-harm = 통증이나 손상이 심해짐
no-data-watchful-waiting-labral-tear-harm = 파열 때문에 아프지만 치료를 받지 않은 사람들을 지켜본 연구는 찾지 못했습니다.
    그래서 얼마나 자주 나빠지는지 말할 수 없습니다.
outcome-watchful-waiting-fai-arthritis = 고관절에 통증이 있는 관절염이 생깁니다
outcome-watchful-waiting-fai-arthritis-note = 이 장기 연구는 수술을 받지 않은 고관절 충돌 증후군 환자들을 지켜보았습니다.
    비교군은 없었습니다.
outcome-watchful-waiting-fai-replacement = 인공 고관절 치환술을 받습니다
outcome-watchful-waiting-fai-replacement-note = 수술을 받지 않은 사람들을 대상으로 한 같은 장기 연구입니다.
    비교군은 없었습니다.
outcome-watchful-waiting-gtps-pain-1y = 여전히 통증이 있습니다
outcome-watchful-waiting-gtps-pain-1y-note = 한 환자 집단의 결과로, 문헌 고찰에 보고된 것입니다.
    이들이 어떤 치료를 받았는지는 모릅니다.
outcome-watchful-waiting-gtps-pain-5y = 여전히 통증이 있습니다
outcome-watchful-waiting-gtps-pain-5y-note = 같은 환자 집단을 몇 년 뒤에 다시 살펴본 결과입니다.
    이들이 어떤 치료를 받았는지는 모릅니다.
