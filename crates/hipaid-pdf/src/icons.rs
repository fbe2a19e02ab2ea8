//! Icon arrays of 100 people, as vector drawings: the same picture as on screen.
//!
//! Grouped, not scattered (people read scattered arrays as higher risk): affected people fill
//! from the bottom row, starting on the reading side, so a right-to-left page fills from the
//! right. A range (e.g. 7–23 out of 100) shows the sure part dark and the uncertain part in a
//! lighter tone; the text beside the array always says the numbers in words too.

use printpdf::{Color, LinePoint, Op, PaintMode, Point, Polygon, PolygonRing, Pt, WindingOrder};

/// Size of one icon cell in points.
pub const CELL: f32 = 9.0;
/// Side of the whole 10 × 10 array.
pub const SIDE: f32 = CELL * 10.0;

/// How many icons are drawn in each tone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fill {
    pub sure: usize,
    pub maybe: usize,
}

impl Fill {
    /// People per 100 (`low`–`high`) as whole icons: rounded, at least one icon for a
    /// non-zero number so a rare harm is never drawn as nothing.
    pub fn per_100(low: f64, high: f64) -> Fill {
        let icons = |v: f64| {
            let v = v.clamp(0.0, 100.0);
            if v > 0.0 && v < 0.5 {
                1
            } else {
                v.round() as usize
            }
        };
        let sure = icons(low);
        let maybe = icons(high).saturating_sub(sure);
        Fill { sure, maybe }
    }
}

/// The operations drawing one array with its lower-left corner at (`x`, `y`) in page points.
pub fn array(x: f32, y: f32, fill: Fill, rtl: bool, colors: [Color; 3]) -> Vec<Op> {
    let [sure, maybe, rest] = colors;
    let mut ops = Vec::new();
    for (tone, color) in [(0, sure), (1, maybe), (2, rest)] {
        let mut rings = Vec::new();
        for i in 0..100 {
            let t = if i < fill.sure {
                0
            } else if i < fill.sure + fill.maybe {
                1
            } else {
                2
            };
            if t != tone {
                continue;
            }
            let (row, col) = (i / 10, i % 10);
            let col = if rtl { 9 - col } else { col };
            let cx = x + col as f32 * CELL + CELL / 2.0;
            let base = y + row as f32 * CELL;
            rings.extend(person(cx, base));
        }
        if rings.is_empty() {
            continue;
        }
        ops.push(Op::SetFillColor { col: color });
        ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings,
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }
    ops
}

fn pt(x: f32, y: f32, bezier: bool) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier,
    }
}

/// A person: a round head over a body with rounded shoulders, centred at `cx`, standing on
/// `base` (one cell high).
fn person(cx: f32, base: f32) -> [PolygonRing; 2] {
    let r = CELL * 0.17;
    let hy = base + CELL * 0.72;
    let k = r * 0.5523;
    let head = PolygonRing {
        points: vec![
            pt(cx + r, hy, false),
            pt(cx + r, hy + k, true),
            pt(cx + k, hy + r, true),
            pt(cx, hy + r, false),
            pt(cx - k, hy + r, true),
            pt(cx - r, hy + k, true),
            pt(cx - r, hy, false),
            pt(cx - r, hy - k, true),
            pt(cx - k, hy - r, true),
            pt(cx, hy - r, false),
            pt(cx + k, hy - r, true),
            pt(cx + r, hy - k, true),
            pt(cx + r, hy, false),
        ],
    };
    let w = CELL * 0.3;
    let (bottom, top) = (base + CELL * 0.08, base + CELL * 0.5);
    let body = PolygonRing {
        points: vec![
            pt(cx - w, bottom, false),
            pt(cx + w, bottom, false),
            pt(cx + w, top - w * 0.6, false),
            pt(cx + w, top, true),
            pt(cx + w * 0.4, top, true),
            pt(cx, top, false),
            pt(cx - w * 0.4, top, true),
            pt(cx - w, top, true),
            pt(cx - w, top - w * 0.6, false),
            pt(cx - w, bottom, false),
        ],
    };
    [head, body]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_round_and_never_hide_a_rare_event() {
        assert_eq!(Fill::per_100(68.0, 68.0), Fill { sure: 68, maybe: 0 });
        assert_eq!(Fill::per_100(7.0, 23.0), Fill { sure: 7, maybe: 16 });
        assert_eq!(Fill::per_100(0.08, 0.09), Fill { sure: 1, maybe: 0 });
        assert_eq!(Fill::per_100(0.0, 0.0), Fill { sure: 0, maybe: 0 });
        assert_eq!(
            Fill::per_100(150.0, 150.0),
            Fill {
                sure: 100,
                maybe: 0
            }
        );
    }

    #[test]
    fn an_array_draws_every_person_once() {
        let black = crate::page::rgb(0.0, 0.0, 0.0);
        let ops = array(
            0.0,
            0.0,
            Fill {
                sure: 30,
                maybe: 10,
            },
            false,
            [black.clone(), black.clone(), black],
        );
        let rings: usize = ops
            .iter()
            .map(|op| match op {
                Op::DrawPolygon { polygon } => polygon.rings.len(),
                _ => 0,
            })
            .sum();
        assert_eq!(rings, 200, "100 people, head and body each");
    }
}
