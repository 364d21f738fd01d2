"""Records as devices exchange them: each replicated row's state with its local ids replaced by stable ids, and
back again (services/sync.py decides what to send and how to merge).

A state is the audited state of the row (store/audit.row_state) without the columns that belong to one device:
its primary key, and links to records that are not exchanged (a client's contract in Evidence). Its hash is what
two devices compare to tell "the same" from "changed".
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from .audit import row_state
from .keyfile import canonical_json
from .models import (
    AccessRequest,
    Adjustment,
    Base,
    Client,
    DataRecord,
    Engagement,
    Expense,
    Incident,
    Invoice,
    Payment,
    PaymentAllocation,
    PayTerms,
    Trip,
    WorkEntry,
)
from .types import DecimalText, IsoDate, UtcSeconds


@dataclass(frozen=True, slots=True)
class Replicated:
    """One exchanged table: its links to other exchanged tables, the columns kept local, the columns that name the
    same record on two devices made before they were paired, and whether a delete is passed on."""

    entity: str
    model: type[Base]
    links: dict[str, str] = field(default_factory=dict)  # column -> entity it refers to
    local: frozenset[str] = frozenset({"id"})
    natural: tuple[str, ...] = ()
    deletes: bool = False

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.model.__table__.columns if c.name not in self.local)


# In the order a new record can be made: each after the records it refers to.
REPLICATED = (
    Replicated("clients", Client, local=frozenset({"id", "contract_evidence_id"}), natural=("name",)),
    Replicated("engagements", Engagement, links={"client_id": "clients"}, natural=("client_id", "name")),
    Replicated("pay_terms", PayTerms, links={"engagement_id": "engagements"},
               natural=("engagement_id", "effective_from"), deletes=True),
    Replicated("work_entries", WorkEntry, links={"engagement_id": "engagements"}, deletes=True),
    Replicated("invoices", Invoice, links={"client_id": "clients"}, deletes=True),
    Replicated("payments", Payment, links={"client_id": "clients"}, deletes=True),
    Replicated("payment_allocations", PaymentAllocation,
               links={"payment_id": "payments", "work_entry_id": "work_entries", "invoice_id": "invoices"},
               deletes=True),
    Replicated("adjustments", Adjustment, links={"client_id": "clients"}, deletes=True),
    Replicated("expenses", Expense, links={"client_id": "clients"}, local=frozenset({"id", "receipt_evidence_id"}),
               deletes=True),
    Replicated("trips", Trip, links={"client_id": "clients"}, deletes=True),
    Replicated("data_records", DataRecord, links={"client_id": "clients"}, deletes=True),
    Replicated("incidents", Incident, links={"client_id": "clients"}, deletes=True),
    Replicated("access_requests", AccessRequest, links={"client_id": "clients"}, deletes=True),
)
BY_ENTITY = {spec.entity: spec for spec in REPLICATED}


def state_of(spec: Replicated, obj: Base, uid_of: Callable[[str, int], str]) -> dict[str, Any]:
    """The row's exchanged state: JSON values, links as the stable ids of the records they point to."""
    state = {name: value for name, value in row_state(obj).items() if name not in spec.local}
    for column, entity in spec.links.items():
        state[column] = None if state[column] is None else uid_of(entity, state[column])
    return state


def state_hash(state: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(state)).hexdigest()


def values_of(spec: Replicated, state: dict[str, Any], local_id_of: Callable[[str, str], int]) -> dict[str, Any]:
    """Column values for the model from a state another device sent; ValueError when it is not a state of
    ``spec``'s table (a field missing or extra, a value of the wrong kind, a link to a record not known here)."""
    if set(state) != set(spec.columns):
        raise ValueError(f"a {spec.entity} record with other fields than this app's")
    values: dict[str, Any] = {}
    table = spec.model.__table__
    for name in spec.columns:
        raw = state[name]
        column = table.columns[name]
        if raw is None:
            values[name] = None
        elif name in spec.links:
            values[name] = local_id_of(spec.links[name], raw)
        elif isinstance(column.type, UtcSeconds):
            values[name] = datetime.fromtimestamp(int(raw), UTC)
        elif isinstance(column.type, IsoDate):
            values[name] = date.fromisoformat(raw)
        elif isinstance(column.type, DecimalText):
            values[name] = Decimal(str(raw))
        else:
            values[name] = raw
    return values
