"""Each client's costs in a period: expenses and distance driven (priced at the official rate), for the net
hourly rate beside the real one (domain/costs.py). Fees withheld from payments come from the pay assessment."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from ..domain.costs import ClientCosts
from ..domain.money import Money
from ..domain.times import DateRange
from ..store.vault import Vault
from .trip_prices import priced_trips


def costs_by_client(vault: Vault, period: DateRange) -> dict[int, ClientCosts]:
    """client id -> its expenses and distance costs dated in ``period`` (fees left at zero: see Summary.costs_of)."""
    within = ((period.start or date.min).isoformat(), (period.end or date.max).isoformat())  # days sort as text
    with vault.querying() as conn:  # plain SQL: the summary loads no SQLAlchemy (docs/decisions/0005)
        currencies = dict(conn.execute("SELECT id, currency FROM clients").fetchall())
        expenses = [(client_id, Decimal(amount), currency) for client_id, amount, currency in conn.execute(
            'SELECT client_id, amount, currency FROM expenses WHERE "on" BETWEEN ? AND ?', within)]
    mine: dict[int, Decimal] = defaultdict(Decimal)
    distance: dict[int, Decimal] = defaultdict(Decimal)
    other: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    unpriced: dict[int, int] = defaultdict(int)
    for client_id, amount, currency in expenses:
        if currency == currencies[client_id]:
            mine[client_id] += amount
        else:
            other[client_id][currency] += amount
    for trip in priced_trips(vault):
        if (period.start and trip.on < period.start) or (period.end and trip.on > period.end):
            continue
        if trip.cost is None:
            unpriced[trip.client_id] += 1
        elif trip.cost.currency == currencies[trip.client_id]:
            distance[trip.client_id] += trip.cost.amount
        else:
            other[trip.client_id][trip.cost.currency] += trip.cost.amount
    result = {}
    for client_id in mine.keys() | distance.keys() | other.keys() | unpriced.keys():
        currency = currencies[client_id]
        result[client_id] = ClientCosts(
            currency=currency, fees=Money(Decimal(0), currency), expenses=Money(mine[client_id], currency),
            distance=Money(distance[client_id], currency),
            other_currencies=tuple(Money(amount, code).rounded() for code, amount in sorted(other[client_id].items())),
            unpriced_trips=unpriced[client_id])
    return result
