//! Turns checked content files into the queryable model: message ids filled in, words like
//! "unknown" turned into typed values, options ordered as the document says, and the list of
//! messages the content needs collected on the way.

use super::file::{self, RangeFile, SpanFile};
use super::messages::{Collector, MessageRole};
use super::{Catalog, ContentError, Parsed, Problem};
use crate::ids;
use crate::model::{
    Claim, Comparator, ConditionDetail, Cost, DocumentFacts, Factor, Figure, GuidelinePosition,
    Measure, Milestone, OptionDetail, Outcome, OutcomeEvidence, PayCardItem, Procedure, Reference,
    RegulatoryStatus, Repeats, Span, StageInfo, Timeline,
};

fn span(s: &SpanFile) -> Span {
    match s {
        SpanFile::Range { low, high, unit } => Span::Range {
            low: *low,
            high: *high,
            unit: *unit,
        },
        SpanFile::Word(w) if w == "none" => Span::None,
        SpanFile::Word(_) => Span::Unknown,
    }
}

fn amount(r: &RangeFile) -> Option<crate::model::Frequency> {
    match r {
        RangeFile::Range(f) => Some(*f),
        RangeFile::Word(_) => None,
    }
}

pub(super) fn build(p: &Parsed) -> Result<Catalog, ContentError> {
    let mut m = Collector::default();
    let Some(doc) = p.document.first() else {
        return Err(ContentError::Invalid(vec![Problem {
            file: "document.toml".to_owned(),
            entry: String::new(),
            message: "no [document] section".to_owned(),
        }]));
    };
    let (dfile, d) = (&doc.file, &doc.item);
    let document = DocumentFacts {
        content_version: d.content_version.clone(),
        last_reviewed: d.last_reviewed.clone(),
        next_review: d.next_review.clone(),
        decision_id: "document-decision".to_owned(),
        purpose_id: "document-purpose".to_owned(),
        update_policy_id: "document-update-policy".to_owned(),
        funding_id: "document-funding".to_owned(),
        conflicts_id: "document-conflicts".to_owned(),
        authors_id: "document-authors".to_owned(),
        not_advice_id: "document-not-advice".to_owned(),
    };
    for id in [
        &document.decision_id,
        &document.purpose_id,
        &document.update_policy_id,
        &document.funding_id,
        &document.conflicts_id,
        &document.authors_id,
        &document.not_advice_id,
    ] {
        m.add(id.clone(), MessageRole::Body, dfile, "document");
    }

    let references = p.references.iter().map(|r| reference(&r.item)).collect();
    for s in &p.scales {
        m.add(
            ids::scale(&s.item.id),
            MessageRole::Heading,
            &s.file,
            &format!("scale `{}`", s.item.id),
        );
    }
    for g in &p.guidelines {
        m.add(
            ids::guideline(Some(&g.item.id)),
            MessageRole::Heading,
            &g.file,
            &format!("guideline `{}`", g.item.id),
        );
    }

    let position =
        |order: &[String], id: &str| order.iter().position(|x| x == id).unwrap_or(usize::MAX);
    let mut conds: Vec<_> = p.conditions.iter().collect();
    conds.sort_by_key(|c| position(&d.condition_order, &c.item.id));
    let mut conditions = Vec::new();
    let mut applicability = Vec::new();
    for x in conds {
        let (file, c) = (&x.file, &x.item);
        conditions.push(condition(c, file, &mut m));
        let mut applies: Vec<(String, Vec<String>)> = c
            .options
            .iter()
            .map(|a| {
                m.add(
                    ids::applies(&c.id, &a.option),
                    MessageRole::Body,
                    file,
                    &format!("condition `{}`, option `{}`", c.id, a.option),
                );
                (
                    a.option.clone(),
                    a.stages.clone().unwrap_or_else(|| c.stages.clone()),
                )
            })
            .collect();
        applies.sort_by_key(|(o, _)| position(&d.option_order, o));
        applicability.push((c.id.clone(), applies));
    }

    let mut opts: Vec<_> = p.options.iter().collect();
    opts.sort_by_key(|o| position(&d.option_order, &o.item.id));
    let options = opts
        .iter()
        .map(|x| option(&x.item, &x.file, p, &mut m))
        .collect();

    let claims = p
        .claims
        .iter()
        .map(|x| {
            let at = format!("claim `{}`", x.item.id);
            m.add(ids::claim(&x.item.id), MessageRole::Body, &x.file, &at);
            m.add(
                ids::claim_answer(&x.item.id),
                MessageRole::Body,
                &x.file,
                &at,
            );
            Claim {
                id: x.item.id.clone(),
                claim_id: ids::claim(&x.item.id),
                answer_id: ids::claim_answer(&x.item.id),
                options: x.item.options.clone(),
                source_ids: x.item.sources.clone(),
            }
        })
        .collect();
    let pay_card = p
        .pay_card
        .iter()
        .map(|x| {
            let at = format!("pay_card `{}`", x.item.id);
            m.add(ids::pay_card(&x.item.id), MessageRole::Body, &x.file, &at);
            PayCardItem {
                id: x.item.id.clone(),
                text_id: ids::pay_card(&x.item.id),
                kind: x.item.kind,
                options: x.item.options.clone(),
                source_ids: x.item.sources.clone(),
            }
        })
        .collect();

    Ok(Catalog {
        document,
        references,
        conditions,
        applicability,
        options,
        claims,
        pay_card,
        messages: m.uses,
        files: 0,
    })
}

fn condition(c: &file::ConditionFile, file: &str, m: &mut Collector) -> ConditionDetail {
    let at = format!("condition `{}`", c.id);
    let detail = ConditionDetail {
        id: c.id.clone(),
        name_id: ids::condition_name(&c.id),
        summary_id: ids::condition_summary(&c.id),
        diagnosis_id: ids::condition_diagnosis(&c.id),
        course_id: ids::condition_course(&c.id),
        stages: c
            .stages
            .iter()
            .map(|s| StageInfo {
                id: s.clone(),
                name_id: ids::stage_name(&c.id, s),
                description_id: ids::stage_description(&c.id, s),
            })
            .collect(),
        affects: c.affects.clone(),
        figures: c
            .figures
            .iter()
            .map(|f| Figure {
                id: f.id.clone(),
                label_id: ids::figure(&f.id),
                topic: f.topic,
                denominator: f.denominator,
                value: f.value,
                timeframe: f.timeframe.as_ref().map(span),
                age_from: f.age_from,
                age_to: f.age_to,
                certainty: f.certainty,
                source_ids: f.sources.clone(),
            })
            .collect(),
        diagnosis_source_ids: c.diagnosis_sources.clone(),
    };
    m.add(detail.name_id.clone(), MessageRole::Heading, file, &at);
    m.add(detail.summary_id.clone(), MessageRole::Body, file, &at);
    m.add(detail.diagnosis_id.clone(), MessageRole::Body, file, &at);
    m.add(detail.course_id.clone(), MessageRole::Body, file, &at);
    for s in &detail.stages {
        let at = format!("{at}, stage `{}`", s.id);
        m.add(s.name_id.clone(), MessageRole::Heading, file, &at);
        m.add(s.description_id.clone(), MessageRole::Body, file, &at);
    }
    for f in &detail.figures {
        m.add(
            f.label_id.clone(),
            MessageRole::Label,
            file,
            &format!("figure `{}`", f.id),
        );
    }
    detail
}

fn option(o: &file::OptionFile, file: &str, p: &Parsed, m: &mut Collector) -> OptionDetail {
    let at = format!("option `{}`", o.id);
    let body =
        |m: &mut Collector, id: String, entry: &str| m.add(id, MessageRole::Body, file, entry);
    m.add(ids::option_name(&o.id), MessageRole::Heading, file, &at);
    body(m, ids::option_summary(&o.id), &at);
    body(m, ids::option_regulatory(&o.id), &at);
    body(m, ids::option_cost(&o.id), &format!("{at}, cost"));
    body(m, ids::repeats(&o.id), &format!("{at}, repeats"));
    for v in &o.variants {
        body(m, ids::variant(&o.id, v), &format!("{at}, variant `{v}`"));
    }
    for s in &o.procedure.steps {
        body(m, ids::step(&o.id, s), &format!("{at}, step `{s}`"));
    }
    for ms in &o.timeline.milestones {
        m.add(
            ids::milestone(&o.id, &ms.id),
            MessageRole::Label,
            file,
            &format!("{at}, milestone `{}`", ms.id),
        );
    }
    for f in &o.factors {
        body(
            m,
            ids::factor(&o.id, &f.id),
            &format!("{at}, factor `{}`", f.id),
        );
    }
    let outcomes = o
        .outcomes
        .iter()
        .map(|x| {
            let entry = format!("outcome `{}`", x.id);
            m.add(ids::outcome_label(&x.id), MessageRole::Label, file, &entry);
            if x.note {
                body(m, ids::outcome_note(&x.id), &entry);
            }
            let evidence = if x.no_reliable_data {
                body(m, ids::no_data(&x.id), &entry);
                OutcomeEvidence::NoReliableData {
                    reason_id: ids::no_data(&x.id),
                }
            } else {
                let measure = match (&x.denominator, &x.scale) {
                    (Some(d), _) => Measure::People { denominator: *d },
                    (None, scale) => {
                        let id = scale.clone().unwrap_or_default();
                        let s = p.scales.iter().find(|s| s.item.id == id);
                        Measure::Score {
                            name_id: ids::scale(&id),
                            min: s.map_or(0.0, |s| s.item.min),
                            max: s.map_or(0.0, |s| s.item.max),
                            better: s
                                .map_or(crate::model::ScaleDirection::Higher, |s| s.item.better),
                            scale_id: id,
                        }
                    }
                };
                let label = x
                    .comparator
                    .as_ref()
                    .map_or("no-comparison-group", |c| c.label.as_str());
                m.add(
                    ids::comparator_label(label),
                    MessageRole::Label,
                    file,
                    &entry,
                );
                OutcomeEvidence::Numbers {
                    measure,
                    with_option: x.with_option.unwrap_or(crate::model::Frequency {
                        low: 0.0,
                        high: 0.0,
                    }),
                    comparator: Comparator {
                        label_id: ids::comparator_label(label),
                        frequency: x.comparator.as_ref().and_then(|c| c.frequency),
                    },
                    timeframe: x.timeframe.as_ref().map_or(Span::Unknown, span),
                    certainty: x.certainty.unwrap_or(crate::model::Certainty::VeryLow),
                }
            };
            Outcome {
                id: x.id.clone(),
                label_id: ids::outcome_label(&x.id),
                note_id: x.note.then(|| ids::outcome_note(&x.id)),
                kind: x.kind,
                conditions: x.conditions.clone(),
                evidence,
                source_ids: x.sources.clone(),
            }
        })
        .collect();
    let guidelines = o
        .guidelines
        .iter()
        .map(|g| {
            let gid = (g.guideline != "none").then(|| g.guideline.clone());
            let name_id = ids::guideline(gid.as_deref());
            m.add(
                name_id.clone(),
                MessageRole::Heading,
                file,
                &format!("{at}, guideline `{}`", g.guideline),
            );
            GuidelinePosition {
                year: gid
                    .as_ref()
                    .and_then(|id| p.guidelines.iter().find(|x| &x.item.id == id))
                    .map(|x| x.item.year),
                guideline_id: gid,
                name_id,
                conditions: g.conditions.clone(),
                stance: g.stance,
                source_ids: g.sources.clone(),
            }
        })
        .collect();
    OptionDetail {
        id: o.id.clone(),
        name_id: ids::option_name(&o.id),
        summary_id: ids::option_summary(&o.id),
        kind: o.kind,
        variant_ids: o.variants.iter().map(|v| ids::variant(&o.id, v)).collect(),
        applies_id: None,
        certainty: o.certainty,
        regulatory: RegulatoryStatus {
            status: o.regulatory,
            text_id: ids::option_regulatory(&o.id),
            source_ids: o.regulatory_sources.clone(),
        },
        procedure: Procedure {
            step_ids: o
                .procedure
                .steps
                .iter()
                .map(|s| ids::step(&o.id, s))
                .collect(),
            visits: amount(&o.procedure.visits),
            guidance: o.procedure.guidance,
            anaesthesia: o.procedure.anaesthesia,
            time_off: span(&o.procedure.time_off),
            source_ids: o.procedure.sources.clone(),
        },
        timeline: Timeline {
            onset: span(&o.timeline.onset),
            peak: span(&o.timeline.peak),
            lasts: span(&o.timeline.lasts),
            recovery: span(&o.timeline.recovery),
            milestones: o
                .timeline
                .milestones
                .iter()
                .map(|x| Milestone {
                    id: x.id.clone(),
                    label_id: ids::milestone(&o.id, &x.id),
                    at: span(&x.at),
                    source_ids: x.sources.clone(),
                })
                .collect(),
            certainty: o.timeline.certainty,
            source_ids: o.timeline.sources.clone(),
        },
        repeats: Repeats {
            allowed: o.repeats.allowed,
            min_gap: span(&o.repeats.min_gap),
            max_per_year: o.repeats.max_per_year,
            text_id: ids::repeats(&o.id),
            source_ids: o.repeats.sources.clone(),
        },
        cost: Cost {
            currency: o.cost.currency.clone(),
            amount: amount(&o.cost.amount),
            per: o.cost.per,
            insurance: o.cost.insurance,
            note_id: ids::option_cost(&o.id),
            source_ids: o.cost.sources.clone(),
        },
        outcomes,
        guidelines,
        factors: o
            .factors
            .iter()
            .map(|f| Factor {
                id: f.id.clone(),
                text_id: ids::factor(&o.id, &f.id),
                source_ids: f.sources.clone(),
            })
            .collect(),
    }
}

/// The option as shown for one condition: only that condition's outcomes and guideline
/// positions, and the sentence on how it fits the condition.
pub(super) fn for_condition(o: &OptionDetail, condition: &str) -> OptionDetail {
    let mut out = o.clone();
    out.outcomes
        .retain(|x| x.conditions.iter().any(|c| c == condition));
    out.guidelines
        .retain(|g| g.conditions.iter().any(|c| c == condition));
    out.applies_id = Some(ids::applies(condition, &o.id));
    out
}

/// Every list of source ids in an option, in the order the screen shows them.
pub(super) fn source_lists(o: &OptionDetail) -> Vec<&[String]> {
    let mut out: Vec<&[String]> = vec![&o.procedure.source_ids, &o.timeline.source_ids];
    out.extend(
        o.timeline
            .milestones
            .iter()
            .map(|m| m.source_ids.as_slice()),
    );
    out.extend(o.outcomes.iter().map(|x| x.source_ids.as_slice()));
    out.extend(o.guidelines.iter().map(|g| g.source_ids.as_slice()));
    out.push(&o.repeats.source_ids);
    out.push(&o.cost.source_ids);
    out.push(&o.regulatory.source_ids);
    out.extend(o.factors.iter().map(|f| f.source_ids.as_slice()));
    out
}

fn reference(r: &file::ReferenceFile) -> Reference {
    let authors = r.authors.trim_end_matches('.');
    let title = r.title.trim_end_matches('.');
    let year = r
        .year
        .map_or_else(|| "no date".to_owned(), |y| y.to_string());
    let mut citation = format!("{authors}. {title}. {}. {year}", r.journal);
    if let Some(size) = &r.size {
        citation.push_str(&format!(" ({size})"));
    }
    if let Some(doi) = &r.doi {
        citation.push_str(&format!(". doi:{doi}"));
    }
    if let Some(pmid) = &r.pmid {
        citation.push_str(&format!(". PMID {pmid}"));
    }
    // A DOI or PMID is the stable address; a plain URL is the fallback.
    let link = r
        .doi
        .as_ref()
        .map(|d| format!("https://doi.org/{d}"))
        .or_else(|| {
            r.pmid
                .as_ref()
                .map(|p| format!("https://pubmed.ncbi.nlm.nih.gov/{p}/"))
        })
        .or_else(|| r.url.clone())
        .unwrap_or_default();
    Reference {
        id: r.id.clone(),
        authors: r.authors.clone(),
        year: r.year,
        title: r.title.clone(),
        journal: r.journal.clone(),
        doi: r.doi.clone(),
        pmid: r.pmid.clone(),
        url: r.url.clone(),
        link,
        study_type: r.study_type,
        size: r.size.clone(),
        citation,
    }
}
