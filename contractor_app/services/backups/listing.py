"""This vault's backups in its backup folder, each with the outcome of its last check (kept in the
vault under "backups.checks", so a backup shows as checked only while it is the very file that was), a
backup's date read from its header without any password, and the newest backup's witness for an
unlock on a computer that keeps none."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ...backup import format, rotation
from ...backup.rotation import SUFFIX as SUFFIX
from ...backup.rotation import manual_name as manual_name
from ...backup.witness import backup_witness
from ...errors import BackupDamaged, InvalidInput
from ...store.vault import Vault
from ...store.witness import Witness
from ..changes import BACKUPS, announces
from ..settings import read_setting, stored_setting, write_setting
from .schedule import DEFAULT_FOLDER_NAME, FOLDER_NOTE_NAME, MAX_FOLDER_NOTE, backup_folder, load_settings

CHECKS_KEY = "backups.checks"


MAX_CHECKS = 50  # the checks remembered; older ones are forgotten (their backups have long been rotated away)


def latest_backup_file(folder: Path, vault_id: str = "") -> tuple[datetime, Path] | None:
    """The newest backup in ``folder`` (made by hand or automatically), by the time in its name; read only.

    A directory listing, cheap enough for the status bar, and it needs no unlocking: for damaged records the unlock
    window looks in the default folder, passing no ``vault_id`` (any vault's backups count) when the key file
    cannot be read.
    """
    found = [(at, path) for at, path, _ in named_backups(folder, vault_id)]
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


def named_backups(folder: Path, vault_id: str) -> list[tuple[datetime, Path, bool]]:
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
    named = sorted(named_backups(backup_folder(vault, load_settings(vault)), vault.vault_id), reverse=True)
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
    for at, path, automatic in named_backups(backup_folder(vault, load_settings(vault)), vault.vault_id):
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
        raise InvalidInput.said("Cannot read the backup {path} ({reason}). Nothing was changed.", path=path,
                                reason=error.strerror) from None
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
        raise InvalidInput.said("{path} is not a backup file. Nothing was changed.", path=path)
    try:
        with open(path, "rb") as handle:
            header = format.read(handle, os.fstat(handle.fileno()).st_size)
    except OSError as error:
        raise InvalidInput.said("Cannot read the backup {path} ({reason}). Nothing was changed.", path=path,
                                reason=error.strerror) from None
    try:
        return datetime.strptime(header.created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise BackupDamaged("header", "Its date is not a date.") from None
