"""How wide each column of a report table is: a figure (a date, a time, an amount, hours) is never broken inside,
text (a note, a name) wraps at word boundaries in what remains.

Found in review: a 170 mm daily log split a date as "2026-01-0" / "1" and an amount over two lines, because the
columns were fixed shares of the frame. A column is now at least as wide as its longest figure, measured in the
report's font, and then, where the table can afford it, as its longest word of text; the room comes from the
columns with room to spare (in practice the note or name columns), none of which gives up more than leaves it its
own longest word, or ``LEGIBLE`` when figures need more. A figure of several words (USD 12.00, 12.50 h, 30 min,
09:00 +1d, Dis 4, 2026) is one piece to the wrapping, as are the no-break spaces a language writes inside figures
(French 12 345,67 USD).

When even that cannot hold every figure (a frame far narrower than a page), layout.table sets the table in smaller
type, down to a legible 7 pt. When that is not enough either, a figure may break at its own spaces ("09:00" /
"+1d", "USD" / "12.00"), then a column's title inside a word, each column of text keeping room for its longest word
up to ``LEGIBLE``; at last the figure columns share what is left by how much each one lacks, and a paragraph breaks
what still does not fit inside a word. Everything is said, nothing is clipped, and the table is as wide as the
frame.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .fonts import BOLD, REGULAR, check_glyphs
from .language import STYLES
from .rows import text_width

LEGIBLE = 15 * mm  # the narrowest a column of text gets to make room for figures: about eight letters a line
# A word with a digit up to this wide is a code kept whole too (a payment's INV-2026-0001, an anchor's code, which
# the worker quotes); a longer one (a URL, a SHA-256) wraps as a paragraph wraps it.
CODE = 60 * mm
FUZZ = 0.5  # what a line is kept short of its cell's room by (layout._lines), so that it fits as a paragraph would

# reportlab's breakable whitespace (paragraph._wsc) without the no-break spaces: a figure space (U+2007) or a narrow
# no-break space (U+202F, French digit groups) never breaks a line, nor does U+00A0, which reportlab keeps already.
BREAKS = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f \x85\u1680\u2000-\u2006\u2008-\u200b\u2028\u2029\u205f\u3000]+")

_NUMBER = r"[-−+(#]?[₱$€£¥]?\d[\d.,:/\-\u00a0\u202f\u2007]*"
_MONTHS = "|".join(sorted({month for style in STYLES.values() for month in style.months}))
# A piece that is a figure: an ISO or d/m/y date, a time, an amount or a count, with what belongs to it.
FIGURE = re.compile(rf"(?:[A-Z]{{3}} )?{_NUMBER}(?:/h|%| h| min| \+\d+d)?[),;.]?"
                    rf"|(?:{_MONTHS}) \d{{1,2}}, \d{{4}}[),;.]?")
# Two words that are one figure: the first (as glued so far) and the one after it.
_GLUED = (
    (re.compile(r"[A-Z]{3}"), re.compile(r"[-−(]?\d.*")),  # a currency and its amount: USD 12.00
    (re.compile(rf"{_NUMBER}"), re.compile(r"(?:h|min)[),;.]?")),  # a count and its unit: 12.50 h, 30 min
    (re.compile(r"\d{1,2}:\d{2}(?::\d{2})?"), re.compile(r"\+\d+d[),;.]?")),  # a time on a later day: 09:00 +1d
    (re.compile(rf"(?:{_MONTHS})"), re.compile(r"\d{1,2},")),  # a date written with its month's name: Dis 4, 2026
    (re.compile(rf"(?:{_MONTHS}) \d{{1,2}},"), re.compile(r"\d{4}[),;.]?")),
)


# How language.span binds the dash of a span to both its ends. A table cell may break a span after its dash (the
# dash stays with the start, never alone or first on a line): a span is given room to be whole only where the
# table can afford it with every figure and word whole too (``fitted``); otherwise it asks its column for the room
# of its longer half, as held whole it took the room of the names beside it ("Internat" / "ional").
SPAN_DASH = "\u00a0\u2013\u00a0"


def _halves(word: str) -> list[str]:
    """``word``, or the halves of a span in it: "2026-01-01 –" and "2026-01-31" (an open span, "– 2026-01-31",
    stays whole)."""
    parts = word.split(SPAN_DASH)
    if not all(parts):
        return [word]
    return [part + SPAN_DASH[:2] for part in parts[:-1]] + parts[-1:]


@lru_cache(maxsize=1 << 16)
def pieces(line: str) -> tuple[str, ...]:
    """The pieces a line of a cell wraps by: its words, with the words of one figure kept together as one piece,
    and a span in its two halves. Remembered: a year's log repeats its dates, times and hours in every row
    (issue 18)."""
    result: list[str] = []
    for word in (half for found in BREAKS.split(line) for half in _halves(found)):
        if not word:
            continue
        if result and any(first.fullmatch(result[-1]) and then.fullmatch(word) for first, then in _GLUED):
            result[-1] += " " + word
        else:
            result.append(word)
    return tuple(result)


_DIGIT = re.compile(r"\d")


def _is_figure(piece: str, width: float) -> bool:
    return bool(_DIGIT.search(piece)) and (width <= CODE or FIGURE.fullmatch(piece) is not None)


@lru_cache(maxsize=1 << 16)
def _widest_figure(content: str, font: str, size: float) -> tuple[float, float]:
    """The width of the widest figure in ``content``, whole, and of the widest word in a figure (0 for none)."""
    whole = words = 0.0
    for line in content.split("\n"):
        for piece in pieces(line):
            width = text_width(piece, font, size)
            if _is_figure(piece, width):
                whole = max(whole, width)
                words = max(words, *(text_width(word, font, size) for word in piece.split(" ")))
    return whole, words


@lru_cache(maxsize=1 << 14)
def _widest_span(content: str, font: str, size: float) -> float:
    """The width of the widest span in ``content``, whole (0 for none)."""
    return max((text_width(word, font, size) for line in content.split("\n") for word in BREAKS.split(line)
                if SPAN_DASH in word), default=0.0)


@lru_cache(maxsize=1 << 14)
def _widest_word(content: str, font: str, size: float) -> float:
    """The width of the widest word in ``content`` that is not part of a figure and not wider than ``CODE``
    (0 for none)."""
    found = ((piece, text_width(piece, font, size)) for line in content.split("\n") for piece in pieces(line))
    return max((width for piece, width in found if width <= CODE and not _is_figure(piece, width)), default=0.0)


def _cells(column: Iterable[object]) -> Iterator[str]:
    """The column's text, glyphs checked; not a paragraph the report made itself (a styled amount, a hash), which
    wraps as it is."""
    for value in column:
        if not isinstance(value, Flowable) and value is not None:
            yield check_glyphs(str(value))


def _needs(title: str, column: Iterable[object], size: float, padding: float) -> tuple[float, float, float]:
    """What a column needs, with the padding: to hold its title's longest word (a title broke mid-word in other
    languages: "Unid" above "ades"), each of its figures on one line, and each word of its figures."""
    head = max((text_width(word, BOLD, size) for word in pieces(check_glyphs(title))), default=0.0)
    whole = words = 0.0
    for content in _cells(column):
        if _DIGIT.search(content):
            figure, word = _widest_figure(content, REGULAR, size)
            whole, words = max(whole, figure), max(words, word)
    room = 2 * padding + FUZZ
    return (head + room if head else 0.0), (whole + room if whole else 0.0), (words + room if words else 0.0)


def fitted(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float], *, size: float,
           padding: float) -> tuple[list[float], bool]:
    """``widths`` (which add up to the frame's width) with each column as wide as its longest figure and, where
    the table can afford it, its longest word of text (up to ``CODE``: a longer one is a URL, which must break);
    the room is taken from the columns that have room to spare. The widths as given when all of that fits already.

    In order, until one fits: every figure, word and span whole; every figure and word whole; each figure whole with
    each column of text keeping its longest word (or its own width, if narrower); each figure whole with the text
    down to ``LEGIBLE``; each word of a figure whole, the same two ways; each word of a figure whole with the titles
    left to break and each column of text keeping its longest word up to ``LEGIBLE``; else the frame is too narrow
    and the figure columns are squeezed. With the widths, whether every figure is whole in them (False when only
    each word of a figure is, or when squeezed)."""
    columns = [_needs(header[i], (row[i] for row in rows), size, padding) for i in range(len(widths))]
    whole = [max(head, figure) for head, figure, _ in columns]
    parts = [max(head, word) for head, _, word in columns]
    texts = [max((_widest_word(content, REGULAR, size) for content in _cells(row[i] for row in rows)), default=0.0)
             for i in range(len(widths))]
    words = [text + 2 * padding + FUZZ if text else 0.0 for text in texts]  # none for a column of figures only
    everything = [max(need, word) for need, word in zip(whole, words, strict=True)]
    spans = [max((_widest_span(content, REGULAR, size) for content in _cells(row[i] for row in rows)), default=0.0)
             for i in range(len(widths))]
    if any(spans):  # each span whole too, where that costs no figure or word its room
        found = _share(widths, [max(need, span + 2 * padding + FUZZ if span else 0.0)
                                for need, span in zip(everything, spans, strict=True)], words)
        if found is not None:
            return found, True
    if all(width >= need for width, need in zip(widths, everything, strict=True)):
        return list(widths), True
    legible = [LEGIBLE] * len(widths)
    for need, keep in ((everything, words), (whole, words), (whole, legible), (parts, words), (parts, legible)):
        found = _share(widths, need, [min(width, max(kept, LEGIBLE)) for width, kept in zip(widths, keep,
                                                                                            strict=True)])
        if found is not None:
            return found, need is whole or need is everything
    body, floors = [word for _, _, word in columns], [min(word, LEGIBLE) for word in words]
    found = _share(widths, body, floors)
    return (found if found is not None else _squeezed(widths, body, floors)), False


def _share(widths: Sequence[float], needs: Sequence[float], keep: Sequence[float]) -> list[float] | None:
    """Each column raised to its need, the room taken from the others in proportion to what each can spare
    down to its need and to what it ``keep``s; None when they cannot spare enough."""
    floors = [max(need, kept) for need, kept in zip(needs, keep, strict=True)]
    short = sum(max(need - width, 0.0) for width, need in zip(widths, needs, strict=True))
    if not short:
        return list(widths)
    spare = [max(width - floor, 0.0) for width, floor in zip(widths, floors, strict=True)]
    if sum(spare) < short:
        return None
    raised = [max(width, need) for width, need in zip(widths, needs, strict=True)]
    return [width - short * room / sum(spare) for width, room in zip(raised, spare, strict=True)]


def _squeezed(widths: Sequence[float], needs: Sequence[float], floors: Sequence[float]) -> list[float]:
    """A frame too narrow for the figures: each column keeps room for its longest word of text, up to ``LEGIBLE``
    (``floors``; none for a column of figures only), and what is left goes to the columns that need more, in
    proportion to what each lacks."""
    total = sum(widths)
    lacking = [max(need - floor, 0.0) for need, floor in zip(needs, floors, strict=True)]
    left = total - sum(floors)
    if left <= 0 or not sum(lacking):  # not even a legible width for each column of text: shares of the frame
        return list(widths)
    return [floor + left * lack / sum(lacking) for floor, lack in zip(floors, lacking, strict=True)]
