"""`backup verify` does no work twice (issue 18): the evidence bytes are read once (they were hashed by the
list-of-contents check and again by the records check), so a damaged file is one problem; and the copy it checks
and deletes is not forced to the disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from contractor_app.backup.create import create_backup
from contractor_app.backup.keys import Password
from contractor_app.backup.verify import verify_backup
from contractor_app.store import engine
from contractor_app.store.engine import PAGE_SIZE
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..store.test_free_pages import flip, free_leaves
from .conftest import Built, copy_of


def test_evidence_whose_bytes_changed_is_one_problem_of_the_backup(built: Built, tmp_path: Path) -> None:
    folder = copy_of(built, tmp_path / "records")
    with Vault.unlock(folder, PASSWORD) as vault:
        with vault.unit_of_work() as uow:  # behind the app's back: the bytes change, the fingerprint does not
            first = uow.session.connection().exec_driver_sql("SELECT id FROM evidence ORDER BY id LIMIT 1").fetchone()
            assert first is not None
            (evidence_id,) = first
            uow.session.connection().exec_driver_sql(
                "UPDATE evidence SET content = zeroblob(size) WHERE id = ?", (evidence_id,))
        create_backup(vault, tmp_path / "b.clbackup")
    report = verify_backup(tmp_path / "b.clbackup", Password(PASSWORD))
    about_it = [problem for problem in report.problems if "fingerprint" in problem]
    assert about_it == [f"record check: evidence #{evidence_id} ({_name(folder, evidence_id)}) does not match "
                        "its SHA-256 fingerprint"]


def _name(folder: Path, evidence_id: int) -> str:
    with Vault.unlock(folder, PASSWORD) as vault, vault.reading() as session:
        return session.connection().exec_driver_sql(
            "SELECT name FROM evidence WHERE id = ?", (evidence_id,)).scalar_one()


def test_a_check_does_not_force_its_throwaway_copy_to_disk_but_a_restore_does(
        built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from contractor_app.backup import unpack
    from contractor_app.services.backups.restore import restore_backup

    synced: list[int] = []  # sizes of the files forced to disk (the small key files are written atomically)
    real_fsync = os.fsync
    def fsync(fd: int) -> None:
        synced.append(os.fstat(fd).st_size)
        real_fsync(fd)

    monkeypatch.setattr(unpack.os, "fsync", fsync)
    database = (built.folder / "vault.db").stat().st_size
    assert verify_backup(built.backup, Password(PASSWORD)).ok
    assert [size for size in synced if size >= database // 2] == []
    restore_backup(built.backup, Password(PASSWORD), tmp_path / "restored")
    assert [size for size in synced if size >= database // 2]  # the restored database, before it is moved in


def test_a_damaged_free_page_in_the_snapshot_fails_the_check_without_a_second_pass_over_every_page(
        built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup carries the file's free pages as they were (docs/backup-format.md). One damaged on the disk before
    the backup was made is sealed faithfully, and the check must still find it: issue 18 replaced SQLCipher's full
    pass over every page (cipher_integrity_check) by integrity_check, which authenticates every page it reads, and
    an authentication of the free-list pages, the only ones it does not read."""
    folder = copy_of(built, tmp_path / "records")
    with Vault.unlock(folder, PASSWORD) as vault:
        with vault.unit_of_work() as uow:
            uow.session.connection().exec_driver_sql("DELETE FROM evidence_links")
            uow.session.connection().exec_driver_sql("DELETE FROM evidence WHERE name = 'screen.png'")
        key = vault._key()
    db = folder / "vault.db"
    leaf = free_leaves(db, key)[-1]
    flip(db, (leaf - 1) * PAGE_SIZE + 300)
    with Vault.unlock(folder, PASSWORD) as vault:
        create_backup(vault, tmp_path / "b.clbackup")

    def every_page_again(*args: object) -> list[str]:
        raise AssertionError("cipher_integrity_check ran over every page again")

    monkeypatch.setattr(engine, "_page_problems", every_page_again)
    report = verify_backup(tmp_path / "b.clbackup", Password(PASSWORD))
    assert report.problems == (f"damaged: page {leaf}",)


def test_a_copy_written_to_when_opened_is_checkpointed_before_its_free_pages_are_read(built: Built,
                                                                                      tmp_path: Path) -> None:
    """Opening an older backup's copy migrates it, into the -wal; the free list is read from the file itself, so the
    file must first hold everything (or the full pass runs instead)."""
    folder = copy_of(built, tmp_path / "records")
    with Vault.unlock(folder, PASSWORD) as vault:
        with vault.unit_of_work() as uow:  # commits that stay in the -wal while the vault is open
            uow.session.connection().exec_driver_sql("DELETE FROM evidence_links")
            uow.session.connection().exec_driver_sql("DELETE FROM evidence WHERE name = 'screen.png'")
        assert (folder / "vault.db-wal").stat().st_size > 0
        assert vault.integrity_problems(closed_copy=True) == []
        assert (folder / "vault.db-wal").stat().st_size == 0
