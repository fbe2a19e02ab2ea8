//! The `hipaid` binary as a reviewer runs it: exit status 0 on the shipped content, 1 with the
//! file and entry named when a copy of the content is broken, 2 on a bad command line.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn hipaid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hipaid"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn content_check_passes_on_the_shipped_content_and_prints_counts() {
    let out = hipaid().args(["content", "check"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("conditions 6"), "{text}");
    assert!(text.contains("unsourced figures: 0"), "{text}");
    assert!(
        text.contains("reading grade (Flesch–Kincaid, limit 8): worst"),
        "{text}"
    );
    assert!(text.trim_end().ends_with("OK: no problems"), "{text}");
}

#[test]
fn content_check_fails_on_a_broken_copy_and_names_the_file() {
    let dir = std::env::temp_dir().join(format!("hipaid-cli-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("options")).unwrap();
    let src = repo().join("crates/hipaid-core/content");
    for entry in std::fs::read_dir(&src).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "toml") {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
    // Only one option, which no condition in the copy lists: the check must say so.
    std::fs::copy(
        src.join("options/exercise.toml"),
        dir.join("options/exercise.toml"),
    )
    .unwrap();
    let out = hipaid()
        .args(["content", "check", "--content"])
        .arg(&dir)
        .args(["--locales"])
        .arg(repo().join("locales"))
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("options/exercise.toml: option `exercise`: no condition lists this option"),
        "{text}"
    );
}

#[test]
fn a_bad_command_line_is_a_usage_error() {
    let out = hipaid().args(["content", "chekc"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let help = hipaid()
        .args(["content", "check", "--help"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("--content <DIR>"));
}

/// A scratch directory for one test, removed first so reruns start clean.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hipaid-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn summary_prints_the_example_consultation_to_a_pdf() {
    let dir = scratch("summary-ok");
    let pdf = dir.join("summary.pdf");
    let out = hipaid()
        .arg("summary")
        .arg(repo().join("tests/fixtures/consultation.json"))
        .args([
            "--locale", "es", "--also", "en-US", "--paper", "letter", "-o",
        ])
        .arg(&pdf)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("pages"), "{stdout}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.7"), "a PDF 1.7 file");
    // Bilingual: the Spanish title, then the English one.
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    let (es, en) = (
        text.find("Resumen de su tratamiento de cadera"),
        text.find("Your hip treatment summary"),
    );
    assert!(es.is_some() && en.is_some() && es < en, "{text}");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers,
        [std::ffi::OsString::from("summary.pdf")],
        "no temporary file is left"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn summary_refuses_bad_input_with_a_message_and_writes_nothing() {
    let dir = scratch("summary-bad");
    let example = std::fs::read_to_string(repo().join("tests/fixtures/consultation.json")).unwrap();
    let wrong_option = example.replace("\"hyaluronic-acid\"", "\"core-decompression\"");
    std::fs::write(dir.join("bad.json"), "{ not json").unwrap();
    std::fs::write(dir.join("option.json"), wrong_option).unwrap();
    std::fs::write(dir.join("good.json"), &example).unwrap();
    let cases: [(&str, &str, &str); 4] = [
        ("missing.json", "en-US", "cannot read"),
        ("bad.json", "en-US", "is not a consultation file"),
        (
            "option.json",
            "en-US",
            "option `core-decompression` does not apply",
        ),
        (
            "good.json",
            "xx-YY",
            "unknown locale `xx-YY`; this build ships ar, en-US",
        ),
    ];
    for (input, locale, says) in cases {
        let pdf = dir.join(format!("{input}.pdf"));
        let out = hipaid()
            .arg("summary")
            .arg(dir.join(input))
            .args(["--locale", locale, "-o"])
            .arg(&pdf)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{input}: {stderr}");
        assert!(stderr.contains(says), "{input}: {stderr}");
        assert!(!stderr.contains("panicked"), "{input}: {stderr}");
        assert!(!pdf.exists(), "{input}: no output file");
    }
    // Clinic settings that cannot be used are refused with their file named, and nothing is
    // written; good ones print the clinic's name.
    std::fs::write(
        dir.join("clinic-bad.json"),
        r#"{"settings": {"version": 1, "maxAgeHours": 0}}"#,
    )
    .unwrap();
    for (clinic, says) in [
        ("clinic-bad.json", "is not a clinic settings file"),
        ("clinic-missing.json", "cannot read"),
    ] {
        let pdf = dir.join(format!("{clinic}.pdf"));
        let out = hipaid()
            .arg("summary")
            .arg(dir.join("good.json"))
            .args(["--locale", "en-US", "--clinic"])
            .arg(dir.join(clinic))
            .arg("-o")
            .arg(&pdf)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{clinic}: {stderr}");
        assert!(
            stderr.contains(says) && stderr.contains(clinic),
            "{clinic}: {stderr}"
        );
        assert!(!pdf.exists(), "{clinic}: no output file");
    }
    let pdf = dir.join("clinic.pdf");
    let out = hipaid()
        .arg("summary")
        .arg(dir.join("good.json"))
        .args(["--locale", "en-US", "--clinic"])
        .arg(repo().join("tests/fixtures/clinic-settings.json"))
        .arg("-o")
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("Riverside Hip Clinic"));
    std::fs::remove_file(&pdf).unwrap();
    // An unknown second language is refused the same way.
    let pdf = dir.join("also.pdf");
    let out = hipaid()
        .arg("summary")
        .arg(dir.join("good.json"))
        .args(["--locale", "es", "--also", "tlh", "-o"])
        .arg(&pdf)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("unknown locale `tlh`"), "{stderr}");
    assert!(!pdf.exists());
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| n.ends_with(".json")),
        "nothing but the inputs is left: {names:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn locales_lists_every_shipped_locale_complete_with_its_status() {
    let out = hipaid().arg("locales").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    let shipped = hipaid_l10n::resources::locales();
    assert!(shipped.len() >= 3, "{shipped:?}");
    for id in &shipped {
        let line = text
            .lines()
            .find(|l| l.split_whitespace().next() == Some(*id))
            .unwrap_or_else(|| panic!("no line for {id}:\n{text}"));
        let partial = hipaid_l10n::meta::of(id).is_some_and(|m| m.partial.is_some());
        assert!(partial || line.contains("100.0%"), "{line}");
        let status = if *id == "en-US" { "source" } else { "draft" };
        assert!(line.contains(status), "{line}");
    }
    assert!(text.contains("اردو") && text.contains("rtl"), "{text}");
    let last = text.trim_end().lines().last().unwrap_or_default();
    assert!(
        last.starts_with("OK: ") && last.ends_with(", 0 obsolete ids"),
        "{text}"
    );
}

/// Copies locales/ to a scratch directory for a test to break.
fn locales_copy(name: &str) -> PathBuf {
    let dir = scratch(name);
    for entry in std::fs::read_dir(repo().join("locales")).unwrap() {
        let from = entry.unwrap().path();
        let to = dir.join(from.file_name().unwrap());
        std::fs::create_dir_all(&to).unwrap();
        for file in std::fs::read_dir(&from).unwrap() {
            let p = file.unwrap().path();
            std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
        }
    }
    dir
}

#[test]
fn locales_names_a_missing_an_obsolete_and_a_mismatched_message_and_bad_metadata() {
    let dir = locales_copy("locales-broken");
    let app = dir.join("ko/app.ftl");
    let text = std::fs::read_to_string(&app).unwrap();
    // Drop one message, add one en-US lacks, and lose a variable in another.
    let mut kept: Vec<String> = text
        .lines()
        .filter(|l| !l.starts_with("app-loading ="))
        .map(|l| {
            if l.starts_with("condition-consultation-label =") {
                "condition-consultation-label = Visit".to_owned()
            } else {
                l.to_owned()
            }
        })
        .collect();
    kept.push("app-no-such-id = Old text".to_owned());
    std::fs::write(&app, kept.join("\n") + "\n").unwrap();
    std::fs::write(
        dir.join("ur/locale.toml"),
        "native_name = \"اردو\"\ndirection = \"ltr\"\nnumbering = \"latn\"\nfonts = [\"Noto Nastaliq Urdu\"]\n[translation]\nstatus = \"reviewed\"\n",
    )
    .unwrap();
    let out = hipaid()
        .args(["locales", "--dir"])
        .arg(&dir)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("missing: app.ftl: app-loading"), "{text}");
    assert!(
        text.contains("ko: obsolete (en-US has no such id): app.ftl: app-no-such-id"),
        "{text}"
    );
    assert!(
        text.contains("ko: variables differ: app.ftl: condition-consultation-label"),
        "{text}"
    );
    assert!(
        text.contains("locales/ur/locale.toml: direction Ltr contradicts"),
        "{text}"
    );
    assert!(
        text.contains("locales/ur/locale.toml: a reviewed translation names its reviewer"),
        "{text}"
    );
    assert!(text.contains("FAILED"), "{text}");
}
