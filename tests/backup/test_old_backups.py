"""Backups made before issue 18's changes keep verifying and restoring: one whose payload is an SQLCipher export
(how every backup was made before the snapshot was read in place) of a vault at schema 0010 (evidence bytes before
`added_at` and `note`). The restored vault is upgraded and keeps every evidence byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from contractor_app.backup.create import create_backup
from contractor_app.backup.keys import Password
from contractor_app.backup.verify import verify_backup
from contractor_app.services.backups.restore import restore_backup
from contractor_app.services.verify import verify_vault
from contractor_app.store import snapshot as store_snapshot
from contractor_app.store import vault as store_vault
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..store.test_evidence_migration import AT_0010, AT_0011, by_column, downgrade_to, evidence_columns
from .conftest import Built, copy_of, data_key_of


@pytest.mark.slow
def test_an_exported_backup_of_a_0010_vault_verifies_and_restores(
        built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = copy_of(built, tmp_path / "records")
    key = data_key_of(folder)
    downgrade_to(folder / "vault.db", key, "0010")
    at_0010 = by_column(folder / "vault.db", key, AT_0010)
    with monkeypatch.context() as old_app:  # an app from before: no upgrade on open, the snapshot exported
        old_app.setattr(store_vault, "bring_to_head", lambda *args, **kwargs: None)
        old_app.setattr(store_snapshot, "_begin_checkpointed_read", lambda *args: False)
        with Vault.unlock(folder, PASSWORD) as vault:
            create_backup(vault, tmp_path / "old.clbackup")

    report = verify_backup(tmp_path / "old.clbackup", Password(PASSWORD))
    assert report.ok, report.problems
    assert report.manifest.schema == "0010" and report.manifest.evidence_files == 3

    target = tmp_path / "restored"
    restore_backup(tmp_path / "old.clbackup", Password(PASSWORD), target)
    # The restore's check opens the copy as a vault, which brings it to the current schema before it is swapped in.
    assert evidence_columns(target / "vault.db", key) == AT_0011
    assert by_column(target / "vault.db", key, AT_0011) == at_0010
    with Vault.unlock(target, PASSWORD) as restored:
        assert verify_vault(restored).ok
