"""Backing up now, and checking a backup (`backup verify`). Slow work takes a ``progress`` callable
that may raise BackupCancelled: the backup code then leaves nothing behind."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ...backup import rotation
from ...backup.create import BackupInfo as BackupInfo
from ...backup.create import create_backup
from ...backup.keys import Password as Password
from ...backup.keys import RecoveryKey as RecoveryKey
from ...backup.keys import Secret as Secret
from ...backup.stream import Progress as Progress
from ...backup.verify import BackupReport as BackupReport
from ...backup.verify import verify_backup
from ...errors import LedgerError
from ...store.vault import Vault
from ..changes import BACKUPS, announces
from .schedule import backup_folder, load_settings, make_folder, note_folder


class BackupCancelled(LedgerError):
    """The worker cancelled a backup, check or restore; whatever it was writing was thrown away."""

    def __init__(self, message: str = "Cancelled. Nothing was written, and your records are unchanged.") -> None:
        super().__init__(message)


def check_backup(path: Path, secret: Secret, *, progress: Progress | None = None) -> BackupReport:
    """`backup verify`: a report with its problems; damage found early raises BackupDamaged."""
    return verify_backup(path, secret, progress=progress)


@announces(BACKUPS)
def back_up_now(vault: Vault, dest: Path | None = None, *, now: datetime | None = None,
                progress: Progress | None = None) -> BackupInfo:
    """A backup at ``dest``, or under a dated name in the backup folder (which rotation leaves alone)."""
    now = now or datetime.now(UTC)
    if dest is None:
        settings = load_settings(vault)
        folder = backup_folder(vault, settings)
        make_folder(folder)
        note_folder(vault, settings)
        dest = folder / rotation.manual_name(vault.vault_id, now)
    return create_backup(vault, dest, now=now, progress=progress)
