//! Text layout: a paragraph in, shaped and wrapped lines of positioned glyphs out.
//!
//! printpdf cannot shape (Arabic would come out as isolated letters) or apply bidi, so every
//! word goes through cosmic-text first: HarfRust shaping, Unicode bidi, UAX #14 line breaking
//! and our font fallback. This module is the only one that knows about cosmic-text; the page
//! writer only sees glyph ids, fonts and positions.

use cosmic_text::{Attrs, Buffer, Family, FontSystem, Metrics, Shaping, Weight, fontdb};

/// How a paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Font size in points.
    pub size: f32,
    pub bold: bool,
    /// Line height as a multiple of the size.
    pub leading: f32,
}

impl Style {
    pub const fn body(size: f32) -> Style {
        Style {
            size,
            bold: false,
            leading: 1.4,
        }
    }

    pub const fn heading(size: f32) -> Style {
        Style {
            size,
            bold: true,
            leading: 1.25,
        }
    }
}

/// One glyph, positioned relative to its line's start and baseline (points, y down).
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub font: fontdb::ID,
    pub gid: u16,
    pub x: f32,
    pub y: f32,
    pub advance: f32,
    /// The text this glyph stands for, for the PDF's ToUnicode map (copy and paste, search).
    pub text: String,
    /// Where its cluster starts in the line's text: glyphs of one cluster share it.
    pub cluster: usize,
}

/// One laid-out line.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Glyphs in visual order, left to right.
    pub glyphs: Vec<Glyph>,
    /// Distance from the paragraph's top to this line's baseline.
    pub baseline: f32,
    /// The line's text in logical order (without bidi controls).
    pub text: String,
}

/// A laid-out paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub lines: Vec<Line>,
    pub line_height: f32,
    pub size: f32,
}

/// How much taller a Nastaliq line is than the style's leading asks for.
const NASTALIQ_LEADING: f32 = 1.55;

/// Bidi controls Fluent adds around placeables (and the RLM we add to right-to-left
/// paragraphs): they steer the layout but must not reach the page.
fn is_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Lays out `text` in `width` points. `rtl` makes the paragraph's base direction right to
/// left (by a leading RLM, so a line that starts with a Latin word or a number still reads
/// from the right) and aligns it to the right.
pub fn layout(
    fs: &mut FontSystem,
    text: &str,
    style: Style,
    width: f32,
    family: &str,
    rtl: bool,
) -> Paragraph {
    // Nastaliq's letters climb and drop far more than Naskh's or Latin's: its lines need
    // half as much room again, or they collide (seen on the first Urdu summary).
    let leading = if family == "Noto Nastaliq Urdu" {
        style.leading * NASTALIQ_LEADING
    } else {
        style.leading
    };
    let line_height = style.size * leading;
    let family = crate::fonts::family_for(text, family);
    let mut buffer = Buffer::new(fs, Metrics::new(style.size, line_height));
    buffer.set_size(Some(width.max(1.0)), None);
    let attrs = Attrs::new()
        .family(Family::Name(family))
        .weight(if style.bold {
            Weight::BOLD
        } else {
            Weight::NORMAL
        });
    let source = if rtl {
        format!("\u{200F}{text}")
    } else {
        text.to_owned()
    };
    buffer.set_text(&source, &attrs, Shaping::Advanced, None);
    buffer.shape_until_scroll(fs, false);

    let mut lines = Vec::new();
    for run in buffer.layout_runs() {
        let mut glyphs: Vec<Glyph> = Vec::with_capacity(run.glyphs.len());
        let (mut first, mut last) = (usize::MAX, 0);
        for g in run.glyphs {
            let cluster = run.text.get(g.start..g.end).unwrap_or_default();
            if !cluster.is_empty() && cluster.chars().all(is_control) {
                continue;
            }
            first = first.min(g.start);
            last = last.max(g.end);
            glyphs.push(Glyph {
                font: g.font_id,
                gid: g.glyph_id,
                x: g.x + g.font_size * g.x_offset,
                y: g.y - g.font_size * g.y_offset,
                advance: g.w,
                text: cluster.chars().filter(|c| !is_control(*c)).collect(),
                cluster: g.start,
            });
        }
        glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
        share_cluster_text(&mut glyphs);
        let logical = if first <= last {
            run.text.get(first..last).unwrap_or_default()
        } else {
            ""
        };
        lines.push(Line {
            glyphs,
            baseline: run.line_y,
            text: logical.chars().filter(|c| !is_control(*c)).collect(),
        });
    }
    Paragraph {
        lines,
        line_height,
        size: style.size,
    }
}

/// When a cluster is drawn with several glyphs (a base and its marks, a conjunct, a letter
/// the shaper decomposed), only the first keeps the cluster's text, so copying the text
/// does not repeat it.
fn share_cluster_text(glyphs: &mut [Glyph]) {
    // (A mark's offset can sort it away from its base, so clusters are not always adjacent.)
    let mut seen = std::collections::BTreeSet::new();
    for g in glyphs.iter_mut() {
        if !seen.insert(g.cluster) {
            g.text.clear();
        }
    }
}

/// Whether `text` is written right to left, by its first letter with a strong direction
/// (the Unicode bidi rule P2); `None` when it has none (digits, punctuation only).
pub fn starts_right_to_left(text: &str) -> Option<bool> {
    use unicode_bidi::BidiClass::{AL, L, R};
    text.chars()
        .find_map(|c| match unicode_bidi::bidi_class(c) {
            L => Some(false),
            R | AL => Some(true),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts;

    #[test]
    fn latin_wraps_within_the_width_and_keeps_every_word() {
        let mut fs = fonts::font_system("en-US");
        let text = "Exercise helps many people with hip pain. It works while you keep it up, and it has few risks.";
        let p = layout(&mut fs, text, Style::body(11.0), 160.0, "Noto Sans", false);
        assert!(p.lines.len() >= 3, "{} lines", p.lines.len());
        for line in &p.lines {
            let right = line.glyphs.last().map_or(0.0, |g| g.x + g.advance);
            assert!(
                right <= 160.5,
                "line overflows: {right} > 160 ({})",
                line.text
            );
        }
        let joined: Vec<String> = p.lines.iter().map(|l| l.text.trim().to_owned()).collect();
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn arabic_is_shaped_and_right_aligned() {
        let mut fs = fonts::font_system("ar");
        // "Exercise for hip pain" with a number inside, as Fluent would isolate it.
        let text = "التمرين لألم الورك: \u{2068}68\u{2069} من كل \u{2068}100\u{2069} شخص";
        let p = layout(
            &mut fs,
            text,
            Style::body(12.0),
            400.0,
            "Noto Sans Arabic",
            true,
        );
        assert_eq!(p.lines.len(), 1);
        let line = &p.lines[0];
        assert!(!line.text.contains('\u{2068}'), "bidi controls are dropped");
        let right = line
            .glyphs
            .iter()
            .map(|g| g.x + g.advance)
            .fold(0.0, f32::max);
        assert!(
            right > 395.0,
            "right-aligned: the line ends at {right} of 400"
        );
        // Shaping joined the letters: fewer glyphs than letters (the lam-alef ligature) and
        // the glyph ids are not the isolated forms a cmap lookup would give.
        let letters = line.text.chars().filter(|c| c.is_alphabetic()).count();
        assert!(
            line.glyphs.len() < line.text.chars().count(),
            "{} glyphs for {letters} letters",
            line.glyphs.len()
        );
        // Digits stay left to right inside the right-to-left line: "6" is left of "8".
        let six = line.glyphs.iter().find(|g| g.text == "6").map(|g| g.x);
        let eight = line.glyphs.iter().find(|g| g.text == "8").map(|g| g.x);
        assert!(six < eight, "68 reads left to right: {six:?} {eight:?}");
    }

    #[test]
    fn a_cluster_of_several_glyphs_gives_its_text_once() {
        let mut fs = fonts::font_system("en-US");
        // Ŝ with an extra acute: the shaper may draw it as two or three glyphs.
        let p = layout(
            &mut fs,
            "Ŝ\u{301}x",
            Style::body(11.0),
            200.0,
            "Noto Sans",
            false,
        );
        let text: String = p.lines[0].glyphs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(text, "Ŝ\u{301}x");
    }
}
