"""`backup restore`: unpack into a staging folder beside the records, check it like `backup verify`, swap it in.

Its two halves, ``stage_restore`` and ``swap_staged``, are put together by services.backups.restore.restore_backup,
the one restore the CLI, the unlock window and the Backups view use.

Nothing in the data folder changes until the staging copy has passed every check; swap.py then puts it in place
atomically and keeps the current records aside in ``previous-<time>/`` (see leftovers.py). The restored vault is
the one that was backed up: same data key, the key slots of that day (so the password of that day, or the
recovery key, opens it), and a rollback record at its own latest change.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from ..errors import BackupDamaged, InvalidInput, LedgerError, Phrase, VaultBusy
from ..store.keyfile import KeyHeader
from ..store.swap import STAGING_PREFIX, VAULT_FILES, finish_interrupted_swap, swap_in
from ..store.vault import where_open
from ..store.witness import forget_witness
from .keys import Secret
from .leftovers import previous_name
from .rotation import SUFFIX
from .stream import Progress
from .unpack import Unpacked, unpack
from .verify import BackupReport, check_copy, report_of
from .witness import backup_witness

STAGED_FILES = ("vault.db", "vault.key")  # what a staged restore must hold to be swapped in
_SIBLINGS = 50  # backups beside a restored one whose headers are read (the newest by name: their names sort by time)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    report: BackupReport
    previous: Path | None  # where the records it replaced are kept, if there were any


@dataclass(frozen=True, slots=True)
class Staged:
    """A backup unpacked and checked in a staging folder beside the records, ready to swap in."""

    folder: Path
    staging: Path
    report: BackupReport


def stage_restore(path: Path, secret: Secret, folder: Path, *, progress: Progress | None = None) -> Staged:
    """The slow half of a restore: unpack and check the backup beside the records, which stay as they are.

    The records may still be open meanwhile (the desktop app locks them only for the swap). If ``progress`` raises
    (a cancel), or the check fails, the staging folder goes and nothing else changed.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    finish_interrupted_swap(folder)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    try:
        unpacked = unpack(path, secret, staging, progress=progress)
        problems = check_copy(staging, unpacked)
        if problems:
            raise BackupDamaged("contents", Phrase("{problem} ({count} problem(s) in all).", problem=problems[0],
                                                   count=len(problems)))
        _mark_restored_over(staging, unpacked, _replaced_change(folder, path.parent, unpacked))
    except BaseException:
        discard_staged_folder(staging)
        raise
    return Staged(folder=folder, staging=staging, report=report_of(path, unpacked, problems))


def _replaced_change(folder: Path, backups: Path, unpacked: Unpacked) -> int:
    """The latest change this restore goes back from, on purpose: the records it replaces (their key file's record)
    and this vault's backups beside the one restored (their authentic witnesses). Newer backups are then not taken
    for evidence of a rollback (docs/security.md, "Rollback")."""
    key_file = unpacked.header.key_file
    latest = key_file.restored_over
    with contextlib.suppress(OSError, LedgerError):
        current = KeyHeader.read(folder / "vault.key")
        if current.vault_id == key_file.vault_id:
            latest = max(latest, current.rollback.seq, current.restored_over)
    with contextlib.suppress(OSError):
        named = sorted(backups.glob(f"contractor-ledger-{key_file.vault_id[:8]}-*{SUFFIX}"))[-_SIBLINGS:]
        for sibling in named:
            witness = backup_witness(sibling, key_file.vault_id, unpacked.data_key)
            if witness is not None:
                latest = max(latest, witness.seq)
    return latest


def _mark_restored_over(staging: Path, unpacked: Unpacked, replaced: int) -> None:
    """Record ``replaced`` in the staged key file, under its rollback MAC (only the data key can set it)."""
    key_file = unpacked.header.key_file
    if replaced <= key_file.restored_over:
        return
    marked = replace(key_file, restored_over=replaced)
    marked.signed(unpacked.data_key, key_file.rollback.seq, key_file.rollback.head).write(staging / "vault.key")


def swap_staged(staged: Staged, *, now: datetime | None = None) -> RestoreResult:
    """The quick half, once the records are closed: put the staged vault in place, the current one aside.

    A staging folder without a whole vault (this restore already finished, or thrown away) is refused before
    anything moves: otherwise the records would go aside with nothing put in their place.
    """
    folder = staged.folder
    if not all((staged.staging / name).is_file() for name in STAGED_FILES):
        raise InvalidInput("This restore was already finished or thrown away; nothing was changed. Start it again.")
    try:
        refuse_if_open(folder)
        had_records = any((folder / name).exists() for name in VAULT_FILES)
        previous = previous_name(folder, now or datetime.now(UTC))
        vault_id = KeyHeader.read(staged.staging / "vault.key").vault_id
    except BaseException:
        discard_staged_folder(staged.staging)
        raise
    forget_witness(vault_id, folder)  # older records on purpose: the rollback witness must not refuse them
    swap_in(folder, staged.staging, previous)
    return RestoreResult(report=staged.report, previous=previous if had_records else None)


def discard_staged_folder(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def refuse_if_open(folder: Path) -> None:
    """Refuse while the records are open, here or in another process: they would go on writing to the files
    moved aside (store.vault.where_open: best effort on unix, none on Windows)."""
    where = where_open(folder)
    if where == "here":
        raise VaultBusy("Your records are still open here. Lock them, then restore again. Nothing was changed.")
    if where == "elsewhere":
        raise VaultBusy("Your records are open in another window. Close it, then restore again. "
                        "Nothing was changed.")
