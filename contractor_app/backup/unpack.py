"""Reading a backup back: check its layout, open it with a password or the recovery key, and write its vault.

The output is a vault folder (``vault.db`` and ``vault.key``) holding exactly what was backed up: the database as
the SQLCipher file it was (so nothing decrypted ever reaches the disk) and the key file with the vault's key slots.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import BackupDamaged, InvalidInput
from . import format, stream
from .keys import Secret, file_keys, open_sealed, unwrap_data_key
from .manifest import Manifest


@dataclass(frozen=True, slots=True)
class Unpacked:
    header: format.Header
    manifest: Manifest
    data_key: bytes


def unpack(path: Path, secret: Secret, folder: Path, *, progress: stream.Progress | None = None,
           durable: bool = True) -> Unpacked:
    """Write the vault in backup ``path`` into ``folder`` (no vault there yet), every byte authenticated first.

    ``durable=False`` skips the fsync, for a copy that is only checked and then deleted (`backup verify`): forcing
    a gigabyte to the disk was a large part of a check's time (issue 18). A restore keeps it."""
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise InvalidInput.said("Cannot read the backup {path} ({reason}). Nothing was changed.", path=path,
                                reason=error.strerror) from None
    with handle:
        header = format.read(handle, os.fstat(handle.fileno()).st_size)
        data_key = unwrap_data_key(header.key_file, secret)
        keys = file_keys(data_key, header.payload_salt)
        manifest = Manifest.from_bytes(open_sealed(keys.manifest, header.manifest, header.manifest_ad))
        digest = hashlib.sha256()
        fd = os.open(folder / "vault.db", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            def keep(chunk: bytes) -> None:
                digest.update(chunk)
                out.write(chunk)

            stream.unseal(keys.payload, header.digest, handle, header.snapshot_bytes, keep, progress)
            out.flush()
            if durable:
                os.fsync(out.fileno())
    if digest.hexdigest() != manifest.snapshot_sha256:
        raise BackupDamaged("contents", "The database inside differs from the one that was backed up.")
    header.key_file.write(folder / "vault.key")
    return Unpacked(header=header, manifest=manifest, data_key=data_key)
