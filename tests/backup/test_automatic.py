"""Automatic backups: at most one a day and only after a change, rotation by day, week and month (tested on dates
alone), and a failure reported to the worker in one line while the command's own result stands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from contractor_app.backup.rotation import auto_name, automatic_backups, keep
from contractor_app.services.backups.schedule import BackupSettings, automatic_backup, load_settings, save_settings
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.store.vault import Vault

from ..conftest import Cli


def at(day: str, hour: int = 18) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def test_rotation_keeps_the_newest_of_each_recent_day_week_and_month() -> None:
    # One backup a day through the first quarter of 2026, and a second one on its last day.
    days = [at("2026-01-01") + timedelta(days=n) for n in range(90)]
    times = [*days, at("2026-03-31", 20)]
    assert at("2026-03-31").isoweekday() == 2 and at("2026-03-29").isoweekday() == 7  # a Tuesday; a Sunday
    kept = keep(times, daily=3, weekly=3, monthly=3)
    assert kept == {
        at("2026-03-31", 20), at("2026-03-30"), at("2026-03-29"),  # days: the newest of the last three
        at("2026-03-22"),  # weeks: this week and last are kept already; the Sunday of the one before
        at("2026-02-28"), at("2026-01-31"),  # months: March's is kept already; February's and January's
    }
    assert keep(times, daily=0, weekly=0, monthly=0) == set()
    assert keep([], daily=7, weekly=4, monthly=12) == set()
    year = [at("2025-01-01") + timedelta(days=n) for n in range(365)]  # ends on Wednesday 31 December
    # The last 7 days hold the newest of this week and last; December's newest is a day already kept.
    assert len(keep(year, daily=7, weekly=4, monthly=12)) == 7 + (4 - 2) + (12 - 1)


def test_one_automatic_backup_a_day_only_after_changes_and_rotated(tmp_path: Path) -> None:
    folder = tmp_path / "synced"
    vault, _ = Vault.create(tmp_path / "records", "a good password")
    with vault:
        save_settings(vault, BackupSettings(folder=str(folder), keep_daily=2, keep_weekly=0, keep_monthly=0))
        assert automatic_backup(vault, now=at("2026-03-02", 9)) is not None
        add_client(vault, NewClient(name="Acme", currency="USD"))
        assert automatic_backup(vault, now=at("2026-03-02", 17)) is None  # one a day
        assert automatic_backup(vault, now=at("2026-03-03", 9)) is not None  # a new day, and Acme is new
        assert automatic_backup(vault, now=at("2026-03-04", 9)) is None  # nothing changed since
        for day in ("2026-03-05", "2026-03-06"):
            add_client(vault, NewClient(name=f"Client {day}", currency="USD"))
            assert automatic_backup(vault, now=at(day, 9)) is not None
        kept = automatic_backups(folder, vault.vault_id)
        assert sorted(kept) == [at("2026-03-05", 9), at("2026-03-06", 9)]  # rotation: the last two days
        (folder / "my-own.clbackup").write_bytes(b"a worker's file")
        (folder / auto_name("00000000-other-vault", at("2026-01-01"))).write_bytes(b"another vault's")
        add_client(vault, NewClient(name="Later", currency="USD"))
        automatic_backup(vault, now=at("2026-03-07", 9))
        names = sorted(p.name for p in folder.iterdir())
        assert "my-own.clbackup" in names and any(name.startswith("contractor-ledger-00000000") for name in names)
        assert len(automatic_backups(folder, vault.vault_id)) == 2
        assert load_settings(vault).keep_daily == 2


def test_records_kept_aside_by_a_restore_go_after_30_days(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "records", "a good password")
    old, recent = (tmp_path / "records" / name for name in ("previous-20260101T090000Z", "previous-20260125T090000Z"))
    for folder in (old, recent):
        folder.mkdir()
        (folder / "vault.db").write_bytes(b"kept aside")
    with vault:
        save_settings(vault, BackupSettings(automatic=False))
        automatic_backup(vault, now=at("2026-02-05"))
    assert not old.exists() and recent.exists()


def test_the_cli_backs_up_after_a_change_and_reports_a_failure(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    backups = cli.data_dir / "backups"
    assert not backups.exists()
    assert cli("client", "list").code == 0 and not backups.exists()  # read only: nothing
    assert cli("client", "add", "Nope", password="wrong password").code == 3 and not backups.exists()
    result = cli("client", "add", "Acme", "--rate", "20/h")
    assert result.code == 0 and result.err == ""
    assert len(list(backups.glob("*-auto.clbackup"))) == 1
    assert cli("backup", "verify", str(next(backups.glob("*-auto.clbackup")))).code == 0

    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("")
    result = cli("backup", "settings", "--folder", str(blocker / "backups"))  # a change: the backup is due there
    assert result.code == 0 and result.err.startswith("Warning: The backup folder")
    result = cli("log", "--client", "Acme", "--start", "2026-03-02T09:00", "--end", "2026-03-02T10:00")
    assert result.code == 0, result.err
    assert result.err.count("\n") == 1 and result.err.startswith("Warning: The backup folder")
    assert "Your records are safe and unchanged" in result.err
    assert cli("list").code == 0  # the entry was logged all the same
    assert "09:00" in cli("list").out


def test_half_written_backups_left_by_a_kill_are_removed_once_a_day_old(tmp_path: Path) -> None:
    """A backup killed mid-write leaves its temp file (tests/attack/test_kills.py): without this they piled up."""
    import os

    vault, _ = Vault.create(tmp_path / "records", "correct horse battery")
    with vault:
        folder = tmp_path / "records" / "backups"
        folder.mkdir()
        now = at("2026-03-02", 9)
        stale, fresh = folder / ".old.clbackup.0123456789abcdef.tmp", folder / ".new.clbackup.fedcba9876543210.tmp"
        for path, age in ((stale, timedelta(days=2)), (fresh, timedelta(hours=1))):
            path.write_bytes(b"half a backup")
            os.utime(path, ((now - age).timestamp(), (now - age).timestamp()))
        assert automatic_backup(vault, now=now) is not None
    assert not stale.exists() and fresh.exists()
