### Pictures and charts: the hip picture, icon arrays of people and the timeline chart. Their
### text equivalents for screen readers are here too. Numbers are variables.

## Hip picture

# Variables:
#   $parts (String) - the names of the affected parts, as a list
hip-picture-alt = Picture of the hip joint. Parts affected: { $parts }
hip-picture-alt-none = Picture of the hip joint.
hip-picture-affected = Affected

## Icon arrays of people

icon-array-legend-benefit = Got better
icon-array-legend-harm = Had this harm
icon-array-legend-comparator = Had this without the treatment
icon-array-legend-maybe = Maybe: research is not exact
icon-array-legend-other = Did not have this

## Timeline chart

# Variables:
#   $count (Number) - how many choices the chart shows
timeline-summary = { $count ->
    [one] Chart of when one choice helps, for how long, and the recovery time. The table below gives the same times in words.
   *[other] Chart of when { $count } choices help, for how long, and the recovery time. The table below gives the same times in words.
}
# Variables:
#   $months (Number) - months after treatment, an axis tick
timeline-axis-month = { $months }
timeline-axis-title = Months after treatment
timeline-legend-wait = Not working yet
timeline-legend-working = Helping
timeline-legend-range = Could be: research gives a range
timeline-legend-peak = Helps most
timeline-legend-recovery = Recovery: back to usual activities
timeline-legend-unknown = Not known
timeline-table-caption = The same times, in words
