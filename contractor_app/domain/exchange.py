"""Exchange rates from the worker's own records, to compare pay in one currency with a minimum wage in another.

Rates never come from the network: the worker records one (`rate add`), a statement shows one (a currency
conversion), or a payment the worker recorded was converted on the way. ``Rates.latest`` finds the latest rate on
or before a day: rates the worker or a statement recorded first; only when there is none, a converted payment's.
A rate recorded one way (1 USD = 58.1 PHP) also converts the other way (1 PHP = 1/58.1 USD).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

RECORDED = "recorded"  # by the worker (`rate add`) or read from a statement
PAYMENT = "payment"  # a payment the worker recorded that was converted on the way


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """1 ``from_currency`` = ``rate`` ``to_currency`` on ``on``; ``source`` says where the worker's records show it."""

    on: date
    from_currency: str
    to_currency: str
    rate: Decimal
    source: str
    kind: str = RECORDED  # RECORDED or PAYMENT

    def inverse(self) -> ExchangeRate:
        return ExchangeRate(self.on, self.to_currency, self.from_currency, 1 / self.rate, self.source, self.kind)

    def to(self, amount: Decimal) -> Decimal:
        """``amount`` in ``from_currency`` expressed in ``to_currency``."""
        return amount * self.rate

    def back(self, amount: Decimal) -> Decimal:
        """``amount`` in ``to_currency`` expressed in ``from_currency``."""
        return amount / self.rate

    def describe(self) -> str:
        """"1 USD = 58.1 PHP on 2026-11-01 (your record)"."""
        return f"1 {self.from_currency} = {self.rate.normalize():f} {self.to_currency} on {self.on} ({self.source})"


@dataclass(frozen=True, slots=True)
class Quote:
    """A rate as found for a pair: ``rate`` as recorded, and whether it is read the other way round."""

    rate: ExchangeRate
    reversed: bool  # True: recorded as to -> from

    def convert_from_target(self, amount: Decimal) -> Decimal:
        """``amount`` in the pair's target currency expressed in its base currency (see ``Rates.latest``)."""
        return self.rate.to(amount) if self.reversed else self.rate.back(amount)


class Rates:
    """The worker's rates by currency pair, sorted by date."""

    def __init__(self, rates: Iterable[ExchangeRate] = ()) -> None:
        self._pairs: dict[tuple[str, str, str], tuple[list[date], list[ExchangeRate]]] = {}
        for rate in sorted(rates, key=lambda r: (r.on, r.kind != RECORDED)):
            days, values = self._pairs.setdefault((rate.kind, rate.from_currency, rate.to_currency), ([], []))
            days.append(rate.on)
            values.append(rate)

    def _last(self, kind: str, base: str, target: str, day: date) -> ExchangeRate | None:
        days, values = self._pairs.get((kind, base, target), ([], []))
        index = bisect.bisect_right(days, day) - 1
        return values[index] if index >= 0 else None

    def latest(self, base: str, target: str, day: date) -> Quote | None:
        """The latest rate between ``base`` and ``target`` on or before ``day``, either way round; recorded rates
        first, a converted payment's only when no recorded rate is known by that day."""
        for kind in (RECORDED, PAYMENT):
            found = [(rate.on, not reverse, Quote(rate, reverse)) for reverse, rate in (
                (False, self._last(kind, base, target, day)), (True, self._last(kind, target, base, day)))
                if rate is not None]
            if found:
                return max(found, key=lambda item: item[:2])[2]
        return None
