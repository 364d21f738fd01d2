"""Report benchmarks (printed, not asserted): a pay summary and a claim packet for one year (~2,500 entries),
and a claim packet for BENCH_CLAIM_ENTRIES (default 100k) entries of one client, each a whole
`contractor-app report` run with its peak memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from contractor_app.domain.money import Money
from contractor_app.domain.pay import Terms
from contractor_app.services.clients.directory import NewClient, add_client
from contractor_app.services.entries.log import NewEntry, log_many
from contractor_app.store.vault import Vault

from ..conftest import PASSWORD
from ..kdf import REPO
from .conftest import Figures

YEAR_ENTRIES = 2_500
CLAIM_ENTRIES = int(os.environ.get("BENCH_CLAIM_ENTRIES", "100000"))


def one_client_vault(folder: Path, count: int, spacing_hours: float) -> Path:
    vault, _ = Vault.create(folder, PASSWORD)
    with vault:
        add_client(vault, NewClient(name="Acme", currency="USD", jurisdiction="US-CA", payment_terms_days=15,
                                    terms=Terms(kind="hourly", rate=Money(Decimal(20), "USD"))))
        start = datetime(2010, 1, 1, 16, tzinfo=UTC) if count > YEAR_ENTRIES else datetime(2025, 1, 1, 16, tzinfo=UTC)
        log_many(vault, (NewEntry(client="Acme", start=start + timedelta(hours=spacing_hours * i),
                                  end=start + timedelta(hours=spacing_hours * i + 1), tz="America/Los_Angeles",
                                  note=f"task {i}: " + "annotated audio " * (i % 7)) for i in range(count)))
    return folder


@pytest.fixture(scope="module")
def year_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return one_client_vault(tmp_path_factory.mktemp("bench-year") / "records", YEAR_ENTRIES, 3.5)


def run_report(folder: Path, out: Path, *args: str) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of one `contractor-app report` in its own process."""
    env = {**os.environ, "CONTRACTOR_APP_PASSWORD": PASSWORD}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tests.launch", "--data-dir", str(folder), "report", *args,
                    "-o", str(out)], check=True, env=env, capture_output=True, cwd=REPO)
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux; the largest child so far
    return seconds, max(peak, before) / 1024


def test_year_reports(year_vault: Path, tmp_path: Path, figures: Figures) -> None:
    print(f"\n-- reports over one year ({YEAR_ENTRIES:,} entries), whole command, fast KDF")
    for kind in ("pay-summary", "claim"):
        out = tmp_path / f"{kind}.pdf"
        seconds, peak = run_report(year_vault, out, kind, "--client", "Acme")
        figures.add(f"{kind} for a year ({YEAR_ENTRIES:,} entries)", f"{seconds:.1f} s",
                    f"{out.stat().st_size / 1e6:.1f} MB PDF; peak memory so far {peak:.0f} MB")
        if kind == "claim":
            figures.row("claim", f"{seconds:.1f} s")


def test_claim_for_many_entries(tmp_path: Path, figures: Figures) -> None:
    print(f"\n-- a claim packet for {CLAIM_ENTRIES:,} entries of one client")
    folder = one_client_vault(tmp_path / "records", CLAIM_ENTRIES, 1.25)  # 100k end in 2024
    out = tmp_path / "claim.pdf"
    seconds, peak = run_report(folder, out, "claim", "--client", "Acme")
    pages = out.read_bytes().count(b"/Type /Page\n") or out.read_bytes().count(b"/Type /Page ")
    figures.add(f"claim, {CLAIM_ENTRIES:,} entries", f"{seconds:.1f} s",
                f"{out.stat().st_size / 1e6:.1f} MB PDF, ~{pages} pages; peak memory {peak:.0f} MB")
