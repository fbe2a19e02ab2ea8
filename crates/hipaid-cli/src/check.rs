//! `hipaid content check`: every content rule, every message, every reading grade, one report.
//!
//! Problems name the file and the entry a reviewer must fix ("options/prp.toml: outcome
//! `prp-pain-6m`: unknown source `x`"; "locales/en-US/options-care.ftl: `step-exercise-plan`:
//! reading grade 9.4 is above 8"). The report ends with counts so a reviewer sees at a glance
//! that nothing is unsourced and how hard the hardest sentence is.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use hipaid_core::{Catalog, ContentCounts, MessageRole};

use crate::english::English;
use crate::readability::{self, Measured};

/// FTL files whose every message must be asked for by some content entry (content text only;
/// `evidence.ftl` holds shared words the UI also uses).
fn is_content_file(file: &str) -> bool {
    file == "conditions.ftl" || file == "claims.ftl" || file.starts_with("options-")
}

/// The variables the app passes to a content message; any other `$name` would show as a
/// broken placeholder on screen.
fn allowed_variables(id: &str) -> &'static [&'static str] {
    if id.starts_with("figure-") {
        &["ageFrom", "ageTo"]
    } else if id.starts_with("repeats-") {
        &["gap", "max"]
    } else if id == "document-update-policy" {
        &["next"]
    } else {
        &[]
    }
}

/// One measured message.
#[derive(Debug, Clone)]
pub struct Graded {
    pub id: String,
    pub file: String,
    pub role: MessageRole,
    pub measured: Measured,
}

/// Everything the check found.
#[derive(Debug, Default)]
pub struct Report {
    pub content_from: String,
    pub locales_from: String,
    pub counts: Option<ContentCounts>,
    pub problems: Vec<String>,
    pub messages_needed: usize,
    pub graded: Vec<Graded>,
    pub headings: Vec<String>,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }

    /// The worst graded passage (body text or label of at least `MIN_WORDS` words).
    pub fn worst(&self) -> Option<&Graded> {
        self.graded
            .iter()
            .filter(|g| g.measured.is_passage())
            .max_by(|a, b| a.measured.grade.total_cmp(&b.measured.grade))
    }

    pub fn render(&self, verbose: bool) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "HipAid content check");
        let _ = writeln!(s, "  content: {}", self.content_from);
        let _ = writeln!(s, "  locales: {}", self.locales_from);
        if let Some(c) = &self.counts {
            let _ = writeln!(
                s,
                "  conditions {} (stages {}), options {}, condition figures {}, references {}",
                c.conditions, c.stages, c.options, c.figures, c.references
            );
            let _ = writeln!(
                s,
                "  outcomes: benefits {}, harms {} (of all outcomes, {} say \"no reliable data\" with a reason)",
                c.benefits, c.harms, c.no_reliable_data
            );
            let _ = writeln!(
                s,
                "  guideline positions {}, claims answered {}, content files {}",
                c.guideline_positions, c.claims, c.files
            );
            let _ = writeln!(s, "  unsourced figures: {}", c.unsourced_figures);
        }
        let _ = writeln!(s, "  messages the content needs: {}", self.messages_needed);
        let passages: Vec<&Graded> = self
            .graded
            .iter()
            .filter(|g| g.measured.is_passage())
            .collect();
        let fragments = self.graded.len() - passages.len();
        if let Some(w) = self.worst() {
            let mut grades: Vec<f64> = passages.iter().map(|g| g.measured.grade).collect();
            grades.sort_by(f64::total_cmp);
            let median = grades.get(grades.len() / 2).copied().unwrap_or_default();
            let _ = writeln!(
                s,
                "  reading grade (Flesch–Kincaid, limit {}): worst {:.1} (`{}`), median {:.1}, over {} messages; {} fragments under {} words not graded; {} headings exempt",
                readability::LIMIT,
                w.measured.grade,
                w.id,
                median,
                passages.len(),
                fragments,
                readability::MIN_WORDS,
                self.headings.len()
            );
        }
        if verbose {
            let _ = writeln!(s, "  headings (exempt from the grade limit):");
            for h in &self.headings {
                let _ = writeln!(s, "    {h}");
            }
            let mut sorted: Vec<&Graded> = passages.clone();
            sorted.sort_by(|a, b| b.measured.grade.total_cmp(&a.measured.grade));
            let _ = writeln!(s, "  hardest messages:");
            for g in sorted.iter().take(15) {
                let _ = writeln!(s, "    {:5.1}  {} ({})", g.measured.grade, g.id, g.file);
            }
        }
        if self.problems.is_empty() {
            let _ = writeln!(s, "OK: no problems");
        } else {
            let _ = writeln!(s, "FAILED: {} problem(s)", self.problems.len());
            for p in &self.problems {
                let _ = writeln!(s, "  - {p}");
            }
        }
        s
    }
}

/// Where to read from: the build's embedded files, or directories on disk.
pub enum Source<'a> {
    Embedded,
    Dir(&'a Path),
}

/// Runs the whole check.
pub fn run(content: Source<'_>, locales: Source<'_>) -> Report {
    let mut report = Report::default();
    let catalog = match content {
        Source::Embedded => {
            report.content_from = "built into this binary".to_owned();
            Catalog::embedded()
        }
        Source::Dir(dir) => {
            report.content_from = dir.display().to_string();
            match read_tree(dir) {
                Ok(files) => {
                    Catalog::from_files(files.iter().map(|(p, t)| (p.as_str(), t.as_str())))
                }
                Err(e) => {
                    report
                        .problems
                        .push(format!("{}: cannot read: {e}", dir.display()));
                    return report;
                }
            }
        }
    };
    let english = match locales {
        Source::Embedded => {
            report.locales_from = "built into this binary".to_owned();
            English::embedded()
        }
        Source::Dir(dir) => {
            report.locales_from = dir.display().to_string();
            match English::from_dir(dir) {
                Ok(e) => e,
                Err(e) => {
                    report
                        .problems
                        .push(format!("{}/en-US: cannot read: {e}", dir.display()));
                    return report;
                }
            }
        }
    };
    report.problems.extend(english.problems.iter().cloned());
    let catalog = match catalog {
        Ok(c) => c,
        Err(e) => {
            report
                .problems
                .extend(e.problems().iter().map(ToString::to_string));
            report
                .problems
                .push("message and reading checks skipped until the content loads".to_owned());
            return report;
        }
    };
    report.counts = Some(catalog.counts());
    messages(&catalog, &english, &mut report);
    report
}

fn messages(catalog: &Catalog, english: &English, report: &mut Report) {
    let uses = catalog.messages();
    report.messages_needed = uses.len();
    let names: Vec<String> = uses
        .iter()
        .filter(|u| u.role == MessageRole::Heading)
        .filter_map(|u| english.messages.get(&u.id).map(|m| m.text.clone()))
        .collect();
    for u in uses {
        let Some(m) = english.messages.get(&u.id) else {
            report.problems.push(format!(
                "{}: {}: message `{}` is missing from locales/en-US",
                u.file, u.entry, u.id
            ));
            continue;
        };
        let allowed = allowed_variables(&u.id);
        for v in m
            .variables
            .iter()
            .filter(|v| !allowed.contains(&v.as_str()))
        {
            report.problems.push(format!(
                "locales/en-US/{}: `{}`: uses `${v}`, which the app does not pass (allowed: {allowed:?})",
                m.file, u.id
            ));
        }
        if u.role == MessageRole::Heading {
            report.headings.push(format!("{} = {}", u.id, m.text));
            continue;
        }
        if m.text.chars().any(|c| c.is_ascii_digit()) {
            report.problems.push(format!(
                "locales/en-US/{}: `{}`: contains a digit; numbers come from the content data, not the text",
                m.file, u.id
            ));
        }
        let measured = readability::measure(&m.text, &names);
        if measured.is_passage() && measured.grade > readability::LIMIT {
            report.problems.push(format!(
                "locales/en-US/{}: `{}`: reading grade {:.1} is above {} (needed by {}: {})",
                m.file,
                u.id,
                measured.grade,
                readability::LIMIT,
                u.file,
                u.entry
            ));
        }
        report.graded.push(Graded {
            id: u.id.clone(),
            file: m.file.clone(),
            role: u.role,
            measured,
        });
    }
    let needed: BTreeSet<&str> = uses.iter().map(|u| u.id.as_str()).collect();
    for (id, m) in &english.messages {
        if is_content_file(&m.file) && !needed.contains(id.as_str()) {
            report.problems.push(format!(
                "locales/en-US/{}: `{id}` is not used by any content entry (misspelt id, or left over)",
                m.file
            ));
        }
    }
}

/// Every `*.toml` under `dir`, as (path relative to `dir`, text), sorted by path.
fn read_tree(dir: &Path) -> Result<Vec<(String, String)>, std::io::Error> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                let rel = path
                    .strip_prefix(dir)
                    .map(|p| p.to_string_lossy().replace('\\', "/"))
                    .unwrap_or_default();
                out.push((rel, fs::read_to_string(&path)?));
            }
        }
    }
    out.sort();
    Ok(out)
}
