"""Settings kept in the vault (profile, backup settings, rule overrides, import mappings): one JSON value per
key, read in a snapshot and written as an audited change like any record.

A read is plain SQL (every command reads the profile, `list` included, which loads no SQLAlchemy: issue 18); the
ORM model is imported by the writes alone."""

from __future__ import annotations

import json
import re
from typing import Any

from ..errors import InvalidInput
from ..store.vault import UnitOfWork, Vault


def read_setting(vault: Vault, key: str) -> Any:
    """The stored value, or None when the key was never set. The model's JSON column holds json.dumps text."""
    with vault.querying() as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None or row[0] is None else json.loads(row[0])


# A saved mapping's source name (the key it is saved under): a name a worker types, kept short and plain.
_SOURCE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}")


def source_name(source: str) -> str:
    """``source`` stripped, or a refusal: the name a time-sheet or statement import saves its column mapping under."""
    name = source.strip()
    if not _SOURCE_NAME.fullmatch(name):
        raise InvalidInput.said("Source name {source!r}: use up to 60 letters, digits, spaces, dots, dashes or _.",
                                source=source)
    return name


def saved_column_mapping(vault: Vault, key: str, source: str) -> dict[str, Any] | None:
    """The column mapping an import saved under ``key`` for ``source`` (its fields), or None when none was saved."""
    value = read_setting(vault, key)
    if value is not None and not isinstance(value, dict):
        raise InvalidInput.said("The saved column mapping of {source!r} is damaged; give it again with --map.",
                                source=source)
    return value


def stored_setting(uow: UnitOfWork, key: str) -> Any:
    """The value as this unit of work sees it (for read-modify-write), or None."""
    from ..store.models import Setting

    row = uow.session.get(Setting, key)
    return row.value if row is not None else None


def write_setting(uow: UnitOfWork, key: str, value: Any) -> None:
    """Create or change the setting within ``uow``; an unchanged value records nothing."""
    from ..store.models import Setting

    row = uow.session.get(Setting, key)
    if row is None:
        uow.created(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value
        uow.updated(row)
