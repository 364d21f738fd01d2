"""Bringing a vault's schema to the current revision with Alembic.

Before upgrading an existing vault, an encrypted copy is written with sqlcipher_export. The upgrade runs in a
single transaction (SQLite DDL is transactional) with foreign keys off, as batch table rebuilds need, and a
foreign-key check before the commit: a failed upgrade leaves the vault exactly as it was.

Alembic (and SQLAlchemy, whose engine it runs on) is imported only when the schema is not already at ``HEAD``:
those imports are most of a command's start-up, and nearly every open finds the schema current, which
``schema_state`` reads in plain SQL over a DB-API connection (issue 18).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from ..errors import LedgerError, NewerVersion, UpgradeFailed, VaultDamaged
from .engine import WRITE_OPTION, export_copy

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

SCRIPTS = Path(str(files(__package__).joinpath("migrations")))
# The newest revision in SCRIPTS; a test keeps it equal to what Alembic finds there.
HEAD = "0011"


def _config(script_location: Path) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def head_revision(script_location: Path = SCRIPTS) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config(script_location)).get_current_head()
    assert head is not None
    return head


def stored_revision(conn: sqlcipher.Connection) -> str | None:
    """The revision recorded in the database, or None for a database without one (a new vault)."""
    (has_table,) = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def schema_state(conn: sqlcipher.Connection) -> tuple[str | None, bool]:
    """The stored revision (``stored_revision``) and whether the database has any table at all."""
    (tables,) = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return stored_revision(conn), bool(tables)


def bring_to_head(state: tuple[str | None, bool], engine: Callable[[], Engine], db_path: Path, data_key: bytes, *,
                  script_location: Path = SCRIPTS) -> Path | None:
    """Upgrade the schema if it is behind; return the pre-upgrade copy's path, if one was made.

    ``state`` is ``schema_state`` of the database; ``engine`` gives the vault's SQLAlchemy engine, asked for only
    when Alembic has to look at the scripts (the schema is not at ``HEAD``, or the scripts are a test's)."""
    current, has_tables = state
    if current == HEAD and script_location == SCRIPTS:
        return None
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    config = _config(script_location)
    scripts = ScriptDirectory.from_config(config)
    if current == scripts.get_current_head():
        return None
    copy = None
    if current is None:
        if has_tables:
            raise VaultDamaged("database structure", "Its schema version is missing.")
    else:
        try:
            scripts.get_revision(current)
        except CommandError:
            raise NewerVersion(
                "These records were made by a newer version of Contractor Ledger; update the app."
            ) from None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = export_copy(engine(), db_path.with_name(f"{db_path.stem}.pre-upgrade-{current}-{stamp}.db"), data_key)
    from sqlalchemy.exc import DBAPIError

    try:
        _upgrade(engine(), config)
    except (LedgerError, DBAPIError):
        if copy:
            copy.unlink()  # the vault is unchanged, so the copy is redundant; retries must not pile copies up
        raise
    except Exception as error:
        if copy:
            copy.unlink()
        raise UpgradeFailed.said("Updating your records to this version of the app failed ({error}); they were left "
                                 "exactly as they were. Please report this, and keep using the previous version "
                                 "meanwhile.", error=type(error).__name__) from error
    return copy


def _upgrade(engine: Engine, config: Config) -> None:
    from alembic import command

    with engine.connect() as conn:
        # Must be set outside a transaction, so on the driver connection before SQLAlchemy begins one.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            writer = conn.execution_options(**{WRITE_OPTION: True})
            with writer.begin():
                config.attributes["connection"] = writer
                command.upgrade(config, "head")
                broken = writer.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise VaultDamaged("database structure", "An upgrade would break links between records.")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
