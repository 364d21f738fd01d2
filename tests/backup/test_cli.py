"""`backup create | verify | restore | forget-previous | settings` end to end through the command line."""

from __future__ import annotations

from pathlib import Path

from contractor_app.store.vault import Vault

from ..conftest import PASSWORD, Cli


def test_create_verify_restore_and_forget(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    assert cli("client", "add", "Acme", "--rate", "20/h").code == 0
    backup = tmp_path / "mine.clbackup"
    result = cli("backup", "create", "-o", str(backup))
    assert result.code == 0 and result.out.startswith(f"Backup saved: {backup} (")
    assert cli("backup", "create", "-o", str(backup)).code == 1  # never over a file

    result = cli("backup", "verify", str(backup))
    assert result.code == 0 and result.out.startswith("Backup check passed: ")
    assert "It restores completely" in result.out

    assert cli("client", "add", "Added after the backup").code == 0
    result = cli("backup", "restore", str(backup))
    assert result.code == 0, result.err
    assert "kept in" in result.out and "backup forget-previous" in result.out
    assert "Added after" not in cli("client", "list").out
    previous = next(cli.data_dir.glob("previous-*"))
    with Vault.unlock(previous, PASSWORD) as vault:
        assert vault.vault_id
    assert cli("backup", "forget-previous").out.startswith("Deleted 1 earlier set")
    assert not previous.exists()
    assert cli("verify").code == 0


def test_create_without_a_name_goes_to_the_backup_folder_and_settings_show(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    result = cli("backup", "create")
    assert result.code == 0 and str(cli.data_dir / "backups") in result.out
    result = cli("backup", "settings", "--keep-daily", "3", "--automatic", "off", "--folder", str(tmp_path / "b"))
    assert result.code == 0
    assert result.out.splitlines() == [f"Automatic backups: off, into {tmp_path / 'b'}",
                                       "Keeping the last 3 daily, 4 weekly and 12 monthly backups."]
    assert cli("backup", "settings", "--keep-weekly", "-1").code == 1
    assert cli("backup", "settings", "--folder", "relative/path").code == 1
    assert cli("backup", "verify", str(tmp_path / "missing.clbackup")).code == 1


def test_a_record_changed_under_a_valid_container_fails_verify_with_exit_4(cli: Cli, tmp_path: Path) -> None:
    """The container proves the bytes are what `create` read; only the records check proves the records were not
    changed behind the history (someone holding the key can make a valid container of anything)."""
    cli.init()
    assert cli("client", "add", "Acme", "--rate", "20/h").code == 0
    with Vault.unlock(cli.data_dir, PASSWORD) as vault, vault.unit_of_work() as uow:
        uow.session.connection().exec_driver_sql("UPDATE clients SET name = 'Changed behind the history'")
    backup = tmp_path / "changed.clbackup"
    assert cli("backup", "create", "-o", str(backup)).code == 0
    result = cli("backup", "verify", str(backup))
    assert result.code == 4, result.out + result.err
    assert "differs from its last recorded change" in result.out + result.err
