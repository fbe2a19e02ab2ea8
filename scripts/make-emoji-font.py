#!/usr/bin/env python3
"""Makes crates/hipaid-pdf/fonts/NotoEmoji-Regular.ttf, the monochrome Noto Emoji (OFL 1.1),
so an emoji a patient types in a note prints as an emoji and not as a missing-glyph box.

Why this route: Debian only packages the colour emoji font (bitmap glyphs, which printpdf
cannot embed). The outline font is published on npm as @fontsource/noto-emoji, split into
12 WOFF files by Unicode range; this script turns them back into one TrueType font.

    npm pack @fontsource/noto-emoji@5.3.2 && tar xzf fontsource-noto-emoji-5.3.2.tgz
    pip install fonttools==4.60.1
    python3 scripts/make-emoji-font.py package/files
"""

import glob
import pathlib
import sys
import tempfile

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

OUT = pathlib.Path(__file__).resolve().parent.parent / "crates" / "hipaid-pdf" / "fonts"


def main(folder):
    parts = sorted(glob.glob(f"{folder}/noto-emoji-*-400-normal.woff"))
    if not parts:
        sys.exit(f"no noto-emoji-*-400-normal.woff in {folder}")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, part in enumerate(parts):
            font = TTFont(part)
            font.flavor = None
            path = f"{tmp}/{n}.ttf"
            font.save(path)
            paths.append(path)
        merged = Merger().merge(paths)
        out = OUT / "NotoEmoji-Regular.ttf"
        merged.save(str(out))
        print(f"{out.name}: {out.stat().st_size / 1e6:.2f} MB", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package/files")
