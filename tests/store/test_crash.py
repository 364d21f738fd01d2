"""Crash safety: a process committing entries in a loop is SIGKILLed at random moments, over and over.

After every kill the vault must unlock (which runs the rollback check), pass both integrity checks and the
records check (chain, replay, rollback), and hold every entry whose commit was acknowledged.

Importing the app takes about a second (SQLAlchemy, Alembic, the models), which would be most of each round.
So one launcher process imports it once and, for each round, forks a fresh worker: the worker unlocks the vault,
logs entries in a loop and writes "ack N" to stdout after each commit returns. The test SIGKILLs the worker
(never the launcher), and the launcher reports how the worker ended. Set CRASH_SEED to replay a failing run.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.errors import WrongPassword
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.listing import list_entries
from contractor_app.services.verify import verify_vault
from contractor_app.store.keyfile import KeyHeader
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..kdf import REPO

ROUNDS = 100 if os.environ.get("CONTRACTOR_APP_ATTACK") == "full" else 24  # make attack: 100 kills
MAX_PER_ROUND = 10_000  # round r logs entries r * MAX_PER_ROUND + i minutes after 2020: 100 rounds stay in the past
CLIENT = "Crash Test Co"

# One worker per "go" line on stdin; all lines are written with os.write (unbuffered, atomic below PIPE_BUF).
LAUNCHER = r'''
import os, sys, traceback
from datetime import UTC, datetime, timedelta
from contractor_app.services.entries.log import NewEntry, log_work
from contractor_app.store.vault import Vault
from tests.kdf import use_fast_kdf

use_fast_kdf()
folder, password, client = sys.argv[1], os.environ["CONTRACTOR_APP_PASSWORD"], sys.argv[2]
base = datetime(2020, 1, 1, tzinfo=UTC)

def say(text):
    os.write(1, (text + "\n").encode())

def work(first):
    say(f"pid {os.getpid()}")
    vault = Vault.unlock(folder, password)
    n = first
    while True:
        start = base + timedelta(minutes=n)
        log_work(vault, NewEntry(client=client, start=start, end=start + timedelta(seconds=50),
                                 tz="UTC", note=f"ack-{n}"))
        say(f"ack {n}")  # the acknowledgement: only after the commit has returned
        n += 1

say("ready")
for line in sys.stdin:
    first = int(line.split()[1])
    pid = os.fork()
    if pid == 0:
        try:
            sys.stdin.close()
            from pathlib import Path
            folder = Path(folder)
            work(first)
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    say(f"exit {pid} {status}")
'''


class Launcher:
    def __init__(self, script: Path, folder: Path, *extra: str) -> None:
        env = {**os.environ, "CONTRACTOR_APP_PASSWORD": PASSWORD, "PYTHONPATH": str(REPO)}  # tests.kdf imports
        self.proc = subprocess.Popen(
            [sys.executable, str(script), str(folder), CLIENT, *extra],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, bufsize=1,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.err: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()
        threading.Thread(target=lambda: self.err.extend(self.proc.stderr), daemon=True).start()  # type: ignore[arg-type]

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.endswith("\n"):  # a line cut by the kill was never a complete acknowledgement
                self.lines.put(line.strip())
        self.lines.put(None)

    def next_line(self, timeout: float = 30) -> str:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no output from the launcher in {timeout} s; stderr: {''.join(self.err)}") from None
        if line is None:
            raise AssertionError(f"the launcher ended; stderr: {''.join(self.err)}")
        return line

    def go(self, first: int | str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"go {first}\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)


@pytest.mark.slow
def test_sigkill_while_committing_loses_no_acknowledged_entry(tmp_path: Path) -> None:
    seed = int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    why = f"(replay with CRASH_SEED={seed})"

    folder = tmp_path / "records"
    created, _ = Vault.create(folder, PASSWORD)
    with created:
        add_client(created, NewClient(name=CLIENT, currency="USD",
                                      terms=Terms(kind="hourly", rate=Money(Decimal("20"), "USD"))))
    script = tmp_path / "launcher.py"
    script.write_text(LAUNCHER)

    acknowledged: set[str] = set()
    kills_after: list[int] = []
    header_behind = 0  # kills that landed between a database commit and the key file's rollback record
    began = time.perf_counter()
    launcher = Launcher(script, folder)
    try:
        assert launcher.next_line() == "ready", why
        for round_ in range(1, ROUNDS + 1):
            launcher.go(round_ * MAX_PER_ROUND)
            first = launcher.next_line()
            assert first.startswith("pid "), f"round {round_}: {first!r} {why}"
            pid = int(first.split()[1])
            acks_this_round = 0
            line = launcher.next_line()  # wait for the first acknowledgement, then kill at a random moment
            assert line.startswith("ack "), f"round {round_}: worker failed before its first commit: {line!r} " \
                                            f"{''.join(launcher.err)} {why}"
            acknowledged.add(f"ack-{line.split()[1]}")
            acks_this_round += 1
            time.sleep(rng.uniform(0.0, 0.4))
            os.kill(pid, signal.SIGKILL)
            while True:  # every line the worker wrote before it died, then the launcher's report
                line = launcher.next_line()
                if line.startswith("exit "):
                    break
                assert line.startswith("ack "), f"round {round_}: unexpected {line!r} {why}"
                acknowledged.add(f"ack-{line.split()[1]}")
                acks_this_round += 1
            status = int(line.split()[2])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"round {round_}: the worker ended on its own (status {status}): {''.join(launcher.err)} {why}")
            assert acks_this_round < MAX_PER_ROUND
            kills_after.append(acks_this_round)

            recorded = KeyHeader.read(folder / "vault.key").rollback.seq
            with Vault.unlock(folder, PASSWORD) as vault:  # runs the rollback check
                assert vault.integrity_problems() == [], f"round {round_} {why}"
                report = verify_vault(vault)
                assert report.ok, f"round {round_}: {report.problems} {why}"
                header_behind += report.events > recorded
                notes = [entry.note for entry in list_entries(vault, period=DateRange(), tz="UTC")]
            assert len(notes) == len(set(notes)), f"round {round_}: an entry was recorded twice {why}"
            missing = acknowledged - set(notes)
            assert not missing, f"round {round_}: acknowledged but lost: {sorted(missing)[:10]} {why}"
    finally:
        launcher.close()

    # A kill between writing the key file's temp copy and the rename leaves that copy; the next write removes
    # it, so there is at most one, never a pile of old key files (each would still open with the password of its
    # day). Its name is random (fileio.temp_name): a fixed one could be planted as a symlink.
    leftovers = sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)
    assert len(leftovers) <= 1 and all(name.startswith(".vault.key.") for name in leftovers), leftovers
    print(f"\ncrash test: seed {seed}, {ROUNDS} kills in {time.perf_counter() - began:.1f} s, "
          f"{len(acknowledged)} acknowledged entries (acks per round {min(kills_after)}..{max(kills_after)}), "
          f"{len(notes)} stored; key file behind the database after {header_behind} kills; "
          f"key temp file left: {bool(leftovers)}")
    assert len(notes) >= len(acknowledged) > ROUNDS


# --- a password change (with its re-key) killed at random moments ------------------------------------------------

PASSWORDS = (PASSWORD, "the second password of the crash test")
REKEY_ROUNDS = 100 if os.environ.get("CONTRACTOR_APP_ATTACK") == "full" else 6
REKEY_PER_ROUND = 1_000  # minutes between rounds' first entries: 100 rounds stay in the past (entries must)

# Like LAUNCHER, but the worker changes the password (moving the records to a new data key) after every second
# entry, and says "pw I" once a change to PASSWORDS[I] has returned. "go N I": start at entry N with PASSWORDS[I].
REKEY_LAUNCHER = LAUNCHER.replace(
    'folder, password, client = sys.argv[1], os.environ["CONTRACTOR_APP_PASSWORD"], sys.argv[2]',
    'folder, client = sys.argv[1], sys.argv[2]\npasswords = (os.environ["CONTRACTOR_APP_PASSWORD"], sys.argv[3])',
).replace(
    '''def work(first):
    say(f"pid {os.getpid()}")
    vault = Vault.unlock(folder, password)''',
    '''def work(first, current):
    say(f"pid {os.getpid()}")
    vault = Vault.unlock(folder, passwords[current])''',
).replace(
    '''        say(f"ack {n}")  # the acknowledgement: only after the commit has returned
        n += 1''',
    '''        say(f"ack {n}")  # the acknowledgement: only after the commit has returned
        n += 1
        if n % 2 == 0:
            vault.change_password(passwords[current], passwords[1 - current])
            current = 1 - current
            say(f"pw {current}")''',
).replace("    first = int(line.split()[1])", "    first, current = int(line.split()[1]), int(line.split()[2])"
          ).replace("            work(first)", "            work(first, current)")


@pytest.mark.slow
def test_sigkill_during_password_changes_leaves_a_vault_that_opens(tmp_path: Path) -> None:
    seed = int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    why = f"(replay with CRASH_SEED={seed})"
    assert REKEY_LAUNCHER.count("passwords[") == 3, "the launcher's text changed: update REKEY_LAUNCHER"

    folder = tmp_path / "records"
    created, _ = Vault.create(folder, PASSWORD)
    with created:
        add_client(created, NewClient(name=CLIENT, currency="USD",
                                      terms=Terms(kind="hourly", rate=Money(Decimal("20"), "USD"))))
    script = tmp_path / "rekey_launcher.py"
    script.write_text(REKEY_LAUNCHER)
    acknowledged: set[str] = set()
    current, changes, opened_with_new = 0, 0, 0
    began = time.perf_counter()
    launcher = Launcher(script, folder, PASSWORDS[1])
    try:
        assert launcher.next_line() == "ready", why
        for round_ in range(1, REKEY_ROUNDS + 1):
            acked_before = len(acknowledged)
            launcher.go(f"{round_ * REKEY_PER_ROUND} {current}")
            pid = int(launcher.next_line().split()[1])
            line = launcher.next_line()
            assert line.startswith("ack "), f"round {round_}: {line!r} {''.join(launcher.err)} {why}"
            acknowledged.add(f"ack-{line.split()[1]}")
            acked = current
            if round_ == 1:  # at least one change must be acknowledged, however slow the machine is
                while not (line := launcher.next_line()).startswith("pw "):
                    acknowledged.add(f"ack-{line.split()[1]}")
                acked = int(line.split()[1])
                changes += 1
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(pid, signal.SIGKILL)
            while not (line := launcher.next_line()).startswith("exit "):
                if line.startswith("ack "):
                    acknowledged.add(f"ack-{line.split()[1]}")
                else:
                    assert line.startswith("pw "), f"round {round_}: unexpected {line!r} {why}"
                    acked = int(line.split()[1])
                    changes += 1
            status = int(line.split()[2])
            assert os.WIFSIGNALED(status), f"round {round_}: the worker ended on its own: {''.join(launcher.err)}"
            assert len(acknowledged) - acked_before < REKEY_PER_ROUND, "a round's entries overlap the next's"

            # The last acknowledged password opens the vault, or the next one if a change in flight committed.
            try:
                vault = Vault.unlock(folder, PASSWORDS[acked])
                current = acked
            except WrongPassword:
                vault = Vault.unlock(folder, PASSWORDS[1 - acked])
                current = 1 - acked
                opened_with_new += 1
            with vault:
                assert vault.integrity_problems() == [], f"round {round_} {why}"
                report = verify_vault(vault)
                assert report.ok, f"round {round_}: {report.problems} {why}"
                notes = {entry.note for entry in list_entries(vault, period=DateRange(), tz="UTC")}
            missing = acknowledged - notes
            assert not missing, f"round {round_}: acknowledged but lost: {sorted(missing)[:10]} {why}"
            leftovers = {p.name for p in folder.iterdir()} & {"vault.db.rekey", "vault.key.pending"}
            assert not leftovers, f"round {round_}: {leftovers} {why}"
    finally:
        launcher.close()
    print(f"\nre-key crash test: seed {seed}, {REKEY_ROUNDS} kills in {time.perf_counter() - began:.1f} s, "
          f"{changes} acknowledged password changes, {len(acknowledged)} entries; a change in flight had "
          f"committed after {opened_with_new} kills")
    assert changes > 0
