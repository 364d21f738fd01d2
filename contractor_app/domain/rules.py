"""The rules behind the pay and rights figures, as plain values with their sources and effective dates.

A rule applies from ``effective_from`` until the next rule of the same jurisdiction. Jurisdictions form a chain
from the most specific (US-NY-NYC) to the country (US); see ``chain``. Loading the rule files is a service's
job (services/rules.py); this module only holds and looks up values.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


def chain(jurisdiction: str) -> list[str]:
    """US-NY-NYC -> [US-NY-NYC, US-NY, US]: where a rule may come from, most specific first."""
    parts = jurisdiction.split("-")
    return ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]


@dataclass(frozen=True, slots=True)
class MinimumWage:
    jurisdiction: str
    effective_from: date
    amount: Decimal
    currency: str
    source: str
    confirmed: bool = True
    overridden: bool = False


@dataclass(frozen=True, slots=True)
class FreelancerLaw:
    jurisdiction: str
    effective_from: date
    name: str
    citation: str
    deadline_days: int
    contract_threshold: Decimal
    threshold_days: int
    currency: str
    remedy: str
    remedy_multiplier: Decimal | None
    source: str


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


@dataclass
class _Timeline:
    """Values of one jurisdiction sorted by effective date."""

    days: list[date] = field(default_factory=list)
    values: list[object] = field(default_factory=list)

    def on(self, day: date) -> object | None:
        index = bisect.bisect_right(self.days, day) - 1
        return self.values[index] if index >= 0 else None


def _timelines(values: Iterable[object]) -> dict[str, _Timeline]:
    result: dict[str, _Timeline] = {}
    for value in sorted(values, key=lambda v: v.effective_from):  # type: ignore[attr-defined]
        timeline = result.setdefault(value.jurisdiction, _Timeline())  # type: ignore[attr-defined]
        if timeline.days and timeline.days[-1] == value.effective_from:  # type: ignore[attr-defined]
            timeline.values[-1] = value  # a later value for the same day (an override) wins
        else:
            timeline.days.append(value.effective_from)  # type: ignore[attr-defined]
            timeline.values.append(value)
    return result


class RuleBook:
    """All rules, with overrides already applied (later in the input wins for the same jurisdiction and day)."""

    def __init__(self, minimum_wages: Iterable[MinimumWage], laws: Iterable[FreelancerLaw],
                 overtime: Iterable[OvertimeRule]) -> None:
        self.minimum_wages = list(minimum_wages)
        self.laws = list(laws)
        self.overtime_rules = list(overtime)
        self._wages = _timelines(self.minimum_wages)
        self._laws = _timelines(self.laws)
        self._overtime = _timelines(self.overtime_rules)

    def minimum_wage(self, jurisdiction: str, day: date, currency: str) -> MinimumWage | None:
        """The highest minimum wage in force on ``day`` along the jurisdiction's chain, in ``currency``.

        A value in another currency is never converted (there is no exchange rate the worker recorded for it).
        """
        found = [self._wages[j].on(day) for j in chain(jurisdiction) if j in self._wages]
        in_force = [w for w in found if isinstance(w, MinimumWage) and w.currency == currency]
        return max(in_force, key=lambda w: w.amount, default=None)

    def freelancer_law(self, jurisdiction: str, day: date) -> FreelancerLaw | None:
        """The most specific freelancer payment law in force on ``day``."""
        for j in chain(jurisdiction):
            if j in self._laws and (law := self._laws[j].on(day)) is not None:
                return law  # type: ignore[return-value]
        return None

    def overtime(self, jurisdiction: str, day: date) -> OvertimeRule | None:
        for j in chain(jurisdiction):
            if j in self._overtime and (rule := self._overtime[j].on(day)) is not None:
                return rule  # type: ignore[return-value]
        return None
