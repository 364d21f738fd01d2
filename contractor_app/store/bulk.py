"""Inserting many rows of one table at once: plain values, one executemany per chunk, no ORM objects.

An import of 100k entries through the ORM built 200k objects (entries and their audit events) and flushed them
one by one: most of its 28 s and of its memory (issue 18). Here the values are converted by the columns' own types
(so they are stored exactly as the ORM would store them), inserted with the driver's executemany, and returned
as the audited state the audit chain records: the same state `verify` reads back from the raw rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Column, Table, func, inspect, select
from sqlalchemy.orm import Session

from .audit import stored_state
from .models import Base

CHUNK = 5_000  # rows converted and inserted at a time: bounds the memory an import holds at once
_REQUIRED = object()  # the default of a column whose value a row must give


def insert_rows(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]
                ) -> Iterator[tuple[str, dict[str, Any]]]:
    """Insert ``rows`` (attribute name -> value, the primary key left out) into ``model``'s table.

    Yields each new row's key (as the audit chain names it) and audited state, chunk by chunk as the rows are
    inserted (nothing is inserted until the caller iterates): the caller writes their audit events in the same
    transaction. New ids follow the highest one, as SQLite's own rowid choice does. Columns left out take their
    scalar default, else NULL; a column with a server-side or computed default must be given.
    """
    mapper = inspect(model)
    table = cast(Table, mapper.local_table)  # every model maps one plain table
    (primary,) = mapper.primary_key
    key_column = cast(Column[Any], primary)
    columns = [(attr.key, attr.columns[0]) for attr in mapper.column_attrs if attr.columns[0] is not key_column]
    dialect = session.get_bind().dialect
    convert = [column.type.dialect_impl(dialect).bind_processor(dialect) for _, column in columns]
    defaults = [_default(key, column) for key, column in columns]
    known = {key for key, _ in columns}
    state = stored_state(table.name, [(key_column.key, key_column), *columns])  # values in insert order
    names = [key_column.name, *(column.name for _, column in columns)]
    quoted = ", ".join(f'"{name}"' for name in names)
    statement = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
    session.flush()  # anything pending goes first, so the highest id below is really the highest
    next_id = (session.execute(select(func.max(key_column))).scalar() or 0) + 1
    connection = session.connection()
    for begin in range(0, len(rows), CHUNK):
        values = []
        for row in rows[begin:begin + CHUNK]:
            unknown = row.keys() - known
            if unknown:
                raise ValueError(f"unknown {table.name} columns: {sorted(unknown)}")
            stored = [next_id]
            for (key, _), processor, default in zip(columns, convert, defaults, strict=True):
                value = row.get(key, default)
                if value is _REQUIRED:
                    raise ValueError(f"insert_rows: give {table.name}.{key}, its default is not a plain value")
                stored.append(processor(value) if processor and value is not None else value)
            values.append(stored)
            next_id += 1
        connection.exec_driver_sql(statement, [tuple(value) for value in values])
        for value in values:
            yield str(value[0]), state(value)


def _default(key: str, column: Any) -> Any:
    """What a column left out of a row takes: its scalar default, else NULL; _REQUIRED if the ORM would compute it."""
    if column.server_default is not None or column.computed is not None:
        return _REQUIRED
    if column.default is None:
        return None
    return column.default.arg if column.default.is_scalar else _REQUIRED
