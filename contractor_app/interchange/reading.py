"""Reading a file we did not write: size caps, text encodings, JSON and CSV, each failure a clear error.

Caps keep a hostile or mistaken file (a disk image picked by accident, a JSON bomb) from eating memory:
128 MiB and 1,000,000 records per import, far above years of one person's time tracking.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from .records import problem

MAX_BYTES = 128 * 1024 * 1024
MAX_RECORDS = 1_000_000
_DELIMITERS = (",", ";", "\t")


def read_bytes(path: Path, *, limit: int | None = None) -> bytes:
    limit = limit or MAX_BYTES
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder; give the file to import. Nothing was imported.") from None
    except OSError as error:
        raise InvalidInput(f"Cannot read {path}: {error.strerror or 'unreadable'}. Nothing was imported.") from None
    if len(data) > limit:
        raise InvalidInput(f"{path.name} is larger than {limit // (1024 * 1024)} MiB; split it into smaller "
                           "files. Nothing was imported.")
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
                raise problem(self.path, f"line {self._reader.line_num}", None,
                              f"not readable as CSV ({error})") from None
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
    first = text.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = iter(reader)
    try:
        header = next(rows)
    except StopIteration:
        raise problem(path, "line 1", None, "the file is empty") from None
    except csv.Error as error:
        raise problem(path, "line 1", None, f"not readable as CSV ({error})") from None
    header = [title.strip() for title in header]
    return CsvTable(path, header, rows, reader)


def cell(row: list[str], index: int | None) -> str:
    return row[index].strip() if index is not None else ""


def _norm(name: str) -> str:
    return " ".join(name.lower().split())
