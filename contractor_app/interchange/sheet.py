"""What the spreadsheet-style exports share: a date and a clock time in two cells, tags in one cell, and the
layout of Toggl and Clockify reports (start and end each as a date cell and a time cell)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from .clock import local_span, parse_clock, parse_day, parse_duration
from .reading import cell, read_csv
from .records import MAX_TEXT, EntryChecker, ParsedEntry, ParsedFile


@dataclass(frozen=True, slots=True)
class Layout:
    """Header names of one report format; the first name of each tuple is the one shown in errors."""

    format: str
    start_date: str
    start_time: str
    end_date: str
    end_time: str
    duration: tuple[str, ...]
    task: tuple[str, ...]
    amount_prefix: str


def parse_report(path: Path, tz: ZoneInfo, layout: Layout) -> ParsedFile:
    """Rows of a detailed time report: one entry per row, wall-clock times read in ``tz``."""
    table = read_csv(path)
    checker = EntryChecker(path)
    columns = {
        "client": table.column("Client"), "project": table.column("Project"),
        "description": table.column("Description"), "task": table.column(*layout.task),
        "billable": table.column("Billable"), "tags": table.column("Tags"),
        "duration": table.column(*layout.duration),
        "start date": table.require(layout.start_date), "start time": table.require(layout.start_time),
        "end date": table.require(layout.end_date), "end time": table.require(layout.end_time),
    }
    amount = table.column(layout.amount_prefix, prefix=True)
    currency = table.header[amount].partition("(")[2].rstrip(")").strip() if amount is not None else ""
    parsed = ParsedFile(layout.format, path)
    for line, row in table.rows():
        where = f"line {line}"
        value = {name: cell(row, index) for name, index in columns.items()}
        start = local_moment(checker, where, value["start date"], value["start time"],
                             layout.start_date, layout.start_time)
        end = local_moment(checker, where, value["end date"], value["end time"], layout.end_date, layout.end_time)
        first, last = local_span(checker, where, start, end, tz, duration=parse_duration(value["duration"]),
                                 start_field=layout.start_time, end_field=layout.end_time)
        details = [("task", checker.text(value["task"], where, layout.task[0]))]
        if value["billable"].lower() == "no":
            details.append(("billable", "no"))
        if amount is not None and cell(row, amount):
            details.append(("amount", f"{currency} {checker.text(cell(row, amount), where, table.header[amount])}"))
        parsed.entries.append(ParsedEntry(
            where=where, start=first, end=last,
            client=checker.text(value["client"], where, "Client"),
            project=checker.text(value["project"], where, "Project"),
            tags=split_tags(checker, value["tags"], where, "Tags"),
            description=checker.text(value["description"], where, "Description", limit=MAX_TEXT),
            details=tuple((key, text.strip()) for key, text in details if text),
        ))
    return parsed


def local_moment(
    checker: EntryChecker, where: str, day_text: str, clock_text: str, day_field: str, clock_field: str
) -> datetime:
    """The wall-clock date and time of two cells (no zone yet)."""
    day = parse_day(day_text)
    if day is None:
        raise checker.fail(where, day_field, f"{_quote(day_text)} is not a date (use 2024-03-11 or 03/11/2024)")
    clock = parse_clock(clock_text)
    if clock is None:
        raise checker.fail(where, clock_field, f"{_quote(clock_text)} is not a time (use 13:05:00 or 1:05:00 PM)")
    return datetime.combine(day, clock)


def split_tags(checker: EntryChecker, text: str, where: str, field_name: str) -> tuple[str, ...]:
    """Tags joined by commas ("label, review")."""
    tags = (checker.text(part, where, field_name) for part in text.split(","))
    return tuple(tag for tag in tags if tag)


def _quote(text: str) -> str:
    return repr(text[:40]) if text else "an empty cell"
