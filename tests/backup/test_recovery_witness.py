"""Unlocking with the recovery key checks for a rollback exactly as the password unlock does (issue 14): the key
file's own record, this computer's witness, and, when this computer keeps none, the newest backup's witness.

Before this, `passwd --recovery` opened an older pair of files put back together and re-keyed it, making the
older records the current ones: the newer changes were gone without a word.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from contractor_app.errors import VaultRolledBack
from contractor_app.services.lifecycle import recover_vault, unlock_vault

from ..conftest import PASSWORD, Cli, vault_files
from ..sample import Templates
from .test_backup_witness import _backup, _change, _copy_pair, _put_back

NEW_PASSWORD = "a brand new password"


@pytest.fixture
def recovery_key(data_dir: Path, templates: Templates) -> str:
    """The records of a template in ``data_dir`` with one change; its recovery key."""
    sample = templates()
    sample.copy_to(data_dir)
    _change(data_dir, "First")
    return sample.recovery_key


def _rolled_back(folder: Path, older: Path) -> None:
    """A newer change and a backup of it, then the older pair of files put back (cloud version history)."""
    _copy_pair(folder, older)
    _change(folder, "Second")
    _backup(folder)
    _put_back(older, folder)


def test_recovery_on_a_computer_without_a_witness_is_refused_by_a_newer_backup(
        data_dir: Path, recovery_key: str, tmp_path: Path, config_dir: Path, cli: Cli,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _rolled_back(data_dir, tmp_path / "older")
    shutil.rmtree(config_dir / "witness")  # a new computer, or the config folder wiped
    before = vault_files(data_dir)

    with pytest.raises(VaultRolledBack, match="a backup holds change"):
        recover_vault(data_dir, recovery_key, NEW_PASSWORD)
    assert vault_files(data_dir) == before and not (config_dir / "witness").exists()

    monkeypatch.setenv("CONTRACTOR_APP_RECOVERY_KEY", recovery_key)
    monkeypatch.setenv("CONTRACTOR_APP_NEW_PASSWORD", NEW_PASSWORD)
    result = cli("passwd", "--recovery", password=None)
    assert result.code == 4 and "older copy" in result.err and len(result.err.strip().splitlines()) == 1
    assert vault_files(data_dir) == before
    unlock_vault(data_dir, PASSWORD, check_rollback=False).lock()  # the old password still opens it: not re-keyed


def test_recovery_is_refused_by_this_computers_witness(data_dir: Path, recovery_key: str, tmp_path: Path) -> None:
    _rolled_back(data_dir, tmp_path / "older")
    before = vault_files(data_dir)
    with pytest.raises(VaultRolledBack, match="this computer saw change"):
        recover_vault(data_dir, recovery_key, NEW_PASSWORD)
    assert vault_files(data_dir) == before


def test_recovery_is_refused_when_the_database_alone_was_put_back(data_dir: Path, recovery_key: str,
                                                                  tmp_path: Path, config_dir: Path) -> None:
    older = tmp_path / "older"
    _copy_pair(data_dir, older)
    _change(data_dir, "Second")
    (data_dir / "vault.db-wal").unlink(missing_ok=True)
    shutil.copy2(older / "vault.db", data_dir / "vault.db")
    shutil.rmtree(config_dir / "witness")
    before = vault_files(data_dir)
    with pytest.raises(VaultRolledBack, match="this is an older copy"):
        recover_vault(data_dir, recovery_key, NEW_PASSWORD)
    assert vault_files(data_dir) == before


def test_recovery_of_current_records_still_works(data_dir: Path, recovery_key: str, config_dir: Path) -> None:
    _backup(data_dir)  # at the records: no alarm
    shutil.rmtree(config_dir / "witness")
    recover_vault(data_dir, recovery_key, NEW_PASSWORD).lock()
    unlock_vault(data_dir, NEW_PASSWORD).lock()
