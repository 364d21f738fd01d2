"""The audit chain: every create, update and delete appends an event in the same transaction as the change.

hash = SHA-256(prev_hash || canonical JSON of {seq, at, action, entity, entity_id, data}), where data is the
row's full state after the change (before it, for a delete). The first event chains from a genesis hash bound
to the vault id, so events cannot be moved between vaults. Verification recomputes the chain and replays it:
every row in the tables must equal the state its last event recorded, so a row edited, added or deleted
behind the app's back is reported at the exact event.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Protocol, cast

from sqlalchemy import JSON, Boolean, Table, inspect
from sqlalchemy.orm import Session

from . import chain
from .chain import ChainHead, genesis_hash
from .engine import driver_connection
from .keyfile import canonical_json
from .models import AuditEvent, Base

# Columns that are not part of an audited state: evidence bytes are covered by their SHA-256 column.
_EXCLUDED_COLUMNS = {("evidence", "content")}
_CHUNK = 5_000  # events inserted per executemany by AuditLog.append_many


def utc_now() -> datetime:
    """The time an event is recorded at: the computer's clock, in whole seconds. Looked up at every append, so a
    test can set the clock back by replacing it here (never the real one)."""
    return datetime.now(UTC).replace(microsecond=0)


def event_hash(prev_hash: str, *, seq: int, at: datetime, action: str, entity: str, entity_id: str, data: str) -> str:
    body = canonical_json({
        "seq": seq, "at": int(at.timestamp()), "action": action,
        "entity": entity, "entity_id": entity_id, "data": data,
    })
    return hashlib.sha256(bytes.fromhex(prev_hash) + body).hexdigest()


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return int(value.timestamp())
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return value


def row_state(obj: Base) -> dict[str, Any]:
    """The audited state of an ORM row: every column but the excluded ones, as JSON-ready values."""
    table = obj.__table__.name  # type: ignore[attr-defined]  # every model maps one plain Table
    mapper = inspect(obj).mapper
    return {
        attr.key: _jsonable(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if (table, attr.key) not in _EXCLUDED_COLUMNS
    }


def row_key(obj: Base) -> str:
    return ",".join(str(part) for part in inspect(obj).identity)  # type: ignore[union-attr]  # a flushed row has an identity


def read_head(session: Session, vault_id: str) -> ChainHead:
    """The chain's head as ``session`` sees it: store/chain.py's query, over the session's connection."""
    return chain.read_head(driver_connection(session), vault_id)


class AuditLog:
    """Appends events within one unit of work; the head is read once, at the first append."""

    def __init__(self, session: Session, vault_id: str) -> None:
        self._session = session
        self._vault_id = vault_id
        self._head: ChainHead | None = None

    @property
    def head(self) -> ChainHead | None:
        return self._head

    def append(self, action: str, obj: Base, state: dict[str, Any] | None = None) -> AuditEvent:
        if self._head is None:
            self._head = read_head(self._session, self._vault_id)
        data = canonical_json(state if state is not None else row_state(obj)).decode("utf-8")
        seq = self._head.seq + 1
        at = utc_now()
        entity = obj.__table__.name  # type: ignore[attr-defined]  # every model maps one plain Table
        entity_id = row_key(obj)
        digest = event_hash(self._head.hash, seq=seq, at=at, action=action, entity=entity,
                            entity_id=entity_id, data=data)
        event = AuditEvent(seq=seq, at=at, action=action, entity=entity, entity_id=entity_id, data=data,
                           prev_hash=self._head.hash, hash=digest)
        self._session.add(event)
        self._head = ChainHead(seq, digest)
        return event

    def append_many(self, action: str, entity: str, changes: Iterable[tuple[str, dict[str, Any]]]) -> int:
        """Chain one event per (entity id, state) in ``changes`` and insert them with executemany, in chunks.

        The same events, byte for byte, as ``append`` would make one ORM object at a time (bulk imports, issue 18).
        """
        if self._head is None:
            self._head = read_head(self._session, self._vault_id)
        self._session.flush()  # events appended one by one go first: their sequence numbers come before these
        at = utc_now()
        stamp = int(at.timestamp())
        connection = self._session.connection()
        statement = ('INSERT INTO audit_events (seq, "at", action, entity, entity_id, data, prev_hash, hash) '
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        rows: list[tuple[object, ...]] = []
        count = 0
        for entity_id, state in changes:
            data = canonical_json(state).decode("utf-8")
            seq = self._head.seq + 1
            digest = event_hash(self._head.hash, seq=seq, at=at, action=action, entity=entity,
                                entity_id=entity_id, data=data)
            rows.append((seq, stamp, action, entity, entity_id, data, self._head.hash, digest))
            self._head = ChainHead(seq, digest)
            count += 1
            if len(rows) == _CHUNK:
                connection.exec_driver_sql(statement, rows)
                rows = []
        if rows:
            connection.exec_driver_sql(statement, rows)
        return count


# --- verification -------------------------------------------------------------------------------------------

class ChainEvent(Protocol):
    """An audit event as the chain reads it: an AuditEvent, or a row selected with its columns (store/verify.py)."""

    @property
    def seq(self) -> int: ...
    @property
    def at(self) -> datetime: ...
    @property
    def action(self) -> str: ...
    @property
    def entity(self) -> str: ...
    @property
    def entity_id(self) -> str: ...
    @property
    def data(self) -> str: ...
    @property
    def prev_hash(self) -> str: ...
    @property
    def hash(self) -> str: ...


def chain_problems(events: Iterable[ChainEvent], vault_id: str) -> Iterator[str]:
    """Recompute the chain; yield one line per broken link, naming the event."""
    expected_prev = genesis_hash(vault_id)
    expected_seq = 1
    for event in events:
        if event.seq != expected_seq:
            yield f"record check: events {expected_seq}..{event.seq - 1} are missing from the history"
        if event.prev_hash != expected_prev:
            yield f"record check: event {event.seq} does not follow the event before it"
        recomputed = event_hash(event.prev_hash, seq=event.seq, at=event.at, action=event.action,
                                entity=event.entity, entity_id=event.entity_id, data=event.data)
        if recomputed != event.hash:
            yield f"record check: event {event.seq} ({event.action} {event.entity} {event.entity_id}) was altered"
        expected_prev = event.hash
        expected_seq = event.seq + 1


@dataclass(frozen=True, slots=True)
class ClockJump:
    """An event recorded at a time behind the event before it: the computer's clock was set back in between, so
    this change's recorded time (and the times after it, until the clock passes the old one) cannot be trusted."""

    seq: int
    at: datetime
    previous_at: datetime
    action: str
    entity: str
    entity_id: str


def clock_jumps(events: Iterable[ChainEvent]) -> Iterator[ClockJump]:
    """Every event whose recorded time runs behind the previous event's, in chain order."""
    previous: datetime | None = None
    for event in events:
        if previous is not None and event.at < previous:
            yield ClockJump(event.seq, event.at, previous, event.action, event.entity, event.entity_id)
        previous = event.at


def replay_problems(session: Session, events: Iterable[ChainEvent]) -> Iterator[str]:
    """Compare every audited table with the last recorded state of each of its rows.

    Rows are read as the driver returns them (no ORM objects) and compared as canonical JSON text with the
    event's data, which is what makes a records check over 100k entries take seconds, not minutes.
    """
    last: dict[tuple[str, str], ChainEvent] = {}
    for event in events:
        last[(event.entity, event.entity_id)] = event
    present: set[tuple[str, str]] = set()
    added_later = _columns_added_later()
    for table, key, state in _stored_states(session):
        present.add((table, key))
        seen = last.get((table, key))
        if seen is None or seen.action == "delete":
            yield f"record check: {table} {key} was added without being recorded in the history"
        elif canonical_json(state).decode("utf-8") != seen.data and not _matches_older(
            state, json.loads(seen.data), added_later.get(table, {})
        ):
            yield f"record check: {table} {key} differs from its last recorded change (event {seen.seq})"
    for (entity, key), event in last.items():
        if event.action != "delete" and (entity, key) not in present:
            yield f"record check: {entity} {key} was removed without being recorded (last event {event.seq})"


def _matches_older(state: dict[str, Any], recorded: dict[str, Any], added: dict[str, Any]) -> bool:
    """A change recorded before a migration added columns: those columns must still hold the value the
    migration gave them (so they cannot be altered unseen either), and every other column must match."""
    missing = state.keys() - recorded.keys()
    return missing <= added.keys() and all(state[name] == added[name] for name in missing) and all(
        state[name] == recorded[name] for name in recorded.keys() & state.keys()
    ) and recorded.keys() <= state.keys()


def _columns_added_later() -> dict[str, dict[str, Any]]:
    """table -> {column: the value a migration filled it with}, for columns declared with info["added_by"]."""
    result: dict[str, dict[str, Any]] = {}
    for mapper in Base.registry.mappers:
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            if "added_by" in column.info:
                result.setdefault(cast(Table, mapper.local_table).name, {})[attr.key] = column.info["filled_with"]
    return result


def _audited_tables() -> Iterator[tuple[str, list[tuple[str, Any]], list[str]]]:
    """(table, [(attribute key, column)], primary key column names) for every audited model."""
    for mapper in Base.registry.mappers:
        if mapper.class_ is AuditEvent:
            continue
        table = cast(Table, mapper.local_table)  # every model maps one plain table
        columns = [(attr.key, attr.columns[0]) for attr in mapper.column_attrs
                   if (table.name, attr.key) not in _EXCLUDED_COLUMNS]
        yield table.name, columns, [column.name for column in mapper.primary_key]


def _stored_states(session: Session) -> Iterator[tuple[str, str, dict[str, Any]]]:
    connection = session.connection()
    for table, columns, primary_key in _audited_tables():
        names = ", ".join(f'"{column.name}"' for _, column in columns)
        state = stored_state(table, columns)
        positions = [next(i for i, (_, c) in enumerate(columns) if c.name == name) for name in primary_key]
        for row in connection.exec_driver_sql(f'SELECT {names} FROM "{table}"'):
            yield table, ",".join(str(row[i]) for i in positions), state(row)


def stored_state(table: str, columns: list[tuple[str, Any]]) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """How a row of ``table`` becomes its audited state, from its raw driver values in the order of ``columns``
    (attribute key, column): what row_state() makes of the same row as an ORM object, and what verification
    reads back. Built once per table for bulk inserts."""
    kept = [(index, key, _raw_converter(column)) for index, (key, column) in enumerate(columns)
            if (table, key) not in _EXCLUDED_COLUMNS]

    def state(row: Sequence[Any]) -> dict[str, Any]:
        # Raw values equal what row_state() makes of the ORM's: integer seconds, ISO dates, decimal text.
        return {key: (fn(row[index]) if fn and row[index] is not None else row[index]) for index, key, fn in kept}

    return state


def _raw_converter(column: Any) -> Any:
    """How a raw driver value becomes what row_state() records: JSON is parsed, 0/1 become booleans."""
    if isinstance(column.type, JSON):
        return json.loads
    if isinstance(column.type, Boolean):
        return bool
    return None
