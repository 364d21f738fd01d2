"""Against the real Timewarrior, when it is installed (`apt-get install timewarrior`): its own data files and
its `timew export` import with the total `timew summary` shows, to the second."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from contractor_app.services.imports import ImportRequest, run_import
from contractor_app.store.vault import Vault

from .conftest import ACME

TIMEW = shutil.which("timew")
INTERVALS = [  # several months, odd seconds, past midnight, across the spring clock change, quoted tags
    ("2024-02-28T09:00:00", "2024-02-28T11:30:15", ["acme", "label"]),
    ("2024-03-09T22:30:00", "2024-03-10T03:15:07", ["acme", "training"]),
    ("2024-03-11T09:00:00", "2024-03-11T10:00:01", ["tag two", 'say "hi"']),
]


def timew(database: Path, *args: str) -> str:
    env = {**os.environ, "TIMEWARRIORDB": str(database), "TZ": "America/New_York"}
    done = subprocess.run([TIMEW or "timew", *args, ":yes"], env=env, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return done.stdout


def clock_seconds(text: str) -> int:
    hours, minutes, seconds = (int(part) for part in text.split(":"))
    return hours * 3600 + minutes * 60 + seconds


@pytest.mark.skipif(TIMEW is None, reason="Timewarrior is not installed (apt-get install timewarrior)")
def test_imported_totals_equal_timew_summary(ready: Vault, tmp_path: Path) -> None:
    database = tmp_path / "timewarrior"
    (database / "data").mkdir(parents=True)
    (database / "timewarrior.cfg").write_text("")  # an existing database: timew asks no questions
    for start, end, tags in INTERVALS:
        timew(database, "track", start, "-", end, *tags)
    timew(database, "annotate", "@1", "call with the team")
    timew(database, "start", "2024-03-12T09:00:00", "running")  # still running: skipped
    total = clock_seconds(timew(database, "summary", "2024-01-01", "-", "2024-03-12").split()[-1])
    exported = tmp_path / "export.json"
    exported.write_text(timew(database, "export", "2024-01-01", "-", "2024-04-01"))

    done = run_import(ready, ImportRequest(format="timewarrior", path=database, client=ACME))
    assert (done.entries, done.seconds) == (3, total)
    assert [s.reason for s in done.skipped] == ["still running (no end time)"]
    again = run_import(ready, ImportRequest(format="timewarrior", path=exported, client=ACME))
    assert (again.entries, len(again.skipped)) == (0, 4)
