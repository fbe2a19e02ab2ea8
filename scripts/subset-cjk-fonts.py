#!/usr/bin/env python3
"""Makes the bundled CJK fonts: single faces of Noto Sans CJK, cut down to the characters a
summary can need, so the app carries 7.7 MB of CJK fonts instead of two 20 MB
collections.

Why a subset: Debian's fonts-noto-cjk ships each weight as one 19.5 MB collection (.ttc) of
ten faces. One face alone is still 16 MB, because the faces share all 65,535 glyphs. The
summary only needs the characters ordinary text uses, and only the Regular weight (headings
in CJK are set larger and in colour; a Bold set would add another 7.8 MB), so each face keeps:

- Simplified Chinese (SC): every character of GB 2312 (6,763 hanzi and its symbols);
- Traditional Chinese (TC): Big5's symbols and its 5,401 frequently used hanzi (level 1);
- Korean (KR): all 11,172 Hangul syllables, the jamo and KS X 1001's symbols (no hanja);
- in all three: CJK punctuation, full-width forms, and every character in locales/.

A patient's free text with a character outside these sets (a rare name character, say) is
drawn by the next font in the fallback list, or as a missing-glyph box that the renderer
reports as a warning.

Why TrueType outlines: the faces are converted from CFF (cubic) to TrueType (quadratic,
`glyf`) outlines, at most 1/1000 em from the original. printpdf subsets each summary's
fonts on every save; allsorts must parse the whole CFF table of a 3 MB face to do that, but
reads only the glyphs it keeps from a `glyf` face. The benchmark measured zh-TW at 29.5 ms
per summary with CFF and 25.9 ms with `glyf` (docs/benchmarks.md, fifth measurement), for
about 1.4 MB more per face on disk and no change in the PDF's size.

Regenerate after adding a CJK locale (its characters are added
automatically):

    apt-get install fonts-noto-cjk && pip install fonttools==4.60.1
    python3 scripts/subset-cjk-fonts.py

The fonts are OFL 1.1 (crates/hipaid-pdf/fonts/OFL.txt). Their Reserved Font Name is
"Source", which these files do not use, so a modified version may keep the Noto name.
"""

import pathlib
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates" / "hipaid-pdf" / "fonts"
SOURCE = pathlib.Path("/usr/share/fonts/opentype/noto")
# Face index inside NotoSansCJK-{Regular,Bold}.ttc.
FACES = {"sc": 2, "tc": 3, "kr": 1}


def encodable(encoding, low=0x80, high=0x10000):
    out = set()
    for cp in range(low, high):
        try:
            chr(cp).encode(encoding)
        except (UnicodeEncodeError, ValueError):
            continue
        out.add(cp)
    return out


def big5_level1():
    out = set()
    for cp in encodable("big5"):
        b = chr(cp).encode("big5")
        code = int.from_bytes(b, "big")
        # Symbols (A140–A3BF) and level-1 hanzi (A440–C67E).
        if 0xA140 <= code <= 0xC67E:
            out.add(cp)
    return out


def hangul():
    out = set(range(0xAC00, 0xD7A4))  # syllables
    out |= set(range(0x1100, 0x1200)) | set(range(0x3130, 0x3190))  # jamo
    out |= {cp for cp in encodable("euc_kr") if not 0x4E00 <= cp <= 0x9FFF}
    return out


def common():
    out = set(range(0x20, 0x7F))
    out |= set(range(0x3000, 0x3040))  # CJK symbols and punctuation
    out |= set(range(0xFF00, 0xFFF0))  # full-width forms
    out |= set(range(0x2010, 0x2070))  # dashes, quotes, ellipsis
    for ftl in (ROOT / "locales").rglob("*.ftl"):
        out |= {ord(c) for c in ftl.read_text(encoding="utf-8")}
    return out


def to_truetype(font, max_err=1.0):
    """Replaces the CFF outlines with quadratic `glyf` ones (max_err in font units)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


SETS = {"sc": lambda: encodable("gb2312"), "tc": big5_level1, "kr": hangul}


def main():
    keep_common = common()
    for weight in ("Regular",):
        collection = TTCollection(str(SOURCE / f"NotoSansCJK-{weight}.ttc"))
        for lang, index in FACES.items():
            font = collection.fonts[index]
            options = subset.Options()
            options.layout_features = ["*"]
            options.name_IDs = ["*"]
            options.name_languages = ["*"]
            options.notdef_outline = True
            options.glyph_names = False
            options.hinting = False
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=sorted(SETS[lang]() | keep_common))
            subsetter.subset(font)
            to_truetype(font)
            path = OUT / f"NotoSansCJK{lang}-{weight}.ttf"
            font.save(str(path))
            print(f"{path.name}: {path.stat().st_size / 1e6:.2f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
