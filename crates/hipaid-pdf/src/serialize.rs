//! printpdf's serializer, with the glyphs of every text run encoded here.
//!
//! Why: printpdf turns each glyph of a `ShowText` into a lopdf string object and each
//! offset into a lopdf number, then lopdf formats them one by one; for a summary's 28,000
//! glyphs that was the largest single cost of a summary (callgrind, Arabic: 40 M
//! instructions on the main thread and as much again on the helper, which wrote half the
//! pages). Here each run's `TJ` array is written straight into a string, with the codes
//! printpdf gives the glyphs in its font subsets, and handed to printpdf as a raw operator;
//! printpdf still writes everything else: the fonts, their subsets, widths and Unicode
//! maps, the pages, the graphics and the text positions.
//!
//! printpdf subsets a font from the glyphs its pages show, numbering them in order of glyph
//! id after glyph 0. So one extra page, the glyph page, shows each glyph of the document
//! once per font in glyph-id order, with the text the pages give it last (printpdf's
//! Unicode maps are made from those texts); printpdf encodes that page itself. Nothing here
//! trusts the numbering: the codes printpdf wrote on the glyph page must be exactly the
//! codes used here, glyph for glyph, or the whole document is serialized again by printpdf
//! alone. The glyph page is then taken out of the document.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use lopdf::{Document, Object, ObjectId};
use printpdf::{
    Codepoint, FontId, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem,
};

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
/// asked or when the check failed).
pub fn to_lopdf(mut doc: PdfDocument, by_printpdf: bool) -> (Document, bool) {
    let taken = if by_printpdf {
        None
    } else {
        OwnText::take(&mut doc.pages)
    };
    let Some((text, glyph_page)) = taken else {
        return (whole(&doc), false);
    };
    doc.pages.push(glyph_page);
    let mut lo = whole(&doc);
    doc.pages.pop();
    if text.matches(&lo) && remove_last_page(&mut lo).is_some() {
        return (lo, true);
    }
    text.restore(&mut doc.pages);
    (whole(&doc), false)
}

/// The text runs taken from the pages, and what printpdf needs to number their glyphs.
struct OwnText {
    /// (page, operation, the `ShowText` it was), to put back if printpdf numbers otherwise.
    taken: Vec<(usize, usize, Op)>,
    /// The codes printpdf must write on the glyph page, in order.
    expected: Vec<u16>,
}

impl OwnText {
    /// Replaces every `ShowText` of glyphs in an embedded font with its raw `TJ` operator;
    /// with the glyph page. `None` (nothing changed) if a run is not only glyph ids and
    /// offsets.
    fn take(pages: &mut [PdfPage]) -> Option<(OwnText, PdfPage)> {
        let (codes, glyph_page, expected) = {
            let used = used_glyphs(pages)?;
            let first = pages.first()?;
            let codes: BTreeMap<FontId, Vec<u16>> = used
                .iter()
                .map(|(id, glyphs)| {
                    // printpdf's order: glyph 0 first, then the others by id.
                    let list = std::iter::once(0)
                        .chain(glyphs.keys().copied().filter(|g| *g != 0))
                        .collect();
                    ((*id).clone(), list)
                })
                .collect();
            let mut expected = Vec::new();
            for (id, glyphs) in &used {
                let list = codes.get(*id)?;
                for gid in glyphs.keys() {
                    expected.push(u16::try_from(list.binary_search(gid).ok()?).ok()?);
                }
            }
            (codes, glyph_page(first, &used), expected)
        };
        let mut own = OwnText {
            taken: Vec::new(),
            expected,
        };
        let mut complete = true;
        'pages: for (p, page) in pages.iter_mut().enumerate() {
            let mut font: Option<&Vec<u16>> = None;
            for (i, op) in page.ops.iter_mut().enumerate() {
                match op {
                    Op::SetFont {
                        font: PdfFontHandle::External(id),
                        ..
                    } => font = codes.get(id),
                    Op::SetFont { .. } => font = None,
                    Op::ShowText { items } => {
                        let Some(list) = font else { continue };
                        // Every glyph is in its font's list (it was collected from here).
                        let Some(key) = encode(items, list) else {
                            complete = false;
                            break 'pages;
                        };
                        let raw = Op::Unknown { key, value: vec![] };
                        own.taken.push((p, i, std::mem::replace(op, raw)));
                    }
                    _ => {}
                }
            }
        }
        if !complete {
            own.restore(pages);
            return None;
        }
        Some((own, glyph_page))
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

    /// Puts the runs printpdf is to encode after all back in their pages.
    fn restore(self, pages: &mut [PdfPage]) {
        for (p, i, op) in self.taken {
            if let Some(slot) = pages.get_mut(p).and_then(|page| page.ops.get_mut(i)) {
                *slot = op;
            }
        }
    }
}

type Used<'a> = BTreeMap<&'a FontId, BTreeMap<u16, &'a Option<String>>>;

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
                                    glyphs.insert(c.gid, &c.cid);
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
        let list = glyphs
            .iter()
            .map(|(gid, cid)| Codepoint {
                gid: *gid,
                offset: 0.0,
                cid: (*cid).clone(),
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

/// A run as one `TJ` operator: each glyph's code in the font's subset (its place in `list`)
/// as four hex digits, consecutive glyphs in one string, and the offsets between them in
/// thousandths of the font size, as printpdf would write them.
fn encode(items: &[TextItem], list: &[u16]) -> Option<String> {
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
    let (mut open, mut number) = (false, false);
    let offset = |out: &mut String, open: &mut bool, number: &mut bool, value: f32| {
        if *open {
            out.push('>');
            *open = false;
        } else if *number {
            out.push(' ');
        }
        push_number(out, value);
        *number = true;
    };
    for item in items {
        match item {
            TextItem::GlyphIds(codepoints) => {
                for c in codepoints {
                    let code = list.binary_search(&c.gid).ok()?;
                    if !open {
                        out.push('<');
                        open = true;
                        number = false;
                    }
                    push_hex(&mut out, u16::try_from(code).ok()?);
                    if c.offset != 0.0 {
                        offset(&mut out, &mut open, &mut number, c.offset);
                    }
                }
            }
            TextItem::Offset(o) => offset(&mut out, &mut open, &mut number, *o),
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

/// A number as lopdf writes printpdf's (whole numbers without a decimal point).
fn push_number(out: &mut String, value: f32) {
    if value.fract() == 0.0 && value.abs() < 1.0e9 {
        // Whole and small: exact as an integer.
        let _ = write!(out, "{}", value as i64);
    } else {
        let _ = write!(out, "{value}");
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

/// Takes the last page (the glyph page) out of the document: out of its parent's kids and
/// counts, with its contents and resources.
fn remove_last_page(lo: &mut Document) -> Option<()> {
    let (_, page) = lo.get_pages().into_iter().next_back()?;
    let dict = lo.get_dictionary(page).ok()?;
    let reference = |key: &[u8]| dict.get(key).and_then(Object::as_reference).ok();
    let parent = reference(b"Parent")?;
    let owned: Vec<ObjectId> = [reference(b"Contents"), reference(b"Resources")]
        .into_iter()
        .flatten()
        .collect();
    let pages = lo.get_dictionary_mut(parent).ok()?;
    let kids = pages.get_mut(b"Kids").and_then(Object::as_array_mut).ok()?;
    let before = kids.len();
    kids.retain(|k| k.as_reference().ok() != Some(page));
    if kids.len() + 1 != before {
        return None;
    }
    let count = pages.get(b"Count").and_then(Object::as_i64).ok()?;
    pages.set("Count", count - 1);
    lo.objects.remove(&page);
    for id in owned {
        lo.objects.remove(&id);
    }
    Some(())
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
        let list = [0, 5, 9, 40, 300];
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
    fn hex_codes_reads_every_string_in_order() {
        assert_eq!(
            hex_codes(b"BT /F1 1 Tf [<0000> <0001> -3 <0a0B>] TJ ET"),
            Some(vec![0, 1, 0x0A0B])
        );
        assert_eq!(hex_codes(b"[<00010002>]TJ"), Some(vec![1, 2]));
        assert_eq!(hex_codes(b"[<001>]TJ"), None);
    }
}
