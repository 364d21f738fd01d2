"""Pay terms as plain values and what one entry earns under them.

This is the small core the summary needs; the pay and rights engine (minimum wage, overtime, late payments)
builds on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..errors import InvalidInput
from .money import RATE_EXTRA_DIGITS, Money, parse_amount

KINDS = ("hourly", "per_unit", "fixed")
FROM_THE_START = date(1970, 1, 1)


@dataclass(frozen=True, slots=True)
class Terms:
    kind: str
    rate: Money
    effective_from: date = FROM_THE_START
    unit_name: str | None = None
    unpaid_categories: tuple[str, ...] = ()

    def earned(self, *, category: str, worked_seconds: int, units: Decimal | None) -> Money:
        """What one entry earns: hourly by time worked, per unit by units done; unpaid categories earn nothing.

        Fixed-price terms are owed per engagement, not per entry, so entries earn nothing here.
        """
        return Money(self.earned_x3600(category=category, worked_seconds=worked_seconds, units=units) / 3600,
                     self.rate.currency)

    def earned_x3600(self, *, category: str, worked_seconds: int, units: Decimal | None) -> Decimal:
        """The same amount times 3600, which is exact (rate x seconds): sums of these never round, so totals
        do not depend on how work was split into entries. Divide by 3600 once, at the end."""
        if category in self.unpaid_categories or self.kind == "fixed":
            return Decimal(0)
        if self.kind == "hourly":
            return self.rate.amount * worked_seconds
        return self.rate.amount * (units or 0) * 3600

    def describe(self) -> str:
        if self.kind == "hourly":
            return f"{self.rate.currency} {self.rate.amount}/h"
        if self.kind == "per_unit":
            return f"{self.rate.currency} {self.rate.amount}/{self.unit_name or 'unit'}"
        return f"{self.rate.currency} {self.rate.amount} fixed"


def parse_rate(text: str, currency: str) -> tuple[str, Money, str | None]:
    """Parse "25/h", "25.50/hour" or "0.40/task" into (kind, rate, unit name)."""
    if "/" not in text:
        raise InvalidInput.said("Rate {text!r} needs a unit: write 25/h for hourly or 0.40/task per task.", text=text)
    amount, unit = (part.strip() for part in text.split("/", 1))
    rate = parse_amount(amount, currency, what="Rate", extra_digits=RATE_EXTRA_DIGITS)
    if rate.amount == 0:
        raise InvalidInput("A rate of zero is not a rate; leave the rate out if the work is unpaid.")
    if unit.lower() in ("h", "hr", "hour"):
        return "hourly", rate, None
    if not unit.isalpha() or len(unit) > 20:
        raise InvalidInput.said("Rate unit {unit!r} is not understood: use h, or a word such as task or item.",
                                unit=unit)
    return "per_unit", rate, unit.lower()
