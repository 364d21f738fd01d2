"""Logging work: new entries checked and recorded, one or many, each an audited change."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ...domain.categories import check_category
from ...domain.times import zone
from ...errors import InvalidInput
from ...store.engine import driver_connection
from ...store.models import Engagement, WorkEntry
from ...store.vault import UnitOfWork, Vault
from ..changes import ENTRIES, announces
from ..clients.lookup import find_client, find_engagement
from .details import EntryDetails, details_of, engagement_names, entries_overlapping

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
    row = _add(uow.session, new, datetime.now(UTC), EngagementResolver(uow.session))
    uow.created(row)
    overlaps = entries_overlapping(uow.session, row)
    names = engagement_names(driver_connection(uow.session))
    entry = details_of(names, [row], {row.id: [other.id for other in overlaps]})[0]
    return LogResult(entry, tuple(details_of(names, overlaps)))


def log_many(vault: Vault, entries: Iterable[NewEntry]) -> int:
    """Record many entries in one unit of work: all of them, or none if any is invalid."""
    with vault.unit_of_work() as uow:
        return add_many(uow, entries)


def add_many(uow: UnitOfWork, entries: Iterable[NewEntry]) -> int:
    """Record many entries within a caller's unit of work (an import also saves its column mapping in it)."""
    now = datetime.now(UTC)
    resolver = EngagementResolver(uow.session)
    # Plain values, inserted and audited in bulk: no ORM object per entry (issue 18).
    return len(uow.created_rows(WorkEntry, [_values(new, now, resolver) for new in entries]))


class EngagementResolver:
    """Looks up clients and engagements by name once per unit of work."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[tuple[str, str | None], Engagement] = {}

    def engagement(self, client: str, engagement: str | None) -> Engagement:
        key = (client.strip().lower(), engagement.strip().lower() if engagement else None)
        if key not in self._cache:
            self._cache[key] = find_engagement(self._session, find_client(self._session, client), engagement)
        return self._cache[key]


def _add(session: Session, new: NewEntry, now: datetime, resolver: EngagementResolver) -> WorkEntry:
    return WorkEntry(**_values(new, now, resolver))


def _values(new: NewEntry, now: datetime, resolver: EngagementResolver) -> dict[str, Any]:
    """The checked column values of a new entry."""
    check_entry(new, now)
    engagement = resolver.engagement(new.client, new.engagement)
    return {
        "engagement_id": engagement.id, "start_at": new.start, "end_at": new.end, "tz": zone(new.tz).key,
        "break_seconds": new.break_seconds, "category": check_category(new.category), "units": new.units,
        "note": new.note or None, "source": new.source, "source_ref": new.source_ref, "entered_at": now,
    }


def check_entry(new: NewEntry, now: datetime) -> None:
    if new.start.tzinfo is None or new.end.tzinfo is None:
        raise ValueError("entry times must be timezone-aware")
    if new.end <= new.start:
        raise InvalidInput.said("The entry ends ({end:%Y-%m-%d %H:%M} UTC) before or when it starts.", end=new.end)
    if new.end > now + FUTURE_TOLERANCE:
        raise InvalidInput("The entry ends in the future; log work once it is done, or use the timer.")
    duration = (new.end - new.start).total_seconds()
    if not 0 <= new.break_seconds < duration:
        raise InvalidInput("Breaks must be shorter than the entry itself.")
    if new.units is not None and (new.units < 0 or -new.units.as_tuple().exponent > 3):  # type: ignore[operator]  # finite here, so the exponent is an int
        raise InvalidInput.said("Units {units} must be a positive number with at most 3 decimal places.",
                                units=new.units)
    if new.note and len(new.note) > MAX_NOTE:
        raise InvalidInput.said("The note is longer than {limit} characters.", limit=MAX_NOTE)
    if not (new.source in SOURCES or new.source.startswith("import:")):
        raise ValueError(f"unknown entry source {new.source!r}")
