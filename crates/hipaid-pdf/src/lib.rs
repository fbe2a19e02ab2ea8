//! HipAid's take-home summary as a PDF: content + localizer + a request in, PDF bytes out.
//!
//! A plain library (no Tauri) so the app, the `hipaid` tool, tests and benchmarks render the
//! same way. The pipeline, measured in `../shared/design/pdf-and-l10n-notes.md`:
//! Fluent messages → `text` (cosmic-text: shaping, bidi, line breaking, bundled Noto fonts
//! only) → `page` (our page flow, as printpdf operations with glyph ids and offsets) →
//! `serialize` (printpdf writes the document and subsets the fonts; each text run's `TJ` is
//! encoded there, checked against printpdf's own numbering) → `post` (lopdf: the structure
//! tree, `/Lang`, reading direction, PDF 1.7, deflate).
//!
//! `answers.rs` prints the consultation's own answers (what matters, questions, SURE,
//! decision) when the request carries them, as `hipaid summary` does; the clinic settings
//! add the header (logo, name, contact) and the clinic's own cost notes.

mod answers;
pub mod file;
mod fonts;
mod from_consultation;
mod helper;
mod hip;
mod icons;
mod layout;
mod page;
mod post;
mod prepared;
mod serialize;
mod summary;
mod text;
mod timeline;
mod write;

use std::collections::HashMap;

use hipaid_core::Catalog;
use hipaid_l10n::{Direction, Localizer};
use printpdf::PdfDocument;
use unic_langid::LanguageIdentifier;

pub use from_consultation::visit_day;
pub use page::Paper;

/// What to print.
#[derive(Debug, Clone)]
pub struct SummaryRequest<'a> {
    /// The patient's language.
    pub locale: &'a str,
    /// The clinician's language, printed under each paragraph (bilingual mode), if any.
    pub also: Option<&'a str>,
    pub condition_id: &'a str,
    pub stage_id: Option<&'a str>,
    /// The options discussed; empty means every option that applies.
    pub option_ids: &'a [String],
    pub patient_label: Option<&'a str>,
    pub clinician_name: Option<&'a str>,
    /// The consultation date (year, month, day).
    pub date: (i32, u8, u8),
    pub paper: Paper,
    /// The consultation's answers (what matters, questions, SURE, decision), if printed from
    /// a consultation.
    pub answers: Option<&'a hipaid_core::Consultation>,
    /// The clinic's name, contact, logo and local cost notes, if it set them.
    pub clinic: Option<&'a hipaid_core::ClinicSettings>,
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("bad request: {0}")]
    Input(String),
    #[error("cannot format a date: {0}")]
    Date(String),
    #[error("PDF post-processing failed: {0}")]
    Post(String),
    #[error("no condition was chosen in this consultation, so there is nothing to print")]
    NoCondition,
}

/// A rendered summary and what went wrong on the way without stopping it.
#[derive(Debug)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Message ids missing in every locale (shown as `[id]`), font problems.
    pub warnings: Vec<String>,
}

/// Renders summaries, keeping the font systems and the faces parsed for the PDF between
/// documents (parsing fonts is most of the cost of a first summary).
#[derive(Default)]
pub struct Renderer {
    systems: HashMap<String, Fonts>,
    parsed: page::ParsedFonts,
    /// The clinic whose header and cost notes summaries of a consultation carry.
    clinic: Option<hipaid_core::ClinicSettings>,
    /// Shape on this thread only (no helper thread).
    one_thread: bool,
    /// Let printpdf encode every glyph itself (to compare with; see [`serialize`]).
    text_by_printpdf: bool,
    last: RenderStats,
}

/// A locale's font system, and the helper thread that shapes half of each summary's
/// paragraphs with its own and deflates half of its streams ([`helper`]); no helper on a
/// single core or when asked.
struct Fonts {
    fs: cosmic_text::FontSystem,
    widths: page::GlyphWidths,
    helper: Option<helper::Helper>,
    /// This thread's compressor, reset between streams.
    deflater: post::Deflater,
}

impl Fonts {
    fn new(locale: &str, one_thread: bool) -> Fonts {
        let fs = fonts::font_system(locale);
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let helper = if one_thread || cores < 2 {
            None
        } else {
            helper::Helper::start(locale, &fs)
        };
        Fonts {
            fs,
            widths: page::GlyphWidths::new(),
            helper,
            deflater: post::Deflater::new(),
        }
    }
}

/// How the last summary was made: its work shared between two threads, its glyphs encoded
/// (for tests of both).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RenderStats {
    /// Paragraphs shaped ahead, on two threads.
    pub ahead: usize,
    /// Paragraphs the page flow shaped itself because they were not listed ahead.
    pub late: usize,
    /// Paragraphs shaped ahead that the page flow never asked for.
    pub unused: usize,
    /// Whether the text runs' glyphs were encoded by [`serialize`] (with the codes printpdf
    /// gave them, as checked there) rather than by printpdf, glyph by glyph.
    pub glyphs_encoded_here: bool,
}

impl Renderer {
    pub fn new() -> Renderer {
        Renderer::default()
    }

    /// A renderer that shapes on the calling thread only: for one-off summaries, where
    /// starting a helper costs more than it saves, and to compare with the two-thread path.
    pub fn single_threaded() -> Renderer {
        Renderer {
            one_thread: true,
            ..Renderer::default()
        }
    }

    /// How the last summary was made.
    pub fn stats(&self) -> RenderStats {
        self.last
    }

    /// From now on, lets printpdf encode every glyph of the text itself, as it does without
    /// [`serialize`]'s faster path: slower, and what that path is checked against.
    pub fn text_by_printpdf(&mut self, yes: bool) {
        self.text_by_printpdf = yes;
    }

    /// Prints summaries of consultations for this clinic (its settings: header, logo, cost
    /// notes) from now on; `None` prints without a clinic header.
    pub fn set_clinic(&mut self, clinic: Option<hipaid_core::ClinicSettings>) {
        self.clinic = clinic;
    }

    pub fn render(
        &mut self,
        catalog: &Catalog,
        l10n: &Localizer,
        req: &SummaryRequest<'_>,
    ) -> Result<Rendered, PdfError> {
        let fonts = self
            .systems
            .entry(req.locale.to_owned())
            .or_insert_with(|| Fonts::new(req.locale, self.one_thread));
        // Shaped words are cached within one document (a summary repeats "out of", "people"
        // and its option names many times) but not kept between documents, so every
        // summary, and the benchmark, pays for its own shaping.
        fonts.fs.shape_run_cache = cosmic_text::ShapeRunCache::default();
        let (rendered, stats) = render_with(
            fonts,
            &mut self.parsed,
            catalog,
            l10n,
            req,
            self.text_by_printpdf,
        )?;
        self.last = stats;
        Ok(rendered)
    }
}

/// Renders one summary with fresh fonts (a convenience; use a [`Renderer`] for many).
pub fn render(
    catalog: &Catalog,
    l10n: &Localizer,
    req: &SummaryRequest<'_>,
) -> Result<Rendered, PdfError> {
    Renderer::single_threaded().render(catalog, l10n, req)
}

fn render_with(
    fonts: &mut Fonts,
    parsed: &mut page::ParsedFonts,
    catalog: &Catalog,
    l10n: &Localizer,
    req: &SummaryRequest<'_>,
    text_by_printpdf: bool,
) -> Result<(Rendered, RenderStats), PdfError> {
    let rtl = l10n
        .direction(req.locale)
        .map_err(|e| PdfError::Input(e.to_string()))?
        == Direction::Rtl;
    let title = l10n
        .format(req.locale, "summary-title", None)
        .map(|f| f.text)
        .unwrap_or_else(|_| "HipAid".to_owned());
    let mut doc = PdfDocument::new(&strip_controls(&title));
    doc.metadata.info.creator = format!(
        "HipAid {} (content {})",
        env!("CARGO_PKG_VERSION"),
        catalog.document().content_version
    );
    doc.metadata.info.producer = "HipAid (printpdf, cosmic-text)".to_owned();
    doc.metadata.info.subject = catalog.document().content_version.clone();
    let (y, m, d) = req.date;
    if let Ok(date) = printpdf::parse_pdf_date(&format!("D:{y:04}{m:02}{d:02}000000Z")) {
        doc.metadata.info.creation_date = date;
        doc.metadata.info.modification_date = date;
    }
    // What to say, once per language; then where it goes on the pages.
    let mut w = summary::Writer::new(l10n, req.locale);
    summary::write(&mut w, catalog, req)?;
    let mut missing = std::mem::take(&mut w.missing);
    let also = match req.also.filter(|b| *b != req.locale) {
        Some(b) => {
            let b_rtl = l10n
                .direction(b)
                .map_err(|e| PdfError::Input(e.to_string()))?
                == Direction::Rtl;
            let mut wb = summary::Writer::new(l10n, b);
            summary::write(&mut wb, catalog, req)?;
            missing.append(&mut wb.missing);
            Some((wb.blocks, b, b_rtl))
        }
        None => None,
    };
    let main = layout::Language {
        blocks: &w.blocks,
        family: fonts::primary_family(req.locale),
        rtl,
        lang: req.locale,
    };
    let second = also.as_ref().map(|(blocks, b, b_rtl)| layout::Language {
        blocks,
        family: fonts::primary_family(b),
        rtl: *b_rtl,
        lang: b,
    });
    let width = req.paper.size().0 - 2.0 * page::MARGIN;
    let prepared = prepared::Prepared::shape(
        &mut fonts.fs,
        fonts.helper.as_ref(),
        layout::requests(width, &main, second.as_ref()),
    );
    let mut page = page::PageWriter::new(
        doc,
        &mut fonts.fs,
        parsed,
        &mut fonts.widths,
        req.paper,
        rtl,
    );
    let ahead = prepared.listed();
    page.prepared = prepared;
    let shape_warning = layout::draw(&mut page, &main, second.as_ref());
    let mut stats = RenderStats {
        ahead,
        late: page.shaped_late,
        unused: page.prepared.unused(),
        glyphs_encoded_here: false,
    };
    let family = fonts::primary_family(req.locale);
    let (doc, mut warnings, structure) = page.finish(|fs, n, total| {
        let mut args = hipaid_l10n::FluentArgs::new();
        args.set("page", n);
        args.set("pages", total);
        let text = match l10n.format(req.locale, "summary-page", Some(&args)) {
            Ok(f) => f.text,
            Err(_) => format!("{n} / {total}"),
        };
        text::layout(fs, &text, text::Style::body(9.0), width, family, rtl)
    });
    missing.sort();
    missing.dedup();
    warnings.extend(shape_warning);
    warnings.sort();
    warnings.dedup();
    warnings.extend(
        missing
            .into_iter()
            .map(|id| format!("missing message `{id}`")),
    );
    let pages = doc.pages.len();
    let (lo, encoded_here) = serialize::to_lopdf(
        doc,
        text_by_printpdf,
        fonts.helper.as_ref(),
        &mut fonts.deflater,
    )?;
    stats.glyphs_encoded_here = encoded_here;
    let bytes = post::finish(
        lo,
        req.locale,
        rtl,
        &structure,
        fonts.helper.as_ref(),
        &mut fonts.deflater,
    )?;
    Ok((
        Rendered {
            bytes,
            pages,
            warnings,
        },
        stats,
    ))
}

pub(crate) fn strip_controls(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        .collect()
}

fn lang(locale: &str) -> Result<LanguageIdentifier, PdfError> {
    locale
        .parse()
        .map_err(|_| PdfError::Input(format!("bad locale `{locale}`")))
}

fn date_text(locale: &str, (y, m, d): (i32, u8, u8)) -> Result<String, PdfError> {
    hipaid_l10n::format::date(&lang(locale)?, y, m, d).map_err(PdfError::Date)
}

/// An ISO `YYYY-MM-DD` date in the locale's words.
fn iso_date_text(locale: &str, iso: &str) -> Result<String, PdfError> {
    let mut parts = iso.split('-').map(str::parse::<i32>);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) => {
            let (m, d) = (u8::try_from(m).unwrap_or(0), u8::try_from(d).unwrap_or(0));
            hipaid_l10n::format::date(&lang(locale)?, y, m, d).map_err(PdfError::Date)
        }
        _ => Err(PdfError::Date(format!("`{iso}` is not YYYY-MM-DD"))),
    }
}
