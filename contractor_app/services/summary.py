"""Hours by client and category, what the agreed rates say was earned, what was paid, and the balance.

Each entry earns under the terms in force on the day it started (in the zone it was logged in). A fixed-price
engagement counts its price once when the period holds work on it. Paid is the gross of payments received in
the period. The full pay and rights engine refines this; these totals are the ones every report starts from.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, Text, select, type_coerce

from ..domain.money import Money
from ..domain.pay import Terms
from ..domain.times import DateRange, zone
from ..store.models import Client, Engagement, Payment, PayTerms, WorkEntry
from ..store.vault import Vault
from .clients import find_client, terms_of


@dataclass(frozen=True, slots=True)
class ClientSummary:
    client: str
    currency: str
    entries: int
    worked_seconds: int
    seconds_by_category: dict[str, int]
    earned: Money
    paid: Money

    @property
    def balance(self) -> Money:
        return self.earned - self.paid


@dataclass(frozen=True, slots=True)
class Summary:
    period: DateRange
    clients: tuple[ClientSummary, ...]

    def totals(self) -> dict[str, tuple[Money, Money]]:
        """currency -> (earned, paid), for display when clients pay in several currencies."""
        result: dict[str, tuple[Money, Money]] = {}
        for item in self.clients:
            earned, paid = result.get(item.currency, (Money(Decimal(0), item.currency),) * 2)
            result[item.currency] = (earned + item.earned, paid + item.paid)
        return result


def summarize(vault: Vault, *, period: DateRange, tz: str, client: str | None = None) -> Summary:
    low, high = period.utc_bounds(zone(tz))
    entries = WorkEntry.__table__.c
    with vault.reading() as session:
        only = find_client(session, client).id if client else None
        clients = {row.id: (row.name, row.currency) for row in session.execute(select(Client.id, Client.name, Client.currency))}
        engagement_client = {eid: cid for eid, cid in session.execute(select(Engagement.id, Engagement.client_id))}
        schedules = _schedules(session.scalars(select(PayTerms)).all())
        # Raw integer seconds and decimal text: 100k entries summed without building a datetime per row.
        query = select(entries.engagement_id, type_coerce(entries.start_at, Integer),
                       type_coerce(entries.end_at, Integer), entries.break_seconds, entries.category,
                       type_coerce(entries.units, Text), entries.tz)
        if low is not None:
            query = query.where(entries.start_at >= low)
        if high is not None:
            query = query.where(entries.start_at < high)
        rows = session.execute(query).all()
        payments = select(Payment.client_id, Payment.gross)
        if period.start:
            payments = payments.where(Payment.received_on >= period.start)
        if period.end:
            payments = payments.where(Payment.received_on <= period.end)
        paid: dict[int, Decimal] = defaultdict(Decimal)
        for client_id, gross in session.execute(payments):
            if only is None or client_id == only:
                paid[client_id] += gross

    counts: dict[int, int] = defaultdict(int)
    worked: dict[int, int] = defaultdict(int)
    by_category: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    earned: dict[int, Decimal] = defaultdict(Decimal)
    fixed_counted: set[int] = set()
    zones: dict[str, ZoneInfo] = {}
    for engagement_id, start, end, break_seconds, category, units, entry_tz in rows:
        client_id = engagement_client[engagement_id]
        if only is not None and client_id != only:
            continue
        seconds = end - start - break_seconds
        counts[client_id] += 1
        worked[client_id] += seconds
        by_category[client_id][category] += seconds
        local_zone = zones.setdefault(entry_tz, ZoneInfo(entry_tz))
        terms = _terms_on(schedules.get(engagement_id, ()), datetime.fromtimestamp(start, UTC).astimezone(local_zone).date())
        if terms is None:
            continue
        if terms.kind == "fixed":
            if engagement_id not in fixed_counted:
                fixed_counted.add(engagement_id)
                earned[client_id] += terms.rate.amount
            continue
        earned[client_id] += terms.earned(
            category=category, worked_seconds=seconds, units=Decimal(units) if units is not None else None
        ).amount

    items = []
    for client_id in sorted(set(counts) | set(paid), key=lambda cid: clients[cid][0].lower()):
        name, currency = clients[client_id]
        items.append(ClientSummary(
            client=name, currency=currency, entries=counts[client_id],
            worked_seconds=worked[client_id], seconds_by_category=dict(sorted(by_category[client_id].items())),
            earned=Money(earned[client_id], currency).rounded(), paid=Money(paid[client_id], currency).rounded(),
        ))
    return Summary(period=period, clients=tuple(items))


_Schedule = tuple[list[date], list[Terms]]


def _schedules(rows: list[PayTerms]) -> dict[int, _Schedule]:
    by_engagement: dict[int, list[Terms]] = defaultdict(list)
    for row in rows:
        by_engagement[row.engagement_id].append(terms_of(row))
    result = {}
    for engagement_id, terms in by_engagement.items():
        terms.sort(key=lambda t: t.effective_from)
        result[engagement_id] = ([t.effective_from for t in terms], terms)
    return result


def _terms_on(schedule: _Schedule | tuple[()], day: date) -> Terms | None:
    if not schedule:
        return None
    days, terms = schedule
    index = bisect.bisect_right(days, day) - 1
    return terms[index] if index >= 0 else None

