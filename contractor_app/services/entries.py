"""Work entries: logging work, and listing it with the flags a report must disclose.

Flags: an entry that overlaps another (allowed: a worker may work for two platforms at once), one recorded
more than 24 h after the work ended, and one edited after it was recorded.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from ..domain.categories import check_category
from ..domain.times import DateRange, zone
from ..errors import InvalidInput
from ..store.models import Client, Engagement, WorkEntry
from ..store.vault import UnitOfWork, Vault
from .clients import find_client, find_engagement

LATE_AFTER = timedelta(hours=24)
FUTURE_TOLERANCE = timedelta(minutes=5)
MAX_NOTE = 10_000
SOURCES = ("manual", "timer")


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
class EntryView:
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

    @property
    def worked_seconds(self) -> int:
        return int((self.end - self.start).total_seconds()) - self.break_seconds

    @property
    def recorded_late(self) -> bool:
        return self.entered_at - self.end > LATE_AFTER

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(
            name for name, present in (
                ("overlap", bool(self.overlaps)), ("late", self.recorded_late), ("edited", self.edited),
            ) if present
        )


@dataclass(frozen=True, slots=True)
class LogResult:
    entry: EntryView
    overlaps: tuple[EntryView, ...]


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
    now = datetime.now(UTC)
    with vault.unit_of_work() as uow:
        resolver = _Resolver(uow.session)
        rows = [_add(uow.session, new, now, resolver) for new in entries]
        uow.created_all(rows)
    return len(rows)


def add_many(uow: UnitOfWork, entries: Iterable[NewEntry]) -> int:
    """Record many entries within a caller's unit of work (an import also saves its column mapping in it)."""
    now = datetime.now(UTC)
    resolver = _Resolver(uow.session)
    rows = [_add(uow.session, new, now, resolver) for new in entries]
    uow.created_all(rows)
    return len(rows)


def list_entries(vault: Vault, *, period: DateRange, tz: str, client: str | None = None) -> list[EntryView]:
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
        return _views(names, wanted, _sweep_overlaps(rows))


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
    _check(new, now)
    engagement = resolver.engagement(new.client, new.engagement)
    return WorkEntry(
        engagement_id=engagement.id, start_at=new.start, end_at=new.end, tz=zone(new.tz).key,
        break_seconds=new.break_seconds, category=check_category(new.category), units=new.units,
        note=(new.note or None), source=new.source, source_ref=new.source_ref, entered_at=now,
    )


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
    if new.units is not None and (new.units < 0 or -new.units.as_tuple().exponent > 3):  # type: ignore[operator]
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
    longest = timedelta(seconds=_longest_seconds(session))
    return list(session.scalars(
        select(WorkEntry)
        .where(WorkEntry.start_at < row.end_at, WorkEntry.start_at >= row.start_at - longest,
               WorkEntry.end_at > row.start_at, WorkEntry.id != row.id)
        .order_by(WorkEntry.start_at)
    ))


def _sweep_overlaps(rows: Sequence[WorkEntry]) -> dict[int, list[int]]:
    """Pairs of overlapping entries among ``rows`` (sorted by start), in one pass."""
    found: dict[int, list[int]] = {}
    active: list[tuple[datetime, int]] = []  # (end, id) heap of entries that may still overlap
    for row in rows:
        while active and active[0][0] <= row.start_at:
            heapq.heappop(active)
        for _, other in active:
            found.setdefault(row.id, []).append(other)
            found.setdefault(other, []).append(row.id)
        heapq.heappush(active, (row.end_at, row.id))
    return found


def _names(session: Session) -> dict[int, tuple[int, str, str]]:
    """engagement id -> (client id, client name, engagement name)."""
    rows = session.execute(select(Engagement.id, Client.id, Client.name, Engagement.name).join(Client)).all()
    return {eid: (cid, cname, ename) for eid, cid, cname, ename in rows}


def _views(
    names: dict[int, tuple[int, str, str]], rows: Iterable[WorkEntry], overlaps: dict[int, list[int]] | None = None
) -> list[EntryView]:
    return [
        EntryView(
            id=row.id, client=names[row.engagement_id][1], engagement=names[row.engagement_id][2],
            start=row.start_at, end=row.end_at, tz=row.tz, break_seconds=row.break_seconds,
            category=row.category, units=row.units, note=row.note, source=row.source,
            entered_at=row.entered_at, edited=row.updated_at is not None,
            overlaps=tuple(sorted((overlaps or {}).get(row.id, ()))),
        )
        for row in rows
    ]
