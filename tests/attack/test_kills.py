"""SIGKILL at random moments of a backup and of a schema upgrade (issue 14's campaign; logging, a password change
with its re-key and a restore are killed in tests/store/test_crash.py and tests/backup/test_restore_crash.py).

After every kill the vault must open, pass its integrity and records checks and hold every acknowledged entry, and
every backup file under its final name must verify: a killed backup leaves no half file where a backup belongs.
A killed upgrade leaves the records at the old schema (upgraded at the next open) or at the new one, never between.

One launcher imports the app once and forks a worker per round (as in test_crash.py). `make test` runs a few
rounds; CONTRACTOR_APP_ATTACK=full (`make attack`) runs 100 kills of each. CRASH_SEED replays a run.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.backup.keys import Password
from contractor_app.backup.verify import verify_backup
from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.listing import list_entries
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.services.verify import verify_vault
from contractor_app.store.migrate import HEAD, SCRIPTS, stored_revision
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..store.test_crash import CLIENT, Launcher

# Each run starts, kills and reopens the app in subprocesses, seconds even on a quiet machine: not the inner loop.
pytestmark = pytest.mark.slow
KILLS = 100 if os.environ.get("CONTRACTOR_APP_ATTACK") == "full" else 5


def seed() -> int:
    return int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(2**32))


def new_vault(folder: Path) -> None:
    created, _ = Vault.create(folder, PASSWORD)
    with created:
        add_client(created, NewClient(name=CLIENT, currency="USD",
                                      terms=Terms(kind="hourly", rate=Money(Decimal("20"), "USD"))))


def kill_round(launcher: Launcher, go: int | str, wait_for: str, delay: float, why: str) -> list[str]:
    """Start a worker, wait for its first ``wait_for`` line, kill it ``delay`` seconds later; its lines."""
    launcher.go(go)
    first = launcher.next_line()
    assert first.startswith("pid "), f"{first!r} {why}"
    lines = [launcher.next_line()]
    assert lines[0].startswith(wait_for), f"{lines[0]!r} {''.join(launcher.err)} {why}"
    time.sleep(delay)
    os.kill(int(first.split()[1]), signal.SIGKILL)
    while not (line := launcher.next_line()).startswith("exit "):
        lines.append(line)
    status = int(line.split()[2])
    assert os.WIFSIGNALED(status), f"the worker ended on its own: {''.join(launcher.err)} {why}"
    return lines


# --- a backup ------------------------------------------------------------------------------------------------

# The worker logs an entry ("ack N"), then writes a backup ("backup N" once create_backup returned), in a loop.
BACKUP_LAUNCHER = r'''
import os, sys, traceback
from datetime import UTC, datetime, timedelta
from pathlib import Path
from contractor_app.backup.create import create_backup
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.store.vault import Vault
from tests.kdf import use_fast_kdf

use_fast_kdf()
folder, client, dest = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
base = datetime(2020, 1, 1, tzinfo=UTC)

def say(text):
    os.write(1, (text + "\n").encode())

def work(first):
    say(f"pid {os.getpid()}")
    vault = Vault.unlock(folder, os.environ["CONTRACTOR_APP_PASSWORD"])
    n = first
    while True:
        start = base + timedelta(minutes=n)
        log_work(vault, NewEntry(client=client, start=start, end=start + timedelta(seconds=50), tz="UTC",
                                 note=f"ack-{n}"))
        say(f"ack {n}")
        create_backup(vault, dest / f"backup-{n}.clbackup")
        say(f"backup {n}")
        n += 1

say("ready")
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        try:
            sys.stdin.close()
            work(int(line.split()[1]))
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    say(f"exit {pid} {status}")
'''


def test_a_backup_killed_at_any_moment_leaves_records_that_open_and_no_half_backup(tmp_path: Path) -> None:
    run_seed = seed()
    rng = random.Random(run_seed)
    why = f"(replay with CRASH_SEED={run_seed})"
    folder, dest = tmp_path / "records", tmp_path / "backups"
    dest.mkdir()
    new_vault(folder)
    script = tmp_path / "backup_launcher.py"
    script.write_text(BACKUP_LAUNCHER)
    acknowledged: set[str] = set()
    finished: list[str] = []
    began = time.perf_counter()
    launcher = Launcher(script, folder, str(dest))
    try:
        assert launcher.next_line() == "ready", why
        for round_ in range(1, KILLS + 1):
            # A backup of this small vault takes ~0.1-0.3 s: the kill lands before, inside or after one.
            for line in kill_round(launcher, round_ * 1_000, "ack ", rng.uniform(0.0, 0.5), f"round {round_} {why}"):
                kind, number = line.split()
                (acknowledged.add(f"ack-{number}") if kind == "ack" else finished.append(number))
            with Vault.unlock(folder, PASSWORD) as vault:
                assert vault.integrity_problems() == [], f"round {round_} {why}"
                report = verify_vault(vault)
                assert report.ok, f"round {round_}: {report.problems} {why}"
                notes = {entry.note for entry in list_entries(vault, period=DateRange(), tz="UTC")}
            missing = acknowledged - notes
            assert not missing, f"round {round_}: acknowledged but lost: {sorted(missing)[:10]} {why}"
    finally:
        launcher.close()
    files = sorted(dest.glob("*.clbackup"))
    assert {f"backup-{n}.clbackup" for n in finished} <= {path.name for path in files}, why
    for path in files:  # every file under a backup's name is a whole backup, acknowledged or not
        verify_backup(path, Password(PASSWORD))
    print(f"\nbackup kill test: seed {run_seed}, {KILLS} kills in {time.perf_counter() - began:.1f} s, "
          f"{len(acknowledged)} entries, {len(finished)} backups acknowledged, {len(files)} whole backups on disk, "
          f"other files left in the backup folder: {sorted(p.name for p in dest.iterdir() if p not in files)}")
    assert finished, "no backup ever finished: the kills came too early to test anything"


# --- a schema upgrade ----------------------------------------------------------------------------------------

NEXT = "next"
REVISION = f'''"""A revision added by the kill test: a table rebuilt, as real upgrades do."""

from alembic import op
import sqlalchemy as sa

revision = "{NEXT}"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clients", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("review_note", sa.Text(), nullable=True))
    with op.batch_alter_table("work_entries", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("review_mark", sa.Text(), nullable=True))
'''

# The worker opens the records with the extra revision (so the open upgrades them) and says "upgraded".
UPGRADE_LAUNCHER = r'''
import os, sys, traceback
from pathlib import Path
from contractor_app.store.vault import Vault
from tests.kdf import use_fast_kdf

from alembic import command  # imported here, once: the kills must land in the upgrade, not in an import
from alembic.script import ScriptDirectory
from alembic.operations import Operations

use_fast_kdf()
folder, scripts = Path(sys.argv[1]), Path(sys.argv[3])
Vault.migrations = scripts

def say(text):
    os.write(1, (text + "\n").encode())

say("ready")
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        try:
            sys.stdin.close()
            say(f"pid {os.getpid()}")
            say("opening")
            Vault.unlock(folder, os.environ["CONTRACTOR_APP_PASSWORD"])
            say("upgraded")
            while True:
                pass
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    say(f"exit {pid} {status}")
'''


def revision_of(vault: Vault) -> str | None:
    with vault.querying() as conn:
        return stored_revision(conn)


def test_a_schema_upgrade_killed_at_any_moment_leaves_records_that_open(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    run_seed = seed()
    rng = random.Random(run_seed)
    why = f"(replay with CRASH_SEED={run_seed})"
    template, folder = tmp_path / "template", tmp_path / "records"
    new_vault(template)
    with Vault.unlock(template, PASSWORD) as vault:
        start = datetime(2026, 3, 2, 14, tzinfo=UTC)
        for n in range(300):  # enough rows that the rebuild takes a moment
            log_work(vault, NewEntry(client=CLIENT, start=start + timedelta(hours=n), tz="UTC", note=f"entry-{n}",
                                     end=start + timedelta(hours=n, minutes=30)))
    expected = {f"entry-{n}" for n in range(300)}
    scripts = tmp_path / "migrations"
    shutil.copytree(SCRIPTS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "next_kill_test_revision.py").write_text(REVISION, encoding="utf-8")
    script = tmp_path / "upgrade_launcher.py"
    script.write_text(UPGRADE_LAUNCHER)
    span = 0.0  # how long an open with the upgrade takes here (the second, warm run): kills land within 1.5 times it
    with monkeypatch.context() as patch:
        patch.setattr(Vault, "migrations", scripts)
        for _ in range(2):
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(template, folder)
            timed = time.perf_counter()
            Vault.unlock(folder, PASSWORD).lock()
            span = time.perf_counter() - timed
    outcomes = {"old": 0, "new": 0}
    began = time.perf_counter()
    launcher = Launcher(script, folder, str(scripts))
    try:
        assert launcher.next_line() == "ready", why
        for round_ in range(1, KILLS + 1):
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(template, folder)
            lines = kill_round(launcher, round_, "opening", rng.uniform(0.0, 1.5 * span), f"round {round_} {why}")
            assert set(lines) <= {"opening", "upgraded"}, f"round {round_}: {lines} {''.join(launcher.err)} {why}"
            monkeypatch.setattr(Vault, "migrations", scripts)
            with Vault.unlock(folder, PASSWORD) as vault:  # the next open upgrades the old schema, or finds the new
                outcomes["old" if vault.upgrade_copy is not None else "new"] += 1
                assert revision_of(vault) == NEXT, f"round {round_} {why}"
                assert vault.integrity_problems() == [], f"round {round_} {why}"
                report = verify_vault(vault)
                assert report.ok, f"round {round_}: {report.problems} {why}"
                notes = {entry.note for entry in list_entries(vault, period=DateRange(), tz="UTC")}
            monkeypatch.undo()
            assert notes == expected, f"round {round_}: entries changed {why}"
    finally:
        launcher.close()
    print(f"\nupgrade kill test: seed {run_seed}, {KILLS} kills in {time.perf_counter() - began:.1f} s (an upgrading "
          f"open takes {span:.2f} s); the kill "
          f"left the old schema {outcomes['old']} times, the new one {outcomes['new']} times")
