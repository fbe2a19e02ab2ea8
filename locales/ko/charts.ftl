### 그림과 도표: 고관절 그림, 사람 모양 그림 도표, 시간표 도표. 화면 읽기 프로그램을 위한
### 대체 글도 여기에 있습니다. 숫자는 변수로 들어옵니다.

## 고관절 그림

# Variables:
#   $parts (String) - 문제가 있는 부위의 이름 목록
hip-picture-alt = 고관절 그림. 문제가 있는 부위: { $parts }
hip-picture-alt-none = 고관절 그림.
hip-picture-affected = 문제가 있는 부위

## 사람 모양 그림 도표

icon-array-legend-benefit = 좋아진 사람
icon-array-legend-harm = 이 해를 입은 사람
icon-array-legend-comparator = 이 치료 없이 이런 일이 있었던 사람
icon-array-legend-maybe = 그럴 수도 있는 사람: 연구 결과가 정확하지 않음
icon-array-legend-other = 이런 일이 없었던 사람

## 시간표 도표

# Variables:
#   $count (Number) - 도표에 나오는 치료 방법의 수
timeline-summary = { $count ->
   *[other] 치료 방법 { $count }가지가 언제부터, 얼마 동안 도움이 되는지와 회복 기간을 보여 주는 도표입니다. 아래 표에 같은 기간을 글로 적었습니다.
}
# Variables:
#   $months (Number) - 치료 후 개월 수, 가로축의 눈금
timeline-axis-month = { $months }
timeline-axis-title = 치료 후 개월 수
timeline-legend-wait = 아직 효과 없음
timeline-legend-working = 도움이 되는 기간
timeline-legend-range = 그럴 수도 있는 기간: 연구 결과가 범위로 나옴
timeline-legend-peak = 효과가 가장 큰 때
timeline-legend-recovery = 회복: 평소 활동으로 돌아가기까지
timeline-legend-unknown = 알 수 없음
timeline-table-caption = 같은 기간을 글로 적은 표
