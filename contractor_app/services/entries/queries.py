"""Reading entries for the Entries view: filtered pages, counts and totals with what each entry earned, through
SQLAlchemy (its sort orders are entry_order.py's expressions). A period's entries for `list`, exports and reports
are listing.py's, in plain SQL; both read the rows with details.py's queries."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Float, Integer, Select, and_, case, cast, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from ...domain.categories import check_category
from ...domain.money import Money
from ...domain.overlaps import overlapping
from ...domain.pay import Terms
from ...domain.times import DateRange, zone
from ...store.engine import driver_connection
from ...store.models import PayTerms, WorkEntry
from ...store.vault import Vault
from ..clients.lookup import terms_of
from ..entry_order import ORDERS, order_by, terms_in_force
from .details import EntryDetails, details_of, engagement_names, entries_starting, in_conflict, longest_seconds

ENTRY_ORDERS = tuple(ORDERS)  # what EntryQuery.order may name: every column of the Entries table


@dataclass(frozen=True, slots=True)
class EntryQuery:
    """Which entries a page shows: days in ``tz``, one client (by exact name), one category, text in note or names."""

    period: DateRange = field(default_factory=DateRange)
    tz: str = "UTC"
    client: str | None = None
    category: str | None = None
    text: str = ""
    order: str = "date"  # a key of ENTRY_ORDERS: the column the table is sorted by
    descending: bool = True

    def unsorted(self) -> EntryQuery:
        """The same filters in the default order: whether two queries show the same entries."""
        return replace(self, order="date", descending=True)


@dataclass(frozen=True, slots=True)
class ListedEntry:
    """One row of the entries table: the entry and what it earned under its terms (None: no terms, or fixed price)."""

    entry: EntryDetails
    earned: Money | None


@dataclass(frozen=True, slots=True)
class EntryTotals:
    count: int
    worked_seconds: int
    earned: tuple[Money, ...]  # one per currency, sorted by code


def count_entries(vault: Vault, query: EntryQuery) -> int:
    with vault.reading() as session:
        return session.scalar(_filtered(session, query, select(func.count(WorkEntry.id)))) or 0


def page_entries(vault: Vault, query: EntryQuery, *, offset: int, limit: int) -> list[ListedEntry]:
    """Rows ``offset`` .. ``offset + limit`` of the matching entries in the query's order (newest first unless it
    says otherwise), with flags and earnings."""
    with vault.reading() as session:
        rows = list(session.scalars(_ordered(session, query, select(WorkEntry), offset=offset, limit=limit)))
        if not rows:
            return []
        conn = driver_connection(session)
        names = engagement_names(conn)
        # Overlaps are with any entry, filtered out or not: look around the page only.
        longest = timedelta(seconds=longest_seconds(conn))
        low, high = min(r.start_at for r in rows), max(r.end_at for r in rows)
        around = entries_starting(conn, low - longest, high)
        overlaps = overlapping((row.id, row.start_at, row.end_at) for row in around)
        earnings = _Earnings(session)
        return [
            ListedEntry(view, earnings.of(row.engagement_id, row.start_at, row.tz, row.category,
                                          view.worked_seconds, row.units))
            for row, view in zip(rows, details_of(names, rows, overlaps, in_conflict(conn)), strict=True)
        ]


def entry_totals(vault: Vault, query: EntryQuery, ranges: Iterable[tuple[int, int]]) -> EntryTotals:
    """Count, time worked and earnings of the rows in ``ranges`` ((offset, count) in page order): a selection.

    One scan per range adds up, in SQL, the time and units each set of pay terms pays for (a GROUP BY would sort
    100k rows first); Python turns those sums into money exactly. A range that is every row is not sorted."""
    c = WorkEntry.__table__.c
    worked = type_coerce(c.end_at, Integer) - type_coerce(c.start_at, Integer) - c.break_seconds
    count = seconds = 0
    earned: dict[str, Decimal] = defaultdict(Decimal)
    with vault.reading() as session:
        in_force, schedule = terms_in_force(session)
        terms = {terms_id: terms_of(row) for terms_id, row in schedule.items() if row.kind != "fixed"}
        everything: int | None = None
        for offset, size in ranges:
            rows = _filtered(session, query, select(c.category, c.units, in_force.label("terms"),
                                                    worked.label("worked")))
            if offset <= 0 and everything is None:
                everything = session.scalar(_filtered(session, query, select(func.count(WorkEntry.id)))) or 0
            if not (offset <= 0 and everything is not None and size >= everything):
                rows = rows.order_by(*order_by(session, query.order, query.descending)) \
                    .offset(max(offset, 0)).limit(max(size, 0))
            sums = _sums_by_terms(session, rows.subquery(), terms)
            if sums is None:  # units finer than a millionth: add them up row by row instead
                sums = _sums_by_terms_exactly(session, rows.subquery(), terms)
            number, total, paid = sums
            count += number
            seconds += total
            for terms_id, (paid_seconds, paid_units) in paid.items():
                applied = terms[terms_id]
                amount = applied.rate.amount * (paid_seconds if applied.kind == "hourly" else paid_units * 3600)
                earned[applied.rate.currency] += amount
    return EntryTotals(count=count, worked_seconds=seconds, earned=tuple(
        Money(amount / 3600, code).rounded() for code, amount in sorted(earned.items())))


UNIT_SCALE = 10**6
Sums = tuple[int, int, dict[int, tuple[int, Decimal]]]  # count, seconds, terms id -> (paid seconds, paid units)


def _sums_by_terms(session: Session, part: Any, terms: Mapping[int, Terms]) -> Sums | None:
    """One scan: the count, the time, and per terms the time and units it pays for (its unpaid categories left
    out). Units are summed in millionths; None if some unit has a finer fraction than that."""
    units = func.round(cast(part.c.units, Float) * UNIT_SCALE)
    columns: list[Any] = [func.count(), func.coalesce(func.sum(part.c.worked), 0),
                          func.coalesce(func.sum(case((cast(part.c.units, Float) * UNIT_SCALE != units, 1),
                                                      else_=0)), 0)]
    for terms_id, applied in terms.items():
        pays = and_(part.c.terms == terms_id, part.c.category.not_in(applied.unpaid_categories)) \
            if applied.unpaid_categories else part.c.terms == terms_id
        columns.append(func.coalesce(func.sum(case((part.c.terms == terms_id, 1), else_=0)), 0))
        columns.append(func.coalesce(func.sum(case((pays, part.c.worked), else_=0)), 0))
        columns.append(func.coalesce(func.sum(case((pays, cast(units, Integer)), else_=0)), 0))
    number, total, inexact, *paid = session.execute(select(*columns)).one()
    if inexact:
        return None
    return number, total, {terms_id: (paid[3 * i + 1], Decimal(paid[3 * i + 2]) / UNIT_SCALE)
                           for i, terms_id in enumerate(terms) if paid[3 * i]}  # terms no entry is under: left out


def _sums_by_terms_exactly(session: Session, part: Any, terms: Mapping[int, Terms]) -> Sums:
    number = total = 0
    paid: dict[int, tuple[int, Decimal]] = {}
    for category, units, terms_id, worked in session.execute(select(part.c.category, part.c.units, part.c.terms,
                                                                    part.c.worked)):
        number += 1
        total += worked
        applied = terms.get(terms_id)
        if applied is not None:
            pays = category not in applied.unpaid_categories
            before = paid.get(terms_id, (0, Decimal(0)))
            paid[terms_id] = (before[0] + worked * pays, before[1] + (units or 0) * pays)
    return number, total, paid


def _filtered(session: Session, query: EntryQuery, statement: Select[Any]) -> Select[Any]:
    low, high = query.period.utc_bounds(zone(query.tz))
    if low is not None:
        statement = statement.where(WorkEntry.start_at >= low)
    if high is not None:
        statement = statement.where(WorkEntry.start_at < high)
    names = engagement_names(driver_connection(session))
    if query.client:
        wanted = query.client.strip().lower()
        statement = statement.where(WorkEntry.engagement_id.in_(
            [eid for eid, (_, cname, _) in names.items() if cname.lower() == wanted]))
    if query.category:
        statement = statement.where(WorkEntry.category == check_category(query.category))
    text = query.text.strip()
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        by_name = [eid for eid, (_, cname, ename) in names.items()
                   if text.lower() in cname.lower() or text.lower() in ename.lower()]
        statement = statement.where(or_(WorkEntry.note.ilike(f"%{escaped}%", escape="\\"),
                                        WorkEntry.engagement_id.in_(by_name)))
    return statement


def _ordered(session: Session, query: EntryQuery, statement: Select[Any], *, offset: int, limit: int) -> Select[Any]:
    return (_filtered(session, query, statement).order_by(*order_by(session, query.order, query.descending))
            .offset(max(offset, 0)).limit(max(limit, 0)))


class _Earnings:
    """What an entry earns under the terms of its engagement in force on the day it started (in its zone)."""

    def __init__(self, session: Session) -> None:
        schedules: dict[int, list[Terms]] = defaultdict(list)
        for row in session.scalars(select(PayTerms)):
            schedules[row.engagement_id].append(terms_of(row))
        self._schedules: dict[int, tuple[list[date], list[Terms]]] = {}
        for engagement_id, terms in schedules.items():
            terms.sort(key=lambda t: t.effective_from)
            self._schedules[engagement_id] = ([t.effective_from for t in terms], terms)
        self._zones: dict[str, ZoneInfo] = {}

    def of(self, engagement_id: int, start: datetime, tz: str, category: str, worked_seconds: int,
           units: Decimal | None) -> Money | None:
        schedule = self._schedules.get(engagement_id)
        if schedule is None:
            return None
        day = start.astimezone(self._zones.setdefault(tz, zone(tz))).date()
        index = bisect.bisect_right(schedule[0], day) - 1
        if index < 0 or schedule[1][index].kind == "fixed":
            return None
        return schedule[1][index].earned(category=category, worked_seconds=worked_seconds, units=units)
