"""The rollback witness a backup carries: the latest change (sequence and chain head) of the records it holds.

It is the header's sealed list of contents (manifest.py), whose AES-GCM seal takes every other header field as
associated data: so it is authentic only under the data key of its day and only in its own header. A list of
contents or an embedded key file spliced from another header fails the seal and is refused, as is a header whose
key file's rollback record names another change than its list of contents. Format version 1 backups carry it
already: nothing in the file format changed for this.

Used at unlock when this computer keeps no witness of its own (store/witness.py; services/lifecycle.py).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import BackupDamaged, UnknownFormatVersion
from ..store import crypto
from ..store.witness import Witness
from . import format
from .keys import file_keys
from .manifest import Manifest


def backup_witness(path: Path, vault_id: str, data_key: bytes) -> Witness | None:
    """The witness in the header of backup ``path``, or None when it is not authentic under ``data_key`` (another
    vault, a data key from before a re-key, damage, a splice) or the file cannot be read. Reads the header only."""
    try:
        with open(path, "rb") as handle:
            header = format.read(handle, path.stat().st_size)
    except (OSError, BackupDamaged, UnknownFormatVersion):
        return None
    if header.vault_id != vault_id:
        return None
    keys = file_keys(data_key, header.payload_salt)
    opened = crypto.unwrap(keys.manifest, header.manifest, header.manifest_ad)
    if opened is None:
        return None
    try:
        manifest = Manifest.from_bytes(opened)
    except BackupDamaged:
        return None
    rollback = header.key_file.rollback
    if (rollback.seq, rollback.head) != (manifest.changes, manifest.history_head):
        return None
    if not header.key_file.rollback_authentic(data_key):
        return None
    return Witness(manifest.changes, manifest.history_head)
