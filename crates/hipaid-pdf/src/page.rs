//! The page writer: a cursor that flows laid-out paragraphs and drawings down pages, breaks
//! pages, mirrors for right-to-left, and turns glyphs into printpdf operations.
//!
//! Glyphs are written with `TextItem::GlyphIds` and TJ offsets, so the PDF places each glyph
//! exactly where the shaper put it (the viewer would otherwise advance by the font's own
//! widths). Each face is parsed for printpdf once per renderer, added once per document, subset on save.

use std::collections::HashMap;

use cosmic_text::{FontSystem, fontdb};
use printpdf::{
    Codepoint, Color, DictItem, FontId, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    Pt, Rect, Rgb, TextItem, TextMatrix, XObjectId,
};

use crate::prepared::{Prepared, Request};
use crate::text::{self, Line, Paragraph, Style};

/// Paper sizes the clinic can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// (width, height) in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

pub const MARGIN: f32 = 56.0;
const FOOTER_SPACE: f32 = 28.0;

/// Hundredths of a point: finer than any printer, and short in the file.
fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// `<< /ActualText <FEFF…> >>`: the text a span of glyphs stands for, as UTF-16 with a
/// byte-order mark (a PDF text string).
fn actual_text_dict(text: &str) -> DictItem {
    let mut data = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        data.extend_from_slice(&unit.to_be_bytes());
    }
    let mut map = std::collections::BTreeMap::new();
    map.insert(
        "ActualText".to_owned(),
        DictItem::String {
            data,
            literal: false,
        },
    );
    DictItem::Dict { map }
}

pub fn rgb(r: f32, g: f32, b: f32) -> Color {
    Color::Rgb(Rgb::new(r, g, b, None))
}

/// Faces parsed for printpdf, by PostScript name: parsing is the slow part (allsorts), so a
/// renderer keeps them across documents.
pub type ParsedFonts = HashMap<String, ParsedFont>;

/// Glyph widths in the PDF's units (thousandths of an em), by face, indexed by glyph id
/// (NaN until looked up), kept with the font system whose face ids they use. A dense table
/// per face: looked up once per glyph drawn, a hash map per glyph cost 1-2% of a summary.
pub type GlyphWidths = HashMap<fontdb::ID, Vec<f32>>;

pub struct PageWriter<'a> {
    pub doc: PdfDocument,
    fs: &'a mut FontSystem,
    parsed: &'a mut ParsedFonts,
    widths: &'a mut GlyphWidths,
    /// Faces added to this document: fontdb face → (PDF font, key into `parsed`).
    fonts: HashMap<fontdb::ID, (FontId, String)>,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// Distance from the top of the content area to the cursor.
    cursor: f32,
    pub paper: Paper,
    pub rtl: bool,
    /// Faces that could not be parsed for the PDF (reported, never a panic).
    pub problems: Vec<String>,
    /// The icon arrays' person drawing, added to the document at its first use.
    person: Option<XObjectId>,
    /// The document's logical structure, in reading order, for the tagged-PDF post-pass.
    pub structure: Vec<Tagged>,
    /// The structure element that content drawn now belongs to; content outside any
    /// (page numbers, bullet marks) is marked as an artifact.
    open: Option<usize>,
    /// The next marked-content id on the current page.
    next_mcid: i64,
    /// Paragraphs shaped before the page flow started (on two cores).
    pub prepared: Prepared<'a>,
    /// Paragraphs [`PageWriter::layout`] had to shape itself (not listed ahead).
    pub shaped_late: usize,
}

/// One element of the document's structure (a heading, a paragraph, a figure) and the
/// marked content that draws it: (page index, marked-content id) pairs.
#[derive(Debug, Clone)]
pub struct Tagged {
    /// The standard structure type: H1, H2, H3, P, Figure.
    pub tag: &'static str,
    /// A figure's text alternative, read out by screen readers.
    pub alt: Option<String>,
    /// The element's language when it differs from the document's (bilingual summaries).
    pub lang: Option<String>,
    /// The element this one is inside (a cell's row, a row's table); `None` for the
    /// document's own children.
    pub parent: Option<usize>,
    pub parts: Vec<(usize, i64)>,
}

impl<'a> PageWriter<'a> {
    pub fn new(
        doc: PdfDocument,
        fs: &'a mut FontSystem,
        parsed: &'a mut ParsedFonts,
        widths: &'a mut GlyphWidths,
        paper: Paper,
        rtl: bool,
    ) -> Self {
        PageWriter {
            doc,
            fs,
            parsed,
            widths,
            fonts: HashMap::new(),
            pages: Vec::new(),
            ops: Vec::new(),
            cursor: 0.0,
            paper,
            rtl,
            problems: Vec::new(),
            person: None,
            structure: Vec::new(),
            open: None,
            next_mcid: 0,
            prepared: Prepared::default(),
            shaped_late: 0,
        }
    }

    pub fn font_system(&mut self) -> &mut FontSystem {
        self.fs
    }

    /// Lays out a paragraph: the one shaped ahead of time if it was listed, or now.
    pub fn layout(
        &mut self,
        text: &str,
        style: Style,
        width: f32,
        family: &'static str,
        rtl: bool,
    ) -> Paragraph {
        // Nothing prepared (one thread, or all taken): no key to build.
        let ready = (!self.prepared.is_empty())
            .then(|| Request::new(text.to_owned(), style, width, family, rtl))
            .and_then(|request| self.prepared.take(&request));
        if let Some(p) = ready {
            return p;
        }
        if !text.is_empty() {
            self.shaped_late += 1;
        }
        text::layout(self.fs, text, style, width, family, rtl)
    }

    /// Width of the content area.
    pub fn content_width(&self) -> f32 {
        self.paper.size().0 - 2.0 * MARGIN
    }

    fn content_height(&self) -> f32 {
        self.paper.size().1 - 2.0 * MARGIN - FOOTER_SPACE
    }

    pub fn remaining(&self) -> f32 {
        self.content_height() - self.cursor
    }

    /// Starts a new page unless `height` still fits on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.cursor > 0.0 && height > self.remaining() {
            self.new_page();
        }
    }

    pub fn new_page(&mut self) {
        let ops = std::mem::take(&mut self.ops);
        self.pages.push(ops);
        self.cursor = 0.0;
        self.next_mcid = 0;
    }

    /// Starts a structure element: what is drawn until [`PageWriter::close`] belongs to it.
    pub fn open(&mut self, tag: &'static str, alt: Option<String>) {
        self.open_in(tag, alt, None);
    }

    /// Like [`PageWriter::open`], for an element in another language than the document's.
    pub fn open_in(&mut self, tag: &'static str, alt: Option<String>, lang: Option<String>) {
        self.structure.push(Tagged {
            parent: None,
            lang,
            tag,
            // Fluent's isolation marks steer layout; a screen reader needs only the words.
            alt: alt.map(|a| crate::strip_controls(&a)),
            parts: Vec::new(),
        });
        self.open = Some(self.structure.len() - 1);
    }

    pub fn close(&mut self) {
        self.open = None;
    }

    /// An element that only groups others (a table, a row); returns its index for
    /// [`PageWriter::open_under`].
    pub fn group(&mut self, tag: &'static str, parent: Option<usize>) -> usize {
        self.structure.push(Tagged {
            tag,
            alt: None,
            lang: None,
            parent,
            parts: Vec::new(),
        });
        self.structure.len() - 1
    }

    /// Like [`PageWriter::open`], for an element inside `parent` (a cell in its row).
    pub fn open_under(&mut self, tag: &'static str, parent: usize) {
        self.open(tag, None);
        if let Some(element) = self.structure.last_mut() {
            element.parent = Some(parent);
        }
    }

    /// Moves the cursor by `dy` (negative moves it back up): cells of one table row are
    /// drawn from the same top.
    pub fn shift(&mut self, dy: f32) {
        self.cursor = (self.cursor + dy).max(0.0);
    }

    /// Like [`PageWriter::ensure`]; true when it started a new page.
    pub fn ensure_broke(&mut self, height: f32) -> bool {
        let before = self.pages.len();
        self.ensure(height);
        self.pages.len() != before
    }

    /// Begins marked content for the open element (with a new id on this page), or an
    /// artifact when none is open.
    fn begin_marked(&mut self) {
        match self.open.and_then(|i| self.structure.get_mut(i)) {
            Some(element) => {
                let mcid = self.next_mcid;
                self.next_mcid += 1;
                element.parts.push((self.pages.len(), mcid));
                let mut map = std::collections::BTreeMap::new();
                map.insert("MCID".to_owned(), DictItem::Int(mcid));
                let tag = element.tag.to_owned();
                self.ops.push(Op::BeginMarkedContentWithProperties {
                    tag,
                    properties: DictItem::Dict { map },
                });
            }
            None => self.ops.push(Op::BeginMarkedContent {
                tag: "Artifact".to_owned(),
            }),
        }
    }

    pub fn space(&mut self, points: f32) {
        if self.cursor > 0.0 {
            self.cursor += points;
        }
    }

    /// Page x of a content-area offset, mirrored for right-to-left documents: `inset` is
    /// measured from the start side (left, or right in RTL), `width` is the object's width.
    pub fn x(&self, inset: f32, width: f32) -> f32 {
        if self.rtl {
            self.paper.size().0 - MARGIN - inset - width
        } else {
            MARGIN + inset
        }
    }

    /// Page y (from the bottom) of a distance below the cursor.
    pub fn y(&self, below_cursor: f32) -> f32 {
        self.paper.size().1 - MARGIN - self.cursor - below_cursor
    }

    /// Flows a paragraph, breaking pages between lines; `inset` indents from the start side.
    /// `keep` lines must stay together at the top (2 avoids a lone first line).
    pub fn paragraph(&mut self, p: &Paragraph, inset: f32, width: f32, color: Color) {
        let keep = p.lines.len().min(2) as f32 * p.line_height;
        self.ensure(keep);
        for line in &p.lines {
            self.ensure(p.line_height);
            let top = self.cursor;
            self.emit_line(line, self.x(inset, width), p, color.clone(), top);
            self.cursor += p.line_height;
        }
    }

    /// Draws a short paragraph at the cursor without moving it (captions side by side).
    pub fn paragraph_at(&mut self, p: &Paragraph, inset: f32, width: f32, color: Color) {
        let x0 = self.x(inset, width);
        for (n, line) in p.lines.iter().enumerate() {
            let top = self.cursor + n as f32 * p.line_height;
            self.emit_line(line, x0, p, color.clone(), top);
        }
    }

    fn emit_line(&mut self, line: &Line, x0: f32, p: &Paragraph, color: Color, top: f32) {
        if line.glyphs.is_empty() {
            return;
        }
        // Glyph 0 is the font's "missing" box: no bundled font draws that character.
        for g in line.glyphs.iter().filter(|g| g.gid == 0) {
            if !g.text.trim().is_empty() {
                let codes: Vec<String> = g
                    .text
                    .chars()
                    .map(|c| format!("U+{:04X}", u32::from(c)))
                    .collect();
                self.problems.push(format!(
                    "no bundled font draws `{}` ({})",
                    g.text,
                    codes.join(" ")
                ));
            }
        }
        // cosmic-text's baseline is measured from the top of the paragraph; our line slot
        // starts at `top`, so the baseline sits at the line's offset within its slot.
        let slot_baseline = line.baseline - (line.baseline / p.line_height).floor() * p.line_height;
        let baseline_y = self.paper.size().1 - MARGIN - top - slot_baseline;
        let drawn = self.spaces_in_neighbours_face(&line.glyphs);
        self.begin_marked();
        self.ops.push(Op::StartTextSection);
        self.ops.push(Op::SetFillColor { col: color });
        // Clusters in order, so a glyph's cluster size is a binary search away.
        let mut clusters: Vec<usize> = line.glyphs.iter().map(|g| g.cluster).collect();
        clusters.sort_unstable();
        let mut i = 0;
        while i < line.glyphs.len() {
            let first = &line.glyphs[i];
            let face = drawn[i].0;
            // A cluster drawn with several glyphs (a letter and its marks) is written as its
            // own run inside an ActualText span, so text extraction gives its characters
            // once and in order; the font's ToUnicode map has one entry per glyph and
            // cannot say that.
            let cluster_size = |k: usize| {
                let c = line.glyphs[k].cluster;
                clusters.partition_point(|x| *x <= c) - clusters.partition_point(|x| *x < c)
            };
            let complex = cluster_size(i) > 1;
            let mut j = i + 1;
            while j < line.glyphs.len()
                && drawn[j].0 == face
                && (line.glyphs[j].y - first.y).abs() < 0.01
                && if complex {
                    line.glyphs[j].cluster == first.cluster
                } else {
                    cluster_size(j) == 1
                }
            {
                j += 1;
            }
            let actual_text = complex.then(|| {
                line.glyphs[i..j]
                    .iter()
                    .map(|g| g.text.as_str())
                    .collect::<String>()
            });
            let Some((fid, name)) = self.pdf_font(face) else {
                i = j;
                continue;
            };
            let Some(parsed) = self.parsed.get(&name) else {
                i = j;
                continue;
            };
            let upem = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
            let run = &line.glyphs[i..j];
            let mut items = Vec::with_capacity(run.len());
            let widths = self
                .widths
                .entry(face)
                .or_insert_with(|| vec![f32::NAN; usize::from(parsed.num_glyphs)]);
            for (k, (g, &(_, gid))) in run.iter().zip(&drawn[i..j]).enumerate() {
                let next_x = run.get(k + 1).map_or(g.x + g.advance, |n| n.x);
                // The width the viewer will advance by, as printpdf writes it (looked up
                // once per glyph per renderer: decoding it is not free).
                let decode = || {
                    parsed
                        .get_or_decode_glyph(gid)
                        .map_or(0.0, |d| (f32::from(d.horz_advance) * 1000.0 / upem).trunc())
                };
                let pdf_width = match widths.get_mut(usize::from(gid)) {
                    Some(w) if w.is_nan() => {
                        *w = decode();
                        *w
                    }
                    Some(w) => *w,
                    // A glyph id past the font's count (never from the shaper): not cached.
                    None => decode(),
                };
                // In thousandths of the font size: rounding to whole units moves a glyph by
                // at most 1/2000 em and lets most offsets vanish from the file.
                let offset = (pdf_width - (next_x - g.x) * 1000.0 / p.size).round();
                items.push(Codepoint {
                    gid,
                    offset,
                    cid: (!g.text.is_empty()).then(|| g.text.clone()),
                });
            }
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(fid),
                size: Pt(p.size),
            });
            self.ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(
                    Pt(round2(x0 + first.x)),
                    Pt(round2(baseline_y - first.y)),
                ),
            });
            if let Some(text) = &actual_text {
                self.ops.push(Op::BeginMarkedContentWithProperties {
                    tag: "Span".to_owned(),
                    properties: actual_text_dict(text),
                });
            }
            self.ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(items)],
            });
            if actual_text.is_some() {
                self.ops.push(Op::EndMarkedContent);
            }
            i = j;
        }
        self.ops.push(Op::EndTextSection);
        self.ops.push(Op::EndMarkedContent);
    }

    /// The face and glyph each of a line's glyphs is drawn with: its own, except for spaces
    /// between two glyphs of another face. cosmic-text shapes the spaces of a paragraph with
    /// the paragraph's face, so each word of a Latin reference in an Arabic summary became a
    /// run of its own, and the spaces between them runs of their own: 5,383 text runs in the
    /// Arabic summary against 536 in the English one, with as many glyphs. A space is
    /// invisible and every glyph is placed where the shaper put it, so drawing it with its
    /// neighbours' face (when that face has the character) changes nothing on the page and
    /// keeps a line of Latin words one run.
    fn spaces_in_neighbours_face(&mut self, glyphs: &[text::Glyph]) -> Vec<(fontdb::ID, u16)> {
        let mut drawn: Vec<(fontdb::ID, u16)> = glyphs.iter().map(|g| (g.font, g.gid)).collect();
        let space = |g: &text::Glyph| {
            let mut chars = g.text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_whitespace() => Some(c),
                _ => None,
            }
        };
        let mut i = 1;
        while i < glyphs.len() {
            let face = glyphs[i - 1].font;
            if glyphs[i].font == face || space(&glyphs[i]).is_none() {
                i += 1;
                continue;
            }
            let mut end = i;
            while end < glyphs.len() && glyphs[end].font != face && space(&glyphs[end]).is_some() {
                end += 1;
            }
            let sandwiched = glyphs.get(end).is_some_and(|g| g.font == face);
            let parsed = if sandwiched {
                self.pdf_font(face)
                    .and_then(|(_, name)| self.parsed.get(&name))
            } else {
                None
            };
            if let Some(parsed) = parsed {
                for k in i..end {
                    let gid =
                        space(&glyphs[k]).and_then(|c| parsed.lookup_glyph_index(u32::from(c)));
                    if let Some(gid) = gid.filter(|gid| *gid != 0) {
                        drawn[k] = (face, gid);
                    }
                }
            }
            i = end.max(i + 1);
        }
        drawn
    }

    /// The printpdf font for a fontdb face, parsed and added once.
    /// The PDF font for a fontdb face and its key in the parsed-face cache; the face is
    /// parsed once per renderer and added once per document.
    fn pdf_font(&mut self, id: fontdb::ID) -> Option<(FontId, String)> {
        if let Some(found) = self.fonts.get(&id) {
            return Some(found.clone());
        }
        let name = self
            .fs
            .db()
            .face(id)
            .map(|f| f.post_script_name.clone())
            .unwrap_or_default();
        if !self.parsed.contains_key(&name) {
            {
                let mut warnings = Vec::new();
                let parsed = self
                    .fs
                    .db()
                    .with_face_data(id, |data, index| {
                        ParsedFont::from_bytes(data, index as usize, &mut warnings)
                    })
                    .flatten();
                let Some(parsed) = parsed else {
                    self.problems
                        .push(format!("font face {name} could not be parsed for the PDF"));
                    return None;
                };
                self.parsed.insert(name.clone(), parsed);
            }
        }
        let fid = self.doc.add_font(self.parsed.get(&name)?);
        self.fonts.insert(id, (fid.clone(), name.clone()));
        Some((fid, name))
    }

    /// A filled rectangle at (`inset`, `below` the cursor) in content coordinates.
    pub fn rect(&mut self, inset: f32, below: f32, width: f32, height: f32, color: Color) {
        let x = self.x(inset, width);
        let y = self.y(below + height);
        self.begin_marked();
        self.ops.push(Op::SetFillColor { col: color });
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(y),
                width: Pt(width),
                height: Pt(height),
                mode: Some(printpdf::PaintMode::Fill),
                winding_order: None,
            },
        });
        self.ops.push(Op::EndMarkedContent);
    }

    /// Draws a figure's operations as one piece of marked content of the open element.
    pub fn draw(&mut self, ops: Vec<Op>) {
        self.begin_marked();
        self.ops.extend(ops);
        self.ops.push(Op::EndMarkedContent);
    }

    /// Adds a Form XObject (a drawing used once, such as the hip picture) to the document.
    pub fn xobject(&mut self, x: &printpdf::ExternalXObject) -> XObjectId {
        self.doc.add_xobject(x)
    }

    /// Draws the first line of `p` with its left edge at page x `x0`, `below` the cursor:
    /// labels inside a picture that is not mirrored.
    pub fn label_at(&mut self, p: &Paragraph, x0: f32, below: f32, color: Color) {
        if let Some(line) = p.lines.first() {
            let top = self.cursor + below;
            self.emit_line(line, x0, p, color, top);
        }
    }

    /// The icon arrays' person drawing, written to the document once.
    pub fn person(&mut self) -> XObjectId {
        if let Some(id) = &self.person {
            return id.clone();
        }
        let id = self.doc.add_xobject(&crate::icons::person_xobject());
        self.person = Some(id.clone());
        id
    }

    /// Adds a raster image (the clinic logo) to the document.
    pub fn image(&mut self, image: &printpdf::RawImage) -> XObjectId {
        self.doc.add_image(image)
    }

    /// Moves the cursor down after a drawing of `height`.
    pub fn advance(&mut self, height: f32) {
        self.cursor += height;
    }

    /// Finishes: every page, with `footer(page, pages)` laid out and drawn at the bottom.
    pub fn finish(
        mut self,
        mut footer: impl FnMut(&mut FontSystem, usize, usize) -> Paragraph,
    ) -> (PdfDocument, Vec<String>, Vec<Tagged>) {
        self.close();
        self.new_page();
        let total = self.pages.len();
        let pages = std::mem::take(&mut self.pages);
        let (w, h) = self.paper.size();
        let mut out = Vec::with_capacity(total);
        for (n, ops) in pages.into_iter().enumerate() {
            self.ops = ops;
            let para = footer(self.fs, n + 1, total);
            let top = self.content_height() + FOOTER_SPACE - para.line_height;
            if let Some(line) = para.lines.first() {
                let x0 = self.x(0.0, self.content_width());
                self.emit_line(line, x0, &para, rgb(0.35, 0.35, 0.35), top);
            }
            out.push(PdfPage::new(
                Mm::from(Pt(w)),
                Mm::from(Pt(h)),
                std::mem::take(&mut self.ops),
            ));
        }
        self.doc.with_pages(out);
        (self.doc, self.problems, self.structure)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts;

    /// (text runs drawn, the face of each run's glyphs) for `text` set in `family`.
    fn runs(text: &str, family: &'static str, rtl: bool) -> (usize, Vec<String>) {
        let mut fs = fonts::font_system("ar");
        let (mut parsed, mut widths) = (ParsedFonts::new(), GlyphWidths::new());
        let p = text::layout(&mut fs, text, Style::body(10.0), 480.0, family, rtl);
        assert_eq!(p.lines.len(), 1, "one line");
        let doc = PdfDocument::new("test");
        let mut page = PageWriter::new(doc, &mut fs, &mut parsed, &mut widths, Paper::A4, rtl);
        page.paragraph(&p, 0.0, 480.0, rgb(0.0, 0.0, 0.0));
        let shown = page
            .ops
            .iter()
            .filter(|op| matches!(op, Op::ShowText { .. }))
            .count();
        let names = page.fonts.values().map(|(_, name)| name.clone()).collect();
        (shown, names)
    }

    #[test]
    fn latin_words_in_an_arabic_paragraph_are_one_run_with_their_spaces() {
        // An Arabic label, then an English title: cosmic-text sets the spaces between the
        // English words in the paragraph's Arabic face.
        let text = "المرجع: The placebo effect and its determinants in osteoarthritis";
        let (shown, faces) = runs(text, "Noto Sans Arabic", true);
        assert!(faces.iter().any(|f| f == "NotoSans-Regular"), "{faces:?}");
        assert!(
            faces.iter().any(|f| f == "NotoSansArabic-Regular"),
            "{faces:?}"
        );
        // One run for the English words and their spaces, a few for the Arabic and its
        // punctuation; a run per word and per space was 15 and more.
        assert!(shown <= 4, "{shown} text runs");
    }
}
