"""A group summarising 10,000 anonymous pay shares (issue 19: under a minute on a laptop): printed, never asserted."""

from __future__ import annotations

import random
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path

from contractor_app.domain.share import CATEGORIES, Share, ShareRow, round_rate
from contractor_app.interchange.share_file import encode, new_share_id
from contractor_app.services.share import summarize_folder, write_group_report

from .conftest import Figures

SHARES = 10_000
MONTHS = tuple(f"2026-{month:02d}" for month in range(1, 13))


def _share(rng: random.Random) -> Share:
    months = rng.sample(MONTHS, 3)
    rows = []
    for month in sorted(months):
        rate = round_rate(Decimal(rng.randint(500, 4000)) / 100)
        hours = rng.choice((5, 10, 20, 40))
        rows.append(ShareRow(
            month=month, platform=None, category=rng.choice(CATEGORIES), region="US-CA", currency="USD", hours=hours,
            unpaid_percent=rng.choice((0, 5, 10, 20)), earned=rate * hours, paid=rate * hours, fees=Decimal(0),
            hourly_rate=rate, net_hourly_rate=rate, minimum_wage=Decimal("16.50"),
            below_minimum=rate < Decimal("16.50"), late_payments=rng.choice((0, 0, 1)), short_payments=0,
            days_late="0"))
    return Share(new_share_id(), months[0], months[-1], tuple(rows))


def test_summarising_ten_thousand_shares(tmp_path: Path, figures: Figures) -> None:
    folder = tmp_path / "shares"
    folder.mkdir()
    rng = random.Random(19)
    for number in range(SHARES):
        (folder / f"{number:05d}.json").write_bytes(encode(_share(rng)))
    tracemalloc.start()
    started = time.perf_counter()
    result = summarize_folder(folder)
    read = time.perf_counter() - started
    write_group_report(result, tmp_path / "group.pdf", tmp_path / "group.csv")
    total = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert result.counted == SHARES
    figures.add(f"share summarize, {SHARES:,} files", f"{total:.1f} s ({read:.1f} s reading and checking)",
                f"goal < 60 s; peak traced memory {peak / 2**20:.0f} MiB; {len(result.cells)} cells")
