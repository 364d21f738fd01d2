"""Round trip: a vault holding every kind of record is backed up, restored into an empty data folder, and the two
are compared table by table, row by row; the restored vault opens with the password and the recovery key of the
day the backup was made, and passes the records check (including the rollback check)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from contractor_app.backup.create import create_backup
from contractor_app.backup.keys import Password, RecoveryKey
from contractor_app.backup.leftovers import forget_previous, previous_copies
from contractor_app.backup.verify import verify_backup
from contractor_app.errors import InvalidInput
from contractor_app.services.backups.restore import restore_backup
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.verify import verify_vault
from contractor_app.store.keyfile import KeyHeader
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .conftest import FILLED, Built, copy_of, data_key_of, table_rows


def test_restore_into_an_empty_folder_gives_every_row_back(built: Built, tmp_path: Path) -> None:
    key = data_key_of(built.folder)
    original = table_rows(built.folder / "vault.db", key)
    assert all(original[table] for table in FILLED), [t for t in FILLED if not original[t]]

    target = tmp_path / "new-machine" / "records"  # does not exist yet
    result = restore_backup(built.backup, Password(PASSWORD), target)

    assert result.previous is None and result.report.ok
    assert table_rows(target / "vault.db", key) == original
    with Vault.unlock(target, PASSWORD) as vault:  # the unlock runs the rollback check
        report = verify_vault(vault)
        assert report.ok, report.problems
    restored_key = KeyHeader.read(target / "vault.key")
    assert (restored_key.rollback.seq, restored_key.rollback.head) == (report.events, report.head)
    assert sorted(p.name for p in target.iterdir()) == ["vault.db", "vault.key", "vault.lock"]


def test_the_recovery_key_opens_the_backup_and_the_restored_vault(built: Built, tmp_path: Path) -> None:
    report = verify_backup(built.backup, RecoveryKey(built.recovery_key.lower().replace("-", " ")))
    assert report.ok and report.manifest.evidence_files == 3
    target = tmp_path / "records"
    restore_backup(built.backup, RecoveryKey(built.recovery_key), target)
    with Vault.unlock_with_recovery_key(target, built.recovery_key, "a brand new password") as vault:
        assert verify_vault(vault).ok


def test_the_password_of_the_day_opens_a_backup_after_the_password_changed(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "records", PASSWORD)
    with vault:
        add_client(vault, NewClient(name="Acme", currency="USD"))
        create_backup(vault, tmp_path / "before.clbackup")
        vault.change_password(PASSWORD, "the newer password")
        create_backup(vault, tmp_path / "after.clbackup")
    assert verify_backup(tmp_path / "before.clbackup", Password(PASSWORD)).ok
    assert verify_backup(tmp_path / "after.clbackup", Password("the newer password")).ok
    restore_backup(tmp_path / "before.clbackup", Password(PASSWORD), tmp_path / "records")
    Vault.unlock(tmp_path / "records", PASSWORD).lock()


def test_restore_over_records_keeps_them_aside_until_forgotten(built: Built, tmp_path: Path) -> None:
    folder = tmp_path / "records"
    vault, _ = Vault.create(folder, "another password")
    with vault:
        add_client(vault, NewClient(name="Only here", currency="USD"))
        other_key = vault._key()
    before = table_rows(folder / "vault.db", other_key)

    result = restore_backup(built.backup, Password(PASSWORD), folder)

    assert result.previous is not None and [p for p, _ in previous_copies(folder)] == [result.previous]
    assert table_rows(result.previous / "vault.db", other_key) == before
    Vault.unlock(result.previous, "another password").lock()  # the kept-aside records still open
    Vault.unlock(folder, PASSWORD).lock()
    assert forget_previous(folder) == [result.previous] and not result.previous.exists()


def test_a_backup_never_overwrites_a_file(built: Built, tmp_path: Path) -> None:
    folder = copy_of(built, tmp_path / "records")
    existing = tmp_path / "precious.txt"
    existing.write_text("do not touch")
    with Vault.unlock(folder, PASSWORD) as vault, pytest.raises(InvalidInput, match="already a file"):
        create_backup(vault, existing)
    assert existing.read_text() == "do not touch"


def test_the_app_keeps_working_during_a_backup_and_the_snapshot_is_one_moment(built: Built, tmp_path: Path) -> None:
    """A writer commits entries all through the backup; the backup holds a consistent state (its records check
    passes: a torn snapshot would fail the replay), and every commit the writer made is kept by the live vault."""
    folder = copy_of(built, tmp_path / "records")
    done = threading.Event()
    committed: list[int] = []

    def writer() -> None:
        with Vault.unlock(folder, PASSWORD) as vault:
            start = datetime(2020, 1, 1, tzinfo=UTC)
            while not done.is_set():
                n = len(committed)
                log_work(vault, NewEntry(client="Acme Labeling", start=start + timedelta(hours=n),
                                         end=start + timedelta(hours=n, minutes=30), tz="UTC", note=f"w{n}"))
                committed.append(n)

    thread = threading.Thread(target=writer)
    with Vault.unlock(folder, PASSWORD) as vault:
        thread.start()
        while not committed:
            assert thread.is_alive(), "the writer failed before its first commit"
            time.sleep(0.001)
        began = len(committed)
        for n in range(3):
            create_backup(vault, tmp_path / f"during-{n}.clbackup")
        during = len(committed) - began
    done.set()
    thread.join()
    assert during > 0, "the writer was blocked for the whole backup"
    for n in range(3):
        report = verify_backup(tmp_path / f"during-{n}.clbackup", Password(PASSWORD))
        assert report.ok, report.problems
    with Vault.unlock(folder, PASSWORD) as vault:
        assert verify_vault(vault).ok
