"""An entry as services return it (EntryDetails), and how stored rows become that, with the entries
each one overlaps and whether another computer changed it too.

The reads here are plain SQL over a DB-API connection (``Vault.querying``, or a session's through
``driver_connection``), so the listing of entries loads no SQLAlchemy (issue 18) and every other reader of the same
rows, ORM units of work included, runs the same query."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, Protocol

from ...domain.overlaps import overlapping
from ...store.engine import Connection, driver_connection
from ...store.values import optional_decimal, optional_time, utc_seconds, utc_time

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LATE_AFTER = timedelta(hours=24)


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


class EntryRow(Protocol):
    """What becomes an EntryDetails: a stored entry (StoredEntry), or the ORM's WorkEntry inside a unit of work."""

    @property
    def id(self) -> int: ...
    @property
    def engagement_id(self) -> int: ...
    @property
    def start_at(self) -> datetime: ...
    @property
    def end_at(self) -> datetime: ...
    @property
    def tz(self) -> str: ...
    @property
    def break_seconds(self) -> int: ...
    @property
    def category(self) -> str: ...
    @property
    def units(self) -> Decimal | None: ...
    @property
    def note(self) -> str | None: ...
    @property
    def source(self) -> str: ...
    @property
    def entered_at(self) -> datetime: ...
    @property
    def updated_at(self) -> datetime | None: ...


class StoredEntry(NamedTuple):
    """A work_entries row read in plain SQL, its values as the WorkEntry model's columns give them."""

    id: int
    engagement_id: int
    start_at: datetime
    end_at: datetime
    tz: str
    break_seconds: int
    category: str
    units: Decimal | None
    note: str | None
    source: str
    entered_at: datetime
    updated_at: datetime | None


_ENTRY_COLUMNS = ("id, engagement_id, start_at, end_at, tz, break_seconds, category, units, note, source, "
                  "entered_at, updated_at")


def entries_starting(conn: Connection, low: datetime | None, high: datetime | None) -> list[StoredEntry]:
    """The entries starting at or after ``low`` and before ``high`` (either open when None), oldest first."""
    where, bounds = [], []
    if low is not None:
        where.append("start_at >= ?")
        bounds.append(utc_seconds(low))
    if high is not None:
        where.append("start_at < ?")
        bounds.append(utc_seconds(high))
    sql = (f"SELECT {_ENTRY_COLUMNS} FROM work_entries" + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY start_at, id")
    return [StoredEntry(eid, engagement, utc_time(start), utc_time(end), tz, pause, category, optional_decimal(units),
                        note, source, utc_time(entered), optional_time(updated))
            for eid, engagement, start, end, tz, pause, category, units, note, source, entered, updated
            in conn.execute(sql, bounds)]


def longest_seconds(conn: Connection) -> int:
    # Served by the index on (end_at - start_at), so this never scans the table.
    (longest,) = conn.execute("SELECT max(end_at - start_at) FROM work_entries").fetchone()
    return int(longest or 0)


def entries_overlapping(session: Session, row: EntryRow) -> list[EntryRow]:
    """The entries ``row`` overlaps (inside a unit of work, with its changes): those starting in its span or up to
    the longest entry before it."""
    conn = driver_connection(session)
    longest = timedelta(seconds=longest_seconds(conn))
    near: dict[int, EntryRow] = {other.id: other for other in entries_starting(conn, row.start_at - longest,
                                                                                row.end_at)}
    near[row.id] = row
    found = overlapping((other.id, other.start_at, other.end_at) for other in near.values()).get(row.id, [])
    return sorted((near[other] for other in found), key=lambda other: (other.start_at, other.id))


def in_conflict(conn: Connection) -> frozenset[int]:
    """Entries changed here and on another computer, waiting for the worker's choice."""
    return frozenset(local_id for (local_id,) in conn.execute(
        "SELECT local_id FROM sync_conflicts WHERE entity = 'work_entries' AND local_id IS NOT NULL"))


def engagement_names(conn: Connection) -> dict[int, tuple[int, str, str]]:
    """engagement id -> (client id, client name, engagement name)."""
    rows = conn.execute("SELECT engagements.id, clients.id, clients.name, engagements.name "
                        "FROM engagements JOIN clients ON clients.id = engagements.client_id")
    return {eid: (cid, cname, ename) for eid, cid, cname, ename in rows}


def details_of(
    names: dict[int, tuple[int, str, str]], rows: Iterable[EntryRow], overlaps: dict[int, list[int]] | None = None,
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
