"""The audit chain's head, read in plain SQL: what every unlock checks against the anti-rollback record and the
witness, and what every command compares before and after it ran (services/backup_trigger.py).

Apart from store/audit.py, which writes and verifies the chain through SQLAlchemy, so that opening the records
loads no SQLAlchemy (issue 18). Each function takes a DB-API connection: a Vault's own (``Vault.querying``), or the
one under a unit of work's session (``audit.read_head``), so the query is written once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .engine import Connection


@dataclass
class ChainHead:
    seq: int
    hash: str


def genesis_hash(vault_id: str) -> str:
    return hashlib.sha256(f"contractor-ledger audit chain:{vault_id}".encode()).hexdigest()


def read_head(conn: Connection, vault_id: str) -> ChainHead:
    """The latest event's sequence number and hash; the genesis hash at 0 when nothing was recorded yet."""
    last = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    return ChainHead(int(last[0]), str(last[1])) if last else ChainHead(0, genesis_hash(vault_id))


def hash_at(conn: Connection, seq: int) -> str | None:
    """The hash of event ``seq``, or None when the chain has no such event."""
    row = conn.execute("SELECT hash FROM audit_events WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else str(row[0])
