"""Work as it falls on calendar days and workweeks in the worker's zone.

An entry that crosses midnight is split at local midnight. Durations are real elapsed seconds, so a day of
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


def split_by_day(work: Work, tz: ZoneInfo) -> list[DayPiece]:
    start_day = work.start.astimezone(tz).date()
    first_midnight = datetime.combine(start_day + timedelta(days=1), time(0), tz).astimezone(UTC)
    if work.end <= first_midnight:  # nearly every entry: one day, no breaks to spread
        seconds = int((work.end - work.start).total_seconds()) - work.break_seconds
        return [DayPiece(work=work, day=start_day, seconds=seconds, units=work.units)]
    pieces: list[tuple[date, int]] = []
    cursor = work.start
    while cursor < work.end:
        local_day = cursor.astimezone(tz).date()
        next_midnight = datetime.combine(local_day + timedelta(days=1), time(0), tz).astimezone(UTC)
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
