"""Parsing and formatting of dates, times and durations.

Times are stored in UTC with the worker's zone kept beside them; a time typed without an offset is read in
the worker's zone. Durations are whole seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import InvalidInput


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # "America/" is a folder of zones: IsADirectoryError
        raise InvalidInput.said("Unknown time zone {name!r}: use a name such as Europe/Berlin or America/New_York.",
                                name=name) from None


def latest_today() -> date:
    """The latest date anywhere on Earth (UTC+14): a check for "not in the future" that never refuses the worker's
    own today, whatever their zone."""
    return (datetime.now(UTC) + timedelta(hours=14)).date()


def parse_datetime(text: str, tz: ZoneInfo) -> datetime:
    """Parse ISO 8601 ("2026-11-26T09:00", "2026-11-26 09:00:30+01:00", "...Z") into an aware UTC datetime."""
    cleaned = text.strip()
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        raise InvalidInput.said("Date and time {text!r} is not understood: use a form like 2026-11-26T09:30.",
                                text=text) from None
    if parsed.tzinfo is None:
        parsed = _localize(parsed, tz, text)
    return parsed.astimezone(UTC).replace(microsecond=0)


def _localize(naive: datetime, tz: ZoneInfo, text: str) -> datetime:
    """Attach ``tz``, refusing wall-clock times that a DST change skips (they never happened)."""
    aware = naive.replace(tzinfo=tz)
    if aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != naive:
        raise InvalidInput.said("{text!r} does not exist in {zone} (the clocks skipped it); check the time.", text=text,
                                zone=tz.key)
    return aware


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput.said("Date {text!r} is not understood: use a form like 2026-11-26.", text=text) from None


@dataclass(frozen=True, slots=True)
class DateRange:
    """An inclusive range of calendar days; either end may be open."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise InvalidInput.said("The period ends ({end}) before it starts ({start}).", end=self.end,
                                    start=self.start)

    def utc_bounds(self, tz: ZoneInfo) -> tuple[datetime | None, datetime | None]:
        """[start of first day, start of the day after the last) in UTC, read in the worker's zone."""
        low = datetime.combine(self.start, datetime.min.time(), tz).astimezone(UTC) if self.start else None
        high = (
            datetime.combine(self.end + timedelta(days=1), datetime.min.time(), tz).astimezone(UTC)
            if self.end
            else None
        )
        return low, high

    def bounds(self) -> tuple[date, date]:
        """Both ends, for what needs a closed period (an assessment); services close open ones first."""
        if self.start is None or self.end is None:
            raise ValueError(f"An open period ({self.start} to {self.end}) cannot be assessed: close it first.")
        return self.start, self.end


def parse_period(text: str) -> DateRange:
    """Parse "FROM..TO" (either side may be empty) into a DateRange."""
    if ".." not in text:
        raise InvalidInput.said("Period {text!r} is not understood: use FROM..TO, e.g. 2026-11-01..2026-11-30.",
                                text=text)
    low, high = text.split("..", 1)
    return DateRange(parse_date(low) if low.strip() else None, parse_date(high) if high.strip() else None)


def format_duration(seconds: int) -> str:
    """"5 h 40 min", as views show durations."""
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    if hours:
        return f"{hours} h"
    return f"{minutes} min"


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
