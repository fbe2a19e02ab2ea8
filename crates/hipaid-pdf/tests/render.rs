//! Renders real summaries from the shipped content and checks them as a reader and a
//! viewer would: a valid PDF 1.7 with the document language, every page numbered in the
//! locale's words, the numbers from the content present as text, Arabic shaped and laid out
//! right to left. PDFs are written to `target/summaries/` so a person can look at them
//! (`pdftoppm -png -r 60 target/summaries/hip-oa-ar-XB.pdf`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

use hipaid_core::Catalog;
use hipaid_l10n::Localizer;
use hipaid_pdf::{Paper, SummaryRequest, render};

fn out_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/summaries");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn summary(locale: &str, paper: Paper) -> (Vec<u8>, usize, Vec<String>) {
    summary_named(locale, paper, &format!("hip-oa-{locale}"))
}

/// Renders and writes `<name>.pdf`; tests running at the same time use different names.
fn summary_named(locale: &str, paper: Paper, name: &str) -> (Vec<u8>, usize, Vec<String>) {
    let catalog = Catalog::embedded().unwrap();
    let l10n = Localizer::embedded().unwrap();
    let options = vec![
        "exercise".to_owned(),
        "steroid-injection".to_owned(),
        "prp".to_owned(),
    ];
    let req = SummaryRequest {
        locale,
        also: None,
        condition_id: "hip-oa",
        stage_id: Some("kl-2"),
        option_ids: &options,
        patient_label: Some("Room 4"),
        clinician_name: Some("Dr. Ana Ruiz"),
        date: (2026, 11, 22),
        paper,
        answers: None,
        clinic: None,
    };
    let r = render(&catalog, &l10n, &req).unwrap();
    std::fs::write(out_dir().join(format!("{name}.pdf")), &r.bytes).unwrap();
    (r.bytes, r.pages, r.warnings)
}

/// The example consultation (`tests/fixtures/consultation.json`): three options compared,
/// every answer filled in.
fn example_consultation() -> hipaid_core::Consultation {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/consultation.json"),
    )
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Text as poppler extracts it (poppler-utils is installed by the test command).
fn pdftotext(locale: &str) -> String {
    let path = out_dir().join(format!("hip-oa-{locale}.pdf"));
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn an_english_summary_is_a_valid_tagged_language_pdf_with_the_content_numbers() {
    let (bytes, pages, warnings) = summary("en-US", Paper::Letter);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(bytes.starts_with(b"%PDF-1.7"), "PDF 1.7 header");
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert_eq!(doc.get_pages().len(), pages);
    assert!(pages >= 2, "{pages} pages");
    let catalog = doc.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"en-US");
    let info = Command::new("pdfinfo")
        .arg(out_dir().join("hip-oa-en-US.pdf"))
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.contains("Title:           Your hip treatment summary"),
        "{info}"
    );
    assert!(info.contains("Creator:         HipAid"), "{info}");
    assert!(
        info.contains("2026"),
        "the creation date is the consultation date: {info}"
    );
    let text = pdftotext("en-US");
    for expected in [
        "Your hip treatment summary",
        "Hip osteoarthritis",
        "68 out of 100 people",
        "24 out of 100 people",
        "Room 4",
        "November 22, 2026",
        &format!("Page 1 of {pages}"),
        "doi:10.1002/art.22739",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
    }
    assert!(
        bytes.len() < 400_000,
        "fonts are subset: {} bytes",
        bytes.len()
    );
}

#[test]
fn a_spanish_summary_uses_spanish_words_and_numbers() {
    let (_, pages, _) = summary("es", Paper::A4);
    let text = pdftotext("es");
    assert!(
        text.contains("Resumen de su tratamiento de cadera"),
        "{text}"
    );
    assert!(text.contains(&format!("Página 1 de {pages}")), "{text}");
    assert!(text.contains("22 de noviembre de 2026"), "{text}");
}

#[test]
fn a_right_to_left_summary_is_mirrored_and_declared_right_to_left() {
    let (bytes, _, warnings) = summary("ar-XB", Paper::A4);
    assert_eq!(real_problems(&warnings), Vec::<&String>::new());
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let catalog = doc.catalog().unwrap();
    let prefs = catalog
        .get(b"ViewerPreferences")
        .unwrap()
        .as_dict()
        .unwrap();
    assert_eq!(prefs.get(b"Direction").unwrap().as_name().unwrap(), b"R2L");
    // Lines end at the right margin: pdftotext -layout puts most text in the right half.
    let text = pdftotext("ar-XB");
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.trim().chars().count() > 10)
        .collect();
    let right_aligned = lines
        .iter()
        .filter(|l| l.len() - l.trim_start().len() > 2)
        .count();
    assert!(
        right_aligned * 2 > lines.len(),
        "most lines start indented (right-aligned):\n{text}"
    );
}

#[test]
fn a_summary_from_a_consultation_prints_what_the_patient_said_and_decided() {
    let catalog = Catalog::embedded().unwrap();
    let l10n = Localizer::embedded().unwrap();
    let consultation = example_consultation();
    let req = SummaryRequest {
        locale: "en-US",
        also: None,
        condition_id: "hip-oa",
        stage_id: Some("kl-2"),
        option_ids: &consultation.compared_options,
        patient_label: consultation.patient_label.as_deref(),
        clinician_name: consultation.clinician_name.as_deref(),
        date: (2026, 11, 22),
        paper: Paper::A4,
        answers: Some(&consultation),
        clinic: None,
    };
    let r = render(&catalog, &l10n, &req).unwrap();
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let path = out_dir().join("hip-oa-answers-en-US.pdf");
    std::fs::write(&path, &r.bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "Avoiding an operation: Very important",
        "A low cost to me: Very important",
        "I look after my grandchildren",
        "What will it cost me, and will insurance pay?",
        "Can I still garden after an injection?",
        "3 of 4 answers were yes.",
        "Look again at what matters to you",
        "Leaning towards Exercise and physiotherapy",
        "See a physiotherapist",
        "Follow-up: January 10, 2027",
    ] {
        assert!(
            text.contains(expected),
            "`{expected}` is on the summary: {text}"
        );
    }
}

/// The patient's own words in many scripts: Vietnamese with stacked accents, a name with
/// combining marks, Arabic, Chinese (Simplified and Traditional), Korean, Cyrillic and emoji.
const NAMES: [&str; 8] = [
    "Nguyễn Thị Ánh",
    "Zoë Ångström-Ŝ\u{0301}",
    "فاطمة الزهراء",
    "王秀英",
    "陳淑芬",
    "김민준",
    "Олександра",
    "👵🏽 🚶",
];

#[test]
fn free_text_in_every_script_prints_with_embedded_subset_fonts_and_no_missing_glyphs() {
    let catalog = Catalog::embedded().unwrap();
    let l10n = Localizer::embedded().unwrap();
    let mut consultation = example_consultation();
    consultation.priorities_note = Some(NAMES.join(" · "));
    consultation.own_questions = Some(format!("{}？ 我可以继续散步吗？ 걸어도 되나요?", NAMES[3]));
    let label = NAMES.join(" ");
    for locale in ["en-US", "es", "ar-XB", "en-XA"] {
        let req = SummaryRequest {
            locale,
            also: None,
            condition_id: "hip-oa",
            stage_id: Some("kl-2"),
            option_ids: &consultation.compared_options,
            patient_label: Some(&label),
            clinician_name: Some("Dr. Đặng Văn Lâm"),
            date: (2026, 11, 22),
            paper: Paper::A4,
            answers: Some(&consultation),
            clinic: None,
        };
        let r = render(&catalog, &l10n, &req).unwrap();
        assert_eq!(
            real_problems(&r.warnings),
            Vec::<&String>::new(),
            "{locale}"
        );
        let path = out_dir().join(format!("free-text-{locale}.pdf"));
        std::fs::write(&path, &r.bytes).unwrap();

        let out = Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        for name in NAMES.iter().chain(&["Đặng Văn Lâm", "걸어도 되나요?"]) {
            // Extraction may split a line differently; compare each word.
            for word in name.split_whitespace() {
                // Punctuation at the end of a line moves in right-to-left paragraphs.
                let plain: String = word
                    .trim_matches(|c: char| c.is_ascii_punctuation())
                    .chars()
                    .filter(|c| !c.is_control())
                    .collect();
                assert!(
                    text.contains(&plain) || text.contains(&reversed(&plain)),
                    "{locale}: `{plain}` (from `{name}`) is on the page"
                );
            }
        }
        // (pdftotext itself marks right-to-left runs with U+202B and U+202C.)
        for control in [
            '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200F}', '\u{200E}',
        ] {
            assert!(
                !text.contains(control),
                "{locale}: no bidi control on the page"
            );
        }

        // Every font is embedded and subset (pdffonts: the "emb" and "sub" columns).
        let fonts = Command::new("pdffonts").arg(&path).output().unwrap();
        let fonts = String::from_utf8_lossy(&fonts.stdout).into_owned();
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(rows.len() >= 4, "{locale}: several fonts\n{fonts}");
        for row in &rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let (emb, sub) = (cols[cols.len() - 5], cols[cols.len() - 4]);
            assert_eq!((emb, sub), ("yes", "yes"), "{locale}: {row}");
        }
        for family in [
            "NotoSansCJKsc",
            "NotoSansCJKkr",
            "NotoEmoji",
            "NotoSansArabic",
        ] {
            assert!(fonts.contains(family), "{locale}: {family} used\n{fonts}");
        }

        // qpdf finds nothing wrong with the file's structure.
        let check = Command::new("qpdf")
            .arg("--check")
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "{locale}: qpdf --check\n{}",
            String::from_utf8_lossy(&check.stdout)
        );
    }
}

/// Warnings other than the two characters of the `ar-XB` pseudo-locale's flipped alphabet
/// (U+15E1 ᗡ, U+2183 Ↄ) that no Noto font has. The pseudo-locale is a test tool that
/// clinics never see; any other missing glyph is a real problem.
fn real_problems(warnings: &[String]) -> Vec<&String> {
    warnings
        .iter()
        .filter(|w| !(w.contains("(U+15E1)") || w.contains("(U+2183)")))
        .collect()
}

/// pdftotext writes right-to-left words in visual order in some versions.
fn reversed(s: &str) -> String {
    s.chars().rev().collect()
}

/// The structure tree as (type, alt text) in reading order.
fn structure(bytes: &[u8]) -> Vec<(String, Option<String>)> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let root = doc
        .catalog()
        .unwrap()
        .get(b"StructTreeRoot")
        .unwrap()
        .as_reference()
        .unwrap();
    let root = doc.get_dictionary(root).unwrap();
    let document = doc
        .get_dictionary(root.get(b"K").unwrap().as_reference().unwrap())
        .unwrap();
    assert_eq!(document.get(b"S").unwrap().as_name().unwrap(), b"Document");
    document
        .get(b"K")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|kid| {
            let e = doc.get_dictionary(kid.as_reference().unwrap()).unwrap();
            let tag = String::from_utf8_lossy(e.get(b"S").unwrap().as_name().unwrap()).into_owned();
            let alt = e.get(b"Alt").ok().map(|a| {
                let raw = a.as_str().unwrap();
                let units: Vec<u16> = raw[2..]
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], c[1]]))
                    .collect();
                String::from_utf16(&units).unwrap()
            });
            (tag, alt)
        })
        .collect()
}

#[test]
fn the_summary_is_tagged_with_headings_paragraphs_and_figures_that_have_text_alternatives() {
    for locale in ["en-US", "ar-XB"] {
        // Its own file: other tests write and read hip-oa-<locale>.pdf at the same time.
        let (bytes, _, _) = summary_named(locale, Paper::A4, &format!("tagged-{locale}"));
        let path = out_dir().join(format!("tagged-{locale}.pdf"));
        let info = Command::new("pdfinfo").arg(&path).output().unwrap();
        assert!(
            String::from_utf8_lossy(&info.stdout).contains("Tagged:          yes"),
            "{locale}: pdfinfo says tagged"
        );
        let tree = structure(&bytes);
        assert_eq!(tree[0].0, "H1", "{locale}: the title comes first");
        let count = |t: &str| tree.iter().filter(|(tag, _)| tag == t).count();
        assert!(count("H2") >= 4, "{locale}: {tree:?}");
        assert!(count("H3") >= 3, "{locale}");
        assert_eq!(count("Table"), 1, "{locale}: the comparison table");
        assert!(count("P") >= 30, "{locale}");
        // Every icon array is a figure whose alternative says the number in words.
        let figures: Vec<&Option<String>> = tree
            .iter()
            .filter(|(tag, _)| tag == "Figure")
            .map(|(_, alt)| alt)
            .collect();
        assert!(figures.len() >= 6, "{locale}: {} figures", figures.len());
        // The hip picture's alternative names the affected parts instead.
        let hip = l10n_text(locale, "hip-picture-alt", Some(("parts", "")));
        let hip = hip.trim_end_matches(['\u{2068}', '\u{2069}']);
        let prefix = hip.split('\u{2068}').next().unwrap_or(hip).to_owned();
        assert!(
            figures
                .iter()
                .any(|a| a.as_deref().is_some_and(|a| a.starts_with(&prefix))),
            "{locale}: the hip picture is a figure: {figures:?}"
        );
        for alt in figures
            .iter()
            .filter(|a| !a.as_deref().unwrap_or_default().starts_with(&prefix))
        {
            let alt = alt.as_deref().unwrap_or_default();
            assert!(alt.chars().any(|c| c.is_ascii_digit()), "{locale}: `{alt}`");
        }
        if locale == "en-US" {
            let alts: Vec<&str> = figures
                .iter()
                .map(|a| a.as_deref().unwrap_or_default())
                .collect();
            assert!(
                alts.contains(
                    &"68 out of 100 people: have clearly less pain (at least a fifth less)"
                ),
                "{alts:?}"
            );
            assert!(
                alts.iter()
                    .any(|a| a.starts_with("Compared with a dummy shot")
                        && a.ends_with(": 24 out of 100 people")),
                "the comparison group's array says whose it is: {alts:?}"
            );
            assert!(
                alts.contains(&"Chart of when 3 choices help, for how long, and the recovery time. The table below gives the same times in words."),
                "the timeline is a figure with its summary: {alts:?}"
            );
        }
    }
}

fn bilingual(locale: &str, also: &str) -> (Vec<u8>, String) {
    let catalog = Catalog::embedded().unwrap();
    let l10n = Localizer::embedded().unwrap();
    let consultation = example_consultation();
    let r = hipaid_pdf::Renderer::new()
        .render_consultation(
            &catalog,
            &l10n,
            &consultation,
            locale,
            Some(also),
            Paper::A4,
        )
        .unwrap();
    assert_eq!(real_problems(&r.warnings), Vec::<&String>::new());
    let path = out_dir().join(format!("bilingual-{locale}-{also}.pdf"));
    std::fs::write(&path, &r.bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    (r.bytes, String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn a_bilingual_summary_gives_each_paragraph_in_both_languages_and_the_patients_words_once() {
    let (bytes, text) = bilingual("es", "en-US");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Resumen de su tratamiento de cadera"),
        "{flat}"
    );
    assert!(flat.contains("Your hip treatment summary"));
    // Each heading is followed by its English version.
    let es = flat.find("Lo que le importa").unwrap();
    let en = flat.find("What matters to you").unwrap();
    assert!(es < en && en - es < 40, "paragraph by paragraph: {es} {en}");
    // The patient's own words appear once; numbers appear in both languages' sentences.
    assert_eq!(flat.matches("I look after my grandchildren").count(), 1);
    assert!(flat.contains("68 de cada 100 personas") && flat.contains("68 out of 100 people"));
    // The English paragraphs are tagged as English inside a Spanish document.
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert_eq!(
        doc.catalog()
            .unwrap()
            .get(b"Lang")
            .unwrap()
            .as_str()
            .unwrap(),
        b"es"
    );
    let english = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Lang").ok().and_then(|l| l.as_str().ok()) == Some(b"en-US"))
        .count();
    assert!(english > 40, "{english} English structure elements");
}

#[test]
fn a_bilingual_summary_sets_each_language_in_its_own_direction() {
    // Right-to-left patient language with a left-to-right clinician's language.
    let (_, text) = bilingual("ar-XB", "en-US");
    let line_of = |needle: &str| {
        text.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("`{needle}` in\n{text}"))
            .to_owned()
    };
    let english = line_of("Your hip treatment summary");
    assert!(
        english.len() - english.trim_start().len() < 3,
        "English starts at the left margin: `{english}`"
    );
    let rtl_lines = text
        .lines()
        .filter(|l| !l.trim().is_empty() && l.len() - l.trim_start().len() > 20)
        .count();
    assert!(rtl_lines > 20, "right-to-left paragraphs are right-aligned");
}

#[test]
fn the_comparison_table_repeats_its_header_on_a_new_page_and_keeps_rows_whole() {
    // Four options with long guideline lists: the table cannot fit under the first page's
    // text.
    let catalog = Catalog::embedded().unwrap();
    let l10n = Localizer::embedded().unwrap();
    let mut consultation = example_consultation();
    consultation.hidden_options.clear();
    consultation.compared_options = ["exercise", "steroid-injection", "hyaluronic-acid", "prp"]
        .map(str::to_owned)
        .to_vec();
    let r = hipaid_pdf::Renderer::new()
        .render_consultation(&catalog, &l10n, &consultation, "en-US", None, Paper::Letter)
        .unwrap();
    let path = out_dir().join("table-four-en-US.pdf");
    std::fs::write(&path, &r.bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let pages: Vec<&str> = text.split('\u{c}').collect();
    let questions = [
        "How soon does it work?",
        "How long does it last?",
        "Recovery",
        "Can it be repeated?",
        "How sure is the research?",
        "What do guidelines say?",
    ];
    let mut pages_with_rows = 0;
    for page in &pages {
        // The question column is narrow, so a label wraps: look for its first two words.
        // ("Recovery" is also a word in the references.)
        let rows: Vec<usize> = questions
            .iter()
            .filter(|q| **q != "Recovery")
            .filter_map(|q| {
                let start: Vec<&str> = q.split(' ').take(2).collect();
                page.find(&start.join(" "))
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        pages_with_rows += 1;
        // The option names head the table on every page it is on, above its rows.
        let header = page.find("Hyaluronic acid (gel)").unwrap_or(usize::MAX);
        assert!(
            header < *rows.iter().min().unwrap_or(&0),
            "header first on:\n{page}"
        );
    }
    assert!(pages_with_rows >= 2, "the table runs over a page break");
    // Reading order (no -layout): each cell's words together.
    let raw = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let all = String::from_utf8_lossy(&raw.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for q in questions {
        assert!(all.contains(q), "the row `{q}` is printed");
    }
    assert!(all.contains("1–7 days"), "a steroid's onset, as on screen");
}

/// Text of a PDF as poppler extracts it, with whitespace squashed.
fn extracted(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each word of `expected` is in `text` (in logical order, or reversed as some poppler
/// versions write right-to-left words), ignoring punctuation at word ends. Where poppler
/// cannot keep a word whole, the comparison is made without spaces: it breaks Chinese and
/// Korean words at line ends and splits Nastaliq words where its letters cascade; and it
/// reverses the two letters of a lam-alef ligature glyph (writing "ال" for "لا", "أل" for
/// "لأ"), so both
/// sides count those the same. Arabic vowel marks (harakat, shadda) are left out of that
/// comparison: poppler writes a mark glyph before or after its letter depending on glyph
/// order, and maps some dotted letters of Noto Sans Arabic with a stray tanween, while the page
/// itself shows them right (the PNGs were looked at).
fn has_words(text: &str, expected: &str) -> Result<(), String> {
    let squeezed = |s: &str| -> String {
        s.chars()
            .filter(|c| {
                !c.is_whitespace()
                    && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
            })
            .collect::<String>()
            .replace("لا", "ال")
            .replace("لأ", "أل")
            .replace("لإ", "إل")
            .replace("لآ", "آل")
    };
    let joined = squeezed(text);
    for word in expected.split_whitespace() {
        let plain: String = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .filter(|c| !c.is_control() && !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect();
        if plain.is_empty() {
            continue;
        }
        if !(text.contains(&plain)
            || text.contains(&reversed(&plain))
            || joined.contains(&squeezed(&plain)))
        {
            return Err(format!("`{plain}` (from `{expected}`)"));
        }
    }
    Ok(())
}

#[test]
fn every_shipped_locale_prints_its_headings_the_patients_words_and_its_translation_status() {
    let catalog = Catalog::embedded().unwrap();
    let l10n = Localizer::embedded().unwrap();
    let mut consultation = example_consultation();
    consultation.priorities_note = Some(NAMES.join(" · "));
    let locales: Vec<String> = l10n
        .locales()
        .into_iter()
        .filter(|i| !i.pseudo)
        .map(|i| i.id)
        .collect();
    assert!(locales.len() >= 3, "{locales:?}");
    let mut renderer = hipaid_pdf::Renderer::new();
    for locale in &locales {
        let r = renderer
            .render_consultation(&catalog, &l10n, &consultation, locale, None, Paper::A4)
            .unwrap();
        assert_eq!(
            real_problems(&r.warnings),
            Vec::<&String>::new(),
            "{locale}"
        );
        assert!(r.pages >= 3, "{locale}: {} pages", r.pages);
        let path = out_dir().join(format!("consultation-{locale}.pdf"));
        std::fs::write(&path, &r.bytes).unwrap();
        let text = extracted(&path);
        let status = match hipaid_l10n::meta::of(locale).unwrap().translation {
            hipaid_l10n::Translation::Source => "summary-translation-source",
            _ => "summary-translation-draft",
        };
        for id in [
            "summary-title",
            "summary-condition-heading",
            "summary-options-heading",
            "summary-references-heading",
            status,
        ] {
            let words = l10n.format(locale, id, None).unwrap();
            assert_eq!(words.locale, *locale, "{id} is translated");
            if let Err(e) = has_words(&text, &words.text) {
                panic!("{locale}: {id}: {e} not on paper:\n{text}");
            }
        }
        for name in NAMES {
            if let Err(e) = has_words(&text, name) {
                panic!("{locale}: the patient's words: {e} not on paper");
            }
        }
        let check = Command::new("qpdf")
            .arg("--check")
            .arg(&path)
            .output()
            .unwrap();
        assert!(check.status.success(), "{locale}: qpdf --check");
        let fonts = Command::new("pdffonts").arg(&path).output().unwrap();
        for row in String::from_utf8_lossy(&fonts.stdout).lines().skip(2) {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let (emb, sub) = (cols[cols.len() - 5], cols[cols.len() - 4]);
            assert_eq!((emb, sub), ("yes", "yes"), "{locale}: {row}");
        }
        let doc = lopdf::Document::load_mem(&r.bytes).unwrap();
        let lang = doc
            .catalog()
            .unwrap()
            .get(b"Lang")
            .unwrap()
            .as_str()
            .unwrap()
            .to_vec();
        assert_eq!(String::from_utf8(lang).unwrap(), *locale);
    }
}

#[test]
fn right_to_left_locales_start_each_line_at_the_right() {
    let l10n = Localizer::embedded().unwrap();
    let rtl: Vec<String> = l10n
        .locales()
        .into_iter()
        .filter(|i| !i.pseudo && i.direction == hipaid_l10n::Direction::Rtl)
        .map(|i| i.id)
        .collect();
    assert!(!rtl.is_empty());
    for locale in rtl.iter().map(String::as_str) {
        let (_, _, warnings) = summary(locale, Paper::A4);
        assert_eq!(real_problems(&warnings), Vec::<&String>::new(), "{locale}");
        let text = pdftotext(locale);
        // With -layout, a right-to-left paragraph's lines end at the right margin: most
        // lines are indented on the left, and the longest lines reach the same right edge.
        let lines: Vec<&str> = text
            .lines()
            .filter(|l| l.trim().chars().count() > 10)
            .collect();
        let indented = lines
            .iter()
            .filter(|l| l.len() - l.trim_start().len() > 10)
            .count();
        assert!(
            indented * 2 > lines.len(),
            "{locale}: {indented} of {} lines right-aligned",
            lines.len()
        );
    }
}

#[test]
fn bilingual_pairs_with_right_to_left_and_cjk_languages_print_both() {
    let l10n = Localizer::embedded().unwrap();
    let shipped: Vec<String> = l10n.locales().into_iter().map(|i| i.id).collect();
    for (locale, also) in [
        ("ur", "en-US"),
        ("zh-TW", "es"),
        ("en-US", "ar"),
        ("es", "ko"),
    ] {
        if !(shipped.iter().any(|s| s == locale) && shipped.iter().any(|s| s == also)) {
            // Printed once both are shipped (the pair list is the multilingual issue's).
            continue;
        }
        let (_, text) = bilingual(locale, also);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for lang in [locale, also] {
            let title = l10n.format(lang, "summary-title", None).unwrap().text;
            if let Err(e) = has_words(&flat, &title) {
                panic!("{locale}+{also}: the {lang} title: {e}");
            }
        }
    }
}

#[test]
fn claims_about_the_options_discussed_are_answered_on_paper() {
    // hip OA with PRP compared: the PRP claims and their answers are printed, once each.
    let (_, _, warnings) = summary_named("en-US", Paper::A4, "claims-en-US");
    assert!(warnings.is_empty(), "{warnings:?}");
    let text = extracted(&out_dir().join("claims-en-US.pdf"));
    let l10n = Localizer::embedded().unwrap();
    let catalog = Catalog::embedded().unwrap();
    let overview = catalog.overview("hip-oa", Some("kl-2")).unwrap();
    let prp: Vec<_> = overview
        .claims
        .iter()
        .filter(|c| c.options.iter().any(|o| o == "prp"))
        .collect();
    assert!(!prp.is_empty(), "the content has claims about PRP");
    let t = |id: &str| l10n.format("en-US", id, None).unwrap().text;
    assert_eq!(text.matches(&t("option-claims-heading")).count(), 1);
    for c in prp {
        let claim = t(&c.claim_id)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(text.matches(&claim).count(), 1, "`{claim}` once");
        let answer = t(&c.answer_id)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let first = answer.split(". ").next().unwrap();
        assert!(text.contains(first), "the answer `{first}`");
    }
}

/// A message's text in a locale, with one string argument.
fn l10n_text(locale: &str, id: &str, arg: Option<(&str, &str)>) -> String {
    let l10n = Localizer::embedded().unwrap();
    let mut args = hipaid_l10n::FluentArgs::new();
    if let Some((k, v)) = arg {
        args.set(k, v.to_owned());
    }
    l10n.format(locale, id, Some(&args)).unwrap().text
}

#[test]
fn prices_are_printed_as_the_screen_writes_them() {
    // Steroid injection and PRP have prices in the content; the table prints each as the
    // compare screen does: the locale's `money` message around the amount, with "per …" and
    // the insurance line. Checked in a currency-first and a currency-last locale.
    let catalog = Catalog::embedded().unwrap();
    let l10n = Localizer::embedded().unwrap();
    for locale in ["en-US", "ru", "zh-TW"] {
        let name = format!("prices-{locale}");
        let (_, _, warnings) = summary_named(locale, Paper::A4, &name);
        assert!(
            real_problems(&warnings).is_empty(),
            "{locale}: {warnings:?}"
        );
        let text = extracted(&out_dir().join(format!("{name}.pdf")));
        let mut priced = 0;
        for id in ["steroid-injection", "prp"] {
            let cost = &catalog.option(id).unwrap().cost;
            let Some(amount) = cost.amount else { continue };
            priced += 1;
            let mut args = hipaid_l10n::FluentArgs::new();
            args.set("amount", amount.low.round());
            args.set("currency", cost.currency.clone());
            let low = l10n.format(locale, "money", Some(&args)).unwrap().text;
            let low = low.replace(['\u{2068}', '\u{2069}'], "");
            assert!(
                has_words(&text, &low).is_ok(),
                "{locale}: {id}'s price `{low}` is on paper"
            );
            let insurance = l10n_text(
                locale,
                &format!(
                    "insurance-{}",
                    serde_json::to_value(cost.insurance)
                        .unwrap()
                        .as_str()
                        .unwrap()
                ),
                None,
            );
            assert!(
                has_words(&text, &insurance).is_ok(),
                "{locale}: `{insurance}`"
            );
        }
        assert!(
            priced > 0,
            "the content prices at least one of the compared options"
        );
    }
}

/// The clinic settings of the test fixture (`tests/fixtures/clinic-settings.json`).
fn clinic_fixture() -> hipaid_core::ClinicSettings {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/clinic-settings.json");
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    hipaid_core::settings::migrate(value["settings"].clone()).unwrap()
}

#[test]
fn the_clinic_header_logo_and_cost_notes_are_printed_in_either_direction() {
    let catalog = Catalog::embedded().unwrap();
    let l10n = Localizer::embedded().unwrap();
    let clinic = clinic_fixture();
    assert!(clinic.check(&catalog, |l| l10n.is_available(l)).is_empty());
    let consultation = example_consultation();
    for locale in ["en-US", "ar"] {
        let mut renderer = hipaid_pdf::Renderer::new();
        renderer.set_clinic(Some(clinic.clone()));
        let r = renderer
            .render_consultation(&catalog, &l10n, &consultation, locale, None, Paper::Letter)
            .unwrap();
        assert_eq!(real_problems(&r.warnings), Vec::<&String>::new());
        // With a logo on the first page, the glyphs are still encoded on the fast path.
        assert!(renderer.stats().glyphs_encoded_here, "{locale}");
        let path = out_dir().join(format!("clinic-{locale}.pdf"));
        std::fs::write(&path, &r.bytes).unwrap();
        let text = extracted(&path);
        // The clinic's own words, line by line, whatever the summary's language.
        for own in [
            "Riverside Hip Clinic",
            "12 Harbour Road",
            "Springfield, IL 62701",
        ] {
            assert!(text.contains(own), "{locale}: `{own}` in\n{text}");
        }
        let phone = l10n_text(
            locale,
            "summary-clinic-phone",
            Some(("phone", "+1 (217) 555-0100")),
        );
        let cost = l10n_text(
            locale,
            "clinic-cost-note",
            Some(("note", "$150 with the scan")),
        );
        let insurance = l10n_text(
            locale,
            "clinic-insurance-note",
            Some(("note", "Covered by most plans here")),
        );
        // Whole lines where the text runs one way; in Arabic, pdftotext reorders a line that
        // mixes directions, so there the clinic's own words are looked for one by one.
        for line in [phone, cost, insurance] {
            let line = line.replace(['\u{2068}', '\u{2069}'], "");
            if locale == "en-US" {
                assert!(
                    has_words(&text, &line).is_ok(),
                    "{locale}: `{line}` in\n{text}"
                );
            }
        }
        for word in ["$150", "scan", "Covered", "plans", "555-0100"] {
            assert!(text.contains(word), "{locale}: `{word}`");
        }
        // One raster image, the logo, at its own size.
        let list = Command::new("pdfimages")
            .arg("-list")
            .arg(&path)
            .output()
            .unwrap();
        let list = String::from_utf8_lossy(&list.stdout);
        let images: Vec<&str> = list.lines().skip(2).collect();
        assert_eq!(images.len(), 1, "{locale}: {list}");
        assert!(
            images[0].contains(" 300 ") && images[0].contains(" 90 "),
            "{list}"
        );
        // Its text alternative names the clinic.
        let alt = l10n_text(
            locale,
            "summary-clinic-logo",
            Some(("clinic", "Riverside Hip Clinic")),
        )
        .replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            structure(&r.bytes)
                .iter()
                .any(|(tag, a)| tag == "Figure" && a.as_deref() == Some(alt.as_str())),
            "{locale}: a Figure with alt `{alt}`"
        );
    }
    // Without settings there is no image and no clinic line.
    let r = hipaid_pdf::Renderer::new()
        .render_consultation(&catalog, &l10n, &consultation, "en-US", None, Paper::Letter)
        .unwrap();
    let path = out_dir().join("clinic-none.pdf");
    std::fs::write(&path, &r.bytes).unwrap();
    assert!(!extracted(&path).contains("Riverside"));
}

/// Every word's page and box as poppler finds it (`pdftotext -bbox`): where each glyph run
/// landed, so two renderings can be compared glyph for glyph although their font names
/// (random in printpdf) differ.
fn word_boxes(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext -bbox {}", path.display());
    String::from_utf8(out.stdout).unwrap()
}

/// Each page's content stream, decompressed, with the resource names (random in printpdf)
/// replaced by stable ones: a font's by its own name, a drawing's by the order of its first
/// use. Two renderings of one summary then compare byte for byte.
fn page_contents(bytes: &[u8]) -> Vec<Vec<u8>> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let deref = |o: &lopdf::Object| match o {
        lopdf::Object::Reference(r) => doc.get_dictionary(*r).unwrap().clone(),
        o => o.as_dict().unwrap().clone(),
    };
    let rename = |content: Vec<u8>, from: &[u8], to: &[u8]| {
        let from = [b"/", from, b" "].concat();
        let to = [b"/", to, b" "].concat();
        let mut out = Vec::with_capacity(content.len());
        let mut rest = &content[..];
        while let Some(at) = rest.windows(from.len()).position(|w| w == from) {
            out.extend_from_slice(&rest[..at]);
            out.extend_from_slice(&to);
            rest = &rest[at + from.len()..];
        }
        out.extend_from_slice(rest);
        out
    };
    doc.get_pages()
        .values()
        .map(|&id| {
            let mut content = doc.get_page_content(id);
            let resources = deref(doc.get_dictionary(id).unwrap().get(b"Resources").unwrap());
            for (name, font) in deref(resources.get(b"Font").unwrap()).iter() {
                let font = deref(font);
                let base = font.get(b"BaseFont").unwrap().as_name().unwrap();
                let base = base.rsplit(|b| *b == b'+').next().unwrap();
                content = rename(content, name, base);
            }
            let xobjects = deref(resources.get(b"XObject").unwrap());
            let mut used: Vec<(usize, Vec<u8>)> = xobjects
                .iter()
                .filter_map(|(name, _)| {
                    let key = [b"/", &name[..], b" "].concat();
                    let at = content.windows(key.len()).position(|w| w == key)?;
                    Some((at, name.clone()))
                })
                .collect();
            used.sort();
            for (n, (_, name)) in used.into_iter().enumerate() {
                content = rename(content, &name, format!("XObject{n}").as_bytes());
            }
            content
        })
        .collect()
}

#[test]
fn two_threads_print_exactly_what_one_thread_prints() {
    let catalog = Catalog::embedded().unwrap();
    let l10n = Localizer::embedded().unwrap();
    let consultation = example_consultation();
    let two_cores = std::thread::available_parallelism().map_or(1, usize::from) > 1;
    // Latin, Arabic (right to left, joined), Chinese, Nastaliq with English beside it.
    for (locale, also) in [
        ("en-US", None),
        ("ar", None),
        ("zh-CN", None),
        ("ur", Some("en-US")),
    ] {
        let mut one = hipaid_pdf::Renderer::single_threaded();
        let mut two = hipaid_pdf::Renderer::new();
        let (mut boxes, mut contents) = (Vec::new(), Vec::new());
        for (name, renderer) in [("one", &mut one), ("two", &mut two)] {
            // Twice: the second summary reuses the helper thread and its font system.
            for round in 0..2 {
                let r = renderer
                    .render_consultation(&catalog, &l10n, &consultation, locale, also, Paper::A4)
                    .unwrap();
                let path = out_dir().join(format!("threads-{locale}-{name}-{round}.pdf"));
                std::fs::write(&path, &r.bytes).unwrap();
                boxes.push(word_boxes(&path));
                contents.push(page_contents(&r.bytes));
                let stats = renderer.stats();
                if name == "two" && two_cores {
                    // Every paragraph and table cell the page flow drew was shaped ahead,
                    // and nothing shaped ahead went unused: the list matches the flow.
                    assert!(stats.ahead > 100, "{locale}: {stats:?}");
                    assert_eq!((stats.late, stats.unused), (0, 0), "{locale}: {stats:?}");
                } else {
                    assert_eq!(stats.ahead, 0, "{locale} {name}: {stats:?}");
                }
                assert!(stats.glyphs_encoded_here, "{locale} {name}: {stats:?}");
            }
        }
        assert!(boxes[0].matches("<word ").count() > 1000, "{locale}");
        for (i, b) in boxes.iter().enumerate().skip(1) {
            assert!(
                *b == boxes[0],
                "{locale}: rendering {i} differs from the one-thread rendering"
            );
        }
        assert!(contents[0].len() > 3, "{locale}");
        for (i, c) in contents.iter().enumerate().skip(1) {
            for (page, (a, b)) in contents[0].iter().zip(c).enumerate() {
                assert!(
                    a == b,
                    "{locale}: page {} of rendering {i} differs from the one-thread rendering",
                    page + 1
                );
            }
            assert_eq!(c.len(), contents[0].len(), "{locale}");
        }
    }
}

#[test]
fn glyphs_encoded_here_print_what_printpdf_prints() {
    let catalog = Catalog::embedded().unwrap();
    let l10n = Localizer::embedded().unwrap();
    let consultation = example_consultation();
    // Latin, Arabic (marks, joined, right to left), Chinese, Korean, Nastaliq beside English.
    for (locale, also) in [
        ("en-US", None),
        ("ar", None),
        ("zh-CN", None),
        ("ko", None),
        ("ur", Some("en-US")),
    ] {
        let mut fast = hipaid_pdf::Renderer::new();
        let mut slow = hipaid_pdf::Renderer::new();
        slow.text_by_printpdf(true);
        let (mut seen, mut pictures) = (Vec::new(), Vec::<Vec<Vec<u8>>>::new());
        for (name, renderer) in [("here", &mut fast), ("printpdf", &mut slow)] {
            let r = renderer
                .render_consultation(&catalog, &l10n, &consultation, locale, also, Paper::A4)
                .unwrap();
            assert_eq!(
                renderer.stats().glyphs_encoded_here,
                name == "here",
                "{locale} {name}"
            );
            let path = out_dir().join(format!("glyphs-{locale}-{name}.pdf"));
            std::fs::write(&path, &r.bytes).unwrap();
            qpdf_check(&path);
            seen.push((
                r.pages,
                word_boxes(&path),
                fonts_listed(&path),
                r.bytes.len(),
            ));
            pictures.push(page_pictures(&path));
        }
        // Every page looks the same, pixel for pixel (the icon arrays and the hip drawing
        // are placed in the same operators as printpdf's).
        assert_eq!(pictures[0].len(), seen[0].0, "{locale}: a picture per page");
        assert_eq!(pictures[1].len(), seen[1].0, "{locale}: a picture per page");
        for (n, (a, b)) in pictures[0].iter().zip(&pictures[1]).enumerate() {
            assert!(a == b, "{locale}: page {} looks different", n + 1);
        }
        let ((pages, boxes, fonts, size), (slow_pages, slow_boxes, slow_fonts, slow_size)) =
            (&seen[0], &seen[1]);
        assert_eq!(
            pages, slow_pages,
            "{locale}: the glyph page was not taken out"
        );
        assert!(boxes.matches("<word ").count() > 1000, "{locale}");
        // Every word, its text and its box to the thousandth of a point, page by page.
        assert!(
            boxes == slow_boxes,
            "{locale}: the words differ from printpdf's own encoding"
        );
        // The same fonts, subset alike (the names carry printpdf's random tags).
        assert_eq!(fonts, slow_fonts, "{locale}");
        assert!(size <= slow_size, "{locale}: {size} > {slow_size} bytes");
    }
}

/// Each page of the PDF at `path` as a PNG at 50 dpi (pdftoppm), in page order.
fn page_pictures(path: &Path) -> Vec<Vec<u8>> {
    let stem = path.with_extension("");
    let out = Command::new("pdftoppm")
        .args(["-r", "50", "-png"])
        .arg(path)
        .arg(&stem)
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftoppm {}", path.display());
    let prefix = stem.file_name().unwrap().to_string_lossy().into_owned() + "-";
    let mut files: Vec<_> = std::fs::read_dir(stem.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(&prefix) && name.ends_with(".png")
        })
        .collect();
    files.sort();
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

/// `pdffonts`' table without the subset tags and object numbers.
fn fonts_listed(path: &Path) -> Vec<String> {
    let out = Command::new("pdffonts").arg(path).output().unwrap();
    assert!(out.status.success(), "pdffonts {}", path.display());
    let mut lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .skip(2)
        .map(|l| {
            let mut words: Vec<&str> = l.split_whitespace().collect();
            words.truncate(words.len().saturating_sub(2));
            let name = words
                .first()
                .map_or("", |w| w.rsplit('+').next().unwrap_or(w));
            let rest = words.get(1..).unwrap_or_default().join(" ");
            format!("{name} {rest}")
        })
        .collect();
    lines.sort();
    lines
}

fn qpdf_check(path: &Path) {
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "qpdf --check {}\n{}",
        path.display(),
        String::from_utf8_lossy(&check.stdout)
    );
}
