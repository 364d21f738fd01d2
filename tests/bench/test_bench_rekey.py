"""Re-keying a vault (a password change): the export into a fresh database the app uses, against SQLCipher's
in-place ``PRAGMA rekey``, on copies of the same vault. Figures only (never asserted).

Why the export (store/rekey.py): the old file stays whole until one rename replaces it, so a kill leaves either
vault; ``PRAGMA rekey`` rewrites every page of the live file in one transaction (through the WAL), and leaves
the key file and the database to be switched separately, with no file on disk to say which key a page has.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from contractor_app.store import crypto
from contractor_app.store.engine import connect
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .conftest import BenchVault, Figures


def test_rekey_export_against_pragma_rekey(vault_100k: BenchVault, tmp_path: Path, figures: Figures) -> None:
    print(f"\n-- re-keying a vault of {vault_100k.entries:,} entries ({vault_100k.db_bytes / 1e6:.0f} MB)")
    export_copy, pragma_copy = tmp_path / "export", tmp_path / "pragma"
    shutil.copytree(vault_100k.folder, export_copy)
    shutil.copytree(vault_100k.folder, pragma_copy)

    with Vault.unlock(export_copy, PASSWORD) as vault:
        began = time.perf_counter()
        vault.rekey(PASSWORD)
        export_seconds = time.perf_counter() - began
    figures.add(f"password change with re-key, {vault_100k.entries:,} entries", f"{export_seconds:.2f} s",
                "sqlcipher_export into a fresh file + two renames (the app's way)")

    with Vault.unlock(pragma_copy, PASSWORD) as vault:
        old_key = vault._key()
    conn = connect(pragma_copy / "vault.db", old_key)
    try:
        began = time.perf_counter()
        conn.execute(f"PRAGMA rekey = \"x'{crypto.new_data_key().hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pragma_seconds = time.perf_counter() - began
    finally:
        conn.close()
    figures.add(f"PRAGMA rekey in place, {vault_100k.entries:,} entries", f"{pragma_seconds:.2f} s",
                "for comparison only: not crash-safe with the key file")
