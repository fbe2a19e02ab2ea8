//! printpdf's serializer on two threads: the first pages on this one, the rest on the
//! helper, each half a whole document of its own; then the second half's page contents are
//! moved into the first's.
//!
//! Why: turning operations into content streams is printpdf's largest cost in a summary
//! (callgrind, Arabic: 93 M instructions of 224 M on the main thread), glyph by glyph, and
//! it runs page by page on one thread. The halves must embed the same font subsets, so each
//! half's document carries, in place of every page of the other half, a stand-in page that
//! shows each glyph that page uses once, with the text the page gives it. printpdf collects
//! the glyphs to embed (and the last text given for each) from every page in order, so both
//! halves see the same glyphs with the same texts and subset the fonts alike.
//!
//! Nothing here trusts that: the halves are used together only when every stream other than
//! the pages' contents (fonts, their Unicode maps, drawings) came out the same byte for
//! byte; otherwise the whole document is serialized again on this thread.

use std::collections::BTreeMap;

use lopdf::{Document, Object, ObjectId};
use printpdf::{
    Codepoint, FontId, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem,
};

use crate::PdfError;
use crate::helper::Helper;

/// The whole document, serialized on this thread.
pub fn whole(doc: &PdfDocument) -> Document {
    let options = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut warnings = Vec::new();
    doc.to_lopdf_document(&options, &mut warnings)
}

/// `doc` serialized, on two threads when there is a helper and more than one page; with
/// how many pages the helper wrote.
pub fn to_lopdf(
    mut doc: PdfDocument,
    helper: Option<&Helper>,
) -> Result<(Document, usize), PdfError> {
    let Some(helper) = helper.filter(|_| doc.pages.len() > 1) else {
        return Ok((whole(&doc), 0));
    };
    let mut pages = std::mem::take(&mut doc.pages);
    let later = pages.split_off(half(&pages));
    let k = pages.len();
    let mut second = doc.clone();
    second.pages = pages.iter().map(stand_in).collect();
    second.pages.extend(later);
    doc.pages = pages;
    doc.pages.extend(second.pages[k..].iter().map(stand_in));
    let pending = match helper.serialize(Box::new(second)) {
        Ok(pending) => pending,
        // The helper has gone: put the real pages back and do it all here.
        Err(Some(second)) => return Ok((alone(doc, k, *second), 0)),
        Err(None) => return Err(lost()),
    };
    let mut first = whole(&doc);
    let Some((second, mut other)) = pending.serialized() else {
        return Err(lost());
    };
    let (ours, theirs) = (contents(&first), contents(&other));
    if ours.len() != doc.pages.len()
        || theirs.len() != ours.len()
        || shared_streams(&first, &ours) != shared_streams(&other, &theirs)
    {
        return Ok((alone(doc, k, *second), 0));
    }
    for (&mine, &real) in ours.iter().zip(&theirs).skip(k) {
        let content = match other.objects.get_mut(&real) {
            Some(Object::Stream(s)) => std::mem::take(&mut s.content),
            _ => return Err(PdfError::Post("a page without contents".to_owned())),
        };
        match first.objects.get_mut(&mine) {
            Some(Object::Stream(s)) => s.set_content(content),
            _ => return Err(PdfError::Post("a page without contents".to_owned())),
        }
    }
    Ok((first, ours.len() - k))
}

/// The whole document written on this thread: its first `k` pages, then `second`'s real
/// pages in place of the stand-ins.
fn alone(mut doc: PdfDocument, k: usize, mut second: PdfDocument) -> Document {
    doc.pages.truncate(k);
    doc.pages.append(&mut second.pages.split_off(k));
    whole(&doc)
}

fn lost() -> PdfError {
    PdfError::Post("the PDF helper thread stopped while writing the pages".to_owned())
}

/// Where the second half starts: about half of the work on each side, counted as glyphs
/// plus twice the operations (an operation, with its numbers, costs printpdf about twice
/// what a glyph does).
fn half(pages: &[PdfPage]) -> usize {
    let work: Vec<usize> = pages.iter().map(work).collect();
    let total: usize = work.iter().sum();
    let mut seen = 0;
    for (i, w) in work.iter().enumerate() {
        if seen + w / 2 >= total / 2 {
            return i.max(1);
        }
        seen += w;
    }
    pages.len().saturating_sub(1).max(1)
}

fn work(page: &PdfPage) -> usize {
    let glyphs: usize = page
        .ops
        .iter()
        .map(|op| match op {
            Op::ShowText { items } => items
                .iter()
                .map(|item| match item {
                    TextItem::GlyphIds(list) => list.len(),
                    _ => 0,
                })
                .sum(),
            _ => 0,
        })
        .sum();
    2 * page.ops.len() + glyphs
}

/// A page of the same size that shows, once each, the glyphs `page` shows, with the text
/// the page gives each last (printpdf's font subsets and Unicode maps are made from these).
fn stand_in(page: &PdfPage) -> PdfPage {
    let mut used: BTreeMap<&FontId, BTreeMap<u16, &Option<String>>> = BTreeMap::new();
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
                    if let TextItem::GlyphIds(list) = item {
                        for c in list {
                            glyphs.insert(c.gid, &c.cid);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut ops = vec![Op::StartTextSection];
    for (id, glyphs) in used {
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(id.clone()),
            size: Pt(1.0),
        });
        let list = glyphs
            .into_iter()
            .map(|(gid, cid)| Codepoint {
                gid,
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
        media_box: page.media_box.clone(),
        trim_box: page.trim_box.clone(),
        crop_box: page.crop_box.clone(),
        ops,
    }
}

/// Each page's contents stream, in page order.
fn contents(doc: &Document) -> Vec<ObjectId> {
    doc.get_pages()
        .values()
        .filter_map(|id| {
            doc.get_dictionary(*id)
                .and_then(|page| page.get(b"Contents"))
                .and_then(Object::as_reference)
                .ok()
        })
        .collect()
}

/// Every stream but the pages' contents, in object order: what both halves must share.
fn shared_streams<'d>(doc: &'d Document, contents: &[ObjectId]) -> Vec<&'d [u8]> {
    doc.objects
        .iter()
        .filter(|(id, _)| !contents.contains(id))
        .filter_map(|(_, object)| match object {
            Object::Stream(s) => Some(s.content.as_slice()),
            _ => None,
        })
        .collect()
}
