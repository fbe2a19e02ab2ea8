//! Shapes a summary's paragraphs on two cores before the page flow asks for them.
//!
//! Shaping (cosmic-text: bidi, HarfRust, line breaking) is about a third of a summary's time
//! and each paragraph's result depends only on its text, style, width, font family and
//! direction, not on where it lands. So the paragraphs and table cells the page flow will
//! need are listed up front ([`crate::layout::requests`]), split in two by length, and
//! shaped at once: half on this thread with the document's font system, half on a helper
//! thread with a second font system built from the same faces (so glyph and face ids
//! agree). The page flow then takes each paragraph from here; anything not listed, or a
//! list that missed, is shaped where it is needed, so the output never depends on this.

use std::collections::HashMap;

use cosmic_text::FontSystem;

use crate::helper::Helper;
use crate::text::{self, Paragraph, Style};

/// Everything a paragraph's layout depends on; the key of the prepared paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Request {
    pub text: String,
    /// `Style` and width as bits: the same floats give the same key.
    size: u32,
    bold: bool,
    leading: u32,
    width: u32,
    pub family: &'static str,
    pub rtl: bool,
}

impl Request {
    pub fn new(text: String, style: Style, width: f32, family: &'static str, rtl: bool) -> Self {
        Request {
            text,
            size: style.size.to_bits(),
            bold: style.bold,
            leading: style.leading.to_bits(),
            width: width.to_bits(),
            family,
            rtl,
        }
    }

    fn style(&self) -> Style {
        Style {
            size: f32::from_bits(self.size),
            bold: self.bold,
            leading: f32::from_bits(self.leading),
        }
    }

    fn lay_out(&self, fs: &mut FontSystem) -> Paragraph {
        text::layout(
            fs,
            &self.text,
            self.style(),
            f32::from_bits(self.width),
            self.family,
            self.rtl,
        )
    }
}

/// Paragraphs shaped ahead of the page flow, each as many times as it was listed.
#[derive(Debug, Default)]
pub struct Prepared {
    ready: HashMap<Request, Vec<Paragraph>>,
}

impl Prepared {
    /// Takes the paragraph for `request` if it was prepared.
    pub fn take(&mut self, request: &Request) -> Option<Paragraph> {
        let list = self.ready.get_mut(request)?;
        let p = list.pop();
        if list.is_empty() {
            self.ready.remove(request);
        }
        p
    }

    /// How many paragraphs are prepared and not yet taken.
    pub fn len(&self) -> usize {
        self.ready.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.ready.is_empty()
    }

    /// Shapes `requests` with `fs` here and on the `helper` thread at once. Without a
    /// helper nothing is prepared: the page flow shapes as it goes, which is the same work.
    pub fn shape(fs: &mut FontSystem, helper: Option<&Helper>, requests: Vec<Request>) -> Prepared {
        let Some(helper) = helper else {
            return Prepared::default();
        };
        // Each distinct paragraph once, with how often it is used.
        let mut counts: HashMap<Request, usize> = HashMap::with_capacity(requests.len());
        let mut distinct = Vec::with_capacity(requests.len());
        for r in requests {
            let n = counts.entry(r.clone()).or_insert(0);
            if *n == 0 {
                distinct.push(r);
            }
            *n += 1;
        }
        // Longest first, each to the lighter half: both threads finish at about the same time.
        distinct.sort_by_key(|r| std::cmp::Reverse(r.text.len()));
        let (mut here, mut there) = (Vec::new(), Vec::new());
        let (mut here_len, mut there_len) = (0, 0);
        for r in distinct {
            if here_len <= there_len {
                here_len += r.text.len();
                here.push(r);
            } else {
                there_len += r.text.len();
                there.push(r);
            }
        }
        // A helper that has gone (it never should) leaves its half to the page flow.
        let theirs = helper.shape(there);
        let mut done = shape_all(fs, here);
        if let Some(theirs) = theirs.and_then(|t| t.shaped()) {
            done.extend(theirs);
        }
        let mut ready = HashMap::with_capacity(done.len());
        for (r, p) in done {
            let n = counts.get(&r).copied().unwrap_or(1);
            let mut list = Vec::with_capacity(n);
            for _ in 1..n {
                list.push(p.clone());
            }
            list.push(p);
            ready.insert(r, list);
        }
        Prepared { ready }
    }
}

pub(crate) fn shape_all(fs: &mut FontSystem, list: Vec<Request>) -> Vec<(Request, Paragraph)> {
    list.into_iter()
        .map(|r| {
            let p = r.lay_out(fs);
            (r, p)
        })
        .collect()
}
