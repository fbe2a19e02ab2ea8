//! PDF benchmark: renders the hip-OA summary repeatedly per locale and prints the median,
//! minimum and first (cold) render time and the file size. Run in release:
//! `cargo run --release -p hipaid-pdf --example bench [runs]` (results: docs/benchmarks.md).

use std::time::Instant;

use hipaid_core::Catalog;
use hipaid_l10n::Localizer;
use hipaid_pdf::{Paper, Renderer, SummaryRequest};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(30);
    let catalog = Catalog::embedded()?;
    let l10n = Localizer::embedded()?;
    // Fonts are loaded once (per locale) and kept, as the app does.
    let mut renderer = Renderer::new();
    let options = vec![
        "exercise".to_owned(),
        "steroid-injection".to_owned(),
        "prp".to_owned(),
    ];
    println!("locale  pages  size_kb  first_ms  median_ms  min_ms  (runs={runs})");
    for locale in ["en-US", "es", "ar-XB"] {
        let req = SummaryRequest {
            locale,
            condition_id: "hip-oa",
            stage_id: Some("kl-2"),
            option_ids: &options,
            patient_label: Some("Room 4"),
            clinician_name: Some("Dr. Ana Ruiz"),
            date: (2026, 11, 22),
            paper: Paper::A4,
            answers: None,
        };
        let mut times = Vec::with_capacity(runs);
        let mut last = None;
        for _ in 0..runs {
            let start = Instant::now();
            let r = renderer.render(&catalog, &l10n, &req)?;
            times.push(start.elapsed().as_secs_f64() * 1000.0);
            last = Some(r);
        }
        let first = times[0];
        times.sort_by(f64::total_cmp);
        let r = last.ok_or("no run")?;
        println!(
            "{locale:6}  {:5}  {:7.0}  {first:8.1}  {:9.1}  {:6.1}",
            r.pages,
            r.bytes.len() as f64 / 1024.0,
            times[times.len() / 2],
            times[0]
        );
    }
    Ok(())
}
