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

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.domain.times import DateRange
from contractor_app.services.clients import NewClient, add_client
from contractor_app.services.entries import list_entries
from contractor_app.services.verify import verify_vault
from contractor_app.store.keyfile import KeyHeader
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD

ROUNDS = 24
MAX_PER_ROUND = 100_000  # entry numbers of round r are r * MAX_PER_ROUND + i, so no two rounds collide
CLIENT = "Crash Test Co"

# One worker per "go" line on stdin; all lines are written with os.write (unbuffered, atomic below PIPE_BUF).
LAUNCHER = r'''
import os, sys, traceback
from datetime import UTC, datetime, timedelta
from contractor_app.services.entries import NewEntry, log_work
from contractor_app.store.vault import Vault

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
    def __init__(self, script: Path, folder: Path) -> None:
        env = {**os.environ, "CONTRACTOR_APP_FAST_KDF": "1", "CONTRACTOR_APP_PASSWORD": PASSWORD}
        self.proc = subprocess.Popen(
            [sys.executable, str(script), str(folder), CLIENT],
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

    def go(self, first: int) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"go {first}\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)


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
