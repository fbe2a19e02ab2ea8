//! `hipaid locales`: the translator's view of every locale. For each one it shows the metadata
//! (`locale.toml`: name, direction, digits, translation status) and how its Fluent files
//! compare with en-US: how complete, which ids are missing (a patient would see en-US there,
//! per message), which are obsolete, and which use other variables. It reads the locales built
//! into the binary, or a directory a translator is editing.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use hipaid_l10n::audit::{self, Report as Audit};
use hipaid_l10n::meta::{self, LocaleMeta};
use hipaid_l10n::{DEFAULT_LOCALE, Translation, resources};

use crate::Source;

/// One locale's line, and its details for `--verbose`.
#[derive(Debug)]
pub struct Row {
    pub audit: Audit,
    pub meta: Option<LocaleMeta>,
}

impl Row {
    /// Why missing messages are expected here (`partial` in `locale.toml`), if they are.
    fn partial(&self) -> Option<&str> {
        self.meta.as_ref().and_then(|m| m.partial.as_deref())
    }

    /// Clean: valid metadata, no syntax errors, obsolete or mismatched ids, and nothing
    /// missing unless the locale says it is partial.
    fn is_clean(&self) -> bool {
        let a = &self.audit;
        self.meta.is_some()
            && a.syntax_errors.is_empty()
            && a.obsolete.is_empty()
            && a.mismatched.is_empty()
            && (a.missing.is_empty() || self.partial().is_some())
    }
}

/// Every locale, and problems that belong to no single locale.
#[derive(Debug, Default)]
pub struct LocalesReport {
    pub from: String,
    pub rows: Vec<Row>,
    /// Metadata problems and unreadable files.
    pub problems: Vec<String>,
}

impl LocalesReport {
    /// True when every locale is complete, has no obsolete or mismatched ids, parses, and has
    /// valid metadata.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty() && self.rows.iter().all(Row::is_clean)
    }

    pub fn render(&self, verbose: bool) -> String {
        let mut out = String::from("HipAid locales\n");
        let _ = writeln!(out, "  locales: {}", self.from);
        let reference = self
            .rows
            .iter()
            .find(|r| r.audit.locale == DEFAULT_LOCALE)
            .map_or(0, |r| r.audit.reference_count);
        let _ = writeln!(out, "  reference: {DEFAULT_LOCALE}, {reference} messages\n");
        let _ = writeln!(
            out,
            "  {:<7} {:<14} {:<4} {:<6} {:<34} {:>8} {:>8} {:>9} {:>11}",
            "id",
            "name",
            "dir",
            "digits",
            "translation",
            "complete",
            "missing",
            "obsolete",
            "mismatched"
        );
        for row in &self.rows {
            let a = &row.audit;
            let (name, dir, digits, status) = match &row.meta {
                Some(m) => (
                    m.native_name.clone(),
                    format!("{:?}", m.direction).to_lowercase(),
                    m.numbering.as_str().to_owned(),
                    status_text(&m.translation),
                ),
                None => ("?".into(), "?".into(), "?".into(), "no locale.toml".into()),
            };
            let _ = writeln!(
                out,
                "  {:<7} {} {:<4} {:<6} {:<34} {:>7.1}% {:>8} {:>9} {:>11}",
                a.locale,
                pad(&name, 14),
                dir,
                digits,
                status,
                a.completeness(),
                a.missing.len(),
                a.obsolete.len(),
                a.mismatched.len()
            );
        }
        out.push('\n');
        for p in &self.problems {
            let _ = writeln!(out, "problem: {p}");
        }
        for row in &self.rows {
            let a = &row.audit;
            for e in &a.syntax_errors {
                let _ = writeln!(out, "problem: syntax: {e}");
            }
            for m in &a.mismatched {
                let _ = writeln!(out, "problem: {}: variables differ: {m}", a.locale);
            }
            for o in &a.obsolete {
                let _ = writeln!(
                    out,
                    "problem: {}: obsolete (en-US has no such id): {o}",
                    a.locale
                );
            }
            if !a.missing.is_empty() {
                let kind = match row.partial() {
                    Some(why) => format!("note ({why})"),
                    None => "problem".to_owned(),
                };
                let _ = writeln!(
                    out,
                    "{kind}: {}: {} messages missing; each falls back to {DEFAULT_LOCALE} on screen and paper",
                    a.locale,
                    a.missing.len()
                );
                let shown = if verbose { a.missing.len() } else { 5 };
                for m in a.missing.iter().take(shown) {
                    let _ = writeln!(out, "    missing: {m}");
                }
                if a.missing.len() > shown {
                    let _ = writeln!(
                        out,
                        "    … {} more (--verbose lists all)",
                        a.missing.len() - shown
                    );
                }
            }
        }
        let drafts: Vec<&str> = self
            .rows
            .iter()
            .filter(|r| {
                r.meta
                    .as_ref()
                    .is_some_and(|m| m.translation == Translation::Draft)
            })
            .map(|r| r.audit.locale.as_str())
            .collect();
        if !drafts.is_empty() {
            let _ = writeln!(
                out,
                "note: drafts, not yet checked by a qualified medical translator (marked in the app and on paper): {}",
                drafts.join(", ")
            );
        }
        let complete = self
            .rows
            .iter()
            .filter(|r| r.audit.is_clean() && r.meta.is_some())
            .count();
        let partial: Vec<&str> = self
            .rows
            .iter()
            .filter(|r| r.partial().is_some() && !r.audit.missing.is_empty())
            .map(|r| r.audit.locale.as_str())
            .collect();
        let obsolete: usize = self.rows.iter().map(|r| r.audit.obsolete.len()).sum();
        if self.is_ok() && partial.is_empty() {
            let _ = writeln!(
                out,
                "OK: {complete} locales, all complete, {obsolete} obsolete ids"
            );
        } else if self.is_ok() {
            let _ = writeln!(
                out,
                "OK: {complete} locales complete, partial by design: {}, {obsolete} obsolete ids",
                partial.join(", ")
            );
        } else {
            let _ = writeln!(
                out,
                "FAILED: {complete} of {} locales complete and clean, {obsolete} obsolete ids",
                self.rows.len()
            );
        }
        out
    }
}

fn status_text(t: &Translation) -> String {
    match t {
        Translation::Source => "source".into(),
        Translation::Draft => "draft".into(),
        Translation::Reviewed {
            reviewer,
            reviewed_on,
        } => format!("reviewed {reviewed_on} by {reviewer}"),
    }
}

/// Pads by the columns a terminal gives the text (a Hangul or Han character takes two), not
/// by bytes or characters, so names in other scripts keep the columns straight.
fn pad(s: &str, width: usize) -> String {
    let n = unicode_width::UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}

/// Reads `<dir>/<locale>/*.ftl` and `locale.toml`: locale → (domain → text, metadata text).
type Tree = BTreeMap<String, (Vec<(String, String)>, Option<String>)>;

fn read_dir_tree(dir: &Path) -> Result<Tree, std::io::Error> {
    let mut tree = Tree::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if !entry.file_type()?.is_dir() {
            continue;
        }
        let locale = entry.file_name().to_string_lossy().into_owned();
        let mut files = Vec::new();
        let mut meta = None;
        for file in fs::read_dir(entry.path())? {
            let path = file?.path();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if let Some(domain) = name.strip_suffix(".ftl") {
                files.push((domain.to_owned(), fs::read_to_string(&path)?));
            } else if name == "locale.toml" {
                meta = Some(fs::read_to_string(&path)?);
            }
        }
        files.sort();
        tree.insert(locale, (files, meta));
    }
    Ok(tree)
}

fn embedded_tree() -> Tree {
    let mut tree = Tree::new();
    for s in resources::sources() {
        tree.entry(s.locale.to_owned())
            .or_default()
            .0
            .push((s.domain.to_owned(), s.text.to_owned()));
    }
    tree
}

/// Builds the report.
pub fn run(source: Source<'_>) -> LocalesReport {
    let mut report = LocalesReport::default();
    let embedded = matches!(source, Source::Embedded);
    let tree = match source {
        Source::Embedded => {
            report.from = "built into this binary".into();
            report.problems.extend(meta::embedded().1.iter().cloned());
            embedded_tree()
        }
        Source::Dir(dir) => {
            report.from = dir.display().to_string();
            match read_dir_tree(dir) {
                Ok(t) => t,
                Err(e) => {
                    report
                        .problems
                        .push(format!("{}: cannot read: {e}", dir.display()));
                    return report;
                }
            }
        }
    };
    let Some((reference, _)) = tree.get(DEFAULT_LOCALE) else {
        report.problems.push(format!(
            "no {DEFAULT_LOCALE} directory: nothing to compare with"
        ));
        return report;
    };
    let reference: Vec<(&str, &str)> = reference
        .iter()
        .map(|(d, t)| (d.as_str(), t.as_str()))
        .collect();
    // en-US first, then the others in id order.
    let mut ids: Vec<&String> = tree.keys().collect();
    ids.sort_by_key(|id| (id.as_str() != DEFAULT_LOCALE, id.as_str()));
    for locale in ids {
        let (files, meta_text) = &tree[locale];
        let files: Vec<(&str, &str)> = files
            .iter()
            .map(|(d, t)| (d.as_str(), t.as_str()))
            .collect();
        let mut audit = audit::compare_files(locale, &reference, &files);
        if locale == DEFAULT_LOCALE {
            // Compared with itself it is complete; only its syntax can be wrong.
            audit.missing.clear();
        }
        let meta = if embedded {
            meta::of(locale).cloned()
        } else {
            match meta_text {
                Some(text) => match meta::parse(locale, text) {
                    Ok(m) => Some(m),
                    Err(p) => {
                        report.problems.extend(p);
                        None
                    }
                },
                None => {
                    report
                        .problems
                        .push(format!("locales/{locale}/ has no locale.toml"));
                    None
                }
            }
        };
        report.rows.push(Row { audit, meta });
    }
    report
}

#[cfg(test)]
mod tests {
    use super::pad;

    #[test]
    fn columns_are_padded_by_terminal_width() {
        // Hangul and Han take two columns each; Latin, Cyrillic and Arabic one.
        assert_eq!(pad("한국어", 14), format!("한국어{}", " ".repeat(8)));
        assert_eq!(pad("简体中文", 14), format!("简体中文{}", " ".repeat(6)));
        assert_eq!(pad("Русский", 14), format!("Русский{}", " ".repeat(7)));
        assert_eq!(pad("اردو", 14), format!("اردو{}", " ".repeat(10)));
        assert_eq!(
            pad("a name longer than the column", 4),
            "a name longer than the column"
        );
    }
}
