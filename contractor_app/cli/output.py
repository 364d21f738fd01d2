"""Plain-text tables and number formats for the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """Left-aligned columns separated by two spaces; the header underlined."""
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max([len(header[i])] + [len(row[i]) for row in cells]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()

    return [line(header), line(["-" * width for width in widths]), *(line(row) for row in cells)]


def hours(seconds: int) -> Decimal:
    """Decimal hours to two places, as reports show them."""
    return (Decimal(seconds) / 3600).quantize(Decimal("0.01"))
