"""Pay net of work-related costs: fair pay is measured after what the work cost the worker.

The real hourly rate is what was paid over all hours worked; the net hourly rate takes off the fees withheld from
those payments, the expenses (equipment, internet, software, fees paid apart) and the cost of distance driven, all
in the client's currency and dated in the same period. Costs in another currency are not converted: they are
listed apart and left out of the net rate, which says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .money import Money

HOUR = 3600


@dataclass(frozen=True, slots=True)
class ClientCosts:
    currency: str  # the client's
    fees: Money  # withheld from the payments counted as paid
    expenses: Money
    distance: Money  # unrounded sum of each trip's cost; shown rounded
    other_currencies: tuple[Money, ...] = ()  # costs in another currency, not subtracted
    unpriced_trips: int = 0  # trips with no known official rate (no country, or no rate for the day)

    @property
    def total(self) -> Money:
        return (self.fees + self.expenses + self.distance).rounded()

    def net_hourly_rate(self, paid: Money, worked_seconds: int) -> Money | None:
        """(paid − fees − expenses − distance) ÷ all hours worked; None with no hours."""
        if not worked_seconds:
            return None
        return Money((paid.amount - self.total.amount) * HOUR / worked_seconds, self.currency).rounded()

    @classmethod
    def none(cls, currency: str) -> ClientCosts:
        zero = Money(Decimal(0), currency)
        return cls(currency, zero, zero, zero)
