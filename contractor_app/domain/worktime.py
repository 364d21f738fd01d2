"""Work as it falls on days and workweeks: calendar days in the worker's zone, or a law's workdays.

An entry that crosses midnight is split at local midnight. A law's workday (California's daily overtime) is
the jurisdiction's: it starts at ``day_start`` (local midnight unless the worker records another start for the
client) in the jurisdiction's zone, and an overnight shift is split there. Durations are real elapsed seconds, so a day of
work across a daylight-saving change counts 23 or 25 hours, not 24. Breaks are spread over the pieces in
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


def workday_of(moment: datetime, tz: ZoneInfo, day_start: time = time(0)) -> date:
    """The workday holding ``moment``: a workday runs from ``day_start`` to the next ``day_start`` in ``tz``."""
    local = moment.astimezone(tz)
    return local.date() - timedelta(days=1) if local.time() < day_start else local.date()


def split_by_day(work: Work, tz: ZoneInfo, day_start: time = time(0)) -> list[DayPiece]:
    start_day = workday_of(work.start, tz, day_start)
    first_midnight = datetime.combine(start_day + timedelta(days=1), day_start, tz).astimezone(UTC)
    if work.end <= first_midnight:  # nearly every entry: one day, no breaks to spread
        seconds = int((work.end - work.start).total_seconds()) - work.break_seconds
        return [DayPiece(work=work, day=start_day, seconds=seconds, units=work.units)]
    pieces: list[tuple[date, int]] = []
    cursor = work.start
    while cursor < work.end:
        local_day = workday_of(cursor, tz, day_start)
        next_midnight = datetime.combine(local_day + timedelta(days=1), day_start, tz).astimezone(UTC)
        stop = min(next_midnight, work.end)
        pieces.append((local_day, int((stop - cursor).total_seconds())))
        cursor = stop
    total = sum(seconds for _, seconds in pieces)
    breaks = _spread(work.break_seconds, [seconds for _, seconds in pieces], total)
    return [
        DayPiece(work=work, day=day, seconds=seconds - pause, units=work.units if index == 0 else None)
        for index, ((day, seconds), pause) in enumerate(zip(pieces, breaks, strict=True))
    ]


def _spread(amount: int, weights: list[int], total: int) -> list[int]:
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
