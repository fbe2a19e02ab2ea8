//! Reading grade of patient-facing English, measured with the `textstat` crate's
//! Flesch–Kincaid grade.
//!
//! IPDAS asks for grade 8 or lower. Every body-text and label message is measured on its own.
//! The exceptions are explicit and all here:
//!
//! - **Headings** (`MessageRole::Heading`: names of conditions, stages, options, guidelines,
//!   scales) are not measured; the checker lists them.
//! - **Proper names** ([`PROPER_NAMES`], plus every heading's text, e.g. "Oxford Hip Score")
//!   count as one short word wherever they appear in body text.
//! - **Short glosses in brackets** — "infection inside the joint (septic arthritis)" — are
//!   the technical name given after the plain words, as plain-language guides advise; a
//!   bracket of at most [`GLOSS_WORDS`] words is not measured. Longer brackets are.
//! - **Fragments** under [`MIN_WORDS`] words ("blood clots") are too short for the formula
//!   to mean anything; they are reported but not held to the limit.

/// The highest grade allowed for body text.
pub const LIMIT: f64 = 8.0;
/// Fewer words than this is a fragment, not a passage the formula can grade.
pub const MIN_WORDS: usize = 5;
/// A bracket with at most this many words is a gloss (a technical name), not prose.
pub const GLOSS_WORDS: usize = 4;
/// What a proper name is replaced with before measuring.
const NAME: &str = "Name";

/// Names of people, bodies, trials, products and units that patient text must use as they
/// are. Matching ignores case.
pub const PROPER_NAMES: &[&str] = &[
    "Kellgren–Lawrence",
    "Kellgren-Lawrence",
    "ARCO",
    "American Academy of Orthopaedic Surgeons",
    "American College of Rheumatology",
    "Arthritis Foundation",
    "Osteoarthritis Research Society International",
    "AAOS",
    "OARSI",
    "NICE",
    "EULAR",
    "Warwick Agreement",
    "FDA",
    "US Food and Drug Administration",
    "Food and Drug Administration",
    "European Medicines Agency",
    "EMA",
    "ISSCR",
    "International Society for Stem Cell Research",
    "Medicare",
    "Medicaid",
    "ClinicalTrials.gov",
    "Cochrane",
    "GLA:D",
    "LEAP",
    "FASHIoN",
    "FAIT",
    "PROHIP",
    "HIT",
    "Wharton’s jelly",
    "Wharton's jelly",
    "MRI",
    "X-ray",
    "X-rays",
    "CT",
];

/// One measured message.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    pub grade: f64,
    pub words: usize,
}

impl Measured {
    /// Long enough for the formula to apply.
    pub fn is_passage(&self) -> bool {
        self.words >= MIN_WORDS
    }
}

/// Measures `text`, treating `names` (and [`PROPER_NAMES`]) as one short word each.
pub fn measure(text: &str, names: &[String]) -> Measured {
    let prepared = prepare(text, names);
    Measured {
        grade: textstat::flesch_kincaid_grade(&prepared),
        words: textstat::lexicon_count(&prepared),
    }
}

/// The text as measured: glosses dropped, names replaced.
pub fn prepare(text: &str, names: &[String]) -> String {
    let mut out = drop_glosses(text);
    let mut all: Vec<&str> = PROPER_NAMES.to_vec();
    all.extend(
        names
            .iter()
            .map(String::as_str)
            .filter(|n| !n.trim().is_empty()),
    );
    // Longest first, so "Warwick Agreement" wins over "Warwick".
    all.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    for name in all {
        out = replace_ignoring_case(&out, name, NAME);
    }
    out
}

fn drop_glosses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let inside = &rest[open + 1..close];
        out.push_str(&rest[..open]);
        if inside.split_whitespace().count() > GLOSS_WORDS {
            out.push_str(inside);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn replace_ignoring_case(haystack: &str, needle: &str, with: &str) -> String {
    if needle.is_empty() {
        return haystack.to_owned();
    }
    let lower_hay = haystack.to_lowercase();
    let lower_needle = needle.to_lowercase();
    // Lowercasing can change byte lengths outside ASCII; fall back to exact matching then.
    if lower_hay.len() != haystack.len() || lower_needle.len() != needle.len() {
        return haystack.replace(needle, with);
    }
    let mut out = String::with_capacity(haystack.len());
    let mut i = 0;
    while let Some(pos) = lower_hay[i..].find(&lower_needle) {
        let start = i + pos;
        let end = start + lower_needle.len();
        let boundary_before = haystack[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let boundary_after = haystack[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        out.push_str(&haystack[i..start]);
        if boundary_before && boundary_after {
            out.push_str(with);
        } else {
            out.push_str(&haystack[start..end]);
        }
        i = end;
    }
    out.push_str(&haystack[i..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_sentences_score_low_and_jargon_scores_high() {
        let plain = measure("The hip can hurt. It may feel stiff when you get up.", &[]);
        let jargon = measure(
            "Intra-articular corticosteroid administration demonstrates statistically significant analgesic efficacy.",
            &[],
        );
        assert!(plain.grade < 4.0, "{plain:?}");
        assert!(jargon.grade > 12.0, "{jargon:?}");
    }

    #[test]
    fn short_glosses_and_names_are_not_measured_but_long_brackets_are() {
        assert_eq!(
            prepare("an infection in the joint (septic arthritis)", &[]),
            "an infection in the joint"
        );
        let long = "pain (which usually improves considerably over subsequent weeks)";
        assert!(prepare(long, &[]).contains("considerably"));
        assert_eq!(
            prepare(
                "Ask about the Oxford Hip Score and NICE advice.",
                &["Oxford Hip Score".to_owned()]
            ),
            "Ask about the Name and Name advice."
        );
        // Only whole words are names: "nice" inside "nicer" is not replaced.
        assert_eq!(prepare("a nicer day", &[]), "a nicer day");
    }
}
