"""Vault benchmarks (`make bench`): figures and ratios are printed, never asserted against a time.

Covered: creation and unlocking with the real calibrated KDF, one `log` command end to end in an empty vault and
at 1k and 100k entries (and `log_work` in process), `summary` and `verify` over 100k entries, database size, and
populating 100k entries (BENCH_ENTRIES=5000 makes a quick trial run).
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from contractor_app.domain.times import DateRange
from contractor_app.services.entries.log import NewEntry, log_many, log_work
from contractor_app.services.summary import summarize
from contractor_app.services.verify import verify_vault
from contractor_app.store import crypto
from contractor_app.store.crypto import KdfParams
from contractor_app.store.keyfile import KeyHeader
from contractor_app.store.vault import Vault
from contractor_app.store.witness import CONFIG_DIR_ENV

from ..conftest import PASSWORD
from ..kdf import REAL
from .baseline import REPO, interleaved_cases, side_by_side, trees
from .conftest import BIG, SMALL, Figures
from .populate import HOURLY, LOGGED_FROM, BenchVault, entries, new_vault

N = f"{BIG // 1000}k"  # "100k"

CLI = [sys.executable, "-m", "tests.launch"]  # the CLI with the fast test KDF (run from the repository)
CLI_RUNS = 5
IN_PROCESS_RUNS = 20
SLOW_POPULATION_SECONDS = 60  # above this, populating 100k is a finding and the benchmark prints a profile

_next_slot = iter(range(1_000_000))


def next_slot() -> tuple[datetime, datetime]:
    """A fresh hour after every populated entry, so logged entries never collide (overlaps would be allowed)."""
    start = LOGGED_FROM + timedelta(hours=next(_next_slot))
    return start, start + timedelta(minutes=45)


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def median_of(runs: int, action: Callable[[], object]) -> float:
    return statistics.median(timed(action) for _ in range(runs))


def cli_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONTRACTOR_APP_") or k == CONFIG_DIR_ENV}
    return {**env, "CONTRACTOR_APP_PASSWORD": PASSWORD}


def run_cli(*args: str, tree: Path = REPO) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([*CLI, *args], env=cli_env(), cwd=tree, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result


def cli_log(vault: BenchVault, tree: Path = REPO) -> None:
    start, end = next_slot()  # the profile's zone is UTC
    run_cli("--data-dir", str(vault.folder), "log", "--client", HOURLY, "--start", f"{start:%Y-%m-%dT%H:%M}",
            "--end", f"{end:%Y-%m-%dT%H:%M}", "--note", "bench log", tree=tree)


def timed_log(vault: BenchVault) -> Callable[[Path], float]:
    return lambda tree: timed(lambda: cli_log(vault, tree))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


# --- the KDF ------------------------------------------------------------------------------------------------

@pytest.fixture
def real_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "POLICY", REAL)


def test_create_with_the_real_kdf(real_kdf: None, tmp_path: Path, figures: Figures) -> None:
    print("\n-- vault creation, real calibrated Argon2id")
    seconds = timed(lambda: Vault.create(tmp_path / "records", PASSWORD)[0].lock())
    kdf = KeyHeader.read(tmp_path / "records" / "vault.key").kdf
    figures.add("create vault (real KDF)", f"{seconds:.2f} s", "calibration probe + one derivation + schema")
    figures.add("Argon2id parameters chosen", f"t={kdf.iterations}, m={kdf.memory_kib // 1024} MiB, p={kdf.lanes}")


def test_unlock_split_into_kdf_and_the_rest(
    real_kdf: None, tmp_path: Path, figures: Figures, monkeypatch: pytest.MonkeyPatch
) -> None:
    print("\n-- unlock with the real KDF: header.kdf.derive(password) timed inside each Vault.unlock (median of 5)")
    folder = tmp_path / "records"
    new_vault(folder)  # real KDF here: the fixture unset the fast-KDF switch
    kdf = KeyHeader.read(folder / "vault.key").kdf
    assert kdf.memory_kib == 64 * 1024, "expected the real KDF"
    alone = median_of(3, lambda: kdf.derive(PASSWORD))
    inside: list[float] = []
    derive = KdfParams.derive

    def timed_derive(self: KdfParams, password: str) -> bytes:
        began = time.perf_counter()
        try:
            return derive(self, password)
        finally:
            inside.append(time.perf_counter() - began)

    monkeypatch.setattr(KdfParams, "derive", timed_derive)
    totals, rests = [], []
    for _ in range(5):
        total = timed(lambda: Vault.unlock(folder, PASSWORD).lock())
        totals.append(total)
        rests.append(total - inside[-1])
    figures.add("unlock+lock total (real KDF)", ms(statistics.median(totals)), f"t={kdf.iterations}, 64 MiB, 4 lanes")
    figures.add("  of which the KDF", ms(statistics.median(inside)), f"derive() alone: {ms(alone)}")
    figures.add("  the rest (open, schema check, rollback check, lock)", ms(statistics.median(rests)))


def test_unlock_rest_is_flat_with_size(vault_1k: BenchVault, vault_100k: BenchVault, figures: Figures) -> None:
    print(f"\n-- unlock + lock with the fast KDF (everything but the KDF), 1k vs {N} entries (median of 5)")
    small = median_of(5, lambda: Vault.unlock(vault_1k.folder, PASSWORD).lock())
    big = median_of(5, lambda: Vault.unlock(vault_100k.folder, PASSWORD).lock())
    figures.add("unlock+lock, fast KDF, 1k", ms(small))
    figures.add(f"unlock+lock, fast KDF, {N}", ms(big), f"ratio {N}/1k {big / small:.2f}x")


# --- populating, and the size it takes ----------------------------------------------------------------------

def test_populate(vault_1k: BenchVault, vault_100k: BenchVault, tmp_path: Path, figures: Figures) -> None:
    print("\n-- populating with one log_many call (one transaction, one audit event per entry)")
    for vault in (vault_1k, vault_100k):
        figures.add(f"log_many {vault.entries:,} entries", f"{vault.populate_seconds:.1f} s",
                    f"{vault.populate_seconds / vault.entries * 1e6:.0f} us/entry")
    if vault_100k.populate_seconds > SLOW_POPULATION_SECONDS:
        print(f"\nFINDING: populating {BIG:,} entries took {vault_100k.populate_seconds:.0f} s "
              f"(> {SLOW_POPULATION_SECONDS} s). Profile of log_many over 5,000 entries:")
        folder = tmp_path / "profiled"
        new_vault(folder)
        with Vault.unlock(folder, PASSWORD) as opened:
            profile = cProfile.Profile()
            profile.runcall(log_many, opened, entries(5_000))
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(15)
            print(out.getvalue())


def test_database_size(vault_100k: BenchVault, vault_1k: BenchVault, figures: Figures) -> None:
    print("\n-- database size after lock (vault.db, WAL checkpointed; entries + their audit events)")
    for vault in (vault_1k, vault_100k):
        figures.add(f"vault.db with {vault.entries:,} entries", f"{vault.db_bytes / 1e6:.1f} MB",
                    f"{vault.db_bytes / vault.entries:.0f} bytes/entry")


# --- logging one entry --------------------------------------------------------------------------------------

def test_log_command_end_to_end(vault_1k: BenchVault, vault_100k: BenchVault, tmp_path: Path,
                                figures: Figures) -> None:
    where = trees()
    print(f"\n-- one `contractor-app log` as a subprocess, FAST KDF (so the KDF does not dominate; the real KDF "
          f"below), median of {CLI_RUNS}; {' vs '.join(where)} and the three vaults in turns")
    new_vault(tmp_path / "empty")  # a profile and two clients, no entries (the "an empty vault")
    empty = BenchVault(tmp_path / "empty", 0, 0.0, (tmp_path / "empty" / "vault.db").stat().st_size)
    startup = median_of(3, lambda: run_cli("--version"))
    for vault in (empty, vault_1k, vault_100k):
        for tree in where.values():
            cli_log(vault, tree)  # warm the page cache once, and make the day's automatic backup outside the timing
    cases = interleaved_cases(CLI_RUNS, {"empty": timed_log(empty), "1k": timed_log(vault_1k),
                                         N: timed_log(vault_100k)}, where)
    nothing, small, big = cases["empty"], cases["1k"], cases[N]
    last = list(where)[-1]
    figures.add("process start + imports (--version)", ms(startup))
    figures.add("`log` end to end, an empty vault", side_by_side(nothing, ms),
                "fast KDF; the first log (and its backup) untimed")
    figures.add("`log` end to end, 1k entries", side_by_side(small, ms), "fast KDF")
    figures.add(f"`log` end to end, {N} entries", side_by_side(big, ms),
                f"fast KDF; ratio {N}/empty {big[last] / nothing[last]:.2f}x")
    row_note = "" if last == "now" else f"; before: {N} {ms(big['before'])}"
    figures.row("log", ms(big[last]), f"empty vault {ms(nothing[last])}; 1k {ms(small[last])}{row_note}",
                f"{big[last] / nothing[last]:.2f}x")


def test_log_command_with_the_real_kdf(vault_100k: BenchVault, tmp_path: Path, figures: Figures,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18's goal for `log` is the KDF + 0.3 s: copies of an empty and of the 100k vault, their key files
    re-wrapped under the real calibrated Argon2id (the same parameters for both), one `log` each, end to end."""
    where = trees()
    print(f"\n-- one `contractor-app log` as a subprocess, REAL KDF, median of {CLI_RUNS}; {' vs '.join(where)}, "
          "both vaults in turns")
    new_vault(tmp_path / "empty")
    shutil.copytree(vault_100k.folder, tmp_path / "big")
    kdf = REAL.calibrate()
    monkeypatch.setattr(crypto, "POLICY", replace(REAL, min_iterations=kdf.iterations, max_iterations=kdf.iterations))
    copies = []
    for name, count in (("empty", 0), ("big", vault_100k.entries)):
        Vault.unlock(tmp_path / name, PASSWORD).lock()  # below the policy's floor: strengthened at this unlock
        assert KeyHeader.read(tmp_path / name / "vault.key").kdf.iterations == kdf.iterations
        copies.append(BenchVault(tmp_path / name, count, 0.0, (tmp_path / name / "vault.db").stat().st_size))
    alone = median_of(CLI_RUNS, lambda: kdf.derive(PASSWORD))
    for vault in copies:
        for tree in where.values():
            cli_log(vault, tree)  # the page cache, the witness of the copy, the day's backup: outside the timing
    cases = interleaved_cases(CLI_RUNS, {vault.folder.name: timed_log(vault) for vault in copies}, where)
    nothing, big = cases["empty"], cases["big"]
    last = list(where)[-1]
    figures.add("the KDF alone, in process", ms(alone), f"t={kdf.iterations}, 64 MiB, 4 lanes")
    figures.add("`log` end to end, an empty vault, real KDF", side_by_side(nothing, ms),
                f"KDF + {ms(nothing[last] - alone)}")
    figures.add(f"`log` end to end, {N} entries, real KDF", side_by_side(big, ms),
                f"KDF + {ms(big[last] - alone)}; ratio {N}/empty {big[last] / nothing[last]:.2f}x"
                + ("" if last == "now" else f"; before: KDF + {ms(big['before'] - alone)}"))


def test_log_work_in_process(vault_1k: BenchVault, vault_100k: BenchVault, figures: Figures) -> None:
    print(f"\n-- log_work in process (one commit + rollback record), median of {IN_PROCESS_RUNS}")
    medians = {}
    for vault in (vault_1k, vault_100k):
        with Vault.unlock(vault.folder, PASSWORD) as unlocked:
            def log_one() -> None:
                start, end = next_slot()
                log_work(unlocked, NewEntry(client=HOURLY, start=start, end=end, tz="UTC", note="bench log"))
            log_one()
            medians[vault.entries] = median_of(IN_PROCESS_RUNS, log_one)
    figures.add("log_work, 1k entries", ms(medians[SMALL]))
    figures.add(f"log_work, {N} entries", ms(medians[BIG]), f"ratio {N}/1k {medians[BIG] / medians[SMALL]:.2f}x")


# --- summary ------------------------------------------------------------------------------------------------

def test_summary_over_the_big_vault(vault_100k: BenchVault, figures: Figures) -> None:
    print(f"\n-- summary over every entry of the {N} vault")
    with Vault.unlock(vault_100k.folder, PASSWORD) as vault:
        result = summarize(vault, period=DateRange(), tz="UTC")
        assert sum(item.entries for item in result.clients) >= BIG
        seconds = median_of(3, lambda: summarize(vault, period=DateRange(), tz="UTC"))
    figures.add(f"summarize() {N}, in process", f"{seconds:.2f} s", "median of 3")
    cli = median_of(3, lambda: run_cli("--data-dir", str(vault_100k.folder), "summary", "--format", "json"))
    figures.add(f"`summary --format json` {N}, subprocess", f"{cli:.2f} s", "fast KDF, median of 3")


# --- verify -------------------------------------------------------------------------------------------------

def test_verify_the_big_vault(vault_100k: BenchVault, figures: Figures) -> None:
    print(f"\n-- verify_vault over the {N} vault (both integrity checks, chain, replay, rollback)")
    with Vault.unlock(vault_100k.folder, PASSWORD) as vault:
        began = time.perf_counter()
        report = verify_vault(vault)
        seconds = time.perf_counter() - began
    assert report.ok, report.problems
    figures.add(f"verify_vault {N}", f"{seconds:.2f} s", f"{report.events:,} audit events")
