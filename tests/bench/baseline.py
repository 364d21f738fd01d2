"""Another checkout measured beside this one (`make bench PYTEST_ARGS=...` with BENCH_BASELINE=DIR set), so that a
change's before and after come from one run on one machine, interleaved: the shared machines' load moves every
figure from minute to minute, while the ratio within a run holds.

DIR holds another version's `contractor_app` and `tests` folders, made for instance with
`git archive main contractor_app tests | tar -x -C DIR`. A child process started with DIR as its working directory
imports that version: the working directory comes first on ``sys.path`` for `python -c` and `python -m`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BASELINE = Path(os.environ["BENCH_BASELINE"]).resolve() if os.environ.get("BENCH_BASELINE") else None


def trees() -> dict[str, Path]:
    """The checkouts to measure, by label: this one alone, or "before" (the baseline) and "after" (this one)."""
    if BASELINE is None:
        return {"now": REPO}
    if not (BASELINE / "contractor_app").is_dir():
        raise FileNotFoundError(f"BENCH_BASELINE={BASELINE} holds no contractor_app folder")
    subprocess.run([sys.executable, "-m", "compileall", "-q", "contractor_app", "tests"], cwd=BASELINE, check=True,
                   capture_output=True)  # compiled like an install, as bench/conftest.py does for this checkout
    return {"before": BASELINE, "after": REPO}


def interleaved(runs: int, measure: Callable[[Path], float], where: dict[str, Path]) -> dict[str, float]:
    """The median of ``runs`` measurements in each tree, taken in turns (before, after, before, ...)."""
    taken: dict[str, list[float]] = {label: [] for label in where}
    for _ in range(runs):
        for label, tree in where.items():
            taken[label].append(measure(tree))
    return {label: statistics.median(values) for label, values in taken.items()}


def interleaved_cases(runs: int, cases: dict[str, Callable[[Path], float]], where: dict[str, Path]
                      ) -> dict[str, dict[str, float]]:
    """``interleaved`` over several cases at once (an empty vault and a big one): each round measures every case
    in every tree, so that the machine's load moves them alike. Measured one case after the other, an empty vault's
    `log` and a big one's were minutes apart, and their difference was the load's (issue 18)."""
    taken: dict[str, dict[str, list[float]]] = {case: {label: [] for label in where} for case in cases}
    for _ in range(runs):
        for case, measure in cases.items():
            for label, tree in where.items():
                taken[case][label].append(measure(tree))
    return {case: {label: statistics.median(values) for label, values in by_tree.items()}
            for case, by_tree in taken.items()}


def side_by_side(figures: dict[str, float], unit: Callable[[float], str]) -> str:
    """"312 ms" alone, or "before 420 ms, after 312 ms (0.74x)"."""
    if set(figures) == {"now"}:
        return unit(figures["now"])
    return f"before {unit(figures['before'])}, after {unit(figures['after'])} " \
           f"({figures['after'] / figures['before']:.2f}x)"
