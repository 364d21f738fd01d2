"""The Backups view's services: listing with check status, a backup's date without a password, cancelling, and a
restore in two halves (prepared while the records are open, swapped in once they are locked)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from contractor_app.backup.keys import Password, RecoveryKey
from contractor_app.errors import BackupDamaged, InvalidInput, VaultBusy
from contractor_app.services.backups.create import BackupCancelled, back_up_now, check_backup
from contractor_app.services.backups.listing import MAX_CHECKS, backup_date, last_backup, list_backups, record_check
from contractor_app.services.backups.restore import discard_restore, finish_restore, prepare_restore
from contractor_app.services.backups.schedule import automatic_backup
from contractor_app.services.clients.directory import NewClient, add_client, list_clients
from contractor_app.services.profile import Profile, load_profile, save_profile
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD


def cancel_after(calls: int):  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) > calls:
            raise BackupCancelled()

    return progress, seen


def test_backups_are_listed_newest_first_with_their_check(vault: Vault) -> None:
    add_client(vault, NewClient(name="Acme", currency="USD"))
    assert last_backup(vault) is None
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    older = back_up_now(vault, now=now - timedelta(days=2))
    auto = automatic_backup(vault, now=now)
    assert auto is not None
    backups = list_backups(vault)
    assert [b.path for b in backups] == [auto.path, older.path]
    assert [b.automatic for b in backups] == [True, False] and backups[0].file_bytes == auto.file_bytes
    assert all(b.check is None for b in backups)

    check = record_check(vault, older.path, True, now=now)
    assert list_backups(vault)[1].check == check and check.ok
    older.path.write_bytes(older.path.read_bytes() + b"x")  # changed since: no longer counts as checked
    assert list_backups(vault)[1].check is None
    last = last_backup(vault)
    assert last is not None and last.path == auto.path and last.created_at == now


@pytest.mark.slow
def test_only_the_latest_checks_are_remembered(vault: Vault, tmp_path: Path) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for n in range(MAX_CHECKS + 3):
        path = tmp_path / f"b{n}.clbackup"
        path.write_bytes(b"x")
        record_check(vault, path, n % 2 == 0, now=start + timedelta(minutes=n))
    from contractor_app.services.settings import read_setting

    stored = read_setting(vault, "backups.checks")
    assert len(stored) == MAX_CHECKS and str(tmp_path / "b0.clbackup") not in stored
    with pytest.raises(InvalidInput, match="Nothing was changed"):
        record_check(vault, tmp_path / "missing.clbackup", True)


def test_a_backups_date_reads_without_a_password_and_damage_is_named(vault: Vault, tmp_path: Path) -> None:
    now = datetime(2026, 11, 26, 12, 30, tzinfo=UTC)
    info = back_up_now(vault, tmp_path / "b.clbackup", now=now)
    assert backup_date(info.path) == now
    (tmp_path / "junk.clbackup").write_bytes(b"not a backup at all")
    with pytest.raises(BackupDamaged):
        backup_date(tmp_path / "junk.clbackup")
    with pytest.raises(InvalidInput):
        backup_date(tmp_path / "missing.clbackup")
    os.mkfifo(tmp_path / "pipe.clbackup")  # opening a pipe would wait for a writer for ever
    with pytest.raises(InvalidInput, match="not a backup file"):
        backup_date(tmp_path / "pipe.clbackup")


def test_cancelling_a_backup_leaves_no_file(vault: Vault, tmp_path: Path) -> None:
    add_client(vault, NewClient(name="Acme", currency="USD"))
    progress, seen = cancel_after(0)
    with pytest.raises(BackupCancelled):
        back_up_now(vault, tmp_path / "b.clbackup", progress=progress)
    assert seen and [p.name for p in tmp_path.iterdir()] == [vault.paths.folder.name]  # no file, no partial one
    assert not any(p.name.startswith(".backup-") for p in vault.paths.folder.iterdir())
    done: list[tuple[int, int]] = []
    info = back_up_now(vault, tmp_path / "b.clbackup", progress=lambda d, t: done.append((d, t)))
    assert done and done[0][0] == 0 and all(total == done[0][1] for _, total in done)
    assert info.path.exists()


def test_checking_reports_and_cancelling_a_check_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    info = back_up_now(vault, tmp_path / "b.clbackup")
    report = check_backup(info.path, Password(PASSWORD))
    assert report.ok
    progress, _ = cancel_after(0)
    with pytest.raises(BackupCancelled):
        check_backup(info.path, Password(PASSWORD), progress=progress)


def test_a_restore_is_prepared_while_open_and_swapped_in_once_locked(data_dir: Path, tmp_path: Path) -> None:
    vault, recovery_key = Vault.create(data_dir, PASSWORD)
    save_profile(vault, Profile(name="Dana", timezone="UTC", address="1 Main St\n  Springfield  "))
    assert load_profile(vault).address == "1 Main St\nSpringfield"
    add_client(vault, NewClient(name="Before", currency="USD"))
    info = back_up_now(vault, tmp_path / "b.clbackup")
    add_client(vault, NewClient(name="After", currency="USD"))

    progress, _ = cancel_after(0)
    with pytest.raises(BackupCancelled):
        prepare_restore(info.path, Password(PASSWORD), data_dir, progress=progress)
    assert not any(p.name.startswith(".restore-") for p in data_dir.iterdir())
    staged = prepare_restore(info.path, Password(PASSWORD), data_dir)  # the records stay open meanwhile
    assert staged.staging.is_dir() and sorted(c.name for c in list_clients(vault)) == ["After", "Before"]
    discard_restore(staged)  # locked meanwhile: thrown away
    assert not staged.staging.exists()
    staged = prepare_restore(info.path, RecoveryKey(recovery_key), data_dir)
    vault.lock()
    result = finish_restore(staged, recovery=(recovery_key, "a brand new password"))
    assert result.previous is not None and (result.previous / "vault.db").exists()
    with Vault.unlock(data_dir, "a brand new password") as restored:
        assert [c.name for c in list_clients(restored)] == ["Before"]


def test_an_address_too_long_is_refused(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="too long"):
        save_profile(vault, Profile(address="x" * 501))


def test_a_staged_restore_is_refused_while_open_here_with_a_weak_password_or_twice(data_dir: Path,
                                                                                    tmp_path: Path) -> None:
    """Each refusal leaves the records in place: never moved aside with nothing put in their place."""
    vault, recovery_key = Vault.create(data_dir, PASSWORD)
    add_client(vault, NewClient(name="Before", currency="USD"))
    info = back_up_now(vault, tmp_path / "b.clbackup")
    add_client(vault, NewClient(name="After", currency="USD"))
    staged = prepare_restore(info.path, RecoveryKey(recovery_key), data_dir)
    with pytest.raises(VaultBusy, match="still open here"):  # the file lock cannot see this process's own
        finish_restore(staged)
    assert [c.name for c in list_clients(vault)] == ["After", "Before"]
    vault.lock()

    staged = prepare_restore(info.path, RecoveryKey(recovery_key), data_dir)
    with pytest.raises(InvalidInput, match="at least"):
        finish_restore(staged, recovery=(recovery_key, "short"))
    with Vault.unlock(data_dir, PASSWORD) as still:
        assert [c.name for c in list_clients(still)] == ["After", "Before"]

    finish_restore(staged)
    with pytest.raises(InvalidInput, match="already finished or thrown away"):
        finish_restore(staged)
    with Vault.unlock(data_dir, PASSWORD) as restored:
        assert [c.name for c in list_clients(restored)] == ["Before"]


def test_the_one_restore_checks_everything_before_it_unpacks(data_dir: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """restore_backup (the CLI's and the unlock window's) refuses open records, a weak new password, or a new
    password without the recovery key before any staging folder exists; with the recovery key it sets the new one."""
    from contractor_app.backup import restore as backup_restore
    from contractor_app.services.backups.restore import restore_backup

    vault, recovery_key = Vault.create(data_dir, PASSWORD)
    add_client(vault, NewClient(name="Before", currency="USD"))
    info = back_up_now(vault, tmp_path / "b.clbackup")
    add_client(vault, NewClient(name="After", currency="USD"))
    unpacked: list[Path] = []
    monkeypatch.setattr(backup_restore, "unpack", lambda path, *args, **kwargs: unpacked.append(path))
    with pytest.raises(VaultBusy, match="still open here"):
        restore_backup(info.path, Password(PASSWORD), data_dir)
    vault.lock()
    with pytest.raises(InvalidInput, match="at least"):
        restore_backup(info.path, RecoveryKey(recovery_key), data_dir, new_password="short")
    with pytest.raises(InvalidInput, match="only be set when restoring with the recovery key"):
        restore_backup(info.path, Password(PASSWORD), data_dir, new_password="a brand new password")
    assert unpacked == [] and not any(p.name.startswith(".restore-") for p in data_dir.iterdir())

    monkeypatch.undo()
    result = restore_backup(info.path, RecoveryKey(recovery_key), data_dir, new_password="a brand new password")
    assert result.report.ok and result.previous is not None
    with Vault.unlock(data_dir, "a brand new password") as restored:
        assert [c.name for c in list_clients(restored)] == ["Before"]
