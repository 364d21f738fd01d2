"""The shared look of every report: paper, fonts, styles, the header (worker, client, period) and the footer
("page X of Y", and "Estimate — not legal advice" where figures rest on the law)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from .columns import FUZZ, fitted, pieces
from .fonts import BOLD, ITALIC, MONO, REGULAR, check_glyphs, register_fonts
from .language import translate
from .rows import RowTable, text_width
from .url_breaks import TextParagraph

PAPERS = {"a4": A4, "letter": LETTER}
# Letter in the US and Canada (and a few others), A4 everywhere else.
LETTER_REGIONS = ("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV")
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#B0B7C3")
SHADE = colors.HexColor("#EEF1F5")
PROBLEM = colors.HexColor("#A4262C")
MARGIN = 18 * mm
TOP_MARGIN = 19 * mm  # below the page header
BOTTOM_MARGIN = 17 * mm  # above the page footer
FRAME_PADDING = 6  # reportlab's frame pads its content by this much each side, inside the margins


def frame_width(paper: str) -> float:
    """The width a report's story is laid out in: the page between its margins less the frame's own padding, so
    that a table's last column ends at the right margin, where the page header's rule ends."""
    return PAPERS[paper][0] - 2 * (MARGIN + FRAME_PADDING)


def default_paper(jurisdiction: str) -> str:
    return "letter" if jurisdiction.split("-")[0] in LETTER_REGIONS else "a4"


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.8),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8, leading=9.8, alignment=TA_RIGHT),
        "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=7.5, leading=9.5),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=22, textColor=ACCENT,
                                spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT,
                             spaceBefore=10, spaceAfter=4),
        "note": ParagraphStyle("note", parent=base, fontName=ITALIC, fontSize=8.5, leading=11,
                               textColor=colors.HexColor("#444444")),
        "problem": ParagraphStyle("problem", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5,
                                  textColor=PROBLEM),
        "problem_right": ParagraphStyle("problem_right", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5,
                                        textColor=PROBLEM, alignment=TA_RIGHT),
    }


def text(value: object) -> str:
    """Safe paragraph markup for any value: glyphs checked, XML escaped."""
    return escape(check_glyphs("" if value is None else str(value)))


def para(value: object, style: ParagraphStyle) -> Paragraph:
    return TextParagraph(text(value), style)


def table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float], *,
          numeric: Sequence[int] = (), shade_rows: Sequence[int] = ()) -> RowTable:
    """A table whose header repeats on every page. ``widths`` are the columns' shares of the frame, widened where a
    column's longest figure or title word needs it (reports/columns.py: a date, a time or an amount is never broken
    inside); in a frame too narrow for that, the table is set in smaller type, down to ``SMALLEST``. Text that fits
    its column is drawn as a plain string, text that does not is broken into lines as a paragraph would break it,
    and only a word wider than its column becomes a paragraph, so nothing is ever clipped. Drawn by
    reports/rows.py: a year-long log has tens of thousands of cells (issue 18)."""
    for size in (CELL_SIZE, (CELL_SIZE + SMALLEST) / 2, SMALLEST):
        fit, whole = fitted(header, rows, widths, size=size, padding=PADDING)
        if whole:
            break
    leading = CELL_LEADING * size / CELL_SIZE
    sheet = styles()
    left, right = (sheet[name] if size == CELL_SIZE else
                   ParagraphStyle(f"{name}_{size}", parent=sheet[name], fontSize=size, leading=leading)
                   for name in ("cell", "cell_right"))
    head = [_cell(h, fit[i], right if i in numeric else left, BOLD) for i, h in enumerate(header)]
    body = [[_cell(c, fit[i], right if i in numeric else left, REGULAR) for i, c in enumerate(row)] for row in rows]
    shaded = set(shade_rows)
    return RowTable(head, body, fit, numeric=numeric, shaded=[r in shaded for r in range(len(body))],
                    fonts=(REGULAR, BOLD), size=size, leading=leading, padding=PADDING, vpadding=2,
                    head_rule=(0.8, ACCENT), row_rule=(0.25, RULE), shade=SHADE)


CELL_SIZE = 8
CELL_LEADING = 9.8
SMALLEST = 7  # the smallest type a table is set in to keep its figures whole in a narrow frame: legible in print
PADDING = 3


def _cell(value: Any, width: float, style: ParagraphStyle, font: str) -> Any:
    if isinstance(value, Flowable):
        return value
    content = "" if value is None else str(value)
    lines = _lines(content, width, font, style.spaceShrinkage, style.fontSize)
    if lines is not None:
        return lines
    markup = "<br/>".join(escape(line) for line in check_glyphs(content).split("\n"))
    return TextParagraph(f"<b>{markup}</b>" if font == BOLD else markup, style)


@lru_cache(maxsize=1 << 14)
def _lines(content: str, width: float, font: str, shrinkage: float, size: float = CELL_SIZE) -> str | None:
    """The text of a cell, glyphs checked, as the lines it takes in its column; None when a word is wider than the
    column (the cell is then a paragraph). Remembered: a year's log repeats its dates, times, hours, categories and
    marks in every table (issue 18)."""
    content = check_glyphs(content)
    if "\n" not in content and text_width(content, font, size) <= width - 2 * PADDING - FUZZ:
        return content
    # The worker's own line breaks (an address, a note) are kept; each line wraps as a paragraph would wrap it.
    lines = [_wrapped(line, font, width - 2 * PADDING, shrinkage, size) for line in content.split("\n")]
    if None in lines:
        return None
    return "\n".join(line for line in lines if line is not None)


def _wrapped(content: str, font: str, room: float, shrinkage: float, size: float = CELL_SIZE) -> str | None:
    """Text that does not fit on one line, broken into lines as a paragraph breaks it, as one multi-line string:
    a table draws that for a fraction of a paragraph's cost, and a year's log has thousands of wrapped notes
    (issue 18). As in reportlab's Paragraph.breakLines: whitespace runs and newlines are spaces, and a line may
    overrun by ``shrinkage`` of a space per space in it (a paragraph shrinks its spaces; here the overrun, under
    a point, falls in the cell's padding). Unlike a paragraph, it never breaks inside a figure (columns.pieces:
    USD 12.00, 30 min, a no-break space). None when a single piece is wider than the column: a paragraph breaks
    it, so nothing is ever clipped."""
    space = text_width(" ", font, size)
    lines: list[str] = []
    line: list[str] = []
    used = -space
    for word in pieces(content):
        length = text_width(word, font, size)
        if length > room:
            return None
        if line and used + space + length > room + shrinkage * space * len(line):
            lines.append(" ".join(line))
            line, used = [], -space
        used += space + length
        line.append(word)
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class PageFrame:
    """What the header and footer of every page say."""

    report: str
    worker: str
    client: str
    period: str
    generated: str
    legal_notice: str  # the report kind's footer line; "" for none
    made_from: str = ""  # what the footer says the report was made from; "" for the worker's own records


def numbered_canvas(frame: PageFrame) -> Callable[..., Canvas]:
    """A canvas class that draws the header and "page X of Y" once the number of pages is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset; the stubs omit it

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _decorate(self, frame, number, len(self._pages))
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(canvas: Canvas, frame: PageFrame, number: int, total: int) -> None:
    width, height = canvas._pagesize  # type: ignore[attr-defined]  # the stubs omit Canvas._pagesize
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.setFont(BOLD, 8.5)
    canvas.setFillColor(ACCENT)
    canvas.drawString(MARGIN, height - 12 * mm, check_glyphs(frame.report))
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(colors.black)
    canvas.drawRightString(width - MARGIN, height - 12 * mm,
                           check_glyphs(f"{frame.worker}  ·  {frame.client}  ·  {frame.period}"))
    canvas.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
    canvas.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
    canvas.drawString(MARGIN, 9 * mm, check_glyphs(frame.made_from or translate(
        "reports", "Made by Contractor Ledger on {day} from the worker's own records").format(day=frame.generated)))
    if frame.legal_notice:
        canvas.setFont(ITALIC, 8)
        canvas.drawCentredString(width / 2, 5.5 * mm, check_glyphs(frame.legal_notice))
    canvas.setFont(REGULAR, 8)
    canvas.drawRightString(width - MARGIN, 9 * mm, check_glyphs(
        translate("reports", "page {number} of {total}").format(number=number, total=total)))
    canvas.restoreState()


def document(path_or_buffer: Any, paper: str, keywords: str, title: str, author: str) -> SimpleDocTemplate:
    register_fonts()
    return SimpleDocTemplate(
        path_or_buffer, pagesize=PAPERS[paper], leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=check_glyphs(title), author=check_glyphs(author), keywords=[keywords],
        creator="Contractor Ledger",
        subject=check_glyphs(translate("reports", "A report made from the worker's own records")),
    )
