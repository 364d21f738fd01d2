"""A table drawn straight onto the canvas: the reports' one table (layout.table) with the look reportlab's Table gave it
(fixed columns, a bold header repeated on each page, a rule under every row, shaded rows) at a fraction of the cost.

A year's claim packet has ~2,500 log rows, ~23,000 cells; reportlab's Table styles, measures and draws each cell on
its own, which was half of the packet's time (issue 18). Here every row's height is known when the table is made,
a page break is a bisection over the rows' running heights, and a line's text operators are worked out once per
document (draw_string). Cells are what layout._cell makes of a value: a string of one or more lines, already
wrapped to the column, or a flowable (a paragraph that must split a long word, or a styled paragraph), drawn as
Table drew it. The geometry and the operators are Table's: padding, leading, top-aligned cells, right-aligned
numeric columns, one text object per line, the rules' width, colour and caps; tests/reports/test_row_table.py
holds the two side by side.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from weakref import WeakKeyDictionary

from reportlab.lib.colors import Color, black
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

Cell = str | Flowable

BIG = 72_000.0  # the height a cell's flowable may take when it is measured, as Table measures it


# What every part of a split table shares: its look and the whole table's rows (a part is a range of them).
_LOOK = ("_header", "_rows", "_heights", "_shaded", "_tops", "_widths", "_numeric", "_fonts", "_size", "_leading",
         "_padding", "_vpadding", "_head_rule", "_row_rule", "_shade", "_head_height")


class RowTable(Flowable):
    """Rows of cells under a header; splits between rows, repeating the header, as Table(repeatRows=1) splits."""

    def __init__(self, header: Sequence[Cell], rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
                 numeric: Sequence[int], shaded: Sequence[bool], fonts: tuple[str, str], size: float,
                 leading: float, padding: float, vpadding: float, head_rule: tuple[float, Color],
                 row_rule: tuple[float, Color], shade: Color) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self._header = list(header)
        self._rows = list(rows)
        self._widths = list(widths)
        self._numeric = frozenset(numeric)
        self._shaded = list(shaded)
        self._fonts, self._size, self._leading = fonts, size, leading
        self._padding, self._vpadding = padding, vpadding
        self._head_rule, self._row_rule, self._shade = head_rule, row_rule, shade
        self._head_height = self._height_of(self._header)
        self._heights = [self._height_of(row) for row in self._rows]
        self._tops = [0.0, *accumulate(self._heights)]  # each row's top below the first row; the last is the total
        self._first, self._stop = 0, len(self._rows)  # the rows this part draws: the lists are the whole table's

    def _height_of(self, row: Sequence[Cell]) -> float:
        tallest = self._leading  # a row of empty cells is one line high, as in Table
        for value, width in zip(row, self._widths, strict=True):
            if isinstance(value, str):
                if "\n" in value:
                    tallest = max(tallest, self._leading * (value.count("\n") + 1))
            else:
                _, height = value.wrap(width - 2 * self._padding, BIG)
                tallest = max(tallest, height + value.getSpaceBefore() + value.getSpaceAfter())
        return tallest + 2 * self._vpadding

    def _part(self, start: int, stop: int) -> RowTable:
        """Rows start to stop under the same header: a new flowable, so that none of platypus's marks on this one
        (such as "_postponed", set when a split failed at the foot of a page) carries over. It shares the whole
        table's lists, so a page break costs a bisection, not a copy of every row left: a 100,000-entry log is one
        table of ~2,000 pages, with its header once per page."""
        part = RowTable.__new__(RowTable)
        Flowable.__init__(part)
        part.hAlign = self.hAlign
        for name in _LOOK:
            setattr(part, name, getattr(self, name))
        part._first, part._stop = start, stop
        return part

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        self.width = sum(self._widths)
        self.height = self._head_height + self._tops[self._stop] - self._tops[self._first]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (reportlab's names)
        room = self._tops[self._first] + availHeight - self._head_height + 1e-9
        fit = bisect_right(self._tops, room, self._first, self._stop + 1) - 1  # the first row that does not fit
        if fit <= self._first:
            return []
        if fit >= self._stop:
            return [self]
        return [self._part(self._first, fit), self._part(fit, self._stop)]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        lefts = [0.0, *accumulate(self._widths)]
        mine = range(self._first, self._stop)
        below_head = self.height - self._head_height + self._tops[self._first]  # where the tops are measured from
        rows = [(self._header, self.height, self._fonts[1])] + [
            (self._rows[i], below_head - self._tops[i], self._fonts[0]) for i in mine]
        canvas.setFillColor(self._shade)
        for i in mine:
            if self._shaded[i]:
                canvas.rect(0, below_head - self._tops[i + 1], lefts[-1], self._heights[i], stroke=0, fill=1)
        canvas.setFillColor(black)
        operators, code = line_operators(canvas), canvas._code  # type: ignore[attr-defined]  # the page's operators
        size, leading, padding = self._size, self._leading, self._padding
        for row, top, font in rows:
            for column, value in enumerate(row):
                right = lefts[column + 1] - padding if column in self._numeric else None
                if not isinstance(value, str):  # a flowable, as Table draws it: top-aligned in the padding
                    width, height = value.wrap(self._widths[column] - 2 * padding, BIG)
                    value.drawOn(canvas, lefts[column] + padding if right is None else right - width,
                                 top - self._vpadding - height)
                    continue
                y = top - self._vpadding - size
                for line in value.split("\n"):  # an empty cell too, as Table drew it: pypdf reads it as a line
                    x = lefts[column] + padding if right is None else right - text_width(line, font, size)
                    code.append(_text_object(x, y, operators(canvas, font, size, leading, line)))
                    y -= leading
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for (weight, color), ys in ((self._head_rule, [self.height - self._head_height]),
                                    (self._row_rule, [below_head - self._tops[i + 1] for i in mine])):
            canvas.setStrokeColor(color)
            canvas.setLineWidth(weight)
            for y in ys:
                canvas.line(0, y, lefts[-1], y)
        canvas.restoreState()


@lru_cache(maxsize=1 << 16)
def text_width(text: str, font: str, size: float) -> float:
    """reportlab's stringWidth, remembered: a year's log measures the same dates, times, categories and words
    tens of thousands of times (each cell to see whether it fits, each word of a note that wraps)."""
    return stringWidth(text, font, size)


class LineOperators:
    """The text operators of each line a document draws (font, size and leading included), worked out once: a year's
    log repeats its dates, times, hours and categories thousands of times. Safe to reuse: a glyph keeps the font
    subset it was first given in a document, and each line's operators select their own subset, as a fresh text
    object's do. Holds strings only, nothing that refers back to the canvas, so it goes when the document goes."""

    def __init__(self) -> None:
        self._done: dict[tuple[str, float, float, str], str] = {}

    def __call__(self, canvas: Canvas, font: str, size: float, leading: float, line: str) -> str:
        key = (font, size, leading, line)
        operators = self._done.get(key)
        if operators is None:
            formatter = canvas.beginText()  # as drawString formats a line: in a fresh text object
            formatter.setFont(font, size, leading)
            operators = self._done[key] = formatter._formatText(line)  # type: ignore[attr-defined]  # not in the stubs
        return operators


_OPERATORS: WeakKeyDictionary[Canvas, LineOperators] = WeakKeyDictionary()


def line_operators(canvas: Canvas) -> LineOperators:
    """The canvas's (its document's) line operators."""
    found = _OPERATORS.get(canvas)
    if found is None:
        found = _OPERATORS[canvas] = LineOperators()
    return found


def draw_string(canvas: Canvas, x: float, y: float, line: str, font: str, size: float, leading: float) -> None:
    """What ``canvas.drawString(x, y, line)`` draws in that font, operator for operator: one text object per line,
    as a Table cell is drawn, so pypdf reads each cell back on its own line."""
    canvas._code.append(_text_object(x, y, line_operators(canvas)(canvas, font, size, leading, line)))  # type: ignore[attr-defined]  # the page's operators; the stubs omit them


def _text_object(x: float, y: float, operators: str) -> str:
    return f"BT 1 0 0 1 {fp_str(x, y)} Tm {operators} T* ET"
