//! Completeness checks in the spirit of Mozilla's compare-locales: each locale's files are
//! compared with en-US, id by id, so a missing, obsolete or broken translation is found by a
//! test (and later listed by `hipaid locales`) instead of by a patient.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::DEFAULT_LOCALE;
use crate::resources;

/// What one message looks like, as far as a translation must match it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shape {
    pub variables: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
    pub has_value: bool,
}

/// `(domain, message id)` → shape, for one locale. Terms (`-brand`) are listed with their dash.
pub type Messages = BTreeMap<(String, String), Shape>;

/// How one locale compares with en-US.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub locale: String,
    pub reference_count: usize,
    pub translated: usize,
    pub missing: Vec<String>,
    pub obsolete: Vec<String>,
    /// Messages whose variables or attributes differ from en-US, with a description.
    pub mismatched: Vec<String>,
    pub syntax_errors: Vec<String>,
}

impl Report {
    pub fn is_clean(&self) -> bool {
        self.missing.is_empty()
            && self.obsolete.is_empty()
            && self.mismatched.is_empty()
            && self.syntax_errors.is_empty()
    }

    /// Share of en-US messages this locale has, 0–100.
    pub fn completeness(&self) -> f64 {
        if self.reference_count == 0 {
            return 100.0;
        }
        100.0 * self.translated as f64 / self.reference_count as f64
    }
}

/// `(domain, FTL text)` pairs: one locale's files.
pub type Files<'a> = [(&'a str, &'a str)];

fn embedded_files(locale: &str) -> Vec<(&'static str, &'static str)> {
    resources::sources()
        .filter(|s| s.locale == locale)
        .map(|s| (s.domain, s.text))
        .collect()
}

/// Parses one locale's files; syntax errors are returned beside the messages.
pub fn messages(locale: &str, files: &Files<'_>) -> (Messages, Vec<String>) {
    let mut out = Messages::new();
    let mut errors = Vec::new();
    for &(domain, text) in files {
        let resource = match parser::parse(text) {
            Ok(r) => r,
            Err((r, errs)) => {
                errors.extend(
                    errs.iter()
                        .map(|e| format!("{locale}/{}.ftl: {e:?}", domain)),
                );
                r
            }
        };
        for entry in &resource.body {
            let (id, shape) = match entry {
                ast::Entry::Message(m) => {
                    (m.id.name.to_owned(), shape(m.value.as_ref(), &m.attributes))
                }
                ast::Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    shape(Some(&t.value), &t.attributes),
                ),
                // Junk is already reported as the parser's error above.
                ast::Entry::Junk { .. } => continue,
                _ => continue,
            };
            out.insert((domain.to_owned(), id), shape);
        }
    }
    (out, errors)
}

/// Compares every shipped locale with en-US (en-US itself is checked for syntax only).
pub fn all() -> Vec<Report> {
    let (reference, reference_errors) = messages(DEFAULT_LOCALE, &embedded_files(DEFAULT_LOCALE));
    resources::locales()
        .into_iter()
        .map(|locale| {
            if locale == DEFAULT_LOCALE {
                return Report {
                    locale: locale.to_owned(),
                    reference_count: reference.len(),
                    translated: reference.len(),
                    syntax_errors: reference_errors.clone(),
                    ..Report::default()
                };
            }
            compare(locale, &reference, &embedded_files(locale))
        })
        .collect()
}

/// Compares one locale's files with en-US's (given as files too, for tests and tools).
pub fn compare_files(locale: &str, reference: &Files<'_>, theirs: &Files<'_>) -> Report {
    compare(locale, &messages(DEFAULT_LOCALE, reference).0, theirs)
}

fn compare(locale: &str, reference: &Messages, files: &Files<'_>) -> Report {
    let (theirs, syntax_errors) = messages(locale, files);
    let mut report = Report {
        locale: locale.to_owned(),
        reference_count: reference.len(),
        syntax_errors,
        ..Report::default()
    };
    for (key, shape) in reference {
        match theirs.get(key) {
            None => report.missing.push(format!("{}.ftl: {}", key.0, key.1)),
            Some(t) => {
                report.translated += 1;
                if t != shape {
                    report.mismatched.push(format!(
                        "{}.ftl: {}: en-US has variables {:?} attributes {:?} value {}, {locale} has {:?} {:?} {}",
                        key.0, key.1, shape.variables, shape.attributes, shape.has_value,
                        t.variables, t.attributes, t.has_value
                    ));
                }
            }
        }
    }
    for key in theirs.keys().filter(|k| !reference.contains_key(*k)) {
        report.obsolete.push(format!("{}.ftl: {}", key.0, key.1));
    }
    report
}

fn shape(value: Option<&ast::Pattern<&str>>, attributes: &[ast::Attribute<&str>]) -> Shape {
    let mut variables = BTreeSet::new();
    if let Some(p) = value {
        pattern_variables(p, &mut variables);
    }
    for a in attributes {
        pattern_variables(&a.value, &mut variables);
    }
    Shape {
        variables,
        attributes: attributes.iter().map(|a| a.id.name.to_owned()).collect(),
        has_value: value.is_some(),
    }
}

/// Adds every `$variable` a pattern uses (select branches and function arguments included).
pub fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_variables(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                inline_variables(p, out);
            }
            for n in &arguments.named {
                inline_variables(&n.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_found_in_selectors_and_variants() {
        let src = "m = { $n ->\n    [one] one { $what }\n   *[other] { $n } { $what }\n}\n    .title = { $t }\n";
        let r = parser::parse(src).unwrap();
        let ast::Entry::Message(m) = &r.body[0] else {
            panic!("expected a message")
        };
        let s = shape(m.value.as_ref(), &m.attributes);
        assert_eq!(s.variables, ["n", "t", "what"].map(String::from).into());
        assert_eq!(s.attributes, ["title".to_owned()].into());
    }
}
