//! Icon arrays of 100 people, as vector drawings: the same picture as on screen.
//!
//! Grouped, not scattered (people read scattered arrays as higher risk): affected people fill
//! from the top row, starting on the reading side, exactly as on screen, so a right-to-left
//! page fills from the top right. A range (e.g. 7–23 out of 100) shows the sure part dark and the uncertain part in a
//! lighter tone; the text beside the array always says the numbers in words too.

use std::collections::BTreeMap;

use printpdf::{
    Color, DictItem, ExternalStream, ExternalXObject, Op, Pt, XObjectId, XObjectTransform,
};

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

/// The drawing of one person, one cell wide, as a Form XObject: written once per document
/// and placed 100 times per array, so an array costs about 3 KB of page content instead of
/// 35 KB of curves (the benchmark measured the curves as most of a summary's size and time).
/// It sets no colour, so each placement is painted in the fill colour set before it.
pub fn person_xobject() -> ExternalXObject {
    let mut dict = BTreeMap::new();
    dict.insert("Type".to_owned(), DictItem::Name(b"XObject".to_vec()));
    dict.insert("Subtype".to_owned(), DictItem::Name(b"Form".to_vec()));
    dict.insert(
        "BBox".to_owned(),
        DictItem::Array(vec![
            DictItem::Real(0.0),
            DictItem::Real(0.0),
            DictItem::Real(CELL),
            DictItem::Real(CELL),
        ]),
    );
    ExternalXObject {
        stream: ExternalStream {
            dict,
            content: person_path(),
            compress: true,
        },
        width: None,
        height: None,
        dpi: None,
    }
}

/// The operations drawing one array with its lower-left corner at (`x`, `y`) in page
/// points, placing the `person` drawing in each cell. Row by row from the top, starting on
/// the reading side (the top right in right-to-left), as on screen.
pub fn array(
    x: f32,
    y: f32,
    fill: Fill,
    rtl: bool,
    colors: [Color; 3],
    person: &XObjectId,
) -> Vec<Op> {
    let [sure, maybe, rest] = colors;
    let mut ops = Vec::with_capacity(104);
    for (tone, color) in [(0, sure), (1, maybe), (2, rest)] {
        let range = match tone {
            0 => 0..fill.sure.min(100),
            1 => fill.sure.min(100)..(fill.sure + fill.maybe).min(100),
            _ => (fill.sure + fill.maybe).min(100)..100,
        };
        if range.is_empty() {
            continue;
        }
        ops.push(Op::SetFillColor { col: color });
        for i in range {
            let (row, col) = (i / 10, i % 10);
            let col = if rtl { 9 - col } else { col };
            ops.push(Op::UseXobject {
                id: person.clone(),
                transform: XObjectTransform {
                    translate_x: Some(Pt(round(x + col as f32 * CELL))),
                    translate_y: Some(Pt(round(y + (9 - row) as f32 * CELL))),
                    no_auto_scale: true,
                    ..XObjectTransform::default()
                },
            });
        }
    }
    ops
}

/// Hundredths of a point are far below what a printer shows; shorter numbers make smaller,
/// faster files.
fn round(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// A person in a `CELL`-sized box: a round head over a body with rounded shoulders, as PDF
/// path operators (filled with the current colour).
fn person_path() -> Vec<u8> {
    let c = CELL / 2.0;
    let r = CELL * 0.17;
    let hy = CELL * 0.72;
    let k = r * 0.5523;
    let w = CELL * 0.3;
    let (bottom, top) = (CELL * 0.08, CELL * 0.5);
    let n = |v: f32| format!("{:.2}", v);
    let mut p = String::new();
    // The head: four quarter circles.
    p += &format!("{} {} m\n", n(c + r), n(hy));
    p += &format!(
        "{} {} {} {} {} {} c\n",
        n(c + r),
        n(hy + k),
        n(c + k),
        n(hy + r),
        n(c),
        n(hy + r)
    );
    p += &format!(
        "{} {} {} {} {} {} c\n",
        n(c - k),
        n(hy + r),
        n(c - r),
        n(hy + k),
        n(c - r),
        n(hy)
    );
    p += &format!(
        "{} {} {} {} {} {} c\n",
        n(c - r),
        n(hy - k),
        n(c - k),
        n(hy - r),
        n(c),
        n(hy - r)
    );
    p += &format!(
        "{} {} {} {} {} {} c\nh\n",
        n(c + k),
        n(hy - r),
        n(c + r),
        n(hy - k),
        n(c + r),
        n(hy)
    );
    // The body: straight sides, rounded shoulders.
    p += &format!(
        "{} {} m\n{} {} l\n",
        n(c - w),
        n(bottom),
        n(c + w),
        n(bottom)
    );
    p += &format!("{} {} l\n", n(c + w), n(top - w * 0.6));
    p += &format!(
        "{} {} {} {} {} {} c\n",
        n(c + w),
        n(top),
        n(c + w * 0.4),
        n(top),
        n(c),
        n(top)
    );
    p += &format!(
        "{} {} {} {} {} {} c\n",
        n(c - w * 0.4),
        n(top),
        n(c - w),
        n(top),
        n(c - w),
        n(top - w * 0.6)
    );
    p += "h\nf\n";
    p.into_bytes()
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
    fn an_array_places_every_person_once_filled_from_the_top_reading_corner() {
        let black = crate::page::rgb(0.0, 0.0, 0.0);
        let person = XObjectId::new();
        let fill = Fill {
            sure: 30,
            maybe: 10,
        };
        let places = |rtl: bool| -> Vec<(f32, f32)> {
            array(
                0.0,
                0.0,
                fill,
                rtl,
                [black.clone(), black.clone(), black.clone()],
                &person,
            )
            .iter()
            .filter_map(|op| match op {
                Op::UseXobject { transform, .. } => Some((
                    transform.translate_x.map_or(-1.0, |p| p.0),
                    transform.translate_y.map_or(-1.0, |p| p.0),
                )),
                _ => None,
            })
            .collect()
        };
        let ltr = places(false);
        assert_eq!(ltr.len(), 100, "100 people");
        let mut unique = ltr.clone();
        unique.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        unique.dedup();
        assert_eq!(unique.len(), 100, "each in its own cell");
        // The first person drawn (the first affected one) is in the top row, on the left in
        // left-to-right and on the right in right-to-left.
        assert_eq!(ltr[0], (0.0, 9.0 * CELL));
        assert_eq!(places(true)[0], (9.0 * CELL, 9.0 * CELL));
        // Person 31 (the first "maybe") starts the fourth row from the top.
        assert_eq!(ltr[30], (0.0, 6.0 * CELL));
    }

    #[test]
    fn the_person_drawing_is_a_closed_filled_path_that_sets_no_colour() {
        let path = String::from_utf8(person_path()).unwrap_or_default();
        assert!(path.ends_with("f\n"), "{path}");
        assert!(!path.contains("rg"), "inherits the fill colour");
        assert_eq!(
            path.matches(" c\n").count(),
            6,
            "4 head curves, 2 shoulders"
        );
    }
}
