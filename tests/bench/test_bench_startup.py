"""Start-up benchmark (`make bench`): the imports before a command runs, as `-X importtime` counts them, for every
subcommand's `--help`, for a real `list` and `summary`, and for `--help`, against a bare interpreter started the same
way; and the floor under any command that opens a session (every one but `list` and `summary`, which open the
records and read in plain SQL: docs/decisions/0005), split into SQLAlchemy's own modules, the standard library they
pull in, and our mapped models. Printed, never asserted (tests/cli/test_startup.py holds what is asserted: which
modules a command loads, SQLAlchemy not among `list`'s or `summary`'s). With BENCH_BASELINE set, each figure is
taken in both checkouts in turns (tests/bench/baseline.py)."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from contractor_app.cli.commands import COMMANDS

from ..conftest import PASSWORD
from .baseline import REPO, interleaved, side_by_side, trees
from .conftest import Figures
from .populate import BenchVault

RUNS = 5
RUN = "import sys; from contractor_app.cli.main import main; sys.exit(main(sys.argv[1:]))"
# A command that unlocks, with the test KDF its vault was made with (tests/kdf.py, whose imports the command makes
# anyway): the figure is what the imports cost. Under the real KDF the first run would strengthen the key file;
# test_bench_vault.py times that case.
UNLOCKING = "from tests.kdf import use_fast_kdf; use_fast_kdf(); " + RUN
FLOOR = "import sqlalchemy.orm, sqlalchemy.dialects.sqlite"
MODELS = "import contractor_app.store.models"
_LINE = re.compile(r"import time:\s+(\d+) \|\s+\d+ \|( *)(\S+)")


def import_times(code: str, *args: str, tree: Path = REPO) -> dict[str, float]:
    """Each module one fresh interpreter running ``code`` in ``tree`` imported, with its own (self) seconds."""
    env = {**os.environ, "CONTRACTOR_APP_PASSWORD": PASSWORD}
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *args], env=env, cwd=tree,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return {name: int(micros) / 1e6 for micros, _, name in _LINE.findall(done.stderr)}


def import_seconds(code: str, *args: str, tree: Path = REPO) -> float:
    """The summed self time of every import of one fresh interpreter running ``code`` in ``tree``."""
    return sum(import_times(code, *args, tree=tree).values())


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def test_imports_before_a_command_runs(vault_1k: BenchVault, figures: Figures) -> None:
    where = trees()
    print(f"\n-- imports before a command runs (-X importtime, median of {RUNS}; {' vs '.join(where)})")
    bare = statistics.median(import_seconds("pass") for _ in range(RUNS))
    figures.add("bare interpreter (site and encodings)", ms(bare))
    folder = str(vault_1k.folder)

    def helping(name: str) -> Callable[[Path], float]:
        return lambda tree: import_seconds(RUN, "--data-dir", folder, name, "--help", tree=tree)

    per_command = {name: interleaved(RUNS, helping(name), where) for name in COMMANDS}
    last = list(where)[-1]
    print(f"  {'command':<16}" + "".join(f"{label:>10}" for label in where) + "   (`COMMAND --help`)")
    for name, seconds in sorted(per_command.items(), key=lambda item: -item[1][last]):
        print(f"  {name:<16}" + "".join(f"{ms(seconds[label]):>10}" for label in where), flush=True)
    def unlocking(*args: str) -> Callable[[Path], float]:
        return lambda tree: import_seconds(UNLOCKING, "--data-dir", folder, *args, tree=tree)

    listing = interleaved(RUNS, unlocking("list", "--format", "json"), where)
    figures.add("`list` over 1k entries, the whole command", side_by_side(listing, ms))
    summing = interleaved(RUNS, unlocking("summary"), where)
    figures.add("`summary` over 1k entries, the whole command", side_by_side(summing, ms))

    # The floor any command that opens a session pays (those that write; `list` and `summary` pay none of it): the
    # library with its SQLite dialect, and our 28 mapped classes (store/models.py, mapped as the module loads).
    library, own, pulled, floor = [], [], [], []
    for _ in range(RUNS):
        times = import_times(FLOOR)
        library.append(sum(times.values()))
        own.append(sum(seconds for name, seconds in times.items() if name.startswith("sqlalchemy")))
        pulled.append(sum(seconds for name, seconds in times.items() if name.split(".")[0] in ("asyncio",
                          "importlib", "email", "csv", "concurrent", "ssl", "socket", "selectors", "zipfile")))
        floor.append(import_seconds(f"{FLOOR}; {MODELS}"))
    library_s, floor_s = statistics.median(library), statistics.median(floor)
    after, summary = listing[last], summing[last]
    figures.add("  SQLAlchemy (orm + sqlite dialect), with the interpreter", ms(library_s),
                "`list` and `summary` load none of it")
    figures.add("    SQLAlchemy's own modules", ms(statistics.median(own)))
    figures.add("    asyncio, importlib.metadata and what they load", ms(statistics.median(pulled)),
                "sqlalchemy.util.compat imports both unconditionally")
    figures.add("  our 28 mapped models", ms(floor_s - library_s), "SQLAlchemy's declarative set-up of each class")
    figures.add("  SQLAlchemy + our models: the floor of a command with sessions", ms(floor_s),
                f"`summary` is {summary / floor_s:.2f}x it, `list` {after / floor_s:.2f}x")
    slowest = max(per_command, key=lambda name: per_command[name][last])
    figures.row("startup", f"{ms(per_command[slowest][last])} ({slowest} --help); list {ms(after)}",
                f"bare {ms(bare)}; SQLAlchemy + models {ms(floor_s)}"
                + ("" if last == "now" else f"; before: list {ms(listing['before'])}, slowest --help "
                   f"{ms(max(seconds['before'] for seconds in per_command.values()))}"),
                f"list = {after / floor_s:.2f}x SQLAlchemy + models")
    main_help = interleaved(RUNS, lambda tree: import_seconds(RUN, "--help", tree=tree), where)
    figures.add("`--help`", side_by_side(main_help, ms))
    figures.row("help", ms(main_help[last]), f"bare interpreter {ms(bare)}", f"{main_help[last] / bare:.1f}x")
    assert Path(folder).is_dir()
