"""The backup's snapshot read in place (store/snapshot.py): the database file holds one moment while writers and
checkpoints carry on, and when no such moment can be had the backup is made the slow way and is just as good."""

from __future__ import annotations

import hashlib
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from contractor_app.backup.create import create_backup
from contractor_app.backup.keys import Password
from contractor_app.backup.verify import verify_backup
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.store.engine import connect
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD


def log(vault: Vault, count: int, first: int = 0) -> None:
    start = datetime(2021, 1, 1, tzinfo=UTC)
    for n in range(first, first + count):
        log_work(vault, NewEntry(client="Acme Labeling", start=start + timedelta(hours=n),
                                 end=start + timedelta(hours=n, minutes=30), tz="UTC", note=f"entry {n}"))


def head_bytes(path: Path, size: int) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(size)


def entries(conn: sqlcipher.Connection) -> int:
    (count,) = conn.execute("SELECT count(*) FROM work_entries").fetchone()
    return int(count)


@pytest.fixture
def busy_vault(vault: Vault) -> Vault:
    add_client(vault, NewClient(name="Acme Labeling", currency="USD"))
    log(vault, 20)
    return vault


def test_the_file_holds_its_moment_while_writers_and_checkpoints_carry_on(busy_vault: Vault, tmp_path: Path) -> None:
    db = busy_vault.paths.db
    with busy_vault.frozen_file() as (_key_file, data_key, frozen):
        assert frozen is not None
        at_start = hashlib.sha256(head_bytes(db, frozen.size)).hexdigest()
        log(busy_vault, 60, first=20)  # commits meanwhile
        with closing(connect(db, data_key)) as other:
            other.execute("PRAGMA busy_timeout = 0")  # FULL and TRUNCATE would wait for the frozen reader
            for mode in ("PASSIVE", "FULL", "TRUNCATE"):  # checkpoints asked for: none may touch the file
                other.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
            assert entries(other) == 80
        assert hashlib.sha256(head_bytes(db, frozen.size)).hexdigest() == at_start
        assert entries(frozen.reading) == 20
        (tmp_path / "copy.db").write_bytes(head_bytes(db, frozen.size))
    with closing(connect(tmp_path / "copy.db", data_key)) as copy:
        assert entries(copy) == 20
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    log(busy_vault, 1, first=80)
    with busy_vault.frozen_file() as (_key_file, _data_key, frozen):  # the next moment has every commit
        assert frozen is not None
        assert entries(frozen.reading) == 81


def test_a_reader_on_an_older_moment_means_the_slow_way_and_the_backup_is_as_good(
        busy_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exports: list[Path] = []
    export = Vault.export_snapshot

    def counted(vault: Vault, dest: Path) -> object:
        exports.append(dest)
        return export(vault, dest)

    monkeypatch.setattr(Vault, "export_snapshot", counted)
    with closing(connect(busy_vault.paths.db, busy_vault._key())) as older:
        older.execute("BEGIN")
        assert entries(older) == 20  # this reader stays at 20 entries: their frames cannot all reach the file
        log(busy_vault, 5, first=20)
        with busy_vault.frozen_file() as (_key_file, _data_key, frozen):
            assert frozen is None
        create_backup(busy_vault, tmp_path / "exported.clbackup")
        assert len(exports) == 1
        older.execute("ROLLBACK")
    create_backup(busy_vault, tmp_path / "in-place.clbackup")
    assert len(exports) == 1  # the reader gone, the file was read in place
    for name in ("exported", "in-place"):
        report = verify_backup(tmp_path / f"{name}.clbackup", Password(PASSWORD))
        assert report.ok, report.problems
        assert report.manifest.tables["work_entries"] == 25
    assert not list(busy_vault.paths.folder.glob(".backup-*"))  # the export's temporary folder went
