"""The distance log: trips driven for a client (a manual odometer log), priced at the official per-distance rate of
the worker's country (resources/rules/distance_rates.json, with sources). Adding, deleting and putting back are
each one audited unit of work, like expenses.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.distance import UNITS, DistanceRate, Tier, TripFacts, trip_costs
from ..domain.money import Money
from ..domain.times import DateRange, latest_today
from ..errors import InvalidInput, NotFound
from ..interchange.gpx import read_gpx
from ..store.models import Client, Trip
from ..store.vault import Vault
from .changes import EXPENSES, announces
from .clients.lookup import find_client
from .profile import load_profile
from .reinstating import free_id
from .rules import official_page, rule_file, source_read

MAX_NOTE = 1_000
MAX_DISTANCE = Decimal(5_000)  # one day's driving, in km or miles: more is a typing mistake
DISTANCE_PLACES = 2


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


@dataclass(frozen=True, slots=True)
class RemovedTrip:
    view: TripRow
    state: tuple[tuple[str, Any], ...]


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


@announces(EXPENSES)
def add_trip(vault: Vault, *, client: str, on: date, distance: Decimal, unit: str = "km", note: str | None = None,
             source: str = "manual") -> TripRow:
    _check(on, distance, unit, note)
    with vault.unit_of_work() as uow:
        found = find_client(uow.session, client)
        row = Trip(client_id=found.id, on=on, distance=distance, unit=unit, source=source, note=note or None,
                   entered_at=datetime.now(UTC))
        uow.created(row)
        trip_id = row.id
    return next(view for view in list_trips(vault) if view.id == trip_id)


@announces(EXPENSES)
def delete_trip(vault: Vault, trip_id: int) -> RemovedTrip:
    view = next((view for view in list_trips(vault) if view.id == trip_id), None)
    with vault.unit_of_work() as uow:
        row = uow.session.get(Trip, trip_id)
        if row is None or view is None:
            raise NotFound.said("{what} {id} does not exist (it may have been deleted).", what="Trip", id=trip_id,
                                phrases=("what",))
        state = tuple((column.key, getattr(row, column.key)) for column in Trip.__mapper__.column_attrs)
        uow.deleted(row)
        return RemovedTrip(view, state)


@announces(EXPENSES)
def reinstate_trip(vault: Vault, removed: RemovedTrip) -> TripRow:
    with vault.unit_of_work() as uow:
        values = dict(removed.state)
        free_id(uow.session, Trip, values, "trip")
        if uow.session.get(Client, values["client_id"]) is None:
            raise NotFound("The client of a deleted trip no longer exists; it cannot be put back.")
        row = Trip(**values)
        uow.created(row)
        trip_id = row.id
    return next(view for view in list_trips(vault) if view.id == trip_id)


def list_trips(vault: Vault, *, period: DateRange | None = None, client: str | None = None) -> list[TripRow]:
    """Trips dated within ``period`` (None: all), oldest first, each priced (the whole log is read: a yearly
    threshold depends on the distance driven before)."""
    period = period or DateRange()
    wanted = None
    if client:
        with vault.reading() as session:
            wanted = find_client(session, client).name
    return [view for view in priced_trips(vault) if (wanted is None or view.client == wanted)
            and (period.start is None or view.on >= period.start) and (period.end is None or view.on <= period.end)]


def priced_trips(vault: Vault) -> list[TripRow]:
    """Every trip, oldest first, priced at the rate of the worker's country."""
    country = worker_country(vault)
    with vault.reading() as session:
        rows = session.execute(select(Trip, Client.name).join(Client).order_by(Trip.on, Trip.id)).all()
        facts = [TripFacts(row.id, row.client_id, row.on, row.distance, row.unit) for row, _ in rows]
        costs = trip_costs(facts, distance_rates(), country)
        by_id = {cost.trip.id: cost for cost in costs}
        return [TripRow(id=row.id, client=name, client_id=row.client_id, on=row.on, distance=row.distance,
                         unit=row.unit, source=row.source, note=row.note, rate=by_id[row.id].rate,
                         cost=by_id[row.id].cost) for row, name in rows]


def _check(on: date, distance: Decimal, unit: str, note: str | None) -> None:
    if unit not in UNITS:
        raise InvalidInput.said("Distance is in km or mi, not {unit!r}.", unit=unit)
    if not distance.is_finite() or distance <= 0:
        raise InvalidInput("A trip's distance is more than zero.")
    if distance > MAX_DISTANCE:
        raise InvalidInput.said("A trip of more than {most} {unit} in a day is not believable; check the number.",
                                most=MAX_DISTANCE, unit=unit)
    if -distance.as_tuple().exponent > DISTANCE_PLACES:  # type: ignore[operator]
        raise InvalidInput.said("A distance has at most {places} decimal places.", places=DISTANCE_PLACES)
    if on > latest_today():
        raise InvalidInput("The trip date is in the future; record a trip once you have made it.")
    if note and len(note) > MAX_NOTE:
        raise InvalidInput.said("A trip's note is limited to {limit} characters.", limit=MAX_NOTE)


@dataclass(frozen=True, slots=True)
class GpxImport:
    added: tuple[TripRow, ...]
    skipped: int  # track days already in the log (the same file imported again), or too short to count


@announces(EXPENSES)
def import_gpx(vault: Vault, path: Path, *, client: str, unit: str = "km") -> GpxImport:
    """One trip per track and local day of the GPX file at ``path``, priced as manual trips are; all or nothing.
    A day whose trip from GPX is already logged with the same distance is skipped, so a second import adds nothing."""
    if unit not in UNITS:
        raise InvalidInput.said("Distance is in km or mi, not {unit!r}.", unit=unit)
    days = read_gpx(path, load_profile(vault).zone)
    per_km = Decimal(1) if unit == "km" else Decimal("0.621371192237334")  # 1 mi = 1.609344 km exactly
    rows: list[dict[str, Any]] = []
    skipped = 0
    now = datetime.now(UTC)
    with vault.unit_of_work() as uow:
        found = find_client(uow.session, client)
        logged = {(row.on, row.distance, row.unit) for row in uow.session.scalars(
            select(Trip).where(Trip.client_id == found.id, Trip.source == "gpx"))}
        for day in days:
            distance = (Decimal(repr(day.km)) * per_km).quantize(Decimal(1).scaleb(-DISTANCE_PLACES), ROUND_HALF_UP)
            if distance <= 0 or (day.on, distance, unit) in logged:
                skipped += 1
                continue
            note = f"GPX {path.name[:200]}: {day.track}"
            _check(day.on, distance, unit, note)
            logged.add((day.on, distance, unit))
            rows.append({"client_id": found.id, "on": day.on, "distance": distance, "unit": unit, "source": "gpx",
                         "note": note, "entered_at": now})
        ids = set(uow.created_rows(Trip, rows)) if rows else set()
    return GpxImport(tuple(view for view in list_trips(vault) if view.id in ids), skipped)


def preferred_unit(vault: Vault) -> str:
    """The unit the official rate of the worker's country is in (mi in the US and UK), else km: a GPX track is
    recorded in it and the trip form starts with it."""
    country = worker_country(vault)
    units = [rate.unit for rate in distance_rates() if rate.jurisdiction == country]
    return units[-1] if units else "km"
