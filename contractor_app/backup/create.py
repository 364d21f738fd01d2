"""Making a backup of an unlocked vault: snapshot, describe, seal, and only then give the file its name.

The snapshot is an encrypted SQLCipher copy (Vault.export_snapshot) in a private temporary folder inside the data
folder, so no plaintext ever reaches the disk, and a big snapshot never lands in a synced backup folder. The file is
written under a hidden temporary name, fsynced and renamed, so a backup that exists under its name is complete.
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
from ..store.keyfile import canonical_json
from ..store.vault import Vault
from . import format, stream
from .keys import file_keys
from .manifest import Manifest, describe


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
        raise InvalidInput(f"There is already a file at {dest}; nothing was written. Choose another name.")
    created_at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    work = Path(tempfile.mkdtemp(prefix=".backup-", dir=vault.paths.folder))
    try:
        snapshot = work / "snapshot.db"
        os.close(os.open(snapshot, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        key_file, data_key = vault.export_snapshot(snapshot)
        size = snapshot.stat().st_size
        manifest = describe(snapshot, data_key, key_file.vault_id, _sha256(snapshot))
        # A restored vault must pass the rollback check: its record is the snapshot's own latest change.
        key_file = key_file.signed(data_key, manifest.changes, manifest.history_head)
        salt = os.urandom(format.SALT_BYTES)
        keys = file_keys(data_key, salt)
        fields = format.draft(vault_id=key_file.vault_id, created_at=created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                              app_version=__version__, snapshot_bytes=size, key_file=key_file, payload_salt=salt)
        header = format.finish(fields, crypto.wrap(keys.manifest, manifest.to_bytes(), canonical_json(fields)))
        # 0600 under a random temp name, renamed into place only if nothing appeared at ``dest`` meanwhile.
        with private_file(dest, replace=False) as out, open(snapshot, "rb") as source:
            out.write(header.prefix())
            stream.seal(keys.payload, header.digest, source, size, out, progress)
            out.write(header.trailer())
    except (OSError, sqlcipher.Error) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise BackupFailed(f"The backup could not be written to {dest.parent} ({reason}). "
                           "Your records are safe and unchanged.") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return BackupInfo(path=dest, file_bytes=header.file_bytes, created_at=created_at, manifest=manifest)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
