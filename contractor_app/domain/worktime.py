"""Work as it falls on days and workweeks: calendar days in the worker's zone, or a law's workdays.

An entry that crosses midnight is split at local midnight. A law's workday (California's daily overtime) is
the jurisdiction's: it starts at ``day_start`` (local midnight unless the worker records another start for the
client) in the jurisdiction's zone, and an overnight shift is split there. Durations are real elapsed seconds, so a
day of work across a daylight-saving change counts 23 or 25 hours, not 24. Breaks are spread over the pieces in
proportion to their length, in whole seconds that add up exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class Work:
    """One work entry, as the pay engine needs it."""

    entry_id: int
    engagement_id: int
    start: datetime  # aware, UTC
    end: datetime
    break_seconds: int
    category: str
    units: Decimal | None = None


@dataclass(frozen=True, slots=True)
class DayPiece:
    """The part of an entry that falls on one local day. ``units`` stay with the piece where the entry starts."""

    work: Work
    day: date
    seconds: int
    units: Decimal | None


MIDNIGHT = time(0)
ONE_DAY = timedelta(days=1)


def workday_of(moment: datetime, tz: ZoneInfo, day_start: time = MIDNIGHT) -> date:
    """The workday holding ``moment``: a workday runs from ``day_start`` to the next ``day_start`` in ``tz``."""
    local = moment.astimezone(tz)
    if day_start is MIDNIGHT or day_start == MIDNIGHT:
        return local.date()
    return local.date() - ONE_DAY if local.time() < day_start else local.date()


class DaySplitter:
    """Splits entries at the day boundaries of one zone and workday start, remembering each boundary it computed
    (an assessment splits every entry of years of work: the boundaries repeat)."""

    def __init__(self, tz: ZoneInfo, day_start: time = MIDNIGHT) -> None:
        self.tz = tz
        self.day_start = day_start
        self._since_midnight = timedelta(hours=day_start.hour, minutes=day_start.minute, seconds=day_start.second)
        self._ends: dict[date, datetime] = {}
        self._offsets: dict[date, timedelta | None] = {}  # UTC date -> the zone's offset all that day, if one

    def day_of(self, moment: datetime) -> date:
        """``workday_of`` for a UTC moment, with the zone's offset looked up once per UTC date."""
        if moment.tzinfo is not UTC:
            return workday_of(moment, self.tz, self.day_start)
        utc_day = moment.date()
        if utc_day in self._offsets:
            offset = self._offsets[utc_day]
        else:
            midnight = datetime.combine(utc_day, MIDNIGHT, UTC)
            before = midnight.astimezone(self.tz).utcoffset()
            after = (midnight + ONE_DAY).astimezone(self.tz).utcoffset()
            offset = self._offsets[utc_day] = before if before == after else None  # None: a clock change that day
        if offset is None:
            return workday_of(moment, self.tz, self.day_start)
        return (moment + offset - self._since_midnight).date()

    def end_of(self, day: date) -> datetime:
        """The first moment (UTC) after ``day``."""
        end = self._ends.get(day)
        if end is None:
            end = self._ends[day] = datetime.combine(day + ONE_DAY, self.day_start, self.tz).astimezone(UTC)
        return end

    def split(self, work: Work) -> list[DayPiece]:
        start_day = self.day_of(work.start)
        if work.end <= self.end_of(start_day):  # nearly every entry: one day, no breaks to spread
            seconds = int((work.end - work.start).total_seconds()) - work.break_seconds
            return [DayPiece(work=work, day=start_day, seconds=seconds, units=work.units)]
        pieces: list[tuple[date, int]] = []
        cursor, day = work.start, start_day
        while cursor < work.end:
            stop = min(self.end_of(day), work.end)
            pieces.append((day, int((stop - cursor).total_seconds())))
            cursor, day = stop, self.day_of(stop)
        total = sum(seconds for _, seconds in pieces)
        breaks = spread(work.break_seconds, [seconds for _, seconds in pieces], total)
        return [
            DayPiece(work=work, day=day, seconds=seconds - pause, units=work.units if index == 0 else None)
            for index, ((day, seconds), pause) in enumerate(zip(pieces, breaks, strict=True))
        ]


def split_by_day(work: Work, tz: ZoneInfo, day_start: time = MIDNIGHT) -> list[DayPiece]:
    return DaySplitter(tz, day_start).split(work)


def spread(amount: int, weights: list[int], total: int) -> list[int]:
    """Split ``amount`` (< ``total``) over ``weights`` proportionally, in integers adding up to it exactly.

    Largest remainders get the leftover seconds, so no share exceeds its weight.
    """
    if amount == 0 or total == 0:
        return [0] * len(weights)
    shares = [amount * weight // total for weight in weights]
    by_remainder = sorted(range(len(weights)), key=lambda i: -(amount * weights[i] % total))
    for index in by_remainder[: amount - sum(shares)]:
        shares[index] += 1
    return shares


def workweek_start(day: date, first_weekday: int) -> date:
    """The first day of the workweek holding ``day``; ``first_weekday`` is 0 for Monday ... 6 for Sunday."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)
