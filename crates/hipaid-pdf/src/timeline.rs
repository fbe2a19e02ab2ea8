//! The timeline chart on paper, drawn like the screen's: for each option, a bar of when it
//! helps (not yet, helping, a range as a lighter end, not known as a grey "?" band, never
//! guessed) with a mark where it helps most, and a thinner bar for the recovery, on one axis
//! of 0–24 months that runs from the right in right-to-left languages. Words say everything
//! the colours say: the legend, "Not known" in the band, "no effect" in words, and the
//! comparison table's times.

use hipaid_core::{Span, TimeUnit, Timeline};

use crate::layout::Language;
use crate::page::{PageWriter, rgb};
use crate::text::{self, Style};

/// The axis ends at two years, as on screen.
const MAX: f64 = 24.0;
const NAME: f32 = 110.0;
const GAP: f32 = 8.0;
const ROW: f32 = 34.0;
const BAR: f32 = 9.0;

pub struct Chart<'a> {
    pub alt: &'a str,
    pub rows: &'a [(String, Timeline)],
    pub ticks: &'a [(f64, String)],
    pub axis_title: &'a str,
    pub legend: &'a [String; 6],
    pub none: &'a str,
    pub unknown: &'a str,
}

#[derive(Clone, Copy, PartialEq)]
enum Piece {
    Wait,
    Solid,
    Fade,
    Unknown,
}

/// A span in months (low, high); `None` when unknown or "none".
fn months(span: &Span) -> Option<(f64, f64)> {
    match span {
        Span::Range { low, high, unit } => {
            let factor = match unit {
                TimeUnit::Days => 1.0 / 30.44,
                TimeUnit::Weeks => 1.0 / 4.345,
                TimeUnit::Months => 1.0,
                TimeUnit::Years => 12.0,
            };
            Some((low * factor, high * factor))
        }
        _ => None,
    }
}

/// The pieces of the "helps" bar, or `None` for "no effect".
fn help(t: &Timeline) -> Option<Vec<(Piece, f64, f64)>> {
    if matches!(t.onset, Span::None) || matches!(t.lasts, Span::None) {
        return None;
    }
    let Some((on_low, on_high)) = months(&t.onset) else {
        return Some(vec![(Piece::Unknown, 0.0, MAX)]);
    };
    let mut pieces = vec![(Piece::Wait, 0.0, on_low)];
    if on_high > on_low {
        pieces.push((Piece::Fade, on_low, on_high));
    }
    match months(&t.lasts) {
        None => pieces.push((Piece::Unknown, on_high, MAX)),
        Some((low, high)) => {
            pieces.push((Piece::Solid, on_high, on_high.max(low)));
            if high > low {
                pieces.push((Piece::Fade, on_high.max(low), high));
            }
        }
    }
    Some(pieces)
}

fn recovery(span: &Span) -> Option<Vec<(Piece, f64, f64)>> {
    match span {
        Span::None => None,
        Span::Unknown => Some(vec![(Piece::Unknown, 0.0, MAX)]),
        Span::Range { .. } => {
            let (low, high) = months(span).unwrap_or((0.0, 0.0));
            let mut pieces = vec![(Piece::Solid, 0.0, low)];
            if high > low {
                pieces.push((Piece::Fade, low, high));
            }
            Some(pieces)
        }
    }
}

pub fn draw(page: &mut PageWriter<'_>, main: &Language<'_>, chart: &Chart<'_>) {
    let width = page.content_width();
    let chart_w = width - NAME - GAP;
    let at = |m: f64| NAME + GAP + (m.clamp(0.0, MAX) / MAX) as f32 * chart_w;
    let legend_h = 3.0 * 14.0;
    let height = chart.rows.len() as f32 * ROW + 30.0 + legend_h;
    page.ensure(height);
    page.open("Figure", Some(chart.alt.to_owned()));
    let top = 0.0;
    let grid = rgb(0.83, 0.82, 0.8);
    for (m, _) in chart.ticks {
        page.rect(
            at(*m) - 0.3,
            top,
            0.6,
            chart.rows.len() as f32 * ROW,
            grid.clone(),
        );
    }
    let small = Style::body(8.0);
    for (r, (name, timeline)) in chart.rows.iter().enumerate() {
        let y = r as f32 * ROW;
        // The option's name in the first column.
        let para = text::layout(
            page.font_system(),
            name,
            Style::heading(8.5),
            NAME,
            main.family,
            main.rtl,
        );
        page.shift(y);
        page.paragraph_at(&para, 0.0, NAME, rgb(0.1, 0.1, 0.1));
        page.shift(-y);
        let bars = [
            (
                help(timeline),
                y + 4.0,
                BAR,
                (0.05, 0.45, 0.25),
                (0.55, 0.78, 0.62),
            ),
            (
                recovery(&timeline.recovery),
                y + 4.0 + BAR + 4.0,
                BAR - 3.0,
                (0.16, 0.35, 0.65),
                (0.62, 0.72, 0.88),
            ),
        ];
        for (pieces, below, h, solid, fade) in bars {
            let Some(pieces) = pieces else {
                let p = text::layout(
                    page.font_system(),
                    chart.none,
                    small,
                    chart_w,
                    main.family,
                    main.rtl,
                );
                page.shift(below);
                page.paragraph_at(&p, NAME + GAP, chart_w, rgb(0.2, 0.2, 0.2));
                page.shift(-below);
                continue;
            };
            for (kind, from, to) in pieces {
                let (x0, x1) = (at(from), at(to));
                let w = (x1 - x0).max(1.5);
                let color = match kind {
                    Piece::Wait => rgb(0.93, 0.93, 0.93),
                    Piece::Solid => rgb(solid.0, solid.1, solid.2),
                    Piece::Fade => rgb(fade.0, fade.1, fade.2),
                    Piece::Unknown => rgb(0.78, 0.78, 0.78),
                };
                page.rect(x0, below, w, h, color);
                if kind == Piece::Unknown {
                    let label = format!("? {}", chart.unknown);
                    let p = text::layout(
                        page.font_system(),
                        &label,
                        Style::body(h.min(7.0)),
                        w,
                        main.family,
                        main.rtl,
                    );
                    page.shift(below - 1.5);
                    page.paragraph_at(&p, x0 + 2.0, w - 4.0, rgb(0.15, 0.15, 0.15));
                    page.shift(-(below - 1.5));
                }
            }
        }
        if let Some((low, high)) = months(&timeline.peak).filter(|_| help(timeline).is_some()) {
            page.rect(
                at((low + high) / 2.0) - 1.2,
                y + 2.0,
                2.4,
                BAR + 4.0,
                rgb(0.1, 0.1, 0.1),
            );
        }
    }
    // The axis, its month labels and its title.
    let axis = chart.rows.len() as f32 * ROW;
    page.rect(NAME + GAP, axis, chart_w, 1.0, rgb(0.27, 0.27, 0.27));
    for (m, label) in chart.ticks {
        let p = text::layout(
            page.font_system(),
            label,
            small,
            24.0,
            main.family,
            main.rtl,
        );
        page.shift(axis + 3.0);
        page.paragraph_at(&p, at(*m) - 2.0, 24.0, rgb(0.2, 0.2, 0.2));
        page.shift(-(axis + 3.0));
    }
    let title = text::layout(
        page.font_system(),
        chart.axis_title,
        small,
        chart_w,
        main.family,
        main.rtl,
    );
    page.shift(axis + 14.0);
    page.paragraph_at(&title, NAME + GAP, chart_w, rgb(0.2, 0.2, 0.2));
    page.shift(-(axis + 14.0));
    page.close();
    page.advance(axis + 28.0);
    // The legend, in words beside each swatch: three to a line.
    let swatches = [
        (0.93, 0.93, 0.93),
        (0.05, 0.45, 0.25),
        (0.55, 0.78, 0.62),
        (0.1, 0.1, 0.1),
        (0.16, 0.35, 0.65),
        (0.78, 0.78, 0.78),
    ];
    let cell = width / 3.0;
    for line in 0..2 {
        // A long label wraps; the next line of the legend starts below the tallest.
        let mut tallest: f32 = 10.0;
        for k in 0..3 {
            let i = line * 3 + k;
            let x = k as f32 * cell;
            let c = swatches[i];
            page.rect(x, 2.0, 10.0, 7.0, rgb(c.0, c.1, c.2));
            let p = text::layout(
                page.font_system(),
                &chart.legend[i],
                small,
                cell - 16.0,
                main.family,
                main.rtl,
            );
            tallest = tallest.max(p.lines.len() as f32 * p.line_height);
            page.open("P", None);
            page.paragraph_at(&p, x + 14.0, cell - 16.0, rgb(0.2, 0.2, 0.2));
            page.close();
        }
        page.advance(tallest + 3.0);
    }
}
