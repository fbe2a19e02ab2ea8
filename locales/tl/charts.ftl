### Mga larawan at chart: ang larawan ng balakang, ang mga larawan ng mga tao (icon array) at ang
### chart ng panahon. Narito rin ang katumbas nilang teksto para sa mga screen reader. Variable ang mga numero.

## Larawan ng balakang

# Variables:
#   $parts (String) - ang mga pangalan ng mga bahaging apektado, bilang listahan
hip-picture-alt = Larawan ng kasukasuan ng balakang. Mga bahaging apektado: { $parts }
hip-picture-alt-none = Larawan ng kasukasuan ng balakang.
hip-picture-affected = Apektado

## Mga larawan ng mga tao (icon array)

icon-array-legend-benefit = Gumaling o bumuti
icon-array-legend-harm = Nagkaroon ng pinsalang ito
icon-array-legend-comparator = Nagkaroon nito kahit walang gamutan
icon-array-legend-maybe = Baka: hindi eksakto ang pananaliksik
icon-array-legend-other = Hindi nagkaroon nito

## Chart ng panahon

# Variables:
#   $count (Number) - ilang pagpipilian ang ipinapakita ng chart
timeline-summary = { $count ->
    [one] Chart kung kailan nakakatulong ang { $count } pagpipilian, gaano katagal, at gaano katagal ang paggaling. Nasa table sa ibaba ang parehong mga panahon, nakasulat sa salita.
   *[other] Chart kung kailan nakakatulong ang { $count } pagpipilian, gaano katagal, at gaano katagal ang paggaling. Nasa table sa ibaba ang parehong mga panahon, nakasulat sa salita.
}
# Variables:
#   $months (Number) - ilang buwan pagkatapos ng gamutan, isang marka sa axis
timeline-axis-month = { $months }
timeline-axis-title = Mga buwan pagkatapos ng gamutan
timeline-legend-wait = Hindi pa umeepekto
timeline-legend-working = Nakakatulong
timeline-legend-range = Posible: saklaw ang ibinibigay ng pananaliksik
timeline-legend-peak = Pinakanakakatulong
timeline-legend-recovery = Paggaling: balik sa karaniwang gawain
timeline-legend-unknown = Hindi alam
timeline-table-caption = Ang parehong mga panahon, nakasulat sa salita
