"""The worker's full export as JSON (docs/interchange.md): the document's shape and its value encodings.

One record per line, tables in a fixed order, fields in column order: two exports of the same records are
byte-identical apart from ``exported_at``, and a diff of two exports reads record by record. Money and
quantities are decimal strings, days are YYYY-MM-DD, moments are UTC with Z (entries carry their zone in
``tz``). This module knows the document, not the vault: services/exports.py and services/json_restore.py
say which tables and columns there are.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..errors import InvalidInput, NewerVersion
from .reading import MAX_RECORDS, parse_json, read_text
from .records import problem

FORMAT = "contractor-ledger-export"
VERSION = 1
KINDS = ("int", "bool", "text", "decimal", "date", "utc", "json")
MAX_TEXT = 100_000
_UTC = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DECIMAL = re.compile(r"-?\d{1,30}(\.\d{1,30})?")
_INT64 = 2**63


def render(exported_at: datetime, app: str, tables: list[tuple[str, list[dict[str, Any]]]]) -> bytes:
    lines = [
        "{",
        f' "format": {json.dumps(FORMAT)},',
        f' "version": {VERSION},',
        f' "app": {json.dumps(app)},',
        f' "exported_at": {json.dumps(utc_text(exported_at))},',
        ' "records": {',
    ]
    for number, (name, rows) in enumerate(tables, start=1):
        closing = "," if number < len(tables) else ""
        if not rows:
            lines.append(f"  {json.dumps(name)}: []{closing}")
            continue
        lines.append(f"  {json.dumps(name)}: [")
        lines.extend(f"   {json.dumps(row, ensure_ascii=False)}{',' if i < len(rows) else ''}"
                     for i, row in enumerate(rows, start=1))
        lines.append(f"  ]{closing}")
    lines += [" }", "}", ""]
    return "\n".join(lines).encode("utf-8")


def read(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The records of an export: table name -> rows as JSON objects (values still encoded)."""
    document = parse_json(path, read_text(path))
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise problem(path, "top level", "format", f"not a Contractor Ledger export (expected {FORMAT!r})")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise problem(path, "top level", "version", "expected a whole number")
    if version > VERSION:
        raise NewerVersion(f"{path.name} was exported by a newer version of the app (format version {version}); "
                           "update the app to import it. Nothing was imported.")
    records = document.get("records")
    if not isinstance(records, dict):
        raise problem(path, "top level", "records", "expected an object of tables")
    total = 0
    for name, rows in records.items():
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise problem(path, f"records.{name}", None, "expected a list of objects")
        total += len(rows)
    if total > MAX_RECORDS:
        raise problem(path, "records", None, f"more than {MAX_RECORDS:,} records")
    return records


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def encode(kind: str, value: Any) -> Any:
    """A column value as it appears in the document."""
    if value is None:
        return None
    if kind == "utc":
        return utc_text(value)
    if kind == "date":
        return value.isoformat()
    if kind == "decimal":
        return str(value)
    return value


def decode(kind: str, raw: Any) -> Any:
    """A document value back to a column value; InvalidInput (without a place: the caller adds it) if wrong."""
    if raw is None:
        return None
    if kind == "int":
        if isinstance(raw, bool) or not isinstance(raw, int) or not -_INT64 <= raw < _INT64:
            raise InvalidInput("expected a whole number")
        return raw
    if kind == "bool":
        if not isinstance(raw, bool):
            raise InvalidInput("expected true or false")
        return raw
    if kind == "json":
        try:
            json.dumps(raw, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidInput("contains characters that are not valid Unicode") from None
        return raw
    if not isinstance(raw, str):
        raise InvalidInput(f"expected text, found {type(raw).__name__}")
    if kind == "text":
        return _text(raw)
    try:
        if kind == "utc" and _UTC.fullmatch(raw):
            return datetime.strptime(raw, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        if kind == "date" and _DAY.fullmatch(raw):
            return date.fromisoformat(raw)
        if kind == "decimal" and _DECIMAL.fullmatch(raw):
            return Decimal(raw)
    except (ValueError, InvalidOperation):
        pass
    expected = {"utc": "a UTC time like 2024-03-11T09:00:00Z", "date": "a day like 2024-03-11",
                "decimal": "a decimal number as text, like \"12.50\""}
    raise InvalidInput(f"{raw[:40]!r} is not {expected.get(kind, kind)}")


def _text(raw: str) -> str:
    if len(raw) > MAX_TEXT:
        raise InvalidInput(f"longer than {MAX_TEXT} characters")
    if "\x00" in raw:
        raise InvalidInput("contains a NUL character")
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("contains characters that are not valid Unicode") from None
    return raw
