//! The PDF file itself: every object written once, the small ones packed into deflated
//! object streams, and a cross-reference stream (PDF 1.5).
//!
//! Why: lopdf's writer with object streams writes each packed object three times (twice to
//! measure it) and formats every number, name and reference through `core::fmt`; with a
//! summary's 340 structure-tree dictionaries that was 21 M instructions of the 130 M the
//! main thread spent on an Arabic summary (callgrind). The file is the same kind lopdf
//! wrote: the same objects with the same numbers, streams written directly, the rest in
//! object streams of at most 200, found through a deflated cross-reference stream.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

use crate::post::Deflater;

/// Where text goes: a `String` for page operations, bytes for the file.
pub(crate) trait Out {
    fn put(&mut self, s: &str);
}

impl Out for String {
    fn put(&mut self, s: &str) {
        self.push_str(s);
    }
}

impl Out for Vec<u8> {
    fn put(&mut self, s: &str) {
        self.extend_from_slice(s.as_bytes());
    }
}

/// A number exactly as lopdf writes one, Rust's shortest form (`1`, `0.5`, `-12`,
/// `454.77`), without the cost of the general formatter for the hundredths the page flow
/// rounds to.
pub(crate) fn number(out: &mut impl Out, value: f32) {
    if value.abs() < 10_000.0 && !(value == 0.0 && value.is_sign_negative()) {
        let hundredths = (value * 100.0).round();
        // Exactly a number of hundredths: below 10,000 no shorter decimal is the same f32,
        // so its two decimals without trailing zeros are the shortest form.
        if hundredths / 100.0 == value {
            let n = hundredths as i64;
            if n < 0 {
                out.put("-");
            }
            let n = n.unsigned_abs();
            out.put(itoa::Buffer::new().format(n / 100));
            let frac = n % 100;
            if frac != 0 {
                let digits = [b'.', b'0' + (frac / 10) as u8, b'0' + (frac % 10) as u8];
                let len = if frac.is_multiple_of(10) { 2 } else { 3 };
                out.put(std::str::from_utf8(&digits[..len]).unwrap_or_default());
            }
            return;
        }
    }
    out.put(&value.to_string());
}

/// Objects per object stream, as the summary wrote them with lopdf.
const PER_STREAM: usize = 200;

/// The whole file. Streams keep the filters they have; the object streams and the
/// cross-reference stream are deflated with `deflater`.
pub fn save(doc: &Document, deflater: &mut Deflater) -> Vec<u8> {
    let streams: usize = doc
        .objects
        .values()
        .map(|o| match o {
            Object::Stream(s) => s.content.len() + 64,
            _ => 0,
        })
        .sum();
    let mut out: Vec<u8> = Vec::with_capacity(streams + 64 * 1024);
    out.put("%PDF-");
    out.put(&doc.version);
    out.put("\n%");
    out.extend_from_slice(&doc.binary_mark);
    out.put("\n");
    let encrypt = doc
        .trailer
        .get(b"Encrypt")
        .and_then(Object::as_reference)
        .ok();
    let (mut packed, mut direct) = (Vec::new(), Vec::new());
    for (&id, object) in &doc.objects {
        let special = match object {
            Object::Dictionary(d) => matches!(
                d.get(b"Type").and_then(Object::as_name),
                Ok(b"XRef" | b"ObjStm")
            ),
            Object::Stream(_) => true,
            _ => false,
        };
        if id.1 == 0 && !special && Some(id) != encrypt {
            packed.push((id, object));
        } else {
            direct.push((id, object));
        }
    }
    // Type, then the offset or object stream, then the generation or index: per object.
    let mut xref: BTreeMap<u32, (u8, u32, u16)> = BTreeMap::new();
    for (id, object) in direct {
        xref.insert(id.0, (1, offset(&out), id.1));
        indirect(&mut out, id, object);
    }
    let mut next = doc.max_id + 1;
    let mut body = Vec::new();
    for chunk in packed.chunks(PER_STREAM) {
        let stream_id = next;
        next += 1;
        body.clear();
        let mut header = String::new();
        for (index, (id, object)) in chunk.iter().enumerate() {
            header.put(itoa::Buffer::new().format(id.0));
            header.put(" ");
            header.put(itoa::Buffer::new().format(body.len()));
            header.put(" ");
            write_object(&mut body, object);
            body.push(b'\n');
            xref.insert(
                id.0,
                (2, stream_id, u16::try_from(index).unwrap_or(u16::MAX)),
            );
        }
        let first = header.len();
        let mut content = header.into_bytes();
        content.extend_from_slice(&body);
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"ObjStm".to_vec()));
        dict.set("N", Object::Integer(chunk.len() as i64));
        dict.set("First", Object::Integer(first as i64));
        xref.insert(stream_id, (1, offset(&out), 0));
        stream_object(&mut out, (stream_id, 0), dict, &content, deflater);
    }
    // The cross-reference stream, which lists itself.
    let xref_id = next;
    let size = xref_id + 1;
    let at = offset(&out);
    xref.insert(xref_id, (1, at, 0));
    let mut table = Vec::with_capacity(size as usize * 7);
    for n in 0..size {
        let (kind, field, extra) =
            xref.get(&n)
                .copied()
                .unwrap_or((0, 0, if n == 0 { 65_535 } else { 0 }));
        table.push(kind);
        table.extend_from_slice(&field.to_be_bytes());
        table.extend_from_slice(&extra.to_be_bytes());
    }
    let mut dict = Dictionary::new();
    for (key, value) in doc.trailer.iter() {
        if !matches!(key.as_slice(), b"Size" | b"Prev" | b"XRefStm" | b"Length") {
            dict.set(key.clone(), value.clone());
        }
    }
    dict.set("Type", Object::Name(b"XRef".to_vec()));
    dict.set("Size", Object::Integer(i64::from(size)));
    dict.set(
        "W",
        Object::Array(vec![
            Object::Integer(1),
            Object::Integer(4),
            Object::Integer(2),
        ]),
    );
    stream_object(&mut out, (xref_id, 0), dict, &table, deflater);
    out.put("startxref\n");
    out.put(itoa::Buffer::new().format(at));
    out.put("\n%%EOF\n");
    out
}

fn offset(out: &[u8]) -> u32 {
    u32::try_from(out.len()).unwrap_or(u32::MAX)
}

/// `id gen obj`, the object, `endobj`.
fn indirect(out: &mut Vec<u8>, id: ObjectId, object: &Object) {
    out.put(itoa::Buffer::new().format(id.0));
    out.put(" ");
    out.put(itoa::Buffer::new().format(id.1));
    out.put(" obj\n");
    match object {
        Object::Stream(s) => {
            stream_body(out, &s.dict, &s.content);
        }
        other => write_object(out, other),
    }
    out.put("\nendobj\n");
}

/// A new stream object of `content`, deflated when that makes it smaller.
fn stream_object(
    out: &mut Vec<u8>,
    id: ObjectId,
    mut dict: Dictionary,
    content: &[u8],
    deflater: &mut Deflater,
) {
    let packed = deflater.deflate(content);
    if packed.is_some() {
        dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    }
    out.put(itoa::Buffer::new().format(id.0));
    out.put(" 0 obj\n");
    stream_body(out, &dict, packed.as_deref().unwrap_or(content));
    out.put("\nendobj\n");
}

/// A stream's dictionary with its `Length`, and its content.
fn stream_body(out: &mut Vec<u8>, dict: &Dictionary, content: &[u8]) {
    out.put("<<");
    for (key, value) in dict.iter() {
        if key.as_slice() == b"Length" {
            continue;
        }
        name(out, key);
        out.put(" ");
        write_object(out, value);
    }
    out.put("/Length ");
    out.put(itoa::Buffer::new().format(content.len()));
    out.put(">>stream\n");
    out.extend_from_slice(content);
    out.put("\nendstream");
}

/// One object in PDF syntax (a stream inside another object cannot be; written empty).
fn write_object(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.put("null"),
        Object::Boolean(true) => out.put("true"),
        Object::Boolean(false) => out.put("false"),
        Object::Integer(n) => out.put(itoa::Buffer::new().format(*n)),
        Object::Real(v) => number(out, *v),
        Object::Name(n) => name(out, n),
        Object::String(bytes, StringFormat::Literal) => {
            out.push(b'(');
            for &b in bytes {
                match b {
                    b'(' | b')' | b'\\' => {
                        out.push(b'\\');
                        out.push(b);
                    }
                    b'\r' => out.put("\\r"),
                    _ => out.push(b),
                }
            }
            out.push(b')');
        }
        Object::String(bytes, StringFormat::Hexadecimal) => {
            out.push(b'<');
            for &b in bytes {
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
            }
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                write_object(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(d) => {
            out.put("<<");
            for (key, value) in d.iter() {
                name(out, key);
                out.put(" ");
                write_object(out, value);
            }
            out.put(">>");
        }
        Object::Stream(s) => stream_body(out, &s.dict, &s.content),
        Object::Reference((id, generation)) => {
            out.put(itoa::Buffer::new().format(*id));
            out.put(" ");
            out.put(itoa::Buffer::new().format(*generation));
            out.put(" R");
        }
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// `/name`, with white space, delimiters and bytes outside printable ASCII as `#xx`.
fn name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &b in name {
        if b"()<>[]{}/%#".contains(&b) || !(33..=126).contains(&b) {
            out.push(b'#');
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0xF)]);
        } else {
            out.push(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::Stream;

    #[test]
    fn numbers_are_written_as_rust_writes_them() {
        let mut seen = 0;
        let mut check = |v: f32| {
            let mut out = String::new();
            number(&mut out, v);
            assert_eq!(out, format!("{v}"), "{v:?}");
            seen += 1;
        };
        // Every hundredth a page position, size, colour or offset can take, and more.
        for k in -1_200_000..1_200_000 {
            check(k as f32 / 100.0);
        }
        for v in [
            0.0,
            -0.0,
            1.0e-7,
            0.333_333_34,
            123_456.79,
            -99_999.99,
            1.0e12,
            0.1 + 0.2,
        ] {
            check(v);
        }
        // Numbers near hundredths that are not one.
        for k in 0..100_000 {
            check(k as f32 / 100.0 + 0.000_3);
        }
        assert!(seen > 2_000_000);
    }

    #[test]
    fn a_saved_document_reads_back_object_for_object() {
        let mut doc = Document::with_version("1.7");
        let mut info = Dictionary::new();
        info.set("Title", Object::string_literal("Hip (left) \\ right\r"));
        info.set(
            "Subject",
            Object::String(vec![0xFE, 0xFF, 0x06, 0x27], StringFormat::Hexadecimal),
        );
        let info = doc.add_object(info);
        let mut names = Dictionary::new();
        names.set("Odd name#1 (x)", Object::Name(b"A B/C".to_vec()));
        names.set(
            "Numbers",
            vec![1.into(), Object::Real(-2.5), Object::Real(1e-7)],
        );
        names.set("Flags", vec![Object::Boolean(true), Object::Null]);
        let names = doc.add_object(names);
        let content = b"BT /F1 12 Tf (hello hello hello hello hello) Tj ET ".repeat(20);
        let stream = doc.add_object(Stream::new(Dictionary::new(), content.clone()));
        // More than one object stream's worth of small objects.
        let many: Vec<ObjectId> = (0..450)
            .map(|i| {
                let mut d = Dictionary::new();
                d.set("K", Object::Integer(i));
                d.set("P", Object::Reference(names));
                doc.add_object(d)
            })
            .collect();
        let mut catalog = Dictionary::new();
        catalog.set("Type", Object::Name(b"Catalog".to_vec()));
        catalog.set("Names", Object::Reference(names));
        catalog.set("Data", Object::Reference(stream));
        let catalog = doc.add_object(catalog);
        doc.trailer.set("Root", Object::Reference(catalog));
        doc.trailer.set("Info", Object::Reference(info));
        let bytes = save(&doc, &mut Deflater::new());
        let back = Document::load_mem(&bytes).expect("our file reads back");
        for id in [info, names, catalog].into_iter().chain(many) {
            assert_eq!(back.get_object(id).ok(), doc.get_object(id).ok(), "{id:?}");
        }
        let read = back
            .get_object(stream)
            .and_then(Object::as_stream)
            .expect("the stream");
        assert_eq!(read.content, content);
        assert_eq!(
            back.trailer
                .get(b"Root")
                .and_then(Object::as_reference)
                .ok(),
            Some(catalog)
        );
    }
}
