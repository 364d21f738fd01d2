"""Schema upgrades on open: automatic, with an encrypted pre-upgrade copy, and all-or-nothing when one fails.

Each test opens a real vault at the current head revision against a copy of the migrations folder with an added
revision.
"""

from __future__ import annotations

import re
import shutil
import textwrap
import warnings
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from contractor_app.errors import NewerVersion, UpgradeFailed, VaultDamaged
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.verify import verify_vault
from contractor_app.store.migrate import HEAD, SCRIPTS, head_revision
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli, vault_files
from ..sample import Templates

MARKER = "PLAINTEXT-MARKER-5e1f0c"

ADD_COLUMN = """
    with op.batch_alter_table("clients", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("review_note", sa.Text(), nullable=True))
"""

FAIL_HALFWAY = """
    with op.batch_alter_table("clients", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("review_note", sa.Text(), nullable=True))
    op.create_table("leftovers", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("UPDATE work_entries SET note = 'rewritten by a broken upgrade'")
    raise RuntimeError("the upgrade failed halfway")
"""

BREAK_LINKS = """
    op.execute("DELETE FROM clients")  # engagements now point at no client: the foreign-key check must refuse
"""


@dataclass(frozen=True)
class OldVault:
    folder: Path
    data_key: bytes


@dataclass(frozen=True)
class Contents:
    revision: str
    schema: list[tuple[Any, ...]]
    rows: dict[str, list[tuple[Any, ...]]]


def read_contents(db: Path, data_key: bytes) -> Contents:
    """Revision, schema (sqlite_master) and every row of every table, read straight from the file."""
    with closing(sqlcipher.connect(str(db))) as conn:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()
        tables = [name for kind, name, _, _ in schema if kind == "table" and not name.startswith("sqlite_")]
        rows = {table: conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall() for table in tables}
    ((revision,),) = rows.pop("alembic_version")
    return Contents(revision, schema, rows)


def stamp(db: Path, data_key: bytes, revision: str) -> None:
    with closing(sqlcipher.connect(str(db))) as conn:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()


def two_marked_entries(vault: Vault) -> None:
    add_client(vault, NewClient(name="Acme Labeling", currency="USD"))
    start = datetime(2026, 3, 2, 14, tzinfo=UTC)
    for day in range(2):
        log_work(vault, NewEntry(client="Acme Labeling", start=start + timedelta(days=day),
                                 end=start + timedelta(days=day, hours=2), tz="UTC", note=f"{MARKER} {day}"))


@pytest.fixture(scope="module")
def template(templates: Templates) -> OldVault:
    """A locked vault at the current head revision with a client and two entries, made once."""
    folder = templates(two_marked_entries).folder
    with Vault.unlock(folder, PASSWORD) as vault:
        data_key = vault._key()
    assert read_contents(folder / "vault.db", data_key).revision == HEAD
    return OldVault(folder, data_key)


@pytest.fixture
def old_vault(template: OldVault, data_dir: Path) -> OldVault:
    shutil.copytree(template.folder, data_dir)
    return OldVault(data_dir, template.data_key)


@pytest.fixture
def add_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Point Vault at a copy of the migrations folder; the returned function adds a revision "next" after HEAD."""
    scripts = tmp_path / "migrations"
    shutil.copytree(SCRIPTS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(Vault, "migrations", scripts)

    def add(upgrade_body: str) -> None:
        source = ('"""A revision added by a test."""\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n'
                  f'revision = "next"\ndown_revision = "{HEAD}"\nbranch_labels = None\ndepends_on = None\n\n\n'
                  "def upgrade() -> None:\n" + textwrap.indent(textwrap.dedent(upgrade_body).strip(), "    ") + "\n")
        (scripts / "versions" / "next_test_revision.py").write_text(source, encoding="utf-8")

    return add


def test_an_older_vault_is_upgraded_on_open_after_an_encrypted_copy(old_vault: OldVault,
                                                                      add_revision: Callable[[str], None]) -> None:
    db = old_vault.folder / "vault.db"
    before = read_contents(db, old_vault.data_key)
    add_revision(ADD_COLUMN)

    with Vault.unlock(old_vault.folder, PASSWORD) as vault:
        copy = vault.upgrade_copy
        assert verify_vault(vault).ok

    after = read_contents(db, old_vault.data_key)
    assert after.revision == "next"
    assert [row[:-1] for row in after.rows["clients"]] == before.rows["clients"]
    assert [row[-1] for row in after.rows["clients"]] == [None]  # the new column, empty
    assert {k: v for k, v in after.rows.items() if k != "clients"} == {
        k: v for k, v in before.rows.items() if k != "clients"}

    assert copy is not None and copy.parent == old_vault.folder
    assert re.fullmatch(rf"vault\.pre-upgrade-{HEAD}-\d{{8}}T\d{{6}}Z\.db", copy.name)
    for encrypted in (copy, db):
        assert MARKER.encode() not in encrypted.read_bytes()
    assert read_contents(copy, old_vault.data_key) == before  # the copy opens with the same key, as it was

    with Vault.unlock(old_vault.folder, PASSWORD) as again:  # already at head: no second copy
        assert again.upgrade_copy is None
    assert sorted(old_vault.folder.glob("*.pre-upgrade-*")) == [copy]


@pytest.mark.parametrize(("body", "error", "message"), [
    (FAIL_HALFWAY, UpgradeFailed, "left exactly as they were"),
    (BREAK_LINKS, VaultDamaged, "break links between records"),
], ids=["raises halfway", "breaks links"])
def test_a_failed_upgrade_leaves_the_vault_exactly_as_it_was(old_vault: OldVault,
                                                              add_revision: Callable[[str], None],
                                                              monkeypatch: pytest.MonkeyPatch, body: str,
                                                              error: type[Exception], message: str) -> None:
    db = old_vault.folder / "vault.db"
    before = read_contents(db, old_vault.data_key)
    files = vault_files(old_vault.folder)
    add_revision(body)

    with pytest.raises(error, match=message):
        Vault.unlock(old_vault.folder, PASSWORD)

    assert read_contents(db, old_vault.data_key) == before  # revision HEAD, same schema, same rows
    after = vault_files(old_vault.folder)
    assert {name: after[name] for name in files} == files  # database, key file and lock file untouched
    assert [name for name in after if name not in files] == []  # not even the redundant pre-upgrade copy

    monkeypatch.setattr(Vault, "migrations", SCRIPTS)  # the app's real scripts still open it normally
    with Vault.unlock(old_vault.folder, PASSWORD) as vault:
        assert vault.upgrade_copy is None
        assert verify_vault(vault).ok


def test_a_vault_from_a_newer_schema_is_refused(old_vault: OldVault, cli: Cli) -> None:
    stamp(old_vault.folder / "vault.db", old_vault.data_key, "0099")
    files = vault_files(old_vault.folder)
    with pytest.raises(NewerVersion):
        Vault.unlock(old_vault.folder, PASSWORD)
    result = cli("list")
    assert result.code == 1 and "newer version" in result.err and result.err.count("\n") == 1
    assert vault_files(old_vault.folder) == files  # no copy, no upgrade attempt


def test_the_head_constant_matches_the_scripts() -> None:
    """Opening skips importing Alembic when the stored revision equals HEAD, so HEAD must be the real head."""
    assert head_revision(SCRIPTS) == HEAD


def test_the_migrations_build_exactly_the_schema_the_models_describe(vault: Vault) -> None:
    """A new vault is built by running every migration: it must match the models, column for column."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from contractor_app.store.models import Base

    # SQLite cannot reflect the expression index on work_entries; alembic warns and skips just that one.
    with vault._bound_engine().connect() as conn, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []
