"""Reading a file we did not write: size caps, text encodings, JSON and CSV, each failure a clear error.

Caps keep a hostile or mistaken file (a disk image picked by accident, a JSON bomb, a CSV of nothing but commas)
from eating memory and time, and each is checked BEFORE the work it bounds: the size before reading, the line
length before the CSV parser splits a line into cells, the count of JSON values before json.loads builds them.
Every cap is far above years of one person's time tracking, and every refusal names the limit:
  64 MiB per file, 250,000 records (ten years of 60 entries a day), 200 columns, lines of 256 Ki characters,
  cells of 128 Ki characters, 2,000,000 lines, 4,000,000 JSON values.
A 120 MB file of commas once took 2.8 GB and 218 s in the Toggl importer; it is now refused at its size, and a
40 MB one at its first line, in well under a second and 200 MB.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from .records import problem

MAX_BYTES = 64 * 1024 * 1024
MAX_RECORDS = 250_000
MAX_COLUMNS = 200
MAX_LINE_CHARS = 256 * 1024
MAX_CELL_CHARS = 128 * 1024  # csv's own field limit (csv.field_size_limit()), named in our error
MAX_LINES = 2_000_000  # physical lines: a CSV note may span several
MAX_JSON_VALUES = 4_000_000
_DELIMITERS = (",", ";", "\t")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")  # one physical line with its end, if any


def read_bytes(path: Path, *, limit: int | None = None) -> bytes:
    limit = limit or MAX_BYTES
    try:
        with path.open("rb") as handle:
            # The size first: a huge file is refused without being read; the read is bounded all the same.
            too_large = os.fstat(handle.fileno()).st_size > limit
            data = b"" if too_large else handle.read(limit + 1)
    except IsADirectoryError:
        raise InvalidInput.said("{path} is a folder; give the file to import. Nothing was imported.",
                                path=path) from None
    except OSError as error:
        raise InvalidInput.said("Cannot read {path}: {reason}. Nothing was imported.", path=path,
                                reason=error.strerror or "unreadable", phrases=("reason",)) from None
    if too_large or len(data) > limit:
        raise InvalidInput.said("{name} is larger than {mib} MiB; split it into smaller files. Nothing was imported.",
                                name=path.name, mib=limit // (1024 * 1024))
    return data


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark) or UTF-16 with its mark, as trackers and spreadsheets write."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data.removeprefix(codecs.BOM_UTF8)
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as error:
        line = body[: error.start].count(b"\n") + 1 if encoding == "utf-8" else "?"
        raise problem(path, f"line {line}", None,
                      f"the file is not {encoding.upper()} text; save it as UTF-8 and try again") from None


def read_text(path: Path) -> str:
    return decode(path, read_bytes(path))


def parse_json(path: Path, text: str) -> Any:
    # Every JSON value after the first in a container follows a comma, and every container opens with a bracket:
    # their count bounds the values json.loads would build (commas inside strings only make it stricter).
    values = text.count(",") + text.count("[") + text.count("{")
    if values > MAX_JSON_VALUES:
        raise problem(path, "top level", None, f"more than {MAX_JSON_VALUES:,} JSON values; split the file")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise problem(path, f"line {error.lineno} column {error.colno}", None,
                      f"not valid JSON ({error.msg})") from None
    except RecursionError:
        raise problem(path, "line 1", None, "the JSON is nested too deeply") from None
    except ValueError as error:  # a NaN or Infinity constant, refused by _no_constant
        raise problem(path, "line 1", None, str(error)) from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def records_list(path: Path, value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise problem(path, "top level", None, f"expected a JSON list of {what}, found {type(value).__name__}")
    if len(value) > MAX_RECORDS:
        raise problem(path, "top level", None, f"more than {MAX_RECORDS:,} {what}; split the file")
    return value


@dataclass
class CsvTable:
    """A CSV file's header and its rows, each with the line it ends on, for error messages."""

    path: Path
    header: list[str]
    _rows: Iterator[list[str]]
    _reader: Any

    def column(self, *names: str, prefix: bool = False) -> int | None:
        """Index of the first header matching any of ``names`` (case and spaces ignored), or None."""
        wanted = [_norm(name) for name in names]
        for index, title in enumerate(self.header):
            normalized = _norm(title)
            if normalized in wanted or (prefix and any(normalized.startswith(name) for name in wanted)):
                return index
        return None

    def require(self, *names: str, prefix: bool = False) -> int:
        index = self.column(*names, prefix=prefix)
        if index is None:
            raise problem(self.path, "line 1", None,
                          f"no {names[0]!r} column; is this the right format? Columns found: "
                          f"{', '.join(self.header)[:300]}")
        return index

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number, cells) for every non-empty row, padded to the header's width."""
        count = 0
        while True:
            try:
                row = next(self._rows)
            except StopIteration:
                return
            except csv.Error as error:
                raise _csv_problem(self.path, self._reader.line_num, error) from None
            if not any(cell.strip() for cell in row):
                continue
            count += 1
            if count > MAX_RECORDS:
                raise problem(self.path, f"line {self._reader.line_num}", None,
                              f"more than {MAX_RECORDS:,} rows; split the file")
            if len(row) > len(self.header):
                raise problem(self.path, f"line {self._reader.line_num}", None,
                              f"{len(row)} cells but the header has {len(self.header)}")
            yield self._reader.line_num, row + [""] * (len(self.header) - len(row))


def read_csv(path: Path) -> CsvTable:
    """Open a CSV file, telling comma, semicolon and tab apart by the header line."""
    text = read_text(path)
    end = text.find("\n", 0, MAX_LINE_CHARS + 1)
    first = text[:end if end >= 0 else MAX_LINE_CHARS + 1]
    delimiter = max(_DELIMITERS, key=first.count)
    if first.count(delimiter) >= MAX_COLUMNS:  # before the parser makes a list of a million empty cells
        raise problem(path, "line 1", None, f"more than {MAX_COLUMNS} columns")
    reader = csv.reader(bounded_lines(path, text), delimiter=delimiter, strict=True)
    rows = iter(reader)
    try:
        header = next(rows)
    except StopIteration:
        raise problem(path, "line 1", None, "the file is empty") from None
    except csv.Error as error:
        raise _csv_problem(path, 1, error) from None
    if len(header) > MAX_COLUMNS:  # a quoted header cell may hold delimiters and line breaks
        raise problem(path, "line 1", None, f"more than {MAX_COLUMNS} columns")
    header = [title.strip() for title in header]
    return CsvTable(path, header, rows, reader)


def bounded_lines(path: Path, text: str) -> Iterator[str]:
    """The physical lines of ``text`` (ends kept, as the csv module wants them: LF, CRLF or CR), each measured
    before it is copied out of ``text`` and refused when longer than MAX_LINE_CHARS (a line of a million commas
    would be a million cells), and at most MAX_LINES of them. (io.StringIO would hold a second, 4-byte-per-
    character copy of the whole file.)"""
    for number, match in enumerate(_LINE.finditer(text), start=1):
        if match.end() - match.start() > MAX_LINE_CHARS:
            raise problem(path, f"line {number}", None, f"the line is longer than {MAX_LINE_CHARS:,} characters")
        if number > MAX_LINES:
            raise problem(path, f"line {number}", None, f"more than {MAX_LINES:,} lines; split the file")
        yield match.group()


def text_lines(path: Path, text: str) -> Iterator[tuple[int, str]]:
    """(line number, line without its end) for line-based formats, with the line-length and line-count caps."""
    for number, line in enumerate(bounded_lines(path, text), start=1):
        yield number, line.rstrip("\r\n")


def _csv_problem(path: Path, line: int, error: csv.Error) -> InvalidInput:
    if "field larger than field limit" in str(error):
        return problem(path, f"line {line}", None,
                       f"a cell is longer than {MAX_CELL_CHARS:,} characters")
    return problem(path, f"line {line}", None, f"not readable as CSV ({error})")


def cell(row: list[str], index: int | None) -> str:
    return row[index].strip() if index is not None else ""


def _norm(name: str) -> str:
    return " ".join(name.lower().split())
