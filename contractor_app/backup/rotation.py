"""Automatic backups' file names, and which of them rotation keeps.

The rule restic and borg call keep-daily/weekly/monthly: for each of the last N days (M ISO weeks, K months) that
have a backup, keep the newest one of that day (week, month); a backup kept by any rule stays. Days are UTC days.
Only files named by ``auto_name`` for this vault are ever considered, so rotation never deletes a worker's own
backups, nor another vault's in a shared (synced) folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

SUFFIX = ".clbackup"
_STAMP = "%Y%m%d-%H%M%SZ"


def auto_name(vault_id: str, at: datetime) -> str:
    return f"contractor-ledger-{vault_id[:8]}-{at.astimezone(UTC):{_STAMP}}-auto{SUFFIX}"


def manual_name(vault_id: str, at: datetime) -> str:
    return f"contractor-ledger-{vault_id[:8]}-{at.astimezone(UTC):{_STAMP}}{SUFFIX}"


def automatic_backups(folder: Path, vault_id: str) -> dict[datetime, Path]:
    """This vault's automatic backups in ``folder``, by the time in their names."""
    pattern = re.compile(rf"contractor-ledger-{re.escape(vault_id[:8])}-(\d{{8}}-\d{{6}}Z)-auto{re.escape(SUFFIX)}")
    found = {}
    for path in folder.glob(f"contractor-ledger-{vault_id[:8]}-*-auto{SUFFIX}"):
        match = pattern.fullmatch(path.name)
        if match:
            found[datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)] = path
    return found


def keep(times: Iterable[datetime], *, daily: int, weekly: int, monthly: int) -> set[datetime]:
    newest_first = sorted(set(times), reverse=True)
    kept: set[datetime] = set()
    periods: tuple[tuple[int, Callable[[datetime], object]], ...] = (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    )
    for count, period_of in periods:
        seen: set[object] = set()
        for at in newest_first:
            if len(seen) >= count:
                break
            if period_of(at) not in seen:
                seen.add(period_of(at))
                kept.add(at)
    return kept
