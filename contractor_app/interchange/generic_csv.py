"""Any CSV of work times, read through a column mapping the worker gives once and the app keeps per source.

Fields a mapping may name (``FIELD=COLUMN``):

- ``start`` (required): an ISO date and time (2024-03-11 09:00, 2024-03-11T09:00:00+01:00), or, with ``date``,
  a clock time (09:00, 9:00 AM);
- ``end`` or ``duration`` (one required): like ``start``, or a length as H:MM or H:MM:SS;
- ``date``: the day, when start and end are clock times (2024-03-11, 03/11/2024, 11.03.2024);
- ``client``, ``project``, ``note``, ``tags`` (comma-separated), ``category``, ``id`` (a unique id per row,
  kept so re-imports are recognised; without it rows are matched by start, end and engagement).

Times without an offset are wall-clock times in the worker's zone (or --timezone).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..errors import InvalidInput
from .clock import local_span, parse_clock, parse_day, parse_duration
from .reading import CsvTable, cell, read_csv
from .records import MAX_NAME, MAX_TEXT, EntryChecker, ParsedEntry, ParsedFile
from .sheet import split_tags

FORMAT = "csv"
FIELDS = ("start", "end", "duration", "date", "client", "project", "note", "tags", "category", "id")


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column holds each field; None for a field the file does not have."""

    start: str
    end: str | None = None
    duration: str | None = None
    date: str | None = None
    client: str | None = None
    project: str | None = None
    note: str | None = None
    tags: str | None = None
    category: str | None = None
    id: str | None = None

    @classmethod
    def from_fields(cls, fields: dict[str, Any]) -> ColumnMapping:
        """Check a mapping typed by the worker or read back from the vault."""
        unknown = sorted(set(fields) - set(FIELDS))
        if unknown:
            raise InvalidInput.said("Unknown mapping field {field!r}: use {fields}.", field=unknown[0],
                                    fields=", ".join(FIELDS))
        for name, column in fields.items():
            if not isinstance(column, str) or not column.strip() or len(column) > MAX_NAME:
                raise InvalidInput.said("The mapping of {name!r} must name a column.", name=name)
        if "start" not in fields:
            raise InvalidInput("The mapping needs start=COLUMN.")
        if "end" not in fields and "duration" not in fields:
            raise InvalidInput("The mapping needs end=COLUMN or duration=COLUMN.")
        return cls(**{name: column.strip() for name, column in fields.items()})

    def fields(self) -> dict[str, str]:
        return {name: column for name, column in asdict(self).items() if column is not None}


def parse_mapping(pairs: list[str]) -> ColumnMapping:
    """``["start=Begin", "end=Finish"]`` as typed after --map."""
    return ColumnMapping.from_fields(mapping_fields(pairs))


def mapping_fields(pairs: list[str]) -> dict[str, str]:
    """FIELD=COLUMN pairs as typed after --map, as a dict (the payment statements' mapping reads them too)."""
    fields: dict[str, str] = {}
    for pair in pairs:
        name, sep, column = pair.partition("=")
        if not sep:
            raise InvalidInput.said("--map {pair!r} is not FIELD=COLUMN (e.g. --map start=Begin).", pair=pair)
        fields[name.strip().lower()] = column
    return fields


def parse(path: Path, tz: ZoneInfo, mapping: ColumnMapping) -> ParsedFile:
    table = read_csv(path)
    checker = EntryChecker(path)
    columns = {name: _column(table, column) for name, column in mapping.fields().items()}
    parsed = ParsedFile(FORMAT, path)
    for line, row in table.rows():
        where = f"line {line}"
        value = {name: cell(row, index) for name, index in columns.items()}
        day = None
        if "date" in value:
            day = parse_day(value["date"])
            if day is None:
                raise checker.fail(where, mapping.date, f"{value['date'][:40]!r} is not a date (use 2024-03-11)")
        start = _moment(checker, where, value["start"], day, mapping.start)
        duration = None
        if "duration" in value:
            duration = parse_duration(value["duration"])
            if duration is None:
                raise checker.fail(where, mapping.duration,
                                   f"{value['duration'][:40]!r} is not a duration (use 1:30 or 1:30:00)")
        if "end" in value:
            end = _moment(checker, where, value["end"], day, mapping.end)
            if day is not None and end <= start:
                end += timedelta(days=1)  # a clock time past midnight
            first, last = _span(checker, where, start, end, tz, duration, mapping)
        else:
            first, _ = _span(checker, where, start, start, tz, None, mapping)
            last = first + timedelta(seconds=duration or 0)
            checker.span(where, first, last, start_field=mapping.start, end_field=mapping.duration or "duration")
        tags = split_tags(checker, value.get("tags", ""), where, mapping.tags or "tags")
        category = checker.text(value.get("category"), where, mapping.category or "category")
        parsed.entries.append(ParsedEntry(
            where=where, start=first, end=last,
            client=checker.text(value.get("client"), where, mapping.client or "client"),
            project=checker.text(value.get("project"), where, mapping.project or "project"),
            tags=((category,) if category else ()) + tags,
            description=checker.text(value.get("note"), where, mapping.note or "note", limit=MAX_TEXT),
            ref=checker.text(value.get("id"), where, mapping.id or "id"),
        ))
    return parsed


def _column(table: CsvTable, name: str) -> int:
    index = table.column(name)
    if index is None:
        raise InvalidInput.said("{file} has no column {name!r} (columns: {columns}). Nothing was imported.",
                                file=table.path.name, name=name, columns=", ".join(table.header)[:300])
    return index


def _moment(checker: EntryChecker, where: str, text: str, day: date | None, field_name: str | None) -> datetime:
    """A clock time on ``day``, or an ISO date and time; naive (wall-clock, zone still to apply) or aware."""
    if day is not None:
        clock = parse_clock(text)
        if clock is None:
            raise checker.fail(where, field_name, f"{text[:40]!r} is not a time (use 13:05 or 1:05 PM)")
        return datetime.combine(day, clock)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise checker.fail(where, field_name, f"{text[:40]!r} is not a date and time (use 2024-03-11 09:00)") from None
    if parsed.tzinfo is not None:
        try:
            parsed = parsed.astimezone(UTC)
        except (OverflowError, ValueError):
            raise checker.fail(where, field_name, f"{text[:40]!r} is out of range") from None
    return parsed.replace(microsecond=0)


def _span(checker: EntryChecker, where: str, start: datetime, end: datetime, tz: ZoneInfo, duration: int | None,
          mapping: ColumnMapping) -> tuple[datetime, datetime]:
    """Wall-clock times go through the zone (and the duration picks the reading in a repeated hour)."""
    if start.tzinfo is None and end.tzinfo is None:
        return local_span(checker, where, start, end, tz, duration=duration, start_field=mapping.start,
                          end_field=mapping.end or mapping.start)
    if start.tzinfo is None or end.tzinfo is None:
        naive = mapping.start if start.tzinfo is None else mapping.end
        raise checker.fail(where, naive, "mixes a time without an offset with one that has an offset")
    checker.span(where, start, end, start_field=mapping.start, end_field=mapping.end or mapping.start)
    return start, end
