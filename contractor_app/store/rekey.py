"""Moving the records to a new data key, so that a kill at any moment leaves a vault that opens.

A password change re-keys (docs/security.md, "The vault"): a copy of an older ``vault.key`` (cloud version history,
an automatic backup) holds the old data key wrapped under the old password, and must not open today's
``vault.db``. The records are copied with ``sqlcipher_export`` into a fresh database keyed with the new data key,
rather than re-encrypted in place with ``PRAGMA rekey``: the old file stays whole until one rename replaces it, and
the export also leaves the free pages (which may hold old record text under the old key) behind.

The database and its key file cannot be renamed as one, so the order on disk is:

1. ``vault.db.rekey``: the export, complete and fsynced. A kill until step 2 leaves the old vault untouched; the
   next unlock deletes the partial copy.
2. ``vault.key.pending``: the new key file, written atomically. This is the commit point: from here on the change
   only ever rolls forward (the new database is known complete).
3. ``vault.db.rekey`` is renamed over ``vault.db`` (the old database's -wal was emptied and closed first).
4. ``vault.key.pending`` is renamed over ``vault.key``.

``finish_interrupted_rekey`` (called before every unlock, like the restore journal) redoes steps 3 and 4, under the
same lock as every key file writer. So after a kill the vault opens with the old password (before step 2) or with
the new one (after it), never neither.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..errors import VaultBusy
from .chain import read_head
from .engine import connect
from .fileio import atomic_write, exclusive_lock, fsync_dir
from .keyfile import KeyHeader

NEW_DB_NAME = "vault.db.rekey"
PENDING_NAME = "vault.key.pending"


def finish_interrupted_rekey(folder: Path, lock: Path, db: Path, key: Path) -> None:
    """Complete a re-key killed after its commit point, or drop one killed before it (two stats when none)."""
    new_db, pending = folder / NEW_DB_NAME, folder / PENDING_NAME
    if not (new_db.exists() or pending.exists()):
        return
    with exclusive_lock(lock):
        if pending.exists():
            _roll_forward(new_db, pending, db, key)
        else:
            new_db.unlink(missing_ok=True)
            fsync_dir(folder)


def move_to_new_key(folder: Path, db: Path, key: Path, vault_id: str, old_key: bytes, new_key: bytes,
                    new_header: KeyHeader) -> KeyHeader:
    """Copy the records into a database keyed with ``new_key`` and install it with ``new_header`` (whose rollback
    record is signed here, at the copy's head). The caller holds the key file's lock and no open connection."""
    new_db, pending = folder / NEW_DB_NAME, folder / PENDING_NAME
    new_db.unlink(missing_ok=True)
    os.close(os.open(new_db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        conn = connect(db, old_key)
        try:
            conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(new_db),))
            conn.execute("BEGIN IMMEDIATE")  # no writer can slip a commit in between the copy and the swap
            try:
                head = read_head(conn, vault_id)  # main's: the attached copy is still empty
                conn.execute("SELECT sqlcipher_export('rekeyed')")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("DETACH DATABASE rekeyed")
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                raise VaultBusy()
        finally:
            conn.close()
        with open(new_db, "rb+") as handle:
            os.fsync(handle.fileno())
        signed = new_header.signed(new_key, head.seq, head.hash)
        atomic_write(pending, signed.to_bytes())  # the commit point
    except BaseException:
        with contextlib.suppress(OSError):
            new_db.unlink()
        raise
    _roll_forward(new_db, pending, db, key)
    return signed


def _roll_forward(new_db: Path, pending: Path, db: Path, key: Path) -> None:
    if new_db.exists():
        # The old database's -wal was checkpointed empty before the commit point; an -shm is rebuilt on open.
        for leftover in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            leftover.unlink(missing_ok=True)
        os.replace(new_db, db)
        fsync_dir(db.parent)
    os.replace(pending, key)
    fsync_dir(key.parent)
