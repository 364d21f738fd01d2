"""Backups as the worker sees them: back up now, automatic daily backups with rotation, and their settings.

Settings live in the vault's settings table under "backups", so changing them is an audited change like any other.
Automatic backups are made after a command that changed the records (CLI) or on lock (GUI): at most one a day, and
none when nothing changed since the last one. A failure raises BackupFailed for the caller to show the worker; it is
never swallowed.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from ..backup import format, rotation
from ..backup.create import BackupInfo, create_backup
from ..backup.leftovers import prune
from ..errors import BackupFailed, InvalidInput, LedgerError
from ..store.audit import read_head
from ..store.vault import Vault
from .settings import read_setting, write_setting

SETTINGS_KEY = "backups"
DEFAULT_FOLDER_NAME = "backups"
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


def save_settings(vault: Vault, settings: BackupSettings) -> BackupSettings:
    """Check and store the settings (one audited change)."""
    for name in ("keep_daily", "keep_weekly", "keep_monthly"):
        if not 0 <= getattr(settings, name) <= MAX_KEEP:
            raise InvalidInput(f"Keep between 0 and {MAX_KEEP} backups per period, not {getattr(settings, name)}.")
    if settings.folder and not Path(settings.folder).expanduser().is_absolute():
        raise InvalidInput(f"The backup folder must be a full path, like /home/you/Backups, not {settings.folder!r}.")
    checked = replace(settings, folder=str(Path(settings.folder).expanduser()) if settings.folder else "")
    with vault.unit_of_work() as uow:
        write_setting(uow, SETTINGS_KEY, asdict(checked))
    return checked


def backup_folder(vault: Vault, settings: BackupSettings) -> Path:
    return Path(settings.folder) if settings.folder else vault.paths.folder / DEFAULT_FOLDER_NAME


def latest_backup_file(folder: Path, vault_id: str = "") -> tuple[datetime, Path] | None:
    """The newest backup in ``folder`` (made by hand or automatically), by the time in its name; read only.

    A directory listing, cheap enough for the status bar, and it needs no unlocking: for damaged records the unlock
    window looks in the default folder, passing no ``vault_id`` (any vault's backups count) when the key file
    cannot be read.
    """
    prefix = f"contractor-ledger-{vault_id[:8]}-" if vault_id else "contractor-ledger-"
    vault_part = "" if vault_id else "[0-9A-Za-z]{8}-"
    pattern = re.compile(rf"{re.escape(prefix)}{vault_part}(\d{{8}}-\d{{6}}Z)(?:-auto)?{re.escape(rotation.SUFFIX)}")
    found: list[tuple[datetime, Path]] = []
    try:
        paths = list(folder.glob(f"{prefix}*{rotation.SUFFIX}"))
    except OSError:
        return None
    for path in paths:
        match = pattern.fullmatch(path.name)
        if match and path.is_file():
            found.append((datetime.strptime(match.group(1), "%Y%m%d-%H%M%SZ").replace(tzinfo=UTC), path))
    return max(found) if found else None


def back_up_now(vault: Vault, dest: Path | None = None, *, now: datetime | None = None) -> BackupInfo:
    """A backup at ``dest``, or under a dated name in the backup folder (which rotation leaves alone)."""
    now = now or datetime.now(UTC)
    if dest is None:
        folder = backup_folder(vault, load_settings(vault))
        _make_folder(folder)
        dest = folder / rotation.manual_name(vault.vault_id, now)
    return create_backup(vault, dest, now=now)


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
    _make_folder(folder)
    info = create_backup(vault, folder / rotation.auto_name(vault.vault_id, now), now=now)
    existing[now.astimezone(UTC).replace(microsecond=0)] = info.path
    kept = rotation.keep(existing, daily=settings.keep_daily, weekly=settings.keep_weekly,
                         monthly=settings.keep_monthly)
    for at, path in existing.items():
        if at not in kept and path != info.path:
            path.unlink(missing_ok=True)
    return info


@contextlib.contextmanager
def after_changes(vault: Vault, warn: Callable[[str], None]) -> Iterator[None]:
    """Around one command: if it succeeded and changed the records, make the automatic backup if one is due.

    A failure goes to ``warn`` as one line: the command itself succeeded and its result stands.
    """
    try:
        before: tuple[int, str] | None = _head(vault)
    except LedgerError:
        before = None  # the records cannot be read (the command will say why): no automatic backup
    yield
    try:
        if before is not None and _head(vault) != before:
            automatic_backup(vault)
    except (LedgerError, OSError) as error:
        warn(f"Warning: {error}" if isinstance(error, LedgerError) else
             f"Warning: the automatic backup failed ({error.strerror or error}). Your records are safe and unchanged.")


def _due(vault: Vault, now: datetime, latest: datetime, path: Path) -> bool:
    """Due when the latest automatic backup is from an earlier (UTC) day and the records changed since."""
    if latest.date() >= now.astimezone(UTC).date():
        return False
    try:
        with open(path, "rb") as handle:
            saved = format.read(handle, os.fstat(handle.fileno()).st_size).key_file.rollback
    except (LedgerError, OSError):
        return True  # unreadable: a fresh backup is all the more due
    return (saved.seq, saved.head) != _head(vault)


def _head(vault: Vault) -> tuple[int, str]:
    with vault.reading() as session:
        head = read_head(session, vault.vault_id)
    return head.seq, head.hash


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise BackupFailed(f"The backup folder {folder} cannot be used ({error.strerror or error}). Your records "
                           "are safe and unchanged; choose another folder in the backup settings.") from None
