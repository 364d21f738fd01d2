"""The backup settings and folder, and the automatic daily backup with its rotation.

Settings live in the vault's settings table under "backups", so changing them is an audited change
like any other. Automatic backups are made after a command that changed the records (CLI) or on lock
(GUI): at most one a day, and none when nothing changed since the last one."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from ...backup import format, rotation
from ...backup.create import BackupInfo, create_backup
from ...backup.leftovers import prune, prune_partial_backups
from ...errors import BackupFailed, InvalidInput, LedgerError
from ...store.fileio import write_private
from ...store.vault import Vault
from ..changes import BACKUPS, announces
from ..settings import read_setting, write_setting

SETTINGS_KEY = "backups"


DEFAULT_FOLDER_NAME = "backups"
# Beside the records, the backup folder the settings name: the settings are inside the records, which cannot be read
# when they are damaged, and that is when the unlock window must find the latest backup.
FOLDER_NOTE_NAME = "backup-folder.txt"
MAX_FOLDER_NOTE = 4096
MAX_KEEP = 1000


@dataclass(frozen=True, slots=True)
class BackupSettings:
    folder: str = ""  # empty: DEFAULT_FOLDER_NAME inside the data folder
    automatic: bool = True
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12


def load_settings(vault: Vault) -> BackupSettings:
    stored = read_setting(vault, SETTINGS_KEY)
    return BackupSettings(**stored) if stored else BackupSettings()


@announces(BACKUPS)
def save_settings(vault: Vault, settings: BackupSettings) -> BackupSettings:
    """Check and store the settings (one audited change)."""
    for name in ("keep_daily", "keep_weekly", "keep_monthly"):
        if not 0 <= getattr(settings, name) <= MAX_KEEP:
            raise InvalidInput.said("Keep between 0 and {most} backups per period, not {value}.", most=MAX_KEEP,
                                    value=getattr(settings, name))
    if settings.folder and not Path(settings.folder).expanduser().is_absolute():
        raise InvalidInput.said("The backup folder must be a full path, like /home/you/Backups, not {folder!r}.",
                                folder=settings.folder)
    checked = replace(settings, folder=str(Path(settings.folder).expanduser()) if settings.folder else "")
    with vault.unit_of_work() as uow:
        write_setting(uow, SETTINGS_KEY, asdict(checked))
    note_folder(vault, checked)
    return checked


def backup_folder(vault: Vault, settings: BackupSettings) -> Path:
    return Path(settings.folder) if settings.folder else vault.paths.folder / DEFAULT_FOLDER_NAME


def note_folder(vault: Vault, settings: BackupSettings) -> None:
    """Note the settings' backup folder beside the records (see FOLDER_NOTE_NAME), or remove the note for the
    default folder. A convenience for a later rescue only: a data folder that refuses the note changes nothing."""
    note = vault.paths.folder / FOLDER_NOTE_NAME
    try:
        if not settings.folder:
            note.unlink(missing_ok=True)
        elif not note.is_file() or note.read_bytes() != settings.folder.encode():
            write_private(note, settings.folder.encode())
    except OSError:
        pass


def automatic_backup(vault: Vault, *, now: datetime | None = None) -> BackupInfo | None:
    """Make today's automatic backup and rotate the older ones, unless one was made today or nothing changed.

    The GUI calls this on lock; the CLI through ``after_changes``. Returns None when no backup was due. Records a
    restore kept aside are pruned here too once 30 days old (leftovers.py): the records in place have just opened.
    """
    now = now or datetime.now(UTC)
    prune(vault.paths.folder, now)
    settings = load_settings(vault)
    if not settings.automatic:
        return None
    folder = backup_folder(vault, settings)
    existing = rotation.automatic_backups(folder, vault.vault_id) if folder.is_dir() else {}
    if existing and not _due(vault, now, max(existing), existing[max(existing)]):
        return None
    make_folder(folder)
    note_folder(vault, settings)
    prune_partial_backups(folder, now)
    info = create_backup(vault, folder / rotation.auto_name(vault.vault_id, now), now=now)
    existing[now.astimezone(UTC).replace(microsecond=0)] = info.path
    kept = rotation.keep(existing, daily=settings.keep_daily, weekly=settings.keep_weekly,
                         monthly=settings.keep_monthly)
    for at, path in existing.items():
        if at not in kept and path != info.path:
            path.unlink(missing_ok=True)
    return info


def _due(vault: Vault, now: datetime, latest: datetime, path: Path) -> bool:
    """Due when the latest automatic backup is from an earlier (UTC) day and the records changed since."""
    if latest.date() >= now.astimezone(UTC).date():
        return False
    try:
        with open(path, "rb") as handle:
            saved = format.read(handle, os.fstat(handle.fileno()).st_size).key_file.rollback
    except (LedgerError, OSError):
        return True  # unreadable: a fresh backup is all the more due
    head = vault.chain_head()
    return (saved.seq, saved.head) != (head.seq, head.hash)


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise BackupFailed.said("The backup folder {folder} cannot be used ({reason}). Your records are safe and "
                                "unchanged; choose another folder in the backup settings.", folder=folder,
                                reason=error.strerror or error) from None
