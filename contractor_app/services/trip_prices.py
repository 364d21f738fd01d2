"""The distance log as read and priced: each trip at the official per-distance rate of the worker's country
(resources/rules/distance_rates.json, with sources). Plain SQL, so the summary's costs load no SQLAlchemy (issue 18,
docs/decisions/0005); trips.py adds, deletes and puts back trips in audited units of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from ..domain.distance import UNITS, DistanceRate, Tier, TripFacts, trip_costs
from ..domain.money import Money
from ..store.vault import Vault
from .profile import load_profile
from .rules import official_page, rule_file, source_read


@dataclass(frozen=True, slots=True)
class TripRow:
    id: int
    client: str
    client_id: int
    on: date
    distance: Decimal
    unit: str
    source: str
    note: str | None
    rate: DistanceRate | None  # the official rate it was priced at; None when none is known
    cost: Money | None  # unrounded (totals are rounded, not each trip); None when no rate is known


@cache
def distance_rates() -> tuple[DistanceRate, ...]:
    """The shipped rates, each with the page read and when; one read only at a secondary source also names where it
    is still to be confirmed (services/rules.py ``source_read`` refuses anything less)."""
    rates = []
    for v in rule_file("distance_rates")["values"]:
        read = source_read("distance_rates", v)
        if v["unit"] not in UNITS:
            raise ValueError(f"{v['jurisdiction']} {v['effective_from']}: unknown unit {v['unit']!r}")
        month, day = (int(part) for part in v["year_starts"].split("-"))
        rates.append(DistanceRate(
            jurisdiction=v["jurisdiction"], effective_from=date.fromisoformat(v["effective_from"]), name=v["name"],
            currency=v["currency"], unit=v["unit"],
            tiers=tuple(Tier(Decimal(t["up_to"]) if t["up_to"] is not None else None, Decimal(t["amount"]))
                        for t in v["tiers"]),
            year_starts=(month, day), source=v["source"], confirmed=v["confirmed"], note=v["note"], source_read=read,
            official_source=v.get("official_source") or "", quote=v.get("quote") or "",
            official_page=official_page("distance_rates", v)))
    return tuple(sorted(rates, key=lambda rate: (rate.jurisdiction, rate.effective_from)))


def worker_country(vault: Vault) -> str | None:
    """The country whose per-distance rate prices the worker's trips: the profile's jurisdiction, as a country."""
    jurisdiction = load_profile(vault).jurisdiction
    return jurisdiction.split("-")[0] if jurisdiction else None


def priced_trips(vault: Vault) -> list[TripRow]:
    """Every trip, oldest first, priced at the rate of the worker's country."""
    country = worker_country(vault)
    with vault.querying() as conn:
        rows = conn.execute(
            'SELECT trips.id, trips.client_id, trips."on", trips.distance, trips.unit, trips.source, trips.note, '
            'clients.name FROM trips JOIN clients ON clients.id = trips.client_id ORDER BY trips."on", trips.id'
        ).fetchall()
    trips = [(trip_id, client_id, date.fromisoformat(on), Decimal(distance), unit, source, note, name)
             for trip_id, client_id, on, distance, unit, source, note, name in rows]
    costs = trip_costs([TripFacts(trip_id, client_id, on, distance, unit)
                        for trip_id, client_id, on, distance, unit, *_ in trips], distance_rates(), country)
    by_id = {cost.trip.id: cost for cost in costs}
    return [TripRow(id=trip_id, client=name, client_id=client_id, on=on, distance=distance, unit=unit, source=source,
                    note=note, rate=by_id[trip_id].rate, cost=by_id[trip_id].cost)
            for trip_id, client_id, on, distance, unit, source, note, name in trips]
