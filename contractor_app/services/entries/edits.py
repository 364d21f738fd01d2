"""Editing, deleting and putting back entries: the desktop app's Entries view.

Each edit, delete and restore is one audited unit of work, so undo in the app is itself a disclosed
change."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.categories import check_category
from ...errors import InvalidInput, NotFound
from ...store.engine import driver_connection
from ...store.models import Engagement, PaymentAllocation, WorkEntry
from ...store.vault import Vault
from ..changes import ENTRIES, announces
from ..reinstating import put_back, snapshot
from .details import EntryDetails, details_of, engagement_names, entries_overlapping
from .log import EngagementResolver, NewEntry, check_entry

EDITABLE = ("client", "engagement", "start", "end", "break_seconds", "category", "units", "note")


@dataclass(frozen=True, slots=True)
class RemovedEntry:
    """A deleted entry with every column it had, so that undo can put it back exactly."""

    view: EntryDetails
    state: tuple[tuple[str, Any], ...]


@announces(ENTRIES)
def update_entry(vault: Vault, entry_id: int, changes: Mapping[str, Any]) -> EntryDetails:
    """Change some fields of one entry (keys from EDITABLE), checked like a new entry; marks it edited."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    now = datetime.now(UTC)
    with vault.unit_of_work() as uow:
        row = _entry_row(uow.session, entry_id)
        names = engagement_names(driver_connection(uow.session))
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
        check_entry(merged, now)
        target = EngagementResolver(uow.session).engagement(merged.client, merged.engagement)
        values = {
            "engagement_id": target.id, "start_at": merged.start.replace(microsecond=0),
            "end_at": merged.end.replace(microsecond=0), "break_seconds": merged.break_seconds,
            "category": check_category(merged.category), "units": merged.units, "note": merged.note or None,
        }
        uow.update(row, values, also={"updated_at": now})
        overlaps = entries_overlapping(uow.session, row)
        return details_of(names, [row], {row.id: [other.id for other in overlaps]})[0]


@announces(ENTRIES)
def delete_entries(vault: Vault, entry_ids: Iterable[int]) -> tuple[RemovedEntry, ...]:
    """Delete entries in one unit of work (all or none), each audited; return them whole, for undo."""
    removed = []
    with vault.unit_of_work() as uow:
        names = engagement_names(driver_connection(uow.session))
        for entry_id in entry_ids:
            row = _entry_row(uow.session, entry_id)
            linked = uow.session.scalar(select(func.count()).where(PaymentAllocation.work_entry_id == entry_id))
            if linked:
                raise InvalidInput("An entry is linked to a payment; remove that link first. Nothing was deleted.")
            removed.append(RemovedEntry(view=details_of(names, [row])[0], state=snapshot(row)))
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
        return tuple(details_of(engagement_names(driver_connection(uow.session)), rows))


def _entry_row(session: Session, entry_id: int) -> WorkEntry:
    row = session.get(WorkEntry, entry_id)
    if row is None:
        raise NotFound.said("{what} {id} does not exist (it may have been deleted).", what="Entry", id=entry_id,
                            phrases=("what",))
    return row
