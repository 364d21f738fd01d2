"""The public-holiday calendars of resources/rules/public_holidays.json, found by jurisdiction code.

A deadline under the GDPR or the UK GDPR moves past a public holiday of the place where the company answers (its
jurisdiction as the worker recorded it). A code the file names in a list's ``covers`` uses that list (GB -> England
and Wales, GB-SCT -> Scotland); any other subdivision uses its country's national list (DE-BY -> Germany), since
only national holidays are known; a place with no list counts weekends only.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..domain.holidays import WEEKDAYS, HolidayCalendar, HolidayRule
from .rules import rule_file, source_read


def _weekday(name: str | None) -> int | None:
    return WEEKDAYS.index(name) if name is not None else None


def holiday_rule(value: dict[str, Any]) -> HolidayRule:
    return HolidayRule(name=value["name"], month=value.get("month"), day=value.get("day"), easter=value.get("easter"),
                       weekday=_weekday(value.get("weekday")), nth=value.get("nth"),
                       fixed_on=_weekday(value.get("fixed_on")), substitute=value.get("substitute", False),
                       first_year=value.get("first_year"), last_year=value.get("last_year"))


@cache
def holiday_calendars() -> dict[str, HolidayCalendar]:
    """Every list, under each code it covers. Like every rule value, a list read at no source does not load, and
    one read only at a secondary source names where to confirm it (services/rules.py ``source_read``)."""
    found: dict[str, HolidayCalendar] = {}
    for value in rule_file("public_holidays")["values"]:
        calendar = HolidayCalendar(
            code=value["jurisdiction"], name=value["name"],
            rules=tuple(holiday_rule(h) for h in value["holidays"]), source=value["source"],
            source_read=source_read("public_holidays", value),
            regional=value.get("regional", ""))
        for code in (value["jurisdiction"], *value["covers"]):
            found[code] = calendar
    return found


def holiday_calendar(jurisdiction: str | None) -> HolidayCalendar | None:
    """The national holidays where ``jurisdiction`` is, or None where none are known (weekends only then)."""
    code = (jurisdiction or "").strip().upper()
    calendars = holiday_calendars()
    parts = code.split("-")
    for length in range(len(parts), 0, -1):  # US-NY-NYC, US-NY, US; GB-SCT; DE-BY -> DE
        if (found := calendars.get("-".join(parts[:length]))) is not None:
            return found
    return None
