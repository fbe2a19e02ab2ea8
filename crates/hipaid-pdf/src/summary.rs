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
use hipaid_l10n::{FluentArgs, FluentValue, Localizer, Translation};

use crate::icons::{self, Fill};
use crate::text::Style;
use crate::{PdfError, SummaryRequest};

const ACCENT: (f32, f32, f32) = (0.043, 0.341, 0.643);
const INK: (f32, f32, f32) = (0.1, 0.1, 0.1);
const MUTED: (f32, f32, f32) = (0.33, 0.33, 0.33);
use crate::layout::CAPTION;

/// One piece of the summary, in one language, before layout. The same code run for two
/// languages gives two lists of the same shape, which bilingual mode interleaves.
#[derive(Debug, Clone)]
pub enum Block {
    Text {
        text: String,
        style: Style,
        inset: f32,
        color: (f32, f32, f32),
        /// Structure type: H1, H2, H3 or P.
        tag: &'static str,
        bullet: bool,
        /// The patient's own words: printed once, never "translated" beside itself.
        own_words: bool,
        /// Set in the direction of its own first strong letter, not the document's (the
        /// clinic's name and address, written in the clinic's language).
        own_direction: bool,
    },
    /// Vertical space (dropped at the top of a page).
    Space(f32),
    /// Start a new page unless this much still fits (keep-with-next).
    Ensure(f32),
    /// The compared options side by side: a header of names, then rows of a question and
    /// one cell per option (each cell one or more short paragraphs; the first in bold when
    /// the row's flag says so).
    Table {
        caption: String,
        header: Vec<String>,
        rows: Vec<(String, bool, Vec<Vec<String>>)>,
    },
    /// When each option starts to help, helps most and wears off, and its recovery, on one
    /// axis of 0–24 months (the screen's timeline chart).
    Timeline {
        alt: String,
        rows: Vec<(String, hipaid_core::Timeline)>,
        ticks: Vec<(f64, String)>,
        axis_title: String,
        /// Not working yet, helping, a range, helps most, recovery, not known.
        legend: [String; 6],
        none: String,
        unknown: String,
    },
    /// The hip picture (same drawing as on screen) with its numbered legend: (number in the
    /// locale's digits, part name, affected) for the six parts, and the word "Affected".
    /// The clinic's logo (a PNG checked by the settings), at the start side of the header.
    Logo {
        png: std::sync::Arc<Vec<u8>>,
        alt: String,
    },
    Hip {
        affects: Vec<String>,
        alt: String,
        legend: Vec<(String, String, bool)>,
        affected: String,
    },
    /// An option's icon array and its comparison group's, side by side.
    Arrays {
        kind: OutcomeKind,
        mine: Fill,
        theirs: Option<Fill>,
        captions: (String, String),
        alts: (String, String),
    },
}

/// Says what the summary says, in one locale, as a list of blocks.
pub struct Writer<'a> {
    l10n: &'a Localizer,
    pub locale: &'a str,
    /// Messages that were missing in every locale (reported; the text shows the id).
    pub missing: Vec<String>,
    /// The name of the option being written (captions its icon arrays).
    current_option: String,
    /// The clinic's own cost and insurance notes, by option id.
    clinic_notes: std::collections::BTreeMap<String, hipaid_core::settings::OptionNote>,
    pub blocks: Vec<Block>,
}

impl<'a> Writer<'a> {
    pub fn new(l10n: &'a Localizer, locale: &'a str) -> Self {
        Writer {
            l10n,
            locale,
            missing: Vec::new(),
            current_option: String::new(),
            clinic_notes: std::collections::BTreeMap::new(),
            blocks: Vec::new(),
        }
    }

    pub fn space(&mut self, points: f32) {
        self.blocks.push(Block::Space(points));
    }

    pub fn ensure(&mut self, points: f32) {
        self.blocks.push(Block::Ensure(points));
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
        self.blocks.push(Block::Text {
            text: text.to_owned(),
            style,
            inset,
            color,
            tag,
            bullet: false,
            own_words: false,
            own_direction: false,
        });
    }

    /// The patient's own words (a note, their questions): the same in every language.
    pub fn own_words(&mut self, text: &str) {
        self.blocks.push(Block::Text {
            text: text.to_owned(),
            style: Style::body(10.5),
            inset: 0.0,
            color: INK,
            tag: "P",
            bullet: false,
            own_words: true,
            own_direction: false,
        });
        self.space(3.0);
    }

    /// A line of the clinic's own header (its name, address): printed once, in the
    /// direction of its own script.
    fn clinic_line(&mut self, text: &str, style: Style) {
        self.blocks.push(Block::Text {
            text: text.to_owned(),
            style,
            inset: 0.0,
            color: INK,
            tag: "P",
            bullet: false,
            own_words: true,
            own_direction: true,
        });
    }

    pub fn title(&mut self, text: &str) {
        self.block(text, Style::heading(20.0), 0.0, ACCENT, "H1");
        self.space(4.0);
    }

    pub fn heading(&mut self, text: &str) {
        self.space(10.0);
        // Keep a heading with at least two lines of what follows.
        self.ensure(16.0 * 1.25 + 2.0 * 10.5 * 1.4);
        self.block(text, Style::heading(14.0), 0.0, ACCENT, "H2");
        self.space(2.0);
    }

    pub fn subheading(&mut self, text: &str) {
        self.space(6.0);
        self.ensure(12.0 * 1.25 + 2.0 * 10.5 * 1.4);
        self.block(text, Style::heading(11.5), 0.0, INK, "H3");
    }

    pub fn body(&mut self, text: &str) {
        self.block(text, Style::body(10.5), 0.0, INK, "P");
        self.space(3.0);
    }

    pub fn note(&mut self, text: &str, inset: f32) {
        self.block(text, Style::body(9.5), inset, MUTED, "P");
    }

    /// A bullet: the mark on the start side, the text indented after it.
    pub fn bullet(&mut self, text: &str) {
        self.ensure(10.5 * 1.4);
        self.blocks.push(Block::Text {
            text: text.to_owned(),
            style: Style::body(10.5),
            inset: 14.0,
            color: INK,
            tag: "P",
            bullet: true,
            own_words: false,
            own_direction: false,
        });
        self.space(2.0);
    }

    /// The hip picture for a condition's affected parts.
    fn hip_picture(&mut self, affects: &[String]) {
        let lang: Option<unic_langid::LanguageIdentifier> = self.locale.parse().ok();
        let mut legend = Vec::new();
        let mut affected_names = Vec::new();
        for (i, part) in crate::hip::PARTS.iter().enumerate() {
            let name = self.t(&format!("part-{part}"), &[]);
            let number = lang
                .as_ref()
                .and_then(|l| hipaid_l10n::format::number(l, (i + 1) as f64).ok())
                .unwrap_or_else(|| (i + 1).to_string());
            let on = affects.iter().any(|a| a == part);
            if on {
                affected_names.push(name.clone());
            }
            legend.push((number, name, on));
        }
        let alt = if affected_names.is_empty() {
            self.t("hip-picture-alt-none", &[])
        } else {
            let parts = lang.as_ref().map_or_else(
                || affected_names.join(", "),
                |l| hipaid_l10n::format::list(l, &affected_names),
            );
            self.t("hip-picture-alt", &[("parts", FluentValue::from(parts))])
        };
        let affected = self.t("hip-picture-affected", &[]);
        self.blocks.push(Block::Hip {
            affects: affects.to_vec(),
            alt,
            legend,
            affected,
        });
    }

    /// A price with its currency, from the locale's `money` message (as on screen).
    fn money(&mut self, amount: f64, currency: &str) -> String {
        self.t(
            "money",
            &[
                ("amount", FluentValue::from(amount.round())),
                ("currency", FluentValue::from(currency.to_owned())),
            ],
        )
    }

    /// "$574 to $700 per injection", or "No reliable price found", as the screen writes it.
    fn cost(&mut self, cost: &hipaid_core::Cost) -> String {
        let Some(amount) = cost.amount else {
            return self.t("cost-unknown", &[]);
        };
        let per = self.t(&format!("cost-per-{}", kebab(&cost.per)), &[]);
        let low = self.money(amount.low, &cost.currency);
        if amount.low == amount.high {
            return self.t(
                "option-cost-amount",
                &[
                    ("amount", FluentValue::from(low)),
                    ("per", FluentValue::from(per)),
                ],
            );
        }
        let high = self.money(amount.high, &cost.currency);
        self.t(
            "option-cost-range",
            &[
                ("low", FluentValue::from(low)),
                ("high", FluentValue::from(high)),
                ("per", FluentValue::from(per)),
            ],
        )
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
        self.space(3.0);
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
                // The screen's rule (one denominator per group): out of 100 when at least one
                // person in 100 is affected, else out of 1,000, whatever the study used.
                let shown = shown_on(measure, *with_option);
                let main = match measure {
                    Measure::People { denominator } => {
                        let v = hipaid_core::rescale(*with_option, *denominator, shown);
                        self.people(v.low, v.high, shown)
                    }
                    Measure::Score { .. } => self.score(with_option.low, with_option.high),
                };
                let versus_label = self.t("number-comparator-label", &[]);
                let versus_group = self.t(&comparator.label_id, &[]);
                let versus = match (comparator.frequency, measure) {
                    (Some(f), Measure::People { denominator }) => {
                        let v = hipaid_core::rescale(f, *denominator, shown);
                        self.people(v.low, v.high, shown)
                    }
                    (Some(f), Measure::Score { .. }) => self.score(f.low, f.high),
                    (None, _) => self.t("number-not-measured", &[]),
                };
                let span = self.span(timeframe);
                let when = self.t("number-timeframe", &[("span", FluentValue::from(span))]);
                let sure = self.certainty(*certainty);
                // The icon arrays: this option and its comparison, per 100, side by side.
                let arrays = match measure {
                    Measure::People { denominator } if shown == hipaid_core::COMMON => {
                        let per_100 = |f| hipaid_core::rescale(f, *denominator, shown);
                        let mine = per_100(*with_option);
                        Some((
                            Fill::per_100(mine.low, mine.high),
                            comparator.frequency.map(|f| {
                                let f = per_100(f);
                                Fill::per_100(f.low, f.high)
                            }),
                        ))
                    }
                    _ => None,
                };
                // Keep the number, its two notes and its icon arrays on one page.
                self.ensure(Self::outcome_height(o));
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
                self.space(4.0);
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
        self.ensure(icons::SIDE + 8.0 + CAPTION);
        self.blocks.push(Block::Arrays {
            kind,
            mine,
            theirs,
            captions,
            alts,
        });
    }

    /// The compare screen's table on paper, for the rows that fit a page: how soon, how long,
    /// recovery, repeats, cost, certainty and guidelines. Benefits and harms follow per option
    /// with their icon arrays.
    fn comparison_table(&mut self, options: &[&hipaid_core::OptionDetail]) {
        let caption = self.t("consult-compare-caption", &[]);
        let header = options.iter().map(|o| self.t(&o.name_id, &[])).collect();
        let mut rows = Vec::new();
        let mut row =
            |w: &mut Self,
             id: &str,
             cell: &dyn Fn(&mut Self, &hipaid_core::OptionDetail) -> Vec<String>| {
                let label = w.t(id, &[]);
                let cells = options.iter().map(|o| cell(w, o)).collect();
                // A list of guideline positions has no leading fact to stress.
                rows.push((label, id != "consult-row-guidelines", cells));
            };
        row(self, "consult-row-onset", &|w, o| {
            vec![w.span(&o.timeline.onset)]
        });
        row(self, "consult-row-lasts", &|w, o| {
            let peak = w.span(&o.timeline.peak);
            vec![
                w.span(&o.timeline.lasts),
                w.t("consult-peak", &[("span", FluentValue::from(peak))]),
            ]
        });
        row(self, "consult-row-recovery", &|w, o| {
            let off = w.span(&o.procedure.time_off);
            vec![
                w.span(&o.timeline.recovery),
                w.t("consult-time-off", &[("span", FluentValue::from(off))]),
            ]
        });
        row(self, "consult-row-repeats", &|w, o| {
            let gap = w.span(&o.repeats.min_gap);
            let mut args = vec![("gap", FluentValue::from(gap))];
            if let Some(max) = o.repeats.max_per_year {
                args.push(("max", FluentValue::from(max)));
            }
            vec![w.t(&o.repeats.text_id, &args)]
        });
        row(self, "consult-row-cost", &|w, o| {
            let insurance = w.t(&format!("insurance-{}", kebab(&o.cost.insurance)), &[]);
            let mut cell = vec![w.cost(&o.cost), insurance];
            if let Some(note) = w.clinic_notes.get(&o.id).cloned() {
                for (id, text) in [
                    ("clinic-cost-note", note.cost),
                    ("clinic-insurance-note", note.insurance),
                ] {
                    if let Some(text) = text {
                        cell.push(w.t(id, &[("note", FluentValue::from(text))]));
                    }
                }
            }
            cell
        });
        row(self, "consult-row-certainty", &|w, o| {
            vec![w.certainty(o.certainty)]
        });
        row(self, "consult-row-guidelines", &|w, o| {
            o.guidelines
                .iter()
                .map(|g| {
                    let guideline = w.t(&g.name_id, &[]);
                    let stance = w.t(&format!("stance-{}", kebab(&g.stance)), &[]);
                    w.t(
                        "consult-guideline-line",
                        &[
                            ("guideline", FluentValue::from(guideline)),
                            ("stance", FluentValue::from(stance)),
                        ],
                    )
                })
                .collect()
        });
        self.space(6.0);
        self.blocks.push(Block::Table {
            caption,
            header,
            rows,
        });
        self.space(6.0);
    }

    /// The screen's timeline chart, with its words.
    fn timeline(&mut self, options: &[&hipaid_core::OptionDetail]) {
        let alt = self.t(
            "timeline-summary",
            &[("count", FluentValue::from(options.len()))],
        );
        let rows = options
            .iter()
            .map(|o| (self.t(&o.name_id, &[]), o.timeline.clone()))
            .collect();
        let ticks = [0.0, 3.0, 6.0, 12.0, 18.0, 24.0]
            .into_iter()
            .map(|m| {
                (
                    m,
                    self.t("timeline-axis-month", &[("months", FluentValue::from(m))]),
                )
            })
            .collect();
        let axis_title = self.t("timeline-axis-title", &[]);
        let legend = [
            "timeline-legend-wait",
            "timeline-legend-working",
            "timeline-legend-range",
            "timeline-legend-peak",
            "timeline-legend-recovery",
            "timeline-legend-unknown",
        ]
        .map(|id| self.t(id, &[]));
        let none = self.t("span-none", &[]);
        let unknown = self.t("span-unknown", &[]);
        self.space(6.0);
        self.blocks.push(Block::Timeline {
            alt,
            rows,
            ticks,
            axis_title,
            legend,
            none,
            unknown,
        });
        self.space(6.0);
    }

    /// Height an outcome needs on one page (its lines and arrays), for keep-with-next.
    fn outcome_height(o: &Outcome) -> f32 {
        let arrays = match &o.evidence {
            OutcomeEvidence::Numbers {
                measure: measure @ Measure::People { .. },
                with_option,
                ..
            } => shown_on(measure, *with_option) == hipaid_core::COMMON,
            _ => false,
        };
        10.5 * 1.4 * 2.0
            + 9.5 * 1.4 * 2.0
            + if arrays {
                icons::SIDE + 8.0 + CAPTION
            } else {
                0.0
            }
    }
}

/// A vocabulary value's kebab-case wire name (`strong-for`), as the screen's message ids use.
fn kebab<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The denominator a count of people is shown on, by the same rule as the compare screen
/// (`hipaid_core::group_for`); a score keeps its own scale.
fn shown_on(measure: &Measure, value: hipaid_core::Frequency) -> u32 {
    match measure {
        Measure::People { denominator } => hipaid_core::group_for(value, *denominator),
        Measure::Score { .. } => hipaid_core::COMMON,
    }
}

/// Lays out the whole summary.
/// The clinic's logo, name, address and phone, as its settings give them.
fn clinic_header(w: &mut Writer<'_>, clinic: &hipaid_core::ClinicSettings) {
    let name = clinic.clinic_name.as_deref().unwrap_or_default();
    if let Some(png) = clinic.logo_bytes() {
        let alt = w.t(
            "summary-clinic-logo",
            &[("clinic", FluentValue::from(name))],
        );
        w.blocks.push(Block::Logo {
            png: std::sync::Arc::new(png),
            alt,
        });
    }
    if !name.is_empty() {
        w.clinic_line(name, Style::heading(11.0));
    }
    for line in clinic.address.iter().flat_map(|a| a.lines()) {
        w.clinic_line(line, Style::body(9.5));
    }
    if let Some(phone) = &clinic.phone {
        let line = w.t(
            "summary-clinic-phone",
            &[("phone", FluentValue::from(phone.as_str()))],
        );
        w.note(&line, 0.0);
    }
    w.space(4.0);
}

pub fn write(
    w: &mut Writer<'_>,
    catalog: &Catalog,
    req: &SummaryRequest<'_>,
) -> Result<(), PdfError> {
    let overview: ConditionOverview = catalog
        .overview(req.condition_id, req.stage_id)
        .map_err(|e| PdfError::Input(e.to_string()))?;
    if let Some(clinic) = req.clinic {
        clinic_header(w, clinic);
        w.clinic_notes = clinic.option_notes.clone();
    }
    let title = w.t("summary-title", &[]);
    w.title(&title);
    let date = crate::date_text(w.locale, req.date)?;
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
    w.space(6.0);
    w.body(&decision);

    // The condition and stage.
    let heading = w.t("summary-condition-heading", &[]);
    w.heading(&heading);
    let name = w.t(&overview.condition.name_id, &[]);
    w.subheading(&name);
    let summary = w.t(&overview.condition.summary_id, &[]);
    w.body(&summary);
    w.hip_picture(&overview.condition.affects);
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
    let shown_ids: Vec<&str> = shown.iter().map(|o| o.id.as_str()).collect();
    if shown.len() >= 2 {
        w.comparison_table(&shown);
    }
    if !shown.is_empty() {
        w.timeline(&shown);
    }
    for option in shown {
        let name = w.t(&option.name_id, &[]);
        w.current_option = name.clone();
        w.space(6.0);
        w.ensure(14.0 * 1.25 + 3.0 * 10.5 * 1.4);
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
            w.space(6.0);
            w.ensure(12.0 * 1.25 + first.map_or(0.0, Writer::outcome_height));
            w.subheading(&h);
            for o in option.outcomes.iter().filter(|o| o.kind == kind) {
                w.outcome(o);
            }
        }
    }

    // Claims the patient may have read about the options discussed, with what the evidence
    // says (as the option screens show them), each claim once.
    let claims: Vec<_> = overview
        .claims
        .iter()
        .filter(|c| c.options.iter().any(|o| shown_ids.contains(&o.as_str())))
        .collect();
    if !claims.is_empty() {
        let heading = w.t("option-claims-heading", &[]);
        w.heading(&heading);
        let (claim_label, answer_label) = (
            w.t("option-claim-label", &[]),
            w.t("option-claim-answer-label", &[]),
        );
        for c in claims {
            w.space(4.0);
            w.ensure(12.0 * 1.25 + 3.0 * 10.5 * 1.4);
            w.subheading(&claim_label);
            let claim = w.t(&c.claim_id, &[]);
            w.body(&claim);
            w.subheading(&answer_label);
            let answer = w.t(&c.answer_id, &[]);
            w.body(&answer);
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
        w.space(2.0);
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
        w.space(2.0);
    }
    // Whether a qualified medical translator checked this language (a draft says so).
    let status = match hipaid_l10n::meta::of(w.locale).map(|m| &m.translation) {
        Some(Translation::Source) => w.t("summary-translation-source", &[]),
        Some(Translation::Reviewed {
            reviewer,
            reviewed_on,
        }) => {
            let date = crate::iso_date_text(w.locale, reviewed_on)?;
            w.t(
                "summary-translation-reviewed",
                &[
                    ("reviewer", FluentValue::from(reviewer.clone())),
                    ("date", FluentValue::from(date)),
                ],
            )
        }
        Some(Translation::Draft) | None => w.t("summary-translation-draft", &[]),
    };
    w.space(4.0);
    w.block(&status, Style::heading(9.5), 0.0, INK, "P");
    w.space(6.0);
    let not_advice = w.t(&d.not_advice_id, &[]);
    w.block(&not_advice, Style::heading(10.5), 0.0, INK, "P");
    Ok(())
}
