//! printpdf's serializer, with the page operations it writes the same every time written
//! here.
//!
//! Why: printpdf turns each operation into a lopdf operation, each glyph of a text run into a
//! lopdf string and each number into a lopdf number, and lopdf then formats them one by one;
//! for a summary's 28,000 glyphs and 10,000 operations (1,300 of them people placed in icon
//! arrays, four operations each) that was the largest single cost of a summary (callgrind,
//! Arabic: 40 M instructions on the main thread and as much again on the helper, which wrote
//! half the pages). Here each run of such operations (text runs, fill colours, fonts, text
//! positions, drawings placed by translation) is written straight into one string, one
//! operation a line as printpdf writes them (a `TJ` array keeps consecutive glyphs in one hex
//! string), and handed to printpdf as one raw operator; printpdf
//! still writes everything else: the fonts, their subsets, widths and Unicode maps, the
//! pages, marked content, and the other graphics.
//!
//! A text run's `TJ` array holds the codes printpdf gives the glyphs in its font subsets.
//! printpdf subsets a font from the glyphs its pages show, numbering them in order of glyph
//! id after glyph 0. So one extra page, the glyph page, shows each glyph of the document
//! once per font in glyph-id order, with the text the pages give it last (printpdf's
//! Unicode maps are made from those texts); printpdf encodes that page itself. Nothing here
//! trusts the numbering: the codes printpdf wrote on the glyph page must be exactly the
//! codes used here, glyph for glyph, or the whole document is serialized again by printpdf
//! alone. The glyph page is then taken out of the document.

use std::collections::BTreeMap;

use lopdf::{Document, Object, ObjectId};
use printpdf::{
    Codepoint, Color, FontId, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt,
    TextItem, XObjectTransform,
};

use crate::PdfError;
use crate::helper::Helper;
use crate::post::Deflater;
use crate::write::number;

/// The whole document, as printpdf serializes it.
fn whole(doc: &PdfDocument) -> Document {
    let options = PdfSaveOptions {
        optimize: false,
        // The raw `TJ` operators below are printpdf's "unknown" operations; they are made
        // here from glyph ids and numbers only, never from text a user typed.
        secure: false,
        ..PdfSaveOptions::default()
    };
    let mut warnings = Vec::new();
    doc.to_lopdf_document(&options, &mut warnings)
}

/// `doc` serialized; with whether its glyphs were encoded here (false: by printpdf, when
/// asked or when the check failed). With a helper, the fonts are subset and written there
/// (on the glyph page, in a document of their own) while this thread writes the pages.
pub fn to_lopdf(
    mut doc: PdfDocument,
    by_printpdf: bool,
    helper: Option<&Helper>,
    deflater: &mut Deflater,
) -> Result<(Document, bool), PdfError> {
    let glyphs = if by_printpdf {
        None
    } else {
        Glyphs::collect(&doc.pages)
    };
    let Some(Glyphs {
        codes,
        expected,
        page,
    }) = glyphs
    else {
        return Ok((whole(&doc), false));
    };
    // The fonts go with the glyph page: the document of the pages, whose runs no longer
    // show glyphs through printpdf, embeds none.
    let mut fonts_doc = PdfDocument::new("");
    fonts_doc.resources.fonts = std::mem::take(&mut doc.resources.fonts);
    fonts_doc.pages = vec![page];
    let fonts_doc = Box::new(fonts_doc);
    let (mut pending, kept) = match helper {
        Some(h) => match h.fonts(fonts_doc) {
            Ok(pending) => (Some(pending), None),
            Err(back) => (None, back),
        },
        None => (None, Some(fonts_doc)),
    };
    // Never `None` (every glyph was collected from these pages); then printpdf does it all.
    let text = OwnText::take(&mut doc.pages, &codes, expected);
    let mut lo = whole(&doc);
    // While the helper subsets the fonts (the Chinese faces take longer than this thread's
    // pages): deflate the pages' contents.
    if let Some(pending) = pending.as_mut() {
        deflate_contents_until(&mut lo, deflater, || pending.arrived());
    }
    let (fonts_doc, fonts_lo) = match (pending, kept) {
        (Some(pending), _) => pending.fonts().ok_or_else(lost)?,
        (None, Some(here)) => {
            let fonts_lo = fonts_alone(&here);
            (here, Box::new(fonts_lo))
        }
        (None, None) => return Err(lost()),
    };
    if let Some(text) = text {
        if text.matches(&fonts_lo) && merge_fonts(&mut lo, *fonts_lo).is_some() {
            return Ok((lo, true));
        }
        // printpdf numbered the glyphs otherwise: it encodes everything itself.
        text.restore(&mut doc.pages);
    }
    doc.resources.fonts = fonts_doc.resources.fonts;
    Ok((whole(&doc), false))
}

fn lost() -> PdfError {
    PdfError::Post("the PDF helper thread stopped while writing the fonts".to_owned())
}

/// The document of the glyph page serialized (the helper's job, or this thread's without
/// one).
pub fn fonts_alone(doc: &PdfDocument) -> Document {
    whole(doc)
}

/// Deflates the pages' contents in `lo`, largest first, until `done` says to stop; the rest
/// are left to the post-pass.
fn deflate_contents_until(
    lo: &mut Document,
    deflater: &mut Deflater,
    mut done: impl FnMut() -> bool,
) {
    let mut contents: Vec<ObjectId> = lo
        .get_pages()
        .values()
        .flat_map(|page| lo.get_page_contents(*page))
        .collect();
    contents.sort_by_key(|id| {
        std::cmp::Reverse(match lo.objects.get(id) {
            Some(Object::Stream(s)) => s.content.len(),
            _ => 0,
        })
    });
    for id in contents {
        if done() {
            break;
        }
        if let Some(Object::Stream(stream)) = lo.objects.get_mut(&id)
            && stream.dict.get(b"Filter").is_err()
            && let Some(packed) = deflater.deflate(&stream.content)
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(packed);
        }
    }
}

/// Moves the fonts of `fonts` (the glyph page's document) into `lo`, renumbered, and names
/// them in `lo`'s font resources as printpdf named them; `None` if either document is not as
/// printpdf writes them (then `lo` is of no use).
fn merge_fonts(lo: &mut Document, mut fonts: Document) -> Option<()> {
    let resource = |doc: &Document, key: &[u8]| -> Option<ObjectId> {
        let (_, &page) = doc.get_pages().iter().next()?;
        let resources = doc
            .get_dictionary(page)
            .ok()?
            .get(b"Resources")
            .and_then(Object::as_reference)
            .ok()?;
        doc.get_dictionary(resources)
            .ok()?
            .get(key)
            .and_then(Object::as_reference)
            .ok()
    };
    let theirs = resource(&fonts, b"Font")?;
    let ours = resource(lo, b"Font")?;
    let named: Vec<(Vec<u8>, ObjectId)> = fonts
        .get_dictionary(theirs)
        .ok()?
        .iter()
        .map(|(name, r)| r.as_reference().ok().map(|r| (name.clone(), r)))
        .collect::<Option<_>>()?;
    // Everything the fonts refer to, each given a number in `lo`.
    let mut renumber: BTreeMap<ObjectId, ObjectId> = BTreeMap::new();
    let mut todo: Vec<ObjectId> = named.iter().map(|(_, r)| *r).collect();
    let mut next = lo.max_id;
    while let Some(id) = todo.pop() {
        if renumber.contains_key(&id) {
            continue;
        }
        let object = fonts.objects.get(&id)?;
        // A font never refers to a page or the document's trees.
        let kind = match object {
            Object::Dictionary(d) => d.get(b"Type").and_then(Object::as_name).ok(),
            _ => None,
        };
        if matches!(kind, Some(b"Page" | b"Pages" | b"Catalog")) {
            return None;
        }
        next += 1;
        renumber.insert(id, (next, 0));
        references(object, &mut todo);
    }
    lo.max_id = next;
    for (old, new) in &renumber {
        let mut object = fonts.objects.remove(old)?;
        rewrite(&mut object, &renumber);
        lo.objects.insert(*new, object);
    }
    let dict = lo.get_dictionary_mut(ours).ok()?;
    for (name, old) in named {
        dict.set(name, Object::Reference(*renumber.get(&old)?));
    }
    Some(())
}

fn references(object: &Object, out: &mut Vec<ObjectId>) {
    match object {
        Object::Reference(id) => out.push(*id),
        Object::Array(items) => items.iter().for_each(|o| references(o, out)),
        Object::Dictionary(d) => d.iter().for_each(|(_, o)| references(o, out)),
        Object::Stream(s) => s.dict.iter().for_each(|(_, o)| references(o, out)),
        _ => {}
    }
}

fn rewrite(object: &mut Object, renumber: &BTreeMap<ObjectId, ObjectId>) {
    match object {
        Object::Reference(id) => {
            if let Some(new) = renumber.get(id) {
                *id = *new;
            }
        }
        Object::Array(items) => items.iter_mut().for_each(|o| rewrite(o, renumber)),
        Object::Dictionary(d) => d.iter_mut().for_each(|(_, o)| rewrite(o, renumber)),
        Object::Stream(s) => s.dict.iter_mut().for_each(|(_, o)| rewrite(o, renumber)),
        _ => {}
    }
}

/// Each embedded font's glyphs and their codes in printpdf's subsets, and the glyph page.
struct Glyphs {
    /// Per font, each glyph id's code ([`NONE`] for a glyph not used).
    codes: BTreeMap<FontId, Vec<u16>>,
    /// The codes printpdf must write on the glyph page, in order.
    expected: Vec<u16>,
    page: PdfPage,
}

impl Glyphs {
    /// `None` if a text run holds text rather than glyph ids, or there are no pages.
    fn collect(pages: &[PdfPage]) -> Option<Glyphs> {
        let used = used_glyphs(pages)?;
        let first = pages.first()?;
        let codes: BTreeMap<FontId, Vec<u16>> = used
            .iter()
            .map(|(id, glyphs)| ((*id).clone(), subset_codes(glyphs)))
            .collect();
        let mut expected = Vec::new();
        for (id, glyphs) in &used {
            let list = codes.get(*id)?;
            for (gid, _) in used_in(glyphs) {
                expected.push(*list.get(gid)?);
            }
        }
        Some(Glyphs {
            codes,
            expected,
            page: glyph_page(first, &used),
        })
    }
}

/// The pages' operations as they were, to put back if printpdf numbers the glyphs otherwise.
struct OwnText {
    originals: Vec<Vec<Op>>,
    /// The codes printpdf must write on the glyph page, in order.
    expected: Vec<u16>,
}

impl OwnText {
    /// Replaces each page's runs of operations that are written the same every time (text
    /// runs, colours, fonts, positions, placed drawings) with one raw operator of their
    /// content. `None` (nothing changed) if a text run cannot be encoded.
    fn take(
        pages: &mut [PdfPage],
        codes: &BTreeMap<FontId, Vec<u16>>,
        expected: Vec<u16>,
    ) -> Option<OwnText> {
        let mut encoded = Vec::with_capacity(pages.len());
        for page in pages.iter() {
            encoded.push(encode_page(&page.ops, codes)?);
        }
        let originals = pages
            .iter_mut()
            .zip(encoded)
            .map(|(page, ops)| std::mem::replace(&mut page.ops, ops))
            .collect();
        Some(OwnText {
            originals,
            expected,
        })
    }

    /// Whether printpdf wrote on the glyph page (the last page of `lo`) exactly the codes
    /// the runs were encoded with.
    fn matches(&self, lo: &Document) -> bool {
        let Some(&page) = lo.get_pages().values().next_back() else {
            return false;
        };
        let content = lo.get_page_content(page);
        hex_codes(&content).is_some_and(|codes| codes == self.expected)
    }

    /// Puts the pages' operations back, for printpdf to write all of them.
    fn restore(self, pages: &mut [PdfPage]) {
        for (page, ops) in pages.iter_mut().zip(self.originals) {
            page.ops = ops;
        }
    }
}

/// A page's operations with each run of those [`encode_op`] writes joined into one raw
/// operator, as printpdf would write them (one operation a line); `None` if a text run in an
/// embedded font cannot be encoded.
fn encode_page(ops: &[Op], codes: &BTreeMap<FontId, Vec<u16>>) -> Option<Vec<Op>> {
    let mut out = Vec::with_capacity(ops.len() / 4 + 1);
    let mut raw = String::new();
    let mut font: Option<&Vec<u16>> = None;
    for op in ops {
        match op {
            Op::SetFont {
                font: PdfFontHandle::External(id),
                ..
            } => font = codes.get(id),
            Op::SetFont { .. } => font = None,
            _ => {}
        }
        let mark = raw.len();
        if !raw.is_empty() {
            raw.push('\n');
        }
        match encode_op(op, font, &mut raw) {
            Some(true) => {}
            Some(false) => {
                raw.truncate(mark);
                if !raw.is_empty() {
                    out.push(Op::Unknown {
                        key: std::mem::take(&mut raw),
                        value: vec![],
                    });
                }
                out.push(op.clone());
            }
            None => return None,
        }
    }
    if !raw.is_empty() {
        out.push(Op::Unknown {
            key: raw,
            value: vec![],
        });
    }
    Some(out)
}

/// Writes `op` as printpdf writes it, if it is one of those written the same every time:
/// `Some(true)`; `Some(false)` leaves it to printpdf; `None` for a text run in an embedded
/// font that cannot be encoded. `font`: the subset codes of the current font, if embedded.
fn encode_op(op: &Op, font: Option<&Vec<u16>>, out: &mut String) -> Option<bool> {
    let name = |id: &str| !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric());
    match op {
        Op::StartTextSection => out.push_str("BT"),
        Op::EndTextSection => out.push_str("ET"),
        Op::SaveGraphicsState => out.push('q'),
        Op::RestoreGraphicsState => out.push('Q'),
        Op::EndMarkedContent => out.push_str("EMC"),
        Op::SetFillColor {
            col: Color::Rgb(rgb),
        } => {
            for v in [rgb.r, rgb.g, rgb.b] {
                number(out, v);
                out.push(' ');
            }
            out.push_str("rg");
        }
        Op::SetFont {
            font: PdfFontHandle::External(id),
            size,
        } if name(&id.0) => {
            out.push('/');
            out.push_str(&id.0);
            out.push(' ');
            number(out, size.0);
            out.push_str(" Tf");
        }
        Op::SetTextMatrix { matrix } => {
            for v in matrix.as_array() {
                number(out, v);
                out.push(' ');
            }
            out.push_str("Tm");
        }
        Op::ShowText { items } => match font {
            Some(list) => out.push_str(&encode(items, list)?),
            None => return Some(false),
        },
        // A drawing placed by translation only: printpdf's `q`, `cm`, `Do`, `Q`.
        Op::UseXobject {
            id,
            transform:
                XObjectTransform {
                    translate_x: Some(x),
                    translate_y: Some(y),
                    rotate: None,
                    scale_x: None,
                    scale_y: None,
                    dpi: None,
                    no_auto_scale: true,
                },
        } if name(&id.0) => {
            out.push_str("q\n1 0 0 1 ");
            number(out, x.0);
            out.push(' ');
            number(out, y.0);
            out.push_str(" cm\n/");
            out.push_str(&id.0);
            out.push_str(" Do\nQ");
        }
        _ => return Some(false),
    }
    Some(true)
}

/// Per font, by glyph id, the text the pages give the glyph last, for the glyphs used.
type Used<'a> = BTreeMap<&'a FontId, Vec<Option<&'a Option<String>>>>;

/// Marks a glyph id that is not in the subset.
const NONE: u16 = u16::MAX;

/// The used glyphs of a font, by id.
fn used_in<'a, 'b>(
    glyphs: &'b [Option<&'a Option<String>>],
) -> impl Iterator<Item = (usize, &'a Option<String>)> + 'b {
    glyphs
        .iter()
        .enumerate()
        .filter_map(|(gid, text)| text.map(|t| (gid, t)))
}

/// Each glyph id's code in printpdf's subset: glyph 0 is 0, then the used glyphs by id.
fn subset_codes(glyphs: &[Option<&Option<String>>]) -> Vec<u16> {
    let mut codes = vec![NONE; glyphs.len().max(1)];
    let mut next: u16 = 1;
    for (gid, _) in used_in(glyphs) {
        if gid == 0 {
            continue;
        }
        codes[gid] = next;
        next = next.saturating_add(1);
    }
    codes[0] = 0;
    codes
}

/// Each embedded font's glyphs over all pages, with the text the pages give each last (as
/// printpdf collects them); `None` if a run holds text rather than glyph ids.
fn used_glyphs(pages: &[PdfPage]) -> Option<Used<'_>> {
    let mut used: Used<'_> = BTreeMap::new();
    for page in pages {
        let mut font = None;
        for op in &page.ops {
            match op {
                Op::SetFont {
                    font: PdfFontHandle::External(id),
                    ..
                } => font = Some(id),
                Op::SetFont { .. } => font = None,
                Op::ShowText { items } => {
                    let Some(id) = font else { continue };
                    let glyphs = used.entry(id).or_default();
                    for item in items {
                        match item {
                            TextItem::GlyphIds(list) => {
                                for c in list {
                                    let gid = usize::from(c.gid);
                                    if gid >= glyphs.len() {
                                        glyphs.resize(gid + 1, None);
                                    }
                                    glyphs[gid] = Some(&c.cid);
                                }
                            }
                            TextItem::Offset(_) => {}
                            TextItem::Text(_) => return None,
                        }
                    }
                }
                _ => {}
            }
        }
    }
    Some(used)
}

/// A page the size of `like` that shows each glyph of `used` once, font by font, in
/// glyph-id order.
fn glyph_page(like: &PdfPage, used: &Used<'_>) -> PdfPage {
    let mut ops = vec![Op::StartTextSection];
    for (id, glyphs) in used {
        ops.push(Op::SetFont {
            font: PdfFontHandle::External((*id).clone()),
            size: Pt(1.0),
        });
        let list = used_in(glyphs)
            .map(|(gid, cid)| Codepoint {
                gid: u16::try_from(gid).unwrap_or_default(),
                offset: 0.0,
                cid: cid.clone(),
            })
            .collect();
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(list)],
        });
    }
    ops.push(Op::EndTextSection);
    PdfPage {
        media_box: like.media_box.clone(),
        trim_box: like.trim_box.clone(),
        crop_box: like.crop_box.clone(),
        ops,
    }
}

/// A run as one `TJ` operator: each glyph's code in the font's subset (`codes`, by glyph id)
/// as four hex digits, consecutive glyphs in one string, and the offsets between them in
/// thousandths of the font size, as printpdf would write them.
fn encode(items: &[TextItem], codes: &[u16]) -> Option<String> {
    let glyphs: usize = items
        .iter()
        .map(|i| match i {
            TextItem::GlyphIds(g) => g.len(),
            _ => 1,
        })
        .sum();
    let mut out = String::with_capacity(6 + glyphs * 6);
    out.push('[');
    // Inside a hex string; after a number (the next number needs a space).
    let (mut open, mut after_number) = (false, false);
    let offset = |out: &mut String, open: &mut bool, after_number: &mut bool, value: f32| {
        if *open {
            out.push('>');
            *open = false;
        } else if *after_number {
            out.push(' ');
        }
        number(out, value);
        *after_number = true;
    };
    for item in items {
        match item {
            TextItem::GlyphIds(codepoints) => {
                for c in codepoints {
                    let code = *codes.get(usize::from(c.gid)).filter(|c| **c != NONE)?;
                    if !open {
                        out.push('<');
                        open = true;
                        after_number = false;
                    }
                    push_hex(&mut out, code);
                    if c.offset != 0.0 {
                        offset(&mut out, &mut open, &mut after_number, c.offset);
                    }
                }
            }
            TextItem::Offset(o) => offset(&mut out, &mut open, &mut after_number, *o),
            TextItem::Text(_) => return None,
        }
    }
    if open {
        out.push('>');
    }
    out.push_str("]TJ");
    Some(out)
}

fn push_hex(out: &mut String, code: u16) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12, 8, 4, 0] {
        out.push(char::from(DIGITS[usize::from((code >> shift) & 0xF)]));
    }
}

/// The codes of every hex string in a content stream, two bytes each; `None` if one is not
/// whole codes.
fn hex_codes(content: &[u8]) -> Option<Vec<u16>> {
    let mut codes = Vec::new();
    let mut rest = content;
    while let Some(start) = rest.iter().position(|b| *b == b'<') {
        let len = rest[start + 1..].iter().position(|b| *b == b'>')?;
        let hex: Vec<u8> = rest[start + 1..start + 1 + len]
            .iter()
            .copied()
            .filter(|b| !b.is_ascii_whitespace())
            .collect();
        if !hex.len().is_multiple_of(4) {
            return None;
        }
        for chunk in hex.chunks(4) {
            let text = std::str::from_utf8(chunk).ok()?;
            codes.push(u16::from_str_radix(text, 16).ok()?);
        }
        rest = &rest[start + 1 + len + 1..];
    }
    Some(codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(gid: u16, offset: f32) -> Codepoint {
        Codepoint {
            gid,
            offset,
            cid: None,
        }
    }

    #[test]
    fn a_run_is_its_glyphs_codes_with_the_offsets_between() {
        let mut list = vec![NONE; 301];
        for (code, gid) in [0, 5, 9, 40, 300].into_iter().enumerate() {
            list[gid] = code as u16;
        }
        let items = vec![TextItem::GlyphIds(vec![
            glyph(5, 0.0),
            glyph(300, -12.0),
            glyph(9, 0.0),
            glyph(40, 3.0),
        ])];
        assert_eq!(
            encode(&items, &list).as_deref(),
            Some("[<00010004>-12<00020003>3]TJ")
        );
        // Two numbers in a row are kept apart; a fraction is written as it is.
        let items = vec![
            TextItem::GlyphIds(vec![glyph(9, 0.5)]),
            TextItem::Offset(-250.0),
        ];
        assert_eq!(encode(&items, &list).as_deref(), Some("[<0002>0.5 -250]TJ"));
        // A glyph outside the font's list is not encoded.
        let items = vec![TextItem::GlyphIds(vec![glyph(7, 0.0)])];
        assert_eq!(encode(&items, &list), None);
    }

    #[test]
    fn runs_are_joined_into_raw_operators_and_given_back_unchanged() {
        use printpdf::{Mm, Rect, XObjectId};
        let font = FontId("F1".to_owned());
        let text = |gids: &[u16]| Op::ShowText {
            items: vec![TextItem::GlyphIds(
                gids.iter()
                    .map(|g| Codepoint {
                        gid: *g,
                        offset: 0.0,
                        cid: Some("a".to_owned()),
                    })
                    .collect(),
            )],
        };
        let ops = vec![
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(10.5),
            },
            Op::SetTextMatrix {
                matrix: printpdf::TextMatrix::Translate(Pt(56.0), Pt(602.59)),
            },
            text(&[40, 7]),
            Op::EndTextSection,
            // Left to printpdf: it splits the runs.
            Op::DrawRectangle {
                rectangle: Rect::from_xywh(Pt(1.0), Pt(2.0), Pt(3.0), Pt(4.0)),
            },
            Op::UseXobject {
                id: XObjectId("X1".to_owned()),
                transform: XObjectTransform {
                    translate_x: Some(Pt(70.0)),
                    translate_y: Some(Pt(454.77)),
                    no_auto_scale: true,
                    ..XObjectTransform::default()
                },
            },
        ];
        let mut pages = vec![PdfPage::new(Mm(210.0), Mm(297.0), ops.clone())];
        let glyphs = Glyphs::collect(&pages).expect("glyph ids only");
        // Glyph 0 first, then 7 and 40: codes 1 and 2.
        let codes = glyphs.codes.get(&font).expect("the font's codes");
        assert_eq!((codes[0], codes[7], codes[40], codes[8]), (0, 1, 2, NONE));
        assert_eq!(glyphs.expected, vec![1, 2]);
        let own = OwnText::take(&mut pages, &glyphs.codes, glyphs.expected).expect("encoded");
        let raw: Vec<&str> = pages[0]
            .ops
            .iter()
            .filter_map(|op| match op {
                Op::Unknown { key, .. } => Some(key.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            raw,
            [
                "BT\n/F1 10.5 Tf\n1 0 0 1 56 602.59 Tm\n[<00020001>]TJ\nET",
                "q\n1 0 0 1 70 454.77 cm\n/X1 Do\nQ"
            ]
        );
        assert_eq!(pages[0].ops.len(), 3, "{:?}", pages[0].ops);
        own.restore(&mut pages);
        assert_eq!(pages[0].ops, ops);
    }

    #[test]
    fn hex_codes_reads_every_string_in_order() {
        assert_eq!(
            hex_codes(b"BT /F1 1 Tf [<0000> <0001> -3 <0a0B>] TJ ET"),
            Some(vec![0, 1, 0x0A0B])
        );
        assert_eq!(hex_codes(b"[<00010002>]TJ"), Some(vec![1, 2]));
        assert_eq!(hex_codes(b"[<001>]TJ"), None);
    }
}
