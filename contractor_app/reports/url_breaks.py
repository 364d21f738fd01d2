"""Long URLs break after a slash or before their other punctuation, never inside a word, in every report's paragraphs
and table cells.

Found in review: the claim packet broke a rule's source URL at whatever letter filled the line ("…minimum-wa" /
"ge-increase…"), in the rules table, on page 1's "Why" and in the appendix; a lawyer copying it could not tell where
it was cut. reportlab has no break opportunity that adds nothing to the text: a soft hyphen prints a hyphen, a
zero-width space stays in the text a reader copies, ``uriWasteReduce`` breaks only at a slash and only while the URL
starts on the line before, ``embeddedHyphenation`` breaks at hyphens only (and would break a date), a pyphen
hyphenator breaks words of letters only, and ``wordWrap="CJK"`` breaks anywhere. So a paragraph puts a line break
(``<br/>``) after each line of such a word once it knows the width it is laid out in: the text drawn, and the text
a reader copies, is the URL's own, nothing added, and a link's target stays the URL whole.

Where: after a slash, before a dot, hyphen, underscore, ?, &, = or # (the Chicago Manual of Style's rule). A line
that ended in a hyphen read as a word's hyphenation: `pdftotext` (and a PDF reader's copy) joined "2025-" and
"118.html" into "2025118.html", a different address; a line that starts with the punctuation cannot be taken so.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from html import unescape
from itertools import accumulate
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from .columns import BREAKS

# A URL breaks after its slashes and before its other punctuation: "https://", "www", ".example", ".org/",
# "minimum", "-wage", "?lang", "=en", "&page", "#rates".
_PIECE = re.compile(r"[.\-_?&=#]*[^/.\-_?&=#]*/*")
_MARKUP = re.compile(r"<[^>]*>|&#?\w+;|[^<&]")  # a tag, an entity, or one character of text
_TAG = re.compile(r"<(/?)(\w+)[^>]*?(/?)>")


def url_lines(word: str, first: float, room: float, width: Callable[[str], float]) -> list[str]:
    """A URL (a word wider than a line) as the lines it is printed on: each ends after a slash or before a ., -, _,
    ?, &, = or # that starts the next, so a reader sees where it was cut and copies it whole. The first line takes
    what fits in ``first`` (the room left on the line it starts on; "" when not even its first piece fits there),
    the others what fits in ``room``; ``width`` measures a piece of text. A piece wider than ``room`` (no
    punctuation for a whole line: a token in an archived page's address) ends the line it is put on: the paragraph
    breaks it inside where the line is full, as it breaks any word wider than its line, and the next piece starts a
    line."""
    lines: list[str] = []
    line, fits = "", first
    for piece in _pieces(word):
        if width(line + piece) <= fits:
            line += piece
        elif width(piece) > room:
            lines.append(line + piece)
            line, fits = "", room
        else:  # the line is full, or the one the URL starts on has no room even for its first piece
            lines.append(line)
            line, fits = piece, room
    if line or not lines:
        lines.append(line)
    return lines


class TextParagraph(Paragraph):
    """A report's paragraph (layout.para, a table cell that does not fit as lines of text, the claim packet's
    summary): a word wider than its line with a URL's punctuation in it breaks only at that punctuation
    (``url_lines``), its first line continuing the line before it as far as that has room. Any other word breaks
    as reportlab breaks it (a SHA-256 where the line is full). A part of a paragraph split over two pages is made
    from lines already broken and keeps them."""

    def __init__(self, markup: str | None, style: ParagraphStyle, **kwargs: Any) -> None:
        super().__init__(markup, style, **kwargs)  # type: ignore[arg-type]  # None: a split part, from its frags
        self._markup = markup
        self._unbroken = self.frags
        self._by_width: dict[tuple[float, ...], Any] = {}

    def breakLines(self, width: Any) -> Any:  # noqa: N802 (reportlab's name)
        if self._markup is not None:
            widths = tuple(width) if isinstance(width, (list, tuple)) else (width,)
            if widths not in self._by_width:
                markup = self._broken(self._markup, widths)
                self._by_width[widths] = (self._unbroken if markup == self._markup
                                          else Paragraph(markup, self.style).frags)
            self.frags = self._by_width[widths]
        return super().breakLines(width)

    def _broken(self, markup: str, widths: tuple[float, ...]) -> str:
        """``markup`` with a line break after each line of each long URL in it, laid out in ``widths``."""
        done = 0
        for word, font, size in self._long_urls(min(widths)):
            plain, where = _text_of(markup)
            found = re.compile(rf"(?<!\S){re.escape(word)}(?!\S)").search(plain, bisect_left(where, done))
            if found is None:
                continue
            lines = url_lines(word, self._room_left(markup[:where[found.start()]], widths, font, size), widths[-1],
                              partial(stringWidth, fontName=font, fontSize=size))
            starts = [where[found.start() + start] for start in accumulate(len(line) for line in lines[:-1])]
            end = where[found.end()] if found.end() < len(where) else len(markup)
            for start in reversed(starts):
                markup = f"{markup[:start]}<br/>{markup[start:]}"
            done = end + len("<br/>") * len(starts)
        return markup

    def _long_urls(self, narrowest: float) -> Iterator[tuple[str, str, float]]:
        """Each word wider than the narrowest line with punctuation to break at, with its font and size. A word
        is measured as reportlab measures it: across the fragments the parser makes of an entity (&amp;) or a
        link around it."""
        for run, font, size in _runs(self._unbroken):
            for word in BREAKS.split(run):
                # no character of a URL is wider than an em: most words are too short to need measuring
                if (len(word) * size > narrowest and stringWidth(word, font, size) > narrowest
                        and len(_pieces(word)) > 1):
                    yield word, font, size

    def _room_left(self, before: str, widths: tuple[float, ...], font: str, size: float) -> float:
        """The room left, after a space, on the line where the paragraph's text ``before`` ends."""
        if not before.strip() or before.rstrip().endswith("<br/>"):
            return widths[0] if not before.strip() else widths[-1]
        closed = before + "".join(f"</{name}>" for name in reversed(_open_tags(before)))
        lines = Paragraph(closed, self.style).breakLines(list(widths)).lines
        if not lines:
            return widths[0]
        last = lines[-1]
        left = last[0] if isinstance(last, tuple) else last.extraSpace  # a plain paragraph's line is a tuple
        return float(left) - stringWidth(" ", font, size)


def _pieces(word: str) -> list[str]:
    """"https://www.example.org/a-b" -> "https://", "www", ".example", ".org/", "a", "-b"."""
    return [piece for piece in _PIECE.findall(word) if piece]


def _runs(fragments: Sequence[Any]) -> list[tuple[str, str, float]]:
    """A paragraph's text in runs of one font and size; a line break (<br/>) ends a word."""
    runs: list[tuple[str, str, float]] = []
    for fragment in fragments:
        content = "\n" if getattr(fragment, "lineBreak", False) else getattr(fragment, "text", "")
        if runs and runs[-1][1:] == (fragment.fontName, fragment.fontSize):
            runs[-1] = (runs[-1][0] + content, fragment.fontName, fragment.fontSize)
        else:
            runs.append((content, fragment.fontName, fragment.fontSize))
    return runs


def _text_of(markup: str) -> tuple[str, list[int]]:
    """The text of ``markup`` (tags left out but a line break, entities read) and where in ``markup`` each of its
    characters is: a line break goes there, between characters, never into a tag or an entity."""
    chars: list[str] = []
    where: list[int] = []
    for token in _MARKUP.finditer(markup):
        part = token.group()
        if part.startswith("<") and not part.startswith("<br"):
            continue
        read = "\n" if part.startswith("<") else unescape(part) if part.startswith("&") else part
        chars.append(read)
        where += [token.start()] * len(read)
    return "".join(chars), where


def _open_tags(markup: str) -> list[str]:
    """The tags still open at the end of ``markup`` (a paragraph's markup cut short), innermost last."""
    stack: list[str] = []
    for tag in _TAG.finditer(markup):
        closing, name, empty = tag.groups()
        if closing and stack and stack[-1] == name:
            stack.pop()
        elif not closing and not empty:
            stack.append(name)
    return stack
