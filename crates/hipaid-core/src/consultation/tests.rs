//! Tests of the consultation record against the shipped content: free-text rules,
//! applicability filtering, hidden options, the same-denominator rule and SURE scoring.

use super::*;
use crate::ErrorCode;
use crate::model::{Frequency, OutcomeKind};

fn input(label: Option<&str>) -> StartConsultation {
    StartConsultation {
        ui_locale: "en-US".into(),
        patient_locale: "es".into(),
        patient_label: label.map(str::to_owned),
        clinician_name: None,
    }
}

fn started() -> Consultation {
    Consultation::start(input(None), "2026-11-22T10:30:00Z".into()).unwrap()
}

fn with_condition(catalog: &Catalog, condition: &str, stage: Option<&str>) -> Consultation {
    let mut c = started();
    c.choose_condition(catalog, condition, stage).unwrap();
    c
}

fn compare(ids: &[&str]) -> ConsultationChange {
    ConsultationChange::SetCompared {
        option_ids: ids.iter().map(|s| (*s).to_owned()).collect(),
    }
}

#[test]
fn free_text_is_trimmed_and_empty_is_none() {
    let c = Consultation::start(input(Some("  Room 3, 10:30 ")), "t".into()).unwrap();
    assert_eq!(c.patient_label.as_deref(), Some("Room 3, 10:30"));
    let c = Consultation::start(input(Some("   ")), "t".into()).unwrap();
    assert_eq!(c.patient_label, None);
}

#[test]
fn limits_count_characters_not_bytes() {
    let cjk = "患".repeat(MAX_PATIENT_LABEL);
    assert!(Consultation::start(input(Some(&cjk)), "t".into()).is_ok());
    let long = "a".repeat(MAX_PATIENT_LABEL + 1);
    let err = Consultation::start(input(Some(&long)), "t".into()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TextTooLong);
}

#[test]
fn control_characters_are_refused_but_notes_keep_line_breaks() {
    let err = Consultation::start(input(Some("a\u{7}b")), "t".into()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidText);
    let err = Consultation::start(input(Some("line\nbreak")), "t".into()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidText);

    let catalog = Catalog::embedded().unwrap();
    let mut c = started();
    c.apply(
        &catalog,
        ConsultationChange::SetClinicianNotes {
            text: Some("Line one\r\nLine two\tend ".into()),
        },
    )
    .unwrap();
    assert_eq!(
        c.clinician_notes.as_deref(),
        Some("Line one\nLine two\tend")
    );
    let err = c
        .apply(
            &catalog,
            ConsultationChange::SetClinicianNotes {
                text: Some("bell\u{7}".into()),
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidText);
    assert_eq!(
        c.clinician_notes.as_deref(),
        Some("Line one\nLine two\tend")
    );
    let long = "é".repeat(MAX_CLINICIAN_NOTE + 1);
    let err = c
        .apply(
            &catalog,
            ConsultationChange::SetClinicianNotes { text: Some(long) },
        )
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::TextTooLong);
}

#[test]
fn choosing_a_condition_checks_it_against_the_catalog() {
    let catalog = Catalog::embedded().unwrap();
    let mut c = with_condition(&catalog, "hip-oa", Some("kl-3"));
    let err = c
        .choose_condition(&catalog, "hip-oa", Some("nope"))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::UnknownStage);
    assert_eq!(c.stage_id.as_deref(), Some("kl-3"), "refused: unchanged");
}

#[test]
fn only_options_that_apply_to_the_condition_and_stage_are_offered() {
    let catalog = Catalog::embedded().unwrap();
    let oa = with_condition(&catalog, "hip-oa", Some("kl-2"));
    let offered = oa.offered_options(&catalog);
    assert!(offered.contains(&"exercise") && offered.contains(&"steroid-injection"));
    assert!(
        !offered.contains(&"core-decompression"),
        "core decompression is for avascular necrosis, not osteoarthritis: {offered:?}"
    );
    let avn = with_condition(&catalog, "avn", None);
    assert!(
        avn.offered_options(&catalog)
            .contains(&"core-decompression")
    );

    // Every offered option is one the catalog's overview shows, in the same order.
    let overview = catalog.overview("hip-oa", Some("kl-2")).unwrap();
    let shown: Vec<&str> = overview.options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(offered, shown);

    let mut c = oa.clone();
    let err = c
        .apply(&catalog, compare(&["exercise", "core-decompression"]))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::UnknownOption);
    assert!(c.compared_options.is_empty(), "refused: unchanged");
}

#[test]
fn hiding_an_option_removes_it_from_the_comparison_and_the_leaning() {
    let catalog = Catalog::embedded().unwrap();
    let mut c = with_condition(&catalog, "hip-oa", Some("kl-2"));
    c.apply(&catalog, compare(&["steroid-injection", "exercise"]))
        .unwrap();
    assert_eq!(
        c.compared_options,
        ["exercise", "steroid-injection"],
        "content order"
    );
    c.apply(
        &catalog,
        ConsultationChange::SetDecision {
            decision: Some(Decision {
                kind: DecisionKind::Leaning,
                option_id: Some("steroid-injection".into()),
            }),
        },
    )
    .unwrap();
    c.apply(
        &catalog,
        ConsultationChange::SetHidden {
            option_id: "steroid-injection".into(),
            hidden: true,
        },
    )
    .unwrap();
    assert_eq!(c.hidden_options, ["steroid-injection"]);
    assert_eq!(c.compared_options, ["exercise"]);
    assert_eq!(c.decision, None);
    assert!(!c.offered_options(&catalog).contains(&"steroid-injection"));
    let err = c
        .apply(&catalog, compare(&["steroid-injection"]))
        .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::UnknownOption,
        "a hidden option cannot be compared"
    );
}

#[test]
fn changing_the_condition_drops_compared_options_that_no_longer_apply() {
    let catalog = Catalog::embedded().unwrap();
    let mut c = with_condition(&catalog, "avn", None);
    c.apply(
        &catalog,
        compare(&["core-decompression", "hip-replacement"]),
    )
    .unwrap();
    c.choose_condition(&catalog, "hip-oa", Some("kl-4"))
        .unwrap();
    assert_eq!(c.compared_options, ["hip-replacement"]);
}

#[test]
fn at_most_four_options_are_compared() {
    let catalog = Catalog::embedded().unwrap();
    let mut c = with_condition(&catalog, "hip-oa", None);
    let offered: Vec<&str> = c.offered_options(&catalog);
    assert!(offered.len() > MAX_COMPARED, "{offered:?}");
    let err = c.apply(&catalog, compare(&offered[..5])).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TooManyCompared);
    c.apply(&catalog, compare(&offered[..4])).unwrap();
    assert_eq!(c.compared_options.len(), 4);
}

#[test]
fn the_comparison_puts_every_count_on_the_same_denominator() {
    let catalog = Catalog::embedded().unwrap();
    let mut c = with_condition(&catalog, "hip-oa", Some("kl-2"));
    let offered: Vec<String> = c
        .offered_options(&catalog)
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    c.apply(
        &catalog,
        ConsultationChange::SetCompared {
            option_ids: offered[..4].to_vec(),
        },
    )
    .unwrap();
    let cmp = c.comparison(&catalog).unwrap();
    assert_eq!(cmp.common.denominator, 100);
    assert_eq!(cmp.rare.denominator, 1000);
    assert!(!cmp.common.outcomes.is_empty() && !cmp.rare.outcomes.is_empty());
    for o in &cmp.common.outcomes {
        assert!(
            o.with_option.high >= 1.0 && o.with_option.high <= 100.0,
            "{o:?}"
        );
    }
    for o in &cmp.rare.outcomes {
        assert!(
            o.with_option.high < 10.0,
            "fewer than 1 in 100 is under 10 in 1,000: {o:?}"
        );
    }
    // The steroid's septic arthritis is 0.08–0.09 per 100 in the content: 0.8–0.9 per 1,000.
    let septic = cmp
        .rare
        .outcomes
        .iter()
        .find(|o| o.option_id == "steroid-injection" && o.kind == OutcomeKind::Harm)
        .expect("a rare steroid harm");
    assert!(septic.with_option.low > 0.0 && septic.with_option.high < 1.0 * 10.0);
    // The steroid's pain relief at 2 months: 68 per 100 against 24 with the comparator.
    let relief = cmp
        .common
        .outcomes
        .iter()
        .find(|o| o.outcome_id == "steroid-pain-relief-2m")
        .expect("steroid pain relief");
    assert_eq!(
        relief.with_option,
        Frequency {
            low: 68.0,
            high: 68.0
        }
    );
    assert_eq!(
        relief.comparator,
        Some(Frequency {
            low: 24.0,
            high: 24.0
        })
    );
    // Every outcome of every compared option is either drawn or listed as words only.
    let total: usize = cmp
        .option_ids
        .iter()
        .filter_map(|id| catalog.option(id))
        .map(|o| {
            o.outcomes
                .iter()
                .filter(|x| x.conditions.iter().any(|c| c == "hip-oa"))
                .count()
        })
        .sum();
    assert_eq!(
        total,
        cmp.common.outcomes.len() + cmp.rare.outcomes.len() + cmp.not_drawn.len()
    );
}

#[test]
fn rescaling_is_exact_and_the_group_follows_the_upper_value() {
    let f = |low, high| Frequency { low, high };
    assert_eq!(compare::group_for(f(0.08, 0.09), 100), RARE);
    assert_eq!(
        compare::group_for(f(5.0, 20.0), 1000),
        COMMON,
        "2 in 100 is common"
    );
    assert_eq!(compare::group_for(f(9.0, 9.0), 1000), RARE);
    assert_eq!(compare::rescale(f(0.08, 0.09), 100, 1000), f(0.8, 0.9));
    assert_eq!(compare::rescale(f(20.0, 25.0), 1000, 100), f(2.0, 2.5));
}

#[test]
fn sure_is_scored_as_the_number_of_yes_answers() {
    let catalog = Catalog::embedded().unwrap();
    let mut c = started();
    assert_eq!(c.sure.result(), SureResult::Incomplete { answered: 0 });
    for item in SureItem::ALL {
        c.apply(
            &catalog,
            ConsultationChange::AnswerSure {
                item: *item,
                answer: Some(true),
            },
        )
        .unwrap();
    }
    assert_eq!(c.sure.result(), SureResult::Ready);
    c.apply(
        &catalog,
        ConsultationChange::AnswerSure {
            item: SureItem::Encouragement,
            answer: Some(false),
        },
    )
    .unwrap();
    assert_eq!(
        c.sure.result(),
        SureResult::NotYetReady {
            yes: 3,
            unsure: vec![SureItem::Encouragement]
        },
        "three of four is not ready"
    );
    c.apply(
        &catalog,
        ConsultationChange::AnswerSure {
            item: SureItem::Sure,
            answer: None,
        },
    )
    .unwrap();
    assert_eq!(c.sure.result(), SureResult::Incomplete { answered: 3 });
}

#[test]
fn priorities_questions_and_steps_keep_one_entry_each_in_list_order() {
    let catalog = Catalog::embedded().unwrap();
    let mut c = started();
    let rate = |p, i| ConsultationChange::RatePriority {
        priority: p,
        importance: i,
    };
    c.apply(&catalog, rate(Priority::LowCost, Some(Importance::Very)))
        .unwrap();
    c.apply(
        &catalog,
        rate(Priority::AvoidSurgery, Some(Importance::Somewhat)),
    )
    .unwrap();
    c.apply(
        &catalog,
        rate(Priority::LowCost, Some(Importance::NotImportant)),
    )
    .unwrap();
    assert_eq!(
        c.priorities,
        [
            PriorityRating {
                priority: Priority::AvoidSurgery,
                importance: Importance::Somewhat
            },
            PriorityRating {
                priority: Priority::LowCost,
                importance: Importance::NotImportant
            },
        ]
    );
    c.apply(&catalog, rate(Priority::AvoidSurgery, None))
        .unwrap();
    assert_eq!(c.priorities.len(), 1);

    for q in [
        Question::CostToMe,
        Question::ChanceForMe,
        Question::CostToMe,
    ] {
        c.apply(
            &catalog,
            ConsultationChange::SetQuestion {
                question: q,
                asked: true,
            },
        )
        .unwrap();
    }
    assert_eq!(c.questions, [Question::ChanceForMe, Question::CostToMe]);
    c.apply(
        &catalog,
        ConsultationChange::SetNextStep {
            step: NextStep::TimeToThink,
            on: true,
        },
    )
    .unwrap();
    c.apply(
        &catalog,
        ConsultationChange::SetNextStep {
            step: NextStep::TimeToThink,
            on: false,
        },
    )
    .unwrap();
    assert!(c.next_steps.is_empty());
}

#[test]
fn a_decision_names_an_offered_option_unless_it_is_not_yet() {
    let catalog = Catalog::embedded().unwrap();
    let mut c = with_condition(&catalog, "gtps", None);
    let decide = |kind, option: Option<&str>| ConsultationChange::SetDecision {
        decision: Some(Decision {
            kind,
            option_id: option.map(str::to_owned),
        }),
    };
    assert_eq!(
        c.apply(&catalog, decide(DecisionKind::Leaning, None))
            .unwrap_err()
            .code(),
        ErrorCode::DecisionNeedsOption
    );
    assert_eq!(
        c.apply(&catalog, decide(DecisionKind::NotYet, Some("exercise")))
            .unwrap_err()
            .code(),
        ErrorCode::DecisionNeedsOption
    );
    assert_eq!(
        c.apply(
            &catalog,
            decide(DecisionKind::Chosen, Some("hip-replacement"))
        )
        .unwrap_err()
        .code(),
        ErrorCode::UnknownOption,
        "hip replacement is not an option for trochanteric pain"
    );
    c.apply(&catalog, decide(DecisionKind::Chosen, Some("exercise")))
        .unwrap();
    c.apply(&catalog, decide(DecisionKind::NotYet, None))
        .unwrap();
    assert_eq!(
        c.decision.as_ref().map(|d| d.kind),
        Some(DecisionKind::NotYet)
    );
}

#[test]
fn follow_up_dates_are_real_dates_from_the_consultation_day_on() {
    let catalog = Catalog::embedded().unwrap();
    let mut c = started();
    let follow = |d: &str| ConsultationChange::SetFollowUp {
        date: Some(d.into()),
    };
    for bad in [
        "2026-02-30",
        "2026-13-01",
        "next week",
        "2026-1-05",
        "٢٠٢٦-١٢-٠١",
    ] {
        let err = c.apply(&catalog, follow(bad)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidDate, "{bad}");
    }
    assert_eq!(
        c.apply(&catalog, follow("2026-11-21")).unwrap_err().code(),
        ErrorCode::DateInPast
    );
    c.apply(&catalog, follow("2026-11-22")).unwrap();
    c.apply(&catalog, follow("2028-02-29")).unwrap();
    assert_eq!(c.follow_up.as_deref(), Some("2028-02-29"));
    c.apply(
        &catalog,
        ConsultationChange::SetFollowUp {
            date: Some(" ".into()),
        },
    )
    .unwrap();
    assert_eq!(c.follow_up, None);
}

#[test]
fn the_example_file_is_a_valid_consultation_and_round_trips() {
    let catalog = Catalog::embedded().unwrap();
    let text = include_str!("../../../../tests/fixtures/consultation.json");
    let c: Consultation = serde_json::from_str(text).unwrap();
    c.validate(&catalog).unwrap();
    assert_eq!(c.condition_id.as_deref(), Some("hip-oa"));
    let again: Consultation = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
    assert_eq!(c, again);

    let mut bad = c.clone();
    bad.compared_options.push("core-decompression".into());
    assert_eq!(
        bad.validate(&catalog).unwrap_err().code(),
        ErrorCode::UnknownOption
    );
    let mut bad = c.clone();
    bad.format_version = 99;
    assert_eq!(
        bad.validate(&catalog).unwrap_err().code(),
        ErrorCode::UnsupportedVersion
    );
    assert!(
        serde_json::from_str::<Consultation>(&text.replacen(
            "\"teachBackDone\"",
            "\"extra\": 1, \"teachBackDone\"",
            1
        ))
        .is_err(),
        "unknown fields are refused"
    );
}

#[test]
fn an_option_hidden_under_one_condition_stays_hidden_and_valid_after_a_change_of_condition() {
    // Found by the property test: hiding is the clinic's "we do not offer this"; it outlives a
    // change of condition, and the record must still pass its own file check.
    let catalog = Catalog::embedded().unwrap();
    let mut c = with_condition(&catalog, "hip-oa", None);
    c.apply(
        &catalog,
        ConsultationChange::SetHidden {
            option_id: "watchful-waiting".into(),
            hidden: true,
        },
    )
    .unwrap();
    c.choose_condition(&catalog, "inflammatory-arthritis", None)
        .unwrap();
    assert_eq!(c.hidden_options, ["watchful-waiting"]);
    c.validate(&catalog).unwrap();
    let mut bad = c.clone();
    bad.hidden_options = vec!["moon-water".into()];
    assert!(
        bad.validate(&catalog).is_err(),
        "an unknown option is still refused"
    );
}
