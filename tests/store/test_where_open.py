"""One check of whether the records are open (store.vault.where_open), used by a restore and by a re-key alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from contractor_app.backup.restore import refuse_if_open
from contractor_app.errors import VaultBusy
from contractor_app.store.vault import Vault, where_open

from ..conftest import PASSWORD
from ..kdf import REPO


def test_open_here_is_seen_and_the_asking_vault_is_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    vault, _ = Vault.create(folder, PASSWORD)
    with vault:
        assert where_open(folder) == "here"
        assert where_open(folder, besides=vault) is None
    assert where_open(folder) is None


def test_open_in_another_process_refuses_a_restore_and_a_re_key_alike(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    Vault.create(folder, PASSWORD)[0].lock()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from tests.kdf import use_fast_kdf; use_fast_kdf(); "
         "from contractor_app.store.vault import Vault; vault = Vault.unlock(sys.argv[1], sys.argv[2]); "
         "print('open', flush=True); time.sleep(60)", str(folder), PASSWORD],
        stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        if not (folder / "vault.db-shm").exists():
            pytest.skip("the other process did not map the WAL index")
        assert where_open(folder) == "elsewhere"
        with pytest.raises(VaultBusy, match="open in another window. Close it, then restore again"):
            refuse_if_open(folder)
        with Vault.unlock(folder, PASSWORD) as vault:
            with pytest.raises(VaultBusy, match="open in another window. Close it, then try again"):
                vault.rekey(PASSWORD)
    finally:
        holder.kill()
        holder.wait()
    assert where_open(folder) is None
