"""A backup's list of contents: rows per table, the latest change in the history, evidence files, schema, hash.

Written into the header (sealed) when the backup is made, from the snapshot itself; recomputed from the restored
copy when it is checked, and the two must agree. The bytes of evidence files are checked against their SHA-256
fingerprints by the records check (services/verify.py), which a restored copy also passes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from ..errors import BackupDamaged
from ..store.audit import genesis_hash
from ..store.keyfile import canonical_json

# Tables that are bookkeeping rather than the worker's records, left out of the record count shown to them.
_BOOKKEEPING = {"audit_events", "alembic_version"}


@dataclass(frozen=True, slots=True)
class Manifest:
    schema: str
    tables: dict[str, int]
    changes: int  # the latest audit event's sequence number
    history_head: str  # and its hash
    evidence_files: int
    evidence_bytes: int
    evidence_fingerprint: str  # SHA-256 over every evidence id and fingerprint, in id order
    snapshot_sha256: str

    @property
    def records(self) -> int:
        return sum(count for table, count in self.tables.items() if table not in _BOOKKEEPING)

    def to_bytes(self) -> bytes:
        return canonical_json(asdict(self))

    @staticmethod
    def from_bytes(data: bytes) -> Manifest:
        try:
            fields: dict[str, Any] = json.loads(data)
            manifest = Manifest(**fields)
            ints = [manifest.changes, manifest.evidence_files, manifest.evidence_bytes, *manifest.tables.values()]
            strings = [manifest.schema, manifest.history_head, manifest.evidence_fingerprint, manifest.snapshot_sha256,
                       *manifest.tables]
            if all(type(n) is int for n in ints) and all(isinstance(s, str) for s in strings):
                return manifest
        except (ValueError, TypeError, AttributeError):
            pass
        raise BackupDamaged("header", "Its list of contents is malformed.")

    def differences(self, found: Manifest) -> list[str]:
        """What the restored copy holds that the list made with the backup does not say, one line each."""
        problems = [f"contents: {table} has {found.tables.get(table, 0)} rows, the backup listed {count}"
                    for table, count in sorted(self.tables.items()) if found.tables.get(table, 0) != count]
        problems += [f"contents: {table} is not in the backup's list"
                     for table in sorted(set(found.tables) - set(self.tables))]
        for label, listed, held in (
            ("schema version", self.schema, found.schema),
            ("latest change", (self.changes, self.history_head), (found.changes, found.history_head)),
            ("evidence files and bytes", (self.evidence_files, self.evidence_bytes),
             (found.evidence_files, found.evidence_bytes)),
            ("evidence fingerprints", self.evidence_fingerprint, found.evidence_fingerprint),
        ):
            if listed != held:
                problems.append(f"contents: the {label} differ from the backup's list")
        return problems


@contextlib.contextmanager
def _reading(db_path: Path, data_key: bytes) -> Iterator[sqlcipher.Connection]:
    """A read-only connection: describing a snapshot must not change it (no WAL switch, no journal)."""
    conn = sqlcipher.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        yield conn
    finally:
        conn.close()


def describe(db_path: Path, data_key: bytes, vault_id: str, snapshot_sha256: str) -> Manifest:
    with _reading(db_path, data_key) as conn:
        return describe_with(conn, vault_id, snapshot_sha256)


def describe_with(conn: sqlcipher.Connection, vault_id: str, snapshot_sha256: str) -> Manifest:
    """The list of contents of what ``conn`` reads (inside one read transaction, for a live vault)."""
    names = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    tables = {name: conn.execute(f'SELECT count(*) FROM "{name.replace(chr(34), chr(34) * 2)}"').fetchone()[0]
              for name in names}
    (schema,) = conn.execute("SELECT version_num FROM alembic_version").fetchone() or ("",)
    last = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    files, size = conn.execute("SELECT count(*), coalesce(sum(length(content)), 0) FROM evidence").fetchone()
    fingerprint = hashlib.sha256()
    for evidence_id, sha in conn.execute("SELECT id, sha256 FROM evidence ORDER BY id"):
        fingerprint.update(f"{evidence_id}:{sha}\n".encode())
    changes, head = last if last else (0, genesis_hash(vault_id))
    return Manifest(schema=schema, tables=tables, changes=changes, history_head=head, evidence_files=files,
                    evidence_bytes=size, evidence_fingerprint=fingerprint.hexdigest(), snapshot_sha256=snapshot_sha256)

