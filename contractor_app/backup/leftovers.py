"""What restores and backups leave in the data folder, and when it goes.

``previous-<time>/`` holds the records a restore replaced: kept until the worker says they are no longer needed
(`backup forget-previous`) or for KEPT_DAYS days. Temporary folders of a backup or restore that was killed
(``.backup-*``, ``.restore-*``, encrypted but as big as the records) are removed once they are a day old, so that
a backup or restore running at the same moment in another window is never disturbed.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..store.swap import PREVIOUS_PREFIX

KEPT_DAYS = 30
STALE_AFTER = timedelta(days=1)
_PREVIOUS = re.compile(re.escape(PREVIOUS_PREFIX) + r"(\d{8}T\d{6}Z)(-\d+)?")


def previous_name(folder: Path, now: datetime) -> Path:
    """A new, unused ``previous-<time>`` folder path."""
    base = f"{PREVIOUS_PREFIX}{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    candidate, n = folder / base, 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{base}-{n}"
    return candidate


def previous_copies(folder: Path) -> list[tuple[Path, datetime]]:
    """The kept-aside records in ``folder`` with the time they were put aside, oldest first."""
    found = []
    for path in folder.glob(f"{PREVIOUS_PREFIX}*") if folder.is_dir() else ():
        match = _PREVIOUS.fullmatch(path.name)
        if match and path.is_dir():
            found.append((path, datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)))
    return sorted(found, key=lambda item: item[1])


def forget_previous(folder: Path, *, older_than: datetime | None = None) -> list[Path]:
    """Delete kept-aside records (all, or those put aside before ``older_than``); return what was deleted."""
    gone = [path for path, made in previous_copies(folder) if older_than is None or made < older_than]
    for path in gone:
        shutil.rmtree(path)
    return gone


def prune_partial_backups(folder: Path, now: datetime) -> None:
    """Remove backups a killed writer left half-written in ``folder`` (``.NAME.clbackup.<hex>.tmp``, fileio's temp
    names), once a day old: a backup being written right now, by this or another window, is younger."""
    for path in folder.glob(".*.clbackup.*.tmp"):
        with contextlib.suppress(OSError):
            if path.is_file() and now.timestamp() - path.stat().st_mtime > STALE_AFTER.total_seconds():
                path.unlink()


def prune(folder: Path, now: datetime) -> list[Path]:
    """Kept-aside records older than KEPT_DAYS and stale temporary folders; return the records deleted."""
    for path in [*folder.glob(".backup-*"), *folder.glob(".restore-*")]:
        if path.is_dir() and now.timestamp() - path.stat().st_mtime > STALE_AFTER.total_seconds():
            shutil.rmtree(path, ignore_errors=True)
    return forget_previous(folder, older_than=now - timedelta(days=KEPT_DAYS))
