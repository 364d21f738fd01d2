"""The columns of entry tables (Today and Entries): what each shows, and how an inline edit becomes a change.

Pure functions over the services' ListedEntry; the Qt models call them. Times show and are typed in the worker's
zone; a typed end before the start means the work ran past midnight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.money import parse_decimal
from ...domain.times import parse_datetime
from ...errors import InvalidInput
from ...services.entries.queries import ListedEntry
from .. import formatting as fmt


def tr(text: str) -> str:
    return QCoreApplication.translate("entry_columns", text)


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    editable: bool = False
    numeric: bool = False

    @property
    def title(self) -> str:
        return {
            "date": tr("Date"), "start": tr("Start"), "end": tr("End"), "duration": tr("Duration"),
            "client": tr("Client"), "engagement": tr("Engagement"), "category": tr("Category"),
            "units": tr("Units"), "earned": tr("Earned"), "note": tr("Note"), "flags": tr("Flags"),
        }[self.key]


DATE, START, END = Column("date", True), Column("start", True), Column("end", True)
DURATION = Column("duration", numeric=True)
CLIENT, ENGAGEMENT, CATEGORY = Column("client", True), Column("engagement"), Column("category", True)
UNITS, EARNED = Column("units", True, True), Column("earned", numeric=True)
NOTE, FLAGS = Column("note", True), Column("flags")

ENTRIES_COLUMNS = (DATE, START, END, DURATION, CLIENT, ENGAGEMENT, CATEGORY, UNITS, EARNED, NOTE, FLAGS)
TODAY_COLUMNS = (START, END, DURATION, CLIENT, CATEGORY, UNITS, EARNED, NOTE, FLAGS)


def display(listed: ListedEntry, column: Column, zone: tzinfo) -> str:
    entry = listed.entry
    match column.key:
        case "date":
            return fmt.date_text(entry.start, zone)
        case "start":
            return fmt.time_text(entry.start, zone)
        case "end":
            end = fmt.time_text(entry.end, zone)
            days = (entry.end.astimezone(zone).date() - entry.start.astimezone(zone).date()).days
            return f"{end} (+{days})" if days else end
        case "duration":
            return fmt.duration(entry.worked_seconds)
        case "client":
            return entry.client
        case "engagement":
            return entry.engagement
        case "category":
            return fmt.category_label(entry.category)
        case "units":
            return "" if entry.units is None else f"{entry.units:f}"
        case "earned":
            return fmt.money(listed.earned) if listed.earned is not None else ""
        case "note":
            return (entry.note or "").replace("\n", " ")
        case "flags":
            return fmt.flag_labels(entry.flags, entry.entered_at - entry.end)
    return ""


def edit_value(listed: ListedEntry, column: Column, zone: tzinfo) -> Any:
    entry = listed.entry
    match column.key:
        case "date":
            return entry.start.astimezone(zone).date().isoformat()
        case "end":
            return fmt.time_text(entry.end, zone)
        case "category":
            return entry.category
        case "note":
            return entry.note or ""
    return display(listed, column, zone)


def _clock(text: str) -> str:
    """"9" "930" "9:30" "09:30" -> "09:30"."""
    cleaned = text.strip().replace(".", ":").replace("h", ":")
    if ":" not in cleaned and cleaned.isdigit() and len(cleaned) in (3, 4):
        cleaned = f"{cleaned[:-2]}:{cleaned[-2:]}"
    hours, _, minutes = cleaned.partition(":")
    if not (hours.isdigit() and (minutes.isdigit() or not minutes)):
        raise InvalidInput(tr("Type a time like 09:30."))
    h, m = int(hours), int(minutes or 0)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise InvalidInput(tr("Type a time like 09:30."))
    return f"{h:02d}:{m:02d}"


def at_clock(day: date, text: str, zone: tzinfo) -> datetime:
    """``text`` ("09:30") on ``day`` in ``zone``, as aware UTC; refuses times a DST change skips."""
    return parse_datetime(f"{day.isoformat()}T{_clock(text)}", zone)  # type: ignore[arg-type]  # every zone the app holds is a ZoneInfo


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(tr("Type a date like 2026-11-26.")) from None


def changes_for(listed: ListedEntry, column: Column, value: Any, zone: tzinfo) -> dict[str, Any]:
    """The service changes an inline edit means; raises InvalidInput with a plain message."""
    entry = listed.entry
    start_day = entry.start.astimezone(zone).date()
    match column.key:
        case "date":
            start = at_clock(parse_day(str(value)), fmt.time_text(entry.start, zone), zone)
            return {"start": start, "end": start + (entry.end - entry.start)}
        case "start":
            start = at_clock(start_day, str(value), zone)
            if start >= entry.end:
                raise InvalidInput(tr("The entry would start after it ends; change the end first."))
            return {"start": start}
        case "end":
            end = at_clock(start_day, str(value), zone)
            if end <= entry.start:
                end = at_clock(start_day + timedelta(days=1), str(value), zone)  # past midnight
            return {"end": end}
        case "client":
            return {"client": str(value)}
        case "category":
            return {"category": str(value)}
        case "units":
            text = str(value).strip()
            return {"units": parse_decimal(text, what=tr("Units")) if text else None}
        case "note":
            return {"note": str(value).strip() or None}
    raise InvalidInput(tr("This column cannot be edited."))


def current_values(listed: ListedEntry, keys: Any) -> dict[str, Any]:
    """The entry's present values of the changed fields: what undo puts back."""
    entry = listed.entry
    source = {"start": entry.start, "end": entry.end, "client": entry.client, "engagement": entry.engagement,
              "category": entry.category, "units": entry.units, "note": entry.note,
              "break_seconds": entry.break_seconds}
    values = {key: source[key] for key in keys}
    if "client" in values:
        values["engagement"] = entry.engagement
    return values
