"""The one restore, ``restore_backup`` (the CLI's `backup restore` and the unlock window), and its two
halves, which the Backups view runs apart: ``prepare_restore`` while the records are still open, then
``finish_restore`` once they are locked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ...backup.keys import RecoveryKey, Secret
from ...backup.leftovers import KEPT_DAYS as KEPT_DAYS
from ...backup.leftovers import forget_previous as forget_previous
from ...backup.leftovers import previous_name as previous_name
from ...backup.restore import RestoreResult as RestoreResult
from ...backup.restore import Staged as Staged
from ...backup.restore import discard_staged_folder, refuse_if_open, stage_restore, swap_staged
from ...backup.stream import Progress
from ...errors import InvalidInput
from ...store.vault import Vault, check_new_password


def restore_backup(path: Path, secret: Secret, folder: Path, *, new_password: str | None = None,
                   now: datetime | None = None) -> RestoreResult:
    """The restore: replace the records in ``folder`` (which may be empty or missing) with the vault in backup
    ``path``, the current records kept aside. `backup restore` and the unlock window call it whole; the Backups view
    runs its two halves apart (the records stay open while the backup is checked).

    With a RecoveryKey and ``new_password``, the restored records get that password (the one of the backup's day
    may be the one the worker lost); it is checked before anything is unpacked.
    """
    recovery = None
    if new_password is not None:
        if not isinstance(secret, RecoveryKey):
            raise InvalidInput("A new password can only be set when restoring with the recovery key.")
        check_new_password(new_password)
        recovery = (secret.text, new_password)
    refuse_if_open(folder)  # before the slow half: records open here or elsewhere are refused at once
    return finish_restore(prepare_restore(path, secret, folder), now=now, recovery=recovery)


def prepare_restore(path: Path, secret: Secret, folder: Path, *, progress: Progress | None = None) -> Staged:
    """The slow half of ``restore_backup``, while the records stay open and unchanged: unpack and check the backup."""
    return stage_restore(path, secret, folder, progress=progress)


def finish_restore(staged: Staged, *, now: datetime | None = None, recovery: tuple[str, str] | None = None,
                   ) -> RestoreResult:
    """The quick half of ``restore_backup``: swap a staged restore in (the records must be locked).

    With ``recovery`` (the recovery key and a new password, already checked) the restored records get the new
    password, since the one of the backup's day may be the one the worker lost.
    """
    if recovery is not None:
        check_new_password(recovery[1])  # before the swap: a refused password must leave the records as they were
    result = swap_staged(staged, now=now)
    if recovery is not None:
        Vault.unlock_with_recovery_key(staged.folder, *recovery).lock()
    return result


def discard_restore(staged: Staged) -> None:
    """Throw away a staged restore the worker will not finish (locked meanwhile)."""
    discard_staged_folder(staged.staging)
