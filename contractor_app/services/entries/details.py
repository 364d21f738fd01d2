"""An entry as services return it (EntryDetails), and how stored rows become that, with the entries
each one overlaps and whether another computer changed it too."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from ...domain.overlaps import overlapping
from ...store.models import Client, Engagement, SyncConflict, WorkEntry

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


def longest_seconds(session: Session) -> int:
    # Served by the index on (end_at - start_at), so this never scans the table.
    span = type_coerce(WorkEntry.__table__.c.end_at - WorkEntry.__table__.c.start_at, Integer)
    return session.scalar(select(func.max(span))) or 0


def entries_overlapping(session: Session, row: WorkEntry) -> list[WorkEntry]:
    """The entries ``row`` overlaps: those starting in its span or up to the longest entry before it."""
    longest = timedelta(seconds=longest_seconds(session))
    near = {other.id: other for other in session.scalars(
        select(WorkEntry).where(WorkEntry.start_at < row.end_at, WorkEntry.start_at >= row.start_at - longest)
    )}
    near[row.id] = row
    found = overlapping((other.id, other.start_at, other.end_at) for other in near.values()).get(row.id, [])
    return sorted((near[other] for other in found), key=lambda other: (other.start_at, other.id))


def in_conflict(session: Session) -> frozenset[int]:
    """Entries changed here and on another computer, waiting for the worker's choice."""
    return frozenset(session.scalars(select(SyncConflict.local_id).where(
        SyncConflict.entity == WorkEntry.__tablename__, SyncConflict.local_id.is_not(None))))


def engagement_names(session: Session) -> dict[int, tuple[int, str, str]]:
    """engagement id -> (client id, client name, engagement name)."""
    rows = session.execute(select(Engagement.id, Client.id, Client.name, Engagement.name).join(Client)).all()
    return {eid: (cid, cname, ename) for eid, cid, cname, ename in rows}


def details_of(
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
