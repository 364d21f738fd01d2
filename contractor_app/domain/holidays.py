"""Public holidays, computed from the rules that fix them, so a deadline that ends on one moves to the next working day.

A GDPR or UK GDPR last day that falls on a Saturday, a Sunday or a public holiday moves to the next working day
(Regulation 1182/71 art. 3(4), as the ICO and the EDPB apply it). Which days are public holidays is each country's
law: resources/rules/public_holidays.json holds, per country (per UK nation), the rules that make them (a fixed date,
a day counted from Easter Sunday, the nth weekday of a month) with the source each was read at, and
services/holidays.py turns that file into these calendars. Only national holidays are known: a region's own holidays
(a German Land's, a Spanish community's) are not counted, and the deadline says so.

A ``substitute`` holiday that falls on a Saturday or Sunday gives the next weekday that is not already a holiday, in
the order the rules are listed (England and Wales: Christmas on a Saturday and Boxing Day on a Sunday give Monday
27 and Tuesday 28 December), as the Banking and Financial Dealings Act 1971 and the royal proclamations do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` (0 = Monday) of the month; a negative ``nth`` counts from the month's end (-1: last)."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))


@dataclass(frozen=True, slots=True)
class HolidayRule:
    """One public holiday: a fixed ``month``/``day``, ``easter`` days from Easter Sunday, or the ``nth`` ``weekday``
    of ``month``. ``fixed_on`` (a weekday) keeps the fixed date when it falls on that weekday, else the nth-weekday
    rule applies (Ireland's St Brigid's Day: 1 February when a Friday, else the first Monday of February).
    ``substitute``: on a weekend it gives the next weekday not already a holiday.
    ``first_year``/``last_year`` bound the years the law makes it a holiday."""

    name: str
    month: int | None = None
    day: int | None = None
    easter: int | None = None
    weekday: int | None = None
    nth: int | None = None
    fixed_on: int | None = None
    substitute: bool = False
    first_year: int | None = None
    last_year: int | None = None

    def on(self, year: int) -> date | None:
        """The day this holiday falls on in ``year`` (before any substitute), or None in a year it does not exist."""
        if (self.first_year and year < self.first_year) or (self.last_year and year > self.last_year):
            return None
        if self.easter is not None:
            return easter_sunday(year) + timedelta(days=self.easter)
        assert self.month is not None
        if self.day is not None:
            fixed = date(year, self.month, self.day)
            if self.fixed_on is None:
                return fixed
            if fixed.weekday() == self.fixed_on:
                return fixed
        assert self.weekday is not None and self.nth is not None
        return nth_weekday(year, self.month, self.weekday, self.nth)


@dataclass(frozen=True, slots=True)
class HolidayCalendar:
    """A country's (or UK nation's) national public holidays, with where the list was read."""

    code: str  # e.g. GB-EAW, GB-SCT, GB-NIR, IE, DE
    name: str  # "England and Wales"
    rules: tuple[HolidayRule, ...]
    source: str
    source_read: date | None
    regional: str = ""  # what a national list leaves out (a region's own holidays), said beside a deadline

    def holidays(self, year: int) -> dict[date, str]:
        return dict(_holidays(self, year))

    def is_holiday(self, day: date) -> bool:
        return day in self.holidays(day.year)

    def holiday_name(self, day: date) -> str | None:
        return self.holidays(day.year).get(day)


@cache
def _holidays(calendar: HolidayCalendar, year: int) -> tuple[tuple[date, str], ...]:
    days: dict[date, str] = {}
    weekend: list[tuple[date, str]] = []
    for rule in calendar.rules:
        day = rule.on(year)
        if day is None:
            continue
        if rule.substitute and day.weekday() >= 5:
            weekend.append((day, rule.name))  # the substitute day replaces it, as the official lists print it
        else:
            days.setdefault(day, rule.name)
    for day, name in weekend:  # in the order listed: Christmas takes Monday before Boxing Day takes Tuesday
        substitute = day + timedelta(days=1)
        while substitute.weekday() >= 5 or substitute in days:
            substitute += timedelta(days=1)
        days[substitute] = f"{name} (substitute day)"
    return tuple(sorted(days.items()))


def next_working_day(day: date, calendar: HolidayCalendar | None = None) -> date:
    """``day``, or the first day after it that is neither a Saturday, a Sunday nor (given a calendar) a public
    holiday there (Regulation 1182/71 art. 3(4))."""
    while day.weekday() >= 5 or (calendar is not None and calendar.is_holiday(day)):
        day += timedelta(days=1)
    return day

