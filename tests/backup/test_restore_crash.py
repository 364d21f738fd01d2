"""A restore killed at any moment leaves records that open with their password and pass the records check.

Two backups of one vault (A and B, which differ) are restored in turn into one data folder, and each restore is
killed: 24 times with SIGKILL at a random moment, and once just before each file-system change of the swap in turn
(the moments a random kill rarely hits). After every kill the vault must unlock (which finishes an interrupted swap)
and verify, and hold either the records it held before or the restored ones, never anything else.

As in tests/store/test_crash.py, one launcher process imports the app once and forks a worker per round; the
test kills the worker, never the launcher. Set CRASH_SEED to replay a failing run.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import time
from pathlib import Path

import pytest

from contractor_app.backup.create import create_backup
from contractor_app.services.clients.directory import NewClient, add_client, list_clients
from contractor_app.services.verify import verify_vault
from contractor_app.store.swap import JOURNAL_NAME
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..store.test_crash import Launcher

RANDOM_KILLS = 100 if os.environ.get("CONTRACTOR_APP_ATTACK") == "full" else 20  # make attack: 100 kills

LAUNCHER = r'''
import os, sys, time, traceback
from pathlib import Path
from contractor_app.backup import restore
from contractor_app.backup.keys import Password
from contractor_app.services.backups.restore import restore_backup

folder, password = Path(sys.argv[1]), os.environ["CONTRACTOR_APP_PASSWORD"]
from contractor_app.backup.verify import verify_backup
verify_backup(Path(WARM_UP), Password(password))  # imports what loads lazily once, not in every worker

def say(text):
    os.write(1, (text + "\n").encode())

def tripwire(limit):
    """Die (as a kill would: no cleanup) just before the swap's file-system change number ``limit``."""
    count = [0]
    def guarded(call):
        def wrapper(*args, **kwargs):
            count[0] += 1
            if count[0] == limit:
                os._exit(9)
            return call(*args, **kwargs)
        return wrapper
    swap_in = restore.swap_in
    def armed(*args, **kwargs):
        for name in ("replace", "rename", "unlink", "rmdir", "mkdir"):
            setattr(os, name, guarded(getattr(os, name)))
        return swap_in(*args, **kwargs)
    restore.swap_in = armed

say("ready")
for line in sys.stdin:
    backup, limit = line.split()[1], int(line.split()[2])
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            sys.stdin.close()
            if limit:
                tripwire(limit)
            say(f"pid {os.getpid()}")
            began = time.perf_counter()
            restore_backup(Path(backup), Password(password), folder)
            say(f"done {time.perf_counter() - began:.4f}")
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    say(f"exit {pid} {status}")
'''


def clients_in(folder: Path) -> tuple[str, ...]:
    """Unlock (finishing any interrupted swap), run the records check, and name the clients: A's or B's."""
    with Vault.unlock(folder, PASSWORD) as vault:
        report = verify_vault(vault)
        assert report.ok, report.problems
        return tuple(client.name for client in list_clients(vault))


@pytest.mark.slow
def test_a_restore_killed_at_any_moment_leaves_records_that_open(tmp_path: Path) -> None:
    seed = int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    why = f"(replay with CRASH_SEED={seed})"

    folder = tmp_path / "records"
    vault, _ = Vault.create(folder, PASSWORD)
    with vault:
        add_client(vault, NewClient(name="Alpha", currency="USD"))
        create_backup(vault, tmp_path / "a.clbackup")
        add_client(vault, NewClient(name="Beta", currency="USD"))
        create_backup(vault, tmp_path / "b.clbackup")
    states = {("Alpha",): tmp_path / "a.clbackup", ("Alpha", "Beta"): tmp_path / "b.clbackup"}
    script = tmp_path / "launcher.py"
    script.write_text(LAUNCHER.replace("WARM_UP", repr(str(tmp_path / "a.clbackup"))))

    outcomes: dict[str, int] = {"old": 0, "new": 0}
    launcher = Launcher(script, folder)
    try:
        assert launcher.next_line() == "ready", why

        def round_(held: tuple[str, ...], limit: int, kill_after: float | None) -> tuple[tuple[str, ...], bool]:
            """Restore the backup the folder does not hold and kill it; what the folder holds now, and if it ended."""
            target = next(state for state in states if state != held)
            launcher.go(f"{states[target]} {limit}")
            pid = int(launcher.next_line().split()[1])
            if kill_after is not None:
                time.sleep(kill_after)
                with contextlib.suppress(ProcessLookupError):  # it finished first
                    os.kill(pid, signal.SIGKILL)
            line = launcher.next_line()
            finished = line.startswith("done")
            if finished:
                launcher.next_line()
            after = clients_in(folder)
            assert after in (held, target), f"{after} is neither {held} nor {target} {why}"
            assert not (folder / JOURNAL_NAME).exists(), why
            outcomes["new" if after == target else "old"] += 1
            return after, finished

        # Calibrate: how long one restore takes here, so random kills spread over all of it.
        launcher.go(f"{states[('Alpha',)]} 0")
        launcher.next_line()
        duration = float(launcher.next_line().split()[1])
        launcher.next_line()
        held = clients_in(folder)
        for _ in range(RANDOM_KILLS):
            held, _ = round_(held, 0, rng.uniform(0, duration * 1.2))
        steps, finished = 0, False
        while not finished:  # die just before change 1, 2, ... of the swap, until it completes
            held, finished = round_(held, steps + 1, None)
            steps += not finished
    finally:
        launcher.close()
    print(f"\nrestore crash test: seed {seed}, restore takes {duration * 1000:.0f} ms; {RANDOM_KILLS} random kills "
          f"and {steps} kills at each step of the swap; afterwards old records {outcomes['old']} times, "
          f"restored ones {outcomes['new']} times")
    assert steps >= 6 and outcomes["old"] and outcomes["new"], why
