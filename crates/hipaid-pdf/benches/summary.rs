//! The summary benchmark the PDF issue asks for: a full take-home summary (the example
//! consultation: three options compared, every answer filled in) for en-US, ar and zh-CN,
//! with fonts loaded once per renderer as the app does. Prints the median and spread of the
//! render time and the file size. A benchmark, not a test: run it with
//! `cargo bench -p hipaid-pdf --bench summary` (release profile) and record the numbers in
//! `docs/benchmarks.md`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use hipaid_core::{Catalog, Consultation};
use hipaid_l10n::Localizer;
use hipaid_pdf::{Paper, Renderer, SummaryRequest};

/// The allocator the app and the `hipaid` tool use, so the benchmark measures what they run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const RUNS: usize = 40;
/// The three (ar and zh-CN arrive with the multilingual issue), the shipped Spanish,
/// the right-to-left pseudo-locale, and a bilingual pair ("es+en-US").
const LOCALES: [&str; 9] = [
    "en-US", "ar", "zh-CN", "zh-TW", "ko", "ur", "es", "ar-XB", "ur+en-US",
];

fn main() {
    let catalog = Catalog::embedded().expect("content");
    let l10n = Localizer::embedded().expect("locales");
    let json = include_str!("../../../tests/fixtures/consultation.json");
    let consultation: Consultation = serde_json::from_str(json).expect("example consultation");
    let locales: Vec<&str> = match std::env::args().nth(1).filter(|a| !a.starts_with('-')) {
        Some(one) => vec![Box::leak(one.into_boxed_str())],
        None => LOCALES.to_vec(),
    };
    println!("locale   median    min       max       pages  size");
    for locale in locales {
        let (main, also) = match locale.split_once('+') {
            Some((a, b)) => (a, Some(b)),
            None => (locale, None),
        };
        if l10n.direction(main).is_err() {
            println!("{locale:<8} (not shipped yet)");
            continue;
        }
        let mut renderer = Renderer::new();
        let mut req = request(&consultation, main);
        req.also = also;
        // The first render parses the fonts; the app pays it once, at its first print.
        let started = Instant::now();
        let first = renderer.render(&catalog, &l10n, &req).expect("render");
        let first_time = started.elapsed();
        let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
        let mut size = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            let r = renderer.render(&catalog, &l10n, &req).expect("render");
            times.push(started.elapsed());
            size = r.bytes.len();
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{locale:<9}{:>6.1} ms {:>6.1} ms {:>6.1} ms {:>5}  {:>4} KB   (first, with font parsing: {:.0} ms)",
            ms(times[RUNS / 2]),
            ms(times[0]),
            ms(times[RUNS - 1]),
            first.pages,
            size / 1024,
            ms(first_time),
        );
    }
}

fn request<'a>(c: &'a Consultation, locale: &'a str) -> SummaryRequest<'a> {
    SummaryRequest {
        locale,
        also: None,
        condition_id: c.condition_id.as_deref().unwrap_or("hip-oa"),
        stage_id: c.stage_id.as_deref(),
        option_ids: &c.compared_options,
        patient_label: c.patient_label.as_deref(),
        clinician_name: c.clinician_name.as_deref(),
        date: (2026, 11, 22),
        paper: Paper::A4,
        answers: Some(c),
        clinic: None,
    }
}
