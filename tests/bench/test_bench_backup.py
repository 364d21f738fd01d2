"""Backup benchmarks (`make bench`): create, verify and restore a vault holding 100 MB and 1 GB of evidence, as
throughput and as a ratio to `cp` of the same bytes in the same run. Printed, never asserted.

BENCH_BACKUP_MB lists the evidence sizes (default "100,1024", in 10 MB files): "100" for a quick trial run, more on a
bigger machine. Issue 18's row is the largest size run. Each figure is printed with the process's CPU time beside
the wall time: on a shared machine the wall time says as much about the other processes as about ours. The create
the slow way (an SQLCipher export, as every backup was made before issue 18) is timed in the same run as the
before figure.

The ratio the goal uses (create + verify within 3x) is to `cp`, the comparator issue 18 names. `cp` leaves its copy
in the kernel's cache, while a backup is on the disk when create returns (it fsyncs the file and its folder): so
`cp` + fsync of the copy is timed beside it, and the row prints the ratio to both, the goal's first.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from contractor_app.backup.create import create_backup
from contractor_app.backup.keys import Password
from contractor_app.backup.verify import verify_backup
from contractor_app.services.backups.restore import restore_backup
from contractor_app.store import snapshot
from contractor_app.store.models import Evidence
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from .conftest import Figures

SIZES_MB = sorted(int(size) for size in os.environ.get("BENCH_BACKUP_MB", "100,1024").split(","))
FILE_MB = 10


@dataclass(frozen=True)
class Took:
    """Wall time, and CPU time split into our code's (user) and the kernel's on our behalf (system): on the
    development machine (a virtual machine that hands memory back to its host) the kernel's part of writing a new
    gigabyte (the pages of its cache) swung between 0.4 and 7.7 s from one write to the next, `cp`'s included, while
    the user part stays put (issue 18)."""

    wall: float
    user: float
    system: float

    @property
    def cpu(self) -> float:
        return self.user + self.system

    def __str__(self) -> str:
        return f"{self.wall:.2f} s (CPU {self.cpu:.2f} s: user {self.user:.2f}, system {self.system:.2f})"


def cpu_seconds() -> tuple[float, float]:
    """This process's user and system CPU time, each with that of its finished children (`cp`)."""
    spent = os.times()
    return spent.user + spent.children_user, spent.system + spent.children_system


def timed(action: Callable[[], object]) -> Took:
    began, (user, system) = time.perf_counter(), cpu_seconds()
    action()
    after = cpu_seconds()
    return Took(time.perf_counter() - began, after[0] - user, after[1] - system)


def copy_once(source: Path, dest: Path, *, durable: bool = False) -> Took:
    """`cp` of ``source``; ``durable``: and an fsync of the copy, as a backup's file gets (timed with it)."""
    def copy() -> None:
        subprocess.run(["cp", str(source), str(dest)], check=True)
        if durable:
            fd = os.open(dest, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    took = timed(copy)
    dest.unlink()
    return took


def fastest(times: int, action: Callable[[], Took]) -> Took:
    return min((action() for _ in range(times)), key=lambda took: took.wall)


@pytest.mark.parametrize("evidence_mb", SIZES_MB, ids=[f"{size}MB" for size in SIZES_MB])
def test_backup_verify_and_restore_throughput(evidence_mb: int, tmp_path_factory: pytest.TempPathFactory,
                                              figures: Figures, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path_factory.mktemp("bench-backup")
    folder = root / "records"
    vault, _ = Vault.create(folder, PASSWORD)
    print(f"\n[filling a vault with {evidence_mb} MB of evidence in {FILE_MB} MB files ...]", flush=True)
    began = time.perf_counter()
    with vault:
        for n in range(max(1, evidence_mb // FILE_MB)):
            content = os.urandom(FILE_MB * 1_000_000)
            with vault.unit_of_work() as uow:
                uow.created(Evidence(name=f"recording-{n}.webm", media_type="video/webm", size=len(content),
                                     sha256=hashlib.sha256(content).hexdigest(), content=content,
                                     added_at=datetime.now(UTC)))
    db_bytes = (folder / "vault.db").stat().st_size
    mb = db_bytes / 1e6
    name = f"backup {mb:,.0f} MB"
    figures.add(f"{name}: vault size", f"{mb:,.0f} MB", f"filled in {time.perf_counter() - began:.0f} s")

    # The filling's writes are forced out first, and the fastest of three copies is the one compared: cp timed once
    # while the kernel was still writing the new vault out took 4.1 s for 307 MB in one run and 0.5 s in the next,
    # which made our ratio look many times better than it was.
    os.sync()
    copy = fastest(3, lambda: copy_once(folder / "vault.db", root / "copy.db"))
    figures.add(f"{name}: cp of the database file (fastest of 3)", str(copy), f"{mb / copy.wall:,.0f} MB/s")
    synced = fastest(3, lambda: copy_once(folder / "vault.db", root / "copy.db", durable=True))
    figures.add(f"{name}: cp + fsync of the copy (fastest of 3)", str(synced), f"{mb / synced.wall:,.0f} MB/s")

    backup = root / "bench.clbackup"
    with Vault.unlock(folder, PASSWORD) as vault:
        with monkeypatch.context() as before:  # the export, as before issue 18: for the before/after in one run
            before.setattr(snapshot, "_begin_checkpointed_read", lambda *args: False)
            exported = timed(lambda: create_backup(vault, root / "exported.clbackup"))
        (root / "exported.clbackup").unlink()
        figures.add(f"{name}: create the slow way (SQLCipher export)", str(exported),
                    f"{mb / exported.wall:,.0f} MB/s, {exported.wall / copy.wall:.1f}x cp")
        create = timed(lambda: create_backup(vault, backup))
    figures.add(f"{name}: create", str(create), f"{mb / create.wall:,.0f} MB/s, {create.wall / copy.wall:.1f}x cp, "
                f"{create.wall / synced.wall:.1f}x cp + fsync; "
                f"file {backup.stat().st_size / db_bytes:.3f}x the database")
    check = timed(lambda: verify_backup(backup, Password(PASSWORD)))
    figures.add(f"{name}: verify", str(check), f"{mb / check.wall:,.0f} MB/s, {check.wall / copy.wall:.1f}x cp")
    both = create.wall + check.wall
    figures.add(f"{name}: create + verify", f"{both:.2f} s (CPU {create.cpu + check.cpu:.2f} s: user "
                f"{create.user + check.user:.2f}, system {create.system + check.system:.2f})",
                f"{mb / both:,.0f} MB/s, {both / copy.wall:.1f}x cp (the goal's ratio), "
                f"{both / synced.wall:.1f}x cp + fsync")
    if evidence_mb == SIZES_MB[-1]:
        figures.row("backup", f"{both:.1f} s for {mb:,.0f} MB ({mb / both:,.0f} MB/s)",
                    f"cp {copy.wall:.2f} s; cp + fsync {synced.wall:.2f} s",
                    f"{both / copy.wall:.1f}x cp; {both / synced.wall:.1f}x cp + fsync")
    restore = timed(lambda: restore_backup(backup, Password(PASSWORD), root / "restored"))
    figures.add(f"{name}: restore", str(restore), f"{mb / restore.wall:,.0f} MB/s, {restore.wall / copy.wall:.1f}x cp")
    shutil.rmtree(root)
