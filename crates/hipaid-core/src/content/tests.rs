//! Rule tests on a small fixture content set (`tests/fixtures/minimal`), so each rule is shown
//! to fire — with the file and entry named — independently of the shipped content.

use super::*;
use crate::model::{Frequency, OutcomeEvidence, Span};

const MINIMAL: [(&str, &str); 3] = [
    (
        "document.toml",
        include_str!("../../tests/fixtures/minimal/document.toml"),
    ),
    (
        "conditions/knee-ache.toml",
        include_str!("../../tests/fixtures/minimal/conditions/knee-ache.toml"),
    ),
    (
        "options/walking.toml",
        include_str!("../../tests/fixtures/minimal/options/walking.toml"),
    ),
];

/// Loads the fixture with one text edit applied to one file.
fn load_with(file: &str, from: &str, to: &str) -> Result<Catalog, ContentError> {
    let files: Vec<(String, String)> = MINIMAL
        .iter()
        .map(|(path, text)| {
            if *path == file {
                assert!(
                    text.contains(from),
                    "edit target `{from}` must exist in {file}"
                );
                (path.to_string(), text.replacen(from, to, 1))
            } else {
                (path.to_string(), text.to_string())
            }
        })
        .collect();
    Catalog::from_files(files.iter().map(|(p, t)| (p.as_str(), t.as_str())))
}

fn minimal() -> Catalog {
    Catalog::from_files(MINIMAL).unwrap()
}

#[test]
fn minimal_content_loads_with_typed_values() {
    let c = minimal();
    let counts = c.counts();
    assert_eq!(
        (counts.conditions, counts.options, counts.figures),
        (1, 1, 2)
    );
    assert_eq!(
        (counts.benefits, counts.harms, counts.no_reliable_data),
        (2, 1, 1)
    );
    assert_eq!(counts.unsourced_figures, 0);
    let o = c.overview("knee-ache", Some("mild")).unwrap();
    assert_eq!(o.options.len(), 1);
    let walking = &o.options[0];
    assert_eq!(
        walking.applies_id.as_deref(),
        Some("applies-knee-ache-walking")
    );
    assert_eq!(walking.timeline.peak, Span::Unknown);
    assert_eq!(
        walking.cost.amount, None,
        "\"unknown\" is a typed unknown, not zero"
    );
    match &walking.outcomes[0].evidence {
        OutcomeEvidence::Numbers {
            with_option,
            comparator,
            ..
        } => {
            assert_eq!(
                *with_option,
                Frequency {
                    low: 40.0,
                    high: 40.0
                }
            );
            assert_eq!(comparator.label_id, "comparator-no-walking");
        }
        other => panic!("expected numbers, got {other:?}"),
    }
    assert!(matches!(
        walking.outcomes[2].evidence,
        OutcomeEvidence::NoReliableData { ref reason_id } if reason_id == "no-data-walking-falls"
    ));
    let refs: Vec<_> = o.references.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        refs,
        ["jones-2021", "smith-2020"],
        "every cited reference, in order of first citation"
    );
    assert_eq!(o.references[1].link, "https://doi.org/10.0000/test.1");
    assert_eq!(
        o.references[0].url.as_deref(),
        Some("https://example.org/jones")
    );
    assert!(o.references[1].citation.contains("doi:10.0000/test.1"));
    assert_eq!(o.document.content_version, "0.0.1");
}

#[test]
fn an_option_applies_only_at_its_stages() {
    let o = minimal().overview("knee-ache", Some("severe")).unwrap();
    assert!(o.options.is_empty());
    assert_eq!(
        minimal()
            .overview("knee-ache", Some("huge"))
            .unwrap_err()
            .code(),
        crate::ErrorCode::UnknownStage
    );
    assert_eq!(
        minimal().overview("elbow", None).unwrap_err().code(),
        crate::ErrorCode::UnknownCondition
    );
}

#[test]
fn the_content_names_every_message_it_needs_with_its_role() {
    let c = minimal();
    let role = |id: &str| c.messages().iter().find(|m| m.id == id).map(|m| m.role);
    assert_eq!(role("condition-knee-ache-name"), Some(MessageRole::Heading));
    assert_eq!(role("condition-knee-ache-course"), Some(MessageRole::Body));
    assert_eq!(role("outcome-walking-better"), Some(MessageRole::Label));
    assert_eq!(role("no-data-walking-falls"), Some(MessageRole::Body));
    assert_eq!(role("step-walking-plan"), Some(MessageRole::Body));
    assert_eq!(role("applies-knee-ache-walking"), Some(MessageRole::Body));
    assert_eq!(
        role("guideline-test-guide-2022"),
        Some(MessageRole::Heading)
    );
    assert_eq!(role("scale-ache-0-10"), Some(MessageRole::Heading));
    assert_eq!(role("document-update-policy"), Some(MessageRole::Body));
    let at = c
        .messages()
        .iter()
        .find(|m| m.id == "factor-walking-balance")
        .unwrap();
    assert_eq!(at.file, "options/walking.toml");
    assert!(at.entry.contains("factor `balance`"), "{}", at.entry);
}

#[test]
fn every_rule_refuses_a_reviewer_mistake_and_names_file_and_entry() {
    // (file, from, to, expected file, expected entry, expected words)
    let o = "options/walking.toml";
    let c = "conditions/knee-ache.toml";
    let d = "document.toml";
    let cases: &[(&str, &str, &str, &str, &str, &str)] = &[
        (
            o,
            "certainty = \"moderate\"\nsources = [\"smith-2020\"]",
            "certainty = \"moderate\"\nconfidence = 3\nsources = [\"smith-2020\"]",
            o,
            "",
            "unknown field",
        ),
        (
            o,
            "comparator = { label = \"no-walking\", frequency",
            "comparator = { label = \"no-walking\", frequency",
            o,
            "",
            "",
        ),
        (
            o,
            "sources = [\"smith-2020\"]\n\n[[option.outcome]]\nid = \"walking-ache-score\"",
            "sources = [\"smyth-2020\"]\n\n[[option.outcome]]\nid = \"walking-ache-score\"",
            o,
            "outcome `walking-better`",
            "unknown source `smyth-2020`",
        ),
        (
            o,
            "with_option = { low = 40, high = 40 }",
            "with_option = { low = 40, high = 140 }",
            o,
            "outcome `walking-better`",
            "more than the denominator",
        ),
        (
            o,
            "with_option = { low = 40, high = 40 }",
            "with_option = { low = 41, high = 40 }",
            o,
            "outcome `walking-better`",
            "low <= high",
        ),
        (
            o,
            "with_option = { low = -2, high = -2 }",
            "with_option = { low = -20, high = -2 }",
            o,
            "outcome `walking-ache-score`",
            "scale's width",
        ),
        (
            o,
            "comparator = { label = \"no-walking\", frequency = { low = 25, high = 25 } }\n",
            "",
            o,
            "outcome `walking-better`",
            "needs a comparator",
        ),
        (
            o,
            "timeframe = { low = 12, high = 12, unit = \"weeks\" }\ncertainty = \"moderate\"",
            "certainty = \"moderate\"",
            o,
            "outcome `walking-better`",
            "needs a timeframe",
        ),
        (
            o,
            "kind = \"harm\"",
            "kind = \"benefit\"",
            o,
            "for condition `knee-ache`",
            "at least one benefit and one harm",
        ),
        (
            o,
            "no_reliable_data = true",
            "no_reliable_data = true\ndenominator = 100",
            o,
            "outcome `walking-falls`",
            "must not carry numbers",
        ),
        (
            o,
            "guideline = \"test-guide-2022\"",
            "guideline = \"none\"",
            o,
            "guideline `none`",
            "none-found",
        ),
        (
            o,
            "conditions = [\"knee-ache\"]\nstance",
            "conditions = []\nstance",
            o,
            "for condition `knee-ache`",
            "needs a guideline entry",
        ),
        (
            o,
            "peak = \"unknown\"",
            "peak = \"soon\"",
            o,
            "timeline",
            "\"unknown\" or \"none\"",
        ),
        (
            o,
            "id = \"walking-ache-score\"",
            "id = \"walking-better\"",
            o,
            "outcome `walking-better`",
            "duplicate outcome id",
        ),
        (
            o,
            "scale = \"ache-0-10\"",
            "scale = \"ache-0-100\"",
            o,
            "outcome `walking-ache-score`",
            "unknown scale",
        ),
        (
            o,
            "currency = \"USD\"",
            "currency = \"dollars\"",
            o,
            "cost",
            "ISO 4217",
        ),
        (
            c,
            "topic = \"natural-course\"",
            "topic = \"how-common\"",
            c,
            "condition `knee-ache`",
            "`natural-course` figure",
        ),
        (
            c,
            "denominator = 1000",
            "denominator = 50",
            c,
            "figure `knee-ache-worse`",
            "100 or 1000",
        ),
        (
            c,
            "option = \"walking\"",
            "option = \"running\"",
            c,
            "option `running`",
            "unknown option",
        ),
        (
            c,
            "stages = [\"mild\"]",
            "stages = [\"medium\"]",
            c,
            "option `walking`",
            "unknown stage `medium`",
        ),
        (
            c,
            "affects = [\"cartilage\"]",
            "affects = [\"knee-cap\"]",
            c,
            "condition `knee-ache`",
            "affects `knee-cap`",
        ),
        (
            d,
            "id = \"smith-2020\"",
            "id = \"Smith 2020\"",
            d,
            "reference `Smith 2020`",
            "kebab-case",
        ),
        (
            d,
            "url = \"https://example.org/jones\"\n",
            "",
            d,
            "reference `jones-2021`",
            "no DOI, PMID or URL",
        ),
        (
            d,
            "next_review = \"2027-01-31\"",
            "next_review = \"2025-01-31\"",
            d,
            "document",
            "after last_reviewed",
        ),
        (
            d,
            "option_order = [\"walking\"]",
            "option_order = []",
            d,
            "document",
            "option_order",
        ),
    ];
    for (file, from, to, want_file, want_entry, want_words) in cases {
        if from == to {
            continue;
        }
        let err = load_with(file, from, to).expect_err(&format!(
            "editing {file}: `{from}` -> `{to}` must be refused"
        ));
        let problems = err.problems();
        let hit = problems.iter().any(|p| {
            p.file == *want_file
                && p.entry.contains(want_entry)
                && (p.message.contains(want_words) || p.to_string().contains(want_words))
        });
        assert!(
            hit,
            "editing {file}: `{from}` -> `{to}` should report `{want_words}` at {want_file} / {want_entry}; got:\n{}",
            Problem::list(&problems)
        );
    }
}

#[test]
fn a_parse_error_names_the_file() {
    let err = load_with(
        "options/walking.toml",
        "[option.timeline]",
        "[option.timeline",
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("options/walking.toml: does not parse"),
        "{err}"
    );
}
