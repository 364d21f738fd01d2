"""A backup carries the vault file's free pages (docs/backup-format.md): with secure_delete on, they hold no older
versions of what was deleted or edited. The backup's pages are decrypted here with the data key and searched.

SQLCipher turns secure_delete on for every keyed connection; the vault relies on that (docs/backup-format.md, "Free
pages"), and these tests fail if it ever stops: one of them turns it off to show what would then be left behind."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from contractor_app.backup.create import create_backup
from contractor_app.backup.keys import Password
from contractor_app.backup.unpack import unpack
from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.edits import delete_entries, update_entry
from contractor_app.services.entries.log import NewEntry, log_many
from contractor_app.store import engine
from contractor_app.store.engine import PAGE_SIZE
from contractor_app.store.free_pages import PageKeys
from contractor_app.store.models import Evidence
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..store.test_free_pages import free_leaves
from .conftest import table_rows

DELETED = "QZXV-deleted-note-5150"
EDITED = "QZXV-edited-away-note-5150"


@dataclass(frozen=True)
class Pages:
    everything: bytes  # every page of the backup's database, decrypted, one after the other
    free: list[bytes]  # its free-list pages (trunks and leaves), decrypted
    live: int  # how many times the markers occur in the database's rows (the history keeps them, on purpose)


def pages_of_a_backup(tmp_path: Path) -> Pages:
    """Notes logged, most deleted and some edited, an evidence file deleted (which frees whole pages), the vault
    locked and unlocked, a backup made: its pages, decrypted with the data key."""
    folder = tmp_path / "records"
    vault, _ = Vault.create(folder, PASSWORD)
    with vault:
        add_client(vault, NewClient(name="Acme", currency="USD",
                                    terms=Terms(kind="hourly", rate=Money(Decimal("20"), "USD"))))
        start = datetime(2026, 1, 1, tzinfo=UTC)
        log_many(vault, (NewEntry(client="Acme", start=start + timedelta(hours=i),
                                  end=start + timedelta(hours=i, minutes=30), tz="UTC",
                                  note=f"{DELETED} {i} " + "x" * 400) for i in range(300)))
        log_many(vault, (NewEntry(client="Acme", start=start + timedelta(days=30, hours=i),
                                  end=start + timedelta(days=30, hours=i, minutes=30), tz="UTC",
                                  note=f"{EDITED} {i} " + "y" * 400) for i in range(20)))
        with vault.reading() as session:
            ids = [row[0] for row in session.connection().exec_driver_sql(
                "SELECT id FROM work_entries ORDER BY id").fetchall()]
        delete_entries(vault, ids[:300])
        for entry_id in ids[300:]:
            update_entry(vault, entry_id, {"note": "rewritten"})
        content = os.urandom(200_000)
        with vault.unit_of_work() as uow:
            uow.created(Evidence(name="scan.png", media_type="image/png", size=len(content),
                                 sha256=hashlib.sha256(content).hexdigest(), content=content,
                                 added_at=datetime.now(UTC)))
        with vault.unit_of_work() as uow:
            uow.session.connection().exec_driver_sql("DELETE FROM evidence")
    with Vault.unlock(folder, PASSWORD) as vault:
        create_backup(vault, tmp_path / "b.clbackup")
    (tmp_path / "unpacked").mkdir()
    unpacked = unpack(tmp_path / "b.clbackup", Password(PASSWORD), tmp_path / "unpacked", durable=False)
    db = tmp_path / "unpacked" / "vault.db"
    data = db.read_bytes()
    keys = PageKeys(unpacked.data_key, data[:16])
    plain = [keys.plain(data[(n - 1) * PAGE_SIZE:n * PAGE_SIZE], n) for n in range(1, len(data) // PAGE_SIZE + 1)]
    numbers = free_leaves(db, unpacked.data_key)
    trunk = int.from_bytes(plain[0][16:20], "big")
    while trunk:
        numbers.append(trunk)
        trunk = int.from_bytes(plain[trunk - 1][:4], "big")
    live = sum(sum(_markers(value) for value in row)
               for rows in table_rows(db, unpacked.data_key).values() for row in rows)
    return Pages(everything=b"".join(plain), free=[plain[n - 1] for n in numbers], live=live)


def _markers(value: object) -> int:
    text = value.encode() if isinstance(value, str) else value if isinstance(value, bytes) else b""
    return text.count(DELETED.encode()) + text.count(EDITED.encode())


def test_every_vault_connection_clears_what_it_deletes(vault: Vault) -> None:
    with vault.reading() as session:
        assert session.connection().exec_driver_sql("PRAGMA secure_delete").scalar_one() == 1


def test_deleted_and_edited_notes_are_not_in_the_free_pages_of_a_later_backup(tmp_path: Path) -> None:
    pages = pages_of_a_backup(tmp_path)
    assert len(pages.free) >= 10  # the check below looks at something
    assert not [page for page in pages.free if DELETED.encode() in page or EDITED.encode() in page]


def test_no_older_version_of_a_note_is_left_anywhere_in_the_backups_pages(tmp_path: Path) -> None:
    """Nor in the unused space inside pages still in use: every copy of a note in the backup's pages is one a row
    holds (the history keeps every version, as it must)."""
    pages = pages_of_a_backup(tmp_path)
    assert pages.live > 0
    assert _markers(pages.everything) == pages.live


def test_without_secure_delete_the_older_versions_would_be_there(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: with secure_delete turned off, older notes are left in the backup's pages."""
    real = engine.connect

    def careless(db_path: Path, data_key: bytes) -> sqlcipher.Connection:
        conn = real(db_path, data_key)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    monkeypatch.setattr(engine, "connect", careless)
    pages = pages_of_a_backup(tmp_path)
    assert _markers(pages.everything) > pages.live
