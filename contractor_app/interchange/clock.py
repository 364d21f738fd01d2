"""Dates, clock times and durations as trackers write them, turned into exact UTC seconds.

Trackers write local wall-clock times without a zone (Toggl, Clockify, Kimai) or UTC (Watson, Timewarrior).
Wall-clock times are read in one zone (the worker's, or --timezone); a time the clocks skipped is an error,
and in the hour repeated when clocks go back, the reading whose length matches the file's duration wins.
Parsers return None for text they do not understand, so the caller can name the file, line and field.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from .records import EntryChecker

_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?")
_DURATION = re.compile(r"(\d{1,6}):(\d{2})(?::(\d{2}))?")


def parse_day(text: str) -> date | None:
    """ISO (2024-03-11), US (03/11/2024) or dotted day-first (11.03.2024)."""
    try:
        if match := _US_DATE.fullmatch(text):
            return date(int(match[3]), int(match[1]), int(match[2]))
        if match := _DOTTED_DATE.fullmatch(text):
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def parse_clock(text: str) -> time | None:
    """24-hour (13:26, 13:26:05) or 12-hour (1:26 PM, 01:26:05 pm) clock time."""
    match = _CLOCK.fullmatch(text)
    if not match:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match[4][0] in "Pp" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def parse_duration(text: str) -> int | None:
    """Seconds of "H:MM:SS" or "H:MM" (hours may exceed 24)."""
    match = _DURATION.fullmatch(text)
    if not match or int(match[2]) > 59 or int(match[3] or 0) > 59:
        return None
    return int(match[1]) * 3600 + int(match[2]) * 60 + int(match[3] or 0)


def to_utc(naive: datetime, tz: ZoneInfo, fold: int = 0) -> datetime | None:
    """The UTC moment of a wall-clock time in ``tz``; None when the clocks skipped it or it is out of range."""
    try:
        aware = naive.replace(tzinfo=tz, fold=fold)
        moment = aware.astimezone(UTC)
        if moment.astimezone(tz).replace(tzinfo=None) != naive:
            return None
    except (OverflowError, ValueError):
        return None
    return moment.replace(microsecond=0)


def parse_moment(text: str, tz: ZoneInfo) -> datetime | None:
    """An ISO 8601 date and time; with an offset it is exact, without one it is read in ``tz``."""
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return to_utc(parsed, tz)
    try:
        return parsed.astimezone(UTC).replace(microsecond=0)
    except (OverflowError, ValueError):
        return None


def from_epoch(value: object) -> datetime | None:
    """Whole seconds since 1970 UTC (an integer, or a float with no fraction)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (OverflowError, OSError, ValueError):
        return None


def local_span(
    checker: EntryChecker, where: str, start: datetime, end: datetime, tz: ZoneInfo, *,
    duration: int | None = None, start_field: str, end_field: str,
) -> tuple[datetime, datetime]:
    """UTC start and end of two wall-clock times, checked; ``duration`` picks the reading in a repeated hour."""
    starts = [m for m in (to_utc(start, tz, 0), to_utc(start, tz, 1)) if m is not None]
    ends = [m for m in (to_utc(end, tz, 0), to_utc(end, tz, 1)) if m is not None]
    if not starts:
        raise checker.fail(where, start_field, _missing(start, tz))
    if not ends:
        raise checker.fail(where, end_field, _missing(end, tz))
    pairs = [(s, e) for s in starts for e in ends]
    if duration is not None:
        pairs.sort(key=lambda pair: abs((pair[1] - pair[0]).total_seconds() - duration))
    first, last = pairs[0]
    checker.span(where, first, last, start_field=start_field, end_field=end_field)
    return first, last



def _missing(moment: datetime, tz: ZoneInfo) -> str:
    return (f"{moment:%Y-%m-%d %H:%M:%S} does not exist in {tz.key} (skipped by a clock change, or out of range); "
            "check the time or --timezone")
