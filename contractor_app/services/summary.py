"""Per client and period: hours by category, earned, paid, balance, the agreed pay against the minimum wage,
overtime, late and short payments, and contract notices (domain/assessment.py does the reckoning).

This module gathers the facts from the vault for the pure assessment: the work of the period plus what the
figures need around it (whole workweeks ending in the period, in the law's days, for overtime and the minimum
wage; a year back for contract thresholds; the periods that payments cover; each fixed-price engagement's
first entry). The readers (client_facts, work_rows, ...) are plain SQL over a DB-API connection (``Vault.querying``),
as `list`'s are, so a summary loads no SQLAlchemy (docs/decisions/0005: SQLAlchemy and the models took a third of the
`summary` command's CPU at 100k entries, the unlock's key derivation aside; issue 18); they are shared with the
dashboard, which assesses the same facts week by week.
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast
from zoneinfo import ZoneInfo

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
from ..store.engine import Connection
from ..store.values import optional_date
from ..store.vault import Vault
from .clients.names import client_id_meant
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
    with vault.querying() as conn:  # plain SQL, one snapshot: no SQLAlchemy (docs/decisions/0005)
        only = client_id_meant(conn, client) if client else None
        facts = client_facts(conn, only)
        if not facts:
            return Summary(period, ())
        bounded = bounded_period(conn, period, today, zone_info)
        payments = payment_facts(conn)
        low, high = bounded.bounds()
        earliest = min([low - LOOK_BACK]
                       + [p.covers.start for ps in payments.values() for p in ps if p.covers and p.covers.start])
        work = work_rows(conn, earliest, high + LOOK_AHEAD, zone_info)
        schedules = term_schedules(conn)
        firsts = first_entries(conn)
        invoices = invoice_facts(conn)
        adjustments = adjustment_facts(conn)
        rates = load_rates(conn)
        engagement_client = engagement_clients(conn)

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


def bounded_period(conn: Connection, period: DateRange, today: date, tz: ZoneInfo) -> DateRange:
    """Close an open period: from the first record to today."""
    if period.start and period.end:
        return period
    start = period.start
    if start is None:
        first = _scalar(conn, "SELECT start_at FROM work_entries ORDER BY start_at LIMIT 1")
        first_paid = optional_date(_scalar(conn, "SELECT received_on FROM payments ORDER BY received_on LIMIT 1"))
        candidates = [d for d in (datetime.fromtimestamp(first, UTC).astimezone(tz).date() if first else None,
                                  first_paid) if d]
        start = min(candidates, default=today)
    return DateRange(start, period.end or max(today, start))


def client_facts(conn: Connection, only: int | None) -> list[ClientFacts]:
    where, parameters = ("WHERE id = ?", (only,)) if only is not None else ("", ())
    return [
        ClientFacts(id=cid, name=name, currency=currency, jurisdiction=jurisdiction, classification=classification,
                    workweek_start=workweek_start, payment_terms_days=terms_days, contract_on_file=bool(contract),
                    workday_start=workday_start, app_based=bool(app_based))
        for cid, name, currency, jurisdiction, classification, workweek_start, terms_days, contract, workday_start,
        app_based in conn.execute(
            "SELECT id, name, currency, jurisdiction, classification, workweek_start, payment_terms_days, "
            f"contract_on_file, workday_start_minutes, app_based FROM clients {where} ORDER BY name", parameters)
    ]


def first_entries(conn: Connection) -> dict[int, int]:
    """Each fixed-price engagement's first entry ever: its fixed price counts once, on that entry's first day."""
    rows = conn.execute(  # SQLite returns the row holding the minimum
        "SELECT engagement_id, id, min(start_at) FROM work_entries WHERE engagement_id IN "
        "(SELECT engagement_id FROM pay_terms WHERE kind = 'fixed') GROUP BY engagement_id")
    return {engagement: entry for engagement, entry, _ in rows}


def term_schedules(conn: Connection) -> dict[int, TermsSchedule]:
    result: dict[int, list[Terms]] = defaultdict(list)
    for engagement, kind, rate, currency, effective_from, unit_name, unpaid in conn.execute(
            "SELECT engagement_id, kind, rate, currency, effective_from, unit_name, unpaid_categories FROM pay_terms "
            "ORDER BY effective_from, id"):
        result[engagement].append(Terms(kind=kind, rate=Money(Decimal(rate), currency),
                                        effective_from=date.fromisoformat(effective_from), unit_name=unit_name,
                                        unpaid_categories=tuple(json.loads(unpaid or "null") or ())))
    return dict(result)


def work_rows(conn: Connection, first_day: date, last_day: date, tz: ZoneInfo) -> list[Row]:
    """The work starting on ``first_day`` to ``last_day`` (in ``tz``) as plain rows (domain/workbook.py): the
    driver's own tuples, as stored (at 100k entries an ORM object per entry took longer than the reckoning, and even
    SQLAlchemy's light rows cost a third of the fetch)."""
    low = datetime.combine(first_day, datetime.min.time(), tz).astimezone(UTC)
    high = datetime.combine(last_day + timedelta(days=1), datetime.min.time(), tz).astimezone(UTC)
    return cast(list[Row], conn.execute(
        "SELECT id, engagement_id, start_at, end_at, break_seconds, category, units FROM work_entries "
        "WHERE start_at >= ? AND start_at < ?", (int(low.timestamp()), int(high.timestamp()))).fetchall())


def engagement_clients(conn: Connection) -> dict[int, int]:
    """engagement id -> its client's id."""
    return dict(conn.execute("SELECT id, client_id FROM engagements").fetchall())


def rows_by_client(rows: list[Row], engagement_client: dict[int, int]) -> dict[int, list[Row]]:
    """Rows grouped by their engagement's client, in the order read."""
    result: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        result[engagement_client[row[1]]].append(row)
    return result


def payment_facts(conn: Connection) -> dict[int, list[PaymentFacts]]:
    allocations: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    for payment_id, entry_id, amount in conn.execute(
            "SELECT payment_id, work_entry_id, amount FROM payment_allocations WHERE work_entry_id IS NOT NULL"):
        allocations[payment_id].append((entry_id, Decimal(amount)))
    result: dict[int, list[PaymentFacts]] = defaultdict(list)
    for pid, client_id, received_on, gross, fees, reference, period_from, period_to in conn.execute(
            "SELECT id, client_id, received_on, gross, fees, reference, period_from, period_to FROM payments "
            "ORDER BY received_on, id"):
        covers = DateRange(optional_date(period_from), optional_date(period_to)) if period_from or period_to else None
        result[client_id].append(PaymentFacts(
            id=pid, received_on=date.fromisoformat(received_on), gross=Decimal(gross), fees=Decimal(fees),
            reference=reference, covers=covers, allocations=tuple(allocations.get(pid, ())),
        ))
    return result


def invoice_facts(conn: Connection) -> dict[int, list[InvoiceFacts]]:
    result: dict[int, list[InvoiceFacts]] = defaultdict(list)
    for iid, client_id, number, amount, issued_on, period_from, period_to, due_on in conn.execute(
            "SELECT id, client_id, number, amount, issued_on, period_from, period_to, due_on FROM invoices "
            "ORDER BY issued_on, id"):
        issued = date.fromisoformat(issued_on)
        result[client_id].append(InvoiceFacts(id=iid, number=number, amount=Decimal(amount),
                                              covers=DateRange(optional_date(period_from),
                                                               optional_date(period_to) or issued),
                                              due_on=optional_date(due_on)))
    return result


def adjustment_facts(conn: Connection) -> dict[int, list[AdjustmentFacts]]:
    result: dict[int, list[AdjustmentFacts]] = defaultdict(list)
    for client_id, on, kind, amount, note in conn.execute(
            'SELECT client_id, "on", kind, amount, note FROM adjustments ORDER BY id'):
        result[client_id].append(AdjustmentFacts(on=date.fromisoformat(on), kind=kind, amount=Decimal(amount),
                                                 note=note))
    return result


def _scalar(conn: Connection, sql: str) -> Any:
    row = conn.execute(sql).fetchone()
    return None if row is None else row[0]
