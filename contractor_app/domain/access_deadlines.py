"""When a company must answer a data-access request, and where a request stands on a given day.

The laws' periods come from resources/rules/access_requests.json (loaded by services/access_requests.py). A period
in months ends on the same date that many months after its start day, or on the last day of the month when that
month has no such date: a request received on 31 January is due on 28 February (29 in a leap year). That is how
EU law counts months (Regulation 1182/71 art. 3(2)(c)) and how the ICO counts them for the UK GDPR. An extension
of "two further months" makes the whole period three months from the start day (the ICO: "calculate the extension
as three months from the original start date"), not two months from the end of the first month, which would lose
the days a short month lacks (received 31 January: due 30 April, not 28 April). Where the law says so
(``rest_day_moves``: 1182/71 art. 3(4), the ICO), a last day on a Saturday, a Sunday or a public holiday where the
company is moves to the next working day; the holidays are the national ones of domain/holidays.py (a region's own
are not known, and ``deadline_basis`` says so). A period in days ends that many calendar days after the start day.
The start day is the day the company received the request; the records know the day it was sent and, for post,
the delivery day when the worker knows it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from .holidays import HolidayCalendar, next_working_day

# Where a request stands on a day: still in time, past its deadline without an answer, answered in part, answered.
OPEN, OVERDUE, INCOMPLETE, ANSWERED = "open", "overdue", "incomplete", "answered"


@dataclass(frozen=True, slots=True)
class AccessLaw:
    """One law's answer period and extension, with where the rule comes from."""

    code: str  # gdpr | uk-gdpr | ccpa
    name: str
    request: str  # what the request is called under this law
    citation: str
    months: int | None
    days: int | None
    extension_months: int | None
    extension_days: int | None
    extension_rule: str
    source: str
    rest_day_moves: bool = False  # a last day on a weekend or a public holiday moves to the next working day

    def period(self) -> str:
        """"one month" / "45 days", as a letter says it."""
        return _span(self.months, self.days)

    def extension(self) -> str:
        return _span(self.extension_months, self.extension_days)


def add_months(day: date, months: int) -> date:
    """The same date ``months`` later, or the last day of that month when it is shorter (31 Jan + 1 -> 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(law: AccessLaw, start: date, *, extended: bool = False, holidays: HolidayCalendar | None = None) -> date:
    """The last day the company has to answer a request it received on ``start``; ``holidays`` are the public
    holidays where the company is (None: weekends only)."""
    if law.months:
        due = add_months(start, law.months + (law.extension_months or 0 if extended else 0))
    else:
        due = start + timedelta(days=(law.days or 0) + (law.extension_days or 0 if extended else 0))
    return next_working_day(due, holidays) if law.rest_day_moves else due


def extension_counts(told_on: date | None, first_due: date) -> bool:
    """An extension moves the deadline only when the company said so within the first period: GDPR Art. 12(3)
    ("within one month of receipt of the request"), CCPA 1798.130(a)(2)(A) ("within the first 45-day period")."""
    return told_on is not None and told_on <= first_due


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as its English template and the values put in it (``str.format`` names), so that the app can
    translate the template before filling it (gui/privacy/deadline_text.py) while the CLI and the letters print
    ``text``. ``phrases`` names the fields that are fixed English words from the rule files (a holiday list's
    place, what it leaves out), which the app translates too, unlike dates and citations."""

    template: str
    fields: tuple[tuple[str, object], ...] = ()
    phrases: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.fields))


def basis_sentences(law: AccessLaw, holidays: HolidayCalendar | None, *, late_extension: date | None = None,
                    first_due: date | None = None) -> tuple[Sentence, ...]:
    """How the last day was found, for a letter or a tooltip to show beside the date; with ``late_extension``, the
    day an extension was claimed after ``first_due``, which therefore moved nothing."""
    if not law.rest_day_moves:
        rule = Sentence(*_calendar_days(law))
    elif holidays is None:
        rule = Sentence("A last day on a Saturday or Sunday moves to the Monday; the public holidays where the company "
                        "is are not known here, so a holiday may move it one working day later.")
    elif holidays.regional:
        rule = Sentence("A last day on a Saturday, a Sunday or a public holiday in {place} moves to the next working "
                        "day (national holidays; {regional}).", (("place", holidays.name),
                                                                  ("regional", holidays.regional)),
                        frozenset({"place", "regional"}))
    else:
        rule = Sentence("A last day on a Saturday, a Sunday or a public holiday in {place} moves to the next working "
                        "day (national holidays).", (("place", holidays.name),), frozenset({"place"}))
    if late_extension is None:
        return (rule,)
    return rule, Sentence("The extension claimed on {claimed} came after the first deadline ({first_due}), so it "
                          "does not move it ({citation}).",
                          (("claimed", late_extension), ("first_due", first_due), ("citation", law.citation)))


def deadline_basis(law: AccessLaw, holidays: HolidayCalendar | None, *, late_extension: date | None = None,
                   first_due: date | None = None) -> str:
    """``basis_sentences`` in English, as `dsar list` prints it."""
    return " ".join(sentence.text for sentence in basis_sentences(law, holidays, late_extension=late_extension,
                                                                  first_due=first_due))


def _calendar_days(law: AccessLaw) -> tuple[str, tuple[tuple[str, object], ...]]:
    """The period of a law whose last day never moves: "45 days counted in calendar days; …"."""
    if law.months == 1:
        return "One month counted in calendar days; weekends and holidays count.", ()
    if law.months:
        return "{months} months counted in calendar days; weekends and holidays count.", (("months", law.months),)
    return "{days} days counted in calendar days; weekends and holidays count.", (("days", law.days),)


def standing(due_on: date, answered_on: date | None, complete: bool | None, today: date) -> str:
    """OPEN, OVERDUE, INCOMPLETE or ANSWERED on ``today``. An answer dated after ``today`` is not known yet."""
    if answered_on is not None and answered_on <= today:
        return ANSWERED if complete else INCOMPLETE
    return OVERDUE if today > due_on else OPEN


def _span(months: int | None, days: int | None) -> str:
    if months:
        return "one month" if months == 1 else f"{months} months"
    return f"{days} days"
