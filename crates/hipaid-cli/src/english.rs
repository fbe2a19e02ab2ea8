//! The English (en-US) messages as plain text, for the completeness, digit and reading checks.
//!
//! Fluent source is parsed with `fluent-syntax` (not formatted through a bundle) because the
//! checks need every message's file and its text with placeables stood in for: a variable reads
//! as a short number word, and a select expression reads as its default variant.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// One English message.
#[derive(Debug, Clone)]
pub struct Message {
    /// File name, e.g. `options-care.ftl`.
    pub file: String,
    /// The text a reader sees, variables replaced by a placeholder word.
    pub text: String,
    /// The variables (`$name`) the message uses.
    pub variables: BTreeSet<String>,
}

#[derive(Debug, Default)]
pub struct English {
    pub messages: BTreeMap<String, Message>,
    /// Syntax errors and duplicate ids, as readable lines.
    pub problems: Vec<String>,
}

/// What stands in for a variable when measuring: a short, common number word.
const PLACEHOLDER: &str = "ten";

impl English {
    /// The en-US files compiled into this build.
    pub fn embedded() -> English {
        let mut out = English::default();
        for s in hipaid_l10n::resources::sources().filter(|s| s.locale == "en-US") {
            out.add(&format!("{}.ftl", s.domain), s.text);
        }
        out
    }

    /// The `en-US/*.ftl` files under a `locales/` directory.
    pub fn from_dir(locales: &Path) -> Result<English, std::io::Error> {
        let mut out = English::default();
        let mut files: Vec<_> = fs::read_dir(locales.join("en-US"))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for path in files {
            let text = fs::read_to_string(&path)?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.add(&name, &text);
        }
        Ok(out)
    }

    fn add(&mut self, file: &str, source: &str) {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    self.problems.push(format!(
                        "locales/en-US/{file}: syntax error {:?} at {:?}",
                        e.kind, e.pos
                    ));
                }
                r
            }
        };
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let id = m.id.name.to_owned();
                let text = m.value.as_ref().map(plain).unwrap_or_default();
                let mut variables = BTreeSet::new();
                if let Some(v) = &m.value {
                    hipaid_l10n::audit::pattern_variables(v, &mut variables);
                }
                if let Some(prev) = self.messages.get(&id) {
                    self.problems.push(format!(
                        "locales/en-US/{file}: message `{id}` is also defined in {}",
                        prev.file
                    ));
                    continue;
                }
                self.messages.insert(
                    id,
                    Message {
                        file: file.to_owned(),
                        text,
                        variables,
                    },
                );
            }
        }
    }
}

fn plain(p: &Pattern<&str>) -> String {
    let mut out = String::new();
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => out.push_str(&expression_text(expression)),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn expression_text(e: &Expression<&str>) -> String {
    match e {
        Expression::Select { variants, .. } => variants
            .iter()
            .find(|v| v.default)
            .map(|v| plain(&v.value))
            .unwrap_or_default(),
        Expression::Inline(InlineExpression::StringLiteral { value }) => (*value).to_owned(),
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_text(expression)
        }
        Expression::Inline(_) => PLACEHOLDER.to_owned(),
    }
}
