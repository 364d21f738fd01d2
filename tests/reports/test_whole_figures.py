"""A report table never breaks a figure inside (found in review): in a 170 mm daily log the Date column split a date
as "2026-01-0" / "1", a start time lost its last digit to a second line, and amounts went over two lines. A column
holding dates, times, amounts or hours is at least as wide as its longest figure; the text columns (notes, names)
take what remains and wrap at word boundaries. Read back from the PDF with pypdf: a cell's line is one line of text.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from contractor_app.domain.money import Money
from contractor_app.reports.blocks import entries_table, hours, payments_table
from contractor_app.reports.columns import LEGIBLE
from contractor_app.reports.fonts import REGULAR
from contractor_app.reports.language import day, in_language, money, number
from contractor_app.reports.layout import CELL_LEADING, CELL_SIZE, PADDING, SMALLEST, frame_width, table
from contractor_app.reports.rows import RowTable, text_width

LANGUAGES = ("en", "es", "fr", "fil")


@dataclass(frozen=True)
class Entry:
    id: int
    start: datetime
    end: datetime
    break_seconds: int = 0
    units: Decimal | None = None
    note: str | None = None
    client: str = "Acme"
    engagement: str = "Audio"
    tz: str = "UTC"
    category: str = "transcription"
    source: str = "manual"
    entered_at: datetime = datetime(2026, 6, 1, tzinfo=UTC)
    recorded_late: bool = False
    edited: bool = True
    overlaps: tuple[int, ...] = (3,)

    @property
    def worked_seconds(self) -> int:
        return int((self.end - self.start).total_seconds()) - self.break_seconds


@dataclass(frozen=True)
class Payment:
    id: int
    received_on: date
    gross: Money
    fees: Money
    net: Money
    period_from: date | None
    period_to: date | None
    client: str = "Acme Labeling International"
    method: str | None = "bank transfer"
    reference: str | None = "INV-2026-0001"


NOTE = "labelled the clips of batch seven and checked the speakers' names against the script"


def entries() -> list[Entry]:
    first = datetime(2026, 1, 1, 9, tzinfo=UTC)
    made = []
    for i in range(40):
        start = first + timedelta(days=i, minutes=17 * i)
        end = start + timedelta(hours=14 + i % 3) if i % 4 == 0 else start + timedelta(hours=2, minutes=i)
        made.append(Entry(i, start, end, break_seconds=1800 * (i % 2), units=Decimal("1234.5") if i % 5 else None,
                          note=NOTE if i % 3 else None))
    return made


def payments() -> list[Payment]:
    usd = [Money(Decimal(a), "USD") for a in ("12345.67", "120.00", "9.99")]
    return [Payment(i, date(2026, 2, 28 - i), gross, Money(Decimal("1234.56"), "USD"), gross,
                    date(2026, 1, 1), date(2026, 1, 31) if i else None) for i, gross in enumerate(usd)]


def lines_of(flowable: Flowable, width: float) -> list[str]:
    """The lines pypdf reads from ``flowable`` drawn in a frame ``width`` wide (reportlab's 6 pt frame padding
    added around it, as a report's frame has)."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=(width + 40 * mm + 12, 297 * mm), leftMargin=20 * mm,
                      rightMargin=20 * mm).build([flowable])
    return [line for page in PdfReader(buffer).pages for line in (page.extract_text() or "").split("\n")]


def log_figures(rows: Sequence[Entry]) -> Counter[str]:
    """Every date, time, break, hours and units figure of the daily log, as the report writes it."""
    figures: Counter[str] = Counter()
    for entry in rows:
        days = (entry.end.date() - entry.start.date()).days
        figures.update([day(entry.start.date()), f"{entry.start:%H:%M}",
                        f"{entry.end:%H:%M}" + (f" +{days}d" if days else ""), hours(entry.worked_seconds)])
        if entry.break_seconds:
            figures[f"{entry.break_seconds // 60} min"] += 1
        if entry.units is not None:
            figures[number(entry.units)] += 1
    return figures


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_daily_log_in_a_170_mm_frame_keeps_every_date_time_and_figure_whole(language: str) -> None:
    with in_language(language):
        rows = entries()
        lines = Counter(lines_of(entries_table(rows, 170 * mm), 170 * mm))
        expected = log_figures(rows)
    broken = {figure: lines[figure] for figure, count in expected.items() if lines[figure] < count}
    assert not broken, broken  # each figure is a whole line of its cell, as often as the log has it


@pytest.mark.parametrize("language", LANGUAGES)
def test_payments_in_a_170_mm_frame_keep_their_amounts_dates_and_references_whole(language: str) -> None:
    with in_language(language):
        rows = payments()
        lines = lines_of(payments_table(rows, 170 * mm), 170 * mm)
        amounts = [money(p.gross) for p in rows] + [money(p.fees) for p in rows]
        dates = [day(p.received_on) for p in rows]
        period_end = day(date(2026, 1, 31))
    lines = [line.replace("\xa0", " ") for line in lines]  # pypdf reads a no-break space as a space
    text = "\n".join(lines)
    for figure in amounts + dates:
        assert any(figure.replace("\xa0", " ") in line for line in lines), (figure, text)
    assert text.count(period_end) == 2  # the end of each "pays for" period, whole
    assert lines.count("INV-2026-0001") == 3  # a reference is a code, kept whole too


def test_each_figure_column_is_as_wide_as_its_longest_figure_and_the_note_gives_the_room() -> None:
    with in_language("fil"):
        rows = entries()
        made = entries_table(rows, 170 * mm)
        longest_date = max(text_width(day(e.start.date()), REGULAR, 8) for e in rows)
    assert isinstance(made, RowTable)
    widths = made._widths
    assert sum(widths) == pytest.approx(170 * mm)
    assert widths[0] >= longest_date + 2 * PADDING
    assert widths[7] < 0.36 * 170 * mm - 20  # the note gave most of the room: it had the most to spare
    assert widths[5] > 0.125 * 170 * mm - 5


def test_a_table_whose_figures_fit_keeps_the_widths_it_was_given() -> None:
    made = table(["Date", "Note"], [["2026-01-01", NOTE]], [100, 300])
    assert made._widths == [100, 300]


def test_a_narrow_frame_sets_the_table_in_smaller_type_before_it_breaks_a_figure() -> None:
    """At 120 mm the log's figures do not all fit at 8 pt beside a legible note and category; at 7 pt (no smaller:
    legible in print) they do, each whole on its line."""
    rows = entries()[:8]
    made = entries_table(rows, 120 * mm)
    assert isinstance(made, RowTable)
    assert SMALLEST <= made._size < CELL_SIZE and made._leading == pytest.approx(made._size * CELL_LEADING / CELL_SIZE)
    lines = Counter(lines_of(made, 120 * mm))
    broken = {figure: lines[figure] for figure, count in log_figures(rows).items() if lines[figure] < count}
    assert not broken, broken
    assert sum(made._widths) == pytest.approx(120 * mm)
    assert entries_table(rows, 170 * mm)._size == CELL_SIZE  # type: ignore[attr-defined]  # a RowTable


def test_a_frame_too_narrow_for_every_figure_still_says_everything_within_the_frame() -> None:
    """At 80 mm the log's nine columns cannot hold every figure on one line, even in 7 pt type: each text column keeps
    a legible width (or its longest word), the figure columns share the rest by what they lack, what does not fit
    breaks as a paragraph breaks it, and nothing is clipped or drawn past the frame."""
    rows = entries()[:6]
    made = entries_table(rows, 80 * mm)
    assert isinstance(made, RowTable)
    assert made._size == SMALLEST
    assert sum(made._widths) == pytest.approx(80 * mm)
    # the category keeps a legible width, the note its longest word
    assert made._widths[5] >= LEGIBLE
    assert made._widths[7] >= max(text_width(word, REGULAR, SMALLEST) for word in NOTE.split()) + 2 * PADDING
    said = "".join("".join(lines_of(made, 80 * mm)).split())
    for figure in log_figures(rows):
        assert "".join(figure.split()) in said
    assert "".join(NOTE.split()) in said
    assert said.count("2026-01-0") == 6  # the dates are there, if not each on one line


def test_a_figure_is_never_broken_at_a_space_that_does_not_break() -> None:
    """French writes 12 345,67 USD with no-break spaces: a cell that wraps keeps them, and the amount, whole."""
    with in_language("fr"):
        amount = money(Money(Decimal("12345.67"), "USD"))
    made = table(["Note"], [[f"the worker was paid {amount} on the day after"]], [30 * mm])
    cell = made._rows[0][0]
    assert isinstance(cell, str) and "\n" in cell
    assert any(amount in line for line in cell.split("\n")), cell


def test_the_room_for_figures_comes_from_text_that_can_spare_it_without_splitting_a_word() -> None:
    """Spanish "incorporación" (onboarding) fitted its category column; taking room from every column by its spare
    split it as "incorporació" / "n" in the rendered log. The note, whose words are short, gives the room."""
    made = table(["Date", "Category", "Note"], [["2026-01-01", "incorporación", NOTE]], [40, 62, 200])
    assert made._widths[0] >= text_width("2026-01-01", REGULAR, 8) + 2 * PADDING
    assert made._rows[0][1] == "incorporación"
    assert made._widths[1] >= text_width("incorporación", REGULAR, 8) + 2 * PADDING


def test_a_word_of_text_that_the_table_can_afford_is_not_split() -> None:
    """In the A4 frame (12 pt narrower once tables ended at the margin) the Spanish log's category column was a point
    short of "incorporación" and split it; the note has short words and room to give."""
    with in_language("es"):
        made = entries_table([replace(entry, category="onboarding") for entry in entries()[:3]], frame_width("a4"))
    assert isinstance(made, RowTable)
    assert [row[5] for row in made._rows] == ["incorporación"] * 3
