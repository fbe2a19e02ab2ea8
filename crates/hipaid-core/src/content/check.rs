//! Every rule the content must meet, each problem naming its file and entry.
//!
//! These are the mistakes a reviewer can make without noticing: a source id that does not
//! exist, 120 people out of 100, a harm with no time frame, an option that lists its benefits
//! but not its harms. The rules are listed in `content/README.md`; `hipaid content check`
//! prints every problem at once so a reviewer can fix a batch in one pass.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::Parsed;
use super::file::{OutcomeFile, RangeFile, SpanFile};
use crate::model::{Frequency, OutcomeKind, Stance};

/// One thing wrong with the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path relative to `content/`.
    pub file: String,
    /// What inside the file, e.g. "outcome `steroid-pain-relief-2m`".
    pub entry: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entry.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.entry, self.message)
        }
    }
}

impl Problem {
    pub fn list(problems: &[Problem]) -> String {
        problems
            .iter()
            .map(|p| format!("  - {p}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Parts of the hip picture a condition can highlight.
pub const HIP_PARTS: [&str; 6] = [
    "bone",
    "cartilage",
    "labrum",
    "tendons-bursa",
    "blood-supply",
    "joint-lining",
];

struct Checker<'a> {
    problems: Vec<Problem>,
    references: BTreeSet<&'a str>,
}

impl Checker<'_> {
    fn push(&mut self, file: &str, entry: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: file.to_owned(),
            entry: entry.to_owned(),
            message: message.into(),
        });
    }

    /// `sources` must be non-empty (when `required`) and every id must exist.
    fn sources(&mut self, file: &str, entry: &str, sources: &[String], required: bool) {
        if required && sources.is_empty() {
            self.push(file, entry, "needs at least one source");
        }
        for s in sources {
            if !self.references.contains(s.as_str()) {
                self.push(file, entry, format!("unknown source `{s}`"));
            }
        }
    }

    fn range(&mut self, file: &str, entry: &str, what: &str, r: Frequency, max: Option<f64>) {
        let ordered = r.low.is_finite() && r.high.is_finite() && 0.0 <= r.low && r.low <= r.high;
        if !ordered {
            self.push(
                file,
                entry,
                format!(
                    "{what} {{ low = {}, high = {} }} must satisfy 0 <= low <= high",
                    r.low, r.high
                ),
            );
        } else if let Some(max) = max.filter(|m| r.high > *m) {
            self.push(
                file,
                entry,
                format!("{what} {} is more than the denominator {max}", r.high),
            );
        }
    }

    /// A time. `words` says whether "unknown"/"none" are allowed here.
    fn span(&mut self, file: &str, entry: &str, what: &str, span: &SpanFile, words: bool) {
        match span {
            SpanFile::Word(w) if words && (w == "unknown" || w == "none") => {}
            SpanFile::Word(w) if words => self.push(
                file,
                entry,
                format!("{what} `{w}` must be a range, \"unknown\" or \"none\""),
            ),
            SpanFile::Word(w) => self.push(
                file,
                entry,
                format!("{what} `{w}` must be a range with a unit"),
            ),
            SpanFile::Range { low, high, .. } => self.range(
                file,
                entry,
                what,
                Frequency {
                    low: *low,
                    high: *high,
                },
                None,
            ),
        }
    }

    fn amount(&mut self, file: &str, entry: &str, what: &str, r: &RangeFile) -> bool {
        match r {
            RangeFile::Word(w) if w == "unknown" => false,
            RangeFile::Word(w) => {
                self.push(
                    file,
                    entry,
                    format!("{what} `{w}` must be a range or \"unknown\""),
                );
                false
            }
            RangeFile::Range(f) => {
                self.range(file, entry, what, *f, None);
                true
            }
        }
    }
}

fn kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && matches!(parts[1].parse::<u8>(), Ok(1..=12))
        && matches!(parts[2].parse::<u8>(), Ok(1..=31))
}

/// Runs every rule; an empty result means the content is good.
pub fn all(p: &Parsed) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
        references: p.references.iter().map(|r| r.item.id.as_str()).collect(),
    };
    ids(&mut c, p);
    document(&mut c, p);
    for r in &p.references {
        let entry = format!("reference `{}`", r.item.id);
        let i = &r.item;
        if i.doi.is_none() && i.pmid.is_none() && i.url.is_none() {
            c.push(
                &r.file,
                &entry,
                "has no DOI, PMID or URL for a reviewer to open",
            );
        }
    }
    let scales: BTreeMap<&str, (f64, f64)> = p
        .scales
        .iter()
        .map(|s| (s.item.id.as_str(), (s.item.min, s.item.max)))
        .collect();
    for s in &p.scales {
        if s.item.min.partial_cmp(&s.item.max) != Some(std::cmp::Ordering::Less) {
            c.push(
                &s.file,
                &format!("scale `{}`", s.item.id),
                "min must be below max",
            );
        }
    }
    for g in &p.guidelines {
        c.sources(
            &g.file,
            &format!("guideline `{}`", g.item.id),
            &g.item.sources,
            true,
        );
    }
    let guidelines: BTreeSet<&str> = p.guidelines.iter().map(|g| g.item.id.as_str()).collect();
    let options: BTreeSet<&str> = p.options.iter().map(|o| o.item.id.as_str()).collect();
    let conditions: BTreeSet<&str> = p.conditions.iter().map(|x| x.item.id.as_str()).collect();

    // condition -> options that apply to it
    let mut applies: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for x in &p.conditions {
        let (file, cond) = (&x.file, &x.item);
        let at = format!("condition `{}`", cond.id);
        for s in &cond.stages {
            if !kebab(s) {
                c.push(
                    file,
                    &at,
                    format!("stage id `{s}` must be kebab-case ASCII"),
                );
            }
        }
        for part in &cond.affects {
            if !HIP_PARTS.contains(&part.as_str()) {
                c.push(
                    file,
                    &at,
                    format!("affects `{part}`: use one of {HIP_PARTS:?}"),
                );
            }
        }
        c.sources(
            file,
            &format!("{at}, diagnosis_sources"),
            &cond.diagnosis_sources,
            true,
        );
        let mut seen = BTreeSet::new();
        for a in &cond.options {
            let entry = format!("{at}, option `{}`", a.option);
            if !options.contains(a.option.as_str()) {
                c.push(file, &entry, "unknown option");
            }
            if !seen.insert(a.option.as_str()) {
                c.push(file, &entry, "listed twice");
            }
            for s in a.stages.iter().flatten() {
                if !cond.stages.contains(s) {
                    c.push(file, &entry, format!("unknown stage `{s}`"));
                }
            }
            if a.stages.as_ref().is_some_and(|s| s.is_empty()) {
                c.push(
                    file,
                    &entry,
                    "stages = [] applies nowhere; omit it for all stages",
                );
            }
            c.sources(file, &entry, &a.sources, true);
            applies
                .entry(cond.id.as_str())
                .or_default()
                .insert(a.option.as_str());
        }
        for f in &cond.figures {
            let entry = format!("figure `{}`", f.id);
            if let Some(d) = f.denominator
                && !matches!(d, 100 | 1000)
            {
                c.push(
                    file,
                    &entry,
                    "denominator must be 100 or 1000 (or omitted for a count)",
                );
            }
            let max = f.denominator.map(f64::from);
            c.range(file, &entry, "value", f.value, max);
            match &f.timeframe {
                // "unknown": the source gives no time span (shown as not known).
                Some(SpanFile::Word(w)) if w == "unknown" => {}
                Some(t) => c.span(file, &entry, "timeframe", t, false),
                None => {}
            }
            if let (Some(from), Some(to)) = (f.age_from, f.age_to)
                && from > to
            {
                c.push(file, &entry, "age_from must not be above age_to");
            }
            c.sources(file, &entry, &f.sources, true);
        }
        for topic in [
            crate::model::FigureTopic::HowCommon,
            crate::model::FigureTopic::NaturalCourse,
        ] {
            if !cond.figures.iter().any(|f| f.topic == topic) {
                let name = if topic == crate::model::FigureTopic::HowCommon {
                    "how-common"
                } else {
                    "natural-course"
                };
                c.push(file, &at, format!("needs at least one `{name}` figure"));
            }
        }
    }

    for x in &p.options {
        let (file, o) = (&x.file, &x.item);
        let at = format!("option `{}`", o.id);
        let applies_to: Vec<&str> = applies
            .iter()
            .filter(|(_, opts)| opts.contains(o.id.as_str()))
            .map(|(c, _)| *c)
            .collect();
        if applies_to.is_empty() {
            c.push(file, &at, "no condition lists this option");
        }
        c.sources(
            file,
            &format!("{at}, regulatory_sources"),
            &o.regulatory_sources,
            true,
        );
        let pr = &o.procedure;
        let entry = format!("{at}, procedure");
        if pr.steps.is_empty() {
            c.push(file, &entry, "needs at least one step");
        }
        c.amount(file, &entry, "visits", &pr.visits);
        c.span(file, &entry, "time_off", &pr.time_off, true);
        c.sources(file, &entry, &pr.sources, true);
        let t = &o.timeline;
        let entry = format!("{at}, timeline");
        c.span(file, &entry, "onset", &t.onset, true);
        c.span(file, &entry, "peak", &t.peak, true);
        c.span(file, &entry, "lasts", &t.lasts, true);
        c.span(file, &entry, "recovery", &t.recovery, true);
        c.sources(file, &entry, &t.sources, true);
        for m in &t.milestones {
            let entry = format!("{at}, milestone `{}`", m.id);
            c.span(file, &entry, "at", &m.at, true);
            c.sources(file, &entry, &m.sources, true);
        }
        let entry = format!("{at}, repeats");
        c.span(file, &entry, "min_gap", &o.repeats.min_gap, true);
        let known = o.repeats.allowed != crate::model::RepeatsAllowed::Unknown;
        c.sources(file, &entry, &o.repeats.sources, known);
        let entry = format!("{at}, cost");
        let cost = &o.cost;
        if cost.currency.len() != 3 || !cost.currency.chars().all(|ch| ch.is_ascii_uppercase()) {
            c.push(
                file,
                &entry,
                format!("currency `{}` must be an ISO 4217 code", cost.currency),
            );
        }
        let priced = c.amount(file, &entry, "amount", &cost.amount);
        c.sources(file, &entry, &cost.sources, priced);
        for f in &o.factors {
            c.sources(file, &format!("{at}, factor `{}`", f.id), &f.sources, true);
        }
        for out in &o.outcomes {
            outcome(&mut c, file, out, &conditions, &applies_to, &scales);
        }
        for g in &o.guidelines {
            let entry = format!("{at}, guideline `{}`", g.guideline);
            let none = g.guideline == "none";
            if !none && !guidelines.contains(g.guideline.as_str()) {
                c.push(
                    file,
                    &entry,
                    "unknown guideline (use an id from guidelines.toml, or \"none\")",
                );
            }
            if none != (g.stance == Stance::NoneFound) {
                c.push(
                    file,
                    &entry,
                    "guideline \"none\" goes with stance \"none-found\", and only with it",
                );
            }
            for cond in &g.conditions {
                if !applies_to.contains(&cond.as_str()) {
                    c.push(
                        file,
                        &entry,
                        format!("condition `{cond}` does not list this option"),
                    );
                }
            }
            if g.conditions.is_empty() {
                c.push(file, &entry, "needs at least one condition");
            }
            c.sources(file, &entry, &g.sources, !none);
        }
        for cond in &applies_to {
            let entry = format!("{at}, for condition `{cond}`");
            let here = |kind| {
                o.outcomes
                    .iter()
                    .filter(|x| x.kind == kind && x.conditions.iter().any(|c| c == cond))
                    .count()
            };
            let (benefits, harms) = (here(OutcomeKind::Benefit), here(OutcomeKind::Harm));
            if benefits == 0 || harms == 0 {
                c.push(
                    file,
                    &entry,
                    format!(
                        "needs at least one benefit and one harm (numbers or no_reliable_data); has {benefits} benefit(s) and {harms} harm(s)"
                    ),
                );
            } else if benefits.max(harms) > 2 * benefits.min(harms) + 1 {
                c.push(
                    file,
                    &entry,
                    format!(
                        "benefits and harms are not in equal detail: {benefits} benefit(s) vs {harms} harm(s) (the larger may be at most twice the smaller plus one)"
                    ),
                );
            }
            if !o
                .guidelines
                .iter()
                .any(|g| g.conditions.iter().any(|c| c == cond))
            {
                c.push(
                    file,
                    &entry,
                    "needs a guideline entry (or guideline = \"none\")",
                );
            }
        }
    }

    for x in &p.claims {
        let entry = format!("claim `{}`", x.item.id);
        for o in &x.item.options {
            if !options.contains(o.as_str()) {
                c.push(&x.file, &entry, format!("unknown option `{o}`"));
            }
        }
        c.sources(&x.file, &entry, &x.item.sources, true);
    }
    for x in &p.pay_card {
        let entry = format!("pay_card `{}`", x.item.id);
        for o in &x.item.options {
            if !options.contains(o.as_str()) {
                c.push(&x.file, &entry, format!("unknown option `{o}`"));
            }
        }
        let fact = x.item.kind == crate::model::PayCardKind::Fact;
        c.sources(&x.file, &entry, &x.item.sources, fact);
    }
    c.problems
}

fn outcome(
    c: &mut Checker<'_>,
    file: &str,
    o: &OutcomeFile,
    conditions: &BTreeSet<&str>,
    applies_to: &[&str],
    scales: &BTreeMap<&str, (f64, f64)>,
) {
    let entry = format!("outcome `{}`", o.id);
    if o.conditions.is_empty() {
        c.push(file, &entry, "needs at least one condition");
    }
    for cond in &o.conditions {
        if !conditions.contains(cond.as_str()) {
            c.push(file, &entry, format!("unknown condition `{cond}`"));
        } else if !applies_to.contains(&cond.as_str()) {
            c.push(
                file,
                &entry,
                format!("condition `{cond}` does not list this option"),
            );
        }
    }
    c.sources(file, &entry, &o.sources, true);
    if o.no_reliable_data {
        let has_numbers = o.denominator.is_some()
            || o.scale.is_some()
            || o.with_option.is_some()
            || o.comparator.is_some()
            || o.timeframe.is_some()
            || o.certainty.is_some();
        if has_numbers {
            c.push(
                file,
                &entry,
                "a no_reliable_data entry must not carry numbers",
            );
        }
        return;
    }
    let max = match (&o.denominator, &o.scale) {
        (Some(d), None) => {
            if !matches!(d, 100 | 1000) {
                c.push(file, &entry, "denominator must be 100 or 1000");
            }
            Some(f64::from(*d))
        }
        (None, Some(s)) => match scales.get(s.as_str()) {
            Some((min, max)) => Some(max - min),
            None => {
                c.push(file, &entry, format!("unknown scale `{s}`"));
                None
            }
        },
        _ => {
            c.push(
                file,
                &entry,
                "give exactly one of denominator (people) or scale (score)",
            );
            None
        }
    };
    let score = o.scale.is_some();
    let check_value = |c: &mut Checker<'_>, what: &str, f: Frequency| {
        if score {
            // Score changes may be negative; they must be ordered and fit the scale's width.
            let width = max.unwrap_or(f64::INFINITY);
            if !(f.low.is_finite() && f.high.is_finite() && f.low <= f.high) {
                c.push(file, &entry, format!("{what} must satisfy low <= high"));
            } else if f.low.abs() > width || f.high.abs() > width {
                c.push(
                    file,
                    &entry,
                    format!("{what} is larger than the scale's width {width}"),
                );
            }
        } else {
            c.range(file, &entry, what, f, max);
        }
    };
    match o.with_option {
        Some(f) => check_value(c, "with_option", f),
        None => c.push(
            file,
            &entry,
            "needs with_option (or no_reliable_data = true)",
        ),
    }
    match &o.comparator {
        Some(cmp) => {
            if !kebab(&cmp.label) {
                c.push(
                    file,
                    &entry,
                    format!("comparator label `{}` must be kebab-case", cmp.label),
                );
            }
            if let Some(f) = cmp.frequency {
                check_value(c, "comparator frequency", f);
            }
        }
        None => c.push(
            file,
            &entry,
            "needs a comparator (what it is compared with)",
        ),
    }
    match &o.timeframe {
        // "unknown" is allowed and shown as "time not reported": better than a guessed time.
        Some(SpanFile::Word(w)) if w == "unknown" => {}
        Some(t) => c.span(file, &entry, "timeframe", t, false),
        None => c.push(
            file,
            &entry,
            "needs a timeframe (a range, or \"unknown\" when the source does not report one)",
        ),
    }
    if o.certainty.is_none() {
        c.push(file, &entry, "needs a certainty");
    }
}

fn document(c: &mut Checker<'_>, p: &Parsed) {
    match p.document.as_slice() {
        [d] => {
            let (file, d) = (&d.file, &d.item);
            for (what, date) in [
                ("last_reviewed", &d.last_reviewed),
                ("next_review", &d.next_review),
            ] {
                if !iso_date(date) {
                    c.push(
                        file,
                        "document",
                        format!("{what} `{date}` must be an ISO date (YYYY-MM-DD)"),
                    );
                }
            }
            if d.next_review <= d.last_reviewed {
                c.push(
                    file,
                    "document",
                    "next_review must come after last_reviewed",
                );
            }
            let orders = [
                (
                    "condition_order",
                    &d.condition_order,
                    p.conditions
                        .iter()
                        .map(|x| x.item.id.as_str())
                        .collect::<BTreeSet<_>>(),
                ),
                (
                    "option_order",
                    &d.option_order,
                    p.options.iter().map(|x| x.item.id.as_str()).collect(),
                ),
            ];
            for (what, order, all) in orders {
                let listed: BTreeSet<&str> = order.iter().map(String::as_str).collect();
                if listed.len() != order.len() || listed != all {
                    c.push(
                        file,
                        "document",
                        format!("{what} must list every id exactly once (listed {listed:?}, defined {all:?})"),
                    );
                }
            }
        }
        [] => c.push(
            "document.toml",
            "",
            "no [document] section in any content file",
        ),
        more => c.push(
            &more[1].file,
            "document",
            "more than one [document] section",
        ),
    }
}

/// Ids are kebab-case and unique where they must be.
fn ids(c: &mut Checker<'_>, p: &Parsed) {
    let mut check = |what: &str, items: Vec<(&str, &str)>| {
        let mut seen = BTreeSet::new();
        for (file, id) in items {
            let entry = format!("{what} `{id}`");
            if !kebab(id) {
                c.push(file, &entry, "id must be kebab-case ASCII");
            }
            if !seen.insert(id) {
                c.push(file, &entry, format!("duplicate {what} id"));
            }
        }
    };
    check(
        "reference",
        p.references
            .iter()
            .map(|x| (x.file.as_str(), x.item.id.as_str()))
            .collect(),
    );
    check(
        "scale",
        p.scales
            .iter()
            .map(|x| (x.file.as_str(), x.item.id.as_str()))
            .collect(),
    );
    check(
        "guideline",
        p.guidelines
            .iter()
            .map(|x| (x.file.as_str(), x.item.id.as_str()))
            .collect(),
    );
    check(
        "condition",
        p.conditions
            .iter()
            .map(|x| (x.file.as_str(), x.item.id.as_str()))
            .collect(),
    );
    check(
        "option",
        p.options
            .iter()
            .map(|x| (x.file.as_str(), x.item.id.as_str()))
            .collect(),
    );
    check(
        "claim",
        p.claims
            .iter()
            .map(|x| (x.file.as_str(), x.item.id.as_str()))
            .collect(),
    );
    check(
        "pay_card",
        p.pay_card
            .iter()
            .map(|x| (x.file.as_str(), x.item.id.as_str()))
            .collect(),
    );
    check(
        "outcome",
        p.options
            .iter()
            .flat_map(|x| {
                x.item
                    .outcomes
                    .iter()
                    .map(|o| (x.file.as_str(), o.id.as_str()))
            })
            .collect(),
    );
    check(
        "figure",
        p.conditions
            .iter()
            .flat_map(|x| {
                x.item
                    .figures
                    .iter()
                    .map(|o| (x.file.as_str(), o.id.as_str()))
            })
            .collect(),
    );
    for x in &p.options {
        let o = &x.item;
        check(
            &format!("option `{}` step", o.id),
            o.procedure
                .steps
                .iter()
                .map(|s| (x.file.as_str(), s.as_str()))
                .collect(),
        );
        check(
            &format!("option `{}` milestone", o.id),
            o.timeline
                .milestones
                .iter()
                .map(|s| (x.file.as_str(), s.id.as_str()))
                .collect(),
        );
        check(
            &format!("option `{}` factor", o.id),
            o.factors
                .iter()
                .map(|s| (x.file.as_str(), s.id.as_str()))
                .collect(),
        );
        check(
            &format!("option `{}` variant", o.id),
            o.variants
                .iter()
                .map(|s| (x.file.as_str(), s.as_str()))
                .collect(),
        );
    }
    for x in &p.conditions {
        check(
            &format!("condition `{}` stage", x.item.id),
            x.item
                .stages
                .iter()
                .map(|s| (x.file.as_str(), s.as_str()))
                .collect(),
        );
    }
}
