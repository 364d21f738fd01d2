"""The orders the Entries table can be sorted in, as SQL: sorting is part of the paged query, never done in memory.

At 100k entries the table reads a page at a time, so a sort must be an ORDER BY the database does. Ties are broken
by the start and then the id, in the same direction, so that pages never repeat or skip a row. Names sort by rank
(Python's casefold order of the few clients and engagements, given to SQL as a CASE); earnings are worked out in
SQL from the terms in force on the day the entry started in its own zone (the thresholds are computed here per
zone); flags sort by a weight per flag, so entries with the same flags stay together.

Earnings sort as numbers whatever their currency, and per-unit ones through a float: an order, never a figure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Numeric,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from ..domain.pay import FROM_THE_START
from ..domain.times import zone
from ..store.models import Client, Engagement, PayTerms, SyncConflict, WorkEntry

LATE_SECONDS = 24 * 3600  # entries.LATE_AFTER, as seconds
RATE_SCALE = 10**6  # rates become whole millionths, so hourly earnings order exactly in integers
FLAG_WEIGHTS = (("overlap", 16), ("late", 8), ("imported", 4), ("edited", 2), ("conflict", 1))

Expression = ColumnElement[Any]


def _c() -> Any:
    return WorkEntry.__table__.c


def _seconds(column: Any) -> Expression:
    """A UTC column as the whole seconds it stores, to compare and subtract in SQL."""
    return type_coerce(column, Integer)


def _start(session: Session) -> Expression:
    return _c().start_at


def _end(session: Session) -> Expression:
    return _c().end_at


def _duration(session: Session) -> Expression:
    c = _c()
    return _seconds(c.end_at) - _seconds(c.start_at) - c.break_seconds


def _ranked(session: Session, by: Callable[[str, str], tuple[str, ...]]) -> Expression:
    """Each engagement's rank, sorted by ``by(client, engagement)`` without regard to case (equal names, equal rank)."""
    rows = session.execute(select(Engagement.id, Client.name, Engagement.name).join(Client)).all()
    folded = {engagement_id: tuple(part.casefold() for part in by(client, name))
              for engagement_id, client, name in rows}
    rank = {key: number for number, key in enumerate(sorted(set(folded.values())))}
    return case({engagement_id: rank[key] for engagement_id, key in folded.items()}, value=_c().engagement_id,
                else_=len(rank)) if rank else literal(0)


def _client(session: Session) -> Expression:
    return _ranked(session, lambda client, engagement: (client,))


def _engagement(session: Session) -> Expression:
    return _ranked(session, lambda client, engagement: (client, engagement))


def _category(session: Session) -> Expression:
    return _c().category


def _units(session: Session) -> Expression:
    return cast(_c().units, Numeric)


def _note(session: Session) -> Expression:
    return func.lower(func.coalesce(_c().note, ""))


def terms_in_force(session: Session) -> tuple[Expression, dict[int, PayTerms]]:
    """SQL for the id of the pay terms each entry earns under (NULL: none), and those terms by id.

    Terms apply from the day they take effect in the entry's own zone, as ``entries._Earnings`` reads them: for
    each zone the entries use, that day's midnight there is a threshold in UTC seconds."""
    c = _c()
    schedule = list(session.scalars(select(PayTerms).order_by(PayTerms.effective_from.desc())))
    # The zones entries use: a scan of every entry, so only when some terms start on a day rather than always.
    zones = list(session.scalars(select(c.tz).distinct())) \
        if any(terms.effective_from > FROM_THE_START for terms in schedule) else []
    whens: list[tuple[Expression, Expression]] = []
    for terms in schedule:  # latest first: the first WHEN that matches is the one in force
        if terms.effective_from <= FROM_THE_START:
            whens.append((c.engagement_id == terms.engagement_id, literal(terms.id)))
            continue
        for name in zones:
            moment = datetime.combine(terms.effective_from, time(), zone(name))
            whens.append((and_(c.engagement_id == terms.engagement_id, c.tz == name,
                               _seconds(c.start_at) >= int(moment.timestamp())), literal(terms.id)))
    return (case(*whens, else_=null()) if whens else null()), {terms.id: terms for terms in schedule}


def _earned(session: Session) -> Expression:
    """What each entry earns, x3600 (see Terms.earned_x3600) in millionths: NULL for fixed price or no terms."""
    c = _c()
    in_force, schedule = terms_in_force(session)
    worked = _duration(session)
    amounts: dict[int, Expression] = {}
    for terms_id, terms in schedule.items():
        if terms.kind == "fixed":
            continue
        rate = int(Decimal(terms.rate) * RATE_SCALE)
        amount = (worked * rate) if terms.kind == "hourly" \
            else func.coalesce(cast(c.units, Numeric), 0) * (rate * 3600)
        if terms.unpaid_categories:
            amount = case((c.category.in_(terms.unpaid_categories), literal(0)), else_=amount)
        amounts[terms_id] = amount
    return case(amounts, value=in_force, else_=null()) if amounts else null()


def _flags(session: Session) -> Expression:
    c = _c()
    end = _seconds(c.end_at)
    imported = c.source.like("import:%")
    late = and_(~imported, _seconds(c.entered_at) - end > LATE_SECONDS)
    edited = c.updated_at.is_not(None)
    conflict = c.id.in_(select(SyncConflict.local_id).where(
        SyncConflict.entity == WorkEntry.__tablename__, SyncConflict.local_id.is_not(None)))
    present = {"overlap": c.id.in_(_overlapping_ids()), "late": late, "imported": imported, "edited": edited,
               "conflict": conflict}
    return sum((case((present[name], literal(weight)), else_=literal(0)) for name, weight in FLAG_WEIGHTS),
               start=literal(0))


def _overlapping_ids() -> Any:
    """The ids of entries overlapping another (any entry, filtered out or not), in one pass over the entries in
    order of start: the rule of domain.overlaps.overlapping_keys as SQL window functions. Not correlated, so SQLite
    works it out once per query rather than once per row."""
    other = WorkEntry.__table__.alias("other")
    start, end = _seconds(other.c.start_at), _seconds(other.c.end_at)
    order = (start, end)
    before = func.max(end).over(order_by=order, rows=(None, -1))  # the latest end among the entries before
    after = func.lead(start).over(order_by=order)  # the next entry's start
    spans = select(other.c.id.label("id"), or_(before > start, after < end).label("overlaps")).subquery()
    return select(spans.c.id).where(spans.c.overlaps)


ORDERS: dict[str, Callable[[Session], Expression]] = {
    "date": _start, "start": _start, "end": _end, "duration": _duration, "client": _client,
    "engagement": _engagement, "category": _category, "units": _units, "earned": _earned, "note": _note,
    "flags": _flags,
}


def order_by(session: Session, order: str, descending: bool) -> list[Expression]:
    """ORDER BY clauses for ``order`` (a key of ORDERS), ties broken by start and id in the same direction."""
    if order not in ORDERS:
        raise ValueError(f"unknown entry order {order!r}: one of {', '.join(ORDERS)}")
    c = _c()
    keys = [ORDERS[order](session)] if order not in ("date", "start") else []
    keys += [c.start_at, c.id]
    return [key.desc() if descending else key.asc() for key in keys]

