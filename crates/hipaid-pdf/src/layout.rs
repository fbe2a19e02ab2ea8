//! Puts the summary's blocks on pages: paragraphs, bullets and icon arrays, in one language
//! or in two. Bilingual mode goes paragraph by paragraph: each block in the patient's
//! language, then the same block in the clinician's language, smaller and in grey, each
//! set in its own direction (so Urdu under English reads from the right, English under
//! Arabic from the left) and tagged with its own `/Lang` for screen readers. Numbers and
//! pictures are the same in both languages and appear once; so do the patient's own words.

use hipaid_core::OutcomeKind;

use crate::icons;
use crate::page::{PageWriter, rgb};
use crate::prepared::Request;
use crate::summary::Block;
use crate::text::{self, Style};
use crate::timeline;

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
                own_direction,
            } => {
                if *bullet {
                    page.ensure(style.size * style.leading);
                    page.rect(2.0, 5.5, 4.0, 4.0, rgb(ACCENT.0, ACCENT.1, ACCENT.2));
                }
                let own = Language {
                    rtl: text_rtl(text, *own_direction, main),
                    ..*main
                };
                paragraph(page, text, *style, *inset, *color, tag, &own, None);
                if let Some((b, other)) = also_text(also, i, text, *own_words) {
                    let color = if *tag == "P" { MUTED } else { *color };
                    let smaller = also_style(*style);
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
            Block::Table {
                caption,
                header,
                rows,
            } => table(page, main, caption, header, rows),
            Block::Logo { png, alt } => logo(page, png, alt),
            Block::Hip {
                affects,
                alt,
                legend,
                affected,
            } => hip(page, main, affects, alt, legend, affected),
            Block::Timeline {
                alt,
                rows,
                ticks,
                axis_title,
                legend,
                none,
                unknown,
            } => timeline::draw(
                page,
                main,
                &timeline::Chart {
                    alt,
                    rows,
                    ticks,
                    axis_title,
                    legend,
                    none,
                    unknown,
                },
            ),
        }
    }
    warning
}

/// A text block's direction: its own first strong letter's when it asks for that (the
/// clinic's header), else the document's.
fn text_rtl(text: &str, own_direction: bool, main: &Language<'_>) -> bool {
    if own_direction {
        text::starts_right_to_left(text).unwrap_or(main.rtl)
    } else {
        main.rtl
    }
}

/// The clinician's-language text printed under block `i` in bilingual mode, if any: not for
/// the patient's own words, nor when both languages say the same.
fn also_text<'b>(
    also: Option<&'b Language<'b>>,
    i: usize,
    text: &str,
    own_words: bool,
) -> Option<(&'b Language<'b>, &'b str)> {
    let b = also.filter(|_| !own_words)?;
    match b.blocks.get(i) {
        Some(Block::Text { text: other, .. }) if other != text => Some((b, other.as_str())),
        _ => None,
    }
}

/// The second language's style: the same, smaller.
fn also_style(style: Style) -> Style {
    Style {
        size: style.size * ALSO_SCALE,
        ..style
    }
}

/// A comparison-table cell's style: the first paragraph bold when its row says so.
fn cell_style(k: usize, strong_first: bool) -> Style {
    if k == 0 && strong_first {
        CELL_BOLD
    } else {
        CELL_BODY
    }
}

/// The paragraphs and table cells [`draw`] will lay out, as it will ask for them, so they
/// can be shaped ahead of time on two cores ([`crate::prepared`]). A paragraph missing
/// here is shaped when drawn: this list only saves time.
pub fn requests(
    content_width: f32,
    main: &Language<'_>,
    also: Option<&Language<'_>>,
) -> Vec<Request> {
    let also = also.filter(|b| same_shape(main.blocks, b.blocks));
    let mut out = Vec::new();
    for (i, block) in main.blocks.iter().enumerate() {
        match block {
            Block::Text {
                text,
                style,
                inset,
                own_words,
                own_direction,
                ..
            } => {
                let width = content_width - inset;
                let rtl = text_rtl(text, *own_direction, main);
                out.push(Request::new(
                    one_line(text),
                    *style,
                    width,
                    main.family,
                    rtl,
                ));
                if let Some((b, other)) = also_text(also, i, text, *own_words) {
                    let smaller = also_style(*style);
                    out.push(Request::new(
                        one_line(other),
                        smaller,
                        width,
                        b.family,
                        b.rtl,
                    ));
                }
            }
            Block::Table { header, rows, .. } => {
                let columns = header.len().max(1);
                let cell = |c: usize, text: &str, style: Style| {
                    Request::new(
                        one_line(text),
                        style,
                        column_width(content_width, columns, c) - 2.0 * CELL_PAD,
                        main.family,
                        main.rtl,
                    )
                };
                for (c, name) in header.iter().enumerate() {
                    out.push(cell(c + 1, name, CELL_BOLD));
                }
                for (question, strong_first, cells) in rows {
                    out.push(cell(0, question, CELL_BOLD));
                    for (c, paragraphs) in cells.iter().enumerate() {
                        for (k, t) in paragraphs.iter().enumerate() {
                            out.push(cell(c + 1, t, cell_style(k, *strong_first)));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Tallest and widest the logo prints, in points (about 1.4 cm by 5.6 cm).
const LOGO_H: f32 = 40.0;
const LOGO_W: f32 = 160.0;

/// The clinic logo at the start side of the page, scaled to fit 160 × 40 pt with its
/// proportions kept. A logo that cannot be decoded is left out (the settings checked it).
fn logo(page: &mut PageWriter<'_>, png: &[u8], alt: &str) {
    let mut warnings = Vec::new();
    let Ok(image) = printpdf::RawImage::decode_from_bytes(png, &mut warnings) else {
        return;
    };
    let (w, h) = (image.width as f32, image.height as f32);
    if w < 1.0 || h < 1.0 {
        return;
    }
    let height = LOGO_H.min(LOGO_W * h / w);
    let width = height * w / h;
    page.ensure(height + 6.0);
    page.open("Figure", Some(alt.to_owned()));
    let x = page.x(0.0, width);
    let y = page.y(height);
    let id = page.image(&image);
    page.draw(vec![printpdf::Op::UseXobject {
        id,
        transform: printpdf::XObjectTransform {
            translate_x: Some(printpdf::Pt(x)),
            translate_y: Some(printpdf::Pt(y)),
            scale_x: Some(width / w),
            scale_y: Some(height / h),
            dpi: Some(72.0),
            ..printpdf::XObjectTransform::default()
        },
    }]);
    page.close();
    page.advance(height + 6.0);
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
    let text = one_line(text);
    let para = page.layout(&text, style, width, language.family, language.rtl);
    page.open_in(tag, None, lang.map(str::to_owned));
    page.paragraph(&para, inset, width, rgb(color.0, color.1, color.2));
    page.close();
    page.rtl = saved;
}

/// Width of the hip picture on paper (its height follows its 300 × 290 drawing).
const HIP_W: f32 = 150.0;

/// The hip picture on the start side and its numbered legend beside it. The drawing is not
/// mirrored (anatomy), so its numbers are placed at absolute positions; the legend is.
fn hip(
    page: &mut PageWriter<'_>,
    main: &Language<'_>,
    affects: &[String],
    alt: &str,
    legend: &[(String, String, bool)],
    affected: &str,
) {
    let scale = HIP_W / crate::hip::VIEW.0;
    let hip_h = crate::hip::VIEW.1 * scale;
    let gap = 16.0;
    let legend_w = page.content_width() - HIP_W - gap;
    let small = Style::body(9.5);
    let mut rows = Vec::new();
    let mut legend_h = 0.0;
    for (number, name, on) in legend {
        let style = if *on { Style::heading(9.5) } else { small };
        let line = format!("{number}   {name}");
        let p = text::layout(
            page.font_system(),
            &line,
            style,
            legend_w,
            main.family,
            main.rtl,
        );
        legend_h += p.lines.len() as f32 * p.line_height;
        let mark = on.then(|| {
            let m = format!("\u{25C6} {affected}");
            text::layout(
                page.font_system(),
                &m,
                Style::heading(9.0),
                legend_w - 14.0,
                main.family,
                main.rtl,
            )
        });
        if let Some(m) = &mark {
            legend_h += m.lines.len() as f32 * m.line_height;
        }
        legend_h += 3.0;
        rows.push((p, mark));
    }
    let height = hip_h.max(legend_h);
    page.space(4.0);
    page.ensure(height + 6.0);
    page.open("Figure", Some(alt.to_owned()));
    let x = page.x(0.0, HIP_W);
    let y = page.y(hip_h);
    let picture = page.xobject(&crate::hip::xobject(affects));
    page.draw(vec![printpdf::Op::UseXobject {
        id: picture,
        transform: printpdf::XObjectTransform {
            translate_x: Some(printpdf::Pt(x)),
            translate_y: Some(printpdf::Pt(y)),
            scale_x: Some(scale),
            scale_y: Some(scale),
            no_auto_scale: true,
            ..printpdf::XObjectTransform::default()
        },
    }]);
    // The numbers in the circles, in the locale's digits, white on a filled circle.
    for ((number, _, on), (cx, cy)) in legend.iter().zip(crate::hip::CALLOUT) {
        let p = text::layout(
            page.font_system(),
            number,
            Style::heading(6.5),
            40.0,
            main.family,
            false,
        );
        let Some(line) = p.lines.first() else {
            continue;
        };
        let w = line
            .glyphs
            .iter()
            .map(|g| g.x + g.advance)
            .fold(0.0, f32::max);
        let color = if *on {
            rgb(1.0, 1.0, 1.0)
        } else {
            rgb(0.11, 0.11, 0.11)
        };
        page.label_at(
            &p,
            x + cx * scale - w / 2.0,
            cy * scale - p.line_height / 2.0,
            color,
        );
    }
    page.close();
    // The legend: number and name (bold when affected), then "◆ Affected" in words.
    let mut below = 0.0;
    for (p, mark) in &rows {
        page.shift(below);
        page.open("P", None);
        page.paragraph_at(p, HIP_W + gap, legend_w, rgb(0.1, 0.1, 0.1));
        page.close();
        page.shift(-below);
        below += p.lines.len() as f32 * p.line_height;
        if let Some(m) = mark {
            page.shift(below);
            page.open("P", None);
            page.paragraph_at(m, HIP_W + gap + 14.0, legend_w - 14.0, rgb(0.64, 0.2, 0.06));
            page.close();
            page.shift(-below);
            below += m.lines.len() as f32 * m.line_height;
        }
        below += 3.0;
    }
    page.advance(height + 6.0);
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

/// Width of the question column; the options share the rest.
const QUESTION_COLUMN: f32 = 100.0;
const CELL_PAD: f32 = 4.0;

const CELL_BOLD: Style = Style::heading(9.0);
const CELL_BODY: Style = Style::body(9.0);

/// Width of a table column: the question column, or an option's share of the rest.
fn column_width(table_width: f32, columns: usize, c: usize) -> f32 {
    if c == 0 {
        QUESTION_COLUMN
    } else {
        (table_width - QUESTION_COLUMN) / columns as f32
    }
}

/// A laid-out table row: each cell's paragraphs (first column first) and the row's height.
struct Row {
    cells: Vec<Vec<text::Paragraph>>,
    height: f32,
}

/// The comparison table: a header row of option names (repeated at the top of each new
/// page), then one row per question. A row is never split across pages; cells wrap.
fn table(
    page: &mut PageWriter<'_>,
    main: &Language<'_>,
    caption: &str,
    header: &[String],
    rows: &[(String, bool, Vec<Vec<String>>)],
) {
    let columns = header.len().max(1);
    let width = page.content_width();
    let option_width = (width - QUESTION_COLUMN) / columns as f32;
    let inset = |c: usize| {
        if c == 0 {
            0.0
        } else {
            QUESTION_COLUMN + (c - 1) as f32 * option_width
        }
    };
    let col_width = |c: usize| column_width(width, columns, c);
    let lay = |page: &mut PageWriter<'_>, cells: Vec<(usize, Vec<(String, Style)>)>| {
        let mut out = Vec::new();
        let mut height: f32 = 0.0;
        for (c, paragraphs) in cells {
            let mut laid = Vec::new();
            let mut h = 0.0;
            for (text, style) in paragraphs {
                // A message written over several lines is one paragraph, as on screen.
                let text = one_line(&text);
                let p = page.layout(
                    &text,
                    style,
                    col_width(c) - 2.0 * CELL_PAD,
                    main.family,
                    main.rtl,
                );
                h += p.lines.len() as f32 * p.line_height + 2.0;
                laid.push(p);
            }
            height = height.max(h);
            out.push(laid);
        }
        Row {
            cells: out,
            height: height + 2.0 * CELL_PAD,
        }
    };
    let bold = CELL_BOLD;
    let header_row = lay(
        page,
        std::iter::once((0, vec![(String::new(), bold)]))
            .chain(
                header
                    .iter()
                    .enumerate()
                    .map(|(i, h)| (i + 1, vec![(h.clone(), bold)])),
            )
            .collect(),
    );
    let body_rows: Vec<Row> = rows
        .iter()
        .map(|(question, strong_first, cells)| {
            let mut all = vec![(0, vec![(question.clone(), bold)])];
            for (i, cell) in cells.iter().enumerate() {
                let paragraphs = cell
                    .iter()
                    .enumerate()
                    .map(|(k, t)| (t.clone(), cell_style(k, *strong_first)))
                    .collect();
                all.push((i + 1, paragraphs));
            }
            lay(page, all)
        })
        .collect();

    // The caption, kept with the header and the first row.
    let caption_para = text::layout(
        page.font_system(),
        caption,
        Style::heading(11.0),
        width,
        main.family,
        main.rtl,
    );
    let first = body_rows.first().map_or(0.0, |r| r.height);
    page.ensure(
        caption_para.lines.len() as f32 * caption_para.line_height + header_row.height + first,
    );
    let table_element = page.group("Table", None);
    page.open_under("Caption", table_element);
    page.paragraph(&caption_para, 0.0, width, rgb(0.1, 0.1, 0.1));
    page.close();
    page.space(2.0);
    draw_row(
        page,
        &header_row,
        table_element,
        true,
        &inset,
        &col_width,
        width,
    );
    for row in &body_rows {
        if page.ensure_broke(row.height) {
            draw_row(
                page,
                &header_row,
                table_element,
                true,
                &inset,
                &col_width,
                width,
            );
        }
        draw_row(page, row, table_element, false, &inset, &col_width, width);
    }
}

/// One row at the cursor: a shaded band for the header, the cells' paragraphs from the same
/// top, a rule under it; then the cursor moves below the row.
fn draw_row(
    page: &mut PageWriter<'_>,
    row: &Row,
    table: usize,
    header: bool,
    inset: &dyn Fn(usize) -> f32,
    col_width: &dyn Fn(usize) -> f32,
    width: f32,
) {
    if header {
        page.rect(0.0, 0.0, width, row.height, rgb(0.9, 0.93, 0.97));
    }
    let tr = page.group("TR", Some(table));
    for (c, paragraphs) in row.cells.iter().enumerate() {
        // The header's corner cell is empty: nothing to tag or draw.
        if paragraphs.iter().all(|p| p.lines.is_empty()) {
            continue;
        }
        let tag = if header || c == 0 { "TH" } else { "TD" };
        page.open_under(tag, tr);
        let mut dy = CELL_PAD;
        for p in paragraphs {
            page.shift(dy);
            page.paragraph_at(
                p,
                inset(c) + CELL_PAD,
                col_width(c) - 2.0 * CELL_PAD,
                rgb(0.1, 0.1, 0.1),
            );
            page.shift(-dy);
            dy += p.lines.len() as f32 * p.line_height + 2.0;
        }
        page.close();
    }
    page.rect(0.0, row.height - 0.6, width, 0.6, rgb(0.6, 0.6, 0.6));
    page.advance(row.height);
}

/// A Fluent message written over several lines as one paragraph: runs of white space become
/// one space, except next to Chinese or Japanese characters and full-width punctuation, which
/// are written without spaces (a space after "。" is a visible gap).
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let joins_tight =
            out.chars().next_back().is_some_and(is_cjk) || word.chars().next().is_some_and(is_cjk);
        if !out.is_empty() && !joins_tight {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Han, kana, CJK punctuation and full-width forms (not Hangul: Korean separates words).
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FF60}' | '\u{20000}'..='\u{2FFFF}')
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn lines_join_with_a_space_except_between_chinese_characters() {
        assert_eq!(
            one_line("Plain words.\n    Next line."),
            "Plain words. Next line."
        );
        assert_eq!(
            one_line("不用開刀。\n    只要持續做"),
            "不用開刀。只要持續做"
        );
        assert_eq!(
            one_line("한 번 방문합니다.\n    통증이"),
            "한 번 방문합니다. 통증이"
        );
    }
}
