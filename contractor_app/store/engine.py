"""SQLCipher connections and the SQLAlchemy engine over them.

Every connection is made by ``connect``: keyed with the raw data key and given the settings of DESIGN.md section 3
before anything else runs. Transactions are begun explicitly (the driver's implicit transactions are off), so DDL is
transactional and write units of work take the write lock up front with BEGIN IMMEDIATE.

SQLAlchemy is imported by ``create_vault_engine`` alone, when a vault first opens a session: opening the records and
the plain-SQL reads over ``connect``'s connections load none of it (issue 18, docs/decisions/0005).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import sqlcipher3.dbapi2 as sqlcipher

from ..errors import Phrase, VaultBusy, VaultDamaged
from .fileio import CREATE_FLAGS, PRIVATE_MODE, fsync_dir, temp_name
from .parallel import Beside

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

PAGE_SIZE = 4096
BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "contractor_write"

_DAMAGE_MARKERS = ("file is not a database", "malformed", "hmac", "decrypt", "not an error", "disk i/o")


class Connection(Protocol):
    """What a plain-SQL read needs of a DB-API connection: a vault's own (``Vault.querying``) or the one under a
    session (``driver_connection``), both ``connect``'s."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


def connect(db_path: Path, data_key: bytes) -> sqlcipher.Connection:
    """Open and configure one connection; raise VaultDamaged if the (already verified) key cannot read page 1."""
    conn = sqlcipher.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.isolation_level = None
    try:
        # Logging off first: SQLCipher otherwise writes its errors to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")  # a file temp store would spill plaintext
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlcipher.DatabaseError as error:
        conn.close()
        raise translate(error, db_path, data_key) from None
    return conn


def prepare_sessions() -> None:
    """What the first session would otherwise do after the unlock: import SQLAlchemy and the mapped models,
    configure the mappers and load SQLAlchemy's SQLite dialect (together about 0.25 s). Done ahead, it overlaps the
    unlock's key derivation (store/unlocking.py); configuring and the dialect took 15 ms of a `log` after it."""
    from sqlalchemy.dialects.sqlite import pysqlite  # noqa: F401  # imported for what loading it does
    from sqlalchemy.orm import configure_mappers

    from . import models  # noqa: F401  # imported for what loading it does

    configure_mappers()


def create_vault_engine(db_path: Path, data_key: bytes) -> Engine:
    """The SQLAlchemy engine over ``connect``'s connections, for sessions and Alembic."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect(db_path, data_key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,  # an error's SQL parameters are record text: never in a message or a log
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]  # a SQLAlchemy event hook; conn is a Connection
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def driver_connection(session: Session) -> sqlcipher.Connection:
    """The DB-API connection under ``session``, in its transaction, for the plain-SQL reads the services share with
    the command line (services/entries/details.py). What the session holds is flushed first, as its own queries
    would (autoflush), so the read sees the unit of work's changes."""
    if session.autoflush:
        session.flush()
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    return raw


def translate(error: Exception, db_path: Path, data_key: bytes) -> Exception:
    """Turn a driver error into VaultBusy or VaultDamaged (naming the damaged part), else return it unchanged."""
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return VaultBusy()
    if any(marker in message for marker in _DAMAGE_MARKERS):
        return VaultDamaged(locate_damage(db_path, data_key) or "database")
    return error


def locate_damage(db_path: Path, data_key: bytes) -> str | None:
    """Name the first damaged part of the database file: "truncated file", "page N", or None if none found."""
    problems = integrity_problems(db_path, data_key)
    return problems[0] if problems else None


def integrity_problems(db_path: Path, data_key: bytes,
                       pages: Callable[[Path, bytes], list[str]] | None = None) -> list[str]:
    """Run both integrity checks, each on a fresh connection; each problem as a short phrase ("page 13", ...).

    cipher_integrity_check verifies every page's HMAC but misses a missing last page; integrity_check
    verifies the b-tree structure. The file length is checked too: a file cut inside a page is truncated.
    The two run side by side (store/parallel.py: each authenticates every page, and takes a core); the structure's
    findings count only when every page is authentic, as when they ran one after the other. ``pages`` replaces
    cipher_integrity_check for a closed copy (store/free_pages.py says when that proves as much).
    """
    size = db_path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        return ["truncated file"]
    structure = Beside(lambda: _structure_problems(db_path, data_key))
    try:
        problems = (pages or _page_problems)(db_path, data_key)
    finally:
        structure.wait()
    return problems or structure.result()


def _checking(db_path: Path, data_key: bytes) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(db_path), check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def _page_problems(db_path: Path, data_key: bytes) -> list[str]:
    problems: list[str] = []
    conn = _checking(db_path, data_key)
    try:
        for (row,) in conn.execute("PRAGMA cipher_integrity_check"):
            page = re.search(r"page (\d+)", str(row))
            problems.append(Phrase("page {number}", number=int(page.group(1))) if page else str(row))
    except sqlcipher.DatabaseError:
        problems.append(Phrase("page {number}", number=1))
    finally:
        conn.close()
    return problems


def _structure_problems(db_path: Path, data_key: bytes) -> list[str]:
    conn = _checking(db_path, data_key)
    try:
        rows = [str(row) for (row,) in conn.execute("PRAGMA integrity_check")]
    except sqlcipher.DatabaseError as error:
        rows = [str(error)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else [f"database structure: {rows[0][:80]}"]


def export_copy(engine: Engine, dest: Path, data_key: bytes) -> Path:
    """Write a consistent, encrypted copy of the live database to ``dest`` with sqlcipher_export.

    Unlike a file copy, this includes commits still in the -wal file. The copy is keyed with ``data_key`` and
    written under a random temporary name, created empty first (0600, O_EXCL|O_NOFOLLOW: a planted symlink is
    refused, never followed), then renamed into place.
    """
    tmp = temp_name(dest)
    os.close(os.open(tmp, CREATE_FLAGS, PRIVATE_MODE))  # SQLite opens an empty file as an empty database
    try:
        _export_into(engine, tmp, data_key)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, dest)
    fsync_dir(dest.parent)
    return dest


def _export_into(engine: Engine, tmp: Path, data_key: bytes) -> None:
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("ATTACH DATABASE ? AS export KEY \"x'" + data_key.hex() + "'\"", (str(tmp),))
        try:
            raw.execute("SELECT sqlcipher_export('export')")
        finally:
            raw.execute("DETACH DATABASE export")
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
