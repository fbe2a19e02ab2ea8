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
