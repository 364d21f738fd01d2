"""The reports' table drawn straight on the canvas (reports/rows.py, issue 18) lays out, breaks pages and reads back
exactly as reportlab's Table with the reports' former style did, and draws each cell's text as drawString does."""

from __future__ import annotations

import io
import random
from typing import Any

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from contractor_app.reports.fonts import BOLD, REGULAR, register_fonts
from contractor_app.reports.layout import (
    ACCENT,
    CELL_LEADING,
    CELL_SIZE,
    PADDING,
    RULE,
    SHADE,
    _cell,
    para,
    styles,
    table,
)
from contractor_app.reports.rows import RowTable, draw_string

WIDTHS = [w * 170 * mm for w in (0.12, 0.08, 0.1, 0.5, 0.2)]
NUMERIC = (2, 4)
WORDS = ("task", "annotated", "audio", "Đặng", "review", "transcripts", "—", "(x)", "batch-7:", "speech", "ok")


def reference_table(header: list[str], rows: list[list[Any]], numeric: tuple[int, ...],
                    shade_rows: tuple[int, ...] = ()) -> Table:
    """What layout.table built before rows.py: reportlab's Table with the reports' style."""
    sheet = styles()
    cells = [[_cell(c, WIDTHS[i], sheet["cell_right"] if i in numeric else sheet["cell"], font)
              for i, c in enumerate(row)] for row, font in [(header, BOLD)] + [(row, REGULAR) for row in rows]]
    result = Table(cells, colWidths=WIDTHS, repeatRows=1, hAlign="LEFT")
    result.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE), ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT), ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        *[("ALIGN", (i, 0), (i, -1), "RIGHT") for i in numeric],
        *[("BACKGROUND", (0, r + 1), (-1, r + 1), SHADE) for r in shade_rows]]))
    return result


def pages(story: list[Flowable]) -> list[str]:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, leftMargin=20 * mm, rightMargin=20 * mm).build(story)
    return [page.extract_text() for page in PdfReader(buffer).pages]


def sample_rows(count: int, seed: int) -> list[list[Any]]:
    chooser = random.Random(seed)
    rows: list[list[Any]] = []
    for i in range(count):
        note = " ".join(chooser.choice(WORDS) for _ in range(chooser.randint(0, 30)))
        if i % 97 == 5:
            note += "\nthe worker's own second line"
        if i % 131 == 7:
            note = "see https://example.org/" + "a" * 90  # a word wider than the column: a paragraph
        rows.append([f"2025-01-{i % 28 + 1:02d}", f"{i % 24:02d}:30", f"{chooser.randint(1, 900) / 100:.2f}", note,
                     "" if i % 3 else f"USD {i}.00"])
    return rows


def test_a_long_table_breaks_its_pages_and_reads_back_as_reportlabs_table_did() -> None:
    header = ["Date", "Start", "Hours", "Note", "Amount"]
    for seed in (1, 2):
        rows = sample_rows(400, seed)
        # a heading that leaves the first page's foot too short for a row, at a different height each time
        lead: list[Flowable] = [Spacer(1, 180 * mm + seed * 17), para("Daily log", styles()["h2"])]
        expected = pages([*lead, reference_table(header, rows, NUMERIC, shade_rows=(0, 4))])
        got = pages([*lead, table(header, rows, WIDTHS, numeric=NUMERIC, shade_rows=(0, 4))])
        assert len(got) == len(expected) > 10
        assert got == expected


def test_tables_that_follow_each_other_split_again_after_a_failed_split() -> None:
    """A part whose split failed at a page's foot is marked by platypus; the parts made from it later must not
    inherit the mark, or the next failed split stops the whole report ("too large on page N")."""
    header = ["Date", "Start", "Hours", "Note", "Amount"]
    story: list[Flowable] = [table(header, sample_rows(250, seed), WIDTHS, numeric=NUMERIC) for seed in range(6)]
    assert len(pages(story)) > 20


def test_each_page_part_repeats_the_header_and_keeps_the_rows_in_order() -> None:
    rows = [[f"row {i}", "", "1.00", "note", ""] for i in range(300)]
    text = pages([table(["Date", "Start", "Hours", "Note", "Amount"], rows, WIDTHS, numeric=NUMERIC)])
    assert len(text) > 3 and all(page.startswith("Date\nStart\nHours\nNote\nAmount\n") for page in text)
    numbers = [int(line.split()[1]) for page in text for line in page.splitlines() if line.startswith("row ")]
    assert numbers == list(range(300))


def test_a_cell_that_is_a_paragraph_is_drawn_within_its_column() -> None:
    register_fonts()
    long = "https://example.org/" + "b" * 120
    made = table(["Date", "Start", "Hours", "Note", "Amount"], [["d", "s", "1", long, "x"]], WIDTHS, numeric=NUMERIC)
    assert isinstance(made, RowTable)
    _, height = made.wrap(sum(WIDTHS), 1000)
    assert height > 13.8 + 3 * CELL_LEADING  # the long word wraps over several lines, nothing clipped
    assert "".join(pages([made])[0].split("\n")).count("b" * 40) >= 1


def test_a_line_is_drawn_with_the_operators_drawstring_gives_it() -> None:
    register_fonts()
    for line in ("2025-01-01", "Đặng Thị — (x) \\ é", "", "2025-01-01"):
        for font in (REGULAR, BOLD):
            canvas = Canvas(io.BytesIO())
            canvas.setFont(font, CELL_SIZE, CELL_LEADING)
            canvas._code = []  # type: ignore[attr-defined]  # the page's operators so far
            canvas.drawString(10.5, 700.25, line)
            draw_string(canvas, 10.5, 700.25, line, font, CELL_SIZE, CELL_LEADING)
            draw_string(canvas, 10.5, 700.25, line, font, CELL_SIZE, CELL_LEADING)  # the second time, remembered
            drawn, *ours = canvas._code  # type: ignore[attr-defined]
            assert ours == [drawn, drawn]


def test_a_paragraph_cell_in_a_numeric_column_is_right_aligned_like_its_text() -> None:
    sheet = styles()
    cell = Paragraph("<b>USD 12.00</b>", sheet["problem_right"])
    made = table(["Figure", "Amount"], [["Balance", cell]], [100, 100], numeric=(1,))
    assert "USD 12.00" in pages([made])[0]



def test_a_long_daily_log_is_one_table_whose_header_shows_once_per_page() -> None:
    """The claim's log was cut into 250-row tables, so a new table's header stood in the middle of a page; one table
    now splits in time proportional to a page, not to the rows left (a 100,000-entry packet has ~2,000 pages)."""
    from dataclasses import dataclass
    from datetime import UTC, datetime, timedelta
    from decimal import Decimal

    from contractor_app.reports.blocks import entries_table

    @dataclass(frozen=True)
    class Entry:
        id: int
        start: datetime
        end: datetime
        client: str = "Acme"
        engagement: str = "Audio"
        tz: str = "UTC"
        break_seconds: int = 0
        category: str = "task"
        units: Decimal | None = None
        note: str | None = "labelled clips"
        source: str = "manual"
        entered_at: datetime = datetime(2026, 6, 1, tzinfo=UTC)
        recorded_late: bool = False
        edited: bool = False
        overlaps: tuple[int, ...] = ()

        @property
        def worked_seconds(self) -> int:
            return int((self.end - self.start).total_seconds())

    first = datetime(2026, 1, 1, 9, tzinfo=UTC)
    entries = [Entry(i, first + timedelta(hours=3 * i), first + timedelta(hours=3 * i + 2)) for i in range(600)]
    text = pages([entries_table(entries, 170 * mm)])
    assert len(text) > 10
    assert [page.count("Date\nStart\nEnd") for page in text] == [1] * len(text)
