"""The vault: create, unlock, lock, change the password, recover with the recovery key, and units of work.

Unlocking checks, in order: the key file's checksum (damage), the password against the wrapped data key
(wrong password), the database file (damage), the schema (upgrade or newer version), and the anti-rollback
record. Nothing is written to disk unless the unlock succeeds, so a wrong password leaves every file untouched.
A password change or a recovery moves the records to a new data key (store/rekey.py), so that an older copy of
the key file cannot open today's records with the password of its day.

Opening, those checks and ``querying`` run plain SQL over the vault's own SQLCipher connections; the SQLAlchemy
engine is made when a session is first asked for (``reading``, ``unit_of_work``), so a command that only reads in
plain SQL (`list`) never loads SQLAlchemy (issue 18, docs/decisions/0005).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import uuid
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import sqlcipher3.dbapi2 as sqlcipher

from ..errors import (
    InvalidInput,
    Phrase,
    VaultBusy,
    VaultDamaged,
    VaultLocked,
    VaultRolledBack,
    WrongPassword,
)
from . import crypto
from .chain import ChainHead, genesis_hash, hash_at, read_head
from .engine import WRITE_OPTION, connect, create_vault_engine, integrity_problems, translate
from .fileio import exclusive_lock
from .free_pages import free_page_problems
from .keyfile import KeyHeader, RollbackRecord
from .migrate import SCRIPTS, bring_to_head, schema_state
from .paths import DB_NAME, VaultPaths
from .rekey import PENDING_NAME, move_to_new_key
from .snapshot import FrozenFile, frozen_file
from .unlocking import PendingUnlock, begin_unlock, read_key_file
from .witness import Witness, config_folder, read_witness, write_witness

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from .models import Base

MIN_PASSWORD_LENGTH = 8
# SQLite (unix) holds a shared lock on this byte of the -shm file while any connection has the database open.
_SHM_DMS_BYTE = 128
# Idle plain-SQL connections a vault keeps for the next read (more are opened while threads read at once).
_IDLE_CONNECTIONS = 2


# Every Vault of this process, so that a restore can refuse while this process itself has the records open: the
# file lock restore.py probes is per process, and cannot see our own connections.
_OPEN: weakref.WeakSet[Vault] = weakref.WeakSet()

BackupWitness = Callable[["Vault", bytes], "tuple[Witness, Path] | None"]
"""Given the unlocked vault and its data key: the newest authentic witness in its backups, and that backup's path."""


def where_open(folder: Path, *, besides: Vault | None = None) -> Literal["here", "elsewhere"] | None:
    """Where the records in ``folder`` are open, leaving ``besides`` out: "here" (another unlocked Vault of this
    process: the file lock below is per process and cannot see our own connections), "elsewhere" (another process
    holds SQLite's shared lock on the -shm file), or None.

    The one check a restore and a re-key make before moving the files aside (they would go on being written).
    Best effort on unix: it cannot stop a window opening the records a moment later. Never "elsewhere" on Windows,
    where open files cannot be renamed anyway. The caller's own connections must be closed first.
    """
    here = Path(folder).resolve()
    if any(vault is not besides and not vault.is_locked and vault.paths.folder.resolve() == here
           for vault in list(_OPEN)):
        return "here"
    shm = Path(folder) / (DB_NAME + "-shm")
    if sys.platform == "win32" or not shm.exists():
        return None
    import fcntl

    fd = os.open(shm, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
    except OSError:
        return "elsewhere"
    finally:
        os.close(fd)  # also releases the probe's lock
    return None


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput.said("The password must have at least {count} characters.", count=MIN_PASSWORD_LENGTH)


class UnitOfWork:
    """One user action: a session in a write transaction and the audit log that records its changes.

    Made only by ``Vault.unit_of_work``, once SQLAlchemy is loaded: the audit log and bulk inserts are imported
    here, not with this module (which opening the records imports)."""

    def __init__(self, session: Session, vault_id: str) -> None:
        from .audit import AuditLog

        self.session = session
        self.audit = AuditLog(session, vault_id)

    def created(self, obj: Base) -> None:
        self.session.add(obj)
        self.session.flush()
        self.audit.append("create", obj)

    def created_all(self, objs: list[Base]) -> None:
        """Many new rows with one flush (batched INSERTs), then their audit events: imports and bulk logging."""
        self.session.add_all(objs)
        self.session.flush()
        for obj in objs:
            self.audit.append("create", obj)

    def created_rows(self, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> list[int]:
        """Many new rows as plain values (no ORM objects), inserted and audited in bulk: imports of 100k entries or
        50,000 statement lines. Returns the new rows' ids, in the order of ``rows``."""
        from .bulk import insert_rows

        ids: list[int] = []

        def collected() -> Iterator[tuple[str, dict[str, Any]]]:
            for key, state in insert_rows(self.session, model, rows):
                ids.append(int(key))
                yield key, state

        self.audit.append_many("create", model.__tablename__, collected())
        return ids

    def updated(self, obj: Base) -> None:
        self.session.flush()
        self.audit.append("update", obj)

    def update(self, obj: Base, values: Mapping[str, Any], *, also: Mapping[str, Any] | None = None) -> bool:
        """An edit: set ``values`` on ``obj`` and audit one update, only if one of them differs from what it holds
        (a form saved untouched records nothing). ``also`` is set along with a change but is not one (the time of
        the edit). Returns whether anything changed."""
        if all(getattr(obj, key) == value for key, value in values.items()):
            return False
        for key, value in {**values, **(also or {})}.items():
            setattr(obj, key, value)
        self.updated(obj)
        return True

    def deleted(self, obj: Base) -> None:
        from .audit import row_state

        state = row_state(obj)
        self.session.delete(obj)
        self.session.flush()
        self.audit.append("delete", obj, state)


class Vault:
    """An unlocked vault. Construct with ``create``, ``unlock`` or ``unlock_with_recovery_key``."""

    #: The Alembic scripts every open brings the schema up to. A class attribute, so that tests can open real
    #: vaults against a copy with extra revisions (an upgrade, a failing one) without touching the package.
    migrations: Path = SCRIPTS

    def __init__(self, paths: VaultPaths, header: KeyHeader, data_key: bytes) -> None:
        self.paths = paths
        self.vault_id = header.vault_id
        self._header = header
        self._data_key: bytearray | None = bytearray(data_key)
        self._engine: Engine | None = None  # made by the first session (_bound_engine)
        self._idle: list[sqlcipher.Connection] = []  # plain-SQL connections between two reads (_connection)
        self._idle_lock = threading.Lock()  # guards _idle and the making of _engine
        self.upgrade_copy: Path | None = None
        # Whether this is the worker's own vault, whose rollback witness this computer keeps (not a backup's copy
        # being checked or restored: it is older on purpose).
        self.witnessed = True
        _OPEN.add(self)

    # --- lifecycle ---------------------------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, password: str) -> tuple[Vault, str]:
        """Create a new vault; return it unlocked together with the recovery key, to be shown once."""
        paths = VaultPaths(folder)
        if paths.exists():
            raise InvalidInput.said("There are already records in {folder}; nothing was changed.", folder=folder)
        check_new_password(password)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        vault_id = str(uuid.uuid4())
        data_key = crypto.new_data_key()
        recovery_key = crypto.new_recovery_key()
        draft = KeyHeader(
            vault_id=vault_id,
            created_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            kdf=crypto.calibrated_kdf(),
            password_slot={},
            recovery_salt=b"",
            recovery_slot={},
            rollback=RollbackRecord(0, genesis_hash(vault_id), ""),
        )
        header = (draft.with_password(password, data_key, draft.kdf).with_recovery(recovery_key, data_key)
                  .signed(data_key, 0, genesis_hash(vault_id)))
        # The key file goes first: a database without its key file could never be opened.
        header.write(paths.key)
        # Created private before SQLite opens it; SQLite gives the -wal and -shm files the same mode.
        os.close(os.open(paths.db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        vault = cls._open(paths, header, data_key)
        return vault, recovery_key

    @classmethod
    def unlock(cls, folder: Path, password: str, *, check_rollback: bool = True,
               backup_witness: BackupWitness | None = None) -> Vault:
        """Unlock with the password. ``check_rollback=False`` is for `verify`, which reports it with the rest.

        ``backup_witness`` is asked, only when this computer keeps no witness of the vault, for the newest witness
        its backups carry (services/lifecycle.py: the store does not read backups)."""
        with begin_unlock(folder, password) as pending:
            return cls.finish_unlock(pending, check_rollback=check_rollback, backup_witness=backup_witness)

    @classmethod
    def finish_unlock(cls, pending: PendingUnlock, *, check_rollback: bool = True,
                      backup_witness: BackupWitness | None = None) -> Vault:
        """The second half of ``unlock``, inside ``begin_unlock``'s block (store/unlocking.py): wait for the
        password's key and open the records with it, checking them as ``unlock`` does."""
        data_key = pending.data_key()
        if data_key is None:
            raise WrongPassword()
        header = pending.header
        vault = cls._open(pending.paths, header, data_key)
        try:
            if check_rollback:
                vault.check_not_rolled_back(backup_witness)
                vault._witness_current()
            if crypto.below_floor(header.kdf):
                vault._strengthen(pending.password)
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, recovery_key: str, new_password: str, *,
                                 backup_witness: BackupWitness | None = None) -> Vault:
        """Unlock with the recovery key and set a new password; the records move to a new data key, so the old
        password opens no copy of the key file against them. The recovery key keeps working.

        Rolled-back records are refused before the re-key, as ``unlock`` refuses them (``backup_witness`` too):
        re-keyed, an older copy would become the current records and the newer changes would be gone unseen."""
        check_new_password(new_password)
        paths, header = read_key_file(folder)
        data_key = header.unwrap_recovery(recovery_key)
        if data_key is None:
            raise WrongPassword("That recovery key does not open these records. Nothing was changed.")
        vault = cls._open(paths, header, data_key)
        try:
            vault.check_not_rolled_back(backup_witness)
            vault.rekey(new_password, recovery_key=recovery_key)
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def _open(cls, paths: VaultPaths, header: KeyHeader, data_key: bytes) -> Vault:
        if not header.rollback_authentic(data_key):
            raise VaultDamaged("key file", "Its record of the latest change fails its check.")
        if not paths.db.exists():
            # SQLite would make a new, empty database: files written by an unlock that then fails, and the loss
            # misreported as a rollback. Only a vault with no recorded change (a crash inside `create`) may get one.
            if header.rollback.seq:
                raise VaultDamaged("database file missing", "The key file is there but the database is not.")
        elif paths.db.stat().st_size % 4096:
            raise VaultDamaged("truncated file")
        vault = cls(paths, header, data_key)
        try:
            with vault._translated():
                with vault._connection() as conn:
                    state = schema_state(conn)
                vault.upgrade_copy = bring_to_head(state, vault._bound_engine, paths.db, data_key,
                                                   script_location=cls.migrations)
        except BaseException:
            vault._discard()
            raise
        return vault

    def lock(self) -> None:
        """Drop the connections and the data key. Python cannot promise the key bytes leave memory; we zero our copy."""
        if self._data_key is not None:
            with contextlib.suppress(Exception), self._connection() as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        self._close_connections()
        if self._data_key is not None:
            self._data_key[:] = bytes(len(self._data_key))
            self._data_key = None

    def _discard(self) -> None:
        """Drop a vault that failed to open (no checkpoint: its file may be damaged), so it counts as locked."""
        self._close_connections()
        self._data_key = None

    def _close_connections(self) -> None:
        """Close the idle plain-SQL connections and the engine's (a re-key moves the file they read)."""
        with self._idle_lock:
            idle, self._idle = self._idle, []
            engine, self._engine = self._engine, None
        for conn in idle:
            conn.close()
        if engine is not None:
            engine.dispose()

    @property
    def is_locked(self) -> bool:
        return self._data_key is None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # --- password ------------------------------------------------------------------------------------------

    def change_password(self, old_password: str, new_password: str, *, new_recovery_key: bool = False
                        ) -> str | None:
        """Set a new password and move the records to a new data key (see ``rekey``): from now on no copy of the
        key file opens them with the old password. Returns the new recovery key, if one was issued."""
        check_new_password(new_password)
        header = KeyHeader.read(self.paths.key)
        if header.unwrap_password(old_password) is None:
            raise WrongPassword("The current password is wrong. Nothing was changed.")
        return self.rekey(new_password, new_recovery_key=new_recovery_key)

    def rekey_with_password(self, password: str, *, new_recovery_key: bool = False) -> str | None:
        """The "my password or recovery key may have leaked" action: check ``password`` (the records stay wrapped
        under it), then ``rekey``."""
        if KeyHeader.read(self.paths.key).unwrap_password(password) is None:
            raise WrongPassword("The current password is wrong. Nothing was changed.")
        return self.rekey(password, new_recovery_key=new_recovery_key)

    def rekey(self, password: str, *, new_recovery_key: bool = False, recovery_key: str | None = None
              ) -> str | None:
        """Move the records to a new random data key, wrapped under ``password`` (not checked here: callers have
        just checked it, or are setting it): the second half of every password change and of the leak action.

        The recovery key is sealed again without being asked for (public-key slot); with ``new_recovery_key`` a
        new one replaces it and is returned (the old one stops working). A key file of format 1 cannot be
        sealed again without its recovery key: it gets a new one unless ``recovery_key`` is given. Backups made
        before keep opening with the password and recovery key of their day. Refused (VaultBusy, nothing changed)
        while another window has the records open: it would go on writing to the old file.
        """
        old_key = self._key()
        new_key = crypto.new_data_key()
        kdf = crypto.calibrated_kdf()  # about a second: before taking the lock
        issued = None
        with exclusive_lock(self.paths.lock):
            self._close_connections()
            self._refuse_if_open_elsewhere()
            header = KeyHeader.read(self.paths.key).with_password(password, new_key, kdf)
            if new_recovery_key or (recovery_key is None and header.recovery_public is None):
                issued = recovery_key = crypto.new_recovery_key()
            if recovery_key is not None:
                header = header.with_recovery(recovery_key, new_key)
            else:
                header = header.resealed_recovery(new_key)
            try:
                header = move_to_new_key(self.paths.folder, self.paths.db, self.paths.key, self.vault_id, old_key,
                                         new_key, header)
            except BaseException:
                if (self.paths.folder / PENDING_NAME).exists():  # past the commit point: the next unlock finishes
                    self._discard()
                raise
            self._data_key = bytearray(new_key)
            self._header = header
            if self.witnessed:
                write_witness(self.vault_id, self.paths.folder, new_key, header.rollback.seq,
                              header.rollback.head)
        return issued

    def _refuse_if_open_elsewhere(self) -> None:
        """Refuse while another Vault of this process or another process has the records open (where_open)."""
        where = where_open(self.paths.folder, besides=self)
        if where == "here":
            raise VaultBusy("Your records are open twice here. Close the other one, then try again. "
                            "Nothing was changed.")
        if where == "elsewhere":
            raise VaultBusy("Your records are open in another window. Close it, then try again. "
                            "Nothing was changed.")

    def _strengthen(self, password: str) -> None:
        """Re-wrap the data key with calibrated parameters: the key file was made weaker than the floor."""
        data_key = self._key()
        kdf = crypto.calibrated_kdf()
        with exclusive_lock(self.paths.lock):
            header = KeyHeader.read(self.paths.key)
            updated = header.with_password(password, data_key, kdf).signed(data_key, header.rollback.seq,
                                                                            header.rollback.head)
            updated.write(self.paths.key)
            self._header = updated

    # --- sessions ------------------------------------------------------------------------------------------

    def derived_key(self, purpose: str) -> bytes:
        """A key for one purpose (e.g. signing reports), derived from the data key: it never leaves memory either."""
        return crypto.subkey(self._key(), purpose)

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked()
        return bytes(self._data_key)

    def _bound_engine(self) -> Engine:
        """The SQLAlchemy engine, made (and SQLAlchemy loaded) on the first call: once, whichever thread asks."""
        data_key = self._key()
        with self._idle_lock:
            if self._engine is None:
                self._engine = create_vault_engine(self.paths.db, data_key)
            return self._engine

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlcipher.Connection]:
        """One of the vault's own SQLCipher connections (store/engine.py's ``connect``), for this thread alone until
        the block ends: an idle one, or a new one."""
        data_key = self._key()
        with self._idle_lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = connect(self.paths.db, data_key)
        try:
            yield conn
        except BaseException:
            conn.close()  # it may be inside a transaction the error left open
            raise
        with self._idle_lock:
            kept = self._data_key is not None and len(self._idle) < _IDLE_CONNECTIONS
            if kept:
                self._idle.append(conn)
        if not kept:
            conn.close()

    @contextlib.contextmanager
    def querying(self) -> Iterator[sqlcipher.Connection]:
        """A DB-API connection in one read-only snapshot, for plain SQL: the reads that must not load SQLAlchemy
        (opening the records, the listing of entries; issue 18). Stored values come back as SQLite holds them
        (store/values.py turns them into what the models' columns give)."""
        with self._translated(), self._connection() as conn:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:  # SQLite may have ended it already (an error it rolled back)
                    conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session in one consistent snapshot."""
        from sqlalchemy.orm import Session

        with self._translated(), Session(self._bound_engine(), autoflush=False) as session, session.begin():
            yield session
            session.rollback()

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One user action: commits everything with its audit events, or nothing."""
        from sqlalchemy.orm import Session

        engine = self._bound_engine().execution_options(**{WRITE_OPTION: True})
        with self._translated():
            with Session(engine, expire_on_commit=False) as session:
                with session.begin():
                    uow = UnitOfWork(session, self.vault_id)
                    yield uow
            if uow.audit.head is not None:
                self._record_head(uow.audit.head)

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        """Turn a driver error (raised by sqlcipher3, or wrapped by SQLAlchemy as ``orig``) into VaultBusy or
        VaultDamaged; any other error passes unchanged."""
        try:
            yield
        except Exception as error:
            driver_error = getattr(error, "orig", None) or error
            if not isinstance(driver_error, sqlcipher.Error):
                raise
            translated = translate(driver_error, self.paths.db, self._key())
            if translated is driver_error:
                raise
            raise translated from None

    def chain_head(self) -> ChainHead:
        """The audit chain's latest entry: its sequence number and hash change with every change to the records."""
        with self.querying() as conn:
            return read_head(conn, self.vault_id)

    def _record_head(self, head: ChainHead) -> None:
        """Move the anti-rollback record forward after a commit. A crash before this only leaves it behind."""
        data_key = self._key()
        with exclusive_lock(self.paths.lock):
            header = KeyHeader.read(self.paths.key)
            if head.seq <= header.rollback.seq:
                return
            header = header.signed(data_key, head.seq, head.hash)
            header.write(self.paths.key)
            self._header = header
            if self.witnessed:
                write_witness(self.vault_id, self.paths.folder, data_key, head.seq, head.hash)

    # --- checks ---------------------------------------------------------------------------------------------

    def rollback_problem(self, backup_witness: BackupWitness | None = None) -> str | None:
        """Describe how the database is behind the anti-rollback record, or None when it is not."""
        header = KeyHeader.read(self.paths.key)
        if not header.rollback_authentic(self._key()):
            return "key file: the record of the latest change fails its check"
        recorded = header.rollback
        if recorded.seq == 0:
            return None
        with self.querying() as conn:
            head = read_head(conn, self.vault_id)
            at_recorded = hash_at(conn, recorded.seq)
        if head.seq < recorded.seq:
            return (f"rolled back: the records end at change {head.seq}, but change {recorded.seq} was made; "
                    "this is an older copy")
        if at_recorded != recorded.head:
            return f"rolled back: change {recorded.seq} differs from the one recorded when it was made"
        return self._witness_problem(header, backup_witness)

    def _witness_problem(self, header: KeyHeader, backup_witness: BackupWitness | None) -> str | None:
        """Compare the records with this computer's witness (store/witness.py), which a copy of both vault files
        cannot carry back in time; without one, with the newest witness in the backups, if asked to. A backup at or
        below the change a restore replaced (``restored_over``, under the key file's MAC) is older on purpose."""
        if not self.witnessed:
            return None
        witness = read_witness(self.vault_id, self.paths.folder, self._key())
        source, where = "this computer saw", f"its record is in {config_folder() / 'witness'}"
        if witness is None and backup_witness is not None:
            found = backup_witness(self, self._key())
            if found is not None and found[0].seq > header.restored_over:
                witness, (source, where) = found[0], ("a backup holds", str(found[1]))
        if witness is None or witness.seq == 0:
            return None
        with self.querying() as conn:
            head = read_head(conn, self.vault_id)
            at_witness = hash_at(conn, witness.seq)
        if head.seq < witness.seq:
            return f"rolled back: the records end at change {head.seq}, but {source} change {witness.seq} ({where})"
        if at_witness != witness.head:
            return f"rolled back: change {witness.seq} differs from the one {source} ({where})"
        return None

    def _witness_current(self) -> None:
        """After a passed check: bring the witness up to the records (a new computer, or a crash before it)."""
        witness = read_witness(self.vault_id, self.paths.folder, self._key())
        head = self.chain_head()
        if witness is None or witness.seq < head.seq:
            with exclusive_lock(self.paths.lock):
                write_witness(self.vault_id, self.paths.folder, self._key(), head.seq, head.hash)

    def check_not_rolled_back(self, backup_witness: BackupWitness | None = None) -> None:
        problem = self.rollback_problem(backup_witness)
        if problem:
            raise VaultRolledBack(problem)

    def integrity_problems(self, *, closed_copy: bool = False) -> list[str]:
        """``closed_copy``: the file is a copy nothing else writes to (a backup's, being checked): its free-list
        pages are authenticated from the file instead of SQLCipher reading every page a second time
        (store/free_pages.py; issue 18). That reads the file itself, so whatever opening the copy wrote to the -wal
        (a migration of an older backup) is checkpointed into it first; if it cannot all be, the full pass runs."""
        pages = free_page_problems if closed_copy and self.checkpointed() else None
        return [Phrase("damaged: {what}", what=problem)
                for problem in integrity_problems(self.paths.db, self._key(), pages)]

    def checkpointed(self) -> bool:
        """Copy every frame of the -wal into the database file; whether the file now holds the whole database."""
        with self._connection() as conn:
            busy, in_wal, copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not busy and in_wal == copied

    # --- backups --------------------------------------------------------------------------------------------

    def export_snapshot(self, dest: Path) -> tuple[KeyHeader, bytes]:
        """Write a consistent copy of the live database to ``dest`` (an empty file); return what opens it.

        For backups, which must never copy the live file (the -wal holds recent commits). sqlcipher_export runs
        inside one read transaction, so the copy is one moment of the vault while writers carry on (WAL). It is
        keyed with the data key, which is returned with the key header: whoever holds them holds the vault.
        """
        data_key = self._key()
        with self._connection() as raw:
            raw.execute(f"ATTACH DATABASE ? AS snapshot KEY \"x'{data_key.hex()}'\"", (str(dest),))
            try:
                # A temporary copy, read back at once into the backup file (which is fsynced) and then deleted:
                # forcing it to the disk first only cost time (issue 18).
                raw.execute("PRAGMA snapshot.synchronous = OFF")
                raw.execute("BEGIN")
                try:
                    raw.execute("SELECT count(*) FROM main.sqlite_master").fetchone()  # the read snapshot starts
                    raw.execute("SELECT sqlcipher_export('snapshot')")
                    raw.execute("COMMIT")
                except BaseException:
                    if raw.in_transaction:  # SQLite may have rolled back already (disk full)
                        raw.execute("ROLLBACK")
                    raise
            finally:
                raw.execute("DETACH DATABASE snapshot")
        return KeyHeader.read(self.paths.key), data_key

    @contextlib.contextmanager
    def frozen_file(self) -> Iterator[tuple[KeyHeader, bytes, FrozenFile | None]]:
        """The live database file held at one consistent moment for the block (store/snapshot.py), with what opens
        it; None instead of the file when no such moment could be had (then use export_snapshot).

        For backups: read in place, the file is the vault's own encrypted pages, so nothing is decrypted or
        re-encrypted to copy it (issue 18)."""
        data_key = self._key()
        with frozen_file(self.paths.db, data_key) as frozen:
            yield KeyHeader.read(self.paths.key), data_key, frozen

    @classmethod
    def open_with_data_key(cls, folder: Path, data_key: bytes) -> Vault:
        """Open a vault whose data key the caller already unwrapped: a backup's copy being checked or restored."""
        paths, header = read_key_file(folder)
        vault = cls._open(paths, header, data_key)
        vault.witnessed = False
        return vault
