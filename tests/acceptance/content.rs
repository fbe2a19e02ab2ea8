//! The clinical content as a reviewer's gate: the shipped content passes `hipaid content
//! check` with the numbers the issue demands, and breaking a source id, a per-100 value or a
//! message id in a scratch copy makes the check fail with a message naming file and entry.

use hipaid_cli::{Source, run};
use hipaid_core::{Catalog, Measure, OutcomeEvidence, OutcomeKind};
use hipaid_tests::ContentFixture;

#[test]
fn the_shipped_content_passes_the_check_with_every_condition_and_option() {
    let report = run(Source::Embedded, Source::Embedded);
    let text = report.render(true);
    println!("{text}");
    assert!(report.is_ok(), "{text}");
    let counts = report.counts.as_ref().unwrap();
    assert_eq!(counts.conditions, 6, "{text}");
    assert!(counts.options >= 10, "{text}");
    assert_eq!(counts.unsourced_figures, 0);
    let worst = report.worst().unwrap();
    assert!(worst.measured.grade <= 8.0, "worst reading grade {worst:?}");
}

#[test]
fn the_checked_files_on_disk_are_the_ones_built_in() {
    // `hipaid content check --content DIR` must see what the app embeds: same result.
    let root = hipaid_tests::repo_root();
    let from_disk = run(
        Source::Dir(&root.join("crates/hipaid-core/content")),
        Source::Dir(&root.join("locales")),
    );
    let built_in = run(Source::Embedded, Source::Embedded);
    assert!(from_disk.is_ok(), "{}", from_disk.render(false));
    assert_eq!(from_disk.counts, built_in.counts);
}

/// The first per-100 outcome of steroid injection: the fixture edits below target it.
fn a_people_outcome() -> String {
    let catalog = Catalog::embedded().unwrap();
    let steroid = catalog
        .options()
        .iter()
        .find(|o| o.id == "steroid-injection")
        .unwrap();
    steroid
        .outcomes
        .iter()
        .find(|o| {
            matches!(
                &o.evidence,
                OutcomeEvidence::Numbers {
                    measure: Measure::People { denominator: 100 },
                    ..
                }
            )
        })
        .map(|o| o.id.clone())
        .unwrap()
}

fn problems_after(fixture: &ContentFixture) -> String {
    let report = run(
        Source::Dir(&fixture.content()),
        Source::Dir(&fixture.locales()),
    );
    assert!(!report.is_ok(), "the broken fixture must fail the check");
    report.problems.join("\n")
}

#[test]
fn a_broken_source_id_fails_naming_file_and_entry() {
    let id = a_people_outcome();
    let f = ContentFixture::copy("source").unwrap();
    f.edit(
        "content/options/steroid-injection.toml",
        &format!("id = \"{id}\""),
        "sources = [",
        "sources = [\"no-such-paper-1999\", ",
    );
    let problems = problems_after(&f);
    assert!(
        problems.contains(&format!(
            "options/steroid-injection.toml: outcome `{id}`: unknown source `no-such-paper-1999`"
        )),
        "{problems}"
    );
}

#[test]
fn a_per_100_value_over_100_fails_naming_file_and_entry() {
    let id = a_people_outcome();
    let f = ContentFixture::copy("per100").unwrap();
    f.edit(
        "content/options/steroid-injection.toml",
        &format!("id = \"{id}\""),
        "with_option = {",
        "with_option = { low = 101, high = 130 }\n# was {",
    );
    let problems = problems_after(&f);
    assert!(
        problems.contains(&format!("options/steroid-injection.toml: outcome `{id}`: with_option 130 is more than the denominator 100")),
        "{problems}"
    );
}

#[test]
fn a_broken_message_id_fails_naming_both_sides() {
    let id = a_people_outcome();
    let f = ContentFixture::copy("message").unwrap();
    let message = format!("outcome-{id} =");
    f.edit(
        "locales/en-US/options-injections.ftl",
        &message,
        &message,
        &format!("outcome-{id}-typo ="),
    );
    let problems = problems_after(&f);
    assert!(
        problems.contains(&format!(
            "options/steroid-injection.toml: outcome `{id}`: message `outcome-{id}` is missing from locales/en-US"
        )),
        "{problems}"
    );
    assert!(
        problems.contains(&format!("locales/en-US/options-injections.ftl: `outcome-{id}-typo` is not used by any content entry")),
        "{problems}"
    );
}

#[test]
fn digits_and_hard_sentences_in_patient_text_fail() {
    let f = ContentFixture::copy("words").unwrap();
    f.edit("locales/en-US/conditions.ftl", "condition-hip-oa-summary =", "condition-hip-oa-summary =",
        "condition-hip-oa-summary = Approximately 25 individuals experience considerable functional deterioration attributable to degenerative articular pathology.\nold-hip-oa-summary =");
    let problems = problems_after(&f);
    assert!(
        problems
            .contains("locales/en-US/conditions.ftl: `condition-hip-oa-summary`: contains a digit"),
        "{problems}"
    );
    assert!(
        problems.contains("`condition-hip-oa-summary`: reading grade"),
        "{problems}"
    );
}

#[test]
fn every_option_shown_for_a_condition_has_benefits_harms_guidelines_and_traceable_sources() {
    let catalog = Catalog::embedded().unwrap();
    for condition in catalog.conditions() {
        let overview = catalog.overview(&condition.id, None).unwrap();
        assert!(!overview.options.is_empty(), "{}: no options", condition.id);
        for o in &overview.options {
            let kinds: Vec<_> = o.outcomes.iter().map(|x| x.kind).collect();
            assert!(
                kinds.contains(&OutcomeKind::Benefit),
                "{} / {}: no benefit",
                condition.id,
                o.id
            );
            assert!(
                kinds.contains(&OutcomeKind::Harm),
                "{} / {}: no harm",
                condition.id,
                o.id
            );
            assert!(
                !o.guidelines.is_empty(),
                "{} / {}: no guideline entry",
                condition.id,
                o.id
            );
            for x in &o.outcomes {
                for s in &x.source_ids {
                    let r = overview.references.iter().find(|r| &r.id == s);
                    let r = r.unwrap_or_else(|| panic!("{}: source {s} not listed", x.id));
                    assert!(
                        r.link.starts_with("https://") || r.link.starts_with("http://"),
                        "{}: no address",
                        r.id
                    );
                }
            }
        }
    }
}

#[test]
fn a_variable_the_app_does_not_pass_fails() {
    let f = ContentFixture::copy("variables").unwrap();
    f.edit(
        "locales/en-US/conditions.ftl",
        "figure-hip-oa-xray-45 =",
        "{ $ageFrom }",
        "{ $age }",
    );
    let problems = problems_after(&f);
    assert!(
        problems.contains("locales/en-US/conditions.ftl: `figure-hip-oa-xray-45`: uses `$age`, which the app does not pass"),
        "{problems}"
    );
}
