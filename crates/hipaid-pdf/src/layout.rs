//! Puts the summary's blocks on pages: paragraphs, bullets and icon arrays, in one language
//! or in two. Bilingual mode goes paragraph by paragraph: each block in the patient's
//! language, then the same block in the clinician's language, smaller and in grey, each
//! set in its own direction (so Urdu under English reads from the right, English under
//! Arabic from the left) and tagged with its own `/Lang` for screen readers. Numbers and
//! pictures are the same in both languages and appear once; so do the patient's own words.

use hipaid_core::OutcomeKind;

use crate::icons;
use crate::page::{PageWriter, rgb};
use crate::summary::Block;
use crate::text::{self, Style};

const ACCENT: (f32, f32, f32) = (0.043, 0.341, 0.643);
const MUTED: (f32, f32, f32) = (0.33, 0.33, 0.33);
/// The second language's text is this much smaller.
const ALSO_SCALE: f32 = 0.9;

/// The blocks of one language and how to set them.
pub struct Language<'a> {
    pub blocks: &'a [Block],
    pub family: &'static str,
    pub rtl: bool,
    pub lang: &'a str,
}

/// Draws `main`, interleaving `also` block by block when given. Returns a warning when the
/// two languages' blocks do not line up (then only `main` is drawn).
pub fn draw(
    page: &mut PageWriter<'_>,
    main: &Language<'_>,
    also: Option<&Language<'_>>,
) -> Option<String> {
    let warning = also
        .filter(|b| !same_shape(main.blocks, b.blocks))
        .map(|b| {
            format!(
                "the {} and {} summaries differ in shape; printed {} only",
                main.lang, b.lang, main.lang
            )
        });
    let also = also.filter(|b| same_shape(main.blocks, b.blocks));
    for (i, block) in main.blocks.iter().enumerate() {
        match block {
            Block::Space(points) => page.space(*points),
            Block::Ensure(points) => {
                page.ensure(if also.is_some() {
                    points * 1.8
                } else {
                    *points
                });
            }
            Block::Text {
                text,
                style,
                inset,
                color,
                tag,
                bullet,
                own_words,
            } => {
                if *bullet {
                    page.ensure(style.size * style.leading);
                    page.rect(2.0, 5.5, 4.0, 4.0, rgb(ACCENT.0, ACCENT.1, ACCENT.2));
                }
                paragraph(page, text, *style, *inset, *color, tag, main, None);
                if let (Some(b), false) = (also, *own_words)
                    && let Some(Block::Text { text: other, .. }) = b.blocks.get(i)
                    && other != text
                {
                    let smaller = Style {
                        size: style.size * ALSO_SCALE,
                        ..*style
                    };
                    let color = if *tag == "P" { MUTED } else { *color };
                    paragraph(page, other, smaller, *inset, color, tag, b, Some(b.lang));
                }
            }
            Block::Arrays {
                kind,
                mine,
                theirs,
                captions,
                alts,
            } => arrays(page, main, *kind, *mine, *theirs, captions, alts),
        }
    }
    warning
}

/// True when both lists have the same kinds of block in the same order.
pub fn same_shape(a: &[Block], b: &[Block]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| std::mem::discriminant(x) == std::mem::discriminant(y))
}

#[allow(clippy::too_many_arguments)]
fn paragraph(
    page: &mut PageWriter<'_>,
    text: &str,
    style: Style,
    inset: f32,
    color: (f32, f32, f32),
    tag: &'static str,
    language: &Language<'_>,
    lang: Option<&str>,
) {
    let saved = page.rtl;
    page.rtl = language.rtl;
    let width = page.content_width() - inset;
    // A Fluent message written over several lines is one paragraph, as on screen.
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let para = text::layout(
        page.font_system(),
        &text,
        style,
        width,
        language.family,
        language.rtl,
    );
    page.open_in(tag, None, lang.map(str::to_owned));
    page.paragraph(&para, inset, width, rgb(color.0, color.1, color.2));
    page.close();
    page.rtl = saved;
}

/// Room for the two-line captions under icon arrays.
pub const CAPTION: f32 = 2.0 * 8.0 * 1.4;

fn arrays(
    page: &mut PageWriter<'_>,
    main: &Language<'_>,
    kind: OutcomeKind,
    mine: icons::Fill,
    theirs: Option<icons::Fill>,
    captions: &(String, String),
    alts: &(String, String),
) {
    let (sure, maybe) = match kind {
        OutcomeKind::Benefit => (rgb(0.05, 0.45, 0.25), rgb(0.55, 0.78, 0.62)),
        OutcomeKind::Harm => (rgb(0.72, 0.22, 0.08), rgb(0.93, 0.65, 0.55)),
    };
    let rest = rgb(0.85, 0.85, 0.85);
    let y = page.y(icons::SIDE + 4.0);
    let rtl = page.rtl;
    let x = page.x(14.0, icons::SIDE);
    let person = page.person();
    let tones = [sure, maybe, rest.clone()];
    // Each array is a figure whose text alternative is the sentence it draws.
    page.open("Figure", Some(alts.0.clone()));
    page.draw(icons::array(x, y, mine, rtl, tones, &person));
    page.close();
    if let Some(theirs) = theirs {
        let x = page.x(14.0 + icons::SIDE + 24.0, icons::SIDE);
        let tones = [rgb(0.35, 0.35, 0.35), rgb(0.6, 0.6, 0.6), rest];
        page.open("Figure", Some(alts.1.clone()));
        page.draw(icons::array(x, y, theirs, rtl, tones, &person));
        page.close();
    }
    page.advance(icons::SIDE + 8.0);
    // Say under each array whose it is: this option, or the comparison group.
    let width = icons::SIDE + 20.0;
    let style = Style::body(8.0);
    let mut height = 0.0_f32;
    let mut caption = |page: &mut PageWriter<'_>, text: &str, inset: f32| {
        let para = text::layout(page.font_system(), text, style, width, main.family, rtl);
        height = height.max(para.lines.len() as f32 * para.line_height);
        page.open("Caption", None);
        page.paragraph_at(&para, inset, width, rgb(MUTED.0, MUTED.1, MUTED.2));
        page.close();
    };
    caption(page, &captions.0, 14.0);
    if theirs.is_some() {
        caption(page, &captions.1, 14.0 + icons::SIDE + 24.0);
    }
    page.advance(height);
}
