"""Work entries: logging work, and listing it with the flags a report must disclose.

Flags: an entry that overlaps another (allowed: a worker may work for two platforms at once), one recorded
more than 24 h after the work ended, and one edited after it was recorded.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Float, Integer, Select, and_, case, cast, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from ..domain.categories import check_category
from ..domain.money import Money
from ..domain.overlaps import overlapping
from ..domain.pay import Terms
from ..domain.times import DateRange, zone
from ..errors import InvalidInput, NotFound
from ..store.models import Client, Engagement, PaymentAllocation, PayTerms, SyncConflict, WorkEntry
from ..store.vault import UnitOfWork, Vault
from .changes import ENTRIES, announces
from .clients import find_client, find_engagement, terms_of
from .entry_order import ORDERS, order_by, terms_in_force
from .reinstating import put_back, snapshot

LATE_AFTER = timedelta(hours=24)
FUTURE_TOLERANCE = timedelta(minutes=5)
MAX_NOTE = 10_000
SOURCES = ("manual", "timer")
ENTRY_ORDERS = tuple(ORDERS)  # what EntryQuery.order may name: every column of the Entries table


@dataclass(frozen=True, slots=True)
class NewEntry:
    client: str
    start: datetime
    end: datetime
    tz: str
    category: str = "productive"
    engagement: str | None = None
    break_seconds: int = 0
    units: Decimal | None = None
    note: str | None = None
    source: str = "manual"
    source_ref: str | None = None


@dataclass(frozen=True, slots=True)
class EntryDetails:
    id: int
    client: str
    engagement: str
    start: datetime
    end: datetime
    tz: str
    break_seconds: int
    category: str
    units: Decimal | None
    note: str | None
    source: str
    entered_at: datetime
    edited: bool
    overlaps: tuple[int, ...] = field(default=())
    conflict: bool = False  # changed here and on another computer: both versions kept (services/sync.py)

    @property
    def worked_seconds(self) -> int:
        return int((self.end - self.start).total_seconds()) - self.break_seconds

    @property
    def imported(self) -> bool:
        return self.source.startswith("import:")

    @property
    def recorded_late(self) -> bool:
        """Typed in more than a day after the work ended. Imported history is not late: it is "imported"."""
        return not self.imported and self.entered_at - self.end > LATE_AFTER

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(
            name for name, present in (
                ("overlap", bool(self.overlaps)), ("late", self.recorded_late), ("imported", self.imported),
                ("edited", self.edited), ("conflict", self.conflict),
            ) if present
        )


@dataclass(frozen=True, slots=True)
class LogResult:
    entry: EntryDetails
    overlaps: tuple[EntryDetails, ...]


@announces(ENTRIES)
def log_work(vault: Vault, new: NewEntry) -> LogResult:
    """Record one entry (one audited change) and report the entries it overlaps."""
    with vault.unit_of_work() as uow:
        return add_entry(uow, new)


def add_entry(uow: UnitOfWork, new: NewEntry) -> LogResult:
    """Record one entry within a caller's unit of work (the timer stops and logs in one)."""
    row = _add(uow.session, new, datetime.now(UTC), _Resolver(uow.session))
    uow.created(row)
    overlaps = _overlapping(uow.session, row)
    names = _names(uow.session)
    entry = _views(names, [row], {row.id: [other.id for other in overlaps]})[0]
    return LogResult(entry, tuple(_views(names, overlaps)))


def log_many(vault: Vault, entries: Iterable[NewEntry]) -> int:
    """Record many entries in one unit of work: all of them, or none if any is invalid."""
    with vault.unit_of_work() as uow:
        return add_many(uow, entries)


def add_many(uow: UnitOfWork, entries: Iterable[NewEntry]) -> int:
    """Record many entries within a caller's unit of work (an import also saves its column mapping in it)."""
    now = datetime.now(UTC)
    resolver = _Resolver(uow.session)
    # Plain values, inserted and audited in bulk: no ORM object per entry (issue 18).
    return len(uow.created_rows(WorkEntry, [_values(new, now, resolver) for new in entries]))


def list_entries(vault: Vault, *, period: DateRange, tz: str, client: str | None = None) -> list[EntryDetails]:
    """Entries that start within ``period`` (days in zone ``tz``), oldest first, with their flags."""
    low, high = period.utc_bounds(zone(tz))
    with vault.reading() as session:
        client_id = find_client(session, client).id if client else None
        longest = timedelta(seconds=_longest_seconds(session))
        query = select(WorkEntry).order_by(WorkEntry.start_at, WorkEntry.id)
        # Widen by the longest entry so overlaps with entries just outside the period are still seen.
        if low is not None:
            query = query.where(WorkEntry.start_at >= low - longest)
        if high is not None:
            query = query.where(WorkEntry.start_at < high)
        rows = session.scalars(query).all()
        names = _names(session)
        wanted = [
            row for row in rows
            if (low is None or row.start_at >= low)
            and (client_id is None or names[row.engagement_id][0] == client_id)
        ]
        return _views(names, wanted, overlapping((row.id, row.start_at, row.end_at) for row in rows),
                      _in_conflict(session))


# --- internals ----------------------------------------------------------------------------------------------

class _Resolver:
    """Looks up clients and engagements by name once per unit of work."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[tuple[str, str | None], Engagement] = {}

    def engagement(self, client: str, engagement: str | None) -> Engagement:
        key = (client.strip().lower(), engagement.strip().lower() if engagement else None)
        if key not in self._cache:
            self._cache[key] = find_engagement(self._session, find_client(self._session, client), engagement)
        return self._cache[key]


def _add(session: Session, new: NewEntry, now: datetime, resolver: _Resolver) -> WorkEntry:
    return WorkEntry(**_values(new, now, resolver))


def _values(new: NewEntry, now: datetime, resolver: _Resolver) -> dict[str, Any]:
    """The checked column values of a new entry."""
    _check(new, now)
    engagement = resolver.engagement(new.client, new.engagement)
    return {
        "engagement_id": engagement.id, "start_at": new.start, "end_at": new.end, "tz": zone(new.tz).key,
        "break_seconds": new.break_seconds, "category": check_category(new.category), "units": new.units,
        "note": new.note or None, "source": new.source, "source_ref": new.source_ref, "entered_at": now,
    }


def _check(new: NewEntry, now: datetime) -> None:
    if new.start.tzinfo is None or new.end.tzinfo is None:
        raise ValueError("entry times must be timezone-aware")
    if new.end <= new.start:
        raise InvalidInput(f"The entry ends ({new.end:%Y-%m-%d %H:%M} UTC) before or when it starts.")
    if new.end > now + FUTURE_TOLERANCE:
        raise InvalidInput("The entry ends in the future; log work once it is done, or use the timer.")
    duration = (new.end - new.start).total_seconds()
    if not 0 <= new.break_seconds < duration:
        raise InvalidInput("Breaks must be shorter than the entry itself.")
    if new.units is not None and (new.units < 0 or -new.units.as_tuple().exponent > 3):  # type: ignore[operator]  # finite here, so the exponent is an int
        raise InvalidInput(f"Units {new.units} must be a positive number with at most 3 decimal places.")
    if new.note and len(new.note) > MAX_NOTE:
        raise InvalidInput(f"The note is longer than {MAX_NOTE} characters.")
    if not (new.source in SOURCES or new.source.startswith("import:")):
        raise ValueError(f"unknown entry source {new.source!r}")


def _longest_seconds(session: Session) -> int:
    # Served by the index on (end_at - start_at), so this never scans the table.
    span = type_coerce(WorkEntry.__table__.c.end_at - WorkEntry.__table__.c.start_at, Integer)
    return session.scalar(select(func.max(span))) or 0


def _overlapping(session: Session, row: WorkEntry) -> list[WorkEntry]:
    """The entries ``row`` overlaps: those starting in its span or up to the longest entry before it."""
    longest = timedelta(seconds=_longest_seconds(session))
    near = {other.id: other for other in session.scalars(
        select(WorkEntry).where(WorkEntry.start_at < row.end_at, WorkEntry.start_at >= row.start_at - longest)
    )}
    near[row.id] = row
    found = overlapping((other.id, other.start_at, other.end_at) for other in near.values()).get(row.id, [])
    return sorted((near[other] for other in found), key=lambda other: (other.start_at, other.id))


def _in_conflict(session: Session) -> frozenset[int]:
    """Entries changed here and on another computer, waiting for the worker's choice."""
    return frozenset(session.scalars(select(SyncConflict.local_id).where(
        SyncConflict.entity == WorkEntry.__tablename__, SyncConflict.local_id.is_not(None))))


def _names(session: Session) -> dict[int, tuple[int, str, str]]:
    """engagement id -> (client id, client name, engagement name)."""
    rows = session.execute(select(Engagement.id, Client.id, Client.name, Engagement.name).join(Client)).all()
    return {eid: (cid, cname, ename) for eid, cid, cname, ename in rows}


def _views(
    names: dict[int, tuple[int, str, str]], rows: Iterable[WorkEntry], overlaps: dict[int, list[int]] | None = None,
    conflicts: frozenset[int] = frozenset(),
) -> list[EntryDetails]:
    return [
        EntryDetails(
            id=row.id, client=names[row.engagement_id][1], engagement=names[row.engagement_id][2],
            start=row.start_at, end=row.end_at, tz=row.tz, break_seconds=row.break_seconds,
            category=row.category, units=row.units, note=row.note, source=row.source,
            entered_at=row.entered_at, edited=row.updated_at is not None,
            overlaps=tuple(sorted((overlaps or {}).get(row.id, ()))), conflict=row.id in conflicts,
        )
        for row in rows
    ]


# --- editing, deleting and paging: the desktop app's Entries view ------------------------------------------
# Each edit, delete and restore is one audited unit of work, so undo in the app is itself a disclosed change.

EDITABLE = ("client", "engagement", "start", "end", "break_seconds", "category", "units", "note")


@dataclass(frozen=True, slots=True)
class RemovedEntry:
    """A deleted entry with every column it had, so that undo can put it back exactly."""

    view: EntryDetails
    state: tuple[tuple[str, Any], ...]


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


@announces(ENTRIES)
def update_entry(vault: Vault, entry_id: int, changes: Mapping[str, Any]) -> EntryDetails:
    """Change some fields of one entry (keys from EDITABLE), checked like a new entry; marks it edited."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    now = datetime.now(UTC)
    with vault.unit_of_work() as uow:
        row = _entry_row(uow.session, entry_id)
        names = _names(uow.session)
        engagement: str | None
        _, client, engagement = names[row.engagement_id]
        if "client" in changes and "engagement" not in changes:
            engagement = None  # another client: its first engagement
        merged = NewEntry(
            client=changes.get("client", client), engagement=changes.get("engagement", engagement),
            start=changes.get("start", row.start_at), end=changes.get("end", row.end_at), tz=row.tz,
            break_seconds=changes.get("break_seconds", row.break_seconds),
            category=changes.get("category", row.category), units=changes.get("units", row.units),
            note=changes.get("note", row.note), source=row.source,
        )
        _check(merged, now)
        target = _Resolver(uow.session).engagement(merged.client, merged.engagement)
        values = {
            "engagement_id": target.id, "start_at": merged.start.replace(microsecond=0),
            "end_at": merged.end.replace(microsecond=0), "break_seconds": merged.break_seconds,
            "category": check_category(merged.category), "units": merged.units, "note": merged.note or None,
        }
        if any(getattr(row, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = now
            uow.updated(row)
        overlaps = _overlapping(uow.session, row)
        return _views(names, [row], {row.id: [other.id for other in overlaps]})[0]


@announces(ENTRIES)
def delete_entries(vault: Vault, entry_ids: Iterable[int]) -> tuple[RemovedEntry, ...]:
    """Delete entries in one unit of work (all or none), each audited; return them whole, for undo."""
    removed = []
    with vault.unit_of_work() as uow:
        names = _names(uow.session)
        for entry_id in entry_ids:
            row = _entry_row(uow.session, entry_id)
            linked = uow.session.scalar(select(func.count()).where(PaymentAllocation.work_entry_id == entry_id))
            if linked:
                raise InvalidInput("An entry is linked to a payment; remove that link first. Nothing was deleted.")
            removed.append(RemovedEntry(view=_views(names, [row])[0], state=snapshot(row)))
            uow.deleted(row)
    return tuple(removed)


@announces(ENTRIES)
def reinstate_entries(vault: Vault, removed: Iterable[RemovedEntry]) -> tuple[EntryDetails, ...]:
    """Put deleted entries back in one unit of work; an entry whose old id was reused gets a new one, and one
    already back is refused (so an undo twice never records the work twice)."""
    rows = []
    with vault.unit_of_work() as uow:
        for item in removed:
            rows.append(put_back(uow, WorkEntry, item.state, "entry", (Engagement, "engagement_id")))
        return tuple(_views(_names(uow.session), rows))


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
        names = _names(session)
        # Overlaps are with any entry, filtered out or not: look around the page only.
        longest = timedelta(seconds=_longest_seconds(session))
        low, high = min(r.start_at for r in rows), max(r.end_at for r in rows)
        around = session.scalars(
            select(WorkEntry).where(WorkEntry.start_at >= low - longest, WorkEntry.start_at < high)
            .order_by(WorkEntry.start_at, WorkEntry.id)
        ).all()
        overlaps = overlapping((row.id, row.start_at, row.end_at) for row in around)
        earnings = _Earnings(session)
        return [
            ListedEntry(view, earnings.of(row.engagement_id, row.start_at, row.tz, row.category,
                                          view.worked_seconds, row.units))
            for row, view in zip(rows, _views(names, rows, overlaps, _in_conflict(session)), strict=True)
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


def _entry_row(session: Session, entry_id: int) -> WorkEntry:
    row = session.get(WorkEntry, entry_id)
    if row is None:
        raise NotFound(f"Entry {entry_id} does not exist (it may have been deleted).")
    return row


def _filtered(session: Session, query: EntryQuery, statement: Select[Any]) -> Select[Any]:
    low, high = query.period.utc_bounds(zone(query.tz))
    if low is not None:
        statement = statement.where(WorkEntry.start_at >= low)
    if high is not None:
        statement = statement.where(WorkEntry.start_at < high)
    names = _names(session)
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
