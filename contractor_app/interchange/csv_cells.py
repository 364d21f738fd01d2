"""CSV cells that are safe to open in a spreadsheet.

A cell starting with =, +, -, @ (or tab, carriage return) is read as a formula by Excel, LibreOffice and Google
Sheets; a note such as "=HYPERLINK(...)" must stay text. Such cells get a leading apostrophe (OWASP advice).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_rows(out: TextIO, header: Iterable[str], rows: Iterable[Iterable[object]]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
