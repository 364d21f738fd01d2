"""Start-up benchmark (`make bench`): the imports before a command runs, as `-X importtime` counts them, for every
subcommand, for a real `list`, and for `--help`, against a bare interpreter started the same way. Printed, never
asserted (tests/cli/test_startup.py holds what is asserted: which modules a command loads)."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

from contractor_app.cli.commands import COMMANDS

from ..conftest import PASSWORD
from .conftest import Figures
from .populate import BenchVault

RUNS = 3
RUN = "import sys; from contractor_app.cli.main import main; sys.exit(main(sys.argv[1:]))"
FLOOR = "import sqlalchemy.orm, sqlalchemy.dialects.sqlite"
_LINE = re.compile(r"import time:\s+(\d+) \|")


def import_seconds(code: str, *args: str) -> float:
    """Median over RUNS of the summed self time of every import of one fresh interpreter running ``code``."""
    env = {**os.environ, "CONTRACTOR_APP_PASSWORD": PASSWORD, "CONTRACTOR_APP_FAST_KDF": "1"}
    totals = []
    for _ in range(RUNS):
        done = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *args], env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        totals.append(sum(int(match) for match in _LINE.findall(done.stderr)) / 1e6)
    return statistics.median(totals)


def test_imports_before_a_command_runs(vault_1k: BenchVault, figures: Figures) -> None:
    print(f"\n-- imports before a command runs (-X importtime, median of {RUNS})")
    bare = import_seconds("pass")
    figures.add("bare interpreter (site and encodings)", f"{bare * 1000:.0f} ms")
    folder = str(vault_1k.folder)
    per_command = {name: import_seconds(RUN, "--data-dir", folder, name, "--help") for name in COMMANDS}
    for name, seconds in sorted(per_command.items(), key=lambda item: -item[1]):
        figures.add(f"  {name} --help", f"{seconds * 1000:.0f} ms")
    listing = import_seconds(RUN, "--data-dir", folder, "list", "--format", "json")
    figures.add("`list` over 1k entries, the whole command", f"{listing * 1000:.0f} ms")
    summing = import_seconds(RUN, "--data-dir", folder, "summary")
    figures.add("`summary` over 1k entries, the whole command", f"{summing * 1000:.0f} ms")
    # The floor any command that opens the records pays while the store is SQLAlchemy's: the library with its
    # SQLite dialect, and our 28 mapped classes (store/models.py, mapped as the module loads).
    library = import_seconds(FLOOR)
    floor = import_seconds(FLOOR + "; import contractor_app.store.models")
    figures.add("  of which SQLAlchemy (orm + sqlite dialect)", f"{library * 1000:.0f} ms",
                f"{library / listing:.0%} of `list`")
    figures.add("  of which SQLAlchemy + our mapped models", f"{floor * 1000:.0f} ms",
                f"{floor / listing:.0%} of `list`: the floor without a store rewrite")
    figures.add("  of which our 28 mapped models alone", f"{(floor - library) * 1000:.0f} ms",
                f"{(floor - library) / listing:.0%} of `list`; store/audit.py walks every mapper, so all are built")
    slowest = max(per_command, key=per_command.__getitem__)
    figures.row("startup", f"{per_command[slowest] * 1000:.0f} ms ({slowest}); list {listing * 1000:.0f} ms",
                f"bare {bare * 1000:.0f} ms; SQLAlchemy + models {floor * 1000:.0f} ms",
                f"list = {listing / floor:.2f}x the floor")
    helping = import_seconds(RUN, "--help")
    figures.add("`--help`", f"{helping * 1000:.0f} ms")
    figures.row("help", f"{helping * 1000:.0f} ms", f"bare interpreter {bare * 1000:.0f} ms",
                f"{helping / bare:.1f}x")
    assert Path(folder).is_dir()
