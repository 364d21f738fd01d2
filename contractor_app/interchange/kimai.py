"""Kimai's timesheet export as CSV, with English headers or German, French, Spanish or Dutch ones.

Columns used: Date, Begin (or From), End (or To), Duration, Break, Customer, Project, Activity, Description,
Tags; others (User, Rate, Exported, ...) are ignored. Begin and End are local clock times on the row's date
(an End earlier than Begin is on the next day). Kimai writes them to the minute; when Duration has seconds
(the [hh]:mm:ss template) it is the exact worked time and the end becomes Begin + Break + Duration. The export
has no timesheet ids, so re-imports are matched by start, end and engagement.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from .clock import local_span, parse_clock, parse_duration
from .reading import cell, read_csv
from .records import MAX_TEXT, EntryChecker, ParsedEntry, ParsedFile
from .sheet import local_moment, split_tags

FORMAT = "kimai"
HEADERS = {
    "date": ("Date", "Datum", "Fecha"),
    "begin": ("Begin", "From", "Start", "Beginn", "Von", "Début", "Inicio", "Desde"),
    "end": ("End", "To", "Ende", "Bis", "Fin", "Hasta", "Eind"),
    "duration": ("Duration", "Dauer", "Durée", "Duración", "Duur"),
    "break": ("Break", "Pause", "Pausa", "Pauze"),
    "customer": ("Customer", "Kunde", "Client", "Cliente", "Klant"),
    "project": ("Project", "Projekt", "Projet", "Proyecto"),
    "activity": ("Activity", "Tätigkeit", "Activité", "Actividad", "Activiteit"),
    "description": ("Description", "Beschreibung", "Descripción", "Omschrijving"),
    "tags": ("Tags", "Schlagworte", "Étiquettes", "Etiquetas"),
}
REQUIRED = ("date", "begin", "end")
_DECIMAL_HOURS = re.compile(r"\d+(?:[.,]\d+)?")
TOLERANCE = timedelta(minutes=1)  # Begin and End are written to the minute


def parse(path: Path, tz: ZoneInfo) -> ParsedFile:
    table = read_csv(path)
    checker = EntryChecker(path)
    columns = {key: (table.require(*names) if key in REQUIRED else table.column(*names))
               for key, names in HEADERS.items()}
    title = {key: table.header[index] if index is not None else HEADERS[key][0] for key, index in columns.items()}
    parsed = ParsedFile(FORMAT, path)
    for line, row in table.rows():
        where = f"line {line}"
        value = {key: cell(row, index) for key, index in columns.items()}
        duration = _seconds(checker, where, value["duration"], title["duration"])
        pause = _seconds(checker, where, value["break"], title["break"]) or 0
        start = local_moment(checker, where, value["date"], value["begin"], title["date"], title["begin"])
        end_clock = parse_clock(value["end"])
        if end_clock is None:
            raise checker.fail(where, title["end"], f"{value['end'][:40]!r} is not a time (use 17:30)")
        end = datetime.combine(start.date(), end_clock)
        worked = None if duration is None else timedelta(seconds=duration + pause)
        while end <= start or (worked is not None and end - start + TOLERANCE < worked):
            end += timedelta(days=1)  # past midnight, or (with the duration) past several
        first, last = local_span(checker, where, start, end, tz,
                                 duration=None if worked is None else int(worked.total_seconds()),
                                 start_field=title["begin"], end_field=title["end"])
        if duration is not None and value["duration"].count(":") == 2:
            exact = first + timedelta(seconds=pause + duration)
            if abs(exact - last) > TOLERANCE:
                raise checker.fail(where, title["duration"], f"{value['duration']} does not match {title['begin']} "
                                                             f"and {title['end']}")
            last = exact
            checker.span(where, first, last, start_field=title["begin"], end_field=title["duration"])
        if pause >= (last - first).total_seconds():
            raise checker.fail(where, title["break"], "the break is as long as the entry or longer")
        parsed.entries.append(ParsedEntry(
            where=where, start=first, end=last, break_seconds=pause,
            client=checker.text(value["customer"], where, title["customer"]),
            project=checker.text(value["project"], where, title["project"]),
            tags=split_tags(checker, value["tags"], where, title["tags"]),
            description=checker.text(value["description"], where, title["description"], limit=MAX_TEXT),
            details=tuple(("activity", text) for text in [checker.text(value["activity"], where, title["activity"])]
                          if text),
        ))
    return parsed


def _seconds(checker: EntryChecker, where: str, text: str, field_name: str) -> int | None:
    """Seconds of "1:30" or "1:30:00"; None for an empty cell or decimal hours ("1.50", too coarse to use)."""
    if not text or _DECIMAL_HOURS.fullmatch(text):
        return None
    seconds = parse_duration(text)
    if seconds is None:
        raise checker.fail(where, field_name, f"{text[:40]!r} is not a duration (use 1:30 or 1:30:00)")
    return seconds
