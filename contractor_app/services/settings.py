"""Settings kept in the vault (profile, backup settings, rule overrides, import mappings): one JSON value per
key, read in a snapshot and written as an audited change like any record."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..errors import InvalidInput
from ..store.models import Setting
from ..store.vault import UnitOfWork, Vault


def read_setting(vault: Vault, key: str) -> Any:
    """The stored value, or None when the key was never set."""
    with vault.reading() as session:
        return session.scalar(select(Setting.value).where(Setting.key == key))


def saved_column_mapping(vault: Vault, key: str, source: str) -> dict[str, Any] | None:
    """The column mapping an import saved under ``key`` for ``source`` (its fields), or None when none was saved."""
    value = read_setting(vault, key)
    if value is not None and not isinstance(value, dict):
        raise InvalidInput.said("The saved column mapping of {source!r} is damaged; give it again with --map.",
                                source=source)
    return value


def stored_setting(uow: UnitOfWork, key: str) -> Any:
    """The value as this unit of work sees it (for read-modify-write), or None."""
    row = uow.session.get(Setting, key)
    return row.value if row is not None else None


def write_setting(uow: UnitOfWork, key: str, value: Any) -> None:
    """Create or change the setting within ``uow``; an unchanged value records nothing."""
    row = uow.session.get(Setting, key)
    if row is None:
        uow.created(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value
        uow.updated(row)
