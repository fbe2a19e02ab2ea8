//! Which Fluent messages the content needs, who needs them, and what kind of text each is.
//!
//! The completeness check uses the ids; the reading-grade check uses the role, because a
//! heading ("Hip osteoarthritis") or a proper name is not measured like body text. Each use
//! names its content file and entry, so a missing message is reported where it was asked for.

use serde::Serialize;

/// What kind of text a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MessageRole {
    /// A name or title (conditions, stages, options, guidelines, scales): exempt from the
    /// reading-grade limit, listed by the checker.
    Heading,
    /// A short phrase shown next to a number (outcome, figure and comparator labels).
    Label,
    /// Sentences a patient reads: measured against the reading-grade limit.
    Body,
}

/// One message the content asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MessageUse {
    pub id: String,
    pub role: MessageRole,
    /// Content file (relative to `content/`) and entry that need it.
    pub file: String,
    pub entry: String,
}

#[derive(Default)]
pub(crate) struct Collector {
    pub uses: Vec<MessageUse>,
}

impl Collector {
    pub fn add(&mut self, id: String, role: MessageRole, file: &str, entry: &str) {
        if self.uses.iter().any(|u| u.id == id) {
            return;
        }
        self.uses.push(MessageUse {
            id,
            role,
            file: file.to_owned(),
            entry: entry.to_owned(),
        });
    }
}
