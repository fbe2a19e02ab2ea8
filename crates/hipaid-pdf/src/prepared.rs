//! Shapes a summary's paragraphs on two cores before the page flow asks for them.
//!
//! Shaping (cosmic-text: bidi, HarfRust, line breaking) is about a third of a summary's time
//! and each paragraph's result depends only on its text, style, width, font family and
//! direction, not on where it lands. So the paragraphs and table cells the page flow will
//! need are listed up front ([`crate::layout::requests`]), in the order it will ask: the
//! first part is shaped on this thread with the document's font system, the rest on the
//! helper thread with a second font system built from the same faces (so glyph and face ids
//! agree), which sends each paragraph as soon as it is shaped, while this thread already
//! draws. The page flow takes each paragraph from here, waiting for the helper if it is
//! behind; anything not listed, or a list that missed, is shaped where it is needed, so the
//! output never depends on this.

use std::collections::HashMap;

use cosmic_text::FontSystem;

use crate::helper::{Helper, Pending};
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

    pub(crate) fn lay_out(&self, fs: &mut FontSystem) -> Paragraph {
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

/// The share of the listed text (by length) this thread shapes before the page flow starts;
/// the helper shapes the rest, in order, while this thread draws: about (shaping − drawing)
/// ÷ (2 × shaping), from callgrind on the Arabic summary (112 M instructions of shaping, 27 M
/// of drawing): both threads then finish together and the helper stays ahead of the flow.
const HERE_SHARE: f32 = 0.4;

/// Paragraphs shaped ahead of the page flow, each as many times as it was listed: those
/// shaped here, and those the helper sends as it shapes them.
#[derive(Default)]
pub struct Prepared<'h> {
    ready: HashMap<Request, Vec<Paragraph>>,
    /// How often each paragraph was listed.
    counts: HashMap<Request, usize>,
    /// The helper's paragraphs still to come.
    incoming: Option<Pending<'h>>,
}

impl<'h> Prepared<'h> {
    /// Takes the paragraph for `request` if it was prepared, waiting for the helper if it is
    /// still shaping.
    pub fn take(&mut self, request: &Request) -> Option<Paragraph> {
        // Not listed: do not wait for the helper's last paragraph to learn that.
        if !self.counts.contains_key(request) {
            return None;
        }
        loop {
            if let Some(list) = self.ready.get_mut(request) {
                let p = list.pop();
                if list.is_empty() {
                    self.ready.remove(request);
                }
                return p;
            }
            if !self.receive() {
                return None;
            }
        }
    }

    /// Adds the helper's next paragraph; false when none is to come.
    fn receive(&mut self) -> bool {
        let Some(incoming) = self.incoming.as_mut() else {
            return false;
        };
        match incoming.next_paragraph() {
            Some((r, p)) => self.add(r, p),
            None => self.incoming = None,
        }
        true
    }

    /// Whether nothing is prepared or to come (then the page flow need not build a key).
    pub fn is_empty(&self) -> bool {
        self.ready.is_empty() && self.incoming.is_none()
    }

    /// How many paragraphs were listed.
    pub fn listed(&self) -> usize {
        self.counts.values().sum()
    }

    /// How many prepared paragraphs were never taken (after the helper's last one).
    pub fn unused(&mut self) -> usize {
        while self.receive() {}
        self.ready.values().map(Vec::len).sum()
    }

    fn add(&mut self, r: Request, p: Paragraph) {
        let n = self.counts.get(&r).copied().unwrap_or(1);
        let mut list = Vec::with_capacity(n);
        for _ in 1..n {
            list.push(p.clone());
        }
        list.push(p);
        self.ready.insert(r, list);
    }

    /// Shapes the first part of `requests` (in the order the page flow will ask for them)
    /// with `fs` here, and hands the rest to the `helper`, which sends each paragraph as
    /// soon as it is shaped. Without a helper nothing is prepared: the page flow shapes as it
    /// goes, which is the same work.
    pub fn shape(
        fs: &mut FontSystem,
        helper: Option<&'h Helper>,
        requests: Vec<Request>,
    ) -> Prepared<'h> {
        let Some(helper) = helper else {
            return Prepared::default();
        };
        // Each distinct paragraph once, in order, with how often it is used.
        let mut counts: HashMap<Request, usize> = HashMap::with_capacity(requests.len());
        let mut distinct = Vec::with_capacity(requests.len());
        for r in requests {
            let n = counts.entry(r.clone()).or_insert(0);
            if *n == 0 {
                distinct.push(r);
            }
            *n += 1;
        }
        let total: usize = distinct.iter().map(|r| r.text.len()).sum();
        let mut here_len = 0;
        let split = distinct
            .iter()
            .position(|r| {
                here_len += r.text.len();
                here_len as f32 > total as f32 * HERE_SHARE
            })
            .map_or(distinct.len(), |i| i + 1);
        let there = distinct.split_off(split);
        // A helper that has gone (it never should) leaves its part to the page flow.
        let incoming = helper.shape(there);
        let mut prepared = Prepared {
            ready: HashMap::with_capacity(counts.len()),
            counts,
            incoming,
        };
        for (r, p) in shape_all(fs, distinct) {
            prepared.add(r, p);
        }
        prepared
    }
}

fn shape_all(fs: &mut FontSystem, list: Vec<Request>) -> Vec<(Request, Paragraph)> {
    list.into_iter()
        .map(|r| {
            let p = r.lay_out(fs);
            (r, p)
        })
        .collect()
}
