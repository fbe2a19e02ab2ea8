//! What the take-home summary says, in order, built from the same content and messages as
//! the screen: the decision, the condition and stage, what happens without treatment, each
//! option discussed with its benefits and harms (numbers, comparators, time frames, certainty,
//! icon arrays), the references behind every number, and the facts about this information.
//!
//! Every word comes from `locales/` through the localizer; numbers are Fluent variables
//! formatted by ICU4X, so paper and screen say the same thing.

use hipaid_core::{
    Catalog, ConditionOverview, Figure, FigureTopic, Measure, Outcome, OutcomeEvidence,
    OutcomeKind, Span,
};
use hipaid_l10n::{FluentArgs, FluentValue, Localizer};

use crate::icons::{self, Fill};
use crate::page::{PageWriter, rgb};
use crate::text::{self, Style};
use crate::{PdfError, SummaryRequest};

const ACCENT: (f32, f32, f32) = (0.043, 0.341, 0.643);
const INK: (f32, f32, f32) = (0.1, 0.1, 0.1);
const MUTED: (f32, f32, f32) = (0.33, 0.33, 0.33);
/// Room for the two-line captions under icon arrays.
const CAPTION: f32 = 2.0 * 8.0 * 1.4;

pub struct Writer<'a, 'b> {
    pub page: PageWriter<'b>,
    l10n: &'a Localizer,
    pub locale: &'a str,
    family: &'static str,
    /// Messages that were missing in every locale (reported; the text shows the id).
    pub missing: Vec<String>,
    /// The name of the option being written (captions its icon arrays).
    current_option: String,
}

impl<'a, 'b> Writer<'a, 'b> {
    pub fn new(page: PageWriter<'b>, l10n: &'a Localizer, locale: &'a str) -> Self {
        Writer {
            page,
            l10n,
            locale,
            family: crate::fonts::primary_family(locale),
            missing: Vec::new(),
            current_option: String::new(),
        }
    }

    pub fn t(&mut self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        match self
            .l10n
            .format(self.locale, id, (!args.is_empty()).then_some(&fa))
        {
            Ok(f) => f.text,
            Err(_) => {
                self.missing.push(id.to_owned());
                format!("[{id}]")
            }
        }
    }

    /// A paragraph tagged `tag` (H1, H2, H3 or P) in the document's structure.
    fn block(
        &mut self,
        text: &str,
        style: Style,
        inset: f32,
        color: (f32, f32, f32),
        tag: &'static str,
    ) {
        let width = self.page.content_width() - inset;
        let rtl = self.page.rtl;
        // A Fluent message written over several lines is one paragraph, as on screen.
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let para = text::layout(
            self.page.font_system(),
            &text,
            style,
            width,
            self.family,
            rtl,
        );
        self.page.open(tag, None);
        self.page
            .paragraph(&para, inset, width, rgb(color.0, color.1, color.2));
        self.page.close();
    }

    pub fn title(&mut self, text: &str) {
        self.block(text, Style::heading(20.0), 0.0, ACCENT, "H1");
        self.page.space(4.0);
    }

    pub fn heading(&mut self, text: &str) {
        self.page.space(10.0);
        // Keep a heading with at least two lines of what follows.
        self.page.ensure(16.0 * 1.25 + 2.0 * 10.5 * 1.4);
        self.block(text, Style::heading(14.0), 0.0, ACCENT, "H2");
        self.page.space(2.0);
    }

    pub fn subheading(&mut self, text: &str) {
        self.page.space(6.0);
        self.page.ensure(12.0 * 1.25 + 2.0 * 10.5 * 1.4);
        self.block(text, Style::heading(11.5), 0.0, INK, "H3");
    }

    pub fn body(&mut self, text: &str) {
        self.block(text, Style::body(10.5), 0.0, INK, "P");
        self.page.space(3.0);
    }

    pub fn note(&mut self, text: &str, inset: f32) {
        self.block(text, Style::body(9.5), inset, MUTED, "P");
    }

    /// A bullet: the mark on the start side, the text indented after it.
    pub fn bullet(&mut self, text: &str) {
        self.page.ensure(10.5 * 1.4);
        self.page
            .rect(2.0, 5.5, 4.0, 4.0, rgb(ACCENT.0, ACCENT.1, ACCENT.2));
        self.block(text, Style::body(10.5), 14.0, INK, "P");
        self.page.space(2.0);
    }

    fn span(&mut self, span: &Span) -> String {
        match span {
            Span::Unknown => self.t("span-unknown", &[]),
            Span::None => self.t("span-none", &[]),
            Span::Range { low, high, unit } => {
                let unit = match unit {
                    hipaid_core::TimeUnit::Days => "days",
                    hipaid_core::TimeUnit::Weeks => "weeks",
                    hipaid_core::TimeUnit::Months => "months",
                    hipaid_core::TimeUnit::Years => "years",
                };
                if low == high {
                    self.t(&format!("span-{unit}"), &[("low", FluentValue::from(*low))])
                } else {
                    self.t(
                        &format!("span-range-{unit}"),
                        &[
                            ("low", FluentValue::from(*low)),
                            ("high", FluentValue::from(*high)),
                        ],
                    )
                }
            }
        }
    }

    fn people(&mut self, low: f64, high: f64, denominator: u32) -> String {
        if low == high {
            self.t(
                "number-people",
                &[
                    ("count", FluentValue::from(low)),
                    ("denominator", FluentValue::from(denominator)),
                ],
            )
        } else {
            self.t(
                "number-people-range",
                &[
                    ("low", FluentValue::from(low)),
                    ("high", FluentValue::from(high)),
                    ("denominator", FluentValue::from(denominator)),
                ],
            )
        }
    }

    fn score(&mut self, low: f64, high: f64) -> String {
        if low == high {
            self.t("number-score", &[("change", FluentValue::from(low))])
        } else {
            self.t(
                "number-score-range",
                &[
                    ("low", FluentValue::from(low)),
                    ("high", FluentValue::from(high)),
                ],
            )
        }
    }

    fn figure(&mut self, f: &Figure) {
        let mut args: Vec<(&str, FluentValue<'_>)> = Vec::new();
        if let Some(a) = f.age_from {
            args.push(("ageFrom", FluentValue::from(a)));
        }
        if let Some(a) = f.age_to {
            args.push(("ageTo", FluentValue::from(a)));
        }
        let what = self.t(&f.label_id, &args);
        let (low, high) = (f.value.low, f.value.high);
        let line = match f.denominator {
            Some(d) if low == high => self.t(
                "condition-figure-people",
                &[
                    ("count", FluentValue::from(low)),
                    ("denominator", FluentValue::from(d)),
                    ("what", FluentValue::from(what)),
                ],
            ),
            Some(d) => self.t(
                "condition-figure-people-range",
                &[
                    ("low", FluentValue::from(low)),
                    ("high", FluentValue::from(high)),
                    ("denominator", FluentValue::from(d)),
                    ("what", FluentValue::from(what)),
                ],
            ),
            None if low == high => self.t(
                "condition-figure-count",
                &[
                    ("count", FluentValue::from(low)),
                    ("what", FluentValue::from(what)),
                ],
            ),
            None => self.t(
                "condition-figure-count-range",
                &[
                    ("low", FluentValue::from(low)),
                    ("high", FluentValue::from(high)),
                    ("what", FluentValue::from(what)),
                ],
            ),
        };
        let when = match &f.timeframe {
            Some(s) => {
                let s = self.span(s);
                self.t("number-timeframe", &[("span", FluentValue::from(s))])
            }
            None => self.t("condition-figure-one-time", &[]),
        };
        let sure = self.certainty(f.certainty);
        self.bullet(&line);
        let facts = self.t(
            "summary-facts",
            &[
                ("time", FluentValue::from(when)),
                ("certainty", FluentValue::from(sure)),
            ],
        );
        self.note(&facts, 14.0);
        self.page.space(3.0);
    }

    fn certainty(&mut self, c: hipaid_core::Certainty) -> String {
        let id = match c {
            hipaid_core::Certainty::High => "certainty-high",
            hipaid_core::Certainty::Moderate => "certainty-moderate",
            hipaid_core::Certainty::Low => "certainty-low",
            hipaid_core::Certainty::VeryLow => "certainty-very-low",
        };
        self.t(id, &[])
    }

    fn outcome(&mut self, o: &Outcome) {
        let label = self.t(&o.label_id, &[]);
        match &o.evidence {
            OutcomeEvidence::NoReliableData { reason_id } => {
                let head = self.t("option-outcome-no-data", &[]);
                let line = self.t(
                    "summary-no-data",
                    &[
                        ("what", FluentValue::from(label)),
                        ("status", FluentValue::from(head)),
                    ],
                );
                self.bullet(&line);
                let reason = self.t(reason_id, &[]);
                self.note(&reason, 14.0);
            }
            OutcomeEvidence::Numbers {
                measure,
                with_option,
                comparator,
                timeframe,
                certainty,
            } => {
                let main = match measure {
                    Measure::People { denominator } => {
                        self.people(with_option.low, with_option.high, *denominator)
                    }
                    Measure::Score { .. } => self.score(with_option.low, with_option.high),
                };
                let versus_label = self.t("number-comparator-label", &[]);
                let versus_group = self.t(&comparator.label_id, &[]);
                let versus = match (comparator.frequency, measure) {
                    (Some(f), Measure::People { denominator }) => {
                        self.people(f.low, f.high, *denominator)
                    }
                    (Some(f), Measure::Score { .. }) => self.score(f.low, f.high),
                    (None, _) => self.t("number-not-measured", &[]),
                };
                let span = self.span(timeframe);
                let when = self.t("number-timeframe", &[("span", FluentValue::from(span))]);
                let sure = self.certainty(*certainty);
                // The icon arrays: this option and its comparison, per 100, side by side.
                let arrays = match measure {
                    Measure::People { denominator: 100 } => Some((
                        Fill::per_100(with_option.low, with_option.high),
                        comparator.frequency.map(|f| Fill::per_100(f.low, f.high)),
                    )),
                    _ => None,
                };
                // Keep the number, its two notes and its icon arrays on one page.
                self.page.ensure(Self::outcome_height(o));
                let line = self.t(
                    "summary-outcome",
                    &[
                        ("number", FluentValue::from(main)),
                        ("what", FluentValue::from(label)),
                    ],
                );
                let comparison = self.t(
                    "summary-comparison",
                    &[
                        ("label", FluentValue::from(versus_label)),
                        ("group", FluentValue::from(versus_group.clone())),
                        ("result", FluentValue::from(versus)),
                    ],
                );
                let facts = self.t(
                    "summary-facts",
                    &[
                        ("time", FluentValue::from(when)),
                        ("certainty", FluentValue::from(sure)),
                    ],
                );
                self.bullet(&line);
                self.note(&comparison, 14.0);
                self.note(&facts, 14.0);
                if let Some((mine, theirs)) = arrays {
                    let captions = (self.current_option.clone(), versus_group.clone());
                    self.icon_arrays(o.kind, mine, theirs, captions, (line, comparison));
                }
                self.page.space(4.0);
            }
        }
    }

    fn icon_arrays(
        &mut self,
        kind: OutcomeKind,
        mine: Fill,
        theirs: Option<Fill>,
        captions: (String, String),
        alts: (String, String),
    ) {
        self.page.ensure(icons::SIDE + 8.0 + CAPTION);
        let (sure, maybe) = match kind {
            OutcomeKind::Benefit => (rgb(0.05, 0.45, 0.25), rgb(0.55, 0.78, 0.62)),
            OutcomeKind::Harm => (rgb(0.72, 0.22, 0.08), rgb(0.93, 0.65, 0.55)),
        };
        let rest = rgb(0.85, 0.85, 0.85);
        let y = self.page.y(icons::SIDE + 4.0);
        let rtl = self.page.rtl;
        let x = self.page.x(14.0, icons::SIDE);
        let person = self.page.person();
        let tones = [sure.clone(), maybe.clone(), rest.clone()];
        // Each array is a figure whose text alternative is the sentence it draws.
        self.page.open("Figure", Some(alts.0));
        self.page
            .draw(icons::array(x, y, mine, rtl, tones, &person));
        self.page.close();
        if let Some(theirs) = theirs {
            let x = self.page.x(14.0 + icons::SIDE + 24.0, icons::SIDE);
            let grey = rgb(0.35, 0.35, 0.35);
            let tones = [grey, rgb(0.6, 0.6, 0.6), rest];
            self.page.open("Figure", Some(alts.1));
            self.page
                .draw(icons::array(x, y, theirs, rtl, tones, &person));
            self.page.close();
        }
        self.page.advance(icons::SIDE + 8.0);
        // Say under each array whose it is: this option, or the comparison group.
        let width = icons::SIDE + 20.0;
        let rtl = self.page.rtl;
        let style = Style::body(8.0);
        let mine_caption = text::layout(
            self.page.font_system(),
            &captions.0,
            style,
            width,
            self.family,
            rtl,
        );
        let mut height = mine_caption.lines.len() as f32 * mine_caption.line_height;
        self.page.open("Caption", None);
        self.page
            .paragraph_at(&mine_caption, 14.0, width, rgb(MUTED.0, MUTED.1, MUTED.2));
        self.page.close();
        if theirs.is_some() {
            let theirs_caption = text::layout(
                self.page.font_system(),
                &captions.1,
                style,
                width,
                self.family,
                rtl,
            );
            height = height.max(theirs_caption.lines.len() as f32 * theirs_caption.line_height);
            self.page.open("Caption", None);
            self.page.paragraph_at(
                &theirs_caption,
                14.0 + icons::SIDE + 24.0,
                width,
                rgb(MUTED.0, MUTED.1, MUTED.2),
            );
            self.page.close();
        }
        self.page.advance(height);
    }

    /// Height an outcome needs on one page (its lines and arrays), for keep-with-next.
    fn outcome_height(o: &Outcome) -> f32 {
        let arrays = matches!(
            o.evidence,
            OutcomeEvidence::Numbers {
                measure: Measure::People { denominator: 100 },
                ..
            }
        );
        10.5 * 1.4 * 2.0
            + 9.5 * 1.4 * 2.0
            + if arrays {
                icons::SIDE + 8.0 + CAPTION
            } else {
                0.0
            }
    }
}

/// Lays out the whole summary.
pub fn write(
    w: &mut Writer<'_, '_>,
    catalog: &Catalog,
    req: &SummaryRequest<'_>,
) -> Result<(), PdfError> {
    let overview: ConditionOverview = catalog
        .overview(req.condition_id, req.stage_id)
        .map_err(|e| PdfError::Input(e.to_string()))?;
    let title = w.t("summary-title", &[]);
    w.title(&title);
    let date = crate::date_text(req)?;
    let mut meta = vec![w.t("summary-date", &[("date", FluentValue::from(date))])];
    if let Some(p) = req.patient_label.filter(|p| !p.trim().is_empty()) {
        meta.push(w.t("summary-for", &[("patient", FluentValue::from(p))]));
    }
    if let Some(c) = req.clinician_name.filter(|c| !c.trim().is_empty()) {
        meta.push(w.t("summary-clinician", &[("clinician", FluentValue::from(c))]));
    }
    for m in meta {
        w.note(&m, 0.0);
    }
    let decision = w.t(&overview.document.decision_id, &[]);
    w.page.space(6.0);
    w.body(&decision);

    // The condition and stage.
    let heading = w.t("summary-condition-heading", &[]);
    w.heading(&heading);
    let name = w.t(&overview.condition.name_id, &[]);
    w.subheading(&name);
    let summary = w.t(&overview.condition.summary_id, &[]);
    w.body(&summary);
    if let Some(stage) = &overview.stage {
        let stage_name = w.t(&stage.name_id, &[]);
        let line = w.t("summary-stage", &[("stage", FluentValue::from(stage_name))]);
        w.subheading(&line);
        let description = w.t(&stage.description_id, &[]);
        w.body(&description);
    }

    // What happens without treatment.
    let heading = w.t("figure-topic-natural-course", &[]);
    w.heading(&heading);
    let course = w.t(&overview.condition.course_id, &[]);
    w.body(&course);
    for f in overview
        .condition
        .figures
        .iter()
        .filter(|f| f.topic == FigureTopic::NaturalCourse)
    {
        w.figure(f);
    }

    // The options discussed.
    let heading = w.t("summary-options-heading", &[]);
    w.heading(&heading);
    let shown: Vec<_> = overview
        .options
        .iter()
        .filter(|o| req.option_ids.is_empty() || req.option_ids.iter().any(|id| id == &o.id))
        .collect();
    for option in shown {
        let name = w.t(&option.name_id, &[]);
        w.current_option = name.clone();
        w.page.space(6.0);
        w.page.ensure(14.0 * 1.25 + 3.0 * 10.5 * 1.4);
        w.block(&name, Style::heading(13.0), 0.0, ACCENT, "H3");
        let summary = w.t(&option.summary_id, &[]);
        w.body(&summary);
        for (kind, heading_id) in [
            (OutcomeKind::Benefit, "option-benefits-heading"),
            (OutcomeKind::Harm, "option-harms-heading"),
        ] {
            let h = w.t(heading_id, &[]);
            // Keep the heading with its first item.
            let first = option.outcomes.iter().find(|o| o.kind == kind);
            w.page.space(6.0);
            w.page
                .ensure(12.0 * 1.25 + first.map_or(0.0, Writer::outcome_height));
            w.subheading(&h);
            for o in option.outcomes.iter().filter(|o| o.kind == kind) {
                w.outcome(o);
            }
        }
    }

    // What the patient said and decided, when the summary comes from a consultation.
    if let Some(answers) = req.answers {
        crate::answers::write(w, catalog, answers)?;
    }

    // Where the numbers come from.
    let heading = w.t("summary-references-heading", &[]);
    w.heading(&heading);
    for (n, r) in overview.references.iter().enumerate() {
        let line = w.t(
            "summary-reference",
            &[
                ("number", FluentValue::from(n + 1)),
                ("citation", FluentValue::from(r.citation.clone())),
            ],
        );
        w.note(&line, 0.0);
        w.page.space(2.0);
    }

    // About this information (IPDAS: date, update policy, funding).
    let heading = w.t("about-toggle", &[]);
    w.heading(&heading);
    let d = &overview.document;
    let version = w.t(
        "about-version",
        &[("version", FluentValue::from(d.content_version.clone()))],
    );
    w.note(&version, 0.0);
    let last = crate::iso_date_text(w.locale, &d.last_reviewed)?;
    let next = crate::iso_date_text(w.locale, &d.next_review)?;
    for (label, date) in [("about-last-reviewed", &last), ("about-next-review", &next)] {
        let text = w.t(label, &[("date", FluentValue::from(date.clone()))]);
        w.note(&text, 0.0);
    }
    for id in [
        &d.update_policy_id,
        &d.funding_id,
        &d.conflicts_id,
        &d.authors_id,
    ] {
        let text = w.t(id, &[("next", FluentValue::from(next.clone()))]);
        w.note(&text, 0.0);
        w.page.space(2.0);
    }
    w.page.space(6.0);
    let not_advice = w.t(&d.not_advice_id, &[]);
    w.block(&not_advice, Style::heading(10.5), 0.0, INK, "P");
    Ok(())
}
