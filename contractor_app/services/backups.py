"""Backups as the worker sees them: back up now, automatic daily backups with rotation, and their settings.

Settings live in the vault's settings table under "backups", so changing them is an audited change like any other.
Automatic backups are made after a command that changed the records (CLI) or on lock (GUI): at most one a day, and
none when nothing changed since the last one. A failure raises BackupFailed for the caller to show the worker; it is
never swallowed.

For the desktop app's Backups view: this vault's backups in the backup folder with the outcome of their last check
(kept in the vault under "backups.checks", so a backup shows as checked only while it is the very file that was),
a backup's date read from its header without any password, and the two halves of a restore (prepare_restore
while the records are still open, then finish_restore once they are locked). Slow work takes a ``progress``
callable that may raise BackupCancelled: the backup code then leaves nothing behind (no partial file, no staging
folder).

This module is the one door into backup/ (tests/test_layering.py): the CLI, the unlock window and the Backups view
reach backups only through it, and there is one restore, ``restore_backup``, whose two halves the Backups view runs
apart. The backup types the faces name (the secrets, the check's report, a staged restore) are re-exported here.
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from ..backup import format, rotation
from ..backup.create import BackupInfo, create_backup
from ..backup.keys import Password as Password  # re-exported, like the others marked so: the faces' names
from ..backup.keys import RecoveryKey, Secret
from ..backup.leftovers import KEPT_DAYS as KEPT_DAYS
from ..backup.leftovers import forget_previous as forget_previous
from ..backup.leftovers import previous_name as previous_name
from ..backup.leftovers import prune, prune_partial_backups
from ..backup.restore import (
    RestoreResult,
    Staged,
    discard_staged_folder,
    refuse_if_open,
    stage_restore,
    swap_staged,
)
from ..backup.rotation import SUFFIX as SUFFIX
from ..backup.rotation import manual_name as manual_name
from ..backup.stream import Progress
from ..backup.verify import BackupReport, verify_backup
from ..backup.witness import backup_witness
from ..errors import BackupDamaged, BackupFailed, InvalidInput, LedgerError
from ..store.fileio import write_private
from ..store.vault import Vault, check_new_password
from ..store.witness import Witness
from .changes import BACKUPS, announces
from .settings import read_setting, stored_setting, write_setting

SETTINGS_KEY = "backups"
CHECKS_KEY = "backups.checks"
DEFAULT_FOLDER_NAME = "backups"
# Beside the records, the backup folder the settings name: the settings are inside the records, which cannot be read
# when they are damaged, and that is when the unlock window must find the latest backup.
FOLDER_NOTE_NAME = "backup-folder.txt"
MAX_FOLDER_NOTE = 4096
MAX_KEEP = 1000
MAX_CHECKS = 50  # the checks remembered; older ones are forgotten (their backups have long been rotated away)


class BackupCancelled(LedgerError):
    """The worker cancelled a backup, check or restore; whatever it was writing was thrown away."""

    def __init__(self, message: str = "Cancelled. Nothing was written, and your records are unchanged.") -> None:
        super().__init__(message)


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
            raise InvalidInput(f"Keep between 0 and {MAX_KEEP} backups per period, not {getattr(settings, name)}.")
    if settings.folder and not Path(settings.folder).expanduser().is_absolute():
        raise InvalidInput(f"The backup folder must be a full path, like /home/you/Backups, not {settings.folder!r}.")
    checked = replace(settings, folder=str(Path(settings.folder).expanduser()) if settings.folder else "")
    with vault.unit_of_work() as uow:
        write_setting(uow, SETTINGS_KEY, asdict(checked))
    _note_folder(vault, checked)
    return checked


def backup_folder(vault: Vault, settings: BackupSettings) -> Path:
    return Path(settings.folder) if settings.folder else vault.paths.folder / DEFAULT_FOLDER_NAME


def latest_backup_file(folder: Path, vault_id: str = "") -> tuple[datetime, Path] | None:
    """The newest backup in ``folder`` (made by hand or automatically), by the time in its name; read only.

    A directory listing, cheap enough for the status bar, and it needs no unlocking: for damaged records the unlock
    window looks in the default folder, passing no ``vault_id`` (any vault's backups count) when the key file
    cannot be read.
    """
    found = [(at, path) for at, path, _ in _named_backups(folder, vault_id)]
    return max(found) if found else None


def backup_folders_of(data_folder: Path) -> list[Path]:
    """Where backups of the records in ``data_folder`` may be, without opening them: the default folder, and the
    folder the settings named when they were last saved or a backup was made (noted beside the records)."""
    folders = [data_folder / DEFAULT_FOLDER_NAME]
    try:
        with open(data_folder / FOLDER_NOTE_NAME, "rb") as handle:
            raw = handle.read(MAX_FOLDER_NOTE + 1)
    except OSError:
        return folders
    try:
        named = Path(raw.decode("utf-8").strip())
    except UnicodeDecodeError:
        return folders  # hostile until checked: not text, not used
    if len(raw) <= MAX_FOLDER_NOTE and named.is_absolute() and "\n" not in str(named) and named not in folders:
        folders.append(named)
    return folders


def latest_backup_of(data_folder: Path, vault_id: str = "") -> tuple[datetime, Path] | None:
    """The newest backup in any of ``backup_folders_of(data_folder)``: what the unlock window offers for damaged
    records."""
    found = [latest for folder in backup_folders_of(data_folder)
             if (latest := latest_backup_file(folder, vault_id)) is not None]
    return max(found) if found else None


def _note_folder(vault: Vault, settings: BackupSettings) -> None:
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


def _named_backups(folder: Path, vault_id: str) -> list[tuple[datetime, Path, bool]]:
    """(time in the name, path, made automatically) of every backup named by rotation.py in ``folder``."""
    prefix = f"contractor-ledger-{vault_id[:8]}-" if vault_id else "contractor-ledger-"
    vault_part = "" if vault_id else "[0-9A-Za-z]{8}-"
    pattern = re.compile(rf"{re.escape(prefix)}{vault_part}(\d{{8}}-\d{{6}}Z)(-auto)?{re.escape(rotation.SUFFIX)}")
    found: list[tuple[datetime, Path, bool]] = []
    try:
        paths = list(folder.glob(f"{prefix}*{rotation.SUFFIX}"))
    except OSError:
        return []
    for path in paths:
        match = pattern.fullmatch(path.name)
        if match and path.is_file():
            at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%SZ").replace(tzinfo=UTC)
            found.append((at, path, match.group(2) is not None))
    return found


# How many of the newest backups (by the time in their names) an unlock without this computer's witness reads the
# headers of: each is one small read, and an older backup cannot hold a newer change than these.
WITNESS_BACKUPS = 20


def newest_backup_witness(vault: Vault, data_key: bytes) -> tuple[Witness, Path] | None:
    """The newest change this vault's backups in its backup folder prove it reached, and that backup: for the unlock
    on a computer that keeps no witness of its own (store.vault.BackupWitness). Headers only, each authenticated
    under the data key (backup/witness.py); backups that fail are not evidence and are skipped."""
    named = sorted(_named_backups(backup_folder(vault, load_settings(vault)), vault.vault_id), reverse=True)
    found: tuple[Witness, Path] | None = None
    for _, path, _ in named[:WITNESS_BACKUPS]:
        witness = backup_witness(path, vault.vault_id, data_key)
        if witness is not None and (found is None or witness.seq > found[0].seq):
            found = (witness, path)
    return found


@dataclass(frozen=True, slots=True)
class BackupCheck:
    checked_at: datetime
    ok: bool


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    created_at: datetime
    file_bytes: int
    automatic: bool
    check: BackupCheck | None  # None: never checked, or changed since it was


def list_backups(vault: Vault) -> list[BackupFile]:
    """This vault's backups in its backup folder, newest first, each with its last check (a listing and a read)."""
    checks = read_setting(vault, CHECKS_KEY) or {}
    found = []
    for at, path, automatic in _named_backups(backup_folder(vault, load_settings(vault)), vault.vault_id):
        try:
            stat = path.stat()
        except OSError:
            continue  # rotated away meanwhile
        found.append(BackupFile(path=path, created_at=at, file_bytes=stat.st_size, automatic=automatic,
                                check=_check_of(checks.get(str(path)), stat)))
    return sorted(found, key=lambda backup: (backup.created_at, backup.path), reverse=True)


def last_backup(vault: Vault) -> BackupFile | None:
    backups = list_backups(vault)
    return backups[0] if backups else None


@announces(BACKUPS)
def record_check(vault: Vault, path: Path, ok: bool, *, now: datetime | None = None) -> BackupCheck:
    """Remember that ``path`` was checked (one audited change); it counts only while the file stays the same."""
    try:
        stat = path.stat()
    except OSError as error:
        raise InvalidInput(f"Cannot read the backup {path} ({error.strerror}). Nothing was changed.") from None
    check = BackupCheck(checked_at=(now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0), ok=ok)
    with vault.unit_of_work() as uow:
        checks = dict(stored_setting(uow, CHECKS_KEY) or {})
        checks[str(path)] = {"at": check.checked_at.isoformat(), "ok": ok, "bytes": stat.st_size,
                             "mtime_ns": stat.st_mtime_ns}
        newest = sorted(checks.items(), key=lambda item: str(item[1].get("at", "")), reverse=True)[:MAX_CHECKS]
        write_setting(uow, CHECKS_KEY, dict(newest))
    return check


def _check_of(stored: object, stat: os.stat_result) -> BackupCheck | None:
    if not isinstance(stored, dict) or (stored.get("bytes"), stored.get("mtime_ns")) != (stat.st_size,
                                                                                          stat.st_mtime_ns):
        return None
    try:
        return BackupCheck(checked_at=datetime.fromisoformat(stored["at"]), ok=bool(stored["ok"]))
    except (KeyError, TypeError, ValueError):
        return None


def backup_date(path: Path) -> datetime:
    """When the backup at ``path`` was made, from its header: no password needed; BackupDamaged if unreadable."""
    if not path.is_file():  # a folder, or a pipe whose open would wait for ever on the UI thread
        raise InvalidInput(f"{path} is not a backup file. Nothing was changed.")
    try:
        with open(path, "rb") as handle:
            header = format.read(handle, os.fstat(handle.fileno()).st_size)
    except OSError as error:
        raise InvalidInput(f"Cannot read the backup {path} ({error.strerror}). Nothing was changed.") from None
    try:
        return datetime.strptime(header.created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise BackupDamaged("header", "Its date is not a date.") from None


def check_backup(path: Path, secret: Secret, *, progress: Progress | None = None) -> BackupReport:
    """`backup verify`: a report with its problems; damage found early raises BackupDamaged."""
    return verify_backup(path, secret, progress=progress)


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


@announces(BACKUPS)
def back_up_now(vault: Vault, dest: Path | None = None, *, now: datetime | None = None,
                progress: Progress | None = None) -> BackupInfo:
    """A backup at ``dest``, or under a dated name in the backup folder (which rotation leaves alone)."""
    now = now or datetime.now(UTC)
    if dest is None:
        settings = load_settings(vault)
        folder = backup_folder(vault, settings)
        _make_folder(folder)
        _note_folder(vault, settings)
        dest = folder / rotation.manual_name(vault.vault_id, now)
    return create_backup(vault, dest, now=now, progress=progress)


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
    _note_folder(vault, settings)
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


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise BackupFailed(f"The backup folder {folder} cannot be used ({error.strerror or error}). Your records "
                           "are safe and unchanged; choose another folder in the backup settings.") from None
