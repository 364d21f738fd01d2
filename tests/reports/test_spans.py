"""A span of days ("2026-01-01 – 2026-01-31") keeps its dash inside a line (the stop-26 notes: a span could leave its
dash alone at the start or the end of a line). Every span a report writes is built by one helper, language.span,
which binds the dash to both ends with no-break spaces; read back from the PDF with pypdf."""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

import contractor_app.reports as reports_package
from contractor_app.domain.money import Money
from contractor_app.reports.blocks import payments_table
from contractor_app.reports.fonts import REGULAR, check_glyphs
from contractor_app.reports.language import day, in_language, span
from contractor_app.reports.layout import frame_width, styles
from contractor_app.reports.rows import text_width

from .test_whole_figures import Payment, lines_of

LANGUAGES = ("en", "es", "fr", "fil")
DASH = "\u2013"
BEFORE = "The payment of the third of March covers the days"


def dash_at_an_edge(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip(" \u00a0").startswith(DASH) or line.strip(" \u00a0").endswith(DASH)]


def widths(text: str) -> list[float]:
    """Paragraph widths from just wider than the text's longest piece to wider than the whole text, 2 pt apart:
    every place a line can break falls at the end of one of them."""
    size = styles()["body"].fontSize
    narrowest = max(text_width(piece, REGULAR, size) for piece in text.split(" ")) + 2
    return [narrowest + 2 * step for step in range(int((text_width(text, REGULAR, size) - narrowest) / 2) + 2)]


def edges_at_every_width(text: str) -> list[str]:
    found = []
    for width in widths(text):
        found += dash_at_an_edge(lines_of(Paragraph(text, styles()["body"]), width))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_span_never_leaves_its_dash_at_the_start_or_end_of_a_line(language: str) -> None:
    with in_language(language):
        start, end = day(date(2026, 1, 1)), day(date(2026, 1, 31))
    text = f"{BEFORE} {span(start, end)} and no other."
    assert check_glyphs(text) == text  # the report's fonts have the no-break space and the dash
    assert not edges_at_every_width(text)
    assert f"{start} {DASH} {end}" in " ".join(lines_of(Paragraph(text, styles()["body"]), 170 * mm)).replace(
        "\u00a0", " ")  # said whole where it fits


def test_a_span_written_with_plain_spaces_can_leave_its_dash_at_an_edge() -> None:
    """The check above can fail: the span as the reports wrote it before."""
    text = f"{BEFORE} {day(date(2026, 1, 1))} {DASH} {day(date(2026, 1, 31))} and no other."
    assert edges_at_every_width(text)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("frame", [260 * mm, frame_width("letter"), frame_width("a4"), 150 * mm])
def test_a_table_breaks_a_span_only_after_its_dash(language: str, frame: float) -> None:
    """What a payment pays for, in a wide table, in the frames of a Letter and an A4 page, and narrower: the span is
    whole where its column holds it; where the column is narrower (the names beside it keep their room), it breaks
    after its dash, never before it, and the dash is never a line of its own (the Spanish table at 150 mm had it
    alone). A frame so narrow that a date itself breaks (test_whole_figures: 80 mm) promises no more."""
    usd = Money(Decimal("120.00"), "USD")
    rows = [Payment(1, date(2026, 2, 3), usd, Money(Decimal(0), "USD"), usd, date(2026, 1, 1), date(2026, 1, 31))]
    with in_language(language):
        lines = [line.replace("\u00a0", " ").strip() for line in lines_of(payments_table(rows, frame), frame)]
        start, end = day(date(2026, 1, 1)), day(date(2026, 1, 31))
    assert not [line for line in lines if line.startswith(DASH)], lines
    at = next(i for i, line in enumerate(lines) if DASH in line)
    assert lines[at] == f"{start} {DASH} {end}" or (lines[at], lines[at + 1]) == (f"{start} {DASH}", end), lines
    if frame == 260 * mm:
        assert lines[at] == f"{start} {DASH} {end}"  # room for it whole


def test_every_span_in_the_reports_is_built_by_the_one_helper() -> None:
    """No report writes " – " between two values itself (blocks, build, privacy and the share summary did)."""
    root = Path(reports_package.__file__).parent
    by_hand = []
    for path in sorted(root.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}  # say how one reads
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and f" {DASH} " in node.value \
                    and id(node) not in docstrings:
                by_hand.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.JoinedStr) and any(isinstance(part, ast.Constant) and DASH in str(part.value)
                                                       for part in node.values):
                by_hand.append(f"{path.name}:{node.lineno}")
    assert not by_hand, by_hand
