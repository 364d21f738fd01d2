"""A period's entries with their flags, for `list`, exports and reports: plain SQL over the vault's own connection
(``Vault.querying``), so the command that runs most often loads no SQLAlchemy (issue 18, docs/decisions/0005).

Its reads are details.py's, which the Entries view's pages (queries.py) and the units of work share."""

from __future__ import annotations

from datetime import timedelta

from ...domain.overlaps import overlapping
from ...domain.times import DateRange, zone
from ...store.vault import Vault
from ..clients.names import client_id_meant
from .details import EntryDetails, details_of, engagement_names, entries_starting, in_conflict, longest_seconds


def list_entries(vault: Vault, *, period: DateRange, tz: str, client: str | None = None) -> list[EntryDetails]:
    """Entries that start within ``period`` (days in zone ``tz``), oldest first, with their flags."""
    low, high = period.utc_bounds(zone(tz))
    with vault.querying() as conn:
        client_id = client_id_meant(conn, client) if client else None
        longest = timedelta(seconds=longest_seconds(conn))
        # Widen by the longest entry so overlaps with entries just outside the period are still seen.
        rows = entries_starting(conn, None if low is None else low - longest, high)
        names = engagement_names(conn)
        wanted = [
            row for row in rows
            if (low is None or row.start_at >= low)
            and (client_id is None or names[row.engagement_id][0] == client_id)
        ]
        return details_of(names, wanted, overlapping((row.id, row.start_at, row.end_at) for row in rows),
                          in_conflict(conn))
