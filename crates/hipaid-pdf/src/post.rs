//! The post-pass printpdf cannot do: the document language (`/Lang`, which screen readers
//! use to pick a voice), the reading direction and "show the title, not the file name" in
//! viewers, and a PDF version that matches the features used.
//!
//! It re-reads the bytes with lopdf (already in the tree through printpdf), edits the
//! catalog and writes them again; this costs under a millisecond per summary.

use lopdf::{Dictionary, Document, Object};

use crate::PdfError;

pub fn finish(bytes: &[u8], lang: &str, rtl: bool) -> Result<Vec<u8>, PdfError> {
    let mut doc = Document::load_mem(bytes).map_err(|e| PdfError::Post(e.to_string()))?;
    doc.version = "1.7".to_owned();
    let catalog = doc
        .catalog_mut()
        .map_err(|e| PdfError::Post(e.to_string()))?;
    catalog.set("Lang", Object::string_literal(lang));
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    prefs.set(
        "Direction",
        Object::Name(if rtl {
            b"R2L".to_vec()
        } else {
            b"L2R".to_vec()
        }),
    );
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    let mut out = Vec::with_capacity(bytes.len());
    doc.save_to(&mut out)
        .map_err(|e| PdfError::Post(e.to_string()))?;
    Ok(out)
}
