"""Making a backup of an unlocked vault: snapshot, describe, seal, and only then give the file its name.

The snapshot is the vault's own database file, still encrypted, read in place while it holds one consistent moment
(Vault.frozen_file; store/snapshot.py): nothing is decrypted or re-encrypted to copy it, and nothing but the backup
is written (issue 18). When no such moment can be had (another connection keeps reading an older one), it is an
encrypted SQLCipher copy instead (Vault.export_snapshot) in a private temporary folder inside the data folder. Either
way no plaintext reaches the disk, and the payload is the same kind of file: the database under the data key. The
backup is written under a hidden temporary name, fsynced and renamed, so a backup that exists under its name is
complete.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from .. import __version__
from ..errors import BackupFailed, InvalidInput
from ..store import crypto
from ..store.fileio import private_file
from ..store.keyfile import KeyHeader, canonical_json
from ..store.vault import Vault
from . import format, stream
from .keys import file_keys
from .manifest import Manifest, describe, describe_with


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    file_bytes: int
    created_at: datetime
    manifest: Manifest


def create_backup(vault: Vault, dest: Path, *, now: datetime | None = None,
                  progress: stream.Progress | None = None) -> BackupInfo:
    """Write a backup of ``vault`` to ``dest``, which must not exist: a backup never overwrites a file.

    ``progress`` follows the sealing; if it raises (the worker cancelled), the partial file is removed and nothing
    exists under ``dest``."""
    if dest.exists():
        raise InvalidInput.said("There is already a file at {path}; nothing was written. Choose another name.",
                                path=dest)
    created_at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    try:
        sealed = None
        with vault.frozen_file() as (key_file, data_key, frozen):
            if frozen is not None:  # sealed straight from the database file, while it holds still
                snapshot = Snapshot(frozen.path, frozen.size, key_file, data_key,
                                    describe_with(frozen.reading, key_file.vault_id, _sha256(frozen.path, frozen.size)))
                sealed = _seal(snapshot, dest, created_at, progress), snapshot
        header, snapshot = sealed or _seal_exported(vault, dest, created_at, progress)
    except (OSError, sqlcipher.Error) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise BackupFailed.said("The backup could not be written to {folder} ({reason}). Your records are safe and "
                                "unchanged.", folder=dest.parent, reason=reason) from None
    return BackupInfo(path=dest, file_bytes=header.file_bytes, created_at=created_at, manifest=snapshot.manifest)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The first ``size`` bytes of ``path``: the database at one moment, encrypted under ``data_key``."""

    path: Path
    size: int
    key_file: KeyHeader
    data_key: bytes
    manifest: Manifest


def _seal_exported(vault: Vault, dest: Path, created_at: datetime,
                   progress: stream.Progress | None) -> tuple[format.Header, Snapshot]:
    """The slow way: an SQLCipher export of the vault into a private temporary folder, sealed, then deleted."""
    work = Path(tempfile.mkdtemp(prefix=".backup-", dir=vault.paths.folder))
    try:
        path = work / "snapshot.db"
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        key_file, data_key = vault.export_snapshot(path)
        size = path.stat().st_size
        snapshot = Snapshot(path, size, key_file, data_key, describe(path, data_key, key_file.vault_id,
                                                                     _sha256(path, size)))
        return _seal(snapshot, dest, created_at, progress), snapshot
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _seal(snapshot: Snapshot, dest: Path, created_at: datetime, progress: stream.Progress | None) -> format.Header:
    manifest, data_key = snapshot.manifest, snapshot.data_key
    # A restored vault must pass the rollback check: its record is the snapshot's own latest change.
    key_file = snapshot.key_file.signed(data_key, manifest.changes, manifest.history_head)
    salt = os.urandom(format.SALT_BYTES)
    keys = file_keys(data_key, salt)
    fields = format.draft(vault_id=key_file.vault_id, created_at=created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                          app_version=__version__, snapshot_bytes=snapshot.size, key_file=key_file, payload_salt=salt)
    header = format.finish(fields, crypto.wrap(keys.manifest, manifest.to_bytes(), canonical_json(fields)))
    # 0600 under a random temp name, renamed into place only if nothing appeared at ``dest`` meanwhile.
    with private_file(dest, replace=False) as out, open(snapshot.path, "rb") as source:
        out.write(header.prefix())
        stream.seal(keys.payload, header.digest, source, snapshot.size, out, progress)
        out.write(header.trailer())
    return header


def _sha256(path: Path, size: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        left = size
        while left and (block := handle.read(min(left, 1 << 20))):
            digest.update(block)
            left -= len(block)
    if left:
        raise OSError(0, "the database file is shorter than its pages")
    return digest.hexdigest()
