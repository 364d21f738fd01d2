"""Benchmark fixtures: the 100k-entry vault built once per session, a separate 1k one, and the figures table."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .populate import BenchVault, populate

BIG = int(os.environ.get("BENCH_ENTRIES", "100000"))  # smaller for a quick trial run of the benchmarks
SMALL = 1_000


@pytest.fixture(scope="session", autouse=True)
def compiled_like_an_install() -> Iterator[None]:
    """Child processes (the CLI, the desktop app, a bare interpreter, Watson) run with compiled bytecode, as an
    installed app does (pip and the packaged builds ship .pyc files). With PYTHONDONTWRITEBYTECODE set (some
    sandboxes set it) every start recompiled each of our modules, which Watson, SQLAlchemy and PySide, installed
    with their bytecode, never pay: tens of milliseconds that no user sees. The .pyc files go to __pycache__
    folders, which git ignores."""
    saved = os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    repo = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-m", "compileall", "-q", "contractor_app", "tests"], cwd=repo, check=True,
                   capture_output=True, env=os.environ)
    yield
    if saved is not None:
        os.environ["PYTHONDONTWRITEBYTECODE"] = saved


@pytest.fixture(scope="session")
def vault_100k(tmp_path_factory: pytest.TempPathFactory) -> BenchVault:
    print(f"\n[building the {BIG:,}-entry vault with one log_many call ...]", flush=True)
    built = populate(tmp_path_factory.mktemp("bench-big") / "records", BIG)
    print(f"[built in {built.populate_seconds:.1f} s]", flush=True)
    return built


@pytest.fixture(scope="session")
def vault_1k(tmp_path_factory: pytest.TempPathFactory) -> BenchVault:
    return populate(tmp_path_factory.mktemp("bench1k") / "records", SMALL)


N = f"{BIG // 1000}k" if BIG >= 1000 else str(BIG)
# Issue 18's table, in its order: key, what is measured, and the goal. `make bench` ends with these rows as ONE
# table: today's figure, the comparison measured in the same run, the ratio. A row whose benchmark did not run
# (a single file was run) says so. Figures are printed, never asserted: the machines are shared and noisy.
ISSUE_ROWS = (
    ("summary", f"`summary` (unlock included) vs `watson report --all`, {N} entries", "<= 0.25x"),
    ("import", f"import {N} Watson frames", "<= 10 s, peak < 500 MB"),
    ("startup", "imports before a command runs (-X importtime), slowest command", "<= 0.25 s"),
    ("help", "imports before `--help` prints (-X importtime)", "<= 0.15 s"),
    ("log", f"one `log` at {N} entries vs an empty vault (fast KDF)", "flat, <= KDF + 0.3 s"),
    ("gui_start", "desktop app: start to the unlock window vs a bare QMainWindow", "<= 1.5x"),
    ("dashboard", f"unlock to a usable Dashboard at {N}", "<= 0.7 s"),
    ("claim", "a year's claim packet (~2,500 entries), whole command", "<= 2 s"),
    ("backup", "backup create + verify vs `cp` of the same bytes", "<= 3x"),
)


class Figures:
    """Figures collected by the benchmarks: each printed as it is measured; issue 18's rows printed as one table
    when the session ends."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, str, str]] = {}

    def add(self, name: str, value: str, note: str = "") -> None:
        print(f"  {name}: {value}" + (f"  ({note})" if note else ""), flush=True)

    def row(self, key: str, now: str, compared: str = "—", ratio: str = "—") -> None:
        """Issue 18's row ``key``: our figure, what it is compared with (measured in the same run), the ratio."""
        assert key in dict((k, w) for k, w, _ in ISSUE_ROWS), key
        self.rows[key] = (now, compared, ratio)

    def table(self) -> str:
        header = ("what", "now", "compared with, same run", "ratio", "goal")
        lines = [(what, *self.rows.get(key, ("not run", "", "")), goal) for key, what, goal in ISSUE_ROWS]
        widths = [max(len(line[i]) for line in (header, *lines)) for i in range(len(header))]
        out = ["", "=" * 30 + " issue 18: speed, measured side by side in this run " + "=" * 30]
        out += ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
                for line in (header, tuple("-" * w for w in widths), *lines)]
        return "\n".join(out)


@pytest.fixture(scope="session")
def figures() -> Iterator[Figures]:
    collected = Figures()
    yield collected
    print(collected.table(), flush=True)
