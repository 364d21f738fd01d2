"""The bundled DejaVu fonts (resources/fonts, with their licence) and a guard against vanishing glyphs.

reportlab silently draws nothing for a character its font lacks, so a name like "Đặng Thị" could lose letters
without anyone noticing. Every text that goes into a report passes ``check_glyphs`` first; a character the font
cannot draw is replaced by U+FFFD, visibly, and reported.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD, ITALIC, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSansMono"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          MONO: "DejaVuSansMono.ttf"}
REPLACEMENT = "\ufffd"


@cache
def register_fonts() -> None:
    for name, filename in _FILES.items():
        with as_file(files("contractor_app.resources").joinpath("fonts").joinpath(filename)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@cache
def _covered(font: str) -> frozenset[int]:
    register_fonts()
    # getFont is typed as returning Font; ours are all TTFonts, whose face maps the characters they draw.
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)  # type: ignore[attr-defined]  # ours are TTFonts


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    covered = _covered(font)
    return {ch for ch in text if ord(ch) not in covered and ch not in "\n\r\t"}


def check_glyphs(text: str, font: str = REGULAR) -> str:
    """``text`` with every character the font cannot draw replaced by a visible U+FFFD."""
    if _covered(font).issuperset(map(ord, text)):  # nearly always: a year's log checks ~23,000 cells (issue 18)
        return text
    missing = missing_glyphs(text, font)
    return "".join(REPLACEMENT if ch in missing else ch for ch in text) if missing else text
