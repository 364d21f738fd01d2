"""A consistent moment of the live database read straight from its file: how a backup avoids re-encrypting it.

In WAL mode the database file changes only when a checkpoint copies committed pages into it from the -wal, and a
checkpoint never copies pages newer than what an open read transaction sees. So: hold the write lock for an instant
(no commit can start), checkpoint everything into the file, and begin a read transaction before letting go. Every
committed change is then in the file, and the file stays exactly that moment for as long as the read transaction
lasts, while writers carry on appending to the -wal. Reading the file's first ``page_count`` pages then gives the
SQLCipher file as it is, still encrypted under the data key: what sqlcipher_export made by decrypting and
re-encrypting every page (issue 18), byte for byte the vault's own pages, free pages included.

If the checkpoint cannot take in everything (another connection is still reading an older moment and holds frames
back) the moment is not there; ``frozen_file`` then yields None and the caller makes its copy the slow way.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from .engine import PAGE_SIZE, connect

ATTEMPTS = 3  # checkpoints tried before giving up on the moment
_PAUSE = 0.05  # seconds between attempts: a reader on an older moment usually ends within one


@dataclass(frozen=True, slots=True)
class FrozenFile:
    """The database file at ``path`` holds one consistent moment in its first ``size`` bytes while this lasts;
    ``reading`` is a connection inside a read transaction of that very moment."""

    path: Path
    size: int
    reading: sqlcipher.Connection


@contextlib.contextmanager
def frozen_file(db: Path, data_key: bytes) -> Iterator[FrozenFile | None]:
    """The live database file frozen at one moment for the duration of the block, or None if that was not had."""
    reader = connect(db, data_key)
    try:
        if not _begin_checkpointed_read(db, data_key, reader):
            yield None
            return
        try:
            (pages,) = reader.execute("PRAGMA page_count").fetchone()
            yield FrozenFile(path=db, size=pages * PAGE_SIZE, reading=reader)
        finally:
            reader.execute("ROLLBACK")
    finally:
        reader.close()


def _begin_checkpointed_read(db: Path, data_key: bytes, reader: sqlcipher.Connection) -> bool:
    """Begin a read transaction on ``reader`` at a moment whose every commit is in the database file."""
    writer = connect(db, data_key)
    try:
        for attempt in range(ATTEMPTS):
            if attempt:
                time.sleep(_PAUSE)
            try:
                writer.execute("BEGIN IMMEDIATE")  # waits out a commit in progress (busy timeout), blocks new ones
            except sqlcipher.OperationalError:
                continue
            try:
                _busy, in_wal, copied = reader.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                if in_wal == copied:  # every frame is in the file, and no new one can come while we hold the lock
                    reader.execute("BEGIN")
                    reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read transaction starts
                    return True
            finally:
                writer.execute("ROLLBACK")
        return False
    finally:
        writer.close()
