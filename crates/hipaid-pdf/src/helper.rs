//! The renderer's second thread, for the parts of a summary that split cleanly in two:
//! shaping the paragraphs ([`crate::prepared`]), subsetting and writing the fonts
//! ([`crate::serialize`]) and deflating the streams ([`crate::post`]).
//!
//! It lives as long as its renderer (a thread started per summary cost more than it saved:
//! each new thread's allocator heap starts cold) and ends when the renderer is dropped.
//! Jobs are answered in the order they are sent, one at a time; the caller works on its own
//! share meanwhile and then waits. A helper that has gone (it never should) answers
//! nothing, and the caller does the whole job itself, so output never depends on it.

use std::sync::mpsc::{Receiver, Sender, channel};

use cosmic_text::FontSystem;

use printpdf::PdfDocument;

use crate::post::Deflater;
use crate::prepared::Request;
use crate::text::Paragraph;

enum Job {
    Shape(Vec<Request>),
    Deflate(Vec<Vec<u8>>),
    Fonts(Box<PdfDocument>),
}

enum Done {
    /// One paragraph of a shaping job, sent as soon as it is shaped.
    Paragraph(Box<(Request, Paragraph)>),
    /// The end of a shaping job.
    Shaped,
    Deflated(Vec<Option<Vec<u8>>>),
    /// The glyph page's document (given back) and what printpdf made of it.
    Fonts(Box<PdfDocument>, Box<lopdf::Document>),
}

pub struct Helper {
    jobs: Sender<Job>,
    results: Receiver<Done>,
}

/// A job sent to the helper; its answer is read by `next_paragraph`, `deflated` or
/// `fonts`, or drained when this is dropped (so the next job's answer is not mistaken
/// for this one's).
pub struct Pending<'h> {
    helper: &'h Helper,
    answered: bool,
    /// An answer taken by [`Pending::arrived`] before it was asked for.
    early: Option<Done>,
    /// A shaping job: answered paragraph by paragraph, then [`Done::Shaped`].
    shaping: bool,
}

impl Pending<'_> {
    fn answer(mut self) -> Option<Done> {
        self.answered = true;
        match self.early.take() {
            Some(done) => Some(done),
            None => self.helper.results.recv().ok(),
        }
    }

    /// Whether the helper has answered a job that is not shaping (so the caller can stop
    /// doing other work and take the answer); never waits.
    pub fn arrived(&mut self) -> bool {
        if self.early.is_none() && !self.shaping {
            self.early = self.helper.results.try_recv().ok();
        }
        self.early.is_some()
    }

    /// The next paragraph the helper shaped; `None` when it has sent them all (none if its
    /// fonts did not match the document's) or has gone.
    pub fn next_paragraph(&mut self) -> Option<(Request, Paragraph)> {
        if self.answered {
            return None;
        }
        match self.helper.results.recv() {
            Ok(Done::Paragraph(shaped)) => Some(*shaped),
            _ => {
                self.answered = true;
                None
            }
        }
    }

    /// Each stream deflated, or `None` where that did not make it smaller.
    pub fn deflated(self) -> Option<Vec<Option<Vec<u8>>>> {
        match self.answer()? {
            Done::Deflated(list) => Some(list),
            _ => None,
        }
    }
}

impl Pending<'_> {
    /// The glyph page's document sent, and printpdf's serialization of it.
    pub fn fonts(self) -> Option<(Box<PdfDocument>, Box<lopdf::Document>)> {
        match self.answer()? {
            Done::Fonts(doc, lo) => Some((doc, lo)),
            _ => None,
        }
    }
}

impl Drop for Pending<'_> {
    fn drop(&mut self) {
        if self.answered || self.early.is_some() {
            return;
        }
        while let Ok(Done::Paragraph(_)) = self.helper.results.recv() {
            if !self.shaping {
                break;
            }
        }
    }
}

/// A font system's faces in id order, by PostScript name.
fn face_ids(fs: &FontSystem) -> Vec<(cosmic_text::fontdb::ID, String)> {
    fs.db()
        .faces()
        .map(|f| (f.id, f.post_script_name.clone()))
        .collect()
}

impl Helper {
    /// Starts the helper for a document font system `like`. The helper builds its own
    /// (in parallel with the first summary) and shapes only if it numbers the faces as
    /// `like` does, so its glyphs carry the document's face ids; otherwise it answers
    /// shaping jobs with nothing and the page flow shapes everything. `None` if the thread
    /// cannot be started.
    pub fn start(locale: &str, like: &FontSystem) -> Option<Helper> {
        let faces = face_ids(like);
        let locale = locale.to_owned();
        let (jobs, job_rx) = channel::<Job>();
        let (result_tx, results) = channel();
        std::thread::Builder::new()
            .name("hipaid-pdf-helper".to_owned())
            .spawn(move || {
                let mut fs = crate::fonts::font_system(&locale);
                let same_faces = face_ids(&fs) == faces;
                let mut deflater = Deflater::new();
                while let Ok(job) = job_rx.recv() {
                    let done = match job {
                        Job::Shape(list) if same_faces => {
                            // Like the document's: words are cached within one summary only.
                            fs.shape_run_cache = cosmic_text::ShapeRunCache::default();
                            for r in list {
                                let p = r.lay_out(&mut fs);
                                if result_tx.send(Done::Paragraph(Box::new((r, p)))).is_err() {
                                    return;
                                }
                            }
                            Done::Shaped
                        }
                        Job::Shape(_) => Done::Shaped,
                        Job::Deflate(streams) => {
                            Done::Deflated(streams.iter().map(|s| deflater.deflate(s)).collect())
                        }
                        Job::Fonts(doc) => {
                            let lo = crate::serialize::fonts_alone(&doc);
                            Done::Fonts(doc, Box::new(lo))
                        }
                    };
                    if result_tx.send(done).is_err() {
                        break;
                    }
                }
            })
            .ok()?;
        Some(Helper { jobs, results })
    }

    /// Sends `job`, or gives it back if the helper has gone.
    fn send(&self, job: Job) -> Result<Pending<'_>, Job> {
        let shaping = matches!(job, Job::Shape(_));
        self.jobs.send(job).map_err(|e| e.0)?;
        Ok(Pending {
            helper: self,
            answered: false,
            early: None,
            shaping,
        })
    }

    /// Starts shaping `list`; `None` if the helper has gone.
    pub fn shape(&self, list: Vec<Request>) -> Option<Pending<'_>> {
        self.send(Job::Shape(list)).ok()
    }

    /// Starts deflating `streams`; `None` if the helper has gone.
    pub fn deflate(&self, streams: Vec<Vec<u8>>) -> Option<Pending<'_>> {
        self.send(Job::Deflate(streams)).ok()
    }

    /// Starts writing the fonts of the glyph page's document `doc`; gives it back if the
    /// helper has gone (`None` only if the channel gave back another job, which it does not).
    pub fn fonts(&self, doc: Box<PdfDocument>) -> Result<Pending<'_>, Option<Box<PdfDocument>>> {
        match self.send(Job::Fonts(doc)) {
            Ok(pending) => Ok(pending),
            Err(Job::Fonts(doc)) => Err(Some(doc)),
            Err(_) => Err(None),
        }
    }
}
