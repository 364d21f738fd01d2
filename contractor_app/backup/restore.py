"""`backup restore`: unpack into a staging folder beside the records, check it like `backup verify`, swap it in.

Nothing in the data folder changes until the staging copy has passed every check; swap.py then puts it in place
atomically and keeps the current records aside in ``previous-<time>/`` (see leftovers.py). The restored vault is
the one that was backed up: same data key, the key slots of that day (so the password of that day, or the
recovery key, opens it), and a rollback record at its own latest change.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import BackupDamaged, VaultBusy
from .keys import Secret
from .leftovers import previous_name
from .swap import STAGING_PREFIX, VAULT_FILES, finish_interrupted_swap, swap_in
from .unpack import unpack
from .verify import BackupReport, check_copy, report_of

# SQLite (unix) holds a shared lock on this byte of the -shm file for as long as any connection has the database
# open in WAL mode: the "dead man switch" of its WAL-index format.
_SHM_DMS_BYTE = 128


@dataclass(frozen=True, slots=True)
class RestoreResult:
    report: BackupReport
    previous: Path | None  # where the records it replaced are kept, if there were any


def restore_backup(path: Path, secret: Secret, folder: Path, *, now: datetime | None = None) -> RestoreResult:
    """Replace the records in ``folder`` (which may be empty or missing) with the vault in backup ``path``."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    finish_interrupted_swap(folder)
    refuse_if_open(folder)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    try:
        unpacked = unpack(path, secret, staging)
        problems = check_copy(staging, unpacked)
        if problems:
            raise BackupDamaged("contents", f"{problems[0]} ({len(problems)} problem(s) in all).")
        refuse_if_open(folder)
        had_records = any((folder / name).exists() for name in VAULT_FILES)
        previous = previous_name(folder, now or datetime.now(UTC))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_in(folder, staging, previous)
    return RestoreResult(report=report_of(path, unpacked, problems), previous=previous if had_records else None)


def refuse_if_open(folder: Path) -> None:
    """Refuse while another process has the records open: it would go on writing to the files moved aside.

    A best-effort check on unix (it cannot stop a window opening the records a moment later); none on Windows,
    where open files cannot be renamed anyway.
    """
    shm = folder / "vault.db-shm"
    if sys.platform == "win32" or not shm.exists():
        return
    import fcntl

    fd = os.open(shm, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
    except OSError:
        raise VaultBusy("Your records are open in another window. Close it, then restore again. "
                        "Nothing was changed.") from None
    finally:
        os.close(fd)  # also releases the probe's lock
