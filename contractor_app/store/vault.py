"""The vault: create, unlock, lock, change the password, recover with the recovery key, and units of work.

Unlocking checks, in order: the key file's checksum (damage), the password against the wrapped data key
(wrong password), the database file (damage), the schema (upgrade or newer version), and the anti-rollback
record. Nothing is written to disk unless the unlock succeeds, so a wrong password leaves every file untouched.
"""

from __future__ import annotations

import contextlib
import os
import uuid
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..backup.swap import finish_interrupted_swap
from ..errors import InvalidInput, VaultDamaged, VaultLocked, VaultMissing, VaultRolledBack, WrongPassword
from . import crypto
from .audit import AuditLog, ChainHead, genesis_hash, read_head, row_state
from .engine import WRITE_OPTION, create_vault_engine, integrity_problems, translate
from .fileio import exclusive_lock
from .keyfile import KeyHeader, RollbackRecord
from .migrate import SCRIPTS, bring_to_head
from .models import AuditEvent, Base

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
LOCK_NAME = "vault.lock"
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True, slots=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def key(self) -> Path:
        return self.folder / KEY_NAME

    @property
    def lock(self) -> Path:
        return self.folder / LOCK_NAME

    def exists(self) -> bool:
        return self.db.exists() or self.key.exists()


# Every Vault of this process, so that a restore can refuse while this process itself has the records open: the
# file lock restore.py probes is per process, and cannot see our own connections.
_OPEN: weakref.WeakSet[Vault] = weakref.WeakSet()


def open_in_this_process(folder: Path) -> bool:
    """Whether a Vault of this process has the records in ``folder`` unlocked."""
    where = Path(folder).resolve()
    return any(not vault.is_locked and vault.paths.folder.resolve() == where for vault in list(_OPEN))


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")


class UnitOfWork:
    """One user action: a session in a write transaction and the audit log that records its changes."""

    def __init__(self, session: Session, vault_id: str) -> None:
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

    def inserted_many(self, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
        """Many new rows of one table, and their audit events, each by one executemany INSERT: for imports too
        large for ORM objects (50,000 statement lines). ``rows`` hold column values (the id excepted); the ids
        are the next free ones (this write transaction holds the database) and are returned in order."""
        if not rows:
            return []
        self.session.flush()  # pending ORM changes (and their events) come first
        table = model.__table__  # type: ignore[attr-defined]
        first = (self.session.scalar(select(func.max(table.c.id))) or 0) + 1
        attrs = model.__mapper__.column_attrs
        blank = {attr.key: None for attr in attrs}
        full = [{**blank, **row, "id": first + index} for index, row in enumerate(rows)]
        stored, events = self.audit.created_rows(model, full)
        connection = self.session.connection()
        for name, columns, values in ((table.name, attrs, stored),
                                      (AuditEvent.__tablename__, AuditEvent.__mapper__.column_attrs, events)):
            names = ", ".join('"' + attr.columns[0].name + '"' for attr in columns)
            connection.exec_driver_sql(f'INSERT INTO "{name}" ({names}) VALUES ({", ".join("?" * len(columns))})',
                                       values)
        return [row["id"] for row in full]

    def updated(self, obj: Base) -> None:
        self.session.flush()
        self.audit.append("update", obj)

    def deleted(self, obj: Base) -> None:
        state = row_state(obj)
        self.session.delete(obj)
        self.session.flush()
        self.audit.append("delete", obj, state)


class Vault:
    """An unlocked vault. Construct with ``create``, ``unlock`` or ``unlock_with_recovery_key``."""

    #: The Alembic scripts every open brings the schema up to. A class attribute, so that tests can open real
    #: vaults against a copy with extra revisions (an upgrade, a failing one) without touching the package.
    migrations: Path = SCRIPTS

    def __init__(self, paths: VaultPaths, header: KeyHeader, data_key: bytes, engine: Engine) -> None:
        self.paths = paths
        self.vault_id = header.vault_id
        self._header = header
        self._data_key: bytearray | None = bytearray(data_key)
        self._engine: Engine | None = engine
        self.upgrade_copy: Path | None = None
        _OPEN.add(self)

    # --- lifecycle ---------------------------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, password: str) -> tuple[Vault, str]:
        """Create a new vault; return it unlocked together with the recovery key, to be shown once."""
        paths = VaultPaths(folder)
        if paths.exists():
            raise InvalidInput(f"There are already records in {folder}; nothing was changed.")
        check_new_password(password)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        vault_id = str(uuid.uuid4())
        data_key = crypto.new_data_key()
        recovery_key = crypto.new_recovery_key()
        kdf = crypto.calibrated_kdf()
        recovery_salt = crypto.new_data_key()[: crypto.SALT_BYTES]
        draft = KeyHeader(
            vault_id=vault_id,
            created_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            kdf=kdf,
            password_slot={},
            recovery_salt=recovery_salt,
            recovery_slot={},
            rollback=RollbackRecord.sign(data_key, vault_id, 0, genesis_hash(vault_id)),
        )
        header = replace(
            draft,
            password_slot=crypto.wrap(kdf.derive(password), data_key, draft.password_ad()),
            recovery_slot=crypto.wrap(crypto.recovery_kek(recovery_key, recovery_salt), data_key, draft.recovery_ad()),
        )
        # The key file goes first: a database without its key file could never be opened.
        header.write(paths.key)
        # Created private before SQLite opens it; SQLite gives the -wal and -shm files the same mode.
        os.close(os.open(paths.db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        vault = cls._open(paths, header, data_key)
        return vault, recovery_key

    @classmethod
    def unlock(cls, folder: Path, password: str, *, check_rollback: bool = True) -> Vault:
        """Unlock with the password. ``check_rollback=False`` is for `verify`, which reports it with the rest."""
        paths, header = cls._read_header(folder)
        data_key = crypto.unwrap(header.kdf.derive(password), header.password_slot, header.password_ad())
        if data_key is None:
            raise WrongPassword()
        vault = cls._open(paths, header, data_key)
        if check_rollback:
            try:
                vault.check_not_rolled_back()
            except BaseException:
                vault.lock()
                raise
        return vault

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, recovery_key: str, new_password: str) -> Vault:
        """Unlock with the recovery key and set a new password (the old one stops working)."""
        check_new_password(new_password)
        paths, header = cls._read_header(folder)
        kek = crypto.recovery_kek(recovery_key, header.recovery_salt)
        data_key = crypto.unwrap(kek, header.recovery_slot, header.recovery_ad())
        if data_key is None:
            raise WrongPassword("That recovery key does not open these records. Nothing was changed.")
        vault = cls._open(paths, header, data_key)
        vault._set_password(new_password)
        return vault

    @staticmethod
    def _read_header(folder: Path) -> tuple[VaultPaths, KeyHeader]:
        finish_interrupted_swap(Path(folder))  # a restore killed halfway is completed before anything opens
        paths = VaultPaths(folder)
        if not paths.exists():
            raise VaultMissing(f"No records found in {folder}. Create them with `contractor-app init`.")
        header = KeyHeader.read(paths.key)
        return paths, header

    @classmethod
    def _open(cls, paths: VaultPaths, header: KeyHeader, data_key: bytes) -> Vault:
        if not header.rollback.authentic(data_key, header.vault_id):
            raise VaultDamaged("key file", "Its record of the latest change fails its check.")
        if not paths.db.exists():
            # SQLite would make a new, empty database: files written by an unlock that then fails, and the loss
            # misreported as a rollback. Only a vault with no recorded change (a crash inside `create`) may get one.
            if header.rollback.seq:
                raise VaultDamaged("database file missing", "The key file is there but the database is not.")
        elif paths.db.stat().st_size % 4096:
            raise VaultDamaged("truncated file")
        engine = create_vault_engine(paths.db, data_key)
        vault = cls(paths, header, data_key, engine)
        try:
            vault.upgrade_copy = bring_to_head(engine, paths.db, data_key, script_location=cls.migrations)
        except DBAPIError as error:
            engine.dispose()
            raise translate(error.orig, paths.db, data_key) from None
        except BaseException:
            engine.dispose()
            raise
        return vault

    def lock(self) -> None:
        """Drop the engine and the data key. Python cannot promise the key bytes leave memory; we zero our copy."""
        if self._engine is not None:
            with contextlib.suppress(Exception):
                with self._engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self._engine.dispose()
            self._engine = None
        if self._data_key is not None:
            self._data_key[:] = bytes(len(self._data_key))
            self._data_key = None

    @property
    def is_locked(self) -> bool:
        return self._engine is None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # --- password ------------------------------------------------------------------------------------------

    def change_password(self, old_password: str, new_password: str) -> None:
        """Re-wrap the data key under a new password (instant: the database is not re-encrypted)."""
        check_new_password(new_password)
        header = KeyHeader.read(self.paths.key)
        if crypto.unwrap(header.kdf.derive(old_password), header.password_slot, header.password_ad()) is None:
            raise WrongPassword("The current password is wrong. Nothing was changed.")
        self._set_password(new_password)

    def _set_password(self, new_password: str) -> None:
        data_key = self._key()
        with exclusive_lock(self.paths.lock):
            header = KeyHeader.read(self.paths.key)
            kdf = crypto.calibrated_kdf()
            draft = replace(header, kdf=kdf)
            updated = replace(draft, password_slot=crypto.wrap(kdf.derive(new_password), data_key, draft.password_ad()))
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
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session in one consistent snapshot."""
        with self._translated(), Session(self._bound_engine(), autoflush=False) as session, session.begin():
            yield session
            session.rollback()

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One user action: commits everything with its audit events, or nothing."""
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
        try:
            yield
        except DBAPIError as error:
            translated = translate(error.orig, self.paths.db, self._key())
            if translated is error.orig:
                raise
            raise translated from None

    def _record_head(self, head: ChainHead) -> None:
        """Move the anti-rollback record forward after a commit. A crash before this only leaves it behind."""
        data_key = self._key()
        with exclusive_lock(self.paths.lock):
            header = KeyHeader.read(self.paths.key)
            if head.seq <= header.rollback.seq:
                return
            header = header.with_rollback(RollbackRecord.sign(data_key, self.vault_id, head.seq, head.hash))
            header.write(self.paths.key)
            self._header = header

    # --- checks ---------------------------------------------------------------------------------------------

    def rollback_problem(self) -> str | None:
        """Describe how the database is behind the anti-rollback record, or None when it is not."""
        header = KeyHeader.read(self.paths.key)
        if not header.rollback.authentic(self._key(), self.vault_id):
            return "key file: the record of the latest change fails its check"
        recorded = header.rollback
        if recorded.seq == 0:
            return None
        with self.reading() as session:
            head = read_head(session, self.vault_id)
            at_recorded = session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == recorded.seq))
        if head.seq < recorded.seq:
            return (f"rolled back: the records end at change {head.seq}, but change {recorded.seq} was made; "
                    "this is an older copy")
        if at_recorded != recorded.head:
            return f"rolled back: change {recorded.seq} differs from the one recorded when it was made"
        return None

    def check_not_rolled_back(self) -> None:
        problem = self.rollback_problem()
        if problem:
            raise VaultRolledBack(f"Your records were replaced by an older copy ({problem}). Run `verify`.")

    def integrity_problems(self) -> list[str]:
        return [f"damaged: {problem}" for problem in integrity_problems(self.paths.db, self._key())]

    # --- backups --------------------------------------------------------------------------------------------

    def export_snapshot(self, dest: Path) -> tuple[KeyHeader, bytes]:
        """Write a consistent copy of the live database to ``dest`` (an empty file); return what opens it.

        For backups, which must never copy the live file (the -wal holds recent commits). sqlcipher_export runs
        inside one read transaction, so the copy is one moment of the vault while writers carry on (WAL). It is
        keyed with the data key, which is returned with the key header: whoever holds them holds the vault.
        """
        data_key = self._key()
        with self._bound_engine().connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute(f"ATTACH DATABASE ? AS snapshot KEY \"x'{data_key.hex()}'\"", (str(dest),))
            try:
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

    @classmethod
    def open_with_data_key(cls, folder: Path, data_key: bytes) -> Vault:
        """Open a vault whose data key the caller already unwrapped: a backup's copy being checked or restored."""
        paths, header = cls._read_header(folder)
        return cls._open(paths, header, data_key)
