"""Backup benchmarks (`make bench`): create, verify and restore a vault holding 1 GB of evidence, as throughput and
as a ratio to `cp` of the same bytes in the same run. Printed, never asserted.

BENCH_BACKUP_MB sets the evidence size (default 1024, in 10 MB files), for a quick trial run or a bigger machine.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from contractor_app.backup.create import create_backup
from contractor_app.backup.keys import Password
from contractor_app.backup.verify import verify_backup
from contractor_app.services.backups import restore_backup
from contractor_app.store.models import Evidence
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .conftest import Figures

EVIDENCE_MB = int(os.environ.get("BENCH_BACKUP_MB", "1024"))
FILE_MB = 10


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def test_backup_verify_and_restore_throughput(tmp_path_factory: pytest.TempPathFactory, figures: Figures) -> None:
    root = tmp_path_factory.mktemp("bench-backup")
    folder = root / "records"
    vault, _ = Vault.create(folder, PASSWORD)
    print(f"\n[filling a vault with {EVIDENCE_MB} MB of evidence in {FILE_MB} MB files ...]", flush=True)
    began = time.perf_counter()
    with vault:
        for n in range(max(1, EVIDENCE_MB // FILE_MB)):
            content = os.urandom(FILE_MB * 1_000_000)
            with vault.unit_of_work() as uow:
                uow.created(Evidence(name=f"recording-{n}.webm", media_type="video/webm", size=len(content),
                                     sha256=hashlib.sha256(content).hexdigest(), content=content,
                                     added_at=datetime.now(UTC)))
    db_bytes = (folder / "vault.db").stat().st_size
    mb = db_bytes / 1e6
    figures.add("backup: vault size", f"{mb:,.0f} MB", f"filled in {time.perf_counter() - began:.0f} s")

    copy = timed(lambda: subprocess.run(["cp", str(folder / "vault.db"), str(root / "copy.db")], check=True))
    (root / "copy.db").unlink()
    figures.add("backup: cp of the database file", f"{copy:.2f} s", f"{mb / copy:,.0f} MB/s")

    backup = root / "bench.clbackup"
    with Vault.unlock(folder, PASSWORD) as vault:
        create = timed(lambda: create_backup(vault, backup))
    figures.add("backup: create", f"{create:.2f} s", f"{mb / create:,.0f} MB/s, {create / copy:.1f}x cp; "
                f"file {backup.stat().st_size / db_bytes:.3f}x the database")
    check = timed(lambda: verify_backup(backup, Password(PASSWORD)))
    figures.add("backup: verify", f"{check:.2f} s", f"{mb / check:,.0f} MB/s, {check / copy:.1f}x cp")
    figures.row("backup", f"{create + check:.1f} s for {mb:,.0f} MB ({mb / (create + check):,.0f} MB/s)",
                f"cp {copy:.2f} s", f"{(create + check) / copy:.1f}x")
    restore = timed(lambda: restore_backup(backup, Password(PASSWORD), root / "restored"))
    figures.add("backup: restore", f"{restore:.2f} s", f"{mb / restore:,.0f} MB/s, {restore / copy:.1f}x cp")
    shutil.rmtree(root)
