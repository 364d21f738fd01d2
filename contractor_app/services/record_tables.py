"""The tables of a full export, read from the models so that a new table or column is exported without
anyone remembering to add it (a test checks every column type is known).

Left out: the audit chain, which belongs to one vault (its hashes bind the vault id, its times are the times
of that vault's changes), this device's part in a sync folder (its keys, paired devices and record ids belong to
the device, not the records), and evidence bytes, which are written as files beside the export on request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Column, Integer, LargeBinary, Table, Text

from ..store.models import DEVICE_LOCAL_TABLES, Base
from ..store.types import DecimalText, IsoDate, UtcSeconds

_KIND_OF = ((UtcSeconds, "utc"), (IsoDate, "date"), (DecimalText, "decimal"), (JSON, "json"),
            (Boolean, "bool"), (Integer, "int"), (Text, "text"))
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    kind: str  # one of interchange.json_export.KINDS
    nullable: bool
    column: Column[Any]


@dataclass(frozen=True, slots=True)
class RecordTable:
    name: str
    table: Table
    model: type[Base]
    fields: tuple[Field, ...]

    @property
    def key(self) -> tuple[Column[Any], ...]:
        return tuple(self.table.primary_key.columns)


def record_tables() -> list[RecordTable]:
    """Every exported table, each after the tables it refers to (so a restore can insert in this order)."""
    models = {cast(Table, mapper.local_table).name: mapper.class_ for mapper in Base.registry.mappers}
    result = []
    for table in _declaration_order():
        if table.name in DEVICE_LOCAL_TABLES:
            continue
        fields = tuple(
            Field(column.name, _kind(column), bool(column.nullable), column)
            for column in table.columns if not isinstance(column.type, LargeBinary)
        )
        result.append(RecordTable(table.name, table, models[table.name], fields))
    return result


def _declaration_order() -> list[Table]:
    """Tables as models.py declares them (settings, clients, engagements, ...), each after those it refers to."""
    remaining = list(Base.metadata.tables.values())
    ordered: list[Table] = []
    while remaining:
        ready = next(table for table in remaining
                     if all(fk.column.table in ordered or fk.column.table is table for fk in table.foreign_keys))
        ordered.append(ready)
        remaining.remove(ready)
    return ordered


def _kind(column: Column[Any]) -> str:
    for type_, kind in _KIND_OF:
        if isinstance(column.type, type_):
            return kind
    raise TypeError(f"column {column.table.name}.{column.name} has a type the export does not know")


def evidence_file_name(evidence_id: int, name: str) -> str:
    """The name an evidence file gets in --evidence-dir: its id first (unique), then a safe form of its name."""
    safe = _UNSAFE.sub("_", name).strip("._")[:100] or "file"
    return f"{evidence_id:06d}-{safe}"
