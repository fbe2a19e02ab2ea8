//! The hip picture on paper: the screen's drawing (`ui/src/components/HipPicture.svelte`),
//! shape for shape, so the patient sees the same picture at home. Six parts carry numbers
//! that match a legend in words; an affected part is drawn hatched, with a thick outline and
//! a filled number, and the legend says "Affected" beside it, so nothing depends on colour.
//! Anatomy is not mirrored in right-to-left languages (a hip is a hip); the legend is.
//!
//! The drawing is one Form XObject whose content uses the SVG's own coordinates (300 × 290,
//! y down) through its `/Matrix`, so the path data below reads like the Svelte file's.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use printpdf::{DictItem, ExternalStream, ExternalXObject};

/// The parts, in legend order (numbers 1–6), as the content names them.
pub const PARTS: [&str; 6] = [
    "bone",
    "cartilage",
    "labrum",
    "tendons-bursa",
    "blood-supply",
    "joint-lining",
];

/// Where each part's number sits, in picture units.
pub const CALLOUT: [(f32, f32); 6] = [
    (182.0, 248.0),
    (78.0, 92.0),
    (44.0, 150.0),
    (262.0, 118.0),
    (150.0, 196.0),
    (212.0, 60.0),
];
/// Radius of a numbered circle, in picture units.
pub const CALLOUT_R: f32 = 11.0;
/// The picture's size in its own units.
pub const VIEW: (f32, f32) = (300.0, 290.0);

type Rgb = (f32, f32, f32);

fn hex(v: u32) -> Rgb {
    let c = |s: u32| ((v >> s) & 0xff) as f32 / 255.0;
    (c(16), c(8), c(0))
}

/// A path in SVG syntax, limited to what the picture uses: M, L, C, l (relative), Z.
fn path(d: &str, out: &mut String) {
    let mut nums: Vec<f32> = Vec::new();
    let mut cmd = ' ';
    let mut cur = (0.0_f32, 0.0_f32);
    let flush = |cmd: char, nums: &mut Vec<f32>, out: &mut String, cur: &mut (f32, f32)| {
        match cmd {
            'M' => {
                for p in nums.chunks_exact(2) {
                    let _ = writeln!(out, "{} {} m", p[0], p[1]);
                    *cur = (p[0], p[1]);
                }
            }
            'L' => {
                for p in nums.chunks_exact(2) {
                    let _ = writeln!(out, "{} {} l", p[0], p[1]);
                    *cur = (p[0], p[1]);
                }
            }
            'l' => {
                for p in nums.chunks_exact(2) {
                    *cur = (cur.0 + p[0], cur.1 + p[1]);
                    let _ = writeln!(out, "{} {} l", cur.0, cur.1);
                }
            }
            'C' => {
                for p in nums.chunks_exact(6) {
                    let _ = writeln!(
                        out,
                        "{} {} {} {} {} {} c",
                        p[0], p[1], p[2], p[3], p[4], p[5]
                    );
                    *cur = (p[4], p[5]);
                }
            }
            'Z' | 'z' => out.push_str("h\n"),
            _ => {}
        }
        nums.clear();
    };
    let spaced: String = d
        .chars()
        .flat_map(|c| {
            if c.is_ascii_alphabetic() {
                vec![' ', c, ' ']
            } else {
                vec![c]
            }
        })
        .collect();
    for token in spaced.split_whitespace() {
        if let Some(c) = token.chars().next().filter(|c| c.is_ascii_alphabetic()) {
            flush(cmd, &mut nums, out, &mut cur);
            cmd = c;
            if matches!(c, 'Z' | 'z') {
                flush(cmd, &mut nums, out, &mut cur);
                cmd = ' ';
            }
        } else if let Ok(v) = token.parse::<f32>() {
            nums.push(v);
        }
    }
    flush(cmd, &mut nums, out, &mut cur);
}

/// An ellipse as four Bézier quarters.
fn ellipse(cx: f32, cy: f32, rx: f32, ry: f32, out: &mut String) {
    let (kx, ky) = (rx * 0.5523, ry * 0.5523);
    let _ = writeln!(out, "{} {} m", cx + rx, cy);
    let _ = writeln!(
        out,
        "{} {} {} {} {} {} c",
        cx + rx,
        cy + ky,
        cx + kx,
        cy + ry,
        cx,
        cy + ry
    );
    let _ = writeln!(
        out,
        "{} {} {} {} {} {} c",
        cx - kx,
        cy + ry,
        cx - rx,
        cy + ky,
        cx - rx,
        cy
    );
    let _ = writeln!(
        out,
        "{} {} {} {} {} {} c",
        cx - rx,
        cy - ky,
        cx - kx,
        cy - ry,
        cx,
        cy - ry
    );
    let _ = writeln!(
        out,
        "{} {} {} {} {} {} c h",
        cx + kx,
        cy - ry,
        cx + rx,
        cy - ky,
        cx + rx,
        cy
    );
}

/// The cartilage cap: SVG's `A46 46 0 0 1 140 96` from (60, 118), as short straight pieces
/// around the arc's centre (found as SVG does, from the end points and the radius).
fn cartilage_arc(out: &mut String) {
    let (x1, y1, x2, y2, r) = (60.0_f32, 118.0_f32, 140.0_f32, 96.0_f32, 46.0_f32);
    let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
    let (dx, dy) = (x2 - x1, y2 - y1);
    let half = (dx * dx + dy * dy).sqrt() / 2.0;
    let h = (r * r - half * half).max(0.0).sqrt();
    // Small arc, sweeping clockwise on screen: the centre lies to the right of the chord.
    let (nx, ny) = (-dy / (2.0 * half), dx / (2.0 * half));
    let (cx, cy) = (mx + nx * h, my + ny * h);
    let a1 = (y1 - cy).atan2(x1 - cx);
    let mut a2 = (y2 - cy).atan2(x2 - cx);
    if a2 < a1 {
        a2 += std::f32::consts::TAU;
    }
    let steps = 24;
    for i in 0..=steps {
        let a = a1 + (a2 - a1) * i as f32 / steps as f32;
        let (x, y) = match i {
            0 => (x1, y1),
            i if i == steps => (x2, y2),
            _ => (cx + r * a.cos(), cy + r * a.sin()),
        };
        let _ = writeln!(out, "{x:.2} {y:.2} {}", if i == 0 { "m" } else { "l" });
    }
}

/// Paints the current path's shape `shape` filled with `fill`, or hatched when affected, then
/// outlined.
fn part(out: &mut String, shape: &str, fill: Rgb, affected: bool, stroke: Rgb, width: f32) {
    let (bg, lines) = (hex(0xf2c9b8), hex(0xa3320f));
    let fill = if affected { bg } else { fill };
    let _ = writeln!(out, "{} {} {} rg", fill.0, fill.1, fill.2);
    out.push_str(shape);
    out.push_str("f\n");
    if affected {
        // The screen's 45° hatch: clip to the shape, draw diagonal lines across it.
        out.push_str("q\n");
        out.push_str(shape);
        out.push_str("W n\n");
        let _ = writeln!(out, "{} {} {} RG 2.2 w", lines.0, lines.1, lines.2);
        let step = 6.0 * std::f32::consts::SQRT_2;
        let mut c = -VIEW.1;
        while c < VIEW.0 {
            let _ = writeln!(out, "{c:.2} 0 m {:.2} {} l S", c + VIEW.1, VIEW.1);
            c += step;
        }
        out.push_str("Q\n");
    }
    let (stroke, width) = if affected {
        (hex(0x7a2408), 3.0)
    } else {
        (stroke, width)
    };
    let _ = writeln!(out, "{} {} {} RG {width} w", stroke.0, stroke.1, stroke.2);
    out.push_str(shape);
    out.push_str("S\n");
}

/// One stroked line (cartilage, blood supply), dashed when affected.
fn line(out: &mut String, shape: &str, color: Rgb, width: f32, dash: Option<(f32, f32)>) {
    let _ = writeln!(out, "{} {} {} RG {width} w", color.0, color.1, color.2);
    match dash {
        Some((on, off)) => {
            let _ = writeln!(out, "[{on} {off}] 0 d");
        }
        None => out.push_str("[] 0 d\n"),
    }
    out.push_str(shape);
    out.push_str("S\n[] 0 d\n");
}

/// The picture's drawing operators, in picture units (y down through the form's matrix).
pub fn content(affects: &[String]) -> Vec<u8> {
    let on = |p: &str| affects.iter().any(|a| a == p);
    let mut out = String::from("1 J 1 j\n");
    let shape = |f: &dyn Fn(&mut String)| {
        let mut s = String::new();
        f(&mut s);
        s
    };
    let grey = hex(0x6b6b6b);
    let bone_line = hex(0x8a8272);
    let bone_fill = hex(0xe9e3d6);
    // Joint lining (capsule) around the joint.
    let lining = shape(&|s| {
        path(
            "M40 70 C70 30 190 30 225 80 L236 170 C210 205 150 215 115 200 L55 170 Z",
            s,
        )
    });
    part(
        &mut out,
        &lining,
        hex(0xf4efe6),
        on("joint-lining"),
        grey,
        1.2,
    );
    // Pelvis with the socket, thigh bone, and the ball.
    let bone = on("bone");
    let pelvis = shape(&|s| {
        path(
            "M0 20 L150 20 C150 50 130 66 104 70 C70 74 44 98 40 128 L0 140 Z",
            s,
        )
    });
    part(&mut out, &pelvis, bone_fill, bone, bone_line, 1.2);
    let femur = shape(&|s| {
        path(
            "M150 160 C140 150 130 140 122 128 L180 104 C196 110 214 110 232 100 C252 108 256 140 244 162 L230 180 L226 290 L168 290 L170 196 Z",
            s,
        )
    });
    part(&mut out, &femur, bone_fill, bone, bone_line, 1.2);
    let ball = shape(&|s| ellipse(104.0, 128.0, 46.0, 46.0, s));
    part(&mut out, &ball, bone_fill, bone, bone_line, 1.2);
    // Cartilage on ball and socket.
    let cap = shape(&|s| cartilage_arc(s));
    if on("cartilage") {
        line(&mut out, &cap, hex(0xa3320f), 9.0, Some((6.0, 3.0)));
    } else {
        line(&mut out, &cap, hex(0x7fa7cf), 6.0, None);
    }
    // Labrum at the rim of the socket.
    let labrum = shape(&|s| path("M44 140 l-10 -8 l8 -14 z M150 66 l12 -2 l-4 14 z", s));
    part(&mut out, &labrum, hex(0xb8a6cf), on("labrum"), grey, 1.2);
    // Blood supply up the neck to the head.
    let vessel = shape(&|s| path("M176 230 C160 200 150 180 120 150", s));
    if on("blood-supply") {
        line(&mut out, &vessel, hex(0xa3320f), 5.0, Some((8.0, 4.0)));
    } else {
        line(&mut out, &vessel, hex(0xc0504d), 3.0, None);
    }
    // Bursa and tendons over the outside of the hip.
    let bursa = shape(&|s| ellipse(250.0, 132.0, 16.0, 26.0, s));
    part(
        &mut out,
        &bursa,
        hex(0xf3e3a6),
        on("tendons-bursa"),
        grey,
        1.2,
    );
    let tendon = shape(&|s| path("M262 40 C270 80 268 110 256 150", s));
    line(&mut out, &tendon, hex(0x8a7a3a), 4.0, None);
    // Number circles: white with a dark ring, filled dark when the part is affected. The
    // numbers themselves are text, set by the page in the locale's digits.
    for (p, (x, y)) in PARTS.iter().zip(CALLOUT) {
        let circle = shape(&|s| ellipse(x, y, CALLOUT_R, CALLOUT_R, s));
        let fill = if on(p) {
            hex(0x1c1c1c)
        } else {
            (1.0, 1.0, 1.0)
        };
        let _ = writeln!(
            out,
            "{} {} {} rg 0.11 0.11 0.11 RG 1.5 w",
            fill.0, fill.1, fill.2
        );
        out.push_str(&circle);
        out.push_str("B\n");
    }
    out.into_bytes()
}

/// The picture as a Form XObject (one per summary: it depends on the condition).
pub fn xobject(affects: &[String]) -> ExternalXObject {
    let mut dict = BTreeMap::new();
    dict.insert("Type".to_owned(), DictItem::Name(b"XObject".to_vec()));
    dict.insert("Subtype".to_owned(), DictItem::Name(b"Form".to_vec()));
    let reals = |v: &[f32]| DictItem::Array(v.iter().map(|x| DictItem::Real(*x)).collect());
    dict.insert("BBox".to_owned(), reals(&[0.0, 0.0, VIEW.0, VIEW.1]));
    // SVG coordinates: y grows downwards.
    dict.insert(
        "Matrix".to_owned(),
        reals(&[1.0, 0.0, 0.0, -1.0, 0.0, VIEW.1]),
    );
    ExternalXObject {
        stream: ExternalStream {
            dict,
            content: content(affects),
            compress: true,
        },
        width: None,
        height: None,
        dpi: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_paths_become_pdf_operators() {
        let mut s = String::new();
        path("M44 140 l-10 -8 l8 -14 z", &mut s);
        assert_eq!(s, "44 140 m\n34 132 l\n42 118 l\nh\n");
        let mut c = String::new();
        path("M262 40 C270 80 268 110 256 150", &mut c);
        assert_eq!(c, "262 40 m\n270 80 268 110 256 150 c\n");
    }

    #[test]
    fn the_cartilage_arc_runs_between_the_svg_end_points() {
        let mut s = String::new();
        cartilage_arc(&mut s);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.first(), Some(&"60.00 118.00 m"));
        assert_eq!(lines.last(), Some(&"140.00 96.00 l"));
    }

    #[test]
    fn an_affected_part_is_hatched_and_others_are_not() {
        let none = String::from_utf8(content(&[])).unwrap();
        let labrum = String::from_utf8(content(&["labrum".to_owned()])).unwrap();
        assert!(!none.contains("W n"), "no clipping for hatches");
        assert_eq!(labrum.matches("W n").count(), 1);
        assert!(labrum.contains("2.2 w"));
    }
}
