"""Per client and period: hours by category, earned, paid, balance, the agreed pay against the minimum wage,
overtime, late and short payments, and contract notices (domain/assessment.py does the reckoning).

This module gathers the facts from the vault for the pure assessment: the work of the period plus what the
figures need around it (whole workweeks ending in the period, in the law's days, for overtime and the minimum
wage; a year back for contract thresholds; the periods that payments cover; each fixed-price engagement's
first entry). The readers (client_facts, work_between, ...) are shared with the dashboard, which assesses
the same facts week by week.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, Text, func, select, type_coerce
from sqlalchemy.orm import Session

from ..domain.assessment import (
    AdjustmentFacts,
    ClientFacts,
    ClientPay,
    InvoiceFacts,
    PaymentFacts,
    TermsSchedule,
    assess_book,
    book_of,
)
from ..domain.costs import ClientCosts
from ..domain.explain import Step, explain
from ..domain.money import Money
from ..domain.pay import Terms
from ..domain.times import DateRange, zone
from ..domain.workbook import Row
from ..store.models import Adjustment, Client, Engagement, Invoice, Payment, PaymentAllocation, PayTerms, WorkEntry
from ..store.vault import Vault
from .clients.lookup import find_client, terms_of
from .costs import costs_by_client
from .profile import load_profile
from .rates import load_rates
from .rules import load_rules

LOOK_BACK = timedelta(days=366)  # the longest contract-threshold window (a year); covers any workweek too
# A law's workday may end a day after the worker's (a zone ahead, a workday starting before midnight): the work
# read past the period's end lets the workweek ending on its last day be whole. It is never counted as hours.
LOOK_AHEAD = timedelta(days=2)


@dataclass(frozen=True, slots=True)
class Summary:
    period: DateRange
    clients: tuple[ClientPay, ...]
    costs: dict[int, ClientCosts] = field(default_factory=dict)  # client id -> expenses and distance in the period

    def costs_of(self, item: ClientPay) -> ClientCosts:
        """What the work for ``item``'s client cost in the period, the fees withheld from its payments included."""
        found = self.costs.get(item.client.id) or ClientCosts.none(item.client.currency)
        return replace(found, fees=item.fees)

    def net_hourly_rate(self, item: ClientPay) -> Money | None:
        """The real hourly rate net of costs: (paid − fees − expenses − distance) ÷ all hours worked."""
        return self.costs_of(item).net_hourly_rate(item.paid, item.worked_seconds)

    def cost_totals(self) -> dict[str, Money]:
        """currency -> every client's costs in it (fees, expenses, distance), never converted."""
        result: dict[str, Money] = {}
        for item in self.clients:
            total = self.costs_of(item).total
            result[total.currency] = result.get(total.currency, Money(Decimal(0), total.currency)) + total
        return result

    def totals(self) -> dict[str, tuple[Money, Money]]:
        """currency -> (earned, paid): amounts stay in their own currency, never converted."""
        result: dict[str, tuple[Money, Money]] = {}
        for item in self.clients:
            currency = item.client.currency
            earned, paid = result.get(currency, (Money(Decimal(0), currency),) * 2)
            result[currency] = (earned + item.earned, paid + item.paid)
        return result


def summarize(vault: Vault, *, period: DateRange, tz: str, client: str | None = None,
              today: date | None = None) -> Summary:
    """Each client's pay over ``period`` (or ``client``'s alone), assessed from the facts read in one snapshot;
    ``today`` (the worker's, in ``tz``) dates what is late and closes an open period."""
    with collection_paused():
        return _summarize(vault, period=period, tz=tz, client=client, today=today)


@contextmanager
def collection_paused() -> Iterator[None]:
    """The garbage collector off while a summary reads and reckons its work. At 100k entries it makes some 400,000
    objects (the rows, the days' figures), none in a reference cycle, that live until it returns: collecting while
    they are made frees nothing, and the collector walked them over 200 times (30-45 ms of a 300 ms summary, issue
    18). Collection is back on (if it was) when the summary is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _summarize(vault: Vault, *, period: DateRange, tz: str, client: str | None, today: date | None) -> Summary:
    zone_info = zone(tz)
    today = today or datetime.now(zone_info).date()
    rules = load_rules(vault)
    fallback_jurisdiction = load_profile(vault).jurisdiction or None
    with vault.reading() as session:
        only = find_client(session, client).id if client else None
        facts = client_facts(session, only)
        if not facts:
            return Summary(period, ())
        bounded = bounded_period(session, period, today, zone_info)
        payments = payment_facts(session)
        low, high = bounded.bounds()
        earliest = min([low - LOOK_BACK]
                       + [p.covers.start for ps in payments.values() for p in ps if p.covers and p.covers.start])
        work = work_rows(session, earliest, high + LOOK_AHEAD, zone_info)
        schedules = term_schedules(session)
        firsts = first_entries(session)
        invoices = invoice_facts(session)
        adjustments = adjustment_facts(session)
        rates = load_rates(session)
        engagement_client = dict(session.execute(select(Engagement.id, Engagement.client_id)).all())

    by_client = rows_by_client(work, engagement_client)
    results = []
    for fact in facts:
        book = book_of(fact, by_client.get(fact.id, []), schedules=schedules, rules=rules, tz=zone_info,
                       jurisdiction=fact.jurisdiction or fallback_jurisdiction, first_entries=firsts, rates=rates)
        result = assess_book(book, client=fact, payments=payments.get(fact.id, []),
                             invoices=invoices.get(fact.id, []), adjustments=adjustments.get(fact.id, []),
                             period=bounded, today=today)
        if result.entries or result.paid.amount or only is not None:
            results.append(result)
    return Summary(period=period, clients=tuple(results), costs=costs_by_client(vault, period))


def explanation(item: ClientPay) -> tuple[Step, ...]:
    """How each figure of one client's assessment was worked out: the rule, its source, the inputs and the
    arithmetic, week by week, as frozen steps (domain/explain.py) that `summary --explain`, the Pay view and the
    claim packet render alike."""
    return explain(item)


def bounded_period(session: Session, period: DateRange, today: date, tz: ZoneInfo) -> DateRange:
    """Close an open period: from the first record to today."""
    if period.start and period.end:
        return period
    start = period.start
    if start is None:
        first = session.scalar(select(type_coerce(WorkEntry.__table__.c.start_at, Integer)).order_by(
            WorkEntry.__table__.c.start_at).limit(1))
        first_paid = session.scalar(select(Payment.received_on).order_by(Payment.received_on).limit(1))
        candidates = [d for d in (datetime.fromtimestamp(first, UTC).astimezone(tz).date() if first else None,
                                  first_paid) if d]
        start = min(candidates, default=today)
    return DateRange(start, period.end or max(today, start))


def client_facts(session: Session, only: int | None) -> list[ClientFacts]:
    query = select(Client).order_by(Client.name)
    if only is not None:
        query = query.where(Client.id == only)
    return [
        ClientFacts(id=c.id, name=c.name, currency=c.currency, jurisdiction=c.jurisdiction,
                    classification=c.classification, workweek_start=c.workweek_start,
                    payment_terms_days=c.payment_terms_days, contract_on_file=c.contract_on_file,
                    workday_start=c.workday_start_minutes, app_based=c.app_based)
        for c in session.scalars(query)
    ]


def first_entries(session: Session) -> dict[int, int]:
    """Each fixed-price engagement's first entry ever: its fixed price counts once, on that entry's first day."""
    c = WorkEntry.__table__.c
    fixed = select(PayTerms.engagement_id).where(PayTerms.kind == "fixed")
    rows = session.execute(select(c.engagement_id, c.id, func.min(c.start_at)).where(c.engagement_id.in_(fixed))
                           .group_by(c.engagement_id))  # SQLite returns the row holding the minimum
    return {engagement: entry for engagement, entry, _ in rows}


def term_schedules(session: Session) -> dict[int, TermsSchedule]:
    result: dict[int, list[Terms]] = defaultdict(list)
    for row in session.scalars(select(PayTerms).order_by(PayTerms.effective_from)):
        result[row.engagement_id].append(terms_of(row))
    return dict(result)


def work_rows(session: Session, first_day: date, last_day: date, tz: ZoneInfo) -> list[Row]:
    """The work starting on ``first_day`` to ``last_day`` (in ``tz``) as plain rows (domain/workbook.py).

    One query, fetched as the driver's own tuples on the session's connection (its transaction, so the same
    snapshot as the other readers): at 100k entries an ORM object per entry took longer than the reckoning, and
    even SQLAlchemy's light rows cost a third of the fetch."""
    low = datetime.combine(first_day, datetime.min.time(), tz).astimezone(UTC)
    high = datetime.combine(last_day + timedelta(days=1), datetime.min.time(), tz).astimezone(UTC)
    c = WorkEntry.__table__.c
    start = type_coerce(c.start_at, Integer)  # stored as whole seconds since the epoch (store.types.UtcSeconds)
    query = select(c.id, c.engagement_id, start, type_coerce(c.end_at, Integer), c.break_seconds, c.category,
                   type_coerce(c.units, Text)).where(start >= int(low.timestamp()), start < int(high.timestamp()))
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]  # open: in a session
    try:
        cursor.execute(str(compiled), tuple(compiled.params[name] for name in compiled.positiontup or ()))
        return cast(list[Row], cursor.fetchall())
    finally:
        cursor.close()


def rows_by_client(rows: list[Row], engagement_client: dict[int, int]) -> dict[int, list[Row]]:
    """Rows grouped by their engagement's client, in the order read."""
    result: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        result[engagement_client[row[1]]].append(row)
    return result


def payment_facts(session: Session) -> dict[int, list[PaymentFacts]]:
    allocations: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    for payment_id, entry_id, amount in session.execute(
        select(PaymentAllocation.payment_id, PaymentAllocation.work_entry_id, PaymentAllocation.amount)
        .where(PaymentAllocation.work_entry_id.is_not(None))
    ):
        if entry_id is not None:  # always (the query's filter), said for the type checker
            allocations[payment_id].append((entry_id, amount))
    result: dict[int, list[PaymentFacts]] = defaultdict(list)
    for p in session.scalars(select(Payment).order_by(Payment.received_on, Payment.id)):
        covers = DateRange(p.period_from, p.period_to) if p.period_from or p.period_to else None
        result[p.client_id].append(PaymentFacts(
            id=p.id, received_on=p.received_on, gross=p.gross, fees=p.fees, reference=p.reference, covers=covers,
            allocations=tuple(allocations.get(p.id, ())),
        ))
    return result


def invoice_facts(session: Session) -> dict[int, list[InvoiceFacts]]:
    result: dict[int, list[InvoiceFacts]] = defaultdict(list)
    for i in session.scalars(select(Invoice).order_by(Invoice.issued_on)):
        result[i.client_id].append(InvoiceFacts(id=i.id, number=i.number, amount=i.amount,
                                                covers=DateRange(i.period_from, i.period_to or i.issued_on),
                                                due_on=i.due_on))
    return result


def adjustment_facts(session: Session) -> dict[int, list[AdjustmentFacts]]:
    result: dict[int, list[AdjustmentFacts]] = defaultdict(list)
    for a in session.scalars(select(Adjustment)):
        result[a.client_id].append(AdjustmentFacts(on=a.on, kind=a.kind, amount=a.amount, note=a.note))
    return result
