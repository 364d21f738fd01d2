"""Bringing a vault's schema to the current revision with Alembic.

Before upgrading an existing vault, an encrypted copy is written with sqlcipher_export. The upgrade runs in a
single transaction (SQLite DDL is transactional) with foreign keys off, as batch table rebuilds need, and a
foreign-key check before the commit: a failed upgrade leaves the vault exactly as it was.
"""

from __future__ import annotations

from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from ..errors import NewerVersion, VaultDamaged
from .engine import WRITE_OPTION, export_copy

SCRIPTS = Path(str(files(__package__).joinpath("migrations")))


def _config(script_location: Path) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def head_revision(script_location: Path = SCRIPTS) -> str:
    head = ScriptDirectory.from_config(_config(script_location)).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def bring_to_head(engine: Engine, db_path: Path, data_key: bytes, *, script_location: Path = SCRIPTS) -> Path | None:
    """Upgrade the schema if it is behind; return the pre-upgrade copy's path, if one was made."""
    config = _config(script_location)
    scripts = ScriptDirectory.from_config(config)
    with engine.connect() as conn:
        current = current_revision(conn)
        has_tables = bool(conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").scalar())
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
        copy = export_copy(engine, db_path.with_name(f"{db_path.stem}.pre-upgrade-{current}-{stamp}.db"), data_key)
    _upgrade(engine, config)
    return copy


def _upgrade(engine: Engine, config: Config) -> None:
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
