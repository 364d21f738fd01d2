"""Migration 0011 (evidence bytes last) on a vault made at 0010: every file keeps its bytes, fingerprint, links and
note; the columns after the bytes no longer need the bytes read; the records check passes."""

from __future__ import annotations

import hashlib
import os
from contextlib import closing
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from alembic import command

from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.evidence import add_evidence, evidence_bytes, list_evidence
from contractor_app.services.verify import verify_vault
from contractor_app.store.engine import WRITE_OPTION, create_vault_engine
from contractor_app.store.migrate import HEAD, SCRIPTS, _config
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .test_migrations import read_contents

AT_0010 = ["id", "name", "media_type", "size", "sha256", "content", "added_at", "note"]
AT_0011 = ["id", "name", "media_type", "size", "sha256", "added_at", "note", "content"]


def downgrade_to(db: Path, data_key: bytes, revision: str) -> None:
    engine = create_vault_engine(db, data_key)
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            writer = conn.execution_options(**{WRITE_OPTION: True})
            with writer.begin():
                config = _config(SCRIPTS)
                config.attributes["connection"] = writer
                command.downgrade(config, revision)
    finally:
        engine.dispose()


def evidence_columns(db: Path, data_key: bytes) -> list[str]:
    with closing(sqlcipher.connect(str(db))) as conn:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        return [name for _, name, *_ in conn.execute("PRAGMA table_info(evidence)")]


def by_column(db: Path, data_key: bytes, columns: list[str]) -> dict[str, list[dict[str, object]]]:
    """Every evidence and evidence link row as {column: value}, so two column orders compare equal."""
    contents = read_contents(db, data_key)
    links = ["id", "evidence_id", "entity", "entity_id"]
    return {"evidence": [dict(zip(columns, row, strict=True)) for row in contents.rows["evidence"]],
            "evidence_links": [dict(zip(links, row, strict=True)) for row in contents.rows["evidence_links"]]}


@pytest.mark.slow
def test_a_vault_made_at_0010_keeps_every_evidence_byte_and_hash(data_dir: Path) -> None:
    files = {"small.txt": b"a receipt\n", "page-sized.bin": os.urandom(4096), "recording.webm": os.urandom(300_000)}
    vault, _ = Vault.create(data_dir, PASSWORD)
    with vault:
        add_client(vault, NewClient(name="Acme AI", currency="USD"))
        for name, content in files.items():
            add_evidence(vault, content, name, note=f"note on {name}", links=[("client", "Acme AI")])
        data_key = vault._key()
    db = data_dir / "vault.db"
    downgrade_to(db, data_key, "0010")
    assert evidence_columns(db, data_key) == AT_0010
    before = by_column(db, data_key, AT_0010)
    assert read_contents(db, data_key).revision == "0010"

    with Vault.unlock(data_dir, PASSWORD) as upgraded:
        assert upgraded.upgrade_copy is not None
        assert read_contents(db, data_key).revision == HEAD
        assert evidence_columns(db, data_key) == AT_0011
        assert by_column(db, data_key, AT_0011) == before
        kept = {row.name: row for row in list_evidence(upgraded)}
        for name, content in files.items():
            assert evidence_bytes(upgraded, kept[name].id) == content
            assert hashlib.sha256(content).hexdigest() == next(
                row["sha256"] for row in before["evidence"] if row["name"] == name)
            assert kept[name].note == f"note on {name}" and len(kept[name].links) == 1
        assert verify_vault(upgraded).ok
        add_evidence(upgraded, b"after the upgrade", "later.txt")
        assert verify_vault(upgraded).ok


def test_a_new_vault_keeps_the_bytes_last(vault: Vault) -> None:
    assert evidence_columns(vault.paths.folder / "vault.db", vault._key()) == AT_0011
