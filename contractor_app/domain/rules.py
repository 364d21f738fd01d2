"""The rules behind the pay and rights figures, as plain values with their sources and effective dates.

A rule applies from ``effective_from`` until the next rule of the same jurisdiction. Jurisdictions form a chain
from the most specific (US-NY-NYC) to the country (US); see ``chain``. Loading the rule files is a service's
job (services/rules.py); this module only holds and looks up values.

Lookups run once per day worked in the engine, so each jurisdiction's values sit in a sorted timeline searched
with bisect. A day on which a value is known to have changed but the new amount is not recorded (an ``Unknown``)
ends the previous value: a lookup then finds nothing there rather than a stale figure.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Protocol

from ..errors import Phrase


def chain(jurisdiction: str) -> list[str]:
    """US-NY-NYC -> [US-NY-NYC, US-NY, US]: where a rule may come from, most specific first."""
    parts = jurisdiction.split("-")
    return ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]


class Sourced(Protocol):
    """What every rule value says about its provenance."""

    @property
    def source(self) -> str: ...
    @property
    def source_read(self) -> date | None: ...
    @property
    def confirmed(self) -> bool: ...
    @property
    def official_source(self) -> str: ...
    @property
    def official_page(self) -> str: ...


def read_in_a_copy(value: Sourced) -> bool:
    """True for a value read at the official source, but in a copy of it (a reprint, a stored reproduction, a
    translation site's copy): ``official_page`` is the government's own address, cited first, and ``source`` the copy
    actually read, so that a reader does not take the copy's site for the law's source."""
    return bool(value.official_page) and value.official_page != value.source


def page_cited(value: Sourced) -> str | Phrase:
    """The page a value is cited at: the official page first for one read in a copy of it (a reprint, a translation
    site's copy), so that the copy's site is not taken for the law's source; otherwise the page read. `rules list`,
    the claim packet's rules table and ``provenance`` all cite through it."""
    if read_in_a_copy(value):
        return Phrase("{official} (read in a copy at {source})", official=value.official_page, source=value.source)
    return value.source


def read_at_a_secondary_source(value: Sourced) -> bool:
    """True for a value whose figure was read only at a secondary page (a newspaper, a law or payroll firm's note):
    ``source`` is that page, ``official_source`` where the figure must still be confirmed."""
    return not value.confirmed and value.source_read is not None and bool(value.official_source)


@dataclass(frozen=True, slots=True)
class MinimumWage:
    """A minimum wage (or a fair-pay benchmark) per hour, with the legal amount and unit it was converted from.

    ``amount`` is per hour, what the engine uses. Where the law states a daily or monthly minimum, ``legal_amount``
    and ``unit`` keep it as written and ``divisor`` (hours per unit) with ``divisor_basis`` say how it became hourly.
    ``benchmark`` is True when the statutory minimum does not cover the self-employed (or no statute sets one):
    for a contractor the figure is then a fair-pay benchmark, not an entitlement.
    """

    jurisdiction: str
    effective_from: date
    amount: Decimal
    currency: str
    source: str
    confirmed: bool = True
    overridden: bool = False
    unit: str = "hour"
    legal_amount: Decimal | None = None  # None: the amount per hour is the legal amount
    divisor: Decimal | None = None
    divisor_basis: str = ""
    source_read: date | None = None
    benchmark: bool = True
    note: str = ""
    official_source: str = ""  # for a value read only at a secondary source: where it must still be confirmed
    quote: str = ""  # ... and what that secondary page states
    official_page: str = ""  # for a value read in a copy of its official source: the official address

    @property
    def secondary(self) -> bool:
        return read_at_a_secondary_source(self)

    @property
    def stated(self) -> Decimal:
        """The amount as the law states it, in ``unit``."""
        return self.legal_amount if self.legal_amount is not None else self.amount

    def as_the_law_states(self) -> str:
        """Text like ' (PHP 695 a day ÷ 8 h)' for a daily or monthly minimum, to show beside the hourly figure so
        that both are seen; empty for a minimum the law states per hour."""
        if self.unit == "hour" or self.legal_amount is None:
            return ""
        hours = f" ÷ {self.divisor.normalize():f} h" if self.divisor is not None else ""
        return f" ({self.currency} {self.legal_amount.normalize():f} a {self.unit}{hours})"


@dataclass(frozen=True, slots=True)
class PayFloor:
    """A minimum pay rate for app-based work (delivery, rideshare), which binds the app whatever the classification.

    Looked up only for clients the worker marks as app-based: ``RuleBook.pay_floor(..., app_based=...)``.
    """

    jurisdiction: str
    effective_from: date
    name: str
    citation: str
    amount: Decimal
    currency: str
    unit: str  # what the amount is paid per, e.g. "hour" (of active time)
    applies_to: str
    source: str
    source_read: date | None
    confirmed: bool
    note: str = ""
    official_source: str = ""
    quote: str = ""
    official_page: str = ""  # for a value read in a copy of its official source: the official address


@dataclass(frozen=True, slots=True)
class FreelancerLaw:
    """A freelancer payment law. It protects independent contractors only, and only once the work with one client
    reaches ``contract_threshold`` within its window: ``threshold_days`` rolling days, or the calendar year."""

    jurisdiction: str
    effective_from: date
    name: str
    citation: str
    deadline_days: int  # after completion, only when the contract names no date
    contract_threshold: Decimal
    threshold_days: int | None  # None for a calendar-year window
    currency: str
    remedy: str
    remedy_multiplier: Decimal | None
    source: str
    window: str = "rolling"  # "rolling" (threshold_days back) or "calendar_year"
    requires: str = "a written contract"  # what the hiring party owes before the work starts
    source_read: date | None = None
    confirmed: bool = True
    note: str = ""
    official_source: str = ""
    quote: str = ""
    official_page: str = ""  # for a value read in a copy of its official source: the official address

    def window_start(self, day: date) -> date:
        """The first day whose work counts toward the threshold on ``day``."""
        if self.window == "calendar_year":
            return date(day.year, 1, 1)
        return day - timedelta(days=(self.threshold_days or 1) - 1)

    @property
    def window_text(self) -> str:
        return "a calendar year" if self.window == "calendar_year" else f"{self.threshold_days} days"


@dataclass(frozen=True, slots=True)
class OvertimeRule:
    jurisdiction: str
    effective_from: date
    name: str
    weekly_hours: Decimal
    weekly_multiplier: Decimal
    daily_hours: Decimal | None
    daily_double_hours: Decimal | None
    seventh_day: bool
    source: str
    source_read: date | None = None
    confirmed: bool = True
    note: str = ""
    official_source: str = ""
    quote: str = ""
    official_page: str = ""  # for a value read in a copy of its official source: the official address


@dataclass(frozen=True, slots=True)
class Unknown:
    """A day a jurisdiction's value changed (or is scheduled to) without the new amount being recorded here."""

    kind: str  # "minimum_wage" or "pay_floor"
    jurisdiction: str
    effective_from: date
    reason: str


@dataclass
class _Timeline:
    """Values of one jurisdiction sorted by effective date."""

    days: list[date] = field(default_factory=list)
    values: list[object] = field(default_factory=list)

    def on(self, day: date) -> object | None:
        index = bisect.bisect_right(self.days, day) - 1
        value = self.values[index] if index >= 0 else None
        return None if isinstance(value, Unknown) else value


def _timelines(values: Iterable[object]) -> dict[str, _Timeline]:
    result: dict[str, _Timeline] = {}
    for value in sorted(values, key=lambda v: v.effective_from):  # type: ignore[attr-defined]  # every rule value has jurisdiction and effective_from
        timeline = result.setdefault(value.jurisdiction, _Timeline())  # type: ignore[attr-defined]  # as above
        if timeline.days and timeline.days[-1] == value.effective_from:  # type: ignore[attr-defined]  # as above
            timeline.values[-1] = value  # a later value for the same day (an override) wins
        else:
            timeline.days.append(value.effective_from)  # type: ignore[attr-defined]  # as above
            timeline.values.append(value)
    return result


class RuleBook:
    """All rules, with overrides already applied (later in the input wins for the same jurisdiction and day)."""

    def __init__(self, minimum_wages: Iterable[MinimumWage], laws: Iterable[FreelancerLaw],
                 overtime: Iterable[OvertimeRule], pay_floors: Iterable[PayFloor] = (),
                 unknown: Iterable[Unknown] = ()) -> None:
        self.minimum_wages = list(minimum_wages)
        self.laws = list(laws)
        self.overtime_rules = list(overtime)
        self.pay_floors = list(pay_floors)
        self.unknown = list(unknown)
        gaps = lambda kind: [u for u in self.unknown if u.kind == kind]
        # Unknowns first: a value for the same day (the worker's override filling the gap) wins.
        self._wages = _timelines([*gaps("minimum_wage"), *self.minimum_wages])
        self._floors = _timelines([*gaps("pay_floor"), *self.pay_floors])
        self._laws = _timelines(self.laws)
        self._overtime = _timelines(self.overtime_rules)

    def minimum_wage(self, jurisdiction: str, day: date, currency: str) -> MinimumWage | None:
        """The highest minimum wage in force on ``day`` along the jurisdiction's chain, in ``currency``.

        A value in another currency is never converted (there is no exchange rate the worker recorded for it).
        """
        found = [self._wages[j].on(day) for j in chain(jurisdiction) if j in self._wages]
        in_force = [w for w in found if isinstance(w, MinimumWage) and w.currency == currency]
        return max(in_force, key=lambda w: w.amount, default=None)

    def local_minimum_wage(self, jurisdiction: str, day: date) -> MinimumWage | None:
        """The highest minimum wage in force on ``day`` along the chain in the currency of its most specific value
        (PHP for PH-NCR): what ``minimum_wage`` finds when pay is in the same currency, for a conversion otherwise."""
        found = [w for j in chain(jurisdiction) if j in self._wages
                 if isinstance(w := self._wages[j].on(day), MinimumWage)]
        return self.minimum_wage(jurisdiction, day, found[0].currency) if found else None

    def pay_floor(self, jurisdiction: str, day: date, currency: str, *, app_based: bool) -> PayFloor | None:
        """The app-based pay floor in force on ``day`` for a client the worker marks app-based; None otherwise."""
        if not app_based:
            return None
        found = [self._floors[j].on(day) for j in chain(jurisdiction) if j in self._floors]
        in_force = [f for f in found if isinstance(f, PayFloor) and f.currency == currency]
        return max(in_force, key=lambda f: f.amount, default=None)

    def changes(self, kind: str, jurisdiction: str) -> list[date]:
        """The days a value of ``kind`` ("minimum_wage" or "pay_floor") takes effect along ``jurisdiction``'s
        chain (a known gap or an override too), in order. Between two of them every lookup of that kind gives the
        same answer: the engine looks a value up once per stretch between changes, not once for each day worked."""
        timelines = self._wages if kind == "minimum_wage" else self._floors
        return sorted({day for code in chain(jurisdiction) if code in timelines for day in timelines[code].days})

    def freelancer_law(self, jurisdiction: str, day: date) -> FreelancerLaw | None:
        """The most specific freelancer payment law in force on ``day``."""
        for j in chain(jurisdiction):
            if j in self._laws and (law := self._laws[j].on(day)) is not None:
                return law  # type: ignore[return-value]  # the laws timeline holds FreelancerLaw values
        return None

    def overtime(self, jurisdiction: str, day: date) -> OvertimeRule | None:
        for j in chain(jurisdiction):
            if j in self._overtime and (rule := self._overtime[j].on(day)) is not None:
                return rule  # type: ignore[return-value]  # the overtime timeline holds OvertimeRule values
        return None
