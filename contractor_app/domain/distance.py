"""The cost of distance driven for work: distance times the official per-distance rate of the worker's country.

Official rates can fall after a yearly threshold (UK: 45p a mile for the first 10,000 business miles of a tax year,
25p after; Australia: nothing past 5,000 km), so a trip's cost depends on the distance driven before it in the same
rate year, for every client. ``trip_costs`` therefore takes the whole log, in order, and prices each trip.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .money import Money

KM_PER_MILE = Decimal("1.609344")  # exact, by the international yard and pound agreement of 1959
UNITS = ("km", "mi")


@dataclass(frozen=True, slots=True)
class Tier:
    up_to: Decimal | None  # where the tier ends, in distance driven so far in the rate year; None: no end
    amount: Decimal  # per unit of distance


@dataclass(frozen=True, slots=True)
class DistanceRate:
    jurisdiction: str  # a country code
    effective_from: date
    name: str
    currency: str
    unit: str  # km | mi
    tiers: tuple[Tier, ...]
    year_starts: tuple[int, int]  # (month, day) on which the rate's yearly count starts again
    source: str
    confirmed: bool
    note: str = ""
    source_read: date | None = None
    official_source: str = ""  # for a rate read only at a secondary source: where it must still be confirmed
    quote: str = ""  # ... and what that secondary page states
    official_page: str = ""  # for a rate read in a copy of its official source: the official address

    def year_start(self, day: date) -> date:
        month, first = self.year_starts
        start = date(day.year, month, first)
        return start if start <= day else date(day.year - 1, month, first)

    @property
    def label(self) -> str:
        """"USD 0.70/mi" or "GBP 0.45/mi for the first 10000 mi, then 0.25"."""
        first = self.tiers[0]
        text = f"{self.currency} {first.amount}/{self.unit}"
        if first.up_to is not None and len(self.tiers) > 1:
            text += f" for the first {first.up_to} {self.unit}, then {self.tiers[1].amount}"
        return text


@dataclass(frozen=True, slots=True)
class TripFacts:
    id: int
    client_id: int
    on: date
    distance: Decimal
    unit: str


@dataclass(frozen=True, slots=True)
class TripCost:
    trip: TripFacts
    rate: DistanceRate | None  # None: no rate is known for the worker's country on that day
    cost: Money | None  # unrounded; round totals, not trips


def convert(distance: Decimal, unit: str, to: str) -> Decimal:
    if unit == to:
        return distance
    return distance * KM_PER_MILE if (unit, to) == ("mi", "km") else distance / KM_PER_MILE


def rate_on(rates: Sequence[DistanceRate], country: str | None, day: date) -> DistanceRate | None:
    """The rate of ``country`` in force on ``day`` (``rates`` sorted by effective_from)."""
    if not country:
        return None
    mine = [rate for rate in rates if rate.jurisdiction == country]
    index = bisect.bisect_right([rate.effective_from for rate in mine], day) - 1
    return mine[index] if index >= 0 else None


def trip_costs(trips: Iterable[TripFacts], rates: Sequence[DistanceRate], country: str | None) -> list[TripCost]:
    """Each trip priced at the rate of ``country`` on its day, the tiers counting the distance driven before it in
    the same rate year (trips of every client; same-day trips in id order)."""
    driven: dict[tuple[str, date], Decimal] = {}  # (country, the rate year's first day) -> distance so far
    result = []
    for trip in sorted(trips, key=lambda t: (t.on, t.id)):
        rate = rate_on(rates, country, trip.on)
        if rate is None:
            result.append(TripCost(trip, None, None))
            continue
        key = (rate.jurisdiction, rate.year_start(trip.on))
        before = driven.get(key, Decimal(0))
        distance = convert(trip.distance, trip.unit, rate.unit)
        driven[key] = before + distance
        result.append(TripCost(trip, rate, Money(_priced(rate.tiers, before, distance), rate.currency)))
    return result


def _priced(tiers: Sequence[Tier], before: Decimal, distance: Decimal) -> Decimal:
    """The cost of ``distance`` driven after ``before`` in the year, tier by tier."""
    total = Decimal(0)
    position, end = before, before + distance
    for tier in tiers:
        if position >= end:
            break
        stop = end if tier.up_to is None else min(end, tier.up_to)
        if stop > position:
            total += (stop - position) * tier.amount
            position = stop
    return total
