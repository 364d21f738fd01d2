"""One set of records on two computers, through a folder the worker's own tools keep in step (Syncthing, Nextcloud,
Dropbox, a USB stick). The app never syncs anything itself and opens no connection: each device writes encrypted
change files of its own into the folder and reads the other devices' files.

- **Pairing.** The first device makes a sync key and shows it as a pairing code; another device joins with that
  code. A device's files open only with the key, so files from a device that was never paired are refused. Each
  device also signs its files with a key of its own, announced in its ``hello`` file: a device the worker removes
  is no longer read (and the others learn of the removal from the next change file).
- **What changed** comes from the audit chain: every create, update and delete since this device last wrote. Each
  change carries the record's stable id (sync_records maps it to the local row), its new state and the state it
  was changed from (its *base*, as a hash).
- **Merging by record id.** A change is taken when this device has not changed the record since the two last
  agreed and the change was made from that agreed state. When both changed it, nothing is resolved silently: this
  device's version stays, the other's is kept as a conflict for the worker to choose (`sync conflicts`,
  `sync resolve`), and the choice travels to the other devices as an answer they take. Every change taken is a
  normal write through the unit of work, so the audit chain records the merge.
- **Files arrive piecemeal.** A file shorter than its header says is waiting: it is read, in order, once whole.

Exchanged: clients with their engagements and terms, entries, invoices, payments and what they pay for,
adjustments, expenses and distance, data records, incidents and access requests (store/sync_rows.py). Evidence
files, statement lines, backups, anchors and settings stay on the device they were recorded on; docs/sync.md says
so.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ..errors import InvalidInput, NotFound, Phrase
from ..interchange.reading import read_bytes
from ..interchange.sync_file import Incomplete, Refused, check_signature, open_sealed, seal
from ..store.fileio import write_private
from ..store.keyfile import canonical_json
from ..store.models import AuditEvent, Base, SyncConfig, SyncConflict, SyncDevice, SyncRecord
from ..store.sync_rows import BY_ENTITY, REPLICATED, Replicated, state_hash, state_of, values_of
from ..store.vault import UnitOfWork
from .changes import ADJUSTMENTS, CLIENTS, DATA, ENTRIES, EXPENSES, INCIDENTS, INVOICES, PAYMENTS, SETTINGS, announces
from .vault import Vault

# What a round may change here: the kinds of the exchanged records (store/sync_rows.REPLICATED).
RECORDS = (CLIENTS, ENTRIES, PAYMENTS, INVOICES, ADJUSTMENTS, EXPENSES, DATA, INCIDENTS)
SYNC_DIR = "contractor-ledger-sync"
HELLO = "hello.cls"
CHANGES_PER_FILE = 5_000
MAX_FILE = 64 * 1024 * 1024 + 1024
FORMAT = 1


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    device_id: str
    name: str
    paired_at: datetime
    removed: bool


@dataclass(frozen=True, slots=True)
class SyncStatus:
    folder: Path
    device_id: str
    device_name: str
    devices: tuple[DeviceInfo, ...]
    conflicts: int


@dataclass(slots=True)
class SyncReport:
    """What one round of syncing did: counts, and what waits or was refused as Phrases, which the CLI prints in
    English (``lines``) and the app says in the worker's language."""

    applied: int = 0  # changes from other devices taken
    conflicts: int = 0  # new conflicts
    written: int = 0  # change files this device wrote
    paired: list[str] = field(default_factory=list)  # devices newly seen
    waiting: list[Phrase] = field(default_factory=list)  # files not yet whole
    refused: list[Phrase] = field(default_factory=list)

    def lines(self) -> list[str]:
        words = [f"Took {self.applied} {'change' if self.applied == 1 else 'changes'} from your other devices; "
                 f"wrote {self.written} change {'file' if self.written == 1 else 'files'}."]
        words += [f"Paired with {name}." for name in self.paired]
        if self.conflicts:
            words.append(f"{self.conflicts} {'record was' if self.conflicts == 1 else 'records were'} changed on "
                         "two devices: both versions are kept; choose with `sync conflicts`.")
        words += [f"Waiting: {item}" for item in self.waiting]
        words += [f"Refused: {item}" for item in self.refused]
        return words


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: int
    entity: str
    local_id: int | None
    mine: dict[str, Any] | None  # None: deleted here
    theirs: dict[str, Any] | None  # None: deleted there
    device: str
    found_at: datetime


# --- setting up ---------------------------------------------------------------------------------------------------

@announces(SETTINGS)
def set_up_sync(vault: Vault, folder: Path, device_name: str) -> str:
    """Make this device the first of a sync folder; returns the pairing code the other devices join with."""
    return _start(vault, folder, device_name, Ed25519PrivateKey.generate(), _new_key())


@announces(SETTINGS, *RECORDS)
def join_sync(vault: Vault, folder: Path, code: str, device_name: str) -> SyncReport:
    """Join the sync folder another device set up, with its pairing code; then take its records and send ours."""
    key = _key_from_code(code)
    if not _opens_a_device(folder / SYNC_DIR, key):
        raise InvalidInput("No device in that folder opens with this pairing code: check the code (`sync code` "
                           "shows it on the first computer) and that the folder is the one it syncs. Nothing was "
                           "changed.")
    _start(vault, folder, device_name, Ed25519PrivateKey.generate(), key)
    return _sync(vault)


def pairing_code(vault: Vault) -> str:
    with vault.reading() as session:
        return _code(_config(session).sync_key)


def sync_status(vault: Vault) -> SyncStatus | None:
    with vault.reading() as session:
        config = session.get(SyncConfig, 1)
        if config is None:
            return None
        devices = tuple(DeviceInfo(d.device_id, d.name, d.paired_at, d.removed_at is not None)
                        for d in session.scalars(select(SyncDevice).order_by(SyncDevice.paired_at)))
        conflicts = session.scalar(select(func.count()).select_from(SyncConflict)) or 0
        return SyncStatus(Path(config.folder), config.device_id, config.device_name, devices, conflicts)


@announces(SETTINGS)
def remove_device(vault: Vault, device: str) -> DeviceInfo:
    """Stop reading a device's files (lost or sold); the other devices learn it from this device's next file."""
    wanted = device.strip()
    if not wanted:
        raise InvalidInput("Say which computer to remove: its name or id, as `sync status` lists them.")
    with vault.unit_of_work() as uow:
        config = _config(uow.session)
        found = [d for d in uow.session.scalars(select(SyncDevice)) if d.device_id.startswith(wanted.lower())
                 or d.name == wanted]
        if len(found) != 1:
            raise NotFound.said("No single paired device is {device!r}; `sync status` lists them.", device=device)
        (gone,) = found
        gone.removed_at = datetime.now(UTC).replace(microsecond=0)
        uow.updated(gone)
        _write_changes(uow, config, force=True)
        return DeviceInfo(gone.device_id, gone.name, gone.paired_at, True)


def _start(vault: Vault, folder: Path, device_name: str, device_key: Ed25519PrivateKey, sync_key: bytes) -> str:
    name = device_name.strip()
    if not name or len(name) > 60 or not name.isprintable():
        raise InvalidInput("Give this computer a short name (up to 60 characters), e.g. \"laptop\".")
    if not folder.is_dir():
        raise InvalidInput.said("{folder} is not a folder. Choose the folder your sync tool keeps in step.",
                                folder=folder)
    with vault.unit_of_work() as uow:
        if uow.session.get(SyncConfig, 1) is not None:
            raise InvalidInput("This computer already uses a sync folder; `sync status` shows it.")
        config = SyncConfig(id=1, folder=str(folder.resolve()), device_id=str(uuid.uuid4()), device_name=name,
                            device_key=device_key.private_bytes_raw(), sync_key=sync_key, exported_seq=0, next_file=1)
        uow.created(config)
        mine = _device_dir(config)
        mine.mkdir(parents=True, exist_ok=True)
        hello = {"format": FORMAT, "device": config.device_id, "name": name,
                 "public_key": device_key.public_key().public_bytes_raw().hex()}
        write_private(mine / HELLO, seal(hello, key=sync_key, signer=device_key, device_id=config.device_id,
                                         name=HELLO))
        _write_changes(uow, config)
        return _code(sync_key)


def _opens_a_device(root: Path, key: bytes) -> bool:
    """Whether a hello file in ``root`` opens with ``key``: the code belongs to this folder."""
    if not root.is_dir():
        return False
    for folder in root.iterdir():
        try:
            open_sealed(_read(folder / HELLO), key=key, device_id=folder.name, name=HELLO)
            return True
        except (Incomplete, Refused, FileNotFoundError, NotADirectoryError):
            continue
    return False


# --- one round ----------------------------------------------------------------------------------------------------

@announces(*RECORDS)
def sync_now(vault: Vault) -> SyncReport:
    """Read the other devices' new files, then write this device's changes."""
    return _sync(vault)


def sync_if_set_up(vault: Vault) -> list[str]:
    """After a change on this computer: sync if it uses a sync folder; the lines worth telling (nothing when all
    went well)."""
    with vault.reading() as session:
        if session.get(SyncConfig, 1) is None:
            return []
    report = _sync(vault)
    return [f"waiting: {line}" for line in report.waiting] + [f"refused: {line}" for line in report.refused] + (
        [f"{report.conflicts} new conflicts; see `sync conflicts`."] if report.conflicts else [])


def _sync(vault: Vault) -> SyncReport:
    try:
        return _round(vault)
    except IntegrityError as error:
        raise InvalidInput.said("Syncing stopped: a change from another computer does not fit the records here "
                                "({error}). Nothing was changed; `sync conflicts` and `sync status` show the state.",
                                error=type(error.orig).__name__) from None


def _round(vault: Vault) -> SyncReport:
    report = SyncReport()
    with vault.unit_of_work() as uow:
        config = _config(uow.session)
        root = _root(config)
        if not root.is_dir():
            raise InvalidInput.said("The sync folder {folder} is not there (a drive not connected?). Nothing was "
                                    "changed.", folder=config.folder)
        records = _Records(uow)
        _pair_new_devices(uow, config, root, report)
        for device in uow.session.scalars(select(SyncDevice).where(SyncDevice.removed_at.is_(None))):
            _read_device(uow, config, records, root, device, report)
        report.written = _write_changes(uow, config, records)
    return report


def _pair_new_devices(uow: UnitOfWork, config: SyncConfig, root: Path, report: SyncReport) -> None:
    known = set(uow.session.scalars(select(SyncDevice.device_id)))
    for folder in sorted(root.iterdir()):
        device_id = folder.name
        if not folder.is_dir() or device_id == config.device_id or device_id in known:
            continue
        short = device_id[:8]
        try:
            hello, signed, signature = open_sealed(_read(folder / HELLO), key=config.sync_key, device_id=device_id,
                                                   name=HELLO)
            public_key, name = hello.get("public_key"), hello.get("name")
            if hello.get("device") != device_id or not isinstance(public_key, str) or not isinstance(name, str):
                raise Refused("its hello file names another device")
            check_signature(public_key, signed, signature)
        except Incomplete:
            report.waiting.append(Phrase("device {device}: its hello file is still arriving", device=short))
            continue
        except Refused as why:
            report.refused.append(Phrase("files of device {device} ({why}): it is not paired with this computer",
                                         device=short, why=_reason(why)))
            continue
        except FileNotFoundError:
            continue
        shown = "".join(c for c in name if c.isprintable())[:60] or short
        uow.created(SyncDevice(device_id=device_id, name=shown, public_key=public_key,
                               paired_at=datetime.now(UTC).replace(microsecond=0), removed_at=None, applied_file=0))
        report.paired.append(shown)


def _read_device(uow: UnitOfWork, config: SyncConfig, records: _Records, root: Path, device: SyncDevice,
                 report: SyncReport) -> None:
    number = device.applied_file + 1
    while True:
        name = f"{number:08d}.cls"
        path = root / device.device_id / name
        if not path.exists():
            return
        try:
            payload, signed, signature = open_sealed(_read(path), key=config.sync_key, device_id=device.device_id,
                                                     name=name)
            check_signature(device.public_key, signed, signature)
            if payload.get("device") != device.device_id or payload.get("file") != number:
                raise Refused("it names another device or number")
            changes = payload.get("changes")
            if not isinstance(changes, list):
                raise Refused("its changes are not a list")
            for change in changes:
                _take(uow, records, device, change, report)
        except Incomplete:
            report.waiting.append(Phrase("{device}'s file {number} is still arriving; it is read once whole",
                                         device=device.name, number=number))
            return
        except Refused as why:
            report.refused.append(Phrase("{device}'s file {number}: {why}. Its later files wait behind it.",
                                         device=device.name, number=number, why=_reason(why)))
            return
        removed = payload.get("removed", [])
        for gone in removed if isinstance(removed, list) else []:
            _removed_elsewhere(uow, config, gone, device, report)
        device.applied_file = number
        uow.updated(device)
        number += 1


def _reason(refused: Refused) -> Phrase:
    """Why a file was refused, as words the app can say: interchange/sync_file.py and this module raise fixed
    sentences, or a Phrase when a name is in it (a sentence's braces, as in a path, are kept as they are)."""
    reason = refused.args[0] if refused.args else ""
    return reason if isinstance(reason, Phrase) else Phrase(str(reason).replace("{", "{{").replace("}", "}}"))


def _removed_elsewhere(uow: UnitOfWork, config: SyncConfig, removed: Any, by: SyncDevice,
                       report: SyncReport) -> None:
    if removed == config.device_id:
        report.refused.append(Phrase("{device} removed this computer from the sync folder: it no longer reads this "
                                     "computer's files. Set up syncing again to pair.", device=by.name))
        return
    other = uow.session.get(SyncDevice, removed) if isinstance(removed, str) else None
    if other is not None and other.removed_at is None:
        other.removed_at = datetime.now(UTC).replace(microsecond=0)
        uow.updated(other)


def _take(uow: UnitOfWork, records: _Records, device: SyncDevice, change: Any, report: SyncReport) -> None:
    """Merge one change from ``device`` (see the module docstring)."""
    if not isinstance(change, dict) or not isinstance(change.get("uid"), str):
        raise Refused("a change is malformed")
    spec = BY_ENTITY.get(change.get("entity"))  # type: ignore[arg-type]  # checked: None for an unknown kind
    if spec is None:
        raise Refused(Phrase("it holds records of a kind this version does not know ({kind}); update the app on "
                             "this computer", kind=str(change.get("entity"))[:40]))
    uid, state, base, resolves = change["uid"], change.get("state"), change.get("base"), bool(change.get("resolves"))
    if state is not None and not isinstance(state, dict):
        raise Refused("a change is malformed")
    theirs = state_hash(state) if state is not None else None
    record = records.by_uid.get(uid)
    if record is None and state is not None:
        record = records.match(spec, uid, state)
    if record is None:
        if state is not None:
            records.create(spec, uid, state)
            report.applied += 1
        return
    row = uow.session.get(spec.model, record.local_id)
    mine = records.hash_of(spec, row) if row is not None else None
    if mine == theirs:
        _agreed(uow, record, theirs)
        records.clear_conflicts(uid)
        return
    unchanged_here = mine == record.synced_hash
    if state is not None and records.collides(spec, state, record.local_id):
        records.conflict(spec, record, row, state, device)  # another record here has its name: the worker chooses
        report.conflicts += 1
        return
    if resolves or (unchanged_here and base == record.synced_hash):
        records.apply(spec, record, row, state)
        _agreed(uow, record, theirs)
        records.clear_conflicts(uid)
        report.applied += 1
        return
    records.conflict(spec, record, row, state, device)
    report.conflicts += 1


def _agreed(uow: UnitOfWork, record: SyncRecord, state: str | None) -> None:
    if record.synced_hash != state or record.resolving:
        record.synced_hash, record.resolving = state, False
        uow.updated(record)


# --- writing ------------------------------------------------------------------------------------------------------

def _write_changes(uow: UnitOfWork, config: SyncConfig, records: _Records | None = None, *,
                   force: bool = False) -> int:
    """This device's changes since it last wrote, as change files; returns how many files were written."""
    records = records or _Records(uow)
    session = uow.session
    session.flush()  # the sessions do not autoflush: events appended in this unit of work count too
    last = session.scalar(select(func.max(AuditEvent.seq))) or 0
    latest: dict[tuple[str, int], str] = {}
    for entity, entity_id, action in session.execute(
            select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.action)
            .where(AuditEvent.seq > config.exported_seq, AuditEvent.entity.in_(BY_ENTITY)).order_by(AuditEvent.seq)):
        latest[(entity, int(entity_id))] = action
    for record in session.scalars(select(SyncRecord).where(SyncRecord.resolving)):
        latest.setdefault((record.entity, record.local_id), "resolve")
    changes = list(_changes(uow, records, latest))
    removed = sorted(session.scalars(select(SyncDevice.device_id).where(SyncDevice.removed_at.is_not(None))))
    written = 0
    for start in range(0, max(len(changes), 1 if force else 0), CHANGES_PER_FILE):
        _write_file(config, {"changes": changes[start:start + CHANGES_PER_FILE], "removed": removed})
        written += 1
    if latest or written:  # a round with nothing to send leaves the records (and the audit chain) as they were
        config.exported_seq = last
        uow.updated(config)
    return written


def _changes(uow: UnitOfWork, records: _Records, latest: dict[tuple[str, int], str]) -> Iterator[dict[str, Any]]:
    for spec in REPLICATED:  # records before those that refer to them
        for (entity, local_id), _ in sorted(latest.items()):
            if entity != spec.entity:
                continue
            row = uow.session.get(spec.model, local_id)
            if row is None:
                continue
            state = state_of(spec, row, records.uid_of)
            record = records.record_of(spec.entity, local_id)
            digest = state_hash(state)
            if digest == record.synced_hash and not record.resolving:
                continue  # a change taken from another device, or none in the end
            yield {"entity": spec.entity, "uid": record.uid, "base": record.synced_hash, "state": state,
                   "resolves": record.resolving}
            _agreed(uow, record, digest)
    for spec in reversed(REPLICATED):  # deletes: records that refer to others first
        for (entity, local_id), action in sorted(latest.items()):
            if entity != spec.entity or not spec.deletes or uow.session.get(spec.model, local_id) is not None:
                continue
            gone = records.existing_record_of(spec.entity, local_id)
            if gone is None or (gone.synced_hash is None and not gone.resolving):
                continue  # never sent: nothing to delete elsewhere
            yield {"entity": spec.entity, "uid": gone.uid, "base": gone.synced_hash, "state": None,
                   "resolves": gone.resolving or action == "resolve"}
            _agreed(uow, gone, None)


def _write_file(config: SyncConfig, body: dict[str, Any]) -> None:
    signer = Ed25519PrivateKey.from_private_bytes(config.device_key)
    folder = _device_dir(config)
    folder.mkdir(parents=True, exist_ok=True)
    while True:
        number = config.next_file
        config.next_file += 1
        name = f"{number:08d}.cls"
        payload = {"format": FORMAT, "device": config.device_id, "file": number,
                   "at": int(datetime.now(UTC).timestamp()), **body}
        try:  # never over a file another device may already have read (a crash after writing, before committing)
            write_private(folder / name, seal(payload, key=config.sync_key, signer=signer,
                                              device_id=config.device_id, name=name), replace=False)
            return
        except FileExistsError:
            continue


# --- conflicts ----------------------------------------------------------------------------------------------------

def list_conflicts(vault: Vault) -> list[ConflictView]:
    with vault.reading() as session:
        devices = {d.device_id: d.name for d in session.scalars(select(SyncDevice))}
        result = []
        for conflict in session.scalars(select(SyncConflict).order_by(SyncConflict.id)):
            spec = BY_ENTITY[conflict.entity]
            row = session.get(spec.model, conflict.local_id) if conflict.local_id is not None else None
            mine = _readable(spec, row) if row is not None else None
            theirs = json.loads(conflict.remote_state) if conflict.remote_state is not None else None
            result.append(ConflictView(conflict.id, conflict.entity, conflict.local_id, mine, theirs,
                                       devices.get(conflict.remote_device, conflict.remote_device[:8]),
                                       conflict.found_at))
        return result


@announces(*RECORDS)
def resolve_conflict(vault: Vault, conflict_id: int, keep: str) -> None:
    """Keep this device's version (``"mine"``) or the other's (``"theirs"``); the choice goes to the other devices
    with the next change file."""
    if keep not in ("mine", "theirs"):
        raise InvalidInput("Choose which version to keep: mine or theirs.")
    with vault.unit_of_work() as uow:
        conflict = uow.session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound.said("No conflict #{id}; `sync conflicts` lists them.", id=conflict_id)
        records = _Records(uow)
        record = records.by_uid[conflict.uid]
        spec = BY_ENTITY[conflict.entity]
        if keep == "theirs":
            row = uow.session.get(spec.model, record.local_id)
            state = json.loads(conflict.remote_state) if conflict.remote_state is not None else None
            records.apply(spec, record, row, state)
        record.resolving = True
        uow.updated(record)
        records.clear_conflicts(conflict.uid)
        config = uow.session.get(SyncConfig, 1)
        if config is not None:
            _write_changes(uow, config, records)


def _readable(spec: Replicated, row: Base) -> dict[str, Any]:
    """The row's state as the worker compares it (links as local numbers: the ids mean nothing to a person)."""
    return state_of(spec, row, lambda entity, local_id: str(local_id))


# --- the records' stable ids --------------------------------------------------------------------------------------

class _Records:
    """The stable ids of one unit of work, loaded once, and the writes that keep them in step with the rows."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.by_uid: dict[str, SyncRecord] = {}
        self.by_local: dict[tuple[str, int], SyncRecord] = {}
        for record in uow.session.scalars(select(SyncRecord).order_by(SyncRecord.uid)):
            self._index(record)

    def _index(self, record: SyncRecord) -> None:
        self.by_uid[record.uid] = record
        self.by_local.setdefault((record.entity, record.local_id), record)

    def existing_record_of(self, entity: str, local_id: int) -> SyncRecord | None:
        return self.by_local.get((entity, local_id))

    def record_of(self, entity: str, local_id: int) -> SyncRecord:
        record = self.by_local.get((entity, local_id))
        if record is None:
            record = SyncRecord(uid=str(uuid.uuid4()), entity=entity, local_id=local_id, synced_hash=None,
                                resolving=False)
            self.uow.created(record)
            self._index(record)
        return record

    def uid_of(self, entity: str, local_id: int) -> str:
        return self.record_of(entity, local_id).uid

    def local_id_of(self, entity: str, uid: str) -> int:
        record = self.by_uid.get(uid)
        if record is None or record.entity != entity:
            raise Refused(Phrase("a change refers to a {entity} record this computer has not received",
                                 entity=entity))
        return record.local_id

    def hash_of(self, spec: Replicated, row: Base) -> str:
        return state_hash(state_of(spec, row, self.uid_of))

    def values(self, spec: Replicated, state: dict[str, Any]) -> dict[str, Any]:
        try:
            return values_of(spec, state, self.local_id_of)
        except (ValueError, TypeError, KeyError) as error:
            raise Refused(Phrase("a change is malformed ({error})", error=str(error))) from None

    def match(self, spec: Replicated, uid: str, state: dict[str, Any]) -> SyncRecord | None:
        """A record made on both devices before they were paired (the same client name): one record, two ids."""
        if not spec.natural:
            return None
        values = self.values(spec, state)
        found = self.uow.session.scalars(select(spec.model).filter_by(**{k: values[k] for k in spec.natural})).first()
        if found is None:
            return None
        record = SyncRecord(uid=uid, entity=spec.entity, local_id=found.id, synced_hash=None, resolving=False)  # type: ignore[attr-defined]  # every replicated model has an id
        self.uow.created(record)
        self._index(record)
        return record

    def collides(self, spec: Replicated, state: dict[str, Any], local_id: int) -> bool:
        """Whether another record here has the natural key ``state`` would take (a client renamed to a name in use)."""
        if not spec.natural:
            return False
        values = self.values(spec, state)
        found = self.uow.session.scalars(select(spec.model).filter_by(**{k: values[k] for k in spec.natural})).first()
        return found is not None and found.id != local_id  # type: ignore[attr-defined]  # every replicated model has an id

    def create(self, spec: Replicated, uid: str, state: dict[str, Any]) -> None:
        row = spec.model(**self.values(spec, state))
        self.uow.created(row)
        record = SyncRecord(uid=uid, entity=spec.entity, local_id=row.id, synced_hash=state_hash(state),  # type: ignore[attr-defined]  # as above
                            resolving=False)
        self.uow.created(record)
        self._index(record)

    def apply(self, spec: Replicated, record: SyncRecord, row: Base | None, state: dict[str, Any] | None) -> None:
        """Make the local row ``state`` (None: delete it; a row deleted here is made again)."""
        if state is None:
            if row is not None and spec.deletes:
                self.uow.deleted(row)
            return
        values = self.values(spec, state)
        if row is None:
            row = spec.model(**values)
            self.uow.created(row)
            record.local_id = row.id  # type: ignore[attr-defined]  # as above
            self.by_local[(spec.entity, record.local_id)] = record
            self.uow.updated(record)
            return
        for name, value in values.items():
            setattr(row, name, value)
        self.uow.updated(row)

    def conflict(self, spec: Replicated, record: SyncRecord, row: Base | None, state: dict[str, Any] | None,
                 device: SyncDevice) -> None:
        self.clear_conflicts(record.uid)
        self.uow.created(SyncConflict(
            entity=spec.entity, uid=record.uid, local_id=record.local_id if row is not None else None,
            remote_state=canonical_json(state).decode() if state is not None else None,
            remote_device=device.device_id, found_at=datetime.now(UTC).replace(microsecond=0)))

    def clear_conflicts(self, uid: str) -> None:
        for old in self.uow.session.scalars(select(SyncConflict).where(SyncConflict.uid == uid)):
            self.uow.deleted(old)


# --- small pieces -------------------------------------------------------------------------------------------------

def _config(session: Any) -> SyncConfig:
    config = session.get(SyncConfig, 1)
    if config is None:
        raise InvalidInput("No sync folder is set up on this computer: `sync setup FOLDER` on the first computer, "
                           "`sync join FOLDER --code CODE` on the others.")
    return config


def _root(config: SyncConfig) -> Path:
    return Path(config.folder) / SYNC_DIR


def _device_dir(config: SyncConfig) -> Path:
    return _root(config) / config.device_id


def _read(path: Path) -> bytes:
    try:
        return read_bytes(path, limit=MAX_FILE)
    except InvalidInput as error:
        if not path.exists():
            raise FileNotFoundError(path) from None
        raise Refused(str(error)) from None


def _new_key() -> bytes:
    return os.urandom(32)


def _code(key: bytes) -> str:
    text = base64.b32encode(key).decode().rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def _key_from_code(code: str) -> bytes:
    cleaned = "".join(code.split()).replace("-", "").upper()
    try:
        key = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise InvalidInput("That is not a pairing code: it is 52 letters and digits in groups of four, shown on the "
                           "first computer by `sync code`.")
    return key
