"""Overtime under the FLSA (weekly) and California Labor Code 510 (daily, weekly and the 7th consecutive day).

The premium is what overtime adds on top of straight time already earned: (multiplier - 1) x regular rate x
overtime hours. The regular rate of a workweek is its straight-time earnings divided by all its hours worked,
as the FLSA computes it for piece rates (for one hourly rate it is that rate). Every hour worked counts,
whatever its category: time in training or waiting is work time for an employee, and must be paid (29 CFR
778.318; the assessment pays it at the agreed hourly rate, or the minimum wage under per-unit terms).
Non-discretionary bonuses enter the regular rate of the workweek they fall in (29 CFR 778.208-.211): 50 h at
$20 plus a $100 bonus is a regular rate of 1100 / 50 = $22 and a premium of 0.5 x 22 x 10 = $110.

A workweek is assessed whole; the assessment attributes its overtime to the period holding its last day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .rules import OvertimeRule
from .worktime import workweek_start

HOUR = 3600


@dataclass(frozen=True, slots=True)
class WeekOvertime:
    week_start: date
    seconds: int
    straight: Decimal  # straight-time earnings of the week
    bonus: Decimal  # non-discretionary bonuses dated in the week
    regular_rate: Decimal  # (straight + bonus) / hours
    time_and_a_half_seconds: int
    double_seconds: int
    premium: Decimal


@dataclass(frozen=True, slots=True)
class Overtime:
    rule: OvertimeRule
    weeks: tuple[WeekOvertime, ...]

    @property
    def time_and_a_half_seconds(self) -> int:
        return sum(week.time_and_a_half_seconds for week in self.weeks)

    @property
    def double_seconds(self) -> int:
        return sum(week.double_seconds for week in self.weeks)

    @property
    def seconds(self) -> int:
        return self.time_and_a_half_seconds + self.double_seconds

    @property
    def premium(self) -> Decimal:
        return sum((week.premium for week in self.weeks), Decimal(0))


def overtime(days: dict[date, tuple[int, Decimal]], rule: OvertimeRule, first_weekday: int,
             bonuses: Mapping[date, Decimal] | None = None) -> Overtime:
    """``days`` maps each day to (seconds worked, straight-time earnings x 3600, see Terms.earned_x3600).
    Weeks start on ``first_weekday``; ``bonuses`` maps a week's first day to the bonuses dated in it."""
    starts = sorted({workweek_start(day, first_weekday) for day in days})
    return Overtime(rule, tuple(_week(start, days, rule, (bonuses or {}).get(start, Decimal(0))) for start in starts))


NO_WORK = (0, Decimal(0))  # a day of the week with no work: no seconds, no earnings


def _week(start: date, days: dict[date, tuple[int, Decimal]], rule: OvertimeRule, bonus: Decimal) -> WeekOvertime:
    found = [days.get(start + timedelta(days=i), NO_WORK) for i in range(7)]
    seconds = [worked for worked, _ in found]
    straight = sum((earned for _, earned in found), Decimal(0))
    earned = straight + bonus * HOUR
    total = sum(seconds)
    weekly_limit = int(rule.weekly_hours * HOUR)
    daily = int(rule.daily_hours * HOUR) if rule.daily_hours is not None else None
    double = int(rule.daily_double_hours * HOUR) if rule.daily_double_hours is not None else None
    seventh = rule.seventh_day and all(seconds)  # worked every day of the workweek

    regular_so_far = half = twice = 0
    for index, worked in enumerate(seconds):
        if seventh and index == 6 and daily is not None:
            regular, day_half, day_twice = 0, min(worked, daily), max(worked - daily, 0)
        elif daily is not None:
            regular = min(worked, daily)
            day_half = max(min(worked, double if double is not None else worked) - daily, 0)
            day_twice = max(worked - double, 0) if double is not None else 0
        else:
            regular, day_half, day_twice = worked, 0, 0
        beyond_week = max(regular_so_far + regular - weekly_limit, 0)  # regular hours past 40 in the week
        regular -= beyond_week
        regular_so_far += regular
        half += day_half + beyond_week
        twice += day_twice

    extra = rule.weekly_multiplier - 1
    # One division, of exact sums: the premium does not depend on how the week's work was split into entries.
    premium = earned * (extra * half + twice) / (total * HOUR) if total else Decimal(0)
    rate = earned / total if total else Decimal(0)
    return WeekOvertime(start, total, straight / HOUR, bonus, rate, half, twice, premium)
